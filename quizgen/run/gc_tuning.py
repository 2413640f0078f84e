"""Fewer garbage collections while articles stream through the pipeline.

Making facts and questions allocates many small objects, and every so often Python's cycle collector
walks all tracked objects, the loaded model's included: about a sixth of quizgen's own time per
article went there. What is alive when the stream starts (the model, the word lists) is frozen out of
those walks, and the youngest generation is collected less often; both are restored afterwards.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager

YOUNG_THRESHOLD = 20_000  # Python's default is 700 allocations
_depth = 0
_saved: tuple[int, int, int] = gc.get_threshold()


@contextmanager
def fewer_collections() -> Iterator[None]:
    """Within the block: objects alive at its start are frozen, the young generation collected less often."""
    global _depth, _saved
    if _depth == 0:
        _saved = gc.get_threshold()
        gc.freeze()
        gc.set_threshold(max(YOUNG_THRESHOLD, _saved[0]), _saved[1], _saved[2])
    _depth += 1
    try:
        yield
    finally:
        _depth -= 1
        if _depth == 0:
            gc.set_threshold(*_saved)
            gc.unfreeze()
