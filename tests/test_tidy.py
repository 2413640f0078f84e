"""Small edits raters asked for on otherwise good prompts (quizgen.questions.tidy), on sentences written for the
tests."""

from __future__ import annotations

import pytest

from quizgen.facts.extract import extract_facts
from quizgen.questions.candidates import trimmed
from quizgen.questions.standalone import drop_connective


def _trimmed(nlp, text: str, answer: str) -> str:
    facts = [f for f in extract_facts(nlp(text)) if f.answer == answer]
    assert facts
    sentence, (start, end) = trimmed(facts[0])
    assert sentence[start:end] == answer
    return sentence


@pytest.mark.parametrize("text, answer, expected", [
    # raters: "stray comma between subject and verb ('in 2010, has'); delete the comma"
    ("The harbour plan the council drew up in 2019, has a section on the new ferry terminal in Bergen.", "2019",
     "The harbour plan the council drew up in 2019 has a section on the new ferry terminal in Bergen."),
    ("The report the ministry released in March 2021, found that 40 schools in Oslo lacked heating.", "40",
     "The report the ministry released in March 2021 found that 40 schools in Oslo lacked heating."),
    # raters: "drop the dangling 'also'"
    ("Mayor Anna Berg has also pressured the ferry company to cut fares in Bergen by 2024.", "2024",
     "Mayor Anna Berg has pressured the ferry company to cut fares in Bergen by 2024."),
    ("The harbour board also said that 40 new berths would open in Bergen next spring.", "40",
     "The harbour board said that 40 new berths would open in Bergen next spring."),
    ("And Anna Berg in 2009 also backed the mayor's rival for the party nomination, Lars Holm.", "2009",
     "And Anna Berg in 2009 backed the mayor's rival for the party nomination, Lars Holm."),
])
def test_stray_words_are_left_out(nlp, text, answer, expected):
    assert _trimmed(nlp, text, answer) == expected


@pytest.mark.parametrize("text, answer", [
    # a comma that closes an aside in the subject stays
    ("Anna Berg, the mayor of Bergen since 2019, has opened a new ferry terminal with 40 berths.", "40"),
    # "also" that adds to what the sentence itself says
    ("The board cut fares in Bergen and also opened 40 new berths in the harbour last spring.", "40"),
    ("Not only did the board cut fares, it also opened 40 new berths in the harbour of Bergen.", "40"),
    # a quotation keeps its words
    ("Anna Berg told the council in Bergen: “The harbour board has also pressured the ferry company to cut fares "
     "by 2024.”", "2024"),
    ("“The harbour board has also pressured the ferry company in Bergen to cut fares by 2024.”", "2024"),
])
def test_words_that_belong_stay(nlp, text, answer):
    facts = [f for f in extract_facts(nlp(text)) if f.answer == answer]
    assert facts
    sentence, _ = trimmed(facts[0])
    assert ", has" in sentence or "also" in sentence


@pytest.mark.parametrize("prompt, expected", [
    # raters: "drop the dangling 'For instance,'", "trim the dangling opener 'In another instance,'", "drop 'Recently,'"
    ("For instance, Anna Berg noted that the council declined to renew the lease.",
     "Anna Berg noted that the council declined to renew the lease."),
    ("In another instance, a hacked account pointed users toward fake links.",
     "A hacked account pointed users toward fake links."),
    ("Recently, Anna Berg has publicly blamed the ferry company for the delays.",
     "Anna Berg has publicly blamed the ferry company for the delays."),
    ("For example, the board cut fares.", "The board cut fares."),
    # no comma: a word of the sentence, not an aside
    ("Recently opened berths take 40 boats.", "Recently opened berths take 40 boats."),
])
def test_opening_asides_are_dropped(prompt, expected):
    assert drop_connective(prompt)[0] == expected

