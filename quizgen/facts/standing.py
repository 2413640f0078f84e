"""Why a named person is worth a "Who said …?" card: the role the article gives them, or their place in the story.

A speaker worth asking about has a role ("White House spokesman Robert Gibbs", "Ted Bramley of the National
Committee for an Effective Congress", "Joel Havlik, Greenpeace's oceans campaigner", "Sen. Dana Ashworth
(R-Burlington)", "Samantha Joye, a marine biologist at UGA") or is central (named in several sentences, or in the
lead). A passer-by quoted once ("said Jane Doe, who was stuck at the airport"; "Jane Doe, a resident of Atlanta")
has neither: blind raters rejected every who-said card on such people.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterable
from functools import cache
from importlib.resources import files
from typing import TYPE_CHECKING

from quizgen.facts.appositives import Apposition, second_of_two_names
from quizgen.facts.lexicon import words
from quizgen.nlp.cache import doc_text, sentence_tokens
from quizgen.nlp.parse import columns_of
from quizgen.nlp.spans import span_text
from quizgen.text import normalize

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from quizgen.facts.mentions import Mention

CENTRAL_SENTENCES = 3  # named in this many sentences, a person is part of the story, whatever their role
LEAD_SENTENCES = 3  # the sentences that tell the news
AFFILIATION_PREPOSITIONS = frozenset({"of", "from", "at", "with", "for"})
POSSESSIVE = frozenset({"'s", "’s"})
MAX_AFFILIATION = 10  # tokens from the preposition to the organisation's last word
# "(R-Burlington)", "(D-Calif.)", "(R)", "(I-Vt.)": a legislator's party and seat
_PARTY_TAG = re.compile(r"\s*\(\s*[RDI]\s*(?:[-–,.]\s*[A-Z][\w.]*(?:[ -][A-Z][\w.]*)*)?\s*\)")


@cache
def _lists() -> dict[str, frozenset[str]]:
    data = json.loads(files("quizgen.facts").joinpath("standing.json").read_text(encoding="utf-8"))
    return {k: frozenset(v) for k, v in data.items() if isinstance(v, list)}


def role_words() -> frozenset[str]:
    """Heads of phrases that give a person a role worth asking about."""
    return words("role_titles") | _lists()["expert_heads"]


def worthy_role(phrase: str, head: str) -> bool:
    """Whether an appositive role phrase makes its person worth asking about: a title or expert's head
    ("marine biologist at UGA"), or any head but a passer-by's tied to a named body ("owner of Pate Landscaping")."""
    head = head.lower()
    if head in _lists()["bystander_heads"]:
        return False
    if head in role_words():
        return True
    tail = phrase.split()[1:]
    return any(w[:1].isupper() for w in tail) and bool(re.search(r"\b(?:of|for|at|with)\b", phrase))


def party_tag(doc: Doc, end: int) -> str:
    """"R-Burlington" when the text right after the name (ending at token ``end``) is a party tag, else ""."""
    if end >= len(doc) or doc[end].text != "(":
        return ""
    text = doc_text(doc)
    found = _PARTY_TAG.match(text, doc[end - 1].idx + len(doc[end - 1].text))
    return found.group().strip().strip("()").strip() if found else ""


def affiliation(doc: Doc, end: int, limit: int) -> str:
    """"of the liberal National Council for Fair Elections" when the name ending at token ``end`` is
    followed by of/from/at/with/for and an organisation (a run of words the model reads as ORG), else ""."""
    c = columns_of(doc)
    if end >= limit or c.lower[end] not in AFFILIATION_PREPOSITIONS:
        return ""
    i = end + 1
    while i < limit and i - end < MAX_AFFILIATION and (c.lower[i] in ("the", "a", "an") or c.pos[i] == "ADJ"
                                                       and not c.ent_type[i]):
        i += 1
    if i >= limit or c.ent_type[i] != "ORG":
        return ""  # "Jane Doe of Atlanta", "Kim from the start": no body
    j = i
    while j < limit and j - end < MAX_AFFILIATION and c.ent_type[j] == "ORG":
        j += 1
    return span_text(doc, end, j)


def title_before(doc: Doc, start: int, floor: int, text: Callable[[int, int], str] | None = None) -> str:
    """"State Sen.", "NOAA head", "Greenpeace's", "Investigator": a title (abbreviated or not) or a body's
    possessive right before the name starting at token ``start`` (``floor``: the sentence's first token), as
    ``text`` writes tokens ``[a, b)`` (the doc's words by default)."""
    text = text or (lambda a, b: span_text(doc, a, b))
    c = columns_of(doc)
    i = start - 1
    if i < floor:
        return ""
    word = c.lower[i].rstrip(".")
    if c.lower[i] in POSSESSIVE and i - 1 >= floor and c.ent_type[i - 1] == "ORG":
        first = i - 1
        while first - 1 >= floor and c.ent_type[first - 1] == "ORG":
            first -= 1
        return text(first, i + 1)  # "Greenpeace's Joel Havlik"
    # a title as written ("Sen." as "sen"), or any noun for a person compounded onto the name
    if word in role_words() or (c.dep[i] == "compound" and _role_noun(c.text[i], c.pos[i])):
        first = i
        while first - 1 >= floor and c.pos[first - 1] in ("PROPN", "NOUN") and first > i - 3:
            first -= 1
        return text(first, start)
    return ""


