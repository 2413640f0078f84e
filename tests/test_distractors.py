"""Distractor refusals on facts written for the tests, through the public ``choose_distractors``: no spaCy model.

Each refusal is checked over many seeds (``salt``), so a candidate the rule refuses would be drawn by at least one
of them if the rule were off; each test also checks that sound options are still found, so it cannot pass on an
empty result.
"""

from __future__ import annotations

from dataclasses import replace

import pytest

from quizgen.facts.model import Fact, FactKind
from quizgen.questions.distractors import choose_distractors

SALTS = [f"salt-{n}" for n in range(24)]


def _fact(sentence: str, answer: str, kind: FactKind, index: int, label: str = "") -> Fact:
    start = sentence.index(answer)
    return Fact(kind=kind, answer=answer, sentence=sentence, start=start, end=start + len(answer),
                sentence_index=index, anchor=f"a{index}", label=label)


def _article(kind: FactKind, rows: list[tuple[str, str]], label: str = "") -> list[Fact]:
    """One fact per sentence, each sentence its own index (so no answer is true beside another)."""
    return [_fact(sentence, answer, kind, index, label) for index, (sentence, answer) in enumerate(rows)]


def _options(fact: Fact, facts: list[Fact]) -> list[list[str]]:
    chosen = [choose_distractors(fact, fact.answer, facts, salt=salt) for salt in SALTS]
    assert all(c is not None and len(c) == 3 for c in chosen), chosen  # sound options exist: never an empty pass
    return chosen


def test_a_number_on_another_scale_is_never_offered():
    facts = _article(FactKind.COUNT, [
        ("The school hired 36 teachers.", "36"),
        ("The town built 1,200 homes.", "1,200"),  # same form (digits, one word), a factor of 33 away
        ("The club sold 48 tickets.", "48"),
    ])
    chosen = _options(facts[0], facts)
    offered = {c for options in chosen for c in options}
    assert "1,200" not in offered, chosen
    assert "48" in offered  # the article's own number on the same scale is used


def test_a_number_far_below_the_answer_is_never_offered():
    facts = _article(FactKind.COUNT, [
        ("The town built 1,200 homes.", "1,200"),
        ("The school hired 36 teachers.", "36"),  # 33 times smaller
        ("The port handled 950 ships.", "950"),
    ])
    chosen = _options(facts[0], facts)
    offered = {c for options in chosen for c in options}
    assert "36" not in offered, chosen
    assert "950" in offered


# The length give-away and the alias (UK / United Kingdom) are checked where the distractor rewrite made them rules
# of the answer's fine type: tests/test_answer_types.py (test_no_option_stands_out_by_form,
# test_uk_never_gets_united_kingdom, test_aliases_abbreviations_and_expansions_are_one_referent).


# --- refusals the blind raters asked for ---------------------------------------------------------------------

def test_a_weekday_gets_no_options():
    facts = _article(FactKind.DATE, [("Fishermen reported an explosion on Sunday morning.", "Sunday morning"),
                                     ("The ship would arrive on Tuesday.", "Tuesday")])
    assert choose_distractors(facts[0], "Sunday morning", facts) is None  # the story's order rules days out
    month = _fact("The ship would arrive in October.", "October", FactKind.DATE, 2)
    assert choose_distractors(month, "October", [*facts, month]) is not None


def test_an_example_of_many_gets_no_options():
    rows = [("That is good news for teachers like Ann Lee, a teacher in Ohio.", "Ann Lee"),
            ("Bob Hart, a teacher, drove.", "Bob Hart"), ("Carla Diaz, a teacher, flew.", "Carla Diaz"),
            ("Dee Moss, a teacher, walked.", "Dee Moss"), ("Eve Ames, a teacher, waited.", "Eve Ames")]
    facts = _article(FactKind.PERSON, rows)
    assert choose_distractors(facts[0], "Ann Lee", facts) is None  # the others are teachers too: all right
    plain = _fact("That is good news for Ann Lee, a teacher in Ohio.", "Ann Lee", FactKind.PERSON, 0)
    assert choose_distractors(plain, "Ann Lee", [plain, *facts[1:]]) is not None


