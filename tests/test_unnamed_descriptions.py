"""Descriptions that look as if they said which and do not: an age, a bare event inside a subject or object, an
adjective that tells nothing of which; and a bare "the bill" named from its kind's one owner (invented names)."""

from __future__ import annotations

import pytest

from quizgen.facts.extract import extract_facts
from quizgen.questions.standalone import needs_context


def _verdict(nlp, text: str, answer: str) -> str | None:
    facts = [f for f in extract_facts(nlp(text)) if f.answer == answer]
    assert facts, f"no fact with answer {answer!r}"
    return needs_context(facts[-1])


@pytest.mark.parametrize("sentence, answer, reason", [
    ("The 89-year-old festival impresario attended a ribbon-cutting ceremony on Dec. 11 for the Tovar Music Center.",
     "Dec. 11", "a description points back"),
    ("The 42-year-old was arrested in 2011.", "2011", "a description points back"),
    ("Dario Venn, the 42-year-old singer, was arrested in 2011.", "2011", None),  # its name stands before it
    ("The 20-year-old mother of the man's child was arrested in 2011.", "2011", None),  # its words say whose
    # a nationality tells what kind of someone, not who
    ("Set in Lisbon in 1981, the 35-year-old Portuguese actor plays Tomas Vell, a businessman in a violent time.",
     "1981", "a description points back"),
    # two, hyphened, which the model may read as a body's name (a fresh page's rater: "the copied sentence never
    # names the actor")
    ("Set in New York City in 1981, the 35-year-old Cuban-Guatemalan actor plays Tomas Vell, a moral businessman.",
     "1981", "a description points back"),
    ("Set in Lisbon in 1981, the 35-year-old Velm-Dunford actor plays Tomas Vell, a moral businessman.", "1981",
     None),  # a name's words may say which
])
def test_an_age_does_not_say_who(nlp, sentence, answer, reason):
    assert _verdict(nlp, sentence, answer) == reason


@pytest.mark.parametrize("sentence, answer, reason", [
    ("The total bill for the project came in at around $9 million.", "around $9 million",
     "a description points back"),
    ("One of the bill's authors, Senator Dario Venn, said he expected 3 problems.", "Dario Venn",
     "a description points back"),
    ("The total bill for the Tovar project came in at around $9 million.", "around $9 million", None),  # a name
    ("Halden passed a farm law, and the cost of the measure came to $9 million.", "$9 million", None),  # told here
    ("Halden funded the bridge in 2011 under the plan.", "2011", None),  # an adjunct's
    ("The cost of the deals came to $600 million.", "$600 million", "a description points back"),  # a plural
])
def test_a_bare_event_inside_a_subject_or_object_points_back(nlp, sentence, answer, reason):
    assert _verdict(nlp, sentence, answer) == reason


@pytest.mark.parametrize("sentence, answer, reason", [
    ("Ilsa Marrow didn't rule out offering the new service sometime in 2010.", "2010", "a description points back"),
    ("In 2012 the embattled company cut 300 jobs.", "300", "its subject is a bare definite description"),
    ("Ilsa Marrow didn't rule out offering the new Halden service sometime in 2010.", "2010", None),  # a name
    ("Halden Bank didn't rule out offering the new service sometime in 2010.", "2010", None),  # its own sentence
    ("Ilsa Marrow didn't rule out offering the free service sometime in 2010.", "2010", None),  # may say which
])
def test_an_adjective_that_tells_nothing_does_not_say_which(nlp, sentence, answer, reason):
    assert _verdict(nlp, sentence, answer) == reason


