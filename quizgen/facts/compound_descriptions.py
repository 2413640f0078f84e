"""A bare "the law" named as the article first named it: "the law" → "[Alabama's] law" when the noun's first
mention in the article is a name's ("Alabama's strict new immigration law"); else "the plant" → "the [Bushehr]
plant" when the article writes that noun after one name only ("the Bushehr plant"), anywhere in it.

``antecedents.py`` names a description from a name that *is* such a thing ("the company" → "Apple"); this names a
thing the article never names on its own but always qualifies by the same name. Two names before the same noun
("the Bushehr plant", "the Natanz plant") leave it as written, and ``questions/pointing_back.py`` decides.
"""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from collections.abc import Collection, Iterator
from typing import TYPE_CHECKING

from quizgen.facts.antecedents import class_labels
from quizgen.facts.lexicon import words
from quizgen.facts.person_nouns import person_noun
from quizgen.facts.rewrite import Replacement, Rewriter, is_quoted
from quizgen.nlp.cache import doc_value
from quizgen.nlp.parse import DocColumns, columns_of

if TYPE_CHECKING:
    from spacy.tokens import Doc

# a description's own words that say which one it is ("the new plant", "the plant's owner", "the plant in Ohio")
_SPECIFYING = frozenset({"compound", "amod", "nummod", "poss", "nmod", "appos", "quantmod", "prep", "acl", "relcl"})


@cache
def event_kinds() -> dict[str, frozenset[str]]:
    """Each event or thing noun ("plant", "move") → the nouns of its kind (itself among them, singular and plural)."""
    groups = json.loads(Path(__file__).with_name("compound_descriptions.json").read_text(encoding="utf-8"))
    out: dict[str, set[str]] = {}
    for group in groups["event_kinds"]:
        for noun in group:
            out.setdefault(noun, set()).update(group, (w + "s" for w in group))
    return {noun: frozenset(kin) for noun, kin in out.items()}


def compound_names(doc: Doc) -> dict[str, set[str]]:
    """Each common noun (lower case) → the names the article writes right before it as a compound ("Bushehr plant"
    → {"plant": {"Bushehr"}}); worked out once per doc (``name_by_compounds`` and ``kin_descriptions`` both ask;
    neither changes it)."""
    return doc_value(doc, "compound_names", _compound_names)


def _compound_names(doc: Doc) -> dict[str, set[str]]:
    c = columns_of(doc)
    out: dict[str, set[str]] = {}
    for k, dep in enumerate(c.dep):
        if dep != "compound" or c.pos[k] != "PROPN" or c.text[k][:1].islower():
            continue  # "the demerger study": a lower-case word the model tags as a name's is none (a tune card read
            # "the [demerger] report added", rated bad: the report was a newspaper's)
        noun = c.head[k]
        if noun <= k or c.pos[noun] != "NOUN" or any(c.pos[j] != "PROPN" or c.dep[j] != "compound"
                                                     for j in range(k + 1, noun)):
            continue
        start = _compound_start(c, k, noun)
        if k + 1 == noun:  # one entry per compound: the name runs from its first word to the noun
            out.setdefault(c.lower[noun], set()).add(" ".join(c.text[start:noun]))
    return out


def first_owners(doc: Doc) -> dict[str, str]:
    """Each common noun (lower case) whose first mention in the article is a name's → that name with its "'s"
    ("Alabama's strict new immigration law" → {"law": "Alabama's"}); worked out once per doc, as
    ``compound_names``."""
    return doc_value(doc, "first_owners", _first_owners)


def _first_owners(doc: Doc) -> dict[str, str]:
    c = columns_of(doc)
    out: dict[str, str] = {}
    seen: set[str] = set()
    for j, pos in enumerate(c.pos):
        if pos != "NOUN" or c.lower[j] in seen:
            continue
        seen.add(c.lower[j])
        owner = _name_owner(c, j)
        if owner is not None:
            out[c.lower[j]] = _owner_text(c, *owner)
    return out


def _name_owner(c: DocColumns, j: int) -> tuple[int, int] | None:
    """The name, first and last word, that owns the noun at ``j`` with an "'s" ("Alabama's strict new law")."""
    owner = next((k for k in range(max(0, j - 8), j) if c.head[k] == j and c.dep[k] == "poss"), None)
    if owner is None or c.pos[owner] != "PROPN" or owner + 1 >= len(c.lower) \
            or c.lower[owner + 1] not in ("'s", "’s"):
        return None
    start = owner
    while start > 0 and c.pos[start - 1] == "PROPN" and c.head[start - 1] == owner:
        start -= 1
    return start, owner


