"""The library's front door: read articles, run the stages, write the outputs."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from quizgen.article import DEFAULT_MAX_BYTES, Article, read_article
from quizgen.atomic import staged_outputs
from quizgen.errors import NoFactsError, OutputError
from quizgen.export import DEFAULT_FORMATS, ExportSettings, exporter, output_names
from quizgen.nlp import load_pipeline
from quizgen.pipeline import ArticleResult, analyse
from quizgen.questions import QuestionKind

if TYPE_CHECKING:
    from spacy.language import Language

_PLAIN_NAME = re.compile(r"^[\w][\w .-]*$")
DEFAULT_NAME = "quizgen"


@dataclass
class BuildReport:
    """What a build produced."""

    results: list[ArticleResult] = field(default_factory=list)
    written: list[Path] = field(default_factory=list)

    @property
    def facts(self) -> int:
        return sum(len(r.facts) for r in self.results)

    @property
    def questions(self) -> int:
        return sum(len(r.questions) for r in self.results)


def output_stem(name: str | None, articles: Sequence[Article]) -> str:
    """The file stem for outputs: ``--name``, else the single article's name."""
    if name is None:
        return articles[0].name if len(articles) == 1 else DEFAULT_NAME
    if not _PLAIN_NAME.match(name) or ".." in name:
        raise OutputError(f"--name {name!r}: must be a plain file name (letters, digits, '-', '_', '.', spaces)")
    return name


def read_articles(paths: Sequence[str], *, title: str | None = None, name: str | None = None,
                  date: str | None = None, max_bytes: int = DEFAULT_MAX_BYTES) -> list[Article]:
    """Read every path; ``title`` and ``name`` apply only when there is one article."""
    single = len(paths) == 1
    return [read_article(p, title=title if single else None, name=name if single else None,
                         date=date, max_bytes=max_bytes) for p in paths]


def build(paths: Sequence[str], out: Path, *, deck: str | None = None, title: str | None = None,
          name: str | None = None, model: str | None = None, nlp: Language | None = None,
          date: str | None = None, max_bytes: int = DEFAULT_MAX_BYTES,
          formats: Sequence[str] = DEFAULT_FORMATS, quiz_questions: int | None = None,
          kinds: Sequence[QuestionKind] | None = None, versions: int = 1, seed: int = 0, paper: str = "a4",
          answer_key: str = "include", templates: Path | None = None) -> BuildReport:
    """Build the ``formats`` (default: an ``.apkg`` deck and an HTML quiz) from the articles at ``paths`` into ``out``.

    ``kinds`` and ``quiz_questions`` choose the quiz's questions (every format but the deck);
    ``versions``, ``seed``, ``paper`` and ``answer_key`` shape the printed quiz (see ``ExportSettings``).
    """
    articles = read_articles(paths, title=title, name=name, date=date, max_bytes=max_bytes)
    stem = output_stem(name, articles)
    nlp = nlp if nlp is not None else load_pipeline(model)
    report = BuildReport(results=list(analyse(nlp, articles)))
    if report.questions == 0:
        raise NoFactsError("no usable facts found: nothing to quiz on" if len(articles) > 1
                           else f"{paths[0]}: no usable facts found: nothing to quiz on")
    deck_name = deck or (articles[0].title if len(articles) == 1 else "quizgen")
    settings = ExportSettings(title=deck_name, deck_name=deck_name, subdecks=len(articles) > 1,
                              templates=templates, quiz_questions=quiz_questions,
                              quiz_kinds=tuple(kinds) if kinds else None, versions=versions, seed=seed,
                              paper=paper, answer_key=answer_key)
    names = output_names(stem, formats)
    with staged_outputs(out) as stage:
        for fmt, filename in names.items():
            exporter(fmt).export(report.results, settings, stage.path(filename))
    report.written = [out / filename for filename in names.values()]
    return report
