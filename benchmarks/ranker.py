"""Train quizgen's card ranker on blind ratings of dev-corpus cards and of other real pages' cards.

    .venv/bin/python benchmarks/ranker.py pages [--mirror DIR]                  # → .dev-corpus/ranker-pages
    .venv/bin/python benchmarks/ranker.py collect RATINGS_DIR [RATINGS_DIR …]   # → benchmarks/ranker/ratings.jsonl
    .venv/bin/python benchmarks/ranker.py train                                 # → quizgen/questions/ranker.json
    .venv/bin/python benchmarks/ranker.py agreement                             # two raters on the same cards
    .venv/bin/python benchmarks/ranker.py refresh                               # features recomputed, current code
    .venv/bin/python benchmarks/ranker.py rematch RATINGS_DIR [RATINGS_DIR …]   # cards a rule reworded, found again
    .venv/bin/python benchmarks/ranker.py decks [PAGE …]                        # tune decks against their ratings
    .venv/bin/python benchmarks/ranker.py ablation [FEATURE …]                  # each feature's held-out gain
    .venv/bin/python benchmarks/ranker.py compare                               # logistic against boosting

``collect`` reads each rating (``rating-NAME.md``: one line ``N good|fixable|bad: …`` per card) beside its pack
(``pack-NAME.md``, made by ../shared/eval/rate-pack), rebuilds every candidate question of the page
(``.dev-corpus/pages/NAME.html``, or ``.dev-corpus/ranker-pages/NAME.html``: ``pages`` copies the pages of
``benchmarks/ranker/pages.json`` out of local snapshots of their repositories, as benchmarks/dev_corpus.py does
the dev corpus; their ``measure`` pages never train) with the current code, matches the rated cards to questions by
their answer and visible prompt, and appends the questions' features and the label (good = 1) to the ratings file: our own data,
no article text. ``train`` fits a logistic regression (scikit-learn, needed only here), reports cross-validated
AUC with the articles held out as groups and the share of good cards among the top-scored quarter, and writes the
weights that quizgen reads at run time (no training library needed there).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.append(str(ROOT))  # a PYTHONPATH (a worktree) comes first: its code against these ratings

from quizgen.questions.story_line import SHOWN_LINE  # noqa: E402

RATINGS = ROOT / "benchmarks" / "ranker" / "ratings.jsonl"
MODEL = ROOT / "quizgen" / "questions" / "ranker.json"
PAGES = ROOT / ".dev-corpus" / "pages"
# pages of other public repositories whose cards blind raters judged when quizgen had never seen them (no article
# text here either: the manifest says where each page is, ``pages`` copies them out of local snapshots)
RANKER_PAGES = ROOT / ".dev-corpus" / "ranker-pages"
RANKER_MANIFEST = ROOT / "benchmarks" / "ranker" / "pages.json"
MANIFEST = ROOT / "benchmarks" / "dev_corpus" / "manifest.json"
_CARD = re.compile(r"^(\d+)\. \[([^\]]+)\] FRONT: (.*)$")
_BACK = re.compile(r"^\s+BACK: (.*)$")
_RATED = re.compile(r"^\s*(\d+)\s*[.:)]?\s*(good|fixable|bad)\b", re.IGNORECASE)
# the story line the Anki exporter puts under a question (``story_line.story_line``): not part of the question
_CONTEXT = re.compile(r"\s*" + SHOWN_LINE + "$")


def _key(prompt: str, answer: str) -> str:
    prompt = _CONTEXT.sub("", prompt.split("  OPTIONS: ")[0]).replace("[...]", " ").replace("_____", " ")
    return re.sub(r"[\W_]+", "", (prompt + "|" + answer).lower())


def _answer_key(answer: str) -> str:
    """A card's answer as the tail of its match key (``_key`` keeps no separator)."""
    return re.sub(r"[\W_]+", "", answer.lower())


def pack_cards(path: Path) -> dict[int, dict[str, str]]:
    """Card number → its note type ("type"), front ("front") and back ("back"), as a rating pack writes them (a card
    whose back the pack lacks has none)."""
    cards: dict[int, dict[str, str]] = {}
    number = 0
    for line in path.read_text(encoding="utf-8").splitlines():
        if match := _CARD.match(line):
            number = int(match.group(1))
            cards[number] = {"type": match.group(2), "front": match.group(3)}
        elif (match := _BACK.match(line)) and number:
            cards[number]["back"] = match.group(1)
            number = 0
    return cards


