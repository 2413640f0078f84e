"""Events that last days: a wrong day for one is at least a week from the answer's and in its season (issue 15:
blind raters called the days offered on a winter-storm page unsound; the storm went on the next day, and no snow
falls in July). Words in ``lasting.json``."""

from __future__ import annotations

import json
import re
from functools import lru_cache
from importlib import resources

from quizgen.questions import dates
from quizgen.text import alternation

_LEAP = 2000  # days without a year are compared in a leap year, so 29 February is a day


@lru_cache(maxsize=1)
def _data() -> dict:
    return json.loads(resources.files("quizgen.questions").joinpath("lasting.json").read_text(encoding="utf-8"))


@lru_cache(maxsize=1)
def _pattern() -> re.Pattern[str]:
    return re.compile(r"(?<![\w-])(?:" + alternation(_data()["words"]) + r")(?![\w-])", re.IGNORECASE)


def lasting(sentence: str) -> bool:
    """Does the sentence tell of an event that lasts days (a storm, a siege, a strike, a festival)?"""
    return _pattern().search(sentence) is not None


def days_apart(a: str, b: str) -> int | None:
    """Days between two days: by their years when both give one, else as days of the year, across New Year too
    ("Dec. 30", "Jan. 2": 3); None unless both are days."""
    x, y = dates.day_of(a), dates.day_of(b)
    if x is not None and y is not None:  # both give their year
        return abs((x - y).days)
    x, y = dates.day_of(a, _LEAP), dates.day_of(b, _LEAP)
    if x is None or y is None:
        return None
    gap = abs((x - y).days)
    return min(gap, 366 - gap)


def out_of_reach(candidate: str, answer: str) -> bool:
    """Is a wrong day within the event's reach of the answer's ("Jan. 27" for a storm of "Jan. 26"), or in another
    season ("July 26" for a snowstorm)?"""
    gap = days_apart(candidate, answer)
    return gap is not None and not _data()["days"] <= gap <= _data()["season"]
