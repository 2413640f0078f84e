"""Facts as plain data: the answer at its offsets, the key, the JSON form."""

from __future__ import annotations

import pytest

from quizgen.facts.model import Fact, FactKind


def _fact(**changes) -> Fact:
    fields = dict(kind=FactKind.PERSON, answer="Anna Berg", sentence="Mayor Anna Berg opened the harbour.", start=6,
                  end=15, sentence_index=2, label="PERSON", topic="harbour", anchor="open", score=0.12345,
                  canonical="Anna Maria Berg", resolved="")
    fields.update(changes)
    return Fact(**fields)


def test_to_dict_names_every_field():
    assert _fact().to_dict() == {
        "kind": "person", "answer": "Anna Berg", "sentence": "Mayor Anna Berg opened the harbour.", "start": 6,
        "end": 15, "sentence_index": 2, "label": "PERSON", "topic": "harbour", "anchor": "open", "score": 0.123,
        "canonical": "Anna Maria Berg", "resolved": ""}
    assert _fact(kind=FactKind.DATE, answer="Friday", sentence="It opened on Friday.", start=13, end=19,
                 resolved="2024-08-02").to_dict()["resolved"] == "2024-08-02"


def test_the_answer_must_stand_at_its_offsets():
    with pytest.raises(ValueError, match="Anna Berg"):
        _fact(start=0, end=9)


def test_the_key_is_kind_answer_and_anchor():
    assert _fact().key == "person|anna berg|open"
    assert _fact(answer="ANNA BERG", sentence="Mayor ANNA BERG opened the harbour.").key == _fact().key
    assert _fact(anchor="close").key != _fact().key
