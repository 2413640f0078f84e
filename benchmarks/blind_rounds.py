"""The blind rounds of a stop, end to end: rating packs of default decks, rater folders, crossed A/Bs, tallies, and
the rows kept in ``benchmarks/ranker/deck-ratings-stopNNN.jsonl``. Each step writes plain folders a fresh rater (a
helper given only ``../shared/eval/rating-brief.md`` and packs) works in, so a new machine can pick a round up.

    python benchmarks/blind_rounds.py snapshot REV DIR             # git archive of REV's quizgen/ and templates/
    python benchmarks/blind_rounds.py packs CODE OUT PAGE...       # CODE's default deck of each page → OUT/pack-*.md
    python benchmarks/blind_rounds.py groups SRC OUT N [NAME...]   # SRC's packs round-robin into OUT/g1..gN
    python benchmarks/blind_rounds.py crossed DIR                  # DIR/before, DIR/after → DIR/r1..r4, sides.json
    python benchmarks/blind_rounds.py tally DIR...                 # good / fixable / bad per pack and by kind
    python benchmarks/blind_rounds.py ab DIR [PAGES_FILE]          # a crossed A/B's decks and moved cards per side
    python benchmarks/blind_rounds.py keep CODE STOP TAG DIR...    # rated cards → deck-ratings-stopSTOP.jsonl

Run with the project's venv from the repository root. ``CODE`` is a snapshot folder (``snapshot``) whose quizgen
builds the decks (``packs``) or reads the rated cards' features (``keep``), so each side of an A/B is kept with the
code that built it. A dev page's pack reads its label-view text (``.dev-corpus/text``), as ``quality.py`` does; any
other page the text quizgen reads; both headed by the page's date when it has one. ``crossed`` gives each of four
raters every changed page once, half before and half after, so each side of each page is rated twice and no rater
sees both sides of one page. ``keep`` stores labels and features only (no card or article text); a measure page's
rows are kept too, for no model trains on these files.
"""

from __future__ import annotations

import argparse
import collections
import hashlib
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.ranker import dated, pack_cards, read_rating  # noqa: E402  (the ratings and packs files' own readers)

EVAL = ROOT.parent / "shared" / "eval"
PYTHON = str(ROOT / ".venv" / "bin" / "python")
DEV_TEXT = ROOT / ".dev-corpus" / "text"
_WHO_SAID = re.compile(r"(?:Who|Which|What)\b[^“]* said: “")
_ROLE = re.compile(r"Who (?:is|was)\b")
# a crossed A/B: rater → which quarters of the pages (by sha256) it sees before the change
_BEFORE = {"r1": (0, 1), "r2": (2, 3), "r3": (0, 2), "r4": (1, 3)}


