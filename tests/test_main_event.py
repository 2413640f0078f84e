"""The article's main event gets one short card: the lead sentence telling the headline's news, cut to its main clause,
asked on its subject or object (else a cloze of the clause); sentences and names written for the tests."""

from __future__ import annotations

import pytest

from quizgen.facts.extract import extract_facts
from quizgen.questions.candidates import candidate_questions
from quizgen.questions.distractors import ArticleFacts
from quizgen.questions.features import ArticleContext
from quizgen.questions.key_facts import MAIN_EVENT_LIFT as LIFT
from quizgen.questions.key_facts import KeyFacts
from quizgen.questions.main_event import is_main_event, main_event_question
from quizgen.questions.ranking import deck_chance, deck_selection, keep_chance

DATE = "2031-03-14"  # a Friday


def event(nlp, title: str, text: str):
    facts = extract_facts(nlp(text), article_date=DATE)
    return main_event_question(facts, KeyFacts(facts, title, weights={})), facts


@pytest.mark.parametrize("title, text, prompt, answer", [
    # a cloze of the main clause on a named subject (blind raters: 9 of 22 main-event clozes good, 6.7 of 27
    # wh-questions); the trailing attribution goes; a relative day gets the article's date
    ("Lorna Vesk resigns as Brightwell chief",
     "Lorna Vesk resigned as chief executive of Brightwell Foods on Tuesday, the company said. The board met.",
     "_____ resigned as chief executive of Brightwell Foods on 11 March 2031.", "Lorna Vesk"),
    # the participle clause after the comma goes
    ("Arlen vetoes pension bill",
     "Governor Tomas Arlen vetoed a pension bill for city workers on Friday, saying the state could not afford it. "
     "Unions were angry.",
     "Governor _____ vetoed a pension bill for city workers on 14 March 2031.", "Tomas Arlen"),
    # a second verb goes; the relative clause saying which law stays in a short clause …
    ("Court blocks Delmora mining law",
     "The High Court of Delmora struck down a mining law that had let firms dig in national parks, and ordered a new "
     "hearing. Miners protested.",
     "The _____ struck down a mining law that had let firms dig in national parks.", "High Court of Delmora"),
    # … and goes from a long one
    ("Court blocks Delmora mining law",
     "The High Court of Delmora struck down a mining law that had let foreign and domestic firms dig for copper, gold "
     "and lithium in the national parks and nature reserves of the country for over two decades, and ordered a new "
     "hearing. Miners protested.",
     "The _____ struck down a mining law.", "High Court of Delmora"),
    # an apposition and a text in brackets say which (blind raters: "A PRIVATE motion was defeated", "the home of
    # her wealthy father" say not which); the number the headline tells is asked
    ("Harlow Mills posts record profit",
     "Harlow Mills, a textile maker based in Dunmere, earned $4 billion in 2030, the company announced. Shares rose.",
     "Harlow Mills, a textile maker based in Dunmere, earned _____ in 2030.", "$4 billion"),
    # a relative clause set off by a comma adds to the law, it does not say which: it goes
    ("Court blocks Delmora mining law",
     "The High Court of Delmora struck down the mining law, which had let firms dig in national parks, on Friday. "
     "Miners protested.",
     "The _____ struck down the mining law on 14 March 2031.", "High Court of Delmora"),
    # what says which, but points back ("that hospital"): the bare clause instead (a fresh page's lead: "… employees
    # who accused him … in that institution")
    ("Arlen apologises to nurses",
     "Governor Tomas Arlen apologised to the two nurses who had worked at that hospital, and promised an inquiry. "
     "Unions were angry.",
     "Governor _____ apologised to the two nurses.", "Tomas Arlen"),
    ("Varnek declares emergency over fires",
     "Varnek (the largest state in Velmland) declared a state of emergency over forest fires on Monday, officials "
     "said. Smoke covered the capital.",
     "_____ (the largest state in Velmland) declared a state of emergency over forest fires on 10 March 2031.",
     "Varnek"),
    # the clause ends on an abbreviation: its full stop ends the sentence, no second one
    ("Orvel jazz star's father kept a high profile",
     "Orvel Danek kept a high profile on radio in the U.S., but is a mystery to the police. Fans were surprised.",
     "Orvel Danek kept _____ in the U.S.", "a high profile on radio"),
    # no name as the subject: the object is asked; a second verb goes
    ("Town council cuts bus routes",
     "The Fenwick town council cut three bus routes on Monday, but kept the night service. Riders complained.",
     "The Fenwick town council cut _____ on 10 March 2031.", "three bus routes"),
    # a figure in digits opening the object is asked alone, its noun left in view (blind raters on the seed: "the
    # blank covers the whole object; blank only the number")
    ("Velmland to deploy missile launchers at border",
     "Velmland has threatened to deploy 250 new tactical missile launchers to its border with Dunmere. Troops "
     "cheered.", "Velmland has threatened to deploy _____ new tactical missile launchers to its border with Dunmere.",
     "250"),
    # an "also" or an "earlier" that adds to what the card cut away goes with it (blind raters: "'also' points back
    # to suspensions the card never mentions", "'earlier' dangles")
    ("Velm striker Ana Vidal banned for two games",
     "Dunford striker Ana Vidal also received a two-game ban for shoving the referee, and both clubs were fined. "
     "Fans were angry.",
     "Dunford striker Ana Vidal received _____.", "a two-game ban for shoving the referee"),
    # a participle clause not set off stays in a long clause too: the parser hung the sentence's own subject on a
    # noun ("research claims cutting …": a fresh page's card read "research claims would save _____ lives a year",
    # rated bad, "the subject is missing")
    ("Lower speed limit 'would cut toll'",
     "Dunford University research claims cutting the speed limit on the rural roads of Velmland from 60mph to 50mph "
     "would save 65 lives a year. MPs will vote on the bill.",
     "Dunford University research claims cutting the speed limit on the rural roads of Velmland from 60mph to 50mph "
     "would save _____ lives a year.", "65"),
    # an infinitive of purpose right after the verb's words stays (what the money was for), and an "according to"
    # source goes whole (set AN: "… paid [...] in public money according to data", "as written, another total also
    # fits")
    ("Velm council paid out $2 million over ferry claims",
     "From 2019 through 2022, the Velm council paid more than $2 million in public money to settle nine claims "
     "against ferry captains, according to figures it released on Monday. Captains were angry.",
     "From 2019 through 2022, the _____ paid more than $2 million in public money to settle nine claims against "
     "ferry captains.", "Velm council"),
    # the source goes to its phrase's end, the name the parser hung elsewhere with it (a first form left "… dropped
    # by _____ President Barbara Stephenson.")
    ("Velm ferry captains thin out",
     "The number of Velm ferry captains has dropped by 60 percent since January according to a letter by Velm "
     "Captains Union President Ana Berg. Captains were worried.",
     "The number of Velm ferry captains has dropped by _____ since January 2031.", "60 percent"),
])
def test_the_main_event_is_asked_on_its_main_clause(nlp, title, text, prompt, answer):
    question, _ = event(nlp, title, text)
    assert question is not None and (question.visible_prompt(), question.answer) == (prompt, answer)
    assert is_main_event(question)


