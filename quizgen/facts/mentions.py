"""Mentions: the model's entities and the designations, with labels repaired from context.

The small model calls a newspaper a person and misses "Joint Chiefs of Staff"; head nouns, roles and
capitalised spans put that right.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from quizgen.facts.appositives import (Apposition, capitalised_spans, org_by_head, past_post_nominals, person_by_role,
                                      title_word)
from quizgen.facts.counts import durations
from quizgen.facts.designations import Designation, find_designations
from quizgen.facts.first_names import is_first_name
from quizgen.facts.lexicon import words
from quizgen.facts.names import COURTESY_TITLES
from quizgen.facts.person_nouns import person_noun
from quizgen.facts.pools import pool
from quizgen.nlp.cache import doc_cache, doc_ents, doc_sents
from quizgen.nlp.parse import DocColumns, columns_of
from quizgen.nlp.spans import NAME_NOISE, POSSESSIVE, TokenFlags, span_root, span_text
from quizgen.text import ASIDE_DASHES

if TYPE_CHECKING:
    from collections.abc import Iterable

    from spacy.tokens import Doc, Span

# Labels the small model gives people it does not know ("Ankit Panda" as ORG); context may correct them.
MISREAD_PEOPLE = frozenset({"ORG", "GPE", "NORP", "PRODUCT", "FAC", "LOC", "WORK_OF_ART"})
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})


@dataclass
class Mention:
    """A name, number or date at tokens ``[start, end)`` with its (repaired) label and full form."""

    start: int
    end: int
    label: str
    canonical: str = ""


def gather_mentions(doc: Doc) -> tuple[list[Mention], list[Designation]]:
    """The doc's entities (labels repaired by head nouns, missed people added) and its designations."""
    designations = find_designations(doc)
    taken = TokenFlags(len(doc), ((d.start, d.end) for d in designations))
    mentions = []
    groups: frozenset[str] | None = None
    for ent in joined_entities(doc):
        if ent.label_ == "EQUIPMENT" or taken.overlaps((ent.start, ent.end)):
            continue
        if common_noun(doc, ent.start, ent.end):
            continue  # "Engineers replaced …": a capitalised common noun is no name
        if ent.start and doc[ent.start - 1].ent_type_ == "PERSON" \
                and past_post_nominals(doc, ent.start, ent.end) == ent.end:
            continue  # "Tom McCabe MSP": the letters after a name are no body
        label = ent.label_
        if label in _EPITHET_LABELS and person_epithet(doc, ent.start, ent.end):
            continue  # "the Dutchman said": someone the article named before, by nationality or post; no body
        if label == "PERSON" and _holds_an_article(doc, ent.start, ent.end):
            continue  # "Comedy Meet The Fockers": a title, no person (a set-AQ card wrote "Meet the [Comedy …]")
        if label in MISREAD_PEOPLE | {"PERSON"} and org_by_head(doc, ent.start, ent.end):
            label = "ORG"
        elif label == "PERSON" and _initials(doc, ent.start, ent.end):
            label = "ORG"  # "for charity CHAS": a name in capitals is an organisation's initials, not a person
        elif label == "PERSON" and _the_name(doc, ent.start, ent.end):
            label = "ORG"  # "Zhang and the Broad won": a lone name after "the" is a body, not a person
        elif label in _CLUB_MISREADS and _club_name(doc, ent.start, ent.end, label):
            label = "ORG"  # "… said Dunford United": a club, never a person (a tune card asked "Who said" → a club)
        elif label in NAME_LABELS and place_by_context(doc, ent.start, ent.end):
            label = "FAC" if doc[ent.end - 1].text in words("facility_words") else "GPE"
        start = past_title(doc, _after_owner(doc, ent.start, ent.end), ent.end) if label == "PERSON" else ent.start
        if label == "PERSON" and ent.end - start > 2:
            groups = _group_words(doc) if groups is None else groups
            first = columns_of(doc).text[start]
            # a party's word is no first name either, whatever the model read it as ("Tories Ken Clarke": a set-Y
            # card answered "Tories Ken Clarke")
            start += first in groups or (first.lower() in words("party_words")
                                         and columns_of(doc).is_title[start + 1])
        if label in _CAPITALISED_NAMES:
            start = _past_lower_words(doc, _past_opening_word(doc, start, ent.end), ent.end)
            if start is None:
                continue  # "marijuana", "jargon", "lorry crash": the model's name has no capital in it
        end = name_end(doc, start, ent.end) if label in ("PERSON", "ORG") else ent.end
        if label == "ORG":
            start = _and_joined_start(doc, start, end)
        if label == "PERSON":
            end = _name_cut_short(doc, start, _before_number(doc, start, end))
        elif label == "DATE" and _attributive_date(doc, start, end):
            start += 1
        mentions.append(Mention(start, end, label))
        taken.add((start, end))
    one_label_per_name(doc, mentions)
    recover_people(doc, mentions, taken)
    titled_people(doc, mentions)
    recover_surnames(doc, mentions, taken)
    taken_tokens = {i for i, flag in enumerate(taken.flags) if flag}
    for start, end in durations(doc, taken_tokens):
        mentions.append(Mention(start, end, "DATE"))
    return mentions, designations


