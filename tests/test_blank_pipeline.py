"""The rule-only parts of extraction on a blank English pipeline (tokenizer, sentencizer, equipment ruler)."""

from __future__ import annotations

import pytest
import spacy

from quizgen.facts.appositives import find_appositions
from quizgen.nlp.equipment_ruler import add_equipment_ruler
from quizgen.facts.extract import extract_facts
from quizgen.facts.model import FactKind


@pytest.fixture(scope="module")
def blank():
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    return add_equipment_ruler(nlp)


def test_rules_alone_give_equipment_definitions_roles_and_organisations(blank):
    doc = blank("The army showed the KN-23, a solid-fuel missile that flies low. Colonel Ana Ruiz, spokesperson "
                "for the Joint Defence Staff, said it flew on Sunday.")
    facts = {(f.kind, f.answer, f.topic) for f in extract_facts(doc)}
    assert (FactKind.EQUIPMENT, "KN-23", "missile") in facts
    assert (FactKind.DEFINITION, "solid-fuel missile", "KN-23") in facts
    assert (FactKind.ROLE, "spokesperson for the Joint Defence Staff", "Ana Ruiz") in facts
    assert (FactKind.ORGANIZATION, "Joint Defence Staff", "") in facts


def test_appositive_on_a_blank_pipeline(blank):
    doc = blank("Anna Berg, the mayor of Oslo, opened the bridge.")
    (app,) = find_appositions(doc, [(0, 2, "PERSON")])
    assert (app.kind, doc[app.start:app.end].text, app.head) == ("role", "mayor of Oslo", "mayor")
