"""Signs that a card gives its answer away, cannot stand alone or asks trivia, read by the ranker (blind raters'
reasons on tune pages): the prompt shows the answer, the prompt points back to text it does not show, the blank
stands inside a quotation, the answer is a speaker the article gives no role."""

from __future__ import annotations

import json
import re
from functools import cache, lru_cache
from itertools import islice
from importlib import resources

from quizgen.questions.standalone import narration

_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")
_STEM = 5  # words compared on their first letters: "Georgia" and "Georgian"
OPENING_WORDS = 4  # a pronoun later in the sentence mostly points inside it ("Smith said his team …")
_MIN_SHARED = 4  # shorter words ("the", "of", "new") give nothing away
_NOT_LETTERS = re.compile(r"[^A-Za-z]")


@cache
def _lists() -> dict[str, tuple[str, ...]]:
    data = json.loads(resources.files("quizgen.questions").joinpath("trivia.json").read_text(encoding="utf-8"))
    return {name: tuple(values) for name, values in data.items() if isinstance(values, list)}


def _stems(text: str) -> frozenset[str]:
    return frozenset([w.lower()[:_STEM] for w in _WORD.findall(text) if len(w) >= _MIN_SHARED])


@lru_cache(maxsize=1 << 12)
def gives_away(prompt: str, answer: str) -> bool:
    """Whether the prompt shows the answer: one of its longer words, or the words its initials stand for ("UGA" and
    "University of Georgia")."""
    stems = _stems(answer)
    # a prompt word's stem is a piece of the lower-cased prompt (its letters lower-case one by one): the prompt's
    # words are read only when one of the answer's stems is in it at all, as it is on few cards
    lowered = prompt.lower()
    if any(stem in lowered for stem in stems) and stems & _stems(prompt):
        return True
    letters = _NOT_LETTERS.sub("", answer)
    if 2 <= len(letters) <= 6 and letters.isupper():
        initials = "".join(w[0] for w in re.findall(r"\b[A-Z][\w'’-]*", prompt))
        return letters in initials
    return False


@lru_cache(maxsize=1 << 12)
def points_back(prompt: str) -> bool:
    """Whether the prompt's narration (outside quotes) opens with a word that points to text the card does not show
    ("He said …", "Another patient …", "Similar agreements …")."""
    pointing = _pointing_back()
    for match in islice(_WORD.finditer(narration(prompt).lower()), OPENING_WORDS):  # ``any``, without a generator
        if match.group() in pointing:
            return True
    return False


@cache
def _pointing_back() -> frozenset[str]:
    return frozenset(_lists()["pointing_back"])


def answer_quoted(sentence: str, start: int, end: int) -> bool:
    """The answer stands inside a quotation: a blank in someone's words, not in the article's narration."""
    return narration(sentence)[start:end].strip() == "" and end > start


def unplaced_speaker(kind: str, standing: str | None) -> bool:
    """A person or speaker whom the article gives no role and names only in passing (a passer-by quoted once)."""
    return kind in ("person", "quote") and standing == ""
