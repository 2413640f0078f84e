"""Places that stand for major-league teams ("Green Bay beat Detroit"): a team slot takes only places that field a
team in the article's league, never a city without one (issue 15: blind raters on held-out pages). The leagues'
words, markets and the slot's words live in ``teams.json``."""

from __future__ import annotations

import json
import re
from functools import lru_cache
from importlib import resources

from quizgen.facts.model import Fact
from quizgen.text import alternation, normalize


@lru_cache(maxsize=1)
def _data() -> dict:
    return json.loads(resources.files("quizgen.questions").joinpath("teams.json").read_text(encoding="utf-8"))


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], dict[str, re.Pattern[str]]]:
    data = _data()
    before = re.compile(r"\b(?:" + alternation(data["slot_before"]) + r")\s+(?:the\s+)?$", re.IGNORECASE)
    after = re.compile(r"^(?:['’]s?\s+(?:" + alternation(data["slot_after"]) + r")\b|\s+\d{1,3}\s*[-–]\s*\d{1,3}\b|"
                       r"\s+(?:" + alternation(data["slot_verbs"]) + r")\b)", re.IGNORECASE)
    words = {league: re.compile(r"(?<![\w-])(?:" + alternation(table["words"]) + r")(?![\w-])", re.IGNORECASE)
             for league, table in data["leagues"].items()}
    return before, after, words


def league_of(text: str) -> str:
    """The major league the article is about: the one two or more of whose words it uses (the most, if several),
    else "". One pass of a pattern per league over the text."""
    counts = {league: len({normalize(m.group()) for m in pattern.finditer(text)})
              for league, pattern in _patterns()[2].items()}
    best = max(counts, key=counts.get, default="")
    return best if best and counts[best] >= 2 else ""


def markets(league: str) -> tuple[str, ...]:
    """The places that field a team in ``league``, as the news names them."""
    return tuple(_data()["leagues"][league]["markets"]) if league in _data()["leagues"] else ()


def fields_a_team(name: str, league: str) -> bool:
    key = normalize(name).removeprefix("the ")
    return any(normalize(m) == key for m in markets(league))


def team_slot(fact: Fact) -> bool:
    """Does the place answer stand for its team ("signed with _____", "_____ beat Detroit", "_____'s defense",
    "_____ 31-24")? Read only in an article about a league (``league_of``)."""
    before, after, _ = _patterns()
    return before.search(fact.sentence[:fact.start]) is not None or after.match(fact.sentence[fact.end:]) is not None


@lru_cache(maxsize=1)
def _nickname_after() -> dict[str, re.Pattern[str]]:
    """Per league: one of its nicknames right after a place ("Green Bay Packers", "Detroit's Red Wings")."""
    return {league: re.compile(r"^(?:['’]s)?\s+(?:" + alternation(table.get("nicknames", ())) + r")(?![\w'’-])")
            for league, table in _data()["leagues"].items() if table.get("nicknames")}


def nicknamed_league(fact: Fact) -> str:
    """The league whose club the place answer names with its nickname ("the _____ Packers": the NFL), in any
    article, whether or not it reads as one about a league; "" when no nickname follows or several leagues field
    a club of that name there (the place alone does not tell which)."""
    after = fact.sentence[fact.end:]
    found = [league for league, pattern in _nickname_after().items()
             if pattern.match(after) and fields_a_team(fact.answer, league)]
    return found[0] if len(found) == 1 else ""


def sole_league(name: str) -> str:
    """The one league in which ``name`` fields a team ("Green Bay": the NFL), or "" when none or several do
    ("Chicago")."""
    found = [league for league in _data()["leagues"] if fields_a_team(name, league)]
    return found[0] if len(found) == 1 else ""


def home_market(name: str, league: str) -> bool:
    """Does ``name`` field a team in ``league``, the league the article is about? Then the place is offered only
    among the league's other markets, whatever its slot: in a story about the NFL, "Green Bay quarterback Aaron
    Rodgers" or "fans in Green Bay" stands beside Chicago and Detroit, never beside Madison (blind raters)."""
    return bool(league) and fields_a_team(name, league)


def market_like(candidate: str, answer: str) -> bool:
    """Is the market ``candidate`` a place of the answer's own kind (a city for a city: "born in Detroit" takes
    Chicago, not New England or Tampa Bay)? Used where the slot does not read as the team's."""
    from quizgen.questions import places

    a, c = places.place_of(answer), places.place_of(candidate)
    return a is not None and c is not None and (a.granularity, a.country) == (c.granularity, c.country)
