"""Fewer, better cards (issue 16): two cards on one sentence that give each other away keep the likelier one; a
who-said card on a line that names nothing and a who-is card on a role that says not whose stay among all the cards.
Sentences written for the tests (invented names)."""

from __future__ import annotations

import re
from dataclasses import replace

import pytest

from quizgen.facts.extract import extract_facts
from quizgen.facts.model import FactKind
from quizgen.questions.card_forms import (claim_blank, courtesy_title_blank, example_blank, existing_name_blank,
                                          figure_phrase_blank, list_item, long_cloze, name_as_modifier, one_of_many,
                                          open_cloze, quote_opens_leaning, quote_opens_pointing, quote_points_back,
                                          quoted_fragment, reporter_credit, short_cloze, speech_date, speech_venue,
                                          spokesperson_blank, title_owner_blank, titled_options, told_outlet,
                                          top_office_blank, unattributed_quote, what_claim, who_said_of_a_body)
from quizgen.questions.candidates import candidate_questions, make_who_said
from quizgen.questions.clipped_names import clipped_name
from quizgen.questions.features import ArticleContext, features
from quizgen.questions.generic_answers import generic_answer
from quizgen.questions.household_names import household_name
from quizgen.questions.dates import neighbour_year_shown, paired_year
from quizgen.questions.minor_details import (age_modifier, comparison_figure, converted_figure, counted_on,
                                            dated_thing, edition_year, exact_figure, figure_shown, market_move,
                                            owned_year, page_count, paired_figure, range_blank, remaining_share,
                                            small_count, span_year, vague_count, weekday_answer, worked_out_change,
                                            worked_out_rest, year_of_a_work, yearless_month)
from quizgen.questions.minor_people import (bare_role, commentator, generic_quote, no_comment_role, one_word_person,
                                             personal_spokesperson, quote_points_away, shared_title, vague_role)
from quizgen.questions.model import Question, QuestionKind
from quizgen.questions.place_tails import place_tail
from quizgen.questions.ranking import _Budget, held_back, is_attribution, needs_the_article, open_question
from quizgen.questions.reasons import HELD_BACK, KEPT, SAME_SENTENCE, reasons
from quizgen.questions.repeats import restates
from quizgen.questions.same_sentence import gives_away
from quizgen.questions.shape import cut_short, names_run_together
from quizgen.questions.standing_alone import in_context
from tests.factory import cloze, fact, short_answer

CAMPAIGNS = "Mira Castell backed Tomas Vell's campaigns for the Senate in 2016 and 2020."
PROBE = "The Corvan probe will receive $2.1 billion, an increase of $40 million over last year."
BUILDERS = "The Belmar Agency will build the Corvan probe for $2 billion."


def _role(prompt: str, answer: str, role: str, index: int = 0) -> Question:
    sentence = f"Ines Marlow, {role}, opened the bridge."
    f = replace(fact(sentence, role, index, kind=FactKind.ROLE), topic="Ines Marlow")  # whose role, as the facts say
    return Question(kind=QuestionKind.SHORT_ANSWER, prompt=prompt, answer=answer, fact=f, key=f"role|{prompt}",
                    family="role")


def _who_said(line: str, speaker: str = "Ines Marlow", family: str = "who_said") -> Question:
    sentence = f"“{line},” {speaker} said."
    f = fact(sentence, speaker, 0, kind=FactKind.QUOTE)
    return Question(kind=QuestionKind.SHORT_ANSWER, prompt=f"Who said: “{line}”?", answer=speaker, fact=f,
                    key=f"who|{line}", family=family)


def _titled_who_said(prompt: str) -> Question:
    """A who-said card asked as ``prompt`` ("Which mayor of Dunford said: “…”?"), its answer Ines Marlow."""
    return replace(short_answer(prompt, "Ines Marlow", "Ines Marlow said it.", 0), family="who_said")


def _candidates(nlp, sentence: str) -> list[Question]:
    """Every candidate card of a one-sentence article (real model)."""
    return candidate_questions(extract_facts(nlp(sentence)))


def _held_by(rule, card: Question, held: bool) -> None:
    """``rule`` marks ``card`` as ``held``, and so does ``held_back``: the rule is one of its reasons (a card the rule
    leaves is held back only when its sentence needs the article, "on Tuesday" of an undated story)."""
    assert rule(card) is held
    assert held_back(card) is (held or needs_the_article(card))


def _parsed_held_by(rule, cards: list[Question], held: bool) -> None:
    """``rule`` marks each of the model's ``cards`` (one at least) as ``held``; a held one ``held_back`` holds too
    (an unheld one may be held back for another reason of the real parse)."""
    assert cards
    for card in cards:
        assert rule(card) is held
        if held:
            assert held_back(card)  # a role that names its body: held back for this alone


@pytest.mark.parametrize("first, second, expected", [
    # two years of one list: each card shows the other's answer
    (cloze(CAMPAIGNS, "2016", 0), cloze(CAMPAIGNS, "2020", 0), True),
    # "Who is Marlow?" beside "Who is the mayor of Dunford?"
    (_role("Who is Ines Marlow?", "mayor of Dunford", "mayor of Dunford"),
     _role("Who is the mayor of Dunford?", "Ines Marlow", "mayor of Dunford"), True),
    # one way is enough: the cloze on the increase shows the amount the question asks
    (short_answer("How much will the Corvan probe receive?", "$2.1 billion", PROBE, 0),
     cloze(PROBE, "$40 million", 0), True),
    # two questions on one sentence that each hide what the other does not show
    (short_answer("Which agency will build the Corvan probe?", "Belmar Agency", BUILDERS, 0),
     short_answer("How much will the Corvan probe cost?", "$2 billion", BUILDERS, 0), False),
])
def test_two_cards_on_a_sentence_give_each_other_away(first, second, expected):
    assert gives_away(second, [first]) is expected
    assert gives_away(first, [second]) is expected


def test_the_budget_keeps_one_of_two_cards_that_give_each_other_away():
    likelier, giveaway = cloze(CAMPAIGNS, "2016", 0), cloze(CAMPAIGNS, "2020", 0)
    agency = short_answer("Which agency will build the Corvan probe by 2031?", "Belmar Agency", BUILDERS, 1)
    cost = short_answer("How much will the Corvan probe cost by 2031?", "$2 billion", BUILDERS, 1)
    budget = _Budget(10)
    # both likely enough for a second place on their sentence: only the pair that shows nothing of the other gets it
    assert [budget.offer(q, 0.9) for q in (likelier, giveaway, agency, cost)] == [True, False, True, True]
    assert budget.chosen() == [likelier, agency, cost]


def test_a_card_about_a_person_may_stand_beside_a_card_of_another_form_on_its_sentence():
    """"Who was Ines Marlow …?" beside "Which mayor of Dunford said: …?" on the same sentence: each shows the other's
    answer, yet fresh blind raters kept 20 of 23 such cards; a second who-is card on the role ("Who was the mayor of
    Dunford …?") and a fill-in card beside them are still held out."""
    line = "We will open the bridge in May"
    said = Question(kind=QuestionKind.SHORT_ANSWER, prompt=f"Which mayor of Dunford said: “{line}”?",
                    answer="Ines Marlow", fact=fact(f"“{line},” said Ines Marlow, mayor of Dunford.", "Ines Marlow", 0,
                                                    kind=FactKind.QUOTE), key="who|bridge", family="who_said")
    who = _role("Who was Ines Marlow in May 2019?", "mayor of Dunford", "mayor of Dunford")
    reverse = _role("Who was the mayor of Dunford in May 2019?", "Ines Marlow", "mayor of Dunford")
    blank = cloze(f"“{line},” said Ines Marlow, mayor of Dunford.", "Dunford", 0, kind=FactKind.PLACE)
    other = cloze("Velm Aero Works built the Dunford bridge across the Karl river for $40 million in 2019, the city "
                  "council said.", "$40 million", 1, kind=FactKind.COUNT)
    budget = _Budget(10)  # the other sentence's card makes room for cards about people (``people_allowed``)
    assert [budget.offer(q, 0.9) for q in (other, said, who, reverse, blank)] == [True, True, True, False, False]
    bridge = cloze("Ines Marlow, mayor of Dunford, opened the Karl Bridge in May 2019.", "Karl Bridge", 0,
                   kind=FactKind.PLACE)
    budget = _Budget(10)  # a who-is card after a fill-in card that shows its answer
    assert [budget.offer(q, 0.9) for q in (other, bridge, who)] == [True, True, True]


@pytest.mark.parametrize("line, expected", [
    ("There is going to be a gap. No doubt", True),  # generic: nothing in it says whose
    ("I agree - no choice but to go on", True),
    ("I'm sure the future will settle it", True),
    ("We built Harbor Cloud as a streaming product", False),  # names something of the story
    ("We expect 40 new jobs by spring", False),  # a figure
    ("Nobody here is saying it is all doom, but nobody is saying the water is clean again either", False),  # long
    # set AF: "a generic no-comment line", whatever its length
    ("We would not comment on any talks the Velm Bank board may or may not have held with the Dunford council",
     True),
    ("The Dunford council declined to comment on the ferry contract it signed with Velm Aero Works", True),
    ("We comment on every Velm Aero Works contract the Dunford council signs with us", False),
    # set AJ: "a generic non-statement quote" (bad from two raters)
    ("I am not going to comment on whether the Dunford council was right to sell the old ferry", True),
    ("I don't want to comment on the ferry contract the Dunford council signed with Velm Aero Works", True),
])
def test_a_who_said_card_on_a_line_that_names_nothing_is_held_back(line, expected):
    card = _who_said(line)
    _held_by(generic_quote, card, expected)
    assert held_back(_who_said(line, family="mc_who_said")) is expected


@pytest.mark.parametrize("sentence, role, held", [
    # the role is given only where its holder says nothing: "Peter Carr is a spokesman who only declined to comment"
    ("Ines Marlow, a spokeswoman for the Dunford council, declined to comment on Friday.",
     "spokeswoman for the Dunford council", True),
    ("Ines Marlow, a lawyer for Velm Ferries, did not reply when the ruling was read out.", "lawyer for Velm Ferries",
     True),
    ("Tomas Vell would say no more, and Ines Marlow, the Dunford council's spokeswoman, also declined to comment.",
     "Dunford council's spokeswoman", True),
    ("Ines Marlow, a lawyer for Velm Ferries, could not be reached for comment.", "lawyer for Velm Ferries", True),
    ("Ines Marlow, a spokeswoman for the Dunford council, said the ferry would run again in May.",
     "spokeswoman for the Dunford council", False),
    ("Ines Marlow, a lawyer for Velm Ferries, responded to the ruling with an appeal.", "lawyer for Velm Ferries",
     False),
])
def test_a_role_card_whose_holder_only_declines_to_comment_is_held_back(sentence, role, held):
    f = replace(fact(sentence, role, 0, kind=FactKind.ROLE), topic="Ines Marlow")
    asked = (("Who was Ines Marlow in May 2019?", role), (f"Who was the {role} in May 2019?", "Ines Marlow"))
    for prompt, answer in asked:
        card = Question(kind=QuestionKind.SHORT_ANSWER, prompt=prompt, answer=answer, fact=f, key=f"role|{prompt}",
                        family="role")
        assert no_comment_role(card) is held
        if held:
            assert held_back(card)  # a role that names its body: held back for this alone


@pytest.mark.parametrize("text, held", [
    # a person's own spokesperson: a minor source (stored ratings of such role cards 1 good of 20)
    ("Tomas Vell, a spokesman for Senator Maria Lopez, said the bill would pass in June.", True),
    ("Tomas Vell, Maria Lopez's spokesman, said the bill would pass in June.", True),
    # a body's spokesperson holds a post worth knowing
    ("Tomas Vell, a spokesman for the Dunford City Council, said the bill would pass in June.", False),
    ("Tomas Vell, the White House spokesman, said the bill would pass in June.", False),
])
def test_a_persons_own_spokesperson_is_held_back(nlp, text, held):
    """Set-AM to set-AS raters called a role card on a person's spokesperson ("spokesman for …", "… spokesman" of a
    lawyer, a senator, a prosecutor) trivial; a body's spokesperson ("White House spokeswoman") they kept."""
    cards = [q for q in _candidates(nlp, text) if q.family == "role" and "spokesman" in q.fact.answer]
    _parsed_held_by(personal_spokesperson, cards, held)


@pytest.mark.parametrize("line, expected", [
    # a "he" or "she" the words do not say who is: only the article tells (set AW's raters, "the 'him' inside the
    # quote dangles"; stored ratings of such who-said cards 23% good, against 70% of the rest)
    ("I sit beside him in the office and have long been struck by how calm he is under fire", True),
    ("He seems to have written those posts, so the board has barred him from its meetings", True),
    ("She made some errors but she is young and has many years to improve her game", True),
    # ... but the words say who: a name, or a person before the pronoun
    ("Tomas Vell does not believe he owes anyone an apology over the ferry contract", False),
    ("The mayor has told us plainly he wants the ferry back on the water by May", False),
    ("The mayor's team says he will sign the ferry contract before the council meets again", False),
    ("That will be up to the mayor. He has not thought about the ferry contract yet", False),
    ("We expect the ferry to run again by May, and the new timetable is already printed", False),  # no pronoun
])
def test_a_who_said_card_whose_he_or_she_the_words_do_not_name_is_held_back(line, expected):
    _held_by(quote_points_away, _who_said(line), expected)
    assert held_back(_who_said(line, family="mc_who_said")) is expected


