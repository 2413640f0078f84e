"""Small helpers on spaCy spans shared by the extraction rules: text, bounds, trimming, token flags."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

# Leading words that are not part of a name ("the International Institute …", "its Russia").
NAME_NOISE = frozenset("the a an this that these those its their his her our my your".split())
POSSESSIVE = frozenset({"'s", "’s", "'", "’"})
KEEP_AT_END = frozenset({"%", "‰", ")"})  # "4%" is not "4"


CACHE_KEY = "quizgen_cache"


def doc_cache(doc: Doc) -> dict:
    """Per-doc values the rules read often, built once (kept in ``user_data``; drop ``CACHE_KEY`` when done)."""
    cache = doc.user_data.get(CACHE_KEY)
    if cache is None:
        cache = doc.user_data[CACHE_KEY] = {}
    return cache


def doc_text(doc: Doc) -> str:
    """``doc.text``, built once per doc (spaCy rebuilds it on every access, which made long articles quadratic)."""
    cache = doc_cache(doc)
    text = cache.get("text")
    if text is None:
        text = cache["text"] = doc.text
    return text


def span_text(doc: Doc, start: int, end: int) -> str:
    """``doc[start:end].text`` without making the span and its tokens (a slice of the doc's text)."""
    from quizgen.parse import columns_of

    if start >= end:
        return ""
    columns = columns_of(doc)
    return doc_text(doc)[columns.idx[start]:columns.idx[end - 1] + len(columns.text[end - 1])]


def sentence_bounds(sent: Span) -> tuple[int, int]:
    """Character bounds of a sentence without the white space spaCy keeps at its ends."""
    tokens = [t for t in sent if not t.is_space]
    if not tokens:
        return sent.start_char, sent.start_char
    return tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)


def trim_span(tokens: Iterable[Token], drop_determiners: bool) -> tuple[int, int] | None:
    """Character bounds of a span without possessive endings, stray punctuation and (for names) determiners."""
    toks = list(tokens)
    while toks and (toks[0].is_space or toks[0].is_punct or (drop_determiners and toks[0].lower_ in NAME_NOISE)):
        toks.pop(0)
    while toks and (toks[-1].is_space or (toks[-1].is_punct and toks[-1].text not in KEEP_AT_END)
                    or toks[-1].text in POSSESSIVE):
        toks.pop()
    if not toks:
        return None
    start, end = toks[0].idx, toks[-1].idx + len(toks[-1].text)
    text = "".join(t.text_with_ws for t in toks)[:end - start]
    for ending in ("’s", "'s"):
        if text.endswith(ending) and end - start > len(ending):
            end -= len(ending)
    return start, end


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
