"""Snapshot everything quizgen makes from fixed inputs, to check that a refactor changes no behaviour.

    .venv/bin/python benchmarks/snapshot.py OUT_DIR [--articles 60]

Writes, for the seed, the saved test page and a generated benchmark corpus: every fact (`quizgen facts --json`),
every question (`quizgen questions`) and every export format except the .apkg (`quizgen build`), with the build
time fixed so the files are comparable. Compare two snapshots with `diff -r`.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.corpus import write_corpus  # noqa: E402

QUIZGEN = [str(ROOT / ".venv" / "bin" / "quizgen")]
FORMATS = ["html", "gift", "moodle-xml", "csv"]


def _run(args: list[str], out: Path | None = None) -> None:
    result = subprocess.run(QUIZGEN + args, capture_output=True, text=True, cwd=ROOT)
    if result.returncode != 0:
        raise SystemExit(f"quizgen {' '.join(args)} failed: {result.stderr.strip()}")
    if out is not None:
        out.write_text(result.stdout, encoding="utf-8")


def snapshot(out: Path, articles: int) -> None:
    """Write the snapshot of every input into ``out``."""
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(tmp) / "corpus"
        write_corpus(corpus, articles)
        inputs = [ROOT / "seeds" / "north-korea-launchers.txt", ROOT / "tests" / "data" / "harbour-bridge.html",
                  *sorted(corpus.glob("*"))]
        for path in inputs:
            stem = path.stem
            _run(["facts", str(path), "--json"], out / f"{stem}.facts.json")
            _run(["questions", str(path)], out / f"{stem}.questions.json")
            args = ["build", str(path), "--out", str(out / "build"), "--quiet"]
            for fmt in FORMATS:
                args += ["-f", fmt]
            _run(args)
        _run(["build", str(ROOT / "seeds"), str(corpus), "--out", str(out / "many"), "--quiet",
              *[x for fmt in FORMATS for x in ("-f", fmt)], "--versions", "2"])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--articles", type=int, default=60)
    args = parser.parse_args()
    snapshot(args.out, args.articles)


if __name__ == "__main__":
    main()