def _attributive_date(doc: Doc, start: int, end: int) -> bool:
    """Whether a date with digits opens on "the" or "a" that belongs to the noun after it ("by the Nov. 23
    Thanksgiving holiday", "in a Nov. 27 letter"): the article is the noun's, not the date's (set AE's raters on the
    answers "the Nov. 23" and "a Nov. 27": "a stray article")."""
    c = columns_of(doc)
    # the article hangs on the noun after the date, not on a word of it ("by the end of 2004 Microsoft …" keeps it)
    return end - start > 1 and c.lower[start] in ("the", "a", "an") and any(ch.isdigit() for ch in c.text[end - 1]) \
        and end < len(doc) and c.pos[end] in ("NOUN", "PROPN") and c.head[start] >= end


_CAPITALISED_NAMES = frozenset({"PERSON", "ORG", "GPE", "LOC", "FAC"})  # a name of these has a capital in it
# lower-case words that begin a name ("de Miranda", "von Holtzbrinck", "al-Qaeda" is one token)
_NAME_PARTICLES = frozenset("al el de da di del della des van von der den la le bin ibn ben du dos das ter ten".split())


_OPENING_WORDS = frozenset({"ADP", "SCONJ", "CCONJ"})


def _past_opening_word(doc: Doc, start: int, end: int) -> int:
    """Where a name starts past a preposition or conjunction that opens its sentence, capitalised there only
    ("Without Charles, it is hard to imagine …" read as one person: "Charles" then named two people, and a later
    "when Charles died" was left a bare surname), or past a verb's "-ing" form (``_gerund``)."""
    opening = doc[start].pos_ in _OPENING_WORDS or _gerund(doc[start].text)
    if end - start > 1 and doc[start].is_sent_start and opening:
        return start + 1
    return start


GERUND_LETTERS = 5  # "Tying", "Funding"; not "King", "Ming"


def _gerund(word: str) -> bool:
    """Whether a name's first word, opening its sentence, reads as a verb's "-ing" form and no first name ("Tying
    Obamacare to the tax program …" read as a person: every later "Obamacare" became "Tying Obamacare", and a
    set-AO card credited the Speaker's words to it)."""
    return len(word) >= GERUND_LETTERS and word.endswith("ing") and word[0].isupper() and word[1:].islower() \
        and not is_first_name(word)