def test_a_prompt_of_the_blank_alone_gets_no_options():
    facts = _article(FactKind.ORGANIZATION, [("Genentech Inc.", "Genentech Inc."), ("Pixar Inc. grew.", "Pixar Inc."),
                                             ("Next Inc. grew.", "Next Inc."), ("Oracle Inc. grew.", "Oracle Inc."),
                                             ("Adobe Inc. grew.", "Adobe Inc.")])
    assert choose_distractors(facts[0], "Genentech Inc.", facts) is None
    assert choose_distractors(facts[1], "Pixar Inc.", facts) is not None


def test_no_one_before_a_plural_and_no_number_the_sentence_gives():
    facts = _article(FactKind.COUNT, [
        ("The dispute involves three startups and a half-dozen universities.", "three")])
    offered = {c for options in _options(facts[0], facts) for c in options}
    assert not offered & {"one", "six"}, offered  # "one startups"; "six" echoes the half-dozen


def test_one_as_the_answer_gets_no_options():
    f = _fact("The official was talking about one area.", "about one", FactKind.COUNT, 0)
    assert choose_distractors(f, "about one", [f]) is None  # "about three area"


def test_an_amount_compared_in_its_sentence_gets_no_options():
    sentence = "Its value was $349 billion, just behind Exxon's $358 billion."
    facts = _article(FactKind.AMOUNT, [(sentence, "$349 billion")])
    other = _fact(facts[0].sentence, "$358 billion", FactKind.AMOUNT, 0)
    assert choose_distractors(facts[0], "$349 billion", [*facts, other]) is None
    alone = _fact("Its value was $349 billion.", "$349 billion", FactKind.AMOUNT, 1)
    assert choose_distractors(alone, "$349 billion", [alone]) is not None


def test_a_part_stays_below_its_whole():
    sentence = "On board were 155 Indonesians, three South Koreans and one Briton."
    facts = [_fact("The plane was carrying 162 people.", "162", FactKind.COUNT, 0),
             _fact(sentence, "155", FactKind.COUNT, 1), _fact(sentence, "three", FactKind.COUNT, 1)]
    wrong = choose_distractors(facts[1], "155", facts)
    assert wrong is None or all(float(w) < 162 for w in wrong), wrong
    offered = {c for salt in SALTS for c in choose_distractors(facts[1], "155", facts[1:], salt=salt) or ()}
    assert any(float(c) > 162 for c in offered)  # without the whole, wrong answers above 162 are fine


def test_a_count_of_a_whole_stays_above_the_part():
    facts = _article(FactKind.COUNT, [("Employment rose in 29 of 50 states.", "50")])
    offered = {c for options in _options(facts[0], facts) for c in options}
    assert all(float(c) > 29 for c in offered), offered  # "29 of 13 states" cannot be


def test_a_past_event_gets_no_later_decade():
    facts = _article(FactKind.DATE, [("Sales climbed throughout the 2000s.", "the 2000s"),
                                     ("The company was founded in 2005.", "2005")])
    offered = {c for options in _options(facts[0], facts) for c in options}
    assert "the 2020s" not in offered and "the 2010s" not in offered and "the 1990s" in offered, offered


def test_a_body_tied_to_a_person_in_the_prompt_is_refused():
    rows = [("Steve Jobs was chief executive at Next Inc. in 1990.", "Next Inc."),
            ("Steve Jobs co-founded Apple Inc. in a garage.", "Apple Inc."),
            ("Oracle Corp. grew.", "Oracle Corp."), ("Adobe Inc. grew.", "Adobe Inc."),
            ("Intel Corp. grew.", "Intel Corp."), ("Cisco Inc. grew.", "Cisco Inc.")]
    facts = _article(FactKind.ORGANIZATION, rows)
    jobs = [_fact(s, "Steve Jobs", FactKind.PERSON, i) for i, (s, _) in enumerate(rows[:2])]
    offered = {c for salt in SALTS for c in choose_distractors(facts[0], "Next Inc.", [*facts, *jobs], salt=salt) or ()}
    assert offered and "Apple Inc." not in offered  # Jobs ran Apple too: it would also be right


