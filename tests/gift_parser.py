"""A strict GIFT reader for tests, following Moodle's own importer (question/format/gift/format.php).

Why not PyPI's ``pygiftparser`` (1.1, the only GIFT parser there): its answer pattern
``^(?P<head>.*[^\\\\]){`` takes the *last* unescaped ``{`` where Moodle takes the first, it never turns
``\\\\`` back into ``\\``, and its ``$CATEGORY`` pattern stops at the first ``-``. It would disagree with
Moodle on exactly the text this test is about.

This reader does what Moodle does for the question types quizgen writes (category, multichoice,
truefalse, shortanswer) and raises ``GiftError`` wherever Moodle would guess or fail: a second
unescaped brace, a missing name, feedback or weights we never write, an unknown escape.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

_ESCAPES = {"\\:": ":", "\\#": "#", "\\=": "=", "\\{": "{", "\\}": "}", "\\~": "~", "\\n": "\n"}
_FORMATS = ("moodle", "html", "plain", "markdown")


class GiftError(ValueError):
    """Text Moodle would reject or read differently from what was meant."""


@dataclass
class GiftQuestion:
    qtype: str
    name: str
    text: str
    text_format: str
    answers: list[tuple[str, int]] = field(default_factory=list)  # (answer, fraction in %)
    general_feedback: str = ""
    category: str = ""


def _pre(text: str) -> str:
    """Moodle's escapedchar_pre: escaped specials become private-use placeholders (here: \\uE000 + index)."""
    out, i = [], 0
    specials = list(_ESCAPES)
    while i < len(text):
        pair = text[i:i + 2]
        if pair == "\\\\":
            out.append("\\")
            i += 2
        elif pair in _ESCAPES:
            out.append(chr(0xE000 + specials.index(pair)))
            i += 2
        elif text[i] == "\\":
            raise GiftError(f"unknown escape {pair!r}")
        else:
            out.append(text[i])
            i += 1
    return "".join(out)


def _post(text: str) -> str:
    """Moodle's escapedchar_post: placeholders back to their characters."""
    values = list(_ESCAPES.values())
    return "".join(values[ord(c) - 0xE000] if 0xE000 <= ord(c) < 0xE000 + len(values) else c for c in text)


def _with_format(text: str, default: str) -> tuple[str, str]:
    """Moodle's parse_text_with_format: a leading [format] marker, then placeholders restored, trimmed."""
    fmt = default
    if text.startswith("["):
        end = text.find("]")
        if end > 0 and text[1:end] in _FORMATS:
            fmt, text = text[1:end], text[end + 1:]
    return _post(text).strip(), fmt


def _no_feedback(answer: str) -> str:
    if "#" in answer:
        raise GiftError(f"unexpected answer feedback in {answer!r}")
    if re.match(r"^%-*[0-9]{1,2}\.?[0-9]*%", answer):
        raise GiftError(f"unexpected weight in {answer!r}")
    return answer


def parse_question(block: str) -> GiftQuestion:
    """One question block (comment lines already removed)."""
    text = _pre(block.strip())
    if text.startswith("$CATEGORY:"):
        return GiftQuestion("category", "", "", "", category=text[10:].strip())
    if not text.startswith("::") or "::" not in text[2:]:
        raise GiftError(f"no ::name:: in {block[:60]!r}")
    end = text.index("::", 2)
    name, text = _post(text[2:end]).strip(), text[end + 2:].strip()
    if text.count("{") != 1 or text.count("}") != 1 or text.index("{") > text.index("}"):
        raise GiftError(f"want exactly one unescaped {{…}} answer block in {block[:80]!r}")
    if not text.endswith("}"):
        raise GiftError("the answer block must end the question")
    start = text.index("{")
    answer_text, question_text = text[start + 1:-1].strip(), text[:start]
    general = ""
    if "####" in answer_text:
        cut = answer_text.rindex("####")
        answer_text, general = answer_text[:cut].strip(), answer_text[cut + 4:]
    body, fmt = _with_format(question_text, "moodle")
    feedback, _ = _with_format(general, fmt)
    question = GiftQuestion("", name, body, fmt, general_feedback=feedback)
    if "~" in answer_text:
        question.qtype = "multichoice"
        parts = [p.strip() for p in answer_text.replace("=", "~=").split("~")]
        for part in (p for p in parts if p):
            right = part.startswith("=")
            answer, _ = _with_format(_no_feedback(part[1:] if right else part), fmt)
            question.answers.append((answer, 100 if right else 0))
        if len(question.answers) < 2 or sum(f for _, f in question.answers) != 100:
            raise GiftError(f"multiple choice needs one right and one wrong answer: {block[:80]!r}")
    elif "->" in answer_text:
        raise GiftError("matching questions are not written by quizgen")
    elif answer_text in ("T", "TRUE", "F", "FALSE"):
        question.qtype = "truefalse"
        question.answers = [("true", 100 if answer_text.startswith("T") else 0),
                            ("false", 0 if answer_text.startswith("T") else 100)]
    else:
        question.qtype = "shortanswer"
        parts = [p.strip() for p in answer_text.split("=")]
        if parts and not parts[0]:
            parts.pop(0)
        if not parts or not answer_text.startswith("="):
            raise GiftError(f"short answer without =answer: {answer_text!r}")
        question.answers = [(_with_format(_no_feedback(p), fmt)[0], 100) for p in parts]
    return question


def parse_gift(document: str) -> list[GiftQuestion]:
    """Every block of a GIFT file; blank lines separate blocks, ``//`` lines are comments."""
    questions, block = [], []
    for line in [*document.split("\n"), ""]:
        if line.strip():
            if not line.strip().startswith("//"):
                block.append(line)
            continue
        if block:
            questions.append(parse_question("\n".join(block)))
            block = []
    return questions