def _past_lower_words(doc: Doc, start: int, end: int) -> int | None:
    """Where a person's, a body's or a place's name begins past the lower-case words the model ran into it ("assert
    Giuliani", "rookie Emil Bemstrom", "all Department of Energy", "west London"); None when no word of it is
    capitalised ("marijuana", "lorry crash", "n’t"). A name's own particle ("de Miranda") and a brand written in lower
    case first ("iPad") stay."""
    c = columns_of(doc)
    first = start + (start < end and c.lower[start] in NAME_NOISE)
    begin = first
    while first < end and c.is_alpha[first] and c.text[first].islower() and c.lower[first] not in _NAME_PARTICLES:
        first += 1
    if not any(c.text[i] != c.lower[i] for i in range(first, end)):
        return None
    # a determiner before the name ("the White House") stays for now: ``trim_bounds`` takes it off later (its
    # ``NAME_NOISE``), once the labels are settled
    return first if first > begin else start


_TRAILING_MARKS = ASIDE_DASHES | {",", ";", ":"}
_RUN_ON = frozenset({"ADP", "CCONJ", "SCONJ", "DET", "PRON", "VERB", "AUX", "PART"})


def name_end(doc: Doc, start: int, end: int) -> int:
    """Where a person's or a body's name ends before the words of the sentence the model ran it on into ("a suit
    filed against Vergara on behalf of …" read as "Vergara on behalf", "Killer Instinct and", "The Associated Press
    that"): at a preposition, conjunction, determiner or verb among the lower-case words that end it. A common
    noun there is the name's own ("the Likud party"). A dash or comma the model ran in ("Kanye West - who …") is
    no part of it either: a set-U card answered "Kanye West -". Nor is what follows a dash written with spaces
    round it, which sets off an aside ("Roger Federer - nice bloke …" read as one person: a later "Federer" was then
    written "Roger Federer - nice", set AV's raters' "broken substitution"); a hyphen inside a name has none."""
    c = columns_of(doc)
    end = next((i for i in range(start + 1, end - 1) if c.text[i] in ASIDE_DASHES and doc[i - 1].whitespace_
                and doc[i].whitespace_), end)
    while end - 1 > start and c.text[end - 1] in _TRAILING_MARKS:
        end -= 1
    tail = end
    while tail - 1 > start and c.is_alpha[tail - 1] and c.text[tail - 1].islower():
        tail -= 1
    return next((i for i in range(tail, end) if c.pos[i] in _RUN_ON), end)


def _and_joined_start(doc: Doc, start: int, end: int) -> int:
    """Where a body's name starts past the capitalised words and "and" the model left off its start ("Trademark
    Office" of "the U.K. Patent and Trademark Office": an earlier "the patent office" was then written "[Trademark
    Office]", a tune rater's "garbled"): a name whose last word is a body's ("Office", "Commission"), after words
    no other name claims."""
    c = columns_of(doc)
    if start < 2 or c.lower[start - 1] != "and" or c.lower[end - 1] not in words("org_words"):
        return start
    if c.lower[start] == "the":
        return start  # "… Action and the Working Families Party": a body of its own after "and the"
    first = start - 1
    titles = words("role_titles")
    while first > 0 and c.is_title[first - 1] and c.pos[first - 1] == "PROPN" and not doc[first - 1].ent_type_ \
            and c.lower[first - 1] not in titles and not doc[first].is_sent_start:
        first -= 1
    return first if first < start - 1 else start


def _name_cut_short(doc: Doc, start: int, end: int) -> int:
    """Where a person's name of two words ends past the last part the model left off: a syllable after a hyphen
    ("Moon Jae" of "Moon Jae-in") or a third word of name ("Lee Hsien" of "Lee Hsien Loong": a set-AO card asked
    "Who was Lee Hsien …?")."""
    if end - start != 2 or end == len(doc):
        return end
    c = columns_of(doc)
    if _hyphened_syllable(doc, c, end):
        return end + 2
    return end + 1 if _third_name_word(doc, c, end) else end


def _hyphened_syllable(doc: Doc, c: DocColumns, i: int) -> bool:
    """Whether tokens ``i`` and on are a short syllable hyphened onto the word before ("-in" of "Jae-in"; not
    "-era", nor "-a-" of "Mar-a-Lago")."""
    return i + 1 < len(doc) and c.text[i] == "-" and not doc[i - 1].whitespace_ and not doc[i].whitespace_ \
        and c.is_alpha[i + 1] and c.text[i + 1].islower() and len(c.text[i + 1]) <= HYPHENED_LETTERS \
        and c.lower[i + 1] not in _HYPHENED_WORDS and (i + 2 == len(doc) or c.text[i + 2] != "-")


