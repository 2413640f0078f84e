"""HTML exporter: a printable quiz (one or more forms) with answer keys on their own pages, from Jinja templates.

The page holds no timestamp and no script: the same questions, settings and seed give the same bytes.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass
from pathlib import Path

import jinja2

from quizgen.errors import InputError
from quizgen.export import KEY_MODES, PAPER_SIZES, ExportSettings
from quizgen.questions.model import ArticleResult
from quizgen.questions.model import QuestionKind
from quizgen.export.quiz import Form, answer_line_width, make_forms, quiz_entries, select_questions
from quizgen.export.templating import environment

SUFFIX = ".html"
TEMPLATE = "quiz.html.j2"

__all__ = ["SUFFIX", "TEMPLATE", "answer_line_width", "export", "render_forms", "render_quiz", "settings_page"]


@dataclass(frozen=True)
class Source:
    """An article named in the quiz header."""

    title: str
    source: str


def render_forms(forms: Sequence[Form], title: str, sources: Sequence[Source] = (), *,
                 templates: Path | None = None, paper: str = "a4", answer_key: str = "include",
                 class_name: str = "") -> str:
    """The quiz page for ready-made forms, as an HTML string (``class_name`` fills the header's Class line)."""
    if paper not in PAPER_SIZES:
        raise ValueError(f"paper must be one of {', '.join(PAPER_SIZES)}, not {paper!r}")
    if answer_key not in KEY_MODES:
        raise ValueError(f"answer_key must be one of {', '.join(KEY_MODES)}, not {answer_key!r}")
    try:
        template = environment(templates).get_template(TEMPLATE)
        return template.render(
            title=title,
            sources=list(sources),
            forms=list(forms),
            page_size=PAPER_SIZES[paper],
            show_quiz=answer_key != "only",
            show_key=answer_key != "omit",
            class_name=class_name,
        )
    except jinja2.TemplateSyntaxError as err:
        raise InputError(f"{err.filename or err.name}:{err.lineno}: template error: {err.message}") from None
    except jinja2.TemplateError as err:
        where = f"{templates}: " if templates is not None else ""
        raise InputError(f"{where}template error: {err.message or err.__class__.__name__}") from None


def _sources(results: Sequence[ArticleResult]) -> list[Source]:
    return [Source(r.article.title, r.article.source) for r in results]


def render_quiz(results: Sequence[ArticleResult], title: str, templates: Path | None = None,
                limit: int | None = None, *, kinds: Collection[QuestionKind] | None = None, versions: int = 1,
                seed: int = 0, paper: str = "a4", answer_key: str = "include") -> str:
    """The quiz page for the articles' results (possibly empty), as an HTML string."""
    forms = make_forms(select_questions(results, kinds, limit), versions, seed)
    return render_forms(forms, title, _sources(results), templates=templates, paper=paper, answer_key=answer_key)


def settings_page(results: Sequence[ArticleResult], settings: ExportSettings) -> str:
    """The quiz page as ``settings`` ask for it; an empty quiz is an error."""
    entries = quiz_entries(results, settings.quiz_kinds, settings.quiz_questions)
    forms = make_forms(entries, settings.versions, settings.seed)
    return render_forms(forms, settings.title, _sources(results), templates=settings.templates,
                        paper=settings.paper, answer_key=settings.answer_key, class_name=settings.class_name)


def export(results: Sequence[ArticleResult], settings: ExportSettings, path: Path) -> None:
    """Write the quiz page to ``path``."""
    path.write_text(settings_page(results, settings), encoding="utf-8")
