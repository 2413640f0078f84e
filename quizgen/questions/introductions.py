"""Where the article introduces a person: the first sentence naming them, which usually says who they are ("identified
the surfer as 50-year-old Kevin Swanson", "Investigator Robert Cornett wrote in search warrant documents"). A card
on it is the one that teaches who the person is; later sentences only tell what the person did or said next."""

from __future__ import annotations

from collections.abc import Iterable

from quizgen.facts.model import Fact, FactKind
from quizgen.text import normalize

_PEOPLE = (FactKind.PERSON, FactKind.QUOTE)


def person_name(fact: Fact) -> str:
    """The person a fact hides, as a normalised full name ("" when the fact hides no named person)."""
    if fact.kind not in _PEOPLE or fact.label not in ("", "PERSON"):
        return ""
    name = fact.canonical or fact.answer
    return normalize(name) if len(name.split()) >= 2 else ""


def introductions(facts: Iterable[Fact]) -> dict[str, int]:
    """Each named person's first sentence in the article (its index), by normalised full name."""
    first: dict[str, int] = {}
    for fact in facts:
        name = person_name(fact)
        if name and fact.sentence_index < first.get(name, fact.sentence_index + 1):
            first[name] = fact.sentence_index
    return first


def introduces(fact: Fact, first: dict[str, int]) -> str:
    """The person's name when ``fact`` hides them in the sentence that introduces them; else ""."""
    name = person_name(fact)
    return name if name and first.get(name) == fact.sentence_index else ""
