"""Behaviour identity: every fact, candidate and default-deck card quizgen makes of the dev corpus's tune pages, the
ranker's tune pages and the seed, written as JSON lines, and two such dumps compared page by page. A review commit
("behaviour unchanged") shows an empty comparison; a rule's commit shows the pages it changes.

    .venv/bin/python benchmarks/identity.py dump OUT.jsonl          # the current tree (PYTHONPATH for a snapshot)
    .venv/bin/python benchmarks/identity.py compare A.jsonl B.jsonl [--show]

The dumps hold the pages' sentences: keep them out of the repository (they are third-party text).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.append(str(ROOT))

from benchmarks.ranker import PAGES, RANKER_PAGES, measure_pages, page_files  # noqa: E402

SEED = ROOT / "seeds" / "north-korea-launchers.txt"
PARTS = ("facts", "cands", "deck")


def dump(out: Path) -> int:
    """Write one line per page (measure pages never: they are judged blind); the number of pages."""
    from quizgen.nlp.load import load_pipeline
    from quizgen.read.sources import read_article
    from quizgen.run.component import analyse

    held = measure_pages()
    pages = [p for p in page_files(PAGES) + page_files(RANKER_PAGES) if p.stem not in held]
    nlp = load_pipeline()
    with open(out, "w", encoding="utf-8") as sink:
        for page in [*pages, SEED]:
            (result,) = analyse(nlp, [read_article(str(page))])
            sink.write(json.dumps({
                "page": page.stem,
                "facts": [repr(f) for f in result.facts],
                "cands": [[q.kind.value, q.visible_prompt(""), q.answer] for q in result.candidates],
                "deck": [[q.kind.value, q.visible_prompt(""), q.answer, list(q.choices)] for q in result.questions],
            }, ensure_ascii=False) + "\n")
    return len(pages) + 1


def _read(path: Path) -> dict[str, dict]:
    return {row["page"]: row for row in map(json.loads, path.read_text(encoding="utf-8").splitlines())}


def compare(a: Path, b: Path, show: bool = False) -> int:
    """Print each page and part that differs (with ``show``, the lines only one side has); the number of them."""
    before, after = _read(a), _read(b)
    changed = 0
    for page in sorted(before.keys() | after.keys()):
        for part in PARTS:
            old, new = before.get(page, {}).get(part), after.get(page, {}).get(part)
            if old == new:
                continue
            changed += 1
            print(page, part)
            if show:
                for line in old or []:
                    if line not in (new or []):
                        print("  -", line)
                for line in new or []:
                    if line not in (old or []):
                        print("  +", line)
    decks = [sum(len(row["deck"]) for row in side.values()) for side in (before, after)]
    print(f"{changed} page parts differ; deck cards {decks[0]} → {decks[1]}")
    return changed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = parser.add_subparsers(dest="command", required=True)
    sub.add_parser("dump").add_argument("out", type=Path)
    comparing = sub.add_parser("compare")
    comparing.add_argument("a", type=Path)
    comparing.add_argument("b", type=Path)
    comparing.add_argument("--show", action="store_true", help="the lines only one side has")
    args = parser.parse_args()
    if args.command == "dump":
        print(f"{dump(args.out)} pages written to {args.out}")
    else:
        compare(args.a, args.b, args.show)


if __name__ == "__main__":
    main()
