"""Definite descriptions named: "the company" → "[Apple]", "the foundation" → "the [New Orleans Jazz and Heritage
Foundation]", "the plane" → "the [Airbus A320-200]", "the captain" → "[Steve Smith]".

A bare "the / this / that + noun" in a sentence's narration stands for a name of the article when the article shows
that name to be such a thing: the name's own head noun ("… Foundation"), the article calling it one ("Pixar, the
computer-animation company", "carrier AirAsia", "X is a bank", "President Barack Obama"), or its kind (a country in
the countries list; an organisation with a chief executive, shares or customers is a company; an aircraft designation
is a plane). The name must be the only such thing in the nearest earlier sentence that has one (within a few
sentences), and not one named once there where the article named another more often, or the only one in the article
before (for "the company" and its like, with no nearer body the article never says what it is); a sentence that
names such a thing before its description says which itself and is left as written. Anything else is left as
written, and ``questions/standalone.py`` decides.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from quizgen.facts.appositives import Apposition
from quizgen.facts.designations import Designation
from quizgen.facts.lexicon import lexicon, words
from quizgen.facts.mentions import Mention
from quizgen.facts.pools import is_country
from quizgen.facts.rewrite import Replacement, Rewriter, is_quoted
from quizgen.nlp.parse import columns_of
from quizgen.nlp.spans import span_text, trim_bounds
from quizgen.nlp.cache import doc_text
from quizgen.text import COUNTRY_INITIALS, normalize

if TYPE_CHECKING:
    from spacy.tokens import Doc

LOOKBACK = 4  # sentences a description may reach back for the nearest name of its kind
DETERMINERS = frozenset({"the", "this", "that"})
NAMED = frozenset({"ORG", "GPE", "LOC", "FAC", "PRODUCT", "EVENT", "LAW", "PERSON", "EQUIPMENT"})
# A description's own words that say which one it is ("the plan to cut taxes", "the head of X"): left alone.
SPECIFYING = frozenset({"compound", "amod", "nummod", "poss", "prep", "nmod", "appos", "quantmod", "advmod",
                        "npadvmod", "conj", "cc"})
CLAUSES = frozenset({"relcl", "acl"})
_OF_NAME = frozenset({"of", "for"})
MISREAD_ORGS = frozenset({"WORK_OF_ART", "PRODUCT", "EVENT", "LAW", "NORP"})
_MODIFYING = frozenset({"compound", "amod", "nmod"})  # a name on these to a noun after it says whose ("US forces")


@dataclass
class Referent:
    """One named thing of the article, with the nouns the article uses for it."""

    name: str  # the fullest form seen
    label: str
    kinds: set[str] = field(default_factory=set)
    the_votes: int = 0  # mentions with "the" before them less those without ("the Pentagon", but "Apple")

    def may_be(self, labels: frozenset[str], noun: str) -> bool:
        """Whether the thing may be what ``noun`` (carrying one of ``labels``) stands for: its label is one of them,
        or ``noun`` names a business and the thing is a "person" the article never gives a first name (the small
        model reads many a one-word company as a person: "Yukos' US lawyers claim … the firm had filed for
        bankruptcy" had named the firm after the buyer a sentence before)."""
        return self.label in labels or (self.label == "PERSON" and " " not in self.name.strip()
                                        and noun in words("business_nouns"))

    def with_the(self, noun: str) -> bool:
        """Whether to write "the" before the name: as the article mostly does; when it is even, as English does for a
        name whose head is a common noun ("the Jazz and Heritage Festival")."""
        return self.the_votes > 0 or (self.the_votes == 0 and name_head(self.name) == noun)


@cache
def _synonyms() -> dict[str, frozenset[str]]:
    out: dict[str, frozenset[str]] = {}
    for group in lexicon()["antecedent_kinds"]:
        for word in group:
            out[word] = out.get(word, frozenset()) | frozenset(group)
    return out


def kinds_of(noun: str) -> frozenset[str]:
    """``noun`` and the nouns that name the same kind of thing ("company" → firm, corporation …)."""
    return _synonyms().get(noun, frozenset({noun}))


@cache
def _equipment_nouns() -> dict[str, frozenset[str]]:
    """Class → the singular nouns naming it ("aircraft" → plane, jet, airliner …)."""
    out: dict[str, set[str]] = {}
    for noun, cls in lexicon()["equipment_classes"].items():
        if not noun.endswith("s") or noun == cls:
            out.setdefault(cls, set()).add(noun)
    return {cls: frozenset(nouns) for cls, nouns in out.items()}


def name_head(name: str) -> str:
    """A name's head noun, lower-cased: its last word, or the word before "of" ("Bank of America" → "bank");
    "" for a one-word name."""
    parts = name.split()
    if len(parts) < 2:
        return ""
    for n, word in enumerate(parts[1:], 1):
        if word.lower() in _OF_NAME:
            return parts[n - 1].lower()
    head = parts[-1].lower().strip(".,")
    return "" if head in words("not_antecedent_heads") else head


@dataclass
class Referents:
    """The article's named things, in order, and what each is called."""

    by_key: dict[str, Referent] = field(default_factory=dict)
    by_sent: dict[int, list[tuple[int, str]]] = field(default_factory=dict)  # sentence → (token, key)
    _alias: dict[str, str] = field(default_factory=dict)  # a name's key → the key of the first form seen
    _bare: dict[str, str] = field(default_factory=dict)  # a key without its company ending → that first key
    _fit_cache: dict[str, list[tuple[int, str]]] = field(default_factory=dict)

    def add(self, sentence: int, token: int, name: str, label: str, with_the: bool, modifier: bool = False) -> str:
        """Record a mention; ``modifier`` ("U.S. invasion", "Apple stock"): it says what the name is but is not a
        thing a later description points to."""
        key = self.key_of(name)
        found = self.by_key.get(key)
        if found is None:
            found = self.by_key[key] = Referent(name, label)
            head = name_head(name)
            if head:
                found.kinds.add(head)
        elif len(name) > len(found.name):
            found.name = name
        found.the_votes += 1 if with_the else -1
        if not modifier:
            self.by_sent.setdefault(sentence, []).append((token, key))
        return key

    def key_of(self, name: str) -> str:
        """One key for a name with and without its company ending ("Genentech" and "Genentech Inc.")."""
        key = normalize(name)
        if key not in self._alias:
            self._alias[key] = self._bare.setdefault(_without_ending(key), key)
        return self._alias[key]

    def call(self, key: str, noun: str) -> None:
        """The article calls the thing at ``key`` a ``noun``."""
        if noun:
            self.by_key[key].kinds.add(noun)
            self._fit_cache.clear()

    def fits(self, key: str, noun: str) -> bool:
        return bool(self.by_key[key].kinds & kinds_of(noun))

    def resolve(self, noun: str, sentence: int, token: int,
                quoted: Callable[[int], bool] = lambda t: False) -> Referent | None:
        """The one named thing ``noun`` stands for at ``token`` of ``sentence``, or None when none or several fit.
        A name before it in a quotation (``quoted`` token) is the speaker's, not the narration's."""
        labels = class_labels(noun)
        if any(t < token and (self.fits(key, noun) or self.by_key[key].may_be(labels, noun)) and not quoted(t)
               for t, key in self.by_sent.get(sentence, [])):
            return None  # the sentence names it (or may) before: clear as written
        for back in range(sentence - 1, max(-1, sentence - 1 - LOOKBACK), -1):
            keys = {key for _, key in self.by_sent.get(back, ()) if self.fits(key, noun)}
            if len(keys) > 1:
                return None  # two of a kind in the nearest sentence that has one: naming one would be a guess
            if keys:
                (key,) = keys
                return None if self._outnamed(key, noun, sentence) else self.by_key[key]
            if noun in words("business_nouns") and any(self._unknown(key) for _, key in self.by_sent.get(back, ())):
                return None  # a nearer body the article never says what it is may be the company
        keys = {key for n, key in self._fitting(noun) if n < sentence}  # none close by: the article's only one
        return self.by_key[keys.pop()] if len(keys) == 1 else None

    def _unknown(self, key: str) -> bool:
        """Whether the thing at ``key`` is a body the article never says what it is: "Microsoft's Windows …" a
        sentence before "the company announced", where the only thing the article called a firm was a security firm
        quoted further back (set AY: "[Sophos] announced … security tools", rated bad, "the article says
        Microsoft")."""
        found = self.by_key[key]
        return found.label == "ORG" and not any(class_labels(kind) for kind in found.kinds)  # "Digital" of its name

    def _outnamed(self, key: str, noun: str, sentence: int) -> bool:
        """Whether the nearest thing of the kind, named once so far, is outnamed by another the article has named more
        often before ``sentence``: "the country" after one aside on Uganda in a story on Britain (a set-AA card
        read "strikes that brought [Uganda] to a standstill" of British strikes). Naming either would be a guess."""
        counts = Counter(k for n, k in self._fitting(noun) if n < sentence)
        return counts[key] == 1 and any(n > 1 for k, n in counts.items() if k != key)

    def _fitting(self, noun: str) -> list[tuple[int, str]]:
        """(sentence, key) of every mention that fits ``noun``, in order (worked out once per noun)."""
        if noun not in self._fit_cache:
            self._fit_cache[noun] = [(n, key) for n in sorted(self.by_sent) for _, key in self.by_sent[n]
                                     if self.fits(key, noun)]
        return self._fit_cache[noun]


def gather_referents(doc: Doc, sent_of: list[int], mentions: Iterable[Mention], appositions: Iterable[Apposition],
                     designations: Iterable[Designation]) -> Referents:
    """The article's named things and the nouns it uses for each."""
    refs = Referents()
    text, c = doc_text(doc), columns_of(doc)
    at: dict[tuple[int, int], str] = {}
    spans = [(m.start, m.end, m.label, m.canonical) for m in mentions if m.label in NAMED]
    spans += [(d.start, d.end, "EQUIPMENT", "") for d in designations if d.form != "type"]
    company, countries = _company_cues(), kinds_of("country")
    for start, end, label, canonical in sorted(spans):
        bounds = trim_bounds(doc, start, end, True)
        if bounds is None:
            continue
        name = canonical or text[bounds[0]:bounds[1]]
        first = next((i for i in range(start, end) if c.idx[i] >= bounds[0]), start)
        # "the U.K. Patent and Trademark Office": the "the" before a country's initials is the name's
        with_the = first > 0 and (c.lower[first - 1] == "the" or (first > 1 and c.lower[first - 2] == "the"
                                                                  and COUNTRY_INITIALS.fullmatch(c.text[first - 1])))
        root = max(range(start, end), key=lambda i: not start <= c.head[i] < end)  # the token hanging outside
        modifier = c.dep[root] in _MODIFYING and c.head[root] >= end \
            and c.lower[c.head[root]] not in company[0] | words("role_titles")  # but "Verizon executives" speak
        key = at[(start, end)] = refs.add(sent_of[start], first, name, label, with_the, modifier)
        if label in ("ORG", "PRODUCT") and _looks_like_company(c, start, end, company):
            refs.call(key, "company")
        if label == "GPE" and (is_country(name) or normalize(name) in words("country_aliases")):
            for noun in countries:
                refs.call(key, noun)
        elif label == "GPE" and name in _us_states():
            refs.call(key, "state")  # "Alabama … the state's economy" (not "Washington said": the capital is a GPE too)
        if label in ("GPE", "LOC") and start >= 2 and c.lower[start - 1] == "of" \
                and c.lower[start - 2] in words("place_nouns"):
            refs.call(key, c.lower[start - 2])  # "the city of Leeds", "the province of Aceh"
        if start > 0 and c.lower[start - 1] in words("org_heads") and c.dep[start - 1] in ("compound", "nmod") \
                and c.head[start - 1] in range(start, end) and label != "PERSON":
            refs.call(key, c.lower[start - 1])  # "carrier AirAsia", "the state newspaper Rodong Sinmun"
    for d in designations:
        key = at.get((d.start, d.end))
        if key and d.cls:
            for noun in _equipment_nouns().get(d.cls, ()):
                refs.call(key, noun)
    by_start = {start: key for (start, _), key in at.items()}
    for a in appositions:  # "Pixar, the computer-animation company", "President Barack Obama" (a title: no end)
        key = by_start.get(a.subject_start)
        if key:
            refs.call(key, a.head)
    return refs


@cache
def _us_states() -> frozenset[str]:
    return frozenset(json.loads(Path(__file__).with_name("antecedents.json").read_text(encoding="utf-8"))["us_states"])


@cache
def _company_cues() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    cues = lexicon()["company_cues"]
    return frozenset(cues["after"]), frozenset(cues["after_chief"]), frozenset(cues["name_endings"])


def _looks_like_company(c, start: int, end: int, cues: tuple[frozenset[str], ...]) -> bool:
    """"Verizon executives", "Apple's chief executive", "Apple stock", "Genentech Inc.": a company."""
    after, after_chief, endings = cues
    if c.lower[end - 1].rstrip(".") in endings:
        return True
    i = end + 1 if end < len(c.lower) and c.lower[end] in ("'s", "’s") else end
    if i >= len(c.lower):
        return False
    if c.lower[i] in after:
        return True
    return c.lower[i] == "chief" and i + 1 < len(c.lower) and c.lower[i + 1] in after_chief


def name_descriptions(doc: Doc, sent_of: list[int], refs: Referents, rewriter: Rewriter,
                      keep_out: Iterable[tuple[int, int]] = ()) -> list[Replacement]:
    """Replace each bare description in the narration whose named thing ``refs`` resolves; the replacements made.

    ``keep_out``: token spans (answers that hold a description, like an appositive) left as written."""
    c = columns_of(doc)
    kept = [range(s, e) for s, e in keep_out]
    unique = words("unique_nouns")
    made = []
    for i in [i for i, w in enumerate(c.lower) if w in DETERMINERS]:
        noun = c.head[i]
        clipped = _clipped_name(c, i, noun)
        if not clipped and (not i < noun <= i + 1 + _DESCRIBING_WORDS or noun >= len(c.lower) or c.dep[i] != "det"
                            or c.pos[noun] != "NOUN" or c.tag[noun] != "NN" or not c.text[noun].islower()
                            or c.lower[noun] in unique or c.ent_type[noun] or not _only_describing(c, i, noun)
                            or c.dep[noun] == "compound"):
            continue  # (a noun that only modifies the next: "the world cross country championships" is no country)
        children = [k for k in _near(c, noun) if c.head[k] == noun and k != i and k != noun and not i < k < noun]
        if any(c.dep[k] in SPECIFYING for k in children):
            continue  # "the new plane", "the head of X": its own words say which
        if any(c.dep[k] in CLAUSES for k in children) and not _after_comma(c, noun):
            continue  # "the plan that cut taxes": a restrictive clause says which
        if rewriter.replaced(i) or rewriter.replaced(noun) or any(i in r or noun in r for r in kept):
            continue
        if is_quoted(doc, c.idx[i]):
            continue  # a quote keeps its own words
        if _named_before(doc, c, sent_of, i, name_labels(c.lower[noun])):
            continue  # "Zhang cofounded Editas Medicine, and the startup …": its own sentence may say which
        if _same_noun_before(doc, c, sent_of, i, noun, rewriter):
            continue  # "his own company's claims …, which the company put at": the sentence's own company, unnamed
        found = refs.resolve(c.lower[noun], sent_of[i], i, lambda t: is_quoted(doc, c.idx[t]))
        if found is None:
            continue
        if clipped and found.label in ("LOC", "GPE") and _leaning(found.name):
            continue  # "the South" after "the solidly Republican South": a region described, not a longer name
        shown = f"[{found.name}]"
        if found.with_the(c.lower[noun]):
            shown = ("The " if c.text[i][0].isupper() else "the ") + shown
        rep = Replacement(i, noun + 1, shown, pos="PROPN", ent_type=found.label)
        if rewriter.replace(rep):
            made.append(rep)
    return made


def _clipped_name(c, det: int, noun: int) -> bool:
    """Whether a determiner + one capitalised word ("The Bill would require …") may stand for a name the article gave
    before ("the Data Retention Bill"), as the same word in lower case would: blind raters: "'The Bill' dangles.
    Edit: replace it with the Data Retention Bill". The model reads such a word as a name of its own ("Bill": a
    person), so none of a description's other tests apply; only the word itself may follow the determiner ("the new
    Bill" may be another). A group's name ("the Tories", "the Democrats": NORP) is a name of its own, no clip of a
    longer one ("Arundel and South Downs Tories", one local branch: a wrong card on the party)."""
    return noun == det + 1 and c.text[noun].istitle() and c.ent_type[noun] != "NORP"


def _leaning(name: str) -> bool:
    """Whether a name opens on a party's word ("Republican South"): for a place, the model's name for a described
    region, which a clipped "the South" does not stand for (set AL: "a winning coalition in [Republican South]"); a
    body's ("the Committee" of "Democratic National Committee") is its name."""
    first, _, rest = name.partition(" ")
    return bool(rest) and first.lower() in words("party_words")


@cache
def class_labels(noun: str) -> frozenset[str]:
    """Entity labels a thing called ``noun`` may carry: a name with one of them before the description in its own
    sentence may be what it means ("Zhang cofounded Editas Medicine, and the startup announced …")."""
    labels = set()
    if noun in words("role_titles"):
        labels.add("PERSON")
    if kinds_of(noun) & words("org_heads") or noun in lexicon()["company_cues"]["name_endings"]:
        labels.add("ORG")
    if noun in words("place_nouns"):
        labels |= {"GPE", "LOC"}
    if noun in lexicon()["equipment_classes"]:
        labels |= {"EQUIPMENT", "PRODUCT"}
    return frozenset(labels)


def name_labels(noun: str) -> frozenset[str]:
    """``class_labels``, with the labels the model often puts on a company's name instead (a work of art, a product)
    when the noun may name an organisation: what a name standing for the description may carry."""
    labels = class_labels(noun)
    return labels | MISREAD_ORGS if "ORG" in labels else labels


def _named_before(doc: Doc, c, sent_of: list[int], i: int, labels: frozenset[str]) -> bool:
    """Does a name that may be of the description's kind stand before token ``i`` in its sentence (the model often
    reads a company as a work of art or a product)? A name inside a quotation is the speaker's subject, not the
    narration's: "“We look forward to working with the U.S. Air Force,” the company said" means the company named
    before (blind raters: "the company said dangles; replace it with Boeing")."""
    return any(c.ent_type[k] in labels and not is_quoted(doc, c.idx[k]) and not _modifying_name(c, k)
               for k in _earlier_in_sentence(sent_of, i))


def _same_noun_before(doc: Doc, c, sent_of: list[int], i: int, noun: int, rewriter: Rewriter) -> bool:
    """Whether the narration of the description's sentence used its noun before it, unnamed ("He expected his own
    company's claims to be lower than those from the storms, which the company put at $640m"): the description takes
    that mention up, so naming the thing from further back is a guess (a set-AB card credited one reinsurer's figure
    to another the article had named more: bad). A mention already named ("the state's office … the state's
    website") is named the same way again."""
    return any(c.lower[k] == c.lower[noun] and c.pos[k] == "NOUN" and _definite(c, k) and not is_quoted(doc, c.idx[k])
               and not rewriter.replaced(k) for k in _earlier_in_sentence(sent_of, i))


def _earlier_in_sentence(sent_of: list[int], i: int) -> Iterator[int]:
    """The tokens of token ``i``'s sentence before it, nearest first."""
    k = i - 1
    while k >= 0 and sent_of[k] == sent_of[i]:
        yield k
        k -= 1


def _definite(c, k: int) -> bool:
    """Whether the noun at ``k`` is a definite or possessed one ("the company", "his own company"), not "a company"
    (a kind, which a later "the company" does not take up)."""
    return any(c.head[j] == k and (c.dep[j] == "poss" or c.dep[j] == "det" and c.lower[j] in DETERMINERS)
               for j in range(max(0, k - 4), k))


def _modifying_name(c, k: int) -> bool:
    """Whether the name token ``k`` is part of a name that only modifies a common noun after it ("US forces", "U.S.
    officials"): it says whose forces, and is no thing of the sentence a later "the country's" could mean ("handed
    over to US forces in the country's southern Zabul province": raters, "'the country's' dangles; Afghanistan's")."""
    root = k
    while c.head[root] > root and c.ent_type[c.head[root]] == c.ent_type[k]:
        root = c.head[root]  # the name's last word, whose head lies outside it
    head = c.head[root]
    return c.dep[root] in _MODIFYING and head > root and not c.ent_type[head] and c.pos[head] == "NOUN"


def _without_ending(key: str) -> str:
    parts = key.split()
    while len(parts) > 1 and parts[-1].rstrip(".") in _company_cues()[2]:
        parts.pop()
    return " ".join(parts)


_DESCRIBING_WORDS = 3  # "the mobile payments company": common nouns before the head that only say what it is


def _only_describing(c, det: int, noun: int) -> bool:
    """Whether the words between a determiner and its noun only say what kind of thing it is ("the mobile payments
    company", "the oil company": lowercase common nouns compounded with it, and their own modifiers), never which
    one ("the new company", "the state's agency", "the 2010 plan", "the Pentagon agency" say which)."""
    for k in range(det + 1, noun):
        if c.ent_type[k] or not c.text[k].islower() or c.pos[k] not in ("NOUN", "ADJ"):
            return False
        if c.head[k] == noun and c.dep[k] != "compound":
            return False  # an adjective on the head itself ("the new company", "the rival firm") may say which
        if c.head[k] != noun and not det < c.head[k] < noun:
            return False
    return True


def _near(c, noun: int) -> range:
    """Tokens that may hang from ``noun`` (a description is short: its clause children sit close by)."""
    return range(max(0, noun - 4), min(len(c.head), noun + 12))


def _after_comma(c, noun: int) -> bool:
    return noun + 1 < len(c.text) and c.text[noun + 1] == ","
