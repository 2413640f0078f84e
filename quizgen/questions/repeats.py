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
    """Whether ``answer`` and one of ``others`` name one thing: one holds the other as whole words and the held one
    is at least ``MIN_SHARE`` of the other's words (function words aside), and is not a name the longer one goes on
    from with a name of its own ("New York" and "New York Times", "Kansas" and "Kansas City": two things)."""
    return any(_holds(answer, other) or _holds(other, answer) for other in others)


def _holds(longer_text: str, shorter_text: str) -> bool:
    longer, shorter = normalize(longer_text).split(), normalize(shorter_text).split()
    n = len(shorter)
    if not n or n >= len(longer) or _weight(shorter) < MIN_SHARE * _weight(longer):
        return False
    at = next((i for i in range(len(longer) - n + 1) if longer[i:i + n] == shorter), None)
    if at is None:
        return False
    return not (at == 0 and longer_text.split()[n][:1].isupper())


def _weight(words: list[str]) -> int:
    return sum(w not in _function_words() for w in words)