def test_a_who_said_card_that_names_whom_it_is_about_keeps_its_he_or_she():
    card = _who_said("This is a stunt for the cameras and she owes the town an apology")
    about = replace(card, prompt="Who said of Maria Lopez: “This is a stunt for the cameras and she owes the town "
                                 "an apology”?")
    assert quote_points_away(card) and not quote_points_away(about)


def test_a_cloze_in_a_short_quote_is_not_a_who_said_card():
    card = cloze("“There is going to be a gap,” Ines Marlow said.", "Ines Marlow", 0)
    assert not generic_quote(card)


@pytest.mark.parametrize("role, expected", [
    ("head coach", True),  # head coach of what?
    ("Defense attorney", True),
    ("specialist in coastal engineering", True),  # one of many
    ("baker from Dunford", True),  # where from, not whose
    ("president of the Dunford Rowing Club", False),
    ("marine biologist at Karlsby University", False),
    ("Dunford's harbour master", False),
    ("agency's district supervisor for Karlsby", True),  # which agency?
    ("Halden Books chief executive", False),  # the body named before the role
    ("Dunford governor", False),
    ("Health Secretary", False),  # a government's post in capitals: one holder at a time, the story's country's
    ("Japanese Prime Minister", False),
    ("German Chancellor", False),
    ("Attorney General", False),  # a whole post of the data's
    ("Assistant Attorney General", True),  # one of many
    ("shadow home secretary", False),  # an opposition's shadow post: one holder at a time
    ("Velm Party shadow chancellor", False),
    ("Velmish President", True),  # a people's word that names no country
    ("Russian President", False),  # a country's post, its name or people's word before it: one holder at a time
    ("Afghan Vice President", False),
    ("Republican President", True),  # a party's: of which country?
    ("health secretary", True),  # in lower case, a title's words only: of which government?
    ("Health Director", True),
    ("Scottish nurse", True),  # a people's adjective, no body
    ("US President", True),  # a household name's head of state: trivia
    ("U.S. Vice President", True),
    ("U.S. Attorney General", False),  # its other posts are not
    ("U.S. Commerce Secretary", False),  # nor a government post after its country's name
    ("acting U.S. Commerce Secretary", False),  # a stand-in holds it alone too
    ("UK Home Secretary", False),  # a household name only as an answer: in a title it says whose office
    ("White House spokesman", False),
    ("Halden Books analyst", True),  # a commentator's employer
    ("Karlsby University economist", True),  # an expert's
    # a party's title, abbreviated: of which state? (a fresh round: "'Republican governor' is incomplete, governor of
    # where?")
    ("Republican Gov.", True),
    ("GOP Sen.", True),
    ("Dunford Gov.", False),
    # a place's name with a people's ending is still a place ("Hawaii representative" was held back, rated good)
    ("Hawaii Rep.", False),
    ("Michigan governor", False),
    # a royal or a church's title alone: of where? (set AO: "Crown Prince", a rater: "Crown Prince of what?")
    ("Crown Prince", True),
    ("King", True),
    ("Dunford Archbishop", False),
])
def test_a_who_is_card_on_a_role_that_names_no_body_is_held_back(role, expected):
    for card in (_role("Who is Ines Marlow?", role, role), _role(f"Who is the {role}?", "Ines Marlow", role)):
        assert bare_role(card) is expected
    # dated, as the deck asks it (an undated "Who is …?" stays out whatever its role: ``undated_role``); asked the
    # other way round, the card is ``shared_title``'s
    assert held_back(_role("Who was Ines Marlow in 2014?", role, role)) is expected


@pytest.mark.parametrize("shown, role, held", [
    # the card's answer says whose the fact's words leave out
    ("Tomas Vell's former campaign manager", "former campaign manager", False),
    ("Halden Books chief executive", "chief executive", False),
    ("Home Secretary", "then Home Secretary", False),
    ("former campaign manager", "former campaign manager", True),
    # either wording naming the body is enough (an acronym spelled out leaves only a title's words)
    ("Federal Communications Commission (FCC) Commissioner", "FCC Commissioner", False),
])
def test_a_role_card_is_judged_by_the_role_it_shows(shown, role, held):
    card = _role("Who was Ines Marlow in 2014?", shown, role)
    assert bare_role(card) is held


@pytest.mark.parametrize("sentence, role, held", [
    # a fill-in card's blank on a bare role before its holder's name (set AP: "[Former President] Barack Obama",
    # "the prompt shows the answer"; stored ratings of such deck blanks 1 good of 18)
    ("Voters in Dunford want to repeal former President Ona Brett's housing law.", "former President", True),
    ("Defense attorney Ona Brett said the Dunford ferry was never at risk.", "Defense attorney", True),
    ("Ona Brett, a defense attorney, said the Dunford ferry was never at risk.", "defense attorney", False),  # after
    ("Velmland's First Minister Ona Brett said the Dunford ferry was never at risk.", "First Minister", False),
    ("Dunford council leader Ona Brett said the ferry was never at risk.", "Dunford council leader", False),
])
def test_a_blank_on_a_role_that_names_no_body_is_held_back(sentence, role, held):
    card = cloze(sentence, role, 0, kind=FactKind.ROLE)
    _held_by(bare_role, replace(card, fact=replace(card.fact, topic="Ona Brett")), held)


@pytest.mark.parametrize("role, shared", [
    ("marine biologist at Karlsby University", True),  # Karlsby has many marine biologists
    ("owner of a landscaping company in Dunford", True),  # one of many companies
    ("grandson of Tomas Vell and a board member", True),
    ("engineer at Halden Books", True),  # (a reporter's post is the press's: ``vague_role``)
    ("president of the Dunford Rowing Club", False),  # one person holds it
    ("executive vice president of the Dunford Builders Association", False),
    ("director of Sea Grant at Karlsby University", False),
    ("chief executive of Halden Books", False),
    ("Dunford Rowing Club's chairman", False),
])
def test_who_held_a_role_many_hold_is_held_back(role, shared):
    _held_by(shared_title, _role(f"Who was the {role} in 2014?", "Ines Marlow", role), shared)  # asks the person
    asked_for_role = _role("Who was Ines Marlow in 2014?", role, role)  # one answer, whoever else holds the role
    assert not shared_title(asked_for_role) and not held_back(asked_for_role)


@pytest.mark.parametrize("person, held", [("Marlow", True), ("Ines Marlow", False)])
def test_a_role_card_knowing_its_person_by_one_word_is_held_back(person, held):
    """"Who was Jones in December 2016?" in a rebuilt tune deck: "'Jones' could be Chuck Jones or Leslie Jones"."""
    role = "president of the Dunford Rowing Club"
    for prompt, answer in ((f"Who was {person} in 2014?", role), (f"Who was the {role} in 2014?", person)):
        card = _role(prompt, answer, role)
        _held_by(one_word_person, replace(card, fact=replace(card.fact, topic=person)), held)


def test_a_role_written_out_is_still_asked_for():
    """"Who was Ted Cruz in October 2014?" → "GOP senator" (the article's "GOP Sen."): one answer, however the card
    writes the title out (a fresh page's raters: 5 of 5 such cards good, all held back as roles many hold)."""
    card = _role("Who was Ines Marlow in 2014?", "Velm Party senator", "Velm Party Sen.")
    assert not shared_title(card)


@pytest.mark.parametrize("role, vague", [
    ("senior Velm Party figure", True),  # a kind of person, no title
    ("Halden Books executive", True),
    ("executive at Halden Books", True),
    ("former Dunford council official", True),
    ("interest rate strategist at Halden Capital", True),  # a commentator
    ("partner at the law firm Velm Hale", True),  # a firm's partner quoted on the news (tune: 0 good of 7)
    ("Ines Vell appointee", True),  # says who appointed, not to what (set AL and tune: 0 good of 5)
    ("Velm Supreme Court appointee", True),
    ("member of the Velm Party's general secretariat", True),  # one of many
    ("member of the Dunford Nation", True),
    # the press: a rebuilt tune deck's "Who was … ? → Recode editor", rated bad ("her job title is close to a credit")
    ("Halden News editor", True),
    ("political reporter at the Dunford Herald", True),
    ("Velm TV anchor", True),
    ("Halden Books chief executive", False),  # a title
    ("Velm Party leader", False),
    ("executive vice president of the Dunford Builders Association", False),
])
def test_a_who_is_card_on_a_role_that_gives_no_title_is_held_back(role, vague):
    for card in (_role("Who was Ines Marlow in 2014?", role, role), _role(f"Who was the {role} in 2014?", "Ines Marlow",
                                                                          role)):
        _held_by(vague_role, card, vague)


@pytest.mark.parametrize("role", ["member of the Velmland Parliament", "Velmland House member"])
def test_a_legislature_member_is_a_seat_not_a_vague_role(role):
    # asked the other way round ("Who was the member of …?") many hold it: ``shared_title``'s
    _held_by(vague_role, _role("Who was Ines Marlow in 2014?", role, role), False)


def test_a_role_whose_owner_the_prompt_names_is_kept():
    card = _role("Who was Dunford’s First Minister in 2014?", "Ines Marlow", "First Minister")
    assert not bare_role(card) and not held_back(card)


@pytest.mark.parametrize("answer, other, expected", [
    ("zero", "zero percent", True),
    ("State of Vellmark", "Vellmark", True),
    ("Vellmark", "State of Vellmark", True),
    ("Basel", "startup in Basel", True),  # "in" says nothing
    ("1986", "March 18 1986", False),  # the longer answer asks something more
    ("Dunford", "Dunford Rowing Club", False),
    ("Dunford", "president of the Dunford Rowing Club", False),
    ("Dunford", "Dunford", False),  # the same spelling is the budget's plain one-card-per-answer rule
    ("Ava Lind", "Lind", True),
    ("Karlsby", "Karlsby Times", False),  # a name the longer one goes on from: two things
    ("Karlsby", "Karlsby City", False),
    # one sum or share (set AP: "tests the same $50 fact as card 1 again")
    ("$40 mark", "above $40", True),
    ("18-percent", "18 percent", True),
    ("$12bn", "a $12bn ferry contract", True),
    ("19-percent", "18 percent", False),
    ("2018", "the first half of 2018", False),  # a year is no sum
])
def test_one_answer_in_other_words(answer, other, expected):
    assert restates(answer, [other]) is expected


def test_the_budget_asks_an_answer_once_in_whatever_words():
    first = cloze("Rates near zero percent will stay until Vellmark grows, Ines Marlow said.", "zero percent", 0)
    again = cloze("The market wants zero rates to go on forever, Ines Marlow said.", "zero", 1)
    budget = _Budget(10)
    assert [budget.offer(q, 0.9) for q in (first, again)] == [True, False]


def _claim(sentence: str, answer: str, kind: FactKind = FactKind.CLAIM) -> Question:
    f = fact(sentence, answer, 0, kind=kind)
    return Question(kind=QuestionKind.CLOZE, prompt=sentence, answer=answer, fact=f, key=f"claim|{answer}",
                    blank=(f.start, f.end))


@pytest.mark.parametrize("sentence, answer, kind, expected", [
    ("A blackout at Dunford airport held up holiday travel on Monday.", "holiday travel", FactKind.CLAIM, True),
    ("Photos from the terminal show massive queues.", "massive queues", FactKind.CLAIM, True),
    ("The rowing club must lift its game.", "its game", FactKind.CLAIM, True),
    ("Vellmark is building a tablet app, a move that could end the set-top box.", "move", FactKind.DEFINITION, True),
    ("A swimmer off Dunford was dragged underwater by a juvenile great white shark in May.", "a juvenile great white shark",
     FactKind.CLAIM, False),  # says what it was
    ("The Velmland high court struck down the Vellmark Accord in May 2020.", "the Vellmark Accord", FactKind.CLAIM, False),  # names it
    ("The Dunford town council approved 40 homes in May 2020.", "40 homes", FactKind.CLAIM, False),  # a figure
    ("Anna Berg, the mayor, opened the new Dunford bridge in May 2020.", "mayor", FactKind.ROLE, False),  # not a claim
])
def test_a_claim_whose_answer_is_a_generic_word_is_held_back(sentence, answer, kind, expected):
    card = _claim(sentence, answer, kind)
    _held_by(generic_answer, card, expected)


@pytest.mark.parametrize("sentence, answer, expected", [
    ("Omar Vell met reporters at his home in Dunmere Falls, Florida, and spoke of his son.", "Florida", True),
    ("Rodger Lind runs a startup in Karlsby, Switzerland.", "Switzerland", True),
    ("Omar Vell met reporters at his home in Dunmere Falls, Florida, and spoke of his son.", "Dunmere Falls", False),
    ("After the vote in May, Florida sued the federal water agency.", "Florida", False),  # the state is the story's actor
    ("Omar Vell moved from Dunmere Falls, Vellmark, in 1990.", "Vellmark", False),  # no state or country known
    ("Likely losers of seats in 2020 are Illinois, Iowa, Ohio and Texas.", "Iowa", False),  # a list of states
])
def test_a_state_or_country_that_only_places_the_town_before_it_is_held_back(sentence, answer, expected):
    f = fact(sentence, answer, 0, kind=FactKind.PLACE)
    card = Question(kind=QuestionKind.CLOZE, prompt=sentence, answer=answer, fact=f, key=f"place|{answer}",
                    blank=(f.start, f.end))
    _held_by(place_tail, card, expected)


