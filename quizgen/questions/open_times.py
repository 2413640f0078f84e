"""A time that holds only at the writing and that the facts stage left as written (``facts/open_times.py``: no
article date, a year in doubt, an earlier source): its sentence gives no card (issue 14: relative times resolved with
the article's date, else no card on them). "Users comprise now 11%", "Zorvex recently opened", "in the past two
years", "in the fourth quarter" (of a business: money or a rate in the sentence).

A month and day without a year ("on Dec. 18") is not refused here: the day is the article's own fact, and a card on
it is still true.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from quizgen.facts.open_times import BEFORE_NOW, PAST_SPAN, QUARTER, RELATIVE_PRONOUNS, business_words
from quizgen.nlp.parse import SentenceParse, Tok

_WORDS = ("now", "currently", "recently", "past", "last", "quarter")
_PRESENT = frozenset({"VBZ", "VBP"})


def open_time_left(parse: SentenceParse, told: str, shown: Callable[[Tok], bool]) -> bool:
    """Does the narration ``told`` (quotes and the answer blanked) keep a time that holds only at the writing?
    ``shown`` says whether a token of ``parse`` is in that narration."""
    low = told.lower()
    if not any(word in low for word in _WORDS):
        return False
    if PAST_SPAN.search(told):
        return True
    if QUARTER.search(told) and any(t.ent_type in ("MONEY", "PERCENT") or t.lower in business_words()
                                     for t in parse.tokens):
        return True
    return any(_state_now(parse, tok) and shown(tok) for tok in parse.tokens
               if tok.lower in ("now", "currently", "recently"))


def _state_now(parse: SentenceParse, tok: Tok) -> bool:
    """"now" / "currently" on a present-tense verb with its own subject, "recently" on any such verb (the cases
    ``facts/open_times.py`` resolves when it can)."""
    if tok.dep != "advmod" or tok.i == 0 or parse.tokens[tok.i - 1].lower in BEFORE_NOW:
        return False
    verb = parse.tokens[tok.head]
    if not _has_subject(parse, verb):
        return False
    if tok.lower == "recently":
        return True
    return verb.tag in _PRESENT and not any(c.dep in ("aux", "auxpass") for c in parse.children(verb))


def _has_subject(parse: SentenceParse, verb: Tok) -> bool:
    if verb.pos not in ("VERB", "AUX") or verb.dep in ("relcl", "amod", "appos", "advcl"):
        return False
    subject = next((c for c in parse.children(verb) if c.dep in ("nsubj", "nsubjpass", "expl")), None)
    if subject is None and verb.dep == "conj" and verb.head != verb.i:
        return _has_subject(parse, parse.tokens[verb.head])
    return subject is not None and subject.lower not in RELATIVE_PRONOUNS


# "now" / "currently" as the writing's time, in any shape ("the top rate now at", "has now reached", "Right now,"),
# but not a name's ("now known as", "the now-infamous deal") nor a span's end ("until now")
_NOW_ANY = re.compile(r"(?<!until )(?<!till )(?<!from )(?<!than )\b(?:now|currently)\b(?![-‑])(?! known\b)",
                      re.IGNORECASE)


def says_now(narration_text: str) -> bool:
    """Whether a card's narration says "now" or "currently": on an undated article nothing can say when
    (``standing_alone.in_context`` makes no fill-in card or wh-question of it). Stored blind labels of such cards
    of undated articles (stop 82): 6 good of 30 ("'now' is time-relative", "'with the top corporate rate now at'
    needs a year"); of dated ones, where ``facts/open_times.py`` writes the year in where it can, 158 good of 279."""
    # most narrations hold neither word: the pattern tries its look-behinds at every character
    lowered = narration_text.lower()
    return ("now" in lowered or "currently" in lowered) and _NOW_ANY.search(narration_text) is not None
