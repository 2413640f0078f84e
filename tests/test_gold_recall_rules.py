"""Rules that let every-card decks find key facts they missed: a speaker's title kept in "Which … said …?", a person's
relative clause asked alone, a title held of a named place, lengths of time in words, the card introducing a person.
Sentences written for the tests; names invented."""

from __future__ import annotations

from dataclasses import replace

import pytest

from quizgen.facts.extract import extract_facts
from quizgen.facts.model import Fact, FactKind
from quizgen.questions.candidates import candidate_questions, make_cloze, worth_asking
from quizgen.questions.ranking import MAX_CARDS_PER_ANSWER, deck_selection, held_back
from quizgen.questions.relative_who import open_relative_who


def _asked(nlp, text: str, family: str) -> set[tuple[str, str]]:
    return {(q.prompt, q.answer) for q in candidate_questions(extract_facts(nlp(text))) if q.family == family}


@pytest.mark.parametrize("text, wanted, unwanted", [
    ("Defense attorney Nic Varrow said Judy Pellin did not seek to have her partner killed.",
     "Which defense attorney said Judy Pellin did not seek to have her partner killed?",
     "Who said Judy Pellin did not seek to have her partner killed?"),
    ("California State Park Ranger Supervisor Tomas Quell said the attack by the shark happened at Kelso Beach, 20 "
     "miles north of Brindmouth.",
     "Which California State Park Ranger Supervisor said the attack by the shark happened at Kelso Beach, 20 miles "
     "north of Brindmouth?",
     "Who said the attack by the shark happened at Kelso Beach, 20 miles north of Brindmouth?"),
])
def test_a_speech_question_keeps_the_speakers_title(nlp, text, wanted, unwanted):
    prompts = {prompt for prompt, _ in _asked(nlp, text, "wh")}
    assert wanted in prompts and unwanted not in prompts


def test_a_titled_speech_question_counts_as_an_attribution(nlp):
    from quizgen.questions.ranking import is_attribution

    text = "Defense attorney Nic Varrow said Judy Pellin did not seek to have her partner killed."
    asked = [q for q in candidate_questions(extract_facts(nlp(text))) if q.prompt.startswith("Which defense attorney")]
    assert asked and all(is_attribution(q) for q in asked)  # the deck's share of who-said cards holds it too


def test_a_speech_question_without_a_title_stays_who_said(nlp):
    prompts = {p for p, _ in _asked(nlp, "Nic Varrow said Judy Pellin did not seek to have her partner killed.", "wh")}
    assert "Who said Judy Pellin did not seek to have her partner killed?" in prompts


@pytest.mark.parametrize("text, prompt, answer", [
    ("Health minister Alva Torrin, who chaired an emergency Dunmere council meeting, vowed to keep the public safe.",
     "Who chaired an emergency Dunmere council meeting?", "Alva Torrin"),
    ("Benno Ruskell, who was sailing with Kai Marrow, told reporters that the storm broke without warning.",
     "Who was sailing with Kai Marrow?", "Benno Ruskell"),
    # nothing named in the clause: anyone; a pronoun: someone an earlier sentence named; restrictive: no name asked
    ("Mayor Tilda Brennock, who was arrested on Tuesday, denied the charges.", None, None),
    ("Opal Freyhorn, who met him in Dunmere, said the bridge over the Lusk would close.", None, None),
    ("Opal Freyhorn, who met the inspector in Dunmere, said the bridge over the Lusk would close.", None, None),
    # a number alone is an age or a year, true of many people; a number of things is one record
    ("Analyst Rina Boyd said Garrin Holt, who was about 70, had lived in the eastern province of Lusk.", None, None),
    ("Garrin Holt, who was born in 1951, said the bridge over the Lusk would close.", None, None),
    ("Garrin Holt, who has won 14 sailing titles, said the bridge over the Lusk would close.",
     "Who has won 14 sailing titles?", "Garrin Holt"),
    # an age between the name and the clause is the person's own
    ("Officers arrested Garrin D. Holt, 33, who resides at 18 Brindle Street, Tam Ruskell said.",
     "Who resides at 18 Brindle Street?", "Garrin D. Holt"),
    # a contracted verb would open the question as a stray possessive; "another" points back to someone before
    ("Garrin Holt, who's a sailor with 14 titles from Dunmere, said the bridge would close.", None, None),
    ("Garrin Holt, who was another of the Dunmere Sailing Club's founders, said the bridge would close.", None, None),
    ("Garrin Holt, who was one of the Dunmere Sailing Club's founders, said the bridge would close.",
     "Who was one of the Dunmere Sailing Club's founders?", "Garrin Holt"),
    # another name between the person and the clause: whose clause it is, the parse may not know
    ("The tour featured the premier's security adviser, Garrin Holt, Opal Freyhorn, who advises Justice Minister Tam "
     "Ruskell on crime and harbour matters, and a Dunmere police chief.", None, None),
    # a person named after "of" in another's description: the clause may be the other's (set AZ: the father asked for
    # what his son inherited, "wrong answer")
    ("The richest is Tam Holt, son of the late Garrin Holt, who has inherited £14m.", None, None),
    ("Top of the list is Tam Holt, daughter of the late rocker Garrin Holt, who has inherited £14m.", None, None),
    # a thing's "of" is no other person's ("the government of X, who …")
    ("Sanctions hit the government of President Garrin Holt, who has led Velmland since independence in 1990.",
     "Who has led Velmland since independence in 1990?", "Garrin Holt"),
    ("The winner was Tam Holt, who has inherited £14m from the Dunmere Sailing Club.",
     "Who has inherited £14m from the Dunmere Sailing Club?", "Tam Holt"),
])
def test_a_persons_relative_clause_is_asked_alone(nlp, text, prompt, answer):
    asked = {(p, a) for p, a in _asked(nlp, text, "role") if not p.startswith("Who is")}
    assert asked == ({(prompt, answer)} if prompt else set())


