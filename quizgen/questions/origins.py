"""When the article says a body or a person began, and which years it states for the answer's own slot: a wrong
year must be one the event could have had and the article does not give for it (issue 15, blind raters on
held-out pages: "2005" for what a company founded in 2009 did; a year before a person was born; a year the
article itself states for the same event). The words live in ``origins.json``."""

from __future__ import annotations

import json
import re
from functools import lru_cache
from importlib import resources

from quizgen.facts.model import Fact
from quizgen.questions.slots import things_in
from quizgen.text import alternation, contains_word

_YEAR = re.compile(r"(?<!\d)(1[89]\d\d|20\d\d)(?!\d)")
_NAME = r"((?:[A-Z][\w'’.-]+\s+){0,3}[A-Z][\w'’-]+)"


@lru_cache(maxsize=1)
def _data() -> dict:
    return json.loads(resources.files("quizgen.questions").joinpath("origins.json").read_text(encoding="utf-8"))


@lru_cache(maxsize=1)
def _births() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """Two patterns giving (name, year or age): "Suh, born in 1987," / "Suh (born 1987)" / "Suh was born in
    Portland in 1987"; "Suh, 28, signed" (an age beside the name, read against the article's day)."""
    born = re.compile(_NAME + r"(?:,\s+who\s+was|\s+was|,|\s+\()\s*born\s+(?:in\s+|on\s+)?(?:[^.;()]{0,40}?\s+)?"
                      r"(?:in\s+)?(?:[A-Z][a-z]+\.?\s+)?(?:\d{1,2},?\s+)?(1[89]\d\d|20\d\d)(?!\d)")
    aged = re.compile(_NAME + r",\s+(\d{1,2}),\s")
    return born, aged


def _surname(name: str) -> str:
    return name.split()[-1].rstrip(".").removesuffix("’s").removesuffix("'s")


@lru_cache(maxsize=64)  # once per article: every date answer of it asks
def birth_years(text: str, this_year: int | None) -> dict[str, int]:
    """The year each person the article dates was born, by surname ("Suh" → 1987): from "born in 1987", or an age
    beside the name ("Suh, 28,") when the article's year is known (born the year before, to be safe)."""
    born, aged = _births()
    out: dict[str, int] = {}
    for match in born.finditer(text):
        key = _surname(match.group(1))
        out[key] = min(int(match.group(2)), out.get(key, 9999))
    if this_year is not None:
        for match in aged.finditer(text):
            key = _surname(match.group(1))
            out.setdefault(key, this_year - int(match.group(2)) - 1)
    return out


def born_before(fact: Fact, answer: str, births: dict[str, int]) -> int | None:
    """The latest birth year of a person the answer's sentence names beside a later year answer ("Suh signed
    with Detroit in _____" where Suh was born in 1987): no wrong year may end before it."""
    own = min((int(y) for y in _YEAR.findall(answer)), default=None)
    if own is None or not births:
        return None
    outside = fact.sentence[:fact.start] + " … " + fact.sentence[fact.end:]
    found = [year for name, year in births.items() if year < own and contains_word(outside, name)]
    return max(found, default=None)


def sole_founding(founded: dict[str, int], answer: str) -> int | None:
    """The founding year when the article founds one body only (every founding it states has that year) and the
    answer is later: the article is that body's story, so no wrong year for a later event of it may end before
    its founding, whether or not the answer's own sentence names it ("the reader launched in _____")."""
    years = set(founded.values())
    own = min((int(y) for y in _YEAR.findall(answer)), default=None)
    if len(years) != 1 or own is None:
        return None
    (year,) = years
    return year if own > year else None


@lru_cache(maxsize=1)
def _slot_stop() -> frozenset[str]:
    return frozenset(_data()["slot_stopwords"])


def slot_words(fact: Fact) -> frozenset[str]:
    """The lowercase content words just before the blank ("launched its second reader in _____": launched,
    second, reader): the slot a year fills."""
    before = re.findall(r"[A-Za-z][\w-]+", fact.sentence[max(0, fact.start - 60):fact.start])[-4:]
    return frozenset(w for w in before if len(w) > 3 and w.islower() and w not in _slot_stop())  # no names: a
    # thing ("iPod") is in many of its sentences, the slot's verb or noun ("launched", "peaked") only in its own


def years_for_slot(fact: Fact, sentences: dict[int, str]) -> frozenset[int]:
    """Years the article states in another sentence for the answer's own slot: a sentence sharing two content
    words of the slot (one, if the slot has one) and a capitalised name of the answer's sentence, if it has any
    ("Square launched the reader in 2010" beside "the Square reader, launched in 2009"): the article gives the
    event that year too, so that year is no wrong one."""
    words = slot_words(fact)
    if not words:
        return frozenset()
    names = set(things_in(fact.sentence, fact.start, fact.end))
    pattern = re.compile(r"\b(?:" + alternation(sorted(words)) + r")\b", re.IGNORECASE)
    needed = min(2, len(words))  # "launched" and "reader": one shared noun ("stage") is another event's too
    found: set[int] = set()
    for index, sentence in sentences.items():
        if index == fact.sentence_index or len({m.lower() for m in pattern.findall(sentence)}) < needed:
            continue
        if names and not any(contains_word(sentence, n) for n in names):
            continue
        found.update(int(y) for y in _YEAR.findall(sentence))
    return frozenset(found)
