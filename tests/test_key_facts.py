"""The article's key facts get cards: key figures and the headline's news are lifted past the deck's threshold, a
blank beside a visible key figure is lowered, and a sentence may hold a second card for a key figure."""

from __future__ import annotations

import math
import pickle
from dataclasses import replace

import pytest

from quizgen.facts.model import FactKind
from quizgen.questions.distractors import ArticleFacts
from quizgen.questions.features import ArticleContext
from quizgen.questions import ranking
from quizgen.questions.key_facts import (HEADLINE_NEWS, KEY_FIGURE, MINOR_BESIDE_FIGURE, KeyFacts, content_words, headline,
                                         is_key_number)

WEIGHTS = {KEY_FIGURE: 1.2, HEADLINE_NEWS: 0.8, MINOR_BESIDE_FIGURE: -0.5}  # a test's own, not the learned ones
NUMBER_LIFT, HEADLINE_LIFT, MINOR_LIFT = WEIGHTS[KEY_FIGURE], WEIGHTS[HEADLINE_NEWS], WEIGHTS[MINOR_BESIDE_FIGURE]
from quizgen.questions.model import Question, QuestionKind
from quizgen.questions.own_outlet import bare_outlet, credits_outlet, outlet_staff
from quizgen.questions.ranking import MIN_KEEP, deck_chance, deck_selection, keep_chance
from tests.factory import fact


def card(sentence: str, answer: str, index: int, kind: FactKind, score: float = 0.8) -> Question:
    f = fact(sentence, answer, index, kind=kind, score=score)
    return Question(kind=QuestionKind.CLOZE, prompt=sentence, answer=answer, fact=f,
                    key=f"cloze|{index}|{answer}", blank=(f.start, f.end), score=score)


@pytest.mark.parametrize("sentence, answer, kind, index, key", [
    ("The council will spend $18 million on the new bridge.", "$18 million", FactKind.AMOUNT, 9, True),  # digits
    ("Some 185,000 residents signed the petition.", "185,000", FactKind.COUNT, 9, True),
    ("Prices rose by nearly ten percent last winter.", "nearly ten percent", FactKind.AMOUNT, 9, True),  # a scale
    ("Only seven of the 40 volunteers came back.", "Only seven", FactKind.COUNT, 9, True),  # the part of a whole
    ("Only seven of the 40 volunteers came back.", "40", FactKind.COUNT, 9, False),  # the whole
    ("A fisherman was stung three times by the jellyfish.", "three", FactKind.COUNT, 1, True),  # in the lead
    ("Two members of the choir sang at the opening.", "Two", FactKind.COUNT, 9, False),  # in passing
    ("Mayor Anna Berg opened 12 new parks.", "Anna Berg", FactKind.PERSON, 9, False),  # not a number
])
def test_key_numbers(sentence, answer, kind, index, key):
    assert is_key_number(fact(sentence, answer, index, kind=kind)) is key


@pytest.mark.parametrize("title, shown", [
    ("Harbour town receives $40 million for flood wall - Daily Bugle", "Harbour town receives $40 million for flood wall"),
    ("Flood wall approved | The Coastal Times Online", "The Coastal Times Online"),  # the longest part stays
    ("Flood wall approved", "Flood wall approved"),
])
def test_headline_without_the_site(title, shown):
    assert headline(title) == shown


@pytest.mark.parametrize("sentence, headline_news", [
    ("The town will receive the money to build a flood wall along the quay.", True),  # receive, flood, wall
    ("The mayor opened a new bakery near the flood plain.", False),  # one word shared
    ("The harbour was busy on Sunday.", False),
    ("Walls against floods were received well by the town's residents.", True),  # the same words, other forms
])
def test_sentences_that_tell_the_headline(sentence, headline_news):
    facts = [fact(sentence, sentence.split()[0], 4, kind=FactKind.ORGANIZATION)]
    key = KeyFacts(facts, "Harbour town receives $40 million for flood wall - Daily Bugle")
    assert (4 in key.headline_sentences) is headline_news