def snapshot(rev: str, out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    archive = subprocess.run(["git", "archive", rev, "quizgen", "templates"], cwd=ROOT, check=True,
                             capture_output=True).stdout
    subprocess.run(["tar", "-x", "-C", str(out)], input=archive, check=True)


def packs(code: Path, out: Path, pages: list[Path]) -> None:
    """Build ``code``'s default deck of each page and write its rating pack (a page with no deck gets none)."""
    out.mkdir(parents=True, exist_ok=True)
    env = {**os.environ, "PYTHONPATH": str(code)}
    with tempfile.TemporaryDirectory() as tmp:
        decks = Path(tmp) / "decks"
        subprocess.run([PYTHON, "-c", "import sys; from quizgen.cli import main; sys.exit(main())", "build",
                        *map(str, pages), "--split", "--out", str(decks), "-f", "apkg", "-q"], env=env, cwd=tmp)
        for page in pages:
            deck = decks / f"{page.stem}.apkg"
            if not deck.exists():
                print(f"{page.stem}: no deck")
                continue
            text = Path(tmp) / f"{page.stem}.txt"
            text.write_text(_dated_text(code, page), encoding="utf-8")
            with open(out / f"pack-{page.stem}.md", "w", encoding="utf-8") as pack:
                subprocess.run([PYTHON, str(EVAL / "rate-pack"), str(text), str(deck)], stdout=pack, check=True,
                               cwd=tmp)


def _dated_text(code: Path, page: Path) -> str:
    reader = ("import json, sys; from quizgen.read.sources import read_article; a = read_article(sys.argv[1]); "
              "print(json.dumps([a.date or '', a.text]))")
    found = subprocess.run([PYTHON, "-c", reader, str(page)], env={**os.environ, "PYTHONPATH": str(code)},
                           check=True, capture_output=True, text=True).stdout
    date, text = json.loads(found)
    label = DEV_TEXT / f"{page.stem}.txt"
    if page.suffix == ".html" and page.parent.name == "pages" and label.exists():
        text = label.read_text(encoding="utf-8")
    return dated(text, date)


def groups(src: Path, out: Path, n: int, only: set[str]) -> None:
    names = sorted(p for p in src.glob("pack-*.md") if not only or p.stem.removeprefix("pack-") in only)
    for i, pack in enumerate(names):
        folder = out / f"g{i % n + 1}"
        folder.mkdir(parents=True, exist_ok=True)
        shutil.copy(pack, folder / pack.name)
        shutil.copy(EVAL / "rating-brief.md", folder / "rating-brief.md")


def crossed(folder: Path) -> None:
    """Four rater folders for the pages whose packs differ between ``folder/before`` and ``folder/after`` (a page
    with no deck before shows its after side only)."""
    after = {p.stem.removeprefix("pack-"): p for p in (folder / "after").glob("pack-*.md")}
    changed = sorted((name for name, pack in after.items()
                      if not (folder / "before" / pack.name).exists()
                      or (folder / "before" / pack.name).read_bytes() != pack.read_bytes()),
                     key=lambda name: hashlib.sha256(name.encode()).hexdigest())
    sides: dict[str, dict[str, str]] = {}
    for rater, before in _BEFORE.items():
        (folder / rater).mkdir(exist_ok=True)
        shutil.copy(EVAL / "rating-brief.md", folder / rater / "rating-brief.md")
        sides[rater] = {}
        for i, name in enumerate(changed):
            side = "before" if i % 4 in before else "after"
            if (folder / side / f"pack-{name}.md").exists():
                sides[rater][name] = side
                shutil.copy(folder / side / f"pack-{name}.md", folder / rater / f"pack-{name}.md")
    (folder / "sides.json").write_text(json.dumps(sides, indent=1), encoding="utf-8")
    print(f"{len(changed)} pages")


def kind(card: dict[str, str]) -> str:
    front = card["front"]
    if "OPTIONS:" in front:
        return "options"
    if _WHO_SAID.match(front):
        return "who-said"
    if "[...]" in front:
        return "fill-in"
    return "role" if _ROLE.match(front) else "other"


def tally(folders: list[Path]) -> None:
    total: collections.Counter[str] = collections.Counter()
    kinds: dict[str, collections.Counter[str]] = collections.defaultdict(collections.Counter)
    for folder in folders:
        for rating in sorted(folder.glob("rating-*.md")):
            pack = folder / f"pack-{rating.stem.removeprefix('rating-')}.md"
            if rating.name == "rating-brief.md" or not pack.exists():
                continue
            cards, labels = pack_cards(pack), read_rating(rating)
            for number, card in cards.items():
                label = labels.get(number, "unrated")
                total[label] += 1
                kinds[kind(card)][label] += 1
            print(f"{pack.stem.removeprefix('pack-')}: good {sum(labels.get(n) == 'good' for n in cards)}/{len(cards)}")
    rated = sum(total.values())
    print(f"total: good {total['good']}/{rated} ({total['good'] / max(rated, 1):.1%}), fixable {total['fixable']}, "
          f"bad {total['bad']}, unrated {total['unrated']}")
    for name, counts in sorted(kinds.items()):
        print(f"  {name}: {counts['good']}/{sum(counts.values())}")


def ab(folder: Path, only: set[str]) -> None:
    """Decks before and after, and the cards the change took out and put in, from a ``crossed`` round's ratings."""
    sides = json.loads((folder / "sides.json").read_text(encoding="utf-8"))
    counts: dict[str, collections.Counter[str]] = collections.defaultdict(collections.Counter)
    for rater, pages in sides.items():
        for name, side in pages.items():
            rating = folder / rater / f"rating-{name}.md"
            if (only and name not in only) or not rating.exists():
                continue
            other = folder / ("after" if side == "before" else "before") / f"pack-{name}.md"
            theirs = {(c["front"], c.get("back")) for c in pack_cards(other).values()} if other.exists() else set()
            labels = read_rating(rating)
            for number, card in pack_cards(folder / rater / f"pack-{name}.md").items():
                label = labels.get(number, "unrated")
                counts[side][label] += 1
                if (card["front"], card.get("back")) not in theirs:
                    counts["put in" if side == "after" else "taken out"][label] += 1
    for side in ("before", "after", "taken out", "put in"):
        c = counts[side]
        rated = sum(c.values())
        print(f"{side}: good {c['good']}/{rated} ({c['good'] / max(rated, 1):.1%}), fixable {c['fixable']}, "
              f"bad {c['bad']}")


_KEEP = """
import json, shutil, sys, tempfile
from pathlib import Path
sys.path.append(sys.argv[1])
import benchmarks.ranker as ranker
out, tag, folders = Path(sys.argv[2]), sys.argv[3], [Path(f) for f in sys.argv[4:]]
with tempfile.TemporaryDirectory(dir=Path(sys.argv[1]) / ".dev-corpus") as tmp:  # ``collect`` names its file
    copies = []
    for folder in folders:
        copy = Path(tmp) / f"{tag}-{folder.name}"
        shutil.copytree(folder, copy)
        copies.append(copy)
    ranker.RATINGS = Path(tmp) / "rows.jsonl"
    ranker.measure_pages = lambda: set()  # labels of held-out pages are kept too: nothing trains on these files
    ranker.collect(copies)
    rows = ranker.RATINGS.read_text(encoding="utf-8")
with open(out, "a", encoding="utf-8") as sink:
    sink.write(rows)
print(len(rows.splitlines()), "rows")
"""


def keep(code: Path, stop: int, tag: str, folders: list[Path]) -> None:
    """Append the rated cards of ``folders`` to the stop's deck-ratings file, their features by ``code``."""
    out = ROOT / "benchmarks" / "ranker" / f"deck-ratings-stop{stop}.jsonl"
    subprocess.run([PYTHON, "-c", _KEEP, str(ROOT), str(out), f"s{stop}-{tag}", *map(str, folders)], check=True,
                   env={**os.environ, "PYTHONPATH": str(code)}, cwd=tempfile.gettempdir())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = parser.add_subparsers(dest="command", required=True)
    snapping = sub.add_parser("snapshot")
    snapping.add_argument("rev")
    snapping.add_argument("out", type=Path)
    making = sub.add_parser("packs")
    making.add_argument("code", type=Path)
    making.add_argument("out", type=Path)
    making.add_argument("pages", nargs="+", type=Path)
    grouping = sub.add_parser("groups")
    grouping.add_argument("src", type=Path)
    grouping.add_argument("out", type=Path)
    grouping.add_argument("n", type=int)
    grouping.add_argument("names", nargs="*")
    sub.add_parser("crossed").add_argument("folder", type=Path)
    sub.add_parser("tally").add_argument("folders", nargs="+", type=Path)
    comparing = sub.add_parser("ab")
    comparing.add_argument("folder", type=Path)
    comparing.add_argument("pages_file", nargs="?", type=Path)
    keeping = sub.add_parser("keep")
    keeping.add_argument("code", type=Path)
    keeping.add_argument("stop", type=int)
    keeping.add_argument("tag")
    keeping.add_argument("folders", nargs="+", type=Path)
    args = parser.parse_args()
    if args.command == "snapshot":
        snapshot(args.rev, args.out)
    elif args.command == "packs":
        packs(args.code.resolve(), args.out.resolve(), [p.resolve() for p in args.pages])
    elif args.command == "groups":
        groups(args.src, args.out, args.n, set(args.names))
    elif args.command == "crossed":
        crossed(args.folder)
    elif args.command == "tally":
        tally(args.folders)
    elif args.command == "ab":
        ab(args.folder, set(args.pages_file.read_text().split()) if args.pages_file else set())
    else:
        keep(args.code.resolve(), args.stop, args.tag, [f.resolve() for f in args.folders])


if __name__ == "__main__":
    main()
