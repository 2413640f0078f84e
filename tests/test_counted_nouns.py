"""What a number counts, on sentences written for the tests: a count with no noun it counts gives no fact."""

from __future__ import annotations

import pytest

from quizgen.facts.extract import extract_facts
from quizgen.facts.model import FactKind


def _counts(nlp, text: str) -> dict[str, str]:
    return {f.answer: f.topic for f in extract_facts(nlp(text)) if f.kind is FactKind.COUNT}


@pytest.mark.parametrize("text, number, counted", [
    # the whole a subject number is part of
    ("Out of 34,000 Hispanic students, 2,285 were absent Monday.", "2,285", "students"),
    ("Out of the 50 boats in the race, 12 were lost at sea.", "12", "boats"),
    ("Of the 300 passengers, 12 were hurt.", "12", "passengers"),
    # a number whose span opens with its article: "an estimated 185,000 people"
    ("Nobody knows how many of an estimated 185,000 Hispanic people in the state have fled.", "an estimated 185,000",
     "Hispanic people"),
])
def test_a_number_counts_its_noun(nlp, text, number, counted):
    assert _counts(nlp, text).get(number) == counted


@pytest.mark.parametrize("text, number", [
    ("The town has 4,000 residents and 12 were hurt.", "12"),  # no partitive: 12 what?
    ("The vote was 12 to 4.", "12"),
])
def test_a_bare_number_counts_nothing(nlp, text, number):
    assert number not in _counts(nlp, text)
