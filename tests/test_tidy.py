"""Small edits raters asked for on otherwise good prompts (quizgen.questions.tidy), on sentences written for the
tests."""

from __future__ import annotations

import pytest

from quizgen.facts.extract import extract_facts
from quizgen.questions.candidates import make_cloze, make_wh, trimmed
from quizgen.questions.standalone import drop_connective
from quizgen.questions.tidy import said_not_added, set_off_as_of, unbracketed_dates


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
    # raters: "'for instance' is a leftover"
    ("On the campus of the Lisbon medical school, for instance, Anna Berg says she has 30 people in her lab.", "30",
     "On the campus of the Lisbon medical school, Anna Berg says she has 30 people in her lab."),
    # fresh pages' raters: "'moreover' dangles", "'earlier' is a dangling time word"
    ("Tribune, moreover, may have the best balance sheet among the 40 papers in Bergen.", "40",
     "Tribune may have the best balance sheet among the 40 papers in Bergen."),
    ("The harbour plan was, however, rejected by 40 votes in Bergen.", "40",
     "The harbour plan was rejected by 40 votes in Bergen."),
    ("On the campus of the Lisbon medical school, however, Anna Berg has 30 people in her lab.", "30",
     "On the campus of the Lisbon medical school, Anna Berg has 30 people in her lab."),
    ("Dunford is appealing a ruling that said it, too, had engaged in price-fixing and must pay a 40 million fine.",
     "40 million", "Dunford is appealing a ruling that said it had engaged in price-fixing and must pay a 40 million "
     "fine."),
    ("The office said her claim was weak and that, instead, Anna Berg had 30 people in her lab in Bergen.", "30",
     "The office said her claim was weak and that Anna Berg had 30 people in her lab in Bergen."),
    # stop 52's and 53's raters: "'by contrast' dangles"
    ("The Velm Quest Pro, by contrast, has a resolution of 1800 pixels per eye.", "1800",
     "The Velm Quest Pro has a resolution of 1800 pixels per eye."),
    ("The harbour plan was, in contrast, rejected by 40 votes in Bergen.", "40",
     "The harbour plan was rejected by 40 votes in Bergen."),
    ("Rafael Nadal earlier defeated Karen Khachanov in 2019 in Madrid.", "2019",
     "Rafael Nadal defeated Karen Khachanov in 2019 in Madrid."),
    # raters: "'The elder' only makes sense inside the article; drop it"
    ("The elder Tomas Kellan Berg is a life insurance salesman who started a group in 2010 called Durand Ventures.",
     "2010", "Tomas Kellan Berg is a life insurance salesman who started a group in 2010 called Durand Ventures."),
    ("Police said the younger Anna Berg had moved to Lisbon in 2012 with her two children.", "2012",
     "Police said Anna Berg had moved to Lisbon in 2012 with her two children."),
])
def test_stray_words_are_left_out(nlp, text, answer, expected):
    assert _trimmed(nlp, text, answer) == expected


@pytest.mark.parametrize("text, answer, kept", [
    # a comma that closes an aside in the subject stays
    ("Anna Berg, the mayor of Bergen since 2019, has opened a new ferry terminal with 40 berths.", "40", ", has"),
    # "also" that adds to what the sentence itself says
    ("The board cut fares in Bergen and also opened 40 new berths in the harbour last spring.", "40", "also"),
    ("Not only did the board cut fares, it also opened 40 new berths in the harbour of Bergen.", "40", "also"),
    # "earlier" with words of its own says when
    ("The board cut fares in Bergen earlier this year and opened 40 new berths in the harbour.", "40",
     "earlier this year"),
    # a quotation keeps its words
    ("Anna Berg told the council in Bergen: “The harbour board has also pressured the ferry company to cut fares "
     "by 2024.”", "2024", "also"),
    ("“The harbour board has also pressured the ferry company in Bergen to cut fares by 2024.”", "2024", "also"),
])
def test_words_that_belong_stay(nlp, text, answer, kept):
    facts = [f for f in extract_facts(nlp(text)) if f.answer == answer]
    assert facts
    sentence, _ = trimmed(facts[0])
    assert kept in sentence


