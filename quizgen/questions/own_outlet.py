"""A blank on the article's own outlet, the one the card's source line names: "_____ spoke with four top
cybersecurity executives" in a CNBC story → CNBC, "_____ has learned lawyers are gearing up" on Page Six, "_____
reports the man who kidnapped the child was sentenced" on CBS News' page → CBS DFW. Blind raters kept none of 3
such tune cards (8 ratings: "the answer is the outlet that wrote the article (a byline or credit)"). The outlet is the
page's site name (``Article.source``), which the selection reads through ``key_facts.KeyFacts``. A card on the outlet's
own staff ("Which CNN meteorologist said …?", "Who was Todd Borek? → CNN meteorologist" in a CNN story) is a credit
too (``outlet_staff``)."""

from __future__ import annotations

import re
from functools import cache

from quizgen.facts.model import FactKind
from quizgen.facts.person_nouns import person_noun
from quizgen.questions.model import Question
from quizgen.text import normalize

_SITE_TAIL = re.compile(r"\.(?:com|org|net|info|co\.uk|com\.au|au)$", re.IGNORECASE)  # "CNN.com" is CNN
_THE = re.compile(r"^the\s+", re.IGNORECASE)


def bare_outlet(source: str) -> str:
    """The outlet as a card would name it (the page's name as ``read.html.outlet_name`` found it, bare): "CNN.com" →
    "CNN", "The Washington Post" → "Washington Post"."""
    return _THE.sub("", _SITE_TAIL.sub("", source.strip()))


def credits_outlet(question: Question, outlet: str) -> bool:
    """Whether the card hides ``outlet`` (``bare_outlet``'s form), whatever kind the model read it as ("Velm News
    reports …" may be read as a person), or an organisation that is a network's own arm under its capitalised brand
    ("CBS DFW" on CBS News' page): the article's byline, not its news."""
    if not outlet:
        return False
    answer = normalize(_THE.sub("", question.answer.strip()))
    if answer == normalize(outlet):
        return True
    if len(answer.split()) >= 2 and answer == normalize(outlet.split(" ", 1)[-1]):
        return True  # "the Daily News has learned" on NY Daily News' page: its name after the place it serves
    if question.fact.kind is not FactKind.ORGANIZATION:
        return False
    brand = _brand(outlet)
    return bool(brand) and answer.split()[0] == brand.casefold()


def _brand(outlet: str) -> str:
    """The capitalised brand opening an outlet's name of two words or more ("CBS" of "CBS News"), else ""."""
    first = outlet.split()[0]
    return first if len(outlet.split()) > 1 and first.isupper() and len(first) > 1 else ""


def outlet_staff(question: Question, outlet: str) -> bool:
    """Whether a card on a person names them by a post at ``outlet`` (``bare_outlet``'s form: "CNN meteorologist",
    "BBC's political editor"), in its question or its answer: the article's own staff, whose name is a credit, not
    news (dev raters, every round: "trivial, close to a credit"; about 1 in 3 such CNN cards kept)."""
    if not outlet or question.fact.kind not in (FactKind.QUOTE, FactKind.ROLE, FactKind.PERSON):
        return False
    staff = _staff_words(outlet)
    posts = [*staff.finditer(question.visible_prompt())]
    if (at_start := staff.match(question.answer)) is not None:
        posts.append(at_start)
    return any(person_noun(word) for post in posts for word in post.group(1).split())


@cache
def _staff_words(outlet: str) -> re.Pattern[str]:
    """The outlet's name (or its brand) and the one to three lower-case words after it, the last group."""
    names = [outlet] + ([brand] if (brand := _brand(outlet)) else [])
    return re.compile(rf"(?<![\w-])(?:{'|'.join(map(re.escape, names))})(?:['’]s)?((?: [a-z][\w-]*){{1,3}})")
