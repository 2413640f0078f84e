"""A long text parsed in paragraph batches: bounded memory, no length limit, the annotations of one parse.

spaCy's models hold every layer's output for the whole text while they run (about 15 KB a token with
en_core_web_sm: 3 GB for a 1 MB article) and refuse texts over ``nlp.max_length``. A long text is cut into
batches of whole paragraphs instead; each is parsed with a little of the text on either side (what the model's
convolutions and its parser and entity features see at the batch's edges), only its own tokens are kept, and the
kept parts are joined into one Doc: the annotations one parse of the whole text gives, so every rule that reads
the whole article (full names, he/she, how often a name recurs) reads it as before.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

LONG_TEXT = 100_000  # characters: a text up to this long is parsed whole, as always
BATCH_CHARS = 5_000  # about a news article: sixteen to a spaCy batch, as many articles would be
CONTEXT_CHARS = 100  # about twenty tokens either side: the small model's layers reach four


@dataclass(frozen=True)
class Batch:
    """Characters ``[start, end)`` of the text are this batch's own; ``[lo, hi)`` are parsed (with context)."""

    start: int
    end: int
    lo: int
    hi: int

    def keep(self) -> tuple[int, int]:
        """The batch's own characters in the text that is parsed."""
        return self.start - self.lo, self.end - self.lo


@dataclass(frozen=True)
class Batching:
    """When and how a text is parsed in batches (tests use small sizes)."""

    long_text: int = LONG_TEXT
    batch_chars: int = BATCH_CHARS
    context_chars: int = CONTEXT_CHARS

    def wanted(self, text: str, max_length: int) -> bool:
        """Is ``text`` parsed in batches: longer than ``long_text``, or than the parser takes (``max_length``)?"""
        return len(text) > min(self.long_text, max_length)

    def batches(self, text: str, max_length: int) -> list[Batch]:
        """``text`` in batches of whole paragraphs (lines) of at most about ``batch_chars`` characters each.

        A paragraph longer than that is cut after a sentence's full stop where it can be, else between words;
        there no context is added, and the cut starts a sentence. Each parsed text stays under ``max_length``.
        """
        size = max(1, min(self.batch_chars, (max_length - 2 * self.context_chars - 2) // 2))
        cuts = _cuts(text, size)
        out = []
        for (start, soft_start), (end, soft_end) in zip(cuts, cuts[1:]):
            lo = _word_start_before(text, start, self.context_chars) if soft_start else start
            hi = _word_end_after(text, end, self.context_chars) if soft_end else end
            out.append(Batch(start, end, lo, hi))
        return out


def _cuts(text: str, size: int) -> list[tuple[int, bool]]:
    """Where batches start, each with whether it is a paragraph's start (soft); the text's end last."""
    paragraph_starts = _line_starts(text)
    cuts: list[tuple[int, bool]] = [(0, False)]
    bounds = [*paragraph_starts, len(text)]
    for start, end in zip([0, *paragraph_starts], bounds):
        if end - start > size:  # one paragraph too long for a batch: cut inside it
            if cuts[-1][0] != start:
                cuts.append((start, True))
            at = start
            while end - at > size:
                at = _inner_cut(text, at, end, size)
                if at >= end:
                    break
                cuts.append((at, False))
            continue
        if end - cuts[-1][0] > size and cuts[-1][0] != start:
            cuts.append((start, True))
    cuts.append((len(text), False))
    return cuts


def _line_starts(text: str) -> list[int]:
    """Positions after a line break where a word starts: a token begins there however the text is parsed."""
    found, at = [], text.find("\n")
    while at != -1:
        if at + 1 < len(text) and not text[at + 1].isspace():
            found.append(at + 1)
        at = text.find("\n", at + 1)
    return found


_SENTENCE_END = ".!?"
_CLOSERS = "\"'”’)]"


def _inner_cut(text: str, start: int, end: int, size: int) -> int:
    """A word start in ``(start, start + size]`` inside one paragraph: after a sentence's end if one is past half
    the batch, else the last one; past ``start + size`` only when a single word is longer than a batch."""
    limit = min(end, start + size)
    last_word = -1
    for at in range(limit, start, -1):
        if not (text[at - 1].isspace() and not text[at].isspace()):
            continue
        if last_word < 0:
            last_word = at
        if at - start < size // 2:
            break
        if not text[at].islower() and _ends_sentence(text, start, at):
            return at
    if last_word > 0:
        return last_word
    at = limit
    while at < end and not (text[at - 1].isspace() and not text[at].isspace()):
        at += 1
    return at


def _ends_sentence(text: str, start: int, at: int) -> bool:
    """Does the text before ``at`` (after ``start``) end with a full stop, a closing quote or bracket aside?"""
    i = at - 1
    while i > start and text[i].isspace():
        i -= 1
    while i > start and text[i] in _CLOSERS:
        i -= 1
    return text[i] in _SENTENCE_END


def _word_start_before(text: str, start: int, reach: int) -> int:
    """The first word start at most ``reach`` characters before ``start`` (``start`` itself if none)."""
    for at in range(max(0, start - reach), start):
        if at == 0 or (text[at - 1].isspace() and not text[at].isspace()):
            return at
    return start


def _word_end_after(text: str, end: int, reach: int) -> int:
    """The last word end at most ``reach`` characters after ``end`` (``end`` itself if none)."""
    for at in range(min(len(text), end + reach), end, -1):
        if at == len(text) or (text[at].isspace() and not text[at - 1].isspace()):
            return at
    return end


def kept_part(doc: Doc, batch: tuple[int, int]) -> Doc:
    """The batch's own tokens of a doc parsed with context (``batch``: ``Batch.keep()``), as a Doc of their own."""
    import numpy
    from spacy.attrs import IDX

    starts = doc.to_array(IDX)
    first, end = (int(i) for i in numpy.searchsorted(starts, batch, side="left"))
    if first < len(doc) and starts[first] != batch[0]:  # batches start where a word does: this cannot happen
        raise ValueError(f"batch start {batch[0]} is not a token start")
    part = doc[first:end].as_doc()
    part.tensor = numpy.zeros((0, 0), dtype="float32")  # nothing reads it; it would only cross processes
    return part


def joined(parts: Sequence[Doc]) -> Doc:
    """The kept parts of a text's batches as one Doc, annotations and all (the text is theirs, end to end)."""
    from spacy.tokens import Doc

    return Doc.from_docs(list(parts), ensure_whitespace=False, exclude=("tensor", "user_data", "spans"))


def parse_text(nlp: Language, text: str, batching: Batching = Batching()) -> Doc:
    """``text`` through ``nlp``: in one go when it is short, else batch by batch and joined (the same annotations)."""
    if not batching.wanted(text, nlp.max_length):
        return nlp(text)
    batches = batching.batches(text, nlp.max_length)
    docs = nlp.pipe(text[batch.lo:batch.hi] for batch in batches)
    return joined([kept_part(doc, batch.keep()) for doc, batch in zip(docs, batches)])
