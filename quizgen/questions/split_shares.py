"""Two shares of one whole told as a split ("By 56% to 35%, voters said …"): the second is below the first and the
two add up to at most the whole, so "55%" is no wrong answer for the blank after "by 56% to" (56 and 55 make 111)."""

from __future__ import annotations

import re

from quizgen.facts.model import Fact

_SPLIT = re.compile(r"\bby\s+(\d{1,3}(?:\.\d+)?)\s*(?:%|percent\b|per\s+cent\b)\s*(?:to|-|–)\s*$", re.IGNORECASE)
# a share of a whole, its number the group: "56%", "35 percent", "7 per cent" (also read by ``minor_details``)
SHARE = re.compile(r"(\d{1,3}(?:\.\d+)?)\s*(?:%|percent\b|per\s+cent\b)", re.IGNORECASE)


def other_share_cap(fact: Fact) -> float | None:
    """The most the blank after "by X% to" may be: below X, and at most what X leaves of the whole; None when the
    blank is no second share of a split."""
    split = _SPLIT.search(fact.sentence[:fact.start])
    if split is None:
        return None
    first = float(split.group(1))
    return min(first, 100 - first)


def fits_split(candidate: str, cap: float | None) -> bool:
    """Does the share ``candidate`` fit under ``cap`` (``other_share_cap``)?"""
    share = SHARE.search(candidate)
    return cap is None or share is None or float(share.group(1)) <= cap
