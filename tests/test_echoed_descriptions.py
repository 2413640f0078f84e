"""A bare "the + noun" that takes up an earlier sentence's noun keeps its card out of the deck
(quizgen.questions.echoed_descriptions), on articles written for the tests: each held case fails with the rule taken
out, each kept case with its guard taken out."""

from __future__ import annotations

import pytest

from quizgen.facts.extract import extract_facts
from quizgen.questions.candidates import make_cloze
from quizgen.questions.echoed_descriptions import EarlierNouns, echoed_description
from quizgen.questions.ranking import _Budget

FIRST = "Velmland's prime minister held a long phone call with the Dunford mayor on Monday about the harbour tariffs."


def _card(nlp, text: str, answer: str):
    """The cloze on ``answer`` in the article ``text`` and the article's nouns by the sentence that first uses each."""
    facts = extract_facts(nlp(text))
    (fact,) = [f for f in facts if f.answer == answer]
    card = make_cloze(fact)
    assert card is not None  # the table's premise: the card stands on its own sentence's terms
    return card, EarlierNouns(facts)


@pytest.mark.parametrize("text, answer", [
    # "the call": the first sentence's call, which the card does not say
    (FIRST + " Karl Vell told reporters in Brindmouth that he had raised concerns about the call in 2019.", "2019"),
    # the plural takes up the singular
    ("The Dunford council approved a tariff on Velmland ferries in May 2021. Karl Vell of Brindmouth said shipping "
     "firms would pay the tariffs from June 2022.", "June 2022"),
])
def test_a_bare_description_taking_up_an_earlier_noun_keeps_the_card_out_of_the_deck(nlp, text, answer):
    card, earlier = _card(nlp, text, answer)
    assert echoed_description(card, earlier)
    assert not _Budget(10, earlier=earlier).offer(card, 0.9)


@pytest.mark.parametrize("text, answer", [
    # no earlier sentence used the noun: nothing shows it points back
    ("The Dunford council met in May 2021. Karl Vell of Brindmouth raised concerns about the noise in 2019.", "2019"),
    # its own words say which: "the call with the mayor"
    (FIRST + " Karl Vell told reporters in Brindmouth that he had raised concerns about the call with Mayor Ana Ruiz "
     "in 2019.", "2019"),
    # a name of its kind before it in its sentence says which
    ("The port of Dunford is run by a public agency. In 2021, the Velmland Ferry Board said 40 ships a day paid fees "
     "to the agency.", "40"),
    # one of a kind: "the economy"
    ("The Velmland economy shrank in 2020. Karl Vell of Brindmouth said the economy would grow by 3% in 2022.", "3%"),
    # the setting: "the country"
    ("Velmland is a small country on the Lusk coast. Karl Vell of Brindmouth said ferries in the country carried "
     "2 million people in 2021.", "2 million"),
])
def test_a_description_the_card_makes_clear_keeps_its_card(nlp, text, answer):
    card, earlier = _card(nlp, text, answer)
    assert not echoed_description(card, earlier)