@pytest.mark.parametrize("standing, expected", [
    ("analyst", True),
    ("political analyst at the Karlsby Institute", True),
    ("pollster", True),
    ("spokesman", False),  # speaks for a side of the story
    ("Health Secretary", False),
    ("named in 4 sentences", False),
])
def test_a_who_said_card_on_a_commentator_is_held_back(standing, expected):
    line = "For three years he has been posting videos in which he calls himself the president of Vellmark"
    sentence = f"“{line},” said Ahmad Lind."
    f = replace(fact(sentence, "Ahmad Lind", 0, kind=FactKind.QUOTE), standing=standing)
    card = Question(kind=QuestionKind.SHORT_ANSWER, prompt=f"Who said: “{line}”?", answer="Ahmad Lind", fact=f,
                    key="who|lind", family="who_said")
    _held_by(commentator, card, expected)


def test_the_questions_file_says_why_a_held_back_card_is_dropped():
    from tests.factory import result

    kept = cloze("Anna Berg opened the Dunford bridge in May 2023.", "Anna Berg", 0)
    generic = _who_said("There is going to be a gap. No doubt")
    why = reasons(replace(result([kept]), candidates=(kept, generic), facts=(kept.fact, generic.fact)))
    assert why == {kept.key: KEPT, generic.key: HELD_BACK}


def test_the_questions_file_says_why_a_card_on_the_articles_own_outlet_is_dropped():
    from tests.factory import result

    kept = cloze("Anna Berg opened the Dunford bridge in May 2023.", "Anna Berg", 0)
    byline = cloze("In May 2023, the Velm Courier spoke with four ferry captains about the long strike at the docks.",
                   "Velm Courier", 1, kind=FactKind.ORGANIZATION)
    why = reasons(replace(result([kept], source="Velm Courier"), candidates=(kept, byline),
                          facts=(kept.fact, byline.fact)))
    assert why == {kept.key: KEPT, byline.key: HELD_BACK}


@pytest.mark.parametrize("sentence, answer, expected", [
    ("Ava Lind told police that she and her 24-year-old boyfriend drove to Karlsby.", "24-year-old", True),
    ("The 89-year-old impresario opened the Dunford hall.", "89-year-old", True),
    ("Governor Tomas Vell appointed Ines Marlow, 51, to serve on the court.", "51", True),  # set off after the name
    ("The court voted 5 to 4, 51 years after the case began.", "4", False),
    ("Of the 90 members, 51 voted for the bill.", "51", False),  # a count, not after a name
    ("Ava Lind told police that she drove 240 miles to Karlsby.", "240 miles", False),
    ("The Dunford music hall opened on the river in 1990.", "1990", False),
])
def test_a_persons_age_as_a_modifier_is_held_back(sentence, answer, expected):
    card = cloze(sentence, answer, 0)
    _held_by(age_modifier, card, expected)


@pytest.mark.parametrize("sentence, answer, expected", [
    # a fresh page's rater: 5 of 5 such cards trivia ("a daily market move")
    ("Copper rose 0.86% to $5,880.00 a tonne in Dunford.", "0.86%", True),
    ("On Wall Street, the Velm index fell 102.2 points, or 0.36%, to 27,934.02.", "0.36%", True),
    ("Spot gold added 0.1% to $1,472.19 an ounce.", "0.1%", True),
    ("Dunford's unemployment rate fell to 3.5% in May, the lowest in years.", "3.5%", False),  # a level, not a day's move
    ("Sales of new cars in Dunford fell 10 percent in October.", "10 percent", False),  # a month's big fall
    # stop 53's raters: a whole-number move and the day's closing level are as trivial ("one day's yield level")
    ("Oil fell 1 percent to $50.42 a barrel in Dunford.", "1 percent", True),
    ("Velm 10-year note yields were little changed at 2.36 percent.", "2.36 percent", True),
    ("Velm Steel shares closed in Dunford on Tuesday at $185.25, up 0.35%.", "$185.25", True),
    ("The Dunford council closed the harbour at 6 p.m. on Tuesday.", "6 p.m.", False),  # a time, no price
    # the level a market's move reached (stop-53 raters: 0 of 3 good)
    ("Velmland's 10-year bond yield fell five basis points to 1.89 percent.", "1.89 percent", True),
    ("Oil fell 1 percent to $50.42 a barrel in Dunford.", "$50.42", True),
    ("Velm Steel's revenue rose 10% to $4.9 billion in 2019.", "$4.9 billion", False),  # a year's figure, no market
    # the move told as where the price stands (set-T raters: both such cards "trivia")
    ("By noon Velm Steel's shares were down a single penny, or 0.03%, at £32.26.", "0.03%", True),
    ("By noon Velm Steel's shares were down a single penny, or 0.03%, at £32.26.", "£32.26", True),
    ("Velm Steel's shares were up 1.1 percent on Monday.", "1.1 percent", True),
    ("Velm Steel's sales were down 40% on the year before.", "40%", False),  # a big fall is news
    ("Hourly earnings in Velmland were up 2.1 percent over the 12 months.", "2.1 percent", False),  # no market's
    # a move told by a participle, after "by", or after the price's level (tune raters: "trivial: one minor share
    # move among many", "a share price's 0.35% rise is a passing market detail")
    *[(sentence, "1.5%", True) for sentence in ("Velm Tours shares were sliding 1.5% by noon in Dunford.",
                                                 "Velm Steel's shares dropped by 1.5% to 50.50 euros in Dunford.",
                                                 "The Velm index had risen 20.54 points, or 1.5%, by late morning.")],
    # … a market's only: a month's housing figures are news
    *[(sentence, "3.3%", False) for sentence in ("Asking prices in Dunford have fallen 3.3% from their July peaks.",
                                                  "Gross lending in Velmland fell by 3.3% in November.")],
    # the move after the price's level, and a hedged move
    ("Velm Steel shares closed in Dunford on Tuesday at $185.25, up 0.35%.", "0.35%", True),
    ("Velm Steel made a profit of $185.25 million, up 40% on the year.", "40%", False),  # no small move
    ("The Velmish crown lost as much as 0.6% against the US dollar.", "as much as 0.6%", True),
    # a move in money before the level it reached (set AP: "the day's rise is a minor detail")
    ("A barrel of Velm crude closed up $2.40 to $61.15 in Dunford.", "$2.40", True),
    ("Velm Steel's profit rose $2.40 to $61.15 a share in 2019.", "$2.40", False),  # a company's year: no market's
    # an index by its name (set-AU raters: "trivia … a throwaway figure")
    ("The Dow Jones Industrial Average ended down 1.24 points, or 0.01%, at 9,870.15.", "0.01%", True),
    ("The FTSE 100 closed up 12 points, or 0.3%, at 4,820.", "0.3%", True),
])
def test_a_days_small_price_move_is_held_back(sentence, answer, expected):
    _held_by(market_move, cloze(sentence, answer, 0, kind=FactKind.AMOUNT), expected)


@pytest.mark.parametrize("sentence, answer, expected", [
    # fresh pages' raters: "it blanks the model year (2021) instead of the meaningful figure"
    ("Lorna Vesk will perform at the 2019 Velm Music Awards in Dunford.", "2019", True),
    ("Jon Vell won gold in butterfly in the 1984 Dunford Olympics.", "1984", False),  # history: rated good 6 of 6
    ("The Velmland coach says Jon Vell won gold in the 1984 Dunford Olympics.", "1984",
     False),  # the year's own clause is history, whatever the sentence's main verb
    ("The 2021 Dunford Volt will be able to go 39 miles on battery power alone.", "2021", True),
    ("Velmland voters sent Lorna Vesk to parliament in the 2016 election.", "2016", False),  # an event: when
    ("In 2012, Lorna Vesk opened the Dunford Music Hall.", "2012", False),
])
def test_a_year_that_names_an_edition_is_held_back(nlp, sentence, answer, expected):
    cards = [q for q in _candidates(nlp, sentence) if q.answer == answer]
    assert cards and all(edition_year(q) is expected for q in cards)
    assert all(held_back(q) for q in cards) or not expected


@pytest.mark.parametrize("sentence, answer, expected", [
    ("A top regional Vellmark Reserve official criticized the Vell's policy of low rates.", "Vellmark Reserve", True),
    ("The Vell's policy of low rates drew fire from a top Vellmark Reserve official.", "Vell", True),
    ("A Karlsby Institute official criticized the Vell's policy of low rates.", "Karlsby Institute", False),
    ("The Vell Board raised rates, said Ava Lind of the Dunford Bank.", "Vell Board", False),  # no long form shown
])
def test_a_name_beside_its_clipped_form_is_held_back(sentence, answer, expected):
    card = cloze(sentence, answer, 0, kind=FactKind.ORGANIZATION)
    _held_by(clipped_name, card, expected)


def test_the_questions_file_says_a_card_was_dropped_for_blanking_the_headlines_person():
    """A teacher reading the questions file sees why the card is out, and may pull it back."""
    from quizgen.questions.reasons import HEADLINE_PERSON
    from tests.factory import result

    later = cloze("The council's lawyer referred questions about the ferry deal to Tomas Vell on Friday.", "Tomas Vell",
                  5)
    lead = cloze("Ines Marlow opened the Dunford bridge in May 2019 after a decade of work.", "May 2019", 0,
                 kind=FactKind.DATE)
    article = replace(result([lead], title="Marlow says Vell lied to the council"), candidates=(lead, later),
                      facts=(lead.fact, later.fact))
    assert reasons(article)[later.key] == HEADLINE_PERSON


def test_the_questions_file_says_a_figure_card_was_dropped_for_its_repeated_frame():
    from quizgen.questions.reasons import SAME_FRAME
    from tests.factory import result

    asked = cloze("Harbour Board estimated cost versus the earlier plan: $114 million.", "$114 million", 3,
                  kind=FactKind.AMOUNT)
    sibling = cloze("Harbour Board estimated cost versus the earlier plan: $34 million.", "$34 million", 5,
                    kind=FactKind.AMOUNT)
    article = replace(result([], title="Ferry sails on time"), candidates=(asked, sibling),
                      facts=(asked.fact, sibling.fact))
    assert reasons(article)[asked.key] == SAME_FRAME


def test_the_questions_file_says_a_card_was_dropped_for_its_sentences_card():
    from tests.factory import result

    likelier, giveaway = cloze(CAMPAIGNS, "2016", 0), cloze(CAMPAIGNS, "2020", 0)
    giveaway = replace(giveaway, key="cloze|0|2020")
    why = reasons(replace(result([likelier]), candidates=(likelier, giveaway), facts=(likelier.fact, giveaway.fact)))
    assert why == {likelier.key: KEPT, giveaway.key: SAME_SENTENCE}


@pytest.mark.parametrize("sentence, answer, kind, expected", [
    ("Omar Vell came to the U.S. from Karlsby in 1990.", "U.S.", FactKind.PLACE, True),  # the setting
    ("U.S. Secretary of State Ines Marlow met Omar Vell.", "U.S.", FactKind.PLACE, True),  # a word of a title
    ("The Fed's board voted 9 to 1 to hold rates.", "Fed", FactKind.ORGANIZATION, True),
    ("Tomas Vell asked the United Nations for help.", "United Nations", FactKind.ORGANIZATION, True),
    # "UK" in a UK story (stored ratings: 1 good of 12 cards on "UK" / "Britain")
    ("Tomas Vell said migration helped the UK in 2004.", "UK", FactKind.PLACE, True),
    ("Tomas Vell attacked the decision by Britain's highest court.", "Britain", FactKind.PLACE, True),
    # a continent or one of the world's great regions (stored labels 1 good of 24: "trivial, the story's setting")
    ("Leaders from across Asia joined Omar Vell at a gala dinner in Karlsby on Sunday.", "Asia", FactKind.PLACE, True),
    ("Parts of Karlsby and the Middle East will face droughts as temperatures rise.", "Middle East", FactKind.PLACE,
     True),
    # a US government's household bodies, as an answer (stored ratings: "White House" 0 good of 16, "Congress" 1 of 18)
    ("Lawmakers of both parties in the U.S. Congress backed the Karlsby bill in May 2017.", "U.S. Congress",
     FactKind.ORGANIZATION, True),
    ("The White House said the Karlsby deal would stand in May 2017.", "White House", FactKind.ORGANIZATION, True),
    ("The House of Representatives passed the Karlsby bill in May 2017.", "House of Representatives",
     FactKind.ORGANIZATION, False),  # which chamber is news
    ("Tomas Vell asked the Karlsby Council for help with the bridge.", "Karlsby Council", FactKind.ORGANIZATION, False),
    ("Omar Vell came to Karlsby from Dunmere in 1990.", "Karlsby", FactKind.PLACE, False),
    ("Omar Vell plays for the US Dunmere club in the second division.", "US Dunmere", FactKind.ORGANIZATION, False),  # a name that holds it
])
def test_a_household_name_as_the_answer_is_held_back(sentence, answer, kind, expected):
    card = cloze(sentence, answer, 0, kind=kind)
    _held_by(household_name, card, expected)


