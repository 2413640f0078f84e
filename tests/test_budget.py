"""The deck is a budget: about 2.5 cards per 100 words, at most 2 on one sentence, best-ranked first."""

from __future__ import annotations

import re

import pytest

from quizgen.questions.ranking import MAX_DECK, deck_budget, rank, within_budget
from tests.factory import cloze


@pytest.mark.parametrize("words, cards", [(100, 2), (400, 10), (1000, 25), (5000, MAX_DECK), (10, 1)])
def test_deck_budget_follows_the_article_length(words, cards):
    assert deck_budget(words) == cards


def test_at_most_two_cards_on_one_sentence_and_the_best_kept():
    sentence = "Anna Berg, Carl Dunn and Erik Falk met Gina Holt in Oslo on 3 May."
    deck = [cloze(sentence, name, 0, score=score) for name, score in
            (("Anna Berg", 0.9), ("Carl Dunn", 0.8), ("Erik Falk", 0.7), ("Gina Holt", 0.95))]
    other = cloze("Ivan Jones won the race in Bergen.", "Ivan Jones", 1, score=0.1)
    kept = within_budget([*deck, other], 10)
    assert [q.answer for q in kept] == ["Anna Berg", "Gina Holt", "Ivan Jones"]  # article order, 2 + 1
    top = within_budget([*deck, other], 1)
    assert [q.answer for q in top] == [max(deck, key=rank).answer]
    assert within_budget([*deck, other], None) == [*deck, other]  # --all-cards: no budget, no cap


def test_cli_cards_and_all_cards_change_the_deck_size(tmp_path):
    from typer.testing import CliRunner

    from quizgen.cli import app
    from tests.conftest import SEED

    runner = CliRunner()
    sizes = {}
    for flag in ([], ["--cards", "5"], ["--all-cards"]):
        out = tmp_path / ("-".join(flag) or "default")
        result = runner.invoke(app, ["build", str(SEED), "--out", str(out), "-f", "apkg", *flag])
        assert result.exit_code == 0, result.output
        sizes[" ".join(flag)] = int(re.search(r"(\d+) cards", result.stdout).group(1))
    words = len(SEED.read_text(encoding="utf-8").split())
    assert sizes["--cards 5"] == 5
    assert sizes[""] <= deck_budget(words) < sizes["--all-cards"]