@pytest.mark.parametrize("prompt, expected", [
    # raters: "drop the dangling 'For instance,'", "trim the dangling opener 'In another instance,'", "drop 'Recently,'"
    ("For instance, Anna Berg noted that the council declined to renew the lease.",
     "Anna Berg noted that the council declined to renew the lease."),
    ("In another instance, a hacked account pointed users toward fake links.",
     "A hacked account pointed users toward fake links."),
    ("Recently, Anna Berg has publicly blamed the ferry company for the delays.",
     "Anna Berg has publicly blamed the ferry company for the delays."),
    ("For example, the board cut fares.", "The board cut fares."),
    # a fresh page's rater: "it opens with a dangling 'In one example'"
    ("In one example, Anna Berg read out a headline about the ferry.",
     "Anna Berg read out a headline about the ferry."),
    # stop-53 raters: "delete the opening 'After all,'", "'In truth' dangles", "'As a way of rough comparison,' dangles"
    ("After all, Anna Berg brokered the $40 million sale of Velm Ferries.",
     "Anna Berg brokered the $40 million sale of Velm Ferries."),
    ("In truth, the Dunford assets were worth $4.5 billion.", "The Dunford assets were worth $4.5 billion."),
    ("Apparently, Anna Berg has had only four briefings.", "Anna Berg has had only four briefings."),
    ("As a way of rough comparison, the Velmland target is $0.03 per kWh.", "The Velmland target is $0.03 per kWh."),
    # a fresh page's raters: '"In comparison" dangles' (2 of 2)
    ("In comparison, fewer than half of Velmland's voters, 44 percent, think the mayor will win.",
     "Fewer than half of Velmland's voters, 44 percent, think the mayor will win."),
    # no comma: a word of the sentence, not an aside
    ("Recently opened berths take 40 boats.", "Recently opened berths take 40 boats."),
])
def test_opening_asides_are_dropped(prompt, expected):
    assert drop_connective(prompt)[0] == expected



@pytest.mark.parametrize("text, answer, expected", [
    # a date the article's date made loses its brackets; the blank moves with the text
    ("Mayor Ann Tull vetoed a bill in [December 2014] that cut 300 jobs.", "300",
     "Mayor Ann Tull vetoed a bill in December 2014 that cut _____ jobs."),
    ("On [Sunday, 28 December 2014], a shark bit a surfer off Fernhill.", "Fernhill",
     "On Sunday, 28 December 2014, a shark bit a surfer off _____."),
    ("The mill closed in [2013] after [Tull Steel] lost 40 clients.", "40",
     "The mill closed in 2013 after [Tull Steel] lost _____ clients."),  # a name put in keeps its brackets
    ("The plant opened in [2013].", "2013", "The plant opened in _____."),  # the answer's own brackets too
])
def test_an_inserted_date_shows_without_brackets(text, answer, expected):
    start = text.index(answer)
    prompt, (a, b) = unbracketed_dates(text, (start, start + len(answer)))
    assert prompt[:a] + "_____" + prompt[b:] == expected


@pytest.mark.parametrize("text, answer, expected", [
    # the "as of [year]" put in for a "now" mid-clause is set off with commas; the blank moves with the text
    ("Dunford users comprise as of [2011] 11% of the region's people.", "11%",
     "Dunford users comprise, as of [2011], _____ of the region's people."),
    ("Anna Berg says she as of [2014] has 30 people in her lab.", "30",
     "Anna Berg says she, as of [2014], has _____ people in her lab."),
    # at the end of a clause, after a comma, or the article's own words: as written
    ("Tull Steel is profitable as of [2011], its owner said.", "Tull Steel",
     "_____ is profitable as of [2011], its owner said."),
    ("Tull Steel had 40 clients as of 2011 in Dunford.", "40", "Tull Steel had _____ clients as of 2011 in Dunford."),
])
def test_an_inserted_as_of_mid_clause_is_set_off(text, answer, expected):
    start = text.index(answer)
    prompt, (a, b) = set_off_as_of(text, (start, start + len(answer)))
    assert prompt[a:b] == answer
    assert prompt[:a] + "_____" + prompt[b:] == expected