def _third_name_word(doc: Doc, c: DocColumns, i: int) -> bool:
    """Whether token ``i``, after a space, is a capitalised word no other name or title claims that ends the run of
    names ("Loong" of "Lee Hsien Loong for …"; not "A" of "Novo Nordisk A/S", nor a word opening a sentence)."""
    if not (c.is_title[i] and c.is_alpha[i] and len(c.text[i]) > 1 and c.pos[i] == "PROPN" and doc[i - 1].whitespace_
            and not doc[i].is_sent_start and doc[i].ent_type_ in ("", "PERSON")
            and c.lower[i] not in words("role_titles")):
        return False
    if i + 1 == len(doc) or doc[i + 1].is_sent_start:
        return True
    return (bool(doc[i].whitespace_) or c.text[i + 1] in _NAME_ENDS) and c.pos[i + 1] != "PROPN"


HYPHENED_LETTERS = 3  # "-in", "-un", "-hye"
_HYPHENED_WORDS = frozenset({"era", "led", "run", "age", "ish"})  # "the Tony Blair-era rules", "Tom Berg-led"
_NAME_ENDS = frozenset({",", ".", ";", ":", "'s", "’s", ")"})  # a mark after a name's last word (not "/")


def _before_number(doc: Doc, start: int, end: int) -> int:
    """Where a person's name ends before a score the model ran it into ("battled past Ken Lund 6-4 3-6": a set-X
    card answered a player "… 6"): a body's name may end in a number ("Radio 4"), a person's ends in a word."""
    c = columns_of(doc)
    while end - 1 > start and _SCORE_PART.fullmatch(c.text[end - 1]):
        end -= 1
    return end


_SCORE_PART = re.compile(r"\d[\d–-]*|[–-]")  # "6", "-", "4" of "6-4"; "3-6" when one token ("Sr." keeps its stop)


def past_title(doc: Doc, start: int, end: int) -> int:
    """Where a person's name starts past a title the model read into it ("executive VP Marni Walden"): a title word
    before two words of name or more."""
    c, titles = columns_of(doc), words("role_titles")
    while end - start > 2 and c.lower[start].rstrip(".") in titles:
        start += 1
    return start


def _group_words(doc: Doc) -> frozenset[str]:
    """The one-word names the model reads as a group of people elsewhere in the article ("a Tory one"): never a
    person's first name ("Tory Liam Fox" read as one person: "a Tory one" was then written out as "a Tory Liam Fox
    one", and the card's answer read "Tory Liam Fox")."""
    return frozenset(e.text for e in doc_ents(doc) if e.label_ == "NORP" and len(e) == 1)


def _after_owner(doc: Doc, start: int, end: int) -> int:
    """Where the person starts in a name read with its owner ("Broad’s Zhang": Zhang of the Broad Institute),
    so "Broad" never becomes a first name."""
    c = columns_of(doc)
    for i in range(end - 2, start, -1):
        if c.text[i] in POSSESSIVE and c.is_title[i + 1]:
            return i + 1
    return start


def _holds_an_article(doc: Doc, start: int, end: int) -> bool:
    """Whether a capitalised article stands inside the name, after its first word: no person's name holds one."""
    return any(word in ("The", "A", "An") for word in columns_of(doc).text[start + 1:end])


def _the_name(doc: Doc, start: int, end: int) -> bool:
    """One capitalised word after "the" that ends its noun phrase ("the Broad", not "the Kennedy years")."""
    c = columns_of(doc)
    return end - start == 1 and start > 0 and c.lower[start - 1] == "the" \
        and (end == len(doc) or c.pos[end] not in ("NOUN", "PROPN"))


