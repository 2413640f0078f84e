"""Every quote fact of the tune pages and the seed, with its credited speaker and paragraph, for a hand audit of who
said what (issue 14: a quote credited only to a speaker in its own attribution or the adjoining sentence).

    PYTHONPATH=. .venv/bin/python benchmarks/quote_speakers.py [PAGE …] > /tmp/quotes.txt

Tune pages only (measure pages are held out for blind ratings and never printed one by one).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / ".dev-corpus" / "text"
SEED = ROOT / "seeds" / "north-korea-launchers.txt"


def main(argv: list[str]) -> int:
    from quizgen.facts.extract import extract_facts
    from quizgen.facts.model import FactKind
    from quizgen.nlp.load import load_pipeline

    manifest = json.loads((ROOT / "benchmarks" / "dev_corpus" / "manifest.json").read_text(encoding="utf-8"))
    tune = [page["name"] for page in manifest if page["split"] == "tune"]
    wanted = [name for name in argv if name in tune or name == "seed"] or [*tune, "seed"]
    nlp = load_pipeline()
    for name in wanted:
        path = SEED if name == "seed" else CORPUS / f"{name}.txt"
        if not path.exists():
            print(f"{name}: no text at {path}", file=sys.stderr)
            continue
        text = path.read_text(encoding="utf-8")
        paragraphs = text.split("\n")
        for fact in extract_facts(nlp(text)):
            if fact.kind is not FactKind.QUOTE:
                continue
            paragraph = next((p for p in paragraphs if fact.topic[:30] in p), "")
            print(f"## {name} | {fact.canonical} ({fact.label}) | “{fact.topic[:80]}”\n"
                  f"   card sentence: {fact.sentence[:300]}\n   paragraph: {paragraph[:400]}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
