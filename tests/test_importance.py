"""Importance scores: kind, position and centrality each move the score the right way."""

from __future__ import annotations

from quizgen.facts.model import FactKind
from quizgen.facts.importance import importance


def test_score_rises_with_kind_position_and_centrality():
    base = importance(FactKind.PLACE, 5, 10, 1, 5)
    assert importance(FactKind.DEFINITION, 5, 10, 1, 5) > base
    assert importance(FactKind.PLACE, 0, 10, 1, 5) > base
    assert importance(FactKind.PLACE, 5, 10, 5, 5) > base
    assert 0.0 <= base <= 1.0 and importance(FactKind.DEFINITION, 0, 1, 9, 1) <= 1.0


def test_repeats_of_an_answer_score_lower():
    first = importance(FactKind.PLACE, 3, 10, 4, 5)
    assert importance(FactKind.PLACE, 3, 10, 4, 5, repeat=2) < first
    assert importance(FactKind.PLACE, 3, 10, 4, 5, repeat=50) == importance(FactKind.PLACE, 3, 10, 4, 5, repeat=4)


def test_seed_ranks_the_central_person_above_a_passing_place(seed_build):
    report, _ = seed_build
    facts = report.results[0].facts
    kim = max(f.score for f in facts if f.kind is FactKind.PERSON and "Kim" in (f.canonical or f.answer))
    japan = max(f.score for f in facts if f.answer == "Japan")
    assert kim > japan
