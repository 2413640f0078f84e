"""From a parsed spaCy ``Doc`` to typed ``Fact``s: the orchestrator of the extraction rules.

One pass gathers mentions (entities, designations, repaired labels); appositions, names and quotes are
read from them; every candidate then becomes a ``Fact`` in its sentence as the card will show it.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from typing import TYPE_CHECKING

from quizgen.facts.appositives import Apposition, find_appositions
from quizgen.facts.claims import find_claims
from quizgen.facts.counts import counted_noun, counted_phrase, qualifier_start, resolve_relative
from quizgen.facts.designations import Designation
from quizgen.facts.model import Fact, FactKind
from quizgen.facts.importance import importance
from quizgen.nlp.lemmas import lemma_of
from quizgen.facts.lexicon import words
from quizgen.facts.mentions import (MISREAD_PEOPLE, Mention, gather_mentions, is_subject, recover_orgs, settle_labels,
                              without_titles)
from quizgen.facts.names import NameIndex, PersonTracker, acronym_of, gender_hint
from quizgen.nlp.parse import columns_of
from quizgen.facts.quotes import find_quotes
from quizgen.facts.rewrite import Rewriter
from quizgen.nlp.cache import doc_text
from quizgen.nlp.spans import TokenFlags, sentence_bounds, span_text, trim_span
from quizgen.text import normalize

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

__all__ = ["extract_facts", "sentence_bounds", "trim_span"]

LABEL_KINDS: dict[str, FactKind] = {
    "DATE": FactKind.DATE,
    "TIME": FactKind.TIME,
    "CARDINAL": FactKind.COUNT,
    "MONEY": FactKind.AMOUNT,
    "PERCENT": FactKind.AMOUNT,
    "QUANTITY": FactKind.AMOUNT,
    "PERSON": FactKind.PERSON,
    "ORG": FactKind.ORGANIZATION,
    "GPE": FactKind.PLACE,
    "LOC": FactKind.PLACE,
    "FAC": FactKind.PLACE,
}
NAME_KINDS = frozenset({FactKind.PERSON, FactKind.ORGANIZATION, FactKind.PLACE})
# Answers a card must never hide.
NOT_ANSWERS = frozenset("he she it they him her them his hers its their theirs we us i me you this that these "
                        "those the a an some any".split())
OPENERS = frozenset({"he", "she"})
# When two facts hide the same words in one sentence, the richer kind stays.
PRECEDENCE = {FactKind.QUOTE: 0, FactKind.DEFINITION: 1, FactKind.ROLE: 2, FactKind.EQUIPMENT: 3}


@dataclass
class Candidate:
    """A fact before its sentence is final: doc offsets, and the sentences its card shows."""

    kind: FactKind
    start_char: int  # in the doc's text
    end_char: int
    first_sent: int
    last_sent: int
    answer_sent: int
    label: str = ""
    topic: str = ""
    canonical: str = ""
    resolved: str = ""
    root: Token | None = None
    inserted: int = -1  # token whose "[Name]" insertion is the answer


@dataclass
class _Context:
    doc: Doc
    sents: list[Span]
    sent_of: list[int]  # token index → sentence index
    rewriter: Rewriter


def extract_facts(doc: Doc, article_date: str = "") -> list[Fact]:
    """Every typed fact in ``doc``, best first within each sentence.

    ``article_date`` (ISO) lets relative dates ("Sunday") show their absolute day.
    """
    sents = list(doc.sents)
    if not sents:
        return []
    sent_of = [0] * len(doc)
    for n, sent in enumerate(sents):
        sent_of[sent.start:sent.end] = [n] * (sent.end - sent.start)
    ctx = _Context(doc, sents, sent_of, Rewriter(doc, sents))
    mentions, designations = gather_mentions(doc)
    subjects = [(m.start, m.end, m.label) for m in mentions if m.label in ("PERSON", "ORG", "PRODUCT", "FAC")]
    subjects += [(d.start, d.end, "EQUIPMENT") for d in designations if d.form != "type"]
    appositions = settle_labels(mentions, find_appositions(doc, subjects))
    mentions = without_titles(doc, mentions, appositions)
    recover_orgs(doc, mentions, [(a.start, a.end) for a in appositions if a.kind == "role"])
    mentions.sort(key=lambda m: m.start)
    tracker = _who_is_who(ctx, mentions, appositions)

    candidates = _entity_candidates(ctx, mentions, article_date)
    candidates += _designation_candidates(ctx, designations)
    candidates += _apposition_candidates(ctx, appositions, mentions)
    candidates += _quote_candidates(ctx, mentions, tracker)
    candidates += _claim_candidates(ctx)
    return _facts(ctx, candidates)


def _who_is_who(ctx: _Context, mentions: list[Mention], appositions: list[Apposition]) -> PersonTracker:
    """Full names for short mentions and acronyms; an opening he/she named, sentence by sentence."""
    doc = ctx.doc
    names, tracker = NameIndex(), PersonTracker()
    org_full: dict[str, list[str]] = {}  # multi-word organisations by their initials, in order of mention
    by_sent: dict[int, list[Mention]] = {}
    for m in mentions:
        by_sent.setdefault(ctx.sent_of[m.start], []).append(m)
    role_gender = {(a.subject_start, a.subject_end): gender_hint(span_text(doc, a.start, a.end)) for a in appositions}
    taken = TokenFlags(len(doc), ((m.start, m.end) for m in mentions))
    columns = columns_of(doc)
    for n, sent in enumerate(ctx.sents):
        for i in range(sent.start, sent.end):  # "Aschbacher told …" after "Josef Aschbacher", though no entity
            word = columns.text[i]
            if word in names.by_word and word.istitle() and not columns.ent_type[i] and not taken.flags[i]:
                full = names.resolve(word)
                if full != word and full in names.full and columns.pos[i] in ("PROPN", ""):
                    found = Mention(i, i + 1, "PERSON")
                    mentions.append(found)
                    by_sent.setdefault(n, []).append(found)
                    by_sent[n].sort(key=lambda m: m.start)
        opener = next((t for t in sent if not t.is_punct and not t.is_space), None)
        if opener is not None and opener.lower_ in OPENERS:
            name = tracker.resolve(opener.lower_, n)
            if name:
                ctx.rewriter.insert(opener.i, name)
                tracker.add(n, name, subject=True, gender="m" if opener.lower_ == "he" else "f")
        for m in by_sent.get(n, []):
            text = span_text(doc, m.start, m.end)
            if m.label in MISREAD_PEOPLE and m.end - m.start == 1 and names.resolve(text) in names.full:
                m.label = "PERSON"  # "Panda" after "Ankit Panda" is the same person, whatever the model says
            if m.label == "PERSON":
                m.canonical = names.add(text)
                if m.end - m.start == 1 and m.canonical != text and m.canonical in names.full \
                        and not _in_quotation(doc, sent, m.start):
                    ctx.rewriter.expand(m.start, m.canonical)  # raters: "before Kim" → "before Kim Jong Un"
                hint = gender_hint(span_text(doc, max(0, m.start - 1), m.end)) or role_gender.get((m.start, m.end), "")
                tracker.add(n, m.canonical, is_subject(doc, m), hint)
            elif m.label == "ORG":
                bounds = trim_span(doc[m.start:m.end], True)
                clean = doc_text(doc)[bounds[0]:bounds[1]] if bounds else text
                m.canonical = next((o for o in reversed(org_full.get(clean, ())) if len(o) > len(clean)), "")
                if " " in clean:
                    org_full.setdefault(acronym_of(clean), []).append(clean)
    return tracker


def _entity_candidates(ctx: _Context, mentions: list[Mention], article_date: str) -> list[Candidate]:
    doc, text, out = ctx.doc, doc_text(ctx.doc), []
    for m in mentions:
        kind = LABEL_KINDS.get(m.label)
        if kind is None:
            continue
        n = ctx.sent_of[m.start]
        start = m.start
        topic = resolved = canonical = ""
        span = doc[m.start:m.end]
        end = m.end
        if kind is FactKind.COUNT:
            noun = counted_noun(span)
            if noun is None:
                continue  # a bare number means nothing on a card
            start = qualifier_start(doc, m.start, "count", ctx.sents[n].start)
            if noun.lower_ in words("currencies") and noun.i == m.end:
                kind, end = FactKind.AMOUNT, noun.i + 1  # "1.6 billion euros" is money, not a count
            else:
                topic = counted_phrase(doc, m.end, noun)
        elif kind in (FactKind.DATE, FactKind.TIME):
            start = qualifier_start(doc, m.start, "date", ctx.sents[n].start)
        bounds = trim_span(doc[start:end], kind in NAME_KINDS)
        if bounds is None:
            continue
        answer = text[bounds[0]:bounds[1]]
        if kind in (FactKind.DATE, FactKind.TIME):
            shown, resolved = resolve_relative(answer, article_date)
            if shown:
                canonical = f"{answer} ({shown})"
        elif m.canonical and normalize(m.canonical) != normalize(answer):
            canonical = m.canonical
        out.append(Candidate(kind, bounds[0], bounds[1], n, n, n, label=m.label, topic=topic, canonical=canonical,
                             resolved=resolved, root=span.root))
    return out


def _designation_candidates(ctx: _Context, designations: list[Designation]) -> list[Candidate]:
    out = []
    for d in designations:
        span = ctx.doc[d.start:d.end]
        n = ctx.sent_of[d.start]
        out.append(Candidate(FactKind.EQUIPMENT, span.start_char, span.end_char, n, n, n,
                             label="EQUIPMENT_TYPE" if d.form == "type" else "EQUIPMENT", topic=d.cls,
                             root=span.root))
    return out


def _apposition_candidates(ctx: _Context, appositions: list[Apposition], mentions: list[Mention]) -> list[Candidate]:
    doc, out = ctx.doc, []
    canon = {(m.start, m.end): m.canonical for m in mentions}
    people = {m.start: m for m in mentions if m.label == "PERSON"}
    for a in appositions:
        span = doc[a.start:a.end]
        n = ctx.sent_of[a.start]
        if a.kind == "role":
            person = people.get(a.subject_start)
            if person is None:
                continue
            topic = person.canonical or span_text(doc, person.start, person.end)
            kind = FactKind.ROLE
        else:
            bounds = trim_span(doc[a.subject_start:a.subject_end], True)
            if bounds is None:
                continue
            topic = canon.get((a.subject_start, a.subject_end)) or doc_text(doc)[bounds[0]:bounds[1]]
            kind = FactKind.DEFINITION
        out.append(Candidate(kind, span.start_char, span.end_char, n, n, n, label=a.head, topic=topic,
                             root=span.root))
    return out


def _claim_candidates(ctx: _Context) -> list[Candidate]:
    out = []
    for claim in find_claims(ctx.sents):
        span = ctx.doc[claim.start:claim.end]
        out.append(Candidate(FactKind.CLAIM, span.start_char, span.end_char, claim.sentence, claim.sentence,
                             claim.sentence, root=span.root))
    return out


def _quote_candidates(ctx: _Context, mentions: list[Mention], tracker: PersonTracker) -> list[Candidate]:
    doc, out = ctx.doc, []
    people = [(m.start, m.end) for m in mentions if m.label == "PERSON"]
    bodies = {(m.start, m.end) for m in mentions if m.label == "ORG"}  # "…,” the ministry said
    canon = {(m.start, m.end): m.canonical for m in mentions}
    for q in find_quotes(doc, people, sorted(bodies)):
        speaker = doc[q.speaker_start:q.speaker_end]
        n = ctx.sent_of[q.speaker_start]
        first = min(n, ctx.sent_of[_token_at(doc, q.open)])
        last = max(n, ctx.sent_of[_token_at(doc, q.close)])
        if "\n" in doc_text(doc)[ctx.sents[first].start_char:ctx.sents[last].end_char]:
            first = last = n  # a quote across paragraphs: the card keeps the speaker's sentence only
        inserted = -1
        bounds = trim_span(speaker, True)
        if bounds is None:
            continue
        if (q.speaker_start, q.speaker_end) in canon:
            full = canon[(q.speaker_start, q.speaker_end)] or doc_text(doc)[bounds[0]:bounds[1]]
        else:  # a pronoun: name it, marked as an insertion
            full = ctx.rewriter.inserted(q.speaker_start) or tracker.resolve(speaker.text, n)
            if not full:
                continue
            ctx.rewriter.insert(q.speaker_start, full)
            inserted = q.speaker_start
        label = "ORG" if (q.speaker_start, q.speaker_end) in bodies else "PERSON"
        out.append(Candidate(FactKind.QUOTE, bounds[0], bounds[1], first, last, n, label=label, topic=q.words,
                             canonical=full, root=speaker.root, inserted=inserted))
    return out


def _in_quotation(doc: Doc, sent: Span, token: int) -> bool:
    """Whether ``token`` stands inside quotation marks opened earlier in its sentence (a quote keeps its words)."""
    before = doc_text(doc)[sent.start_char:doc[token].idx]
    return before.count("“") > before.count("”") or before.count('"') % 2 == 1


def _token_at(doc: Doc, char: int) -> int:
    span = doc.char_span(char, char + 1, alignment_mode="expand")
    return span.start if span is not None else 0


def _acronym(text: str) -> bool:
    """"US" is a country, "us" a pronoun."""
    return len(text) > 1 and text.isupper()


def _anchor(root: Token | None, sent: Span) -> str:
    """Lemmas of the answer's governor and the sentence's main verb."""
    found = []
    if root is not None:
        head = root.head if root.head is not root else root
        found.append(lemma_of(head).lower())
    found.append(lemma_of(sent.root).lower())
    return " ".join(dict.fromkeys(w for w in found if w))


def _facts(ctx: _Context, candidates: list[Candidate]) -> list[Fact]:
    """One fact per answer and sentence (the richer kind wins), placed in its sentence as the card shows it."""
    doc, text, sents = ctx.doc, doc_text(ctx.doc), ctx.sents
    mentions: Counter[str] = Counter()
    for c in candidates:
        mentions[normalize(c.canonical or text[c.start_char:c.end_char])] += 1
        if c.kind in (FactKind.ROLE, FactKind.DEFINITION):
            mentions[normalize(c.topic)] += 1
    most = max(mentions.values(), default=1)
    best: dict[tuple[int, str], Candidate] = {}
    for c in candidates:
        answer = c.canonical if c.inserted >= 0 else text[c.start_char:c.end_char]
        if not answer.strip() or (normalize(answer) in NOT_ANSWERS and not _acronym(answer)):
            continue
        key = (c.answer_sent, normalize(answer))
        old = best.get(key)
        if old is None or PRECEDENCE.get(c.kind, 9) < PRECEDENCE.get(old.kind, 9):
            best[key] = c
    defined: dict[int, list[tuple[int, int]]] = {}
    for c in best.values():
        if c.kind is FactKind.DEFINITION:
            defined.setdefault(c.answer_sent, []).append((c.start_char, c.end_char))
    facts = []
    repeats: Counter[tuple[FactKind, str]] = Counter()
    for c in sorted(best.values(), key=lambda c: (c.first_sent, c.start_char)):
        if c.label == "EQUIPMENT_TYPE" and any(s <= c.start_char and c.end_char <= e
                                                for s, e in defined.get(c.answer_sent, [])):
            continue  # the definition already hides these words
        view = ctx.rewriter.view(c.first_sent, c.last_sent)
        if c.inserted >= 0:  # the answer is the name inside the brackets
            at = view.offset(doc[c.inserted].idx)
            start, end = at + 1, at + 1 + len(c.canonical)
        else:
            start, end = view.offset(c.start_char), view.offset(c.end_char)
        answer = view.text[start:end]
        name = normalize(c.canonical or answer)
        score = importance(c.kind, c.first_sent, len(sents), mentions[name], most, repeats[(c.kind, name)])
        repeats[(c.kind, name)] += 1
        facts.append(Fact(kind=c.kind, answer=answer, sentence=view.text, start=start, end=end,
                          sentence_index=c.first_sent, label=c.label, topic=c.topic,
                          anchor=_anchor(c.root, sents[c.answer_sent]), score=score, canonical=c.canonical,
                          resolved=c.resolved, parse=view.parse))
    facts.sort(key=lambda f: (f.sentence_index, -f.score, f.start))
    return facts
