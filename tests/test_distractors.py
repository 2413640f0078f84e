"""Distractor refusals on facts written for the tests, through the public ``choose_distractors``: no spaCy model.

Each refusal is checked over many seeds (``salt``), so a candidate the rule refuses would be drawn by at least one
of them if the rule were off; each test also checks that sound options are still found, so it cannot pass on an
empty result.
"""

from __future__ import annotations


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
