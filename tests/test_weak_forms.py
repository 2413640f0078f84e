"""Fill-in forms blind raters seldom kept stay out of the deck and the printed quiz (``weak_forms``): each case fails
with its rule taken out of ``ranking._HOLDING_RULES``. Names, places and figures are invented."""

from __future__ import annotations

from dataclasses import replace

import pytest

from quizgen.facts.extract import extract_facts
from quizgen.facts.model import FactKind
from quizgen.nlp.parse import SentenceParse, Tok
from quizgen.questions.model import Question, QuestionKind
from quizgen.questions.ranking import held_back
from tests.factory import cloze, short_answer


def _options(question, *wrong: str):
    return replace(question, kind=QuestionKind.MULTIPLE_CHOICE, family="mc_cloze", key="mc|" + question.key,
                   choices=(question.answer, *wrong))


@pytest.mark.parametrize("sentence, answer, kind, options, held", [
    # the speaker of a quotation, with no name in the narration to tell them by
    ("“We will rebuild the harbour wall before the winter storms,” Dara Quill said.", "Dara Quill",
     FactKind.QUOTE, (), True),
    ("“We will rebuild the harbour wall before the winter storms,” Lusk harbour master Dara Quill said.",
     "Dara Quill", FactKind.QUOTE, (), False),
    # what an apposition says something is
    ("Velmar, the island's only shipyard, closed its gates in 2019 after a century of work.",
     "island's only shipyard", FactKind.DEFINITION, (), True),
    ("Velmar, the island's only shipyard, closed its gates in 2019 after a century of work.", "2019",
     FactKind.DATE, (), False),
    # options on a name; on an amount they stay
    ("The ferry line was bought by Northwind Shipping after a long auction in Brindmouth.", "Northwind Shipping",
     FactKind.ORGANIZATION, ("Lusk Ferries", "Harbour Lines"), True),
    ("The ferry line was bought by Tomas Vell after a long auction in Brindmouth.", "Tomas Vell",
     FactKind.PERSON, ("Dara Quill", "Ana Brett"), True),
    ("The ferry line was bought for $40 million after a long auction in Brindmouth.", "$40 million",
     FactKind.AMOUNT, ("$20 million", "$60 million"), False),
    ("The ferry line was bought by Northwind Shipping after a long auction in Brindmouth.", "Northwind Shipping",
     FactKind.ORGANIZATION, (), False),
    # a blank on a name of one word: the article's own subject, a household name or a word taken for a name
    ("The ferry line was bought by Northwind after a long auction in Brindmouth.", "Northwind",
     FactKind.ORGANIZATION, (), True),
    ("In each case, Governor Vell tied himself to the outcome of the Brindmouth auction.", "Vell",
     FactKind.PERSON, (), True),
    ("The ferry line was bought after a long auction in Brindmouth.", "Brindmouth", FactKind.PLACE, (), False),
    # a blank inside a quotation: with options it stays, and so does a blank in the narration
    ("“The ferry line will cost us $40 million before the winter,” Dara Quill said in Brindmouth.", "$40 million",
     FactKind.AMOUNT, (), True),
    ("“The ferry line will cost us $40 million before the winter,” Dara Quill said in Brindmouth.", "$40 million",
     FactKind.AMOUNT, ("$20 million", "$60 million"), False),
    ("Dara Quill said the ferry line would cost “more than we planned” and named $40 million.", "$40 million",
     FactKind.AMOUNT, (), False),
])
def test_a_weak_fill_in_form_is_held_back(sentence, answer, kind, options, held):
    question = cloze(sentence, answer, 1, kind=kind)  # in the lead: ``late_name_blank`` has its own cases
    if options:
        question = _options(question, *options)
    assert held_back(question) is held


