"""Counts with what they count and their qualifiers; qualified and relative dates."""

from __future__ import annotations

import pytest
import spacy

from quizgen.facts.counts import qualifier_start, resolve_relative
from quizgen.facts.extract import extract_facts
from quizgen.facts.model import FactKind


@pytest.mark.parametrize(("sentence", "answer", "topic"), [
    ("The navy has fired warning shots on at least three occasions.", "at least three", "occasions"),
    ("Police found dozens of abandoned armoured vehicles near the bridge.", "dozens", "abandoned armoured vehicles"),
    ("The factory closed after more than 400 workers left.", "more than 400", "workers"),
    ("The city bought 40 electric buses.", "40", "electric buses"),
    ("The carrier grounded all 65 of its older jets.", "65", "older jets"),
])
def test_counts_keep_qualifier_and_noun(nlp, sentence, answer, topic):
    counts = {f.answer: f.topic for f in extract_facts(nlp(sentence)) if f.kind is FactKind.COUNT}
    assert counts.get(answer) == topic, counts


@pytest.mark.parametrize(("sentence", "answer"), [
    ("The factory closed in late 2023.", "late 2023"),
    ("The company has not paid a dividend for over a decade.", "over a decade"),
])
def test_dates_keep_their_qualifier(nlp, sentence, answer):
    assert answer in {f.answer for f in extract_facts(nlp(sentence)) if f.kind is FactKind.DATE}


def test_qualifier_rule_on_a_blank_pipeline():
    doc = spacy.blank("en")("They came on at least three occasions in late 2023.")
    assert doc[qualifier_start(doc, 5, "count"):6].text == "at least three"
    assert doc[qualifier_start(doc, 9, "date"):10].text == "late 2023"
    assert qualifier_start(doc, 5, "count", floor=4) == 5  # never reaches before the sentence


@pytest.mark.parametrize(("text", "shown", "iso"), [
    ("Sunday", "4 August 2024", "2024-08-04"),
    ("Sunday night", "4 August 2024", "2024-08-04"),
    ("Monday", "5 August 2024", "2024-08-05"),  # the article's own day
    ("last Monday", "29 July 2024", "2024-07-29"),
    ("next Friday", "9 August 2024", "2024-08-09"),
    ("yesterday", "4 August 2024", "2024-08-04"),
    ("last year", "2023", "2023"),
    ("June", "", ""),
    ("Sunday’s", "4 August 2024", "2024-08-04"),
])
def test_relative_dates(text, shown, iso):
    assert resolve_relative(text, "2024-08-05") == (shown, iso)  # a Monday


def test_relative_dates_need_an_article_date(nlp):
    assert resolve_relative("Sunday", "") == ("", "")
    doc = nlp("The parade of 300 tanks took place on Sunday in the capital.")
    dated = extract_facts(doc, article_date="2024-08-05")
    (day,) = [f for f in dated if f.kind is FactKind.DATE]
    assert (day.answer, day.resolved) == ("Sunday, 4 August 2024", "2024-08-04")
    assert day.sentence == "The parade of 300 tanks took place on Sunday, 4 August 2024 in the capital."
    (count,) = [f for f in dated if f.kind is FactKind.COUNT]  # another fact's card marks the inserted day
    assert count.sentence == "The parade of 300 tanks took place on [Sunday, 4 August 2024] in the capital."
    (undated,) = [f for f in extract_facts(doc) if f.kind is FactKind.DATE]
    assert (undated.answer, undated.sentence) == ("Sunday", "The parade of 300 tanks took place on Sunday in the capital.")


@pytest.mark.parametrize(("text", "found"), [
    ("The plant closed a decade ago after a fire.", ["a decade ago"]),
    ("They worked on it for over two years.", ["two years"]),
    ("The talks took several months.", ["several months"]),
    ("The dam was finished a few years ago.", ["a few years ago"]),
    ("The lab runs the test twice a year.", []),
    ("It rained for a day.", []),
    ("Two years ago the plant closed.", ["Two years ago"]),  # the unit second in the text
    ("The city bought 40 buses.", []),  # a number before another noun is a count
])
def test_durations_the_model_may_miss_on_a_blank_pipeline(text, found):
    from quizgen.facts.counts import durations

    doc = spacy.blank("en")(text)
    assert [doc[s:e].text for s, e in durations(doc, set())] == found


def test_duration_gets_its_qualifier(nlp):
    facts = extract_facts(nlp("The team had worked on the probe for over a decade."))
    assert "over a decade" in {f.answer for f in facts if f.kind is FactKind.DATE}


def test_a_number_of_euros_is_an_amount(nlp):
    facts = extract_facts(nlp("The probe weighs six tonnes and cost 1.6 billion euros."))
    assert ("1.6 billion euros", FactKind.AMOUNT) in {(f.answer, f.kind) for f in facts}
    assert not [f for f in facts if f.kind is FactKind.COUNT and "euro" in f.topic]


@pytest.mark.parametrize(("written", "iso"), [
    ("2024-08-05", "2024-08-05"), ("2024-08-05T09:30:00Z", "2024-08-05"), ("5 August 2024", "2024-08-05"),
    ("August 5, 2024", "2024-08-05"), ("Aug 5th, 2024", "2024-08-05"), ("2024-13-40", None), ("soon", None),
])
def test_article_dates_in_common_forms(written, iso):
    from quizgen.facts.counts import parse_iso

    found = parse_iso(written)
    assert (found.isoformat() if found else None) == iso


