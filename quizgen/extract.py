"""From a parsed spaCy ``Doc`` to typed ``Fact``s."""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING

from quizgen.facts import Fact, FactKind
from quizgen.parse import parse_of
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
# How much a teacher cares about each kind, before centrality and position.
KIND_WEIGHT: dict[FactKind, float] = {
    FactKind.PERSON: 1.0,
    FactKind.ORGANIZATION: 0.9,
    FactKind.COUNT: 0.9,
    FactKind.EQUIPMENT: 1.0,
    FactKind.DEFINITION: 1.0,
    FactKind.ROLE: 0.9,
    FactKind.QUOTE: 0.9,
    FactKind.DATE: 0.8,
    FactKind.TIME: 0.6,
    FactKind.AMOUNT: 0.8,
    FactKind.PLACE: 0.6,
}


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
    while toks and (toks[-1].is_space or toks[-1].is_punct or toks[-1].text in POSSESSIVE):
        toks.pop()
    if not toks:
        return None
    start, end = toks[0].idx, toks[-1].idx + len(toks[-1].text)
    text = toks[-1].doc.text
    for ending in ("’s", "'s"):
        if text[start:end].endswith(ending) and end - start > len(ending):
            end -= len(ending)
    return start, end


def counted_noun(ent: Span) -> Token | None:
    """The noun a number counts: ``250 … launchers`` or ``dozens of … vehicles``."""
    root = ent.root
    if root.dep_ == "nummod" and root.head.pos_ in ("NOUN", "PROPN") and root.head.i >= ent.end:
        return root.head
    for child in root.children:
        if child.dep_ == "prep" and child.lower_ == "of":
            for pobj in child.children:
                if pobj.dep_ == "pobj" and pobj.pos_ == "NOUN":
                    return pobj
    return None


def _anchor(root: Token, sent: Span) -> str:
    """Lemmas of the answer's governor and the sentence's main verb."""
    head = root.head if root.head is not root else root
    words = [head.lemma_.lower(), sent.root.lemma_.lower()]
    return " ".join(dict.fromkeys(w for w in words if w))


def _position_weight(index: int, total: int) -> float:
    return 1.0 - 0.4 * (index / max(total - 1, 1))


def extract_facts(doc: Doc) -> list[Fact]:
    """Every typed fact spaCy's entities and parse give for ``doc``, best first within each sentence."""
    sents = list(doc.sents)
    mentions = Counter(normalize(e.text) for e in doc.ents)
    facts: list[Fact] = []
    seen: set[tuple[int, str]] = set()
    for index, sent in enumerate(sents):
        s_start, s_end = sentence_bounds(sent)
        sentence = doc.text[s_start:s_end]
        parse = parse_of(sent, s_start)
        for ent in sent.ents:
            kind = LABEL_KINDS.get(ent.label_)
            if kind is None:
                continue
            topic = ""
            if kind is FactKind.COUNT:
                noun = counted_noun(ent)
                if noun is None:
                    continue  # a bare number means nothing on a card
                first = noun.left_edge if noun.left_edge.i >= ent.end else doc[ent.end]
                topic = doc.text[first.idx:noun.idx + len(noun.text)]
            bounds = trim_span(list(ent), kind)
            if bounds is None:
                continue
            start, end = bounds[0] - s_start, bounds[1] - s_start
            answer = sentence[start:end]
            if not answer.strip() or (index, normalize(answer)) in seen:
                continue
            seen.add((index, normalize(answer)))
            score = KIND_WEIGHT[kind] * _position_weight(index, len(sents)) + 0.1 * min(mentions[normalize(ent.text)], 5)
            facts.append(Fact(kind=kind, answer=answer, sentence=sentence, start=start, end=end,
                              sentence_index=index, label=ent.label_, topic=topic,
                              anchor=_anchor(ent.root, sent), score=score, parse=parse))
    return facts
