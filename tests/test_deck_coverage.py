"""The deck covers more of an article's key facts: a second likely card on a dense sentence; and no card under the keep
threshold pads a deck short of its budget."""

from __future__ import annotations

import pytest

from quizgen.questions.ranking import MIN_KEEP, SECOND_CARD_CHANCE, _Budget, deck_budget
from tests.factory import cloze, short_answer

DENSE = "The council approved 1,250 homes in Bergen for 40 million euros, mayor Anna Berg said in May 2023."


def _dense_cards():
    return [cloze(DENSE, answer, 0) for answer in ("1,250", "Bergen", "40 million euros", "Anna Berg")]


def _dense_questions():
    """Questions on the dense sentence that show none of each other's answers (two clozes on one sentence always
    do, and the budget keeps only one of such a pair: ``same_sentence``)."""
    return [short_answer(prompt, answer, DENSE, 0) for prompt, answer in (
        ("How many homes in Bergen did the council approve in May 2023?", "1,250"),
        ("How much will the council's new homes in Bergen cost by 2026?", "40 million euros"),
        ("Which mayor spoke of the council's new homes?", "Anna Berg"))]


@pytest.mark.parametrize("second_chance, kept", [
    (0.9, True),                                # a likely second card on the sentence comes in
    (max(SECOND_CARD_CHANCE, MIN_KEEP), True),  # at the bar
    (min(SECOND_CARD_CHANCE, MIN_KEEP) - 0.01, False),  # under it: one card is enough for the sentence
])
def test_a_sentence_takes_a_second_likely_card(second_chance, kept):
    first, second, third = _dense_questions()
    budget = _Budget(10)
    assert budget.offer(first, 0.9)
    assert budget.offer(second, second_chance) is kept
    assert not budget.offer(third, 0.95) or not kept  # never a third card on one sentence


def test_never_a_third_card_on_a_sentence():
    budget = _Budget(10)
    assert [budget.offer(q, 0.9) for q in [*_dense_questions(), _dense_cards()[1]]] == [True, True, False, False]


@pytest.mark.parametrize("words", [120, 400, 800])
def test_no_card_under_the_threshold_pads_a_short_deck(words):
    """An article with one likely card and many just under ``MIN_KEEP`` (one a sentence) keeps its one card, however
    long: blind raters kept 16% of such filling cards on fresh pages (29% and 43% on two earlier sets), against 49-58%
    of the cards above the threshold."""
    limit = deck_budget(words)
    near = MIN_KEEP - 0.02
    cards = [cloze(f"Harbour worker {n} unloaded ships in Port {n} on the north coast.", f"Port {n}", n)
             for n in range(20)]
    chances = [0.8] + [near] * 19
    budget = _Budget(limit)
    for question, chance in zip(cards, chances):
        if budget.full(chance):
            break
        budget.offer(question, chance)
    assert budget.chosen() == [cards[0]]


def test_a_short_article_keeps_its_likeliest_card_under_the_threshold():
    budget = _Budget(5)
    lone = cloze("Ships unloaded 300 containers in the harbour of Port Ness in 2023.", "Port Ness", 0)
    assert not budget.full(MIN_KEEP - 0.1)
    assert budget.offer(lone, MIN_KEEP - 0.1)
    assert budget.full(MIN_KEEP - 0.1) and not budget.full(MIN_KEEP)


def test_an_unlikely_card_is_never_a_second_card_even_on_a_key_figure():
    """A key figure may be a sentence's second card when it is likely (``key_facts``), not under ``MIN_KEEP``."""
    from dataclasses import replace

    from quizgen.facts.model import FactKind
    from quizgen.questions.key_facts import KeyFacts

    name, homes = _dense_cards()[3], _dense_cards()[0]
    homes = replace(homes, fact=replace(homes.fact, kind=FactKind.COUNT), key="cloze|0|homes")
    key = KeyFacts([name.fact, homes.fact], weights={})
    assert key.asks_key_number(homes)  # the table's premise
    near = MIN_KEEP - 0.02
    budget = _Budget(20, key)
    assert budget.offer(name, 0.9)
    assert not budget.offer(homes, near)
    assert budget.offer(homes, 0.9)  # likely: the sentence's second card


