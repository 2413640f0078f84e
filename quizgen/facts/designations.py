"""Equipment designations (Hwasong-11D, F-35A, Falcon 9) and types, with the class of thing they name."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from quizgen.facts.lexicon import lexicon, words
from quizgen.nlp.equipment_ruler import LABEL
from quizgen.nlp.cache import doc_ents, sentence_tokens
from quizgen.nlp.parse import columns_of
from quizgen.nlp.spans import span_text

if TYPE_CHECKING:
    from spacy.tokens import Doc

_SMALL_NUMBER = re.compile(r"^\d{1,3}$")
_TITLE = re.compile(r"^[A-Z][a-z]+$")
_STOP = frozenset({",", ".", ";", ":", "(", ")", "“", "”", '"', "that", "which", "who", "and", "or", "but"})
_PREPOSITIONS = frozenset({"of", "on", "in", "with", "for", "at", "from", "by", "to", "built", "made"})
WINDOW = 6


@dataclass(frozen=True)
class Designation:
    """A designation or an equipment type at tokens ``[start, end)`` of its doc, and its class ("" if unknown)."""

    start: int
    end: int
    text: str
    cls: str
    form: str  # "designation", "fused", "maker", "model" or "type"


def _classes() -> dict[str, str]:
    return lexicon()["equipment_classes"]


def equipment_class(doc: Doc, start: int, end: int) -> str:
    """The class a designation at ``[start, end)`` names, read from its context.

    Order: an appositive or copula after it (", a … missile", "is a … launcher"), the noun it modifies ("Falcon 9 rocket"),
    the nearest class noun in the same sentence within a few words.
    """
    classes = _classes()
    sent_start, sent_end = sentence_tokens(doc, start)
    c = columns_of(doc)  # the words around it from the columns: no Tokens made
    lower = c.lower
    i = end
    if i + 1 < sent_end and lower[i] in (",", "is", "was", "are", "were") and lower[i + 1] in ("a", "an", "the"):
        found = ""
        for k in range(i + 2, min(sent_end, i + 2 + 8)):
            if lower[k] in _STOP or lower[k] in _PREPOSITIONS or c.pos[k] in ("VERB", "ADP"):
                break
            if lower[k] in classes:  # the phrase's last class noun is its head: "twin-engine … helicopter"
                found = classes[lower[k]]
        if found:
            return found
    for k in range(end, min(sent_end, end + 3)):
        if lower[k] in _STOP or c.is_punct[k]:
            break
        if lower[k] in classes:
            return classes[lower[k]]
    best, distance = "", WINDOW + 1
    for k in range(max(sent_start, start - WINDOW), min(sent_end, end + WINDOW)):
        if start <= k < end or lower[k] not in classes:
            continue
        d = start - k if k < start else k - end + 1
        if d < distance:
            best, distance = classes[lower[k]], d
    return best


def _excluded(doc: Doc, start: int, end: int) -> bool:
    text = span_text(doc, start, end).lower()
    if text in words("not_designations") or text.split("-")[0] in words("not_designation_prefixes"):
        return True  # "COVID-19", "mid-2023", "Page-12"
    return end < len(doc) and doc[end].lower_ in words("not_equipment_after")


def _model_names(doc: Doc, taken: set[int]) -> list[tuple[int, int]]:
    """Name plus number followed by a class noun: "Falcon 9 rocket", "Long March 5 rocket"."""
    classes, banned = _classes(), words("not_model_names")
    c = columns_of(doc)
    text, lower = c.text, c.lower
    found = []
    for i, word in enumerate(text):
        if not word[:1].isdecimal() or not _SMALL_NUMBER.match(word) or i == 0 or i in taken:  # most words: no regex
            continue
        first = i
        while first > 0 and _TITLE.match(text[first - 1]) and lower[first - 1] not in banned \
                and i - first < 3 and doc[first - 1].is_sent_start is not True:
            first -= 1
        if first == i or any(j in taken for j in range(first, i)):
            continue
        after = range(i + 1, min(i + 3, len(text)))
        if any(lower[j] in classes for j in after) and not (after and c.is_punct[after[0]]):
            found.append((first, i + 1))
    return found


def _with_nickname(doc: Doc, end: int) -> int:
    """The end of a designation with its name: "AH-64E Apache attack helicopters", "MQ-9 Reaper drones"."""
    classes = _classes()
    j = end
    while j < len(doc) and j - end < 2 and doc[j].is_alpha and (doc[j].is_title or doc[j].text in ("II", "III")) \
            and doc[j].lower_ not in classes and doc[j].is_sent_start is not True:
        j += 1
    if j > end and any(t.lower_ in classes for t in doc[j:j + 2]):
        return j
    return end


def _with_name_before(doc: Doc, start: int) -> int:
    """Where a designation starts with the name before it: "Progress MS-04", "Soyuz MS-12" (a blank on "MS-04" alone
    cuts the craft's name; a rater: "the bare serial is close to trivia once Progress is shown"). Only a capitalised
    word that is no place's, people's or person's name on its own (the model reads "Progress" as a work of art), not a
    body's word ("Army AH-64E") and not the sentence's first word."""
    if start == 0:
        return start
    before = doc[start - 1]
    if before.pos_ != "PROPN" or not before.is_title or before.is_sent_start \
            or before.ent_type_ not in _MISREAD_NAMES or before.lower_ in words("org_words"):
        return start
    if start >= 2 and doc[start - 2].pos_ == "PROPN" and doc[start - 2].is_title:
        return start  # "Velm Aero Works VX-7": a longer name, whose end alone is no part of the designation
    return start - 1


_MISREAD_NAMES = frozenset({"", "WORK_OF_ART", "PRODUCT", "ORG"})


def find_designations(doc: Doc) -> list[Designation]:
    """Every designation and equipment type in ``doc`` (the ruler's entities plus the name-and-number rule)."""
    out: list[Designation] = []
    taken: set[int] = set()
    classes = _classes()
    for ent in doc_ents(doc):
        if ent.label_ != LABEL or _excluded(doc, ent.start, ent.end):
            continue
        form = ent.ent_id_ or "designation"
        end = ent.end if form == "type" else _with_nickname(doc, ent.end)
        start = _with_name_before(doc, ent.start) if form == "designation" else ent.start
        cls = equipment_class(doc, start, end)
        if form == "fused" and not cls:
            continue  # "A380" or "M25" alone could be anything; trust it only next to a class noun
        if form == "type":  # a type names its own class unless it modifies another ("… launcher vehicles")
            after = doc[ent.end].lower_ if ent.end < len(doc) else ""
            cls = classes.get(after) or classes.get(ent[-1].lower_, "")
        out.append(Designation(start, end, span_text(doc, start, end), cls, form))
        taken.update(range(start, end))
    for ent in doc_ents(doc):
        if ent.label_ in ("DATE", "TIME", "MONEY", "PERCENT", "QUANTITY", "PERSON", "GPE"):
            taken.update(range(ent.start, ent.end))
    for start, end in _model_names(doc, taken):
        if not _excluded(doc, start, end):
            out.append(Designation(start, end, span_text(doc, start, end), equipment_class(doc, start, end), "model"))
    # A class seen once holds for the whole article ("Boeing 737 MAX 9 jets" … "the 737 MAX 9, a longer …").
    known: dict[str, str] = {}
    for d in out:
        if d.cls:
            known.setdefault(d.text, d.cls)
            if d.form == "maker":
                known.setdefault(d.text.split(" ", 1)[-1], d.cls)
    out = [d if d.cls else Designation(d.start, d.end, d.text, known.get(d.text, ""), d.form) for d in out]
    return sorted(out, key=lambda d: d.start)