def dated(text: str, date: str) -> str:
    """A rating pack's article text, headed by the page's date when it has one (a teacher reads the article with its
    date; without it a rater takes a day quizgen resolved from "this evening" for an invented one)."""
    return (f"Published: {date}\n\n" if date else "") + text


def read_pack(path: Path) -> dict[int, tuple[str, str]]:
    """Card number → (match key, answer key), from a rating pack."""
    return {number: (_key(card["front"], card["back"]), _answer_key(card["back"]))
            for number, card in pack_cards(path).items() if "back" in card}


def read_rating(path: Path) -> dict[int, str]:
    """Card number → good / fixable / bad."""
    labels: dict[int, str] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if match := _RATED.match(line):
            labels.setdefault(int(match.group(1)), match.group(2).lower())
    return labels


def page_questions(name: str, nlp) -> list[tuple[str, dict[str, float], str]]:
    """(match key, features, answer key) of every candidate question of a page, as the current code makes them."""
    from quizgen.questions.distractors import ArticleFacts
    from quizgen.questions.features import ArticleContext, features
    from quizgen.questions.key_facts import KeyFacts
    from quizgen.questions.ranking import settle
    from quizgen.read.sources import read_article
    from quizgen.run.component import analyse

    page = read_article(str(_page(name)))
    (result,) = analyse(nlp, [page], cards=None)
    article = ArticleFacts(result.facts)
    context = ArticleContext(article.by_sentence)
    key = KeyFacts(result.facts, page.title, weights={})
    out = []
    for question in result.candidates:
        question = settle(question, article) if question.pending else question
        if question is None:
            continue
        # the deck's chance is the ranker's plus the key-fact signals' (``deck_chance``): one model learns both
        out.append((_key(question.visible_prompt(""), question.answer),
                    {**features(question, context), **key.signals(question)}, _answer_key(question.answer)))
    return out


def measure_pages() -> set[str]:
    """The dev pages held out for blind measurement: their ratings never train the ranker (a ranker fitted on the
    pages it is measured on would flatter the measure)."""
    pages = [*json.loads(MANIFEST.read_text(encoding="utf-8")), *_ranker_manifest()]
    return {page["name"] for page in pages if page["split"] == "measure"}


def _ranker_manifest() -> list[dict]:
    return json.loads(RANKER_MANIFEST.read_text(encoding="utf-8"))


def _suffix(entry: dict) -> str:
    """A ranker page's file ending: its source's (a news dataset's plain-text article stays ``.txt``, read as text)."""
    return ".txt" if entry["path"].endswith(".txt") or "row" in entry else ".html"


def page_files(folder: Path) -> list[Path]:
    """A pages folder's pages, HTML and plain text, by name."""
    return sorted([*folder.glob("*.html"), *folder.glob("*.txt")], key=lambda page: page.stem)


def build_pages(mirrors: list[Path]) -> int:
    """Copy the ranker's extra pages out of local git snapshots (the dev corpus's layout, ``dev_corpus.read_blob``)
    into ``RANKER_PAGES``, each checked against its sha256; the number of pages not found."""
    from benchmarks.dev_corpus import checked_blob

    RANKER_PAGES.mkdir(parents=True, exist_ok=True)
    missing = 0
    for entry in _ranker_manifest():
        html = checked_blob(mirrors, entry)
        if html is None:
            missing += 1
            continue
        (RANKER_PAGES / (entry["name"] + _suffix(entry))).write_bytes(html)
    print(f"wrote {len(_ranker_manifest()) - missing} pages to {RANKER_PAGES.relative_to(ROOT)}")
    return missing


# Feature groups the shipped model leaves out: the fact's kind one-hots overlap the card's family (role, quote,
# definition) and, on 704 cards, cost held-out AUC (0.675 without them against 0.660 with, articles held out)
LEFT_OUT = ("kind",)


