"""Relative times in a sentence's narration made absolute with the article's date, as marked insertions:
"yesterday" → "on [13 March 2024]", "last year's shutdown" → "the [2023] shutdown", "said Sunday" → "said on
[Sunday, 10 March 2024]", "this week" → "in [March 2024]" (or "in the week of [26 February 2024]" when the week
spans two months).

A phrase is left as written (and its sentence gives no card: ``questions/standalone.py``) when there is no date, when
it is quoted (a quote keeps its words), when it is a span of time rather than a point ("the last year", "every
Sunday"), when "today" means "nowadays" (a present-tense verb), when it compares ("down from a year ago"), or when
the sentence dates it itself ("Sunday, Aug. 4").
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from quizgen.facts.counts import MONTHS, WEEKDAYS, display, parse_iso
from quizgen.facts.date_echo import settled
from quizgen.facts.lexicon import words
from quizgen.facts.open_times import open_times
from quizgen.facts.rewrite import Replacement, is_quoted
from quizgen.nlp.cache import doc_text
from quizgen.nlp.lemmas import lemma_of
from quizgen.nlp.parse import columns_of

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

_NUMBERS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
            "eight": 8, "nine": 9, "ten": 10}
_PHRASE = re.compile(
    r"\b(?:(?P<mod>earlier|later|early|late)\s+)?(?:"
    r"(?P<day>yesterday|today|tomorrow|tonight)(?:\s+(?P<part>morning|afternoon|evening|night))?"
    r"|(?P<lastnight>last\s+night)"
    r"|(?P<which>this|last|next)\s+(?P<unit>week|month|year|morning|afternoon|evening)"
    rf"|(?P<mwhich>this|last|next)\s+(?P<month>(?-i:{'|'.join(MONTHS)}))"  # "last July"; capitalised: "this may" is a verb
    r"|(?:(?P<wwhich>this\s+past|this|last|next|past)\s+)?(?P<weekday>(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)"
    r"(?:\s+(?P<wpart>morning|afternoon|evening|night))?"
    r"|(?P<n>an?|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+(?P<ago>day|week|month|year)s?\s+ago"
    r")\b", re.IGNORECASE)
_TIME_WORDS = frozenset({"yesterday", "today", "tomorrow", "tonight", "night", "morning", "afternoon", "evening", "day",
                         "days", "week", "weeks", "month", "months", "year", "years", *WEEKDAYS,
                         *(month.lower() for month in MONTHS)})
_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
_DATED_AFTER = re.compile(rf"\s*[,(–—-]?\s*(?:{_MONTH}\s+\d{{1,2}}\b|\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH}|\d{{1,2}}/\d{{1,2}})")
_POSSESSIVE = frozenset({"'s", "’s"})
_SPAN_WORDS = frozenset({"the", "a", "an", "every", "each", "per", "all", "that"})
_COMPARING = frozenset({"from", "than", "to", "versus", "vs", "vs."})
_FUTURE = frozenset({"will", "shall", "'ll", "’ll"})
_HEDGES = frozenset({"nearly", "almost", "about", "around", "roughly", "approximately", "some", "over", "under"})
_LOOKING_AHEAD = frozenset({"expect", "schedule", "set", "plan", "go", "due", "hope", "aim", "intend", "prepare"})
_PAST_TAGS = frozenset({"VBD", "VBN"})
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})


@dataclass(frozen=True)
class _When:
    """What a phrase resolves to: the words inside the brackets, the frame before them, its preposition."""

    inner: str
    frame: str = ""  # "the week of ", "the morning of "
    preposition: str = "on"
    iso: str = ""


def relative_times(doc: Doc, article_date: str) -> list[tuple[Replacement, str]]:
    """Each relative time in ``doc``'s narration that the article date resolves, as a replacement and its ISO
    day (or month / year); none without a date."""
    today = parse_iso(article_date)
    if today is None:
        return []
    text, c = doc_text(doc), columns_of(doc)
    out: list[tuple[Replacement, str]] = []
    done = -1  # the phrases are looked for only around their time words: the article's text is not scanned
    for i in [i for i, word in enumerate(c.lower) if word in _TIME_WORDS]:
        if i <= done:
            continue
        match = next((m for j in range(max(0, done + 1, i - 3), i + 1)
                      if (m := _PHRASE.match(text, c.idx[j])) and m.end() >= c.idx[i] + len(c.text[i])), None)
        if match is None:
            continue
        span = doc.char_span(match.start(), match.end())
        if span is None:
            continue
        done = span.end - 1
        if any(t.ent_type_ not in ("", "DATE", "TIME") for t in span):
            continue  # "USA Today", "The Sunday Times": a name, not a time
        if is_quoted(doc, match.start()):
            continue  # a quote keeps its own words
        found = _resolve(match, span, today, text)
        if found is not None:
            out.append(found)
    return settled(doc, out + open_times(doc, today), today)


def _resolve(match: re.Match[str], span: Span, today: dt.date, text: str) -> tuple[Replacement, str] | None:
    doc = span.doc
    before = doc[span.start - 1] if span.start > span.sent.start else None
    after = doc[span.end] if span.end < span.sent.end else None
    if before is not None and before.lower_ in _SPAN_WORDS:
        return None  # "the last year", "every Sunday", "since yesterday"… a span or a habit, not a day
    if _DATED_AFTER.match(text, match.end()):
        return None  # "Sunday, Aug. 4", "today (Oct. 28)": the sentence says the day itself
    when = _when(match, span, today, before)
    if when is None:
        return None
    mod = (match.group("mod") or "").lower()
    possessive = after is not None and after.text in _POSSESSIVE
    end = span.end
    bracket = f"{when.frame}[{when.inner}]"
    if possessive:
        if mod or when.frame:
            return None  # "earlier this week's vote": no short absolute form
        owned = doc[span.end + 1] if span.end + 1 < len(doc) else None
        if len(when.iso) == 10 and owned is not None and (owned.like_num or owned.tag_ == "$"):
            # "from today's 39.6 percent" is no "from the [15 December 2017] 39.6 percent" (set AI); a year before a
            # figure reads ("from the [2021] 6.0% expansion")
            return None
        shown, end = f"the {bracket}", span.end + 1  # "last year's shutdown" → "the [2023] shutdown"
    elif mod in ("early", "late") and not when.frame and when.preposition == "in":
        shown = f"{mod} {bracket}"  # "late last month" → "late [November 2014]"
    elif mod:
        shown = f"{mod} {when.preposition} {bracket}"  # "earlier this year" → "earlier in [2024]"
    elif (before is not None and ((before.pos_ in ("ADP", "SCONJ") and before.dep_ != "prt") or before.dep_ == "prep"
                                  or before.text in MONTHS)) or _governing(span).dep_ in _SUBJECTS:
        shown = bracket  # "on Sunday", "July of last year", "in November next year", "Tomorrow will be …": no
        # preposition to add (set AG: "in November next year" had read "in November 2018 in 2018"); a verb's particle
        # is none (set AL: "the legislation hammered out [December 2017]")
    else:
        shown = f"{when.preposition} {bracket}"
    if span.start == _first_word(span.sent) and shown[0].islower():
        shown = shown[0].upper() + shown[1:]
    return Replacement(span.start, end, shown, pos="PROPN", ent_type="DATE"), when.iso


def _when(match: re.Match[str], span: Span, today: dt.date, before: Token | None) -> _When | None:
    group = match.group
    if group("day"):
        word = group("day").lower()
        if word == "today" and not _past_or_future(span):
            return None  # "the system today", "it endures today": nowadays, not a day
        if _reported_earlier(span):
            return None  # "she wrote that he was set for tonight": the night of the writing, not of the article
        day = today + dt.timedelta(days={"yesterday": -1, "tomorrow": 1}.get(word, 0))
        part = (group("part") or ("night" if word == "tonight" else "")).lower()
        return _When(display(day), f"the {part} of " if part else "", "on", day.isoformat())
    if group("lastnight"):
        day = today - dt.timedelta(days=1)
        return _When(display(day), "the night of ", "on", day.isoformat())
    if group("weekday"):
        which = (group("wwhich") or "").lower()
        return _weekday(group("weekday"), "last" if "past" in which else which, (group("wpart") or "").lower(), span,
                        today, before)
    if group("month"):
        return _named_month(MONTHS.index(group("month")) + 1, group("mwhich").lower(), today)
    if group("unit"):
        return _calendar(group("unit").lower(), {"this": 0, "last": -1, "next": 1}[group("which").lower()], today)
    if group("ago"):
        if before is not None and before.lower_ in _COMPARING:
            return None  # "down from a year ago" compares periods; a date would misstate it
        if before is not None and before.lower_ in _HEDGES:
            return None  # "released nearly five years ago": "nearly in [2014]" is no English, and no year is sure
        words = group("n").lower()
        count = int(words) if words.isdigit() else _NUMBERS.get(words, 0)
        return _calendar(group("ago").lower(), -count, today) if count else None
    return None


def _named_month(month: int, which: str, today: dt.date) -> _When:
    """"last July": the latest July before the article's month; "next July" the first after it; "this July" the
    article's year's."""
    year = today.year
    if which == "last" and month >= today.month:
        year -= 1
    elif which == "next" and month <= today.month:
        year += 1
    return _When(f"{MONTHS[month - 1]} {year}", "", "in", f"{year:04d}-{month:02d}")


WEEKEND = 5  # Saturday's weekday number


def _calendar(unit: str, steps: int, today: dt.date) -> _When | None:
    """This / last / next week, month, year, or a part of today ("this morning")."""
    if unit == "day":
        day = today + dt.timedelta(days=steps)
        return _When(display(day), "", "on", day.isoformat())
    if unit == "week":
        monday = today - dt.timedelta(days=today.weekday()) + dt.timedelta(weeks=steps)
        last = min(monday + dt.timedelta(days=6), today) if steps == 0 else monday + dt.timedelta(days=6)
        if steps == -1 and today.weekday() >= WEEKEND:
            # at a weekend "last week" may mean the working week just gone as well (a Sunday's "unveiled last week"
            # was that Thursday: a set-AO card put it a month early); say only what both readings agree on
            last = today - dt.timedelta(days=1)
            if last.month != monday.month:
                return None
        if last.month == monday.month:
            # raters: "the week of [9 August 2010]" shows a day the article never gave, and a "When …?" card
            # then asks that Monday; the month is all the article says
            return _When(f"{MONTHS[monday.month - 1]} {monday.year}", "", "in", monday.isoformat()[:7])
        return _When(display(monday), "the week of ", "in", monday.isoformat()[:10])
    if unit == "month":
        index = today.year * 12 + today.month - 1 + steps
        year, month = divmod(index, 12)
        return _When(f"{MONTHS[month]} {year}", "", "in", f"{year:04d}-{month + 1:02d}")
    if unit == "year":
        return _When(str(today.year + steps), "", "in", str(today.year + steps))
    if steps == 0:  # this morning / afternoon / evening
        return _When(display(today), f"the {unit} of ", "on", today.isoformat())
    return None  # "last evening", "next morning": rare, and which day is unclear


def _weekday(word: str, which: str, part: str, span: Span, today: dt.date, before: Token | None) -> _When | None:
    """The day a weekday names: the latest on or before the article date, or the next when it looks ahead."""
    if before is not None and before.is_title and before.i != _first_word(span.sent):
        return None  # "Black Friday", "Easter Sunday": a name
    after = span.doc[span.end] if span.end < len(span.doc) else None
    if after is not None and after.is_title and after.pos_ == "PROPN":
        return None  # "Sunday Times"
    if span[-1].dep_ == "compound" and span[-1].head.i > span[-1].i and (before is None or before.pos_ != "ADP"):
        # "the self-imposed Friday voting deadline": a noun's day, which "on [date]" cannot stand inside (set AL: it
        # read "self-imposed on Friday, 15 December 2017 voting deadline", and the deadline was the Friday to come);
        # "said on Tuesday operations …" is the model's misreading of a day and the next clause's subject
        return None
    target = WEEKDAYS.index(word.lower())
    ahead = which == "next" or (which != "last" and _future(span))
    if not ahead and which != "last" and not _past(span):
        return None  # "Saturday is the anniversary": the present tense says neither the last one nor the next
    if ahead:
        day = today + dt.timedelta(days=(target - today.weekday()) % 7 or (7 if which == "next" else 0))
    else:
        back = (today.weekday() - target) % 7
        if back == 6 and which != "last":
            # the day after the article's date, told in the past: a late report from another time zone ("a series
            # that ended at 2 a.m. on Wednesday" in a paper dated Tuesday) as often as six days before; a rater
            # found the date six days back wrong, so neither is written in
            return None
        day = today - dt.timedelta(days=back or (7 if which == "last" else 0))
    named = word.capitalize() + (f" {part}" if part else "")
    return _When(f"{named}, {display(day)}", "", "on", day.isoformat())


def _reported_earlier(span: Span) -> bool:
    """The phrase sits in what someone said or wrote in the past ("wrote that … tonight"), whose day it counts from;
    not under the paper's own attributions ("police said that … yesterday": dated by the article)."""
    tok = _governing(span)
    for _ in range(8):
        head = tok.head
        if head.i == tok.i:
            return False
        if tok.dep_ == "ccomp" and head.tag_ == "VBD" and head.lower_ in words("speech_verbs") \
                and head.lower_ not in words("press_attributions"):
            return True
        tok = head
    return False


