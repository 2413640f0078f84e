"""Choosing the quiz's questions and shuffling them into forms."""

from __future__ import annotations

from collections import Counter
from dataclasses import replace

import pytest

from quizgen.errors import NoFactsError
from quizgen.questions.model import QuestionKind
from quizgen.export.quiz import KIND_HEADINGS, KIND_INSTRUCTIONS, KIND_ORDER, answer_line_width, make_forms, parse_kinds, quiz_entries, select_questions
from tests.factory import cloze, every_kind, multiple_choice, result


def _keys(form):
    return [item.question.key for item in form.items]


def test_kinds_filter_applies_before_one_question_per_sentence():
    sentence = "Mayor Anna Berg opened the harbour in May 2023."
    best = cloze(sentence, "Anna Berg", 0, score=0.9)
    weaker = multiple_choice("Who opened the harbour?", "Anna Berg", ("Kari Nordmann", "Ola Nordmann"), sentence, 0,
                             score=0.2)
    results = [result([best, weaker])]
    assert [e.question for e in select_questions(results)] == [best]
    assert [e.question for e in select_questions(results, kinds=(QuestionKind.MULTIPLE_CHOICE,))] == [weaker]


@pytest.mark.parametrize("title, asked", [
    ("Harbour News", True),
    ("Anna Berg opens the harbour", False),  # the sheet's heading would give the answer away
    ("Berg's harbour opens", False),  # the fact's short form in the title gives it away too
])
def test_no_quiz_question_whose_answer_the_title_prints(title, asked):
    from dataclasses import replace

    sentence = "Mayor Berg opened the harbour in May 2023."
    person = cloze(sentence, "Berg", 0)
    person = replace(person, answer="Anna Berg", fact=replace(person.fact, canonical="Anna Berg"))
    date = cloze("The harbour cost 40 million euros in May 2023.", "May 2023", 1)
    chosen = [e.question.answer for e in select_questions([result([person, date], title=title)])]
    assert ("Anna Berg" in chosen) is asked and "May 2023" in chosen


def test_question_limit_passes_through_and_empty_quiz_is_an_error():
    results = [result(every_kind())]
    assert len(select_questions(results)) == 8
    assert len(select_questions(results, limit=3)) == 3
    with pytest.raises(NoFactsError, match="no questions of kind true_false"):
        quiz_entries([result([q for q in every_kind() if q.kind is QuestionKind.CLOZE])],
                     (QuestionKind.TRUE_FALSE,), None)


def test_single_form_groups_by_kind_numbers_from_one_and_keeps_article_order():
    (form,) = make_forms(select_questions([result(every_kind())]))
    assert form.letter == "A"
    assert [s.kind for s in form.sections] == list(KIND_ORDER)
    assert [item.number for item in form.items] == list(range(1, 9))
    for section in form.sections:
        indexes = [item.question.fact.sentence_index for item in section.items]
        assert indexes == sorted(indexes)
    assert form.total_points == 8


def test_forms_hold_the_same_questions_in_different_orders_reproducibly():
    questions = every_kind() + [cloze(f"Reporter number {i} wrote the story in {1990 + i}.", f"{1990 + i}", 10 + i)
                                for i in range(6)]
    entries = select_questions([result(questions)])
    forms = make_forms(entries, versions=3, seed=11)
    assert [f.letter for f in forms] == ["A", "B", "C"]
    orders = [_keys(f) for f in forms]
    assert all(Counter(order) == Counter(orders[0]) for order in orders)
    assert len({tuple(order) for order in orders}) == 3
    for form in forms:  # shuffling never moves a question out of its kind's section
        assert [s.kind for s in form.sections] == list(KIND_ORDER)
        for item in form.items:
            assert sorted(item.choices) == sorted(item.question.choices)
            if item.question.kind is QuestionKind.MULTIPLE_CHOICE:
                assert item.choices["ABCDEFGH".index(item.answer_letter)] == item.question.answer
                assert item.key_answer == f"{item.answer_letter}. {item.question.answer}"
            else:
                assert item.answer_letter == "" and item.key_answer == item.question.answer
            if item.question.kind is QuestionKind.TRUE_FALSE:
                assert item.choices == ("True", "False")
    assert make_forms(entries, versions=3, seed=11) == forms
    assert [_keys(f) for f in make_forms(entries, versions=3, seed=12)] != orders


def test_option_order_differs_between_forms():
    wrong = ("Kari Nordmann", "Jonas Gahr Støre", "Erna Solberg", "Ola Nordmann")
    questions = [multiple_choice(f"Who opened harbour {i}?", "Anna Berg", wrong, f"Anna Berg opened harbour {i}.", i)
                 for i in range(4)]
    forms = make_forms(select_questions([result(questions)]), versions=2, seed=0)
    choices = [{item.question.key: item.choices for item in form.items} for form in forms]
    assert choices[0] != choices[1]


def test_parse_kinds_accepts_commas_and_dashes_and_rejects_unknown_names():
    assert parse_kinds(["multiple-choice,true_false", "cloze", "cloze"]) == (
        QuestionKind.MULTIPLE_CHOICE, QuestionKind.TRUE_FALSE, QuestionKind.CLOZE)
    with pytest.raises(ValueError, match="unknown question kind 'essay'"):
        parse_kinds(["essay"])
    with pytest.raises(ValueError):
        make_forms([], versions=27)


def test_answer_lines_grow_with_the_answer_in_steps_and_stay_within_a_line():
    widths = [answer_line_width("x" * n) for n in range(0, 80)]
    assert widths == sorted(widths) and min(widths) == 12 and max(widths) == 60
    assert all(w % 4 == 0 for w in widths)
    assert answer_line_width("Nesodden") >= 1.8 * len("Nesodden")  # room for handwriting
    assert answer_line_width("Kim") == answer_line_width("Eve")  # the exact length is not given away


def test_a_quiz_the_teacher_chose_keeps_its_order_and_is_filtered_by_kind():
    questions = every_kind()
    chosen = (questions[7], questions[0], questions[5], questions[1])  # the teacher's order
    picked = replace(result(questions), quiz=chosen)
    assert [e.question for e in select_questions([picked])] == list(chosen)
    mc = [q for q in chosen if q.kind is QuestionKind.MULTIPLE_CHOICE]
    assert mc and len(mc) < len(chosen)
    assert [e.question for e in select_questions([picked], kinds=(QuestionKind.MULTIPLE_CHOICE,))] == mc
    assert [e.question for e in select_questions([picked], limit=2)] == list(chosen[:2])


def test_each_section_has_its_heading_and_instructions():
    (form,) = make_forms(select_questions([result(every_kind())]))
    assert [(s.heading, s.instructions) for s in form.sections] == [
        (KIND_HEADINGS[kind], KIND_INSTRUCTIONS[kind]) for kind in KIND_ORDER]
    assert form.sections[0].instructions == "Circle the letter of the best answer."


def test_every_answer_line_has_room_for_the_answer_in_handwriting():
    for n in range(0, 34):  # up to the 60-character cap
        assert answer_line_width("x" * n) >= 1.8 * n, n
    assert answer_line_width("x" * 20) == 40
