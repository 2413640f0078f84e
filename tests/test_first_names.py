"""A first name's usual sex, from gender-guesser's name file: scanned name by name, or indexed once many are asked."""

import pytest

from quizgen.facts import first_names
from quizgen.facts.first_names import SCANS_BEFORE_INDEX, usual_sex


@pytest.fixture(autouse=True)
def fresh_caches():
    first_names._sex_of.cache_clear()
    first_names._index.cache_clear()
    yield
    first_names._sex_of.cache_clear()
    first_names._index.cache_clear()


@pytest.mark.parametrize("name, sex", [
    ("Maria Lopez", "f"),  # "F" and "1F" lines: one sex
    ("Harry Truman", "m"),  # "M" line; its "=" lines ("Harry Harald") say nothing
    ("Kim Jong Un", ""),  # used for both
    ("Jordan Peele", ""),
    ("The Guardian", ""),  # no name at all
    ("World Health Organization", ""),
    ("J. Smith", ""),  # an initial is no name
])
def test_usual_sex(name, sex):
    assert usual_sex(name) == sex


def _names_in_file(every: int) -> list[bytes]:
    lines = first_names._data().split(b"\n")
    return [line[3:].split(b" ", 1)[0] for line in lines[::every] if line[2:3] == b" " and line[3:4] != b" "]


def test_index_finds_what_scanning_finds():
    names = _names_in_file(every=97) + [b"Harry", b"Maria", b"Kim", b"This", b"Nobodyname"]
    index = first_names._index()
    for name in names:
        assert sorted(index.get(name, [])) == sorted(first_names._scan(name)), name


def test_many_names_read_the_index_and_agree_with_scanning():
    names = [n.decode("utf-8") for n in _names_in_file(every=401) if n.decode("utf-8", "replace").isalpha()]
    assert len(names) > 2 * SCANS_BEFORE_INDEX
    found = [first_names._sex_of(name) for name in names]
    assert first_names._index.cache_info().currsize == 1  # built once scanning stopped paying
    first_names._index.cache_clear()
    scanned = []
    for name in names:
        first_names._sex_of.cache_clear()  # every name asked as the first: scanned
        first_names.is_first_name.cache_clear()
        scanned.append(first_names._sex_of(name))
    assert first_names._index.cache_info().currsize == 0
    assert found == scanned


def test_names_asked_whether_they_are_first_names_count_toward_the_index():
    """Most lookups ask only whether a word is a first name: a run that goes on asking indexes the file (the count
    had held only the sex lookups, so a folder of articles scanned it for every new word, 3 ms each)."""
    names = [n.decode("utf-8") for n in _names_in_file(every=401) if n.decode("utf-8", "replace").isalpha()]
    first_names._sex_of.cache_clear()
    first_names.is_first_name.cache_clear()
    first_names._index.cache_clear()
    for name in names[:SCANS_BEFORE_INDEX + 2]:
        assert first_names.is_first_name(name)
    assert first_names._index.cache_info().currsize == 1
