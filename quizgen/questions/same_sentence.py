"""Two cards on one sentence that give each other away: one card's prompt shows what the other hides ("In 2008
and _____" beside "In _____ and 2012"; "Who is Lee?" beside "Who is the mayor?"; a quote's speaker blanked beside
"Who said: …?" on the same quote). Blind raters rejected such pairs as duplicates on tune pages; the deck keeps the
likelier card of the two."""

from __future__ import annotations

from collections.abc import Iterable

from quizgen.questions.answer_types import number_form
from quizgen.questions.model import Question
from quizgen.text import contains_word, normalize


def answer_forms(question: Question) -> set[str]:
    """What the card hides, in every spelling the article gives it (the card's answer, the fact's answer and its
    canonical name when the card hides the fact's answer)."""
    forms = {question.answer}
    fact = question.fact
    if normalize(question.answer) in (normalize(fact.answer), normalize(fact.canonical or "")):
        forms |= {fact.answer, fact.canonical or ""}
    return {form for form in forms if form.strip()}


def shows(question: Question, other: Question) -> bool:
    """Whether ``question``'s prompt, as the learner sees it, shows what ``other`` hides."""
    prompt = question.visible_prompt()
    return any(contains_word(prompt, form) for form in answer_forms(other))


def gives_away(question: Question, others: Iterable[Question]) -> bool:
    """Whether ``question`` and one of ``others`` (cards on its sentence) give each other's answer away: either
    prompt shows the other's answer (a learner who sees one card first is handed the other)."""
    return any(shows(question, other) or shows(other, question) for other in others)


def same_unit(answer: str, other: str) -> bool:
    """Whether two answers are figures of one unit ("3.2%" and "6.0%", "$40 million" and "$12 billion", "300 homes"
    and "1,250 homes"): two cards on them read one statistic twice ("grew 3.2%, down from 6.0%")."""
    unit = number_form(answer).split("|")[0]
    return bool(unit) and unit == number_form(other).split("|")[0]
