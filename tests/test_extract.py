"""Facts from the real parse, on sentences written for the tests."""

from __future__ import annotations

import pytest

from quizgen.facts.extract import extract_facts
from quizgen.facts.model import FactKind


def _facts(nlp, text):
    return extract_facts(nlp(text))


def _by_answer(facts):
    return {f.answer: f for f in facts}


def test_offsets_point_at_the_answer(nlp):
    for fact in _facts(nlp, "The Spanish navy sent 12 frigates to Malta in March 2021. Officials in Rome objected."):
        assert fact.sentence[fact.start:fact.end] == fact.answer


def test_possessive_and_determiner_are_trimmed(nlp):
    facts = _by_answer(_facts(nlp, "Germany’s parliament met the United Nations' envoy at the European Central Bank."))
    assert "Germany" in facts and facts["Germany"].kind is FactKind.PLACE
    assert "European Central Bank" in facts and facts["European Central Bank"].kind is FactKind.ORGANIZATION
    names = {a: f for a, f in facts.items() if f.kind is not FactKind.CLAIM}  # a claim keeps its article
    assert not any(a.startswith(("the ", "The ")) or a.endswith(("’s", "'s")) for a in names)


def test_counts_carry_the_noun_they_count(nlp):
    facts = _by_answer(_facts(nlp, "The city bought 40 electric buses last year."))
    assert facts["40"].kind is FactKind.COUNT
    assert facts["40"].topic == "electric buses"


def test_bare_numbers_are_not_facts(nlp):
    facts = _facts(nlp, "The score was 3 to 1.")
    assert not [f for f in facts if f.kind is FactKind.COUNT]


def test_kinds_for_dates_money_people_places(nlp):
    facts = _by_answer(_facts(nlp, "On 3 May 2022, Maria Lopez paid $5 million for a factory in Chicago."))
    assert facts["3 May 2022"].kind is FactKind.DATE
    assert facts["$5 million"].kind is FactKind.AMOUNT
    assert facts["Maria Lopez"].kind is FactKind.PERSON
    assert facts["Chicago"].kind is FactKind.PLACE


def test_same_answer_twice_in_a_sentence_is_one_fact(nlp):
    facts = _facts(nlp, "Chicago fans cheered as Chicago won.")
    assert [f.answer for f in facts].count("Chicago") == 1


def test_facts_carry_a_plain_parse_aligned_with_the_sentence(nlp):
    (fact, *_) = _facts(nlp, "Maria Lopez opened the new bridge in Lyon on Monday.")
    parse = fact.parse
    assert parse is not None
    for tok in parse.tokens:
        assert fact.sentence[tok.idx:tok.idx + len(tok.text)] == tok.text
    assert parse.root.lemma == "open"
    assert [t.text for t in parse.subtree(parse.token_at(fact.sentence.index("bridge")))][:3] == ["the", "new", "bridge"]
    swapped = parse.with_text(0, "[Someone]")
    assert swapped.tokens[1].idx == parse.tokens[1].idx + len("[Someone]") - len("Maria")


def test_a_phrase_made_one_token_keeps_the_root_the_parse_put_inside_it():
    # a misparse seen on a news page: "the" hangs on a later noun and "2015" is the sentence's root; merged into one
    # token, the phrase must stay the root, or the sentence has none and the whole build stops
    from quizgen.nlp.parse import SentenceParse, Tok

    words = [("A", "det", 1), ("report", "nsubj", 3), ("on", "prep", 1), ("the", "det", 5), ("2015", "ROOT", 4),
             ("shutdown", "pobj", 2)]
    tokens, at = [], 0
    for i, (word, dep, head) in enumerate(words):
        tokens.append(Tok(i, word, " ", "", "NOUN", "NN", dep, head, at))
        at += len(word) + 1
    merged = SentenceParse(tuple(tokens)).with_phrase(3, 5, "[2015]")
    assert merged.root.text == "[2015]"
    assert [t.text for t in merged.tokens] == ["A", "report", "on", "[2015]", "shutdown"]


def test_an_amount_does_not_take_the_verb_before_it(nlp):
    # the model's MONEY entity was "post $100,000" (a fresh page's card blanked the verb: rated fixable 3 of 3)
    facts = _by_answer(_facts(nlp, "Tomas Vell and Ines Marlow were freed on the condition that each post "
                                   "$50,000 bail by Friday."))
    assert "$50,000" in facts and "post $50,000" not in facts
    # a capitalised first word the model calls a verb is the name's own ("Born This Way Foundation")
    named = _by_answer(_facts(nlp, "Lady Gaga's mother runs the Born This Way Foundation, which gave $2 million."))
    assert "Born This Way Foundation" in named


def test_percent_keeps_its_sign(nlp):
    facts = _by_answer(_facts(nlp, "Poland spends more than 4% of its budget on schools."))
    assert "more than 4%" in facts or "4%" in facts, facts