def test_a_cloze_on_a_now_sentence_reads_as_of_between_commas(nlp):
    facts = [f for f in extract_facts(nlp("Dunford Telecom now has 3.8 million customers for its fibre service."),
                                      article_date="2010-08-18") if f.answer == "3.8 million"]
    assert "as of [2010]" in facts[0].sentence
    question = make_cloze(facts[0])
    assert question is not None and question.visible_prompt() == \
        "Dunford Telecom, as of 2010, has _____ customers for its fibre service."


def test_a_cloze_on_a_dated_sentence_shows_no_brackets(nlp):
    facts = [f for f in extract_facts(nlp("Mayor Ann Tull vetoed a bill last month that cut 300 jobs."),
                                      article_date="2024-03-14") if f.answer == "300"]
    assert "[" in facts[0].sentence  # the facts stage marks what it put in
    question = make_cloze(facts[0])
    assert question is not None and question.visible_prompt() == \
        "Mayor Ann Tull vetoed a bill in February 2024 that cut _____ jobs."


def test_a_wh_question_on_a_dated_sentence_shows_no_brackets(nlp):
    facts = [f for f in extract_facts(nlp("Mayor Ann Tull has added 300 jobs since July of last year."),
                                      article_date="2024-03-14") if f.answer == "300"]
    assert "[2023]" in facts[0].sentence
    question = make_wh(facts[0])
    assert question is not None and question.prompt == "How many jobs has Mayor Ann Tull added since July of 2023?"


@pytest.mark.parametrize("text, answer, expected", [
    ('Ann Tull, the mayor, added: "The Dunford bridge will open in 2025."', "2025",
     'Ann Tull, the mayor, said: "The Dunford bridge will open in _____."'),
    ("“The bridge will open in 2025,” Ann Tull added.", "2025", "“The bridge will open in _____,” Ann Tull said."),
    ("Ann Tull added that the bridge will open in 2025.", "2025", "Ann Tull said that the bridge will open in _____."),
    ("Ann Tull adds, “The bridge will open in 2025.”", "2025", "Ann Tull says, “The bridge will open in _____.”"),
    # "added" that attributes nothing, or inside a quotation, stays
    ("Mayor Ann Tull has added 300 jobs since July.", "300", "Mayor Ann Tull has added _____ jobs since July."),
    ("“The bridge added 300 jobs,” Ann Tull said.", "300", "“The bridge added _____ jobs,” Ann Tull said."),
])
def test_an_added_that_attributes_a_quote_reads_said(text, answer, expected):
    start = text.index(answer)
    prompt, (a, b) = said_not_added(text, (start, start + len(answer)))
    assert prompt[:a] + "_____" + prompt[b:] == expected


def test_a_cloze_attributed_with_added_reads_said(nlp):
    facts = [f for f in extract_facts(nlp('Ann Tull added: "The Dunford bridge will open in 2025."'))
             if f.answer == "2025"]
    question = make_cloze(facts[0])
    assert question is not None and question.visible_prompt().startswith("Ann Tull said:")


@pytest.mark.parametrize("text, answer, made", [
    # a verb clipped onto the answer: "_____'s seen" reads as an owner's, not "Velmland has seen"
    ("Velmland's seen a volatile December, with higher interest rates and a plunging currency.", "Velmland", False),
    ("Velmland's central bank raised interest rates to 17 percent in December.", "Velmland", True),  # an owner
    # part of a hashtag: a tweet's wording
    ("The tweet from the Dunford Times reads, “#Velmland show interrupted by an angry fan.”", "Velmland", False),
])
def test_no_blank_before_a_clipped_verb_or_inside_a_hashtag(nlp, text, answer, made):
    facts = [f for f in extract_facts(nlp(text), article_date="2014-12-29") if f.answer == answer]
    assert facts and (make_cloze(facts[0]) is not None) is made


