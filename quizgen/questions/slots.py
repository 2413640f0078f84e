"""What a slot's own words rule out among wrong options: a border, a shared region, a number that is a name or a
code, a role class, the speaker's own country, a thing that did not yet exist (issue 15: the blind raters'
reasons on held-out pages). Word lists live in ``slots.json``."""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Iterable
from functools import lru_cache
from importlib import resources

from quizgen.facts.model import Fact
from quizgen.questions import places


@lru_cache(maxsize=1)
def _data() -> dict:
    return json.loads(resources.files("quizgen.questions").joinpath("slots.json").read_text(encoding="utf-8"))


# --- people: role classes -------------------------------------------------------------------------------------

@lru_cache(maxsize=1)
def _class_of() -> dict[str, tuple[tuple[str, str], ...]]:
    """Role word → its (group, class) pairs ("coach" → (("sport", "coach"),))."""
    out: dict[str, tuple[tuple[str, str], ...]] = {}
    for group, classes in _data()["role_classes"].items():
        if group == "about":
            continue
        for name, words in classes.items():
            for word in words:
                out[word] = out.get(word, ()) + ((group, name),)
    return out


def role_classes(words: Iterable[str]) -> frozenset[tuple[str, str]]:
    """The (group, class) pairs the role words name ("quarterback" → ("sport", "player"))."""
    table = _class_of()
    return frozenset(pair for w in words for pair in table.get(w.lower().rstrip(".,"), ()))


def roles_conflict(answer: frozenset[tuple[str, str]], other: frozenset[tuple[str, str]]) -> bool:
    """Does the article put the option in another class of a group the answer's role belongs to (a coach for a
    player's slot, a victim for the gunman's), and in none the answer shares?"""
    if not answer or not other or answer & other:
        return False
    groups = {g for g, _ in answer}
    return any(g in groups for g, _ in other)


# --- numbers that are names or codes --------------------------------------------------------------------------

_LETTER_PREFIX = re.compile(r"\b[A-Z]{1,4}-$")  # "F-16", "MH-370", "STS-107"
_WORD_BEFORE = re.compile(r"([A-Za-z][\w.]*)\s+$")
_DIGITS = re.compile(r"\d[\d-]*")


def named_number(fact: Fact, answer: str) -> bool:
    """Is the answer a number no variant of which means anything: an emergency or service code the sentence has
    someone call ("called 911"), or a name ("Route 66", "Flight 370", "Proposition 8", "F-16")?"""
    digits = _DIGITS.search(answer)
    if digits is None:
        return False
    before = fact.sentence[:fact.start] + answer[:digits.start()]
    if digits.group() in _data()["fixed_numbers"]["codes"]:
        words = set(re.findall(r"[a-z]+", fact.sentence.lower()))
        if words & set(_data()["call_words"]):
            return True
    if _LETTER_PREFIX.search(before):
        return True
    word = _WORD_BEFORE.search(before)
    return word is not None and word.group(1).lower() in _data()["number_names"]["words"]


# --- places: borders and shared regions -----------------------------------------------------------------------

_BORDER_BEFORE = re.compile(r"\b(?:borders?|bordered|bordering|border\s+(?:with|of|between\s+.+\s+and)|frontier\s+with|"
                            r"neighbou?rs?|neighbou?ring)\s+(?:on\s+)?(?:the\s+)?$", re.IGNORECASE)
_BORDER_AFTER = re.compile(r"^(?:['’]s?)?\s+(?:borders|bordered|border\s+with|frontier\s+with)\s+(?:the\s+)?"
                           r"([A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2})")
_CAPITALISED = re.compile(r"[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2}")
_SHARED_PART = re.compile(r"^(?:['’]s?)\s+(?:side|part|portion|half|section|share|end|corner|sector)\s+of\b",
                          re.IGNORECASE)


@lru_cache(maxsize=1)
def _polity_codes() -> dict[str, str]:
    """Every name and demonym of ``polities.json`` → the country's ISO code ("Syrian" → SY)."""
    data = json.loads(resources.files("quizgen.questions").joinpath("polities.json").read_text(encoding="utf-8"))
    out: dict[str, str] = {}
    for entry in data["polities"]:
        code = next((p.country for p in (places.place_of(n, with_cities=False) for n in entry["names"]) if p), "")
        if code:
            for name in (*entry["names"], *entry.get("demonyms", ())):
                out[name] = code
    return out


