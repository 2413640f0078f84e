"""Where a person's role phrase starts and ends: past "current" or a time in words that opens it, before "and someone
who …" that goes on after it; no role at all when the phrase says the post was given up ("… until last year")."""

from __future__ import annotations

from typing import TYPE_CHECKING

from quizgen.facts.counts import CALENDAR

if TYPE_CHECKING:
    from spacy.tokens import Doc

# a role's "current" says the article's now, which its card says itself ("Who was Mel Watt at the time of the story?" →
# "current the Federal Housing Finance Agency (FHFA) Director", set AE: "ungrammatical"; "Who was John R. Bolton in
# October 2018?" → "current national security adviser")
_NOW_WORDS = frozenset({"current"})  # not "sitting": "sitting judge" without it is a bare noun, no role
_SOMEONE = frozenset({"someone", "somebody", "one"})


def role_bounds(doc: Doc, start: int, end: int) -> tuple[int, int] | None:
    """The role phrase at tokens ``[start, end)`` as a card may give it, or None when it is no role the person
    holds at the time of the story."""
    if end - start > 1 and doc[start].lower_ in _NOW_WORDS:
        start += 1
    if (after := _past_said_when(doc, start, end)) > start:
        start = after
        if end - start < 2:
            return None  # "Last year actor": one noun left says not whose or of what
    end = _before_someone(doc, start, end)
    if _held_until(doc, start, end):
        return None  # "the head of Velm Music until last year": a post given up, not what the person is
    return start, end


def _past_said_when(doc: Doc, start: int, end: int) -> int:
    """Past the sentence's time in words opening a role ("Yesterday Velm's economy minister, …", "Last year actor
    …": stop-110 raters on such answers, "stray 'Yesterday'", "ungrammatical debris"); ``start`` when none opens it.
    The time is a whole date or time entity of words alone. A figure stays ("2004 Olympic champion" is the title),
    and so does a hyphened word ("Obama-era appointee") or a day's or a month's name, which opens a paper's ("Sunday
    Telegraph journalist")."""
    if doc[start].ent_iob_ != "B" or doc[start].ent_type_ not in ("DATE", "TIME"):
        return start
    after = start + 1
    while after < end and doc[after].ent_iob_ == "I":
        after += 1
    words = doc[start:after]
    if any(not tok.is_alpha or tok.lower_ in CALENDAR for tok in words) or after >= end:
        return start
    return after


def _before_someone(doc: Doc, start: int, end: int) -> int:
    """Where a role ends before "and someone who …" ("a research director at Velm and someone who has watched it
    for years"): what follows describes the person, no title; the cut phrase had read "… Velm and someone" (a stop-111
    A/B rater: "cut off mid-phrase")."""
    for i in range(start + 1, end - 1):
        if doc[i].lower_ == "and" and doc[i + 1].lower_ in _SOMEONE and doc[i + 1].pos_ == "PRON":
            return i
    return end


def _held_until(doc: Doc, start: int, end: int) -> bool:
    """Whether a role's phrase says when its holder gave it up ("… until last year", "… till 2003"): a card asking
    who the person was at the time of the story got the post given up (a stop-110 tune card)."""
    return any(doc[i].lower_ in ("until", "till") and doc[i + 1].ent_type_ == "DATE" for i in range(start, end - 1))