def test_an_age_keeps_to_a_believable_span():
    facts = _article(FactKind.COUNT, [("It was a slow climb back, said Yearout, 51, chief executive of the firm.", "51")])
    offered = {c for options in _options(facts[0], facts) for c in options}
    assert all(abs(float(c) - 51) <= 20 for c in offered), offered  # never 102 or 25
    facts = _article(FactKind.COUNT, [("The 51-year-old festival founder cut the ribbon.", "51-year-old")])
    offered = {c for options in _options(facts[0], facts) for c in options}
    assert all(abs(int(c.split("-")[0]) - 51) <= 20 for c in offered), offered  # never a 102-year-old


def test_a_fact_that_found_no_options_is_not_searched_again_under_another_seed():
    from quizgen.questions.distractors import ArticleFacts

    facts = _article(FactKind.DATE, [("Fishermen reported an explosion on Sunday morning.", "Sunday morning"),
                                     ("The ship would arrive on Tuesday.", "Tuesday")])
    month = _fact("The ship would arrive in October.", "October", FactKind.DATE, 2)
    article = ArticleFacts([*facts, month])
    assert choose_distractors(facts[0], "Sunday morning", article, salt="cloze") is None
    assert article.refused == {(facts[0].key, 0, "Sunday morning", frozenset())}  # remembered for the article
    assert choose_distractors(facts[0], "Sunday morning", article, salt="tf") is None
    assert choose_distractors(month, "October", article, salt="cloze") is not None
    assert len(article.refused) == 1  # what found options is searched afresh under each seed


# --- the helpers' own tables: each row pins one bound or step of a rule ---------------------------------------

def test_a_weekday_moves_to_the_other_weekdays():
    from quizgen.questions.distractors import date_variants

    out = date_variants("on Tuesday", "weekday")
    assert "on Monday" in out and "on Sunday" in out and "on Tuesday" not in out and len(out) == 6


def test_a_day_of_the_month_moves_down_to_the_first_and_up_to_the_28th():
    from quizgen.questions.distractors import date_variants

    assert "1 March 2020" in date_variants("2 March 2020", "full")  # the first of the month is a day too
    assert "28 March 2020" in date_variants("27 March 2020", "full")
    assert "29 March 2020" not in date_variants("27 March 2020", "full")


def test_a_year_moves_by_one_and_two_either_way():
    from quizgen.questions.distractors import numeric_variants

    assert {"2017", "2018", "2020", "2021"} <= set(numeric_variants("2019"))


@pytest.mark.parametrize("answer, wrong", [
    # a small figure with decimals moves by about a tenth of itself (a tune rater: 2.26%, 3.26%, 4.26% beside 1.26%
    # "would double or more than quadruple" it)
    ("1.26%", ["1.00%", "1.13%", "1.39%", "1.52%", "1.65%"]),
    ("$1.1 billion", ["$0.9 billion", "$1.0 billion", "$1.2 billion", "$1.3 billion", "$1.4 billion"]),
    ("0.5 percent", ["0.3 percent", "0.4 percent", "0.6 percent", "0.7 percent", "0.8 percent"]),
    ("3.4%", ["1.4%", "2.4%", "4.4%", "5.4%", "6.4%"]),  # from 2 up: whole units, as before
])
def test_a_small_figure_with_decimals_moves_by_a_tenth_of_itself(answer, wrong):
    from quizgen.questions.distractors import numeric_variants

    assert sorted(numeric_variants(answer)) == wrong


