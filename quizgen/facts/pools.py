"""Built-in pools of plausible wrong answers (countries, months, weekdays, …), shipped as data."""

from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources

from quizgen.text import normalize


@lru_cache(maxsize=1)
def pools() -> dict:
    """The pools file, loaded once."""
    return json.loads(resources.files("quizgen.facts").joinpath("pools.json").read_text(encoding="utf-8"))


@lru_cache(maxsize=1)
def _countries() -> frozenset[str]:
    return frozenset(normalize(c) for c in pools()["countries"])


@lru_cache(maxsize=1 << 14)
def is_country(name: str) -> bool:
    """Is ``name`` a country we know?"""
    return normalize(name) in _countries()


def pool(name: str) -> list[str]:
    """A named list pool (``months``, ``weekdays``, ``number_words`` …)."""
    return list(pools()[name])


def equipment_pool(cls: str) -> list[str]:
    """Known designations of a class of equipment ("missile", "aircraft", …)."""
    return list(pools()["equipment_classes"].get(cls.lower(), []))
