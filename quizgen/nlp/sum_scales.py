"""A sum's scale letter before a full stop is no abbreviation: "… compared to October's £4.29m. The CML said …"."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.language import Language

# spaCy's English exceptions keep a lone letter and its stop together, as an initial ("J. Smith"); a sum ending a
# sentence ("£4.29m.") then runs into the next one, and a card showed both sentences (a tune rater: "trim the second
# sentence"). No name's initial is written in lower case.
SCALE_LETTERS = ("m.", "k.")


def with_sum_scales(nlp: Language) -> Language:
    """``nlp`` whose tokenizer splits the stop from a lower-case scale letter, so a sentence may end there."""
    rules = nlp.tokenizer.rules
    if any(letter in rules for letter in SCALE_LETTERS):
        nlp.tokenizer.rules = {text: rule for text, rule in rules.items() if text not in SCALE_LETTERS}
    return nlp
