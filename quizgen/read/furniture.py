"""Page furniture: the lines of a page that are not the article's prose (headings, bylines, credits, captions,
datelines, links, footers), recognised by line shape so plain text and web pages are cleaned alike.

The patterns are data (``furniture.json`` beside this module). A heading is told by its shape: a short line that
does not end as a sentence does, a short line in capitals, or a short question standing alone.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from functools import cache
from importlib.resources import files

HEADING_MAX_WORDS = 16  # a longer line without a full stop is prose that lost its punctuation, not a heading
SHORT_LINE_WORDS = 8
ENDS_FROM = 0.5  # an "ends" marker (Trending, Related …) counts only in the second half of the page
_CLOSERS = (".", "!", "?", '"', "”", "'", "’", ":", ";", ")")


@cache
def _patterns() -> dict[str, list | frozenset]:
    data = json.loads(files("quizgen.read").joinpath("furniture.json").read_text(encoding="utf-8"))
    return {
        "line": [(entry["label"], re.compile(entry["pattern"], 0 if entry.get("case_sensitive") else re.IGNORECASE))
                 for entry in data["line"]],
        "ends": [re.compile(p, re.IGNORECASE) for p in data["ends"]],
        "dateline_prefix": [re.compile(p) for p in data["dateline_prefix"]],
        "lead_dateline_prefix": [re.compile(p) for p in data["lead_dateline_prefix"]],
        "byline_dateline_prefix": [re.compile(p) for p in data["byline_dateline_prefix"]],
        "inline": [re.compile(p, re.IGNORECASE) for p in data["inline"]],
        "bullet_prefix": [re.compile(p) for p in data["bullet_prefix"]],
        "market_codes": [re.compile(p) for p in data["market_codes"]],
        "lead_words_in_capitals": frozenset(data["lead_words_in_capitals"]),
    }


def _is_heading(line: str) -> bool:
    words = line.split()
    if len(words) <= HEADING_MAX_WORDS and not line.endswith(_CLOSERS):
        return True
    if len(words) <= 12:  # a paragraph's letters are not listed
        letters = [c for c in line if c.isalpha()]
        if letters and all(c.isupper() for c in letters):
            return True  # "COULD PLANE HAVE STALLED?"
    short = len(words) <= SHORT_LINE_WORDS and not any(q in line for q in '"“”')
    return short and line.endswith(("?", "...", "…"))  # "Will winds whip parade balloons?", "Planes, trains ..."


def furniture_label(line: str) -> str | None:
    """What kind of furniture ``line`` is ("heading", "byline", "credit" …), or None for article prose."""
    line = line.strip()
    if not line or any(p.match(line) for p in _patterns()["byline_dateline_prefix"]):
        return None  # "By Ada Quill and Tom Berg LONDON (Reuters) - The …": the lead with its byline glued on
    for label, pattern in _patterns()["line"]:
        if pattern.search(line):
            return label
    return "heading" if _is_heading(line) else None


def strip_dateline(line: str, lead: bool = False) -> str:
    """``line`` without a dateline or wire tag at its start ("SEOUL, South Korea —", "JAKARTA (Reuters) -"); the
    article's first line also without one in title case ("Indianapolis – Several thousand teachers …": the main-event
    card asked "_____ surrounded the Indiana Statehouse" with the city as its answer, on a fresh page)."""
    kinds = ("byline_dateline_prefix", "dateline_prefix", "lead_dateline_prefix") if lead \
        else ("byline_dateline_prefix", "dateline_prefix")
    for pattern in (p for kind in kinds for p in _patterns()[kind]):
        match = pattern.match(line)
        rest = line[match.end():] if match else ""
        if rest[:1].isupper() or rest[:1] in ('"', "“"):  # a sentence starts after the dateline
            return rest
    return line


# a run of words in capitals at a sentence's start, before a capitalised word or a list's "*": a heading the page's
# text lost its line break after ("… an anti-Islamic speech.” ANTI-IMMIGRATION One of the videos …", "‘PASS-THROUGH’
# BUSINESSES * Caps the maximum tax rate …"), which raters saw glued to the card's sentence
_GLUED_HEADING = re.compile(r"(^|[.!?][”\"’)]?\s+)((?:[‘“\"]?[A-Z][A-Z'’-]*[A-Z][’”\"]?\s+)+)(\*\s*)?(?=[A-Z][a-z])")
_QUOTED_WORD = re.compile(r"^[‘“\"].*[’”\"]$")
HEADING_WORD_LETTERS = 4  # "ANTI-IMMIGRATION", "WHEN AND WHERE"; not "FEMA Administrator", "BBC News"
QUOTED_HEADING_LETTERS = 6  # "“INDO-PACIFIC”" alone in quotation marks; not a quoted acronym ("“NATO”")


def _reads_as_heading(run: str, bullet: str) -> bool:
    """Whether a run of capitals before a sentence is a heading: a list's "*" after it, two words or more (one of
    them long), a hyphened word of long parts, or a long word in quotation marks; not one name in capitals."""
    words = run.split()
    letters = [sum(c.isalpha() for c in word) for word in words]
    if bullet or (len(words) > 1 and max(letters) >= HEADING_WORD_LETTERS):
        return True
    word = words[0]
    parts = word.strip("‘“\"’”").split("-")
    if len(parts) > 1 and all(len(part) >= HEADING_WORD_LETTERS for part in parts):
        return True  # "ANTI-IMMIGRATION", not "SAG-AFTRA" or "KTRK-TV"
    return bool(_QUOTED_WORD.match(word)) and letters[0] >= QUOTED_HEADING_LETTERS


def without_glued_headings(line: str) -> str:
    """``line`` without a heading in capitals glued to the start of one of its sentences (``_GLUED_HEADING``): a
    name in capitals stays ("NASA said", "FEMA Administrator Brock Long", "UNESCO World Heritage")."""
    def cut(match: re.Match[str]) -> str:
        return match.group(1) if _reads_as_heading(match.group(2), match.group(3) or "") else match.group(0)
    return _GLUED_HEADING.sub(cut, line)


def without_inline_furniture(line: str) -> str:
    """``line`` without the furniture inside it: a cross-reference to another story ("(see “Genome Surgery”)"),
    which blind raters asked to trim from cards and rated trivia when a card blanked a word of it; and a list's
    bullet at its start ("• Embiid was …": the model read "• Embiid" as the name, and a card wrote "defending •
    Embiid"); a stock's ticker and day's move ("Amazon.com (AMZN 3.60%)") and a wire's instrument codes ("the 30-year
    bond US30YT=RR"), which made cards on a day's move and cluttered the rest; a heading glued to a sentence
    (``without_glued_headings``)."""
    for pattern in _patterns()["inline"] + _patterns()["bullet_prefix"] + _patterns()["market_codes"]:
        line = pattern.sub("", line)
    return without_glued_headings(line)


_LEAD_CAPITALS = re.compile(r"^([A-Z]{2,}(?:['’][A-Z]{1,2})?)(?=\s+[A-Za-z])(?!\s+[A-Z]{2,}\b)")


def lead_words_in_capitals() -> frozenset[str]:
    """Common words a paper may set in capitals at a paragraph's start ("AS", "IT"), lower-cased: never an
    abbreviation (``standing_alone`` spells none of them out)."""
    return _patterns()["lead_words_in_capitals"]


def lead_word_cased(line: str) -> str:
    """``line`` with a first word a paper set in capitals written as a word ("AS Opposition Leader Bill Shorten said"
    → "As Opposition Leader …"): read as an abbreviation, it was spelled out from a name's initials ("Andrew Shearer
    (AS) Opposition Leader", a wrong card on a fresh page). Only common words: "NASA said" stays."""
    match = _LEAD_CAPITALS.match(line)
    if match is None or match.group(1).lower() not in lead_words_in_capitals():
        return line
    word = match.group(1)
    return word[0] + word[1:].lower() + line[match.end(1):]


# a fact-check page's heading over the claim it rates ("Claim" / "Former U.S. ambassador … has a net worth of $17
# million." / "Rating" / "Unproven"): read as the article's own statement, it made a card of a rumour the page debunks
_CHECKED_CLAIM = frozenset({"claim", "the claim", "claim checked", "what was claimed"})


def article_lines(lines: Iterable[str]) -> list[str]:
    """The article's prose paragraphs: furniture lines left out, datelines and cross-references cut off, and
    nothing after a marker such as "Trending" or "Related stories" in the second half of the page."""
    lines = [line.strip() for line in lines if line.strip()]
    labels = [furniture_label(line) for line in lines]
    kept: list[str] = []
    checked = False  # under a fact-check's "Claim" heading: the words it checks, which the article may call false
    for index, line in enumerate(lines):
        if index >= len(lines) * ENDS_FROM and any(p.match(line) for p in _patterns()["ends"]):
            break
        if labels[index] is not None:
            checked = line.strip(" :").lower() in _CHECKED_CLAIM
            continue
        if not checked and not is_caption(lines, labels, index):
            kept.append(lead_word_cased(without_inline_furniture(strip_dateline(line, lead=not kept))))
    return kept



def is_caption(lines: list[str], labels: list[str | None], index: int) -> bool:
    """Whether the line is a photo's caption: the prose line right before the photo's credit ("… injured her
    boyfriend." / "COUNTY SHERIFF'S DEPT./CONTRIBUTED IMAGE"), which a page's text extraction keeps as body text."""
    nxt = index + 1
    return nxt < len(lines) and labels[nxt] is not None and bool(_PHOTO_CREDIT.search(lines[nxt]))


# a credit that ends naming a picture ("…/CONTRIBUTED IMAGE", "(Photo: Getty Images)"); not a link to a gallery ("See
# TIME's Pictures of the Week.", "Loading Photo Gallery"), whose line before is prose
_PHOTO_CREDIT = re.compile(r"\b(?:photo|image|picture)s?\)?\.?$", re.IGNORECASE)
