"""Nouns that can name a person ("spokesperson", "analyst", "mayor"), by the lexicon's word lists and a person's
ending; read by the mentions (is a capitalised span a person?) and by titles before a name."""

from __future__ import annotations

from quizgen.facts.lexicon import words

_PERSON_ENDINGS = ("er", "or", "ist", "ian", "man", "woman", "person", "ee", "yst", "ant", "ent", "ess", "ive")


# "-ment", "-ness", "-less" end words for things and qualities ("government", "business"), never a person's
_THING_ENDINGS = ("ment", "ness", "less")


_PLURALS = (("men", "man"), ("ies", "y"), ("s", ""))  # "spokesmen", "secretaries", "officials"


def person_noun(head: str, tag: str = "") -> bool:
    """Could this noun name a person ("spokesperson", "analyst", "mayor", "a close friend") rather than a thing
    ("disease")? A person's ending ("-er", "-ist") on a thing ("computer", "weather", "government", the lexicon's
    ``thing_nouns``) is no person: "In 1961, having programmed a set of equations into the computer …, he found"
    names no one the "he" could be. With a plural ``tag`` (NNS, NNPS) the noun is read by its singular, as the
    lists hold it ("officials" → "official")."""
    if tag in ("NNS", "NNPS"):
        head = next((head[:-len(plural)] + single for plural, single in _PLURALS if head.endswith(plural)), head)
    if head in words("role_titles") or head in words("person_relations") or head in words("person_nouns"):
        return True  # "sheriff", "nurse", "pilot": people by a word with no person's ending
    return head.endswith(_PERSON_ENDINGS) and not head.endswith(_THING_ENDINGS) and head not in words("thing_nouns")
