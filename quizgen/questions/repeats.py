"""One answer asked again in other words: "zero" beside "zero percent", "New Jersey" beside "State of New Jersey".
Blind raters rejected the second card ("repeats card 4"); the deck's budget keeps the likelier one."""

from __future__ import annotations

import json
from collections.abc import Iterable
from functools import cache
from importlib import resources

from quizgen.text import normalize

MIN_SHARE = 0.5  # the shorter answer makes up at least this share of the longer one's words that say something
# ("1986" is not "March 18 1986", "Dunford" not "Dunford Rowing Club": those ask something more)


@cache
def _function_words() -> frozenset[str]:
    data = json.loads(resources.files("quizgen.questions").joinpath("repeats.json").read_text(encoding="utf-8"))
    return frozenset(data["function_words"])


def restates(answer: str, others: Iterable[str]) -> bool:
    """Whether ``answer`` and one of ``others`` (normalised or not) name one thing: one holds the other as whole
    words and the held one is at least ``MIN_SHARE`` of the other's words (function words aside)."""
    mine = normalize(answer).split()
    return any(_holds(mine, theirs) or _holds(theirs, mine) for theirs in (normalize(o).split() for o in others))


def _holds(longer: list[str], shorter: list[str]) -> bool:
    n = len(shorter)
    if not n or n >= len(longer) or _weight(shorter) < MIN_SHARE * _weight(longer):
        return False
    return any(longer[i:i + n] == shorter for i in range(len(longer) - n + 1))


def _weight(words: list[str]) -> int:
    return sum(w not in _function_words() for w in words)