def test_the_second_place_on_a_sentence_with_a_key_figure_is_the_figures():
    """"NASA will receive $18 billion for 2015": after one card on the sentence, a likely card on "2015" that leaves
    the key figure visible waits, and the figure takes the second place."""
    from dataclasses import replace

    from quizgen.facts.model import FactKind
    from quizgen.questions.key_facts import KeyFacts

    homes, place, _, name = _dense_cards()
    homes = replace(homes, fact=replace(homes.fact, kind=FactKind.COUNT), key="cloze|0|homes")
    key = KeyFacts([name.fact, homes.fact, place.fact], weights={})
    budget = _Budget(20, key)
    assert [budget.offer(name, 0.95), budget.offer(place, 0.9), budget.offer(homes, 0.8)] == [True, False, True]
    # no key facts known: no second cloze, each shows the other's answer (``same_sentence``); a key figure may be
    # second though it does
    plain = _Budget(20)
    assert [plain.offer(name, 0.95), plain.offer(place, 0.9), plain.offer(homes, 0.8)] == [True, False, False]


@pytest.mark.parametrize("sentence, year, dated_figure", [
    # the year of a figure the card shows: the statistic's base or target year, not the news
    ("Wind farms made 18 percent of the region's power in 2019, the grid operator said.", "2019", "18 percent"),
    ("The harbour toll is set to rise to $40 million by 2031.", "2031", "$40 million"),
    ("In what year did the harbour toll raise $40 million?", "2019", "$40 million"),
    # no figure in view: the year dates an event
    ("The bridge over the Lusk opened to traffic in 1932.", "1932", None),
    # a sum or share in view that the model read as no figure (no key figure known) dates a statistic all the same
    ("The harbour toll is set to rise to $40 million by 2031.", "2031", None),
    ("Velm Foods, which in 2004 reported revenues of $30bn (£16bn), is the rival to beat.", "2004", None),
])
def test_a_card_on_the_year_of_a_shown_figure_stays_out_of_the_deck(sentence, year, dated_figure):
    """Blind raters kept 14 of 102 rated cards asking the year beside a key figure their prompt shows ("trivial: the
    base year of a statistic"), against 137 of 384 other year cards."""
    from dataclasses import replace

    from quizgen.facts.model import FactKind
    from quizgen.questions.key_facts import KeyFacts

    on_year = cloze(sentence, year, 0, kind=FactKind.DATE) if year in sentence else \
        short_answer(sentence, year, sentence.replace("In what year did", "In 2019").replace("?", "."), 0)
    figures = []
    if dated_figure is not None:
        shown = cloze(on_year.fact.sentence, dated_figure, 0)
        figures = [replace(shown.fact, kind=FactKind.AMOUNT)]
    budget = _Budget(10, KeyFacts([on_year.fact, *figures], weights={}))
    dates_an_event = dated_figure is None and not any(mark in sentence for mark in "$£%")
    assert budget.offer(on_year, 0.9) is dates_an_event


@pytest.mark.parametrize("sentence, first, second, both", [
    # two figures of one unit: one statistic read twice ("duplicates card 1")
    ("Exports from Velm grew 4.1% in 2022, down from 6.3% in 2021, the ministry said.", "6.3%", "4.1%", False),
    ("The Lusk bridge cost $40 million, against a first estimate of $25 million.", "$25 million", "$40 million", False),
    # figures of two units: two facts, each card may stand beside the other
    ("The Lusk ferry cost $40 million and carries 120 cars.", "120 cars", "$40 million", True),
])
def test_a_key_figure_never_comes_second_beside_a_figure_of_its_own_unit(sentence, first, second, both):
    from dataclasses import replace

    from quizgen.facts.model import FactKind
    from quizgen.questions.key_facts import KeyFacts

    kept, key_card = (cloze(sentence, answer, 0) for answer in (first, second))
    key_card = replace(key_card, fact=replace(key_card.fact, kind=FactKind.AMOUNT), key="cloze|0|figure")
    key = KeyFacts([kept.fact, key_card.fact], weights={})
    assert key.asks_key_number(key_card)  # the table's premise: the second card asks a key figure
    budget = _Budget(20, key)
    assert budget.offer(kept, 0.95)
    assert budget.offer(key_card, 0.9) is both