@pytest.mark.parametrize(("text", "number", "noun"), [
    ("The score was 3", 3, None),  # a cut-off text ending in its number
    ("They sold 3 tanks", 2, "tanks"),
    ("They sold 3 tanks .", 2, "tanks"),
])
def test_the_word_after_a_number_when_the_parse_misses_the_link(text, number, noun):
    from quizgen.facts.counts import counted_noun
    from tests.hand_doc import hand_doc

    words = text.split()
    doc = hand_doc(text, pos=" ".join("NUM" if w.isdigit() else "NOUN" if w in ("tanks", "score") else "X"
                                      for w in words),
                   tags=" ".join("NNS" if w == "tanks" else "NN" if w == "score" else "XX" for w in words))
    found = counted_noun(doc[number:number + 1])
    assert (found.text if found is not None else None) == noun


def test_a_duration_never_overlaps_a_mention():
    from quizgen.facts.counts import durations

    doc = spacy.blank("en")("The talks took several months.")
    assert [doc[s:e].text for s, e in durations(doc, {4})] == []  # "months" is already part of a date
    assert [doc[s:e].text for s, e in durations(doc, {3})] == []
    assert [doc[s:e].text for s, e in durations(doc, {2})] == ["several months"]


def test_a_count_does_not_start_at_its_owner(nlp):
    """The model's number "about my seven" (turnovers): the card offered "about my six" and "about my ten" as wrong
    answers (a fresh page). The count is "seven"."""
    doc = nlp("“I thought he was joking about my seven turnovers,” Lorna Vesk said after the game in Dunford.")
    counts = [f.answer for f in extract_facts(doc) if f.kind is FactKind.COUNT]
    assert counts == ["seven"]


@pytest.mark.parametrize("sentence, amount", [
    # the model's amount took the words before the quotation it opens: the answer starts inside the quote
    ("Lorna Vesk wants the town to drop the ‘12 percent rule’ on Dunford bakeries.", "12 percent"),
    ("Lorna Vesk wants the town to drop the '12 percent rule' on Dunford bakeries.", "12 percent"),
    ("Lorna Vesk wants the town to drop its 12 percent levy on Dunford bakeries.", "12 percent"),
])
def test_an_amount_starts_inside_the_quotation_it_is_in(nlp, sentence, amount):
    amounts = [f.answer for f in extract_facts(nlp(sentence)) if "12" in f.answer]
    assert amounts == [amount]


@pytest.mark.parametrize(("sentence", "count", "kept"), [
    ("One way to grow your influence is by taking on more work.", "One", False),
    ("Here are five tips that make the filing system more effective.", "five", False),
    ("There are three reasons why the plan failed in Dunford.", "three", False),
    # a count of things the noun's own words name is one to learn
    ("The agency picked three other lunar lander ideas in May.", "three", True),
    ("The council approved five new schools in Dunford.", "five", True),
])
def test_a_count_of_ways_or_tips_is_how_the_writer_lists(nlp, sentence, count, kept):
    counts = {f.answer for f in extract_facts(nlp(sentence)) if f.kind is FactKind.COUNT}
    assert (count in counts) is kept


@pytest.mark.parametrize(("sentence", "kept"), [
    # a model or series number after its name, and a street number, are parts of names (stop-52 raters: "the
    # blank cut the name"; "'Apple Watch Series 8' is trivia")
    ("Dunford is expected to announce the upcoming Kvamphone 14 lineup, the Dunford Watch Series 8, and a new "
     "tablet in September.", ["September"]),
    ("Dunford will sell the Kvam Tab 7 and the Kvam Tab 9 this year.", []),
    ("The charity moved its office to 41 Velmland Plaza in 2019.", ["2019"]),
    # a number that counts, or a day of a month, stays
    ("The charity moved 41 Velmland families into new homes in 2019.", ["41", "2019"]),
    ("The charity opened on May 5 and moved in 2019.", ["May 5", "2019"]),
])
def test_a_number_inside_a_name_is_no_count_or_date(nlp, sentence, kept):
    facts = extract_facts(nlp(sentence))
    assert [f.answer for f in facts if f.kind in (FactKind.COUNT, FactKind.DATE)] == kept


@pytest.mark.parametrize("text, amount", [
    # the model reads the money without its currency sign: the answer takes it back, or the blank leaves "$" behind
    ("Cabin cleaners at Dunford airport make $10.50 an hour, the union said.", "$10.50"),
    ("Velm Steel reported $2.53 in per-share earnings for the third quarter.", "$2.53"),
    ("Tickets cost £12 at the Dunford gate.", "£12"),
    # ... and its scale written onto it: the blank would leave "m" behind ("[...] m of new investment")
    ("Velm Motors has announced £100m of new investment in its Dunford plant.", "£100m"),
    ("Velm Motors has announced an additional £100m for its Dunford plant.", "an additional £100m"),  # qualified
])
def test_an_amount_keeps_its_currency_sign(nlp, text, amount):
    assert [f.answer for f in extract_facts(nlp(text)) if f.kind is FactKind.AMOUNT] == [amount]
