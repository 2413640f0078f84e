"""A country's other names: a card hiding "US" is unfair when its prompt still says "Washington".

The names (shipped as data, ``polities.json``) are a country's alternative names and the capital
that stands for its government ("concessions from Washington"). A capital named as a place
("the ceremony in Pyongyang") is the city, not the country, and gives nothing away.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

# a capital after one of these is the city itself ("talks in Washington"), not its government
LOCATIVE = frozenset({"in", "at", "near", "outside", "around", "across", "inside", "into", "to", "toward",
                      "towards", "throughout", "via", "within"})
# a capital after one of these and a locative stands for its government: "connections to Moscow" (set-AD raters:
# "Russian intermediaries … connections to _____" → Moscow, "a giveaway")
TIES = frozenset({"ties", "links", "connections", "contacts", "relations", "close", "closer", "loyal"})
# the last word of a text, matched on the text reversed: a search for a word ending the text tried every start in it
_LAST_WORD_REVERSED = re.compile(r"\W*?([\w'’]*\w[\w'’]*)")


@dataclass(frozen=True)
class Polity:
    """One country's names and the capitals that stand for it."""

    names: frozenset[str]
    capitals: frozenset[str]
    demonyms: frozenset[str] = frozenset()

    def all_names(self) -> frozenset[str]:
        return self.names | self.capitals


@lru_cache(maxsize=1)
def _by_name() -> dict[str, tuple[Polity, ...]]:
    data = json.loads(resources.files("quizgen.questions").joinpath("polities.json").read_text(encoding="utf-8"))
    found: dict[str, tuple[Polity, ...]] = {}
    for entry in data["polities"]:
        polity = Polity(frozenset(entry["names"]), frozenset(entry["capitals"]), frozenset(entry.get("demonyms", ())))
        for name in polity.all_names():
            found[name] = found.get(name, ()) + (polity,)
    return found


@lru_cache(maxsize=1 << 10)
def _mention(name: str) -> re.Pattern[str]:
    return re.compile(r"(?<![\w.])" + re.escape(name) + r"(?!\w)")


def _bare(name: str) -> str:
    name = " ".join(name.split())
    return name[4:] if name[:4] in ("the ", "The ") else name


def _is_place(before: str) -> bool:
    """Does the text ``before`` a capital's mention make it the city itself ("… in" Pyongyang)? Not after a tie
    ("connections to" Moscow: its government)."""
    word = _LAST_WORD_REVERSED.match(before[::-1])
    if word is None or word.group(1)[::-1].lower() not in LOCATIVE:
        return False
    tie = _LAST_WORD_REVERSED.match(before[::-1], word.end())
    return tie is None or tie.group(1)[::-1].lower() not in TIES


def names_it_again(prompt: str, answer: str, before: str) -> bool:
    """True when ``prompt`` still names the country ``answer`` hides, by another of its names or its people
    ("Argentine", "Russian": stored blind ratings of such cards 0 good of 21).

    ``before`` is the text before the hidden answer in its sentence: a hidden capital used as a place
    ("in _____") is the city, which the country's name does not give away.
    """
    answer = _bare(answer)
    polities = _by_name().get(answer)
    if not polities:
        return False
    hidden_city = any(answer in p.capitals for p in polities) and _is_place(before)
    for polity in polities:
        for name in (polity.all_names() | polity.demonyms) - {answer}:  # its people too: "Argentine", "Russian"
            is_capital = name in polity.capitals
            if hidden_city and not is_capital:
                continue  # "the event in _____" with "North Korea" shown: Pyongyang is still to be known
            for match in _mention(name).finditer(prompt):
                if not is_capital or not _is_place(prompt[:match.start()]):
                    return True
    return False


def shown_in(prompt: str, name: str) -> bool:
    """Does ``prompt`` show the country ``name`` by another of its names, its capital or its people ("Moscow",
    "Russian" for "Russia")? As a wrong option it would be picked or ruled out by sight, whatever the use."""
    for polity in _by_name().get(_bare(name), ()):
        if any(_mention(other).search(prompt) for other in polity.all_names() | polity.demonyms):
            return True
    return False


def country_names(name: str) -> frozenset[str]:
    """Every name and demonym of the country ``name`` names ("United States" → "US", "U.S.", "American", …), itself
    included; its capital left out (no office is "Washington President")."""
    found = frozenset({name})
    for polity in _by_name().get(_bare(name), ()):
        found |= polity.names | polity.demonyms
    return found


@lru_cache(maxsize=1)
def _country_words() -> frozenset[str]:
    return frozenset(name for polities in _by_name().values() for polity in polities
                     for name in polity.names | polity.demonyms)


def is_country_word(word: str) -> bool:
    """Whether ``word`` is a country's name or its people's ("U.S.", "France", "Russian"), not its capital."""
    return word in _country_words()
