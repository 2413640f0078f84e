"""Blind A/B rating of a change: the cards an older revision makes and the current tree does not, and the reverse.

    .venv/bin/python benchmarks/ab_packs.py make OLD_REV OUT [--families definition,role]
    .venv/bin/python benchmarks/ab_packs.py make OLD_REV OUT --decks         # the default decks' cards instead
    .venv/bin/python benchmarks/ab_packs.py tally OUT

``make`` writes every candidate question (``quizgen questions``) of the dev corpus's tune pages and the ranker's
pages (never a measure page) with ``OLD_REV`` (a ``git archive`` of it) and with the current tree, keeps the cards
of ``--families`` that only one of them makes, and builds one deck per page holding both sides shuffled together,
so a rater cannot tell which is which (with ``--decks``, the cards of the two default decks, every family: for a
change in what the deck chooses rather than in the candidates). Each page's pack (../shared/eval/rate-pack) goes
to ``OUT/rate``, and which card came from which side to ``OUT/key.json``. Give a fresh rater ``rating-brief.md`` and some packs in a
folder of their own under ``OUT/raters``; ``tally`` reads their ``rating-NAME.md`` files beside the packs and
reports good / fixable / bad for the cards the change removes and for the cards it adds.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import subprocess
import sys
import tempfile
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.blind_rounds import snapshot  # noqa: E402
from benchmarks.ranker import (PAGES, RANKER_PAGES, _answer_key, _key, dated, measure_pages,  # noqa: E402
                               page_files, read_pack, read_rating)
from quizgen.read.sources import read_article  # noqa: E402

EVAL = ROOT.parent / "shared" / "eval"
PYTHON = str(ROOT / ".venv" / "bin" / "python")


def _questions(code: Path, pages: Path, out: Path) -> dict[str, dict]:
    """Every article's entry of the questions file ``code``'s quizgen writes for the folder ``pages``."""
    env = {**os.environ, "PYTHONPATH": str(code)}
    subprocess.run([PYTHON, "-c", "import sys; from quizgen.cli import main; sys.exit(main())", "questions",
                    str(pages), "-q", "-o", str(out)], check=True, env=env, cwd=code)
    return {a["name"]: a for a in json.loads(out.read_text(encoding="utf-8"))["articles"]}


_DECKS = """
import json, sys
from pathlib import Path
from quizgen.nlp.load import load_pipeline
from quizgen.read.sources import read_article
from quizgen.run.component import analyse
from quizgen.run.questions_file import to_document
nlp = load_pipeline()
pages = sorted(Path(sys.argv[1]).iterdir(), key=lambda page: page.stem)
results = [next(iter(analyse(nlp, [read_article(str(page))]))) for page in pages]
Path(sys.argv[2]).write_text(json.dumps(to_document(results)), encoding="utf-8")
"""


def _decks(code: Path, pages: Path, out: Path) -> dict[str, dict]:
    """Every article's default deck as ``code``'s quizgen chooses it, as questions-file entries."""
    env = {**os.environ, "PYTHONPATH": str(code)}
    subprocess.run([PYTHON, "-c", _DECKS, str(pages), str(out)], check=True, env=env, cwd=code)
    return {a["name"]: a for a in json.loads(out.read_text(encoding="utf-8"))["articles"]}


def _cards(article: dict, families: set[str] | None) -> dict[tuple[str, str], dict]:
    return {(q["prompt"], q["answer"]): q for q in article["questions"] + article.get("dropped", [])
            if families is None or q["family"] in families}


def _shown(question: dict) -> str:
    """The prompt as the card shows it: a fill-in card's blank left out (the pack shows it as [...])."""
    blank, prompt = question.get("blank"), question["prompt"]
    return prompt if not blank else prompt[:blank[0]] + " " + prompt[blank[1]:]


