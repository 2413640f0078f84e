"""A phrase on a noun whose object points back ("40 million euros of that money") is left off the card, which then
stands alone (quizgen.questions.demonstrative_phrases), on sentences written for the tests: each cut case fails
with the cut taken out, each kept case with its guard taken out."""

from __future__ import annotations

import pytest

from quizgen.facts.extract import extract_facts
from quizgen.questions.candidates import make_cloze
from tests.test_trim import _trimmed


@pytest.mark.parametrize("text, answer, expected", [
    ("The Velmland council kept 40 million euros of that money for a new ferry to Brindmouth in 2022.",
     "2022", "The Velmland council kept 40 million euros for a new ferry to Brindmouth in 2022."),
    ("Velmland agreed to lift the harbour tariffs it set in 2006 in return for Karsh's backing for those tariffs.",
     "2006", "Velmland agreed to lift the harbour tariffs it set in 2006 in return for Karsh's backing."),
])
def test_a_phrase_pointing_back_is_left_off_and_the_card_stands(nlp, text, answer, expected):
    assert _trimmed(nlp, text, answer) == expected
    (fact,) = [f for f in extract_facts(nlp(text)) if f.answer == answer]
    assert make_cloze(fact) is not None  # refused while the card showed "that funding"


@pytest.mark.parametrize("text, answer, kept", [
    # "the rest of": the part means nothing without its whole
    ("The Velmland council kept the rest of that money for a new ferry to Brindmouth in 2022.", "2022",
     "the rest of that money"),
    # where: the card must not lose it
    ("Harbour fees in this country total 2.4 billion euros, Karl Vell of the Dunford Institute said in 2019.",
     "2.4 billion euros", "in this country"),
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
