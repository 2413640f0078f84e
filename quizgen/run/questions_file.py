"""The questions file: generated questions as versioned JSON a teacher can edit, and back.

The format is documented in docs/questions-format.md. An article's ``name`` and each question's
``key`` make the Anki note IDs, so they travel through the file unchanged; everything a reader sees
(prompt, answer, choices) may be edited. A reviewed file (``quizgen review``) also keeps the candidates
left out of the deck (``dropped``), the printed quiz's questions in order (``quiz``), the article's text
and the build settings, so ``quizgen build FILE`` gives what the review page exported.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from quizgen.read.article import DEFAULT_MAX_BYTES, Article, decode_text, strip_controls
from quizgen.errors import InputError
from quizgen.export import FORMATS
from quizgen.facts.model import Fact, FactKind
from quizgen.questions.model import ArticleResult
from quizgen.questions.model import Question, QuestionKind

FORMAT = "quizgen-questions"
VERSION = 1
MAX_VERSIONS = 26


@dataclass(frozen=True)
class FileSettings:
    """Build settings a reviewed file carries; ``quizgen build FILE`` uses them unless its options say otherwise."""

    deck: str = ""  # Anki deck name ("" : the article title, or the folder's name for many articles)
    name: str = ""  # output file stem
    title: str = ""  # printed quiz title ("": the deck name)
    class_name: str = ""  # printed on the quiz's Class line
    versions: int = 1
    formats: tuple[str, ...] = ()  # (): the default formats


@dataclass
class ArticleExtras:
    """What a reviewed file adds to an article's entry beyond its deck: dropped candidates with the reason, the
    printed quiz's keys in order (None: quizgen picks), the article's text and its sentences' spans in it."""

    dropped: list[tuple[Question, str]] = field(default_factory=list)
    quiz: list[str] | None = None
    text: str = ""
    sentences: list[tuple[int, int]] = field(default_factory=list)


def question_to_dict(question: Question) -> dict[str, Any]:
    """One question as JSON-ready data."""
    fact = question.fact
    return {
        "key": question.key,
        "kind": question.kind.value,
        "family": question.family,
        "prompt": question.prompt,
        "answer": question.answer,
        "blank": list(question.blank) if question.blank is not None else None,
        "choices": list(question.choices),
        "sentence": fact.sentence,
        "score": round(question.score, 3),
        "fact": {
            "kind": fact.kind.value,
            "answer": fact.answer,
            "start": fact.start,
            "end": fact.end,
            "sentence_index": fact.sentence_index,
            "label": fact.label,
            "topic": fact.topic,
            "anchor": fact.anchor,
            "canonical": fact.canonical,
            "resolved": fact.resolved,
            **({} if fact.standing is None else {"standing": fact.standing}),
            "score": round(fact.score, 3),
        },
    }


def settings_to_dict(settings: FileSettings) -> dict[str, Any]:
    return {"deck": settings.deck, "name": settings.name, "title": settings.title, "class": settings.class_name,
            "versions": settings.versions, "formats": list(settings.formats)}


def article_to_dict(result: ArticleResult, extras: ArticleExtras | None = None) -> dict[str, Any]:
    """One article's entry: its deck's questions, and what a review adds (``extras``)."""
    entry: dict[str, Any] = {
        "name": result.article.name,
        "title": result.article.title,
        "date": result.article.date,
        "source": result.article.source,
        "questions": [question_to_dict(q) for q in result.questions],
    }
    if extras is not None:
        entry["dropped"] = [{**question_to_dict(q), "reason": why} for q, why in extras.dropped]
        if extras.quiz is not None:
            entry["quiz"] = list(extras.quiz)
        if extras.text:
            entry["text"] = extras.text
            entry["sentences"] = [list(span) for span in extras.sentences]
    return entry


