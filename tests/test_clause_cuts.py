"""Long sentences cut to the clause that holds the answer (quizgen.questions.clause_cuts), on sentences written for
the tests: each cut case fails with its rule taken out, each kept case with the rule's guard taken out."""

from __future__ import annotations

import pytest

from quizgen.questions.clause_cuts import LONG_SENTENCE_WORDS
from tests.test_trim import _trimmed  # the prompt a card shows, with its answer where the cut sentence has it

REPORT = ("Experts from the Dunford Harbour Authority and the Velmland Interior Department estimated in a long report "
          "published in May 2015 that 74% of the spilled oil had been captured or burned at sea, and Professor Ines "
          "Marlow drew sharp criticism from marine scientists at three universities along the northern coast.")
STREAMED = ("In 2016, 43 million people streamed the Velmland rowing championships on the Lusk Broadcasting Network "
            "over the course of the long summer season, with peak concurrent viewership for the final races on the "
            "river reaching 14.7 million people across the country.")
HOENIG = ("Federal Reserve Bank of Velmland President Thomas Hoenig, the bank's longest-serving policymaker and one of "
          "ten people who decide the rate at which banks lend to each other overnight, said on 3 May 2015 that the "
          "zero percent rate was a dangerous gamble for the economy of the country.")


@pytest.mark.parametrize("text, answer, expected", [
    # the second main clause goes when the answer is in the first
    (REPORT, "74%", "Experts from the Dunford Harbour Authority and the Velmland Interior Department estimated in a "
     "long report published in May 2015 that 74% of the spilled oil had been captured or burned at sea."),
    # the first goes when the answer is in the second, whose subject is a name
    (REPORT, "three", "Professor Ines Marlow drew sharp criticism from marine scientists at three universities along "
     "the northern coast."),
    # a closing "with …" phrase
    (STREAMED, "43 million", "In 2016, 43 million people streamed the Velmland rowing championships on the Lusk "
     "Broadcasting Network over the course of the long summer season."),
    # a long apposition on a name
    (HOENIG, "3 May 2015", "Federal Reserve Bank of Velmland President Thomas Hoenig said on 3 May 2015 that the zero "
     "percent rate was a dangerous gamble for the economy of the country."),
])
def test_a_long_sentence_keeps_the_clause_of_its_answer(nlp, text, answer, expected):
    assert len(text.split()) >= LONG_SENTENCE_WORDS
    assert _trimmed(nlp, text, answer) == expected


@pytest.mark.parametrize("text, answer, kept", [
    # the answer stands in the closing phrase: it stays
    (STREAMED, "14.7 million", "with peak concurrent viewership"),
    # the answer stands in the apposition: it stays
    (HOENIG, "ten", "the bank's longest-serving policymaker"),
    # a second clause about "the report" needs the first to say which
    (REPORT.replace("Professor Ines Marlow", "the report"), "three", "Experts from the Dunford Harbour Authority"),
    # "he" needs the first clause too
    (REPORT.replace("Professor Ines Marlow", "he"), "three", "Experts from the Dunford Harbour Authority"),
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