def test_the_us_is_a_place_not_a_pronoun(nlp):
    facts = _by_answer(_facts(nlp, "Talks between the US and Japan resumed in Geneva."))
    assert facts["US"].kind is FactKind.PLACE


def test_the_anchor_is_the_answers_governor_and_the_main_verb(nlp):
    anchors = {f.answer: f.anchor for f in _facts(nlp, "Maria Lopez opened the new bridge in Lyon on Monday.")}
    assert (anchors["Lyon"], anchors["Monday"], anchors["Maria Lopez"]) == ("in open", "on open", "open")
    roles = {f.answer: f.anchor for f in _facts(nlp, "Maria Lopez, the mayor of Lyon, opened the bridge.")}
    assert roles["mayor of Lyon"] == "lopez open"  # a role's governor is its person
    defined = {f.answer: f.anchor for f in _facts(
        nlp, "The Osprey-3, a twin-engine transport aircraft built in Italy, landed safely.")}
    assert defined["twin-engine transport aircraft"] == "osprey-3 land"


# Model-free: docs made by hand (tests/hand_doc.py) with the entities a rule needs.

def test_a_product_is_defined_by_its_appositive():
    from tests.hand_doc import hand_doc

    doc = hand_doc("The Walkman , a portable cassette player , sold well .", ents=["O", "B-PRODUCT"] + ["O"] * 9)
    assert ("portable cassette player", "Walkman") in {(f.answer, f.topic) for f in extract_facts(doc)
                                                      if f.kind is FactKind.DEFINITION}


def test_an_organisation_named_only_in_a_role_is_recovered():
    from tests.hand_doc import hand_doc

    doc = hand_doc("Tom Harper , a senior fellow at Chatham House , said so .",
                   ents=["B-PERSON", "I-PERSON"] + ["O"] * 11)
    facts = {(f.kind, f.answer) for f in extract_facts(doc)}
    assert (FactKind.ORGANIZATION, "Chatham House") in facts  # no organisation word: only the role shows it
    assert (FactKind.ROLE, "senior fellow at Chatham House") in facts


def test_a_surname_is_resolved_only_after_the_full_name():
    from tests.hand_doc import hand_doc

    doc = hand_doc("Berg was late . Anna Berg opened the bridge . Crowds cheered .",
                   ents=["O"] * 4 + ["B-PERSON", "I-PERSON"] + ["O"] * 7)
    people = [(f.sentence_index, f.sentence) for f in extract_facts(doc) if f.kind is FactKind.PERSON]
    assert people == [(1, "Anna Berg opened the bridge.")]  # "Berg" before the name is not yet anyone


def test_an_acronym_carries_the_full_name_without_its_article():
    from tests.hand_doc import hand_doc

    doc = hand_doc("Officials at the European Space Agency agreed . Later the ESA said so .",
                   ents=["O", "O", "B-ORG", "I-ORG", "I-ORG", "I-ORG", "O", "O", "O", "B-ORG", "I-ORG", "O", "O", "O"])
    orgs = [(f.answer, f.canonical) for f in extract_facts(doc) if f.kind is FactKind.ORGANIZATION]
    assert orgs == [("European Space Agency", ""), ("ESA", "European Space Agency")]


def test_an_opening_she_is_the_subject_of_the_sentence_before():
    from tests.hand_doc import hand_doc

    doc = hand_doc("Anna Berg thanked Maria Lopez . She left on Friday .",
                   deps="compound nsubj ROOT compound dobj punct nsubj ROOT prep pobj punct",
                   heads=[1, 2, 2, 4, 2, 2, 7, 7, 7, 8, 7],
                   ents=["B-PERSON", "I-PERSON", "O", "B-PERSON", "I-PERSON", "O", "O", "O", "O", "B-DATE", "O"])
    (day,) = [f for f in extract_facts(doc) if f.kind is FactKind.DATE]
    assert day.sentence == "[Anna Berg] left on Friday."  # the subject, not the other woman named


def test_an_opening_she_after_a_comma_is_named():
    from tests.hand_doc import hand_doc

    doc = hand_doc("Anna Berg thanked the crew . Still , she left on Friday .",
                   ents=["B-PERSON", "I-PERSON"] + ["O"] * 9 + ["B-DATE", "O"])
    (day,) = [f for f in extract_facts(doc) if f.kind is FactKind.DATE]
    assert day.sentence == "Still, [Anna Berg] left on Friday."


def test_an_amount_in_a_currency_ends_with_the_currency():
    from tests.hand_doc import hand_doc

    doc = hand_doc("The probe cost 40 euros in 2020 .", pos="DET NOUN VERB NUM NOUN ADP NUM PUNCT",
                   tags="DT NN VBD CD NNS IN CD .", ents=["O", "O", "O", "B-CARDINAL", "O", "O", "B-DATE", "O"])
    facts = {(f.kind, f.answer) for f in extract_facts(doc)}
    assert (FactKind.AMOUNT, "40 euros") in facts and not {a for k, a in facts if k is FactKind.COUNT}


