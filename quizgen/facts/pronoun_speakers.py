"""A "he said" / "she said" whose own sentence names its speaker first: "Lisa Park, 21, came second, but she admitted
the prize “came with a price”" → Lisa Park, not the woman an earlier sentence named.

The tracker looks back over earlier sentences only; a person who is the subject of an earlier clause of the pronoun's
own sentence is nearer, and the likelier one meant. When that subject is a name the article does not show to be a
person, no one is safe to name (issue 14: when two people could be meant, no card)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from quizgen.facts.first_names import usual_sex
from quizgen.facts.names import FEMALE_PRONOUNS, MALE_PRONOUNS
from quizgen.facts.quotes import quote_spans

if TYPE_CHECKING:
    from spacy.tokens import Doc

_SUBJECTS = ("nsubj", "nsubjpass")
# a model often reads a lone first name as a place ("Marit, 21, …" as GPE): only kinds no "he" or "she" can be
_NOT_PEOPLE = frozenset({"ORG", "NORP", "PRODUCT", "EVENT", "WORK_OF_ART", "LAW"})


def own_sentence_speaker(doc: Doc, pronoun: int, people: dict[tuple[int, int], str],
                         genders: dict[str, str]) -> str | None:
    """The full name the pronoun at token ``pronoun`` stands for when a clause subject earlier in its own sentence is
    a named person (``people``: person spans → full names; ``genders``: full name → "m" / "f"); "" when that subject
    is a name the article does not make a person (nobody is safe); None when the sentence names no such subject
    before the pronoun (the tracker decides)."""
    if not doc.has_annotation("DEP"):
        return None
    wanted = "m" if doc[pronoun].lower_ in MALE_PRONOUNS else "f" if doc[pronoun].lower_ in FEMALE_PRONOUNS else ""
    span_of = {i: span for span in people for i in range(*span)}
    sent = doc[pronoun].sent
    inside = [(sent.start_char + a, sent.start_char + b) for a, b in quote_spans(sent.text)]
    for tok in doc[sent.start:pronoun]:
        if any(a < tok.idx < b for a, b in inside):
            continue  # “Smith is wrong,” she said: a name in the quote is no one who speaks
        if tok.dep_ not in _SUBJECTS or tok.pos_ != "PROPN" or tok.ent_type_ in _NOT_PEOPLE:
            continue
        if tok.i in span_of:
            name = people[span_of[tok.i]]
            if (genders.get(name) or usual_sex(name) or wanted) != wanted:
                continue  # "Tom Berg hired her, and she said …": not him
            return name
        return ""
    return None