def to_document(results: Iterable[ArticleResult], settings: FileSettings | None = None,
                extras: Sequence[ArticleExtras] | None = None) -> dict[str, Any]:
    """The whole questions file as JSON-ready data (``extras``: one per result, from a review)."""
    results = list(results)
    doc: dict[str, Any] = {"format": FORMAT, "version": VERSION}
    if settings is not None:
        doc["settings"] = settings_to_dict(settings)
    doc["articles"] = [article_to_dict(r, extras[n] if extras is not None else None) for n, r in enumerate(results)]
    return doc


def dumps(results: Iterable[ArticleResult], settings: FileSettings | None = None,
          extras: Sequence[ArticleExtras] | None = None) -> str:
    """The questions file's text (UTF-8 JSON, indented for editing)."""
    return json.dumps(to_document(results, settings, extras), ensure_ascii=False, indent=2) + "\n"


_TYPE_NAMES = {str: "a string", int: "a whole number", float: "a number", list: "a list", dict: "an object"}


class _Where:
    """Builds error messages that say where in the file the problem is."""

    def __init__(self, label: str) -> None:
        self.label = label

    def error(self, where: str, problem: str) -> InputError:
        return InputError(f"{self.label}: {where}: {problem}" if where else f"{self.label}: {problem}")


def _get(obj: dict[str, Any], field: str, kind: type | tuple[type, ...], where: str, at: _Where,
         default: Any = ..., empty_ok: bool = True) -> Any:
    if field not in obj or obj[field] is None:
        if default is ...:
            raise at.error(where, f"'{field}' is missing")
        return default
    value = obj[field]
    kinds = kind if isinstance(kind, tuple) else (kind,)
    if isinstance(value, bool) or not isinstance(value, kinds):
        expected = " or ".join(_TYPE_NAMES[t] for t in kinds)
        raise at.error(where, f"'{field}' must be {expected}")
    if isinstance(value, str):
        value = strip_controls(value)  # U+001F would split an Anki field in two
        if not empty_ok and not value.strip():
            raise at.error(where, f"'{field}' must not be empty")
    return value


def _span(text: str, part: str, hint: Any, what: str, where: str, at: _Where) -> tuple[int, int]:
    """Where ``part`` stands in ``text``: at ``hint`` if it is still right, else its only occurrence."""
    if (isinstance(hint, list | tuple) and len(hint) == 2 and all(isinstance(n, int) and not isinstance(n, bool)
                                                                   for n in hint)
            and 0 <= hint[0] < hint[1] <= len(text) and text[hint[0]:hint[1]] == part):
        return hint[0], hint[1]
    first = text.find(part)
    if first < 0:
        raise at.error(where, f"the answer {part!r} does not appear in the {what}")
    if text.find(part, first + 1) >= 0:
        raise at.error(where, f"the answer {part!r} appears more than once in the {what}; give its "
                              f"position as \"blank\": [start, end]")
    return first, first + len(part)


def _kind(enum: type[FactKind] | type[QuestionKind], value: str, where: str, at: _Where):
    """The enum member named ``value``, or a one-line error listing the known ones."""
    try:
        return enum(value)
    except ValueError:
        raise at.error(where, f"unknown kind {value!r} (one of {', '.join(k.value for k in enum)})") from None


def _fact(data: dict[str, Any], sentence: str, where: str, at: _Where) -> Fact:
    fact = _get(data, "fact", dict, where, at)
    fwhere = f"{where}, fact"
    kind = _kind(FactKind, _get(fact, "kind", str, fwhere, at), fwhere, at)
    answer = _get(fact, "answer", str, fwhere, at, empty_ok=False)
    hint = [fact.get("start"), fact.get("end")]
    start, end = _span(sentence, answer, hint, "sentence", fwhere, at)
    return Fact(kind=kind, answer=answer, sentence=sentence, start=start, end=end,
                sentence_index=_get(fact, "sentence_index", int, fwhere, at, default=0),
                label=_get(fact, "label", str, fwhere, at, default=""),
                topic=_get(fact, "topic", str, fwhere, at, default=""),
                anchor=_get(fact, "anchor", str, fwhere, at, default=""),
                score=float(_get(fact, "score", (int, float), fwhere, at, default=0.0)),
                canonical=_get(fact, "canonical", str, fwhere, at, default=""),
                resolved=_get(fact, "resolved", str, fwhere, at, default=""),
                standing=_get(fact, "standing", str, fwhere, at, default=None),
                parse=None)


