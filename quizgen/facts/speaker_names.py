"""A quote's speaker left as a bare surname that two people of the article share ("Roosevelt" beside Franklin
Roosevelt and James Roosevelt Jr.): either could be meant, so the quote names no one (issue 14)."""

from __future__ import annotations

from collections.abc import Iterable


def shared_surname(name: str, full_names: Iterable[str]) -> bool:
    """Whether ``name`` is one word and the last word (suffixes aside) of two or more of ``full_names``."""
    if len(name.split()) != 1:
        return False
    owners = {full for full in full_names if len(full.split()) > 1 and name in _surnames(full)}
    return len(owners) > 1


_SUFFIXES = frozenset({"jr", "jr.", "sr", "sr.", "ii", "iii", "iv"})


def _surnames(full: str) -> set[str]:
    words = [w.rstrip(",") for w in full.split()]
    while len(words) > 1 and words[-1].lower() in _SUFFIXES:
        words.pop()
    return {words[-1]}
