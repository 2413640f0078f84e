"""A body's name and its clipped form on one card: "A top regional _____ official criticized the Fed's policy" →
"Federal Reserve", or "… Federal Reserve official criticized the _____'s policy" → "Fed". Blind raters rejected
both as giveaways (the answer shows in the prompt under its short name); they stay among all the cards."""

from __future__ import annotations

import re

from quizgen.facts.model import FactKind
from quizgen.questions.model import Question

MIN_CLIP = 3  # "Fed" for "Federal", "Gov" for "Government"; two letters clip too many words
_CAPITALISED = re.compile(r"\b[A-Z][a-z]+\b")


def _clips(short: str, long: str) -> bool:
    """``short`` is the first letters of ``long``, and shorter ("Fed" of "Federal")."""
    return MIN_CLIP <= len(short) < len(long) and long.startswith(short)


def clipped_name(question: Question) -> bool:
    """Whether an organisation card hides a name whose clipped form the prompt shows, or a clipped name whose full
    form it shows: a one-word answer and the first word of a capitalised run of two or more words."""
    if question.fact.kind is not FactKind.ORGANIZATION:
        return False
    answer = question.answer.strip()
    shown = question.visible_prompt()
    words = answer.split()
    if len(words) >= 2:  # "Federal Reserve" beside "the Fed's"
        return any(_clips(word, words[0]) for word in _CAPITALISED.findall(shown))
    runs = re.findall(r"\b([A-Z][a-z]+)(?=\s+[A-Z][a-z]+)", shown)  # "Federal" of "Federal Reserve"
    return any(_clips(answer, first) for first in runs)
