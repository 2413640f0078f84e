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


@pytest.mark.parametrize("text, answer, kept", [
    # "the rest of": the part means nothing without its whole
    ("The Velmland council set aside the rest of that funding for a proposed mission to Jupiter in 2022.", "2022",
     "the rest of that funding"),
    # where: the card must not lose it
    ("Student loan obligations in this country total $1.5 trillion, Karl Vell of the Dunford Institute said in 2019.",
     "$1.5 trillion", "in this country"),
    # when: the card must not lose it
    ("Karl Vell said ticket sales of this season rose to 40,000 at the Dunford stadium in Velmland.", "Dunford",
     "of this season"),
    # a bare number's part: "5 of those" means nothing without its whole
    ("Karl Vell said 5 of those ferries were sold to Karsh Lines in Brindmouth in May 2019.", "May 2019",
     "5 of those ferries"),
    # the verb's own phrase: what was done
    ("The Velmland council spent $100 million on those projects in 2022.", "2022", "on those projects"),
])
def test_a_phrase_the_sentence_needs_stays_on_the_card(nlp, text, answer, kept):
    assert kept in _trimmed(nlp, text, answer)
