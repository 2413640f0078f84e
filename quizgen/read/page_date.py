"""The date a page's own metadata says it was published, read where htmldate does not look: a ``value`` attribute
in place of ``content`` (``<meta itemprop="datePublished" value="2016-10-13T15:35:00+00:00">``, Broadway World's
pages). htmldate then read a sidebar's "August 9, 2022", six years after the article, and the cards stamped
"announced on 9 August 2022" on a story whose deadline was January 2017 (blind raters: "the stamped date
contradicts the article's own timeline")."""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

# the metadata names of a page's first publication (schema.org, Open Graph, Parse.ly)
PUBLISHED = frozenset({"datepublished", "article:published_time", "parsely-pub-date", "og:published_time"})
NEAR_DAYS = 2  # a day or so apart is the same date in another time zone: the found one stands
_ISO_DAY = re.compile(r"\s*(\d{4})-(\d\d)-(\d\d)")


def published_date(tree: Any) -> dt.date | None:
    """The first publication date the page's meta elements give, or None."""
    for meta in tree.iter("meta"):
        key = (meta.get("itemprop") or meta.get("property") or meta.get("name") or "").lower()
        if key in PUBLISHED and (day := _day(meta.get("content") or meta.get("value") or "")):
            return day
    return None


def page_date(found: str, tree: Any) -> str:
    """``found`` (htmldate's date, ISO), unless the page's own publication date is more than ``NEAR_DAYS`` from it
    or there is none: then that date."""
    published = published_date(tree) if tree is not None else None
    if published is None:
        return found
    day = _day(found)
    return found if day is not None and abs((day - published).days) <= NEAR_DAYS else published.isoformat()


def _day(text: str) -> dt.date | None:
    match = _ISO_DAY.match(text)
    if match is None:
        return None
    try:
        return dt.date(*map(int, match.groups()))
    except ValueError:
        return None
