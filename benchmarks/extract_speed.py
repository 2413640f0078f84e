"""Extraction speed on a long article: the seed repeated N times (default 40). Not a test; prints timings.

Run: PYTHONPATH=$PWD python benchmarks/extract_speed.py [N]
Extraction should grow linearly with the article: the time per 1,000 tokens must stay flat as N grows.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

from quizgen.facts.extract import extract_facts
from quizgen.nlp.load import load_pipeline

SEED = Path(__file__).resolve().parent.parent / "seeds" / "north-korea-launchers.txt"


def main(repeats: int) -> None:
    nlp = load_pipeline()
    text = SEED.read_text(encoding="utf-8")
    for n in (max(1, repeats // 4), repeats):
        doc = nlp("\n".join([text] * n))
        start = time.perf_counter()
        facts = extract_facts(doc, article_date="2024-08-05")
        took = time.perf_counter() - start
        print(f"x{n}: {len(doc)} tokens, {len(facts)} facts, extract {took:.3f}s "
              f"({1000 * took / len(doc) * 1000:.2f} ms per 1,000 tokens)")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 40)
