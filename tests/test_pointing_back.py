"""What still points back after standalone.py's rules: a bare "there", a he/she no one named in the sentence can be,
a bare "the + noun" for an event or thing an earlier sentence told (invented names and places)."""

from __future__ import annotations

import pytest

from quizgen.facts.extract import extract_facts
from quizgen.questions.standalone import needs_context


def _verdict(nlp, sentence: str, answer: str) -> str | None:
    facts = [f for f in extract_facts(nlp(sentence)) if f.answer == answer]
    assert facts, f"no fact with answer {answer!r}"
    return needs_context(facts[0])


@pytest.mark.parametrize("sentence, answer, reason", [
    ("At 9:24 p.m., Marta Quill texted to say they were there.", "9:24 p.m.", "a 'there' points back"),
    ("Marta Quill flew to Lindavia in 2011 and stayed there for 3 years.", "3 years", None),  # its own place
    ("Tobias Wrenn wants Harlow Bank to raise its rate to 2 percent and keep it there.", "2 percent", None),  # a level
    ("Casinos there have lost 8,000 jobs to new rivals in Velmland.", "8,000", "a 'there' points back"),  # where?
    ("Casinos in Dunford have lost 8,000 jobs to new rivals in Velmland.", "8,000", None),
    ("Las Vegas has 12 casinos, and casinos there have lost 8,000 jobs.", "8,000", None),  # its own place
])
def test_a_bare_there_points_back_unless_its_sentence_names_the_place(nlp, sentence, answer, reason):
    assert _verdict(nlp, sentence, answer) == reason


@pytest.mark.parametrize("sentence, answer, reason", [
    ("On March 6, 2012 Tobias Wrenn wrote to her about the schools.", "March 6, 2012", "a pronoun points back"),
    ("On March 6, 2012 Tobias Wrenn wrote to his sister about the schools.", "March 6, 2012", None),
    ("On March 6, 2012 Ada Quill wrote to her brother about the schools.", "March 6, 2012", None),
    ("In April 2012 Mr Tobias Wrenn wrote to her about the exams.", "April 2012", "a pronoun points back"),  # "Mr"
])
def test_a_pronoun_no_person_of_its_sentence_can_be_points_back(nlp, sentence, answer, reason):
    assert _verdict(nlp, sentence, answer) == reason


@pytest.mark.parametrize("sentence, answer, reason", [
    ("While Drovia signed a $1 billion contract to build the plant in 1995, work stopped in 2001.", "$1 billion",
     "a description points back"),
    ("Drovia delayed the project by 3 years.", "3 years", "a description points back"),
    ("Drovia delayed the final deal by 3 years.", "3 years", "a description points back"),  # an adjective
    ("The new action, which mainly applies to parents of Orvel citizens, would cover 4 million people.", "Orvel",
     "a description points back"),  # a clause after a comma does not say which
    ("The Orvel crew program received $805 million in the bill.", "$805 million", None),  # an adjunct's
    ("Harlow Bank announced a plan in March, and the plan cut 300 jobs.", "300", None),  # told in its sentence
    ("Harlow Bank reached a settlement in 2014 and said it was pleased with the deal.", "2014", None),
    ("The Drovia plant employs 300 workers.", "300", None),  # a name says which
    ("The plan to cut taxes saved 300 jobs.", "300", None),  # its own words say which
    # a gathering an earlier sentence named (a set-Y rater on "… leaders attending the meeting": "'the meeting' is
    # never named")
    ("Tomas Vell and Ada Brun are among the 20 leaders attending the meeting.", "20", "a description points back"),
    ("Tomas Vell and Ada Brun are among the 20 leaders attending the Velm summit.", "20", None),  # a name says which
    # … a plural one too ("the proceedings", "the talks"), never a plural of a singular kind ("the plans")
    ("Tomas Vell will formally open the proceedings, two hours before Ada Brun speaks.", "Ada Brun",
     "a description points back"),
    ("Drovia delayed the talks by 3 years.", "3 years", "a description points back"),
    ("Drovia delayed the plans by 3 years.", "3 years", None),
])
def test_a_bare_event_or_thing_told_earlier_points_back(nlp, sentence, answer, reason):
    assert _verdict(nlp, sentence, answer) == reason


@pytest.mark.parametrize("sentence, answer, reason", [
    # blind raters, every card to stop 36: "similar" with nothing to compare with 1 good of 9 cards
    ("Similar agreements were reached with Harlow Books in October and Velm Press in November.", "Harlow Books",
     "a comparison points back"),
    ("In 2005, two people were hurt in a similar incident involving the Velm balloon.", "2005",
     "a comparison points back"),
    ("In 2011, voters elected a government led by the Tovar party, a movement similar to Velmland's Green League.",
     "2011", None),  # similar to what, it says
    ("In 2005, two people were hurt in an incident involving the Velm balloon.", "2005", None),
])
def test_similar_with_nothing_to_compare_with_points_back(nlp, sentence, answer, reason):
    assert _verdict(nlp, sentence, answer) == reason


@pytest.mark.parametrize("sentence, answer, reason", [
    # "those" / "these" inside the sentence: 0 good of 18 such cards
    ("In November 2019 Velm Council official Ada Quill revealed one of those interactions to investigators.",
     "Ada Quill", "a demonstrative points back"),
    ("One of these, Tovar, sells generic coffee pods and racked up $6 million in sales in January.", "$6 million",
     "a demonstrative points back"),
    ("Many of those who were arrested in 2019 were released by the Tovar police.", "2019", None),  # who, it says
    ("In November 2019 Velm Council official Ada Quill revealed the interactions to investigators.", "Ada Quill",
     None),
])
def test_those_inside_the_sentence_points_back(nlp, sentence, answer, reason):
    assert _verdict(nlp, sentence, answer) == reason


