"""An EntityRuler whose token patterns are tried only where a match can start.

spaCy's Matcher tries every token pattern at every token, calling each REGEX predicate on every
token of every article, though a designation ("Hwasong-11D") starts at perhaps one token in a
hundred. Here a pattern's first token is checked by its text and the space after it alone (its
TEXT/ORTH/LOWER and SPACY tests, remembered per distinct word), and the ruler's own matcher runs only
on the stretches of tokens starting at those words, as long as the longest pattern. A pattern
without operators matches the same tokens wherever it is tried, so the ruler finds the same matches
and sets the same entities; when a pattern's start cannot be told from its text (an operator, no
text test), every token may start one and the ruler runs as usual.
"""

from __future__ import annotations

import re
import warnings
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.pipeline import EntityRuler
    from spacy.tokens import Doc

COMPONENT = "quizgen_windowed_ruler"
_TEXT_KEYS = {"TEXT": False, "ORTH": False, "LOWER": True}  # attribute → compared in lower case


class _Unknown(Exception):
    """A pattern whose first token cannot be judged by its text."""


def _test(key: str, value: Any) -> Callable[[str], bool]:
    lower = _TEXT_KEYS[key]

    def text_of(word: str) -> str:
        return word.lower() if lower else word

    if isinstance(value, str):
        return lambda word: text_of(word) == value
    if isinstance(value, dict) and len(value) == 1:
        (op, arg), = value.items()
        if op == "REGEX":
            pattern = re.compile(arg)
            return lambda word: pattern.search(text_of(word)) is not None
        if op == "IN":
            options = frozenset(arg)
            return lambda word: text_of(word) in options
        if op == "NOT_IN":
            banned = frozenset(arg)
            return lambda word: text_of(word) not in banned
    raise _Unknown(f"{key}: {value!r}")


def _spec_test(spec: dict[str, Any], first: bool) -> Callable[[str, bool], bool]:
    """A token spec's tests on a word and the space after it; the others (part of speech, …) are left to
    the matcher. A first token without a text test could be any token."""
    tests = [_test(key, value) for key, value in spec.items() if key in _TEXT_KEYS]
    if first and not tests:
        raise _Unknown("no text test")
    spaced = spec.get("SPACY")
    if spaced is not None and not isinstance(spaced, bool):
        raise _Unknown(f"SPACY: {spaced!r}")
    return lambda word, space: (spaced is None or space == spaced) and all(test(word) for test in tests)


class StartFilter:
    """Which tokens may start a match: each pattern's first token, and its second, checked by text."""

    def __init__(self, patterns: Iterable[list[dict[str, Any]]]) -> None:
        patterns = list(patterns)
        if any("OP" in spec for p in patterns for spec in p):
            raise _Unknown("operator")  # a pattern's length and start are no longer fixed
        self.tests = [(_spec_test(p[0], True), _spec_test(p[1], False) if len(p) > 1 else None) for p in patterns]
        self.longest = max((len(p) for p in patterns), default=0)
        self.firsts = 0  # bits of every pattern's first-token test
        for n in range(len(self.tests)):
            self.firsts |= 1 << 2 * n
        self._bits: dict[tuple[int, int], int] = {}  # (orth, space) → tests passed: words recur in every article

    def _word_bits(self, word: tuple[int, int], strings: Any) -> int:
        bits = self._bits.get(word)
        if bits is None:
            text, space = strings[word[0]], bool(word[1])
            bits = 0
            for n, (first, second) in enumerate(self.tests):
                if first(text, space):
                    bits |= 1 << 2 * n
                if second is None or second(text, space):
                    bits |= 1 << 2 * n + 1
            self._bits[word] = bits
        return bits

    def starts(self, doc: Doc) -> list[int]:
        """Token indices where some pattern's first two tokens pass their text tests."""
        from spacy.attrs import ORTH, SPACY

        strings = doc.vocab.strings
        bits = [self._word_bits(word, strings) for word in map(tuple, doc.to_array([ORTH, SPACY]).tolist())]
        found = []
        for i, here in enumerate(bits):
            if not here & self.firsts:
                continue
            after = bits[i + 1] if i + 1 < len(bits) else 0
            for n, (_, second) in enumerate(self.tests):
                if here >> 2 * n & 1 and (second is None or after >> 2 * n + 1 & 1):
                    found.append(i)
                    break
        return found


class WindowedRuler:
    """The pipeline slot holding an EntityRuler, run with its token matcher limited to possible starts."""

    def __init__(self) -> None:
        self.ruler: EntityRuler | None = None
        self.filter: StartFilter | None = None

    def use(self, ruler: EntityRuler) -> None:
        """Run ``ruler`` (its patterns are read now: add them before)."""
        self.ruler = ruler
        try:
            self.filter = StartFilter(p for group in ruler.token_patterns.values() for p in group)
        except _Unknown:
            self.filter = None

    def _token_matches(self, doc: Doc) -> list[tuple[int, int, int]]:
        assert self.ruler is not None
        if self.filter is None:
            return list(self.ruler.matcher(doc))
        longest, matches = self.filter.longest, []
        window_start = window_end = -1
        for i in self.filter.starts(doc):
            if i <= window_end:  # overlapping stretches are run as one
                window_end = max(window_end, min(len(doc), i + longest))
                continue
            if window_start >= 0:
                matches += self._run(doc, window_start, window_end)
            window_start, window_end = i, min(len(doc), i + longest)
        if window_start >= 0:
            matches += self._run(doc, window_start, window_end)
        return matches

    def _run(self, doc: Doc, start: int, end: int) -> list[tuple[int, int, int]]:
        assert self.ruler is not None
        return [(key, start + s, start + e) for key, s, e in self.ruler.matcher(doc[start:end])]

    def __call__(self, doc: Doc) -> Doc:
        ruler = self.ruler
        if ruler is None or len(ruler) == 0:
            return doc
        with warnings.catch_warnings():  # as EntityRuler.match: W036 is a ruler without patterns of a kind
            warnings.filterwarnings("ignore", message="\\[W036")
            matches = self._token_matches(doc) + list(ruler.phrase_matcher(doc))
        final = sorted({(key, s, e) for key, s, e in matches if s != e},
                       key=lambda m: (m[2] - m[1], -m[1]), reverse=True)  # EntityRuler.match's order
        ruler.set_annotations(doc, final)
        return doc


def _placeholder(nlp: Language, name: str) -> WindowedRuler:
    return WindowedRuler()


def windowed(nlp: Language, name: str) -> Language:
    """``nlp`` with the EntityRuler called ``name`` run through a ``WindowedRuler`` (same name, same place)."""
    from spacy.language import Language

    ruler = nlp.get_pipe(name)
    if not Language.has_factory(COMPONENT):
        Language.factory(COMPONENT, func=_placeholder)
    nlp.replace_pipe(name, COMPONENT).use(ruler)
    return nlp