@pytest.mark.parametrize("answer, wrong", [
    # no thousand of a scale (set AP and tune raters: "$1400 billion" beside "$700 billion", "an unnatural form")
    ("$700 billion", ["$350 billion", "$600 billion", "$800 billion", "$900 billion"]),
    ("$600m", ["$300m", "$500m", "$700m", "$800m"]),
    ("700 homes", ["1400 homes", "350 homes", "600 homes", "800 homes", "900 homes"]),  # no scale: doubled still
])
def test_a_sum_is_not_moved_to_a_thousand_of_its_scale(answer, wrong):
    from quizgen.questions.distractors import numeric_variants

    assert sorted(numeric_variants(answer)) == wrong


@pytest.mark.parametrize("answer, wrong", [
    # a compound number's units stay units ("Seventy-ten percent" was offered on a real page)
    ("Seventy-eight percent", ["Seventy-seven percent", "Seventy-nine percent", "Seventy-six percent"]),
    ("twenty-nine people", ["twenty-eight people", "twenty-seven people"]),
    # written with a space ("Fifty eleven percent" was offered on a set-AV page)
    ("Fifty nine percent", ["Fifty eight percent", "Fifty seven percent"]),
    ("forty six", ["forty five", "forty seven", "forty eight", "forty four", "forty nine"]),
    ("eight", ["seven", "nine", "ten", "six", "eleven"]),  # a number alone counts on past nine
])
def test_a_spelled_number_moves_within_its_units(answer, wrong):
    from quizgen.questions.distractors import numeric_variants

    assert numeric_variants(answer) == wrong


@pytest.mark.parametrize("answer", ["between 700,000 and one million", "between 10 and 20", "2.6% to 10.4%",
                                    "from 30 to 45 minutes"])
def test_a_range_gets_no_moved_figures(answer):
    """"TNT expects _____ set-top boxes to be sold" (between 700,000 and one million): a tune card offered ranges
    that differed only in their upper bound, rated 'distractors unsound'."""
    from quizgen.questions.distractors import numeric_variants

    assert numeric_variants(answer) == []
    assert numeric_variants("one and a half million")  # one figure, not two


@pytest.mark.parametrize("answer, wrong", [
    # a percentage with decimals keeps them: "79.2 percent" beside "as high as 39.6 percent" (a top tax rate) was
    # "double the answer" to three raters of one card, "77.0 percent" beside 38.5 to another
    ("as high as 39.6 percent", ["as high as 29.6 percent", "as high as 49.6 percent", "as high as 59.6 percent"]),
    ("38.5 percent", ["28.5 percent", "48.5 percent", "58.5 percent"]),
    ("about 13.7%", ["about 18.7%", "about 23.7%", "about 8.7%"]),
    # a whole percentage halves but is not doubled ("44 percent" beside a 22 percent rate, set AH: "not believable");
    # a figure that is no share still doubles and halves
    ("40 percent", ["20 percent", "30 percent", "50 percent", "60 percent"]),
    ("about 40 percent", ["about 20 percent", "about 30 percent", "about 50 percent", "about 60 percent"]),
    ("$39.6 million", ["$19.8 million", "$29.6 million", "$49.6 million", "$59.6 million", "$79.2 million"]),
])
def test_a_percentage_with_decimals_is_not_doubled_or_halved(answer, wrong):
    from quizgen.questions.distractors import numeric_variants

    assert sorted(numeric_variants(answer)) == wrong


def test_a_count_below_thirty_moves_by_half_its_tens():
    from quizgen.questions.distractors import numeric_variants

    assert numeric_variants("15") == ["10", "20", "25", "30", "7.5"]
    assert numeric_variants("45") == ["35", "55", "65", "90", "22.5"]


