"""Word lists and entity patterns shipped as data in ``quizgen/patterns`` (read once, cached)."""

from __future__ import annotations

import json
from functools import cache
from importlib.resources import files
from typing import Any


@cache
def lexicon() -> dict[str, Any]:
    """The word lists of ``patterns/lexicon.json``."""
    return json.loads(files("quizgen.patterns").joinpath("lexicon.json").read_text(encoding="utf-8"))


@cache
def words(name: str) -> frozenset[str]:
    """One word list of the lexicon as a set."""
    return frozenset(lexicon()[name])


@cache
def phrases(name: str) -> tuple[tuple[str, ...], ...]:
    """A list of (possibly multi-word) phrases as word tuples, longest first."""
    return tuple(sorted((tuple(p.split()) for p in lexicon()[name]), key=len, reverse=True))


def equipment_patterns() -> list[dict[str, Any]]:
    """EntityRuler patterns for equipment designations and types (``patterns/equipment.jsonl``)."""
    text = files("quizgen.patterns").joinpath("equipment.jsonl").read_text(encoding="utf-8")
    return [json.loads(line) for line in text.splitlines() if line.strip()]
