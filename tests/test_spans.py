"""The helpers that skip spaCy's Span objects, and the per-doc indexes of roots and children, must answer as spaCy's
own objects would."""

from __future__ import annotations

import pytest

from quizgen.nlp.cache import doc_sents, sentence_tokens
from quizgen.nlp.spans import children, sentence_root, span_root, span_text

TEXTS = [
    "North Korea has threatened to deploy 250 new launchers to its border with South Korea, Kim Jong Un said.",
    "“We believe they are intended to attack,” Lee Sung-joon, spokesperson for the Joint Chiefs of Staff, told a "
    "briefing.  The Hwasong-11D (a short-range missile) was shown in July.\n\nSince May, South Korea has fired "
    "warning shots on at least three occasions.",
    "Residents - angry, tired - left.  Then, in 2019 , storms hit the harbour ; 3,000 homes flooded !",
]


def _spans(doc, longest: int = 5):
    for start in range(len(doc)):
        for end in range(start + 1, min(len(doc), start + longest) + 1):
            yield start, end


@pytest.mark.parametrize("text", TEXTS)
def test_span_root_is_spacys_root(nlp, text):
    doc = nlp(text)
    wrong = [(doc[s:e].text, span_root(doc, s, e), doc[s:e].root.i) for s, e in _spans(doc)
             if span_root(doc, s, e) != doc[s:e].root.i]
    assert not wrong, wrong[:5]


@pytest.mark.parametrize("text", TEXTS)
def test_span_text_is_spacys_text(nlp, text):
    doc = nlp(text)
    wrong = [(s, e) for s, e in _spans(doc) if span_text(doc, s, e) != doc[s:e].text]
    assert not wrong, wrong[:5]
    assert span_text(doc, 3, 3) == ""


@pytest.mark.parametrize("text", TEXTS)
def test_sentence_tokens_are_spacys_sentence(nlp, text):
    doc = nlp(text)
    assert [sentence_tokens(doc, i) for i in range(len(doc))] == [(t.sent.start, t.sent.end) for t in doc]


def test_sentence_tokens_without_sentences_are_the_whole_doc(nlp):
    doc = nlp.make_doc(TEXTS[1])
    assert sentence_tokens(doc, 5) == (0, len(doc))


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