def _owner_text(c: DocColumns, start: int, owner: int) -> str:
    return " ".join(c.text[start:owner + 1]) + c.text[owner + 1]


def _compound_start(c: DocColumns, k: int, noun: int) -> int:
    """The first word of the name whose word ``k`` is a compound of ``noun`` ("Bushehr" of "the Bushehr plant"), its
    words before an "of" or "for" too ("Forum for the Future" of "the Forum for the Future report", which the model
    parses apart: "the [Future] report" would name no one)."""
    start = k
    while start > 0 and c.pos[start - 1] == "PROPN" and c.dep[start - 1] == "compound" \
            and c.head[start - 1] in range(start, noun + 1):
        start -= 1
    while True:
        j = start - 1 - (start > 0 and c.lower[start - 1] == "the")
        if j < 1 or c.lower[j] not in _NAME_JOINERS or c.pos[j - 1] != "PROPN" \
                or not (c.is_title[j - 1] or c.is_upper[j - 1]):
            return start
        start = j - 1
        while start > 0 and c.pos[start - 1] == "PROPN" and (c.is_title[start - 1] or c.is_upper[start - 1]):
            start -= 1


_NAME_JOINERS = frozenset({"of", "for"})  # inside a name: "Bank of England", "Forum for the Future"


def bare_kind_nouns(c: DocColumns, kinds: Collection[str]) -> Iterator[tuple[int, int]]:
    """Each "the" and its singular common noun, one of ``kinds`` and no entity, as (the's index, the noun's)."""
    for i, word in enumerate(c.lower):
        noun = i + 1
        if word != "the" or noun >= len(c.lower) or c.dep[i] != "det" or c.head[i] != noun \
                or c.pos[noun] != "NOUN" or c.tag[noun] != "NN" or c.ent_type[noun] or c.lower[noun] not in kinds:
            continue
        yield i, noun


def name_by_compounds(doc: Doc, rewriter: Rewriter) -> list[Replacement]:
    """Replace each bare "the + noun" in the narration, for an event or thing (``event_kinds``: other nouns stand
    alone or are ``antecedents.py``'s), whose noun the article first wrote as a name's, or writes after one name
    only (a card showing the insertion stays among all the cards: ``ranking.shows_insertion``)."""
    c = columns_of(doc)
    names, owners = compound_names(doc), first_owners(doc)
    kinds = event_kinds()
    made = []
    for i, noun in bare_kind_nouns(c, kinds):
        owner = owners.get(c.lower[noun])
        found = names.get(c.lower[noun], ())
        if owner is None and len(found) != 1:
            continue
        rep = _put_in(doc, c, rewriter, i, noun, owner or next(iter(found)), owner is not None)
        if rep is not None:
            made.append(rep)
    return made


def _put_in(doc: Doc, c: DocColumns, rewriter: Rewriter, det: int, noun: int, name: str,
            owner: bool) -> Replacement | None:
    """Show "the + noun" at ``det`` as "[name's] noun" (``owner``) or "the [name] noun", unless its own words say which
    ("the new plant", "the plant's owner") or it is already replaced or quoted; the replacement made, or None."""
    if any(c.head[k] == noun and c.dep[k] in _SPECIFYING for k in range(max(0, noun - 4), min(len(c.head),
                                                                                               noun + 12))):
        return None
    if rewriter.replaced(det) or rewriter.replaced(noun) or is_quoted(doc, c.idx[det]):
        return None
    shown = f"[{name}] {c.text[noun]}" if owner else f"{c.text[det]} [{name}] {c.text[noun]}"
    rep = Replacement(det, noun + 1, shown, pos="NOUN")
    return rep if rewriter.replace(rep) else None


# names a first mention may be owned or qualified by ("Trump's call", "the Boeing executives"); not a day's or a
# figure's ("Wednesday's attack" says when, not which)
_NAMING = frozenset({"PERSON", "ORG", "GPE", "NORP", "PRODUCT", "FAC", "LOC", "EVENT", "LAW"})


