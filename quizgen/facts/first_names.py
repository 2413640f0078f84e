"""A first name's usual sex, for telling who a "he" or "she" is when a sentence names two people.

The names come from gender-guesser's dictionary (Jörg Michael's ``nam_dict.txt``, about 48,000 first names). Only its
data file is read, on first need, and searched name by name: its own detector parses it all and takes a second.
"""

from __future__ import annotations

from functools import cache, lru_cache
from importlib.resources import files

_FEMALE = frozenset({b"F", b"1F", b"?F"})
_MALE = frozenset({b"M", b"1M", b"?M"})


@cache
def _data() -> bytes:
    return (files("gender_guesser") / "data" / "nam_dict.txt").read_bytes()


@lru_cache(maxsize=4096)
def _sex_of(first: str) -> str:
    data, key = _data(), b" " + first.encode("utf-8") + b" "
    sexes = set()
    at = data.find(key)
    while at != -1:
        start = data.rfind(b"\n", 0, at) + 1
        if at - start == 2:  # a line "M  Harry …": the code in columns 1–2, the name from column 4
            code = data[start:at].strip()
            sexes.add("f" if code in _FEMALE else "m" if code in _MALE else "" if code == b"=" else "?")
        at = data.find(key, at + 1)
    sexes.discard("")
    return sexes.pop() if len(sexes) == 1 and "?" not in sexes else ""  # "Kim", "Jordan": either


def usual_sex(name: str) -> str:
    """"f" or "m" when the name's first word is a first name used for one sex only, else ""."""
    words = name.split()
    first = words[0] if words else ""
    return _sex_of(first.capitalize()) if len(first) > 1 and first.isalpha() else ""