def question_from_dict(data: Any, where: str, at: _Where) -> Question:
    """Rebuild a ``Question`` (and a minimal ``Fact``, without a parse) from its stored form, checking it."""
    if not isinstance(data, dict):
        raise at.error(where, "must be an object")
    key = _get(data, "key", str, where, at, empty_ok=False)
    where = f"{where} ({key})"
    kind = _kind(QuestionKind, _get(data, "kind", str, where, at), where, at)
    prompt = _get(data, "prompt", str, where, at, empty_ok=False)
    answer = _get(data, "answer", str, where, at, empty_ok=False)
    choices = [strip_controls(c) if isinstance(c, str) else c for c in _get(data, "choices", list, where, at, default=[])]
    if not all(isinstance(c, str) and c.strip() for c in choices):
        raise at.error(where, "'choices' must be a list of non-empty strings")
    if kind is QuestionKind.MULTIPLE_CHOICE:
        if len(choices) < 2 or answer not in choices:
            raise at.error(where, "a multiple-choice question needs at least two 'choices', one equal to 'answer'")
        if len(choices) > 8 or len(set(choices)) != len(choices):
            raise at.error(where, "'choices' must be at most 8 different strings")
    blank = None
    if kind is QuestionKind.CLOZE or (kind is QuestionKind.MULTIPLE_CHOICE and data.get("blank") is not None):
        blank = _span(prompt, answer, data.get("blank"), "prompt", where, at)
    sentence = _get(data, "sentence", str, where, at, default=prompt, empty_ok=False)
    return Question(kind=kind, prompt=prompt, answer=answer, fact=_fact(data, sentence, where, at), key=key,
                    blank=blank, choices=tuple(choices),
                    score=float(_get(data, "score", (int, float), where, at, default=0.0)),
                    family=_get(data, "family", str, where, at, default="cloze"))


def _settings(doc: dict[str, Any], at: _Where) -> FileSettings:
    data = _get(doc, "settings", dict, "", at, default={})
    where = "settings"
    versions = _get(data, "versions", int, where, at, default=1)
    if not 1 <= versions <= MAX_VERSIONS:
        raise at.error(where, f"'versions' must be between 1 and {MAX_VERSIONS}")
    formats = _get(data, "formats", list, where, at, default=[])
    unknown = [f for f in formats if f not in FORMATS]
    if unknown:
        raise at.error(where, f"unknown format {unknown[0]!r} (one of {', '.join(FORMATS)})")
    return FileSettings(deck=_get(data, "deck", str, where, at, default="").strip(),
                        name=_get(data, "name", str, where, at, default="").strip(),
                        title=_get(data, "title", str, where, at, default="").strip(),
                        class_name=_get(data, "class", str, where, at, default="").strip(),
                        versions=versions, formats=tuple(dict.fromkeys(formats)))


def _extras(entry: dict[str, Any], by_key: dict[str, Question], where: str, at: _Where) -> ArticleExtras:
    items = _get(entry, "dropped", list, where, at, default=[])
    dropped = []
    for i, item in enumerate(items, 1):
        question = question_from_dict(item, f"{where}, dropped {i}", at)
        if question.key in by_key:
            raise at.error(where, f"the key {question.key!r} is used twice (keys make the Anki note IDs)")
        by_key[question.key] = question
        dropped.append((question, _get(item, "reason", str, f"{where}, dropped {i}", at, default="")))
    quiz = _get(entry, "quiz", list, where, at, default=None)
    if quiz is not None:
        unknown = next((k for k in quiz if not isinstance(k, str) or k not in by_key), None)
        if unknown is not None:
            raise at.error(where, f"'quiz' names {unknown!r}, which is not one of the article's questions")
        quiz = list(dict.fromkeys(quiz))
    text = _get(entry, "text", str, where, at, default="")
    sentences = []
    for span in _get(entry, "sentences", list, where, at, default=[]):
        if not (isinstance(span, list) and len(span) == 2 and all(type(n) is int for n in span)
                and 0 <= span[0] <= span[1] <= len(text)):
            raise at.error(where, "'sentences' must be [start, end] spans of 'text'")
        sentences.append((span[0], span[1]))
    return ArticleExtras(dropped=dropped, quiz=quiz, text=text, sentences=sentences)