def _parsed_cloze(nlp, sentence: str, answer: str, family: str = "cloze"):
    """A fill-in card on ``answer``'s fact, with the sentence's real parse (the rule reads its first word there)."""
    (found,) = [f for f in extract_facts(nlp(sentence)) if f.answer == answer]
    question = Question(kind=QuestionKind.CLOZE, prompt=found.sentence, answer=answer, fact=found,
                        key=f"cloze|{found.key}", blank=(found.start, found.end))
    return _options(question, "12,000", "90,000") if family == "mc_cloze" else question


@pytest.mark.parametrize("sentence, answer, family, held", [
    # narration that names no one and nothing: which buyers, where?
    ("Consumers bought 208,000 new cars in the first nine months of the year.", "208,000", "cloze", True),
    ("Consumers bought 208,000 new cars in the first nine months of the year.", "208,000", "mc_cloze", True),
    # a name inside the sentence, or a name as its first word, says which
    ("Consumers in Brindmouth bought 208,000 new cars in the first nine months of the year.", "208,000", "cloze",
     False),
    ("Brindmouth's consumers bought 208,000 new cars in the first nine months of the year.", "208,000", "cloze",
     False),
    ("American consumers bought 208,000 new cars in the first nine months of the year.", "208,000", "cloze", False),
    # a number opening the sentence is no name
    ("Three dealers sold 208,000 new cars in the first nine months of the year.", "208,000", "cloze", True),
])
def test_a_fill_in_naming_nothing_is_held_back(nlp, sentence, answer, family, held):
    assert held_back(_parsed_cloze(nlp, sentence, answer, family)) is held


def test_a_first_word_the_model_left_unlabelled_is_a_name_if_a_proper_noun(nlp):
    """The small model tags some names PROPN with no entity ("Artemis aims to …"): the tag alone says name."""
    question = _parsed_cloze(nlp, "Brindcorp sold 208,000 new cars in the first nine months of the year.", "208,000")
    first, *rest = question.fact.parse.tokens
    assert first.pos == "PROPN"
    unlabelled = Tok(first.i, first.text, first.ws, first.lemma, first.pos, first.tag, first.dep, first.head, first.idx)
    parse = SentenceParse((unlabelled, *rest))
    assert not held_back(replace(question, fact=replace(question.fact, parse=parse)))


def test_a_question_naming_nothing_is_not_a_fill_in(nlp):
    fill_in = _parsed_cloze(nlp, "Consumers bought 208,000 new cars in the first nine months of the year.", "208,000")
    question = replace(short_answer("How many new cars did consumers buy in the first nine months of the year?",
                                    "208,000", fill_in.fact.sentence, 1), fact=fill_in.fact)
    assert not held_back(question)


@pytest.mark.parametrize("index, kind, family, held", [
    (3, FactKind.ORGANIZATION, "cloze", True),  # after the lead: a detail of the telling
    (3, FactKind.PLACE, "cloze", True),
    (7, FactKind.PLACE, "mc_cloze", True),
    (2, FactKind.ORGANIZATION, "cloze", False),  # the lead's news
    (2, FactKind.PLACE, "cloze", False),
    (3, FactKind.PERSON, "cloze", False),  # people and figures after the lead stay
    (3, FactKind.AMOUNT, "cloze", False),
])
def test_a_name_blank_after_the_lead_is_held_back(index, kind, family, held):
    question = cloze("Two donors told the Brindmouth Courier that the dinner was held at Lusk Hall in March.",
                     "Lusk Hall", index, kind=kind)
    if family == "mc_cloze":
        question = _options(question, "Tarn Hall", "Velmar House")
    assert held_back(question) is held


def test_a_question_on_a_name_after_the_lead_is_not_a_fill_in():
    question = short_answer("Where was the dinner held in March?", "Lusk Hall",
                            "Two donors told the Brindmouth Courier that the dinner was held at Lusk Hall in March.", 3)
    assert not held_back(replace(question, fact=replace(question.fact, kind=FactKind.PLACE)))


