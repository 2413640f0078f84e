"""One answer asked again in other words: "zero" beside "zero percent", "New Jersey" beside "State of New Jersey",
"$50 mark" beside "above $50". Blind raters rejected the second card ("repeats card 4"); the deck's budget keeps the
likelier one."""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from functools import cache
from importlib import resources

from quizgen.questions.answer_types import SCALE_VALUES, number_form
from quizgen.questions.distractors import UNIT_FIGURE, value_of
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
    from with a name of its own ("New York" and "New York Times", "Kansas" and "Kansas City": two things); or both
    hold one sum or share (``figures``: "above $50" and "$50 mark", "20 percent" and "20-percent", "$23bn" and "a
    $23bn contract"), which set-AP and tune raters called the same fact asked twice (the later cards of 4 such rated
    tune deck pairs: 1 good of 10 ratings)."""
    mine = figures(answer)
    return any(_holds(answer, other) or _holds(other, answer) or bool(mine and mine & figures(other))
               for other in others)


_SHORT_SCALE = re.compile(r"\s?(bn|m)\b", re.IGNORECASE)


def figures(text: str) -> frozenset[tuple[str, float]]:
    """The sums and shares ``text`` holds (``distractors.UNIT_FIGURE``), each as its unit and value, its scale word
    applied ("20-percent" and "20 percent" are one share, "$1.5 billion" is 1.5e9 dollars); a bare count or year is
    none ("2018" in two answers may be two events)."""
    if not any(c.isdigit() for c in text):
        return frozenset()
    found = set()
    for figure in UNIT_FIGURE.finditer(text):
        unit, scale = number_form(figure.group()).split("|")[:2]
        short = _SHORT_SCALE.match(text, figure.end())  # "$23bn": the figure's pattern stops before a short scale
        scale = scale or (short.group(1).lower() if short else "")
        value = value_of(figure.group())
        if value is not None:
            found.add((unit, value * SCALE_VALUES.get(scale, 1.0)))
    return frozenset(found)


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
