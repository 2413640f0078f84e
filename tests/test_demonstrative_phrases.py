"""A phrase on a noun whose object points back ("$100 million of that funding") is left off the card, which then
stands alone (quizgen.questions.demonstrative_phrases), on sentences written for the tests: each cut case fails
with the cut taken out, each kept case with its guard taken out."""

from __future__ import annotations

import pytest

from quizgen.facts.extract import extract_facts
from quizgen.questions.candidates import make_cloze
from tests.test_trim import _trimmed


@pytest.mark.parametrize("text, answer, expected", [
    ("The Velmland council set aside $100 million of that funding for a proposed mission to Jupiter in 2022.",
     "2022", "The Velmland council set aside $100 million for a proposed mission to Jupiter in 2022."),
    ("Washington agreed to drop the Security Council sanctions passed in 2006 in exchange for Karsh's support for "
     "those penalties.", "2006", "Washington agreed to drop the Security Council sanctions passed in 2006 in "
     "exchange for Karsh's support."),
])
def test_a_phrase_pointing_back_is_left_off_and_the_card_stands(nlp, text, answer, expected):
    assert _trimmed(nlp, text, answer) == expected
    (fact,) = [f for f in extract_facts(nlp(text)) if f.answer == answer]
    assert make_cloze(fact) is not None  # refused while the card showed "that funding"


@pytest.mark.parametrize("text, answer", [
    # "the rest of": the part means nothing without its whole
    ("The Velmland council set aside the rest of that funding for a proposed mission to Jupiter in 2022.", "2022"),
    # where: the card must not lose it
    ("Student loan obligations in this country total $1.5 trillion, Karl Vell of the Dunford Institute said in 2019.",
     "$1.5 trillion"),
    # the verb's own phrase: what was done
    ("The Velmland council spent $100 million on those projects in 2022.", "2022"),
])
def test_a_phrase_the_sentence_needs_stays_and_the_card_is_refused(nlp, text, answer):
    facts = [f for f in extract_facts(nlp(text)) if f.answer == answer]
    assert all(make_cloze(f) is None for f in facts)
