"""Recall against gold facts: does some card hide a gold answer behind a prompt holding its cues?"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from quizgen.questions.model import Question
from quizgen.text import normalize


@dataclass(frozen=True)
class GoldFact:
    """A key fact a teacher would quiz on: any of ``answers``, asked with every ``cues`` word visible."""

    id: str
    kind: str
    answers: tuple[str, ...]
    cues: tuple[str, ...]


@dataclass(frozen=True)
class Card:
    """A card as a learner sees it: the visible prompt, and what it hides."""

    prompt: str
    hidden: tuple[str, ...]


@dataclass(frozen=True)
class RecallReport:
    covered: tuple[GoldFact, ...]
    missed: tuple[GoldFact, ...]

    @property
    def recall(self) -> float:
        total = len(self.covered) + len(self.missed)
        return len(self.covered) / total if total else 0.0

    def summary(self) -> str:
        """A readable account, misses listed."""
        lines = [f"recall {len(self.covered)}/{len(self.covered) + len(self.missed)} = {self.recall:.0%}"]
        lines += [f"  missed {g.id}: {' / '.join(g.answers)} (cues: {', '.join(g.cues)})" for g in self.missed]
        return "\n".join(lines)


def load_gold(path: Path) -> list[GoldFact]:
    """Read a gold-facts JSON file."""
    data = json.loads(path.read_text(encoding="utf-8"))
    return [GoldFact(id=f["id"], kind=f["kind"], answers=tuple(f["answer"]), cues=tuple(f["cue"]))
            for f in data["facts"]]


def covers(card: Card, gold: GoldFact) -> bool:
    """The gold rule: the card hides one of the answers and its visible prompt holds every cue."""
    hidden = {normalize(h) for h in card.hidden}
    prompt = normalize(card.prompt)
    return any(normalize(a) in hidden for a in gold.answers) and all(normalize(c) in prompt for c in gold.cues)


def recall(gold: Sequence[GoldFact], cards: Iterable[Card]) -> RecallReport:
    """Which gold facts some card covers."""
    cards = list(cards)
    covered = tuple(g for g in gold if any(covers(c, g) for c in cards))
    return RecallReport(covered=covered, missed=tuple(g for g in gold if g not in covered))


def card_of(question: Question) -> Card:
    """The card a question makes, seen as plain text (for benchmarks; tests read Anki's own rendering)."""
    return Card(prompt=question.visible_prompt("[...]"), hidden=(question.answer,))
