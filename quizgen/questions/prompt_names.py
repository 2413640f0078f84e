"""What a card's prompt already shows: a wrong option may not repeat it, and a slot in a list takes no options.

Only the answer's own sentence is read (a few regular expressions per card), never the whole article.
"""

from __future__ import annotations

import re
from functools import lru_cache

from quizgen.facts.model import Fact
from quizgen.facts.names import name_words
from quizgen.questions import places
from quizgen.questions.polities import shown_in
from quizgen.text import contains_word, normalize

_WORD = re.compile(r"[A-Z][\w'’.&-]*")
# a name: capitalised words, "of", "for", "the" or "&" allowed between them ("Board of Governors")
_NAME = r"[A-Z][\w'’.&-]*(?:\s+(?:(?:of|for|the|&)\s+)?[A-Z][\w'’.&-]*)*"
_RUN = re.compile(r"[A-Z][\w'’.&-]*(?:\s+(?:(?:of|for|the|&)\s+)?[A-Z][\w'’.&-]*)+")
_POSSESSIVE = re.compile(r"['’]s?$")
# list items right before the slot ("Arizona, Georgia, _____") and right after it ("_____, Iowa, Louisiana")
_ITEMS_BEFORE = re.compile(rf"(?:{_NAME},\s+)+(?:and\s+)?$|(?:{_NAME},\s+)*{_NAME},?\s+and\s+$")
_ITEMS_AFTER = re.compile(rf"^(?:,?\s+and\s+{_NAME}|,\s+{_NAME}(?=\s*(?:,|\band\b)))+")


def prompt_of(fact: Fact) -> str:
    """The sentence with the answer taken out."""
    return fact.sentence[:fact.start] + " _ " + fact.sentence[fact.end:]


def _bare(word: str) -> str:
    return normalize(_POSSESSIVE.sub("", word))


@lru_cache(maxsize=1 << 10)
def _words(prompt: str) -> frozenset[str]:
    """The prompt's capitalised words, without a possessive ("Paul’s" → "paul")."""
    return frozenset(_bare(w) for w in _WORD.findall(prompt))


@lru_cache(maxsize=1 << 10)
def _runs(prompt: str) -> tuple[str, ...]:
    """The prompt's names of two or more words ("Federal Reserve", "Ron Paul")."""
    return tuple(_bare(r) for r in _RUN.findall(prompt))


@lru_cache(maxsize=1 << 10)
def names_shown(prompt: str) -> tuple[str, ...]:
    """The prompt's names as written: its capitalised words and runs of them ("Federal Reserve", "Fed")."""
    return tuple(dict.fromkeys(_POSSESSIVE.sub("", n) for n in (*_RUN.findall(prompt), *_WORD.findall(prompt))))


def repeats_prompt(candidate: str, kind: str, prompt: str) -> bool:
    """Would the wrong option ``candidate`` (of fine-type kind ``kind``) be told apart by what the prompt shows?

    - a person whose surname the prompt gives ("Chris Christie" for "… a 'failed' governor, said of Christie"; "Rand
      Paul" beside "Ron Paul’s campaigns"): the prompt's own person, or one who shares that person's name;
    - a name that holds one of the prompt's names ("Federal Reserve Bank" for "Federal Reserve and _____ data");
    - a country the prompt shows by another name, its capital or its people ("Russia" beside "Moscow announced",
      "the Russian move").
    """
    if kind == "person":
        words = name_words(candidate)
        if words and _bare(words[-1]) in _words(prompt):
            return True
    shown = normalize(candidate)
    if any(contains_word(shown, run) for run in _runs(prompt)):
        return True
    return kind == "place" and shown_in(prompt, candidate)


def names_a_part(prompt: str, answer: str) -> bool:
    """Whether the prompt names a part of the place the answer names ("Stores in the heart of Manhattan …, in _____" →
    New York City; "Shibuya" for Tokyo): whoever knows where the part lies reads the answer off it (blind raters:
    "a giveaway, because 'the heart of Manhattan' in the prompt reveals New York City")."""
    whole = places.place_of(answer)
    if whole is None or whole.granularity not in ("city", "capital"):
        return False
    for name in names_shown(prompt):
        part = places.place_of(name)
        if part is not None and part.within and normalize(part.within) == normalize(whole.name):
            return True
    return False


def in_a_list(fact: Fact) -> bool:
    """Is the answer one item of a list of three or more names ("Arizona, Georgia, _____, South Carolina and
    Utah")? Then the list is the fact, and any other name of its kind might be on it as well."""
    before, after = fact.sentence[:fact.start], fact.sentence[fact.end:]
    left, right = _ITEMS_BEFORE.search(before[-200:]), _ITEMS_AFTER.match(after[:200])  # a list is near the slot
    return sum(len(re.findall(_NAME, m.group())) for m in (left, right) if m) >= 2
