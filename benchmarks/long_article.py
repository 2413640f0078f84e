"""One long article for the long-article benchmark: the seed repeated with new names in each copy.

    python benchmarks/long_article.py OUT.txt [--bytes 1000000] [--dev-corpus] [--measure]

Each copy of the seed names its leader, analyst and spokesperson afresh (first and last names from
``benchmarks/corpus.py``), so short mentions ("Kim" → the copy's leader's surname) must be resolved against
names introduced in the same part of the article, as in a long report. With ``--dev-corpus`` the article is
the dev corpus's texts (git-ignored, not ours) one after another instead, as often as it takes. The text is
made here and never committed. ``--measure`` then runs ``quizgen build OUT.txt`` (the default formats) and prints
its wall time, CPU time and peak memory (``benchmarks/peak_rss.py``).
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.corpus import FIRST, LAST  # noqa: E402

SEED = ROOT / "seeds" / "north-korea-launchers.txt"
DEV_CORPUS = ROOT / ".dev-corpus" / "text"
# the seed's people, longest form first: each copy replaces them with its own
PEOPLE = (("Kim Jong Un", "Kim"), ("Joseph Dempsey", "Dempsey"), ("Lee Sung-joon", "Lee"))


def seed_copy(text: str, rng: random.Random) -> str:
    """The seed with its three people renamed (full names and the short forms that follow them)."""
    names = rng.sample([(f, s) for f in FIRST for s in LAST], len(PEOPLE))
    for (full, short), (first, last) in zip(PEOPLE, names):
        text = text.replace(full, f"\0{first} {last}\0").replace(short, last).replace(f"\0{first} {last}\0",
                                                                                      f"{first} {last}")
    return text


def long_article(size: int, dev_corpus: Path | None = None, seed: int = 0) -> str:
    """An article of at least ``size`` bytes (UTF-8), one paragraph per line, always the same for the same input."""
    rng = random.Random(seed)
    if dev_corpus is not None:
        texts = [p.read_text(encoding="utf-8").strip() for p in sorted(dev_corpus.glob("*.txt"))]
        if not texts:
            raise SystemExit(f"{dev_corpus}: no .txt files")
    else:
        texts = [SEED.read_text(encoding="utf-8").strip()]
    parts, total, n = ["A Long Report on Many Things"], 0, 0
    while total < size:
        text = texts[n % len(texts)]
        part = seed_copy(text, rng) if dev_corpus is None else text
        parts.append(part)
        total += len(part.encode("utf-8")) + 1
        n += 1
    return "\n".join(parts) + "\n"


def measure(article: Path) -> dict[str, float]:
    """``quizgen build ARTICLE`` in a child process: wall seconds, CPU seconds and peak memory (MB)."""
    with tempfile.TemporaryDirectory() as tmp:
        report = Path(tmp) / "peak.json"
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        start = time.perf_counter()
        subprocess.run([sys.executable, str(ROOT / "benchmarks" / "peak_rss.py"), str(report), "build", str(article),
                        "--out", str(Path(tmp) / "out"), "--quiet"], check=True, cwd=ROOT)
        wall = time.perf_counter() - start
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        peak = json.loads(report.read_text(encoding="utf-8"))["peak_rss_mb"]
    cpu = after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime
    return {"wall_s": round(wall, 1), "cpu_s": round(cpu, 1), "peak_rss_mb": round(peak)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--bytes", type=int, default=1_000_000)
    parser.add_argument("--dev-corpus", action="store_true", help=f"concatenate {DEV_CORPUS} instead of the seed")
    parser.add_argument("--measure", action="store_true", help="then build it and print time and peak memory")
    args = parser.parse_args()
    text = long_article(args.bytes, DEV_CORPUS if args.dev_corpus else None)
    args.out.write_text(text, encoding="utf-8")
    print(f"{args.out}: {len(text.encode('utf-8')):,} bytes, {len(text):,} characters, {len(text.split()):,} words")
    if args.measure:
        print(json.dumps(measure(args.out)))


if __name__ == "__main__":
    main()