def test_the_articles_subject_in_the_title_marks_no_sentence():
    title = "Harbour town receives $40 million for flood wall"
    sentences = ["The harbour town will build the flood wall next year.", "The town lies on the harbour.",
                 "The harbour town has a ferry.", "The town hall faces the harbour.",
                 "The flood wall will receive its first stones in May."]
    key = KeyFacts([fact(s, s.split()[1], i, kind=FactKind.PLACE) for i, s in enumerate(sentences)], title)
    assert key.headline_sentences == {0, 4}  # "harbour" and "town" stand everywhere; "wall" and "flood" do not


def test_lift_of_a_key_figure_a_name_beside_it_and_the_headline():
    sentence = "The council approved 1,250 new homes for the harbour district, mayor Anna Berg said."
    number = card(sentence, "1,250", 5, FactKind.COUNT)
    name = card(sentence, "Anna Berg", 5, FactKind.PERSON)
    district = card(sentence, "harbour district", 5, FactKind.PLACE)
    facts = [number.fact, name.fact, district.fact]
    plain = KeyFacts(facts, weights=WEIGHTS)
    assert plain.lift(number) == NUMBER_LIFT
    assert plain.lift(name) == MINOR_LIFT and plain.hides_beside_number(name)  # a minor word while the key figure shows
    assert not plain.hides_beside_number(number)
    news = KeyFacts(facts, "Council approves new homes in harbour - Gazette", WEIGHTS)
    assert news.lift(number) == NUMBER_LIFT + HEADLINE_LIFT
    assert news.lift(district) == HEADLINE_LIFT + MINOR_LIFT  # the headline's news, a blank beside its figure
    other = card("The new homes will stand near the old harbour, planners said.", "planners", 6, FactKind.PERSON)
    assert KeyFacts([*facts, other.fact], "Council approves new homes in harbour", WEIGHTS).lift(other) == HEADLINE_LIFT
    shown = card("The new homes will stand near the old harbour, planners said.", "harbour", 6, FactKind.PLACE)
    assert KeyFacts([shown.fact], "Council approves new homes in harbour", WEIGHTS).lift(shown) == 0.0  # the title shows it


def test_no_lift_for_a_long_sentence_copied_whole():
    short = "The council approved 1,250 new homes for the harbour district."
    long = short[:-1] + (", which lies between the old fish market, the ferry terminal and the railway station that"
                         " was rebuilt after the storm of the winter before last, when the sea wall gave way under"
                         " the weight of the water and the whole quay was closed for repairs for months.")
    for sentence, lift in ((short, NUMBER_LIFT), (long, 0.0)):
        number = card(sentence, "1,250", 5, FactKind.COUNT)
        assert KeyFacts([number.fact], weights=WEIGHTS).lift(number) == lift


def test_the_deck_asks_the_key_figure_the_ranker_alone_leaves_out(monkeypatch):
    sentence = "The council approved 1,250 new homes for the harbour district, mayor Anna Berg said."
    number = card(sentence, "1,250", 0, FactKind.COUNT, score=1.0)
    name = card(sentence, "Anna Berg", 0, FactKind.PERSON, score=1.0)
    cards = [number, name]
    facts = ArticleFacts(q.fact for q in cards)
    context = ArticleContext(facts.by_sentence)
    key = KeyFacts(facts.facts, weights={KEY_FIGURE: 4.0})
    base, lifted, other = keep_chance(number, context), deck_chance(number, context, key), keep_chance(name, context)
    # the threshold between what the ranker alone gives these two cards and the key figure's lifted chance, so the
    # test holds whatever the learned weights are
    monkeypatch.setattr(ranking, "MIN_KEEP", (max(base, other) + lifted) / 2)
    assert base < ranking.MIN_KEEP <= deck_chance(number, context, key)
    assert deck_selection(cards, facts, limit=10) == [max(cards, key=lambda q: keep_chance(q, context))]
    assert deck_selection(cards, facts, limit=10, key=key) == [number]
    every = deck_selection(cards, facts, key=key)  # every card (--all-cards): the deck is a part of it
    assert number in every and name in every


