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
    ("Tom Reed, whose novel The Long Harbour won a prize, thanked his readers.", ["The Long Harbour"]),
    # a show that is only where someone spoke
    ("Tom Reed, speaking on CBS’ “Face the Nation,” said the budget was too big.", []),
    ("Ann Velm told NBC’s “Meet the Press” on Sunday that taxes would rise.", []),
    # the model's loose label: a remark's first words, a lower-case word inside, a nickname of one word
    ('"The Pinot Gris is a lovely wine, but not a great one," Tom Reed said.', []),
    ("Ann Velm, 54, better known as “Suresh”, was shot in May.", []),
    ("Tom Reed says the plan hurts “Main Street” shops.", []),  # a manner of speaking
])
def test_a_title_counts_only_set_off_as_a_work(nlp, text, works):
    assert [f.answer for f in extract_facts(nlp(text)) if f.kind is FactKind.WORK] == works


def test_a_title_is_capitalised_throughout(nlp):
    """A quoted phrase with a lower-case word that is no title's small word is a remark, not a title ("Approve makes
    Vioxx", the model's WORK_OF_ART on a fresh page)."""
    from quizgen.facts.works import is_title_of_work

    doc = nlp("Her book “Rivers run to the Sea” sold well, and her book “Rivers of the Sea” too.")
    assert [t.text for t in doc[3:8]] == ["Rivers", "run", "to", "the", "Sea"]
    assert not is_title_of_work(doc, 3, 8) and is_title_of_work(doc, 16, 20)


@pytest.mark.parametrize(("text", "languages"), [
    # the dev corpus's gold fact "Spanish", which no card asked before
    ("Officers found several old letters, written in Spanish, hidden in the attic.", ["Spanish"]),
    ("The novel was first published in French in 1952.", ["French"]),
    ("England's coach said the English game had been driven forward by television money.", []),  # an adjective
])
def test_a_language_counts_only_as_what_something_is_in(nlp, text, languages):
    assert [f.answer for f in extract_facts(nlp(text)) if f.kind is FactKind.LANGUAGE] == languages