def training_rows(ranker_pages: bool = False) -> list[dict]:
    """The rated cards the ranker may learn from: every row of the ratings file but those of measure pages and those
    the current code no longer makes (``refresh`` kept their old features: every feature added since reads 0 on
    them, and 1 in 10 of them is good against 1 in 4 of the rest, so a new feature would learn that, not its
    meaning); the ranker pages' rows only with ``ranker_pages``. Trained with them (stop 37), the ranker's held-out
    AUC on the trafilatura pages' deck cards rose from 0.703 to 0.731 and their blind decks from 39.3% good of 159
    cards to 41.8% of 189, but the dev corpus's measure decks fell from 63.2% good of 68 cards to 53.2% of 79 (2 fresh
    raters each): the shipped model leaves them out."""
    held_out = measure_pages()
    extra = set() if ranker_pages else {page["name"] for page in _ranker_manifest()}
    rows = [json.loads(line) for line in RATINGS.read_text(encoding="utf-8").splitlines()]
    return [row for row in rows if row["page"] not in held_out | extra and row.get("made", True)]


def _page(name: str) -> Path:
    """A dev page by name (its saved .html), else a ranker page, else a seed article of this repository
    (``seeds/NAME.txt``)."""
    for page in (PAGES / f"{name}.html", RANKER_PAGES / f"{name}.html", RANKER_PAGES / f"{name}.txt"):
        if page.exists():
            return page
    return ROOT / "seeds" / f"{name}.txt"


def _nearest(key: str, answer: str, answers: dict[str, str]) -> str | None:
    """The candidate a rated card has become since it was rated (a name written out in full, a word dropped): among
    ``answers`` (match key → answer key), the one with the same answer (or its full form, or the answer within it)
    whose key shares the most characters in order with the card's, when nearly all of both."""
    from difflib import SequenceMatcher

    best, best_ratio = None, 0.0
    for other, theirs in answers.items():
        if not (answer == theirs or (answer and answer in theirs) or (theirs and theirs in answer)):
            continue  # the same answer (or its full form): a neighbouring blank of one sentence is another card
        matcher = SequenceMatcher(None, key, other, autojunk=False)
        if matcher.real_quick_ratio() < 0.85 or matcher.quick_ratio() < 0.85:
            continue
        ratio = matcher.ratio()
        if ratio > best_ratio:
            best, best_ratio = other, ratio
    return best if best_ratio >= 0.85 else None


def collect(folders: list[Path], ranker_pages: bool = False) -> None:
    """Append the rated cards of ``folders`` (a folder's name is its rows' source); with ``ranker_pages`` only those
    of the ranker's extra pages."""
    from quizgen.nlp.load import load_pipeline

    nlp = load_pipeline()
    RATINGS.parent.mkdir(parents=True, exist_ok=True)
    rows = [json.loads(line) for line in RATINGS.read_text(encoding="utf-8").splitlines()] if RATINGS.exists() else []
    done = {(r["source"], r["page"], r["card"]) for r in rows}
    held_out = measure_pages()
    for folder in folders:
        for rating in sorted(folder.glob("rating-*.md")):
            name = rating.stem.removeprefix("rating-")
            pack = folder / f"pack-{name}.md"
            if not pack.exists() or not _page(name).exists() or name in held_out or (
                    ranker_pages and not _page(name).is_relative_to(RANKER_PAGES)):
                continue
            cards, labels = read_pack(pack), read_rating(rating)
            made = page_questions(name, nlp)
            questions = {key: features for key, features, _ in made}
            answers = {key: answer for key, _, answer in made}
            matched = 0
            for number, (key, answer) in cards.items():
                if number not in labels or (folder.name, name, number) in done:
                    continue
                key = key if key in questions else _nearest(key, answer, answers)
                if key is None:
                    continue
                rows.append({"source": folder.name, "page": name, "card": number, "label": labels[number],
                             "card_id": hashlib.sha1(key.encode()).hexdigest()[:12], "features": questions[key]})
                matched += 1
            print(f"{folder.name}/{name}: {len(cards)} cards, {len(labels)} rated, {matched} matched")
    RATINGS.write_text("".join(json.dumps(r, sort_keys=True) + "\n" for r in rows), encoding="utf-8")
    print(f"{len(rows)} rated cards in {RATINGS.relative_to(ROOT)}")