@pytest.mark.parametrize("title, text", [
    ("Rebels capture Varnek", "They captured the hill town of Varnek on Sunday. Residents fled."),  # points back
    ("Pianists win Orvel prize",  # half of a pair is no answer
     "Mira Dovak and Ansel Trey won the Orvel Prize on Sunday. The jury praised them."),
    # a name after "a" is a kind of thing ("a North Velmland shared workspace"): the parse cut away its noun
    ("Traders meet Velm candidate",
     "About a dozen black female small-business owners were gathered in a North Velmland shared workspace on Tuesday "
     "night for a networking event when they were told the newest presidential hopeful was coming. The crowd cheered."),
    ("Ostbury speech angers councillors",  # a number in passing ("one of …") is not the event
     "The mayor's speech on Monday pushed one of Ostbury's most senior councillors over the edge. He resigned."),
])
def test_no_main_event_card(nlp, title, text):
    question, _ = event(nlp, title, text)
    assert question is None


def test_the_sentence_telling_the_headline_is_chosen(nlp):
    text = ("Harbour officials in Pellport reported calm seas on Monday. The Pellport council approved a flood wall "
            "for the old quay. Fishermen welcomed it.")
    question, _ = event(nlp, "Pellport council approves flood wall", text)
    assert question is not None and question.fact.sentence_index == 1


