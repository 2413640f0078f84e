"""A past form written where an infinitive belongs is shown in its base form (quizgen.facts.infinitives); sentences
written for the tests."""

from __future__ import annotations

import pytest

from quizgen.facts.extract import extract_facts


def _sentences(nlp, text: str) -> set[str]:
    return {f.sentence for f in extract_facts(nlp(text))}


@pytest.mark.parametrize("text, shown", [
    ("Velmark has threatened to deployed 40 new tanks to its border with Dunmere.",
     "Velmark has threatened to deploy 40 new tanks to its border with Dunmere."),
    ("The council of Bergen agreed to approved 12 new ferries for the fjord in 2023.",
     "The council of Bergen agreed to approve 12 new ferries for the fjord in 2023."),
])
def test_a_past_form_after_to_shows_its_base_form(nlp, text, shown):
    assert shown in _sentences(nlp, text)


@pytest.mark.parametrize("text", [
    # an adjective the tagger reads as a verb, on a noun it reads as one too
    "To cut the risk, the Dunmere utility switched most of its manhole covers to vented ones in 2019.",
    # a quotation keeps its words
    "“We have threatened to deployed 40 tanks,” Anna Berg told reporters in Dunmere in 2023.",
])
def test_other_past_forms_after_to_stay(nlp, text):
    assert text in _sentences(nlp, text)
