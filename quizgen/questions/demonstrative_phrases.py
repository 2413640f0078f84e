"""A phrase on a noun whose object points back with "that" / "those" / "this" / "these" ("sets aside $100 million
of that funding for a Europa mission", "in exchange for Moscow's support for those penalties") is left off the card
when it does not hold the answer: the rest of the sentence says what the card asks, and without the phrase it stands
alone (``pointing_back.py`` refuses a card whose shown words point back; words a card leaves out do not)."""

from __future__ import annotations

from quizgen.nlp.parse import SentenceParse
from quizgen.questions.unnamed_descriptions import time_nouns
from quizgen.questions.wh import inside_quote

DEMONSTRATIVES = frozenset({"this", "that", "these", "those"})
_NOUNS = frozenset({"NOUN", "PROPN", "SYM"})  # not a bare number: "5 of those" is a part
_MEASURES = frozenset({"MONEY", "PERCENT", "QUANTITY"})  # "$100 million of that funding" says how much of what
_SETTINGS = frozenset("country nation state city region area town county province capital".split())
# heads that mean nothing without their phrase: "the rest of that money", "some of those people", "in the wake of
# this", "a reason for this", "a number of these areas"
_PARTS = frozenset("rest part half most some all each many much one none any both few several majority share portion "
                   "remainder bulk number lot amount level set series group member members kind type sort example "
                   "wake aftermath result reason cause face midst light case view spite terms top end side course "
                   "basis heart center centre core source subject topic focus".split())


def pointing_phrases(parse: SentenceParse, answer: set[int]) -> set[int]:
    """The tokens of each such phrase (a preposition on a noun, its object a demonstrative's noun), or none."""
    tokens = parse.tokens
    out: set[int] = set()
    for tok in tokens:
        if tok.lower not in DEMONSTRATIVES or tok.dep != "det":
            continue
        noun = tokens[tok.head]
        if noun.dep != "pobj" or noun.head == noun.i or noun.lower in _SETTINGS or noun.lower in time_nouns():
            continue  # "obligations in this country", "sales of this year": where or when, which the card must keep
        prep = tokens[noun.head]
        if prep.dep != "prep" or prep.head == prep.i:
            continue
        owner = tokens[prep.head]
        if owner.pos not in _NOUNS and owner.ent_type not in _MEASURES or owner.lower in _PARTS or owner.i > prep.i:
            continue  # "spent it on those projects": the verb's own phrase says what was done
        sub = parse.subtree(prep)
        lo, hi = sub[0].i, sub[-1].i
        if lo != prep.i or len(sub) != hi - lo + 1 or any(lo <= i <= hi for i in answer):
            continue
        if inside_quote(parse.text, tokens[lo].idx):
            continue  # a quotation keeps its words
        out |= set(range(lo, hi + 1))
    return out
