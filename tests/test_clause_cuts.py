"""Long sentences cut to the clause that holds the answer (quizgen.questions.clause_cuts), on sentences written for
the tests: each cut case fails with its rule taken out, each kept case with the rule's guard taken out."""

from __future__ import annotations

import pytest

from quizgen.questions.clause_cuts import LONG_SENTENCE_WORDS
from tests.test_trim import _trimmed  # the prompt a card shows, with its answer where the cut sentence has it

REPORT = ("Inspectors from the Dunford Harbour Authority and the Velmland Transport Office estimated in a long report "
          "published in May 2015 that 74% of the old harbour cranes had been repaired or replaced since the flood, and "
          "Professor Ines Marlow drew sharp criticism from port workers at three depots along the northern coast.")
REPAIRS = ("The Dunford Harbour Authority repaired 74% of the old harbour cranes in the months after the great flood of "
           "May 2015 with money from the Velmland Transport Office, and the report drew sharp criticism from port "
           "workers at three depots along the northern coast.")
STREAMED = ("In 2016, 43 million people streamed the Velmland rowing championships on the Lusk Broadcasting Network "
            "over the course of the long summer season, with peak concurrent viewership for the final races on the "
            "river reaching 14.7 million people across the country.")
HOENIG = ("Dunford Harbour Board chair Ines Marlow, the board's longest-serving member and one of ten people who set "
          "the fees that ships pay to stay in the harbour overnight, said on 3 May 2015 that the new tariff was a risky "
          "bet for the trade of the whole region.")


@pytest.mark.parametrize("text, answer, expected", [
    # the second main clause goes when the answer is in the first
    (REPORT, "74%", "Inspectors from the Dunford Harbour Authority and the Velmland Transport Office estimated in a long "
     "report published in May 2015 that 74% of the old harbour cranes had been repaired or replaced since the flood."),
    # the first goes when the answer is in the second, whose subject is a name
    (REPORT, "three", "Professor Ines Marlow drew sharp criticism from port workers at three depots along the "
     "northern coast."),
    # a closing "with …" phrase
    (STREAMED, "43 million", "In 2016, 43 million people streamed the Velmland rowing championships on the Lusk "
     "Broadcasting Network over the course of the long summer season."),
    # a long apposition on a name
    (HOENIG, "3 May 2015", "Dunford Harbour Board chair Ines Marlow said on 3 May 2015 that the new tariff was a "
     "risky bet for the trade of the whole region."),
    # after another aside on the name (an age) the closing comma stays: it closes that one too (a tune rater on
    # "Jones, 63 could …": "missing a comma"; and the age's card, no longer read as one, came into the deck)
    ("Polls across the Dunford district suggest that Democrat Ines Vell, 63, a former state prosecutor from the "
     "northern coast, could win the seat that Republicans have held for the last 20 years by a wide margin next week.",
     "63", "Polls across the Dunford district suggest that Democrat Ines Vell, 63, could win the seat that Republicans "
     "have held for the last 20 years by a wide margin next week."),
])
def test_a_long_sentence_keeps_the_clause_of_its_answer(nlp, text, answer, expected):
    assert len(text.split()) >= LONG_SENTENCE_WORDS
    assert _trimmed(nlp, text, answer) == expected


@pytest.mark.parametrize("text, answer, kept", [
    # the answer stands in the closing phrase: it stays
    (STREAMED, "14.7 million", "with peak concurrent viewership"),
    # the answer stands in the apposition: it stays
    (HOENIG, "ten", "the board's longest-serving member"),
    # a second clause about "the report" needs the first to say which
    (REPAIRS, "three", "The Dunford Harbour Authority repaired 74%"),
    # "he" needs the first clause too
    (REPORT.replace("Professor Ines Marlow", "he"), "three", "Inspectors from the Dunford Harbour Authority"),
    # "found that …, and that …": the second clause is the verb's object, not a sentence of its own
    ("Studies by the Velmland Institute of Public Health have found that harbour workers in the region are injured "
     "at higher rates than any other group of workers, and that young apprentices make up 40% of the injured "
     "despite being only 5% of the workforce.", "40%", "Studies by the Velmland Institute"),
    # a shorter sentence keeps every clause
    ("The Dunford council opened the new harbour in May 2019, but Mayor Ines Marlow stayed away from the ceremony.",
     "May 2019", "Ines Marlow stayed away"),
])
def test_a_clause_stays_where_cutting_it_would_hurt(nlp, text, answer, kept):
    assert kept in _trimmed(nlp, text, answer)