def test_the_deck_leaves_out_a_blank_beside_a_visible_key_figure(monkeypatch):
    """A blank on a minor word while the sentence's key figure stays visible loses what the ranker learned for it."""
    sentence = "Dock workers unloaded 4,800 containers in the harbour of Wonsan, the port authority said."
    port = card(sentence, "Wonsan", 0, FactKind.PLACE, score=1.0)
    other = card("The port authority will hire new crane drivers in the spring.", "port authority", 1,
                 FactKind.ORGANIZATION, score=1.0)
    facts = ArticleFacts([port.fact, other.fact,
                          fact(sentence, "4,800", 0, kind=FactKind.COUNT)])  # the figure: a fact with no card
    assert KeyFacts(facts.facts, weights={}).signals(port) == {MINOR_BESIDE_FIGURE: 1.0}
    # a threshold just under what the ranker alone gives the card, so the test holds whatever the learned weights are
    monkeypatch.setattr(ranking, "MIN_KEEP", keep_chance(port, ArticleContext(facts.by_sentence)) * 0.9)
    assert port in deck_selection([port, other], facts, limit=10, key=KeyFacts(facts.facts, weights={}))
    lowered = KeyFacts(facts.facts, weights={MINOR_BESIDE_FIGURE: -6.0})
    assert port not in deck_selection([port, other], facts, limit=10, key=lowered)


def test_a_sentence_holds_a_second_card_for_a_key_figure(monkeypatch):
    monkeypatch.setattr(ranking, "MIN_KEEP", 0.0)  # the sentence's cap alone decides here
    sentence = "The bridge cost $40 million and carries 12,000 cars a day, the transport agency said."
    cost = card(sentence, "$40 million", 0, FactKind.AMOUNT, score=1.0)
    cars = card(sentence, "12,000", 0, FactKind.COUNT, score=1.0)
    agency = card(sentence, "transport agency", 0, FactKind.ORGANIZATION, score=1.0)
    facts = ArticleFacts([cost.fact, cars.fact, agency.fact])
    both = deck_selection([cost, cars, agency], facts, limit=10, key=KeyFacts(facts.facts, weights={KEY_FIGURE: 4.0}))
    assert {q.answer for q in both} == {"$40 million", "12,000"}  # two figures; never a third card


def test_the_title_travels_with_the_text_to_the_pipeline():
    from quizgen.run.component import _DatedText

    text = pickle.loads(pickle.dumps(_DatedText("Body.", "2024-05-01", limit=3, title="Flood wall approved")))
    assert (str(text), text.date, text.limit, text.title) == ("Body.", "2024-05-01", 3, "Flood wall approved")


def test_the_outlet_travels_with_the_text_to_the_pipeline():
    from quizgen.run.component import _DatedText

    text = pickle.loads(pickle.dumps(_DatedText("Body.", "2024-05-01", title="Flood wall", source="Daily Bugle")))
    assert text.source == "Daily Bugle"


def test_the_outlet_as_a_card_names_it():
    names = {"Velm Courier": "Velm Courier", "The Velm Courier": "Velm Courier", "VelmCourier.com": "VelmCourier",
             "Dunford.co.uk": "Dunford", "": ""}  # a site's domain and an opening "The" are no part of the name
    assert {source: bare_outlet(source) for source in names} == names


@pytest.mark.parametrize("answer, kind, source, held", [
    # raters: "the answer is the outlet that wrote the article (a byline or credit)"
    ("Velm Courier", FactKind.ORGANIZATION, "Velm Courier", True),
    ("the Velm Courier", FactKind.ORGANIZATION, "The Velm Courier", True),
    ("VBC Dunford", FactKind.ORGANIZATION, "VBC News", True),  # a network's own arm, under its capitalised brand
    ("the Daily Courier", FactKind.ORGANIZATION, "VL Daily Courier", True),  # its name after the place it serves
    ("Velm Council", FactKind.ORGANIZATION, "Velm Courier", False),  # a word of the outlet's name is no brand
    ("Dunford Herald", FactKind.ORGANIZATION, "Velm Courier", False),  # another paper
    ("Velm Courier", FactKind.ORGANIZATION, "", False),  # the outlet unknown
    ("Velm Courier", FactKind.PERSON, "Velm Courier", True),  # the model may read an outlet as a person
    ("VBC", FactKind.PLACE, "VBC News", False),  # a place, not the network
])
def test_a_blank_on_the_articles_own_outlet_is_held_back(monkeypatch, answer, kind, source, held):
    monkeypatch.setattr(ranking, "MIN_KEEP", 0.0)  # the outlet alone decides here
    sentence = f"In May 2024, {answer} spoke with four ferry captains about the long strike at the Dunford docks."
    blank = card(sentence, answer, 1, kind, score=1.0)
    other = card("The ferry captains will strike for three days in June 2024.", "June 2024", 2, FactKind.DATE, score=1.0)
    facts = ArticleFacts([blank.fact, other.fact])
    key = KeyFacts(facts.facts, weights={}, source=source)
    assert credits_outlet(blank, bare_outlet(source)) is held
    assert key.credits_outlet(blank) is held
    deck = deck_selection([blank, other], facts, limit=10, key=key)
    assert other in deck and (blank not in deck) is held
    assert (blank not in ranking.quiz_worthy([blank, other], facts, key=key)) is held
    assert blank in deck_selection([blank, other], facts, key=key)  # every card: a teacher may take it back


