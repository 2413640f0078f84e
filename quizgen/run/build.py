"""The library's front door: read articles, run the stages, write the outputs."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING

from quizgen.read.article import DEFAULT_MAX_BYTES, Article, slugify, title_from_name
from quizgen.run.atomic import StagedOutputs, staged_outputs
from quizgen.errors import InputError, NoFactsError, OutputError, UsageError
from quizgen.export import DEFAULT_FORMATS, ExportSettings, exporter, output_names
from quizgen.run.gc_tuning import fewer_collections
from quizgen.nlp.load import load_pipeline
from quizgen.questions.model import ArticleResult
from quizgen.run.component import analyse
from quizgen.questions.model import QuestionKind
from quizgen.read.language import detect_language
from quizgen.read.sources import Source, discover, iter_articles, same_stem
from quizgen.run.questions_file import FileSettings

if TYPE_CHECKING:
    from spacy.language import Language

_PLAIN_NAME = re.compile(r"^[\w][\w .-]*$")
DEFAULT_NAME = "quizgen"

# Called after each article with (articles done, articles in all, the article's title); and, as ``parsing``,
# while a long article is parsed in batches, with (steps done, steps in all, its title).
Progress = Callable[[int, int, str], None]


@dataclass
class BuildReport:
    """What a build produced."""

    results: list[ArticleResult] = field(default_factory=list)
    written: list[Path] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)  # inputs left out: no usable facts
    held_back: list[str] = field(default_factory=list)  # inputs left out: every card held back (``NO_DECK``)
    left_out: list[str] = field(default_factory=list)  # inputs left out, each with its reason ("LABEL: why")
    doubles: list[str] = field(default_factory=list)  # inputs that look like one article twice, as a sentence each
    undated: list[str] = field(default_factory=list)  # inputs read with no date, built or held back (``UNDATED``)

    @property
    def facts(self) -> int:
        return sum(len(r.facts) for r in self.results)

    @property
    def questions(self) -> int:
        return sum(len(r.questions) for r in self.results)


def check_name(name: str) -> str:
    """``name`` if it is a plain file name (no folders, no ``..``), else an ``OutputError``."""
    if not _PLAIN_NAME.match(name) or ".." in name:
        raise OutputError(f"--name {name!r}: must be a plain file name (letters, digits, '-', '_', '.', spaces)")
    return name


@dataclass
class Inputs:
    """Discovered inputs and a lazy stream of their results (each article read and parsed only when reached)."""

    sources: list[Source]
    results: Iterator[tuple[str, ArticleResult]]  # (input label, result)
    total: int  # articles expected (questions files count as one until read)
    left_out: list[str] = field(default_factory=list)  # "LABEL: reason" for articles not analysed
    settings: FileSettings | None = None  # a single questions file's build settings, once it has been read
    doubles: list[str] = field(default_factory=list)  # files that look like one article saved twice


def open_inputs(paths: Sequence[str], *, title: str | None = None, name: str | None = None,
                date: str | None = None, max_bytes: int = DEFAULT_MAX_BYTES, model: str | None = None,
                nlp: Language | None = None, jobs: int = 1, cards: int | None = 0, strict: bool = False,
                parsing: Progress | None = None) -> Inputs:
    """Discover ``paths`` and stream their results: articles through the pipeline, or reviewed questions files.

    A long article is parsed in paragraph batches (no length limit but ``max_bytes``); ``parsing`` follows them."""
    sources = discover(paths)
    questions_files = [s for s in sources if s.is_questions_file]
    if questions_files:
        if len(questions_files) != len(sources):
            raise UsageError("a questions file (.json) cannot be mixed with articles in one run")
        reviewed, settings = _reviewed(questions_files, title, max_bytes)
        return Inputs(sources, iter(reviewed), len(sources), settings=settings)
    single = len(sources) == 1
    labels: list[str] = []
    left_out: list[str] = []

    def leave_out(why: str) -> None:
        """An article that cannot be used: the run's error when it is the only one or ``strict``, else a warning."""
        if single or strict:
            raise InputError(why)
        left_out.append(why)

    def unreadable(source: Source, err: InputError) -> None:
        leave_out(str(err))

    def articles(lang: str) -> Iterator[Article]:
        for source, article in iter_articles(sources, title=title if single else None, name=name if single else None,
                                             date=date, max_bytes=max_bytes, unreadable=unreadable):
            found = detect_language(article.text)
            if found is not None and found.code != lang:
                leave_out(f"{source.label}: quizgen reads {_LANGUAGES.get(lang, lang)} articles; "
                          f"this one looks like {found.name}")
                continue
            labels.append(source.label)
            yield article

    def results() -> Iterator[tuple[str, ArticleResult]]:
        pipeline = nlp if nlp is not None else load_pipeline(model)
        batches = None if parsing is None else lambda article, done, total: parsing(done, total, article.title)
        # in a run of several articles, a fault of ours on one leaves that one out, not the run's other decks
        for n, result in enumerate(analyse(pipeline, articles(pipeline.lang), n_process=jobs, cards=cards,
                                           progress=batches, keep_going=not (single or strict))):
            if result.fault:
                leave_out(f"{labels[n]}: internal error ({result.fault}). This is a bug: please "
                          "report it with the article (QUIZGEN_DEBUG=1 shows where)")
                continue
            yield labels[n], result

    doubles = [f"{' and '.join(s.label for s in group)}: one name, different file types; both are built, "
               "as if they were different articles" for group in same_stem(sources)]
    return Inputs(sources, results(), len(sources), left_out, doubles=doubles)


