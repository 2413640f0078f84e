"""Worker processes keep their large memory blocks instead of handing them back to the kernel at each batch.

Measured on 200 articles with ``--jobs 2``: each worker took ~800 fresh-page faults per article against ~40
for the same work in one process, 0.5 s of kernel time in all. Blocks above glibc's adaptive limit (32 MB)
are mapped afresh for every batch and unmapped when freed; with the thresholds below the worker reuses
them (faults 240,000 → 111,000; thresholds of 32 MB changed nothing). The main process is left as it is.
"""

from __future__ import annotations

import ctypes
import multiprocessing
import os

M_TRIM_THRESHOLD = -1  # glibc's mallopt parameters (malloc.h)
M_MMAP_THRESHOLD = -3
LARGE_BLOCK = 64 << 20  # blocks below this come from the heap, where freed memory is reused
TRIM_AT = 256 << 20  # free memory kept at the heap's top before it is returned

_checked_in: int | None = None  # the process that last looked (a forked child starts with its parent's value)


def keep_large_blocks_in_workers() -> bool:
    """In a worker process, set glibc's thresholds once; True if they were set now. Elsewhere, or without
    glibc's ``mallopt``, nothing happens."""
    global _checked_in
    pid = os.getpid()
    if _checked_in == pid:
        return False
    _checked_in = pid
    if multiprocessing.parent_process() is None:
        return False
    try:
        mallopt = ctypes.CDLL(None).mallopt  # the C library this process already runs on
    except (OSError, AttributeError):
        return False
    mallopt.argtypes = (ctypes.c_int, ctypes.c_int)
    return bool(mallopt(M_MMAP_THRESHOLD, LARGE_BLOCK)) and bool(mallopt(M_TRIM_THRESHOLD, TRIM_AT))