def make(old_rev: str, out: Path, families: set[str] | None) -> None:
    """``families`` None: the default decks, every family."""
    held = measure_pages()
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        tmp_path = Path(tmp)
        pages = tmp_path / "pages"
        pages.mkdir()
        for page in page_files(PAGES) + page_files(RANKER_PAGES):
            if page.stem not in held:
                (pages / page.name).symlink_to(page)
        old_code = tmp_path / "old"
        snapshot(old_rev, old_code)
        read = _questions if families is not None else _decks
        old = read(old_code, pages, tmp_path / "old.json")
        new_doc_path = tmp_path / "new.json"
        new = read(ROOT, pages, new_doc_path)
        new_doc = json.loads(new_doc_path.read_text(encoding="utf-8"))
        key: dict[str, dict[str, list[list[str]]]] = {}
        (out / "rate").mkdir(exist_ok=True)
        for name in sorted(set(old) & set(new)):
            before, after = _cards(old[name], families), _cards(new[name], families)
            gone = [dict(before[k], key=before[k]["key"] + "#a") for k in before if k not in after]
            came = [after[k] for k in after if k not in before]
            if not gone and not came:
                continue
            both = gone + came
            random.Random(name).shuffle(both)
            for question in both:
                question.pop("reason", None)
            entry = {**new[name], "questions": both, "dropped": [], "quiz": [q["key"] for q in both]}
            set_file = tmp_path / f"{name}.json"
            set_file.write_text(json.dumps({**new_doc, "articles": [entry]}), encoding="utf-8")
            deck_dir = tmp_path / "decks" / name
            subprocess.run([str(ROOT / ".venv" / "bin" / "quizgen"), "build", str(set_file), "--out", str(deck_dir),
                            "-q"], check=True)
            article = read_article(str(next(pages.glob(f"{name}.*"))))
            text = tmp_path / f"{name}.txt"  # dated, as benchmarks/quality.py's packs: a rater reads the date
            text.write_text(dated(article.text, article.date), encoding="utf-8")
            with open(out / "rate" / f"pack-{name}.md", "w", encoding="utf-8") as pack:
                subprocess.run([PYTHON, str(EVAL / "rate-pack"), str(text), str(next(deck_dir.glob("*.apkg")))],
                               stdout=pack, check=True)
            key[name] = {"gone": [[_shown(q), q["answer"]] for q in gone],
                         "came": [[_shown(q), q["answer"]] for q in came]}
    (out / "key.json").write_text(json.dumps(key, indent=1), encoding="utf-8")
    print(f"{len(key)} pages: {sum(len(v['gone']) for v in key.values())} cards removed, "
          f"{sum(len(v['came']) for v in key.values())} added; packs in {out / 'rate'}")


def tally(out: Path) -> None:
    key = json.loads((out / "key.json").read_text(encoding="utf-8"))
    counts = {"gone": Counter(), "came": Counter()}
    for pack in sorted(out.glob("raters/*/pack-*.md")):
        name = pack.stem.removeprefix("pack-")
        rating = pack.with_name(f"rating-{name}.md")
        if not rating.exists():
            print(f"{name}: not rated")
            continue
        labels = read_rating(rating)
        for number, (card, answer_key) in read_pack(pack).items():
            side = next((s for s in ("gone", "came") for prompt, answer in key[name][s]
                         if _answer_key(answer) == answer_key and card == _key(prompt, answer)), None)
            if side is None:
                print(f"{name}: card {number} matches neither side")
                continue
            counts[side][labels.get(number, "unrated")] += 1
    for side, label in (("gone", "removed by the change"), ("came", "added by the change")):
        c = counts[side]
        total = sum(c.values())
        print(f"{label}: good {c['good']}, fixable {c['fixable']}, bad {c['bad']} of {total}"
              + (f" ({c['good'] / total:.0%} good)" if total else ""))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = parser.add_subparsers(dest="command", required=True)
    making = sub.add_parser("make")
    making.add_argument("old_rev")
    making.add_argument("out", type=Path)
    making.add_argument("--families", default="definition,role")
    making.add_argument("--decks", action="store_true", help="compare the default decks, every family")
    sub.add_parser("tally").add_argument("out", type=Path)
    args = parser.parse_args()
    if args.command == "make":
        make(args.old_rev, args.out, None if args.decks else set(args.families.split(",")))
    else:
        tally(args.out)


if __name__ == "__main__":
    main()
