"""Values kept per parsed Doc (in its ``user_data``) and per spaCy vocab or string store, built on first use."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeVar

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

CACHE_KEY = "quizgen_cache"
T = TypeVar("T")


def doc_cache(doc: Doc) -> dict:
    """Per-doc values the rules read often, built once (kept in ``user_data``; drop ``CACHE_KEY`` when done)."""
    cache = doc.user_data.get(CACHE_KEY)
    if cache is None:
        cache = doc.user_data[CACHE_KEY] = {}
    return cache


def doc_value(doc: Doc, key: str, make: Callable[[Doc], T]) -> T:
    """``make(doc)``, worked out once per doc and kept in its cache under ``key`` (read straight from the cache
    after the first time: the rules ask some of these tens of thousands of times a corpus)."""
    try:
        return doc.user_data[CACHE_KEY][key]
    except KeyError:
        value = doc_cache(doc)[key] = make(doc)
        return value


def owned_by(registry: dict[int, tuple[Any, T]], owner: Any, make: Callable[[], T]) -> T:
    """The value ``registry`` keeps for ``owner`` (a vocab, a string store), made on first use. Keyed by
    ``id`` since spaCy's objects are not hashable or weak-referenceable; the owner is kept beside its value so a
    new object at a reused address never gets another's."""
    entry = registry.get(id(owner))
    if entry is None or entry[0] is not owner:
        entry = registry[id(owner)] = (owner, make())
    return entry[1]


def doc_text(doc: Doc) -> str:
    """``doc.text``, built once per doc (spaCy rebuilds it on every access, which made long articles quadratic;
    ``parse.columns_of`` keeps it here as it reads the token columns, joined from them)."""
    try:  # straight from the doc's cache: asked hundreds of times an article
        return doc.user_data[CACHE_KEY]["text"]
    except KeyError:
        text = doc_cache(doc)["text"] = doc.text
        return text


def doc_sents(doc: Doc) -> tuple[Span, ...]:
    """``doc.sents``, built once per doc (spaCy walks every token and makes the spans anew on every access; the
    fact rules walk them three times). The rules never set sentence starts, so the first answer holds."""
    cache = doc_cache(doc)
    sents = cache.get("sents")
    if sents is None:
        sents = cache["sents"] = tuple(doc.sents)
    return sents


def token_sentence(doc: Doc, i: int) -> Span:
    """``doc[i].sent``, found among ``doc_sents`` by bisection (spaCy walks the tokens both ways and checks the
    doc's annotations on every call, about ten microseconds each; the rules ask it for most names)."""
    cache = doc_cache(doc)
    starts = cache.get("sent_starts")
    if starts is None:
        starts = cache["sent_starts"] = [sent.start for sent in doc_sents(doc)]
    return doc_sents(doc)[bisect_right(starts, i) - 1]


def sentence_tokens(doc: Doc, i: int) -> tuple[int, int]:
    """Token bounds of the sentence holding token ``i``: the whole doc when it has no sentences set."""
    cache = doc_cache(doc)
    sentenced = cache.get("sentenced")
    if sentenced is None:  # spaCy's check walks every token
        sentenced = cache["sentenced"] = doc.has_annotation("SENT_START")
    if not sentenced:
        return 0, len(doc)
    sent = token_sentence(doc, i)
    return sent.start, sent.end


def doc_ents(doc: Doc) -> tuple[Span, ...]:
    """``doc.ents``, built once per doc (spaCy walks every token and makes the spans anew on every access; the
    fact rules read them four times). The rules never set entities, so the first answer holds."""
    cache = doc_cache(doc)
    ents = cache.get("ents")
    if ents is None:
        ents = cache["ents"] = doc.ents
    return ents
