"""The deck is a budget: about 2.5 cards per 100 words, at most 2 on one sentence, best-ranked first."""

from __future__ import annotations

import re
from dataclasses import replace

import pytest

from quizgen.export.quiz import select_questions
from quizgen.facts.extract import extract_facts
from quizgen.facts.model import FactKind
from quizgen.questions.candidates import candidate_questions
from quizgen.questions.distractors import ArticleFacts
from quizgen.questions.features import ArticleContext
from quizgen.questions.model import Question, QuestionKind
from quizgen.questions.ranking import (MAX_CARDS_PER_SENTENCE, MAX_DECK, MIN_KEEP, SECOND_CARD_CHANCE,
                                       _Budget, deck_budget, deck_chance, deck_selection, held_back, keep_chance,
                                       pick_for_quiz, quiz_worthy, shows_insertion, within_budget, worked_out_day)
from quizgen.run.build import build
from tests.conftest import SEED
from tests.factory import cloze, short_answer


@pytest.mark.parametrize("words, cards", [(100, 2), (400, 10), (1000, 25), (5000, MAX_DECK), (10, 1)])
def test_deck_budget_follows_the_article_length(words, cards):
    assert deck_budget(words) == cards


def test_at_most_two_cards_on_a_sentence_and_the_likeliest_kept():
    sentence = "Anna Berg, Carl Dunn and Erik Falk met Gina Holt in Oslo in May 2023 to sign the trade accord."
    deck = [cloze(sentence, name, 0) for name in ("Anna Berg", "Carl Dunn", "Oslo", "May 2023")]
    other = cloze("Ivan Jones won the 2022 race in Bergen by 3 minutes.", "Ivan Jones", 1)
    facts = [q.fact for q in [*deck, other]]
    context = ArticleContext(ArticleFacts(facts).by_sentence)
    kept = within_budget([*deck, other], 10, facts)
    on_first = [q for q in kept if q.fact.sentence_index == 0]
    assert 1 <= len(on_first) <= MAX_CARDS_PER_SENTENCE + 1 == 2  # a second only when likely enough
    assert max(deck, key=lambda q: keep_chance(q, context)) in on_first
    assert (other in kept) == (keep_chance(other, context) >= MIN_KEEP)  # never padded with unlikely cards
    (lone,) = within_budget([other], 10, [other.fact])  # but a short article keeps its likeliest card
    assert kept == sorted(kept, key=lambda q: q.fact.sentence_index)  # article order
    assert within_budget([*deck, other], None) == [*deck, other]  # --all-cards: no budget, no cap


def test_the_budget_refuses_an_unlikely_second_card_on_a_sentence_and_a_second_card_on_an_answer():
    sentence = "Anna Berg met Carl Dunn in Oslo in May 2023 to sign the trade accord."
    berg, dunn, oslo = (cloze(sentence, name, 0) for name in ("Anna Berg", "Carl Dunn", "Oslo"))
    again = cloze("Anna Berg won the 2022 city marathon in Bergen in May.", "Anna Berg", 1)
    other = cloze("Ivan Jones won the 2022 city marathon in Bergen in May.", "Ivan Jones", 2)
    budget = _Budget(10)
    unlikely = min(SECOND_CARD_CHANCE, MIN_KEEP) - 0.01
    assert [budget.offer(q, c) for q, c in ((berg, 0.9), (dunn, unlikely), (oslo, unlikely), (again, 0.9),
                                            (other, 0.9))] == [True, False, False, False, True]
    assert budget.chosen() == [berg, other]


def test_cli_cards_and_all_cards_change_the_deck_size(tmp_path):
    from typer.testing import CliRunner

    from quizgen.cli import app

    runner = CliRunner()
    sizes = {}
    for flag in ([], ["--cards", "3"], ["--all-cards"]):
        out = tmp_path / ("-".join(flag) or "default")
        result = runner.invoke(app, ["build", str(SEED), "--out", str(out), "-f", "apkg", *flag])
        assert result.exit_code == 0, result.output
        sizes[" ".join(flag)] = int(re.search(r"(\d+) cards", result.stdout).group(1))
    words = len(SEED.read_text(encoding="utf-8").split())
    assert sizes["--cards 3"] == 3
    assert sizes[""] <= deck_budget(words) < sizes["--all-cards"]


