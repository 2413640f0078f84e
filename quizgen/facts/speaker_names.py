"""A quote's speaker left as a bare surname: two people of the article share it ("Roosevelt" beside Franklin
Roosevelt and James Roosevelt Jr.), so either could be meant and the quote names no one (issue 14); or one person
of the article has it, so a surname the model read as a body is that person ("said Velardi" after "guitarist
Sergio Velardi"); and a quote that names by surname or first name the one its "he" would go on with speaks of
them, not as them."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from quizgen.facts.first_names import is_first_name
from quizgen.text import contains_word


def shared_surname(name: str, full_names: Iterable[str]) -> bool:
    """Whether ``name`` is one word and the last word (suffixes aside) of two or more of ``full_names``."""
    return len(name.split()) == 1 and len(_owners(name, full_names)) > 1


def surname_owner(name: str, full_names: Iterable[str], names: Sequence[str]) -> str | None:
    """The one person whose surname the one-word ``name`` is: among ``full_names`` (the article's people) and the
    article's ``names`` (its proper nouns, "" for every other word), where a first name stands before it ("guitarist
    Sergio Velardi", a name the model may miss); None when no one's or more than one's is."""
    if len(name.split()) != 1:
        return None
    owners = _owners(name, full_names)
    owners |= {f"{first} {name}" for first, word in zip(names, names[1:])
               if word == name and first.istitle() and is_first_name(first)}
    return next(iter(owners)) if len(owners) == 1 else None


def names_in_quote(full: str, words: str) -> bool:
    """Whether the quoted ``words`` name the person ``full`` by their surname, or by their first name alone ("Tom is
    the best keeper we have", not "Tom Hale"): someone speaks of them, not they."""
    parts = full.split()
    if not parts:
        return False
    if contains_word(words, _surname(full)):
        return True
    first = parts[0]
    return len(parts) > 1 and len(first) > 2 and first.istitle() and first in words and re.search(
        rf"(?<![\w'’]){re.escape(first)}(?![\w-])(?!\s+[A-Z])", words) is not None


_SUFFIXES = frozenset({"jr", "jr.", "sr", "sr.", "ii", "iii", "iv"})


def _owners(name: str, full_names: Iterable[str]) -> set[str]:
    """The full names (two words or more) of ``full_names`` whose surname is ``name``."""
    return {full for full in full_names if len(full.split()) > 1 and _surname(full) == name}


def _surname(full: str) -> str:
    """A full name's last word, suffixes aside ("Roosevelt" of "James Roosevelt Jr.")."""
    words = [w.rstrip(",") for w in full.split()]
    while len(words) > 1 and words[-1].lower() in _SUFFIXES:
        words.pop()
    return words[-1]