@pytest.mark.parametrize("answer, kind, run_together, held", [
    ("Hale, Ostrom", FactKind.PERSON, True, True),  # "According to Hale, Ostrom's forecast …": an aside as one name
    ("Vell, Marlow", FactKind.ORGANIZATION, True, True),
    ("Tomas Vell, Ines Marlow, Rick Dalton", FactKind.PERSON, True, True),
    ("Dunford Mills, Inc.", FactKind.ORGANIZATION, False, False),  # a company's suffix
    ("Tomas Vell, Jr.", FactKind.PERSON, False, False),
    ("Dunford, Velmland", FactKind.PLACE, True, False),  # a town and its country: one place
    ("Tomas Vell", FactKind.PERSON, False, False),
])
def test_names_run_together_are_held_back(answer, kind, run_together, held):
    card = cloze(f"By then, {answer} had left the Dunford office for good.", answer, 0, kind=kind)
    assert names_run_together(answer) is run_together
    assert held_back(card) is held


@pytest.mark.parametrize("answer, expected", [
    ("56% to", True),  # "By 56% to 35%, …": the span stopped before the second figure
    ("Tomas Vell a", True),
    ("half of the", True),
    ("56%", False),
    ("Tomas Vell", False),
    ("a turn for the better", False),
    ("Velm Bank Tribunal (VBT", True),  # the bracket it opens closes outside the blank (a fresh page)
    ("Velm Bank Tribunal (VBT)", False),
])
def test_an_answer_cut_short_is_held_back(answer, expected):
    sentence = f"By then, {answer} said nothing about the Dunford bridge."
    card = cloze(sentence, answer, 0, kind=FactKind.COUNT)
    assert cut_short(answer) is expected
    assert held_back(card) is expected


@pytest.mark.parametrize("prompt, family, expected", [
    ("Who first spotted some of the ads?", "wh", True),
    ("What did Ines Marlow attempt to put off?", "wh", True),
    ("Which organisation is building a new streaming app for tablets?", "mc_wh", True),
    ("Which organisation earned $4.9 billion in the fourth quarter of 2014?", "wh", False),  # a figure fixes it
    ("Who opened the new Dunford bridge over the Velm river in May?", "wh", False),  # so does a month
    ("Who vetoed a bill in May 2023?", "wh", True),  # unless the question is short: which bill?
    ("Who had previously helped launch Dunford Air?", "wh", True),
    ("What did Ines Marlow open?", "wh", False),  # the answer below carries the date
    ("How much will the Corvan probe receive?", "wh", True),  # short, and nothing says when or of what
    ("What percentage is Dunford Air?", "mc_wh", True),
    ("How much will the Corvan probe receive in 2015?", "wh", False),  # a year fixes it
    ("How many laptop and desktop computers are thrown away in Velmland every year, according to its agency?", "wh",
     False),  # long enough to say which
    ("When did Ines Marlow open the Dunford bridge?", "wh", False),
    ("Who said the new Dunford bridge over the Velm river would open in the spring?", "wh", False),  # who said
    ("Who said the Dunford bridge would open soon?", "wh", True),  # but short, with no quotation to say which words
    ("Who told the Velm Times?", "wh", True),
    ("Who said: “We will open the Dunford bridge”?", "wh", False),  # the quotation says which
    ("Who first spotted some of the ads?", "role", False),  # not a wh-question's family
    ("Which Velm state newspaper published images of the new bridge?", "wh", False),  # its description says which
    ("Which organisation published images of the new bridge?", "wh", True),
])
def test_an_open_wh_question_is_held_back(prompt, family, expected):
    answer = "the Dunford bridge in May 2023" if prompt.startswith("What did Ines Marlow open") else "Ines Marlow"
    card = replace(short_answer(prompt, answer, "Ines Marlow opened the Dunford bridge in May 2023.", 0),
                   family=family)
    _held_by(open_question, card, expected)


@pytest.mark.parametrize("prompt, held", [
    ("Which House Minority Leader said: “repeatedly warned Congress that reforms are necessary”?", True),
    ("Who said: “it would be premature to go ahead with any project at this time”?", True),
    ("Who said of the bridge: “does not represent a risk to the town”?", True),
    ("Who said: “We need to look at the people of Dunford and explain to them that the town is broke”?", False),
    ("Which mayor of Lyon said: “I will keep building the new homes in Dunford for every family that needs one”?",
     False),  # whole sentences
    ("Who said the plan is “risking a repeat of the Dunford mistakes and the losses they bring”?", False),
])
def test_a_who_said_card_quoting_a_fragment_is_held_back(prompt, held):
    card = _titled_who_said(prompt)
    _held_by(quoted_fragment, card, held)


@pytest.mark.parametrize("sentence, family, held", [
    ("“We are really lucky that he was still able to swim back to the shore,” Ines Marlow said.", "who_said", True),
    ("Ines Marlow said “he will probably say it was an accident on the ice”.", "cloze", True),
    ("“I do not know what drove him to open fire in the club last night,” Ines Marlow said.", "who_said", True),
    # a name or a noun before it may be whom it means
    ("“The mayor has let his ambitions distract him from the work of the city,” Ines Marlow said.", "who_said", False),
    ("“Tomas Vell has given his word to the voters of this city,” Ines Marlow said.", "who_said", False),
    ("“We will keep building bridges across the river until the money runs out,” Ines Marlow said.", "who_said",
     False),
    # the fill-in card shows its narration, which names him first
    ("Ines Marlow said Tomas Vell “has given his word to the voters of this city”.", "cloze", False),
])
def test_a_quotation_whose_he_or_she_the_card_leaves_unnamed_is_held_back(nlp, sentence, family, held):
    cards = [q for q in _candidates(nlp, sentence) if q.answer == "Ines Marlow" and q.family == family]
    assert cards
    for card in cards:
        _held_by(quote_points_back, card, held)


@pytest.mark.parametrize("prompt, held", [
    ("Who said: “It has a lot of room for cargo, power to get through the polar night and a wide open deck”?", True),
    ("Who said: “They were the first ones to sell the Dunford cheese in every shop of the county”?", True),
    ("Who said: “This is the largest investment in the harbour of Dunford for a whole generation”?", True),
    # blind raters: "nothing says who 'he' is" (0 good of 4 such cards)
    ("Who said: “He doesn't want to be a harbour master, and he has never wanted to be one”?", True),
    ("Who said: “(She) said they had been arguing all week about the harbour and the cargo”?", True),
    # a body's quote names no title either ("Which organisation said: …", standing_alone)
    ("Which organisation said: “It has a lot of room for cargo, power to get through the polar night”?", True),
    ("Which mayor of Dunford said: “He has a lot of room for cargo, power to get through the polar night”?", False),
    # a title says which speaker, and so what "it" may be
    ("Which mayor of Dunford said: “It has a lot of room for cargo, power to get through the polar night”?", False),
    ("Who said: “We have a lot of room for cargo, power to get through the polar night and a wide open deck”?",
     False),
])
def test_a_titleless_who_said_card_whose_quotation_opens_on_it_is_held_back(prompt, held):
    card = _titled_who_said(prompt)
    _held_by(quote_opens_pointing, card, held)


@pytest.mark.parametrize("prompt, held", [
    # the quotation answers or sets itself against words the card leaves out
    ("Who said: “If not, most likely the council will vote on the harbour plan in the first week of spring”?", True),
    ("Which mayor of Dunford said: “But while we welcome the ferry, we will stand up for the fishing fleet”?", True),
    ("Which organisation said: “Accordingly, we keep our view that the harbour fees will fall next year”?", True),
    ("Who said: “However, we will of course carry out what the harbour law obliges us to do”?", True),
    ("Who said: “Or, ship the grain at the same time to other towns along the coast that have too little”?", True),
    ("Who said: “So, the ferry will run twice a day from the first week of spring until the autumn”?", True),
    # a set-AT card, bad and fixable: "'Despite that' points back to something the card never gives"
    ("Which spokesman for Velm Mobile said: “Despite that they sold well in Dunford in the mid-80s”?", True),
    ("Who said: “Despite the storm, every boat of the Dunford fleet came home safely that night”?", False),
    # a whole sentence of its own
    ("Who said: “So far the evidence suggests that the new ferry has helped the harbour's trade”?", False),
    ("Who said: “Although the storm closed the harbour, every boat of the fleet came home safely”?", False),
    ("Who said: “Still waters run deep in the harbour of Dunford, and the fleet knows every one”?", False),
    ("Who said: “Butter from Dunford is sold in every shop of the county and across the sea”?", False),
])
def test_a_who_said_card_whose_quotation_leans_on_words_before_it_is_held_back(prompt, held):
    card = _titled_who_said(prompt)
    _held_by(quote_opens_leaning, card, held)


@pytest.mark.parametrize("sentence, held", [
    ("“But while we welcome the ferry, we will stand up for the fishing fleet,” Ines Marlow said on Monday.", True),
    ("“However, the council also believes the harbour fees must fall next year,” Ines Marlow said.", True),
    ("“While we welcome the ferry, we will stand up for the fishing fleet,” Ines Marlow said on Monday.", False),
    ("“Still waters run deep in the harbour,” Ines Marlow said of the fleet on Monday.", False),
])
def test_a_fill_in_card_opening_on_a_leaning_quotation_is_held_back(sentence, held):
    card = cloze(sentence, "Ines Marlow", 0, kind=FactKind.QUOTE)
    assert card.blank is not None
    assert quote_opens_leaning(card) is held


@pytest.mark.parametrize("sentence, held", [
    # the title fits one option only: the plain card asks the same
    ("“The Lusk harbour wall will cost $40 million to rebuild after the storms,” foreign ministry spokeswoman Anna "
     "Berg said.", True),
    ("“The Lusk harbour wall will cost $40 million to rebuild after the storms,” Anna Berg said.", False),
])
def test_options_beside_a_who_said_cards_title_are_held_back(nlp, sentence, held):
    (found,) = [f for f in extract_facts(nlp(sentence)) if f.kind is FactKind.QUOTE]
    plain = make_who_said(found)
    options = replace(plain, kind=QuestionKind.MULTIPLE_CHOICE, family="mc_who_said", key="mc|" + plain.key,
                      choices=(plain.answer, "Tomas Vell", "Ines Marlow"))
    _held_by(titled_options, options, held)
    assert not held_back(plain)
    assert plain.prompt.startswith("Which ") is held

def test_reported_speech_keeps_its_speakers_own_he(nlp):
    """"Who said he is not worried …?": no quotation, and its "he" is the speaker."""
    sentence = "Jim Carlton said he is not worried about the mood of his team after two losses."
    cards = [q for q in _candidates(nlp, sentence) if q.answer == "Jim Carlton"]
    assert {q.family for q in cards} >= {"wh", "cloze"}
    assert not any(quote_points_back(q) for q in cards)


@pytest.mark.parametrize("before, held", [
    ("Who said:", True),
    ("Which grandson of Tomas Vell said:", False),  # the title names whom "he" means
    ("Which state senator said Tomas Vell", False),  # so does the narration the card keeps
    ("Which state senator said:", True),  # the speaker's own title names no one else
])
def test_a_who_said_card_names_the_quotations_he_or_she_in_the_words_before_it(nlp, before, held):
    line = "What he built then was a lasting gift to the whole country"
    sentence = f"“{line},” Ines Marlow said."
    (card,) = [q for q in _candidates(nlp, sentence) if q.family == "who_said"]
    assert quote_points_back(replace(card, prompt=f"{before} “{line}”?")) is held


@pytest.mark.parametrize("sentence, answer, held", [
    ("“What I said was that the mayor has missed her chance to make a mark on Dunford.”", "Dunford", True),
    ("\"And the new bridge is an ideal route for this.\"", "bridge", True),
    ("“What I said was that the mayor has missed her chance,” Ines Marlow said of Dunford.", "Dunford", False),
    ("Ines Marlow said the mayor “has missed her chance to make a mark on Dunford”.", "Dunford", False),
    ("“Due to a crisis, I, Tomas Vell, am declaring myself a candidate for Dunford mayor.”", "Dunford", False),
    # words beside it, but no speaker and no speech: another sentence said who
    ("The bank's low-rate policy “is as likely to be a negative as a positive for the savers of Dunford”.", "Dunford",
     True),
    ("The bank's policy is “a negative for Dunford”, according to Ines Marlow.", "Dunford", False),
    ("The bank's low-rate policy, Ines Marlow warned, “is as likely to be a negative as a positive for Dunford”.",
     "Dunford", False),
    ("“Dunford Steel admitted it misled clients about its record and agreed to pay $35 million,” reports Ines Marlow.",
     "Dunford", False),  # a name beside it, whatever the verb
])
def test_a_quotation_with_no_speaker_is_held_back(sentence, answer, held):
    # the form with options: a blank inside a quotation with none is held back anyway (``weak_forms.quoted_blank``)
    card = cloze(sentence, answer, 0, kind=FactKind.PLACE)
    card = replace(card, kind=QuestionKind.MULTIPLE_CHOICE, family="mc_cloze", choices=(answer, "Lyon", "Velm", "Brest"))
    _held_by(unattributed_quote, card, held)


