"""Times that hold only at the writing ("now", "recently", "the past two years", "the fourth quarter", "Dec. 18")
made absolute with the article's date, or their sentence refused; and no date inserted into a sentence that reports
an earlier source or beside the same month. Sentences written for these tests (invented names)."""

from __future__ import annotations

import pytest

from quizgen.facts.extract import extract_facts
from quizgen.questions.standalone import needs_context


def _fact(nlp, text: str, answer: str, date: str):
    found = [f for f in extract_facts(nlp(text), article_date=date) if f.answer == answer]
    assert found, [f.answer for f in extract_facts(nlp(text), article_date=date)]
    return found[0]


@pytest.mark.parametrize("text, answer, date, shown", [
    # "now" / "currently" on a present-tense main verb: the article's year
    ("Zorvex users comprise now 11% of the kettle market.", "11%", "2024-08-14",
     "Zorvex users comprise as of [2024] 11% of the kettle market."),
    ("Brantley Kettles currently employs 300 people in Ostrava.", "300", "2024-08-14",
     "Brantley Kettles as of [2024] employs 300 people in Ostrava."),
    # "recently" once the year is past its first months
    ("Mira Coldwell recently opened 3 bakeries in Ostrava.", "3", "2024-08-14",
     "Mira Coldwell in [2024] opened 3 bakeries in Ostrava."),
    # a span counted back from the writing
    ("In the past two years, Zorvex has paid $14 million in fines.", "$14 million", "2015-01-14",
     "In the two years up to [January 2015], Zorvex has paid $14 million in fines."),
    ("Japan has launched 3 satellites over the last year.", "3", "2024-03-14",
     "Japan has launched 3 satellites over the year up to [March 2024]."),
    ("The past 12 months have seen 300 new firms open in Ostrava.", "300", "2014-12-05",
     "The 12 months up to [December 2014] have seen 300 new firms open in Ostrava."),
    # a business's quarter: the latest begun for a past verb, the one to come for a future one
    ("In the fourth quarter, Zorvex earned $3 million.", "$3 million", "2015-01-14",
     "In the fourth quarter of [2014], Zorvex earned $3 million."),
    ("Zorvex will earn $3 million in the first quarter.", "$3 million", "2014-11-20",
     "Zorvex will earn $3 million in the first quarter of [2015]."),
    # a month and day without a year
    ("Zorvex paid $3 million to Brantley on Dec. 30.", "$3 million", "2015-01-14",
     "Zorvex paid $3 million to Brantley on [Dec. 30, 2014]."),
    ("Zorvex will pay $3 million to Brantley on Jan. 5.", "$3 million", "2014-12-18",
     "Zorvex will pay $3 million to Brantley on [Jan. 5, 2015]."),
    ("Zorvex paid $3 million to Brantley on 30 December.", "$3 million", "2015-01-14",
     "Zorvex paid $3 million to Brantley on [30 December 2014]."),
    # a range of days takes its year after the range (blind raters: "June 6, 2021-10" is garbled), and "to be held"
    # looks ahead, as "will be held" does: the next June, not the last
    ("Mira Coldwell spoke before the Ostrava summit, to be held June 6-10 in Brantley.", "Brantley", "2022-04-21",
     "Mira Coldwell spoke before the Ostrava summit, to be held [June 6-10, 2022] in Brantley."),
    ("The Ostrava summit was held 6-10 June in Brantley.", "Brantley", "2022-08-21",
     "The Ostrava summit was held [6-10 June 2022] in Brantley."),
    ("The Ostrava summit will be held June 6 in Brantley.", "Brantley", "2022-04-21",
     "The Ostrava summit will be held [June 6, 2022] in Brantley."),
    # a later year is a plan, not the day's year
    ("Zorvex will receive $18 million for 2015 under a bill released Dec. 9.", "$18 million", "2014-12-12",
     "Zorvex will receive $18 million for 2015 under a bill released [Dec. 9, 2014]."),
    # the tense agrees with the day's side of the article date
    ("Zorvex paid $3 million to Brantley on Aug. 21.", "$3 million", "2024-09-14",
     "Zorvex paid $3 million to Brantley on [Aug. 21, 2024]."),
    # a weekday the sentence dates stays dated once the year is in
    ("Zorvex opened 3 bakeries in Ostrava on Tuesday (Oct. 29), Mira Coldwell said.", "3", "2024-11-05",
     "Zorvex opened 3 bakeries in Ostrava on Tuesday ([Oct. 29, 2024]), Mira Coldwell said."),
    ("Zorvex opened 3 bakeries in Ostrava today (Oct. 29), Mira Coldwell said.", "3", "2024-10-29",
     "Zorvex opened 3 bakeries in Ostrava today ([Oct. 29, 2024]), Mira Coldwell said."),
    # a month named alone: the latest up to the article's for a past verb, the next for a future one (raters: "'in
    # May' has no year")
    ("The Zorvex Foundation projected in May that Brantley would earn $63 million.", "$63 million", "2019-11-20",
     "The Zorvex Foundation projected in [May 2019] that Brantley would earn $63 million."),
    ("In May, the Zorvex Foundation projected that Brantley would earn $63 million.", "$63 million", "2019-11-20",
     "In [May 2019], the Zorvex Foundation projected that Brantley would earn $63 million."),
    ("Zorvex paid $3 million to Brantley in early December.", "$3 million", "2015-01-14",
     "Zorvex paid $3 million to Brantley in early [December 2014]."),
    # a present verb in a clause a future one governs looks ahead with it: the next October, not the last
    ("Zorvex will stage 30 shows on a tour that concludes October 10th in Brantley.", "30", "2019-11-19",
     "Zorvex will stage 30 shows on a tour that concludes [October 10th, 2020] in Brantley."),
    ("Zorvex will open 3 bakeries in Ostrava in March.", "3", "2019-11-20",
     "Zorvex will open 3 bakeries in Ostrava in [March 2020]."),
    ("Mira Coldwell's term as head of Zorvex ends in January, with 3 years served.", "3 years", "2016-11-20",
     "Mira Coldwell's term as head of Zorvex ends in [January 2017], with 3 years served."),
    # the same month already named: only the year goes in
    ("Ostrava Airport had its busiest November in eight years last month, with 3 million passengers.", "3 million",
     "2014-12-22", "Ostrava Airport had its busiest November in eight years in [2014], with 3 million passengers."),
])
def test_times_of_the_writing_take_the_article_date(nlp, text, answer, date, shown):
    fact = _fact(nlp, text, answer, date)
    assert fact.sentence == shown
    assert needs_context(fact) is None


