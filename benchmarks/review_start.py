"""Time from `quizgen review ARTICLE --no-browser` to the page answering, and the page's weight.

    .venv/bin/python benchmarks/review_start.py [ARTICLE] [--runs 3]

Starts the command as a teacher would (a fresh process, a scratch questions file), polls nothing: it reads the
address the command prints once it serves, then fetches the page, its script and its style sheet. Prints the
median and every run.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.review_screenshot import start_review  # noqa: E402


def one_run(article: str) -> tuple[float, dict[str, int]]:
    with tempfile.TemporaryDirectory() as scratch:
        began = time.perf_counter()
        child, url = start_review([article], Path(scratch))
        try:
            sizes = {}
            with urllib.request.urlopen(url, timeout=30) as response:
                sizes["page"] = len(response.read())
            answered = time.perf_counter() - began
            for name in ("review.js", "review.css"):
                with urllib.request.urlopen(url + name, timeout=30) as response:
                    sizes[name] = len(response.read())
        finally:
            child.terminate()
            child.wait(timeout=10)
    return answered, sizes


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("article", nargs="?", default=str(ROOT / "seeds" / "north-korea-launchers.txt"))
    parser.add_argument("--runs", type=int, default=3)
    options = parser.parse_args()
    times, sizes = [], {}
    for _ in range(options.runs):
        seconds, sizes = one_run(options.article)
        times.append(seconds)
    print(f"start to page answering: median {statistics.median(times):.2f} s "
          f"(runs: {', '.join(f'{t:.2f}' for t in times)})")
    total = sum(sizes.values())
    print(f"page weight: {total / 1024:.1f} KiB in {len(sizes)} requests "
          f"({', '.join(f'{k} {v / 1024:.1f} KiB' for k, v in sizes.items())}); no fonts, images or other requests")


if __name__ == "__main__":
    main()