@pytest.mark.parametrize("sentence, answer, reason", [
    # blind raters: "'Both diseases' is dangling"
    ("Both diseases are associated with the Velm plague that killed 25 million people.", "25 million",
     "a pair points back"),
    ("Tovar Airways agreed to buy 30 of Harlow Aircraft's jets, executives of both companies announced.", "30",
     None),  # the two it names
    ("Bubonic and pneumonic plague are associated with the Velm plague that killed 25 million people.",
     "25 million", None),
    ("Early trials of the Velm vaccine were both encouraging and surprising in 2019.", "2019", None),  # both … and
    ("Both Tobias Wrenn and Ada Quill told lawmakers in 2019 that Velm's request was wrong.", "2019", None),
    ("Both analysts on Velm TV, Tobias Wrenn and Ada Quill, were hired in 2019.", "2019", None),
    ("At 28% complete metamorphosis, you can see both cells and ribbed bundles of Velm actins forming.", "28%", None),
    ("Tobias Wrenn has denied both allegations, his lawyer said in 2019.", "2019", "a pair points back"),
])
def test_both_with_no_two_names_points_back(nlp, sentence, answer, reason):
    assert _verdict(nlp, sentence, answer) == reason


@pytest.mark.parametrize("sentence, answer, reason", [
    # a fresh page's rater: "'hopes to change that' refers back to the previous sentence"
    ("Modena-based tech firm Velm Audio hopes to change that.", "Velm Audio", "a demonstrative points back"),
    ("Velm Audio sold 40,000 rings in 2014, and Tovar Games hopes to beat that.", "40,000",
     "a demonstrative points back"),
    ("Velm Audio hopes to change that rule, which banned 40,000 rings in 2014.", "40,000", None),  # before a noun
    ("Tobias Wrenn said that Velm Audio sold 40,000 rings in 2014.", "40,000", None),  # joining a clause
    ("Velm Audio’s sales reached 40,000 rings in 2014, double that of Tovar Games.", "40,000", None),  # says which
    ("In 2014, Velm Audio was capped at 40,000 rings, with most of that allocated to Dunford shops.", "40,000",
     None),  # its own
    ("Tobias Wrenn has some basis for this: in 2014, Velm Audio sold 40,000 rings.", "40,000", None),  # ahead
])
def test_that_as_an_object_points_back(nlp, sentence, answer, reason):
    assert _verdict(nlp, sentence, answer) == reason


@pytest.mark.parametrize("sentence, answer, reason", [
    # the only nouns before the its/their are the phrase it owns a part of: whose findings, whose order?
    ("An independent inquiry into its findings, the Harlow review, is due to report back at the end of 2005.",
     "the end of 2005", "a pronoun points back"),
    ("A study of their diet found that 40% of the birds ate plastic.", "40%", "a pronoun points back"),
    ("The Harlow review, an independent inquiry into council tax, is due to report back at the end of 2005.",
     "the end of 2005", None),
    ("A study of the gulls' diet found that 40% of the birds ate plastic.", "40%", None),
    # a name before it, or a named subject after it, may be the owner
    ("Velm Air said its profits rose by 12% in 2004.", "12%", None),
    ("In an effort to live up to its reputation, the Velmish President, Tom Berg, pushed through the law in 2004.",
     "2004", None),
])
def test_an_owner_inside_the_phrase_it_owns_part_of_points_back(nlp, sentence, answer, reason):
    """A set-X rater on "An independent inquiry into its findings, the Lyons review, is due to report back at
    _____": "'its findings' dangles; it refers to an unnamed report from the article"."""
    assert _verdict(nlp, sentence, answer) == reason


@pytest.mark.parametrize("sentence, answer, reason", [
    # the blank hides the words that said which settlement
    ("The £3.2bn settlement includes £7.4m from the Treasury.", "£3.2bn",
     "its subject is a bare definite description"),
    ("The £3.2bn settlement includes £7.4m from the Treasury.", "£7.4m", None),  # shown, they still say which
    # a name beside the description is what the card asks for
    ("The priest, Tom Berg, is acting as a middle-man between the president and the generals.", "Tom Berg", None),
])
def test_a_description_whose_saying_words_the_blank_hides_points_back(nlp, sentence, answer, reason):
    """A set-X rater on "The [...] settlement includes the "full" £7.4m from the UK Treasury": "does not say whose
    settlement"."""
    assert _verdict(nlp, sentence, answer) == reason


@pytest.mark.parametrize("sentence, answer, reason", [
    # a people's name for a player an earlier sentence named, alone or before a noun for one person
    ("The American made 26 unforced errors but was still good enough to win in an hour.", "26",
     "a description stands for a name the card does not give"),
    ("The Spanish goalkeeper saved from Alan Quinn and Jon Harley as Dunford won 4-2 on penalties.", "Jon Harley",
     "a description stands for a name the card does not give"),
    # the name given beside it, a thing rather than a person, or a post of the country's own: no one is left out
    ("The Spanish goalkeeper Tom Berg saved from Alan Quinn and Jon Harley as Dunford won 4-2 on penalties.",
     "Jon Harley", None),
    ("The British artist Ann Lee has made 40 sculptures.", "40", None),
    ("The Japanese yen strengthened 0.13% versus the dollar.", "0.13%", None),
])
def test_a_nationality_standing_for_a_player_points_back(nlp, sentence, answer, reason):
    """A set-X rater on "The Spanish goalkeeper saved from Alan Quinn and [...] as Arsenal sealed a quarter-final trip
    …": "'The Spanish goalkeeper' points to someone never named in the card"."""
    assert _verdict(nlp, sentence, answer) == reason