@pytest.mark.parametrize("prompt, kind, family, expected", [
    ("What did a power cut at Dunford airport hold up on 22 December 2014?", FactKind.CLAIM, "wh", True),  # dated too
    ("What did Ines Marlow ban?", FactKind.CLAIM, "mc_wh", True),
    ("What has Velmland threatened to deploy?", FactKind.CLAIM, "wh", False),  # the answer's figure says which
    ("When did Ines Marlow open the Dunford bridge?", FactKind.CLAIM, "wh", False),  # the answer's kind is asked
    ("What is the Dunford Line?", FactKind.DEFINITION, "definition", False),  # a definition, not a claim
    ("What did the Dunford council spend $40 million on in 2023?", FactKind.AMOUNT, "wh", False),  # not a claim
])
def test_what_someone_did_is_not_asked_of_a_claim(prompt, kind, family, expected):
    answer = "250 new launchers" if "deploy" in prompt else "the Velm Festival concerts"
    card = short_answer(prompt, answer, f"Ines Marlow banned the Velm Festival concerts and {answer}.", 0)
    _held_by(what_claim, replace(card, family=family, fact=replace(card.fact, kind=kind)), expected)


@pytest.mark.parametrize("prompt, expected", [
    ("Which Halden Books CEO said a two-year pricing agreement expired in December?", True),  # asked by the role
    ("Who said a two-year pricing agreement expired in December?", True),
    ("Which organisation announced a pricing agreement in December?", False),  # no saying
    ("Which country said it test-fired a new missile in July?", False),  # a question on the country, not a speaker
])
def test_a_wh_question_on_a_saying_is_an_attribution(prompt, expected):
    card = short_answer(prompt, "Dana Hill", "Dana Hill said a two-year pricing agreement expired in December.", 0)
    assert is_attribution(card) is expected
    assert bool(features(card, ArticleContext({0: ["dana hill"]})).get("speaker_question")) is expected


@pytest.mark.parametrize("sentence, held", [
    ("Tomas Vell, author of the controversial 2011 article on colonial rule, spoke in Dunford.", True),
    ("A 2011 paper in the Velm Journal of Economics analysed wages in Dunford in more detail.", True),
    ("Ines Marlow will not release 2011 data on the bridge works in Dunford.", True),
    ("Dunford withdrew from a 2011 agreement aimed at reducing border tensions.", False),  # a pact named by its year
    ("Ines Marlow published the article on colonial rule in 2011.", False),  # when it happened
])
def test_a_year_that_says_which_thing_of_its_kind_is_held_back(nlp, sentence, held):
    cards = [q for q in _candidates(nlp, sentence) if q.answer == "2011" and q.blank is not None]
    assert cards
    for card in cards:
        _held_by(dated_thing, card, held)


@pytest.mark.parametrize("sentence, held", [
    ("The Velm Brothers played 1972’s Harbour Street and other albums in Dunford.", True),  # a work's year
    ("The most recent Dunford film was 2011’s “Kvam Harbour”.", True),
    ("In films from 2011: A Kvam Odyssey to Velm Rising, astronauts sleep through the trip.", True),  # its title
    ("Dunford opened its rail bridge over the Lusk in 2011: the first in Velmland to carry trains.", False),
    ("The Velm Brothers released Harbour Street in 1972 in Dunford.", False),  # when it happened
    ("The bridge of 1972’s flood year was rebuilt in Dunford.", False),  # an owner in lower case is no work's name
])
def test_the_year_a_named_work_came_out_is_held_back(sentence, held):
    year = re.search(r"\d{4}", sentence).group()
    _held_by(year_of_a_work, cloze(sentence, year, 0, kind=FactKind.DATE), held)


@pytest.mark.parametrize("sentence, answer, kind, held", [
    ("Asked about the bridge, Ines Marlow told the Dunford Herald: “It will open in May.”", "Dunford Herald",
     FactKind.ORGANIZATION, True),
    ("“We check every claim,” a Velm spokesperson told TechWorld.", "TechWorld", FactKind.ORGANIZATION, True),
    ("Ines Marlow said, as she did in an interview in May with the Dunford Post, that the bridge is safe.",
     "Dunford Post", FactKind.ORGANIZATION, True),
    ("Ines Marlow said in a statement to the Dunford Post that the bridge is safe.", "Dunford Post",
     FactKind.ORGANIZATION, True),
    # a fresh page: "which news outlet received the spokesperson's email is not worth learning"
    ("A spokesperson said in a statement emailed to Dunford News that the agency never gives vaccines.",
     "Dunford News", FactKind.ORGANIZATION, True),
    # in the present tense too (a fresh page: "Two donors tell ABC News …", "the outlet the donors spoke to")
    ("Two Velm Party donors tell Dunford News the mayor made the claim at a dinner.", "Dunford News",
     FactKind.ORGANIZATION, True),
    ("Ines Marlow wrote to the Velm Council in May to oppose the bridge.", "Velm Council", FactKind.ORGANIZATION,
     False),  # whom she wrote to is part of what she did
    ("Ines Marlow told Tomas Vell that the bridge is safe.", "Tomas Vell", FactKind.PERSON, False),  # a person told
    ("Ines Marlow told the Dunford Herald that Velm Steel built the bridge.", "Velm Steel", FactKind.ORGANIZATION,
     False),  # the blank is what was said, not to whom
    ("Ines Marlow has worked for the Dunford Herald since 2010.", "Dunford Herald", FactKind.ORGANIZATION, False),
])
def test_a_blank_on_the_outlet_someone_spoke_to_is_held_back(sentence, answer, kind, held):
    _held_by(told_outlet, cloze(sentence, answer, 0, kind=kind), held)


@pytest.mark.parametrize("sentence, answer, kind, held", [
    ("Tomas Vell stood emotionless, reported Ines Marlow of Dunford Public Radio.",
     "Ines Marlow of Dunford Public Radio", FactKind.PERSON, True),
    ("One witness described hiding under a table, as Velm Radio's Ines Marlow reported.", "Ines Marlow",
     FactKind.PERSON, True),
    ("The chief said prices would fall, as Dunford Finance reported earlier in 2019.", "Dunford Finance",
     FactKind.ORGANIZATION, True),
    ("Ines Marlow reports.", "Ines Marlow", FactKind.PERSON, True),
    ("“He has no immunity,” said one legal expert, as reported by the Dunford Herald newspaper.", "Dunford Herald",
     FactKind.ORGANIZATION, True),
    # the body whose report is the news
    ("A study released in May by Dunford Data Services reported that 10 states will lose seats.",
     "Dunford Data Services", FactKind.ORGANIZATION, False),
    ("The Dunford Herald reported Tomas Vell had resigned from the council.", "Tomas Vell", FactKind.PERSON, False),  # what was said
])
def test_a_blank_on_who_reported_the_story_is_held_back(sentence, answer, kind, held):
    _held_by(reporter_credit, cloze(sentence, answer, 0, kind=kind), held)


@pytest.mark.parametrize("sentence, answer, kind, held", [
    # raters: "the city where a speech was given is not worth learning" (tune), "the name of the conference where he
    # spoke is not worth learning" (a fresh page)
    ("“Rates must rise,” Tomas Vell said in prepared remarks during a speech in Dunford, Velm.", "Dunford",
     FactKind.PLACE, True),
    ("“We had some issues,” Ines Marlow said on Tuesday at the Velm Media conference in Dunford.", "Velm Media",
     FactKind.ORGANIZATION, True),
    ("“We had some issues,” Ines Marlow said on Tuesday at the Velm Media conference in Dunford.", "Dunford",
     FactKind.PLACE, True),  # the event's town is where she spoke too (a fresh page: "trivia")
    ("“The betrayal is over,” Tomas Vell said at a rally in Dunford, Velm, on Tuesday.", "Dunford", FactKind.PLACE,
     True),  # stop 59: the town of a rally where he spoke came in when its date was held back
    ("“We have to close the border,” Tomas Vell said during a campaign stop in Dunford.", "Dunford", FactKind.PLACE,
     True),
    ("Thousands of nurses joined a rally in Dunford on Tuesday.", "Dunford", FactKind.PLACE, False),  # nobody spoke
    ("Ines Marlow said the Velm Media conference will move to Dunford in 2021.", "Dunford", FactKind.PLACE, False),
    ("Ines Marlow will chair the Velm Media conference in Dunford.", "Velm Media", FactKind.ORGANIZATION, False),
    # the town naming the occasion (a set-V rater: "the city where the news conference was held is not worth learning")
    ("Tomas Vell told a Dunford news conference that his new party would avoid the old parties' spin.", "Dunford",
     FactKind.PLACE, True),
    ("Tomas Vell said a Dunford court would rule on the new party's name in 2019.", "Dunford", FactKind.PLACE,
     False),  # no occasion of speaking
])
def test_a_blank_on_where_someone_spoke_is_held_back(sentence, answer, kind, held):
    _held_by(speech_venue, cloze(sentence, answer, 0, kind=kind), held)


@pytest.mark.parametrize("sentence, answer, held", [
    ("Ines Marlow maintained a high profile on social media in Dunford.", "a high profile on social media", True),
    ("The Dunford Herald published images of the new bridge.", "images of the new bridge", True),
    ("The Dunford arts program won a $77.5 million increase in the final bill.", "a $77.5 million increase", False),
    ("Velmland has threatened to deploy 250 launchers on its border.", "250 launchers", False),  # a figure says which
    # a fresh page's rater: "a stock phrase … many phrases fit the blank"; the figure says which people, not what
    ("The Dunford police have now released the identities of the two people killed in the crash.",
     "the identities of the two people", True),
    ("A surfer was dragged underwater by a juvenile great white shark off Dunford.", "a juvenile great white shark",
     False),  # who did it, not what was done
])
def test_a_blank_on_a_claim_without_a_figure_is_held_back(sentence, answer, held):
    _held_by(claim_blank, cloze(sentence, answer, 0, kind=FactKind.CLAIM), held)


@pytest.mark.parametrize("sentence, answer, kind, held", [
    # stop-53 raters: "ambiguous; an open description more than one country could fit"
    ("Velmland is one of the poorest and most isolated countries in the region.", "Velmland", FactKind.PLACE, True),
    ("Ines Marlow is one of the first two women elected to the Dunford council.", "Ines Marlow", FactKind.PERSON,
     True),
    ("Velm Steel was among the largest employers in the Dunford region.", "Velm Steel", FactKind.ORGANIZATION, True),
    # a blank inside the subject asks one thing
    ("The border between Velmland and Dunford is among the most heavily guarded in the world.",
     "Velmland and Dunford", FactKind.PLACE, False),
    ("Velmland is the poorest country in the region, with an average income of $900 a year.", "Velmland",
     FactKind.PLACE, False),  # one thing, not a class
])
def test_a_blank_that_is_one_of_a_class_is_held_back(sentence, answer, kind, held):
    _held_by(one_of_many, cloze(sentence, answer, 0, kind=kind), held)


def test_a_blank_on_another_kind_of_fact_is_not_a_claim_blank():
    assert not claim_blank(cloze("The Dunford Herald published images of the bridge.", "Dunford Herald", 0,
                                 kind=FactKind.ORGANIZATION))


@pytest.mark.parametrize("rule, sentence, answer, kind, held", [
    # a blank on whose title a named person holds
    (title_owner_blank, "Velmland's First Minister Ines Marlow said the bridge will open.", "Velmland",
     FactKind.PLACE, True),
    (title_owner_blank, "As the Dunford Herald’s Carly Page explained in May, the bridge is safe.", "Dunford Herald",
     FactKind.ORGANIZATION, True),
    (title_owner_blank, "Velmland's decision to build the bridge in 2019 surprised Dunford.", "Velmland",
     FactKind.PLACE, False),
    (title_owner_blank, "Velmland's First Minister Ines Marlow said the bridge will open.", "Ines Marlow",
     FactKind.PERSON, False),
    # the figure the news is measured against (tune raters: "trivia: only October's comparison figure")
    (comparison_figure, "The Velm Bankers Group said lending rose by £4m in November, compared to October's £4.29m.",
     "£4.29m", FactKind.AMOUNT, True),
    (comparison_figure, "Interest will eat up 13 percent of Velmland's spending, up from 6.6 percent in 2017.",
     "6.6 percent", FactKind.AMOUNT, True),
    (comparison_figure, "Dunford sold 40 ferries this year, compared with 25 ferries in 2019.", "25", FactKind.COUNT,
     True),
    # … not the news itself, before the comparison; nor a year after it (when the comparison was)
    (comparison_figure, "The Velm Bankers Group said lending rose by £4m in November, compared to October's £4.29m.",
     "£4m", FactKind.AMOUNT, False),
    (comparison_figure, "Only two of 16 dancers are Velmish, compared to 16 of 21 in 1985.", "1985", FactKind.DATE,
     False),
    # … nor when a comparison in an earlier clause does not reach the blank
    (comparison_figure, "Sales were down from last year; the firm now employs 300 people.", "300", FactKind.COUNT,
     False),
    # the first of two figures joined by "and": the second shows the answer's kind and neighbourhood (set-AC raters:
    # "guessable: only 2014 is next to 2015"; "'between 35,000' exceeds the upper bound"); a year is
    # neighbour_year_shown's
    (neighbour_year_shown, "Ines Marlow served as president of the Velm Assembly in 2014 and 2015.", "2014",
     FactKind.DATE, True),
    (paired_figure, "Dunford's Velm community is estimated at between 25,000 and 30,000 people.", "between 25,000",
     FactKind.COUNT, True),
    # … not the second, nor a figure and a name
    (paired_figure, "Dunford's Velm community is estimated at between 25,000 and 30,000 people.", "30,000",
     FactKind.COUNT, False),
    (neighbour_year_shown, "Mira Castell backed Tomas Vell's campaigns for the Senate in 2016 and 2020.", "2016",
     FactKind.DATE, False),  # two years apart: two events, not a span
    (paired_figure, "Dunford sold 40 ferries and two tugs to Velm Rail in 2019.", "40", FactKind.COUNT, False),
    # a year the card shows the year before or after of gives itself away among near years (stored: 5 good of 52)
    (neighbour_year_shown, "“People are more cautious,” Ann Vell said, adding, “2019 is not as good as 2018.”", "2018",
     FactKind.DATE, True),
    (neighbour_year_shown, "The Velm Bank raised rates on 14 December 2016 and signalled more increases in 2017.",
     "2017", FactKind.DATE, True),
    (neighbour_year_shown, "Tam Orrin chaired the Dunford council in 2014 and 2015.", "2014", FactKind.DATE, True),
    (neighbour_year_shown, "Three rate rises in 2017 would be followed by three more in both 2018 and 2019.", "2019",
     FactKind.DATE, True),
    # … not one two or more away, nor one alone
    (neighbour_year_shown, "The Dunford bridge opened in 2012, and the tunnel in 2016.", "2016", FactKind.DATE, False),
    (neighbour_year_shown, "The new Dunford bridge over the river Velm opened to traffic in 2012.", "2012",
     FactKind.DATE, False),
])
def test_a_blank_on_a_title_owner_or_a_comparison_or_paired_figure_is_held_back(rule, sentence, answer, kind, held):
    _held_by(rule, cloze(sentence, answer, 0, kind=kind), held)