@pytest.mark.parametrize("text, answer, sentence", [
    ("Ostrava's strict new parking law may be backfiring. "
     "One of the bill's authors, Senator Dario Venn, said he expected 3 problems.", "Dario Venn",
     "One of the [Ostrava] bill's authors, Senator Dario Venn, said he expected 3 problems."),
    ("Ostrava's strict new parking law may be backfiring. The Velm measure failed. "
     "One of the bill's authors, Senator Dario Venn, said he expected 3 problems.", "Dario Venn",
     "One of the bill's authors, Senator Dario Venn, said he expected 3 problems."),  # two owners of its kind
])
def test_a_bare_description_named_by_its_kinds_one_owner(nlp, text, answer, sentence):
    facts = [f for f in extract_facts(nlp(text)) if f.answer == answer]
    assert facts and facts[-1].sentence == sentence
    assert (needs_context(facts[-1]) is None) == ("[" in sentence)


@pytest.mark.parametrize("sentence, answer, reason", [
    ("According to the Halden analysis, 44% of migrants from Velm could apply for protection under the new programs.",
     "44%", "a description points back"),
    ("Halden launched 2 programs in 2010, and the new programs cost $3 million.", "2010", None),  # told here
    ("While the current rate of 5 percent is good, it is still far below past levels.", "5 percent",
     "a description points back"),  # the phrase after it is the card's blank
    ("While the current rate of savings at Halden Bank is good, it is still far below 5 percent.", "below 5 percent",
     None),
    ("In 2012 Dario Venn said the minister believed the new approach would fail 300 pupils.", "300", None),  # said
])
def test_a_new_thing_outside_what_someone_said_points_back(nlp, sentence, answer, reason):
    assert _verdict(nlp, sentence, answer) == reason


@pytest.mark.parametrize("sentence, answer, reason", [
    ("The Velm Post has come across this fascinating five-minute interview of Dario Venn in June 2005.",
     "June 2005", "a demonstrative points back"),  # the page's own video, whatever follows the noun
    ("The Velm Post quoted Dario Venn in June 2005: “This interview of mine was fun.”", "June 2005", None),
])
def test_this_points_at_the_page_whatever_follows(nlp, sentence, answer, reason):
    assert _verdict(nlp, sentence, answer) == reason


@pytest.mark.parametrize("sentence, answer, reason", [
    ("In one briefing note she was warned that “OLEX is an exam nobody will fail” and “does little for the "
     "lowest 15 per cent of students”.", "15 per cent", "a pronoun points back"),  # a name in a quote is not her
    ("Between reapportionment and the erosion of support in states where he had success in 2008, the path to "
     "victory could become harder.", "2008", "a pronoun points back"),  # "reapportionment" is no person
    ("In 2008 Ada Quill said she had success in Velm.", "2008", None),
])
def test_a_he_or_she_with_no_person_shown_points_back(nlp, sentence, answer, reason):
    assert _verdict(nlp, sentence, answer) == reason


@pytest.mark.parametrize("sentence, answer, reason", [
    # someone told by a team, place or party and a kind only (a set-BC rater: "the star is never named")
    ("The Velm Rovers star earned his 23rd cap alongside Tom Reed in 2004.", "2004",
     "a description points back"),
    ("The Velm striker scored 23 goals in 2004.", "2004", "a description points back"),  # a person noun
    ("The Velm striker Tom Reed scored 23 goals in 2004.", "2004", None),  # its name stands beside it
    ("Tom Reed said the Velm striker scored 23 goals in 2004.", "2004", None),  # a person named before it
    ("The Velm Party gained 23 seats in 2004.", "2004", None),  # a body's name, no kind of person
    ("The Halden market rose 23% in 2004.", "2004", None),  # a thing: no person noun, no he / his
    # a his further on, of another verb, is anyone's
    ("The Velm deck inspired Tom Reed, the artist Ed Vance chose to draw his deck in 1909.", "1909", None),
    ("The Velm spokesman said 9,519 people took the exam in 2017.", "2017", None),  # a body's office says whose
])
def test_someone_told_by_affiliation_and_kind_only_points_back(nlp, sentence, answer, reason):
    assert _verdict(nlp, sentence, answer) == reason