@pytest.mark.parametrize("text, answer, date", [
    # no date: the time stays, and the card is refused
    ("Zorvex users comprise now 11% of the kettle market.", "11%", ""),
    ("Mira Coldwell recently opened 3 bakeries in Ostrava.", "3", ""),
    ("In the past two years, Zorvex has paid $14 million in fines.", "$14 million", ""),
    ("In the fourth quarter, Zorvex earned $3 million.", "$3 million", ""),
    # "recently" early in January may be last year
    ("Mira Coldwell recently opened 3 bakeries in Ostrava.", "3", "2024-01-10"),
    # a sentence reporting an earlier source counts its times from that source
    ("A 2006 Ledger report said Zorvex sold itself to Brantley for $580 million last year.", "$580 million",
     "2011-08-13"),
    ("Coldwell made the Ledger's list of losers in 2006. Its copy, below.\n"
     "After selling itself to Brantley for $580 million last year, Zorvex is the second largest kettle maker.",
     "$580 million", "2011-08-13"),
    # the year the phrase would insert is already in the sentence
    ("Zorvex earned $3 million in 2023 and opened 4 shops last year.", "4", "2024-08-14"),
    # a past perfect counts back from its own time (the survey's), not the article's
    ("The share of adults who said they had bought a kettle in the past month rose by 23 percent.", "23 percent",
     "2019-11-20"),
])
def test_times_left_as_written_give_no_card(nlp, text, answer, date):
    fact = _fact(nlp, text, answer, date)
    assert "[" not in fact.sentence
    assert needs_context(fact) == "relative time"


@pytest.mark.parametrize("text, answer, date", [
    ("Rodger Tamsin, who is now chief executive of Zorvex, hired 30 engineers.", "30", "2024-08-14"),
    ("Zorvex Fest takes place in what is now the Ostrava Square area, with 300 stalls.", "300", "2024-08-14"),
    ("Brantley scored 3 touchdowns in the fourth quarter.", "3", "2024-08-14"),  # a game's quarter
    ("On Dec. 12, 2013, Zorvex paid $3 million to Brantley.", "$3 million", "2024-08-14"),  # its own year
    ("Zorvex paid $3 million to Brantley in May 2024.", "$3 million", "2024-08-14"),
    ("Zorvex paid $3 million to Brantley in May, 2024.", "$3 million", "2024-08-14"),
    ("A report by May Coldwell said Zorvex paid $3 million to Brantley.", "$3 million", "2024-08-14"),  # a name
    # beside a verb of no tense the month may be either side of the article's
    ("A Brantley man admitted threatening to kill Mira Coldwell in March, police said.", "Mira Coldwell",
     "2019-11-20"),
    # a year named just before may be a month's ("joined in 2009. In May …"): the month stays as written
    ("Mira Coldwell joined Zorvex in 2009. In May, Zorvex paid $3 million to Brantley.", "$3 million", "2024-08-14"),
    ("In 2013, Zorvex paid $3 million to Brantley on Dec. 12.", "$3 million", "2024-08-14"),  # the sentence's year
    # a past verb beside a day a week after the article date: the verb read may be another clause's
    ("Zorvex paid $3 million to Brantley on Aug. 21.", "$3 million", "2024-08-14"),
    ("“We paid $3 million on Dec. 12,” Coldwell said.", "$3 million", "2024-12-18"),  # a quote keeps its words
    # "more recently" is later than the sentence's own earlier time, not the writing's year
    ("Mira Coldwell has baked in Ostrava since 1994, and more recently ran 3 shops in Brno.", "1994", "2024-08-14"),
    ("Mira Coldwell taught in Brno for years and most recently led 3 schools in Ostrava.", "3", "2024-08-14"),
    # "as recently as" dates the time after it, not the writing
    ("As recently as 2019, the Zorvex board found 3 faults in the Brantley kettles.", "3", "2024-08-14"),
])
def test_times_that_stand_alone_are_kept_as_written(nlp, text, answer, date):
    fact = _fact(nlp, text, answer, date)
    assert fact.sentence == text.replace("\n", " ") or "[" not in fact.sentence
    assert needs_context(fact) is None


def test_a_span_of_the_writing_gives_no_card_on_the_article_month(nlp):
    """"in the past 15 years" → "in the 15 years up to [June 2016]": the month is quizgen's, not a fact to ask."""
    facts = extract_facts(nlp("Zorvex has hired 40 engineers in the past 15 years."), article_date="2016-06-13")
    shown = "Zorvex has hired 40 engineers in the 15 years up to [June 2016]."
    assert [f.sentence for f in facts if f.answer == "40"] == [shown]
    assert all("June 2016" not in f.answer and "15 years" not in f.answer for f in facts)
