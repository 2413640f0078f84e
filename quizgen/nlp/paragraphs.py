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
    """Set ``is_sent_start`` on every token that follows a line break (article text has one paragraph per line)."""
    text = doc.text
    if "\n" not in text:
        return doc
    starts = {match.end() for match in _BREAK.finditer(text)}
    for token in doc[1:]:
        if token.idx in starts and not token.is_space:
            token.is_sent_start = True
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
