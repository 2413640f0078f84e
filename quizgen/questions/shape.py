"""The shape of a finished wh-question, checked on its words: a question the transformation garbled is refused
(better no card than "When helped Wein cut …?", "… win ’s 10 most populous states?", "Who founded SpaceX.?").

The checks hold for any English question, whatever the sentence it came from: a wh-word that replaced an adverbial
("when", "where", "what year", "whom") is followed by an auxiliary (the subject comes after it); no doubled
punctuation; no possessive ending cut from its owner; no last word that needs a word after it ("of", "the")."""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from functools import cache
from pathlib import Path

from quizgen.facts.lexicon import lexicon

_DATA = Path(__file__).with_name("shape.json")
_DOUBLED = re.compile(r"[,;:!?]\s*[?.,;:]|\.\s*[?,;:]|\(\s*\)")
_DANGLING_POSSESSIVE = re.compile(r"(?:^|[\s(“\"—–-])[’']s\b|[’']s\s*\?$")
# "What do on Saturday, the center throws open …?": do-support is followed by its subject, never a preposition
_DO_BEFORE_PREPOSITION = re.compile(r"\b(?:do|does|did)\s+(?:on|in|at|by|for|from|with|to|of|after|before|during|"
                                    r"since|until|into|over|under|about)\b", re.I)
_REPEATED = re.compile(r"\b(\w+(?:\s+\w+)+)\s+\1\b")  # "from Ellesa Throwden Ellesa Throwden"
_VERB_THEN_COMMA = re.compile(r"\b(?:who|whom)\s+\w+,", re.I)  # "… who says, the importance … isn't clear?"
_WH = re.compile(r"\b(?:who|whom|whose|what|when|where|which|how|why)\b", re.I)
# The wh-phrases that never stand for the subject: the word after them is an auxiliary.
_NON_SUBJECT = re.compile(r"(?:when|where|what year|whom)\s+(\S+)", re.I)


@cache
def _data() -> dict[str, frozenset[str]]:
    return {key: frozenset(words) for key, words in json.loads(_DATA.read_text(encoding="utf-8")).items()}


def any_compares(words: Iterable[str]) -> bool:
    """Whether any of ``words`` sets two values side by side ("compared", "versus"), each of which a question may be
    taken for: one set test for a whole sentence's words."""
    return not _data()["comparing"].isdisjoint(map(str.lower, words))


def is_abbreviation(word: str) -> bool:
    """"U.S.", "a.m.", "Jr.", "Inc.": a word whose final period is its own, not the sentence's."""
    lower = word.lower()
    return bool(re.fullmatch(r"(?:[A-Za-z]\.){2,}", word)) or lower in _data()["abbreviations"] \
        or lower in lexicon()["title_abbreviations"]


def cut_short(answer: str) -> bool:
    """Whether an answer ends on a word that needs one after it ("56% to", "Christie a") or opens a bracket it does
    not close ("World Bank Administrative Tribunal (WB", leaving "the _____ ) found …"): a span the parse cut short,
    which blind raters called malformed ("broken") wherever it came up."""
    if answer.count("(") != answer.count(")"):
        return True
    words = answer.split()
    return bool(words) and words[-1].lower() in _data()["never_last"] | _data()["answer_never_last"]


_NAME = r"[A-Z][\w'’.&-]*(?: [A-Z][\w'’.&-]*)*"
_NAMES_RUN_TOGETHER = re.compile(rf"^{_NAME}(?:, {_NAME})+$")


def names_run_together(answer: str) -> bool:
    """Whether an answer is two names with a comma between them, as one ("Zhang, Doudna" from "According to Zhang,
    Doudna's predictions …", "Meyer, Saban" from a headline): a wrong answer the parse made of a list or an aside. A
    company's or a person's suffix ("Durand Jirga, Inc.", "Martin Luther King, Jr.") is part of the name."""
    if not _NAMES_RUN_TOGETHER.match(answer):
        return False
    return answer.rsplit(", ", 1)[1].lower().rstrip(".") not in _data()["name_suffixes"]


def without_final_period(text: str) -> str:
    """``text`` without a sentence period glued to its last word ("SpaceX." → "SpaceX"); an abbreviation keeps its
    own ("the U.S.")."""
    if not text.endswith("."):
        return text
    last = text.rsplit(None, 1)[-1]
    return text if is_abbreviation(last) else text[:-1].rstrip()


def ends_unfinished(statement: str) -> bool:
    """Whether a statement's last word, its closing marks aside, needs a word after it ("… a beacon for high-profile
    events, not just.": a cut that took the phrase the words were about)."""
    words = statement.rstrip().rstrip(".!?”’\"").split()
    return bool(words) and words[-1].lower().strip(",;:") in _data()["never_last"] or ends_after_conjunction(statement)


def ends_after_conjunction(statement: str) -> bool:
    """Whether a statement ends on a conjunction and an adverb waiting for their phrase ("… the second-highest sales
    volume of the year thus far but still.": a cut took what was still so)."""
    words = [w.lower().strip(",;:") for w in statement.rstrip().rstrip(".!?”’\"").split()[-2:]]
    return len(words) == 2 and words[0] in _data()["conjunctions"] \
        and words[1] in _data()["never_last_after_conjunction"]


def garbled(question: str) -> str | None:
    """Why ``question`` is not a well-formed English question, or None when its shape is sound."""
    body = question[:-1] if question.endswith("?") else question
    if _DOUBLED.search(question.replace("...", "…")) and not _abbreviation_before_mark(question):
        return "doubled punctuation"
    if _DANGLING_POSSESSIVE.search(question):
        return "a possessive cut from its owner"
    if ends_unfinished(body):
        return "its last word needs a word after it"
    if _may_repeat(body) and _REPEATED.search(body):
        return "a phrase said twice"
    if _VERB_THEN_COMMA.search(body):
        return "a comma between the verb and what it says"
    if _DO_BEFORE_PREPOSITION.search(body):
        return "a preposition where the subject should follow the auxiliary"
    first = _WH.search(body)  # the question's own wh-phrase (a later "where" may open a relative clause)
    match = _NON_SUBJECT.match(body, first.start()) if first else None
    if match and match.group(1).lower() not in _data()["inverting"]:
        return "no auxiliary after a wh-word that is not the subject"
    return None


_WORD_RUN = re.compile(r"\w+")


def _may_repeat(text: str) -> bool:
    """False only when ``_REPEATED`` cannot match: its phrase and the phrase again are whole runs of word characters,
    so two words in a row come twice in the same order. A cheap test first (the pattern backtracks over every pair of
    words); the answer is the same."""
    runs = _WORD_RUN.findall(text)
    pairs = list(zip(runs, runs[1:]))
    return len(set(pairs)) < len(pairs)


def _abbreviation_before_mark(question: str) -> bool:
    """"What is James Roosevelt Jr.?": the only doubled mark is an abbreviation's period before the question mark."""
    m = re.search(r"(\S+\.)\?$", question)
    if not m or not is_abbreviation(m.group(1).lstrip("(“\"")):
        return False
    return not _DOUBLED.search(question[:m.end(1) - 1] + "?")


def is_question(sentence: str) -> bool:
    """Whether the sentence is a question: it ends with a question mark (inside a closing quote or not)."""
    return bool(_ENDS_ASKING.search(sentence))


_ENDS_ASKING = re.compile(r"\?[”’\"')]*\s*$")
