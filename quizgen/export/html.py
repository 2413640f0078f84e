"""HTML exporter: a printable quiz with an answer key on its own page, from a Jinja template."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from quizgen.pipeline import ArticleResult
from quizgen.questions import Question
from quizgen.templating import environment

TEMPLATE = "quiz.html.j2"


@dataclass(frozen=True)
class QuizItem:
    """A question as the quiz template sees it: its number and how wide its answer line is."""

    number: int
    question: Question
    line_ch: int


@dataclass(frozen=True)
class QuizSection:
    """One article's questions in the printed quiz."""

    title: str
    source: str
    items: tuple[QuizItem, ...]


def answer_line_width(answer: str) -> int:
    """Width of the blank in characters: room for the answer, never a giveaway of its exact length."""
    return max(8, min(40, round(len(answer) * 1.3 / 4 + 1) * 4))


def quiz_sections(results: Sequence[ArticleResult]) -> list[QuizSection]:
    """Number every question across articles, in article order."""
    sections, number = [], 0
    for result in results:
        items = []
        for question in result.questions:
            number += 1
            items.append(QuizItem(number=number, question=question, line_ch=answer_line_width(question.answer)))
        sections.append(QuizSection(title=result.article.title, source=result.article.source, items=tuple(items)))
    return sections


def render_quiz(results: Sequence[ArticleResult], title: str, templates: Path | None = None) -> str:
    """The quiz page as an HTML string."""
    sections = quiz_sections(results)
    return environment(templates).get_template(TEMPLATE).render(
        title=title,
        sections=sections,
        total=sum(len(s.items) for s in sections),
    )


def write_html(results: Sequence[ArticleResult], title: str, path: Path, templates: Path | None = None) -> None:
    """Write the quiz page to ``path``."""
    path.write_text(render_quiz(results, title, templates), encoding="utf-8")
