"""Moodle XML exporter: the quiz's questions as a Moodle XML question bank file.

Question texts are HTML (article text HTML-escaped) inside CDATA, any ``]]>`` split across two CDATA
sections; plain fields are XML-escaped. Answers are weighted 100 (right) or 0 (wrong).
"""

from __future__ import annotations

import html
import re
from collections.abc import Sequence
from pathlib import Path
from xml.sax.saxutils import escape as xml_escape

from quizgen.export import ExportSettings
from quizgen.export.gift import question_name
from quizgen.questions.model import ArticleResult
from quizgen.questions.model import Question, QuestionKind
from quizgen.export.quiz import POINTS, QuizEntry, quiz_entries

SUFFIX = ".moodle.xml"
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")  # characters XML 1.0 forbids


def xml_safe(text: str) -> str:
    """``text`` without the control characters XML 1.0 cannot hold."""
    return _NOT_XML.sub(" ", text)


def cdata(text: str) -> str:
    """``text`` as CDATA; a ``]]>`` inside is split so the section cannot end early."""
    return "<![CDATA[" + xml_safe(text).replace("]]>", "]]]]><![CDATA[>") + "]]>"


def html_text(text: str) -> str:
    """Untrusted plain text as an HTML ``<text>`` element: HTML-escaped, then wrapped in CDATA."""
    return f"<text>{cdata(html.escape(text, quote=False))}</text>"


def plain_text(text: str) -> str:
    """Plain text as a ``<text>`` element (XML-escaped)."""
    return f"<text>{xml_escape(xml_safe(text))}</text>"


def _answer(fraction: int, body: str, fmt: str = "html") -> str:
    return f'    <answer fraction="{fraction}" format="{fmt}">\n      {body}\n    </answer>'


def question_xml(number: int, question: Question, story: str = "") -> str:
    """One ``<question>`` element; the story line, when given, a paragraph of its own under the question text."""
    text = html.escape(question.shown_prompt("_____"), quote=False)
    text += f'<p class="context"><em>{html.escape(story, quote=False)}</em></p>' if story else ""
    head = [
        f"    <name>{plain_text(question_name(number, question))}</name>",
        f'    <questiontext format="html">\n      <text>{cdata(text)}</text>\n    </questiontext>',
        f'    <generalfeedback format="html">\n      {html_text("Source: " + question.source)}\n    </generalfeedback>',
        f"    <defaultgrade>{POINTS[question.kind]}</defaultgrade>",
    ]
    if question.kind is QuestionKind.MULTIPLE_CHOICE:
        kind = "multichoice"
        body = ["    <single>true</single>", "    <shuffleanswers>true</shuffleanswers>",
                "    <answernumbering>abc</answernumbering>"]
        body += [_answer(100 if choice == question.answer else 0, html_text(choice)) for choice in question.choices]
    elif question.kind is QuestionKind.TRUE_FALSE:
        kind = "truefalse"
        right = question.answer.strip().lower() == "true"
        body = [_answer(100 if right else 0, "<text>true</text>", "moodle_auto_format"),
                _answer(0 if right else 100, "<text>false</text>", "moodle_auto_format")]
    else:
        kind = "shortanswer"
        # Moodle reads "*" in a short answer as a wildcard; "\*" is a literal star.
        body = ["    <usecase>0</usecase>",
                _answer(100, plain_text(question.answer.replace("*", "\\*")), "moodle_auto_format")]
    return f'  <question type="{kind}">\n' + "\n".join(head + body) + "\n  </question>"


def category_xml(article_name: str) -> str:
    """A category switch: the questions after it go to ``quizgen/<article>``."""
    return (f'  <question type="category">\n    <category>{plain_text(f"$course$/quizgen/{article_name}")}'
            "</category>\n  </question>")


def moodle_document(entries: Sequence[QuizEntry]) -> str:
    """The whole file."""
    parts, article = ['<?xml version="1.0" encoding="UTF-8"?>', "<quiz>"], None
    for number, entry in enumerate(entries, start=1):
        if entry.article_name != article:
            article = entry.article_name
            parts.append(category_xml(article))
        parts.append(question_xml(number, entry.question, entry.story))
    parts.append("</quiz>")
    return "\n".join(parts) + "\n"


def export(results: Sequence[ArticleResult], settings: ExportSettings, path: Path) -> None:
    """Write the quiz's questions (``--kinds``, ``--questions``) as Moodle XML."""
    entries = quiz_entries(results, settings.quiz_kinds, settings.quiz_questions)
    path.write_text(moodle_document(entries), encoding="utf-8")
