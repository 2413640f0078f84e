"""A language something is written, spoken or published in ("texts, written in Spanish"): the model's LANGUAGE
entity only after "in" and only a language's name; the label alone is loose ("Closer", "Tests"), and "English"
before a noun is a people's or a place's adjective ("the English game"), not a language."""

from __future__ import annotations

from typing import TYPE_CHECKING

from quizgen.facts.lexicon import words

if TYPE_CHECKING:
    from spacy.tokens import Doc


def is_language_used(doc: Doc, start: int, end: int) -> bool:
    """Whether tokens ``[start, end)`` (a LANGUAGE entity) name the language something is in."""
    return end - start == 1 and doc[start].lower_ in words("languages") and start > 0 \
        and doc[start - 1].lower_ == "in" and doc[start].head.i == start - 1
