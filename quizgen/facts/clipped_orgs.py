"""A body named by the first word of its full name ("Fortress" after "Fortress Investment Group", "Taylor" after
"Taylor International Corp."): written out in full, as a person's surname is (blind raters: "'Taylor' dangles: a
person? a company?", 31 ratings of one card). Only when one body of the article opens with that word, and the word
stands alone (not the start of the full name again, not a person's name). Not a word the article named as a body
of its own before ("Apple" before "Apple Pencil", "Fed" before "Fed Chair": written out, "Apple is considering"
became "Apple Pencil is considering", a wrong card), nor a name that ends in a person's title ("Fed Chair"), that
the model reads as ending in a common noun ("Apple TV": "If Apple could gain" became "If Apple TV could gain") or
that ends in a part of an institution ("Harvard Law School": "the Harvard and University of North Carolina cases"
became "the Harvard Law School and …", a wrong fact on a fresh page)."""

from __future__ import annotations

from spacy.tokens import Doc

from quizgen.facts.lexicon import words
from quizgen.nlp.parse import columns_of

# first words that open many bodies' names: "National" alone says no one body
_GENERIC = frozenset({"the", "national", "new", "united", "american", "british", "first", "general", "federal",
                      "state", "royal", "north", "south", "east", "west", "central", "international", "global",
                      "world", "us", "u.s.", "european", "chinese", "city", "county"})


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
                and parts[-1].lower() not in words("role_titles"):
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
        if columns.dep[i] == "compound" and columns.pos[columns.head[i]] == "NOUN":
            return ""  # it names a kind of thing ("vice president of Fios product management" is not "Fios TV …")
        return full