def country_named(text: str) -> str:
    """The ISO code of the country the capitalised phrase ``text`` names: a country, a demonym ("Syrian"), or a
    city or state in it ("Kobane" → SY); "" if none."""
    text = re.sub(r"['’]s?$", "", text.strip())
    if text in _polity_codes():
        return _polity_codes()[text]
    found = places.place_of(text)
    return found.country if found is not None else ""


def _last_place(text: str) -> str:
    """The code of the country named last in ``text`` (its capitalised phrases, and their last words)."""
    for match in reversed(list(_CAPITALISED.finditer(text))):
        words = match.group().split()
        for n in range(len(words)):
            code = country_named(" ".join(words[n:]))
            if code:
                return code
    return ""


def border_country(fact: Fact) -> str | None:
    """For a border slot ("Kobane borders _____", "the border with _____", "_____'s border with Syria"): the code
    of the country whose neighbour the answer is, "" when the sentence names none; None for any other slot."""
    before, after = fact.sentence[:fact.start], fact.sentence[fact.end:]
    if _BORDER_BEFORE.search(before):
        return _last_place(before)
    named = _BORDER_AFTER.match(after)
    if named:
        return _last_place(named.group(1))
    return None


def shared_part(fact: Fact) -> bool:
    """Is the answer the owner of one part of a shared region ("_____'s side of Borneo", "of the border")? Only
    the region's other sharers would do as options, and no data says which they are."""
    return _SHARED_PART.match(fact.sentence[fact.end:]) is not None


@lru_cache(maxsize=1)
def _polity_mention() -> re.Pattern[str]:
    """Any name or demonym of ``polities.json``, the longest first, as one pattern (one pass over a text)."""
    names = sorted(_polity_codes(), key=len, reverse=True)
    return re.compile(r"(?<![\w.])(?:" + "|".join(re.escape(n) for n in names) + r")(?!\w)")


def countries_in(text: str) -> set[str]:
    """Codes of the countries ``text`` names by a polity's name or demonym ("U.S. Defense Secretary" → US)."""
    return {_polity_codes()[m.group()] for m in _polity_mention().finditer(text)}


# --- major powers: peers, not neighbours -----------------------------------------------------------------------

def major_powers() -> frozenset[str]:
    """ISO codes of the countries whose wrong answers are their peers (``slots.json``)."""
    return frozenset(_data()["major_powers"]["codes"])


def power_peers(code: str) -> list[str]:
    """The other major powers by name, for the slot of the major power ``code`` ("America" → China, Russia, …)."""
    known = places.by_code()
    return [known[c].name for c in _data()["major_powers"]["codes"] if c != code and c in known]


_PARTNER_AFTER = re.compile(r"^\s+(?:and|or)\s+(?:the\s+)?([A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)?)")
_PARTNER_BEFORE = re.compile(r"([A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)?),?\s+(?:and|or)\s+(?:the\s+)?$")


def paired_with_neighbour(fact: Fact, where: places.Place) -> bool:
    """Whether the country answer is joined by "and" / "or" to another country of its continent ("its battle with
    _____ and Germany"): the pair says the story is about that part of the world, so the wrong answers are the
    answer's neighbours, not the major powers (a held-out card offered Japan, China and Russia for France beside
    Germany in an EU dispute: 'only France can be in a battle over EU deficit limits')."""
    after = _PARTNER_AFTER.match(fact.sentence[fact.end:])
    before = _PARTNER_BEFORE.search(fact.sentence[:fact.start])
    for match in (after, before):
        partner = places.place_of(match.group(1), with_cities=False) if match else None
        if partner is not None and partner.granularity == "country" and partner.country != where.country and \
                where.continent and partner.continent == where.continent:
            return True
    return False


def home_country(text: str) -> str:
    """The ISO code of the country the article names most often by a name or demonym (its home), when named at
    least twice and more often than any other; "" otherwise."""
    counts = Counter(_polity_codes()[m.group()] for m in _polity_mention().finditer(text))
    ranked = counts.most_common(2)
    if not ranked or ranked[0][1] < 2 or (len(ranked) > 1 and ranked[1][1] == ranked[0][1]):
        return ""
    return ranked[0][0]


