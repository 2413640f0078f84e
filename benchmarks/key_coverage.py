"""Which of the raters' top-8 facts the default deck covers, and why it leaves out the candidates that ask the rest.

    .venv/bin/python benchmarks/key_coverage.py RATINGS_DIR [RATINGS_DIR …] [--pages NAME …]

Each ``rating-NAME.md`` of a candidate pack (``--all-cards``) ends with a "Coverage" list: the rater's top-8 facts,
each naming the pack's cards that ask it. The cards are matched to the current code's candidates (as
``ranker.py collect`` does), and each fact is reported as covered by a deck card rated good, by a deck card rated
fixable or bad only, left out of the deck (and why: under ``MIN_KEEP``, the sentence's limit, the people share,
held back, another form of the fact kept …) or without a good or fixable candidate. Tune pages only; an in-sample
proxy (the ratings are of older code, the classes persist). The last folder named wins for a page rated twice.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.append(str(ROOT))
sys.path.append(str(ROOT / "benchmarks"))

from ranker import _answer_key, _key, _nearest, _page, measure_pages, read_pack, read_rating  # noqa: E402

_FACT = re.compile(r"^(\d)\.\s+(.*)$")
_CARDS = re.compile(r"\bcards?\s+(\d+(?:\s*(?:,|and|&)\s*\d+)*)", re.IGNORECASE)


def coverage_facts(path: Path) -> list[tuple[str, list[int]]]:
    """(fact, the card numbers its line names) for each fact of a rating's Coverage list."""
    facts, inside = [], False
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("## "):
            inside = line.strip().lower().startswith("## coverage")
            continue
        if inside and (match := _FACT.match(line.strip())):
            numbers = [int(n) for found in _CARDS.findall(match.group(2)) for n in re.findall(r"\d+", found)]
            facts.append((match.group(2), numbers))
    return facts


def why_left_out(question, chance: float, deck, held: bool) -> str:
    """The first rule that keeps ``question`` out of ``deck`` (read off the deck, no new choice)."""
    from quizgen.questions.ranking import MIN_KEEP, about_people, is_attribution
    from quizgen.text import normalize

    if held:
        return "held_back"
    if chance < MIN_KEEP:
        return f"below MIN_KEEP ({chance:.2f})"
    if any(q.fact.key == question.fact.key for q in deck):
        return "another form of the fact kept"
    if any(q.fact.sentence_index == question.fact.sentence_index for q in deck):
        return "sentence limit"
    if normalize(question.answer) in {normalize(q.answer) for q in deck}:
        return "same answer in deck"
    if about_people(question):
        return "people/quote share"
    if is_attribution(question):
        return "quote share"
    return "budget full / similar card"


class PageCandidates:
    """One page's candidates as the current code makes them, keyed as rated cards are (``ranker._key``): each card's
    candidate and settled question, with what the deck ranks them by (``context``, ``key``) and the deck itself."""

    def __init__(self, name: str, nlp) -> None:
        from quizgen.questions.candidates import settle
        from quizgen.questions.distractors import ArticleFacts
        from quizgen.questions.features import ArticleContext
        from quizgen.questions.key_facts import KeyFacts
        from quizgen.read.sources import read_article
        from quizgen.run.component import analyse

        self.article = read_article(str(_page(name)))
        (result,) = analyse(nlp, [self.article])
        facts = ArticleFacts(result.facts)
        self.context = ArticleContext(facts.by_sentence)
        self.key = KeyFacts(result.facts, self.article.title)
        self.deck = list(result.questions)
        self.questions = {}
        for candidate in result.candidates:
            question = settle(candidate, facts) if candidate.pending else candidate
            if question is not None:
                self.questions.setdefault(_key(question.visible_prompt(""), question.answer), (candidate, question))
        self.answers = {k: _answer_key(question.answer) for k, (_, question) in self.questions.items()}

    def find(self, card: str, answer: str) -> str | None:
        """The key of the candidate a rated card is (its own key, else the nearest by answer)."""
        return card if card in self.questions else _nearest(card, answer, self.answers)


def page_report(name: str, rating: Path, nlp) -> tuple[list[tuple[str, str]], dict[str, int]]:
    from quizgen.questions.ranking import deck_chance, held_back

    page = PageCandidates(name, nlp)
    article, context, key, deck, questions = page.article, page.context, page.key, page.deck, page.questions
    deck_keys = {_key(q.visible_prompt(""), q.answer) for q in deck}
    pack = read_pack(rating.with_name(rating.name.replace("rating-", "pack-")))
    labels = read_rating(rating)
    rows, tally = [], Counter()
    for fact, numbers in coverage_facts(rating):
        good_in, other_in, out, unmatched = [], [], [], 0
        for number in numbers:
            label = labels.get(number)
            if number not in pack or label is None:
                continue
            card, answer = pack[number]
            found = page.find(card, answer)
            if found is None:
                unmatched += label != "bad"
                continue
            candidate, question = questions[found]
            if found in deck_keys:
                (good_in if label == "good" else other_in).append(f"{number}:{label}")
            elif label != "bad":
                chance = deck_chance(candidate, context, key)
                out.append(f"{number}:{label} {why_left_out(question, chance, deck, held_back(question))}")
        if good_in:
            status = "deck: good " + ",".join(good_in)
        elif out:
            status = "left out: " + "; ".join(out) + (" (deck has " + ",".join(other_in) + ")" if other_in else "")
        elif other_in:
            status = "deck: only " + ",".join(other_in)
        elif unmatched:
            status = "good/fixable card no longer made"
        else:
            status = "no good or fixable candidate"
        tally[status.split(":")[0] if not status.startswith("deck: good") else "covered (good)"] += 1
        rows.append((fact[:70], status))
    tally["deck cards"] = len(deck)
    tally["words"] = len(article.text.split())
    return rows, tally


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folders", nargs="+", type=Path)
    parser.add_argument("--pages", nargs="*", default=[])
    args = parser.parse_args()
    from quizgen.nlp.load import load_pipeline

    held_out = measure_pages()
    ratings: dict[str, Path] = {}
    for folder in args.folders:
        for rating in sorted(folder.glob("rating-*.md")):
            name = rating.stem.removeprefix("rating-")
            if name not in held_out and (not args.pages or name in args.pages) and coverage_facts(rating):
                ratings[name] = rating
    nlp = load_pipeline()
    total = Counter()
    for name, rating in sorted(ratings.items()):
        rows, tally = page_report(name, rating, nlp)
        total.update(tally)
        print(f"## {name} ({rating.parent.name}): {tally['deck cards']} cards, {tally['words']} words, "
              f"{tally['covered (good)']}/{len(rows)} facts covered by a deck card rated good")
        for number, (fact, status) in enumerate(rows, 1):
            print(f"  {number}. {fact:70} | {status}")
    print(f"\n{len(ratings)} pages: {total['deck cards']} deck cards over {total['words']} words "
          f"({100 * total['deck cards'] / max(1, total['words']):.2f} per 100); facts covered by a good deck card "
          f"{total['covered (good)']}, left out {total['left out']}, deck only fixable/bad {total['deck']}, "
          f"no longer made {total['good/fixable card no longer made']}, no candidate {total['no good or fixable candidate']}")


if __name__ == "__main__":
    main()
