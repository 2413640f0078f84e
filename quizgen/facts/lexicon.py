"""Word lists shipped as data in ``lexicon.json`` beside this module (read once, cached)."""

from __future__ import annotations

import json
from functools import cache
from importlib.resources import files
from typing import Any


@cache
def lexicon() -> dict[str, Any]:
    """The word lists of ``lexicon.json``."""
    return json.loads(files("quizgen.facts").joinpath("lexicon.json").read_text(encoding="utf-8"))


@cache
def words(name: str) -> frozenset[str]:
    """One word list of the lexicon as a set."""
    return frozenset(lexicon()[name])


@cache
def phrases(name: str) -> tuple[tuple[str, ...], ...]:
    """A list of (possibly multi-word) phrases as word tuples, longest first."""
    return tuple(sorted((tuple(p.split()) for p in lexicon()[name]), key=len, reverse=True))

