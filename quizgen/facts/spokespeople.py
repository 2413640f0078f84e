"""A quote credited to an organisation given to the person who spoke for it: "“…,” Apple said, according to chief
executive Tim Cook" → Tim Cook.

The person must be shown speaking ("according to X", X the subject of a speech verb) in the quote's sentence or
the one before or after it in the same paragraph, and shown to be of that organisation: a role naming it ("Tim Cook,
Apple's chief executive", "Apple chief executive Tim Cook"), or any role title when the person speaks in the quote's
own sentence. One such person, or the organisation stays the speaker.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from quizgen.facts.appositives import Apposition
from quizgen.facts.lexicon import words
from quizgen.nlp.cache import doc_text
from quizgen.nlp.parse import columns_of, lemma_at
from quizgen.nlp.spans import span_text
from quizgen.text import contains_word

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

ACCORDING = ("according", "to")
GAP = 5  # title words between "according to" and the name ("according to Apple chief executive")


def person_for_body(doc: Doc, sents: list[Span], sent_of: list[int], body: tuple[int, int], organisation: str,
                    people: Iterable[tuple[int, int]], roles: list[Apposition]) -> tuple[int, int] | None:
    """The token span of the one person who spoke for the organisation at ``body`` (named ``organisation``), or
    None. A body inside a person's role is that person's post ("The Higher Education Minister, Kim Howells, said …":
    a set-U card asked "Which organisation said …?" → "Higher Education Minister")."""
    ends = dict(people)
    for a in roles:
        if a.kind == "role" and a.start <= body[0] and body[1] <= a.end and a.subject_start in ends:
            return a.subject_start, ends[a.subject_start]
    n = sent_of[body[0]]
    near = {n} | {m for m in (n - 1, n + 1) if 0 <= m < len(sents) and _same_paragraph(doc, sents, n, m)}
    role_of: dict[int, list[str]] = {}
    for a in roles:
        if a.kind == "role":
            role_of.setdefault(a.subject_start, []).append(span_text(doc, a.start, a.end))
    found = set()
    for start, end in people:
        if sent_of[start] not in near or not _speaking(doc, start, end):
            continue
        titles = role_of.get(start, [])
        if any(contains_word(t, organisation) for t in titles) or (titles and sent_of[start] == n):
            found.add((start, end))
    return found.pop() if len(found) == 1 else None


def _same_paragraph(doc: Doc, sents: list[Span], a: int, b: int) -> bool:
    first, last = sorted((a, b))
    return "\n" not in doc_text(doc)[sents[first].start_char:sents[last].end_char]


def _speaking(doc: Doc, start: int, end: int) -> bool:
    """"according to (title words) X", or X the subject of a speech verb."""
    c = columns_of(doc)
    for i in range(max(0, start - GAP - 2), start - 1):
        if (c.lower[i], c.lower[i + 1]) == ACCORDING:
            between = range(i + 2, start)
            if all(c.pos[k] in ("NOUN", "PROPN", "ADJ", "DET", "PART") or c.lower[k] in ("'s", "’s")
                   for k in between):
                return True
    verbs = words("speech_verbs")
    for i in range(start, end):
        if c.dep[i] in ("nsubj", "nsubjpass") and not start <= c.head[i] < end:
            head = c.head[i]
            return c.lower[head] in verbs or lemma_at(doc, head).lower() in verbs
    return False
