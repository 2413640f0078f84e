"""A bare "the + noun" named as the article first wrote that noun, owned or qualified by a name, in an earlier sentence
(quizgen.facts.compound_descriptions.name_by_first_mention): "the team" → "[Anna Berg's] team". Blind raters' edits
for such cards: "'the merger' → 'the Gannett–GateHouse merger'". Sentences written for these tests."""

from __future__ import annotations

import pytest

from quizgen.facts.extract import extract_facts


def _sentence(nlp, text: str, answer: str) -> str:
    found = [f for f in extract_facts(nlp(text)) if f.answer == answer]
    assert found, [f.answer for f in extract_facts(nlp(text))]
    return found[0].sentence


@pytest.mark.parametrize("text, answer, shown", [
    ("Anna Berg's research team studied whales off Dunford in May 2019. The team counted 340 whales.",
     "340", "[Anna Berg's] team counted 340 whales."),
    ("Vexor Industries executives met the city council in May 2019. The executives offered $40 million for the "
     "harbour.", "$40 million", "The [Vexor Industries] executives offered $40 million for the harbour."),
])
def test_a_bare_description_named_as_the_article_first_wrote_it(nlp, text, answer, shown):
    assert _sentence(nlp, text, answer) == shown


@pytest.mark.parametrize("text, answer", [
    # its first mention names no one: later owners do not say which
    ("A research team studied whales off Dunford in May 2019. Anna Berg's team sailed in June. "
     "The team counted 340 whales.", "340"),
    # a place before a person says where from, not who
    ("A Texas man was arrested in Dunford in May 2019. The man paid $400 bail.", "$400"),
    # an owner that ends a list says too little ("Karl Vell's boat" is also Anna Berg's)
    ("Anna Berg and Karl Vell's research team studied whales off Dunford in May 2019. The team counted 340 whales.",
     "340"),
    # a day owns nothing ("Wednesday's visit" says when, not which)
    ("Wednesday's visit to Dunford drew crowds in May 2019. The visit cost $40,000.", "$40,000"),
    # the first mention is in the same sentence: the sentence says which itself
    ("Anna Berg's research team said in May 2019 that the team counted 340 whales.", "340"),
])
def test_a_bare_description_left_as_written(nlp, text, answer):
    sentence = _sentence(nlp, text, answer)
    assert "[" not in sentence, sentence
