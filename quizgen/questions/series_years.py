"""Years of events held in a rhythm, and years a list puts in order: a wrong year for "campaigns for the presidential
nomination in 2008 and _____" is neither 2009 (no such campaign) nor 2005 (the list runs forward)."""

from __future__ import annotations

import json
import re
from functools import lru_cache
from importlib import resources

from quizgen.facts.model import Fact
from quizgen.text import YEAR_IN, YEAR_WORD

_YEAR = rf"({YEAR_WORD})"
# a year listed right before the blank ("in 2008 and _____", "2004-_____") or right after it ("_____ and 2012")
_LISTED_BEFORE = re.compile(rf"\b{_YEAR}(?:\s*,\s*|\s+(?:and|or|to|through|until)\s+|\s*[-–]\s*)$")
_LISTED_AFTER = re.compile(rf"^(?:\s*,\s*|\s+(?:and|or|to|through|until)\s+|\s*[-–]\s*){_YEAR}\b")


@lru_cache(maxsize=1)
def _data() -> dict:
    return json.loads(resources.files("quizgen.questions").joinpath("series_years.json").read_text(encoding="utf-8"))


@lru_cache(maxsize=1)
def _series() -> tuple[tuple[re.Pattern[str], int], ...]:
    return tuple((re.compile(s["pattern"], re.IGNORECASE), int(s["step"])) for s in _data()["series"])


_ATTRIBUTIVE = re.compile(r"\b(?:the|a|an|his|her|its|their|this|that)\s+$", re.IGNORECASE)
_NOUN_AFTER = re.compile(r"^\s+(?!(?:and|or|to|through|until)\b)[a-z][a-z-]+\b")


def step(fact: Fact, before: str = "") -> int:
    """The rhythm in years of the recurring event the answer's sentence names near the blank, or (for a year that
    names an occurrence, "the _____ path to victory") the sentence ``before`` names; 0 for none."""
    near = fact.sentence[max(0, fact.start - _data()["window_before"]):fact.start] + " _ " + \
        fact.sentence[fact.end:fact.end + _data()["window_after"]]
    found = next((every for pattern, every in _series() if pattern.search(near)), 0)
    if found or not before or not attributive(fact):
        return found
    return next((every for pattern, every in _series() if pattern.search(before)), 0)


def attributive(fact: Fact) -> bool:
    """Is the year a modifier naming one occurrence of something ("the _____ path to victory", "his _____ run")?"""
    return _ATTRIBUTIVE.search(fact.sentence[:fact.start]) is not None and \
        _NOUN_AFTER.match(fact.sentence[fact.end:]) is not None


def listed_bounds(fact: Fact) -> tuple[int | None, int | None]:
    """The years a list puts right before and right after the blank (years are listed in order), or None."""
    before = _LISTED_BEFORE.search(fact.sentence[:fact.start])
    after = _LISTED_AFTER.match(fact.sentence[fact.end:])
    return (int(before.group(1)) if before else None), (int(after.group(1)) if after else None)


def in_order(candidate: str, bounds: tuple[int | None, int | None]) -> bool:
    """Does every year of ``candidate`` fall between the listed years (``listed_bounds``)?"""
    low, high = bounds
    years = [int(y) for y in YEAR_IN.findall(candidate)]
    return all((low is None or y > low) and (high is None or y < high) for y in years)


def in_rhythm(candidate: str, answer: str, every: int) -> bool:
    """Is every year of ``candidate`` a whole number of ``every`` years from the answer's year (an article's own
    "2008" is no wrong year for a governor's race of 2009)?"""
    answer_years = [int(y) for y in YEAR_IN.findall(answer)]
    if not every or not answer_years:
        return True
    return all((int(y) - answer_years[0]) % every == 0 for y in YEAR_IN.findall(candidate))
