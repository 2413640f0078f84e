"""Counts with what they count and their qualifiers; dates with their qualifiers; relative dates made absolute."""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache
from typing import TYPE_CHECKING

from quizgen.facts.lexicon import phrases, words
from quizgen.nlp.parse import columns_of
from quizgen.nlp.spans import span_text

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December")
# weekdays and months, written out or cut ("Sept"), as a lower-case word
CALENDAR = frozenset({*WEEKDAYS, *(m.lower() for m in MONTHS), *(m[:3].lower() for m in MONTHS), "sept"})
WEEKDAY = "(?:" + "|".join(WEEKDAYS) + ")"  # a weekday's name, for patterns (matched with IGNORECASE)
WEEKDAY_NAME = re.compile(r"\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b")  # as written: capitalised
_RELATIVE_DAY = {"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1}
# Words between a number and its noun that say nothing about what is counted ("65 of its … jets").
LEADING_NOISE = frozenset("of the its their his her our my your these those this that".split())
WRITTEN_DATES = ("%d %B %Y", "%B %d, %Y", "%B %d %Y", "%d %b %Y", "%b %d, %Y", "%b %d %Y")
FREQUENCY = frozenset({"once", "twice", "thrice", "times", "per", "every", "each"})
_YEAR_WORDS = {"this year": 0, "last year": -1, "next year": 1}


def qualifier_start(doc: Doc, start: int, kind: str, floor: int = 0) -> int:
    """Where a number or date really starts once its qualifier is included ("at least three", "late 2023").

    ``kind`` is "count" or "date"; ``floor`` is the first token that may be taken (the sentence start).
    """
    name = "count_qualifiers" if kind == "count" else "date_qualifiers"
    lists = phrases(name)
    if not lists:
        return start
    # The words before ``start`` read once, then each qualifier compared against their tail.
    before = tuple(columns_of(doc).lower[max(floor, start - len(lists[0])):start])
    if not before or before[-1] not in _last_words(name):
        return start  # most numbers and dates: no qualifier ends right before them
    for qualifier in lists:
        n = len(qualifier)
        if n <= len(before) and before[len(before) - n:] == qualifier:
            return start - n
    return start


@lru_cache(maxsize=4)
def _last_words(name: str) -> frozenset[str]:
    """The words the qualifiers of lexicon list ``name`` end with."""
    return frozenset(qualifier[-1] for qualifier in phrases(name) if qualifier)


def counted_noun(ent: Span) -> Token | None:
    """The noun a number counts: ``250 … launchers``, ``dozens of … vehicles``, or the whole a subject number is
    part of (``Out of 34,000 students, 2,285 were absent``)."""
    root = ent.root
    if root.dep_ != "nummod":  # "an estimated 185,000 people": the span's root is its article, the number counts
        number = next((t for t in reversed(ent) if t.pos_ == "NUM"), None)
        if number is not None and number.dep_ == "nummod":
            root = number
    if root.dep_ == "nummod" and root.head.pos_ in ("NOUN", "PROPN") and root.head.i >= ent.end:
        return root.head
    if root.dep_ in ("nsubj", "nsubjpass") and root.pos_ == "NUM" and not any(root.children):
        whole = _partitive_whole(root)
        if whole is not None:
            return whole
    for child in root.children:
        if child.dep_ == "prep" and child.lower_ == "of":
            for pobj in child.children:
                if pobj.dep_ == "pobj" and pobj.pos_ == "NOUN":
                    return pobj
    if root.i + 1 < len(ent.doc) and ent.end == root.i + 1:
        nxt = ent.doc[root.i + 1]
        if nxt.pos_ == "NOUN" and nxt.tag_ in ("NNS", "NN") and root.pos_ == "NUM":
            return nxt  # the parse missed the link but "three occasions" reads as a count
    return None


# the nouns of a street address: "30 Rockefeller Plaza" names a place, the 30 counts nothing
_ADDRESS_HEADS = frozenset({"street", "road", "avenue", "center", "centre", "plaza", "place", "square", "boulevard",
                            "lane", "drive", "way", "park", "tower", "building"})


def inside_a_name(doc: Doc, start: int) -> bool:
    """Whether the number at token ``start`` is part of a name, not a count or date to learn: a model or series
    number after its name ("iPhone 14", "Apple Watch Series 8", "Route 66") or a street number ("30 Rockefeller
    center"). Blind raters: the blank cut the name, and the number was trivia."""
    number = doc[start]
    if not number.like_num:
        return False
    if start > 0:
        name = doc[start - 1]
        if name.pos_ == "PROPN" and number.head.i == name.i and any(ch.isupper() for ch in name.text):
            return True
    if start + 1 < len(doc):
        after = doc[start + 1]
        return (after.pos_ == "PROPN" and after.text[:1].isupper() and after.dep_ == "compound"
                and after.head.i == number.head.i != number.i and number.head.lower_ in _ADDRESS_HEADS)
    return False


def _partitive_whole(number: Token) -> Token | None:
    """The plural noun of a clause-level "(out) of N students" beside a subject number: what the number counts."""
    for sibling in number.head.children:
        if sibling.i > number.i:
            break
        of = sibling if sibling.lower_ == "of" else next((c for c in sibling.children if c.lower_ == "of"), None) \
            if sibling.lower_ == "out" else None
        if of is None or of.dep_ != "prep":
            continue
        noun = next((c for c in of.children if c.dep_ == "pobj"), None)
        if noun is not None and noun.tag_ == "NNS":
            return noun
    return None


def counted_phrase(doc: Doc, ent_end: int, noun: Token) -> str:
    """The counted noun with the words between the number and it ("new tactical … launchers"); a noun before the
    number (a partitive's whole) alone."""
    if noun.i < ent_end:
        return noun.text
    i = noun.left_edge.i if noun.left_edge.i >= ent_end else ent_end
    lower = columns_of(doc).lower
    while i < noun.i and lower[i] in LEADING_NOISE:
        i += 1
    return span_text(doc, i, noun.i + 1)


@lru_cache(maxsize=1024)
def parse_iso(date: str) -> dt.date | None:
    """An ISO date (or the date part of an ISO timestamp), or a written one ("5 August 2024"), else None."""
    if not date or not date.strip():
        return None
    match = re.match(r"^\s*(\d{4}-\d{2}-\d{2})", date or "")
    if match:
        try:
            return dt.date.fromisoformat(match.group(1))
        except ValueError:
            return None
    cleaned = re.sub(r"(\d)(st|nd|rd|th)\b", r"\1", (date or "").strip())
    for fmt in WRITTEN_DATES:
        try:
            return dt.datetime.strptime(cleaned, fmt).date()
        except ValueError:
            continue
    return None


def display(day: dt.date) -> str:
    return f"{day.day} {MONTHS[day.month - 1]} {day.year}"


def resolve_relative(text: str, article_date: str) -> tuple[str, str]:
    """For a relative date ("Sunday", "Sunday night", "yesterday", "last year"), its absolute form.

    Returns ``(display, iso)`` — e.g. ``("4 August 2024", "2024-08-04")`` — or ``("", "")`` when ``text``
    is not relative or the article date is unknown. A bare weekday is the latest such day on or before
    the article date (news reports past events); "next Friday" looks forward.
    """
    today = parse_iso(article_date)
    if today is None:
        return "", ""
    words = re.findall(r"[a-z]+", text.lower().replace("’s", "").replace("'s", ""))
    if not words:
        return "", ""
    joined = " ".join(words)
    for phrase, delta in _YEAR_WORDS.items():
        if joined == phrase:
            year = str(today.year + delta)
            return year, year
    for word, delta in _RELATIVE_DAY.items():
        if word in words and len(words) <= 2:
            day = today + dt.timedelta(days=delta)
            return display(day), day.isoformat()
    days = [w for w in words if w in WEEKDAYS]
    extra = set(words) - set(days) - {"night", "morning", "afternoon", "evening", "last", "next", "this", "on"}
    if len(days) != 1 or extra:
        return "", ""
    target = WEEKDAYS.index(days[0])
    if "next" in words:
        ahead = (target - today.weekday()) % 7 or 7
        day = today + dt.timedelta(days=ahead)
    else:
        back = (today.weekday() - target) % 7
        if "last" in words and back == 0:
            back = 7
        day = today - dt.timedelta(days=back)
    return display(day), day.isoformat()


def durations(doc: Doc, taken: set[int]) -> list[tuple[int, int]]:
    """Token spans of durations the model missed: "a decade ago", "over two years", "several months".

    ``taken`` holds token indices already in a mention; a duration must not touch them.
    """
    units, numbers = words("time_units"), words("small_numbers")
    lower = columns_of(doc).lower
    found = []
    for i, word in enumerate(lower):
        if word not in units or i in taken or i == 0:
            continue
        start = i - 1
        if lower[start] not in numbers and not doc[start].like_num:
            continue
        if lower[start] in ("a", "an") and word not in ("decade", "century", "year", "month"):
            continue  # "a day", "an hour": too vague to ask about
        if start > 0 and lower[start - 1] in FREQUENCY:
            continue  # "twice a year" is a rate, not a date
        if start > 0 and f"{lower[start - 1]} {lower[start]}" in numbers:
            start -= 1  # "a few years"
        end = i + 1
        if end < len(doc) and lower[end] == "ago":
            end += 1
        if any(i in taken for i in range(start, end)):
            continue
        found.append((start, end))
    return found