def test_an_answer_the_headline_shows_comes_last(nlp):
    text = "Governor Nadia Orsk vetoed a pension bill for city workers. Unions were angry."
    question, _ = event(nlp, "Nadia Orsk vetoes bill", text)  # "Who vetoed …?" → the title's name
    assert question is not None and question.answer == "a pension bill for city workers"


_BUS_TAIL = " Riders complained to Mayor Jorun Halvek, who said 4,000 people use the routes. The council saves $2 " \
            "million a year."


def _bus_event(nlp, lead: str):
    facts = extract_facts(nlp(lead + _BUS_TAIL), article_date=DATE)
    key = KeyFacts(facts, "Town council cuts bus routes", weights={})
    return facts, key, main_event_question(facts, key)


def test_a_main_event_figure_is_lifted_first_into_the_deck(nlp):
    facts, key, question = _bus_event(nlp, "The Fenwick town council cut 40 bus routes on Monday, but kept the night "
                                           "service.")
    assert question is not None and question.answer == "40" and key.lift(question) == LIFT
    context = ArticleContext(ArticleFacts(facts).by_sentence)
    assert deck_chance(question, context, key) == key.lifted(question, keep_chance(question, context))
    deck = deck_selection([*candidate_questions(facts, pending=True), question], ArticleFacts(facts), 1, key)
    assert [q.key for q in deck] == [question.key]


def test_a_main_event_clause_takes_the_rankers_chance(nlp):
    """A clause (or a name) gets no lift: blind raters kept 45% of such cards in the tune decks, 68% of the decks'
    other cards."""
    facts, key, question = _bus_event(nlp, "The Fenwick town council cut three bus routes on Monday, but kept the "
                                           "night service.")
    assert question is not None and question.answer == "three bus routes" and key.lift(question) == 0.0
    context = ArticleContext(ArticleFacts(facts).by_sentence)
    assert deck_chance(question, context, key) == keep_chance(question, context)


def test_the_main_clause_keeps_a_quotations_words(nlp):
    """The main clause drops subordinate words ("when he first ran in 2029", a "that" introducing a clause) from
    the narration only: inside quotation marks every word stays, or the card misquotes the speaker."""
    from quizgen.nlp.parse import parse_of
    from quizgen.questions.main_event import main_clause

    sent = next(nlp("Senator Ines Vell said Arlen when he first ran in 2029 “promised the voters of Dunmere that he "
                    "would cut taxes.”").sents)
    parse = parse_of(sent, sent.start_char)
    _, kept = main_clause(parse)
    shown = " ".join(t.text for t in parse.tokens if t.i in kept)
    assert "Dunmere that he would cut taxes" in shown  # the quotation as the speaker said it
    assert "2029" not in shown  # the narration's aside still goes


