"""A bare "the + noun" that takes up a noun an earlier sentence used ("… concerns about the call", after "Trump's call
with Zelenskiy" three sentences before): on a card alone it does not say which one, and blind raters marked such cards
"dangling" ("'the call' never says which call"). The deck leaves them out; they stay among every card.

``standalone.py`` refuses the clearest cases for every card (a bare definite subject, a description of a named kind);
this catches the rest of the narration, where only the article says the noun was met before.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache

from quizgen.facts.antecedents import name_labels
from quizgen.facts.compound_descriptions import noun_key
from quizgen.facts.lexicon import words
from quizgen.facts.model import Fact
from quizgen.memo import kept_beside
from quizgen.nlp.parse import SentenceParse, Tok
from quizgen.questions.model import Question
from quizgen.questions.standalone import narration, setting_nouns
from quizgen.questions.unnamed_descriptions import time_nouns

# a description's own words that say which one it is ("the call with Kyiv", "the call that …", "the 2019 call")
_SAYING = frozenset({"prep", "relcl", "acl", "poss", "compound", "amod", "nummod", "appos", "nmod", "quantmod"})
_NOUN_TAGS = frozenset({"NN", "NNS"})


@cache
def _standing_alone() -> frozenset[str]:
    """Nouns a bare "the" makes clear on its own: one of a kind ("the economy"), the setting ("the country"), a time
    ("the year": ``relative_times`` and ``standalone`` decide those)."""
    return frozenset(words("unique_nouns")) | setting_nouns() | time_nouns()


def _noun_key(tok: Tok) -> str:
    return noun_key(tok.lower, tok.tag)


class EarlierNouns:
    """The sentence where each common noun of an article is first met (from its facts' parses)."""

    def __init__(self, facts: Iterable[Fact]) -> None:
        parses: dict[int, SentenceParse] = {}
        for fact in facts:
            if fact.parse is not None:
                parses.setdefault(fact.sentence_index, fact.parse)
        self.first: dict[str, int] = {}
        for index in sorted(parses):
            for tok in parses[index].tokens:
                if tok.pos == "NOUN":
                    self.first.setdefault(_noun_key(tok), index)

    def before(self, tok: Tok, sentence: int) -> bool:
        """Whether the noun was met in a sentence before ``sentence``."""
        return self.first.get(_noun_key(tok), sentence) < sentence


def _named_before(parse: SentenceParse, det: Tok, noun: Tok) -> bool:
    """Whether a name that may be of the noun's kind stands before it in its sentence ("the FCC's process … the
    history of the agency"): the sentence says which itself."""
    labels = name_labels(noun.lower)
    return bool(labels) and any(t.ent_type in labels for t in parse.tokens[:det.i])


def echoed_description(question: Question, earlier: EarlierNouns) -> bool:
    """Whether the card's narration keeps a bare "the + noun" (no word of its own saying which) whose noun an earlier
    sentence of the article used, outside the card's answer."""
    parse = question.fact.parse
    if parse is None:
        return False
    shown = None
    for det, noun in kept_beside(parse, "_quizgen_bare_descriptions", _bare_descriptions):
        if not earlier.before(noun, question.fact.sentence_index):
            continue
        phrase = f"{det.text} {noun.text}"
        if phrase.lower() in question.answer.lower():
            continue
        if shown is None:
            shown = narration(question.visible_prompt())
        if re.search(rf"(?<!\w){re.escape(phrase)}(?!\w)", shown, re.IGNORECASE):
            return True
    return False


def _bare_descriptions(parse: SentenceParse) -> tuple[tuple[Tok, Tok], ...]:
    """The sentence's bare "the + noun" pairs that only an earlier sentence could say which one they are: the same for
    every card of the sentence, so worked out once per parse (kept beside it)."""
    if "the" not in parse.text.lower():
        return ()
    out = []
    for det in parse.tokens:
        if det.lower != "the" or det.dep != "det" or det.head != det.i + 1:
            continue
        noun = parse.tokens[det.head]
        if noun.pos != "NOUN" or noun.tag not in _NOUN_TAGS or not noun.text.islower() or noun.ent_type \
                or noun.lower in _standing_alone() or _noun_key(noun) in _standing_alone():
            continue
        if any(child.dep in _SAYING for child in parse.children(noun)) or _named_before(parse, det, noun):
            continue
        out.append((det, noun))
    return tuple(out)
