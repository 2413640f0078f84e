"""A paragraph break always ends a sentence: the token after a line break starts one, and the parser keeps it."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

COMPONENT = "quizgen_paragraphs"
_BREAK = re.compile(r"\n\s*")


def mark_paragraph_starts(doc: Doc) -> Doc:
    """Set ``is_sent_start`` on every token that follows a line break (article text has one paragraph per line).

    Written as one array (``Doc.from_array``): spaCy's ``Token.is_sent_start`` setter scans the whole doc for a
    parse each time it is set, which made a long article's paragraphs quadratic.
    """
    from spacy.attrs import IDX, IS_SPACE, SENT_START

    text = doc.text
    if "\n" not in text or len(doc) < 2:
        return doc
    starts = sorted({match.end() for match in _BREAK.finditer(text)})
    import numpy

    rows = doc.to_array([IDX, IS_SPACE, SENT_START])
    follows_break = numpy.isin(rows[:, 0], numpy.array(starts, dtype=rows.dtype)) & (rows[:, 1] == 0)
    follows_break[0] = False
    if follows_break.any():
        if doc.has_annotation("DEP"):  # as spaCy's setter: a parsed doc keeps its sentences
            raise ValueError("paragraph starts are marked before the parser, not on a parsed doc")
        rows[follows_break, 2] = 1
        doc.from_array([SENT_START], rows[:, 2:3])
    return doc


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
