"""A paragraph break always ends a sentence: the token after a line break starts one, and the parser keeps it. A
closing quotation mark right after a sentence's full stop never starts one: the model otherwise ends the sentence
before the mark (``…up to them.`` | ``"``), which leaves the quotation open on the card and the mark a sentence of
its own. Nor does a lowercase word after an abbreviation's full stop or an ellipsis ("the 4.9 million bbl. | of oil
that spilled …", "is anything ... | but a problem"): the model ends the sentence there, and both halves are
fragments; nor a company's title after its suffix ("Genentech Inc. | Chairman Art Levinson said …") or a country's
body after its initials ("the U.S. | Congress said …"), or any word after "the" and the initials that does not open
a sentence ("the U.S. | Thanksgiving holiday"; ``patterns/title_after_abbreviation.json``). A
capitalised word after a quotation closing inside another (``… after you.'" Committee Chairman …``)
does start one: the model ran the next sentence on, and a quote went to the one who "did not respond"."""

from __future__ import annotations

import json
import re
from functools import cache
from importlib.resources import files
from typing import TYPE_CHECKING

from quizgen.nlp.cache import doc_text

if TYPE_CHECKING:
    import numpy
    from spacy.language import Language
    from spacy.tokens import Doc

COMPONENT = "quizgen_paragraphs"
_BREAK = re.compile(r"\n\s*")
_CLOSING = re.compile(r"(?<=[.!?])[\"”]")  # a mark glued to a full stop closes a quotation, never opens one
_AFTER_NESTED = re.compile(r"[.!?]['’][\"”][ \t]+([A-Z])")  # "… come after you.'" Committee Chairman …": the model
# runs the next sentence on
_GOES_ON = re.compile(r"(?<=[\w.]\.)[ \t]+([a-z]+\b)")  # "bbl. of", "U.S. has", "... but": no new sentence


@cache
def _titles_after_abbreviations() -> tuple[re.Pattern[str], ...]:
    """A capitalised word that goes on with its sentence after an abbreviation's full stop ("Genentech Inc.
    Chairman …", "the U.S. Congress", "the U.S. Thanksgiving holiday"; ``patterns/title_after_abbreviation.json``),
    the word as group 1."""
    data = json.loads(files("quizgen.nlp").joinpath("patterns", "title_after_abbreviation.json").read_text(
        encoding="utf-8"))
    joins = tuple(re.compile(r"\b(?:%s)\.[ \t]+((?:%s)\b)" % ("|".join(map(re.escape, join["abbreviations"])),
                                                             "|".join(map(re.escape, join["words"]))))
                  for join in data["joins"])
    after = data["after_the"]
    return joins + (re.compile(r"\bthe (?:%s)\.[ \t]+((?!(?:%s)\b)[A-Z][a-z]+\b)" % (
        "|".join(map(re.escape, after["abbreviations"])), "|".join(map(re.escape, after["sentence_openers"])))),)


def mark_paragraph_starts(doc: Doc) -> Doc:
    """Set ``is_sent_start`` on every token that follows a line break (article text has one paragraph per line).

    Written as one array (``Doc.from_array``): spaCy's ``Token.is_sent_start`` setter scans the whole doc for a
    parse each time it is set, which made a long article's paragraphs quadratic.
    """
    from spacy.attrs import IDX, IS_SPACE, SENT_START

    text = doc_text(doc)  # the text the doc was made from, when the run put it in the doc's cache
    closing = [match.start() for match in _CLOSING.finditer(text)]
    closing += [match.start(1) for match in _GOES_ON.finditer(text)]
    closing += [match.start(1) for pattern in _titles_after_abbreviations() for match in pattern.finditer(text)]
    nested = [match.start(1) for match in _AFTER_NESTED.finditer(text)]
    if ("\n" not in text and not closing and not nested) or len(doc) < 2:
        return doc
    starts = sorted({match.end() for match in _BREAK.finditer(text)} | set(nested))
    import numpy

    rows = doc.to_array([IDX, IS_SPACE, SENT_START])
    follows_break = _starting_at(rows[:, 0], starts) & (rows[:, 1] == 0)
    follows_break[0] = False
    closes = _starting_at(rows[:, 0], closing) & ~follows_break
    closes[0] = False
    if follows_break.any() or closes.any():
        if doc.has_annotation("DEP"):  # as spaCy's setter: a parsed doc keeps its sentences
            raise ValueError("paragraph starts are marked before the parser, not on a parsed doc")
        rows[follows_break, 2] = 1
        rows[closes, 2] = numpy.array(-1, dtype=numpy.int32).astype(rows.dtype)  # "not a start", as spaCy stores it
        doc.from_array([SENT_START], rows[:, 2:3])
    return doc


def _starting_at(idx: numpy.ndarray, offsets: list[int]) -> numpy.ndarray:
    """Which tokens start at one of ``offsets``, given the tokens' start offsets ``idx`` (ascending)."""
    import numpy

    wanted = numpy.array(offsets, dtype=idx.dtype)
    found = numpy.zeros(len(idx), dtype=bool)
    at = numpy.searchsorted(idx, wanted)  # a sorted column: a binary search, not ``isin``'s sort of both
    inside = at < len(idx)
    at, wanted = at[inside], wanted[inside]
    found[at[idx[at] == wanted]] = True
    return found


def add_paragraph_breaks(nlp: Language) -> Language:
    """Put the paragraph component before the parser (or last in a pipeline without one)."""
    from spacy.language import Language as _Language

    if COMPONENT in nlp.pipe_names:
        return nlp
    if COMPONENT not in _Language.factories:
        _Language.component(COMPONENT, func=mark_paragraph_starts)
    where = {"before": "parser"} if "parser" in nlp.pipe_names else {}
    nlp.add_pipe(COMPONENT, **where)
    return nlp
