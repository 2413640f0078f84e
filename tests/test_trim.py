"""Prompts without their sentence's asides (quizgen.questions.trim), on sentences written for the tests."""

from __future__ import annotations

import pytest

from quizgen.facts.extract import extract_facts
from quizgen.questions.candidates import make_cloze, trimmed


def _trimmed(nlp, text: str, answer: str) -> str:
    (fact,) = [f for f in extract_facts(nlp(text)) if f.answer == answer]
    sentence, (start, end) = trimmed(fact)
    assert sentence[start:end] == answer
    return sentence


@pytest.mark.parametrize("text, answer, expected", [
    # a trailing participle clause
    ("North Korea has moved 250 new missile launchers to its southern border, marking another aggressive step "
     "by the army.", "250", "North Korea has moved 250 new missile launchers to its southern border."),
    # a non-restrictive relative clause at the end
    ("The United States, Japan and Australia held naval drills near Guam in 2023, which Beijing called a "
     "provocation.", "2023", "The United States, Japan and Australia held naval drills near Guam in 2023."),
    # a relative clause in the middle, with both its commas
    ("The museum, which opened to visitors after a long delay, hired 40 new guides in Lisbon in June 2019.",
     "June 2019", "The museum hired 40 new guides in Lisbon in June 2019."),
    # an opening subordinate clause
    ("Although the council had doubts about the cost, Mayor Anna Berg opened the new harbour in May 2023.",
     "May 2023", "Mayor Anna Berg opened the new harbour in May 2023."),
    ("Although the council had doubts about the cost, the city opened the new harbour in May 2023.",
     "May 2023", "The city opened the new harbour in May 2023."),  # the new first word takes the capital
    # two asides in a row, neither holding the answer: both go
    ("Tomas Vell, who spent a decade as Velmland's chief auditor of the harbour accounts, exposing three ministers "
     "as they tried to bury a loss that came to more than $40 million, died in Dunford in March 2022.", "March 2022",
     "Tomas Vell died in Dunford in March 2022."),
    # an aside before the speaker: the comma that sets the speaker off stays
    ("Fuel from Velmland will reach the Dunford reactor on August 21, starting a process that lasts about a month, "
     "Velmland officials said.", "August 21", "Fuel from Velmland will reach the Dunford reactor on August 21, "
     "Velmland officials said."),
    # an aside inside an opening phrase: the comma before the sentence's subject stays (a fresh page's rater: "a
    # comma was lost when the sentence was trimmed ('spending the TV ad spend')")
    ("Unlike Velmland's mobile-ad spending, which Dunford Research says will barely pass $1 billion in 2010, the TV "
     "ad spend in Velmland totaled $70 billion in 2010.", "$70 billion",
     "Unlike Velmland's mobile-ad spending, the TV ad spend in Velmland totaled $70 billion in 2010."),
    # "as if" sets no condition: the opening clause goes as any other does
    ("As if the council's doubts were not enough, Mayor Anna Berg opened the new harbour in May 2023.",
     "May 2023", "Mayor Anna Berg opened the new harbour in May 2023."),
])
def test_asides_that_do_not_hold_the_answer_are_cut(nlp, text, answer, expected):
    assert _trimmed(nlp, text, answer) == expected


