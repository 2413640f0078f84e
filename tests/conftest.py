"""Shared fixtures: the real spaCy pipeline and one real build of the seed article."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "north-korea-launchers.txt"
GOLD = Path(__file__).resolve().parent / "data" / "north-korea-launchers.gold.json"
# an article whose every card is held back (a household name's): it makes no deck (``run.build.NO_DECK``)
HELD_BACK_ONLY = "The United Nations met on Sunday. The United Nations said nothing.\n"


_PIPELINE: list = []  # one per process: mutation testing (benchmarks/mutants.py) forks test runs from this one


@pytest.fixture(scope="session")
def nlp():
    if not _PIPELINE:
        from quizgen.nlp.load import load_pipeline

        _PIPELINE.append(load_pipeline())
    return _PIPELINE[0]


@pytest.fixture(scope="session")
def seed_build(nlp, tmp_path_factory):
    """The seed article built once into a temporary folder, with every card (``--all-cards``): recall measures what
    quizgen can find, not what the default budget chooses."""
    from quizgen.run.build import build

    out = tmp_path_factory.mktemp("seed-build")
    report = build([str(SEED)], out, nlp=nlp, cards=None)
    return report, out


def pytest_collection_modifyitems(config, items):
    """Mutation runs (benchmarks/mutants.py) leave out the tests on a whole seed build: one per mutant is too slow."""
    if not os.environ.get("QUIZGEN_MUTANTS"):
        return
    left_out = [item for item in items if "seed_build" in getattr(item, "fixturenames", ())]
    if left_out:
        config.hook.pytest_deselected(items=left_out)
        items[:] = [item for item in items if item not in left_out]


def pytest_runtest_setup(item):
    """Mutation runs: every test starts with quizgen's ``lru_cache`` memos empty. mutmut forks each mutant's run
    from a process that already ran the tests, so a memo filled there (``needs_context``) would answer for the
    mutated function below it and the mutant would survive unseen."""
    if not os.environ.get("QUIZGEN_MUTANTS"):
        return
    for name, module in list(sys.modules.items()):
        if name == "quizgen" or name.startswith("quizgen."):
            for value in list(vars(module).values()):
                if callable(getattr(value, "cache_clear", None)) and hasattr(value, "cache_info"):
                    value.cache_clear()
