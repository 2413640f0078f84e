"""Key claims: the object phrase of a lead sentence's main verb (or of a verb that decides, bans, finds), asked
as "What did … ?"; sentences written for the tests."""

from __future__ import annotations

import pytest

from quizgen.facts.extract import extract_facts
from quizgen.facts.model import FactKind
from quizgen.questions.candidates import candidate_questions

LEAD = ("The port of Wonsan was busy on Monday. Ships waited in the bay for hours. "
        "Traders sat in the cafes near the quay. ")  # three sentences: the lead, without a claim


def claims(nlp, text: str) -> list[str]:
    return [f.answer for f in extract_facts(nlp(text)) if f.kind is FactKind.CLAIM]


@pytest.mark.parametrize("text, answer", [
    # the lead's main verb, through a chain of to-infinitives
    ("North Korea has threatened to deploy 250 new missile launchers to its border.",
     "250 new missile launchers"),
    # asides go: a relative clause, an apposition after a comma
    ("The governor vetoed a pension bill for state workers that would have raised fees.",
     "a pension bill for state workers"),
    ("Verizon is preparing a new streaming app for tablets, a move that could end the set-top box.",
     "a new streaming app for tablets"),
    # a passive's doer, without the place after it; a verb joined to the passive shares it
    ("A surfer survived being attacked and dragged underwater by a juvenile great white shark off the coast.",
     "a juvenile great white shark"),
    ("Two hikers were found by a team of volunteers near the summit on Monday.", "a team of volunteers"),
    # after the lead only a verb that decides, bans, finds …
    (LEAD + "Dock workers ate lunch near the cranes. The city council banned all night-time cargo flights.",
     "all night-time cargo flights"),
])
def test_a_key_sentence_gives_its_claim(nlp, text, answer):
    assert answer in claims(nlp, text)


@pytest.mark.parametrize("text", [
    "Please share your videos and stories with our newsroom.",  # an imperative
    "The newspaper identified the surfer on Sunday.",  # one word after the article
    "The minister signed “the most important law of this decade” on Monday.",  # a quotation keeps its words
    LEAD + "Dock workers ate three large sandwiches near the cranes.",  # after the lead, no verb of decision
    "The council approved this ambitious harbour plan on Monday.",  # points back to an earlier sentence
    "The harbour economy grew by a remarkable margin last year.",  # an active verb’s "by" tells how much
    "Local farmers paid for the new school by raising local taxes.",  # … or how
    "The council approved a plan to rebuild the old harbour wall with stones from the quarry near the river.",
    # whom someone told is no claim (a set-W rater on "told [...]" → "BBC Radio 4's Today show": "trivial")
    '"We want more people to own homes," Ines Marlow told the morning radio show.',
])
def test_no_claim_where_none_stands_alone(nlp, text):
    assert claims(nlp, text) == []


def test_a_claim_is_asked_with_what(nlp):
    facts = extract_facts(nlp("North Korea has threatened to deploy 250 new missile launchers to its border."))
    asked = {(q.prompt, q.answer) for q in candidate_questions(facts) if q.fact.kind is FactKind.CLAIM}
    assert ("What has North Korea threatened to deploy to its border?", "250 new missile launchers") in asked