def test_a_with_phrase_whose_participle_goes_goes_with_it(nlp):
    """", with forecasters warning that …": the participle is the phrase's own verb, so when the main clause loses
    it the whole phrase goes; a fresh page's card had ended "… in November 2019, with forecasters." (rated
    fixable: "the sentence is cut off")."""
    from dataclasses import replace

    from quizgen.nlp.parse import SentenceParse, parse_of
    from quizgen.questions.main_event import main_clause, reduced

    sent = next(nlp("A thick layer of sea fog is expected to settle over the 2 million people of Velmgrad this "
                    "week, with harbour pilots warning that ferry crossings are likely to be cancelled for several "
                    "days in a row.").sents)
    parse = parse_of(sent, sent.start_char)
    # as the model had it on that page: "with" on the sentence's verb, the noun its object, the participle a clause
    # on the noun
    at = {t.text: t.i for t in parse.tokens}
    parse = SentenceParse(tuple(
        replace(t, head=parse.root.i) if t.text == "with" else
        replace(t, dep="pobj", head=at["with"]) if t.text == "pilots" else
        replace(t, dep="acl", head=at["pilots"], tag="VBG") if t.text == "warning" else t for t in parse.tokens))
    head, kept = main_clause(parse, says_which=False)
    shown = reduced(parse, kept, head).text
    assert "pilots" not in shown and "warning" not in shown
    assert shown.endswith("people of Velmgrad this week.")
    # a clause short enough to keep what says which keeps its participle, and so the whole phrase
    sent = next(nlp("Fog is set to cover Velmgrad this week, with pilots warning that crossings will be cancelled.").sents)
    parse = parse_of(sent, sent.start_char)
    head, kept = main_clause(parse)
    assert "with pilots warning" in reduced(parse, kept, head).text
    # a noun's infinitive stays with it, and so does its "with" phrase
    sent = next(nlp("The Velmgrad port authority opened a new container terminal on the eastern bank of the river "
                    "this week, with plans to expand it to twice its size within the next ten years.").sents)
    parse = parse_of(sent, sent.start_char)
    head, kept = main_clause(parse, says_which=False)
    assert "with plans to expand it" in reduced(parse, kept, head).text
    # another preposition's noun is no absolute phrase: it stays, and so does its participle, not set off (it says
    # which residents)
    sent = next(nlp("The Velmgrad council approved a new flood barrier along the river on Monday for residents living "
                    "in the low-lying eastern districts of the old town.").sents)
    parse = parse_of(sent, sent.start_char)
    head, kept = main_clause(parse, says_which=False)
    assert reduced(parse, kept, head).text.endswith(
        "on Monday for residents living in the low-lying eastern districts of the old town.")


def test_an_unclosed_bracket_is_no_aside(nlp):
    """A "(" the tokenizer never closes ("(Velm)Lorna" is one token after it) hides nothing: the old count dropped
    every word after it, the verb too, and the reduced sentence then failed (a traceback on a real page)."""
    from quizgen.nlp.parse import parse_of
    from quizgen.questions.main_event import main_clause, reduced

    sent = next(nlp("(Velm)Lorna Vesk made an unscheduled trip to the Velmland hospital on Saturday.").sents)
    parse = parse_of(sent, sent.start_char)
    head, kept = main_clause(parse)
    assert head.i in kept
    assert "Velmland hospital" in reduced(parse, kept, head).text


@pytest.mark.parametrize("cut, kept", [
    # a main clause cut to "… events, not just." (the parser hung the rest on what went) asks nothing whole
    ("Halden State University wants its stadium to be a home for concerts, not just.", False),
    ("Halden State University wants its stadium to be a home for concerts.", True),
])
def test_a_main_event_cloze_cut_short_of_its_last_words_is_no_card(cut, kept):
    from quizgen.questions.main_event import _cloze
    from quizgen.questions.shape import ends_unfinished
    from tests.factory import fact

    small = fact(cut, "Halden State University", 0)
    assert ends_unfinished(cut) is not kept
    assert (_cloze(small, small) is not None) is kept


def test_an_undated_weekday_leaves_the_main_event_card(nlp):
    # no article date to fix which Friday: the weekday goes, as it goes from every other card
    text = "Labour pledged Friday to keep the Velmland Pension Fund in place. Unions were pleased."
    facts = extract_facts(nlp(text))
    question = main_event_question(facts, KeyFacts(facts, "Labour to keep the Velmland Pension Fund", weights={}))
    assert question is not None and "Friday" not in question.visible_prompt()
    assert question.prompt.startswith("Labour pledged to keep")


def test_a_clause_whose_answer_an_abbreviation_cuts_gives_no_card(nlp):
    """"bbl." read as a phrase's end: the object would be "a report on the fate of the 4.9 million bbl" and the card
    "released _____. of oil." (a tune page's lead); the figure keeps its own card among the others."""
    text = ("In August 2010, the federal government released a report on the fate of the 4.9 million bbl. of oil that "
            "spilled into the Velm Sea after the Dunford rig explosion. Experts estimated that 74% of the oil had been "
            "captured.")
    facts = extract_facts(nlp(text), article_date="2010-08-20")
    assert main_event_question(facts, KeyFacts(facts, "Velm Sea spill: where did the oil go?", weights={})) is None
    assert any(q.answer == "4.9 million" for q in candidate_questions(facts))