def refresh() -> None:
    """Recompute every rated card's features with the current code (after a feature or rule change), matching cards
    by their id; a card the current code no longer makes keeps the features it was rated with, and is counted."""
    from quizgen.nlp.load import load_pipeline

    nlp = load_pipeline()
    rows = [json.loads(line) for line in RATINGS.read_text(encoding="utf-8").splitlines()]
    by_page: dict[str, dict[str, dict[str, float]]] = {}
    stale = 0
    absent = 0
    for row in rows:
        if not _page(row["page"]).exists():
            absent += 1  # a ranker page not copied here (``pages``): its row stays as it is
            continue
        if row["page"] not in by_page:
            by_page[row["page"]] = {hashlib.sha1(key.encode()).hexdigest()[:12]: features
                                    for key, features, _ in page_questions(row["page"], nlp)}
        features = by_page[row["page"]].get(row["card_id"])
        row["made"] = features is not None
        if features is None:
            stale += 1
        else:
            row["features"] = features
    RATINGS.write_text("".join(json.dumps(r, sort_keys=True) + "\n" for r in rows), encoding="utf-8")
    print(f"{len(rows)} rated cards: {len(rows) - stale - absent} recomputed, {stale} no longer made (features kept), "
          f"{absent} on pages not here (kept)")


def rematch(folders: list[Path]) -> None:
    """Find again the rated cards the current code no longer makes by their text: a rule that writes a name out in
    full or drops a connective changes a card's id, not what it asks. Each stale row's card is read back from its
    pack (the folder named like the row's source) and matched to today's nearest candidate (``_nearest``: same
    answer or its full form, nearly the same text); a match takes today's id and features."""
    from quizgen.nlp.load import load_pipeline

    nlp = load_pipeline()
    packs = {folder.name: folder for folder in folders}
    rows = [json.loads(line) for line in RATINGS.read_text(encoding="utf-8").splitlines()]
    taken = {(r["source"], r["page"], r["card_id"]) for r in rows if r.get("made", True)}
    by_page: dict[str, list[tuple[str, dict[str, float], str]]] = {}
    found = stale = 0
    for row in rows:
        if row.get("made", True) or row["source"] not in packs:
            continue
        stale += 1
        pack = packs[row["source"]] / f"pack-{row['page']}.md"
        card = read_pack(pack).get(row["card"]) if pack.exists() else None
        if card is None:
            continue
        if row["page"] not in by_page:
            by_page[row["page"]] = page_questions(row["page"], nlp)
        questions = {key: features for key, features, _ in by_page[row["page"]]}
        key, answer = card
        key = key if key in questions else _nearest(key, answer, {k: a for k, _, a in by_page[row["page"]]})
        card_id = hashlib.sha1(key.encode()).hexdigest()[:12] if key else None
        if card_id is None or (row["source"], row["page"], card_id) in taken:
            continue  # gone, or another rated card of the same pack already stands for it
        taken.add((row["source"], row["page"], card_id))
        row.update(card_id=card_id, features=questions[key], made=True)
        found += 1
    RATINGS.write_text("".join(json.dumps(r, sort_keys=True) + "\n" for r in rows), encoding="utf-8")
    print(f"{stale} stale rated cards with a pack: {found} found again")


def decks(pages: list[str]) -> None:
    """The default deck of each rated tune page against the ratings stored for its cards: a quick proxy, before a
    blind round, of how a rule changes the share of good cards (optimistic: the ranker learned from these pages)."""
    from quizgen.nlp.load import load_pipeline
    from quizgen.read.sources import read_article
    from quizgen.run.component import analyse

    nlp = load_pipeline()
    labels: dict[tuple[str, str], str] = {}
    for row in training_rows():
        labels.setdefault((row["page"], row["card_id"]), row["label"])
    names = pages or sorted({page for page, _ in labels} - {"north-korea-launchers"})
    totals = {"cards": 0, "rated": 0, "good": 0}
    for name in names:
        (result,) = analyse(nlp, [read_article(str(_page(name)))])
        found = [labels.get((name, hashlib.sha1(_key(q.visible_prompt(""), q.answer).encode()).hexdigest()[:12]))
                 for q in result.questions]
        rated = [label for label in found if label]
        good = sum(label == "good" for label in rated)
        totals["cards"] += len(found)
        totals["rated"] += len(rated)
        totals["good"] += good
        print(f"{name:36} {len(found):3} cards, {len(rated):3} rated, {good:3} good")
    share = totals["good"] / totals["rated"] if totals["rated"] else 0.0
    print(f"{'total':36} {totals['cards']:3} cards, {totals['rated']:3} rated, {totals['good']:3} good "
          f"({share:.0%} of the rated)")


