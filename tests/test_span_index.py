"""The per-doc span indexes (a sentence's root, a token's children) must answer as spaCy's own objects would."""

from __future__ import annotations

import pytest

from quizgen.nlp.cache import doc_sents
from quizgen.nlp.spans import children, sentence_root

TEXTS = [
    "North Korea has threatened to deploy 250 new launchers to its border with South Korea, Kim Jong Un said.",
    "“We believe they are intended to attack,” Lee Sung-joon, spokesperson for the Joint Chiefs of Staff, told a "
    "briefing.  The Hwasong-11D (a short-range missile) was shown in July.\n\nSince May, South Korea has fired "
    "warning shots on at least three occasions.",
    "Residents - angry, tired - left.  Then, in 2019 , storms hit the harbour ; 3,000 homes flooded !",
]


@pytest.mark.parametrize("text", TEXTS)
def test_sentence_root_is_spacys_root(nlp, text):
    doc = nlp(text)
    for sent in doc_sents(doc):
        assert sentence_root(doc, sent) == sent.root.i
        assert sentence_root(doc, sent) == sent.root.i  # asked again: the kept answer
    assert sentence_root(doc, doc[:]) == doc[:].root.i  # a span that is not a sentence, starting where one does


@pytest.mark.parametrize("text", TEXTS)
def test_children_are_spacys_children(nlp, text):
    doc = nlp(text)
    assert [children(doc, i) for i in range(len(doc))] == [tuple(c.i for c in t.children) for t in doc]
