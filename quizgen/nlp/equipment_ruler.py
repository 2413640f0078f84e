"""The equipment EntityRuler: designations (Hwasong-11D, F-35A, Falcon 9) as entities, patterns shipped as data."""

from __future__ import annotations

import json
from importlib.resources import files
from typing import TYPE_CHECKING, Any

from quizgen.nlp.ruler_windows import windowed

if TYPE_CHECKING:
    from spacy.language import Language

RULER_NAME = "quizgen_equipment"
LABEL = "EQUIPMENT"


def equipment_patterns() -> list[dict[str, Any]]:
    """EntityRuler patterns for equipment designations and types (``patterns/equipment.jsonl``)."""
    text = files("quizgen.nlp").joinpath("patterns", "equipment.jsonl").read_text(encoding="utf-8")
    return [json.loads(line) for line in text.splitlines() if line.strip()]


def add_equipment_ruler(nlp: Language) -> Language:
    """Add the equipment EntityRuler (patterns from package data) before the NER, or last in a blank pipeline."""
    if RULER_NAME in nlp.pipe_names:
        return nlp
    where = {"before": "ner"} if "ner" in nlp.pipe_names else {}
    ruler = nlp.add_pipe("entity_ruler", name=RULER_NAME, config={"phrase_matcher_attr": "LOWER"}, **where)
    with nlp.select_pipes(enable=[]):  # phrase patterns match on LOWER: the tokenizer is all they need
        ruler.add_patterns(equipment_patterns())
    return windowed(nlp, RULER_NAME)  # token patterns tried only where a designation can start