@pytest.mark.parametrize("text, expected", [
    # a fresh page's rater: "'a 8-year-old' is ungrammatical"
    ("Police released video of the rescue of a 8-year-old Dunford girl.", "Police released video of the rescue of an "
     "8-year-old Dunford girl."),
    ("The storm caused a 11-hour delay.", "The storm caused an 11-hour delay."),
    ("The storm caused a 110-minute delay.", "The storm caused a 110-minute delay."),  # "a hundred and ten"
    ("“It was a 8-hour drive,” Ana Berg said.", "“It was a 8-hour drive,” Ana Berg said."),  # a quote keeps its words
])
def test_an_before_a_number_said_with_a_vowel(text, expected):
    from quizgen.questions.tidy import an_before_vowel_number

    assert an_before_vowel_number(text, (len(text), len(text)))[0] == expected


@pytest.mark.parametrize("text, expected", [
    # the seed's rater: "insert 'in' before 'late 2023'"
    ("Velmland warned late 2023 of deploying new ships.", "Velmland warned in late 2023 of deploying new ships."),
    ("Sales at Dunford Mills rose early March 2024.", "Sales at Dunford Mills rose in early March 2024."),
    ("Output at the Dunford mine peaked mid-2019.", "Output at the Dunford mine peaked in mid-2019."),
    # a preposition or a verb that takes the time as it is already stands before it
    ("The Dunford mine closed in late 2023.", "The Dunford mine closed in late 2023."),
    ("Prices will rise come mid-2027.", "Prices will rise come mid-2027."),
    ("The talks ended late Tuesday.", "The talks ended late Tuesday."),  # a day: no "in"
    ("“We warned late 2023,” Ana Berg said.", "“We warned late 2023,” Ana Berg said."),  # a quote keeps its words
])
def test_in_before_a_part_of_a_year(text, expected):
    from quizgen.questions.tidy import in_before_a_time_of_year

    assert in_before_a_time_of_year(text, (len(text), len(text)))[0] == expected


def test_in_before_a_part_of_a_year_on_a_card(nlp):
    text = "Tensions have grown since Velmland warned late 2023 of deploying new ships to the Dunford coast."
    (place,) = [f for f in extract_facts(nlp(text)) if f.answer == "Dunford"]
    assert "warned in late 2023 of deploying" in make_cloze(place).prompt


@pytest.mark.parametrize("text, answer, expected", [
    # set AF: "the ticker (DBKGn.DE) hints at the answer; delete it"
    ("A federal investigator asked Velm Bank (VELMn.DE) for data on Tomas Vell's accounts in 2017.", "2017",
     "A federal investigator asked Velm Bank for data on Tomas Vell's accounts in 2017."),
    ("Ines Marlow bought shares of Dunford Inc (DUNF.O) and Velm Corp in 2017.", "2017",
     "Ines Marlow bought shares of Dunford Inc and Velm Corp in 2017."),
    ("Ines Marlow sold Dunford Inc (DUNF.O) and bought Velm Corp (VELM.N) in 2017.", "2017",
     "Ines Marlow sold Dunford Inc and bought Velm Corp in 2017."),
    # an abbreviation in brackets is the name's, not a ticker
    ("The Velm Party (VP) won 40 seats in Dunford in 2019.", "2019",
     "The Velm Party (VP) won 40 seats in Dunford in 2019."),
])
def test_a_stock_ticker_after_a_name_is_left_out(nlp, text, answer, expected):
    assert _trimmed(nlp, text, answer) == expected


def test_a_ticker_is_no_answer(nlp):
    from quizgen.questions.candidates import candidate_questions

    facts = extract_facts(nlp("Ines Marlow bought shares of Apple Inc (AAPL.O) and Velm Corp in 2017."))
    assert any(f.answer == "AAPL.O" for f in facts)  # the model reads the ticker as a name
    cards = candidate_questions(facts)
    assert cards and not any("AAPL" in q.answer for q in cards)
