"""Exporters: each turns questions into one file format; format syntax lives only in its module.

An exporter is a module with ``SUFFIX`` (the file ending) and ``export(results, settings, path)``.
Adding a format means adding a module and one line to ``FORMATS``; no other exporter changes.
"""

from __future__ import annotations

import importlib
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType

from quizgen.questions.model import QuestionKind

PAPER_SIZES: dict[str, str] = {"a4": "A4", "letter": "letter"}
KEY_MODES: tuple[str, ...] = ("include", "omit", "only")

FORMATS: dict[str, str] = {
    "apkg": "quizgen.export.anki",
    "html": "quizgen.export.html",
    "pdf": "quizgen.export.pdf",
    "gift": "quizgen.export.gift",
    "moodle-xml": "quizgen.export.moodle_xml",
    "csv": "quizgen.export.flashcards",
}
DEFAULT_FORMATS: tuple[str, ...] = ("apkg", "html")


@dataclass(frozen=True)
class ExportSettings:
    """What every exporter may need to know beyond the questions themselves."""

    title: str
    deck_name: str
    subdecks: bool = False
    templates: Path | None = None
    quiz_questions: int | None = None
    quiz_kinds: tuple[QuestionKind, ...] | None = None  # None: every kind
    versions: int = 1
    seed: int = 0
    paper: str = "a4"  # a key of PAPER_SIZES
    answer_key: str = "include"  # one of KEY_MODES: with the quiz, left out, or the key alone
    previous: Path | None = None  # the output this build replaces (an earlier deck: its dropped notes are retired)
    class_name: str = ""  # printed in the quiz header instead of a blank line
    teacher: str = ""
    instructions: str = ""  # replaces the header's "Answer every question."
    with_article: bool = False  # print each article's text before the questions


def exporter(name: str) -> ModuleType:
    """The exporter module for a format name."""
    if name not in FORMATS:
        raise KeyError(name)
    return importlib.import_module(FORMATS[name])


def output_names(stem: str, formats: Sequence[str]) -> dict[str, str]:
    """File name for each format."""
    return {name: f"{stem}{exporter(name).SUFFIX}" for name in formats}
