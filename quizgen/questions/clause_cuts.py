"""Long sentences cut to the clause that holds the answer: "Experts estimated that 74% of the oil was gone, and the
report drew sharp criticism from scientists at three universities" → "Experts estimated that 74% of the oil was gone."
A long card reads as "a whole paragraph to read for one figure" (blind raters kept 4 of 34 fill-in cards of 45 words
or more): when a sentence of ``LONG_SENTENCE_WORDS`` words or more joins two clauses, each with its own subject, or
ends on a phrase set off by a comma ("…, with peak viewership of 14.7 million", "…, including …"), the card keeps the
part that holds its answer. ``trim.py`` calls these after its own asides."""

from __future__ import annotations

from typing import NamedTuple

from quizgen.memo import kept_beside
from quizgen.nlp.parse import SentenceParse, Tok
from quizgen.text import POINTING_BACK

LONG_SENTENCE_WORDS = 35  # shorter sentences read at a glance: their cards keep every clause
MIN_CLAUSE_WORDS = 8  # a shorter clause has lost what it was about
_SUBJECTS = frozenset({"nsubj", "nsubjpass", "expl"})
# what a kept second clause may not open with: the words that point back, and "that", "there", "then"
_POINTING_BACK = POINTING_BACK | {"that", "there", "then"}
_TRAILING = frozenset({"with", "including"})
_QUOTES = frozenset("“”\"‘’")


class _Cuts(NamedTuple):
    """What a sentence offers to cut, whatever the answer (worked out once per parse: every fact of it asks)."""

    clauses: tuple[int, int, int, int, bool] | None  # ``_other_clause``'s (start, lo, hi, joint, second may stand)
    appositions: tuple[tuple[int, int, frozenset[int]], ...]  # (lo, hi, tokens to cut) of each long apposition
    trailing: tuple[tuple[int, int], ...]  # (lo, hi) of each closing phrase, the comma before it cut too


def clause_cut(parse: SentenceParse, answer: set[int], cut: frozenset[int] | set[int]) -> set[int]:
    """The tokens to cut besides ``cut`` so a long sentence keeps only the clause of the answer (empty: none)."""
    if kept_beside(parse, "_quizgen_word_count", _word_count) < LONG_SENTENCE_WORDS:
        return set()  # most sentences: short whatever the asides cut, so no fact of them walks its tokens
    words = [t for t in parse.tokens if t.pos != "PUNCT" and t.i not in cut]
    if len(words) < LONG_SENTENCE_WORDS or not answer:
        return set()
    cuts = kept_beside(parse, "_quizgen_clause_cuts", _cuts)
    if cuts is None:
        return set()
    out = _other_clause(cuts.clauses, answer)
    for lo, hi, span in cuts.appositions:
        if not any(lo <= i <= hi for i in answer):
            out |= span
    out |= next((set(range(lo - 1, hi + 1)) for lo, hi in cuts.trailing
                 if not any(i in answer for i in range(lo, hi + 1))), set())
    left = sum(1 for t in words if t.i not in out)
    return out if out and left >= MIN_CLAUSE_WORDS else set()


def _word_count(parse: SentenceParse) -> int:
    """How many of the sentence's tokens are words (not punctuation): a fact's card keeps at most these."""
    return sum(1 for t in parse.tokens if t.pos != "PUNCT")


def _cuts(parse: SentenceParse) -> _Cuts | None:
    """The sentence's cuttable parts, or None when its root is no verb."""
    tokens = parse.tokens
    root = next((t for t in tokens if t.head == t.i), None)
    if root is None or root.pos not in ("VERB", "AUX"):
        return None
    # a quotation keeps its words, and a speaker's role says whose they are
    quoted = any(t.text in _QUOTES for t in tokens) or any(mark in parse.text for mark in '“”"')
    return _Cuts(None if quoted else _clauses(parse, root), () if quoted else _long_appositions(parse),
                 _trailing_phrases(parse, root))


def _clause(parse: SentenceParse, root: Tok) -> Tok | None:
    """The second main clause: a verb joined to the root by "and" / "but", with a subject of its own."""
    for child in parse.children(root):
        if child.dep == "conj" and child.pos in ("VERB", "AUX") and child.i > root.i \
                and any(c.dep in _SUBJECTS for c in parse.children(child)):
            return child
    return None


def _clauses(parse: SentenceParse, root: Tok) -> tuple[int, int, int, int, bool] | None:
    """Where the sentence's two main clauses meet: (start of the cut before the second, its first and last token,
    the "and" / "but", whether the second clause may stand alone), or None when they cannot be told apart."""
    second = _clause(parse, root)
    if second is None:
        return None
    tokens = parse.tokens
    sub = parse.subtree(second)
    lo, hi = sub[0].i, sub[-1].i
    if len(sub) != hi - lo + 1 or lo < 2:
        return None
    joint = lo - 1
    if tokens[joint].dep != "cc":
        return None  # "…; the report drew …": no "and" / "but" to say where the first clause ends
    start = joint - 1 if tokens[joint - 1].text == "," else joint
    hi = _before_full_stop(tokens, hi)
    if hi is None:
        return None  # the second clause must run to the sentence's end
    return start, lo, hi, joint, _stands_alone(parse, second, sub)


