import ctypes
import multiprocessing

import pytest

from quizgen.run.worker_malloc import keep_large_blocks_in_workers

try:
    ctypes.CDLL(None).mallopt
    HAS_MALLOPT = True
except (OSError, AttributeError):
    HAS_MALLOPT = False


def _child(queue) -> None:
    queue.put((keep_large_blocks_in_workers(), keep_large_blocks_in_workers()))


def test_the_main_process_is_left_alone():
    assert keep_large_blocks_in_workers() is False
    assert keep_large_blocks_in_workers() is False


@pytest.mark.skipif(not HAS_MALLOPT, reason="no glibc mallopt in this C library")
@pytest.mark.skipif("fork" not in multiprocessing.get_all_start_methods(), reason="workers are forked only")
def test_a_forked_worker_sets_the_thresholds_once():
    keep_large_blocks_in_workers()  # the parent has looked before forking: the child must still look
    context = multiprocessing.get_context("fork")
    queue = context.Queue()
    child = context.Process(target=_child, args=(queue,))
    child.start()
    first, again = queue.get(timeout=30)
    child.join(timeout=30)
    assert (first, again) == (True, False)
    assert child.exitcode == 0
