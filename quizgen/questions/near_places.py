"""Cities a slot ties to the story's own place: "Hoboken, now a wealthy _____ bedroom community" asks which big city
nearby, so a wrong city is one of the answer's own part of the country (Philadelphia, not San Diego)."""

from __future__ import annotations

import json
import re
from functools import lru_cache
from importlib import resources

from quizgen.facts.model import Fact
from quizgen.questions import places


@lru_cache(maxsize=1)
def _data() -> dict:
    return json.loads(resources.files("quizgen.questions").joinpath("near_places.json").read_text(encoding="utf-8"))


def _words(key: str) -> str:
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(_data()[key], key=len, reverse=True))


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    return (re.compile(rf"^[^.;:]{{0,{_data()['window']}}}?\b(?:{_words('after')})\b", re.IGNORECASE),
            re.compile(rf"\b(?:{_words('before')})\s+(?:the\s+)?$", re.IGNORECASE))


def tied_slot(fact: Fact) -> bool:
    """Does the sentence tie the answer to another place as its nearby big city ("a _____ bedroom community",
    "a suburb of _____")?"""
    after, before = _patterns()
    return after.match(fact.sentence[fact.end:]) is not None or before.search(fact.sentence[:fact.start]) is not None


@lru_cache(maxsize=1)
def _state_regions() -> dict[str, str]:
    """US state code → census region ("NJ" → "Northeast")."""
    codes = places.state_codes()
    return {codes[key]: state.region.split("/")[0] for key, state in places.us_states().items() if key in codes}


def part_of_country(place: places.Place) -> str:
    """The part of its country a city lies in: a US city's census region, else its first-level division."""
    if place.country == "US":
        return _state_regions().get(place.region, "")
    return place.region


def same_part(answer: places.Place, other: places.Place | None) -> bool:
    """Does ``other`` lie in the same country and part of it as ``answer`` (``part_of_country``)?"""
    return other is not None and other.country == answer.country and bool(part_of_country(answer)) and \
        part_of_country(other) == part_of_country(answer)
