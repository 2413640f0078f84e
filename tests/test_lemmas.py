"""Lemmas on demand are the lemmas the model's lemmatizer sets."""

from __future__ import annotations

from pathlib import Path

import spacy
from spacy.lang.en import English

from quizgen.nlp.lemmas import LEMMATIZER, lemma_of, with_lazy_lemmas
from quizgen.nlp.load import resolve_model_name
from quizgen.nlp.parse import columns_of

ROOT = Path(__file__).resolve().parent.parent
TEXTS = [
    (ROOT / "seeds" / "north-korea-launchers.txt").read_text(encoding="utf-8"),
    "She'd been running; they were told the mice had fled. Better days are coming, he said.",
]


def test_lemma_of_matches_the_lemmatizer_on_every_token():
    full = spacy.load(resolve_model_name())
    lazy = with_lazy_lemmas(spacy.load(resolve_model_name()))
    assert LEMMATIZER not in lazy.pipe_names  # no pass over every token
    checked = 0
    for a, b in zip(full.pipe(TEXTS), lazy.pipe(TEXTS)):
        assert [t.lemma_ for t in a] == [lemma_of(t) for t in b]
        checked += sum(1 for t in b if not t.lemma)  # worked out on demand, not set by the pipeline
    assert checked > 500


def test_parse_columns_carry_verb_lemmas(nlp):
    doc = nlp("The launchers were deployed and Kim threatened to strike.")
    columns = columns_of(doc)
    lemmas = {t.text: columns.lemma[t.i] for t in doc}
    assert lemmas["deployed"] == "deploy" and lemmas["threatened"] == "threaten" and lemmas["were"] == "be"


def test_blank_pipeline_has_no_lemmas_to_give():
    nlp = with_lazy_lemmas(English())
    assert [lemma_of(t) for t in nlp("Ships sailed.")] == ["", "", ""]


def test_a_verb_parsed_as_an_auxiliary_carries_its_verb_lemma(nlp):
    doc = nlp("Wein helped cut the red ribbon on Thursday.")
    assert doc[1].pos_ == "AUX"  # the parse this rule is for ("helped" hung as the auxiliary of "cut")
    assert columns_of(doc).lemma[1] == "help"
