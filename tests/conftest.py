"""Shared fixtures: the real spaCy pipeline and one real build of the seed article."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "north-korea-launchers.txt"
GOLD = Path(__file__).resolve().parent / "data" / "north-korea-launchers.gold.json"


@pytest.fixture(scope="session")
def nlp():
    from quizgen.nlp.load import load_pipeline

    return load_pipeline()


@pytest.fixture(scope="session")
def seed_build(nlp, tmp_path_factory):
    """The seed article built once into a temporary folder, with every card (``--all-cards``): recall measures what
    quizgen can find, not what the default budget chooses."""
    from quizgen.run.build import build

    out = tmp_path_factory.mktemp("seed-build")
    report = build([str(SEED)], out, nlp=nlp, cards=None)
    return report, out