@pytest.mark.parametrize("text, held", [
    # nothing says which event or which post: tune raters called none of 10 such cards good ("trivial", "lacking
    # context", "many people work as cabin cleaners at O'Hare")
    ("Benno Ruskell, who was sailing with Kai Marrow, told reporters that the storm broke without warning.", True),
    ("Garrin Holt, who works as a ferry cleaner at Dunmere Harbour, said the bridge over the Lusk would close.", True),
    # a date or a figure says which; a post one person holds, or a verb of holding one, says who
    ("Garrin Holt, who has won 14 sailing titles, said the bridge over the Lusk would close.", False),
    ("Garrin Holt, who heads the Dunmere Sailing Club, said the bridge over the Lusk would close.", False),
    ("Garrin Holt, who works as a managing director at the Dunmere Sailing Club, said the bridge would close.", False),
    # where and when someone was born or grew up fits thousands, date or not (a set-X deck card: "Who was born in
    # Texas in 1958?")
    ("Garrin Holt, who was born in Dunmere in 1958, has won a string of sailing titles.", True),
    ("Garrin Holt, who grew up in Dunmere and Velmton, has won a string of sailing titles.", True),
])
def test_a_relative_clause_with_nothing_to_say_which_is_held_back(nlp, text, held):
    asked = [q for q in candidate_questions(extract_facts(nlp(text))) if q.key.startswith("who_rel|")]
    assert asked
    assert all(open_relative_who(q) is held and held_back(q) is held for q in asked)


@pytest.mark.parametrize("text, prompt, answer", [
    ("Norland's First Minister Iva Castell said the patient was being treated in Brindmouth.",
     "Who is Norland’s First Minister?", "Iva Castell"),
    ("Oxhaven's chief executive Mark Dulwen said the aid had arrived.", "Who is Oxhaven’s chief executive?",
     "Mark Dulwen"),
    ("The company's chief executive Mark Dulwen said the aid had arrived.", None, None),  # whose company?
    ("Police arrested the Northern Territory's Premier Mark Dulwen on Thursday.", None, None),  # which territory?
])
def test_a_title_held_of_a_named_place_asks_for_the_person(nlp, text, prompt, answer):
    asked = {(p, a) for p, a in _asked(nlp, text, "role") if p.startswith("Who is") and "’s " in p}
    assert asked == ({(prompt, answer)} if prompt else set())


def _date(answer: str) -> Fact:
    sentence = f"Warning signs will stay up for {answer} at Kelso Beach."
    start = sentence.index(answer)
    return Fact(kind=FactKind.DATE, answer=answer, sentence=sentence, start=start, end=start + len(answer),
                sentence_index=3, anchor="a")


@pytest.mark.parametrize("answer, worth", [
    ("three days", True), ("another two weeks", True), ("about six months", True), ("3 days", True),
    ("a year", False), ("at least a year", False), ("days", False), ("one day", False),
])
def test_a_length_of_time_in_words_is_worth_asking(answer, worth):
    assert worth_asking(_date(answer)) is worth


def _person(sentence: str, name: str, index: int, canonical: str = "") -> Fact:
    """A person fact of no importance of its own (``Fact.score`` 0)."""
    start = sentence.index(name)
    return Fact(kind=FactKind.PERSON, answer=name, sentence=sentence, start=start, end=start + len(name),
                sentence_index=index, anchor=f"s{index}", label="PERSON", canonical=canonical)


def test_every_card_keeps_the_card_that_introduces_a_person():
    intro = _person("Coastguards identified the swimmer as 40-year-old Dara Quint of Marlow Bay.", "Dara Quint", 0)
    later = [_person(f"Dara Quint swam past buoy number {n} before turning back to the pier at Marlow Bay.",
                     "Dara Quint", n + 1, "Dara Quint") for n in range(5)]
    later = [replace(f, score=1.0) for f in later]  # more important than the introduction, so ranked first
    others = [Fact(kind=FactKind.DATE, answer=str(1990 + n), sentence=f"The pier opened in {1990 + n}.",
                   start=19, end=23, sentence_index=6 + n, anchor=f"b{n}") for n in range(14)]
    questions = [q for q in map(make_cloze, [intro, *later, *others]) if q is not None]
    deck = deck_selection(questions)
    chosen = [q for q in deck if q.answer == "Dara Quint"]
    assert any(q.fact is intro for q in chosen)  # ranked below the later cards, it would fall to the cap
    assert len(chosen) == MAX_CARDS_PER_ANSWER + 1
    budgeted = deck_selection(questions, limit=10)
    assert sum(q.answer == "Dara Quint" for q in budgeted) <= 1  # a budget still asks one answer once


