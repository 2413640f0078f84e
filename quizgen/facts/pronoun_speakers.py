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


def object_could_be_meant(doc: Doc, pronoun: int, people: dict[tuple[int, int], str],
                          genders: dict[str, str]) -> bool:
    """Whether the sentence before the pronoun's (in its paragraph) has one person act on another of the pronoun's
    sex ("Doe hired Tom Berg in 2009. “…,” he said."): the subject is the tracker's choice, but the object is as
    likely meant, so no one is named."""
    if not doc.has_annotation("DEP"):
        return False
    sent = doc[pronoun].sent
    if sent.start == 0:
        return False
    before = doc[sent.start - 1].sent
    if "\n" in doc.text[before.end_char:sent.start_char] or "\n" in before.text.strip():
        return False
    wanted = "m" if doc[pronoun].lower_ in MALE_PRONOUNS else "f" if doc[pronoun].lower_ in FEMALE_PRONOUNS else ""
    roles = set()
    for (start, end), name in people.items():
        if not before.start <= start < before.end or (genders.get(name) or usual_sex(name) or wanted) != wanted:
            continue
        root = doc[start:end].root
        if root.head.i == before.root.i and root.dep_ in ("nsubj", "dobj"):
            roles.add(root.dep_)
    return roles == {"nsubj", "dobj"}
