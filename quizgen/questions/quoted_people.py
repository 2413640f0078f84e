"""Who speaks in an article, and whether a blank asks for a speaker: the options of a who-said card are people the
article itself quotes or reports speaking, never a person it only names (no "Ron Paul" among the speakers of a
state senator's words when the article only tells of his campaigns)."""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from functools import lru_cache
from importlib import resources

from quizgen.facts.model import Fact, FactKind
from quizgen.facts.names import name_words
from quizgen.text import normalize

_ASIDE = r"(?:,[^,“”\"]{1,80},)?"  # "_____, the mayor, said"
_HELPER = r"(?:(?:has|had|have|also|then|later|once|has\s+also)\s+)*"


@lru_cache(maxsize=1)
def _data() -> dict:
    return json.loads(resources.files("quizgen.questions").joinpath("quoted_people.json").read_text(encoding="utf-8"))


def _alternation(words: Iterable[str]) -> str:
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True))


@lru_cache(maxsize=1)
def _after() -> re.Pattern[str]:
    return re.compile(rf"^\s*{_ASIDE}\s*{_HELPER}(?:{_alternation(_data()['verbs'])})\b", re.IGNORECASE)


@lru_cache(maxsize=1)
def _before() -> re.Pattern[str]:
    # the opener, then at most a few title words ("said state Sen. _____", "according to Kabul-based analyst _____")
    title = r"(?!(?:that|which|who|and|but|he|she|they|it|was|is|had|has|would|will)\s)[\w.'’-]+\s+"
    return re.compile(rf"\b(?:{_alternation(_data()['openers'])})\s+(?:{title}){{0,4}}$", re.IGNORECASE)


_CLAUSE_END = re.compile(r"^\s*(?:[,.;:!?)—–]|-\s|$)")


def speaks_at(sentence: str, start: int, end: int) -> bool:
    """Is the name at ``[start, end)`` of ``sentence`` the subject of a verb of speech, or named right after one
    at the end of its clause ("…,” said _____.", "according to _____, a board member"; not "he said _____ is from
    Laghman", whose name is what was said)?"""
    if _after().match(sentence[end:end + 120]) is not None:
        return True
    return _CLAUSE_END.match(sentence[end:]) is not None and _before().search(sentence[max(0, start - 80):start]) is not None


def speaker_slot(fact: Fact) -> bool:
    """Does the blank ask who said something: the speaker of a quote ("Who said: '…'?", "'And he didn't,' _____
    said"), or a person a verb of speech is told of ("_____ said he routinely meets …")?"""
    return fact.kind is FactKind.QUOTE or (fact.kind is FactKind.PERSON and speaks_at(fact.sentence, fact.start, fact.end))


def person_key(name: str) -> str:
    """A person's name as speakers are matched: its name words, normalised ("Sen. Maria Lopez" → "maria lopez")."""
    return normalize(" ".join(name_words(name)))


def speakers(facts: Iterable[Fact]) -> frozenset[str]:
    """The people (``person_key``) the article quotes (its quotes' speakers) or tells of speaking (``speaks_at``)."""
    found: set[str] = set()
    for f in facts:
        if (f.kind is FactKind.QUOTE and f.label == "PERSON") or (
                f.kind is FactKind.PERSON and speaks_at(f.sentence, f.start, f.end)):
            found.add(person_key(f.canonical or f.answer))
    return frozenset(found)


def verb_pattern() -> str:
    """The verbs of speech as a regular-expression alternation."""
    return _alternation(_data()["verbs"])


def opener_pattern() -> str:
    """The words that open a speaker's name after the quote ("said", "according to") as an alternation."""
    return _alternation(_data()["openers"])
