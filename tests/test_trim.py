"""Prompts without their sentence's asides (quizgen.questions.trim), on sentences written for the tests."""

from __future__ import annotations

import pytest

from quizgen.facts.extract import extract_facts
from quizgen.questions.candidates import make_cloze, trimmed


def _trimmed(nlp, text: str, answer: str) -> str:
    (fact,) = [f for f in extract_facts(nlp(text)) if f.answer == answer]
    sentence, (start, end) = trimmed(fact)
    assert sentence[start:end] == answer
    return sentence


@pytest.mark.parametrize("text, answer, expected", [
    # a trailing participle clause
    ("North Korea has moved 250 new missile launchers to its southern border, marking another aggressive step "
     "by the army.", "250", "North Korea has moved 250 new missile launchers to its southern border."),
    # a non-restrictive relative clause at the end
    ("The United States, Japan and Australia held naval drills near Guam in 2023, which Beijing called a "
     "provocation.", "2023", "The United States, Japan and Australia held naval drills near Guam in 2023."),
    # a relative clause in the middle, with both its commas
    ("The museum, which opened to visitors after a long delay, hired 40 new guides in Lisbon in June 2019.",
     "June 2019", "The museum hired 40 new guides in Lisbon in June 2019."),
    # an opening subordinate clause
    ("Although the council had doubts about the cost, Mayor Anna Berg opened the new harbour in May 2023.",
     "May 2023", "Mayor Anna Berg opened the new harbour in May 2023."),
    ("Although the council had doubts about the cost, the city opened the new harbour in May 2023.",
     "May 2023", "The city opened the new harbour in May 2023."),  # the new first word takes the capital
])
def test_asides_that_do_not_hold_the_answer_are_cut(nlp, text, answer, expected):
    assert _trimmed(nlp, text, answer) == expected


@pytest.mark.parametrize("text, answer", [
    # the answer is in the aside
    ("North Korea has moved new missile launchers to its southern border, marking another aggressive step by "
     "leader Kim Jong Un.", "Kim Jong Un"),
    # the main clause points back into the cut clause
    ("When Anna Berg visited the port last spring, she opened the new harbour in May 2023.", "May 2023"),
    # a quotation keeps its words
    ("The minister opened the new harbour in May 2023, calling it “a gift to the fishing fleet of the north”.",
     "May 2023"),
    # too little would be left
    ("Anna Berg won in 2023, beating every rival who had entered the long race.", "2023"),
])
def test_asides_stay_when_cutting_them_would_hurt(nlp, text, answer):
    assert _trimmed(nlp, text, answer) == text


def test_the_cloze_and_its_blank_follow_the_cut(nlp):
    # (a named subject: "The museum, which …" would point back, the clause after its comma saying nothing of which)
    text = ("The Gulbenkian Museum, which opened to visitors after a long delay, hired 40 new guides in Lisbon in June "
            "2019.")
    (fact,) = [f for f in extract_facts(nlp(text)) if f.answer == "June 2019"]
    question = make_cloze(fact)
    assert question.visible_prompt() == "The Gulbenkian Museum hired 40 new guides in Lisbon in _____."


def test_the_wh_question_leaves_the_aside_out(nlp):
    from quizgen.questions.candidates import make_wh

    text = ("North Korea has moved 250 new missile launchers to its southern border, marking another aggressive step "
            "by the army.")
    (fact,) = [f for f in extract_facts(nlp(text)) if f.answer == "250"]
    assert make_wh(fact).prompt == "How many new missile launchers has North Korea moved to its southern border?"


@pytest.mark.parametrize("text, answer, kept", [
    ("The Gulbenkian Museum, which opened to visitors after a long delay, hired 40 new guides in Lisbon in June 2019.",
     "June 2019", "The Gulbenkian Museum hired 40 new guides in Lisbon in "),
    ("The city of Porto hired 40 new guides for its museums in June 2019, marking another step in its plan for "
     "visitors.", "June 2019", "The city of Porto hired 40 new guides for its museums in "),
])
def test_a_false_statement_swaps_the_answer_where_the_cut_sentence_has_it(nlp, text, answer, kept):
    from quizgen.questions.candidates import make_true_false

    facts = extract_facts(nlp(text))
    (fact,) = [f for f in facts if f.answer == answer]
    false = [q for q in make_true_false(make_cloze(fact), facts) if q.answer == "False"]
    assert false
    prompt = false[0].prompt
    assert prompt.startswith(kept) and answer not in prompt and prompt.endswith(".") and "marking" not in prompt
