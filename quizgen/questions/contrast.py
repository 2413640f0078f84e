"""Years a contrasted sentence answers: "The app will likely be available in 2011. But he didn't rule out offering it
sometime in _____": 2011 is no wrong answer, the sentence before makes it the likely one."""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from functools import lru_cache
from importlib import resources

from quizgen.facts.model import Fact
from quizgen.text import YEAR_IN



@lru_cache(maxsize=1)
def _opener() -> re.Pattern[str]:
    words = json.loads(resources.files("quizgen.questions").joinpath("contrast.json").read_text(encoding="utf-8"))
    alternation = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words["openers"], key=len, reverse=True))
    return re.compile(rf"^\W*(?:{alternation})\b", re.IGNORECASE)


def contrasted_years(fact: Fact, before: Sequence[Fact]) -> frozenset[int]:
    """The years the sentence before gives (``before``: its facts; written or resolved from "next year"), when the
    answer's sentence opens by setting itself against it ("But …", "However, …"); else none."""
    if not before or not _opener().match(fact.sentence):
        return frozenset()
    found = {int(y) for y in YEAR_IN.findall(before[0].sentence)}
    found |= {int(f.resolved[:4]) for f in before if f.resolved[:4].isdigit()}
    return frozenset(found)