@pytest.mark.parametrize("text, answer", [
    # the answer is in the aside
    ("North Korea has moved new missile launchers to its southern border, marking another aggressive step by "
     "leader Kim Jong Un.", "Kim Jong Un"),
    # the main clause points back into the cut clause
    ("When Anna Berg visited the port last spring, she opened the new harbour in May 2023.", "May 2023"),
    # a quotation keeps its words
    ("The minister opened the new harbour in May 2023, calling it “a gift to the fishing fleet of the north”.",
     "May 2023"),
    # too little would be left
    ("Anna Berg won in 2023, beating every rival who had entered the long race.", "2023"),
    # the last items of a list, not an aside: cut, the card would credit the whole sum to the first item
    ("Over the past three years, Norland Bank has paid $9 billion in fines related to its failed trading desk, "
     "rigging the Velm exchange rate, and selling bad loans to its own customers.", "$9 billion"),
    # the aside's verb goes on after its closing comma ("…, and concludes in …"), though the parser hangs it on the
    # sentence's verb: the cut would leave "during the trek and concludes"
    ("Singer Tom Harlow and guitarist Mira Coldwell will tour together for the first time in nearly 25 years during "
     "the trek, which kicks off in Ostrava, Moravia, and concludes in Brantley, Texas.", "Mira Coldwell"),
    # a clause set off after the aside holds the answer and stays: the aside alone cut would run it into the name
    # ("Charles Bowsher challenging two White House administrations …, died", a fresh page's card, rated bad)
    ("Tomas Vell, who spent a decade as Velmland's chief auditor of the harbour accounts, exposing three ministers "
     "as they tried to bury a loss that came to more than $40 million, died in Dunford.", "more than $40 million"),
    # a condition says when the rest holds (a set-S rater on the cut card: "ambiguous, add the qualifier")
    ("Velmland's overall deficit is thought to be more than 10%, if the spending of its 35 provinces is included.",
     "more than 10%"),
    ("The Dunford harbour will close in May 2023, unless the city council finds another $40 million for it.",
     "May 2023"),
])
def test_asides_stay_when_cutting_them_would_hurt(nlp, text, answer):
    assert _trimmed(nlp, text, answer) == text


def test_a_finite_verb_the_parser_hung_on_the_noun_is_no_second_aside(nlp):
    """The model read a tune page's "confirmed" as a clause on the subject noun, the noun as the root; the verb is
    finite, the sentence's own, so the relative clause before it is cut as ever. The parse is rewired that way."""
    from dataclasses import replace

    from quizgen.nlp.parse import SentenceParse

    text = ("The shipyard, which is expected to close two docks beginning in March as it faces falling orders, "
            "confirmed in May 2019 that it had been contacted by the office of the harbour master, Tomas Vell.")
    (fact,) = [f for f in extract_facts(nlp(text)) if f.answer == "Tomas Vell"]
    tokens = fact.parse.tokens
    noun = next(t.i for t in tokens if t.text == "shipyard")
    verb = next(t.i for t in tokens if t.text == "confirmed")
    wired = tuple(replace(t, dep="ROOT", head=noun) if t.i == noun else
                  replace(t, dep="acl", head=noun) if t.i == verb else
                  replace(t, head=noun) if t.head == verb and t.dep == "nsubj" or t.head == t.i else t
                  for t in tokens)
    fact = replace(fact, parse=SentenceParse(wired))
    sentence, _ = trimmed(fact)
    assert sentence.startswith("The shipyard confirmed") and "which is expected" not in sentence


def test_an_aside_that_ends_on_its_own_and_stays(nlp):
    """The parser hung the second half of "…, where he showed his plans to banks and, in most cases, was sent away"
    on the sentence's verb, so the relative clause ends on "and": cut, it left "moved to Velmgrad in 2011 in most
    cases, was sent away" (a fresh page's card the same way, rated bad: "spliced badly"). The parse is rewired as
    the model had it on that page."""
    from dataclasses import replace

    from quizgen.nlp.parse import SentenceParse

    text = "After school, Tomas Vell moved to Velmgrad in 2011, where he showed his plans to banks and, in most " \
           "cases, was sent away."
    (fact,) = [f for f in extract_facts(nlp(text)) if f.answer == "2011"]
    tokens = fact.parse.tokens
    moved = next(t.i for t in tokens if t.text == "moved")
    wired = tuple(replace(t, head=moved) if t.text == "sent" or (t.text == "," and tokens[t.i - 1].text == "and")
                  else t for t in tokens)
    fact = replace(fact, parse=SentenceParse(wired))
    assert trimmed(fact)[0] == text


