"""Minor details blind raters called trivia on tune pages, kept among all the cards: a person's age written as a
modifier ("she and her _____ boyfriend" → "24-year-old": "the boyfriend's age is trivia")."""

from __future__ import annotations

import re

from quizgen.questions.model import Question

_AGE = re.compile(r"^(?:an?\s+)?\d{1,3}-year-old$", re.IGNORECASE)


def age_modifier(question: Question) -> bool:
    """Whether the card hides an age written as a modifier ("24-year-old")."""
    return bool(_AGE.match(question.answer.strip()))
