"""A blank on the state or country that only places the town named before it: "at his home in Port St. Lucie,
_____, and called …" → "Florida". Blind raters called it trivial (the state of a town in a story set there) and a
giveaway beside its town; the town is the fact. Such cards stay among all the cards."""

from __future__ import annotations

import re

from quizgen.facts.model import FactKind
from quizgen.questions.model import Question
from quizgen.questions.places import readings

_TOWN_BEFORE = re.compile(r"((?:[A-Z][\w.'’-]*\s+)*[A-Z][\w.'’-]*),\s*$")  # "… Port St. Lucie, " before the blank
_CLAUSE_AFTER = re.compile(r"^\s*(?:[,.;:)!?]|$)")  # the place ends its phrase: "_____, and", "_____."
_WIDER = frozenset({"us_state", "country"})


def place_tail(question: Question) -> bool:
    """Whether a cloze hides a state or country written as the tail of a town's name ("Town, _____,")."""
    if question.blank is None or question.fact.kind is not FactKind.PLACE:
        return False
    before, _, after = question.parts()
    town = _TOWN_BEFORE.search(before)
    if town is None or not _CLAUSE_AFTER.match(after):
        return False
    # "Illinois, _____, Louisiana": a list of states, not a town's state
    return bool(readings(question.answer) & _WIDER) and not readings(town.group(1)) & _WIDER