def _first_word(sent: Span) -> int:
    return next((t.i for t in sent if not t.is_punct and not t.is_space), sent.start)


def _governing(span: Span) -> Token:
    """The phrase's token that hangs from outside it."""
    return next((t for t in span if not span.start <= t.head.i < span.end or t.head.i == t.i), span[-1])


def _verb(span: Span) -> Token | None:
    """The verb the phrase tells the time of ("said" in "said on Sunday", "cheered" in "In a ceremony on Sunday,
    spectators cheered")."""
    tok = _governing(span)
    # "In addition to the deaths at a plant on Tuesday, … said": the weekday hangs six steps below its verb
    for _ in range(8):
        if tok.pos_ in ("VERB", "AUX"):
            return tok
        if tok.head.i == tok.i:
            return None
        tok = tok.head
    return tok if tok.pos_ in ("VERB", "AUX") else None


def _future(span: Span) -> bool:
    """Does the phrase's verb look ahead ("will vote", "is expected to review", "plans to sign")?"""
    verb = _verb(span)
    if verb is None:
        return False
    if any(c.dep_ == "aux" and c.lower_ in _FUTURE for c in verb.children):
        return True
    # up a chain of verbs each the complement of the next ("was set to begin closing the roads Wednesday": a tune
    # page's lead, with its figures, had needed the article for its undated weekday)
    while verb.tag_ == "VBG" and verb.dep_ == "xcomp" and verb.head.tag_ == "VB" and verb.head.dep_ == "xcomp":
        verb = verb.head
    return verb.tag_ == "VB" and verb.dep_ == "xcomp" and lemma_of(verb.head).lower() in _LOOKING_AHEAD


def _past(span: Span) -> bool:
    """Is the phrase's verb in a past tense ("said", "has said", "was found")?"""
    verb = _verb(span)
    return verb is not None and (verb.tag_ in _PAST_TAGS or any(c.dep_ in ("aux", "auxpass") and c.tag_ in _PAST_TAGS
                                                                  for c in verb.children))


def _past_or_future(span: Span) -> bool:
    return _past(span) or _future(span)
