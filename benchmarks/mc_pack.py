"""Multiple-choice rating packs for dev pages, and how many multiple-choice cards each page gets.

For each page: the article's text, then the quiz's multiple-choice picks (``pick_for_quiz`` over the
multiple-choice candidates, none ``held_back``: the quiz never prints those; one per sentence, at most ``--limit``),
written as ``pack-PAGE.md`` for a blind rater (../shared/eval protocol: the rater marks each card's distractors sound or unsound and any card with two
right options). Also counted: every multiple-choice candidate that gets three sound distractors (``settled``) and
how many the quiz picks without a limit (``quiz``), so a rule that refuses everything shows as a loss.

    PYTHONPATH=. .venv/bin/python benchmarks/mc_pack.py --out /tmp/ratings/mc2 PAGE...
    PYTHONPATH=. .venv/bin/python benchmarks/mc_pack.py --out /tmp/x --json counts.json --all

Pages are read from ``.dev-corpus/pages/PAGE.html`` (git-ignored; ``benchmarks/dev_corpus.py`` builds it). The
pack holds the article's text and is never committed.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / ".dev-corpus"
MANIFEST = ROOT / "benchmarks" / "dev_corpus" / "manifest.json"


def pack_text(name: str, text: str, cards: list) -> str:
    """The rating pack: the article, then each card's front (prompt and lettered options) and back."""
    out = [f"# Article\n\n{text.strip()}\n\n# Cards ({len(cards)})\n"]
    for i, q in enumerate(cards, 1):
        options = " | ".join(f"{chr(65 + j)}) {o}" for j, o in enumerate(q.choices))
        out.append(f"{i}. [quizgen Multiple Choice] FRONT: {q.visible_prompt()}  OPTIONS: {options}\n"
                   f"   BACK: {q.answer}\n")
    return "\n".join(out)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("pages", nargs="*", help="page names (see benchmarks/dev_corpus/manifest.json)")
    parser.add_argument("--all", action="store_true", help="every page of the manifest")
    parser.add_argument("--out", type=Path, required=True, help="folder for pack-PAGE.md")
    parser.add_argument("--limit", type=int, default=15, help="multiple-choice cards per pack")
    parser.add_argument("--json", type=Path, help="write the per-page counts here")
    args = parser.parse_args(argv)
    names = [p["name"] for p in json.loads(MANIFEST.read_text())] if args.all else args.pages
    if not names:
        parser.error("name pages or give --all")
    missing = [n for n in names if not (CORPUS / "pages" / f"{n}.html").exists()]
    if missing:
        parser.error(f"not in {CORPUS / 'pages'}: {', '.join(missing)}")

    from quizgen.nlp.load import load_pipeline
    from quizgen.questions.candidates import settle
    from quizgen.questions.distractors import ArticleFacts
    from quizgen.questions.model import QuestionKind
    from quizgen.questions.ranking import held_back, pick_for_quiz
    from quizgen.read.sources import read_article
    from quizgen.run.component import analyse

    nlp = load_pipeline()
    args.out.mkdir(parents=True, exist_ok=True)
    counts: dict[str, dict[str, int]] = {}
    print(f"{'page':36} {'candidates':>10} {'settled':>8} {'quiz':>5} {'pack':>5}")
    for name in names:
        article = read_article(str(CORPUS / "pages" / f"{name}.html"))
        (result,) = analyse(nlp, [article])
        facts = ArticleFacts(result.facts)
        # what the printed quiz may show: no card the deck and the quiz hold back (a worked-out day, a bracket)
        pool = [q for q in result.candidates if q.kind is QuestionKind.MULTIPLE_CHOICE and not held_back(q)]
        settled = sum(settle(q, facts) is not None for q in pool)
        quiz = pick_for_quiz(pool, None, facts)
        picked = pick_for_quiz(pool, args.limit, facts)
        text = (CORPUS / "text" / f"{name}.txt").read_text(encoding="utf-8")
        text = f"Published: {article.date}\n\n{text}" if article.date else text  # as a teacher reads it
        (args.out / f"pack-{name}.md").write_text(pack_text(name, text, picked), encoding="utf-8")
        counts[name] = {"candidates": len(pool), "settled": settled, "quiz": len(quiz), "pack": len(picked)}
        print(f"{name:36} {len(pool):>10} {settled:>8} {len(quiz):>5} {len(picked):>5}", flush=True)
    total = {k: sum(c[k] for c in counts.values()) for k in ("candidates", "settled", "quiz", "pack")}
    print(f"{'total':36} {total['candidates']:>10} {total['settled']:>8} {total['quiz']:>5} {total['pack']:>5}")
    if args.json:
        args.json.write_text(json.dumps(counts, indent=1) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