def _role_noun(text: str, pos: str) -> bool:
    """A common noun compounded onto the name right after it is the person's title ("chief negotiator Saeb Erekat",
    "striker Ana Vidal"), unless it names a passer-by or kin ("resident Jane Doe", "wife Ann Lee")."""
    return pos == "NOUN" and text.isalpha() and text.islower() and text not in _lists()["bystander_heads"]


def owned_role(doc: Doc, end: int, limit: int) -> str:
    """"Greenpeace's oceans campaigner" after "Joel Havlik, ": a body's possessive and a role noun."""
    c = columns_of(doc)
    i = end + 1
    if end >= limit or c.text[end] != "," or i >= limit or c.ent_type[i] != "ORG":
        return ""
    while i < limit and c.ent_type[i] == "ORG" and c.lower[i] not in POSSESSIVE:
        i += 1
    if i >= limit or c.lower[i] not in POSSESSIVE:
        return ""
    j = i + 1
    while j < limit and j - i <= 4 and c.pos[j] in ("NOUN", "ADJ", "PROPN") and c.text[j] not in (",", "."):
        j += 1
    if j == i + 1 or c.pos[j - 1] != "NOUN":
        return ""
    return span_text(doc, end + 1, j)


def standings(doc: Doc, sent_of: list[int], people: Iterable[Mention], roles: Iterable[Apposition],
              written: Callable[[int, int], str] | None = None) -> dict[str, str]:
    """Each person's standing by normalised full name: the first role the article gives them, else "named in N
    sentences" (N ≥ ``CENTRAL_SENTENCES``) or "named in the lead", else the party a word before the name gives
    ("Tory"), else "" (no reason to ask who they are). ``written``: tokens ``[a, b)`` as the role's own card writes
    them, short names written out in full ("Rovers" → "Dunford Rovers": ``Rewriter.written_out``); the doc's words
    by default."""
    role_text = written or (lambda a, b: span_text(doc, a, b))

    by_subject: dict[int, list[Apposition]] = {}
    for a in roles:
        if a.kind == "role":
            by_subject.setdefault(a.subject_start, []).append(a)
    role: dict[str, str] = {}
    party: dict[str, str] = {}
    sentences: dict[str, set[int]] = {}
    for m in people:
        name = normalize(m.canonical or span_text(doc, m.start, m.end))
        sentences.setdefault(name, set()).add(sent_of[m.start])
        if role.get(name):
            continue
        floor, limit = sentence_tokens(doc, m.start)
        if name not in party and (word := party_before(doc, m.start, floor)):
            party[name] = word
        found = next((role_text(a.start, a.end) for a in by_subject.get(m.start, ())
                      if a.start != a.end and worthy_role(span_text(doc, a.start, a.end), a.head)), "")
        # the words after the second of two names tell both ("Grassley and Feinstein, the committee's Republican
        # chairman and top Democrat"): not Feinstein's alone
        after = not second_of_two_names(doc, m.start)
        role[name] = found or (after and (party_tag(doc, m.end) or affiliation(doc, m.end, limit))) \
            or title_before(doc, m.start, floor, role_text) or (after and owned_role(doc, m.end, limit)) or ""
    out = {}
    for name, where in sentences.items():
        if role.get(name):
            out[name] = role[name]
        elif len(where) >= CENTRAL_SENTENCES:
            out[name] = f"named in {len(where)} sentences"
        elif min(where) < LEAD_SENTENCES:
            out[name] = "named in the lead"
        else:
            out[name] = party.get(name, "")  # "fellow Tory David Heathcoat-Amory": a party is a place in the story
    return out


def party_before(doc: Doc, start: int, floor: int) -> str:
    """"Tory" when a party's capitalised word stands right before the name starting at token ``start`` ("fellow Tory
    David Heathcoat-Amory", "Liberal Democrat Paul Tyler"), else ""."""
    c = columns_of(doc)
    i = start - 1
    if i < floor or c.lower[i] not in words("party_words") or not c.is_title[i]:
        return ""
    first = i
    while first - 1 >= floor and c.lower[first - 1] in words("party_words") and c.is_title[first - 1]:
        first -= 1
    return span_text(doc, first, i + 1)
