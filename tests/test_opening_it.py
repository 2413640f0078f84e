"""An opening "It" / "Its" named from the sentence before when that sentence leaves one thing it can mean (a named
organisation, place or product as its subject, nothing else as its verb's object), and left as written otherwise.
Sentences written for these tests."""

from __future__ import annotations

import pytest

from quizgen.facts.extract import extract_facts
from quizgen.questions.standalone import needs_context


def _fact(nlp, text: str, answer: str):
    found = [f for f in extract_facts(nlp(text)) if f.answer == answer]
    assert found, [f.answer for f in extract_facts(nlp(text))]
    return found[0]


@pytest.mark.parametrize("text, answer, shown", [
    ("Vexor Industries is a maker of farm machinery based in Ohio. It employs 4,200 people in 12 countries.",
     "4,200", "[Vexor Industries] employs 4,200 people in 12 countries."),
    ("Norland, a small island nation of about 90,000 people, was ruled for decades by kings. "
     "Its beaches drew 300,000 tourists in 2019.",
     "300,000", "[Norland]'s beaches drew 300,000 tourists in 2019."),
    # "'s" written out: "is" before a participle, "has" before "got" / "been"
    ("The Vexor VX-200 goes on sale in May. It's built on a frame that weighs 1,100 kilograms.",
     "1,100 kilograms", "The [Vexor VX-200] is built on a frame that weighs 1,100 kilograms."),
    ("Vexor Industries is based in Ohio. It's got 4,200 workers in 12 countries.",
     "4,200", "[Vexor Industries] has got 4,200 workers in 12 countries."),
    # the name as the article first gave it in full
    ("Vexor Inc. makes tractors. Vexor is based in Ohio. It employs 4,200 people in 12 countries.",
     "4,200", "[Vexor Inc.] employs 4,200 people in 12 countries."),
    # a run of "It" sentences carries the name on
    ("The Vexor VX-200 goes on sale in May. It's built on a light frame. It will start at $44,000.",
     "$44,000", "The [Vexor VX-200] will start at $44,000."),
])
def test_an_opening_it_named(nlp, text, answer, shown):
    fact = _fact(nlp, text, answer)
    assert fact.sentence == shown
    assert needs_context(fact) != "opens with a pronoun"


@pytest.mark.parametrize("text, answer", [
    # the sentence before gives "it" something else to mean: its verb's object
    ("Vexor Inc. unveiled a new tractor in Ohio. It costs $85,000.", "$85,000"),
    # the object is an "it" of its own, carrying on what an earlier sentence named (the plan, not the council)
    ("The Ohio Senate shelved the farm plan. Instead, Vexor County passed it alone. It would add $40 million to "
     "aid.", "$40 million"),
    # the subject is a person ("it" is not about them) or no name at all
    ("Dana Whitfield founded the charity in Ohio. It employs 4,200 people.", "4,200"),
    ("Dana Whitfield runs a charity. She is based in Ohio. It employs 4,200 people.", "4,200"),
    ("The plan was announced in Ohio. It employs 4,200 people.", "4,200"),
    # "it" only opens a clause
    ("Vexor Industries is based in Ohio. It is likely that 4,200 jobs will go.", "4,200"),
    ("Vexor Industries is based in Ohio. It takes 12 days to build one tractor.", "12 days"),
    # the subject of a speech verb after its clause is who spoke, not what the story is about
    ("The launch was delayed until 2027, Vexor Industries said. It is another blow for the 4,200 workers.",
     "4,200"),
])
def test_an_opening_it_left_as_written(nlp, text, answer):
    fact = _fact(nlp, text, answer)
    assert fact.sentence.startswith(("It", "Its")), fact.sentence


@pytest.mark.parametrize("text, answer", [
    # a plural name whose verb does not say it is one thing
    ("The Harbor Lions won in Ohio. It was 4,200 fans' first trip.", "4,200"),
    # "It's the first time that …", "It was the first time the firm …": no thing's "it"
    ("Vexor Industries is based in Ohio. It's the first time that 4,200 people have lost work.", "4,200"),
    ("Vexor Industries is based in Ohio. It was the first time the firm had hired 4,200 people.", "4,200"),
])
def test_an_opening_it_left_as_written_when_it_may_mean_no_thing(nlp, text, answer):
    fact = _fact(nlp, text, answer)
    assert fact.sentence.startswith("It"), fact.sentence
