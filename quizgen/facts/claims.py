"""Key claims: what an article's lead, or a sentence built on a verb of decision or finding, says was done,
decided, banned or found — the object phrase of the sentence's main verb ("threatened to deploy 250 new tactical
ballistic missile launchers", "the order banned all political activity")."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from quizgen.facts.lexicon import words
from quizgen.facts.rewrite import is_quoted
from quizgen.nlp.parse import columns_of, lemma_at
from quizgen.nlp.spans import children, sentence_root

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

LEAD_SENTENCES = 3  # the lead states what the article is about
MIN_WORDS, MAX_WORDS = 2, 8  # one word is a name or a noun (other facts ask those); more is no answer to recall
_QUOTES = "“”\"‘’"


@dataclass(frozen=True)
class Claim:
    """The object phrase of a key sentence's main verb, as token offsets, and the sentence it is in."""

    start: int
    end: int
    sentence: int


def main_verb(sent: Span) -> Token | None:
    """The verb a sentence's claim hangs on: its root, or the last of a chain of to-infinitives under it
    ("threatened to deploy")."""
    at = _main_verb_at(sent)
    return None if at is None else sent.doc[at]


def _main_verb_at(sent: Span) -> int | None:
    """``main_verb(sent).i``, read from the doc's columns (no Token made: asked of every sentence)."""
    doc = sent.doc
    c = columns_of(doc)
    verb = sentence_root(doc, sent)
    if c.pos[verb] not in ("VERB", "AUX"):
        return None
    while True:
        nxt = next((k for k in children(doc, verb) if c.dep[k] == "xcomp" and c.pos[k] == "VERB"), None)
        if nxt is None:
            return verb
        verb = nxt


_ASIDES = frozenset({"relcl", "acl", "appos"})


def core_phrase(head: Token) -> tuple[int, int]:
    """Token offsets of ``head``'s phrase without its asides ("a bill that would have allowed …" → "a bill"; "an
    app for tablets, a move that …" → "an app for tablets"): relative and participle clauses and appositions
    go, and the phrase ends at its first comma."""
    cut = {t.i for t in head.subtree if t.dep_ in _ASIDES for t in t.subtree}
    start = head.left_edge.i
    end = start
    for tok in head.subtree:
        if tok.i != end or tok.i in cut or tok.text in (",", ";", ":", "(", "—", "–"):
            break
        end += 1
    return start, end


def passive_agent(verb: Token) -> Token | None:
    """The noun that does what a passive verb tells ("was destroyed by a spring flood", "survived being attacked and
    dragged underwater by a juvenile great white shark"): the object of ``by`` under the verb or a verb joined to it
    (which shares its passive, though the parser may read its "by" as a plain preposition)."""
    if not any(c.dep_ == "auxpass" for c in verb.children):
        return None  # an active verb's "by" tells how or how much ("grew by 5 percent"), not who did it
    for head in (verb, *(c for c in verb.children if c.dep_ == "conj" and c.pos_ == "VERB")):
        for by in (c for c in head.children if c.lower_ == "by" and c.dep_ in ("agent", "prep")):
            noun = next((c for c in by.children if c.dep_ == "pobj"), None)
            if noun is not None:
                return noun
    return None


def doer_end(noun: Token, end: int) -> int:
    """Where the phrase of a passive's doer ends: before a place or time after it ("a great white shark | off the
    coast", "a rescue team | near the summit"); "of" stays ("a team of volunteers")."""
    for tok in noun.subtree:
        if tok.i > noun.i and tok.dep_ == "prep" and tok.lower_ != "of":
            return min(end, tok.i)
    return end


def find_claims(sents: list[Span]) -> list[Claim]:
    """The object phrase of each lead sentence's main verb, and of any sentence whose main verb decides, bans,
    finds or causes (``claim_verbs`` in the lexicon), when it is a phrase a learner can give back."""
    claim_verbs, listener_verbs = words("claim_verbs"), words("listener_verbs")
    out = []
    for n, sent in enumerate(sents):
        # the tests most sentences fail, on the doc's columns: no Token made for them
        at = _main_verb_at(sent)
        lemma = lemma_at(sent.doc, at).lower() if at is not None else ""
        # "Milburn told BBC Radio 4's Today show": whom someone told is no claim (a set-W rater: "trivial")
        if at is None or lemma in listener_verbs or (n >= LEAD_SENTENCES and lemma not in claim_verbs):
            continue
        c = columns_of(sent.doc)
        if not any(c.dep[k] in ("nsubj", "nsubjpass") for k in children(sent.doc, sentence_root(sent.doc, sent))):
            continue  # "Please share your videos": an imperative claims nothing
        verb = sent.doc[at]
        obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
        agent = passive_agent(verb) if obj is None else None
        obj = obj or agent
        if obj is None or obj.pos_ in ("PROPN", "NUM") or obj.ent_type_:
            continue  # a name, a number: the entity facts ask for those
        start, end = core_phrase(obj)
        if agent is not None:
            end = doer_end(agent, end)
        phrase = sent.doc[start:end]
        if not MIN_WORDS <= sum(not t.is_punct and t.dep_ != "det" for t in phrase) <= MAX_WORDS:
            continue  # "the surfer": one word is no claim
        if any(q in phrase.text for q in _QUOTES) or is_quoted(sent.doc, phrase.start_char):
            continue  # a quotation keeps its words whole
        if phrase[0].dep_ == "det" and phrase[0].lower_ in ("this", "that", "these", "those", "it"):
            continue  # "this plan": points back
        out.append(Claim(start, end, n))
    return out