# --- government bodies: one country, one level -------------------------------------------------------------

@lru_cache(maxsize=1 << 12)
def body_home(name: str, fields: frozenset[str] = frozenset()) -> tuple[str, str]:
    """The country (ISO code, "" if unknown) and level ("national", "local", "international") of the government
    body ``name``:
    the country from its field in the well-known bodies (``government:US:…``), else from a polity or place its
    name holds ("Iraqi Interior Ministry", "Basel Committee"); local when its name holds a local word
    ("Kurdistan Regional Government") or a state or province ("Texas Department of Public Safety")."""
    codes = {f.split(":")[1] for f in fields if f.startswith("government:")}
    code = next(iter(codes)) if len(codes) == 1 else ""
    words = re.findall(r"[\w'’]+", name.lower())
    local = bool(set(words) & set(_data()["local_government"]["words"]))
    for match in _CAPITALISED.finditer(name):
        for word in match.group().split():
            found = places.place_of(word.strip(".,"))
            if found is None or (found.granularity == "city" and found.population < places.WELL_KNOWN_CITY):
                continue  # "Federal" is a small town in Argentina
            code = code or found.country
            local = local or found.granularity in ("us_state", "region", "city")
    if not code:
        code = next(iter(sorted(countries_in(name))), "")
    lowered = " ".join(words)
    if any(re.search(rf"\b{re.escape(w)}\b", lowered) for w in _data()["international_government"]["words"]):
        return "", "international"
    return code, "local" if local else "national"


def homes_apart(answer: tuple[str, str], other: tuple[str, str]) -> bool:
    """Do two government bodies (``body_home``) sit in different countries (both known) or at different levels?
    A U.S. agency's slot takes no Kurdistan Regional Government and no Basel Committee."""
    return (bool(answer[0]) and bool(other[0]) and answer[0] != other[0]) or answer[1] != other[1]


# --- dates: things that did not yet exist ---------------------------------------------------------------------

_THING = re.compile(r"(?<![\w'’])(?:i[A-Z][\w-]*|[A-Z][a-z]*[A-Z][\w-]*|[A-Z][a-z][\w-]*)")
_YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)(?!\d)")


def things_in(sentence: str, start: int, end: int) -> list[str]:
    """The named things of a sentence beside the answer, singular ("iPods" → "iPod"): capitalised words not
    first in the sentence (a person's or a place's name is filtered by the caller)."""
    out = []
    for match in _THING.finditer(sentence):
        word = match.group()
        first = match.start() == 0 or sentence[:match.start()].rstrip().endswith((".", "“", '"'))
        if (first and word[1:].islower()) or start <= match.start() < end:
            continue  # a plain capitalised first word is no name; "iPods" first in its sentence still is
        out.append(word[:-1] if word.endswith("s") and not word.endswith("ss") and len(word) > 3 else word)
    return out


def years_in(text: str) -> list[int]:
    return [int(y) for y in _YEAR.findall(text)]


_NAME = r"((?:[A-Z][\w&.'’-]*|i[A-Z][\w-]*)(?:\s+(?:of\s+|&\s+)?(?:[A-Z][\w&.'’-]*|\d+))*)"
_WHEN = r"(?:in\s+(?:(?:early|late|mid-?|the\s+(?:spring|summer|fall|autumn|winter)\s+of)\s*)?(?:[A-Z][a-z]+\.?\s+)?(?:\d{1,2},?\s+)?)"