@pytest.mark.parametrize("sentence, answer, kind, held", [
    ("“We invest in finding scams,” a Velm Media spokesperson told the Dunford Herald.", "Velm Media",
     FactKind.ORGANIZATION, True),
    ("A Velm Rail spokesman said the line would reopen in May.", "Velm Rail", FactKind.ORGANIZATION, True),
    ("A Velm Rail spokesman said the line would reopen in Dunford.", "Dunford", FactKind.PLACE, False),
    ("The bridge over the Velm was built by Dunford Rail in 2009, a spokesman said.", "Dunford Rail",
     FactKind.ORGANIZATION, False),
])
def test_a_blank_on_whose_spokesperson_spoke_is_held_back(sentence, answer, kind, held):
    """A rebuilt tune deck's card "“…,” a [...] spokesperson told TechCrunch", rated bad ("whose spokesperson gave a
    routine PR statement, … also ambiguous")."""
    _held_by(spokesperson_blank, cloze(sentence, answer, 0, kind=kind), held)


@pytest.mark.parametrize("text, answer, held", [
    # someone unnamed speaks as "I" for a body: "Who said" asks for a person, the answer is the body
    ('The airline suspended Ana Reyes without pay. A spokeswoman for Velm Air said: "All I can tell you is that we '
     'do not discuss staff issues with the press."', "Velm Air", True),
    ('The airline suspended Ana Reyes without pay. A Velm Air spokesman said: "I can tell you that we do not discuss '
     'staff issues with the press."', "Velm Air", True),
    # a person who speaks as "I" is the answer "Who said" asks for
    ('The airline suspended Ana Reyes without pay. "All I can tell you is that we do not discuss staff issues with '
     'the press," Tom Vance told reporters.', "Tom Vance", False),
])
def test_who_said_answered_by_a_body_is_held_back(nlp, text, answer, held):
    """A set-Y card "Who said: “All I can tell you is we do not discuss internal employee issues …”?" → the airline,
    rated bad by both its raters ("the speaker was a … spokesperson, not the airline")."""
    facts = extract_facts(nlp(text))
    cards = [q for q in in_context(candidate_questions(facts, pending=True), facts, "", text)
             if q.family == "who_said" and q.answer == answer]
    _parsed_held_by(who_said_of_a_body, cards, held)


_LONG = ("When the full council of Dunford met, Ines Marlow, who had chaired the roads committee for a decade, said "
         "the new bridge over the Velm would cost $40 million and take three years to build, far more than the "
         "engineers had first told the mayor.")  # 45 words
_SHORT = ("When the council of Dunford met, Ines Marlow, who had chaired the roads committee for a decade, said the "
          "new bridge over the Velm would cost $40 million and take three years to build, far more than the "
          "engineers had first told the mayor.")  # 44 words


@pytest.mark.parametrize("sentence, held", [(_LONG, True), (_SHORT, False)])
def test_a_fill_in_card_too_long_to_read_as_one_question_is_held_back(sentence, held):
    card = cloze(sentence, "$40 million", 0, kind=FactKind.AMOUNT)  # the blank shows 44 words of _LONG's 45
    assert (len(card.prompt.split()) >= 45) is held  # the sentences are as long as their names say
    _held_by(long_cloze, card, held)


def test_a_who_said_card_is_never_a_long_cloze():
    line = " ".join(["The bridge will open in May and every one of the roads will be ready for it"] * 4)
    card = _who_said(line)
    assert len(card.visible_prompt().split()) >= 45 and not long_cloze(card)


@pytest.mark.parametrize("sentence, answer, held", [
    ("From 2010 to 2015 there were 3248 cases reported in Velmland.", "2010", True),  # a statistic's window
    ("The plan was anchored on growth from 2017 to 2020 in Velmland.", "2017", True),
    ("Tomas Vell backed the campaigns in 2008 and 2012.", "2012", False),  # not the year after
    ("From 2010 to 2015 there were 3248 cases reported in Velmland.", "2015", False),  # how far it runs
    ("Tomas Vell moved to Dunford to run the bridge works in 2010.", "2010", False),
    # a day's window (a set-AT card, bad twice: "can only be 31 December"), not the day an event fell on
    ("Between midnight on 31 December and noon on 1 January, Velm sent 9m texts.", "31 December",
     True),
    ("From 3 May to 9 June the Dunford bridge was shut.", "3 May", True),
    ("The Dunford bridge was shut on 3 May, from noon to 6pm.", "3 May", False),
])
def test_a_year_or_day_that_bounds_a_span_is_held_back(sentence, answer, held):
    _held_by(span_year, cloze(sentence, answer, 0, kind=FactKind.DATE), held)


@pytest.mark.parametrize("sentence, held", [
    ("Velm Energy has funded causes like its 2011 restoration of the Dunford Garden.", True),
    ("Tomas Vell played the title track of their 2011 album at the concert.", True),
    ("Velm Energy's 2011 bond has weakened sharply this week.", True),
    ("Dunford withdrew from a 2011 agreement aimed at reducing border tensions.", False),  # not owned: its name
    ("Velm Energy finished its restoration of the Dunford Garden in 2011.", False),  # when it happened
    ("Velm Energy's 2011 Dunford Cup was held in Velmland.", False),  # a proper noun: edition_year's case
])
def test_a_year_that_says_which_of_an_owners_things_is_held_back(sentence, held):
    _held_by(owned_year, cloze(sentence, "2011", 0, kind=FactKind.DATE), held)


@pytest.mark.parametrize("sentence, answer, kind, held", [
    ("Velm Energy is donating 1 million euros ($1.1 million) to the Dunford museum.", "$1.1 million",
     FactKind.AMOUNT, True),  # the dollars of the euros shown
    ("Winds gusted to 55 mph (88.5 kph) across Velmland on Sunday.", "88.5", FactKind.COUNT, True),
    ("Debris could drift up to 50 km (31 miles) from the Dunford coast.", "50 km", FactKind.AMOUNT, True),
    ("Velm Energy paid 24.4 million euros (about $26 million) for the painting.", "$26 million",
     FactKind.AMOUNT, True),
    ("Velm Energy paid 24.4 million euros (about $26 million) for the painting.", "24.4 million euros",
     FactKind.AMOUNT, True),
    ("Velm Labs spent 9 million euros in 2011 and raised only 1.5 million euros (US$1.9 million).",
     "only 1.5 million euros", FactKind.AMOUNT, True),  # a currency written with its country's letters
    ("Tomas Vell flew helicopters in the Falklands War (1982) with Argentina.", "1982", FactKind.DATE, False),
    ("The Velm index fell 310 points (2.5%) on Monday.", "310 points", FactKind.COUNT, False),  # a share: no unit
    ("Velm Energy is donating $1.1 million to the Dunford museum.", "$1.1 million", FactKind.AMOUNT, False),
    # a bracket holding two conversions: each of the three figures gives the others away
    ("Velmland will send 3m euros (£2.1m; $4.1m) of aid to Dunford.", "$4.1m", FactKind.AMOUNT, True),
    ("Velmland will send 3m euros (£2.1m; $4.1m) of aid to Dunford.", "£2.1m", FactKind.AMOUNT, True),
    ("Velmland will send 3m euros (£2.1m; $4.1m) of aid to Dunford.", "3m euros", FactKind.AMOUNT, True),
    ("Velmland will send 3m euros of aid (one of 4 gifts; £2.1m in all) to Dunford.", "3m euros", FactKind.AMOUNT,
     False),  # the bracket's first words are no figure
    # a colon between the two (a set-U rater: "tests the sterling conversion of a price already given")
    ("Velm Group paid 260.75bn roubles ($9.37bn: £4.8bn) for the Dunford field.", "£4.8bn", FactKind.AMOUNT, True),
    ("Velm Group paid 260.75bn roubles ($9.37bn: £4.8bn) for the Dunford field.", "$9.37bn", FactKind.AMOUNT, True),
    # … or "or" (set AP: "the sterling conversion of a figure the prompt already gives", bad from both raters)
    ("Velm Air owes an estimated 4.5bn krona ($1.3bn or £0.7bn) to Dunford banks.", "£0.7bn", FactKind.AMOUNT, True),
    ("Velm Air owes 4.5bn krona to Dunford banks, or more than it earned in 2019.", "4.5bn krona", FactKind.AMOUNT,
     False),
])
def test_a_figure_beside_its_own_conversion_is_held_back(sentence, answer, kind, held):
    _held_by(converted_figure, cloze(sentence, answer, 0, kind=kind), held)


@pytest.mark.parametrize("sentence, answer, kind, held", [
    # set-W raters: "'149 euros' in the prompt points straight at $149"; "'up to 10 years' gives away 10%"
    ("The Velm tablet's price of £80 (117 euros) is below its Dunford price of $117, Ines Marlow said.", "$117",
     FactKind.AMOUNT, True),
    ("A Velm boiler lasts up to 12 years, which means that about 12% of them are replaced every year.", "about 12%",
     FactKind.AMOUNT, True),
    ("Velm Steel employs 1,250 people, and 1,250 more work for its suppliers.", "1,250", FactKind.COUNT, True),
    ("Velm Steel employs 1,250 people in Dunford, up from 900 in 2019.", "1,250", FactKind.COUNT, False),
    ("Velm Steel opened its 12th plant on 12 May 2021 in Dunford.", "12 May 2021", FactKind.DATE, False),  # a date
    ("The top 10 includes the first digital camera (Velm QV-10) and the Dunford phone.", "Velm QV-10",
     FactKind.EQUIPMENT, False),  # a name's figure is no measure
    ("Velm Steel's Dunford plant, opened in 2012, made 2012 tonnes of steel last year.", "2012", FactKind.DATE,
     False),  # the year is a date's figure: a year and a tonnage may meet by chance
])
def test_a_figure_the_card_shows_elsewhere_is_held_back(sentence, answer, kind, held):
    _held_by(figure_shown, cloze(sentence, answer, 0, kind=kind), held)


@pytest.mark.parametrize("sentence, answer, kind, held", [
    # a set-W rater: "'more' dangles" ("Paterson slotted four more second-half penalties")
    ("Ines Marlow kicked three more penalties and Velm were denied a try.", "three more penalties", FactKind.COUNT, True),
    ("Ines Marlow slotted four more second-half penalties for Velm.", "four more second-half penalties",
     FactKind.CLAIM, True),  # a key claim's object phrase counts on too
    ("Asked about the bridge, 52% backed it and another 27 percent were unsure.", "another 27 percent",
     FactKind.AMOUNT, True),
    ("The other 5% of Velm staff work in Dunford.", "The other 5%", FactKind.AMOUNT, True),
    ("Ines Marlow kicked three penalties and Velm were denied a try.", "three penalties", FactKind.COUNT, False),
    ("Velm Steel will hire 300 more workers, said Ines Marlow.", "Velm Steel", FactKind.ORGANIZATION, False),  # a name
    ("Velm Steel will hire more than 300 workers at its new plant in Dunford, Ines Marlow said on Monday.",
     "more than 300 workers", FactKind.COUNT, False),
    ("Ines Marlow, Dunford's finance minister, announced an additional £419m for the city's schools on Monday.",
     "an additional £419m", FactKind.AMOUNT, False),  # new money, told whole
])
def test_a_count_that_goes_on_from_an_unshown_one_is_held_back(sentence, answer, kind, held):
    _held_by(counted_on, cloze(sentence, answer, 0, kind=kind), held)


