"""What a page's own meta elements say where trafilatura and htmldate do not look: a ``value`` attribute in place of
``content`` (``<meta itemprop="datePublished" value="2016-10-13T15:35:00+00:00">``, ``<meta name="og:site_name"
value="Bloomberg.com">``: pages saved by some tools). Without it htmldate read a sidebar's "August 9, 2022", six years
after the article, and the cards stamped "announced on 9 August 2022" on a story whose deadline was January 2017
(blind raters: "the stamped date contradicts the article's own timeline"); and trafilatura's site name was the
headline, so a card's source line read "From “U.S. Stocks Rise …” (U.S. Stocks Rise …, 6 December 2016)" ("the
source line repeats the headline in place of the publisher")."""

from __future__ import annotations

import contextlib
import datetime as dt
import re
from typing import Any

# the metadata names of a page's first publication (schema.org, Open Graph, Parse.ly)
PUBLISHED = frozenset({"datepublished", "article:published_time", "parsely-pub-date", "og:published_time"})
SITE_NAME = frozenset({"og:site_name"})
HOST_RUN = 4  # letters a page's own name shares with its host: "Fool" in fool.com
NEAR_DAYS = 2  # a day or so apart is the same date in another time zone: the found one stands
_ISO_DAY = re.compile(r"\s*(\d{4})-(\d\d)-(\d\d)")


def _meta(tree: Any, keys: frozenset[str]) -> list[str]:
    """The values of the page's meta elements named one of ``keys`` (any case), in order."""
    found = []
    for meta in tree.iter("meta"):
        key = (meta.get("itemprop") or meta.get("property") or meta.get("name") or "").lower()
        if key in keys and (value := (meta.get("content") or meta.get("value") or "").strip()):
            found.append(value)
    return found


def published_date(tree: Any) -> dt.date | None:
    """The first publication date the page's meta elements give, or None."""
    return next((day for value in _meta(tree, PUBLISHED) if (day := _day(value))), None)


def site_name(found: str, headline: str, tree: Any, hostname: str) -> str:
    """``found``, trafilatura's site name, unless it is missing, a host name ("fool.com") or the headline: then the
    page's own ``og:site_name`` when it names the host ("The Motley Fool"; not a section's "U.S." on reuters.com,
    nor a bare "al"), else the host."""
    host = hostname.lower().removeprefix("www.")
    if found and (" " in found.strip() or "." not in found) and not _is_headline(found, headline):
        return found
    own = next(iter(_meta(tree, SITE_NAME)), "") if tree is not None else ""
    if own and not _is_headline(own, headline) and _names_host(own, host):
        return own
    return found if found and not _is_headline(found, headline) else host


# a note a page's <title> adds after the headline ("… to the U.N. (Published 2018)": an archive's): no headline's
ARCHIVE_NOTE = re.compile(r"\s*\((?:Published|Updated|Archived) (?:\w+ )?(?:\d{1,2},? )?\d{4}\)\s*$")


def without_archive_note(headline: str) -> str:
    """``headline`` without a trailing archive note ("(Published 2018)")."""
    return ARCHIVE_NOTE.sub("", headline)


def _is_headline(name: str, headline: str) -> bool:
    """Whether ``name`` is the headline, an archive note aside (a tune page's source line read "(Nikki Haley to
    Resign as Trump's Ambassador to the U.N., 9 October 2018)": 3 cards rated fixable for it)."""
    return name.casefold() in (headline.casefold(), without_archive_note(headline).casefold())


def _names_host(name: str, host: str) -> bool:
    """Does ``name``, with a capital in it, share a run of ``HOST_RUN`` letters with the host's name ("the Guardian"
    and theguardian.com, "CNNMoney" and money.cnn.com)?"""
    letters = re.sub(r"[^a-z0-9]", "", name.lower())
    labels = re.sub(r"[^a-z0-9]", "", host.rsplit(".", 1)[0])
    return any(c.isupper() for c in name) \
        and any(letters[i:i + HOST_RUN] in labels for i in range(len(letters) - HOST_RUN + 1))


def page_date(found: str, tree: Any) -> str:
    """``found`` (htmldate's date, ISO), unless the page's own publication date is more than ``NEAR_DAYS`` from it
    or there is none: then that date; a date the page's own address contradicts is mended (``_address_date``)."""
    published = published_date(tree) if tree is not None else None
    if published is None:
        return _address_date(found, tree) if tree is not None else found
    day = _day(found)
    return found if day is not None and abs((day - published).days) <= NEAR_DAYS else published.isoformat()


def _address_date(found: str, tree: Any) -> str:
    """``found``, unless the page's canonical address files it under another month ("/story/2016/10/…"): then the
    address's own day when it has one, else ``found``'s day and month the other way round when that is the
    address's month (htmldate read "10/04/2016", 4 October, as 10 April, and every card's "Sunday" and "last week"
    moved six months), else ``found``."""
    day = _day(found)
    filed = next((match for url in _addresses(tree) if (match := _FILED.search(url))), None)
    if day is None or filed is None:
        return found
    year, month = int(filed.group(1)), int(filed.group(2))
    if (day.year, day.month) == (year, month):
        return found
    if filed.group(3):
        with contextlib.suppress(ValueError):
            return dt.date(year, month, int(filed.group(3))).isoformat()
    if (day.year, day.day) == (year, month):
        with contextlib.suppress(ValueError):
            return dt.date(year, month, day.month).isoformat()
    return found


# a page's address that files it by date: "/2016/10/", "/2019/11/18/"
_FILED = re.compile(r"/((?:19|20)\d\d)/(0[1-9]|1[0-2])/(?:(0[1-9]|[12]\d|3[01])/)?")


def _addresses(tree: Any) -> list[str]:
    """The page's own address: its canonical link and its ``og:url``."""
    found = [link.get("href") or "" for link in tree.iter("link") if (link.get("rel") or "").lower() == "canonical"]
    return found + _meta(tree, frozenset({"og:url"}))


def _day(text: str) -> dt.date | None:
    match = _ISO_DAY.match(text)
    if match is None:
        return None
    try:
        return dt.date(*map(int, match.groups()))
    except ValueError:
        return None
