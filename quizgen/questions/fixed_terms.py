"""Numbers that are part of a fixed term ("two-factor authentication", "a two-state solution"): no other number is a
wrong answer, "five-factor authentication" is no thing a reader could weigh."""

from __future__ import annotations

import json
import re
from functools import lru_cache
from importlib import resources

from quizgen.facts.model import Fact


@lru_cache(maxsize=1)
def _after() -> re.Pattern[str]:
    words = json.loads(resources.files("quizgen.questions").joinpath("fixed_terms.json").read_text(encoding="utf-8"))
    alternation = "|".join(re.escape(w).replace(r"\ ", r"[\s-]+") for w in sorted(words["after_hyphen"], key=len,
                                                                                     reverse=True))
    return re.compile(rf"^[-‑–]\s*(?:{alternation})\b", re.IGNORECASE)


def in_fixed_term(fact: Fact) -> bool:
    """Is the answer a number hyphened to a word of a fixed term ("_____-factor authentication")?"""
    return _after().match(fact.sentence[fact.end:]) is not None
