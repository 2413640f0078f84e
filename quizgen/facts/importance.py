"""How much a fact matters: its kind, how central its entity is to the article, and where it stands."""

from __future__ import annotations

from quizgen.facts.model import FactKind

# How much a teacher cares about each kind, before centrality and position.
KIND_WEIGHT: dict[FactKind, float] = {
    FactKind.DEFINITION: 1.0,
    FactKind.CLAIM: 0.9,
    FactKind.QUOTE: 0.95,
    FactKind.EQUIPMENT: 0.95,
    FactKind.ROLE: 0.9,
    FactKind.PERSON: 0.85,
    FactKind.COUNT: 0.85,
    FactKind.ORGANIZATION: 0.8,
    FactKind.WORK: 0.8,
    FactKind.LANGUAGE: 0.6,
    FactKind.DATE: 0.7,
    FactKind.AMOUNT: 0.75,
    FactKind.TIME: 0.5,
    FactKind.PLACE: 0.55,
}


def position_weight(index: int, total: int) -> float:
    """Earlier sentences carry the story (news puts the point first): 1.0 down to 0.6."""
    return 1.0 - 0.4 * (index / max(total - 1, 1))


def centrality(mentions: int, most: int) -> float:
    """Share of the most-mentioned entity's mentions, 0..1."""
    return min(mentions / max(most, 1), 1.0)


def importance(kind: FactKind, index: int, total: int, mentions: int, most: int, repeat: int = 0) -> float:
    """A score in 0..1: half kind, three tenths position, two tenths centrality.

    ``repeat`` counts earlier facts with the same answer: the tenth card hiding "North Korea" teaches
    less than the first, so each repeat costs a little (at most 0.2).
    """
    score = 0.5 * KIND_WEIGHT[kind] + 0.3 * position_weight(index, total) + 0.2 * centrality(mentions, most)
    return max(0.0, score - min(0.05 * repeat, 0.2))