def test_one_card_per_answer_in_the_deck():
    first = cloze("Kim Jong Un inspected 250 launchers in Pyongyang in 2024.", "Kim Jong Un", 0)
    again = cloze("Rodong Sinmun showed the trucks arranged before Kim Jong Un in 2024.", "Kim Jong Un", 1)
    other = cloze("Rodong Sinmun showed the trucks arranged before Kim Jong Un in 2024.", "Rodong Sinmun", 1)
    facts = [q.fact for q in (first, again, other)]
    kept = within_budget([first, again], 10, facts)
    assert [q.answer for q in kept] == ["Kim Jong Un"]  # asked once, not on every sentence naming him
    context = ArticleContext(ArticleFacts(facts).by_sentence)
    # another answer is kept if likely enough
    expected = 1 + (keep_chance(other, context) >= MIN_KEEP)
    assert len(within_budget([first, other], 10, facts)) == expected
    assert within_budget([again, first], 10, facts) == [first] or within_budget([again, first], 10, facts) == [again]


def test_who_said_cards_fill_at_most_a_quarter_of_the_deck():
    quotes = []
    for n, name in enumerate(("Anna Berg", "Carl Dunn", "Erik Falk", "Gina Holt", "Ivan Jones", "Kari Lund")):
        sentence = f"“The harbour will reopen in May 2023 after a long winter,” said {name} on the quay."
        quotes.append(replace(short_answer(f"Who said: “The harbour will reopen in May 2023 ({n})”?", name,
                                           sentence, n), family="who_said", key=f"who_said|{n}"))
    others = [cloze(f"The city council of Bergen approved {n + 40} new ferries for the fjord in 2023.", f"{n + 40}", 10 + n)
              for n in range(6)]
    facts = [q.fact for q in [*quotes, *others]]
    kept = within_budget([*quotes, *others], 8, facts)
    assert sum(q.family == "who_said" for q in kept) == 2  # a quarter of 8
    assert len(within_budget(quotes, 8, [q.fact for q in quotes])) == 2  # never more, even with nothing else


def test_who_said_wh_questions_count_as_quote_cards_too():
    speech = [short_answer(f"Who said he routinely meets Afghan-Americans in Washington ({n})?", name,
                           f"{name} said he routinely meets Afghan-Americans in Washington.", n)
              for n, name in enumerate(("Anna Berg", "Carl Dunn", "Erik Falk", "Gina Holt", "Ivan Jones"))]
    others = [cloze(f"The city council of Bergen approved {n + 40} new ferries for the fjord in 2023.", f"{n + 40}",
                    10 + n) for n in range(6)]
    kept = within_budget([*speech, *others], 8, [q.fact for q in [*speech, *others]])
    assert sum(q.prompt.startswith("Who said") for q in kept) <= 2


def test_an_undated_weekday_s_event_stays_out_of_the_deck_but_among_all_cards():
    dangling = cloze("Sunday’s ceremony in Pyongyang showed 250 new launchers to the army.", "250", 0)
    dated = cloze("The ceremony in Pyongyang on 14 July 2024 showed 250 new launchers to the army.", "250", 1)
    facts = [dangling.fact, dated.fact]
    assert within_budget([dangling, dated], 10, facts) == [dated]  # which Sunday?
    assert within_budget([dangling], 10, [dangling.fact]) == []  # nor alone: held-back cards alone make no deck
    assert within_budget([dangling, dated], None, facts) == [dangling, dated]  # --all-cards keeps it


def test_the_quiz_prints_only_what_the_ranker_would_keep():
    likely = cloze("The European Commission fined Northwind Energy 40 million euros in 2023.", "40 million euros", 0)
    likely = replace(likely, fact=replace(likely.fact, kind=FactKind.AMOUNT))
    unlikely = cloze("Anna Berg said it was about the same as the one before it, more or less.", "Anna Berg", 1)
    dangling = cloze("Sunday’s ceremony in Pyongyang showed 250 new launchers to the army.", "250", 2)
    statement = replace(likely, kind=QuestionKind.TRUE_FALSE, family="true_false", answer="True", blank=None,
                        key="tf|40")
    stray = replace(unlikely, kind=QuestionKind.TRUE_FALSE, family="true_false", answer="True", blank=None,
                    key="tf|one")
    candidates = [likely, unlikely, dangling, statement, stray]
    facts = [q.fact for q in (likely, unlikely, dangling)]
    context = ArticleContext(ArticleFacts(facts).by_sentence)
    assert keep_chance(likely, context) >= MIN_KEEP > keep_chance(unlikely, context)  # the table's premise
    # the unlikely card and its fact's statement stay off the sheet, and so does "Sunday's"
    assert quiz_worthy(candidates, ArticleFacts(facts)) == [likely, statement]
    # when nothing is likely enough the sheet is not empty: a short article still gets a quiz
    assert quiz_worthy([unlikely, stray], ArticleFacts([unlikely.fact])) == [unlikely, stray]


