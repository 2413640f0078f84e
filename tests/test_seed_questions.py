"""The seed article's questions, held to the bar a teacher would set."""

from __future__ import annotations

from dataclasses import replace

from quizgen.questions import places
from quizgen.questions.answer_types import fine_type
from quizgen.questions.distractors import ArticleFacts
from quizgen.questions.candidates import settle
from quizgen.questions.model import QuestionKind
from quizgen.text import contains_word, normalize


def _seed(seed_build):
    report, _ = seed_build
    (result,) = report.results
    return result


def test_wh_questions_are_questions(seed_build):
    wh = [q for q in _seed(seed_build).candidates if q.family in ("wh", "who_said", "definition", "role")]
    assert len(wh) >= 8
    for q in wh:
        assert q.prompt.endswith("?") and "_" not in q.prompt and q.blank is None, q.prompt
        assert q.prompt[0].isupper()


def test_no_answer_appears_in_its_prompt(seed_build):
    for q in _seed(seed_build).candidates:
        if q.kind is QuestionKind.TRUE_FALSE:
            continue
        forms = {q.answer}
        if normalize(q.answer) in {normalize(q.fact.answer), normalize(q.fact.canonical)}:
            forms |= {q.fact.answer, q.fact.canonical}  # every spelling of what the card hides
        for form in forms - {""}:
            assert not contains_word(q.visible_prompt(), form), (q.visible_prompt(), form)


def test_multiple_choice_distractors_are_sound(seed_build):
    result = _seed(seed_build)
    facts = result.facts
    pending = [q for q in result.candidates if q.kind is QuestionKind.MULTIPLE_CHOICE]
    assert all(q.pending for q in pending)  # chosen only when picked; every one is settled here to check it
    choices = [s for s in (settle(q, ArticleFacts(facts)) for q in pending) if s is not None]
    assert len(choices) >= 5 and not any(q.pending for q in choices)
    for q in choices:
        wrong = [c for c in q.choices if c != q.answer]
        assert len(q.choices) == 4 and len(set(map(normalize, q.choices))) == 4 and len(wrong) == 3, q.choices
        article = ArticleFacts(facts)
        expected = fine_type(q.fact, q.answer, article.types)
        assert expected is not None
        for distractor in wrong:
            # the wrong answer put in the answer's place is of the answer's fine type
            start = q.fact.start
            swapped = replace(q.fact, answer=distractor, canonical="", end=start + len(distractor),
                              sentence=q.fact.sentence[:start] + distractor + q.fact.sentence[q.fact.end:])
            # ("Washington" for "Moscow": a US state too, but one of its readings is the answer's, a capital)
            assert fine_type(swapped, distractor, article.types) == expected or (
                expected.kind == "place" and expected.sub in places.readings(distractor)), (q.prompt, distractor)
            # not also true: the article never gives it as the answer to the same question
            assert not contains_word(q.fact.sentence, distractor)
            for other in facts:
                if other.kind is q.fact.kind and other.anchor == q.fact.anchor:
                    assert normalize(distractor) not in {normalize(other.answer), normalize(other.canonical)}


def test_quiz_mixes_kinds(seed_build):
    from quizgen.questions.distractors import ArticleFacts
    from quizgen.questions.ranking import pick_for_quiz

    result = _seed(seed_build)
    quiz = pick_for_quiz(result.quiz_pool, 20, ArticleFacts(result.facts))
    kinds = {q.kind for q in quiz}
    # only the default deck's facts are printed: fewer questions than sentences, still a mix of kinds
    assert 4 <= len(quiz) <= 20 and len(kinds) >= 3, kinds