_EPITHET_ENDINGS = ("man", "woman")  # "Dutchman", "Irishman", "Frenchwoman"
_EPITHET_LABELS = frozenset({"ORG", "PERSON", "NORP"})  # not a product: "the Walkman"


def person_epithet(doc: Doc, start: int, end: int) -> bool:
    """One capitalised word after "the" that names a person by nationality or post ("…,” the Dutchman said", "the
    Bishop said"), though the model reads a body in it: set-BG raters on "Which organisation said …?" → "Dutchman",
    → "Bishop": bad, "the speaker, not a body"."""
    c = columns_of(doc)
    if end - start != 1 or start == 0 or c.lower[start - 1] != "the" or not c.is_title[start]:
        return False
    return c.lower[start].endswith(_EPITHET_ENDINGS) or c.lower[start] in words("role_titles")


_CLUB_MISREADS = frozenset({"PERSON", "GPE", "LOC", "FAC"})


def _club_name(doc: Doc, start: int, end: int, label: str = "PERSON") -> bool:
    """A name of two words or more ending in a word that ends a club's name and no person's ("Dunford United",
    "Lusk Rovers", "Velm City"): the model reads some as a person's (on 28 tune pages; a "he said" was
    credited to the club) or a place's; but a place may end in "City" ("Velm City")."""
    c = columns_of(doc)
    last = c.lower[end - 1]
    return end - start >= 2 and c.is_title[end - 1] and last in words("club_endings") \
        and (label == "PERSON" or last != "city")


def _initials(doc: Doc, start: int, end: int) -> bool:
    """One word in capitals ("CHAS", "NATO"), in a sentence not itself written in capitals."""
    c = columns_of(doc)
    return end - start == 1 and c.is_upper[start] and c.is_alpha[start] and len(c.text[start]) >= 2 \
        and not doc[start].sent.text.isupper()


NAME_LABELS = frozenset({"ORG", "PERSON", "GPE", "LOC", "FAC", "NORP", "PRODUCT"})
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})


def joined_entities(doc: Doc) -> list[Span]:
    """The model's entities, with a nationality word joined to the name right after it (the model splits
    "French Guiana" into French (LANGUAGE) + Guiana; the whole is one place) and a day joined to the part
    of it right after ("Thursday" (DATE) + "evening" (TIME): one date, "Thursday evening")."""
    from spacy.tokens import Span

    ents = doc_ents(doc)
    out: list[Span] = []
    for ent in ents:
        prev = out[-1] if out else None
        if prev is not None and prev.end == ent.start and prev.label_ in ("NORP", "LANGUAGE") \
                and ent.label_ in NAME_LABELS and all(t.is_title for t in doc[prev.start:ent.end]):
            out[-1] = Span(doc, prev.start, ent.end, label="GPE" if prev.start and doc[prev.start - 1].lower_ in ("in", "from", "to")
                           else ent.label_)
            continue
        if prev is not None and prev.end == ent.start and prev.label_ == "DATE" and ent.label_ == "TIME" \
                and doc[ent.start].lower_ in pool("day_parts"):
            out[-1] = Span(doc, prev.start, ent.end, label="DATE")
            continue
        out.append(ent)
    return out


def common_noun(doc: Doc, start: int, end: int) -> bool:
    """A one-word "name" the tagger reads as a plural common noun ("Engineers" opening a sentence), and
    that is no part of a longer name in the article ("Panda" of "Ankit Panda" stays a name)."""
    c = columns_of(doc)
    if end - start != 1 or c.tag[start] != "NNS" or not c.is_title[start]:
        return False
    return c.text[start] not in _words_of_long_names(doc)


def _words_of_long_names(doc: Doc) -> frozenset[str]:
    """The words of the model's entities of more than one token (gathered once per doc: a long article has many)."""
    cache = doc_cache(doc)
    found = cache.get("long_name_words")
    if found is None:
        found = cache["long_name_words"] = frozenset(
            word for ent in doc_ents(doc) if ent.end - ent.start > 1
            for word in span_text(doc, ent.start, ent.end).split())
    return found


