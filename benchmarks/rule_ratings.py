"""How blind raters judged the cards each holding rule keeps out of the deck, and the cards no rule holds by the
ranker's keep chance: the evidence a rule stands on, read off rated candidate packs.

    .venv/bin/python benchmarks/rule_ratings.py RATINGS_DIR [RATINGS_DIR …]

Each ``rating-NAME.md`` beside its ``pack-NAME.md`` (a pack of ``--all-cards`` or of a default deck) is matched to
the current code's candidates of the page, as ``ranker.py collect`` does. For every rule of ``ranking._HOLDING_RULES``
it prints how many of the rated cards it holds were good, and how many of those cards asked one of the raters' own
top-8 facts (their Coverage list); then the good share of the cards no rule holds, by keep chance (``deck_chance``,
the article's key facts lifted as the deck lifts them). A tune page's figures are in-sample for the ranker; a measure
page is never read.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.append(str(ROOT))
sys.path.append(str(ROOT / "benchmarks"))

from key_coverage import PageCandidates, coverage_facts  # noqa: E402
from ranker import measure_pages, read_pack, read_rating  # noqa: E402

BANDS = (0.0, 0.1, 0.15, 0.2, 0.25, 0.3, 0.4, 1.01)


def rated_cards(rating: Path, nlp) -> list[dict]:
    """Each rated card of one rating file that the current code still makes: its label, the holding rules that fire,
    its keep chance and whether it asks one of the rater's top-8 facts."""
    from quizgen.questions.ranking import _HOLDING_RULES, deck_chance

    page = PageCandidates(rating.stem.removeprefix("rating-"), nlp)
    pack, labels = read_pack(rating.with_name(rating.name.replace("rating-", "pack-"))), read_rating(rating)
    top = {number for _, numbers in coverage_facts(rating) for number in numbers}
    out = []
    for number, (card, answer) in pack.items():
        found = page.find(card, answer)
        if found is None or number not in labels:
            continue
        candidate, question = page.questions[found]
        out.append({"label": labels[number], "key_fact": number in top,
                    "rules": [rule.__name__ for rule in _HOLDING_RULES if rule(question)],
                    "chance": deck_chance(candidate, page.context, page.key)})
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folders", nargs="+", type=Path)
    args = parser.parse_args()
    from quizgen.nlp.load import load_pipeline

    held_out, nlp, cards = measure_pages(), load_pipeline(None), []
    for folder in args.folders:
        for rating in sorted(folder.glob("rating-*.md")):
            name = rating.stem.removeprefix("rating-")
            if name == "brief" or name in held_out or not rating.with_name(f"pack-{name}.md").exists():
                continue
            cards += rated_cards(rating, nlp)
    good, total, key_good, key_total = Counter(), Counter(), Counter(), Counter()
    for card in cards:
        for rule in card["rules"] or ["(no rule)"]:
            total[rule] += 1
            good[rule] += card["label"] == "good"
            key_total[rule] += card["key_fact"]
            key_good[rule] += card["key_fact"] and card["label"] == "good"
    print(f"{len(cards)} rated cards matched, {sum(c['label'] == 'good' for c in cards)} good")
    for rule, n in total.most_common():
        print(f"  {rule:28} {good[rule]:4}/{n:<4} good ({good[rule] / n:.0%}); asking a rater's top-8 fact: "
              f"{key_good[rule]}/{key_total[rule]} good")
    free = [c for c in cards if not c["rules"]]
    print("held by no rule, by keep chance:")
    for low, high in zip(BANDS, BANDS[1:]):
        band = [c for c in free if low <= c["chance"] < high]
        if band:
            n_good = sum(c["label"] == "good" for c in band)
            print(f"  {low:.2f}–{min(high, 1.0):.2f}: {n_good}/{len(band)} good ({n_good / len(band):.0%})")


if __name__ == "__main__":
    main()