def test_a_relative_day_left_as_written_shows_and_keeps_its_date(nlp):
    facts = extract_facts(nlp("Saturday is the anniversary of the launch."), article_date="2024-03-14")
    (day,) = [f for f in facts if f.kind is FactKind.DATE]
    assert (day.answer, day.canonical, day.resolved) == ("Saturday", "Saturday (9 March 2024)", "2024-03-09")
    assert day.sentence == "Saturday is the anniversary of the launch."


@pytest.mark.parametrize("text, date, sentence", [
    # the tense is the verb's, however deep the weekday hangs below it (a fresh page's "In addition to the three
    # fatalities at a fuel plant on Tuesday, … said another 30 people had been injured": no card on it, undated)
    ("In addition to the two deaths at a depot near the river on Monday, officials said 12 people had been hurt.",
     "2024-03-12",
     "In addition to the two deaths at a depot near the river on [Monday, 11 March 2024], officials said 12 people "
     "had been hurt."),
])
def test_a_weekday_is_dated_by_its_verb_however_deep_it_hangs(nlp, text, date, sentence):
    facts = extract_facts(nlp(text), article_date=date)
    assert {f.sentence for f in facts if f.answer == "12"} == {sentence}


def test_a_date_keeps_its_qualifier_and_a_name_takes_none():
    from tests.hand_doc import hand_doc

    doc = hand_doc("In late 2023 the late Anna Berg left .", ents=["O", "O", "B-DATE", "O", "O", "B-PERSON", "I-PERSON",
                                                                 "O", "O"])
    assert {(f.kind, f.answer) for f in extract_facts(doc)} >= {(FactKind.DATE, "late 2023"),
                                                               (FactKind.PERSON, "Anna Berg")}


def test_a_quote_by_no_one_known_leaves_the_next_quote(nlp):
    text = "“We will win this year,” he said. Anna Berg said: “The coast is safe now.”"
    quotes = [(f.answer, f.topic) for f in extract_facts(nlp(text)) if f.kind is FactKind.QUOTE]
    assert quotes == [("Anna Berg", "The coast is safe now")]  # "he" names no one: that quote alone is left


def test_a_day_opening_the_text_is_asked_without_its_mark(nlp):
    facts = extract_facts(nlp("Yesterday, Japan launched 3 satellites."), article_date="2024-03-14")
    (day,) = [f for f in facts if f.kind is FactKind.DATE]
    assert (day.answer, day.sentence, day.resolved) == ("13 March 2024", "On 13 March 2024, Japan launched 3 satellites.",
                                                       "2024-03-13")
    assert day.parse.text == day.sentence and day.parse.tokens[0].text == "On 13 March 2024"


def test_a_he_once_named_keeps_naming_the_same_man():
    from tests.hand_doc import hand_doc

    doc = hand_doc("Omar Diallo met Anna Berg . He left on Friday . He returned on Sunday .",
                   deps="compound nsubj ROOT compound dobj punct nsubj ROOT prep pobj punct nsubj ROOT prep pobj punct",
                   heads=[1, 2, 2, 4, 2, 2, 7, 7, 7, 8, 7, 12, 12, 12, 13, 12],
                   ents=["B-PERSON", "I-PERSON", "O", "B-PERSON", "I-PERSON", "O", "O", "O", "O", "B-DATE", "O",
                         "O", "O", "O", "B-DATE", "O"])
    days = [f.sentence for f in extract_facts(doc) if f.kind is FactKind.DATE]
    assert days == ["[Omar Diallo] left on Friday.", "[Omar Diallo] returned on Sunday."]  # "he": never Anna Berg


def test_a_type_inside_a_definition_is_no_second_fact(nlp):
    facts = extract_facts(nlp("The army showed the KN-25, a new transporter-erector launcher, at the parade."))
    assert ("new transporter-erector launcher", "KN-25") in {(f.answer, f.topic) for f in facts
                                                            if f.kind is FactKind.DEFINITION}
    assert not [f for f in facts if f.label == "EQUIPMENT_TYPE"]  # the definition already hides its words


@pytest.mark.parametrize(("text", "kept"), [
    # the model ran a date through a dash set off by spaces into the next clause: no such answer
    ("The Dunford-Velm railway opened in 2014 - years after it was planned.", set()),
    ("The bridge opened in May - weeks after the storm hit Dunford.", {"Dunford"}),
])
def test_an_answer_never_runs_across_a_spaced_dash(nlp, text, kept):
    assert {f.answer for f in extract_facts(nlp(text))} == kept
