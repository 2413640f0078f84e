"""A sentence's parse as plain frozen data, so question rules run and test without spaCy objects."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any

from quizgen.memo import kept
from quizgen.nlp.cache import CACHE_KEY, doc_cache, owned_by
from quizgen.nlp.lemmas import lemma_of, unset_lemma_of, verb_lemma_of

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span


@dataclass(frozen=True, init=False)
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

    def __init__(self, i: int, text: str, ws: str, lemma: str, pos: str, tag: str, dep: str, head: int, idx: int,
                 ent_type: str = "", ent_iob: str = "O") -> None:
        # the fields straight into the instance's dict (the generated frozen __init__ sets them one call at a time,
        # and a keyword dict to update it from costs a third more: a sentence makes dozens of tokens), and ``lower``
        # beside them, read for most tokens by several rules
        own = self.__dict__
        own["i"], own["text"], own["ws"], own["lemma"], own["pos"], own["tag"] = i, text, ws, lemma, pos, tag
        own["dep"], own["head"], own["idx"], own["ent_type"], own["ent_iob"] = dep, head, idx, ent_type, ent_iob
        own["lower"] = text.lower()

    @kept  # set by ``__init__``; not a field, so equality and copies are unchanged
    def lower(self) -> str:
        return self.text.lower()

    def but(self, *, i: int | None = None, text: str | None = None, ws: str | None = None, head: int | None = None,
            idx: int | None = None) -> Tok:
        """A copy with the given fields changed: ``dataclasses.replace`` without its walk over the fields (twice as
        slow, and a reduced or rewritten sentence copies every token)."""
        return Tok(self.i if i is None else i, self.text if text is None else text, self.ws if ws is None else ws,
                   self.lemma, self.pos, self.tag, self.dep, self.head if head is None else head,
                   self.idx if idx is None else idx, self.ent_type, self.ent_iob)


def phrase_head(tokens: list[Tok]) -> Tok | None:
    """The one token of a phrase (``tokens``, e.g. ``SentenceParse.tokens_in``'s) whose head lies outside it, or that is
    the sentence's root; None when several do."""
    ids = {t.i for t in tokens}
    heads = [t for t in tokens if t.head not in ids or t.head == t.i]
    return heads[0] if len(heads) == 1 else None


@dataclass(frozen=True)
class SentenceParse:
    """The tokens of one sentence; each token's ``idx`` is its offset in the fact's sentence text."""

    tokens: tuple[Tok, ...]

    @kept  # joined once: the rules of every fact on the sentence read it (not a field, like ``Tok.lower``)
    def text(self) -> str:
        return "".join(t.text + t.ws for t in self.tokens).rstrip()

    @kept  # asked for every fact of the sentence (``trim``)
    def roots(self) -> int:
        """How many tokens head themselves: one for a single sentence."""
        return sum(t.head == t.i for t in self.tokens)

    @kept  # read for most facts of the sentence (the wh rules, tidy, standalone)
    def root(self) -> Tok:
        return next(t for t in self.tokens if t.head == t.i)

    @kept
    def _children(self) -> dict[int, tuple[Tok, ...]]:
        """Each token's children by its index, in sentence order: built once, the wh rules walk the tree often."""
        found: dict[int, list[Tok]] = {}
        for t in self.tokens:
            if t.head != t.i:
                found.setdefault(t.head, []).append(t)
        return {i: tuple(kids) for i, kids in found.items()}

    def children(self, tok: Tok) -> tuple[Tok, ...]:
        return self._children.get(tok.i, ())

    def subtree(self, tok: Tok) -> tuple[Tok, ...]:
        """``tok`` and everything under it, in sentence order (walked once per token, as the rules of every fact of
        the sentence ask for the same phrases)."""
        known = self._subtrees.get(tok.i)
        if known is None:
            inside, todo = {tok.i}, [tok.i]
            while todo:
                for child in self._children.get(todo.pop(), ()):
                    if child.i not in inside:
                        inside.add(child.i)
                        todo.append(child.i)
            known = self._subtrees[tok.i] = tuple(t for t in self.tokens if t.i in inside)
        return known

    @kept
    def _subtrees(self) -> dict[int, tuple[Tok, ...]]:
        """``subtree``'s answers by token index, filled as they are asked."""
        return {}

    def ancestors(self, tok: Tok) -> set[int]:
        """The indices of the tokens ``tok`` hangs under, up to the sentence's root."""
        above: set[int] = set()
        i = tok.i
        while (head := self.tokens[i].head) != i and head not in above:
            above.add(head)
            i = head
        return above

    def token_at(self, offset: int) -> Tok | None:
        """The token covering character ``offset`` of the sentence."""
        for t in self.tokens:
            if t.idx <= offset < t.idx + len(t.text):
                return t
        return None

    def tokens_in(self, start: int, end: int) -> list[Tok]:
        """Tokens overlapping characters ``[start, end)``."""
        bounds = self._bounds
        if bounds is None:
            return [t for t in self.tokens if t.idx < end and t.idx + len(t.text) > start]
        starts, ends = bounds
        # tokens in order: those ending after ``start`` are a suffix, those starting before ``end`` a prefix
        return list(self.tokens[bisect_right(ends, start):bisect_left(starts, end)])

    @kept
    def _bounds(self) -> tuple[list[int], list[int]] | None:
        """Each token's start and end offset, when both run in order (as the parser's tokens do), so ``tokens_in``
        finds a span's tokens by bisection: it is asked several times for every fact of a sentence. None when
        they do not, and ``tokens_in`` scans every token."""
        starts = [t.idx for t in self.tokens]
        ends = [t.idx + len(t.text) for t in self.tokens]
        if starts != sorted(starts) or ends != sorted(ends):  # (sorting a sorted list only compares neighbours)
            return None
        return starts, ends

    def with_text(self, i: int, text: str) -> SentenceParse:
        """The same parse with token ``i``'s text replaced (e.g. a pronoun by a name); offsets shift."""
        shift = len(text) - len(self.tokens[i].text)
        tokens = tuple(
            t.but(text=text) if t.i == i else t.but(idx=t.idx + shift) if t.i > i else t
            for t in self.tokens
        )
        return SentenceParse(tokens)

    def with_phrase(self, start: int, end: int, text: str, pos: str = "", ent_type: str = "") -> SentenceParse:
        """Tokens ``[start, end)`` made one token reading ``text`` ("the company" → "[Apple]"), with the phrase
        head's place in the tree (and ``pos`` / ``ent_type`` when given); later tokens renumbered and shifted."""
        if end - start == 1 and not pos and not ent_type:
            return self.with_text(start, text)
        phrase = self.tokens[start:end]
        # the sentence's root first: a phrase the parse split across the root ("the" on "shutdown", "2015" the root)
        # stays the root, or the sentence is left with none
        head = next((t for t in phrase if t.head == t.i), None) or next(
            (t for t in phrase if not start <= t.head < end), phrase[-1])
        shift = len(text) - (phrase[-1].idx + len(phrase[-1].text) - phrase[0].idx)
        gone = end - start - 1

        def new_index(i: int) -> int:
            return start if start <= i < end else i - gone if i >= end else i

        merged = replace(head, i=start, text=text, ws=phrase[-1].ws, idx=phrase[0].idx, head=new_index(head.head),
                         pos=pos or head.pos, ent_type=ent_type or head.ent_type,
                         ent_iob="B" if ent_type else head.ent_iob)
        tokens = [t.but(head=new_index(t.head)) for t in self.tokens[:start]]
        tokens.append(merged)
        tokens += [t.but(i=t.i - gone, head=new_index(t.head), idx=t.idx + shift) for t in self.tokens[end:]]
        return SentenceParse(tuple(tokens))


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
    lower: list[str]
    is_punct: list[bool]
    is_title: list[bool]
    is_upper: list[bool]
    is_alpha: list[bool]


def columns_of(doc: Doc) -> DocColumns:
    """The doc's columns, read once per doc (see ``quizgen.nlp.cache.doc_cache``)."""
    try:  # straight from the doc's cache: asked hundreds of times an article
        return doc.user_data[CACHE_KEY]["columns"]
    except KeyError:
        pass
    cache = doc_cache(doc)
    columns = cache["columns"] = _read_columns(doc)
    if "text" not in cache:  # ``doc_text`` from the columns: spaCy's own join makes a Token for every word
        cache["text"] = "".join(map(str.__add__, columns.text, columns.ws))
    return columns


class _Names(dict):
    """String store keys → strings, filled on first sight (a dict lookup per token instead of a store call)."""

    def __init__(self, strings: Any) -> None:
        super().__init__({0: ""})
        self.strings = strings

    def __missing__(self, key: int) -> str:
        found = self[key] = self.strings[key]
        return found


_NAMES: dict[int, tuple[Any, _Names]] = {}  # per string store; strings never change once stored


def _names_of(strings: Any) -> _Names:
    return owned_by(_NAMES, strings, lambda: _Names(strings))


_VERB_AS_AUX_TAGS = ("VBD", "VBZ", "VBN", "VBG")  # an auxiliary's tags whose lemma the columns may read as a verb's


def lemma_at(doc: Doc, i: int) -> str:
    """``lemma_of(doc[i])``, from the columns when they hold it: a lemma the pipeline set, or a verb's worked out
    by ``lemma_of`` itself (``_read_columns``); no Token made. An empty one, or an auxiliary's the columns may have
    read as a main verb's, is asked of ``lemma_of``."""
    c = columns_of(doc)
    found = c.lemma[i]
    if not found or (c.pos[i] == "AUX" and c.tag[i] in _VERB_AS_AUX_TAGS):
        return lemma_of(doc[i])
    return found


def _read_columns(doc: Doc) -> DocColumns:
    from spacy.attrs import (DEP, ENT_IOB, ENT_TYPE, HEAD, IDX, IS_ALPHA, IS_PUNCT, IS_SPACE, IS_TITLE, IS_UPPER,
                             LEMMA, LOWER, MORPH, ORTH, POS, SPACY, TAG)
    from spacy.parts_of_speech import AUX, VERB
    from spacy.parts_of_speech import NAMES as POS_NAMES
    from spacy.tokens import Token

    rows = doc.to_array([ORTH, SPACY, LEMMA, POS, TAG, DEP, HEAD, IDX, ENT_TYPE, ENT_IOB, LOWER, MORPH,
                         IS_SPACE, IS_PUNCT, IS_TITLE, IS_UPPER, IS_ALPHA])
    heads = (rows[:, 6].astype("int64") + range(len(rows))).tolist()  # heads come as unsigned offsets
    orth, spacy_, lemma, pos, tag, dep, _, idx, ent_type, ent_iob, lower, morph = rows[:, :12].T.tolist()
    is_space, is_punct, is_title, is_upper, is_alpha = (rows[:, 12:] != 0).T.tolist()  # as bools, in one go
    name = _names_of(doc.vocab.strings).__getitem__
    pos_names, tags = list(map(POS_NAMES.__getitem__, pos)), list(map(name, tag))
    lemmas = list(map(name, lemma))
    lower_names = list(map(name, lower))
    verb_tags = {key for key in set(tag) if name(key).startswith("VB")}  # tested once per tag, not per token
    for i, found in enumerate(lemmas):
        if not found and (tag[i] in verb_tags or pos[i] == VERB or pos[i] == AUX):
            lemmas[i] = unset_lemma_of(doc, i, orth[i], pos[i], morph[i])  # verbs' lemmas, worked out if unset
            if lemmas[i] == lower_names[i] and pos[i] == AUX and tags[i] in _VERB_AS_AUX_TAGS:
                lemmas[i] = verb_lemma_of(doc[i])  # "helped cut": a verb read as an auxiliary
    return DocColumns(
        text=list(map(name, orth)), ws=[" " if s else "" for s in spacy_], lemma=lemmas,
        pos=pos_names, tag=tags, dep=list(map(name, dep)), head=heads, idx=idx,
        ent_type=list(map(name, ent_type)), ent_iob=list(map(Token.iob_strings().__getitem__, ent_iob)),
        is_space=is_space, lower=lower_names, is_punct=is_punct, is_title=is_title, is_upper=is_upper,
        is_alpha=is_alpha)


def parse_of(sent: Span, start_char: int) -> SentenceParse:
    """Plain parse of a spaCy sentence; offsets count from ``start_char`` (the trimmed sentence start)."""
    c = columns_of(sent.doc)
    present = [i for i in range(sent.start, sent.end) if not c.is_space[i]]
    return parse_of_tokens(c, present, {i: n for n, i in enumerate(present)}, start_char)


def parse_of_tokens(c: DocColumns, present: list[int], index: dict[int, int], start_char: int) -> SentenceParse:
    """``parse_of`` for the doc tokens ``present`` (a sentence's tokens but its spaces, in order; ``index``: each
    one's place among them), so a caller that has walked the tokens already makes no span and walks none again."""
    # the columns as locals: this runs for every token of every sentence a fact shows
    text, ws, lemma, pos, tag, dep, head, idx = c.text, c.ws, c.lemma, c.pos, c.tag, c.dep, c.head, c.idx
    ent_type, ent_iob = c.ent_type, c.ent_iob
    out = []
    last = len(present) - 1
    for n, i in enumerate(present):
        if n == last:
            space = ""
        elif present[n + 1] != i + 1:
            space = ws[i] or " "  # a skipped space token still separates words
        else:
            space = ws[i]
        out.append(Tok(n, text[i], space, lemma[i], pos[i], tag[i], dep[i], index.get(head[i], n), idx[i] - start_char,
                       ent_type[i], ent_iob[i]))
    return SentenceParse(tuple(out))
