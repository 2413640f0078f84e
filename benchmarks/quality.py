"""Card quality on the dev corpus: build decks with the CLI, judge them as Anki renders them, compare runs.

    .venv/bin/python benchmarks/quality.py                        # tune split, out .dev-corpus/quality
    .venv/bin/python benchmarks/quality.py --split measure        # report on the held-out pages
    .venv/bin/python benchmarks/quality.py --split all --pages yahoo-jobs-resigns,abc-swimming-cuts
    .venv/bin/python benchmarks/quality.py --no-build --no-diff   # re-judge the decks already in OUT

Steps (run from anywhere; paths are relative to the repository root):

1. ``quizgen build PAGES --split --out OUT/decks -f apkg --quiet`` (one .apkg per page, named after it). When
   ``quizgen build --help`` lists ``--all-cards``, the same pages are also built with it into OUT/all-cards and
   gold recall is taken on those decks; otherwise recall is taken on the default decks.
2. Every deck is imported into a real Anki collection by ``/work/shared/eval/cards.py`` (``load_cards``), and per
   page (and in total) the script counts: cards, words (manifest), cards per 100 words, the most cards on one
   source sentence and the sentences carrying more than 2 cards; gold recall (pages with
   ``benchmarks/dev_corpus/gold/NAME.gold.json``; missed fact ids); objective defects (``cards.defects``, per
   kind); furniture cards (source sentence or prompt overlapping a line labelled furniture in
   ``benchmarks/dev_corpus/furniture.json``) and dateline cards (source opening with a labelled dateline such as
   "JAKARTA (Reuters) -"); prompts that are not self-contained (opening connective, bare pronoun, definite
   description as subject, relative time word -- word lists below); multiple-choice cards.
3. Prints a table (one row per page, one total row) and writes everything to OUT/report.json.
4. Diffs each page's (prompt, answer) pairs against OUT/last-cards.json from the last run, prints added/removed
   counts with up to 5 examples each, then updates that file (``--no-diff`` skips both).
5. Writes a blind-rating pack per page: ``rate-pack .dev-corpus/text/NAME.txt OUT/decks/NAME.apkg``
   into OUT/packs/NAME.md.

Needs the project's venv (``anki`` comes with the test extra); stdlib otherwise.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
import unicodedata
from collections import Counter, defaultdict
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any, Iterable

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / ".dev-corpus"
LABELS = ROOT / "benchmarks" / "dev_corpus"
EVAL = Path("/work/shared/eval")
sys.path.insert(0, str(EVAL))

import cards as judge  # noqa: E402  (the shared card judge; needs the `anki` package)

sys.path.append(str(ROOT))  # a PYTHONPATH (a worktree) comes first
from benchmarks.ranker import dated  # noqa: E402  (a rating pack's text, as every round writes it)
from quizgen.questions.story_line import SHOWN_LINE  # noqa: E402  (the line's forms, as the code under test writes it)

Card = dict[str, Any]

# --------------------------------------------------------------------------------------------------------------
# Word lists (lowercase). Prompts are checked on their visible narration: text outside double quotes.

# A prompt opening with one of these leans on the sentence before it.
CONNECTIVES: list[str] = [
    "but", "and", "or", "however", "by comparison", "by contrast", "in contrast", "in response", "meanwhile",
    "still", "yet", "also", "so", "instead", "since then", "until then", "then", "even so", "as a result",
    "moreover", "furthermore", "in addition", "besides", "nevertheless", "nonetheless", "thus", "therefore",
    "otherwise", "similarly", "likewise", "later", "afterwards", "afterward", "at the same time", "in turn",
    "on the other hand", "indeed", "plus", "hence", "consequently", "that said", "in fact", "after that",
    "before that", "by then", "at that time", "at the time", "for his part", "for her part", "for their part",
]
# "So far", "so-called" etc. are not the connective "so".
CONNECTIVE_EXCEPTIONS: list[str] = ["so far", "so-called", "so many", "so much", "still life", "yet another"]

# A prompt opening with one of these (after an optional connective) has no antecedent.
PRONOUNS: list[str] = [
    "he", "she", "they", "it", "we", "our", "his", "her", "their", "its", "this", "that", "these", "those",
]

# "The" + one of these is not a definite description needing context ("The first ...": still counted).
DEFINITE_EXEMPT_HEADS: list[str] = []
# The word after the head that makes the description self-identifying ("The head of ...").
DEFINITE_EXEMPT_NEXT: list[str] = ["of"]

# Relative time expressions (phrases, matched on word boundaries).
RELATIVE_TIME: list[str] = [
    "yesterday", "today", "tomorrow", "tonight", "last night", "earlier today", "later today",
    "this morning", "this afternoon", "this evening", "this weekend", "this week", "this month", "this year",
    "this spring", "this summer", "this fall", "this autumn", "this winter",
    "last week", "last weekend", "last month", "last year", "next week", "next weekend", "next month",
    "next year", "earlier this week", "earlier this month", "earlier this year", "later this week",
    "later this month", "later this year", "a day earlier", "the day before", "the previous day",
]
# Weekdays count as relative time unless a calendar date stands next to them ("Monday, Dec. 29").
WEEKDAYS: list[str] = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
MONTHS = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"

# Furniture lines shorter than this many words only count when a card's sentence is or starts with them
# (a lone "JAKARTA" or "Banking" label must not flag every sentence that mentions the word).
FURNITURE_MIN_WORDS = 3
DATELINE_SLACK = 30  # characters of glued text allowed before a dateline
FURNITURE_RUN = 6  # shared run of consecutive words that marks a furniture sentence

NSC_CLASSES = ["connective", "pronoun", "definite", "relative_time"]

# --------------------------------------------------------------------------------------------------------------
# Text helpers

_QUOTES = str.maketrans({
    "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u2032": "'", "`": "'",
    "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u201f": '"', "\u2033": '"', "\u00ab": '"', "\u00bb": '"',
    "\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2014": "-", "\u2015": "-", "\u2212": "-",
})


def unify(s: str) -> str:
    """Quotes and dashes unified, whitespace collapsed; case kept."""
    return " ".join(unicodedata.normalize("NFKC", s).translate(_QUOTES).split())


def norm(s: str) -> str:
    return unify(s).lower()


def words(s: str) -> list[str]:
    return re.findall(r"[a-z0-9]+(?:['.][a-z0-9]+)*", norm(s))


def contains_words(hay: list[str], needle: list[str]) -> bool:
    n = len(needle)
    return n > 0 and any(hay[i:i + n] == needle for i in range(len(hay) - n + 1))


def runs(ws: list[str], n: int) -> set[tuple[str, ...]]:
    return {tuple(ws[i:i + n]) for i in range(len(ws) - n + 1)}


def narration(prompt: str) -> str:
    """The visible prompt without quoted speech (a stray leading closing quote is dropped)."""
    t = unify(prompt).strip()
    if t.count('"') % 2 and t.startswith('"'):
        t = t[1:]
    t = re.sub(r'"[^"]*"', " ", t)
    if '"' in t:  # a quote opened and never closed runs to the end
        t = t[: t.index('"')]
    return " ".join(t.split()).lstrip(" ,.;:!?-)]").strip()


def phrase_regex(phrases: Iterable[str]) -> re.Pattern[str]:
    alts = sorted((re.escape(p) for p in phrases), key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(alts) + r")\b", re.I)


CONNECTIVE_RE = re.compile(r"^(?:" + "|".join(sorted(map(re.escape, CONNECTIVES), key=len, reverse=True))
                           + r")\b(?!-)[,;:]?\s*", re.I)
CONNECTIVE_EXC_RE = re.compile(r"^(?:" + "|".join(map(re.escape, CONNECTIVE_EXCEPTIONS)) + r")\b", re.I)
PRONOUN_RE = re.compile(r"^(?:" + "|".join(PRONOUNS) + r")\b", re.I)
DEFINITE_RE = re.compile(r"^the\s+([a-z][a-z'-]*)(?:\s+(\S+))?", re.I)
RELATIVE_RE = phrase_regex(RELATIVE_TIME)
WEEKDAY_RE = re.compile(r"\b(?:" + "|".join(WEEKDAYS) + r")\b", re.I)
DATE_AFTER = re.compile(
    rf"^\s*[,(]?\s*(?:{MONTHS}\s+\d{{1,2}}\b|\d{{1,2}}(?:st|nd|rd|th)?\s+{MONTHS}|\d{{1,2}}/\d{{1,2}})", re.I)
DATE_BEFORE = re.compile(rf"(?:{MONTHS}\s+\d{{1,2}}(?:st|nd|rd|th)?|\d{{1,2}}\s+{MONTHS})(?:,?\s*\d{{4}})?\s*[,(]?\s*$",
                         re.I)


def opening_connective(text: str) -> str | None:
    if CONNECTIVE_EXC_RE.match(text):
        return None
    m = CONNECTIVE_RE.match(text)
    return m.group(0) if m else None


def definite_subject(text: str) -> bool:
    m = DEFINITE_RE.match(text)
    if not m:
        return False
    head, nxt = m.group(1), m.group(2) or ""
    if head != head.lower() or head.lower() in DEFINITE_EXEMPT_HEADS:
        return False  # "The United States": a proper name
    nxt = nxt.strip(",.;:")
    return not (nxt.lower() in DEFINITE_EXEMPT_NEXT or nxt[:1].isupper())


def relative_time(text: str) -> bool:
    if RELATIVE_RE.search(text):
        return True
    for m in WEEKDAY_RE.finditer(text):
        after, before = text[m.end():m.end() + 25], text[max(0, m.start() - 25):m.start()]
        if not (DATE_AFTER.match(after) or DATE_BEFORE.search(before)):
            return True
    return False


def not_self_contained(prompt: str) -> set[str]:
    """Which NSC_CLASSES a prompt falls in (an opening connective is skipped for the pronoun/definite tests)."""
    t = narration(prompt)
    found: set[str] = set()
    conn = opening_connective(t)
    if conn:
        found.add("connective")
        t_rest = t[len(conn):].lstrip(" ,")
    else:
        t_rest = t
    if PRONOUN_RE.match(t_rest):
        found.add("pronoun")
    if definite_subject(t_rest):
        found.add("definite")
    if relative_time(t):
        found.add("relative_time")
    return found


# --------------------------------------------------------------------------------------------------------------
# Furniture and datelines


def dateline_prefix(line: str) -> str | None:
    """The opening words of a dateline line up to its dash: 'JAKARTA (Reuters) - ...' -> 'jakarta (reuters)'."""
    m = re.match(r"^(.{1,80}?)\s*(?:--|\s-\s|-(?=[A-Z]))", unify(line))
    return norm(m.group(1)) if m else None


class PageLabels:
    def __init__(self, name: str, furniture: dict[str, list[int]], datelines: dict[str, list[int]]) -> None:
        lines = (CORPUS / "text" / f"{name}.txt").read_text(encoding="utf-8").split("\n")
        self.furniture = [lines[n - 1] for n in furniture.get(name, []) if 0 < n <= len(lines)]
        self.furniture_words = [w for w in (words(l) for l in self.furniture) if w]
        self.datelines = [p for n in datelines.get(name, []) if 0 < n <= len(lines)
                          if (p := dateline_prefix(lines[n - 1]))]

    def is_dateline(self, sentence: str) -> bool:
        """The sentence opens with a labelled dateline (allowing a few glued words before it: 'JAKARTA JAKARTA
        (Reuters) -'); a dateline without parentheses or comma ('TRENTON') must be followed by its dash."""
        s = norm(sentence)
        for p in self.datelines:
            for m in re.finditer(r"(?<![\w(])" + re.escape(p), s[:len(p) + DATELINE_SLACK]):
                rest = s[m.end():].lstrip()
                if rest.startswith("-") or "(" in p or "," in p:
                    return True
        return False

    def is_furniture(self, sentence: str) -> bool:
        sw = words(sentence)
        if not sw:
            return False
        for fw in self.furniture_words:
            if len(fw) < FURNITURE_MIN_WORDS:
                if sw[:len(fw)] == fw and not self.is_dateline(sentence):
                    return True
                continue
            if contains_words(sw, fw) or (len(sw) >= FURNITURE_MIN_WORDS and contains_words(fw, sw)):
                return True
            if runs(sw, FURNITURE_RUN) & runs(fw, FURNITURE_RUN):
                return True
        return False


# --------------------------------------------------------------------------------------------------------------
# Building and loading


def quizgen_bin() -> str:
    local = Path(sys.executable).parent / "quizgen"
    return str(local) if local.exists() else (shutil.which("quizgen") or "quizgen")


def has_all_cards_flag() -> bool:
    env = {**os.environ, "COLUMNS": "300", "NO_COLOR": "1", "TERM": "dumb"}
    out = subprocess.run([quizgen_bin(), "build", "--help"], capture_output=True, text=True, env=env, cwd=ROOT)
    return "--all-cards" in out.stdout + out.stderr


def build(names: list[str], all_pages: bool, out: Path, jobs: int, extra: list[str]) -> tuple[float, str]:
    """Run quizgen build; returns (seconds, stderr). Old decks of these pages are removed first."""
    out.mkdir(parents=True, exist_ok=True)
    for n in names:
        (out / f"{n}.apkg").unlink(missing_ok=True)
    inputs = [str((CORPUS / "pages").relative_to(ROOT))] if all_pages else \
        [str((CORPUS / "pages" / f"{n}.html").relative_to(ROOT)) for n in names]
    cmd = [quizgen_bin(), "build", *inputs, "--split", "--out", str(out), "-f", "apkg", "--quiet", *extra]
    if jobs > 1:
        cmd += ["--jobs", str(jobs)]
    start = time.perf_counter()
    proc = subprocess.run(cmd, capture_output=True, text=True, cwd=ROOT)
    secs = time.perf_counter() - start
    if proc.returncode:
        print(f"quizgen build exited {proc.returncode}: {proc.stderr.strip()[-2000:]}", file=sys.stderr)
    return secs, proc.stderr


def load(apkg: Path, scratch: str) -> list[Card] | None:
    """cards.load_cards with its temporary collections kept inside `scratch` (removed at the end)."""
    if not apkg.exists():
        return None
    old, tempfile.tempdir = tempfile.tempdir, scratch
    try:
        cards = judge.load_cards(str(apkg))
    finally:
        tempfile.tempdir = old
    for c in cards:  # the story line under a question is the headline, not the card's text (see without_story)
        c["shown"] = {"prompt": c["prompt"], "question": c["question"]}
        c["prompt"], c["question"] = without_story(c["prompt"]), without_story(c["question"])
    return cards


# The Anki exporter ends a question with its story ("From “Headline” (Source, 9 May 2024)", story_line.story_line;
# "From Source, 9 May 2024" or "From a report of 9 May 2024" where the headline gives the answer away). The headline
# is a line labelled furniture and may hold a gold fact's cue word, so furniture, self-containedness, recall and the
# card diff are taken on the question without it; objective defects on the front as shown.
_STORY = re.compile(r"\s*" + SHOWN_LINE)


def without_story(text: str) -> str:
    return _STORY.sub("", text)


# --------------------------------------------------------------------------------------------------------------
# Measures


def sentence_load(cards: list[Card]) -> tuple[int, int]:
    per = Counter(norm(c["source"] or c["prompt"]) for c in cards)
    return max(per.values(), default=0), sum(1 for v in per.values() if v > 2)


def recall(cards: list[Card], gold_path: Path) -> dict[str, Any] | None:
    if not gold_path.exists():
        return None
    facts = json.loads(gold_path.read_text(encoding="utf-8"))["facts"]
    missed = [f["id"] for f in facts if not any(judge.covers(c, f) for c in cards)]
    return {"covered": len(facts) - len(missed), "total": len(facts), "missed": missed}


def defect_counts(cards: list[Card]) -> tuple[dict[str, int], int]:
    found = judge.defects([{**c, **c["shown"]} for c in cards])
    return dict(Counter(kind for kind, _ in found)), len({id(c) for _, c in found})


def short(c: Card) -> str:
    return f"{c['prompt'][:110]} => {c['answer'][:40]}"


def judge_page(entry: dict[str, Any], cards: list[Card], labels: PageLabels, recall_cards: list[Card] | None,
               examples: int) -> dict[str, Any]:
    name, n_words = entry["name"], entry["words"]
    max_sent, over2 = sentence_load(cards)
    defects, defective = defect_counts(cards)
    furniture = [c for c in cards if labels.is_furniture(c["source"]) or labels.is_furniture(c["prompt"])]
    dateline = [c for c in cards if labels.is_dateline(c["source"])]
    nsc: dict[str, list[Card]] = defaultdict(list)
    nsc_any = 0
    for c in cards:
        classes = not_self_contained(c["prompt"])
        nsc_any += bool(classes)
        for k in classes:
            nsc[k].append(c)
    rec = recall(recall_cards if recall_cards is not None else cards, LABELS / "gold" / f"{name}.gold.json")
    return {
        "name": name, "split": entry["split"], "cards": len(cards), "words": n_words,
        "cards_per_100_words": round(100 * len(cards) / max(n_words, 1), 2),
        "max_cards_one_sentence": max_sent, "sentences_over_2_cards": over2,
        "recall": rec,
        "defects": defects, "defective_cards": defective,
        "furniture_cards": len(furniture), "dateline_cards": len(dateline),
        "not_self_contained": {k: len(nsc[k]) for k in NSC_CLASSES}, "not_self_contained_any": nsc_any,
        "multiple_choice": sum(1 for c in cards if c["choices"]),
        "examples": {
            "furniture": [short(c) for c in furniture[:examples]],
            "dateline": [short(c) for c in dateline[:examples]],
            **{k: [short(c) for c in nsc[k][:examples]] for k in NSC_CLASSES},
        },
    }


def totals(rows: list[dict[str, Any]]) -> dict[str, Any]:
    cards, n_words = sum(r["cards"] for r in rows), sum(r["words"] for r in rows)
    recs = [r["recall"] for r in rows if r["recall"]]
    defects: Counter[str] = Counter()
    for r in rows:
        defects.update(r["defects"])
    return {
        "pages": len(rows), "cards": cards, "words": n_words,
        "cards_per_100_words": round(100 * cards / max(n_words, 1), 2),
        "max_cards_one_sentence": max((r["max_cards_one_sentence"] for r in rows), default=0),
        "sentences_over_2_cards": sum(r["sentences_over_2_cards"] for r in rows),
        "recall": {"covered": sum(r["covered"] for r in recs), "total": sum(r["total"] for r in recs),
                   "pages": len(recs)},
        "defects": dict(defects), "defective_cards": sum(r["defective_cards"] for r in rows),
        "furniture_cards": sum(r["furniture_cards"] for r in rows),
        "dateline_cards": sum(r["dateline_cards"] for r in rows),
        "not_self_contained": {k: sum(r["not_self_contained"][k] for r in rows) for k in NSC_CLASSES},
        "not_self_contained_any": sum(r["not_self_contained_any"] for r in rows),
        "multiple_choice": sum(r["multiple_choice"] for r in rows),
    }


# --------------------------------------------------------------------------------------------------------------
# Output

COLUMNS = [  # header, width, getter
    ("page", 32, lambda r: r.get("name", "TOTAL")),
    ("cards", 5, lambda r: r["cards"]),
    ("words", 6, lambda r: r["words"]),
    ("c/100w", 6, lambda r: f"{r['cards_per_100_words']:.1f}"),
    ("maxS", 4, lambda r: r["max_cards_one_sentence"]),
    (">2S", 4, lambda r: r["sentences_over_2_cards"]),
    ("recall", 7, lambda r: f"{r['recall']['covered']}/{r['recall']['total']}" if r["recall"] else "-"),
    ("defect", 6, lambda r: r["defective_cards"]),
    ("furn", 4, lambda r: r["furniture_cards"]),
    ("dline", 5, lambda r: r["dateline_cards"]),
    ("conn", 4, lambda r: r["not_self_contained"]["connective"]),
    ("pron", 4, lambda r: r["not_self_contained"]["pronoun"]),
    ("defn", 4, lambda r: r["not_self_contained"]["definite"]),
    ("reltm", 5, lambda r: r["not_self_contained"]["relative_time"]),
    ("nsc", 4, lambda r: r["not_self_contained_any"]),
    ("MC", 4, lambda r: r["multiple_choice"]),
]


def table(rows: list[dict[str, Any]], total: dict[str, Any]) -> str:
    def line(r: dict[str, Any]) -> str:
        return " ".join(str(get(r))[:w].ljust(w) if i == 0 else str(get(r)).rjust(w)
                        for i, (_, w, get) in enumerate(COLUMNS))
    head = " ".join(h.ljust(w) if i == 0 else h.rjust(w) for i, (h, w, _) in enumerate(COLUMNS))
    return "\n".join([head, *(line(r) for r in rows), "-" * len(head), line(total)])


def legend(total: dict[str, Any]) -> str:
    kinds = ", ".join(f"{k}: {v}" for k, v in sorted(total["defects"].items(), key=lambda kv: -kv[1])) or "none"
    return (f"maxS = most cards on one source sentence, >2S = sentences with >2 cards, defect = cards with an "
            f"objective defect, furn/dline = furniture/dateline cards, conn/pron/defn/reltm = prompts opening with "
            f"a connective / bare pronoun / definite description, or with relative time; nsc = any of those.\n"
            f"defects by kind: {kinds}")


def diff(previous: dict[str, list[list[str]]], current: dict[str, list[list[str]]], shown: int) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for name, pairs in current.items():
        if name not in previous:
            print(f"  {name}: new ({len(pairs)} cards)")
            result[name] = {"added": len(pairs), "removed": 0, "new": True}
            continue
        now, before = Counter(map(tuple, pairs)), Counter(map(tuple, previous[name]))
        added, removed = list((now - before).elements()), list((before - now).elements())
        result[name] = {"added": len(added), "removed": len(removed)}
        if not added and not removed:
            continue
        print(f"  {name}: +{len(added)} -{len(removed)}")
        for sign, items in (("+", added), ("-", removed)):
            for prompt, answer in items[:shown]:
                print(f"      {sign} {prompt[:110]} => {answer[:40]}")
    if not any(v["added"] or v["removed"] for v in result.values()):
        print("  no changes")
    return result


def dated_text(name: str, scratch: str) -> Path:
    """The page's text for its rating pack, headed by the date the page gives (a teacher reads the article with its
    date; without it a rater takes "[30 December 2014]" resolved from "this evening" for an invented date)."""
    from quizgen.read.sources import read_article

    text = CORPUS / "text" / f"{name}.txt"
    date = read_article(str(CORPUS / "pages" / f"{name}.html")).date
    if not date:
        return text
    written = Path(scratch) / f"{name}.txt"
    written.write_text(dated(text.read_text(encoding="utf-8"), date), encoding="utf-8")
    return written


def write_pack(name: str, deck: Path, packs: Path, scratch: str) -> str | None:
    text = dated_text(name, scratch)
    env = {**os.environ, "TMPDIR": scratch}
    with open(packs / f"{name}.md", "w", encoding="utf-8") as out:
        proc = subprocess.run([sys.executable, str(EVAL / "rate-pack"), str(text), str(deck)], stdout=out,
                              stderr=subprocess.PIPE, text=True, env=env, cwd=ROOT)
    return None if proc.returncode == 0 else f"{name}: rate-pack exited {proc.returncode}: {proc.stderr[-300:]}"


# --------------------------------------------------------------------------------------------------------------


def select(manifest: list[dict[str, Any]], split: str, pages: str | None) -> list[dict[str, Any]]:
    chosen = [e for e in manifest if split == "all" or e["split"] == split]
    if pages:
        wanted = [p.strip() for p in pages.split(",") if p.strip()]
        unknown = set(wanted) - {e["name"] for e in manifest}
        if unknown:
            sys.exit(f"unknown pages: {', '.join(sorted(unknown))}")
        chosen = [e for e in chosen if e["name"] in wanted]
    if not chosen:
        sys.exit(f"no pages selected (split {split!r}, pages {pages!r})")
    return chosen


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--split", choices=["tune", "measure", "all"], default="tune")
    ap.add_argument("--out", type=Path, default=CORPUS / "quality", help="output folder (default .dev-corpus/quality)")
    ap.add_argument("--pages", help="comma-separated page names (within --split)")
    ap.add_argument("--no-diff", action="store_true", help="neither show nor update the diff against the last run")
    ap.add_argument("--no-build", action="store_true", help="judge the decks already in OUT")
    ap.add_argument("--no-packs", action="store_true", help="skip the blind-rating packs")
    ap.add_argument("--jobs", type=int, default=1, help="passed to quizgen build --jobs")
    ap.add_argument("--examples", type=int, default=5, help="examples per page and class in report.json")
    return ap.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    out: Path = args.out if args.out.is_absolute() else Path.cwd() / args.out
    manifest = json.loads((LABELS / "manifest.json").read_text(encoding="utf-8"))
    entries = select(manifest, args.split, args.pages)
    names = [e["name"] for e in entries]
    every_page = len(entries) == len(manifest)
    decks, all_decks, packs = out / "decks", out / "all-cards", out / "packs"
    timings: dict[str, float] = {}
    t0 = time.perf_counter()

    all_flag = has_all_cards_flag()
    print(f"{len(names)} pages ({args.split}); --all-cards {'present' if all_flag else 'absent'}: "
          f"recall on {'all-cards' if all_flag else 'default'} decks")
    if not args.no_build:
        timings["build_default_s"], _ = build(names, every_page, decks, args.jobs, [])
        print(f"built default decks in {timings['build_default_s']:.1f}s")
        if all_flag:
            timings["build_all_cards_s"], _ = build(names, every_page, all_decks, args.jobs, ["--all-cards"])
            print(f"built all-cards decks in {timings['build_all_cards_s']:.1f}s")

    labels_json = json.loads((LABELS / "furniture.json").read_text(encoding="utf-8"))
    rows: list[dict[str, Any]] = []
    current: dict[str, list[list[str]]] = {}
    missing: list[str] = []
    start = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="quality-") as scratch:
        for e in entries:
            cards = load(decks / f"{e['name']}.apkg", scratch)
            if cards is None:
                missing.append(e["name"])
                if not all_flag:
                    continue
                cards = []  # no default deck ("no card worth a deck"): its page still counts for all-cards recall
            recall_cards = load(all_decks / f"{e['name']}.apkg", scratch) if all_flag else None
            labels = PageLabels(e["name"], labels_json["furniture"], labels_json["dateline_prefix"])
            rows.append(judge_page(e, cards, labels, recall_cards, args.examples))
            current[e["name"]] = [[c["prompt"], c["answer"]] for c in cards]
        timings["judge_s"] = time.perf_counter() - start

        pack_errors: list[str] = []
        if not args.no_packs and rows:
            start = time.perf_counter()
            packs.mkdir(parents=True, exist_ok=True)
            with ThreadPoolExecutor(max_workers=2) as pool:
                # a page with no deck (the warning above names it) has nothing to rate
                dealt = [r for r in rows if (decks / f"{r['name']}.apkg").exists()]
                results = pool.map(lambda r: write_pack(r["name"], decks / f"{r['name']}.apkg", packs, scratch), dealt)
                pack_errors = [err for err in results if err]
            timings["packs_s"] = time.perf_counter() - start

    if missing:
        print(f"no deck for {len(missing)} page(s): {', '.join(missing)}", file=sys.stderr)
    if not rows:
        return 1
    total = totals(rows)
    print()
    print(table(rows, total))
    print(legend(total))
    missed = [f"{r['name']}: {', '.join(r['recall']['missed'])}" for r in rows if r["recall"] and r["recall"]["missed"]]
    if missed:
        print("missed gold facts:\n  " + "\n  ".join(missed))
    for err in pack_errors:
        print(err, file=sys.stderr)

    diff_result = None
    last_path = out / "last-cards.json"
    if not args.no_diff:
        previous = json.loads(last_path.read_text(encoding="utf-8")) if last_path.exists() else {}
        print(f"\nchanges since the last run ({'none recorded' if not previous else last_path.name}):")
        diff_result = diff(previous, current, 5)
        last_path.write_text(json.dumps({**previous, **current}, ensure_ascii=False, indent=0), encoding="utf-8")

    timings["total_s"] = time.perf_counter() - t0
    timings = {k: round(v, 1) for k, v in timings.items()}
    report = {
        "generated": time.strftime("%Y-%m-%dT%H:%M:%S"), "split": args.split, "pages_selected": names,
        "all_cards_flag": all_flag, "recall_on": "all-cards" if all_flag else "default",
        "missing_decks": missing, "timings": timings, "total": total, "pages": rows, "diff": diff_result,
        "word_lists": {"connectives": CONNECTIVES, "pronouns": PRONOUNS, "relative_time": RELATIVE_TIME,
                       "weekdays": WEEKDAYS},
    }
    (out / "report.json").write_text(json.dumps(report, ensure_ascii=False, indent=1), encoding="utf-8")
    print(f"\ntimings: {', '.join(f'{k} {v}' for k, v in timings.items())}; report: {out / 'report.json'}")
    return 0 if not missing else 2


if __name__ == "__main__":
    sys.exit(main())
