"""Work done once per frozen object, kept beside its fields."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

T = TypeVar("T")
O = TypeVar("O")


def kept_beside(obj: O, name: str, work: Callable[[O], T]) -> T:
    """``work(obj)``, worked out once and kept beside the frozen dataclass's fields (in its ``__dict__``, not among
    them, so equality and copies are unchanged; a copy works it out afresh). A None result is kept too."""
    memo = obj.__dict__
    if name not in memo:
        memo[name] = work(obj)
    return memo[name]