_LANGUAGES = {"en": "English", "fr": "French", "de": "German", "es": "Spanish", "it": "Italian", "nl": "Dutch",
              "pt": "Portuguese"}


def _reviewed(sources: Sequence[Source], title: str | None,
              max_bytes: int) -> tuple[list[tuple[str, ArticleResult]], FileSettings | None]:
    """Every article of the questions files, checked, and the settings of the file when there is one."""
    from quizgen.run.questions_file import load_document

    names: set[str] = set()
    reviewed, settings = [], None
    for source in sources:
        results, settings, _ = load_document(source.location, max_bytes)
        for result in results:
            if result.article.name in names:
                raise UsageError(f"{source.label}: article {result.article.name!r} is also in another questions file")
            names.add(result.article.name)
            if title and len(sources) == 1 and len(results) == 1:
                result = replace(result, article=replace(result.article, title=title))
            reviewed.append((source.label, result))
    return reviewed, settings if len(sources) == 1 else None


def _collection_name(paths: Sequence[str]) -> tuple[str, str]:
    """(file stem, deck name) for a many-article build: the folder's when one folder was given."""
    if len(paths) == 1 and Path(paths[0]).is_dir():
        folder = Path(paths[0]).resolve().name
        return slugify(folder), title_from_name(folder)
    return DEFAULT_NAME, DEFAULT_NAME


_HELD_BACK = "held back as trivia or as needing the article"
_KEEPS = "(--all-cards keeps them)"
# a deck of one fill-in card alone is none either (``ranking.lone_fill_in``)
NO_DECK = (f"no card worth a deck: every candidate is {_HELD_BACK}, or the only one left is a fill-in card "
           f"{_KEEPS}")
# an article with no date makes fewer cards: nothing on what holds "now", and a role asked only "at the time of the
# story" under its headline (set AE, 24 news articles read as text, rated blind: 37 good cards of 83 without their
# dates, 66 of 117 with them)
UNDATED = ("no date found, so cards on what holds now are left out and roles are asked at the time of the story: "
           "give one with a 'date:' line at the top of the file, or build's --date YYYY-MM-DD")


def _no_facts(label: str) -> NoFactsError:
    return NoFactsError(f"{label}: no usable facts found: nothing to quiz on")


def _nothing_built(report: BuildReport) -> NoFactsError:
    """The error of a build that kept no article: the article's own reason when one was left out, else one line
    for all of them, saying why each was (no usable facts, or every card held back)."""
    if len(report.held_back) == 1 and not report.skipped:
        undated = f"; {UNDATED}" if report.undated else ""
        return NoFactsError(f"{report.held_back[0]}: {NO_DECK}{undated}")
    if not report.held_back:
        return _no_facts(report.skipped[0] if len(report.skipped) == 1 else "the articles")
    return NoFactsError(f"the articles: no deck: {len(report.skipped)} with no usable facts, {len(report.held_back)} "
                        f"with every candidate {_HELD_BACK} or one fill-in card left {_KEEPS}")


