"""Cards whose answer is a name every reader of English news knows ("the U.S.", "the UN", "the Fed"): blind raters
called each such card trivial, whether the name was the story's setting ("live and work in the _____") or a word of
a title ("_____ Secretary of State"). They stay among all the cards."""

from __future__ import annotations

import json
from functools import cache
from importlib import resources

from quizgen.questions.model import Question
from quizgen.questions.places import bare_name, country_names


@cache
def _names(in_titles: bool = False) -> frozenset[str]:
    data = json.loads(resources.files("quizgen.questions").joinpath("household_names.json").read_text(encoding="utf-8"))
    codes = data["countries"] + ([] if in_titles else data["answer_countries"])
    countries = (name for code in codes for name in country_names(code))
    regions = [] if in_titles else data["continents"]  # "Europe minister" says whose office it is
    bodies = [] if in_titles else data["answer_names"]  # "White House spokesman" says whose office it is
    return frozenset(bare_name(name) for name in (*data["names"], *countries, *regions, *bodies))


def household_name(question: Question) -> bool:
    """Whether the card's answer, a leading "the" aside, is one of the household names."""
    return household_name_text(question.answer)


def household_name_text(text: str, in_titles: bool = False) -> bool:
    """Whether ``text``, a leading "the" aside, is one of the household names (``in_titles``: those that say nothing
    of whose office a title is, as "US" of "US President")."""
    return bare_name(text) in _names(in_titles)