@pytest.mark.parametrize("answer, wrong, never", [
    # an estimate's near neighbour is no wrong answer: "about 9 miles" is "about 10 miles" too (a blind rater)
    ("about 10 miles", {"about 13 miles", "about 15 miles", "about 20 miles", "about 5 miles"}, {"about 9 miles",
                                                                                               "about 8 miles"}),
    ("nearly 1,200", {"nearly 1,700", "nearly 600"}, {"nearly 1,100", "nearly 1,300"}),
    ("about 63 percent", {"about 53 percent", "about 73 percent"}, set()),  # ten points off a share: wrong all the same
    ("about 40 miles", {"about 30 miles", "about 50 miles", "about 60 miles"}, set()),
    # an exact count keeps its neighbours
    ("10 miles", {"9 miles", "11 miles"}, set()),
])
def test_an_estimate_moves_by_at_least_a_quarter(answer, wrong, never):
    from quizgen.questions.distractors import numeric_variants

    variants = set(numeric_variants(answer))
    assert wrong <= variants and not never & variants, variants


@pytest.mark.parametrize("age, variants", [
    ("5", ["3", "6", "4", "2", "7", "1", "8"]),  # a child's age moves by single years, above nought
    ("16", ["14", "17", "15", "13", "18", "12", "19"]),  # a teenager's too (an adult's are held apart elsewhere)
    ("40", ["43", "37", "45", "35", "48", "32", "50", "30", "53", "27"]),  # an adult's by years, not by its tens
])
def test_an_age_moves_by_years_and_a_childs_by_single_years(age, variants):
    from quizgen.questions.distractors import age_variants

    assert age_variants(age) == variants


@pytest.mark.parametrize("sentence, answer, age", [
    # "when she was 16" and "16 years old" are ages: the options stay on the same side of adulthood (an AB1 rater on
    # 21, 26 and 32 beside 16: "the only teenage option gives it away")
    ("Ada Brun said the fire started when she was 16 and living in Dunford.", "16", True),
    ("Tom Vell was 16 years old when he left Dunford.", "16", True),
    ("Tom Vell opened 16 shops in Dunford.", "16", False),
])
def test_an_age_is_read_off_its_words(sentence, answer, age):
    from quizgen.questions.distractors import _age_slot
    from tests.factory import fact

    assert _age_slot(fact(sentence, answer, 0)) is age


def test_numbers_within_a_factor_of_four_are_on_one_scale_fractions_too():
    from quizgen.questions.distractors import _same_scale

    assert _same_scale("5 million", "20 million") and not _same_scale("5 million", "21 million")
    assert _same_scale("0.5%", "0.8%") and not _same_scale("0%", "1%")


def test_a_body_with_an_acronym_in_its_name_takes_no_the():
    from quizgen.questions.distractors import _takes_the

    assert _takes_the("Security Council")
    assert not _takes_the("UN Security Council") and not _takes_the("NBC News Bureau")


def test_a_name_after_a_capitalised_word_is_inside_a_longer_name():
    import re

    from quizgen.questions.distractors import _inside_a_name

    text = "He joined the Federal Reserve Board in 2010."
    assert _inside_a_name(text, re.search("Reserve Board", text))  # part of "Federal Reserve Board"
    assert not _inside_a_name(text, re.search("Federal Reserve Board", text))


def test_what_is_true_for_a_fact_takes_its_sentence_and_its_identity():
    from quizgen.questions.distractors import ArticleFacts

    first = _fact("The museum opened in Leeds.", "Leeds", FactKind.PLACE, 0)
    again = Fact(kind=FactKind.PLACE, answer="Yorkshire", sentence="It stands in Yorkshire.", start=13, end=22,
                 sentence_index=3, anchor="a0")  # the same identity (anchor, kind) told in another sentence
    other = _fact("A gallery opened in York.", "York", FactKind.PLACE, 5)
    article = ArticleFacts([first, again, other])
    assert article.true_for(first) == {"leeds", "yorkshire"}
    outside = _fact("A park opened in Hull.", "Hull", FactKind.PLACE, 9)  # neither its sentence nor its identity
    assert article.true_for(outside) == set()


