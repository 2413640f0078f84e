"""The main event's subject named when the lead tells it by a pronoun or a description: the name the headline
shows, else (a description) the named subject of the next sentence; and a question is no event. Sentences and names
written for the tests."""

from __future__ import annotations

import pytest

from quizgen.facts.extract import extract_facts
from quizgen.questions.key_facts import KeyFacts
from quizgen.questions.main_event import main_event_question
from quizgen.questions.shape import is_question

DATE = "2031-03-14"  # a Friday


def event(nlp, title: str, text: str):
    facts = extract_facts(nlp(text), article_date=DATE)
    return main_event_question(facts, KeyFacts(facts, title, weights={}))


@pytest.mark.parametrize("title, text, prompt, answer", [
    # a pronoun: the person the headline names
    ("Lorna Vesk quits as Brightwell chief",
     "She resigned as chief executive of Brightwell Foods on Tuesday after nine years in the job. Lorna Vesk founded "
     "the firm in 1990 with her brother. The board met on Wednesday.",
     "_____ resigned as chief executive of Brightwell Foods on 11 March 2031 after nine years in the job.", "Lorna Vesk"),
    # a description by role: the person the headline names
    ("Lorna Vesk quits as Brightwell chief",
     "Brightwell's founder resigned as chief executive of Brightwell Foods on Tuesday after nine years in the job. "
     "Lorna Vesk founded the firm in 1990 with her brother. The board met on Wednesday.",
     "_____ resigned as chief executive of Brightwell Foods on 11 March 2031 after nine years in the job.", "Lorna Vesk"),
    # the headline names the person by surname only
    ("Vesk quits as Brightwell chief",
     "She resigned as chief executive of Brightwell Foods on Tuesday after nine years in the job. Lorna Vesk founded "
     "the firm in 1990 with her brother. The board met on Wednesday.",
     "_____ resigned as chief executive of Brightwell Foods on 11 March 2031 after nine years in the job.", "Lorna Vesk"),
    # the headline's person, not the one the next sentence names
    ("Lorna Vesk resigns as Brightwell chief",
     "The food maker's chief executive resigned from the board of Brightwell Foods on Wednesday, ending a run of two "
     "decades. Ansel Trey, the chief operating officer, will replace Lorna Vesk.",
     "_____ resigned from the board of Brightwell Foods on 12 March 2031.", "Lorna Vesk"),
    # a description by kind of body: the organisation the headline names
    ("Brightwell Foods cuts 300 jobs",
     "The company cut 300 jobs at its Dunmere plant on Monday. Brightwell Foods makes frozen meals. Unions said they "
     "would strike.",
     "_____ cut 300 jobs at its Dunmere plant on 10 March 2031.", "Brightwell Foods"),
    # a description the headline does not name: the named subject of the next sentence
    ("Central bank official attacks low rates",
     "A senior central bank official criticized the central bank's low-rate policy on Friday. Bank president "
     "Tomas Arlen said the policy was a dangerous gamble. Markets fell.",
     "_____ criticized the central bank's low-rate policy on 14 March 2031.", "Tomas Arlen"),
    # a description, the headline naming no one: the next sentence names the official
    ("Delmora official attacks low rates",
     "A senior central bank official criticized the central bank's low-rate policy on Friday. Bank president "
     "Tomas Arlen said the policy was a dangerous gamble. Lorna Vesk disagreed.",
     "_____ criticized the central bank's low-rate policy on 14 March 2031.", "Tomas Arlen"),
])
def test_the_leads_subject_is_named(nlp, title, text, prompt, answer):
    question = event(nlp, title, text)
    assert question is not None and (question.visible_prompt(), question.answer) == (prompt, answer)


@pytest.mark.parametrize("title, text", [
    # two people in the headline: "he" may be either
    ("Lorna Vesk and Ansel Trey quit Brightwell",
     "He resigned as chief executive of Brightwell Foods on Tuesday. Lorna Vesk and Ansel Trey founded the firm in "
     "1990. The board met."),
    # several people: "they" is not the one person the headline names
    ("Lorna Vesk quits Brightwell board",
     "They resigned from the board of Brightwell Foods on Tuesday. Lorna Vesk founded the firm in 1990 with Ansel "
     "Trey. The board met."),
    # the headline's person is named in the lead itself: the subject is someone else
    ("Delmora senator rips Lorna Vesk over pension plan",
     "A Delmora state senator ripped Vesk over her pension plan on Tuesday. The plan cuts payments to 4,000 "
     "workers. Lorna Vesk did not reply."),
    # the lead names a person itself: the description may be that one, not the next sentence's subject (a fresh
    # page: "… Vladimir Putin's alleged involvement …: The Russian leader has a grudge" became "Tim Kaine has …")
    ("Maria Lopez blames hack on Russian leader",
     "Maria Lopez has an explanation for Viktor Orlov's role in the hacking of her campaign: the Russian leader has a "
     "longtime grudge against her. Two donors said Lopez made the claim on Thursday at a dinner. Her former running "
     "mate John Carter was in attendance. The board met."),
    # "he" with no one name in the headline: no guess from the next sentence
    ("Brightwell board meets",
     "He resigned as chief executive of Brightwell Foods at a meeting of the board on Tuesday. Ansel Trey chaired "
     "the meeting. Lorna Vesk left early."),
])
def test_an_uncertain_subject_is_not_named(nlp, title, text):
    question = event(nlp, title, text)
    assert question is None or question.answer not in ("Lorna Vesk", "Tomas Arlen", "Ansel Trey") or not any(
        w in question.visible_prompt() for w in ("resign", "ripped", "criticized"))
    assert question is None or "John Carter" not in question.prompt + question.answer


def test_a_question_is_no_event(nlp):
    question = event(nlp, "Vesk quits Brightwell",
                     "Did Lorna Vesk really resign from Brightwell Foods over its pension plan? Lorna Vesk resigned "
                     "as chief executive of Brightwell Foods on Tuesday. The board met.")
    assert question is not None and "pension" not in question.visible_prompt()


@pytest.mark.parametrize("sentence, asks", [
    ("Is Brightwell Foods really ready for a new chief?", True),
    ("“Who will lead us now?”", True),
    ("Lorna Vesk resigned on Tuesday.", False),
    ("Vesk asked who would lead the firm.", False),
])
def test_is_question(sentence, asks):
    assert is_question(sentence) is asks
