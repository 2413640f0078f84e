"""The model's attribute rules (tag → POS and morphology, lemma exceptions) applied by table lookup.

spaCy's ``attribute_ruler`` runs every one of its patterns through a ``Matcher`` at every token: in
the English pipelines that is about a tenth of the whole parse, for what is mostly a tag map. The
same patterns compiled into tables keyed by tag and by lower-cased form give the same annotations
(same rules, same order: a later rule overrides an earlier one) for a fraction of the time. Only
patterns this module fully understands are compiled; a pipeline whose ruler uses anything else keeps
its own ruler.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

COMPONENT = "quizgen_attribute_table"
RULER = "attribute_ruler"
# Token features a pattern may test, in the column order of ``Doc.to_array``.
FEATURES = ("TAG", "LOWER", "DEP", "IS_SPACE")
_COLUMN = {name: n for n, name in enumerate(FEATURES)}

Test = Callable[[tuple[int, ...]], bool]
Hits = tuple[tuple[int, tuple[tuple[int, int], ...]], ...]  # (rule order, (attribute, value) pairs) per rule


class Unsupported(ValueError):
    """A pattern uses something the table cannot reproduce exactly."""


@dataclass(frozen=True)
class Rule:
    """One ruler entry: token tests for a fixed-length sequence, which token gets ``attrs``, and its order."""

    order: int
    tests: tuple[tuple[Test, ...], ...]
    index: int
    attrs: tuple[tuple[int, int], ...]


def _test(feature: str, value: Any, strings: Any) -> Test:
    column = _COLUMN[feature]
    if feature == "IS_SPACE":
        if not isinstance(value, bool):
            raise Unsupported(f"IS_SPACE {value!r}")
        wanted = int(value)
        return lambda row: row[column] == wanted
    if isinstance(value, str):
        key = strings[value]
        return lambda row: row[column] == key
    if isinstance(value, dict) and len(value) == 1:
        (op, arg), = value.items()
        if op in ("IN", "NOT_IN") and isinstance(arg, list) and all(isinstance(a, str) for a in arg):
            keys = frozenset(strings[a] for a in arg)
            if op == "IN":
                return lambda row: row[column] in keys
            return lambda row: row[column] not in keys
        if op == "REGEX" and isinstance(arg, str):
            search = re.compile(arg).search
            return lambda row: search(strings[row[column]]) is not None
    raise Unsupported(f"{feature} {value!r}")


def _token_tests(token: dict, strings: Any) -> tuple[Test, ...]:
    if not token or any(name not in _COLUMN for name in token):
        raise Unsupported(f"token pattern {token!r}")
    return tuple(_test(name, value, strings) for name, value in token.items())


def _setters_by_id() -> dict[int, str]:
    """Attribute IDs the table sets, and the token property each is set through."""
    from spacy.attrs import DEP, LEMMA, MORPH, POS, TAG

    return {POS: "pos", TAG: "tag", DEP: "dep", LEMMA: "lemma", MORPH: "morph"}


class AttributeTable:
    """Applies an ``AttributeRuler``'s patterns without a ``Matcher``; see the module docstring.

    One-token rules depend only on the token's own features, so what they give a feature tuple is
    worked out once and remembered; the few longer rules are tried where their first token fits.
    """

    CACHE_SIZE = 1 << 16

    def __init__(self, patterns: list[dict], normalized_attrs: list[dict[int, int]], strings: Any) -> None:
        self.single: _Index = _Index()
        self.longer: _Index = _Index()
        self._setters_by_hits: dict[tuple, tuple] = {}
        self._by_row: dict[tuple[int, ...], tuple[Hits, tuple[Rule, ...]]] = {}
        for order, (entry, attrs) in enumerate(zip(patterns, normalized_attrs)):
            unknown = set(attrs) - set(_setters_by_id())
            if unknown:  # extension attributes ("_") or ones the table does not set
                raise Unsupported(f"attributes {sorted(map(str, unknown))}")
            for sequence in entry["patterns"]:
                if not isinstance(sequence, list) or not sequence:
                    raise Unsupported(f"pattern {sequence!r}")
                rule = Rule(order=order, tests=tuple(_token_tests(t, strings) for t in sequence),
                            index=entry.get("index", 0) % len(sequence), attrs=tuple(attrs.items()))
                (self.single if len(sequence) == 1 else self.longer).add(rule, sequence[0], strings)

    def _row_rules(self, row: tuple[int, ...]) -> tuple[Hits, tuple[Rule, ...]]:
        """The one-token rules ``row`` fits, as (order, attrs) hits, and the longer rules whose first token it fits.

        Both depend on the token's own features only, so they are worked out once per feature tuple (two longer
        rules fit anywhere and were otherwise tried at every token)."""
        found = self._by_row.get(row)
        if found is None:
            hits = tuple((rule.order, rule.attrs) for rule in self.single.rules_for(row)
                         if all(test(row) for test in rule.tests[0]))
            longer = tuple(rule for rule in self.longer.rules_for(row, ordered=False)
                           if all(test(row) for test in rule.tests[0]))
            if len(self._by_row) >= self.CACHE_SIZE:
                self._by_row.clear()
            found = self._by_row[row] = (hits, longer)
        return found

    def _setters(self, vocab: Any, hits: Hits) -> tuple:
        """(attribute, value) pairs a token gets from ``hits`` (in rule order: a later value replaces one)."""
        from spacy.attrs import MORPH
        from spacy.tokens import MorphAnalysis

        names = _setters_by_id()
        final: dict[str, Any] = {}
        for _, attrs in sorted(hits, key=lambda hit: hit[0]):
            for name, value in attrs:
                final[names[name]] = MorphAnalysis.from_id(vocab, value) if name == MORPH else value
        return tuple(final.items())

    def __call__(self, doc: Doc) -> Doc:
        # the columns as lists, zipped into rows: far cheaper than a list of each row of the array
        rows = list(zip(*doc.to_array(list(FEATURES)).T.tolist()))
        n = len(rows)
        known = self._by_row.get
        found = [known(row) or self._row_rules(row) for row in rows]
        extra: dict[int, list[tuple[int, tuple[tuple[int, int], ...]]]] = {}
        for i, (_, longer) in enumerate(found):
            for rule in longer:
                if i + len(rule.tests) <= n and all(
                        test(rows[i + k]) for k, tests in enumerate(rule.tests[1:], 1) for test in tests):
                    extra.setdefault(i + rule.index, []).append((rule.order, rule.attrs))
        cache = self._setters_by_hits
        for i, (hits, _) in enumerate(found):
            if i in extra:
                hits = (*hits, *extra[i])
            if not hits:
                continue
            setters = cache.get(hits)
            if setters is None:
                setters = cache[hits] = self._setters(doc.vocab, hits)
            token = doc[i]
            for name, value in setters:
                setattr(token, name, value)
        return doc


class _Index:
    """Rules by the tag or lower-cased form their first token must have (the rest are tried everywhere)."""

    def __init__(self) -> None:
        self.rules: list[Rule] = []
        self.by_tag: dict[int, list[Rule]] = {}
        self.by_lower: dict[int, list[Rule]] = {}
        self.anywhere: list[Rule] = []

    def add(self, rule: Rule, first: dict, strings: Any) -> None:
        self.rules.append(rule)
        tags, lowers = _pinned(first.get("TAG"), strings), _pinned(first.get("LOWER"), strings)
        if tags is not None:
            for key in tags:
                self.by_tag.setdefault(key, []).append(rule)
        elif lowers is not None:
            for key in lowers:
                self.by_lower.setdefault(key, []).append(rule)
        else:
            self.anywhere.append(rule)

    def rules_for(self, row: tuple[int, ...], ordered: bool = True) -> list[Rule]:
        found = [*self.by_tag.get(row[0], ()), *self.by_lower.get(row[1], ()), *self.anywhere]
        if ordered:
            found.sort(key=lambda rule: rule.order)
        return found


def _pinned(value: Any, strings: Any) -> list[int] | None:
    """The values a test allows, when it allows only a listed few."""
    if isinstance(value, str):
        return [strings[value]]
    if isinstance(value, dict) and list(value) == ["IN"] and isinstance(value["IN"], list):
        return [strings[v] for v in value["IN"]]
    return None


def compile_ruler(ruler: Any) -> AttributeTable:
    """The table for ``ruler`` (an ``AttributeRuler``); raises ``Unsupported`` for patterns it cannot reproduce."""
    return AttributeTable(ruler.patterns, ruler.attrs, ruler.vocab.strings)


def with_attribute_table(nlp: Language) -> Language:
    """``nlp`` with its ``attribute_ruler`` swapped for the equivalent table, when every pattern compiles."""
    from spacy.language import Language

    if RULER not in nlp.pipe_names:
        return nlp
    ruler = nlp.get_pipe(RULER)
    try:
        table = compile_ruler(ruler)
    except Unsupported:
        return nlp
    if not Language.has_factory(COMPONENT):
        Language.factory(COMPONENT, func=_placeholder)
    nlp.replace_pipe(RULER, COMPONENT).table = table  # keeps the name "attribute_ruler"
    return nlp


class _TableComponent:
    """The pipeline slot holding a table (spaCy components are made by factories, the table is set after)."""

    def __init__(self) -> None:
        self.table: AttributeTable | None = None

    def __call__(self, doc: Doc) -> Doc:
        return self.table(doc) if self.table is not None else doc


def _placeholder(nlp: Language, name: str) -> _TableComponent:
    return _TableComponent()