def test_a_name_the_article_never_gives_is_tied_to_nobody():
    from quizgen.questions.distractors import ArticleFacts

    ceo = _fact("Maria Lopez runs Acme Corp.", "Maria Lopez", FactKind.PERSON, 0)
    acme = _fact("Maria Lopez runs Acme Corp.", "Acme Corp.", FactKind.ORGANIZATION, 0)
    acme_later = _fact("Acme Corp. grew fast.", "Acme Corp.", FactKind.ORGANIZATION, 1)
    article = ArticleFacts([ceo, acme, acme_later])
    assert not article.tied("Zenith Ltd.", ceo, {"acme corp."})  # never named: no tie, no error


def test_a_part_of_a_whole_is_never_the_whole_itself():
    from quizgen.questions.distractors import _number_fits

    part = _fact("Police questioned 12 of the 48 workers.", "12", FactKind.COUNT, 0)
    assert _number_fits("20", part, None)
    assert not _number_fits("48", part, None) and not _number_fits("60", part, None)


def test_the_whole_of_a_breakdown_is_a_count_of_another_sentence():
    from quizgen.questions.distractors import ArticleFacts, _whole_above

    sentence = "The team won 20 games and drew 26."
    won, drew = _fact(sentence, "20", FactKind.COUNT, 0), _fact(sentence, "26", FactKind.COUNT, 0)
    sold = _fact("It sold 27 shirts.", "27", FactKind.COUNT, 1)
    spent = _fact("It spent $22 on paint.", "$22", FactKind.AMOUNT, 2)
    article = ArticleFacts([won, drew, sold, spent])
    assert _whole_above(won, "20", article) == 27  # not 26 of its own sentence, nor $22, an amount


def test_surnames_are_drawn_from_the_article_full_names():
    from quizgen.questions.answer_types import FineType
    from quizgen.questions.distractors import ArticleFacts, _article_candidates

    facts = _article(FactKind.PERSON, [("Senator Maria Lopez spoke first.", "Maria Lopez"),
                                       ("Coach John Okafor spoke next.", "John Okafor")])
    names = [n for n, _ in _article_candidates(FineType("person", "surname"), ArticleFacts(facts))]
    assert sorted(names) == ["Lopez", "Okafor"]


def _people(answer_sentence: str, *more: str) -> list[Fact]:
    """Maria Lopez in ``answer_sentence`` (and in ``more``), three women, two men and two people of no known
    gender (each shown a person only by a later mention of their surname), one a sentence."""
    rows = [answer_sentence, *more, "Ana Ruiz said she was tired.", "Lena Park said she was tired.",
            "Rosa Diaz said she was tired.", "Tom Baker said he was tired.", "Sam Holt said he was tired."]
    facts = [_fact(s, s.split(" said")[0].split(", ")[-1].split(" sold")[0], FactKind.PERSON, i)
             for i, s in enumerate(rows)]
    for i, (surname, full) in enumerate([("Okafor", "John Okafor"), ("Reyes", "Kim Reyes")], start=len(rows)):
        sentence = f"{surname} arrived late."
        facts.append(Fact(kind=FactKind.PERSON, answer=surname, sentence=sentence, start=0, end=len(surname),
                          sentence_index=i, anchor=f"a{i}", canonical=full))
    return facts


_WOMEN = {"Ana Ruiz", "Lena Park", "Rosa Diaz"}


def test_a_slot_her_pronouns_follow_takes_only_women():
    facts = _people("When he called, Maria Lopez said she would sell her shares.")
    offered = {c for options in _options(facts[0], facts) for c in options}
    assert offered == _WOMEN  # "he" before the slot is someone else; no man, nor anyone of unknown gender


def test_an_answer_known_as_a_woman_elsewhere_takes_no_man():
    facts = _people("Maria Lopez sold the shares on Monday.", "Maria Lopez said she was glad.")
    offered = {c for options in _options(facts[0], facts) for c in options}
    assert offered <= _WOMEN | {"John Okafor", "Kim Reyes"} and offered & _WOMEN, offered


