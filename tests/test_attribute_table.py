"""The attribute table gives exactly what the model's own attribute_ruler gives, on real and blank pipelines."""

from __future__ import annotations

from pathlib import Path

import pytest
import spacy
from spacy.lang.en import English
from spacy.tokens import Doc

from quizgen.nlp.attribute_table import RULER, AttributeTable, Unsupported, compile_ruler, with_attribute_table
from quizgen.nlp.load import resolve_model_name

ROOT = Path(__file__).resolve().parent.parent
TRICKY = [
    "I ain't gonna go. Let's see: y'all gotta come, c'mon!  There is a cat.\n\n  There were dogs.",
    "She gets what she got. It's 5 p.m. — isn't it?\tWe're here; they're not.",
    "The F-35A and the Hwasong-11D, built in 2023, cost $2.5 million (about 1,000 won).",
]


def _annotations(doc: Doc) -> list[tuple[str, ...]]:
    return [(t.text, t.tag_, t.pos_, str(t.morph), t.lemma_, t.dep_) for t in doc]


def test_same_annotations_as_the_models_ruler():
    texts = [(ROOT / "seeds" / "north-korea-launchers.txt").read_text(encoding="utf-8"), *TRICKY]
    ruled = spacy.load(resolve_model_name())
    tabled = with_attribute_table(spacy.load(resolve_model_name()))
    assert type(tabled.get_pipe(RULER)).__name__ == "_TableComponent"  # really swapped
    compared = 0
    for a, b in zip(ruled.pipe(texts), tabled.pipe(texts)):
        assert _annotations(a) == _annotations(b)
        compared += len(a)
    assert compared > 700


def _blank_with_tags(nlp, words: list[str], tags: list[str], deps: list[str] | None = None) -> Doc:
    return Doc(nlp.vocab, words=words, tags=tags, deps=deps, heads=list(range(len(words))) if deps else None)


def _ruler(patterns: list[dict]):
    nlp = English()
    ruler = nlp.add_pipe("attribute_ruler")
    ruler.add_patterns(patterns)
    return nlp, ruler


PATTERNS = [
    {"patterns": [[{"TAG": "NN"}]], "attrs": {"POS": "NOUN", "MORPH": "Number=Sing"}},
    {"patterns": [[{"TAG": "NN", "LOWER": "run"}]], "attrs": {"POS": "VERB", "LEMMA": "run"}},  # later wins
    {"patterns": [[{"LOWER": {"REGEX": "^gon$"}}, {"LOWER": "na"}]], "attrs": {"LEMMA": "to"}, "index": 1},
    {"patterns": [[{"TAG": {"IN": ["VBZ", "VBD"]}, "LOWER": {"NOT_IN": ["is"]}}]], "attrs": {"POS": "VERB"}},
    {"patterns": [[{"DEP": "expl"}, {"LOWER": {"IN": ["is", "are"]}}]], "attrs": {"POS": "AUX"}, "index": -1},
    {"patterns": [[{"IS_SPACE": True}]], "attrs": {"TAG": "_SP", "POS": "SPACE"}},
]


def test_blank_pipeline_rules_match_the_ruler():
    words = ["there", "is", "a", "run", "gon", "na", "walks", "  ", "went", "is", "dog"]
    tags = ["EX", "VBZ", "DT", "NN", "VBG", "TO", "VBZ", "_SP", "VBD", "VBZ", "NN"]
    deps = ["expl", "ROOT", "det", "attr", "dep", "aux", "dep", "dep", "dep", "dep", "dep"]
    nlp, ruler = _ruler(PATTERNS)
    table = compile_ruler(ruler)
    ruled = ruler(_blank_with_tags(nlp, words, tags, deps))
    tabled = table(_blank_with_tags(nlp, words, tags, deps))
    assert _annotations(tabled) == _annotations(ruled)
    by_word = {t.text: t for t in tabled}
    assert by_word["run"].pos_ == "VERB" and by_word["run"].lemma_ == "run"  # the later rule overrode
    assert by_word["dog"].morph.get("Number") == ["Sing"]
    assert [t.lemma_ for t in tabled][5] == "to"  # second token of a two-token rule
    assert tabled[1].pos_ == "AUX" and tabled[9].pos_ == ""  # expl rule only after "there"; NOT_IN kept "is" out
    assert tabled[6].pos_ == tabled[8].pos_ == "VERB"  # TAG IN
    assert tabled[7].tag_ == "_SP" and tabled[7].pos_ == "SPACE"


def test_patterns_it_cannot_reproduce_keep_the_ruler():
    with pytest.raises(Unsupported):
        AttributeTable([{"patterns": [[{"LOWER": "a", "OP": "+"}]]}], [{}], English().vocab.strings)
    nlp, _ = _ruler([{"patterns": [[{"LOWER": "a", "OP": "+"}]], "attrs": {"LEMMA": "a"}}])
    assert type(with_attribute_table(nlp).get_pipe(RULER)).__name__ == "AttributeRuler"


def test_pipeline_without_ruler_is_unchanged():
    nlp = English()
    assert with_attribute_table(nlp).pipe_names == []
