"""A first name's usual sex, for telling who a "he" or "she" is when a sentence names two people.

The names come from gender-guesser's dictionary (Jörg Michael's ``nam_dict.txt``, about 48,000 first names). Only its
data file is read, on first need, and searched name by name (indexed once many names are asked about): its own
detector parses it all and takes a second.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache, lru_cache
from importlib.resources import files

_FEMALE = frozenset({b"F", b"1F", b"?F"})
_MALE = frozenset({b"M", b"1M", b"?M"})


@cache
def _data() -> bytes:
    return (files("gender_guesser") / "data" / "nam_dict.txt").read_bytes()


# Scanning the file for one name costs about 3 ms, reading all of its lines into an index about 9 times that: a run
# that asks about a few names (one article: the seed asks 5) scans for them, one that goes on asking (a folder)
# indexes the file, having spent no more on scans than the index costs.
SCANS_BEFORE_INDEX = 9


# the dictionary's "mostly female / male": names English uses for either ("Taylor", "Riley", "Ashley")
_MOSTLY = frozenset({b"?F", b"?M"})


@lru_cache(maxsize=4096)
def _sex_of(first: str, mostly: bool = True) -> str:
    codes = _codes(first.encode("utf-8"))
    if not mostly and not _MOSTLY.isdisjoint(codes):
        return ""
    sexes = {"f" if code in _FEMALE else "m" if code in _MALE else "" if code == b"=" else "?" for code in codes}
    sexes.discard("")
    return sexes.pop() if len(sexes) == 1 and "?" not in sexes else ""  # "Kim", "Jordan": either


def _codes(name: bytes) -> Sequence[bytes]:
    """The codes the dictionary gives ``name``: scanned for while few names have been asked, from the index after."""
    return _index().get(name, ()) if _names_asked() > SCANS_BEFORE_INDEX else _scan(name)


def _names_asked() -> int:
    """How many names have been looked up: by ``is_first_name`` (most of them) and by ``_sex_of``."""
    return _sex_of.cache_info().misses + is_first_name.cache_info().misses


def _scan(name: bytes) -> list[bytes]:
    """The codes of the lines that give ``name`` (a line "M  Harry …": the code in columns 1–2, the name from column
    4 up to a space)."""
    data, key = _data(), b" " + name + b" "
    codes = []
    at = data.find(key)
    while at != -1:
        start = data.rfind(b"\n", 0, at) + 1
        if at - start == 2:
            codes.append(data[start:at].strip())
        at = data.find(key, at + 1)
    return codes


@cache
def _index() -> dict[bytes, list[bytes]]:
    """Every name with the codes of the lines that give it: what ``_scan`` finds, for all names in one pass."""
    index: dict[bytes, list[bytes]] = {}
    for line in _data().split(b"\n"):
        if line[2:3] == b" ":
            name, space, _ = line[3:].partition(b" ")
            if name and space:
                index.setdefault(name, []).append(line[:2].strip())
    return index


@lru_cache(maxsize=4096)
def is_first_name(word: str) -> bool:
    """Whether the word is a first name of the dictionary, of either sex or both ("Pauline", "Kim")."""
    if len(word) < 2 or not word.isalpha():
        return False
    return bool(_codes(word.capitalize().encode("utf-8")))


def usual_sex(name: str, mostly: bool = True) -> str:
    """"f" or "m" when the name's first word is a first name used for one sex only, else "". ``mostly=False``: not
    for a name the dictionary gives as only mostly one sex's either: telling who a "she" is, "Taylor Swift" must not
    be ruled out as a man."""
    words = name.split()
    first = words[0] if words else ""
    return _sex_of(first.capitalize(), mostly) if len(first) > 1 and first.isalpha() else ""
