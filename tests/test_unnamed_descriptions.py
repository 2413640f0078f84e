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
