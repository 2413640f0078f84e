"""A quote's credit checked against its sentence's own attribution clause: "“We’re struggling,” Maria Lopez said"
credits Lopez; a quote credited to someone the clause does not name as its speaker, though it names another
("“…,” Tom Baker said of [Maria Lopez]" credited to Lopez), gets no card at all: who said it is in doubt."""

from __future__ import annotations

import re
from functools import cache

from quizgen.facts.model import Fact, FactKind
from quizgen.facts.names import name_words
from quizgen.facts.quotes import quote_spans
from quizgen.questions import quoted_people

_NAME = r"[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}"
_NOT_NAMES = frozenset({"he", "she", "they", "it", "we", "i", "you", "the", "this", "that", "but", "and", "a", "an",
                        "his", "her", "their", "its", "then", "also", "so", "yet", "still", "however", "mr", "mrs",
                        "ms", "dr", "in", "on", "at", "as", "when", "while", "after", "before", "later"})


_HELPERS = r"(?:(?:has|had|also)\s+)*"
_NEXT_TO = re.compile(rf"({_NAME})(?:\s*\([^()]{{1,40}}\))?\s*,?\s*{_HELPERS}$")  # "Joseph Dempsey, commented"
_ASIDE_BEFORE = re.compile(rf"({_NAME})(?:\s*\([^()]{{1,40}}\))?\s*,[^,“”\"_]{{1,80}},\s*{_HELPERS}$")


def _masked(sentence: str) -> str:
    """``sentence`` with its quoted words blanked (offsets kept), and brackets of inserted names dropped."""
    text = sentence.replace("[", " ").replace("]", " ")
    spans = quote_spans(text)
    for open_at, close in spans:  # "_" keeps a blanked quote a word: "said Christie “has …”" ends no clause
        text = text[:open_at] + "_" * (close - open_at + 1) + text[close + 1:]
    for mark, tail in (("“", True), ("”", False)):  # a quote running on from or into another sentence
        at = text.find(mark)
        if at >= 0:
            text = "_" * (at + 1) + text[at + 1:] if not tail else text[:at] + "_" * (len(text) - at)
    return text


@cache  # the data's alternations, built and compiled once (asked for every quote)
def _speech_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A verb of speech, and an opener ("according to") with the name after it."""
    verbs, openers = quoted_people.verb_pattern(), quoted_people.opener_pattern()
    return (re.compile(rf"\b(?:{verbs})\b"),
            re.compile(rf"\b(?:{openers})\s+(?:[\w.'’-]+\s+){{0,3}}?({_NAME})(?=\s*(?:[,.;:!?)—–]|$))"))


def _attributed(sentence: str) -> list[list[str]]:
    """The name words of each person or body the sentence, outside its quotes, names as a speaker ("…,” Lopez
    said", "said Tom Baker.", "according to Baker,")."""
    text = _masked(sentence)
    verbs, openers = _speech_patterns()
    found = []
    for verb in verbs.finditer(text):  # the names before each verb of speech that may be its
        before = text[max(0, verb.start() - 160):verb.start()]  # subject: next to it, or before an aside ("Lee
        # Sung-joon, spokesperson for South Korea's Joint Chiefs of Staff, told"; "…Studies, Joseph Dempsey, commented")
        found += [m.group(1) for m in (_NEXT_TO.search(before), _ASIDE_BEFORE.search(before)) if m]
    found += [m.group(1) for m in openers.finditer(text)]
    words = [[w.rstrip(".") for w in name_words(name) if w.lower().rstrip(".") not in _NOT_NAMES] for name in found]
    return [w for w in words if w]


def credited_elsewhere(fact: Fact) -> bool:
    """Is a quote credited to a speaker its sentence's attribution clause does not name, though the clause names
    another speaker? Then the credit is in doubt and no card asks it."""
    if fact.kind is not FactKind.QUOTE:
        return False
    named = _attributed(fact.sentence)
    credited = {w.lower().rstrip(".") for w in name_words(fact.canonical or fact.answer) + name_words(fact.answer)}
    return bool(named) and not any(credited & {w.lower() for w in words} for words in named)
