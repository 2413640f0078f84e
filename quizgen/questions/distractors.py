"""Wrong answers of the same kind and form as the right one, none of them also true."""

from __future__ import annotations

import difflib
import hashlib
import itertools
import random
import re
from collections.abc import Iterable, Iterator, Sequence
from functools import lru_cache

from quizgen.facts.model import Fact, FactKind
from quizgen.facts.pools import equipment_pool, is_country, pool
from quizgen.text import contains_word, normalize

NEEDED = 3
_NUMBER = re.compile(r"\d[\d,]*(?:\.\d+)?")
_YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)\b")


def rng_for(*parts: str) -> random.Random:
    """A random generator seeded from text, so every run makes the same choices."""
    return random.Random(int(hashlib.sha1("\x1f".join(parts).encode("utf-8")).hexdigest()[:16], 16))


def shuffled(items: Sequence[str], rng: random.Random) -> Iterator[str]:
    """``items`` in a random order, drawn one at a time (Fisher–Yates from the end), so taking the first
    few of a long pool costs a few draws, not a shuffle of the whole pool."""
    pool = list(items)
    for i in range(len(pool) - 1, 0, -1):
        j = rng.randrange(i + 1)
        pool[i], pool[j] = pool[j], pool[i]
        yield pool[i]
    if pool:
        yield pool[0]


@lru_cache(maxsize=1 << 15)
def near_duplicate(a: str, b: str) -> bool:
    """Same answer in another spelling: equal, one inside the other, or nearly the same letters."""
    x, y = normalize(a), normalize(b)
    if not x or not y:
        return True
    if x == y or contains_word(x, y) or contains_word(y, x):
        return True
    matcher = difflib.SequenceMatcher(None, x, y)
    return matcher.real_quick_ratio() >= 0.8 and matcher.quick_ratio() >= 0.8 and matcher.ratio() >= 0.8


def _case_shape(text: str) -> str:
    if text.isupper() and len(text) > 1:
        return "upper"
    if text[:1].isupper():
        return "title"
    return "lower"


def stands_out(answer: str, others: Sequence[str]) -> bool:
    """Would the answer be guessable by its length or letter case alone?"""
    if not others:
        return True
    lengths = [len(o) for o in others]
    if len(answer) > 1.8 * max(lengths) + 2 or len(answer) < 0.5 * min(lengths) - 2:
        return True
    shape = _case_shape(answer)
    return all(_case_shape(o) != shape for o in others)


@lru_cache(maxsize=1 << 15)
def _gives_away(candidate: str, answer: str) -> bool:
    """A wrong answer far off the right one's shape gives the right one away (cached: pairs recur per family)."""
    return stands_out(candidate, [answer]) and not stands_out(answer, [candidate])


def _numbers_near(value: float) -> list[float]:
    """Plausible wrong counts: neighbours on the number's own scale."""
    if value <= 12:
        return [value + d for d in (-2, -1, 1, 2, 3) if value + d > 0]
    magnitude = 10 ** (len(str(int(value))) - 1)
    step = magnitude / 2 if value / magnitude < 3 else magnitude
    candidates = [value - step, value + step, value + 2 * step, value * 2, value / 2]
    return [c for c in candidates if c > 0 and c != value]


def _format_like(original: str, value: float) -> str:
    if "," in original:
        return f"{value:,.0f}"
    if "." in original:
        decimals = len(original.split(".")[1])
        return f"{value:.{decimals}f}"
    return str(int(value)) if float(value).is_integer() else f"{value:g}"


@lru_cache(maxsize=256)
def _whole_word(word: str) -> re.Pattern[str]:
    """``word`` as a whole word, compiled once (the pools' words are searched in every answer)."""
    return re.compile(rf"\b{word}\b")


def numeric_variants(answer: str) -> list[str]:
    """The answer with its number moved by a plausible step, same format ("250" → "150", "300", "500")."""
    words = pool("number_words")
    lowered = answer.lower()
    for n, word in enumerate(words, start=1):
        match = _whole_word(word).search(lowered)
        if match:
            out = []
            for other in (n - 1, n + 1, n + 2, n - 2, n + 3):
                if 1 <= other <= len(words) and other != n:
                    out.append(answer[:match.start()] + words[other - 1] + answer[match.end():])
            return out
    year = _YEAR.search(answer)
    if year:
        y = int(year.group())
        return [answer[:year.start()] + str(y + d) + answer[year.end():] for d in (-2, -1, 1, 2, -3, 3)]
    number = _NUMBER.search(answer)
    if number:
        value = float(number.group().replace(",", ""))
        return [answer[:number.start()] + _format_like(number.group(), v) + answer[number.end():]
                for v in _numbers_near(value)]
    return []


def _calendar_variants(answer: str) -> list[str]:
    for name in ("months", "weekdays"):
        names = pool(name)
        for item in names:
            match = _whole_word(item).search(answer)
            if match:
                return [answer[:match.start()] + other + answer[match.end():] for other in names if other != item]
    return []


def _pool_candidates(fact: Fact) -> list[str]:
    return list(_pool_for(fact.kind, fact.answer, fact.topic))


@lru_cache(maxsize=1 << 12)
def _pool_for(kind: FactKind, answer: str, topic: str) -> tuple[str, ...]:
    """Pool candidates for an answer (cached: each fact asks once per question family)."""
    if kind in (FactKind.COUNT, FactKind.AMOUNT):
        return tuple(numeric_variants(answer))
    if kind in (FactKind.DATE, FactKind.TIME):
        return tuple(_calendar_variants(answer) or numeric_variants(answer))
    if kind is FactKind.PLACE and is_country(answer):
        return tuple(pool("distractor_countries"))
    if kind is FactKind.ORGANIZATION:
        return tuple(pool("organisation_kinds"))
    if kind is FactKind.EQUIPMENT and topic:
        return tuple(equipment_pool(topic))
    return ()


