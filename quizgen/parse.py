"""A sentence's parse as plain frozen data, so question rules run and test without spaCy objects."""

from __future__ import annotations

from dataclasses import dataclass, replace
from functools import cached_property
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span


@dataclass(frozen=True)
class Tok:
    """One token. ``i`` and ``head`` index the sentence's tokens; ``idx`` is the offset in the sentence text."""

    i: int
    text: str
    ws: str
    lemma: str  # of verbs and auxiliaries; empty for other words unless the pipeline set one (no rule reads them)
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


@dataclass(frozen=True)
class DocColumns:
    """Every token's parse as plain lists, read from the doc in one go (``doc.to_array``), not token by token."""

    text: list[str]
    ws: list[str]
    lemma: list[str]
    pos: list[str]
    tag: list[str]
    dep: list[str]
    head: list[int]  # absolute token index
    idx: list[int]
    ent_type: list[str]
    ent_iob: list[str]
    is_space: list[bool]


def columns_of(doc: Doc) -> DocColumns:
    """The doc's columns, read once per doc (see ``quizgen.spans.doc_cache``)."""
    from quizgen.spans import doc_cache

    cache = doc_cache(doc)
    columns = cache.get("columns")
    if columns is None:
        columns = cache["columns"] = _read_columns(doc)
    return columns


def _read_columns(doc: Doc) -> DocColumns:
    from spacy.attrs import DEP, ENT_IOB, ENT_TYPE, HEAD, IDX, IS_SPACE, LEMMA, ORTH, POS, SPACY, TAG
    from spacy.parts_of_speech import NAMES as POS_NAMES
    from spacy.tokens import Token

    from quizgen.lemmas import lemma_of

    rows = doc.to_array([ORTH, SPACY, LEMMA, POS, TAG, DEP, HEAD, IDX, ENT_TYPE, ENT_IOB, IS_SPACE])
    orth, spacy_, lemma, pos, tag, dep, head, idx, ent_type, ent_iob, is_space = (c.tolist() for c in rows.T)
    strings, names = doc.vocab.strings, {0: ""}

    def name(key: int) -> str:
        found = names.get(key)
        if found is None:
            found = names[key] = strings[key]
        return found

    iob = Token.iob_strings()
    wrap = 1 << 64  # heads come as unsigned offsets from the token
    pos_names, tags = [POS_NAMES[k] for k in pos], [name(k) for k in tag]
    lemmas = [name(k) if k or not (t.startswith("VB") or p in ("VERB", "AUX")) else lemma_of(doc[i])
              for i, (k, t, p) in enumerate(zip(lemma, tags, pos_names))]  # verbs' lemmas, worked out if unset
    return DocColumns(
        text=[name(k) for k in orth], ws=[" " if s else "" for s in spacy_], lemma=lemmas,
        pos=pos_names, tag=tags, dep=[name(k) for k in dep],
        head=[i + (h - wrap if h >= wrap >> 1 else h) for i, h in enumerate(head)], idx=idx,
        ent_type=[name(k) for k in ent_type], ent_iob=[iob[k] for k in ent_iob], is_space=[bool(s) for s in is_space])


def parse_of(sent: Span, start_char: int) -> SentenceParse:
    """Plain parse of a spaCy sentence; offsets count from ``start_char`` (the trimmed sentence start)."""
    c = columns_of(sent.doc)
    kept = [i for i in range(sent.start, sent.end) if not c.is_space[i]]
    index = {i: n for n, i in enumerate(kept)}
    out = []
    last = len(kept) - 1
    for n, i in enumerate(kept):
        ws = c.ws[i] if n < last else ""
        if n < last and kept[n + 1] != i + 1:
            ws = c.ws[i] or " "  # a skipped space token still separates words
        out.append(Tok(i=n, text=c.text[i], ws=ws, lemma=c.lemma[i], pos=c.pos[i], tag=c.tag[i], dep=c.dep[i],
                       head=index.get(c.head[i], n), idx=c.idx[i] - start_char, ent_type=c.ent_type[i],
                       ent_iob=c.ent_iob[i]))
    return SentenceParse(tuple(out))
