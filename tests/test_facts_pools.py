"""The built-in pools of wrong answers and the lexicon's word lists, read from their data files."""

from __future__ import annotations

from quizgen.facts.lexicon import lexicon, phrases, words
from quizgen.facts.pools import equipment_pool, is_country, pool, pools


def test_named_pools_are_lists_copied_from_the_data():
    months = pool("months")
    assert months[:2] == ["January", "February"] and len(months) == 12
    months.append("Smarch")
    assert "Smarch" not in pool("months")  # a caller's change never reaches the shared data
    assert set(pools()) >= {"months", "weekdays", "countries", "equipment_classes"}


def test_equipment_pool_by_class_in_any_case():
    missiles = equipment_pool("missile")
    assert missiles and equipment_pool("Missile") == missiles
    assert equipment_pool("no such class") == []


def test_countries_are_matched_after_normalising():
    assert is_country("France") and is_country("france") and not is_country("Paris")


def test_lexicon_lists_as_sets_and_phrases_longest_first():
    assert "spokesperson" in words("role_titles") and isinstance(words("role_titles"), frozenset)
    found = phrases("count_qualifiers")
    assert found and all(len(a) >= len(b) for a, b in zip(found, found[1:]))
    assert ("at", "least") in found
    assert "equipment_classes" in lexicon()
