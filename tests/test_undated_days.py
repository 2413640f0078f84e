"""A weekday no date fixes (an article without a date, or a day the facts stage would not work out): the card leaves
out its phrase when it hangs on the verb ("commented on Monday that …"), else gives no card (issue 14: a relative
time resolved with the article's date, else no card on it). Sentences written for the tests."""

from __future__ import annotations

import pytest

from quizgen.facts.extract import extract_facts
from quizgen.questions.candidates import make_cloze, make_wh
from quizgen.questions.standalone import needs_context, undated_weekday


def _fact(nlp, text: str, answer: str, date: str = ""):
    found = [f for f in extract_facts(nlp(text), article_date=date) if f.answer == answer]
    assert found, [f.answer for f in extract_facts(nlp(text), article_date=date)]
    return found[0]


@pytest.mark.parametrize("text, answer, prompt", [
    ("A research associate at the Bergen Institute, Joseph Dempsey, commented on Monday that it was hard to count "
     "the missiles.", "Joseph Dempsey",
     "A research associate at the Bergen Institute, _____, commented that it was hard to count the missiles."),
    ("Mayor Ann Tull said Friday that 300 jobs at the Bergen steel mill were cut.", "300",
     "Mayor Ann Tull said that _____ jobs at the Bergen steel mill were cut."),
    ("On Sunday night, crowds in the centre of Bergen cheered as 250 launchers paraded past.", "250",
     "Crowds in the centre of Bergen cheered as _____ launchers paraded past."),
    # the comma before a phrase that ends the sentence goes with it ("Molde, Norway,." before)
    ("\"We must stop 40% of the firm from being sold,\" Ann Tull, a lawyer for Fenwick Oil, told a judge at a hearing "
     "in Molde, Norway, on Wednesday.", "40%",
     "\"We must stop _____ of the firm from being sold,\" Ann Tull, a lawyer for Fenwick Oil, told a judge at a "
     "hearing in Molde, Norway."),
    # both commas go with a phrase they enclose ("Tull, announced" before)
    ("Mayor Ann Tull, on Friday, announced that 300 jobs at the Bergen steel mill were cut.", "300",
     "Mayor Ann Tull announced that _____ jobs at the Bergen steel mill were cut."),
])
def test_an_undated_weekday_phrase_on_the_verb_is_left_out(nlp, text, answer, prompt):
    fact = _fact(nlp, text, answer)
    assert needs_context(fact) is None
    question = make_cloze(fact)
    assert question is not None and question.visible_prompt() == prompt


def test_a_wh_question_leaves_the_undated_day_out_too(nlp):
    fact = _fact(nlp, "Mayor Ann Tull said Friday that 300 jobs at the Bergen steel mill were cut.", "Ann Tull")
    question = make_wh(fact)
    assert question is not None and "Friday" not in question.prompt


@pytest.mark.parametrize("text, answer", [
    ("Saturday is the 75th anniversary of the Social Security Act.", "Social Security Act"),  # the day is the subject
    ("The council of Bergen will vote on the budget plan by Friday, Mayor Ann Tull said.", "Ann Tull"),  # a deadline
])
def test_an_undated_weekday_the_card_keeps_gives_no_card(nlp, text, answer):
    assert needs_context(_fact(nlp, text, answer)) == "relative time"


def test_a_weekday_the_articles_date_fixes_stays(nlp):
    fact = _fact(nlp, "Mayor Ann Tull said Tuesday that 300 jobs at the Bergen steel mill were cut.", "300",
                 date="2024-03-14")
    assert needs_context(fact) is None
    assert "19 March" not in fact.sentence and "12 March 2024" in make_cloze(fact).visible_prompt()


@pytest.mark.parametrize("told, expected", [
    ("Joseph Dempsey commented on Monday that it was hard.", True),
    ("Monday, Aug. 4, the army left the base.", False),  # the sentence dates it
    ("It opened on Friday (Dec. 12) at 8 p.m.", False),
    ("Black Friday sales rose at the mall.", False),  # a name
    ("He read the Sunday Times at the mall.", False),
    ("He left on [Monday, 10 March 2024].", False),  # quizgen dated it
    ("Sunday's vote was close.", False),  # ranking.held_back keeps it among all the cards
])
def test_which_weekdays_no_date_fixes(told, expected):
    assert undated_weekday(told) is expected