def test_the_quiz_asks_only_about_the_default_decks_facts():
    first = cloze("The European Commission fined Northwind Energy 40 million euros in 2023.", "40 million euros", 0)
    second = cloze("The European Commission fined Redwood Mining 25 million euros in 2021.", "25 million euros", 1)
    first, second = (replace(q, fact=replace(q.fact, kind=FactKind.AMOUNT)) for q in (first, second))
    facts = ArticleFacts([first.fact, second.fact])
    assert quiz_worthy([first, second], facts) == [first, second]  # both likely enough on their own
    assert quiz_worthy([first, second], facts, among={second.fact.key}) == [second]
    assert quiz_worthy([first, second], facts, among=set()) == [first, second]  # an empty deck restricts nothing


def test_an_all_cards_build_prints_the_default_decks_quiz(nlp, seed_build):
    (every,) = seed_build[0].results
    default = build([str(SEED)], seed_build[1] / "default", nlp=nlp, formats=("apkg",)).results[0]
    assert len(every.questions) > len(default.questions)  # the premise: --all-cards makes a bigger deck
    deck_facts = {q.fact.key for q in default.questions}
    printed = [e.question for e in select_questions([every])]
    assert printed and {q.fact.key for q in printed} <= deck_facts
    assert [q.key for q in printed] == [e.question.key for e in select_questions([default])]


def test_a_deck_cut_to_its_budget_as_it_is_chosen_is_the_budget_of_the_whole_deck(nlp):
    facts = extract_facts(nlp(SEED.read_text(encoding="utf-8")))
    article = ArticleFacts(facts)
    whole = deck_selection(candidate_questions(facts, pending=True), article)
    for limit in (1, 3, 6, 12):
        cut = deck_selection(candidate_questions(facts, pending=True), article, limit)
        expected = within_budget(whole, limit, facts)
        assert [q.key for q in cut] == [q.key for q in expected] and 1 <= len(cut) <= limit
        assert not any(q.pending for q in cut)


def test_a_day_worked_out_from_the_article_date_stays_out_of_the_deck_but_among_all_cards():
    sentence = "The governor vetoed the pension bill on 15 December 2014 in Albany."
    worked = cloze(sentence, "15 December 2014", 0)  # the article said "last week"; its date made the day
    worked = replace(worked, fact=replace(worked.fact, kind=FactKind.DATE, resolved="2014-12-15"))
    written = cloze("The bill passed the state senate on 9 June 2014 by 50 votes.", "9 June 2014", 1)
    written = replace(written, fact=replace(written.fact, kind=FactKind.DATE))
    place = cloze(sentence, "Albany", 0)
    place = replace(place, fact=replace(place.fact, resolved="2014-12-15"))  # another answer on that sentence
    assert [worked_out_day(q) for q in (worked, written, place)] == [True, False, False]
    assert within_budget([worked, written], 10, [worked.fact, written.fact]) == [written]
    assert within_budget([worked], 10, [worked.fact]) == []  # not even as a short article's only card (issue 15)
    assert within_budget([worked], None, [worked.fact]) == [worked]  # --all-cards keeps it

    assert worked not in quiz_worthy([worked, written], ArticleFacts([worked.fact, written.fact]))
    # nor does the quiz print it from any pool it is handed (benchmarks/mc_pack.py hands it every candidate)
    assert pick_for_quiz([worked, written], None, [worked.fact, written.fact]) == [written]


def test_a_card_showing_an_inserted_name_twice_stays_out_of_the_deck_but_among_all_cards():
    twice = cloze("Curie Kim, 21, came second in the contest, but [Curie Kim] admitted in 2011 it hurt.", "2011", 0)
    once = cloze("[Verizon Communications] added 12 channels to Fios TV in 2010.", "2010", 1)  # shown plainly
    dated = cloze("The ferry sank on [Tuesday, 30 December 2014] with 162 people on board.", "162", 2)  # a day
    quoted = cloze("“We saw [the launchers] at dawn,” Anna Berg said in Oslo in 2024.", "Anna Berg", 3)
    plain = cloze("Apple’s first computer, the Apple I, went on sale in 1976.", "1976", 4)  # no figure to date
    assert [shows_insertion(q) for q in (twice, once, dated, quoted, plain)] == [True, False, False, False, False]
    facts = [q.fact for q in (twice, plain)]
    assert within_budget([twice, plain], 10, facts) == [plain]
    assert within_budget([twice], 10, [twice.fact]) == []  # nor alone: held-back cards alone make no deck
    assert within_budget([twice], None, [twice.fact]) == [twice]  # --all-cards keeps it
    assert twice not in quiz_worthy([twice, plain], ArticleFacts(facts))
    assert within_budget([once, plain], 10, [once.fact, plain.fact]) == [once, plain]


