"""A sentence's words as a set, so a rule that looks for a few words skips a sentence without any of them."""

from __future__ import annotations

from quizgen.memo import kept_beside
from quizgen.nlp.parse import SentenceParse


def lower_words(parse: SentenceParse) -> frozenset[str]:
    """Every token's ``lower`` in the sentence: made once per sentence (kept beside its parse), where each rule that
    wants a token of a few words would otherwise walk every token to find none."""
    return kept_beside(parse, "_quizgen_lower_words", _lower_words)


def _lower_words(parse: SentenceParse) -> frozenset[str]:
    return frozenset([t.lower for t in parse.tokens])