def test_an_aside_a_list_goes_on_after_stays(nlp):
    # the phrase after the closing comma goes on the aside's list: cut, it would read "workers assault charges"
    text = ("When miners in Dallow went on strike in 2003, police and hired guards beat hundreds of workers, leading "
            "to anger across the region, assault charges at the High Court against the mine's owner, Tomas Berg, and "
            "a new round of union protests.")
    assert _trimmed(nlp, text, "2003") == text
    # a clause's subject after the aside starts a clause of its own: the aside still goes
    said = ("Dunmere Foods, which makes frozen meals for supermarkets across the north, cut 400 jobs in May 2023, the "
            "company said.")
    assert _trimmed(nlp, said, "May 2023") == "Dunmere Foods cut 400 jobs in May 2023, the company said."


def test_the_cloze_and_its_blank_follow_the_cut(nlp):
    # (a named subject: "The museum, which …" would point back, the clause after its comma saying nothing of which)
    text = ("The Gulbenkian Museum, which opened to visitors after a long delay, hired 40 new guides in Lisbon in June "
            "2019.")
    (fact,) = [f for f in extract_facts(nlp(text)) if f.answer == "June 2019"]
    question = make_cloze(fact)
    assert question.visible_prompt() == "The Gulbenkian Museum hired 40 new guides in Lisbon in _____."


def test_the_wh_question_leaves_the_aside_out(nlp):
    from quizgen.questions.candidates import make_wh

    text = ("North Korea has moved 250 new missile launchers to its southern border, marking another aggressive step "
            "by the army.")
    (fact,) = [f for f in extract_facts(nlp(text)) if f.answer == "250"]
    assert make_wh(fact).prompt == "How many new missile launchers has North Korea moved to its southern border?"


@pytest.mark.parametrize("text, answer, kept", [
    ("The Gulbenkian Museum, which opened to visitors after a long delay, hired 40 new guides in Lisbon in June 2019.",
     "June 2019", "The Gulbenkian Museum hired 40 new guides in Lisbon in "),
    ("The city of Porto hired 40 new guides for its museums in June 2019, marking another step in its plan for "
     "visitors.", "June 2019", "The city of Porto hired 40 new guides for its museums in "),
])
def test_a_false_statement_swaps_the_answer_where_the_cut_sentence_has_it(nlp, text, answer, kept):
    from quizgen.questions.candidates import make_true_false

    facts = extract_facts(nlp(text))
    (fact,) = [f for f in facts if f.answer == answer]
    false = [q for q in make_true_false(make_cloze(fact), facts) if q.answer == "False"]
    assert false
    prompt = false[0].prompt
    assert prompt.startswith(kept) and answer not in prompt and prompt.endswith(".") and "marking" not in prompt


@pytest.mark.parametrize("text, answer, expected", [
    # an opening phrase that holds a clause of its own (a purpose, what came before) and not the answer
    ("In an effort to compete with Norland Cable, Vesta Telecom will let customers watch 80 channels on five devices "
     "by 2026.", "80", "Vesta Telecom will let customers watch 80 channels on five devices by 2026."),
    ("After shaking Odo Kellan with a bouncer that hit his helmet, Ivo Brand took 5 wickets in his last session.",
     "5", "Ivo Brand took 5 wickets in his last session."),  # "his" comes after the name the rest gives
    # an event the article told before, named only by "the" or an owner: the fact holds without it
    ("Prior to Anna Berg's strong rebuke, Lisbon coach Tom Reed compared the agents to sharks at the Porto media days "
     "in June.", "Porto", "Lisbon coach Tom Reed compared the agents to sharks at the Porto media days in June."),
    ("Despite the long funding cut, the Norland swim federation hired 40 coaches for the new season.", "40",
     "The Norland swim federation hired 40 coaches for the new season."),
    # after an opening "And", which the card drops
    ("And prior to Anna Berg's strong rebuke, Lisbon coach Tom Reed compared the agents to sharks at the Porto media "
     "days in June.", "Porto",
     "And Lisbon coach Tom Reed compared the agents to sharks at the Porto media days in June."),
])
def test_an_opening_phrase_with_a_clause_of_its_own_is_cut(nlp, text, answer, expected):
    assert _trimmed(nlp, text, answer) == expected


