"""A hidden person whose office the prompt shows ("Republican President-elect _____", "_____'s team … the
President-elect has ordered"): whoever knows who held the office reads the answer off it.

Blind raters (stop 52, tune pages) rejected such cards as giveaways: "'the President-elect' in December 2016 points
straight to Donald Trump". The office must be one the article gives this person, written as a title before the
name ("President-elect Donald Trump", "President Trump"), and a country's: an organisation's president has its name
before the title ("Emirates President Tim Clark") or "of" after it ("the president of the club").
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path

from quizgen.facts.counts import MONTHS, WEEKDAYS
from quizgen.facts.model import Fact, FactKind
from quizgen.questions.polities import country_names, is_country_word

_DATA = Path(__file__).with_name("offices.json")


@lru_cache(maxsize=1)
def _offices() -> tuple[str, ...]:
    return tuple(json.loads(_DATA.read_text(encoding="utf-8"))["offices"])


def title_pattern(office: str) -> str:
    # not inside a longer title ("Vice President" holds "President"), not an organisation's ("President of …")
    return rf"(?<![\w-])(?<!Vice ){re.escape(office)}(?![\w-])"


@lru_cache(maxsize=64)
def _in_prompt(office: str) -> re.Pattern[str]:
    return re.compile(title_pattern(office) + r"(?! of\b)")


# a country's people ("Russian", "Afghan", "Chinese", "Israeli", "Turkish") or a party before the office: a
# national office still; any other capitalised word is a body's ("Emirates President", "NTEU President")
_NATIONAL = re.compile(r"(?<![\w’'.-])(?:[a-z][\w-]*|[A-Z][a-z]+(?:an|ese|ish|i)|U\.S\.|US|UK|U\.K\.|Republican|"
                       r"Democratic|Former|Then) $|[,;:(“\"—–] ?$")


def _national(sentence: str, at: int) -> bool:
    """Is the office written at ``at`` in ``sentence`` a country's (nothing, a lower-case word, a demonym, a
    party or punctuation before it) rather than a body's?"""
    return bool(_NATIONAL.search(sentence[max(0, at - 40):at])) or sentence[:at].strip() == ""


def names_the_office(prompt: str, fact: Fact, sentences: Iterable[str]) -> bool:
    """Whether ``prompt`` shows an office that the article's ``sentences`` give the person ``fact`` hides."""
    if fact.kind is not FactKind.PERSON:
        return False
    shown = [office for office in _offices() if office in prompt and _in_prompt(office).search(prompt)]
    if not shown:
        return False
    names = {fact.answer, fact.answer.split()[-1]}
    held = "|".join(re.escape(name) for name in sorted(names, key=len, reverse=True))
    ties = [re.compile(rf"{title_pattern(office)} (?:{held})(?![\w-])") for office in shown]
    return any(_national(sentence, found.start()) for sentence in sentences for tie in ties
               for found in tie.finditer(sentence))


@lru_cache(maxsize=1)
def _office_at_end() -> re.Pattern[str]:
    offices = "|".join(title_pattern(office) for office in sorted(_offices(), key=len, reverse=True))
    return re.compile(rf"(?:^|(\S+)\s+)(?:{offices})\s*$")


def office_before(text: str) -> bool:
    """Whether ``text``, a prompt up to a blank, ends on one of the offices with no body's name before it ("President
    _____", "U.S. President _____", "French President _____"; not "Federation of Government Employees President
    _____"): the story's date names the holder."""
    found = _office_at_end().search(text)
    if found is None:
        return False
    before = (found.group(1) or "").strip("“\"‘(")
    return not before or before[0].islower() or is_country_word(before) or before.lower() in _TIMES \
        or before.endswith((",", ";", ":", "—", "–"))


# a day or month before the office names no body ("As recently as Thursday President _____ touted …")
_TIMES = frozenset(WEEKDAYS) | {month.lower() for month in MONTHS}


# the country whose offices every reader can put a name to: blind raters on "Which U.S. President said: “NoKo has
# interpreted America's past restraint as weakness”?", "near-giveaway: it can only mean Donald Trump"; stored
# ratings of who-said cards so titled, 1 good of 17. Other countries' are no giveaway to them ("Which Israeli Prime
# Minister said …", "Which Italian Prime Minister said …": 14 good of 18)
_KNOWN_TO_ALL = "United States"
_ASIDE = re.compile(r"\s*\([^()]*\)")  # "United States (US) President": the spelled-out form's own abbreviation


def names_its_holder(role: str) -> bool:
    """Whether ``role`` is an office of ``offices.json`` of the country whose office holders everyone knows ("U.S.
    President", "President of the United States", "American First Lady"): asked "Which U.S. President said …?", the
    role is the answer. A former holder is one of several, and stays."""
    return bool(_held_by_one_known().fullmatch(" ".join(_ASIDE.sub("", role).split())))


@lru_cache(maxsize=1)
def _held_by_one_known() -> re.Pattern[str]:
    names = "|".join(re.escape(name) for name in sorted(country_names(_KNOWN_TO_ALL), key=len, reverse=True))
    offices = "|".join(re.escape(office) for office in _offices())
    return re.compile(rf"(?:the )?(?:{names}) (?:{offices})|(?:the )?(?:{offices}) of (?:the )?(?:{names})",
                      re.IGNORECASE)