@lru_cache(maxsize=1)
def _founding() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """Three patterns over an article's text, each giving (name, year): "Apple, founded in 1976" / "Apple was founded
    by Jobs in 1976"; "Founded in 1976, Apple"; "Square has been in business since 2009"."""
    words = _data()["founding"]
    verbs = "|".join(re.escape(v).replace(r"\ ", r"\s+") for v in sorted(words["verbs"], key=len, reverse=True))
    since = "|".join(re.escape(v).replace(r"\ ", r"\s+") for v in sorted(words["since"], key=len, reverse=True))
    after = re.compile(_NAME + r"(?:,|\s+(?:was|were|is|has\s+been|had\s+been))?\s+(?:first\s+|originally\s+)?"
                       r"(?:" + verbs + r")(?:\s+by\s+[^.,;]{1,40}?)?(?:\s+as\s+[^.,;]{1,40}?)?\s+" + _WHEN +
                       r"\[?(1[89]\d\d|20\d\d)(?!\d)\]?")
    before = re.compile(r"(?:^|[.!?]\s+|\n)(?i:" + verbs + r")\s+" + _WHEN + r"\[?(1[89]\d\d|20\d\d)(?!\d)\]?"
                        r"(?:\s+by\s+[^.,;]{1,40}?)?,\s+(?:the\s+)?" + _NAME)
    until = re.compile(_NAME + r"\s+(?:has|have|had)\s+been\s+(?:" + since + r")(?:\s+\w+){0,3}?\s+since\s+"
                       r"(?:[A-Z][a-z]+\.?\s+)?\[?(1[89]\d\d|20\d\d)(?!\d)\]?")
    return after, before, until


def founded_years(text: str) -> dict[str, int]:
    """What the article says began in a year, by name as written ("Apple" → 1976, "company" → 1976 for "the company
    was founded in 1976"): the earliest year stated for each. One pass of three patterns over the text."""
    after, before, until = _founding()
    generic = set(_data()["founding"]["generic"])
    found: dict[str, int] = {}
    for pattern, name_group, year_group in ((after, 1, 2), (before, 2, 1), (until, 1, 2)):
        for match in pattern.finditer(text):
            name, year = match.group(name_group), int(match.group(year_group))
            words = name.split()
            if words and words[0] in ("The", "A", "An", "Its", "His", "Her", "Their"):
                words = words[1:]
            if not words:
                continue
            key = " ".join(words)
            if key.lower() in generic:
                key = key.lower()
            found[key] = min(year, found.get(key, year))
    for name, year in _founded_by_someone(text):
        found[name] = min(year, found.get(name, year))
    lower = re.compile(r"\b(?i:the|its|this)\s+(" + "|".join(map(re.escape, sorted(generic))) + r"),?\s+(?:which\s+"
                       r"was\s+|was\s+|has\s+been\s+)?(?:" + "|".join(re.escape(v) for v in _data()["founding"]["verbs"]) +
                       r")(?:\s+by\s+[^.,;]{1,40}?)?\s+" + _WHEN + r"\[?(1[89]\d\d|20\d\d)(?!\d)\]?")
    for match in lower.finditer(text):
        found[match.group(1)] = min(int(match.group(2)), found.get(match.group(1), 9999))
    return found


@lru_cache(maxsize=1)
def _founding_active() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """Two more patterns giving (name, year): "Dorsey co-founded Square in 2009"; "Square has grown since its
    founding in 2009"."""
    words = _data()["founding"]
    active = "|".join(re.escape(v) for v in sorted(words["active"], key=len, reverse=True))
    origins = "|".join(re.escape(v) for v in words["origins"])
    by_someone = re.compile(r"\b(?:" + active + r")\s+(?:the\s+)?" + _NAME + r"(?:\s+with\s+[^.,;]{1,40}?)?\s+" + _WHEN +
                            r"\[?(1[89]\d\d|20\d\d)(?!\d)\]?")
    generic = "|".join(re.escape(v) for v in words["generic"])
    since = re.compile(r"(?:^|[.!?]\s+|\n)(?:The\s+|the\s+)?((?:" + _NAME[1:-1] + "|" + generic + r"))\s[^.!?\n]{0,80}?\bsince\s+its\s+(?:" + origins +
                       r")\s+in\s+(?:[A-Z][a-z]+\.?\s+)?\[?(1[89]\d\d|20\d\d)(?!\d)\]?")
    return by_someone, since


def _founded_by_someone(text: str) -> list[tuple[str, int]]:
    """(name, year) for the foundings told in the active voice or as an origin ("since its founding in 2009"), the
    first word of a sentence dropped when it is an article."""
    out = []
    for pattern in _founding_active():
        for match in pattern.finditer(text):
            words = match.group(1).split()
            if words and words[0] in ("The", "A", "An", "Its"):
                words = words[1:]
            if words:
                out.append((" ".join(words), int(match.group(2))))
    return out


def generic_nouns() -> frozenset[str]:
    return frozenset(_data()["founding"]["generic"])
