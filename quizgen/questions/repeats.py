"""One answer asked again in other words: "zero" beside "zero percent", "New Jersey" beside "State of New Jersey".
Blind raters rejected the second card ("repeats card 4"); the deck's budget keeps the likelier one."""

from __future__ import annotations

from collections.abc import Iterable

from quizgen.text import normalize

MIN_SHARE = 0.5  # the shorter answer makes up at least this share of the longer one's words ("Basel" is not
# "startup in Basel", "1986" not "March 18 1986": those ask something more)


def restates(answer: str, others: Iterable[str]) -> bool:
    """Whether ``answer`` and one of ``others`` (normalised or not) name one thing: one holds the other as whole
    words and the held one is at least ``MIN_SHARE`` of the other's words."""
    mine = normalize(answer).split()
    return any(_holds(mine, theirs) or _holds(theirs, mine) for theirs in (normalize(o).split() for o in others))


def _holds(longer: list[str], shorter: list[str]) -> bool:
    n = len(shorter)
    if not n or n >= len(longer) or n < MIN_SHARE * len(longer):
        return False
    return any(longer[i:i + n] == shorter for i in range(len(longer) - n + 1))
