"""A body named by the first word of its full name ("Fortress" after "Fortress Investment Group", "Taylor" after
"Taylor International Corp."): written out in full, as a person's surname is (blind raters: "'Taylor' dangles: a
person? a company?", 31 ratings of one card). Only when one body of the article opens with that word, and the word
stands alone (not the start of the full name again, not a person's name). Not a word the article named as a body
of its own before ("Apple" before "Apple Pencil", "Fed" before "Fed Chair": written out, "Apple is considering"
became "Apple Pencil is considering", a wrong card), nor a name that ends in a person's title ("Fed Chair"), that
the model reads as ending in a common noun ("Apple TV": "If Apple could gain" became "If Apple TV could gain") or
that ends in a part of an institution ("Harvard Law School": "the Harvard and University of North Carolina cases"
became "the Harvard Law School and …", a wrong fact on a fresh page), nor one the model cut badly ("Roma
(Gypsies"), ending in a party's word ("Senate Democratic"), holding a body inside the first word's ("Senate Budget
Committee") or a thing in lower case ("Apple iPod"); and a word the model reads as a person stands only for a name
that ends as a company's or an organisation's does ("Taylor International Corp.", never "Trump White House")."""

from __future__ import annotations

import re
from collections import Counter
from functools import cache

from spacy.tokens import Doc

from quizgen.facts.lexicon import lexicon, words
from quizgen.nlp.parse import columns_of

# first words that open many bodies' names: "National" alone says no one body
_GENERIC = frozenset({"the", "national", "new", "united", "american", "british", "first", "general", "federal",
                      "state", "royal", "north", "south", "east", "west", "central", "international", "global",
                      "world", "us", "u.s.", "european", "chinese", "city", "county"})


# a body inside the one its first word names: "the Senate" is not its Budget Committee, "U.N." not its Security
# Council, "Powys" (a county) not its Health Board
_SUB_BODIES = frozenset({"committee", "subcommittee", "council", "caucus", "panel", "board"})
_CUT_SPAN = re.compile(r"[(),;:]|\s[-–—]\s")  # "Roma (Gypsies", "Veritas - Latin": the model's span cut badly
_CAMEL = re.compile(r"[a-z]+[A-Z]")  # "iPod", "eBook": a product's name after its maker's


def _stands_for_its_first_word(parts: list[str]) -> bool:
    """Whether a lone first word may stand for the name of ``parts``: not a span the model cut badly, not a party's
    members in a body ("Senate Democratic"), not a body inside another ("Senate Budget Committee"), not a thing whose
    second word is in camel case ("Apple iPod"). A set-AQ rater called "garbled" a card that wrote a lone word out
    as a longer name; read over the tune pages, such names had turned "the Senate" into a committee and a lone
    "Veritas" into "Veritas - Latin"."""
    full = " ".join(parts)
    last = parts[-1].lower()
    if _CUT_SPAN.search(full) or last in words("party_words") or last.removesuffix("s") in words("party_words"):
        return False
    if any(part.lower().rstrip(".") in _SUB_BODIES for part in parts[1:]):
        return False
    return not _CAMEL.match(parts[1])


@cache
def _body_endings() -> frozenset[str]:
    """How a company's or an organisation's name ends: a lone word the model reads as a person stands only for one
    of these ("Taylor" for "Taylor International Corp.", never "Trump" for "Trump White House")."""
    cues = lexicon()["company_cues"]
    return words("org_heads") | frozenset(cues["name_endings"]) | frozenset(cues["firm_endings"])


def company_like(full: str) -> bool:
    """Whether the name ends the way a company's or an organisation's does ("Corp.", "Holdings", "Foundation")."""
    return full.split()[-1].lower().rstrip(".") in _body_endings()


