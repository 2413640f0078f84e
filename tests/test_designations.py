"""Equipment designations and their class, on sentences written for the tests (real model and blank English)."""

from __future__ import annotations

import pytest
import spacy

from quizgen.facts.designations import find_designations
from quizgen.nlp.equipment_ruler import RULER_NAME, add_equipment_ruler
from quizgen.facts.extract import extract_facts
from quizgen.facts.model import FactKind

HITS = [
    ("Engineers tested the Hwasong-11D, a solid-fuel missile with a short range.", "Hwasong-11D", "missile"),
    ("Pyongyang sold KN-23 missiles to a foreign buyer.", "KN-23", "missile"),
    ("Poland ordered 32 F-35A fighter jets last spring.", "F-35A", "aircraft"),
    ("India bought the S-400 air-defence system despite warnings.", "S-400", "system"),
    ("Pilots flew a Su-57 jet over the border.", "Su-57", "aircraft"),
    ("The army lost a T-90M tank near the river.", "T-90M", "tank"),
    ("Iskander-M missiles were fired at dawn.", "Iskander-M", "missile"),
    ("Germany sent PAC-3 interceptors to the front.", "PAC-3", "interceptor"),
    ("SpaceX launched a Falcon 9 rocket from the coast.", "Falcon 9", "rocket"),
    ("The carrier grounded its Boeing 737 MAX 9 jets after a panel blew out.", "Boeing 737 MAX 9", "aircraft"),
    # a maker's model with its variant: the whole designation ("Airbus A320", cut from "A320-200", gave no card)
    ("Wreckage of the Airbus A320-200 jet was found in the sea.", "Airbus A320-200", "aircraft"),
    ("The airline flew a Boeing 787-9 aircraft to Perth.", "Boeing 787-9", "aircraft"),
    ("The airline received its first A320neo aircraft in spring.", "A320neo", "aircraft"),
    ("Rebels drove old transporter-erector launcher trucks into the valley.", "transporter-erector launcher", "vehicle"),
    ("Two B-52 bombers flew over the sea.", "B-52", "aircraft"),
    ("The army ordered 24 AH-64E Apache attack helicopters.", "AH-64E Apache", "helicopter"),
    ("Two MQ-9 Reaper drones circled the port.", "MQ-9 Reaper", "drone"),
]

MISSES = [
    "The home side won 3-1 in the final minute.",
    "Readers can call 555-0199 for a free copy.",
    "Cases of COVID-19 rose sharply in the city.",
    "The figures are on page 12 and in pages 40-45 of the report.",
    "The meeting was moved to 2024-08-04 at the town hall.",
    "The team met at Gate 9 before Room 12 opened.",
    "Delegates left the G-20 summit early.",
    "Mid-2023 was the hottest summer on record.",
    "Hospitals treated more Covid-19 patients this winter.",
    "Type-2 diabetes rates rose in the region.",
]


def _blank():
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    return add_equipment_ruler(nlp)


@pytest.fixture(scope="module")
def blank():
    return _blank()


@pytest.mark.parametrize(("sentence", "designation", "cls"), HITS)
def test_designation_is_an_equipment_fact_with_its_class(nlp, sentence, designation, cls):
    facts = [f for f in extract_facts(nlp(sentence)) if f.kind is FactKind.EQUIPMENT]
    found = {f.answer: f.topic for f in facts}
    assert found.get(designation) == cls, found


@pytest.mark.parametrize(("sentence", "designation", "cls"), HITS)
def test_designations_on_a_blank_pipeline(blank, sentence, designation, cls):
    found = {d.text: d.cls for d in find_designations(blank(sentence))}
    assert found.get(designation) == cls, found


@pytest.mark.parametrize("sentence", MISSES)
def test_look_alikes_are_not_equipment(nlp, blank, sentence):
    assert not [f for f in extract_facts(nlp(sentence)) if f.kind is FactKind.EQUIPMENT]
    assert find_designations(blank(sentence)) == []


def test_ruler_sits_before_the_ner_and_is_added_once(nlp):
    assert nlp.pipe_names.index(RULER_NAME) < nlp.pipe_names.index("ner")
    blank = _blank()
    add_equipment_ruler(blank)
    assert blank.pipe_names.count(RULER_NAME) == 1


def test_fused_model_number_needs_a_class_noun(blank):
    assert find_designations(blank("Fans queued for hours at stand A380.")) == []
    assert [d.text for d in find_designations(blank("The A380 aircraft landed."))] == ["A380"]


