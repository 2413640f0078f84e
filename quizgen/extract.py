"""From a parsed spaCy ``Doc`` to typed ``Fact``s: the orchestrator of the extraction rules.

One pass gathers mentions (entities, designations, repaired organisations), then appositions, names and
quotes are read from them, and each candidate becomes a ``Fact`` in the (possibly rewritten) sentence.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING

from quizgen.appositives import Apposition, capitalised_spans, find_appositions, org_by_head, person_by_role
from quizgen.counts import counted_noun, counted_phrase, qualifier_start, resolve_relative
from quizgen.designations import find_designations
from quizgen.facts import Fact, FactKind
from quizgen.importance import importance
from quizgen.lexicon import words
from quizgen.names import NameIndex, PersonTracker, acronym_of, gender_hint
from quizgen.parse import SentenceParse, parse_of
from quizgen.quotes import find_quotes
from quizgen.text import normalize

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

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
# Leading words that are not part of a name ("the International Institute …", "its Russia").
NAME_NOISE = frozenset("the a an this that these those its their his her our my your".split())
POSSESSIVE = frozenset({"'s", "’s", "'", "’"})
KEEP_AT_END = frozenset({"%", "‰", ")"})  # "4%" is not "4"
# Answers a card must never hide.
NOT_ANSWERS = frozenset("he she it they him her them his hers its their theirs we us i me you this that these "
                        "those the a an some any".split())
OPENERS = frozenset({"he", "she"})
# Labels the small model gives people it does not know ("Ankit Panda" as ORG); context may correct them.
MISREAD_PEOPLE = frozenset({"ORG", "GPE", "NORP", "PRODUCT", "FAC", "LOC", "WORK_OF_ART"})
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
# When two facts hide the same words in one sentence, the richer kind stays.
PRECEDENCE = {FactKind.QUOTE: 0, FactKind.DEFINITION: 1, FactKind.ROLE: 2, FactKind.EQUIPMENT: 3}


@dataclass
class Mention:
    """A name, number or designation at tokens ``[start, end)`` with its label."""

    start: int
    end: int
    label: str
    canonical: str = ""


@dataclass
class Candidate:
    kind: FactKind
    start_char: int  # in doc.text
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
    sent_of: list[int]
    rewrites: dict[int, str] = field(default_factory=dict)  # token index → "[Full Name]"


def doc_text(doc: Doc) -> str:
    """``doc.text``, built once per doc (spaCy rebuilds it on every access)."""
    cached = doc.user_data.get("quizgen_text")
    if cached is None:
        cached = doc.user_data["quizgen_text"] = doc.text
    return cached


def sentence_bounds(sent: Span) -> tuple[int, int]:
    """Character bounds of a sentence without the white space spaCy keeps at its ends."""
    tokens = [t for t in sent if not t.is_space]
    if not tokens:
        return sent.start_char, sent.start_char
    return tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)


def trim_span(tokens: list[Token], kind: FactKind) -> tuple[int, int] | None:
    """Character bounds of an entity without determiners, possessive endings and stray punctuation."""
    toks = list(tokens)
    while toks and (toks[0].is_space or toks[0].is_punct or (kind in NAME_KINDS and toks[0].lower_ in NAME_NOISE)):
        toks.pop(0)
    while toks and (toks[-1].is_space or (toks[-1].is_punct and toks[-1].text not in KEEP_AT_END)
                    or toks[-1].text in POSSESSIVE):
        toks.pop()
    if not toks:
        return None
    start, end = toks[0].idx, toks[-1].idx + len(toks[-1].text)
    text = "".join(t.text_with_ws for t in toks)[:end - start]
    for ending in ("’s", "'s"):
        if text.endswith(ending) and end - start > len(ending):
            end -= len(ending)
    return start, end


def _anchor(root: Token | None, sent: Span) -> str:
    """Lemmas of the answer's governor and the sentence's main verb."""
    words_ = []
    if root is not None:
        head = root.head if root.head is not root else root
        words_.append(head.lemma_.lower())
    words_.append(sent.root.lemma_.lower())
    return " ".join(dict.fromkeys(w for w in words_ if w))


class _Taken:
    """Which tokens already belong to a mention: constant-time overlap checks, one flag per token."""

    def __init__(self, size: int, spans: list[tuple[int, int]] = ()) -> None:
        self.flags = bytearray(size)
        for span in spans:
            self.add(span)

    def add(self, span: tuple[int, int]) -> None:
        self.flags[span[0]:span[1]] = b"\x01" * (span[1] - span[0])

    def overlaps(self, span: tuple[int, int]) -> bool:
        return any(self.flags[span[0]:span[1]])


def _mentions(doc: Doc) -> tuple[list[Mention], list]:
    """Entities (with repaired labels) and designations, without overlaps."""
    designations = find_designations(doc)
    claimed = _Taken(len(doc), [(d.start, d.end) for d in designations])
    mentions = []
    for ent in doc.ents:
        if ent.label_ == "EQUIPMENT" or claimed.overlaps((ent.start, ent.end)):
            continue
        label = ent.label_
        if label in ("PERSON", "GPE", "NORP", "PRODUCT", "ORG", "WORK_OF_ART") and org_by_head(doc, ent.start, ent.end):
            label = "ORG"
        mentions.append(Mention(ent.start, ent.end, label))
    _recover_people(doc, mentions, claimed)
    return mentions, designations


def _recover_people(doc: Doc, mentions: list[Mention], taken: _Taken) -> None:
    """Names the model missed that a role shows to be people ("Colonel Ana Ruiz", "Ana Ruiz, spokesperson …")."""
    for m in mentions:
        taken.add((m.start, m.end))
    for sent in doc.sents:
        for s, e in capitalised_spans(doc, sent.start, sent.end):
            if e - s > 3 or any(not t.is_title for t in doc[s:e]):
                continue
            title = doc[s].lower_ in words("role_titles")
            start = s + 1 if title else s
            if e - start >= 2 and not taken.overlaps((start, e)) and (title or person_by_role(doc, start, e)):
                mentions.append(Mention(start, e, "PERSON"))
                taken.add((start, e))


def _recover_orgs(doc: Doc, mentions: list[Mention], phrases: list[tuple[int, int]]) -> None:
    """Multi-word organisations the model missed, from role phrases and capitalised spans with an org word."""
    taken = _Taken(len(doc), [(m.start, m.end) for m in mentions])
    ends_at = {m.end: m for m in mentions if m.label in ("NORP", "GPE")}
    org_words = words("org_words")
    candidates = [span for s, e in phrases for span in capitalised_spans(doc, s, e)]
    for sent in doc.sents:
        for span in capitalised_spans(doc, sent.start + 1, sent.end):
            if any(t.lower_ in org_words and t.is_title for t in doc[span[0]:span[1]]) \
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


def _settle_labels(mentions: list[Mention], appositions: list[Apposition]) -> list[Apposition]:
    """An appositive tells what its subject is: "…, a newspaper" an organisation, "…, a senior fellow" a person."""
    by_span = {(m.start, m.end): m for m in mentions}
    org_heads, titles = words("org_heads"), words("role_titles")
    out = []
    for a in appositions:
        m = by_span.get((a.subject_start, a.subject_end))
        if m is not None and a.kind == "role" and a.head in org_heads and a.head not in titles:
            m.label = "ORG"
            a = replace(a, kind="definition")
        elif m is not None and a.kind == "definition" and a.head in titles and m.label in MISREAD_PEOPLE:
            m.label = "PERSON"
            a = replace(a, kind="role")
        out.append(a)
    return out


def _is_subject(doc: Doc, m: Mention) -> bool:
    root = doc[m.start:m.end].root
    return root.dep_ in SUBJECT_DEPS or (root.dep_ == "appos" and root.head.dep_ in SUBJECT_DEPS)


def _view(ctx: _Context, first: int, last: int) -> tuple[str, SentenceParse, int, list[tuple[int, int, int]]]:
    """Text and parse of sentences ``first..last`` with insertions applied; also (token, char, shift) edits."""
    doc = ctx.doc
    span = doc[ctx.sents[first].start:ctx.sents[last].end]
    s_start, s_end = sentence_bounds(span)
    parse = parse_of(span, s_start)
    text = doc_text(doc)[s_start:s_end]
    edits = []
    by_doc_index = {}
    n = 0
    for tok in span:
        if not tok.is_space:
            by_doc_index[tok.i] = n
            n += 1
    for i in (t.i for t in span if t.i in ctx.rewrites):
        if i in by_doc_index:
            local = by_doc_index[i]
            tok = parse.tokens[local]
            new = ctx.rewrites[i]
            text = text[:tok.idx] + new + text[tok.idx + len(tok.text):]
            edits.append((doc[i].idx, tok.idx, len(new) - len(tok.text)))
            parse = parse.with_text(local, new)
    return text, parse, s_start, edits


def _shifted(pos: int, s_start: int, edits: list[tuple[int, int, int]]) -> int:
    return pos - s_start + sum(shift for doc_idx, _, shift in edits if doc_idx < pos)


def extract_facts(doc: Doc, article_date: str = "") -> list[Fact]:
    """Every typed fact in ``doc``, best first within each sentence.

    ``article_date`` (ISO) lets relative dates ("Sunday") show their absolute day.
    """
    sents = list(doc.sents)
    if not sents:
        return []
    sent_of = [0] * len(doc)
    for n, sent in enumerate(sents):
        for i in range(sent.start, sent.end):
            sent_of[i] = n
    ctx = _Context(doc, sents, sent_of)
    mentions, designations = _mentions(doc)
    subjects = [(m.start, m.end, m.label) for m in mentions if m.label in ("PERSON", "ORG", "PRODUCT", "FAC")]
    subjects += [(d.start, d.end, "EQUIPMENT") for d in designations if d.form != "type"]
    appositions = find_appositions(doc, subjects)
    appositions = _settle_labels(mentions, appositions)
    titles = _Taken(len(doc), [(a.start, a.end) for a in appositions if a.subject_start == a.subject_end])
    mentions = [m for m in mentions if m.label == "PERSON" or not titles.overlaps((m.start, m.end))]
    _recover_orgs(doc, mentions, [(a.start, a.end) for a in appositions if a.kind == "role"])
    mentions.sort(key=lambda m: m.start)

    # Who is who, sentence by sentence: resolve an opening he/she, then record this sentence's people.
    names, tracker = NameIndex(), PersonTracker()
    org_full: list[str] = []
    by_sent: dict[int, list[Mention]] = {}
    for m in mentions:
        by_sent.setdefault(sent_of[m.start], []).append(m)
    role_gender = {(a.subject_start, a.subject_end): gender_hint(doc[a.start:a.end].text) for a in appositions}
    for n, sent in enumerate(sents):
        opener = next((t for t in sent if not t.is_punct and not t.is_space), None)
        if opener is not None and opener.lower_ in OPENERS:
            name = tracker.resolve(opener.lower_, n)
            if name:
                ctx.rewrites[opener.i] = f"[{name}]"
                tracker.add(n, name, subject=True, gender="m" if opener.lower_ == "he" else "f")
        for m in by_sent.get(n, []):
            text = doc[m.start:m.end].text
            if m.label in MISREAD_PEOPLE and m.end - m.start == 1 and names.resolve(text) in names.full:
                m.label = "PERSON"  # "Panda" after "Ankit Panda" is the same person, whatever the model says
            if m.label == "PERSON":
                m.canonical = names.add(text)
                hint = gender_hint(doc[max(0, m.start - 1):m.end].text) or role_gender.get((m.start, m.end), "")
                tracker.add(n, m.canonical, _is_subject(doc, m), hint)
            elif m.label == "ORG":
                bounds = trim_span(list(doc[m.start:m.end]), FactKind.ORGANIZATION)
                clean = doc_text(doc)[bounds[0]:bounds[1]] if bounds else text
                full = next((o for o in reversed(org_full) if acronym_of(o) == clean and len(o) > len(clean)), "")
                m.canonical = full
                if " " in clean:
                    org_full.append(clean)

    candidates = _entity_candidates(ctx, mentions, article_date)
    candidates += _designation_candidates(ctx, designations)
    candidates += _apposition_candidates(ctx, appositions, mentions)
    candidates += _quote_candidates(ctx, mentions, tracker)
    return _facts(ctx, candidates)


def _entity_candidates(ctx: _Context, mentions: list[Mention], article_date: str) -> list[Candidate]:
    doc, out = ctx.doc, []
    for m in mentions:
        kind = LABEL_KINDS.get(m.label)
        if kind is None:
            continue
        n = ctx.sent_of[m.start]
        start = m.start
        topic = resolved = canonical = ""
        span = doc[m.start:m.end]
        if kind is FactKind.COUNT:
            noun = counted_noun(span)
            if noun is None:
                continue  # a bare number means nothing on a card
            topic = counted_phrase(doc, m.end, noun)
            start = qualifier_start(doc, m.start, "count", ctx.sents[n].start)
        elif kind in (FactKind.DATE, FactKind.TIME):
            start = qualifier_start(doc, m.start, "date", ctx.sents[n].start)
        bounds = trim_span(list(doc[start:m.end]), kind)
        if bounds is None:
            continue
        if kind in (FactKind.DATE, FactKind.TIME):
            shown, resolved = resolve_relative(doc_text(doc)[bounds[0]:bounds[1]], article_date)
            if shown:
                canonical = f"{doc_text(doc)[bounds[0]:bounds[1]]} ({shown})"
        elif m.canonical and normalize(m.canonical) != normalize(doc_text(doc)[bounds[0]:bounds[1]]):
            canonical = m.canonical
        out.append(Candidate(kind, bounds[0], bounds[1], n, n, n, label=m.label, topic=topic, canonical=canonical,
                             resolved=resolved, root=span.root))
    return out


def _designation_candidates(ctx: _Context, designations: list) -> list[Candidate]:
    out = []
    for d in designations:
        span = ctx.doc[d.start:d.end]
        n = ctx.sent_of[d.start]
        out.append(Candidate(FactKind.EQUIPMENT, span.start_char, span.end_char, n, n, n,
                             label="EQUIPMENT_TYPE" if d.form == "type" else "EQUIPMENT", topic=d.cls,
                             root=span.root))
    return out


def _apposition_candidates(ctx: _Context, appositions: list, mentions: list[Mention]) -> list[Candidate]:
    doc, out = ctx.doc, []
    canon = {(m.start, m.end): m.canonical for m in mentions}
    people = {m.start: m for m in mentions if m.label == "PERSON"}
    for a in appositions:
        span = doc[a.start:a.end]
        n = ctx.sent_of[a.start]
        subject = doc[a.subject_start:a.subject_end] if a.subject_end > a.subject_start else None
        if a.kind == "role":
            person = people.get(a.subject_start)
            if person is None:
                continue
            topic = person.canonical or doc[person.start:person.end].text
            kind = FactKind.ROLE
        else:
            bounds = trim_span(list(subject), FactKind.ORGANIZATION) if subject is not None else None
            if bounds is None:
                continue
            topic = canon.get((a.subject_start, a.subject_end)) or doc_text(doc)[bounds[0]:bounds[1]]
            kind = FactKind.DEFINITION
        out.append(Candidate(kind, span.start_char, span.end_char, n, n, n, label=a.head, topic=topic,
                             root=span.root))
    return out


def _quote_candidates(ctx: _Context, mentions: list[Mention], tracker: PersonTracker) -> list[Candidate]:
    doc, out = ctx.doc, []
    people = [(m.start, m.end) for m in mentions if m.label == "PERSON"]
    canon = {(m.start, m.end): m.canonical for m in mentions}
    char_sent = {}
    for q in find_quotes(doc, people):
        speaker = doc[q.speaker_start:q.speaker_end]
        n = ctx.sent_of[q.speaker_start]
        first = min(n, ctx.sent_of[_token_at(doc, q.open, char_sent)])
        last = max(n, ctx.sent_of[_token_at(doc, q.close, char_sent)])
        if "\n" in doc_text(doc)[ctx.sents[first].start_char:ctx.sents[last].end_char]:
            first = last = n  # a quote across paragraphs: the card keeps the speaker's sentence only
        inserted = -1
        if (q.speaker_start, q.speaker_end) in canon:
            full = canon[(q.speaker_start, q.speaker_end)]
        else:  # a pronoun: name it, marked as an insertion
            full = ctx.rewrites.get(q.speaker_start, "").strip("[]") or tracker.resolve(speaker.text, n)
            if not full:
                continue
            ctx.rewrites[q.speaker_start] = f"[{full}]"
            inserted = q.speaker_start
        bounds = trim_span(list(speaker), FactKind.PERSON)
        if bounds is None:
            continue
        answer = doc_text(doc)[bounds[0]:bounds[1]]
        out.append(Candidate(FactKind.QUOTE, bounds[0], bounds[1], first, last, n, label="PERSON", topic=q.words,
                             canonical=full, root=speaker.root,
                             inserted=inserted))
    return out


def _acronym(text: str) -> bool:
    """"US" is a country, "us" a pronoun."""
    return len(text) > 1 and text.isupper()


def _token_at(doc: Doc, char: int, cache: dict[int, int]) -> int:
    if char not in cache:
        span = doc.char_span(char, char + 1, alignment_mode="expand")
        cache[char] = span.start if span is not None else 0
    return cache[char]


def _facts(ctx: _Context, candidates: list[Candidate]) -> list[Fact]:
    doc, sents = ctx.doc, ctx.sents
    views: dict[tuple[int, int], tuple] = {}
    mentions = Counter()
    for c in candidates:
        mentions[normalize(c.canonical or doc_text(doc)[c.start_char:c.end_char])] += 1
        if c.kind in (FactKind.ROLE, FactKind.DEFINITION):
            mentions[normalize(c.topic)] += 1
    most = max(mentions.values(), default=1)
    best: dict[tuple[int, str], Candidate] = {}
    for c in candidates:
        answer = doc_text(doc)[c.start_char:c.end_char]
        if c.inserted >= 0:
            answer = c.canonical or answer
        if not answer.strip() or (normalize(answer) in NOT_ANSWERS and not _acronym(answer)):
            continue
        key = (c.answer_sent, normalize(answer))
        old = best.get(key)
        if old is None or PRECEDENCE.get(c.kind, 9) < PRECEDENCE.get(old.kind, 9):
            best[key] = c
    defined = {}
    for c in best.values():
        if c.kind is FactKind.DEFINITION:
            defined.setdefault(c.answer_sent, []).append((c.start_char, c.end_char))
    facts = []
    seen = Counter()
    for c in sorted(best.values(), key=lambda c: (c.first_sent, c.start_char)):
        if c.label == "EQUIPMENT_TYPE" and any(s <= c.start_char and c.end_char <= e
                                                for s, e in defined.get(c.answer_sent, [])):
            continue  # the definition already hides these words
        first, last = c.first_sent, c.last_sent
        if (first, last) not in views:
            views[(first, last)] = _view(ctx, first, last)
        text, parse, s_start, edits = views[(first, last)]
        if c.inserted >= 0:
            new = ctx.rewrites[c.inserted]
            at = _shifted(doc[c.inserted].idx, s_start, edits)
            start, end = at + 1, at + len(new) - 1
            canonical = c.canonical
        else:
            start, end = _shifted(c.start_char, s_start, edits), _shifted(c.end_char, s_start, edits)
            canonical = c.canonical
        answer = text[start:end]
        name = c.canonical or answer
        score = importance(c.kind, first, len(sents), mentions[normalize(name)], most, seen[(c.kind, normalize(name))])
        seen[(c.kind, normalize(name))] += 1
        facts.append(Fact(kind=c.kind, answer=answer, sentence=text, start=start, end=end, sentence_index=first,
                          label=c.label, topic=c.topic, anchor=_anchor(c.root, sents[c.answer_sent]), score=score,
                          canonical=canonical, resolved=c.resolved, parse=parse))
    facts.sort(key=lambda f: (f.sentence_index, -f.score, f.start))
    return facts
