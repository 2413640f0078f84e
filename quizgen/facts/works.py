"""Titles of works: the book, film, show or song an article names ("Pixar, the company that produced “Toy Story”",
"author of “Making the Corps”", "the film The Aviator"). The model's WORK_OF_ART label alone is loose (a quoted
remark's first words, "The Pinot Noir", a surname), so a title counts only when the page sets it off as one: inside
its own quotation marks, or right after a noun for a work. Not a show that is only where someone spoke ("speaking on
CBS' “Face the Nation”", "told BBC Two's Newsnight"): the venue of a remark, not a fact of the story."""

from __future__ import annotations

from typing import TYPE_CHECKING

from quizgen.facts.lexicon import words
from quizgen.nlp.cache import doc_text
from quizgen.nlp.lemmas import lemma_of

if TYPE_CHECKING:
    from spacy.tokens import Doc

_OPENING = frozenset("“\"‘'")
_CLOSING = frozenset("”\"’'")
# a title's small words, which stay lower case inside it ("Making the Corps", "Shaun of the Dead")
_SMALL = frozenset({"a", "an", "the", "of", "and", "in", "on", "for", "to", "with", "at", "by", "from", "or"})
_VENUE_PREPOSITIONS = frozenset({"on", "to"})
_TOLD = frozenset({"tell"})
_VENUE_REACH = 5  # words between "on" / "told" and the title: a broadcaster's name, its "'s", a quotation mark
MAX_TITLE_WORDS = 8


def is_title_of_work(doc: Doc, start: int, end: int) -> bool:
    """Whether tokens ``[start, end)`` (a WORK_OF_ART entity) are a title the page sets off as a work's."""
    span = doc[start:end]
    parts = span.text.split()
    if not parts or len(parts) > MAX_TITLE_WORDS or not parts[0][:1].isupper() \
            or any(not (w[:1].isupper() or w[:1].isdigit() or w.lower() in _SMALL) for w in parts):
        return False  # "Approve makes Vioxx": a title is capitalised throughout
    if _venue(doc, start) or _modifies_a_noun(doc, end):
        return False
    after_noun = start > 0 and doc[start - 1].lower_ in words("work_nouns")
    # one quoted word may be a nickname ("better known as “Suresh”"): a one-word title needs its noun ("the musical
    # Hamilton")
    return after_noun or (len(parts) >= 2 and _in_own_quotes(doc, start, end))


def _venue(doc: Doc, start: int) -> bool:
    """Whether the title follows "on" or "told", past a broadcaster's name and a quotation mark ("speaking on CBS'
    “Face the Nation”", "told BBC Two's Newsnight"): the show is where someone spoke. Read on the words, not the
    parse: the model often hangs a quoted title on the sentence's verb as its subject."""
    i = start - 1
    while i >= 0 and start - i <= _VENUE_REACH and (doc[i].is_punct or doc[i].tag_ == "POS" or doc[i].pos_ == "PROPN"):
        i -= 1
    # the pipeline sets no lemmas (``nlp.lemmas``): the verb's is worked out here
    return i >= 0 and (doc[i].lower_ in _VENUE_PREPOSITIONS or lemma_of(doc[i]) in _TOLD)


def _modifies_a_noun(doc: Doc, end: int) -> bool:
    """Whether a common noun follows the title past its closing mark ("“Main Street” businesses"): a phrase set off
    as a manner of speaking, not a work's name."""
    i = end
    while i < len(doc) and doc[i].is_punct and doc[i].text in _CLOSING:
        i += 1
    return i > end and i < len(doc) and doc[i].pos_ == "NOUN" and doc[i].is_lower


def _in_own_quotes(doc: Doc, start: int, end: int) -> bool:
    """Whether the title stands alone in quotation marks (“Toy Story”, “Making the Corps,”)."""
    text = doc_text(doc)
    before = text[:doc[start].idx].rstrip()
    after = text[doc[end - 1].idx + len(doc[end - 1].text):].lstrip(",.").lstrip()
    return bool(before) and before[-1] in _OPENING and bool(after) and after[0] in _CLOSING
