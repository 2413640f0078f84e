"""Sentences as facts show them: one or more spaCy sentences, with marked insertions in place of words that point
back into the article ("He" → "[Joseph Dempsey]", "the company" → "[Apple]", "yesterday" → "on [13 March 2024]"),
and the parse and character offsets moved to match."""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from quizgen.nlp.parse import SentenceParse, columns_of, parse_of_tokens
from quizgen.nlp.cache import doc_cache, doc_text
from quizgen.nlp.spans import span_text
from quizgen.text import indefinite_article, reopens_quote

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

_MARKS = re.compile(r"[“”\"]")


def quoted_ranges(doc: Doc) -> list[tuple[int, int]]:
    """Doc character ranges inside quotation marks, paragraph by paragraph (a quote never runs on past its
    paragraph): an opening mark without its closing one quotes to the paragraph's end, a closing mark without
    its opening one from the paragraph's start. A quote keeps its own words, so nothing in it is replaced."""
    cache = doc_cache(doc)
    if "quoted_ranges" not in cache:
        out: list[tuple[int, int]] = []
        at = 0
        for para in doc_text(doc).split("\n"):
            opened, first = -1, True
            for mark in _MARKS.finditer(para):
                char = mark.group()
                if opened < 0 and char == "”":
                    if first:  # the quote began before the paragraph's first mark
                        out.append((at, at + mark.end()))
                elif opened < 0:
                    opened = mark.start()
                elif char != "“":
                    out.append((at + opened, at + mark.end()))
                    # '… crucial. "You are not …': one quote ends and the next opens (``reopens_quote``)
                    opened = mark.start() if char == '"' and reopens_quote(para, mark.start()) else -1
                first = False
            if opened >= 0:
                out.append((at + opened, at + len(para)))
            at += len(para) + 1
        cache["quoted_ranges"] = out
    return cache["quoted_ranges"]


def quotation_around(doc: Doc, char: int) -> tuple[int, int] | None:
    """The (start, end) doc characters of the quotation holding doc character ``char``, if any."""
    ranges = quoted_ranges(doc)
    at = bisect_left(ranges, (char + 1,)) - 1
    return ranges[at] if at >= 0 and ranges[at][0] <= char < ranges[at][1] else None


def is_quoted(doc: Doc, char: int) -> bool:
    """Is doc character ``char`` inside a quotation?"""
    return quotation_around(doc, char) is not None


@dataclass(frozen=True)
class View:
    """The text and parse of a run of sentences, and how doc offsets map into it."""

    text: str
    parse: SentenceParse
    start: int  # doc offset of the text's first character
    edits: tuple[tuple[int, int], ...]  # (doc offset of a replaced phrase, length change)

    def offset(self, doc_offset: int) -> int:
        """Where a doc character offset lands in ``text``."""
        if not self.edits:  # most sentences: no generator to run
            return doc_offset - self.start
        return doc_offset - self.start + sum(shift for at, shift in self.edits if at < doc_offset)


@dataclass(frozen=True)
class Replacement:
    """Tokens ``[start, end)`` shown as ``text``, which holds the inserted words once, in brackets."""

    start: int
    end: int
    text: str
    pos: str = ""  # the merged token's part of speech and entity label in the sentence's parse
    ent_type: str = ""

    @property
    def marked(self) -> bool:
        """Whether the text holds bracketed words (not so for a short name written out in full)."""
        return "[" in self.text

    @property
    def inserted(self) -> str:
        """The words inside the brackets ("" when there are none)."""
        return self.text[self.text.index("[") + 1:self.text.index("]")] if self.marked else ""

    @property
    def bracket(self) -> int:
        """Offset of the opening bracket in ``text``."""
        return self.text.index("[")


