"""Label repairs from context, on sentences written for the tests."""

from __future__ import annotations

import pytest

from quizgen.questions.distractors import _same_scale
from quizgen.facts.extract import extract_facts
from quizgen.facts.model import FactKind


def _kinds(nlp, text: str) -> dict[str, set[FactKind]]:
    kinds: dict[str, set[FactKind]] = {}
    for fact in extract_facts(nlp(text)):
        kinds.setdefault(fact.answer, set()).add(fact.kind)
    return kinds


def test_a_capitalised_plural_common_noun_is_no_name(nlp):
    kinds = _kinds(nlp, "Engineers replaced 36 steel cables on the old bridge.")
    assert "Engineers" not in kinds


@pytest.mark.parametrize("text, name", [
    ("The mayor of Bergen opened the new library on Friday.", "Bergen"),
    ("During the strike, commuters from Laksevåg used a temporary ferry.", "Laksevåg"),
    ("Crowds gathered as the Puddefjord Bridge reopened on Thursday.", "Puddefjord Bridge"),
    ("The rocket lifted off from a pad in French Guiana on Tuesday.", "French Guiana"),
])
def test_context_makes_a_name_a_place(nlp, text, name):
    assert _kinds(nlp, text).get(name) == {FactKind.PLACE}


def test_a_place_stays_a_place_through_the_article(nlp):
    text = ("Bergen Kommune said the work was finished. The mayor of Drammen praised the engineers. "
            "Officials in Drammen said 40 buses would return.")
    assert _kinds(nlp, text).get("Drammen") == {FactKind.PLACE}


def test_number_distractors_keep_the_scale():
    assert not _same_scale("36", "25,000")
    assert _same_scale("12,500", "25,000") and _same_scale("three", "25,000")


def test_a_thing_in_apposition_is_defined_not_a_person(nlp):
    text = "Cholera, a bacterial disease spread by dirty water, killed 40 people in Haiti in 2022."
    facts = extract_facts(nlp(text))
    assert [f.answer for f in facts if f.kind is FactKind.DEFINITION and f.topic == "Cholera"]
    assert not [f for f in facts if f.kind in (FactKind.PERSON, FactKind.ROLE)]


def test_a_day_and_its_part_are_one_date(nlp):
    text = "A strong earthquake struck off the coast of Chile on Thursday evening, officials said."
    doc = nlp(text)
    assert [(e.text, e.label_) for e in doc.ents if e.text in ("Thursday", "evening")] == [
        ("Thursday", "DATE"), ("evening", "TIME")]  # the model's split, which the rule mends
    dates = [f.answer for f in extract_facts(doc) if f.kind in (FactKind.DATE, FactKind.TIME)]
    assert dates == ["Thursday evening"]


@pytest.mark.parametrize(("text", "span", "place"), [
    ("Commuters from Laksevåg used the ferry .", (2, 3), True),  # the name third in its sentence
    ("The mayor of Bergen opened it .", (3, 4), True),
    ("Friends from Laksevåg came .", (2, 3), False),  # "friends" governs no place
    ("From Laksevåg it came .", (1, 2), False),
])
def test_context_makes_a_name_a_place_without_a_model(text, span, place):
    from quizgen.facts.mentions import place_by_context
    from tests.hand_doc import hand_doc

    assert place_by_context(hand_doc(text), *span) is place


@pytest.mark.parametrize(("text", "deps", "heads", "subject"), [
    ("The founder , Anna Berg , thanked the board .", "det nsubj punct compound appos punct ROOT det dobj punct",
     [1, 6, 1, 4, 1, 1, 6, 8, 6, 6], True),
    ("The board thanked the founder , Anna Berg .", "det nsubj ROOT det dobj punct compound appos punct",
     [1, 2, 2, 4, 2, 4, 7, 4, 2], False),  # in apposition to the object
    ("Anna Berg thanked the board .", "compound nsubj ROOT det dobj punct", [1, 2, 2, 4, 2, 2], True),
])
def test_a_subject_or_in_apposition_to_one(text, deps, heads, subject):
    from quizgen.facts.mentions import Mention, is_subject
    from tests.hand_doc import hand_doc

    doc = hand_doc(text, deps=deps, heads=heads)
    start = text.split().index("Anna")
    assert is_subject(doc, Mention(start, start + 2, "PERSON")) is subject
