"""Fewer collections while streaming, and Python's settings back as they were afterwards."""

from __future__ import annotations

import gc

from quizgen.run.gc_tuning import YOUNG_THRESHOLD, fewer_collections


def test_freezes_and_restores_even_when_nested_or_failing():
    before = gc.get_threshold()
    frozen_before = gc.get_freeze_count()
    try:
        with fewer_collections():
            assert gc.get_threshold()[0] >= YOUNG_THRESHOLD
            assert gc.get_freeze_count() > frozen_before  # what was alive is out of the walks
            with fewer_collections():  # nested: the inner block must not undo the outer one
                pass
            assert gc.get_threshold()[0] >= YOUNG_THRESHOLD
            raise RuntimeError("stop")
    except RuntimeError:
        pass
    assert gc.get_threshold() == before
    assert gc.get_freeze_count() == frozen_before


def test_garbage_made_inside_is_still_collected():
    class Node:
        def __init__(self) -> None:
            self.me = self

    with fewer_collections():
        for _ in range(1000):
            Node()  # cycles: only the collector frees them
        assert gc.collect() >= 1000
