"""Count the cards of issue 16's "fixable" classes in the --all-cards decks of the tune pages (and the seed).

    .venv/bin/python benchmarks/quality.py --split tune --no-packs --no-diff --out OUT   # builds OUT/all-cards
    .venv/bin/python benchmarks/fixable_classes.py OUT [--show CLASS]

Heuristics on the prompt as Anki shows it (its narration: the words outside quotation marks), so the same count can
be taken on decks built by any version. Classes: ``speaker_label`` (a transcript label or bullet opens the prompt),
``mentioned_in_article``, ``opening_purpose`` (an opening "In an effort to … ,"-type phrase), ``bare_named_kind`` (a
bare "the company/agency/city …" with no name of its kind before it), ``unnamed_person_pronoun`` (he/him/his/she/her
and no capitalised word but the first), ``unbalanced_quotes`` and ``overlong`` (narration over 30 words).
Needs the project's venv (``anki``) and /work/shared/eval/cards.py.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, "/work/shared/eval")
sys.path.insert(0, str(ROOT))

import cards as judge  # noqa: E402
from quizgen.facts.lexicon import words  # noqa: E402

QUOTED = re.compile(r'"[^"]*"')
LABEL = re.compile(r"^\s*(?:[•·▪*–-]\s|(?:[A-Z][A-Z'.-]+\s+){0,3}[A-Z][A-Z'-]{2,}:)")
OPENING = re.compile(r"^(?:In (?:an effort|an attempt|a bid|order) to|After [a-z]+ing|Before [a-z]+ing|"
                     r"In a newly)\b[^,]*,")
PERSONAL = re.compile(r"\b(?:he|him|his|she|her|hers)\b", re.I)


def narration(prompt: str) -> str:
    text = prompt.replace("\u201c", '"').replace("\u201d", '"')
    if text.count('"') % 2 and text.startswith('"'):
        text = text[1:]
    return QUOTED.sub(" ", text)


def classes(prompt: str) -> list[str]:
    told = narration(prompt)
    kinds = words("org_heads") | words("role_titles") | words("place_nouns")
    found = []
    if LABEL.match(prompt):
        found.append("speaker_label")
    if "mentioned in the article" in prompt:
        found.append("mentioned_in_article")
    if OPENING.match(prompt):
        found.append("opening_purpose")
    for m in re.finditer(r"\b[Tt]he ([a-z]+)\b(?!\s+of\b)", told):
        if m.group(1) in kinds and m.group(1) not in ("country", "nation") \
                and not re.search(r"\b[A-Z][a-z]+", told[1:m.start()]):
            found.append("bare_named_kind")
            break
    if PERSONAL.search(told) and not re.search(r"\b[A-Z][a-z]+", told[1:]):
        found.append("unnamed_person_pronoun")
    unified = prompt.replace("\u201c", '"').replace("\u201d", '"')
    if unified.count('"') % 2:
        found.append("unbalanced_quotes")
    if len(told.split()) > 30:
        found.append("overlong")
    return found


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("out", type=Path, help="a quality.py --out folder with all-cards/")
    ap.add_argument("--show", action="append", default=[], help="print the cards of this class")
    args = ap.parse_args()
    manifest = json.loads((ROOT / "benchmarks" / "dev_corpus" / "manifest.json").read_text())
    pages = [m["name"] for m in manifest if m["split"] == "tune"]
    total, per, shown = 0, Counter(), defaultdict(list)
    for page in pages:
        deck = args.out / "all-cards" / f"{page}.apkg"
        if not deck.exists():
            continue
        for card in judge.load_cards(str(deck)):
            total += 1
            for name in classes(card["prompt"]):
                per[name] += 1
                shown[name].append(f"{page} | {card['prompt'][:200]} => {card['answer'][:60]}")
    print(json.dumps({"cards": total, "classes": dict(sorted(per.items()))}))
    for name in args.show:
        print("\n".join(shown[name]))


if __name__ == "__main__":
    main()
