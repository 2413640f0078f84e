"""Dates inserted from the article's date, checked against the sentence they go into (raters on the tune pages: a
card adds "in 2010" to a sale that a quoted 2006 piece called "last year"; "its busiest November in eight years in
November 2014"):

- a sentence that reports what an earlier source said or wrote counts its times from that source, not from the
  article: no date goes into it. Earlier is a year before the article's in the sentence, on a source ("a 2006 CNN
  report said", "wrote in 2006"), or a quoted piece: a paragraph set off by the one before it ("Hilarious copy,
  below.", "It read:") when that one names an earlier year;
- a month the sentence already names is not inserted again: "last month" → "in [2014]" beside "busiest November";
  a year the sentence already names is not inserted again at all (the phrase stays, and the card is refused).
"""

from __future__ import annotations

import datetime as dt
import json
import re
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from quizgen.facts.counts import MONTHS
from quizgen.facts.lexicon import words
from quizgen.facts.rewrite import Replacement
from quizgen.nlp.cache import doc_text
from quizgen.text import YEAR_IN

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

_MONTH_YEAR = re.compile(r"\[(?P<month>" + "|".join(MONTHS) + r") (?P<year>\d{4})\]")
_YEAR_ONLY = re.compile(r"\[(?P<year>\d{4})\]")


@cache
def _data() -> dict:
    return json.loads(Path(__file__).with_name("date_echo.json").read_text(encoding="utf-8"))


def settled(doc: Doc, found: list[tuple[Replacement, str]], today: dt.date) -> list[tuple[Replacement, str]]:
    """``found`` (inserted dates and their ISO forms) without those a sentence reporting an earlier source would
    get, and with a month the sentence already names left out of its insertion."""
    if not found:
        return found
    out = []
    earlier: dict[int, bool] = {}
    for rep, iso in found:
        sent = doc[rep.start].sent
        if sent.start not in earlier:
            earlier[sent.start] = reports_earlier_source(sent, today.year) or in_quoted_piece(sent, today.year)
        if earlier[sent.start]:
            continue
        echoed = _without_echo(sent, rep, iso)
        if echoed is not None:
            out.append(echoed)
    return out


def reports_earlier_source(sent: Span, year: int) -> bool:
    """Does the sentence tell what a source said or wrote in a year before ``year`` ("a 2006 CNN report said the
    site sold last year", "In 2006 she wrote that …")?"""
    sources = frozenset(_data()["source_nouns"])
    speech = words("speech_verbs") | frozenset(_data()["writing_verbs"])
    for tok in sent:
        if not (tok.like_num and YEAR_IN.fullmatch(tok.text) and int(tok.text) < year):
            continue
        node = tok
        for _ in range(4):
            if node.lower_ in sources or (node.pos_ == "VERB" and node.lower_ in speech):
                return True
            if node.head.i == node.i:
                break
            node = node.head
    return False


def in_quoted_piece(sent: Span, year: int) -> bool:
    """Is the sentence in a paragraph that the paragraph before it sets off as a quoted piece ("Hilarious copy,
    below.", "The letter reads:") and that names a year before ``year``?"""
    text = doc_text(sent.doc)
    start = text.rfind("\n", 0, sent.start_char)
    if start <= 0:
        return False
    before = text[:start].rstrip()
    previous = before[before.rfind("\n") + 1:]
    if not re.search(_data()["introduces_quoted_piece"], previous, re.IGNORECASE):
        return False
    return any(int(y) < year for y in YEAR_IN.findall(previous))


def _without_echo(sent: Span, rep: Replacement, iso: str) -> tuple[Replacement, str] | None:
    """The insertion without a month the sentence names elsewhere ("busiest November … in [2014]"); None when the
    year it would insert is already in the sentence."""
    outside = doc_text(sent.doc)[sent.start_char:sent.doc[rep.start].idx] + " " \
        + doc_text(sent.doc)[sent.doc[rep.end - 1].idx + len(sent.doc[rep.end - 1]):sent.end_char]
    month_year = _MONTH_YEAR.search(rep.text)
    if month_year is not None:
        month, year = month_year.group("month"), month_year.group("year")
        if re.search(rf"\b{month[:3]}", outside):
            text = rep.text[:month_year.start()] + f"[{year}]" + rep.text[month_year.end():]
            return Replacement(rep.start, rep.end, text, pos=rep.pos, ent_type=rep.ent_type), year
        return rep, iso
    year_only = _YEAR_ONLY.search(rep.text)
    if year_only is not None and re.search(rf"\b{year_only.group('year')}\b", outside):
        return None
    return rep, iso