@pytest.mark.parametrize("prompt, answer, kind, source, held", [
    # the outlet's own staff (dev raters, every round: "trivial, close to a credit")
    ("Which VBC meteorologist said: “It is sleet, it is rain, it is ugly out there”?", "Tom Berg", FactKind.QUOTE,
     "VBC", True),
    ("Who was Tom Berg in May 2024?", "VBC meteorologist", FactKind.ROLE, "VBC", True),
    ("Which VBC political editor said: “The vote will be close”?", "Tom Berg", FactKind.QUOTE, "VBC News", True),
    ("Who was Tom Berg in May 2024?", "Velm Courier's chief reporter", FactKind.ROLE, "Velm Courier", True),
    # not the outlet's staff: another outlet, or the outlet told something
    ("Which Dunford Herald reporter said: “The vote will be close”?", "Tom Berg", FactKind.QUOTE, "VBC", False),
    ("Who told VBC he would resign in June?", "Tom Berg", FactKind.PERSON, "VBC", False),
    ("Which VBC meteorologist said: “It is sleet”?", "Tom Berg", FactKind.QUOTE, "", False),  # the outlet unknown
])
def test_a_card_on_the_outlets_own_staff_is_held_back(prompt, answer, kind, source, held):
    f = fact("Tom Berg of the Velm desk spoke on Monday.", "Tom Berg", 1, kind=kind)
    question = Question(kind=QuestionKind.SHORT_ANSWER, prompt=prompt, answer=answer, fact=f, key=f"x|1|{answer}",
                        family="who_said" if kind is FactKind.QUOTE else "role")
    key = KeyFacts([f], weights={}, source=source)
    assert outlet_staff(question, bare_outlet(source)) is held
    assert key.credits_outlet(question) is held


def test_one_word_of_an_outlet_s_name_is_not_the_outlet():
    blank = card("In May 2024, the Courier spoke with four ferry captains at the docks.", "Courier", 1,
                 FactKind.ORGANIZATION, score=1.0)
    assert not credits_outlet(blank, bare_outlet("Velm Courier"))  # any paper may be a Courier


@pytest.mark.parametrize("text, words", [
    ("Flood walls", {"flood", "wall"}),  # a plural's s goes before the cut
    ("The town's gates", {"town", "gate"}),
    ("Bus", {"bus"}),  # three letters keep their s
    ("40 million", {"40", "milli"}),  # numbers whole
])
def test_content_words(text, words):
    assert content_words(text) == frozenset(words)


def test_no_title_no_title_words():
    key = KeyFacts([fact("The town will build a flood wall.", "flood wall", 0, kind=FactKind.PLACE)], weights=WEIGHTS)
    assert key.title_words == frozenset() and key.headline_sentences == set()


def test_an_answer_that_is_the_whole_title_gets_no_headline_lift():
    sentence = "The harbour wall opened on Monday after two years."
    title = "Harbour wall - Daily Bugle"  # the answer's words are all the headline's
    whole = card(sentence, "harbour wall", 3, FactKind.PLACE)
    day = card(sentence, "Monday", 3, FactKind.DATE)
    key = KeyFacts([whole.fact, day.fact], title, WEIGHTS)
    assert key.headline_sentences == {3}
    assert key.signals(whole) == {} and key.signals(day) == {HEADLINE_NEWS: 1.0}


