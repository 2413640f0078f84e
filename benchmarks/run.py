"""quizgen against bare spaCy, side by side in one run on the same texts.

    python benchmarks/run.py            # the full run (about five minutes on 2 cores)
    python benchmarks/run.py --quick    # smaller sizes, for a quick look

Prints, for each figure, quizgen's number, spaCy's number and their ratio, plus the seed's gold recall:

- throughput: the whole pipeline (read, parse, facts, questions, .apkg + .html written) against
  bare ``nlp.pipe`` with the same model, in one process, articles per second;
- jobs: ``--jobs 2`` against one process on the same 200 articles, best of three each;
- cold start: ``quizgen build`` on the seed against ``python -c`` importing spaCy, loading the model
  and parsing the same text; and ``quizgen --help`` alone;
- scale: 10, 100 and 1,000 articles through ``quizgen build FOLDER``: time and peak memory.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.corpus import write_corpus  # noqa: E402

SEED = ROOT / "seeds" / "north-korea-launchers.txt"
GOLD = ROOT / "tests" / "data" / "north-korea-launchers.gold.json"
PEAK_RSS = ROOT / "benchmarks" / "peak_rss.py"


def _best_of(runs: int, fn) -> float:
    best = float("inf")
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - start)
    return best


def _forget_caches() -> None:
    import functools
    import gc

    for obj in gc.get_objects():
        if isinstance(obj, functools._lru_cache_wrapper) and getattr(obj, "__module__", "").startswith("quizgen"):
            obj.cache_clear()


def throughput(folder: Path, runs: int) -> dict[str, float]:
    """Articles per second: ``build`` on a folder (read, parse, facts, questions, .apkg + .html written)
    against bare ``nlp.pipe`` on the same texts, same loaded model, alternating, best of ``runs``."""
    import spacy

    from quizgen.nlp.blas import numpy_blas_ops, one_blas_thread
    from quizgen.run.build import build
    from quizgen.nlp.load import load_pipeline, resolve_model_name
    from quizgen.run.component import COMPONENT, with_questions_component

    nlp = with_questions_component(load_pipeline())
    plain = spacy.load(resolve_model_name())  # its own copy: quizgen adds components to ``nlp``
    with numpy_blas_ops():  # the same model on the arithmetic quizgen loads it onto (quizgen/blas.py)
        plain_blas = spacy.load(resolve_model_name())
    paths = sorted(folder.glob("*.txt"))

    def bare(model=plain) -> None:
        with one_blas_thread():
            for _ in model.pipe((p.read_text(encoding="utf-8") for p in paths), batch_size=16):
                pass

    def parse_only() -> None:  # quizgen's pipeline (attribute table, lazy lemmas, equipment ruler), no rules
        with nlp.select_pipes(disable=[COMPONENT]), one_blas_thread():
            for _ in nlp.pipe((p.read_text(encoding="utf-8") for p in paths), batch_size=16):
                pass

    def whole() -> None:
        _forget_caches()  # a fresh run starts cold; the same texts again must not find warm caches
        with tempfile.TemporaryDirectory() as out:
            build([str(folder)], Path(out), nlp=nlp)

    bare()  # warm-up: first calls allocate
    bare(plain_blas)
    whole()
    spacy_s, blas_s, parse_s, quizgen_s = float("inf"), float("inf"), float("inf"), float("inf")
    for _ in range(runs):
        spacy_s = min(spacy_s, _best_of(1, bare))
        blas_s = min(blas_s, _best_of(1, lambda: bare(plain_blas)))
        parse_s = min(parse_s, _best_of(1, parse_only))
        quizgen_s = min(quizgen_s, _best_of(1, whole))
    return {"spacy_per_s": len(paths) / spacy_s, "spacy_blas_per_s": len(paths) / blas_s,
            "parse_per_s": len(paths) / parse_s, "quizgen_per_s": len(paths) / quizgen_s, "articles": len(paths)}


def _run(cmd: list[str], **kw) -> float:
    start = time.perf_counter()
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, **kw)
    return time.perf_counter() - start


def _quizgen() -> list[str]:
    return [sys.executable, "-m", "quizgen"]


def cold_start(runs: int) -> dict[str, float]:
    """Seconds for a fresh process: quizgen build on the seed, bare spaCy on the same text, --help."""
    from quizgen.nlp.load import resolve_model_name

    model = resolve_model_name()
    bare = (f"import spacy; nlp = spacy.load({model!r}); "
            f"nlp(open({str(SEED)!r}, encoding='utf-8').read())")
    with tempfile.TemporaryDirectory() as out:
        build = min(_run([*_quizgen(), "build", str(SEED), "--out", out, "--quiet"]) for _ in range(runs))
    spacy_s = min(_run([sys.executable, "-c", bare]) for _ in range(runs))
    help_s = min(_run([*_quizgen(), "--help"]) for _ in range(runs))
    return {"build_s": build, "spacy_s": spacy_s, "help_s": help_s}


def measured_build(folder: Path, extra: list[str]) -> dict[str, float]:
    """Wall time and peak resident memory of one ``quizgen build`` process."""
    with tempfile.TemporaryDirectory() as out, tempfile.NamedTemporaryFile(suffix=".json") as report:
        start = time.perf_counter()
        subprocess.run([sys.executable, str(PEAK_RSS), report.name, "build", str(folder), "--out", out, "--quiet",
                        *extra], check=True, stdout=subprocess.DEVNULL)
        seconds = time.perf_counter() - start
        peak = json.loads(Path(report.name).read_text())["peak_rss_mb"]
    return {"seconds": seconds, "peak_mb": peak}


def jobs(folder: Path, runs: int) -> dict[str, float]:
    """Seconds of a whole ``build --split`` process with ``--jobs 1`` and ``--jobs 2``, alternating, best of
    ``runs`` each (other load on the machine only ever slows a run down)."""
    one, two = float("inf"), float("inf")
    for _ in range(runs):
        one = min(one, measured_build(folder, ["--split", "--jobs", "1"])["seconds"])
        two = min(two, measured_build(folder, ["--split", "--jobs", "2"])["seconds"])
    return {"one_s": one, "two_s": two}


def recall() -> str:
    """The seed's gold recall over every card quizgen can make (``--all-cards``: what it finds, not what the
    default deck's budget chooses)."""
    from quizgen.nlp.load import load_pipeline
    from quizgen.questions.evaluate import card_of, load_gold
    from quizgen.questions.evaluate import recall as gold_recall
    from quizgen.read.sources import read_article
    from quizgen.run.component import analyse

    (result,) = analyse(load_pipeline(), [read_article(str(SEED))], cards=None)
    return gold_recall(load_gold(GOLD), [card_of(q) for q in result.questions]).summary()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--quick", action="store_true", help="smaller sizes and fewer repeats")
    args = parser.parse_args()
    seed_text = SEED.read_text(encoding="utf-8")
    sizes = (10, 50, 100) if args.quick else (10, 100, 1000)
    runs = 1 if args.quick else 3

    print("quizgen benchmark (ratios are quizgen ÷ spaCy on the same texts)\n")
    print(recall(), "\n")

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "throughput"
        write_corpus(folder, 40 if args.quick else 200, seed_text)
        tp = throughput(folder, runs)
    print(f"throughput, {tp['articles']} articles, one process:")
    print(f"  bare nlp.pipe, spaCy as installed    {tp['spacy_per_s']:8.1f} articles/s")
    print(f"  bare nlp.pipe, numpy BLAS (as ours)  {tp['spacy_blas_per_s']:8.1f} articles/s")
    print(f"  quizgen parse only                   {tp['parse_per_s']:8.1f} articles/s   "
          f"({1000 / tp['parse_per_s']:.1f} ms/article; quizgen's own work "
          f"{1000 / tp['quizgen_per_s'] - 1000 / tp['parse_per_s']:.1f} ms/article)")
    print(f"  quizgen pipeline                     {tp['quizgen_per_s']:8.1f} articles/s")
    print(f"  ratio to spaCy as installed   {tp['quizgen_per_s'] / tp['spacy_per_s']:.2f}×   (target ≥ 1.00×)")
    print(f"  ratio to spaCy on numpy BLAS  {tp['quizgen_per_s'] / tp['spacy_blas_per_s']:.2f}×   "
          "(like for like: what quizgen's own work costs)\n")

    cs = cold_start(runs)
    print("cold start, seed article, fresh process:")
    print(f"  python -c import+load+parse {cs['spacy_s']:6.2f} s")
    print(f"  quizgen build               {cs['build_s']:6.2f} s   ratio {cs['build_s'] / cs['spacy_s']:.2f}×   (target ≤ 1.30×)")
    print(f"  quizgen --help              {cs['help_s']:6.2f} s   (target < 0.30 s)\n")

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "jobs"
        write_corpus(folder, 50 if args.quick else 200, seed_text)
        jb = jobs(folder, runs)
        print(f"jobs, {len(list(folder.iterdir()))} articles (--split):")
        print(f"  --jobs 1   {jb['one_s']:6.2f} s")
        print(f"  --jobs 2   {jb['two_s']:6.2f} s   speed-up {jb['one_s'] / jb['two_s']:.2f}×   (target ≥ 1.60× on 2 cores)\n")

        print("scale, quizgen build FOLDER (one deck, subdeck per article):")
        base = None
        for size in sizes:
            sub = Path(tmp) / f"scale-{size}"
            write_corpus(sub, size, seed_text)
            m = measured_build(sub, [])
            base = base or m
            print(f"  {size:5d} articles  {m['seconds']:7.2f} s  {size / m['seconds']:6.1f} articles/s  "
                  f"peak {m['peak_mb']:7.1f} MB  ({m['peak_mb'] / base['peak_mb']:.2f}× the {sizes[0]}-article peak)")
        print("  (target: peak at 1,000 within 1.50× the peak at 10)")


if __name__ == "__main__":
    os.environ.setdefault("PYTHONHASHSEED", "0")
    main()