_WITH_THE = re.compile(r"^(?:[A-Z]{2,3}|United .+|.+ (?:Islands|Republic|Emirates|Kingdom|States))$|^(?:Netherlands|"
                       r"Philippines|Bahamas|Gambia|Maldives|Vatican City)$")


def takes_the(name: str) -> bool:
    """Is this place name written with "the" ("the US", "the Philippines")?"""
    return _WITH_THE.match(name.strip()) is not None


_THE_BEFORE = re.compile(r"(?:^|\s)the\s*$", re.IGNORECASE)


def _after_the(fact: Fact) -> bool:
    return _THE_BEFORE.search(fact.sentence[:fact.start]) is not None


def _same_scale(a: str, b: str) -> bool:
    """Numbers within a factor of ten of each other (words like "three" pass: they are small)."""
    x, y = _NUMBER.search(a), _NUMBER.search(b)
    if not x or not y:
        return True
    u, v = float(x.group().replace(",", "")), float(y.group().replace(",", ""))
    return min(u, v) > 0 and max(u, v) / min(u, v) <= 10


def _display(fact: Fact) -> str:
    return fact.canonical or fact.answer


@lru_cache(maxsize=1 << 14)
def shape(text: str) -> str:
    """The form of a date or number answer: weekday, month, year, digits, words or other."""
    lowered = text.lower()
    for name in ("weekdays", "months"):
        if any(_whole_word(item.lower()).search(lowered) for item in pool(name)):
            return name
    if _YEAR.search(text):
        return "year"
    if _NUMBER.search(text):
        return "digits"
    if any(_whole_word(w).search(lowered) for w in pool("number_words")):
        return "number words"
    return "other"


def _signature(fact: Fact) -> tuple:
    """Facts whose answers could stand in for each other share a signature (same kind and form)."""
    kind = fact.kind
    if kind is FactKind.PLACE:
        return kind, fact.label, is_country(fact.answer)
    if kind is FactKind.EQUIPMENT:
        return kind, fact.topic
    if kind is FactKind.COUNT:  # 128 people is no wrong answer for 40 clinics
        return kind, shape(fact.answer), len(fact.answer.split()), tuple(fact.topic.lower().split()[-1:])
    if kind in (FactKind.DATE, FactKind.TIME, FactKind.AMOUNT):
        return kind, shape(fact.answer), len(fact.answer.split())
    return (kind,)


class ArticleFacts:
    """An article's facts indexed once for distractor choice: answers by form, and what is true where."""

    def __init__(self, facts: Iterable[Fact]) -> None:
        self.facts = list(facts)
        self.by_signature: dict[tuple, list[str]] = {}
        self.by_sentence: dict[int, set[str]] = {}
        self.by_identity: dict[tuple, set[str]] = {}
        for f in self.facts:
            shown = self.by_signature.setdefault(_signature(f), [])
            if _display(f) not in shown:
                shown.append(_display(f))
            here = self.by_sentence.setdefault(f.sentence_index, set())
            here.add(normalize(f.answer))
            if f.canonical:
                here.add(normalize(f.canonical))
            self.by_identity.setdefault((f.anchor, f.kind), set()).add(normalize(f.answer))

    def true_for(self, fact: Fact) -> set[str]:
        """Answers the article gives in this fact's sentence or for a fact with the same identity."""
        return self.by_sentence.get(fact.sentence_index, set()) | self.by_identity.get((fact.anchor, fact.kind), set())


def choose_distractors(fact: Fact, answer: str, article_facts: ArticleFacts | Iterable[Fact],
                       salt: str = "") -> list[str] | None:
    """Three wrong answers for ``fact`` shown as ``answer``, or None if three sound ones cannot be found.

    Article entities of the same kind and form come first, then the built-in pools, then moved
    numbers. A candidate is refused when it is a near-duplicate of the answer or another choice, when
    the article states it in the answer's own sentence or for a fact with the same identity (so it
    would also be true), or when it would leave the answer standing out by length or case.
    """
    article = article_facts if isinstance(article_facts, ArticleFacts) else ArticleFacts(article_facts)
    true_here = article.true_for(fact)
    rng = rng_for(fact.key, salt)
    from_article = shuffled(article.by_signature.get(_signature(fact), ()), rng)
    from_pool = shuffled(_pool_for(fact.kind, fact.answer, fact.topic), rng)
    slot_takes_the = _after_the(fact) if fact.kind is FactKind.PLACE else None
    chosen: list[str] = []
    for candidate in itertools.chain(from_article, from_pool):
        if len(chosen) == NEEDED:
            break
        if normalize(candidate) in true_here or contains_word(fact.sentence, candidate):
            continue
        if fact.kind in (FactKind.COUNT, FactKind.AMOUNT) and not _same_scale(candidate, answer):
            continue  # 36 beside 25,000 gives itself away
        if slot_takes_the is not None and takes_the(candidate) != slot_takes_the:
            continue  # "the border with US", "toward the Japan": the slot decides whether "the" fits
        if near_duplicate(candidate, answer) or near_duplicate(candidate, fact.answer):
            continue
        if any(near_duplicate(candidate, c) for c in chosen):
            continue
        if _gives_away(candidate, answer):
            continue
        chosen.append(candidate)
    if len(chosen) < NEEDED or stands_out(answer, chosen):
        return None
    return chosen
