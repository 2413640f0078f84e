"""Small helpers on spaCy spans shared by the extraction rules: text, bounds, trimming, token flags."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from quizgen.nlp.cache import CACHE_KEY, doc_cache, doc_text, doc_value
from quizgen.nlp.parse import columns_of

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

# Leading words that are not part of a name ("the International Institute …", "its Russia").
NAME_NOISE = frozenset("the a an this that these those its their his her our my your".split())
POSSESSIVE = frozenset({"'s", "’s", "'", "’"})
KEEP_AT_END = frozenset({"%", "‰", ")"})  # "4%" is not "4"


def span_text(doc: Doc, start: int, end: int) -> str:
    """``doc[start:end].text`` without making the span and its tokens (a slice of the doc's text)."""
    if start >= end:
        return ""
    columns = columns_of(doc)
    return doc_text(doc)[columns.idx[start]:columns.idx[end - 1] + len(columns.text[end - 1])]


def span_root(doc: Doc, start: int, end: int) -> int:
    """``doc[start:end].root.i`` without making the span: its token nearest the sentence root (spaCy's rule: a
    root inside the span wins, else the fewest steps up to the root among tokens hung outside the span, a childless
    space or punctuation counting as far away; the first on a tie, the span's first token if none)."""
    c = columns_of(doc)
    for i in range(start, end):
        if c.head[i] == i:
            return i
    parents = _children(doc)  # the tokens some other token hangs on
    best, root = len(c.head), -1
    for i in range(start, end):
        if start <= c.head[i] < end:
            continue
        if (c.is_space[i] or c.is_punct[i]) and i not in parents:
            steps = len(c.head) - 1
        else:
            steps, at = 0, i
            while c.head[at] != at:
                at, steps = c.head[at], steps + 1
                if steps >= len(c.head):
                    raise RuntimeError("the parse's heads run in a circle")  # as spaCy's own walk does
        if steps < best:
            best, root = steps, i
    return start if root == -1 else root


def sentence_root(doc: Doc, sent: Span) -> int:
    """``sent.root.i``, worked out once per span of the doc (the rules ask it of every sentence several times)."""
    key = (sent.start, sent.end)
    try:  # straight from the doc's cache: asked tens of thousands of times a corpus
        return doc.user_data[CACHE_KEY]["span_roots"][key]
    except KeyError:
        at = doc_cache(doc).setdefault("span_roots", {})[key] = span_root(doc, sent.start, sent.end)
        return at


def children(doc: Doc, i: int) -> tuple[int, ...]:
    """``[c.i for c in doc[i].children]`` (in order, as spaCy gives them), read from the doc's columns."""
    return _children(doc).get(i, ())


def _children(doc: Doc) -> dict[int, tuple[int, ...]]:
    """Each token's children by its index, built once per doc from the columns' heads."""
    return doc_value(doc, "children", _children_of)


def _children_of(doc: Doc) -> dict[int, tuple[int, ...]]:
    kids: dict[int, list[int]] = {}
    for i, head in enumerate(columns_of(doc).head):
        if head != i:
            kids.setdefault(head, []).append(i)
    return {head: tuple(below) for head, below in kids.items()}


def sentence_bounds(sent: Span) -> tuple[int, int]:
    """Character bounds of a sentence without the white space spaCy keeps at its ends."""
    c = columns_of(sent.doc)
    first = next((i for i in range(sent.start, sent.end) if not c.is_space[i]), None)  # from each end: no list
    if first is None:
        return sent.start_char, sent.start_char
    last = next(i for i in range(sent.end - 1, first - 1, -1) if not c.is_space[i])
    return c.idx[first], c.idx[last] + len(c.text[last])


def trim_bounds(doc: Doc, start: int, end: int, drop_determiners: bool) -> tuple[int, int] | None:
    """Character bounds of tokens ``[start, end)`` without possessive endings, stray punctuation and (for names)
    determiners (no span made: asked of every entity)."""
    c = columns_of(doc)
    first, last = start, end - 1
    while first <= last and (c.is_space[first] or c.is_punct[first]
                             or (drop_determiners and c.lower[first] in NAME_NOISE)):
        first += 1
    while first < last and c.pos[first] == "VERB" and c.text[first].islower():
        first += 1  # "each post $100,000 bond": the model's amount took the verb before it
    while first <= last and (c.is_space[last] or (c.is_punct[last] and c.text[last] not in KEEP_AT_END)
                             or c.text[last] in POSSESSIVE):
        last -= 1
    opening = next((k for k in range(last - 1, first - 1, -1) if c.tag[k] == "``"), None)
    if opening is not None and not any(c.tag[k] == "''" for k in range(opening + 1, last + 1)):
        first = opening + 1  # "the ‘2.5 percent": the model's amount took the words before a quote it is in (set AI)
    if first < last and c.pos[last] == "NUM":  # the number first: few spans end in one
        owner = next((k for k in range(first, last) if c.tag[k] == "PRP$"), None)
        if owner is not None:
            first = owner + 1  # "about my seven" (turnovers): the model's number took the owner and a word before it
    if first > last:
        return None
    start_char, end_char = c.idx[first], c.idx[last] + len(c.text[last])
    text = doc_text(doc)[start_char:end_char]
    for ending in ("’s", "'s"):
        if text.endswith(ending) and end_char - start_char > len(ending):
            end_char -= len(ending)
    return start_char, end_char


class TokenFlags:
    """Which tokens are taken: constant-time overlap checks, one flag per token."""

    def __init__(self, size: int, spans: Iterable[tuple[int, int]] = ()) -> None:
        self.flags = bytearray(size)
        for span in spans:
            self.add(span)

    def add(self, span: tuple[int, int]) -> None:
        self.flags[span[0]:span[1]] = b"\x01" * (span[1] - span[0])

    def overlaps(self, span: tuple[int, int]) -> bool:
        return any(self.flags[span[0]:span[1]])
