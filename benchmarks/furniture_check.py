"""Check quizgen's reader against the hand labels of page furniture (benchmarks/dev_corpus/furniture.json).

    .venv/bin/python benchmarks/furniture_check.py [--show]

For every dev page, each line of the label view (.dev-corpus/text/NAME.txt) is looked up in the text quizgen reads
from the page (``quizgen.read.sources.read_article``): a labelled furniture line should be gone, every other line
kept; a labelled dateline should be cut off its sentence. Prints the counts (and with --show each miss).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
CORPUS = ROOT / ".dev-corpus"
LABELS = ROOT / "benchmarks" / "dev_corpus" / "furniture.json"


def _norm(text: str) -> str:
    return re.sub(r"\s+", " ", text.replace("“", '"').replace("”", '"').replace("’", "'")).strip()


def main() -> None:
    from quizgen.read.sources import read_article

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--show", action="store_true", help="print every line read wrongly")
    show = parser.parse_args().show
    labels = json.loads(LABELS.read_text(encoding="utf-8"))
    counts = dict.fromkeys(("furniture_dropped", "furniture_kept", "prose_kept", "prose_dropped",
                            "dateline_cut", "dateline_kept"), 0)
    for page in sorted((CORPUS / "pages").glob("*.html")):
        name = page.stem
        read = [_norm(line) for line in read_article(str(page)).text.splitlines()]
        furniture = set(labels["furniture"].get(name, []))
        datelines = set(labels["dateline_prefix"].get(name, []))
        text = (CORPUS / "text" / f"{name}.txt").read_text(encoding="utf-8").splitlines()
        for number, line in enumerate(text, 1):
            line = _norm(line)
            if not line:
                continue
            kept = any(r == line or (len(r) > 20 and line.endswith(r)) for r in read)
            if number in furniture:
                key = "furniture_kept" if kept else "furniture_dropped"
            else:
                key = "prose_kept" if kept else "prose_dropped"
            counts[key] += 1
            if number in datelines:
                counts["dateline_kept" if line in read else "dateline_cut"] += 1
            if show and key in ("furniture_kept", "prose_dropped"):
                print(f"{key:15} {name}:{number} {line[:90]}")
    print(json.dumps(counts, indent=1))


if __name__ == "__main__":
    main()
