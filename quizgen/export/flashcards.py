"""Flashcard exporter (format ``csv``): tab-separated ``front, back, tags`` rows for Anki's and Quizlet's importers.

Tabs, not commas: article sentences are full of commas, and Quizlet's importer does not understand quoted
fields, while no tab survives in our texts (white space is folded to single spaces). There is no header row.
Anki reads a row that starts with ``#`` as a comment and a field that starts with ``"`` as quoted, so only
such fields are quoted (``"…"``, inner quotes doubled); every other field is written as is.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from pathlib import Path

from quizgen.export import ExportSettings
from quizgen.questions.model import ArticleResult
from quizgen.questions.model import Question, QuestionKind
from quizgen.export.quiz import LETTERS, QuizEntry, quiz_entries

SUFFIX = ".tsv"
COLUMNS = ("front", "back", "tags")
_SPACE = re.compile(r"[\s\x00-\x1f\x7f]+")


def clean(text: str) -> str:
    """One line of text: tabs, newlines and control characters folded into single spaces."""
    return _SPACE.sub(" ", text).strip()


def field(text: str, first: bool = False) -> str:
    """A cleaned field, quoted only where Anki would misread it."""
    text = clean(text)
    if text.startswith('"') or (first and text.startswith("#")):
        return '"' + text.replace('"', '""') + '"'
    return text


def front(question: Question) -> str:
    """What the card asks."""
    if question.kind is QuestionKind.MULTIPLE_CHOICE:
        options = " ".join(f"({LETTERS[i]}) {choice}" for i, choice in enumerate(question.choices))
        return f"{question.shown_prompt()} {options}"
    if question.kind is QuestionKind.TRUE_FALSE:
        return f"True or false: {question.shown_prompt()}"
    return question.shown_prompt("_____")


def back(question: Question) -> str:
    """The answer, with its letter for multiple choice."""
    if question.kind is QuestionKind.MULTIPLE_CHOICE and question.answer in question.choices:
        return f"({LETTERS[question.choices.index(question.answer)]}) {question.answer}"
    return question.answer


def tags(entry: QuizEntry) -> str:
    """Space-separated tags, the same as the Anki deck's."""
    question = entry.question
    return " ".join(["quizgen", f"quizgen::{question.fact.kind.value}", f"quizgen::{question.kind.value}",
                     f"article::{entry.article_name}"])


def rows(entries: Sequence[QuizEntry]) -> list[tuple[str, str, str]]:
    """The rows as plain (front, back, tags) strings, before quoting."""
    return [(clean(front(e.question)), clean(back(e.question)), tags(e)) for e in entries]


def tsv_document(entries: Sequence[QuizEntry]) -> str:
    """The whole file."""
    return "".join(f"{field(f, first=True)}\t{field(b)}\t{field(t)}\n" for f, b, t in rows(entries))


def export(results: Sequence[ArticleResult], settings: ExportSettings, path: Path) -> None:
    """Write the quiz's questions (``--kinds``, ``--questions``) as tab-separated flashcards."""
    entries = quiz_entries(results, settings.quiz_kinds, settings.quiz_questions)
    path.write_text(tsv_document(entries), encoding="utf-8", newline="\n")