@pytest.mark.parametrize("text, answer", [
    # it dates the fact
    ("In a report released in May 2019, Vesta Energy said it had hired 40 engineers in Lisbon.", "40"),
    ("Since its founding by Odo Kellan in 1990, the Norland school has trained 400 pupils.", "400"),
    # it holds no clause: the setting stays; nor does a source ("According" is the preposition's own verb)
    ("According to the Norland survey, 44% of the coaches left the federation in Lisbon.", "44%"),
    ("In the Norland capital, the swim federation hired 40 coaches for the new season.", "40"),
    # an event that a figure or date tells
    ("Prior to the 2019 season, Lisbon coach Tom Reed compared the agents to sharks at the Porto media days in June.",
     "Porto"),
    # the rest points back to the name the phrase gives
    ("After meeting Odo Kellan in Lisbon last spring, she signed 40 contracts with Vesta Energy.", "40"),
    # it holds the answer
    ("In an effort to compete with Norland Cable, Vesta Telecom will let customers watch 80 channels on five devices "
     "by 2026.", "Norland Cable"),
])
def test_an_opening_phrase_stays_when_it_dates_sets_or_names(nlp, text, answer):
    assert _trimmed(nlp, text, answer) == text


def _relative_statement(nlp, text: str, answer: str) -> str:
    from quizgen.nlp.parse import parse_of
    from quizgen.questions.trim import relative_statement, without

    sent = next(nlp(text).sents)
    parse = parse_of(sent, sent.start_char)
    at = text.index(answer)
    cut = relative_statement(parse, {t.i for t in parse.tokens_in(at, at + len(answer))})
    return without(parse, frozenset(cut), (at, at + len(answer)))[0] if cut else ""


@pytest.mark.parametrize("text, answer, expected", [
    # the answer in a clause on a name set off by dashes: the card states the clause of the name
    ("Despite the cuts, Ines Marlow - who won gold in the relay at the 1984 Olympics in Seoul - doubts the plan will "
     "work.", "1984", "Ines Marlow won gold in the relay at the 1984 Olympics in Seoul."),
    # … or by commas
    ("DarkFin, which has targeted Velm Bank customers since 2021, steals passwords from their phones.", "2021",
     "DarkFin has targeted Velm Bank customers since 2021."),
    # refused: "who's" may be "who has" or "who is"
    ("Tomas Arlen, who's led the Dunmere council since 2019, opened the new harbour in May.", "2019", ""),
    # refused: a name after a preposition may not be what the clause is about (the jet vanished, not the airline)
    ("Searchers found no wreckage of the jet flown by Vell Air, which vanished in a storm over Karlsby on Sunday.",
     "Karlsby", ""),
    # refused: the answer stands outside the clause (the aside rule cuts the clause instead)
    ("Ines Marlow, who won gold in the relay in 1984, opened the Dunford harbour in May 2023.", "May 2023", ""),
])
def test_a_relative_clause_on_a_name_becomes_the_cards_statement(nlp, text, answer, expected):
    assert _relative_statement(nlp, text, answer) == expected


def test_the_cloze_states_the_relative_clause_it_asks(nlp):
    text = "DarkFin, which has targeted Velm Bank customers since 2021, steals passwords from their phones."
    (fact,) = [f for f in extract_facts(nlp(text)) if f.answer == "2021"]
    assert make_cloze(fact).visible_prompt() == "DarkFin has targeted Velm Bank customers since _____."


@pytest.mark.parametrize("text, answer, expected", [
    # a cut before a comma leaves one comma, with no space before it
    ("However, on Tuesday, Velmland said it was ready to reopen the Dunford border crossing with Karsh in May 2020.",
     "May 2020", "However, Velmland said it was ready to reopen the Dunford border crossing with Karsh in May 2020."),
])
def test_a_cut_before_a_comma_leaves_one_comma(nlp, text, answer, expected):
    assert _trimmed(nlp, text, answer) == expected
