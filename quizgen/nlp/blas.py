"""Where the model's matrix products run: numpy's BLAS on one thread, not thinc's default blis kernels.

thinc multiplies matrices with blis unless told otherwise. The blis wheels pick a kernel for the CPU
at run time and fall back to blis's generic reference kernel on CPUs they do not know (seen here on an
AMD EPYC with AVX-512: every product of the parse ran on the reference kernel, a third of the parse
time). numpy's OpenBLAS picks an optimised kernel for the same CPU; the model's annotations come out
the same (``tests/test_blas.py`` compares them with the default arithmetic). One BLAS thread per
process: ``--jobs`` gives the parallelism, and two threads on two cores bought a few percent at twice
the CPU time.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager, nullcontext
from typing import ContextManager

ENV_VAR = "QUIZGEN_BLAS"  # "blis": keep thinc's default arithmetic


def wanted() -> bool:
    """Should pipelines load onto numpy's BLAS (unless ``$QUIZGEN_BLAS`` is "blis")?"""
    return os.environ.get(ENV_VAR, "").strip().lower() != "blis"


def numpy_blas_ops() -> ContextManager[None]:
    """A context in which loaded pipelines multiply with numpy's BLAS, when the current ops are thinc's CPU
    ops with blis (GPU or other ops chosen by the caller are left alone)."""
    from thinc.api import NumpyOps, get_current_ops, use_ops

    current = get_current_ops()
    if not wanted() or type(current) is not NumpyOps or not getattr(current, "use_blis", False):
        return nullcontext()
    return use_ops("numpy", use_blis=False)


@contextmanager
def one_blas_thread() -> Iterator[None]:
    """Limit numpy's BLAS to one thread for the block (worker processes forked inside it inherit the limit)."""
    from threadpoolctl import threadpool_limits

    with threadpool_limits(limits=1, user_api="blas"):
        yield
