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

__all__ = ["SUFFIX", "TEMPLATE", "Header", "answer_line_width", "export", "render_forms", "render_quiz", "settings_page",
           "settings_parts"]


@dataclass(frozen=True)
class Source:
    """An article named in the quiz header; its paragraphs when the quiz prints the article."""

    title: str
    source: str
    paragraphs: tuple[str, ...] = ()


@dataclass(frozen=True)
class Header:
    """What the teacher writes on every form: class, teacher, instructions (empty: a line to fill, or the default)."""

    class_name: str = ""
    teacher: str = ""
    instructions: str = ""


def render_forms(forms: Sequence[Form], title: str, sources: Sequence[Source] = (), *,
                 templates: Path | None = None, paper: str = "a4", answer_key: str = "include",
                 header: Header = Header(), with_article: bool = False, footer: str | None = None,
                 several: bool | None = None) -> str:
    """The quiz page for ready-made forms, as an HTML string.

    ``footer``: this page is one part of a PDF printed part by part (a form's questions, or a key), and each of
    its pages says ``footer · page N of M``; None: the whole quiz in one page, its forms and keys named at the
    foot of their pages. ``several``: whether the quiz has more than one form (default: ``len(forms) > 1``).
    """
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
            several=len(forms) > 1 if several is None else several,
            page_size=PAPER_SIZES[paper],
            show_quiz=answer_key != "only",
            show_key=answer_key != "omit",
            header=header,
            with_article=with_article,
            footer=footer,
        )
    except jinja2.TemplateSyntaxError as err:
        raise InputError(f"{err.filename or err.name}:{err.lineno}: template error: {err.message}") from None
    except jinja2.TemplateError as err:
        where = f"{templates}: " if templates is not None else ""
        raise InputError(f"{where}template error: {err.message or err.__class__.__name__}") from None


def _sources(results: Sequence[ArticleResult], with_article: bool = False) -> list[Source]:
    return [Source(r.article.title, r.article.source, paragraphs(r.article.text) if with_article else ())
            for r in results]


def paragraphs(text: str) -> tuple[str, ...]:
    """An article's paragraphs as printed: one per non-blank line."""
    return tuple(line.strip() for line in text.splitlines() if line.strip())


def render_quiz(results: Sequence[ArticleResult], title: str, templates: Path | None = None,
                limit: int | None = None, *, kinds: Collection[QuestionKind] | None = None, versions: int = 1,
                seed: int = 0, paper: str = "a4", answer_key: str = "include", header: Header = Header(),
                with_article: bool = False) -> str:
    """The quiz page for the articles' results (possibly empty), as an HTML string."""
    forms = make_forms(select_questions(results, kinds, limit), versions, seed)
    return render_forms(forms, title, _sources(results, with_article), templates=templates, paper=paper,
                        answer_key=answer_key, header=header, with_article=with_article)


def _header(settings: ExportSettings) -> Header:
    return Header(settings.class_name, settings.teacher, settings.instructions)


def _settings_forms(results: Sequence[ArticleResult], settings: ExportSettings) -> list[Form]:
    entries = quiz_entries(results, settings.quiz_kinds, settings.quiz_questions)
    return make_forms(entries, settings.versions, settings.seed)


def settings_page(results: Sequence[ArticleResult], settings: ExportSettings) -> str:
    """The quiz page as ``settings`` ask for it; an empty quiz is an error."""
    return render_forms(_settings_forms(results, settings), settings.title,
                        _sources(results, settings.with_article), templates=settings.templates,
                        paper=settings.paper, answer_key=settings.answer_key, header=_header(settings),
                        with_article=settings.with_article)


def settings_parts(results: Sequence[ArticleResult], settings: ExportSettings) -> list[str]:
    """The quiz as a PDF prints it, part by part so each part's pages count from 1: every form's questions,
    then every form's key (as ``settings.answer_key`` asks), each an HTML page of its own."""
    forms = _settings_forms(results, settings)
    several = len(forms) > 1
    sources = _sources(results, settings.with_article)
    parts: list[tuple[Form, str, str]] = []
    if settings.answer_key != "only":
        parts += [(form, "omit", f"Form {form.letter}" if several else "") for form in forms]
    if settings.answer_key != "omit":
        parts += [(form, "only", f"Answer key · Form {form.letter}" if several else "Answer key") for form in forms]
    return [render_forms([form], settings.title, sources, templates=settings.templates, paper=settings.paper,
                         answer_key=mode, header=_header(settings), with_article=settings.with_article,
                         footer=label, several=several)
            for form, mode, label in parts]


def export(results: Sequence[ArticleResult], settings: ExportSettings, path: Path) -> None:
    """Write the quiz page to ``path``."""
    path.write_text(settings_page(results, settings), encoding="utf-8")
