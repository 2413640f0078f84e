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


def kin_owners(doc: Doc) -> dict[str, set[str]]:
    """Each event or thing noun → the names the article puts before any noun of its kind ("Alabama's … law" →
    {"bill": {"Alabama"}, "law": {"Alabama"}, "measure": {"Alabama"} …})."""
    kinds = event_kinds()
    owned: dict[str, set[str]] = {}
    for noun, owner in first_owners(doc).items():
        owned.setdefault(noun, set()).add(owner.removesuffix("'s").removesuffix("’s"))
    for noun, names in compound_names(doc).items():
        owned.setdefault(noun, set()).update(names)
    out: dict[str, set[str]] = {}
    for noun, kin in kinds.items():
        out[noun] = set().union(*(owned.get(k, set()) for k in kin))
    return out


def name_by_kin(doc: Doc, rewriter: Rewriter) -> list[Replacement]:
    """Replace each bare "the + noun" in the narration, for an event or thing whose kind the article writes after one
    name only, with "the [name] noun" (runs after ``compound_descriptions.name_by_compounds``, which names the nouns
    the article itself writes after a name)."""
    c = columns_of(doc)
    kinds = event_kinds()
    owners: dict[str, set[str]] | None = None
    made = []
    for i, noun in bare_kind_nouns(c, kinds):
        if any(c.head[k] == noun and c.dep[k] in _SPECIFYING for k in range(max(0, noun - 4), min(len(c.head),
                                                                                                   noun + 12))):
            continue
        if rewriter.replaced(i) or rewriter.replaced(noun) or is_quoted(doc, c.idx[i]):
            continue
        if owners is None:
            owners = kin_owners(doc)  # worked out only for an article with such a description
        found = owners.get(c.lower[noun], set())
        if len(found) != 1:
            continue
        rep = Replacement(i, noun + 1, f"{c.text[i]} [{next(iter(found))}] {c.text[noun]}", pos="NOUN")
        if rewriter.replace(rep):
            made.append(rep)
    return made