class FirstWords:
    """The article's multi-word bodies so far, by their first word."""

    def __init__(self) -> None:
        self.by_first: dict[str, set[str]] = {}
        self.alone: set[str] = set()  # words the article named a body by on their own before any full name they open
        self.things: set[str] = set()  # full names the model once read as ending in a common noun

    def add(self, full: str, thing: bool = False) -> None:
        """A body's full name as the article writes it; ``thing`` when it ends in a common noun ("Apple TV"): a
        thing the body makes, not the body's longer name, so "Apple" is never written out as it."""
        parts = full.split()
        if thing or (len(parts) >= 2 and parts[-1].lower() in words("institution_units")):
            self.things.add(full)  # "Harvard Law School": a part of the body, so "Harvard" is never written out as it
        if len(parts) >= 2 and parts[0][:1].isupper() and parts[0].lower() not in _GENERIC \
                and parts[-1].lower() not in words("role_titles") and _stands_for_its_first_word(parts):
            self.by_first.setdefault(parts[0], set()).add(full)

    def named_alone(self, word: str) -> None:
        """The article names a body ``word`` on its own here: before any full name opening with it, it is its own."""
        if word not in self.by_first:
            self.alone.add(word)

    def __contains__(self, word: str) -> bool:
        """Whether a body's full name opens with ``word`` (a quick test before ``full_name``)."""
        return word in self.by_first

    def full_name(self, doc: Doc, i: int) -> str:
        """The one body whose full name opens with token ``i``, when the token stands alone as a name; else ""."""
        columns = columns_of(doc)  # asked of most tokens of the article: no Token made for them
        names = self.by_first.get(columns.text[i])
        if not names or len(names) != 1 or columns.text[i] in self.alone or columns.pos[i] != "PROPN" \
                or not columns.text[i].istitle():
            return ""
        full = next(iter(names))
        if full in self.things:
            return ""
        rest = full.split()[1:]
        if i + 1 < len(doc) and doc[i + 1].text == rest[0]:
            # the full name again, or written out with another ending ("the Forum for the Future report" after "the
            # Forum for the Future research": "Forum" became "Forum for the Future research for the Future")
            return ""
        if i + 1 < len(doc) and doc[i + 1].text.istitle():
            return ""  # another name goes on from it ("Fortress Capital", "a House Democratic source"): not this body
        if i > 0 and columns.is_title[i - 1] and not doc[i - 1].is_sent_start:
            return ""  # it ends another name ("the Trump White House" is no House of Representatives)
        if columns.dep[i] == "compound" and columns.pos[columns.head[i]] == "NOUN":
            return ""  # it names a kind of thing ("vice president of Fios product management" is not "Fios TV …")
        sentence = doc[i].sent
        if full in doc[sentence.start:i].text:
            # the full name just written out in its sentence: the lone word is its own ("built the Velm Research Grid,
            # which … hunts a cure for Velm" became "… a cure for Velm Research Grid", a tune rater: "garbled")
            return ""
        return full


_NAMING = frozenset({"PROPN", "NOUN"})  # a capitalised word opening the sentence that may be a name's ("Supporters")


class LastWords:
    """The article's clubs by the word that ends their names ("United" after "Dunford United"): a club's short name
    in a post is cut short to raters (a set-BH role and a tune one, "cut short"), the article having named the club in
    full. The club the article names most by that word, more often than all others together ("Dunford United" four
    times, "Supporters United" once), once it has been written out; not one the article named a body by on its own
    first. Only a club's ending: other last words end many bodies' names ("House" of "White House", for the
    House of Representatives, "Senate" of "U.S. Senate" for the Senate, wrong on tune pages)."""

    def __init__(self, names: list[tuple[int, str]]) -> None:
        """``names``: where each multi-word body's mention starts, and its name as written."""
        self.by_last: dict[str, Counter[str]] = {}
        self.first: dict[str, int] = {}
        self.alone: set[str] = set()
        for start, full in names:
            parts = full.split()
            last = parts[-1] if parts else ""
            if len(parts) >= 2 and parts[0][:1].isupper() and last.istitle() and last.lower() in words("club_endings") \
                    and not _CUT_SPAN.search(full):
                self.by_last.setdefault(last, Counter())[full] += 1
                self.first[full] = min(self.first.get(full, start), start)

    def named_alone(self, word: str, at: int) -> None:
        """The article names a body ``word`` on its own at token ``at``: before any full name ending with it, it is
        its own."""
        if all(self.first[full] > at for full in self.by_last.get(word, ())):
            self.alone.add(word)

    def __contains__(self, word: str) -> bool:
        return word in self.by_last

    def full_name(self, doc: Doc, i: int) -> str:
        """The body whose full name ends with token ``i``, when the token stands alone as a name; else ""."""
        columns = columns_of(doc)
        word = columns.text[i]
        counts = self.by_last.get(word)
        if not counts or word in self.alone or columns.pos[i] != "PROPN" or not word.istitle() \
                or columns.ent_type[i] not in ("", "ORG", "PERSON", "NORP"):
            return ""  # "Velm" after "Real Velm" is a city the model knows
        full, most = counts.most_common(1)[0]
        if most <= sum(counts.values()) - most or self.first[full] >= i:
            return ""
        if i > 0 and (columns.is_title[i - 1] and (not doc[i - 1].is_sent_start or columns.pos[i - 1] in _NAMING)
                      or columns.lower[i - 1] == "the"):
            return ""  # the full name again, another name it ends ("Supporters United"), or "the City"
        if i + 1 < len(doc) and doc[i + 1].text.istitle():
            return ""  # another name goes on from it ("United Nations")
        return full
