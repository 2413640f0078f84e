"""Small text helpers shared by the stages (no spaCy here)."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from functools import lru_cache

QUOTE_STYLES = str.maketrans({"“": '"', "”": '"', "„": '"', "‘": "'", "’": "'", "‑": "-", "–": "-", "—": "-"})

# a year as the stages read one (1800-2099): "2019", not "1066" nor a figure like "3000"
YEAR_WORD = r"(?:1[89]|20)\d\d"
YEAR_IN = re.compile(rf"\b{YEAR_WORD}\b")  # a year anywhere in a text
COUNTRY_INITIALS = re.compile(r"(?:[A-Z]\.){2,}")  # "U.S.", "U.K." as one word
CAPITALISED_WORD = re.compile(r"\b[A-Z]")  # where a word opens on a capital: a name's, or a sentence's first
ASIDE_DASHES = frozenset({"-", "–", "—", "--"})  # marks that set an aside off, as tokens

# Words that make a sentence depend on an earlier one when it opens with them.
OPENING_PRONOUNS = frozenset(
    "he she it they him her them his hers its their theirs this these those we us our i me my".split()
)
# The ones a quotation may not open with either: "I", "we" and "our" are its speaker's own, named in the sentence;
# "“They were brave,” said Ann Berg" points back to someone the card never names.
POINTING_BACK = OPENING_PRONOUNS - frozenset("we us our i me my".split())


@lru_cache(maxsize=1 << 16)
def normalize(text: str) -> str:
    """Fold case, quote styles, dashes and white space so two spellings of one answer compare equal."""
    if not text.isascii():  # plain ASCII is already NFKC and has no typographic quotes or dashes
        text = unicodedata.normalize("NFKC", text).translate(QUOTE_STYLES)
    return " ".join(text.split()).casefold()  # split() drops exactly the white space ``\s`` matches


def contains_word(haystack: str, needle: str) -> bool:
    """True when ``needle`` occurs in ``haystack`` as whole words, ignoring case and quote style."""
    pin = normalize(needle)
    if not pin:
        return False
    hay = normalize(haystack)
    return pin in hay and _word_pattern(pin).search(hay) is not None


@lru_cache(maxsize=1 << 14)
def _word_pattern(pin: str) -> re.Pattern[str]:
    return re.compile(r"(?<!\w)" + re.escape(pin) + r"(?!\w)")


def opening_pronoun(text: str) -> str:
    """The first word of ``text`` outside any opening quotation mark, lower-cased, when it is a pronoun
    (``OPENING_PRONOUNS``), else "": a word in capitals is an abbreviation, no pronoun ("US President Donald Trump
    has said …", "IT spending rose …"; "I" stays the pronoun)."""
    match = re.match(r"\W*?(\w+)", text)
    if match is None or (len(match.group(1)) > 1 and match.group(1).isupper()):
        return ""
    word = match.group(1).lower()
    return word if word in OPENING_PRONOUNS else ""


def opens_with_quote(text: str) -> bool:
    """Does the sentence start with a quotation mark?"""
    return text.lstrip()[:1] in ('"', "“", "‘", "'")


def alternation(words: Iterable[str]) -> str:
    """A regex alternation of ``words``, longest first, a space matching any run of whitespace."""
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True))


def inside_quote(sentence: str, offset: int) -> bool:
    """Is ``offset`` inside a quotation (typographic or straight double quotes)?"""
    curly = sentence.count("“", 0, offset) - sentence.count("”", 0, offset)
    return curly > 0 or sentence.count('"', 0, offset) % 2 == 1


# "a" or "an" ending the words before a blank: what fills it is read as a kind ("a South Carolina shared workspace")
A_OR_AN_BEFORE = re.compile(r"(?:^|\s)an?\s+$", re.IGNORECASE)
_VOWEL_SOUND = re.compile(r"(?:a|e(?!u|we)|i|o(?!ne\b|nce\b)|u(?!n[iu]|s[eu]|r[aeiou]|t[ei]|biq)|hour|honest|heir)",
                          re.IGNORECASE)


def indefinite_article(text: str) -> str:
    """"a" or "an", as the words before ``text`` would read ("an April 2015 video", "an $8 billion deal",
    "an FBI agent", "a one-time offer", "a $1 billion deal")."""
    bare = text.lstrip("$£€¥ ").strip()
    number = re.match(r"\d[\d,]*", bare)
    if number:
        lead = number.group().split(",")[0]
        return "an" if lead.startswith("8") or lead in ("11", "18") else "a"
    if re.match(r"[A-Z]{2,}\b|[A-Z]\.", bare):
        return "an" if bare[0] in "AEFHILMNORSX" else "a"
    return "an" if _VOWEL_SOUND.match(bare) else "a"


def reopens_quote(text: str, i: int) -> bool:
    """Whether the straight mark at ``i`` opens a quotation as well as closing the open one: it follows a sentence's
    end and a space and comes right before a word ('… performances. "Eddie in particular told me …'), as a quote
    running on into a new paragraph reopens it where the page ran the paragraphs together (a tune card credited
    Clive Woodward's words to the "Eddie" his next sentence spoke of, a wrong answer)."""
    return 1 < i < len(text) - 1 and text[i - 1] == " " and text[i - 2] in ".?!" and text[i + 1].isalnum()
