"""Claims and definitions whose answer is a generic word or two: "a [move] that could eliminate the set-top box",
"held up [holiday travel]", "photos show [massive queues]", "What is the Apple iPad? → move", "lift [its game]".
Blind raters rejected all such cards on tune pages ("blanks the generic word", "vague, generic answer", "trivial");
they stay among all the cards. A claim's answer that names something (a capital, a figure) or says more than two
words ("a juvenile great white shark") is kept."""

from __future__ import annotations

import json
import re
from functools import cache
from importlib import resources

from quizgen.facts.model import FactKind
from quizgen.questions.model import Question

MAX_WORDS = 2
_ABOUT = frozenset({FactKind.CLAIM, FactKind.DEFINITION})


@cache
def _determiners() -> frozenset[str]:
    data = json.loads(resources.files("quizgen.questions").joinpath("generic_answers.json").read_text(encoding="utf-8"))
    return frozenset(data["determiners"])


def generic_answer(question: Question) -> bool:
    """Whether a claim or definition card hides at most ``MAX_WORDS`` lowercase words (a determiner aside) with no
    figure in them."""
    if question.fact.kind not in _ABOUT:
        return False
    words = question.answer.split()
    if words and words[0].lower() in _determiners():
        words = words[1:]
    return 0 < len(words) <= MAX_WORDS and all(w == w.lower() for w in words) \
        and not re.search(r"\d", question.answer)
