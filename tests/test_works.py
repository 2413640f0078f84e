"""Titles of works (``quizgen.facts.works``): a WORK_OF_ART entity is a fact only when the page sets it off as a
title, and never a show that is only where someone spoke; a LANGUAGE entity only as the language something is in
(``quizgen.facts.languages``)."""

from __future__ import annotations

import pytest

from quizgen.facts.extract import extract_facts
from quizgen.facts.model import FactKind


@pytest.fixture(scope="module")
def nlp():
    from quizgen.nlp.load import load_pipeline

    return load_pipeline()


@pytest.mark.parametrize(("text", "works"), [
    # in its own quotation marks, or after a noun for a work (the dev corpus's gold facts "Toy Story" and "Making
    # the Corps", which no card asked before)
    ('Pixar, the animation company that produced "Toy Story", grew fast under Steve Jobs.', ["Toy Story"]),
    ('Tom Reed, a senior fellow at the Velm Institute and author of "Making the Corps," said the plan would fail.',
     ["Making the Corps"]),
    ("Martin Scorsese, whose movie The Aviator went on to win best film, said being honoured was a delight.",
     ["The Aviator"]),
    # a show that is only where someone spoke
    ("Kellyanne Conway, speaking on CNN’s “State of the Union,” slammed the plan.", []),
    ("Mark Meadows, speaking on CBS’ “Face the Nation,” drew a hard line on federal spending.", []),
    # the model's loose label: a remark's first words, a lower-case word inside, a nickname of one word
    ('"The Pinot Noir is also very elegant, but perhaps not as good," Tom Reed said.', []),
    ("It is not clear that the cardiovascular risk observed in Approve makes Vioxx unique in the class of drugs.", []),
    ("Ann Velm, 54, better known as “Suresh”, was shot in May.", []),
    ("The senator has concerns about the bill’s treatment of “Main Street” businesses.", []),  # a manner of speaking
])
def test_a_title_counts_only_set_off_as_a_work(nlp, text, works):
    assert [f.answer for f in extract_facts(nlp(text)) if f.kind is FactKind.WORK] == works


@pytest.mark.parametrize(("text", "languages"), [
    # the dev corpus's gold fact "Spanish", which no card asked before
    ("Investigators said they found several suspicious texts, written in Spanish, that had been deleted.", ["Spanish"]),
    ("The novel was first published in French in 1952.", ["French"]),
    ("England's coach said the English game had been driven forward by television money.", []),  # an adjective
])
def test_a_language_counts_only_as_what_something_is_in(nlp, text, languages):
    assert [f.answer for f in extract_facts(nlp(text)) if f.kind is FactKind.LANGUAGE] == languages
