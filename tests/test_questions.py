"""Cloze questions from hand-made facts: no spaCy model needed."""

from __future__ import annotations

from quizgen.facts import Fact, FactKind
from quizgen.questions import QuestionKind, generate_questions, is_self_contained, make_cloze, pick_for_quiz


def fact(sentence: str, answer: str, kind: FactKind = FactKind.PERSON, index: int = 0, anchor: str = "a") -> Fact:
    start = sentence.index(answer)
    return Fact(kind=kind, answer=answer, sentence=sentence, start=start, end=start + len(answer),
                sentence_index=index, anchor=anchor)


def test_cloze_hides_exactly_the_answer():
    question = make_cloze(fact("Maria Lopez opened the bridge in Lyon.", "Lyon", FactKind.PLACE))
    assert question is not None and question.kind is QuestionKind.CLOZE
    assert question.visible_prompt() == "Maria Lopez opened the bridge in _____."
    assert question.parts() == ("Maria Lopez opened the bridge in ", "Lyon", ".")


def test_sentences_opening_with_a_pronoun_make_no_cloze():
    assert make_cloze(fact("He opened the bridge in Lyon.", "Lyon", FactKind.PLACE)) is None
    assert make_cloze(fact("They met in Lyon.", "Lyon", FactKind.PLACE)) is None
    assert is_self_contained("“We will win,” Maria Lopez said.")


def test_answer_visible_elsewhere_makes_no_cloze():
    assert make_cloze(fact("Lyon fans cheered as the team from Lyon won.", "Lyon", FactKind.PLACE)) is None


def test_no_duplicate_cards_and_unique_keys():
    facts = [
        fact("Maria Lopez opened the bridge.", "Maria Lopez"),
        fact("Maria Lopez opened the bridge.", "Maria Lopez"),
        fact("Later Maria Lopez opened the bridge again.", "Maria Lopez", index=1),
    ]
    questions = generate_questions(facts)
    assert len(questions) == 2
    assert len({q.key for q in questions}) == 2


def test_quiz_takes_the_best_question_of_each_sentence_in_article_order():
    from dataclasses import replace

    sentence = "Maria Lopez opened the bridge in Lyon."
    low = replace(make_cloze(fact(sentence, "Lyon", FactKind.PLACE)), score=0.2)
    high = replace(make_cloze(fact(sentence, "Maria Lopez")), score=0.9)
    other = replace(make_cloze(fact("The bridge cost $4 million.", "$4 million", FactKind.AMOUNT, index=1)), score=0.5)
    assert pick_for_quiz([other, low, high]) == [high, other]
    assert pick_for_quiz([other, low, high], limit=1) == [high]


def test_a_marked_insertion_is_not_a_pronoun():
    sentence = "[Anna Berg] opened the bridge in Lyon."
    assert is_self_contained(sentence)
    assert not is_self_contained("She opened the bridge in Lyon.")
    question = make_cloze(fact(sentence, "Anna Berg"))
    assert question is not None and question.visible_prompt() == "[_____] opened the bridge in Lyon."