def build(paths: Sequence[str], out: Path, *, deck: str | None = None, title: str | None = None,
          name: str | None = None, model: str | None = None, nlp: Language | None = None,
          date: str | None = None, max_bytes: int = DEFAULT_MAX_BYTES,
          formats: Sequence[str] | None = None, split: bool = False,
          progress: Progress | None = None, quiz_questions: int | None = None,
          kinds: Sequence[QuestionKind] | None = None, versions: int | None = None, seed: int = 0, paper: str = "a4",
          answer_key: str = "include", templates: Path | None = None, jobs: int = 1,
          cards: int | None = 0, strict: bool = False, class_name: str = "", teacher: str = "",
          instructions: str = "", with_article: bool = False, parsing: Progress | None = None) -> BuildReport:
    """Build an ``.apkg`` deck and an HTML quiz from the articles at ``paths`` into ``out``.

    ``paths`` may name article files, folders, URLs, ``-`` (stdin) or reviewed questions files (.json).
    Many articles make one deck with a subdeck per article, or with ``split`` a deck and quiz each.
    Nothing is written unless every output is complete. ``kinds`` and ``quiz_questions`` choose the
    quiz's questions (every format but the deck); ``versions``, ``seed``, ``paper`` and ``answer_key``
    shape the printed quiz (see ``ExportSettings``). ``jobs`` processes parse and question the articles.
    ``cards``: the deck's size per article (0: by the article's length; None: every kept question).
    A reviewed questions file's settings (deck, name, quiz title and class, versions, formats) fill in
    whatever is not given here (None); ``formats`` defaults to ``DEFAULT_FORMATS``, ``versions`` to 1.
    ``class_name``, ``teacher``, ``instructions`` and ``with_article`` fill the printed quiz's header and body.
    ``progress`` is called after each article, ``parsing`` as a long article's paragraph batches are parsed.
    """
    if name is not None:
        check_name(name)
        if split:
            raise UsageError("--name cannot be used with --split (each article's outputs take its own name)")
    inputs = open_inputs(paths, title=title, name=name, date=date, max_bytes=max_bytes, model=model, nlp=nlp,
                         jobs=jobs, cards=cards, strict=strict, parsing=parsing)
    file = inputs.settings or FileSettings()
    deck, name = deck or file.deck or None, name or file.name or None
    if name is not None and not split:
        check_name(name)
    formats = formats or file.formats or DEFAULT_FORMATS
    quiz = dict(templates=templates, quiz_questions=quiz_questions, quiz_kinds=tuple(kinds) if kinds else None,
                versions=versions or file.versions, seed=seed, paper=paper, answer_key=answer_key,
                class_name=class_name or file.class_name, teacher=teacher, instructions=instructions,
                with_article=with_article)
    report = BuildReport()
    kept: list[ArticleResult] = []
    reviewed = any(source.is_questions_file for source in inputs.sources)  # its cards are chosen: no date to give
    with staged_outputs(out) as stage, fewer_collections():
        for done, (label, result) in enumerate(inputs.results, 1):
            if progress is not None:
                progress(done, max(inputs.total, done), result.article.title)
            if not result.article.date and result.candidates and not reviewed:
                report.undated.append(label)
            if not result.questions:  # a deck cannot be held-back cards alone; every card (--all-cards) can
                (report.held_back if result.candidates else report.skipped).append(label)
                continue
            if split:  # each article's files are staged as soon as it is ready, then its questions let go
                report.written += _export(stage, out, [result], result.article.name,
                                          _split_settings(deck, result, quiz), formats)
                result = replace(result, candidates=())
            else:
                kept.append(result)
            report.results.append(result)
        report.left_out, report.doubles = inputs.left_out, inputs.doubles
        if not report.results and not report.skipped and not report.held_back and report.left_out:
            raise InputError(f"no article left to build ({len(report.left_out)} left out): {report.left_out[0]}")
        if not report.results:
            raise _nothing_built(report)
        if not split:
            many = len(kept) > 1 or inputs.total > 1
            if not many:
                stem = name or kept[0].article.name
                deck_name = deck or kept[0].article.title
            else:
                default_stem, default_deck = _collection_name(paths)
                stem, deck_name = name or default_stem, deck or default_deck
            settings = ExportSettings(title=file.title or deck_name, deck_name=deck_name, subdecks=many, **quiz)
            report.written = _export(stage, out, kept, stem, settings, formats)
    return report


