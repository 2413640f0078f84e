"""The model runs on numpy's BLAS, one thread, and annotates exactly as on thinc's default arithmetic."""

from __future__ import annotations

from pathlib import Path

import spacy
from spacy.tokens import Doc
from threadpoolctl import threadpool_info

from quizgen.nlp.blas import ENV_VAR, numpy_blas_ops, one_blas_thread
from quizgen.nlp.load import resolve_model_name

ROOT = Path(__file__).resolve().parent.parent
TEXTS = [
    "The F-35A and the Hwasong-11D, built in 2023, cost $2.5 million (about 1,000 won).",
    "“We will not back down,” Defence Minister Anna Berg told reporters in Oslo on Tuesday.",
    "Engineers replaced 40 kilometres of track after the flood, the company said in a statement.",
    "Dr. Maria Lopez, an epidemiologist at the University of Lisbon, said cases had doubled since March.",
    "SpaceX launched a Falcon 9 rocket from Cape Canaveral at 6:04 a.m. carrying 22 Starlink satellites.",
]


def _annotations(doc: Doc) -> list[tuple[object, ...]]:
    return [(t.text, t.tag_, t.pos_, t.dep_, t.head.i, t.ent_iob_, t.ent_type_, str(t.morph)) for t in doc]


def _blas_flag(nlp) -> bool:
    return nlp.get_pipe("tok2vec").model.ops.use_blis


def test_the_pipeline_multiplies_with_numpy_not_blis(nlp):
    assert _blas_flag(nlp) is False
    assert _blas_flag(spacy.load(resolve_model_name())) is True  # spaCy's default, for contrast


def test_same_annotations_as_the_default_arithmetic():
    texts = [(ROOT / "seeds" / "north-korea-launchers.txt").read_text(encoding="utf-8"), *TEXTS]
    default = spacy.load(resolve_model_name())
    with numpy_blas_ops():
        ours = spacy.load(resolve_model_name())
    assert _blas_flag(ours) is False
    compared = 0
    with one_blas_thread():
        for a, b in zip(default.pipe(texts), ours.pipe(texts)):
            assert _annotations(a) == _annotations(b)
            compared += len(a)
    assert compared > 750


def test_quizgen_blas_blis_keeps_the_default(monkeypatch):
    monkeypatch.setenv(ENV_VAR, "blis")
    with numpy_blas_ops():
        kept = spacy.load(resolve_model_name())
    assert _blas_flag(kept) is True


def test_one_thread_inside_the_block():
    blas = [lib for lib in threadpool_info() if lib["user_api"] == "blas"]
    assert blas, "numpy's BLAS is loaded"
    with one_blas_thread():
        assert all(lib["num_threads"] == 1 for lib in threadpool_info() if lib["user_api"] == "blas")
