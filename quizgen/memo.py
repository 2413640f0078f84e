"""Work done once per frozen object, kept beside its fields."""

from __future__ import annotations

from collections.abc import Callable
from typing import Generic, TypeVar, overload

T = TypeVar("T")
O = TypeVar("O")


def kept_beside(obj: O, name: str, work: Callable[[O], T]) -> T:
    """``work(obj)``, worked out once and kept beside the frozen dataclass's fields (in its ``__dict__``, not among
    them, so equality and copies are unchanged; a copy works it out afresh). A None result is kept too."""
    memo = obj.__dict__
    if name not in memo:
        memo[name] = work(obj)
    return memo[name]


class kept(Generic[O, T]):
    """A property worked out on first read and kept in the instance's ``__dict__`` (where later reads find it
    first): ``functools.cached_property`` without the lock Python 3.11 takes on every first read, which cost more
    than the work on the parse's many small frozen objects."""

    def __init__(self, work: Callable[[O], T]) -> None:
        self.work = work
        self.name = work.__name__
        self.__doc__ = work.__doc__

    def __set_name__(self, owner: type, name: str) -> None:
        self.name = name

    @overload
    def __get__(self, obj: None, owner: type | None = None) -> kept[O, T]: ...

    @overload
    def __get__(self, obj: O, owner: type | None = None) -> T: ...

    def __get__(self, obj, owner=None):
        if obj is None:
            return self
        value = obj.__dict__[self.name] = self.work(obj)
        return value