@pytest.mark.parametrize("text, asked", [
    # the last of a list: the clause may be the whole list's (a set-AT card "Who paid … penalties …?" → one of
    # three ex-managers, bad: "only one of three right answers")
    ("The Velm Bank settled with three ex-managers, Peter Marlow, Erik Dunn and Joseph Vell, who paid penalties of "
     "$50,000 to the Dunford Exchange.", False),
    ("The bridge was opened by Ines Marlow and Tomas Vell, who paid $5m to the Dunford Exchange.", False),
    ("The bridge was opened by Tomas Vell, who paid $5m to the Dunford Exchange.", True),
])
def test_a_relative_clause_on_the_last_of_a_list_is_not_asked_of_one_name(nlp, text, asked):
    found = [q.answer for q in candidate_questions(extract_facts(nlp(text))) if q.key.startswith("who_rel|")]
    assert bool(found) is asked, found


def test_a_relative_clause_with_a_dated_phrase_is_not_asked_alone(nlp):
    text = "Rhea Dunmore, who will join a new Kelso expedition to the Gulf later this week, said the oil had sunk."
    facts = extract_facts(nlp(text), article_date="2010-08-13")  # "later this week" rewritten as one phrase
    assert not [q for q in candidate_questions(facts) if q.key.startswith("who_rel|")]


@pytest.mark.parametrize("sentence, answer, prompt", [
    # the speaker's first sentence of a quotation that goes on in the next one: closed on the card
    ('Mayor Ida Pell said: "We will rebuild the bridge over the Lusk within 40 days.', "40",
     'Mayor Ida Pell said: "We will rebuild the bridge over the Lusk within 40 days."'),
    ("Mayor Ida Pell said, “We will rebuild the bridge over the Lusk within 40 days.", "40",
     "Mayor Ida Pell said, “We will rebuild the bridge over the Lusk within 40 days.”"),
    ('Ida Pell called it a "disgrace" and said: "We will rebuild the Lusk bridge within 40 days.', "40",
     'Ida Pell called it a "disgrace" and said: "We will rebuild the Lusk bridge within 40 days."'),
    # still cut: no speaker before the quotation, a quoted phrase rather than a remark, a sentence left unfinished
    ("“We built 12 prototypes in Toulouse.", "12", None),
    ('Ida Pell said 12 prototypes were "ready.', "12", None),
    ('Ida Pell said: "We will rebuild the bridge over the Lusk within 40 days', "40", None),
])
def test_a_quotation_going_on_into_the_next_sentence_is_closed_on_the_card(sentence, answer, prompt):
    from quizgen.questions.standalone import needs_context

    start = sentence.index(answer)
    made = Fact(kind=FactKind.COUNT, answer=answer, sentence=sentence, start=start, end=start + len(answer),
                sentence_index=2, anchor="a")
    question = make_cloze(made)
    if prompt is None:
        assert needs_context(made) == "a quotation cut by the sentence boundary" and question is None
    else:
        assert needs_context(made) is None and question is not None and question.prompt == prompt
        assert question.visible_prompt().count("_____") == 1 and answer not in question.visible_prompt()


def test_a_wh_question_on_a_continued_quotation_closes_it(nlp):
    text = 'Mayor Ida Pell said: "We will rebuild the bridge over the Lusk by spring.\n"Nobody will be left behind."'
    prompts = {q.prompt for q in candidate_questions(extract_facts(nlp(text))) if q.family == "wh"}
    assert prompts == {'Who said: "We will rebuild the bridge over the Lusk by spring"?'}


@pytest.mark.parametrize("text, held", [
    # "one of many", dated only by the article's month: it still says not which (fresh raters: 0 of 3)
    ("“The cells were intriguing,” said Garrin Holt, who is now an immunologist at Dunmere University.", True),
    # "the …" is one holder's post; a date of the clause's own says which
    ("“The cells were intriguing,” said Garrin Holt, who is now the Dunmere Sailing Club’s director of athletics.",
     False),
    ("“The cells were intriguing,” said Garrin Holt, who was an immunologist at Dunmere University in 2009.", False),
])
def test_the_articles_month_does_not_make_a_one_of_many_clause_say_which(nlp, text, held):
    from quizgen.questions.standing_alone import in_context

    facts = extract_facts(nlp(text), article_date="2019-11-15")
    asked = [q for q in in_context(candidate_questions(facts), facts, "2019-11-15", text)
             if q.key.startswith("who_rel|")]
    assert asked
    assert all(open_relative_who(q) is held and held_back(q) is held for q in asked), [q.prompt for q in asked]
