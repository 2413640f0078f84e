"""A past form written where an infinitive belongs ("North Korea has threatened to deployed 250 launchers"): the
card shows the verb's base form ("threatened to deploy"), as its wh-question already asks it (a rater: "keeps the
article's grammar error"). Only a regular "-ed" form after "to" that the parse makes the infinitive of another verb
is mended, on a verb that is no noun's slot: "switched its manhole covers to vented ones" (an adjective read as a verb,
on a noun the tagger read as one too) stays, and a quotation keeps its words."""

from __future__ import annotations

from typing import TYPE_CHECKING

from quizgen.facts.rewrite import Replacement, Rewriter, is_quoted
from quizgen.nlp.lemmas import lemma_of
from quizgen.nlp.parse import columns_of

if TYPE_CHECKING:
    from spacy.tokens import Doc

_PAST = ("VBD", "VBN")
_VERBS = ("VERB", "AUX")
_NOMINAL = frozenset({"dobj", "pobj", "nsubj", "nsubjpass", "attr", "appos", "compound"})


def mend_infinitives(doc: Doc, rewriter: Rewriter) -> list[Replacement]:
    """Replace each past form that stands as an infinitive ("to deployed") with its base form; the replacements."""
    c = columns_of(doc)
    made = []
    for i in range(1, len(c.text)):
        if c.lower[i - 1] != "to" or c.tag[i] not in _PAST or not c.lower[i].endswith("ed"):
            continue  # most tokens: one comparison
        head = c.head[i]
        if c.dep[i - 1] != "aux" or c.head[i - 1] != i or c.dep[i] != "xcomp" or c.pos[head] not in _VERBS \
                or c.dep[head] in _NOMINAL:
            continue  # "switched its manhole covers to vented ones": "covers" a verb by its tag, an object by its place
        base = lemma_of(doc[i]).lower()
        if not base.isalpha() or base == c.lower[i] or rewriter.replaced(i) or is_quoted(doc, c.idx[i]):
            continue
        rep = Replacement(i, i + 1, base, pos="VERB")
        if rewriter.replace(rep):
            made.append(rep)
    return made
