"""Precision on the seed's fact list: every answer is a whole, meaningful span, once per sentence."""

from __future__ import annotations

import re
from collections import Counter

from quizgen.facts.model import FactKind
from quizgen.text import normalize

PRONOUNS = frozenset("he she it they him her them his hers its their theirs we us our i me my you your".split())
DETERMINERS = frozenset("the a an this that these those some any each every".split())
# Capitalised words that may stand before a name without being part of it.
NOT_NAME_WORDS = frozenset({"The", "A", "An", "In", "On", "At", "By", "From", "Since", "When", "After", "Before"})
NAMES = (FactKind.PERSON, FactKind.ORGANIZATION, FactKind.PLACE, FactKind.EQUIPMENT)


def _seed_facts(seed_build):
    report, _ = seed_build
    (result,) = report.results
    return result.facts


def test_no_answer_is_a_pronoun_or_a_bare_determiner(seed_build):
    for fact in _seed_facts(seed_build):
        country = len(fact.answer) > 1 and fact.answer.isupper()  # "US" is a country, "us" a pronoun
        assert country or normalize(fact.answer) not in PRONOUNS | DETERMINERS, fact
        assert re.search(r"\w", fact.answer), fact


def test_no_answer_is_cut_inside_a_word_or_a_name(seed_build):
    for fact in _seed_facts(seed_build):
        before, after = fact.sentence[:fact.start], fact.sentence[fact.end:]
        assert not before[-1:].isalnum() and not after[:1].isalnum(), fact
        if fact.kind in NAMES:
            # a capitalised word joined by a bare space would mean the name goes on ("North [Korea]")
            prev_word = re.search(r"(?:^|\s)([A-Za-z]+) $", before)
            next_word = re.match(r" ([A-Za-z]+)(?:\s|$)", after)
            assert not (prev_word and prev_word.group(1).istitle() and prev_word.group(1) not in NOT_NAME_WORDS), fact
            assert not (next_word and next_word.group(1).istitle()), fact


def test_no_two_facts_share_an_answer_in_one_sentence(seed_build):
    counts = Counter((f.sentence, normalize(f.answer)) for f in _seed_facts(seed_build))
    assert [key for key, n in counts.items() if n > 1] == []


def test_every_fact_keeps_its_answer_and_parse_aligned(nlp):
    from quizgen.facts.extract import extract_facts
    from tests.conftest import SEED

    for fact in extract_facts(nlp(SEED.read_text(encoding="utf-8"))):
        assert fact.sentence[fact.start:fact.end] == fact.answer
        assert fact.parse is not None and fact.parse.text == fact.sentence
        for tok in fact.parse.tokens:
            assert fact.sentence[tok.idx:tok.idx + len(tok.text)] == tok.text


def test_seed_has_the_new_kinds(seed_build):
    kinds = Counter(f.kind for f in _seed_facts(seed_build))
    for kind in (FactKind.EQUIPMENT, FactKind.DEFINITION, FactKind.ROLE, FactKind.QUOTE):
        assert kinds[kind] >= 1, kinds
