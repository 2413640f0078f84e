"""A card never shows the surname of the person it asks for: the answer would be half given."""

from __future__ import annotations

import pytest

from quizgen.facts.extract import extract_facts
from quizgen.questions.candidates import candidate_questions, shows_surname


@pytest.mark.parametrize("prompt, person, shown", [
    ("Who was the president of Dunford-based Tam Brandl Company?", "Ines Brandl", True),
    ("Who was the president of Dunford-based Tam Brandl Company?", "Ines Kvam", False),
    ("Who was the president of the Brandl Jr. Company?", "Ines Brandl Jr.", True),  # a suffix is no surname
    # as written: a word of the prompt in lower case is no surname
    ("He thanked the board for the initiative.", "Ada Initiative", False),
    ("He thanked the Brandlton board.", "Ines Brandl", False),  # a word begun by the surname is another word
    ("He thanked Brandl.", "Brandl", False),  # a surname alone: the answer is the word itself
])
def test_shows_surname(prompt, person, shown):
    assert shows_surname(prompt, person) is shown


def _cards(nlp, text: str) -> set[tuple[str, str]]:
    return {(q.prompt, q.answer) for q in candidate_questions(extract_facts(nlp(text)))
            if q.kind.value != "true_false"}


@pytest.mark.parametrize("text, person", [
    ("Tyler Brandl, president of Dunford-based Brandl Shipping Company, said halibut prices rose by a third in 2019.",
     "Tyler Brandl"),
    ("The president of Dunford-based Brandl Shipping Company is Tyler Brandl, the board said on Monday.",
     "Tyler Brandl"),
])
def test_no_card_asks_for_a_person_whose_surname_the_prompt_shows(nlp, text, person):
    surname = person.split()[-1]
    cards = _cards(nlp, text)
    assert any(answer != person for _, answer in cards)  # the sentence still gives cards
    assert not any(answer == person and surname in prompt for prompt, answer in cards)


@pytest.mark.parametrize("text, person", [
    # set AE: "Who was Ed Yardeni?" → "president of Yardeni Research", "the answer is half visible in the name"
    ("Tyler Brandl, president of Brandl Research, said halibut prices rose by a third in 2019.", "Tyler Brandl"),
    ("Tyler Brandl, founding partner of Brandl & Associates, said halibut prices rose by a third in 2019.",
     "Tyler Brandl"),
])
def test_no_role_card_whose_role_shows_the_persons_surname(nlp, text, person):
    cards = _cards(nlp, text)
    assert any(answer != person for _, answer in cards)  # the sentence still gives cards
    assert not any(prompt.startswith("Who ") and person in prompt for prompt, _ in cards), cards


def test_a_role_without_the_surname_still_gets_its_card(nlp):
    cards = _cards(nlp, "Tyler Brandl, president of Velm Research, said halibut prices rose by a third in 2019.")
    assert ("Who is Tyler Brandl?", "president of Velm Research") in cards


def test_no_fill_in_blanks_a_speaker_whose_surname_the_sentence_shows():
    """Set AF: "Trump, speaking to reporters as _____ left the White House, praised …" → Donald Trump (the "he" named
    for its speaker): "giveaway, the prompt opens with 'Trump'". A quote's speaker is a person as a person's fact is."""
    from dataclasses import replace

    from quizgen.facts.model import FactKind
    from tests.factory import fact

    sentence = ("Brandl, speaking to reporters as [Tyler Brandl] left the council building, praised the Dunford "
                "council for passing “a tremendous budget” in July 2023.")
    spoken = replace(fact(sentence, "Tyler Brandl", 0, kind=FactKind.QUOTE), label="PERSON",
                     topic="a tremendous budget", canonical="Tyler Brandl")
    assert not [q for q in candidate_questions([spoken]) if q.answer == "Tyler Brandl"]
    other = replace(fact(sentence.replace("Brandl, speaking", "The mayor, speaking"), "Tyler Brandl", 0,
                         kind=FactKind.QUOTE), label="PERSON", topic="a tremendous budget", canonical="Tyler Brandl")
    assert [q for q in candidate_questions([other]) if q.answer == "Tyler Brandl"]  # no surname shown: a card