def place_by_context(doc: Doc, start: int, end: int) -> bool:
    """Context that makes a name a place: a facility word ending it ("Puddefjord Bridge"), or what governs
    it ("the mayor of Bergen", "commuters from Laksevåg")."""
    c = columns_of(doc)
    if c.text[end - 1] in words("facility_words") and end - start >= 2:
        return True
    if start < 2 or c.lower[start - 1] not in ("of", "from", "in"):
        return False
    governor = c.lower[start - 2]
    if c.lower[start - 1] == "of":
        return governor in words("place_governors")
    if c.lower[start - 1] == "from":
        return governor in words("place_prepositions_from")
    return False


def one_label_per_name(doc: Doc, mentions: list[Mention]) -> None:
    """A name keeps one label through the article: a place once shown to be one stays a place."""
    places: dict[str, str] = {}
    for m in mentions:
        if m.label in PLACE_LABELS:
            places.setdefault(span_text(doc, m.start, m.end), m.label)
    for m in mentions:
        label = places.get(span_text(doc, m.start, m.end))
        if label and m.label in NAME_LABELS - PLACE_LABELS - {"PERSON"}:
            m.label = label


def recover_people(doc: Doc, mentions: list[Mention], taken: TokenFlags) -> None:
    """Names the model missed that a role shows to be people ("Colonel Ana Ruiz", "Ana Ruiz, spokesperson …")."""
    titles = words("role_titles")
    role_words = titles | words("role_modifiers")
    c = columns_of(doc)  # every capitalised run of the article is looked at: no Tokens made for them
    for sent in doc_sents(doc):
        for s, e in capitalised_spans(doc, sent.start, sent.end):
            if e - s > 3 or not all(c.is_title[s:e]):
                continue
            title = c.lower[s] in titles
            start = s + 1 if title else s
            if any(c.lower[i] in role_words for i in range(start, e)):
                continue  # "Chief Executive Officer": a role after a title, no name ("Executive Officer")
            if e - start >= 2 and not taken.overlaps((start, e)) and (title or person_by_role(doc, start, e)):
                mentions.append(Mention(start, e, "PERSON"))
                taken.add((start, e))


_TITLED_MISREADS = (MISREAD_PEOPLE | {"PERSON"}) - {"GPE", "LOC"}


def titled_people(doc: Doc, mentions: list[Mention]) -> None:
    """A name right after "Mr", "Mrs", "Ms" or "Miss" is a person's, whatever the model read ("Mr Okabe" as a
    body), and so is a name of the article in capitals that ends with it ("Yoshio Okabe" read as a building or a
    body): the short name is then written out in full as any person's is (a set-Y card opened "Mr Toshitsune
    is one of …", rated fixable: "'Mr Toshitsune' is introduced with no context")."""
    c = columns_of(doc)
    surnames: set[str] = set()
    for m in mentions:
        # not a place: "the Miss Idaho title" is a pageant's
        if m.label in _TITLED_MISREADS and m.end - m.start == 1 and m.start > 0 and c.is_title[m.start] \
                and title_word(c.lower[m.start - 1]) in COURTESY_TITLES:
            m.label = "PERSON"
            surnames.add(c.text[m.start])
    if not surnames:
        return
    for m in mentions:
        if m.label in MISREAD_PEOPLE and m.end - m.start in (2, 3) and c.text[m.end - 1] in surnames \
                and all(c.is_title[i] and c.pos[i] == "PROPN" for i in range(m.start, m.end)):
            m.label = "PERSON"  # two such names leave "Mr Okabori" as written: either could be meant


# labels the model gives a lone surname it did not know for a person's, and that no one reads as a body or a place
_MISREAD_SURNAME = frozenset({"WORK_OF_ART", "PRODUCT", "EVENT", "LAW", "LANGUAGE", "NORP"})


