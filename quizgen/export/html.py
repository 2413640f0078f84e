"""HTML exporter: a printable quiz with an answer key on its own page, from a Jinja template."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from quizgen.export import ExportSettings
from quizgen.pipeline import ArticleResult
from quizgen.questions import Question, pick_for_quiz
from quizgen.templating import environment

SUFFIX = ".html"
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


def quiz_sections(results: Sequence[ArticleResult], limit: int | None = None) -> list[QuizSection]:
    """Pick each article's quiz questions and number them across articles, in article order."""
    sections, number = [], 0
    for result in results:
        items = []
        for question in pick_for_quiz(list(result.quiz_pool), limit):
            number += 1
            items.append(QuizItem(number=number, question=question, line_ch=answer_line_width(question.answer)))
        sections.append(QuizSection(title=result.article.title, source=result.article.source, items=tuple(items)))
    return sections


def render_quiz(results: Sequence[ArticleResult], title: str, templates: Path | None = None,
                limit: int | None = None) -> str:
    """The quiz page as an HTML string."""
    sections = quiz_sections(results, limit)
    return environment(templates).get_template(TEMPLATE).render(
        title=title,
        sections=sections,
        total=sum(len(s.items) for s in sections),
    )


def export(results: Sequence[ArticleResult], settings: ExportSettings, path: Path) -> None:
    """Write the quiz page to ``path``."""
    page = render_quiz(results, settings.title, settings.templates, settings.quiz_questions)
    path.write_text(page, encoding="utf-8")