def agreement() -> None:
    """How often two raters who rated the same card (in different rounds) agree."""
    rows = [json.loads(line) for line in RATINGS.read_text(encoding="utf-8").splitlines()]
    seen: dict[tuple[str, str], list[str]] = {}
    for r in rows:
        seen.setdefault((r["page"], r["card_id"]), []).append(r["label"])
    pairs = [labels[:2] for labels in seen.values() if len(labels) >= 2]
    same = sum(a == b for a, b in pairs)
    good = sum((a == "good") == (b == "good") for a, b in pairs)
    print(f"{len(pairs)} cards rated twice: same label {same / len(pairs):.0%}, same good/not-good {good / len(pairs):.0%}")


def _held_out_scores(x, y, groups, make) -> "np.ndarray":
    """Every card's score from a model fitted without its article's cards (articles as groups, 5 folds)."""
    import numpy as np
    from sklearn.model_selection import GroupKFold

    scores = np.zeros(len(y))
    for train_index, test_index in GroupKFold(n_splits=min(5, len(set(groups)))).split(x, y, groups):
        scores[test_index] = make().fit(x[train_index], y[train_index]).predict_proba(x[test_index])[:, 1]
    return scores


def _dropped(values: dict[str, float], drop: list[str] | tuple[str, ...] = LEFT_OUT) -> dict[str, float]:
    """``values`` without the features named in ``drop`` (a name or a one-hot group: "kind" is every "kind=…")."""
    return {name: v for name, v in values.items() if not any(name == d or name.startswith(d + "=") for d in drop)}


def _measure(rows: list[dict], drop: list[str], c: float) -> tuple[float, float]:
    """Held-out AUC and the share of good cards among the top-scored quarter, without the features ``drop``."""
    import numpy as np
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.metrics import roc_auc_score

    x = DictVectorizer(sparse=False).fit_transform([_dropped(r["features"], [*LEFT_OUT, *drop]) for r in rows])
    y = np.array([r["label"] == "good" for r in rows], dtype=int)
    scores = _held_out_scores(x, y, [r["page"] for r in rows], lambda: LogisticRegression(C=c, max_iter=2000))
    return float(roc_auc_score(y, scores)), float(y[scores >= np.quantile(scores, 0.75)].mean())


def ablation(c: float, names: list[str]) -> None:
    """Each feature's gain: held-out AUC and top-quarter precision with it, and without it."""
    rows = training_rows()
    auc, top = _measure(rows, [], c)
    print(f"{'all features':28} AUC {auc:.3f}  top quarter {top:.1%}")
    names = names or sorted({n.split("=")[0] for r in rows for n in _dropped(r["features"])})
    for name in names:
        without = _measure(rows, [name], c)
        print(f"  without {name:20} AUC {without[0]:.3f} ({auc - without[0]:+.3f})  top quarter {without[1]:.1%} "
              f"({top - without[1]:+.1%})")


def compare(c: float) -> None:
    """The logistic ranker against gradient boosting on the same features and folds (a comparison only: the
    runtime reads a logistic model from json)."""
    import numpy as np
    from sklearn.ensemble import HistGradientBoostingClassifier
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.metrics import roc_auc_score

    rows = training_rows()
    x = DictVectorizer(sparse=False).fit_transform([_dropped(r["features"]) for r in rows])
    y = np.array([r["label"] == "good" for r in rows], dtype=int)
    groups = [r["page"] for r in rows]
    for name, make in (("logistic", lambda: LogisticRegression(C=c, max_iter=2000)),
                       ("boosting", lambda: HistGradientBoostingClassifier(max_depth=3, learning_rate=0.05,
                                                                            max_iter=150, min_samples_leaf=20))):
        scores = _held_out_scores(x, y, groups, make)
        print(f"{name:10} AUC {roc_auc_score(y, scores):.3f}  top quarter "
              f"{y[scores >= np.quantile(scores, 0.75)].mean():.1%}")


