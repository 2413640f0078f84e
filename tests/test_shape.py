"""The shape check on finished wh-questions: garbled questions are named, sound ones pass."""

from __future__ import annotations

import pytest

from quizgen.questions.shape import garbled, without_final_period


@pytest.mark.parametrize("question, reason", [
    ("When helped Wein cut the red ribbon?", "no auxiliary after a wh-word that is not the subject"),
    ("Where the ship sailed in May?", "no auxiliary after a wh-word that is not the subject"),
    ("In what year opened the museum?", "no auxiliary after a wh-word that is not the subject"),
    ("With whom spoke the minister about the budget?", "no auxiliary after a wh-word that is not the subject"),
    ("Who founded SpaceX.?", "doubled punctuation"),
    ("Who said, , that the plan would fail?", "doubled punctuation"),
    ("Which country did the king visit ()?", "doubled punctuation"),
    ("What percentage did the senator win ’s 10 largest states?", "a possessive cut from its owner"),
    ("How many states did the senator win in the nation's?", "a possessive cut from its owner"),
    ("How many schools did the city open in the state of?", "its last word needs a word after it"),
    ("Who visited the museum and the?", "its last word needs a word after it"),
    # a fresh page: the object after "not just" was cut
    ("Which organisation wants its new stadium to be a beacon for big events, not just?",
     "its last word needs a word after it"),
    ("Which firms sell tools for gardens, including?", "its last word needs a word after it"),
    ("Who ended that report from Ellesa Throwden Ellesa Throwden?", "a phrase said twice"),
    ("Because of the new research, who says, the patent isn't clear?", "a comma between the verb and what it says"),
    ("What do on Saturday, the center throws open for the fair?",
     "a preposition where the subject should follow the auxiliary"),
])
def test_garbled_questions_are_named(question, reason):
    assert garbled(question) == reason


@pytest.mark.parametrize("question", [
    "When did Wein help cut the red ribbon?",
    "Since 2015, how many stores has the company opened in Brazil?",
    "Since when has the company opened 40 stores?",
    "With whom did the minister speak about the budget?",
    "Who visited Paris, where the summit was held?",  # a later "where" opens a relative clause
    "What is James Roosevelt Jr.?",  # an abbreviation keeps its period
    "Which country did the senator visit, the U.S.?",
    "How much should banks hold for every $33 they lend out or speculate with?",  # a stranded preposition is English
    "Which city's mayor opened the bridge?",
    "Who said that that plan would fail?",  # one word twice is English
])
def test_sound_questions_pass(question):
    assert garbled(question) is None


@pytest.mark.parametrize("text, expected", [
    ("Who founded SpaceX.", "Who founded SpaceX"),
    ("Who visited the U.S.", "Who visited the U.S."),
    ("Who is Roosevelt Jr.", "Who is Roosevelt Jr."),
    ("Who won", "Who won"),
])
def test_a_sentence_period_is_dropped_and_an_abbreviation_keeps_its_own(text, expected):
    assert without_final_period(text) == expected


@pytest.mark.parametrize(("sentence", "made"), [
    # a cut that took what a "but still" was about leaves a sentence hanging (a stop-52 rater: "the sentence is cut
    # off ('… but still.')")
    ("Dunford dealers sold 30,154 new cars in October 2019, the best month of the year but still.", False),
    ("Dunford dealers sold 30,154 new cars in October 2019, the best month of the year and also.", False),
    ("Dunford dealers sold 30,154 new cars in October 2019, the best month of the year but still down.", True),
    ("Dunford dealers sold 30,154 new cars in October 2019 and still.", False),
    ("Dunford dealers sold 30,154 new cars in October 2019 and stood still.", True),
])
def test_a_cloze_ending_on_a_conjunction_and_its_adverb_is_not_made(sentence, made):
    from quizgen.facts.model import FactKind
    from quizgen.questions.candidates import make_cloze
    from tests.factory import fact

    assert (make_cloze(fact(sentence, "30,154", 0, kind=FactKind.COUNT)) is not None) == made