@dataclass
class Rewriter:
    """Phrases to replace, and the views of sentence runs with those replacements made."""

    doc: Doc
    sents: list[Span]
    replacements: dict[int, Replacement] = field(default_factory=dict)  # by first token
    _inside: set[int] = field(default_factory=set)  # every replaced token
    _spans: list[tuple[int, int, int]] = field(default_factory=list)  # (start char, end char, token), sorted
    _views: dict[tuple[int, int], View] = field(default_factory=dict)

    def insert(self, token: int, name: str) -> None:
        """Name the person token ``token`` stands for, marked in brackets."""
        self.replace(Replacement(token, token + 1, f"[{name}]"))

    def replace(self, replacement: Replacement) -> bool:
        """Show ``replacement`` instead of its tokens; False (and nothing done) when they are already replaced."""
        tokens = range(replacement.start, replacement.end)
        if any(i in self._inside for i in tokens):
            return False
        self.replacements[replacement.start] = replacement
        self._inside.update(tokens)
        return True

    def replaced(self, token: int) -> bool:
        """Is ``token`` part of a replaced phrase?"""
        return token in self._inside

    def expand(self, start: int, end: int, name: str) -> None:
        """Write a short name (tokens ``[start, end)``) out in full ("Kim" → "Kim Jong Un"): the same words, so no
        brackets. An "a" or "an" before it follows the name's new first letter ("an Obama stronghold" → "a Barack
        Obama stronghold")."""
        if self.replace(Replacement(start, end, name, pos="PROPN", ent_type="PERSON")) and start > 0:
            article, fitting = self.doc[start - 1].text, indefinite_article(name)
            # the writer's article fitted the short name: it changes only where the full name's first word reads
            # otherwise ("an Xbox" stays whatever the first letter says)
            if article.lower() in ("a", "an") and fitting != indefinite_article(self.doc[start].text):
                self.replace(Replacement(start - 1, start, fitting.capitalize() if article[0].isupper() else fitting))

    def written_out(self, start: int, end: int) -> str:
        """Tokens ``[start, end)`` as written, but with the short names in them written out in full (a name's
        replacement without brackets: "Rovers manager" → "Dunford Rovers manager"), as a card on them shows them."""
        if not any(self._writes_out(i, end) for i in range(start, end)):
            return span_text(self.doc, start, end)
        out, i = [], start
        while i < end:
            if self._writes_out(i, end):
                replacement = self.replacements[i]
                out.append(replacement.text + self.doc[replacement.end - 1].whitespace_)
                i = replacement.end
            else:
                out.append(self.doc[i].text_with_ws)
                i += 1
        return "".join(out).strip()

    def _writes_out(self, token: int, end: int) -> bool:
        """Whether a name's full form, unbracketed, replaces a phrase starting at ``token`` and ending by ``end``."""
        found = self.replacements.get(token)
        return found is not None and found.ent_type in ("ORG", "PERSON") and not found.marked and found.end <= end

    def inserted(self, token: int) -> str:
        """The words inserted for the phrase starting at ``token``, "" if none."""
        found = self.replacements.get(token)
        return found.inserted if found else ""

    def covering(self, start_char: int, end_char: int) -> Replacement | None:
        """The replacement overlapping doc characters ``[start_char, end_char)``, if any."""
        if len(self._spans) != len(self.replacements):
            columns = columns_of(self.doc)
            self._spans = sorted((columns.idx[r.start], columns.idx[r.end - 1] + len(columns.text[r.end - 1]), r.start)
                                 for r in self.replacements.values())
        at = bisect_left(self._spans, (end_char,))  # every phrase starting before ``end_char`` is left of ``at``
        for first, last, token in reversed(self._spans[max(0, at - 2):at]):
            if start_char < last:
                return self.replacements[token]
        return None

    def view(self, first: int, last: int) -> View:
        """Sentences ``first..last`` with every replacement made (built once, after all replacements are known)."""
        if (first, last) not in self._views:
            self._views[(first, last)] = self._build(first, last)
        return self._views[(first, last)]

    def _build(self, first: int, last: int) -> View:
        columns = columns_of(self.doc)
        is_space = columns.is_space
        present = [i for i in range(self.sents[first].start, self.sents[last].end) if not is_space[i]]
        local = {i: n for n, i in enumerate(present)}
        # ``sentence_bounds`` of the run: from its first to its last token that is not a space
        if present:
            start, end = columns.idx[present[0]], columns.idx[present[-1]] + len(columns.text[present[-1]])
        else:
            start = end = self.sents[first].start_char
        parse = parse_of_tokens(columns, present, local, start)
        text = doc_text(self.doc)[start:end]
        edits = []
        merged = 0  # tokens already merged away in ``parse``
        for i in sorted(i for i in self.replacements if i in local):
            rep = self.replacements[i]
            if rep.end - 1 not in local:
                continue  # a phrase across the view's edge (never made so, but never half-replaced either)
            at, to = local[i] - merged, local[rep.end - 1] - merged + 1
            tok, last_tok = parse.tokens[at], parse.tokens[to - 1]
            old_end = last_tok.idx + len(last_tok.text)
            text = text[:tok.idx] + rep.text + text[old_end:]
            edits.append((columns.idx[i], len(rep.text) - (old_end - tok.idx)))
            parse = parse.with_phrase(at, to, rep.text, rep.pos, rep.ent_type)
            merged += to - at - 1
        return View(text, parse, start, tuple(edits))