def _stands_alone(parse: SentenceParse, second: Tok, sub: tuple[Tok, ...]) -> bool:
    """Whether the second main clause reads without the first."""
    if sub[0].dep == "mark":
        return False  # "found that …, and that …": the second clause is the verb's object, not a sentence
    subject = next(c for c in parse.children(second) if c.dep in _SUBJECTS)
    opening = parse.subtree(subject)[0]
    if opening.lower in _POINTING_BACK or subject.lower in _POINTING_BACK:
        return False  # "…, and he said …": the clause needs the one before it
    # "…, and the report drew …": which report, the first clause says
    return subject.pos == "PROPN" or opening.lower != "the"


def _other_clause(clauses: tuple[int, int, int, int, bool] | None, answer: set[int]) -> set[int]:
    """The tokens of the main clause that does not hold the answer, with the comma and "and" between them."""
    if clauses is None:
        return set()
    start, lo, hi, joint, second_stands = clauses
    if answer <= set(range(0, start)):
        return set(range(start, hi + 1))  # "A did X, and B did Y" → "A did X."
    if answer <= set(range(lo, hi + 1)) and second_stands:
        return set(range(0, joint + 1))  # "A did X, and B did Y" → "B did Y."
    return set()


def _before_full_stop(tokens, hi: int) -> int | None:
    """The last token of a phrase that ends at ``hi`` (the parser may hang the sentence's full stop from it: it
    stays), or None when the phrase does not run to the sentence's end."""
    last = len(tokens) - 1
    end_mark = tokens[last].text in (".", "!", "?")
    if end_mark and hi == last:
        hi -= 1
    return hi if hi == last - end_mark else None


MIN_APPOSITION_WORDS = 4  # "Tomas Vell, 55," or "Vell, a Democrat,": too short to be padding, and often what says who


def _long_appositions(parse: SentenceParse) -> tuple[tuple[int, int, frozenset[int]], ...]:
    """Each apposition on a subject's name set off by commas ("Thomas Hoenig, the Fed's longest-serving policymaker and
    one of 10 people who decide …, said …" → "Thomas Hoenig said …"), as (first, last, tokens to cut with its
    commas): cut when it does not hold the answer; the name stays, and its role has its own card. Not in a sentence
    with a quotation (``clause_cut`` asks): "…,” said Marc Goldwein, senior policy director at …": a speaker's role
    says whose words."""
    tokens = parse.tokens
    out: list[tuple[int, int, frozenset[int]]] = []
    for tok in tokens:
        name = tokens[tok.head]
        if tok.dep != "appos" or name.pos != "PROPN" or name.i > tok.i or name.dep not in _SUBJECTS:
            continue  # the subject's only: an apposition inside a phrase ("a spokesperson for X, the …") ends it
        sub = parse.subtree(tok)
        lo, hi = sub[0].i, sub[-1].i
        if hi + 1 < len(tokens) and tokens[hi].text == "," and len(sub) > 1:
            hi, sub = hi - 1, sub[:-1]  # the parser may hang the closing comma from the apposition
        if len(sub) != hi - lo + 1 or lo < 1 or tokens[lo - 1].text != "," or hi + 1 >= len(tokens):
            continue
        if sum(t.pos != "PUNCT" for t in sub) < MIN_APPOSITION_WORDS:
            continue
        after = tokens[hi + 1]
        if after.text == "," and hi + 2 < len(tokens):
            if tokens[hi + 2].dep == "cc" or tokens[hi + 2].lower in ("and", "or"):
                continue  # "the Moulin Rouge in Paris, the Las Vegas Strip, and …": a list, not an apposition
            # after another aside on the name ("Vell, 63, a former prosecutor, could …") the closing comma
            # closes that one too: cut with it, the card read "Doug Jones, 63 could" (a tune rater: "missing a comma")
            keeps_close = any(t.text == "," for t in tokens[name.i + 1:lo - 1])
            span = range(lo - 1, hi + 2) if tokens[hi + 2].pos != "PUNCT" and not keeps_close else range(lo - 1, hi + 1)
            out.append((lo, hi, frozenset(span)))
        elif after.i == len(tokens) - 1 and after.pos == "PUNCT":
            out.append((lo, hi, frozenset(range(lo - 1, hi + 1))))
    return tuple(out)


def _trailing_phrases(parse: SentenceParse, root: Tok) -> tuple[tuple[int, int], ...]:
    """Each phrase the sentence ends on, set off by a comma ("…, with peak viewership of 14.7 million", "…, including
    A, B and C"), as (first, last token): the first that does not hold the answer is cut, with its comma."""
    tokens = parse.tokens
    out: list[tuple[int, int]] = []
    for child in parse.children(root):
        if child.dep != "prep" or child.lower not in _TRAILING or child.i < 2 or tokens[child.i - 1].text != ",":
            continue
        sub = parse.subtree(child)
        lo, hi = sub[0].i, _before_full_stop(tokens, sub[-1].i)
        if hi is None or lo != child.i or len([t for t in sub if t.i <= hi]) != hi - lo + 1:
            continue
        sub = tuple(t for t in sub if t.i <= hi)
        if not any(t.text in _QUOTES for t in sub):
            out.append((lo, hi))
    return tuple(out)