@pytest.mark.parametrize("chance, lifted", [(0.5, 1 / (1 + math.exp(-HEADLINE_LIFT))),
                                            (0.2, 1 / (1 + 4 * math.exp(-HEADLINE_LIFT)))])  # odds 1:4
def test_a_lift_is_added_in_log_odds(chance, lifted):
    sentence = "The harbour wall opened on Monday after two years."
    day = card(sentence, "Monday", 3, FactKind.DATE)
    key = KeyFacts([day.fact], "Harbour wall opens", WEIGHTS)
    assert key.lifted(day, chance) == pytest.approx(lifted)
    assert KeyFacts([day.fact], weights=WEIGHTS).lifted(day, chance) == chance  # no lift: the chance as it was


@pytest.mark.parametrize("answer, date, title, held", [
    ("2016", "2016-12-10", "", True),  # the story line shows "(…, 10 December 2016)"
    ("2015", "2016-12-10", "", False),
    ("2016", "", "", False),  # an undated article: its story line shows no year
    # the year the headline names, the story's own (set AT: "Exports from China leapt during _____" under "… in
    # 2004", "trivial framing"; stored ratings of such cards 5 good of 21)
    ("2004", "", "Dunford ferry trade booms in 2004", True),
    ("2003", "", "Dunford ferry trade booms in 2004", False),
    ("2004", "", "Dunford ferry trade booms", False),
])
def test_a_blank_on_the_articles_own_year_is_held_back(monkeypatch, answer, date, title, held):
    """A rebuilt tune deck's "… the alt-right's larger role in the political climate of _____" → 2016, rated bad:
    "trivial and nearly a giveaway: the article's own date points to it"."""
    monkeypatch.setattr(ranking, "MIN_KEEP", 0.0)  # the year alone decides here
    blank = card(f"The ferry strike shaped the politics of Dunford in {answer}.", answer, 1, FactKind.DATE, score=1.0)
    other = card("The ferry captains will strike for three days in June.", "three days", 2, FactKind.TIME, score=1.0)
    facts = ArticleFacts([blank.fact, other.fact])
    key = KeyFacts(facts.facts, title, weights={}, date=date)
    assert key.shows_year(blank) is held
    assert (blank not in deck_selection([blank, other], facts, limit=10, key=key)) is held
    assert blank in deck_selection([blank, other], facts, key=key)  # every card: a teacher may take it back


@pytest.mark.parametrize("title, answer, held", [
    ("Dunford 19-13 Velmland", "Velmland", True),  # a side of the match the title reports
    ("Dunford Rovers 4-1 Velm City - Sport", "Dunford Rovers", True),
    ("Dunford 19-13 Velmland", "Tom Berg", False),  # a player is asked
    ("Dunford puts Velmland 2-0 up", "Velmland", False),  # no result as a title
])
def test_a_blank_on_a_side_of_the_reported_match_is_held_back(monkeypatch, title, answer, held):
    """A rebuilt tune deck's "[...] scored first through … but had “tries” from … disallowed" → England, under
    "Ireland 19-13 England": "a trivial giveaway (the team in the match)"."""
    blank = card(f"A penalty in the third minute gave {answer} the lead at the Dunford Arena.", answer, 1,
                 FactKind.ORGANIZATION, score=1.0)
    _held_out_by_key(monkeypatch, title, blank, KeyFacts.names_a_side, held)


def _held_out_by_key(monkeypatch, title: str, blank: Question, rule, held: bool) -> None:
    """``rule`` (a ``KeyFacts`` method) holds ``blank`` under ``title`` as ``held``, and a held card stays out of
    the default deck beside another likely card but in the deck of every card."""
    monkeypatch.setattr(ranking, "MIN_KEEP", 0.0)
    other = card("The crowd of 40,000 saw the home side win for the first time since 1990.", "40,000", 2,
                 FactKind.COUNT, score=1.0)
    facts = ArticleFacts([blank.fact, other.fact])
    key = KeyFacts(facts.facts, title, weights={})
    assert rule(key, blank) is held
    if held:
        assert blank not in deck_selection([blank, other], facts, limit=10, key=key)
        assert blank in deck_selection([blank, other], facts, key=key)  # every card: a teacher may take it back