def read_document(doc: Any, label: str) -> tuple[list[ArticleResult], FileSettings, list[ArticleExtras]]:
    """Check a parsed questions file: its articles' results, its settings and each article's review extras."""
    at = _Where(label)
    if not isinstance(doc, dict) or doc.get("format") != FORMAT:
        raise at.error("", f"not a quizgen questions file (expected \"format\": \"{FORMAT}\")")
    version = doc.get("version")
    if version != VERSION:
        raise at.error("", f"questions file version {version!r} is not supported (this quizgen reads version {VERSION})")
    settings = _settings(doc, at)
    articles = _get(doc, "articles", list, "", at)
    results, all_extras, names = [], [], set()
    for n, entry in enumerate(articles, 1):
        where = f"article {n}"
        if not isinstance(entry, dict):
            raise at.error(where, "must be an object")
        name = _get(entry, "name", str, where, at, empty_ok=False)
        if name in names:
            raise at.error(where, f"the name {name!r} is used twice (names make the Anki note IDs)")
        names.add(name)
        title = _get(entry, "title", str, where, at, default="") or name
        items = _get(entry, "questions", list, where, at)
        questions = [question_from_dict(q, f"{where}, question {i}", at) for i, q in enumerate(items, 1)]
        keys = [q.key for q in questions]
        duplicate = next((k for k in keys if keys.count(k) > 1), None)
        if duplicate is not None:
            raise at.error(where, f"the key {duplicate!r} is used twice (keys make the Anki note IDs)")
        by_key = {q.key: q for q in questions}
        extras = _extras(entry, by_key, where, at)
        facts = tuple(dict.fromkeys(q.fact for q in by_key.values()))
        article = Article(text=extras.text, title=title, name=name,
                          date=_get(entry, "date", str, where, at, default=""),
                          source=_get(entry, "source", str, where, at, default=""))
        quiz = tuple(by_key[k] for k in extras.quiz) if extras.quiz is not None else None
        candidates = tuple(by_key.values()) if extras.dropped else ()
        results.append(ArticleResult(article=article, facts=facts, questions=tuple(questions),
                                     candidates=candidates, quiz=quiz))
        all_extras.append(extras)
    return results, settings, all_extras


def from_document(doc: Any, label: str) -> list[ArticleResult]:
    """Check a parsed questions file and rebuild its articles' results."""
    return read_document(doc, label)[0]


def load_questions(path: str | Path, max_bytes: int = DEFAULT_MAX_BYTES) -> list[ArticleResult]:
    """Read and check a questions file; any problem is an ``InputError`` naming where it is."""
    return load_document(path, max_bytes)[0]


def load_document(path: str | Path, max_bytes: int = DEFAULT_MAX_BYTES
                  ) -> tuple[list[ArticleResult], FileSettings, list[ArticleExtras]]:
    """Read and check a questions file: results, settings and review extras (see ``read_document``)."""
    label = str(path)
    file = Path(path)
    try:
        if file.stat().st_size > max_bytes:
            raise InputError(f"{label}: larger than the {max_bytes:,}-byte limit (raise it with --max-bytes)")
        data = file.read_bytes()
    except FileNotFoundError:
        raise InputError(f"{label}: no such file") from None
    except OSError as exc:
        raise InputError(f"{label}: cannot read ({exc.strerror or exc})") from None
    text = decode_text(data, label)
    if not text.strip():
        raise InputError(f"{label}: the questions file is empty")
    try:
        doc = json.loads(text)
    except json.JSONDecodeError as exc:
        raise InputError(f"{label}: not valid JSON (line {exc.lineno}, column {exc.colno}: {exc.msg})") from None
    return read_document(doc, label)