@pytest.mark.parametrize("sentence, answer, held", [
    # a tune rater: "100 - 44 - 7 = 49, so about 48%"
    ("44% of Velm shoppers use one store, 48% use two or three and 7% visit more than three.", "48%", True),
    ("By 56% to 44%, voters backed the Velm bridge plan on Monday.", "44%", True),
    ("Velm Steel's output rose 44% this year, and 7% of its staff now work in Dunford.", "44%", False),  # no whole
    ("Turnout was 48% in Dunford, up from 31% in 2019.", "48%", False),
    # a share written in words is as shown (a set-BC rater: "the prompt gives 60% and 30%, so 10% follows")
    ("Sixty percent of the Velm fund goes to the poorest towns, 30% to Dunford and 10% to Halden.", "10%", True),
    ("Twenty-five per cent of Velm staff work in Dunford and 75% in Halden.", "75%", True),
    ("Sixty percent of Velm staff voted, and 30% of them backed the plan.", "30%", False),  # no whole
])
def test_the_share_the_cards_other_shares_leave_is_held_back(sentence, answer, held):
    _held_by(remaining_share, cloze(sentence, answer, 0, kind=FactKind.AMOUNT), held)


@pytest.mark.parametrize("sentence, answer, held", [
    # set-AN raters: "can only be 70 percent by arithmetic", "simple subtraction"
    ("Velm caps the levy at 25 percent on 30 percent of a firm's trading income, with the remaining 70 percent "
     "charged at wage rates.", "the remaining 70 percent", True),
    ("Dunford was to raise $3.3 billion in fees in 2021 but spend $4 billion, leaving a deficit of $700 million.",
     "$700 million", True),
    ("Velm kept 30 percent of the fund and gave the rest, 70 percent, to Dunford's schools.", "70 percent", True),
    # no word says the figure is what the others leave: two figures of one sentence, not a sum
    ("Velm raised $3.3 billion and spent $4 billion in 2021, and Dunford spent $700 million.", "$700 million", False),
    # the word, but no figure shown leaves the answer
    ("Velm kept 30 percent of the fund, leaving a shortfall of 12 percent in Dunford's budget.", "12 percent", False),
    ("Dunford spent $4 billion in 2021, leaving a deficit of $700 million.", "$700 million", False),
])
def test_what_one_figure_shown_leaves_of_another_is_held_back(sentence, answer, held):
    _held_by(worked_out_rest, cloze(sentence, answer, 0, kind=FactKind.AMOUNT), held)


@pytest.mark.parametrize("sentence, answer, kind, held", [
    # a blind rater: "the prompt shows £190,329 and £189,733, so the drop can be worked out"
    ("The average rent in Dunford fell by more than £600 from £19,329 in May to £18,733 in June.", "more than £600",
     FactKind.AMOUNT, True),
    ("The average rent in Dunford fell by more than £600 from £19,329 in May to £18,733 in June.", "£19,329",
     FactKind.AMOUNT, True),  # any one of the three, the other two in view
    ("Velm Energy's sales rose to $40 million from $30 million, a rise of $10 million.", "$40 million",
     FactKind.AMOUNT, False),  # no "by": the change is told apart, not beside its figures
    ("The average rent in Dunford fell by £600 to £18,733 in June.", "£600", FactKind.AMOUNT, False),  # one other
    ("Velm Energy's sales rose by 4% from 2019 to 300 homes.", "4%", FactKind.AMOUNT, False),  # a year is no figure
])
def test_one_of_a_changes_three_figures_beside_the_other_two_is_held_back(sentence, answer, kind, held):
    _held_by(worked_out_change, cloze(sentence, answer, 0, kind=kind), held)


@pytest.mark.parametrize("sentence, answer, held", [
    ("Tomas Vell died in August, and his wife says he spent his last months at the Dunford bridge.", "August", True),
    ("The January leave was Tomas Vell's third leave in several years.", "January", True),
    ("Velm Energy's shares peaked in late November amid a selloff in bonds.", "late November", True),
    ("A Dunford man pleaded guilty on 18 November 2019 to threatening Ines Marlow in March.", "March", False),  # dated
    ("Tomas Vell died in August 2014 at the Dunford bridge.", "August 2014", False),  # the answer has its year
    ("Tomas Vell died on August 3 at the Dunford bridge.", "August 3", False),  # a day, not a bare month
])
def test_a_month_with_no_year_on_the_card_is_held_back(sentence, answer, held):
    _held_by(yearless_month, cloze(sentence, answer, 0, kind=FactKind.DATE), held)


@pytest.mark.parametrize("sentence, answer, kind, held", [
    # a range in one blank (stored ratings 4 good of 37: "the blank needs both ends")
    ("Ona Brett reports holdings worth between $15 million and $40 million on Dunford's forms.",
     "between $15 million and $40 million", FactKind.AMOUNT, True),
    ("Velm Tours hopes for between 600,000 and one million guests in Dunford in 2019.",
     "between 600,000 and one million", FactKind.COUNT, True),
    ("Velm Tours expects 700,000 visitors in Dunford in 2019.", "700,000", FactKind.COUNT, False),
])
def test_a_range_in_one_blank_is_held_back(sentence, answer, kind, held):
    _held_by(range_blank, cloze(sentence, answer, 0, kind=kind), held)


@pytest.mark.parametrize("sentence, answer, held", [
    # which Sunday? (1 of 31 stored ratings of such cards good)
    ("Tomas Vell has flown to Dunford to join the team ahead of their game against Velm on Sunday.", "Sunday", True),
    ("The Velm assembly meets on Tuesday morning to vote on the bridge.", "Tuesday morning", True),
    ("The Velm assembly voted on the bridge on 18 November 2019.", "18 November 2019", False),  # a date, not a day
])
def test_a_day_of_the_week_alone_is_held_back(sentence, answer, held):
    _held_by(weekday_answer, cloze(sentence, answer, 0, kind=FactKind.DATE), held)


@pytest.mark.parametrize("rule, sentence, answer, kind, held", [
    # a count no figure fixes
    (vague_count, "Several thousand nurses marched to the Velm assembly on Tuesday.", "Several thousand",
     FactKind.COUNT, True),
    (vague_count, "About a dozen growers met Tomas Vell in Dunford on Friday.", "About a dozen", FactKind.COUNT, True),
    (vague_count, "The Dunford flood did several hundred pounds of damage.", "several hundred pounds",
     FactKind.AMOUNT, True),
    (vague_count, "Ona Brett has played a ton of snaps for Dunford all season.", "a ton", FactKind.COUNT, True),
    # set AF: a sum told only by its magnitude ("ambiguous, the answer is vague")
    (vague_count, "Velm Bank has lent Dunford Steel hundreds of millions of dollars since 2009.",
     "hundreds of millions of dollars", FactKind.AMOUNT, True),
    (vague_count, "Ona Brett spent thousands of dollars in 2019 training the Dunford crews.", "thousands of dollars",
     FactKind.AMOUNT, True),
    (vague_count, "Velm Bank has lent Dunford Steel $300 million since 2009.", "$300 million", FactKind.AMOUNT,
     False),
    # a sum's size as a modifier (set AP: "a generic adjective", bad from both raters)
    (vague_count, "Ona Brett steered multi-billion dollar deals to Velm Steel in 2019.", "multi-billion dollar",
     FactKind.AMOUNT, True),
    (vague_count, "Velm Bank moves into a new billion-dollar tower in Dunford in 2019.", "billion-dollar",
     FactKind.AMOUNT, True),
    (vague_count, "Velm Bank paid a million dollars for the Dunford tower in 2019.", "a million dollars",
     FactKind.AMOUNT, False),
    (vague_count, "The Velm office is one of tens of thousands of alert senders.", "tens of thousands",
     FactKind.COUNT, False),
    (vague_count, "About 12,000 nurses marched to the Velm assembly on Tuesday.", "About 12,000", FactKind.COUNT,
     False),
    (vague_count, "The Dunford bridge stayed shut to lorries for about 40 days in 2019.", "about 40 days",
     FactKind.DATE, False),
    (vague_count, "The charity Many Hands Dunford opened a shop in Velm in 2019.", "Many Hands Dunford",
     FactKind.ORGANIZATION, False),  # a name, not a count
    # a count of a dozen things or fewer
    (small_count, "Ona Brett scored 5 points for Dunford in the final.", "5", FactKind.COUNT, True),
    (small_count, "The Velm Courier spoke with four ferry captains about the strike.", "four", FactKind.COUNT, True),
    (small_count, "The only two towns to have signed the pact, Dunford and Lusk, objected.", "only two",
     FactKind.COUNT, True),
    (small_count, "The Velm harbour board, set up by Dunford council in 2019, has 12 members.", "12",
     FactKind.COUNT, True),  # a dozen: the most it holds back
    (small_count, "The Velm harbour board, set up by Dunford council in 2019, has 13 members.", "13",
     FactKind.COUNT, False),
    (small_count, "About 12,000 nurses marched to the Velm assembly on Tuesday.", "About 12,000", FactKind.COUNT,
     False),
    (small_count, "Ona Brett paid 5 dollars for the Dunford ferry.", "5", FactKind.AMOUNT, False),  # not a count
    # a sum or count to the unit (set AQ: "trivial. It asks an exact minor sum")
    (exact_figure, "Velm Holdings gave the Dunford party £161,840 in 2019.", "£161,840", FactKind.AMOUNT, True),
    (exact_figure, "The Velm census of 2019 counted 31,467 people in Dunford.", "31,467 people", FactKind.COUNT,
     True),
    (exact_figure, "The Dunford ferry cost the Velm council $1,175 in 2019.", "$1,175", FactKind.AMOUNT, True),
    (exact_figure, "Velm Holdings gave the Dunford party £160,000 in 2019.", "£160,000", FactKind.AMOUNT, False),
    (exact_figure, "Velm Holdings gave the Dunford party £1.25 million in 2019.", "£1.25 million", FactKind.AMOUNT,
     False),  # a scaled sum from five digits on
    (exact_figure, "Velm Holdings gave the Dunford party £1.2575 million in 2019.", "£1.2575 million",
     FactKind.AMOUNT, True),
    (exact_figure, "Dunford's jobless rate was 12.75 percent in 2019, the Velm office of statistics said.",
     "12.75 percent", FactKind.AMOUNT, False),  # a share
    (exact_figure, "The Velm choir has sung 1987 songs on its Dunford tours.", "1987", FactKind.COUNT, False),  # a year's form
])
def test_a_count_too_vague_or_too_small_to_learn_is_held_back(rule, sentence, answer, kind, held):
    _held_by(rule, cloze(sentence, answer, 0, kind=kind), held)


@pytest.mark.parametrize("answer, held", [
    ("5", True),
    ("only five", True),
    ("13", False),  # past a dozen
])
def test_a_small_count_asked_as_a_question_is_held_back(answer, held):
    """"How many points did Ona Brett score …?" → 5: raters kept neither of 2 such tune cards, as of the fill-ins."""
    sentence = f"Ona Brett scored {answer} points for Dunford in the 2019 Velm Cup final."
    question = replace(short_answer("How many points did Ona Brett score for Dunford in the 2019 Velm Cup final?",
                                    answer, sentence, 0), fact=fact(sentence, answer, 0, kind=FactKind.COUNT))
    _held_by(small_count, question, held)


@pytest.mark.parametrize("sentence, answer, held", [
    # raters: "trivia: the month of a minor campaign stop", "asks the month of an analyst's interview"
    ("“We have to close the border,” Tomas Vell said during a November 2015 stop in Dunford.", "November 2015", True),
    ("Ines Marlow, an analyst at Velm Partners, told the Dunford Herald in October 2018 that Velm Steel would close "
     "its Dunford plant.", "October 2018", True),
    ("“The betrayal is over,” Tomas Vell said at a rally in Dunford on Nov. 6, 2019.", "Nov. 6, 2019", True),
    ("The Velm Brothers announced the tour while closing out their November 18th concert in Dunford.",
     "November 18th", True),
    # … or in what they said it: a report, a letter (set AC: "trivial: the month of one CNN report")
    ("Ines Marlow told the Dunford Herald in an October 2016 report that Tomas Vell had inspected every ferry.",
     "October 2016", True),
    ("Tomas Vell told the Dunford council in an October 2018 letter that the bridge was unsafe.", "October 2018", True),
    # when the thing said happens, not when it was said
    ("The Dunford bridge was closed in October 2018, Ines Marlow said.", "October 2018", False),
    ("Tomas Vell said the Dunford bridge will open in 2022.", "2022", False),
    ("Ines Marlow published the article on colonial rule in 2011.", "2011", False),
    ("Ines Marlow described 2019 as the worst year for the Dunford ferry.", "2019", False),  # what she spoke of
])
def test_a_blank_on_when_someone_spoke_is_held_back(nlp, sentence, answer, held):
    cards = [q for q in _candidates(nlp, sentence) if q.answer == answer and q.blank is not None]
    assert cards
    for card in cards:
        _held_by(speech_date, card, held)


@pytest.mark.parametrize("sentence, answer, kind, held", [
    ("Lorna Vesk made $170 million.", "$170 million", FactKind.AMOUNT, True),  # when? from what?
    ("Truck and SUV sales are down 2.6 percent.", "2.6 percent", FactKind.AMOUNT, True),
    ("Velmland denies the allegations.", "Velmland", FactKind.PLACE, True),
    ("Lorna Vesk made $170 million from her Velm tour in 2016.", "$170 million", FactKind.AMOUNT, False),
    ("Truck and SUV sales in Dunford are down 2.6 percent this year.", "2.6 percent", FactKind.AMOUNT, False),
])
def test_a_fill_in_card_too_short_to_say_what_it_asks_is_held_back(sentence, answer, kind, held):
    _held_by(short_cloze, cloze(sentence, answer, 0, kind=kind), held)