def first_namers(doc: Doc) -> dict[str, tuple[int, str, bool]]:
    """Each common noun's key (lower case, singular) → (its first mention's token, the name that mention is owned
    or qualified by, whether as an owner), for nouns whose first mention has such a name ("Trump's July 25 call",
    "the Boeing executives"); worked out once per doc."""
    return doc_value(doc, "first_namers", _first_namers)


_PLACES = frozenset({"GPE", "LOC", "NORP"})  # "the UK man", "the US companies": where from, not which one


def _one_of_several(c: DocColumns, start: int) -> bool:
    """Whether the name at ``start`` ends a list ("Sofía Vergara and Nick Loeb's embryos"): it says too little."""
    return start > 0 and (c.lower[start - 1] in ("and", "or", "&") or c.dep[start] == "conj")


def noun_key(lower: str, tag: str) -> str:
    """A common noun as a key shared by its singular and plural ("calls" and "call")."""
    return lower[:-1] if tag == "NNS" and lower.endswith("s") and len(lower) > 3 else lower


def _first_namers(doc: Doc) -> dict[str, tuple[int, str, bool]]:
    c = columns_of(doc)
    first: dict[str, tuple[int, str, bool] | None] = {}
    names: dict[str, set[str]] = {}  # every name each noun is written with, anywhere
    for j, pos in enumerate(c.pos):
        if pos != "NOUN" or c.tag[j] not in ("NN", "NNS") or not c.text[j].islower():
            continue
        key = noun_key(c.lower[j], c.tag[j])
        found = _name_of(c, j)
        if found is not None:
            names.setdefault(key, set()).add(found[0].removesuffix("'s").removesuffix("’s"))
        if key not in first:
            first[key] = None if found is None else (j, *found)
    # "the Tarkal plant" and "the Omsel plant": which one a later "the plant" is, the article does not say
    return {key: made for key, made in first.items() if made is not None and len(names[key]) == 1}


def _name_of(c: DocColumns, j: int) -> tuple[str, bool] | None:
    """The name owning or qualifying the noun at ``j`` ("Trump's call" → ("Trump's", True), "the Boeing executives"
    → ("Boeing", False)), or None."""
    owner = _name_owner(c, j)
    if owner is not None and c.ent_type[owner[1]] in _NAMING:
        return None if _one_of_several(c, owner[0]) else (_owner_text(c, *owner), True)
    if j > 0 and c.dep[j - 1] == "compound" and c.pos[j - 1] == "PROPN" and c.ent_type[j - 1] in _NAMING \
            and c.head[j - 1] == j and not (c.ent_type[j - 1] in _PLACES and person_noun(c.lower[j])):
        start = _compound_start(c, j - 1, j)
        return None if _one_of_several(c, start) else (" ".join(c.text[start:j]), False)
    return None


def _stands_alone(noun: str) -> bool:
    return noun in words("unique_nouns") or bool(class_labels(noun))


def name_by_first_mention(doc: Doc, sent_of: list[int], rewriter: Rewriter) -> list[Replacement]:
    """Replace each bare "the + noun" in the narration whose noun the article first wrote, in an earlier sentence,
    owned or qualified by a name: "the call" → "[Trump's] call" after "Trump's July 25 call with Zelenskiy", "the
    executives" → "the [Boeing] executives" (blind raters' edits for such cards: "'the merger' → 'the
    Gannett–GateHouse merger'", "'The stock' → 'Coty's stock'"). A noun a bare "the" makes clear ("the economy"),
    or one naming a kind ``antecedents.py`` resolves ("the company"), is left as it is."""
    c = columns_of(doc)
    firsts = first_namers(doc)
    made = []
    for i, word in enumerate(c.lower):
        noun = i + 1
        if word != "the" or noun >= len(c.lower) or c.dep[i] != "det" or c.head[i] != noun \
                or c.pos[noun] != "NOUN" or c.tag[noun] not in ("NN", "NNS") or c.ent_type[noun] \
                or not c.text[noun].islower() or _stands_alone(c.lower[noun]) or c.dep[noun] == "poss":
            continue  # "the administration's request": whose request is the card's point, as written
        first = firsts.get(noun_key(c.lower[noun], c.tag[noun]))
        if first is None or sent_of[first[0]] >= sent_of[i]:
            continue
        rep = _put_in(doc, c, rewriter, i, noun, first[1], first[2])
        if rep is not None:
            made.append(rep)
    return made
