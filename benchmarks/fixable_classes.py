"""Count the cards of issue 16's "fixable" classes in the --all-cards decks of the tune pages (and the seed).

    .venv/bin/python benchmarks/quality.py --split tune --no-packs --no-diff --out OUT   # builds OUT/all-cards
    .venv/bin/python benchmarks/fixable_classes.py OUT [--show CLASS]

Heuristics on the prompt as Anki shows it (its narration: the words outside quotation marks), so the same count can
be taken on decks built by any version. Classes: ``speaker_label`` (a transcript label or bullet opens the prompt),
``mentioned_in_article``, ``opening_purpose`` (an opening "In an effort to … ,"-type phrase), ``bare_named_kind`` (a
bare "the company/agency/city …" with no name of its kind before it), ``unnamed_person_pronoun`` (he/him/his/she/her
and no capitalised word but the first), ``unbalanced_quotes`` and ``overlong`` (narration over 30 words); and, from the
raters' edits on the tune candidate packs (issue 17f): ``shared_surname`` (a bare surname in the narration that ends
two different full names among the page's answers: "Mateen" beside "Seddique Mir Mateen" and "Omar Mateen"),
``stray_comma`` (the narration's first comma right before a verb: "… developed in [2010], has a section"),
``dangling_also`` (an "also" that adds to nothing the prompt says) and ``opening_aside`` ("For instance,",
"Recently,", "In another instance," opening the prompt).
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
PERSON_ANSWER = re.compile(r"[A-Z][a-z]+(?:\s+[A-Z][a-z.]*){0,2}\s+[A-Z][a-z]+")
CAPITALISED = re.compile(r"\b([A-Z][a-z]+)\b(?!\s+[A-Z])")
STRAY_COMMA = re.compile(r"^[^,]*[\w\]], (?:has|have|had|is|are|was|were|will|would|can|could|should|may|might|"
                         r"must|did|does|do|said|says)\b")
ALSO = re.compile(r"\balso\b")
ALSO_ADDING = re.compile(r"\b(?:and|but|only|as)\b[^.]*\balso\b")
ASIDE = re.compile(r"^(?:For instance|For example|In another instance|In one instance|Recently|More recently|"
                   r"In particular|Specifically|Additionally|Notably),\s")


def surnames_shared(prompts: list[str]) -> set[str]:
    """Surnames that end two or more different full names among one page's answers (a person's full name)."""
    owners: dict[str, set[str]] = defaultdict(set)
    for answer in prompts:
        if PERSON_ANSWER.fullmatch(answer.strip()):
            owners[answer.split()[-1]].add(answer.strip())
    return {name for name, full in owners.items() if len(full) > 1}


def page_classes(prompt: str, shared: set[str]) -> list[str]:
    """The classes that need the page's other cards or are read on the prompt alone (the 17f edits)."""
    told = narration(prompt)
    found = []
    for m in CAPITALISED.finditer(told):
        if m.group(1) in shared and not re.search(r"[A-Z][a-z.]*\s+$", told[:m.start()]):
            found.append("shared_surname")
            break
    if STRAY_COMMA.match(told):
        found.append("stray_comma")
    if ALSO.search(told) and not ALSO_ADDING.search(told) and not told.startswith("Also"):
        found.append("dangling_also")
    if ASIDE.match(prompt):
        found.append("opening_aside")
    return found


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
        cards = judge.load_cards(str(deck))
        shared = surnames_shared([c["answer"] for c in cards])
        for card in cards:
            total += 1
            for name in classes(card["prompt"]) + page_classes(card["prompt"], shared):
                per[name] += 1
                shown[name].append(f"{page} | {card['prompt'][:200]} => {card['answer'][:60]}")
    print(json.dumps({"cards": total, "classes": dict(sorted(per.items()))}))
    for name in args.show:
        print("\n".join(shown[name]))


if __name__ == "__main__":
    main()
