"""A sentence's parse as plain frozen data, so question rules run and test without spaCy objects."""

from __future__ import annotations

from dataclasses import dataclass, replace
from functools import cached_property
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Span


@dataclass(frozen=True)
class Tok:
    """One token. ``i`` and ``head`` index the sentence's tokens; ``idx`` is the offset in the sentence text."""

    i: int
    text: str
    ws: str
    lemma: str
    pos: str
    tag: str
    dep: str
    head: int
    idx: int
    ent_type: str = ""
    ent_iob: str = "O"

    @property
    def lower(self) -> str:
        return self.text.lower()


@dataclass(frozen=True)
class SentenceParse:
    """The tokens of one sentence; each token's ``idx`` is its offset in the fact's sentence text."""

    tokens: tuple[Tok, ...]

    @property
    def text(self) -> str:
        return "".join(t.text + t.ws for t in self.tokens).rstrip()

    @property
    def root(self) -> Tok:
        return next(t for t in self.tokens if t.head == t.i)

    @cached_property
    def _children(self) -> dict[int, list[Tok]]:
        """Each token's children by its index, in sentence order: built once, the wh rules walk the tree often."""
        found: dict[int, list[Tok]] = {}
        for t in self.tokens:
            if t.head != t.i:
                found.setdefault(t.head, []).append(t)
        return found

    def children(self, tok: Tok) -> list[Tok]:
        return list(self._children.get(tok.i, ()))

    def subtree(self, tok: Tok) -> list[Tok]:
        """``tok`` and everything under it, in sentence order."""
        inside, todo = {tok.i}, [tok.i]
        while todo:
            for child in self._children.get(todo.pop(), ()):
                if child.i not in inside:
                    inside.add(child.i)
                    todo.append(child.i)
        return [t for t in self.tokens if t.i in inside]

    def token_at(self, offset: int) -> Tok | None:
        """The token covering character ``offset`` of the sentence."""
        for t in self.tokens:
            if t.idx <= offset < t.idx + len(t.text):
                return t
        return None

    def tokens_in(self, start: int, end: int) -> list[Tok]:
        """Tokens overlapping characters ``[start, end)``."""
        return [t for t in self.tokens if t.idx < end and t.idx + len(t.text) > start]

    def with_text(self, i: int, text: str) -> SentenceParse:
        """The same parse with token ``i``'s text replaced (e.g. a pronoun by a name); offsets shift."""
        shift = len(text) - len(self.tokens[i].text)
        tokens = tuple(
            replace(t, text=text) if t.i == i else replace(t, idx=t.idx + shift) if t.i > i else t
            for t in self.tokens
        )
        return SentenceParse(tokens)


def parse_of(sent: Span, start_char: int) -> SentenceParse:
    """Plain parse of a spaCy sentence; offsets count from ``start_char`` (the trimmed sentence start)."""
    tokens = [t for t in sent if not t.is_space]
    index = {t.i: n for n, t in enumerate(tokens)}
    out = []
    for n, t in enumerate(tokens):
        head = index.get(t.head.i, n)
        ws = t.whitespace_ if n + 1 < len(tokens) else ""
        if n + 1 < len(tokens) and tokens[n + 1].i != t.i + 1:
            ws = t.whitespace_ or " "  # a skipped space token still separates words
        out.append(Tok(i=n, text=t.text, ws=ws, lemma=t.lemma_, pos=t.pos_, tag=t.tag_, dep=t.dep_, head=head,
                       idx=t.idx - start_char, ent_type=t.ent_type_, ent_iob=t.ent_iob_))
    return SentenceParse(tuple(out))
