"""Lemmas worked out only for the words the rules read (verbs, and a fact's governing words).

The model's rule lemmatizer visits every token of every article, while the rules need the base
forms of verbs (for "did … threaten?") and of a few words per fact (a fact's identity). The
lemmatizer is kept (disabled in the pipeline) and called on those tokens when they are read: the
same function on the same token gives the lemma it would have set, since nothing after it in the
pipeline changes what it reads (text, part of speech, morphology).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from quizgen.nlp.cache import owned_by

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc, Token

LEMMATIZER = "lemmatizer"


# id(vocab) → (vocab, lemmatize): the lemmatizer of the pipeline a token's doc came from
_LEMMATIZERS: dict[int, tuple[Any, Callable[[Token], list[str]]]] = {}
# (orth, pos, morph) → lemma: what the rule lemmatizer's answer depends on (its own cache's key)
_MEMO: dict[int, tuple[Any, dict[tuple[int, int, int], str]]] = {}


def lemma_of(token: Token) -> str:
    """The token's lemma: the one the pipeline set, else its lemmatizer's answer for it now."""
    if token.lemma:
        return token.lemma_
    entry = _LEMMATIZERS.get(id(token.vocab))
    if entry is None or entry[0] is not token.vocab:
        return ""
    # remembered by the rule lemmatizer's own cache key (``unset_lemma_of``): its cache skips the base forms,
    # which it works out afresh every time
    memo = owned_by(_MEMO, token.vocab, dict)
    key = (token.orth, token.pos, token.morph.key)
    found = memo.get(key)
    if found is None:
        found = memo[key] = entry[1](token)[0]
    return found


def verb_lemma_of(token: Token) -> str:
    """The lemma of ``token`` read as a main verb: "helped" hung as the auxiliary of "cut" is "help" (the
    auxiliaries' table does not know it; the verbs' rules do)."""
    entry = _LEMMATIZERS.get(id(token.vocab))
    if entry is None or entry[0] is not token.vocab or token.pos_ != "AUX":
        return lemma_of(token)
    token.pos_ = "VERB"
    try:
        return entry[1](token)[0]
    finally:
        token.pos_ = "AUX"


def unset_lemma_of(doc: Doc, i: int, orth: int, pos: int, morph: int) -> str:
    """``lemma_of(doc[i])`` for a token whose lemma is unset, given its orth, part-of-speech and morphology keys
    (``doc.to_array`` columns): remembered by those keys, so a word seen before needs no Token or lemmatizer."""
    memo = owned_by(_MEMO, doc.vocab, dict)
    key = (orth, pos, morph)
    found = memo.get(key)
    if found is None:
        found = memo[key] = lemma_of(doc[i])
    return found


def with_lazy_lemmas(nlp: Language) -> Language:
    """``nlp`` without its rule lemmatizer pass: ``lemma_of`` calls the lemmatizer on the tokens it is asked for.

    A lemmatizer that overwrites lemmas or works another way stays in the pipeline as it is.
    """
    if LEMMATIZER not in nlp.pipe_names:
        return nlp
    lemmatizer: Any = nlp.get_pipe(LEMMATIZER)
    if getattr(lemmatizer, "mode", None) != "rule" or getattr(lemmatizer, "overwrite", True):
        return nlp
    _LEMMATIZERS[id(nlp.vocab)] = (nlp.vocab, lemmatizer.lemmatize)
    nlp.disable_pipe(LEMMATIZER)
    return nlp
