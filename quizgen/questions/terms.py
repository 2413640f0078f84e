"""A head of government's term, for a year answer on what they did in office: the prompt names them by title
before the name ("President George H.W. Bush tapped him … in _____"), so a wrong year outside the term is ruled out
by what a learner knows of the time (blind raters: "1987 and 1988 predate George H.W. Bush's presidency")."""

from __future__ import annotations

import json
import re
from functools import lru_cache
from importlib import resources

from quizgen.facts.model import Fact
from quizgen.questions.offices import title_pattern


@lru_cache(maxsize=1)
def _titled() -> tuple[tuple[re.Pattern[str], tuple[tuple[int, int], ...]], ...]:
    """Each holder's pattern ("President" or "Prime Minister" then one of their names) and terms."""
    data = json.loads(resources.files("quizgen.questions").joinpath("terms.json").read_text(encoding="utf-8"))
    out = []
    for office, holders in data["offices"].items():
        for holder in holders:
            names = "|".join(re.escape(n) for n in sorted(holder["names"], key=len, reverse=True))
            # the office as a title (``offices``: not "Vice President"), then a name that does not go on
            # ("President Johnson Sirleaf")
            pattern = re.compile(rf"{title_pattern(office)}\s+(?:{names})(?![\w-]| [A-Z])")
            out.append((pattern, tuple((int(a), int(b)) for a, b in holder["terms"])))
    return tuple(out)


def term_around(fact: Fact, year: int) -> tuple[int, int] | None:
    """The term, first and last year, of the office holder the answer's sentence names by title, when it holds
    ``year`` (the answer's); None when the sentence names none, or one out of office that year (a title given to
    an earlier deed: "President Biden, then a senator, voted in 1991")."""
    shown = fact.sentence[:fact.start] + " _ " + fact.sentence[fact.end:]
    if "President" not in shown and "Prime Minister" not in shown:
        return None  # most sentences: no pattern to try
    for pattern, terms in _titled():  # a sentence may name two ("President Reagan named … and President Bush …")
        held = next(((a, b) for a, b in terms if a <= year <= b), None)
        if held is not None and pattern.search(shown):
            return held
    return None