def recover_surnames(doc: Doc, mentions: list[Mention], taken: TokenFlags) -> None:
    """A lone surname the model missed or misread ("Kessing, who was born in Texas …", "Berg said he …") after the
    one person of the article named in full with it: that person's mention (a set-X card read "Kessing, who was born
    in Texas in _____" where the article had named "Film actress Annette Kessing"; a quote went to another man when
    the tracker missed "Berg said"). Not where the model read a body or a place ("Ford", "Jordan")."""
    c = columns_of(doc)
    owners: dict[str, set[str]] = {}
    for m in mentions:  # the people by their last word: a full name's, or a lone surname the model knew
        if m.label == "PERSON" and c.is_title[m.end - 1] and c.is_alpha[m.end - 1]:
            owners.setdefault(c.text[m.end - 1], set()).add(span_text(doc, m.start, m.end))
    surnames = {name for name, people in owners.items() if len(people - {name}) <= 1}
    if not surnames:
        return
    misread = {m.start: m for m in mentions if m.end - m.start == 1 and m.label in _MISREAD_SURNAME}
    for i, word in enumerate(c.text):
        # a capitalised noun too: the model reads a sentence's first word so ("Kessing, who was born …")
        if word not in surnames or c.pos[i] not in ("PROPN", "NOUN") or _beside_a_name(c, i):
            continue
        if i in misread:
            misread[i].label = "PERSON"
        elif not taken.flags[i]:
            mentions.append(Mention(i, i + 1, "PERSON"))
            taken.add((i, i + 1))


def _beside_a_name(c: DocColumns, i: int) -> bool:
    """Whether a capitalised word stands right before or after token ``i`` (part of another, longer name)."""
    return (i > 0 and c.is_title[i - 1] and c.pos[i - 1] == "PROPN") \
        or (i + 1 < len(c.text) and c.is_title[i + 1] and c.pos[i + 1] == "PROPN")


def recover_orgs(doc: Doc, mentions: list[Mention], phrases: list[tuple[int, int]]) -> None:
    """Multi-word organisations the model missed, from role phrases and capitalised spans with an org word."""
    taken = TokenFlags(len(doc), ((m.start, m.end) for m in mentions))
    ends_at = {m.end: m for m in mentions if m.label in ("NORP", "GPE")}
    org_words = words("org_words")
    c = columns_of(doc)
    candidates = [span for s, e in phrases for span in capitalised_spans(doc, s, e)]
    for sent in doc_sents(doc):
        for span in capitalised_spans(doc, sent.start + 1, sent.end):
            if any(c.lower[i] in org_words and c.is_title[i] for i in range(*span)) \
                    or org_by_head(doc, span[0], span[1]):
                candidates.append(span)
    for span in candidates:
        # "the Spanish Joint Defence Staff": the nationality is not part of the name
        for end in range(span[0] + 1, min(span[1], span[0] + 4)):
            m = ends_at.get(end)
            if m is not None and m.start <= span[0]:
                span = (m.end + (doc[m.end].text in POSSESSIVE), span[1])
                break
        if span[1] - span[0] >= 2 and not taken.overlaps(span):
            mentions.append(Mention(span[0], span[1], "ORG"))
            taken.add(span)


def named_like_a_person(doc: Doc, m: Mention, mentions: Iterable[Mention] = ()) -> bool | None:
    """Whether a name reads as a person's: True for a first name, then a surname or more, each capitalised, the
    surname also standing alone elsewhere in the article ("Pauline Cafferkey" … "Ms Cafferkey"); None (perhaps) for
    such a name whose last word the article never uses alone ("Meta Verified"); False for any other ("Measles"). A
    surname alone is read as the full name among ``mentions`` that ends with it ("Trump" of "Donald Trump")."""
    parts = span_text(doc, m.start, m.end).split()
    if len(parts) == 1:
        parts = next((full for other in mentions if len(full := span_text(doc, other.start, other.end).split()) > 1
                      and full[-1] == parts[0]), parts)
    if not (2 <= len(parts) <= 4 and all(w[:1].isupper() for w in parts) and is_first_name(parts[0])):
        return False
    text = columns_of(doc).text
    surname, before = parts[-1], parts[-2]
    return any(text[i] == surname and not m.start <= i < m.end and (i == 0 or text[i - 1] != before)
               for i in range(len(text))) or None