def test_a_number_told_for_the_same_thing_elsewhere_is_never_offered():
    facts = _article(FactKind.COUNT, [
        ("The school hired 36 teachers.", "36"), ("The club sold 48 tickets.", "48"),
        ("The farm kept 52 goats.", "52"), ("The band played 44 songs.", "44"), ("The shop sold 33 hats.", "33"),
    ])
    again = _fact("By June it had hired 40 teachers.", "40", FactKind.COUNT, 5)
    facts.append(replace(again, anchor=facts[0].anchor))  # one identity: the hiring, told in another sentence
    offered = {c for options in _options(facts[0], facts) for c in options}
    assert offered and "40" not in offered  # the same hiring told again: also right


@pytest.mark.parametrize("sentence, answer, before, after", [
    # the answer comes after a year its sentence gives: every wrong year does too
    ("Velmland will land a crew on the Moon by 2024 and build a base there by 2028.", "2028", 2024, None),
    ("Debt payments in Velmland will pass school spending in 2020 and the defence budget in 2023.", "2023", 2020,
     None),
    # and before one
    ("Ines Marlow won the Dunford Prize in 2015 and the Kvam Medal in 2016.", "2015", None, 2016),
])
def test_a_wrong_year_stands_on_the_answers_side_of_the_sentences_years(sentence, answer, before, after):
    facts = _article(FactKind.DATE, [(sentence, answer), ("The Dunford bridge opened in 2012.", "2012")])
    for options in _options(facts[0], facts):
        years = [int(option) for option in options]
        assert before is None or all(year > before for year in years), options
        assert after is None or all(year < after for year in years), options


@pytest.mark.parametrize("sentence, answer", [
    ("Shoppers in Velmland spent $726 billion on food and drink in 2018.", "$726 billion"),
    ("The average price of a home in Dunford reached $640,479 in March 2019.", "$640,479"),
    ("The new Kvam railway line will run for 190 miles from Dunford to the coast.", "190 miles"),
])
def test_no_option_set_holds_the_answers_half_and_its_double(sentence, answer):
    """Half and double the answer among its options make it their middle ("$363 billion", "$1452 billion" for $726
    billion: a blind rater's "anchor")."""
    from quizgen.questions.distractors import value_of

    facts = _article(FactKind.AMOUNT, [(sentence, answer)])
    value = value_of(answer)
    for options in _options(facts[0], facts):  # three options under every seed: never an empty pass
        values = [value_of(o) for o in options]
        assert not any(abs(a * b - value * value) <= 0.02 * value * value and max(a, b) >= 1.4 * value
                       for i, a in enumerate(values) for b in values[i + 1:]), options


@pytest.mark.parametrize("sentence, answer", [
    ("The Dunford bridge was first built in the 1800s, when the river still carried trade.", "the 1800s"),
    ("The Kvam mill stood empty through the 1900s until a trust bought it.", "the 1900s"),
])
def test_a_centurys_first_decade_takes_no_decade_of_that_century(sentence, answer):
    """"The 1800s" may be the whole century: "the 1810s" beside it would be right too (two blind raters)."""
    facts = _article(FactKind.DATE, [(sentence, answer)])
    century = answer.split()[-1][:2]
    for options in _options(facts[0], facts):
        assert not any(o.split()[-1][:2] == century for o in options), options


def test_no_wrong_share_is_the_whole():
    """"Fatal in up to _____" (90 per cent): "100 per cent" is true of any share (a stop-52 rater: "arguably
    correct"), so it is never a wrong option; a share far from the whole keeps its options."""
    from tests.factory import options, placed_fact

    near = placed_fact("Untreated, the disease kills up to 90 per cent of those infected in Velmland.", "90 per cent",
                       FactKind.COUNT, 0)
    assert all(chosen is None or not any(o.startswith("100") for o in chosen) for chosen in options(near, [near]))
    far = placed_fact("Untreated, the disease kills up to 40 per cent of those infected in Velmland.", "40 per cent",
                      FactKind.COUNT, 0)
    assert all(chosen is not None for chosen in options(far, [far]))