def _who_said_deck(described: str, standing: str) -> tuple[Question, Question, list[Question]]:
    """A who-said card quoting words from mid-sentence (held back, and ranked first), the cloze on its speaker, and
    the deck chosen from them and three unlikely cards."""
    sentence = ("“The harbour will reopen in May 2023 after a long and costly winter of repairs,” Anna Berg, "
                f"{described}, said in Oslo.")
    said = replace(short_answer("Who said: “after a long and costly winter of repairs”?", "Anna Berg", sentence, 0),
                   family="who_said", key="who_said|0")
    said = replace(said, fact=replace(said.fact, kind=FactKind.QUOTE, standing=standing))
    gap = replace(cloze(sentence, "Anna Berg", 0), fact=said.fact)
    ferries = [cloze(f"The city council of Bergen approved {n + 40} new ferries for the fjord in 2023.", f"{n + 40}",
                     1 + n, kind=FactKind.COUNT) for n in range(3)]
    article = ArticleFacts([q.fact for q in (said, gap, *ferries)])
    context = ArticleContext(article.by_sentence)
    assert held_back(said) and not held_back(gap)
    assert deck_chance(said, context) > deck_chance(gap, context) >= MIN_KEEP  # the held-back form comes first
    return said, gap, deck_selection([said, gap, *ferries], article, 10)


def test_a_who_said_card_held_back_for_its_form_leaves_room_for_the_sentences_fill_in_card():
    # "Who said: “…”?" on words from mid-sentence is held back; the cloze showing the whole sentence is a sound card
    # on the same fact and must not lose its place to the card the deck never keeps
    said, gap, deck = _who_said_deck("the port director", "port director")
    assert gap in deck and said not in deck


def test_a_who_said_card_held_back_for_its_speaker_keeps_the_speakers_fill_in_card_out_too():
    # a passer-by's name (no role, no place in the story) is trivia however it is asked: "“…,” _____ said" as well
    said, gap, deck = _who_said_deck("a ferry passenger", "")
    assert gap not in deck and said not in deck


@pytest.mark.parametrize("kind, first", [
    (FactKind.PLACE, "mc_cloze"),  # the options form, however the ranker scored the two forms
    (FactKind.AMOUNT, "mc_cloze"),
    (FactKind.ORGANIZATION, "cloze"),  # options on a name stay out of the deck: the plain form keeps its place
])
def test_a_fill_in_cards_options_form_is_tried_before_its_plain_form(kind, first):
    from quizgen.questions.ranking import options_first

    sentence = "The ferry from Dunmark carried 412 passengers to Velmland for the Harbour Board."
    answer = {FactKind.PLACE: "Velmland", FactKind.AMOUNT: "412 passengers",
              FactKind.ORGANIZATION: "Harbour Board"}[kind]
    plain = cloze(sentence, answer, 0, kind=kind)
    options = replace(plain, kind=QuestionKind.MULTIPLE_CHOICE, family="mc_cloze", key="mc_" + plain.key)
    other = replace(cloze(sentence, "Dunmark", 0, kind=FactKind.PLACE), key="cloze|other")
    chances = {id(plain): 0.40, id(options): 0.35, id(other): 0.20}
    options_first([plain, options, other], chances)
    assert chances[id(other)] == 0.20  # another fact's card is left as it was
    best = max((plain, options), key=lambda q: (chances[id(q)], q.family == "mc_cloze"))
    assert best.family == first
    assert chances[id(plain)] == 0.40


def test_the_deck_chooses_the_options_form_the_ranker_scored_lower(monkeypatch):
    from quizgen.questions import ranking

    sentence = "The ferry from Dunmark carried 412 passengers to Velmland in May 2024."
    plain = cloze(sentence, "Velmland", 0, kind=FactKind.PLACE)
    options = replace(plain, kind=QuestionKind.MULTIPLE_CHOICE, family="mc_cloze", key="mc_" + plain.key,
                      choices=("Velmland", "Dunmark", "Ostria", "Karrow"))
    scored = {id(plain): 0.60, id(options): 0.50}
    monkeypatch.setattr(ranking, "deck_chance", lambda q, context, key=None: scored[id(q)])
    (chosen,) = ranking.deck_selection([plain, options])
    assert chosen.family == "mc_cloze"
