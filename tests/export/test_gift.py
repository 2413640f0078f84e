"""GIFT: every special character survives a strict, Moodle-faithful re-parse."""

from __future__ import annotations

import pytest

from quizgen.export.gift import escape, gift_document, question_name
from quizgen.questions.model import QuestionKind
from quizgen.export.quiz import select_questions
from tests.factory import NASTY, cloze, every_kind, result, short_answer
from tests.gift_parser import GiftError, parse_gift, parse_question

MOODLE_TYPE = {QuestionKind.MULTIPLE_CHOICE: "multichoice", QuestionKind.TRUE_FALSE: "truefalse",
               QuestionKind.SHORT_ANSWER: "shortanswer", QuestionKind.CLOZE: "shortanswer"}


def _nasty_questions():
    questions = every_kind(NASTY + "\nline two")
    questions.append(short_answer("[html]<b>Bold</b> // not a comment: who said {it}?", "Berg {#1} = ~x~ \\o/",
                                  "[html] Berg {#1} = ~x~ \\o/ said it.", 20))
    questions.append(cloze("Stars: *** and a:b {c}.", "***", 21))
    return questions


def test_escape_covers_every_special_character():
    assert escape('\\~=#{}:\n') == '\\\\\\~\\=\\#\\{\\}\\:\\n'
    assert escape("plain text, 50% off!") == "plain text, 50% off!"


def test_every_special_character_round_trips_through_a_strict_parser():
    entries = select_questions([result(_nasty_questions(), name="harbour-news")])
    assert len(entries) == 10
    parsed = parse_gift(gift_document(entries))
    category, *questions = parsed
    assert category.qtype == "category" and category.category == "$course$/quizgen/harbour-news"
    assert len(questions) == len(entries)
    for number, (entry, got) in enumerate(zip(entries, questions), start=1):
        q = entry.question
        assert got.qtype == MOODLE_TYPE[q.kind]
        assert got.name == question_name(number, q)
        assert got.text == q.visible_prompt("_____") and got.text_format == "plain"
        assert got.general_feedback == f"Source: {q.source}"
        if q.kind is QuestionKind.MULTIPLE_CHOICE:
            assert sorted(got.answers) == sorted((c, 100 if c == q.answer else 0) for c in q.choices)
        elif q.kind is QuestionKind.TRUE_FALSE:
            assert dict(got.answers)[q.answer.lower()] == 100
        else:  # Moodle reads "*" in a short answer as a wildcard, "\*" as a star
            assert got.answers == [(q.answer.replace("*", "\\*"), 100)]
    assert any(NASTY.split("\t")[0] in g.text for g in questions)


def test_one_line_per_question_and_blank_lines_between():
    document = gift_document(select_questions([result(_nasty_questions())]))
    blocks = document.strip().split("\n\n")
    assert len(blocks) == 12  # comment, category, 10 questions
    assert all("\n" not in block for block in blocks)


def test_the_strict_parser_rejects_what_moodle_would_misread():
    with pytest.raises(GiftError):
        parse_question("::n::a { b{=c}")  # an unescaped brace in the text
    with pytest.raises(GiftError):
        parse_question("::n::a : b \\q {=c}")  # an escape GIFT does not have
    with pytest.raises(GiftError):
        parse_question("no name{=c}")


def test_seed_gift_parses_to_the_quiz_questions(seed_build):
    report, _ = seed_build
    entries = select_questions(report.results)
    _category, *questions = parse_gift(gift_document(entries))
    assert len(questions) == len(entries) >= 4
    for entry, got in zip(entries, questions):
        q = entry.question
        right = q.answer.lower() if q.kind is QuestionKind.TRUE_FALSE else q.answer
        if MOODLE_TYPE[q.kind] == "shortanswer":
            right = right.replace("*", "\\*")
        assert got.text == q.visible_prompt("_____")
        assert [a for a, fraction in got.answers if fraction == 100] == [right]


def test_question_names_are_the_number_and_the_prompt_first_words():
    long = cloze("Fishermen from the northern coast protested outside City Hall on a cold Friday.", "Friday", 4)
    assert question_name(3, long) == "03 Fishermen from the northern coast protested outside City …"
    assert question_name(12, cloze("Oslo is in Norway.", "Norway", 1)) == "12 Oslo is in …."  # the blank shows as …


def test_the_file_opens_with_its_import_hint():
    document = gift_document(select_questions([result(every_kind())]))
    assert document.startswith("// Written by quizgen. Import in Moodle: Question bank → Import → GIFT format.\n")


def test_a_question_shows_its_story_line_unless_the_headline_gives_the_answer_away():
    """A question-bank question, as an Anki front, ends with its story on a line of its own; where the
    headline holds a word of the answer, the line keeps only the source, or, when the answer is a name, the
    headline with the name blanked (``story_line``'s tests hold the other cases)."""
    questions = [cloze("Mayor Anna Berg opened the harbour in May 2023.", "Anna Berg", 1),
                 cloze("The port authority {hired} 120 new workers.", "120", 2)]
    entries = select_questions([result(questions, title="Berg opens Kvam harbour #1", name="kvam", source="Tidende")])
    got = {q.answers[0][0]: q.text for q in parse_gift(gift_document(entries))[1:]}
    assert got["120"] == "The port authority {hired} _____ new workers.\nFrom “Berg opens Kvam harbour #1” (Tidende)"
    assert got["Anna Berg"] == ("Mayor _____ opened the harbour in May 2023."
                                "\nFrom “_____ opens Kvam harbour #1” (Tidende)")
