"""A bare "the bill" named by its kin: "One of the bill's authors" → "One of the [Alabama] bill's authors" when the
article writes the nouns of that kind ("law", "bill", "measure": ``compound_descriptions.event_kinds``) after one
name only ("Alabama's strict new immigration law"), though never this noun itself.

``compound_descriptions.py`` names "the law" from the article's own "Alabama's … law"; an article calls the same
thing by other nouns of its kind too. Two names among the kind's nouns ("Alabama's law", "the Georgia measure")
leave it as written, and ``questions/pointing_back.py`` / ``questions/unnamed_descriptions.py`` decide.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from quizgen.facts.compound_descriptions import bare_kind_nouns, compound_names, event_kinds, first_owners
from quizgen.facts.rewrite import Replacement, Rewriter, is_quoted
from quizgen.nlp.parse import columns_of

if TYPE_CHECKING:
    from spacy.tokens import Doc

# a description's own words that say which one it is ("the new bill", "the bill's sponsor" is the bill's own "'s")
_SPECIFYING = frozenset({"compound", "amod", "nummod", "poss", "nmod", "appos", "quantmod", "prep", "acl", "relcl"})


def owned_nouns(doc: Doc) -> dict[str, set[str]]:
    """Each noun → the names the article puts right before it ("Alabama's … law", "the Bushehr plant")."""
    owned: dict[str, set[str]] = {}
    for noun, owner in first_owners(doc).items():
        owned.setdefault(noun, set()).add(owner.removesuffix("'s").removesuffix("’s"))
    for noun, names in compound_names(doc).items():
        owned.setdefault(noun, set()).update(names)
    return owned


def kin_owners(noun: str, owned: dict[str, set[str]]) -> set[str]:
    """The names the article puts before any noun of the event or thing noun's kind ("Alabama's … law" → {"Alabama"}
    for "bill", "law", "measure" …); ``owned``: ``owned_nouns``. Asked only for the nouns an article leaves bare,
    not worked out for every noun of every kind."""
    kin = event_kinds().get(noun)
    return set().union(*(owned.get(k, set()) for k in kin)) if kin else set()


def name_by_kin(doc: Doc, rewriter: Rewriter) -> list[Replacement]:
    """Replace each bare "the + noun" in the narration, for an event or thing whose kind the article writes after one
    name only, with "the [name] noun" (runs after ``compound_descriptions.name_by_compounds``, which names the nouns
    the article itself writes after a name)."""
    c = columns_of(doc)
    kinds = event_kinds()
    owned: dict[str, set[str]] | None = None
    made = []
    for i, noun in bare_kind_nouns(c, kinds):
        if any(c.head[k] == noun and c.dep[k] in _SPECIFYING for k in range(max(0, noun - 4), min(len(c.head),
                                                                                                   noun + 12))):
            continue
        if rewriter.replaced(i) or rewriter.replaced(noun) or is_quoted(doc, c.idx[i]):
            continue
        if owned is None:
            owned = owned_nouns(doc)  # worked out only for an article with such a description
        found = kin_owners(c.lower[noun], owned)
        if len(found) != 1:
            continue
        rep = Replacement(i, noun + 1, f"{c.text[i]} [{next(iter(found))}] {c.text[noun]}", pos="NOUN")
        if rewriter.replace(rep):
            made.append(rep)
    return made
