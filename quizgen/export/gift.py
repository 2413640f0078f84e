"""Moodle GIFT exporter: the quiz's questions as a GIFT question bank file (import in Moodle as GIFT).

Escaping follows Moodle's own parser (question/format/gift/format.php): ``\\ ~ = # { } :`` take a
backslash and a newline is written ``\\n``, in names, texts, answers and feedback alike. Every text is
marked ``[plain]`` so article text is shown as written, never run as HTML.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from quizgen.export import ExportSettings
from quizgen.questions.model import ArticleResult
from quizgen.questions.model import Question, QuestionKind
from quizgen.export.quiz import QuizEntry, quiz_entries

SUFFIX = ".gift.txt"  # Moodle's importer only takes GIFT from a .txt (text/plain) file
_SPECIAL = str.maketrans({"\\": "\\\\", "~": "\\~", "=": "\\=", "#": "\\#", "{": "\\{", "}": "\\}", ":": "\\:",
                          "\n": "\\n", "\r": ""})
NAME_WORDS = 8


def escape(text: str) -> str:
    """``text`` safe anywhere in a GIFT question."""
    return text.translate(_SPECIAL)


def shortanswer_escape(answer: str) -> str:
    """A short-answer answer: Moodle reads ``*`` as a wildcard there, ``\\*`` as a star."""
    return escape(answer.replace("*", "\\*"))


def question_name(number: int, question: Question) -> str:
    """A readable name for Moodle's question bank: number and the prompt's first words."""
    words = question.shown_prompt("…").split()
    head = " ".join(words[:NAME_WORDS]) + (" …" if len(words) > NAME_WORDS else "")
    return f"{number:02d} {head}"


def answer_block(question: Question) -> str:
    """The ``{…}`` part: the answers, then the source sentence as general feedback."""
    feedback = f"####[plain]{escape('Source: ' + question.source)}"
    if question.kind is QuestionKind.MULTIPLE_CHOICE:
        options = " ".join(("=" if choice == question.answer else "~") + escape(choice) for choice in question.choices)
        return "{" + options + " " + feedback + "}"
    if question.kind is QuestionKind.TRUE_FALSE:
        return "{" + ("TRUE" if question.answer.strip().lower() == "true" else "FALSE") + feedback + "}"
    return "{=" + shortanswer_escape(question.answer) + " " + feedback + "}"


def gift_question(number: int, question: Question, story: str = "") -> str:
    """One question as one GIFT line: ``::name::[plain]text{answers}``, the story line on its own line of the text."""
    text = question.shown_prompt("_____")  # a cloze carries its own blank; answers follow the text
    text += f"\n{story}" if story else ""
    return f"::{escape(question_name(number, question))}::[plain]{escape(text)}{answer_block(question)}"


def gift_document(entries: Sequence[QuizEntry]) -> str:
    """The whole file: a category per article, then its questions, blank lines between blocks."""
    blocks, article = ["// Written by quizgen. Import in Moodle: Question bank → Import → GIFT format."], None
    for number, entry in enumerate(entries, start=1):
        if entry.article_name != article:
            article = entry.article_name
            blocks.append(f"$CATEGORY: $course$/quizgen/{article}")
        blocks.append(gift_question(number, entry.question, entry.story))
    return "\n\n".join(blocks) + "\n"


def export(results: Sequence[ArticleResult], settings: ExportSettings, path: Path) -> None:
    """Write the quiz's questions (``--kinds``, ``--questions``) as GIFT."""
    entries = quiz_entries(results, settings.quiz_kinds, settings.quiz_questions)
    path.write_text(gift_document(entries), encoding="utf-8")