@pytest.mark.parametrize("title, answer, index, held", [
    # the headline's person blanked in a detail after the lead (set AC: "a convoluted sentence whose blank is just
    # the obvious headline name"; stored labels of such deck cards 12 good of 45)
    ("Marlow notes Vell lied to the council", "Tomas Vell", 5, True),
    ("Marlow notes Vell lied to the council", "Ines Marlow", 4, True),
    ("Vell's ferry deal draws the council's fire", "Tomas Vell", 4, True),  # a possessive in the headline
    # in the lead, where the news is told; a person the headline does not name
    ("Marlow notes Vell lied to the council", "Tomas Vell", 1, False),
    ("Marlow notes Vell lied to the council", "Dara Quill", 5, False),
])
def test_a_blank_on_the_headlines_person_after_the_lead_is_held_back(monkeypatch, title, answer, index, held):
    blank = card(f"The council's lawyer referred questions about the ferry deal to {answer} on Friday.", answer, index,
                 FactKind.PERSON, score=1.0)
    _held_out_by_key(monkeypatch, title, blank, KeyFacts.later_headline_person, held)


def _role_card(role: str, holder: str, index: int) -> Question:
    sentence = f"{holder}, {role}, said the ferry would sail on time."
    f = replace(fact(sentence, role, index, kind=FactKind.ROLE), topic=holder)
    return Question(kind=QuestionKind.SHORT_ANSWER, prompt=f"Who was {holder} in May 2019?", answer=role, fact=f,
                    key=f"role|{index}", score=1.0, family="role")


@pytest.mark.parametrize("role, held", [
    # a person's spokesperson (stored ratings of such role cards 0 good of 5; set AM: "a senator's spokeswoman")
    ("Vell spokeswoman", True),  # by the surname of a person the article names
    ("Tomas Vell's spokesman", True),
    ("spokesman for Tomas Vell", True),
    # a body's spokesperson, or a person's other staff
    ("Harbour Board spokeswoman", False),
    ("spokesman for the Harbour Board", False),
    ("Vell adviser", False),
    ("spokesman for Harbour Resolve", False),  # a name the model read as a person's, with no first name
])
def test_a_role_card_on_a_persons_spokesperson_is_held_back(monkeypatch, role, held):
    monkeypatch.setattr(ranking, "MIN_KEEP", 0.0)
    asked = _role_card(role, "Dara Quill", 3)
    person = fact("Senator Tomas Vell opened the new quay on Monday.", "Tomas Vell", 1)
    body = fact("Harbour Resolve opened the new quay on Monday.", "Harbour Resolve", 4)  # read as a person
    other = card("The crowd of 40,000 saw the home side win for the first time since 1990.", "40,000", 2,
                 FactKind.COUNT, score=1.0)
    facts = ArticleFacts([person, body, other.fact, asked.fact])
    key = KeyFacts(facts.facts, "Ferry sails on time", weights={})
    assert key.persons_spokesperson(asked) is held
    assert (asked in deck_selection([asked, other], facts, limit=10, key=key)) is not held


@pytest.mark.parametrize("standing, held", [
    ("spokesman for Tomas Vell", True),  # "Which spokesman for Tomas Vell said …?": fresh raters 0 good of 3
    ("Vell spokeswoman", True),
    ("spokesman for Tomas Vell, former harbour master", True),  # the person's own role after them
    ("spokesman for the Harbour Board", False),  # a body's voice
    ("Vell adviser", False),
])
@pytest.mark.parametrize("family, kind", [("who_said", FactKind.QUOTE), ("wh", FactKind.PERSON)])
def test_a_card_asking_by_a_persons_spokesperson_is_held_back(standing, held, family, kind):
    sentence = "Dara Quill said on Friday that the ferry would sail on time."
    f = replace(fact(sentence, "Dara Quill", 3, kind=kind), standing=standing)
    asked = Question(kind=QuestionKind.SHORT_ANSWER, prompt=f"Which {standing} said that the ferry would sail on time?",
                     answer="Dara Quill", fact=f, key=f"{family}|3", score=1.0, family=family)
    person = fact("Senator Tomas Vell opened the new quay on Monday.", "Tomas Vell", 1)
    key = KeyFacts([person, f], "Ferry sails on time", weights={})
    assert key.persons_spokesperson(asked) is held
    assert ranking.withheld(asked, key) is held


