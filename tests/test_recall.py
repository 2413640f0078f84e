"""Recall of the seed's gold facts, with the gold rule applied to cards as Anki renders them."""

from __future__ import annotations

from quizgen.questions.evaluate import load_gold, recall
from tests.anki_helpers import import_apkg, open_collection, rendered_cards
from tests.conftest import GOLD

RECALL_FLOOR = 1.0  # every gold fact: the lead's "Sunday night" was the last one missed


def test_seed_gold_recall_on_rendered_cards(seed_build, tmp_path):
    _, out = seed_build
    col = open_collection(tmp_path)
    try:
        import_apkg(col, out / "north-korea-launchers.apkg")
        cards = [c.card for c in rendered_cards(col)]
    finally:
        col.close()
    gold = load_gold(GOLD)
    report = recall(gold, cards)
    print(report.summary())
    assert len(gold) == 24
    assert report.recall >= RECALL_FLOOR, report.summary()