def _split_settings(deck: str | None, result: ArticleResult, quiz: dict) -> ExportSettings:
    title = result.article.title
    if deck:  # "Deck::Article title"
        return ExportSettings(title=title, deck_name=deck, subdecks=True, **quiz)
    return ExportSettings(title=title, deck_name=title, subdecks=False, **quiz)


def _export(stage: StagedOutputs, out: Path, results: list[ArticleResult], stem: str, settings: ExportSettings,
            formats: Sequence[str]) -> list[Path]:
    names = output_names(stem, formats)
    for fmt, filename in names.items():
        exporter(fmt).export(results, replace(settings, previous=out / filename), stage.path(filename))
    return [out / filename for filename in names.values()]


def generate_questions_file(paths: Sequence[str], *, title: str | None = None, model: str | None = None,
                            nlp: Language | None = None, date: str | None = None,
                            max_bytes: int = DEFAULT_MAX_BYTES, progress: Progress | None = None,
                            jobs: int = 1, parsing: Progress | None = None,
                            cards: int | None = 0) -> tuple[str, BuildReport]:
    """The questions file's text (docs/questions-format.md) for the articles at ``paths``, and what went in it:
    the deck ``build`` would make (``cards`` as there) in ``questions``, the other candidates in ``dropped``."""
    from quizgen.export.quiz import select_questions
    from quizgen.questions.reasons import candidates_with_reasons
    from quizgen.run.questions_file import ArticleExtras, dumps

    # the deck a build of the articles makes, so a build of the file unedited makes the same one
    inputs = open_inputs(paths, title=title, date=date, max_bytes=max_bytes, model=model, nlp=nlp, jobs=jobs,
                         cards=cards, parsing=parsing)
    report = BuildReport(left_out=inputs.left_out, doubles=inputs.doubles)
    for done, (label, result) in enumerate(inputs.results, 1):
        if progress is not None:
            progress(done, max(inputs.total, done), result.article.title)
        if not result.article.date and result.candidates:
            report.undated.append(label)
        if result.questions:
            report.results.append(result)
        else:  # as a build says it: every candidate held back (--all-cards keeps them), or no usable facts
            (report.held_back if result.candidates else report.skipped).append(label)
    if not report.results and not report.skipped and not report.held_back and report.left_out:
        raise InputError(f"no article left to build ({len(report.left_out)} left out): {report.left_out[0]}")
    if not report.results:
        raise _nothing_built(report)
    settings = None
    if len(report.results) > 1 or inputs.total > 1:  # a build of the file would not know the folder's name
        name, deck = _collection_name(paths)
        settings = FileSettings(deck=deck, name=name)
    # the other candidates too (true/false statements among them), each with why it is not in the deck, and the
    # printed quiz a build of the article would pick (from the candidates the ranker would keep; the file alone
    # cannot tell which those are), so a build of the file prints the same quiz
    extras = [ArticleExtras(dropped=[(q, why) for q, in_deck, why in candidates_with_reasons(r)[0] if not in_deck],
                            quiz=[e.question.key for e in select_questions([r])])
              for r in report.results]
    return dumps(report.results, settings, extras), report


def write_questions_file(paths: Sequence[str], output: Path, **options) -> BuildReport:
    """Write the questions file for ``paths`` to ``output`` (atomically; an existing file survives a failure)."""
    filename = output.name
    if not filename or filename in (".", ".."):
        raise OutputError(f"{output}: not a file name")
    text, report = generate_questions_file(paths, **options)
    folder = output.parent
    with staged_outputs(folder) as stage:
        stage.path(filename).write_text(text, encoding="utf-8")
    report.written = [output]
    return report