def settle_labels(mentions: list[Mention], appositions: list[Apposition], doc: Doc | None = None) -> list[Apposition]:
    """An appositive tells what its subject is: "…, a newspaper" an organisation, "…, a senior fellow" a person. A
    person the model found whose name reads as one (``named_like_a_person``: the ``doc``'s words) stays a person
    whatever the noun: "Pauline Cafferkey, a Scottish nurse" is asked who she is, not what; one that only perhaps
    reads as a person's is neither defined nor given a role."""
    by_span = {(m.start, m.end): m for m in mentions}
    org_heads, titles = words("org_heads"), words("role_titles")

    def person(m: Mention) -> bool | None:  # asked only where a rule needs it: most appositives settle without it
        return named_like_a_person(doc, m, mentions) if doc is not None else False

    out = []
    for a in appositions:
        m = by_span.get((a.subject_start, a.subject_end))
        if m is None:
            out.append(a)
            continue
        if m.label == "GPE" and a.head in org_heads:
            m.label = "ORG"  # "Sibneft, a Russian oil company": a body the model read as a place
        elif a.kind == "role" and a.head in org_heads and a.head not in titles and not person(m):
            m.label = "ORG"  # "… is the final decision-maker" of "Tom Hale … Hale said" stays a person
            a = replace(a, kind="definition")
        elif a.kind == "definition" and m.label in MISREAD_PEOPLE \
                and (a.head in titles or a.head not in org_heads and person(m)):
            m.label = "PERSON"  # "Mason Rudolph, a below average quarterback … Rudolph threw", read as a body
            a = replace(a, kind="role")
        elif a.kind == "role" and a.head and not person_noun(a.head):
            found = person(m)
            if found is None:
                continue  # a person or a thing ("Meta Verified, the company's new program"): no card says which
            if not found:
                m.label = "THING"  # "Measles, a highly contagious viral disease": defined, not a person
                a = replace(a, kind="definition")
        out.append(a)
    return out


def without_titles(doc: Doc, mentions: list[Mention], appositions: list[Apposition]) -> list[Mention]:
    """Drop non-person mentions inside a title before a name ("Defence" of "Defence Minister Anna Berg")."""
    titles = TokenFlags(len(doc), ((a.start, a.end) for a in appositions if a.subject_start == a.subject_end))
    return [m for m in mentions if m.label == "PERSON" or not titles.overlaps((m.start, m.end))]


def is_subject(doc: Doc, m: Mention) -> bool:
    """Is the mention a grammatical subject (or in apposition to one)?"""
    c, root = columns_of(doc), span_root(doc, m.start, m.end)  # from the columns: no Token made
    return c.dep[root] in SUBJECT_DEPS or (c.dep[root] == "appos" and c.dep[c.head[root]] in SUBJECT_DEPS)


_RELATIVE_WORDS = frozenset({"whom", "whose", "which"})
_RELATIVE_REACH = 2  # "of whom Taylor Swift", "whom Swift"


def leads_a_clause(doc: Doc, m: Mention) -> bool:
    """Is the mention the subject of a clause a later he / she may go on with: any but a relative clause, which
    describes another name ("Braun has worked with West and Kardashian, both of whom Taylor Swift has had feuds
    with. He …": Braun)?"""
    if not is_subject(doc, m):
        return False
    c, root = columns_of(doc), span_root(doc, m.start, m.end)
    if c.dep[root] == "appos":
        root = c.head[root]
    if c.dep[c.head[root]] == "relcl":
        return False
    # a relative word just before the name opens such a clause however the model hung it ("both of whom")
    return not any(c.lower[i] in _RELATIVE_WORDS for i in range(max(0, m.start - _RELATIVE_REACH), m.start))