@pytest.mark.parametrize("sentence, answer, kind, held", [
    ("Tomas Vell maintained a high profile on social media in the U.S.", "Tomas Vell", FactKind.PERSON, True),
    ("Velm Aero Works has asked to represent itself in the second phase of the trial.", "Velm Aero Works",
     FactKind.ORGANIZATION, True),
    # two things or figures after the blank say which
    ("Velm Aero Works earned $4.9 billion in the fourth quarter of 2014.", "Velm Aero Works", FactKind.ORGANIZATION,
     False),
    ("Tomas Vell maintained a high profile on social media in Dunford and Velmland.", "Tomas Vell", FactKind.PERSON,
     False),
    # many words after the blank say more
    ("Tomas Vell maintained a high profile on social media in the U.S. for the ten years before he left the company.",
     "Tomas Vell", FactKind.PERSON, False),
    # a blank further on is another card's question
    ("On social media in the U.S., Tomas Vell maintained a high profile.", "Tomas Vell", FactKind.PERSON, False),
])
def test_a_fill_in_card_opening_with_its_blank_and_little_after_it_is_held_back(sentence, answer, kind, held):
    _held_by(open_cloze, cloze(sentence, answer, 0, kind=kind), held)


@pytest.mark.parametrize("sentence, answer, held", [
    ("In places like Dunford and Karlsby, broadband is less of an issue than in remote towns.", "Dunford", True),
    ("In places like Dunford and Karlsby, broadband is less of an issue than in remote towns.", "Karlsby", True),
    ("There is scare talk from senators like Senator Ines Marlow and Tomas Vell about the Velm plan.", "Ines Marlow",
     True),
    ("About $3 million was given by donors, including Ines Marlow, the Velm Family Trust, Dunford Arts and others.",
     "Ines Marlow", True),
    # an example standing alone says which kind is asked; a name after the list is no example
    ("Velm Telecom is negotiating with several cable providers, such as Dunford Cable, on its new channel.",
     "Dunford Cable", False),
    ("To compete with offerings from rivals such as Dunford Cable, Velm Telecom launched a streaming app.",
     "Velm Telecom", False),
])
def test_a_blank_on_one_of_several_examples_is_held_back(sentence, answer, held):
    _held_by(example_blank, cloze(sentence, answer, 0, kind=FactKind.ORGANIZATION), held)


@pytest.mark.parametrize("sentence, answer, kind, held", [
    # the sentence only says the name is there: any name its aside fits is right too
    ("There is Velmland, site of a crucial Ines Marlow victory last time.", "Velmland", FactKind.PLACE, True),
    ("There was also Tomas Vell, a rival from the last campaign.", "Tomas Vell", FactKind.PERSON, True),
    # a count keeps its card; a name the sentence says something of too
    ("There are 24 USB ports on the new Velm server.", "24", FactKind.COUNT, False),
    ("Velmland, site of a crucial Ines Marlow victory, gains two seats in 2012.", "Velmland", FactKind.PLACE, False),
])
def test_a_blank_on_a_name_the_sentence_only_says_is_there_is_held_back(sentence, answer, kind, held):
    _held_by(existing_name_blank, cloze(sentence, answer, 0, kind=kind), held)


@pytest.mark.parametrize("answer, held", [
    ("250 new tactical missile launchers", True),  # the figure's own card asks it, its noun in view
    ("nearly 17.3 million new vehicles", True),
    ("a 3% fall in its exports", True),  # "a" before the figure: the figure's card asks it alone
    ("an 81 billion euro aid package", True),
    ("a $77.5 million increase", False),  # a phrase about its figure
    ("three bus routes", False),  # a number in words: alone, a small word raters seldom kept
    ("250 launchers", False),  # the figure and its noun only
])
def test_a_blank_on_a_claims_phrase_opening_with_its_figure_is_held_back(answer, held):
    sentence = f"Velmland has threatened to deploy {answer} to its border with Dunmere in 2031."
    _held_by(figure_phrase_blank, cloze(sentence, answer, 0, kind=FactKind.CLAIM), held)


@pytest.mark.parametrize("sentence, answer, held", [
    ("Founding members Tomas Vell, Ines Marlow, Pat Simmons and John McFee will reunite for a tour in 2020.",
     "Pat Simmons", True),
    ("The Ford Focus Electric, Fusion Energi, and C-Max Energi will play your music with a voice command.",
     "C-Max Energi", True),
    ("Plumes like those from Enceladus and Europa are very exciting to astrobiologists.", "Europa", False),  # two
    ("Tomas Vell and Ines Marlow founded the Dunford Bridge Company in 2010 in Velmland.", "Dunford Bridge Company",
     False),
])
def test_a_blank_on_one_name_of_a_list_is_held_back(nlp, sentence, answer, held):
    _parsed_held_by(list_item, [q for q in _candidates(nlp, sentence) if q.answer == answer and q.blank], held)


@pytest.mark.parametrize("sentence, answer, held", [
    # the name only says which kind of cell or administration: any name of its kind fits (raters: 1 of 15 kept)
    ("Two federal guards were charged on Tuesday with failing to check on Tomas Vell in his Manhattan cell.",
     "Manhattan", True),
    ("Ines Marlow has long criticised the Donald Trump administration for its bank rescue plan.", "Donald Trump",
     True),
    # the name is what the clause says
    ("Two federal guards were charged on Tuesday with failing to check on Tomas Vell in a jail in Manhattan.",
     "Manhattan", False),
    ("Tomas Vell was charged on Tuesday by the Manhattan District Attorney with fraud.", "Manhattan", False),  # a title
    # a participle after the name is its own deed, however the model reads it
    ("Neighbours also criticised the plan, with Dunford Harbour Master Tomas Vell warning of “grave harm” to the "
     "fleet.", "Tomas Vell", False),
    ("Manhattan remains the most crowded borough of New York City, Tomas Vell said in 2019.", "Manhattan", False),
    # a name beside its noun, not on it: an apposition, an owner
    ("The pilot, Tomas Vell, is acting as a guide for the visitors in Dunford, his employer said on Friday.",
     "Tomas Vell", False),
    ("Ines Marlow said Tomas Vell's election had left the harbour board of Dunford in doubt for a year.",
     "Tomas Vell", False),
])
def test_a_blank_on_a_name_that_only_says_which_kind_of_thing_is_held_back(nlp, sentence, answer, held):
    cards = [q for q in _candidates(nlp, sentence) if q.answer == answer]
    (fill_in,) = [q for q in cards if q.family == "cloze"]
    _parsed_held_by(name_as_modifier, [fill_in], held)
    # with options to choose from, one name fits
    assert not any(name_as_modifier(q) for q in cards if q.family != "cloze")


def test_a_speakers_name_that_only_says_which_administration_is_held_back_too(nlp):
    """The model may credit a quotation to a name on its noun ("The Obama administration’s first comments … came
    with a warning …, saying …" → Obama; stop 89's A/B: bad, "'U.S.' or 'American' also fits")."""
    sentence = "Ines Marlow has long criticised the Donald Trump administration for its bank rescue plan."
    (fill_in,) = [q for q in _candidates(nlp, sentence) if q.answer == "Donald Trump" and q.family == "cloze"]
    credited = replace(fill_in, fact=replace(fill_in.fact, kind=FactKind.QUOTE))
    assert name_as_modifier(credited)
    assert held_back(credited)


@pytest.mark.parametrize("sentence, answer, kind, held", [
    ("“The harbour will reopen in May,” Mr. Vell said on Friday.", "Vell", FactKind.QUOTE, True),
    ("Mrs. Marlow opened the new bridge over the Velm in May.", "Marlow", FactKind.PERSON, True),
    ("Tomas Vell opened the new bridge over the Velm in May.", "Tomas Vell", FactKind.PERSON, False),
    # a word ending in a title's letters is no title
    ("The farmers opened the new bridge over the Velm in May.", "Velm", FactKind.PLACE, False),
])
def test_a_surname_blank_after_a_courtesy_title_is_held_back(sentence, answer, kind, held):
    _held_by(courtesy_title_blank, cloze(sentence, answer, 0, kind=kind), held)


@pytest.mark.parametrize("sentence, answer, kind, held", [
    # the story's date names the one holder of a country's top office
    ("President Ada Quill called on the Velm Post Office on Friday to charge more for parcels.", "Ada Quill",
     FactKind.PERSON, True),
    ("After a meeting with advisers, U.S. President Ada Quill told reporters the plan was ready.", "Ada Quill",
     FactKind.PERSON, True),
    ("French President Tomas Vell flew to Dunford on Monday for the harbour talks.", "Tomas Vell", FactKind.PERSON,
     True),
    ("“We will build the bridge,” said Prime Minister Tomas Vell on Monday.", "Tomas Vell", FactKind.QUOTE, True),
    # a day or a comma before the office names no body
    ("As lately as Thursday President Ada Quill praised the one-page parcel form.", "Ada Quill", FactKind.PERSON,
     True),
    ("On Monday, President Ada Quill praised the one-page parcel form.", "Ada Quill", FactKind.PERSON, True),
    # a body's president, and a name with no office before it
    ("Dunford Ferry Workers Union President Ada Quill warned against the cuts on Monday.", "Ada Quill",
     FactKind.PERSON, False),
    ("Ada Quill called on the Velm Post Office on Friday to charge more for parcels.", "Ada Quill", FactKind.PERSON,
     False),
    # a place after the office is no holder of it
    ("The President of Velm flew to Dunford on Monday for the harbour talks.", "Dunford", FactKind.PLACE, False),
])
def test_a_name_blank_after_a_countrys_top_office_is_held_back(sentence, answer, kind, held):
    _held_by(top_office_blank, cloze(sentence, answer, 0, kind=kind), held)


@pytest.mark.parametrize("sentence, answer, family, held", [
    # one of two years the sentence pairs: the wh-question drops it and leaves "and in 1981" hanging
    ("Tom Vell won two awards in 1976 for the Dunford song and in 1981 for the Velm theme.", "1976", "wh", True),
    ("Tom Vell won two awards in 1976 for the Dunford song and in 1981 for the Velm theme.", "1981", "wh", True),
    ("Tom Vell won two awards in 1976 for the Dunford song and in 1981 for the Velm theme.", "1976", "cloze",
     False),  # a fill-in card shows the pair
    ("Tom Vell won an award in 1976 for the Dunford song, and he retired in 1981.", "1976", "wh", False),
])
def test_a_wh_question_on_one_of_two_paired_years_is_held_back(sentence, answer, family, held):
    prompt = "In what year did Tom Vell win two awards for the Dunford song and in 1981 for the Velm theme?"
    card = replace(short_answer(prompt, answer, sentence, 0), family=family)
    card = replace(card, fact=replace(card.fact, kind=FactKind.DATE))
    _held_by(paired_year, card, held)


@pytest.mark.parametrize("standing, kind, expected", [
    ("insurance analyst", FactKind.PERSON, True),  # a commentator's name blanked: trivia in any form
    ("Health Secretary", FactKind.PERSON, False),
    ("insurance analyst", FactKind.ORGANIZATION, False),  # only a person's name
])
def test_a_fill_in_blank_on_a_commentators_name_is_held_back(standing, kind, expected):
    """A set-AB rater on "… said Velm Equity Group insurance analyst _____": bad, "a minor analyst quoted once"."""
    sentence = "Insured damage could be a fraction of the total, said Velm Equity Group insurance analyst Jay Orrin."
    card = cloze(sentence, "Jay Orrin", 0, kind=kind)
    _held_by(commentator, replace(card, fact=replace(card.fact, standing=standing)), expected)


@pytest.mark.parametrize("sentence, answer, held", [
    # a document's length is its size, not what it says (stored: 0 good of 7)
    ("The Velm council released details of a 312-page budget plan on Tuesday.", "312", True),
    ("Velm Party backers call the 42-page report a smear paid for by Dunford rivals.", "42", True),
    # a count of other things stays ("a 15-member council" is its make-up)
    ("The Velm council released details of a budget plan that would cut 312 jobs on Tuesday.", "312", False),
])
def test_a_documents_page_count_is_held_back(sentence, answer, held):
    _held_by(page_count, cloze(sentence, answer, 0, kind=FactKind.COUNT), held)


def test_the_budget_refuses_a_year_card_another_card_shows_from_any_sentence():
    """"opened in _____" after a card showing "in 2009": stored ratings of such year cards, 40% good and 44% bad,
    against 51% and 22% of other year cards. A name another card shows is no such giveaway."""
    asked = short_answer("Which mayor of Dunford opened the Karl Bridge in 2009?", "Ines Marlow",
                         "Ines Marlow, mayor of Dunford, opened the Karl Bridge in 2009.", 0)
    year = cloze("Crowds filled the Karl Bridge on its first day in 2009.", "2009", 1)
    name = cloze("Tom Reed, an engineer from Velmton, designed the Karl Bridge for the city council in spring.",
                 "Karl Bridge", 2, kind=FactKind.PLACE)
    budget = _Budget(10)
    assert [budget.offer(q, 0.9) for q in (asked, year)] == [True, False]
    budget = _Budget(10)  # a year card kept first stays, as does the card that shows its year
    assert [budget.offer(q, 0.9) for q in (year, asked)] == [True, True]
    budget = _Budget(10)
    assert [budget.offer(q, 0.9) for q in (asked, name)] == [True, True]
