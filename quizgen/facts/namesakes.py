"""Namesakes: which of two people sharing a surname a bare surname means, when the article says so.

News style introduces a second person of a surname it already uses by relation ("Seddique Mir Mateen … Mateen met
reporters … his son, Omar Mateen") and keeps the bare surname for the person it already called so; "the elder
Mateen" is the older of the two. Raters asked for the full name on every such card ("'Mateen' could be the father
or the son"). Only these signals are read: two people met otherwise ("Lee Sang-min and Lee Jae-myung met") leave a
bare "Lee" as the article has it.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from quizgen.facts.first_names import usual_sex
from quizgen.facts.names import NameIndex, name_words
from quizgen.nlp.parse import columns_of

if TYPE_CHECKING:
    from spacy.tokens import Doc


@cache
def _data() -> dict:
    return json.loads(Path(__file__).with_name("namesakes.json").read_text(encoding="utf-8"))


def kin_age(word: str) -> str:
    """"younger" for "son", "older" for "father", "peer" for "wife", "" for a word that is no kin."""
    lowered = word.lower()
    return next((age for age in ("younger", "older", "peer") if lowered in _data()[age]), "")


def age_word(word: str) -> str:
    """"older" for "elder", "younger" for "younger", "" otherwise."""
    return _data()["age_words"].get(word.lower(), "")


@dataclass
class Namesakes:
    """What the article has said so far about people who share a surname."""

    called: dict[str, str] = field(default_factory=dict)  # surname → the one person it stood for alone
    kin: dict[str, str] = field(default_factory=dict)  # full name → "younger" / "older" / "peer" than its namesake
    # surnames of people whose spouse the article mentions unnamed (``unnamed_spouses``)
    unnamed_spouses: frozenset[str] = frozenset()

    def spouse_may_be_meant(self, mention: str, full: str) -> bool:
        """Could a bare surname resolved to ``full`` mean that person's unnamed spouse instead ("President Obama"
        after "Michelle Obama insisted she and her husband …")?"""
        parts = name_words(mention)
        return len(parts) == 1 and full != mention and parts[0] in self.unnamed_spouses

    def heard(self, mention: str, full: str) -> None:
        """A mention resolved to one full name: a bare surname that did so is that person's from now on."""
        parts = name_words(mention)
        if len(parts) == 1 and full != parts[0] and len(full.split()) > 1:
            self.called.setdefault(parts[0], full)

    def introduced(self, full: str, kin_word: str) -> None:
        """A full name introduced as someone's relative ("his son, Omar Mateen")."""
        age = kin_age(kin_word)
        if age and len(full.split()) > 1:
            self.kin.setdefault(full, age)

    def meant(self, mention: str, names: NameIndex, before: str = "") -> str:
        """The full name a bare surname two people share stands for, or "" when the article does not say:
        ``before`` is the word before it ("elder" in "the elder Mateen")."""
        parts = name_words(mention)
        if len(parts) != 1:
            return ""
        holders = [n for n in dict.fromkeys(names.by_word.get(parts[0], ())) if n.split()[-1] == parts[0]]
        if len(holders) != 2:
            return ""
        related = [n for n in holders if n in self.kin and self.kin[n] != "peer"]
        if len(related) != 1:
            return ""
        relative = related[0]
        other = holders[1] if holders[0] == relative else holders[0]
        wanted = age_word(before)
        if wanted:
            return relative if self.kin[relative] == wanted else other
        return other if self.called.get(parts[0]) == other else ""


_OWNERS = {"her": "f", "his": "m"}


def unnamed_spouses(doc: Doc) -> frozenset[str]:
    """Surnames of people whose spouse the article mentions without a name ("Michelle Obama insisted she and her
    husband …" → "Obama"): the nearest person its sentence names before "her husband" / "his wife", of the
    pronoun's sex; not when the spouse is named ("her husband, Tom Berg")."""
    spouses = frozenset(_data()["spouses"])
    lower = columns_of(doc).lower  # the words as plain strings: a Token for each of them cost more than the rule
    found = set()
    for i in [i for i, word in enumerate(lower) if word in spouses]:
        if i == 0 or (owner := _OWNERS.get(lower[i - 1])) is None:
            continue
        tok = doc[i]
        if any(t.ent_type_ == "PERSON" or t.text[:1].isupper() for t in doc[tok.i + 1:tok.i + 3] if not t.is_punct):
            continue  # the spouse is named
        people = [e for e in tok.sent.ents if e.label_ == "PERSON" and e.end <= tok.i - 1]
        if people and len(people[-1]) > 1 and usual_sex(people[-1].text) == owner:
            found.add(people[-1][-1].text)
    return frozenset(found)


def kin_before(doc: Doc, start: int) -> str:
    """The kin word a name at token ``start`` is introduced by ("his son, Omar Mateen" → "son"; "the gunman's
    father Seddique Mateen" → "father"), "" when there is none: a possessive must say whose relative it is."""
    at = start - 1
    if at >= 0 and doc[at].text == ",":
        at -= 1
    if at < 1 or not kin_age(doc[at].text):
        return ""
    owner = doc[at - 1]
    return doc[at].lower_ if owner.tag_ in ("PRP$", "POS") else ""