def train(c: float = 0.5, write: bool = True, ranker_pages: bool = False) -> None:
    import numpy as np
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.metrics import roc_auc_score

    rows = training_rows(ranker_pages)
    vectorizer = DictVectorizer(sparse=False)
    x = vectorizer.fit_transform([_dropped(r["features"]) for r in rows])
    y = np.array([r["label"] == "good" for r in rows], dtype=int)
    groups = [r["page"] for r in rows]
    scores = _held_out_scores(x, y, groups, lambda: LogisticRegression(C=c, max_iter=2000))
    top = scores >= np.quantile(scores, 0.75)
    print(f"{len(rows)} rated cards from {len(set(groups))} pages, {y.mean():.1%} good")
    for cut in (0.15, 0.2, 0.25, 0.3, 0.35, 0.4):  # what a keep threshold (MIN_KEEP) would leave, pages held out
        kept = scores >= cut
        print(f"  chance ≥ {cut:.2f}: {kept.sum()} cards on {len({groups[i] for i in np.flatnonzero(kept)})} pages, "
              f"{y[kept].mean():.1%} good" if kept.any() else f"  chance ≥ {cut:.2f}: none")
    print(f"cross-validated AUC (pages held out): {roc_auc_score(y, scores):.3f}")
    print(f"good among the top-scored quarter: {y[top].mean():.1%} (all: {y.mean():.1%})")
    model = LogisticRegression(C=c, max_iter=2000).fit(x, y)
    weights = {name: round(float(w), 4) for name, w in zip(vectorizer.feature_names_, model.coef_[0])}
    weights["intercept"] = round(float(model.intercept_[0]), 4)
    if write:
        MODEL.write_text(json.dumps({"about": "Logistic weights of the card ranker, trained by benchmarks/ranker.py on "
                                              "blind ratings (benchmarks/ranker/ratings.jsonl) of tune pages and "
                                              "the seed" + (" and the ranker pages (benchmarks/ranker/pages.json)"
                                                            if ranker_pages else "") + "; measure pages never "
                                              "train it.",
                                     "cards": len(rows), "pages": len(set(groups)),
                                     "cv_auc": round(float(roc_auc_score(y, scores)), 3),
                                     "weights": dict(sorted(weights.items()))}, indent=1) + "\n", encoding="utf-8")
    for name, w in sorted(weights.items(), key=lambda kv: -abs(kv[1]))[:15]:
        print(f"  {w:+.2f}  {name}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)
    collecting = sub.add_parser("collect")
    collecting.add_argument("folders", nargs="+", type=Path)
    collecting.add_argument("--ranker-pages", action="store_true", help="only the ranker's extra pages")
    sub.add_parser("pages").add_argument("--mirror", type=Path, action="append", default=None,
                                         help="local git snapshots (default /work/.mirror)")
    training = sub.add_parser("train")
    training.add_argument("--c", type=float, default=0.5)
    training.add_argument("--dry-run", action="store_true", help="report only; ranker.json stays as it is")
    training.add_argument("--with-ranker-pages", action="store_true", help="train on the ranker pages' rows too")
    ablating = sub.add_parser("ablation")
    ablating.add_argument("--c", type=float, default=0.5)
    ablating.add_argument("features", nargs="*", help="features to leave out one at a time (default: all)")
    sub.add_parser("compare").add_argument("--c", type=float, default=0.5)
    sub.add_parser("agreement")
    sub.add_parser("refresh")
    sub.add_parser("rematch").add_argument("folders", nargs="+", type=Path)
    sub.add_parser("decks").add_argument("pages", nargs="*")
    args = parser.parse_args()
    if args.command == "collect":
        collect(args.folders, args.ranker_pages)
    elif args.command == "pages":
        sys.exit(1 if build_pages(args.mirror or [Path("/work/.mirror")]) else 0)
    elif args.command == "agreement":
        agreement()
    elif args.command == "refresh":
        refresh()
    elif args.command == "rematch":
        rematch(args.folders)
    elif args.command == "decks":
        decks(args.pages)
    elif args.command == "ablation":
        ablation(args.c, args.features)
    elif args.command == "compare":
        compare(args.c)
    else:
        train(args.c, write=not args.dry_run, ranker_pages=args.with_ranker_pages)


if __name__ == "__main__":
    main()