@pytest.mark.parametrize("sentence, answer, kind, options, held", [
    ("You can pay Velm Games $15 to unlock the Dunford soundtrack.", "$15", FactKind.AMOUNT, ("$10", "$25"), True),
    ("Tomas Vell said the Dunford ferry lets you take a bike on board for $15.", "$15", FactKind.AMOUNT, (), True),
    ("Velm Bank will let your account run $50 into the red before it charges a fee.", "$50", FactKind.AMOUNT, (),
     True),
    # the reader addressed only inside a quotation, or a word that merely starts with "you"
    ("“You will pay $15 for the Dunford ferry,” Tomas Vell told the Velm council in 2019.", "$15",
     FactKind.AMOUNT, ("$10", "$25"), False),
    ("Velm Games paid $15 million for the YouTube channel of Dunford's youngest gamer.", "$15 million",
     FactKind.AMOUNT, (), False),
    ("Velm Games paid $15 million for a bayou near Dunford in 2019.", "$15 million", FactKind.AMOUNT, (), False),
])
def test_a_fill_in_speaking_to_the_reader_is_held_back(sentence, answer, kind, options, held):
    question = cloze(sentence, answer, 1, kind=kind)
    if options:
        question = _options(question, *options)
    assert held_back(question) is held


def test_a_question_speaking_to_the_reader_is_not_a_fill_in():
    question = short_answer("How much can you pay Velm Games to unlock the Dunford soundtrack in 2019?", "$15",
                            "You can pay Velm Games $15 to unlock the Dunford soundtrack in 2019.", 1)
    assert not held_back(replace(question, fact=replace(question.fact, kind=FactKind.AMOUNT)))


def test_an_answer_opening_on_a_possessive_is_held_back(nlp):
    """"Ireland maintained _____ with a victory" → "their Six Nations Grand Slam ambitions": whose, and which of many
    phrases (a set-V rater: "many phrases could fit it"; stored ratings 0 good of 19). The figure in its name keeps
    ``claim_blank`` from holding it."""
    from quizgen.questions.candidates import candidate_questions

    sentence = "Dunford maintained their Six Counties Cup ambitions with an impressive victory over Lusk at Brindmouth."
    questions = candidate_questions(extract_facts(nlp(sentence)))
    fill_ins = [q for q in questions if q.family == "cloze" and q.answer == "their Six Counties Cup ambitions"]
    assert fill_ins and all(held_back(q) for q in fill_ins)
    # a possessive beside the answer, not opening it
    other = cloze("Velm Bank cut its debt to $40 million in 2019 after the sale of its Lusk branch.", "$40 million", 1,
                  kind=FactKind.AMOUNT)
    assert not held_back(other)


@pytest.mark.parametrize("sentence, answer, kind, held", [
    # a bare apostrophe makes the blank's name possessive: alone it reads as a stray mark (a set-AC rater:
    # "cutting out 'Philippines’' leaves a stray apostrophe"; stored labels 1 good of 13)
    ("Leaders from across the region met at a gala dinner in the Velm Islands’ capital on Sunday.", "Velm Islands",
     FactKind.PLACE, True),
    ("Spurs said their side were robbed after Pedro Lemmens' shot crossed the line in the final minute.",
     "Pedro Lemmens", FactKind.PERSON, True),
    # the possessive written with its "s", or a name that is no possessive, keeps the card
    ("Leaders from across the region met at a gala dinner in the Velm Islands’s capital on Sunday.", "Velm Islands",
     FactKind.PLACE, False),
    ("Leaders from across the region met at a gala dinner in the Velm Islands on Sunday.", "Velm Islands",
     FactKind.PLACE, False),
])
def test_a_blank_on_a_name_made_possessive_by_a_bare_apostrophe_is_held_back(sentence, answer, kind, held):
    from quizgen.questions.weak_forms import bare_possessive_blank

    card = cloze(sentence, answer, 0, kind=kind)
    assert bare_possessive_blank(card) is held
    if held:
        assert held_back(card)
