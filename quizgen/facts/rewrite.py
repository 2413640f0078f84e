"""Sentences as facts show them: one or more spaCy sentences, with marked insertions ("[Joseph Dempsey]")
in place of pronouns, and the parse and character offsets moved to match."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from quizgen.nlp.parse import SentenceParse, columns_of, parse_of
from quizgen.nlp.cache import doc_text
from quizgen.nlp.spans import sentence_bounds

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span


@dataclass(frozen=True)
class View:
    """The text and parse of a run of sentences, and how doc offsets map into it."""

    text: str
    parse: SentenceParse
    start: int  # doc offset of the text's first character
    edits: tuple[tuple[int, int], ...]  # (doc offset of a replaced token, length change)

    def offset(self, doc_offset: int) -> int:
        """Where a doc character offset lands in ``text``."""
        return doc_offset - self.start + sum(shift for at, shift in self.edits if at < doc_offset)


@dataclass
class Rewriter:
    """Pronoun tokens to replace, and the views of sentence runs with those replacements made."""

    doc: Doc
    sents: list[Span]
    insertions: dict[int, str] = field(default_factory=dict)  # token index → "[Full Name]" or "Full Name"
    _views: dict[tuple[int, int], View] = field(default_factory=dict)

    def insert(self, token: int, name: str) -> None:
        """Name the person token ``token`` stands for, marked in brackets."""
        self.insertions[token] = f"[{name}]"

    def expand(self, token: int, name: str) -> None:
        """Write a short name out in full ("Kim" → "Kim Jong Un"): the same words, so no brackets."""
        self.insertions.setdefault(token, name)

    def inserted(self, token: int) -> str:
        """The name inserted (in brackets) for ``token``, "" if none."""
        found = self.insertions.get(token, "")
        return found[1:-1] if found.startswith("[") else ""

    def view(self, first: int, last: int) -> View:
        """Sentences ``first..last`` with every insertion made (built once, after all insertions are known)."""
        if (first, last) not in self._views:
            self._views[(first, last)] = self._build(first, last)
        return self._views[(first, last)]

    def _build(self, first: int, last: int) -> View:
        span = self.doc[self.sents[first].start:self.sents[last].end]
        start, end = sentence_bounds(span)
        parse = parse_of(span, start)
        text = doc_text(self.doc)[start:end]
        is_space = columns_of(self.doc).is_space
        local = {i: n for n, i in enumerate(i for i in range(span.start, span.end) if not is_space[i])}
        edits = []
        for i in (i for i in range(span.start, span.end) if i in self.insertions and i in local):
            tok = parse.tokens[local[i]]
            new = self.insertions[i]
            text = text[:tok.idx] + new + text[tok.idx + len(tok.text):]
            edits.append((self.doc[i].idx, len(new) - len(tok.text)))
            parse = parse.with_text(local[i], new)
        return View(text, parse, start, tuple(edits))