def test_a_class_seen_once_holds_for_the_article(blank):
    doc = blank("The airline grounded its Boeing 737 MAX 9 jets. The 737 MAX 9 entered service in 2018.")
    assert [(d.text, d.cls) for d in find_designations(doc)] == [("Boeing 737 MAX 9", "aircraft"),
                                                                 ("737 MAX 9", "aircraft")]


def test_an_appositive_with_the_names_the_class_before_a_nearer_noun():
    from quizgen.facts.designations import equipment_class
    from tests.hand_doc import hand_doc

    doc = hand_doc("The rocket carried the X-9 , the first satellite of its kind .")
    assert equipment_class(doc, 4, 5) == "satellite"  # "rocket" is nearer, but the appositive says what it is
    doc = hand_doc("The rocket carried the X-9 , a first satellite of its kind .")
    assert equipment_class(doc, 4, 5) == "satellite"


@pytest.mark.parametrize(("sentence", "designation"), [
    ("Army orders 24 AH-64E Apache helicopters", "AH-64E Apache"),  # a headline: the class noun ends the text
    ("The army ordered 24 AH-64E Apache attack helicopters.", "AH-64E Apache"),
])
def test_a_nickname_joins_a_designation_before_a_class_noun(blank, sentence, designation):
    found = [d.text for d in find_designations(blank(sentence)) if d.form != "type"]
    assert found == [designation]


def test_a_type_takes_no_nickname(blank):
    # "Monday" before ", tanks" would pass for a nickname before a class noun ("Apache attack helicopters")
    found = find_designations(blank("Rebels moved transporter-erector launchers Monday, tanks Tuesday."))
    assert [(d.text, d.form) for d in found] == [("transporter-erector launchers", "type")]


def test_a_type_may_end_the_text(blank):
    found = find_designations(blank("Rebels drove transporter-erector launchers"))  # a headline: no full stop
    assert [(d.text, d.cls, d.form) for d in found] == [("transporter-erector launchers", "launcher", "type")]


def test_a_persons_name_before_a_number_is_no_model_name():
    from tests.hand_doc import hand_doc

    doc = hand_doc("Officials told Maria Lopez 3 missiles had been fired .",
                   ents=["O", "O", "B-PERSON", "I-PERSON", "O", "O", "O", "O", "O", "O"])
    assert find_designations(doc) == []  # not a "Maria Lopez 3" missile, as "Falcon 9 rocket" is a rocket
    doc = hand_doc("Officials said Falcon 9 rockets had been fired .")
    assert [(d.text, d.cls, d.form) for d in find_designations(doc)] == [("Falcon 9", "rocket", "model")]


@pytest.mark.parametrize(("text", "designation"), [
    ("The Soyuz MS-12 capsule landed in Kazakhstan on Friday, Roscosmos said in a statement.", "Soyuz MS-12"),
    # the model reads "The Progress" as a work's title: the craft's name still goes with its number
    ("An unmanned cargo ship broke up over Velmland on Thursday.\n\nThe Progress MS-04 cargo craft broke up at an "
     "altitude of 190 kilometers over the remote Tuva region, Roscosmos said in a statement.", "Progress MS-04"),
    # a body's word or a people's adjective before it is no part of the name
    ("The Army AH-64E Apache helicopters flew over Dunford on Monday.", "AH-64E Apache"),
    ("The Chinese J-20 fighter jets flew over Dunford on Monday.", "J-20"),
    ("Two Ukraine Su-27 jets patrolled the border on Monday.", "Su-27"),  # a place's name is whose, not which
    # nor is the last word of a maker's longer name
    ("Two General Atomics MQ-9 drones flew over Dunford on Monday.", "MQ-9"),
    ("The Velm Aero Works VX-7 drones flew over Dunford on Monday.", "VX-7"),
])
def test_a_designation_keeps_the_name_before_its_number(nlp, text, designation):
    """A blank on "MS-04" alone cuts the craft's name (a rater: "the bare serial is close to trivia once Progress is
    shown")."""
    assert designation in {f.answer for f in extract_facts(nlp(text)) if f.kind is FactKind.EQUIPMENT}


def test_a_variant_joins_its_model_only_when_the_hyphen_touches_both(blank):
    """"A320-200" is one designation; "737 - 800 people" is a model and a count."""
    assert [e.text for e in blank("Wreckage of the Airbus A320-200 was found.").ents] == ["Airbus A320-200"]
    assert [e.text for e in blank("A Boeing 737 - 800 people on board - landed.").ents] == ["Boeing 737"]