def test_a_wh_question_not_asking_by_the_spokespersons_role_stays():
    sentence = "Dara Quill said on Friday that the ferry would sail on time."
    f = replace(fact(sentence, "Dara Quill", 3), standing="spokesman for Tomas Vell")
    asked = Question(kind=QuestionKind.SHORT_ANSWER, prompt="Who said on Friday that the ferry would sail on time?",
                     answer="Dara Quill", fact=f, key="wh|3", score=1.0, family="wh")
    person = fact("Senator Tomas Vell opened the new quay on Monday.", "Tomas Vell", 1)
    assert not KeyFacts([person, f], "Ferry sails on time", weights={}).persons_spokesperson(asked)



@pytest.mark.parametrize("title, kept", [
    ("Dunford council passes ferry tax bill", True),  # the story line says which bill
    ("Dunford council meets on Monday", False),  # no bill in the headline: "The bill" points back
    ("Dunford council passes three ferry tax bills", False),  # one of several: which one?
    ("Velm Ferry Company tax goes up to 12 percent", False),  # the line would show the answer: no headline shown
    ("", False),  # no headline at all
])
def test_a_bare_subject_the_headline_names_stands_on_its_story_line(nlp, monkeypatch, title, kept):
    """Set AN's raters named "the corporate tax rate is cut to 21% from 35%" among the article's top facts; its
    card, "The bill would cut the corporate … rate to …", was held back for its bare subject, though its story line,
    a headline with "tax bill" in it, says which bill."""
    from quizgen.facts.extract import extract_facts
    from quizgen.questions.candidates import candidate_questions

    monkeypatch.setattr(ranking, "MIN_KEEP", 0.0)
    facts = extract_facts(nlp("Dunford councillors approved a new ferry tax bill on Monday after a long debate. "
                              "The bill would raise the Velm Ferry Company's tax to 12 percent from 8 percent."))
    candidates = candidate_questions(facts)
    blank = next(q for q in candidates if q.family == "cloze" and q.answer == "12 percent")
    key = KeyFacts(facts, title, weights={})
    assert ranking.held_back(blank)  # held for its bare subject wherever no headline says what it is
    assert ranking.subject_in_headline(blank, key) is kept
    assert (blank in deck_selection(candidates, ArticleFacts(facts), limit=10, key=key)) is kept


@pytest.mark.parametrize("sibling, held", [
    # another sentence sets the same words before another figure (set AO: a factbox's "JCT estimated revenue loss
    # versus earlier legislative proposal: _____" four times over, three bad cards: "ambiguous")
    ("Harbour Board estimated cost versus the earlier plan: $34 million.", True),
    ("The Harbour Board estimated cost versus the earlier plan: about $34 million over a decade.", True),
    # other words before the other figure, the same figure, or fewer than five words
    ("The Harbour Board said the quay cost $34 million.", False),
    ("Harbour Board estimated cost versus the earlier plan: $114 million.", False),
])
def test_a_figure_after_words_another_sentence_sets_before_another_figure_is_held_back(monkeypatch, sibling, held):
    monkeypatch.setattr(ranking, "MIN_KEEP", 0.0)
    blank = card("Harbour Board estimated cost versus the earlier plan: $114 million.", "$114 million", 3,
                 FactKind.AMOUNT, score=1.0)
    figure = "$114 million" if "$114" in sibling else ("about $34 million" if "about" in sibling else "$34 million")
    other = card(sibling, figure, 5, FactKind.AMOUNT, score=1.0)
    facts = ArticleFacts([blank.fact, other.fact])
    key = KeyFacts(facts.facts, "Ferry sails on time", weights={})
    assert key.repeats_its_frame(blank) is held
    assert ranking.withheld(blank, key) is held


def test_a_short_frame_is_no_repeat():
    short = card("Sales rose to $7 million.", "$7 million", 3, FactKind.AMOUNT, score=1.0)
    other = card("Sales rose to $9 million.", "$9 million", 5, FactKind.AMOUNT, score=1.0)
    key = KeyFacts([short.fact, other.fact], "Ferry sails on time", weights={})
    assert not key.repeats_its_frame(short)
