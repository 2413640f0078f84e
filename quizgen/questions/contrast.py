"""Openers that set words against those before them. Years a contrasted sentence answers: "The app will likely be
available in 2011. But he didn't rule out offering it sometime in _____": 2011 is no wrong answer, the sentence before
makes it the likely one. Quotations that lean on words a card leaves out ("“If not, …”")."""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from functools import lru_cache
from importlib import resources

from quizgen.facts.model import Fact
from quizgen.text import YEAR_IN


@lru_cache(maxsize=1)
def _words() -> dict[str, list[str]]:
    return json.loads(resources.files("quizgen.questions").joinpath("contrast.json").read_text(encoding="utf-8"))


def _alternation(key: str) -> str:
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(_words()[key], key=len, reverse=True))


@lru_cache(maxsize=1)
def _opener() -> re.Pattern[str]:
    return re.compile(rf"^\W*(?:{_alternation('openers')})\b", re.IGNORECASE)


@lru_cache(maxsize=1)
def _leaning() -> re.Pattern[str]:
    return re.compile(rf"^(?:(?:{_alternation('quote_leaning')})\b|(?:{_alternation('quote_leaning_with_comma')}),)",
                      re.IGNORECASE)


def leans_on_before(quoted: str) -> bool:
    """Whether quoted words open by leaning on words before them ("If not, most likely we'll sign it …", "But while
    we seek …", "Accordingly, we maintain …"), which a card showing the quotation alone leaves out."""
    return bool(_leaning().match(quoted.lstrip()))


def contrasted_years(fact: Fact, before: Sequence[Fact]) -> frozenset[int]:
    """The years the sentence before gives (``before``: its facts; written or resolved from "next year"), when the
    answer's sentence opens by setting itself against it ("But …", "However, …"); else none."""
    if not before or not _opener().match(fact.sentence):
        return frozenset()
    found = {int(y) for y in YEAR_IN.findall(before[0].sentence)}
    found |= {int(f.resolved[:4]) for f in before if f.resolved[:4].isdigit()}
    return frozenset(found)
