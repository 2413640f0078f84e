"""A hidden person whose office the prompt shows is a giveaway ("President-elect _____"); sentences and names written
for the tests."""

from __future__ import annotations

import pytest

from quizgen.facts.extract import extract_facts
from quizgen.questions.candidates import candidate_questions
from quizgen.questions.key_facts import KeyFacts
from quizgen.questions.main_event import main_event_question


def person_clozes(nlp, text: str) -> list[str]:
    facts = extract_facts(nlp(text))
    return [q.visible_prompt() for q in candidate_questions(facts)
            if q.family == "cloze" and q.fact.kind.value == "person"]


@pytest.mark.parametrize(("text", "prompt"), [
    ("President Ines Marlow has pursued an agenda of high tariffs in a widening trade war with Velmland.", None),
    ("Republican President-elect Tom Kvam is facing scrutiny for skipping security briefings in Dunford.", None),
    ("Vice President Ines Marlow has pursued an agenda of high tariffs in a widening trade war with Velmland.", None),
    # the office shown is another person's: a vice president is no president
    ("Vice President Ines Marlow flew to Velmland on Monday. Marlow met President Tom Kvam in Dunford to discuss "
     "steel tariffs.", "_____ met President Tom Kvam in Dunford to discuss steel tariffs."),
    # an organisation's president names no one a learner could know
    ("Velm Rowing Club President Ines Marlow has pursued a plan of new boats for the club in Dunford.",
     "Velm Rowing Club President _____ has pursued a plan of new boats for the club in Dunford."),
    ("Ines Marlow, the president of the Dunford Rowing Club, has pursued a plan of new boats for the club.",
     "_____, the president of the Dunford Rowing Club, has pursued a plan of new boats for the club."),
])
def test_a_cloze_showing_the_hidden_persons_office_is_not_made(nlp, text, prompt):
    assert person_clozes(nlp, text) == ([prompt] if prompt else [])


@pytest.mark.parametrize(("title", "text", "prompt"), [
    ("Marlow pursues tariffs", "President Ines Marlow has pursued high tariffs on steel from Velmland, officials "
     "said. Unions were angry.", "President Ines Marlow has pursued high tariffs on steel from _____."),
    ("Kvam skips briefings", "President-elect Tom Kvam skipped three security briefings in Dunford this month. "
     "Aides were worried.", "President-elect Tom Kvam skipped _____ in Dunford in March 2031."),
])
def test_the_main_event_asks_another_part_than_the_office_holder(nlp, title, text, prompt):
    facts = extract_facts(nlp(text), article_date="2031-03-14")
    question = main_event_question(facts, KeyFacts(facts, title, weights={}))
    assert question is not None and question.visible_prompt() == prompt
