"""The windowed EntityRuler sets exactly the entities the plain EntityRuler sets (blank and real pipelines)."""

from __future__ import annotations

from pathlib import Path

import pytest
import spacy

from quizgen.nlp.equipment_ruler import RULER_NAME, equipment_patterns
from quizgen.nlp.load import UNUSED_COMPONENTS, resolve_model_name
from quizgen.nlp.ruler_windows import StartFilter, WindowedRuler, windowed

from tests.test_designations import HITS, MISSES

ROOT = Path(__file__).resolve().parent.parent
EDGES = [
    "F-35A",  # a whole doc
    "They bought the F-35A",  # at the end, no space after
    "KN-23 KN-24 Hwasong-11D. Su-57,T-90M and A320neo; Boeing 737 MAX 9 12 and Airbus A350.",
    "Kim's Hwasong-11D's range. Korea's Iskander-M-2 and MiG-29-A1 flew.",
    "The transporter-erector launchers, multiple rocket launcher and main battle tanks were shown.",
    "Boeing\n737 and boeing 747-8i and BOEING 777X jets; X-1 Y-1 Falcon 9 rockets",
]


def _ents(doc) -> list[tuple[int, int, str, str]]:
    return [(e.start, e.end, e.label_, e.ent_id_) for e in doc.ents]


def _rulers(model: str | None):
    """The same pipeline twice: with the plain EntityRuler, and with it windowed."""
    pair = []
    for wrap in (False, True):
        nlp = spacy.load(model, exclude=list(UNUSED_COMPONENTS)) if model else spacy.blank("en")
        where = {"before": "ner"} if "ner" in nlp.pipe_names else {}
        ruler = nlp.add_pipe("entity_ruler", name=RULER_NAME, config={"phrase_matcher_attr": "LOWER"}, **where)
        ruler.add_patterns(equipment_patterns())
        pair.append(windowed(nlp, RULER_NAME) if wrap else nlp)
    return pair


@pytest.mark.parametrize("model", [None, resolve_model_name()], ids=["blank", "model"])
def test_same_entities_as_the_plain_entity_ruler(model):
    texts = [*EDGES, *(h[0] for h in HITS), *MISSES,
             (ROOT / "seeds" / "north-korea-launchers.txt").read_text(encoding="utf-8")]
    plain, fast = _rulers(model)
    assert isinstance(fast.get_pipe(RULER_NAME), WindowedRuler) and fast.get_pipe(RULER_NAME).filter is not None
    equipment = 0
    for a, b in zip(plain.pipe(texts), fast.pipe(texts)):
        assert _ents(a) == _ents(b), a.text
        equipment += sum(e.label_ == "EQUIPMENT" for e in a.ents)
    assert equipment >= 30  # the texts really hold designations


def _token_patterns():
    return [p["pattern"] for p in equipment_patterns() if isinstance(p["pattern"], list)]


def test_only_possible_starts_are_tried():
    nlp = spacy.blank("en")
    doc = nlp("Pyongyang's new Hwasong-11D launchers rolled past Kim, and a Boeing 737 flew over.")
    starts = StartFilter(_token_patterns()).starts(doc)
    assert [doc[i].text for i in starts] == ["Hwasong-11D", "Boeing"]


@pytest.mark.parametrize("pattern", [
    [{"TEXT": {"REGEX": "^[A-Z]"}, "OP": "+"}, {"ORTH": "-"}],  # an operator: no fixed start or length
    [{"LENGTH": 3}, {"ORTH": "-"}],  # no text test on the first token
])
def test_patterns_it_cannot_judge_run_on_the_whole_doc(pattern):
    plain, fast = (spacy.blank("en") for _ in range(2))
    for nlp in (plain, fast):
        nlp.add_pipe("entity_ruler", name=RULER_NAME).add_patterns([{"label": "X", "pattern": pattern},
                                                                      *equipment_patterns()])
    windowed(fast, RULER_NAME)
    assert fast.get_pipe(RULER_NAME).filter is None
    for text in EDGES:
        assert _ents(plain(text)) == _ents(fast(text))
