"""What a country or city answer stands for in its slot, and which wrong places a reader would weigh against it
(issue 15: blind raters' unsound classes on held-out pages): a country where a movement happens takes no options;
a major power sending or receiving ("funding from _____") takes its peers, never its neighbours; a city takes
cities of its own granularity and prominence, never a district of another or a small town beside a big city.
Word lists and the prominence share live in ``place_roles.json``."""

from __future__ import annotations

import json
import re
from functools import lru_cache
from importlib import resources

from quizgen.facts.model import Fact
from quizgen.questions import places
from quizgen.text import alternation, normalize


@lru_cache(maxsize=1)
def _data() -> dict:
    return json.loads(resources.files("quizgen.questions").joinpath("place_roles.json").read_text(encoding="utf-8"))


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    data = _data()
    events = alternation(data["events"])
    before = re.compile(r"\b(?:" + events + r")\s+(?:in|across|throughout|inside|within|of)\s+(?:the\s+)?$",
                        re.IGNORECASE)
    after = re.compile(r"^(?:['’]s?)?\s+(?-i:[A-Z][\w-]*\s+)?(?:" + events + r")\b", re.IGNORECASE)
    located = re.compile(r"\b(?:" + alternation(data["locatives"]) + r")\s+(?:the\s+)?$", re.IGNORECASE)
    return before, after, located


def event_slot(fact: Fact) -> bool:
    """Is the answer the country a political movement or event happens in ("an Occupy moment in _____", "_____'s
    Arab Spring protests")? Movements cross borders: a neighbour may be right too, and a rival power is no
    better a wrong answer."""
    before, after, _ = _patterns()
    return before.search(fact.sentence[:fact.start]) is not None or after.match(fact.sentence[fact.end:]) is not None


def located(fact: Fact) -> bool:
    """Is the answer the place where something is ("a school in _____")? Then neighbours are its rivals. "From"
    and "to" are left out: "funding from _____", "sold to _____" is a country acting."""
    return _patterns()[2].search(fact.sentence[:fact.start]) is not None


def city_peer(answer: places.Place, other: places.Place) -> bool:
    """Could the city ``other`` stand beside the city ``answer``: not a district of a larger city unless the answer
    is one too ("Koreatown" beside "San Jose"), not a name read first as a country or a state, and not a town far
    smaller than the answer ("Norwalk" beside "Los Angeles"): at least a share of its size, or a city of a million."""
    if other.granularity not in ("city", "capital"):
        return False  # "Jamaica", "Washington": read first as a country or a state, no city beside the answer
    if other.within and not answer.within:
        return False
    return other.population >= min(_data()["prominence"] * answer.population, _data()["prominent"])


def city_homes(names: list[str]) -> frozenset[str]:
    """The countries of the well-known cities among ``names`` (the article's places): a story set in Edinburgh
    names no country, but its "Newington" is no town of Connecticut."""
    found = (places.place_of(n) for n in names)
    return frozenset(p.country for p in found if p is not None and p.granularity in ("city", "capital")
                     and p.population >= places.WELL_KNOWN_CITY)


def crowded(names: list[str], granularity: str) -> frozenset[str]:
    """The article's places of one granularity (normalised), when it names at least ``crowded`` of them: a story
    across many states (a storm, an election map) tells of the same thing in each, so another it names may be
    right too ("power went out in _____": Vermont's went out as well). Empty otherwise."""
    found = {normalize(n) for n in names for p in (places.place_of(n),) if p is not None and p.granularity == granularity}
    return frozenset(found) if len(found) >= _data()["crowded"] else frozenset()
