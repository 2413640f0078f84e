"""The fine type of an answer, so that every wrong answer is the same kind of thing as the right one: a court for
a court, a woman for "actress _____", a country for a country, a past year for a past event, dollars for dollars.

An answer whose fine type cannot be told (a fragment such as "Christie a", a one-word name the article never gives
in full, "two later") has none, and then no multiple-choice card or false statement is made from it.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from importlib import resources

from quizgen.facts.counts import WEEKDAYS as LOWER_WEEKDAYS
from quizgen.facts.model import Fact, FactKind
from quizgen.facts.names import acronym_of, name_words
from quizgen.questions import places
from quizgen.text import contains_word, normalize


@dataclass(frozen=True)
class FineType:
    """What an answer is: ``kind`` (person, org, place, date, number, equipment) and ``sub``, which must match
    exactly between an answer and its wrong answers (org: company, court …; place: country, us_state, city;
    date: year, month, weekday …; number: its unit and form). ``detail`` narrows further (a city's country)."""

    kind: str
    sub: str = ""
    detail: str = ""


@lru_cache(maxsize=1)
def data() -> dict:
    """The word lists (``answer_types.json``), loaded once."""
    return json.loads(resources.files("quizgen.questions").joinpath("answer_types.json").read_text(encoding="utf-8"))


@lru_cache(maxsize=1 << 14)
def _words(text: str) -> tuple[str, ...]:
    return tuple(re.findall(r"[\w.&'’-]+", normalize(text)))


# --- organisations -------------------------------------------------------------------------------------------

_ORG_ORDER = ("court", "party", "military", "legislature", "research", "media", "sports", "charity", "government",
              "company")


@lru_cache(maxsize=1)
def _known_org_kinds() -> dict[str, str]:
    """Each well-known body's name (normalised, no "the") → the kind of the first list that holds it."""
    found: dict[str, str] = {}
    for key, names in data()["known_orgs"].items():
        if key != "about":
            for n in names:
                found.setdefault(normalize(n).removeprefix("the "), key.split(":")[0])
    return found


@lru_cache(maxsize=1 << 12)
def org_kind_by_name(name: str) -> str:
    """The kind an organisation's own name tells ("Turkish Constitutional Court" → court), or ""."""
    known = _known_org_kinds().get(normalize(name).removeprefix("the "))
    if known is not None:
        return known
    words = _words(name)
    if not words:
        return ""
    # a head counts at the end of the name or before "of"/"for" ("Ministry of Defence", "University of Kent")
    heads = {words[-1]} | {w for w, nxt in zip(words, words[1:]) if nxt in ("of", "for", "on")}
    text = " ".join(words)
    folded = normalize(text)
    for kind, words_of_kind, phrases in _org_heads():
        if not heads.isdisjoint(words_of_kind) or any(
                key in folded and contains_word(text, phrase) for phrase, key in phrases):
            return kind
    return ""


@lru_cache(maxsize=1)
def _org_heads() -> tuple[tuple[str, frozenset[str], tuple[tuple[str, str], ...]], ...]:
    """Each kind of ``_ORG_ORDER`` with its one-word heads (a set: a name's heads are looked up, not every head
    compared) and its phrases, each with its normalised form (a phrase not in the name is ruled out by a substring
    test, without ``contains_word``)."""
    table = data()["org_heads"]
    return tuple((kind, frozenset(h for h in table[kind] if " " not in h),
                  tuple((h, normalize(h)) for h in table[kind] if " " in h)) for kind in _ORG_ORDER)


@lru_cache(maxsize=1 << 12)
def org_fields(name: str) -> frozenset[str]:
    """The fields of the well-known bodies list that hold ``name`` ("Pentagon" → government:US:security)."""
    key = normalize(name).removeprefix("the ")
    return frozenset(field for field, names in data()["known_orgs"].items() if field != "about"
                     and any(normalize(n).removeprefix("the ") == key for n in names))


def _industry_of_words(words: Sequence[str]) -> str:
    text = " " + " ".join(words) + " "
    for industry, cues in data()["industries"].items():
        if industry != "about" and any(f" {cue} " in text for cue in cues):
            return industry
    return ""


@lru_cache(maxsize=1 << 12)
def industry_by_name(name: str) -> str:
    """A company's line of business its own name tells ("Yearout Mechanical Inc." → construction), or ""."""
    return _industry_of_words(_words(name))


def _org_nouns() -> dict[str, str]:
    return {noun: kind for kind, nouns in data()["org_nouns"].items() for noun in nouns}


# --- people --------------------------------------------------------------------------------------------------

_NAME_WORD = re.compile(r"^(?:[A-Z][\w'’.-]*|de|da|van|von|der|den|bin|al|al-\w+|la|le|du|dos|del|di|y|[A-Z]\.)$")


@lru_cache(maxsize=1 << 12)  # asked of every person fact by the type index and of candidates
def looks_like_person(name: str) -> bool:
    """A full personal name: two to five name words, no digits, not a known place or organisation."""
    parts = name_words(name)
    if not 2 <= len(parts) <= 5 or any(ch.isdigit() for ch in name):
        return False
    if any(p.lower() in ("of", "the", "and", "for") or p.endswith(("'s", "’s")) for p in parts):
        return False  # "Time’s Person Of": a fragment
    if not all(_NAME_WORD.match(p) for p in parts) or not parts[0][:1].isupper() or not parts[-1][:1].isupper():
        return False
    if org_kind_by_name(name) or places.place_of(name, with_cities=False):
        return False
    if role_noun(parts[0], listed_only=True):
        return False  # "Farmer Chad Smith": a title caught with the name, which no other option carries
    return not any(p.isupper() and len(p) > 2 for p in parts)  # "NBC News", "CIA Director"


def _hints(text: str, table: dict[str, list[str]]) -> set[str]:
    """The keys of ``table`` whose words occur in ``text`` as whole words."""
    phrases, longest = _phrase_index(table)
    words = _words(text)
    return {key for n in range(1, longest + 1) for i in range(len(words) - n + 1)
            for key in phrases.get(" ".join(words[i:i + n]), ())}


_PHRASE_INDEX: dict[int, tuple[dict[str, tuple[str, ...]], int]] = {}


def _phrase_index(table: dict[str, list[str]]) -> tuple[dict[str, tuple[str, ...]], int]:
    """``table`` turned round: each word or phrase with the keys that list it, and the longest phrase's length
    (a lookup per word of the text instead of a scan of the table). Built once per table: the tables live as
    long as ``data()``."""
    if id(table) in _PHRASE_INDEX:
        return _PHRASE_INDEX[id(table)]
    index: dict[str, list[str]] = {}
    for key, words in table.items():
        if key != "about":
            for w in words:
                index.setdefault(normalize(w), []).append(key)
    longest = max((len(p.split()) for p in index), default=1)
    _PHRASE_INDEX[id(table)] = ({p: tuple(keys) for p, keys in index.items()}, longest)
    return _PHRASE_INDEX[id(table)]


# the two words before a mention, matched on the text before it reversed: a search for the words ending at the mention
# tried every start in the sentence (30 µs a mention, against 1 µs)
_TITLE_BEFORE_REVERSED = re.compile(r"\s*,?([\w.'’-]+(?:\s+[\w.'’-]+)?)")
_APPOSITIVE_AFTER = re.compile(  # ", a spokesman for …"; an age first: "Yearout, 51, co-owner of …"
    r"^\s*,\s*(?:\d{1,3},\s*)?((?:(?:a|an|the|his|her|its|their)\s+)?[^,.;:\"“”()]{2,60})")


def _around(sentence: str, start: int, end: int) -> tuple[str, str]:
    """The two words before a mention ("Interior Minister", "his wife") and an appositive right after it."""
    before = _TITLE_BEFORE_REVERSED.match(sentence[:start][::-1])
    after = _APPOSITIVE_AFTER.match(sentence[end:])
    return (before.group(1)[::-1] if before else ""), (after.group(1) if after else "")


@dataclass
class Person:
    """What the article tells about one person: gender, role domains, title words, lines of work."""

    genders: set[str] = field(default_factory=set)
    domains: set[str] = field(default_factory=set)
    titles: set[str] = field(default_factory=set)
    confirmed: bool = False  # the article shows a person: a role, a quote, a title, a later short mention
    roles: set[str] = field(default_factory=set)  # occupation nouns: "meteorologist", "spokesman"
    parties: set[str] = field(default_factory=set)  # "republican" for "Republican Senator _____" or ", a Republican"

    @property
    def gender(self) -> str:
        return next(iter(self.genders)) if len(self.genders) == 1 else ""

    @property
    def lines(self) -> set[str]:
        """Lines of work: the domains, and each occupation no domain holds ("meteorologist"). None: a member
        of the public (a traveller, a driver quoted in passing)."""
        return self.domains | {role_domain(r) or r for r in self.roles}


_ROLE_SUFFIX = re.compile(r"[a-z]{2,}(?:ist|er|or|ian|man|woman|person|ant|ent|eer)")


@lru_cache(maxsize=1)
def _role_table() -> dict[str, str]:
    """Every listed occupation word with its domain ("" for one of ``role_nouns``)."""
    table = {w: "" for w in data()["role_nouns"]["words"]}
    for domain, words in data()["role_domains"].items():
        for w in words:
            table.setdefault(w, domain)
    return table


@lru_cache(maxsize=1)
def _not_occupations() -> frozenset[str]:
    return frozenset(data()["lay_nouns"]["words"]) | frozenset(data()["not_roles"]["words"])


def role_domain(word: str) -> str:
    """The domain of a listed occupation word ("senator" → politics), or ""."""
    return _role_table().get(word, "")


def role_noun(word: str, listed_only: bool = False) -> str:
    """The occupation ``word`` names ("meteorologist", "Farmer"), or "". A lowercase word not listed counts when
    it ends like an agent noun (-ist, -er, -or …) and is no known non-role ("after", "summer"); members of the
    public ("passenger", "resident") name no occupation. ``listed_only``: the lists only (a capitalised word
    such as "Walker" may be a first name)."""
    w = word.lower().rstrip(",;:")
    if w in _not_occupations():
        return ""
    for form in (w, w[:-3] + "y" if w.endswith("ies") else w[:-1] if w.endswith("s") else w):
        if form in _role_table():
            return form  # "another of her private secretaries": a secretary
    if listed_only or not word.islower():
        return ""
    return w if _ROLE_SUFFIX.fullmatch(w) else ""


_SOME_OF = re.compile(r"^(?:another|one|two|three|some|all|each|both)\s+of\s+(?:the|his|her|its|their)?\s*")
_APPOSITIVE_STOP = frozenset({"of", "for", "at", "in", "with", "who", "from", "on", "and", "whose", "since", "to"})


def appositive_roles(text: str) -> set[str]:
    """The occupation an appositive names: its last occupation noun before "of", "for", "who" … ("a former
    pharmaceutical industry executive who …" → executive; "a spokesman for the department" → spokesman)."""
    found = ""
    text = _SOME_OF.sub("", text)
    for word in text.split():
        if word.lower() in _APPOSITIVE_STOP:
            break
        found = role_noun(word) or found
    return {found} if found else set()


_SHE = re.compile(r"\b(?:she|her|hers|herself)\b", re.IGNORECASE)
_HE = re.compile(r"\b(?:he|him|his|himself)\b", re.IGNORECASE)


def pronoun_gender(sentence: str, end: int) -> str:
    """"f" or "m" when the only person of a sentence is followed by pronouns of one gender ("_____ sold her
    own rights"), else ""."""
    rest = sentence[end:]
    she, he = _SHE.search(rest), _HE.search(rest)
    return "f" if she and not he else "m" if he and not she else ""


_WHO_CLAUSE = re.compile(r"^\s*,\s*who\s+(?:\w+ly\s+)?(?:now\s+)?([\w-]+)")


def parties_in(text: str) -> frozenset[str]:
    """The parties ``text`` names ("Democratic leader" → democratic)."""
    return frozenset(_hints(text, data()["parties"]))


def slot_hints(sentence: str, start: int, end: int, alone: bool = False) -> Person:
    """What the words around a mention say of the person in it ("actress _____", "_____, a businessman",
    "CNN meteorologist _____", "_____, who runs a firm"); with ``alone`` (no other person named in the
    sentence) its pronouns too."""
    before, after = _around(sentence, start, end)
    last = _words(before)[-1:] if before else ()
    near = " ".join(last) + " " + after
    person = Person(genders=_hints(near, data()["gender_nouns"]) - ({"m"} if after.startswith(("his ", "her ")) else set()),
                    domains=_hints(near, data()["role_domains"]))
    person.titles = {w for w in last if any(w in ws for ws in data()["role_domains"].values())}
    person.parties = _hints(before + " " + after, data()["parties"])
    word_before = before.split()[-1] if before.split() else ""
    person.roles = {r for r in (role_noun(word_before),) if r} | appositive_roles(after)
    clause = _WHO_CLAUSE.match(sentence[end:])
    if clause:
        person.domains |= {d for d, verbs in data()["role_clauses"].items()
                           if d != "about" and clause.group(1).lower() in verbs}
    if after.lower().startswith(("his ", "her ")):
        person.genders = _hints(" ".join(after.split()[1:2]), data()["gender_nouns"])
    if alone and not person.genders and (gender := pronoun_gender(sentence, end)):
        person.genders = {gender}
    return person


_POSSESSOR = re.compile(r"((?:[A-Z][\w&.-]*\s+){0,4}[A-Z][\w&.-]*)(?:'s|’s|'|’)\s+$")
_AT_BODY = re.compile(r"^\s*At\s+((?:the\s+)?(?:[A-Z][\w&.-]*\s*){1,5}),\s*$")
_BODY_IN_ROLE = re.compile(r"\b(?:of|at|for|with)\s+(?:the\s+)?((?:[A-Z][\w&.'’-]*\s*(?:(?:of|and|&)\s+)?)+)")


def body_in_role(role: str) -> str:
    """The body a role names ("director of strategy at Mitsubishi UFJ Securities" → Mitsubishi UFJ
    Securities), or ""."""
    found = _BODY_IN_ROLE.search(role)
    return re.sub(r"\s+(?:of|and|&)$", "", found.group(1).strip()) if found else ""


def affiliation(sentence: str, start: int) -> str:
    """The body a mention is introduced by: "American Airlines' _____", "At US Airways, _____ said", or ""."""
    text = sentence[:start]
    found = _POSSESSOR.search(text) or _AT_BODY.search(text)
    return found.group(1).strip() if found else ""


# --- dates and numbers ---------------------------------------------------------------------------------------

WEEKDAYS = tuple(day.capitalize() for day in LOWER_WEEKDAYS)
_MONTH = (r"(?:Jan(?:uary|\.)?|Feb(?:ruary|\.)?|Mar(?:ch|\.)?|Apr(?:il|\.)?|May|June?|July?|Aug(?:ust|\.)?|"
          r"Sep(?:tember|t\.|\.)?|Oct(?:ober|\.)?|Nov(?:ember|\.)?|Dec(?:ember|\.)?)")
_YEAR = r"(?:1[5-9]\d\d|20\d\d)"
_DAY = r"(?:[0-3]?\d)(?:st|nd|rd|th)?"
_DATE_FORMS = (
    ("weekday", re.compile(rf"(?:(?:last|next|this|on|early|late)\s+)?(?:{'|'.join(WEEKDAYS)})s?"
                           rf"(?:\s+(?:morning|afternoon|evening|night))?", re.IGNORECASE)),
    ("full", re.compile(rf"(?:{_MONTH}\s+{_DAY},?\s+{_YEAR}|{_DAY}\s+{_MONTH},?\s+{_YEAR})")),
    ("day_month", re.compile(rf"(?:{_MONTH}\s+{_DAY}|{_DAY}\s+(?:of\s+)?{_MONTH})")),
    ("month_year", re.compile(rf"(?:(?:early|late|mid-?)\s*)?{_MONTH},?\s+{_YEAR}")),
    ("month", re.compile(rf"(?:(?:early|late|mid-?)\s*)?{_MONTH}")),
    ("year", re.compile(rf"(?:(?:the\s+)?(?:year|summer|spring|autumn|fall|winter|end of)\s+(?:of\s+)?)?{_YEAR}")),
    ("decade", re.compile(r"(?:the\s+)?(?:1[5-9]|20)\d0s")),
)


@lru_cache(maxsize=1 << 12)  # every candidate's answer is asked (``shows_another_form``): a fact's forms share it
def date_form(text: str) -> str:
    """The granularity of a date answer: weekday, full, day_month, month_year, month, year, decade, or ""."""
    clean = text.strip().rstrip(".,")
    for form, pattern in _DATE_FORMS:
        if pattern.fullmatch(clean):
            return form
    return ""


_FUTURE = re.compile(r"\b(?:will|won't|'ll|shall|going to|next year|plans? to|planned|expects? to|expected to|"
                     # "By 2010 the reforms should help cut …, he added" (a set-AS page's latest year, read as
                     # past, kept later wrong years from a forecast of 2006); "should have" looks back
                     r"would|could|should(?! have)|may|might|aims? to|by the end of|rules? out|ruled out|sometime|"
                     # "due to be completed in 2005": a plan, though "completed" reads as past (a set-R rater on
                     # 2002-2004 offered for it: "a machine still to be finished needs later years")
                     r"due to (?:be|go|open|start|launch|begin|arrive|come|close|finish|end|enter|return|resume)|"
                     r"due (?:in|by)|set to|scheduled (?:to|for)|slated (?:to|for)|is to be|are to be)\b",
                     re.IGNORECASE)
_PAST = re.compile(r"\b(?:was|were|had|did|said|ago|last|earlier|former|founded|began|became|\w{3,}ed|"
                   # irregular past forms ("shot to prominence in _____", "won three gold medals in _____"): a set-N
                   # rater on 2006 offered for a band's 2004 rise in an article of 2005, "a future year"
                   r"bought|sold|won|took|made|went|came|saw|grew|rose|fell|told|wrote|built|sent|spent|brought|"
                   r"thought|gave|got|knew|struck|fought|caught|drew|flew|threw|broke|chose|spoke|stole|rode|shot|"
                   r"sank|sang|swam|hung|stuck|led|met|paid|held|lost|left|found|kept|ran)\b",
                   re.IGNORECASE)


@lru_cache(maxsize=1 << 12)  # asked for every candidate wrong answer of a fact; facts share sentences
def is_past(sentence: str) -> bool:
    """Does the sentence tell of a past event (a past-tense verb, nothing pointing ahead)?"""
    return _PAST.search(sentence) is not None and _FUTURE.search(sentence) is None


_YEAR_NAMED = re.compile(r"\b(1[89]\d\d|20\d\d)\b")


def _past_years(sentence: str) -> list[str]:
    """The years the sentence names when it tells of a past event (its tense read only when it names one)."""
    years = _YEAR_NAMED.findall(sentence)
    return years if years and is_past(sentence) else []


def points_ahead(sentence: str) -> bool:
    """Does the sentence point ahead ("will", "plans to", "next year")?"""
    return _FUTURE.search(sentence) is not None


_CURRENCY = re.compile(r"[$£€¥]|\b(?:dollars?|pounds?|euros?|yen|yuan|rupees?)\b", re.IGNORECASE)
_SCALE = re.compile(r"\b(?:thousand|million|billion|trillion|[mbk]n?)\b", re.IGNORECASE)
# what a sum's scale word multiplies it by ("$3.3 trillion" is 3.3e12)
SCALE_VALUES = {"": 1.0, "thousand": 1e3, "million": 1e6, "m": 1e6, "billion": 1e9, "bn": 1e9, "trillion": 1e12}
_PERCENT = re.compile(r"%|\bper ?cent\b|\bpercentage points?\b", re.IGNORECASE)
_DIGITS = re.compile(r"\d")
NUMBER_WORDS = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve")
_LENGTH_OF_TIME = re.compile(r"(?:\d+|%s)-(?:second|minute|hour|day|week|month|year)(?:-long|-old)?"
                             % "|".join(NUMBER_WORDS), re.IGNORECASE)


def significant_digits(number: str) -> int:
    """The significant digits a number is written to ("1,175.90" → 5, "2,500" → 2; at least 1)."""
    return len(number.replace(",", "").replace(".", "").strip("0")) or 1


def number_form(text: str, topic: str = "") -> str:
    """A count or amount's unit, scale and form: "$|million|digits", "%||digits", "people||words", or "" when
    no number is in it."""
    lowered = text.lower()
    if _DIGITS.search(text):
        form = "decimal" if re.search(r"\d\.\d", text) else "digits"
    elif any(re.search(rf"\b{w}\b", lowered) for w in NUMBER_WORDS):
        form = "words"
    else:
        return ""
    unit = "%" if _PERCENT.search(text) else (_CURRENCY.search(text).group().lower()[:1] if _CURRENCY.search(text) else "")
    if not unit:
        number = re.search(r"\d[\d.,]*|\b(?:%s)\b" % "|".join(NUMBER_WORDS), lowered)
        tail = _SCALE.sub("", lowered[number.end():] if number else "").strip(" -")  # "1.5 million": the unit is the topic's, the scale is million
        unit = tail.split()[-1] if tail else (topic.lower().split()[-1] if topic.split() else "")
    scale = _SCALE.search(text)
    return f"{unit}|{scale.group().lower() if scale else ''}|{form}"


_NUMBERS = re.compile(r"\d[\d,.]*")
_ONE = re.compile(r"(?<![\w,.])(?:one|1)(?![\w,.])")
_FRACTION = re.compile(r"\b(?:half|halves|thirds?|quarters?|fifths?|tenths?)\b|\d/\d", re.IGNORECASE)


_OPEN_BOUND = re.compile(r"^(?:more than|over|at least|upwards of|in excess of|fewer than|less than|under|"
                         r"at most|up to|no more than|as many as|as much as|nearly|almost|close to)\b")


_NUMBER_START = re.compile(r"[$£€¥]?\d|(?<!-)\b(?:%s)\b" % "|".join(NUMBER_WORDS), re.IGNORECASE)


def _lead(text: str) -> str:
    """The words before a number, in digits or words ("just", "about", "as much as", "at least"): options with
    other hedges would differ in form."""
    match = _NUMBER_START.search(text)
    return normalize(text[:match.start()]) if match else ""


def modifies_noun(fact: Fact) -> bool:
    """Is the answer a name used as a modifier ("U.S. citizen", "UK troops", "a UK man", "U.S. and foreign
    regulators")? Another country's name would not read as one ("Cuba citizen", "a France man": blind raters, "the
    options read badly")."""
    following = re.match(r"\s+([a-z]+)", fact.sentence[fact.end:])
    if following is not None and following.group(1) in data()["attributive_nouns"]["words"]:
        return True
    return _modifier_in_parse(fact)


def _modifier_in_parse(fact: Fact) -> bool:
    """Whether the parse hangs the answer on a common noun after it as its modifier ("a UK man")."""
    if fact.parse is None:
        return False
    tokens = fact.parse.tokens_in(fact.start, fact.end)
    if not tokens:
        return False
    inside = {t.i for t in tokens}
    top = [t for t in tokens if t.head not in inside]
    if len(top) != 1 or top[0].dep not in ("compound", "nmod", "amod"):
        return False
    head = fact.parse.tokens[top[0].head]
    return head.i > max(inside) and head.pos == "NOUN"


@lru_cache(maxsize=1)
def _equipment_phrases() -> tuple[tuple[str, str], ...]:
    table = data()["equipment_phrases"]
    pairs = [(phrase, cls) for cls, phrases in table.items() if cls != "about" for phrase in phrases]
    return tuple(sorted(pairs, key=lambda p: -len(p[0])))


def equipment_class(after: str) -> str:
    """The class the words right after a designation name ("anti-aircraft missiles" → air defence system), or ""."""
    words = " ".join(_words(after)[:4])
    return next((cls for phrase, cls in _equipment_phrases() if f"{words} ".startswith(f"{phrase} ")), "")


# --- the fine type -------------------------------------------------------------------------------------------

def fine_type(fact: Fact, shown: str, article: "TypeIndex | None" = None) -> FineType | None:
    """The fine type of ``shown`` (the answer as the card shows it) for ``fact``, or None when it cannot be told."""
    kind = fact.kind
    if kind is FactKind.QUOTE:  # the speaker: a person or a body, as the label says
        kind = {"PERSON": FactKind.PERSON, "ORG": FactKind.ORGANIZATION}.get(fact.label)
    if kind is FactKind.PERSON:
        full = fact.canonical or shown
        if not looks_like_person(full) or (article is not None and not article.person(full).confirmed):
            return None  # "Iwo Jima", "Caribou Biosciences": the model's PERSON, never shown to be one
        if normalize(shown) == normalize(full):
            return FineType("person", "full")
        if name_words(shown) == name_words(full)[-1:]:
            return FineType("person", "surname")
        return None
    if kind is FactKind.ORGANIZATION:
        org = (article.org_kind(fact.canonical or shown) if article else "") or org_kind_by_name(fact.canonical or shown)
        return FineType("org", org) if org else None
    if kind is FactKind.PLACE:
        found = places.place_of(shown, near=article.countries if article else frozenset())
        if found is None or (found.granularity == "country" and modifies_noun(fact)):
            return None
        return FineType("place", found.granularity, found.country if found.granularity == "city" else "")
    if kind in (FactKind.DATE, FactKind.TIME):
        form = date_form(shown)
        if form:
            return FineType("date", form)
        if re.fullmatch(r"\d{1,3}", shown.strip()):
            return FineType("number", "||digits")  # "He had just turned 21": an age
        if _LENGTH_OF_TIME.fullmatch(shown.strip()):
            return FineType("number", number_form(shown))  # "a five-minute delay"
        return None
    if kind in (FactKind.COUNT, FactKind.AMOUNT):
        form = number_form(shown, fact.topic)
        if not form or normalize(shown) in ("one", "a", "an") or (
                kind is FactKind.COUNT and not _SCALE.search(shown) and _ONE.search(normalize(shown))):
            return None  # "made one major contribution", "about one area": another number breaks the agreement
        if _words(shown)[-1] in _FILLER or len(_NUMBERS.findall(shown)) > 1 or _FRACTION.search(shown):
            return None  # "56% to", "48% to 38%": a cut or a pair, not one amount
        if _OPEN_BOUND.match(_lead(shown)):
            return None  # "more than $80 million": "more than $70 million" is true as well, never a wrong answer
        return FineType("number", form, _lead(shown))
    if kind is FactKind.EQUIPMENT:
        named = equipment_class(fact.sentence[fact.end:]) or fact.topic.lower()
        return FineType("equipment", named) if named else None
    return None


class TypeIndex:
    """What an article says about its names: organisations' kinds from appositives, definitions and roles
    ("Square, a payments company", "chief executive of Square"); people's gender, role domains and titles."""

    def __init__(self, facts: Iterable[Fact]) -> None:
        self.facts = list(facts)
        self._orgs: dict[str, str] = {}
        self.people: dict[str, Person] = {}
        sentences: dict[int, str] = {}
        nouns = _org_nouns()
        affiliations: list[tuple[Person, str]] = []
        self.people_in: dict[int, set[str]] = {}
        for f in self.facts:
            if (f.kind is FactKind.PERSON or (f.kind is FactKind.QUOTE and f.label == "PERSON")) \
                    and looks_like_person(f.canonical or f.answer):  # "JFK" (an airport) is nobody's rival for "she"
                self.people_in.setdefault(f.sentence_index, set()).add(normalize(f.canonical or f.answer))
        for f in self.facts:
            sentences.setdefault(f.sentence_index, f.sentence)
            if f.kind is FactKind.QUOTE and f.label == "PERSON" and f.canonical:
                self._person(f.canonical).confirmed = True
            if f.kind is FactKind.DEFINITION and f.topic:
                kind = nouns.get(f.label.lower())
                if kind:
                    self._orgs.setdefault(normalize(f.topic), kind)
            elif f.kind is FactKind.ROLE and f.topic:
                person = self._person(f.topic)
                person.genders |= _hints(f.answer, data()["gender_nouns"])
                person.domains |= _hints(f.answer, data()["role_domains"])
                person.titles |= set(_words(f.answer))
                person.roles |= appositive_roles(f.answer)
                person.parties |= _hints(f.answer, data()["parties"])
                person.confirmed = True
                if body_in_role(f.answer):
                    affiliations.append((person, body_in_role(f.answer)))
            elif f.kind is FactKind.PERSON or (f.kind is FactKind.QUOTE and f.label == "PERSON"):
                span = (f.start, f.end)  # a quotation's: where its speaker is named
                hints = slot_hints(f.sentence, *span, self.alone(f))
                person = self._person(f.canonical or f.answer)
                person.genders |= hints.genders
                person.domains |= hints.domains
                person.titles |= hints.titles
                person.roles |= hints.roles
                person.parties |= hints.parties
                body = affiliation(f.sentence, span[0])
                for found in (body, body_in_role(_around(f.sentence, *span)[1])):
                    if found:
                        affiliations.append((person, found))
                # a later mention by surname shows a person ("Broad", taken for "Broad Zhang", shows nothing)
                shorter = f.canonical and name_words(f.answer) == name_words(f.canonical)[-len(name_words(f.answer)):] \
                    and len(name_words(f.answer)) < len(name_words(f.canonical))
                if shorter or hints.genders or hints.domains or hints.titles or hints.roles or body:
                    person.confirmed = True
        self.text = "\n".join(sentences[i] for i in sorted(sentences))
        orgs = {normalize(f.canonical or f.answer) for f in self.facts if f.kind is FactKind.ORGANIZATION}
        for person, body in affiliations:  # a body the article names, of a kind that tells a line of work
            kind = self.org_kind(body) if normalize(body) in orgs or org_kind_by_name(body) else ""
            if kind:
                person.domains.add(data()["org_lines"][kind])
        self._sentences = sentences

    @cached_property
    def countries(self) -> frozenset[str]:
        """Codes of the countries the article names (a US state counts for the US)."""
        found = (places.place_of(f.answer, with_cities=False) for f in self.facts if f.kind is FactKind.PLACE)
        return frozenset(p.country for p in found if p is not None)

    def alone(self, fact: Fact) -> bool:
        """Is ``fact``'s person the only one its sentence names?"""
        return len(self.people_in.get(fact.sentence_index, ())) <= 1

    def _person(self, name: str) -> Person:
        return self.people.setdefault(normalize(" ".join(name_words(name))), Person())

    def person(self, name: str) -> Person:
        """What the article says about the person ``name`` names (full name or surname)."""
        key = normalize(" ".join(name_words(name)))
        if key in self.people:
            return self.people[key]
        matches = [p for k, p in self.people.items() if k.split()[-1:] == key.split()[-1:]]
        return matches[0] if len(matches) == 1 else Person()

    def shares_surname(self, name: str, *others: str) -> bool:
        """Does ``name`` share its surname with one of ``others`` ("Broad Zhang" beside "Feng Zhang": one name
        mis-read, or two a reader confuses), or, shown alone, with two people of the article ("Paul": Ron or
        Rand Paul)?"""
        surname = [normalize(w) for w in name_words(name)[-1:]]
        if any([normalize(w) for w in name_words(o)[-1:]] == surname for o in others):
            return True
        if len(name_words(name)) > 1:
            return False
        full = [k for k, p in self.people.items() if p.confirmed and len(k.split()) > 1 and k.split()[-1:] == surname]
        return len(full) > 1

    @cached_property
    def years(self) -> list[int]:
        """The years the article tells of as past: later ones are plans and forecasts (read on first use: only a date
        answer asks, and reading every sentence's tense was a sixth of the index)."""
        return [int(y) for text in self._sentences.values() for y in _past_years(text)]

    @property
    def latest_year(self) -> int | None:
        return max(self.years) if self.years else None

    @cached_property
    def named_years(self) -> frozenset[int]:
        """Every year the article names, in whatever tense."""
        return frozenset(int(y) for text in self._sentences.values() for y in _YEAR_NAMED.findall(text))

    def org_kind(self, name: str) -> str:
        """The organisation's kind: from its own name, else from what the article calls it."""
        key = normalize(name)
        if key not in self._orgs:
            self._orgs[key] = org_kind_by_name(name) or self._org_kind_in_text(name)
        return self._orgs[key]

    def industry(self, name: str) -> str:
        """A company's line of business: from its name, else from what the article calls it ("Taylor
        International Corp., a Las Vegas construction firm"; "Next, another computer company")."""
        return industry_by_name(name) or self._industries_in_text.get(normalize(name).rstrip("."), "")

    @cached_property
    def _industries_in_text(self) -> dict[str, str]:
        nouns = "|".join(re.escape(n) for n in sorted(data()["org_nouns"]["company"], key=len, reverse=True))
        pattern = re.compile(rf"{_NAME}\.?,? +(?:a|an|the|another) +(?P<words>(?:[\w-]+ +){{0,4}}?)(?:{nouns})\b")
        found: dict[str, str] = {}
        for match in pattern.finditer(self.text):
            industry = _industry_of_words(_words(match.group("words")))
            if industry:
                found.setdefault(normalize(match.group("name")).rstrip("."), industry)
        return found

    def _org_kind_in_text(self, name: str) -> str:
        return self._kinds_in_text.get(normalize(name), "")

    @cached_property
    def _kinds_in_text(self) -> dict[str, str]:
        """Names the article marks as a kind of body, in one pass over its text: "chief executive of Square",
        "Square's shares", "Square Inc", "Square, a payments company"."""
        found: dict[str, str] = {}
        for pattern, kind, needed in _marked_names():
            if needed is not None and not needed.search(self.text):
                continue  # no match of the pattern's tail: the pattern, tried at every name, would find none
            for match in pattern.finditer(self.text):
                name = normalize(match.group("name"))
                found.setdefault(name, kind or _org_nouns().get(match.group("noun").lower(), ""))
        return found


_NAME_WORD_RE = r"[A-Z][\w&'’-]*(?:\.[A-Z][\w&'’-]*)*"  # "U.S" inside, no full stop at the end
_NAME = rf"\b(?P<name>{_NAME_WORD_RE}(?: +(?:of +|& +)?{_NAME_WORD_RE})*)"  # within one line


@lru_cache(maxsize=1)
def _marked_names() -> tuple[tuple[re.Pattern[str], str, re.Pattern[str] | None], ...]:
    """The patterns that mark a name as a kind of body, each with its kind ("": the noun's) and a pattern every
    match of it holds (None: none cheaper), which most texts lack (a pattern opening on a name is tried at every
    capitalised word)."""
    roles = "|".join(re.escape(r) for r in sorted(data()["company_roles"], key=len, reverse=True))
    nouns = "|".join(re.escape(n) for n in sorted(_org_nouns(), key=len, reverse=True))
    return (
        (re.compile(rf"\b(?i:{roles}) +(?:of|at) +{_NAME}"), "company", None),
        (re.compile(rf"{_NAME}(?:'s|’s) +(?i:{roles})\b"), "company", re.compile(rf"(?:'s|’s) +(?i:{roles})\b")),
        (re.compile(rf"{_NAME} +(?:Inc|Corp|Ltd|LLC|plc)\b"), "company", re.compile(r" (?:Inc|Corp|Ltd|LLC|plc)\b")),
        (re.compile(rf"\bshares +(?:of|in) +{_NAME}"), "company", re.compile(r"shares +(?:of|in) +[A-Z]")),
        (re.compile(rf"{_NAME}, +(?:a|an|the) +(?:[\w-]+ +){{0,3}}?(?P<noun>{nouns})\b"), "",
         re.compile(r", +(?:a|an|the) +")),
    )


# --- the same thing under another name -----------------------------------------------------------------------

_FILLER = frozenset({"the", "of", "and", "for", "&", "'s", "’s", "a", "an", "in", "on", "to", "from", "by", "with", "at"})


def _content(text: str) -> list[str]:
    return [w.removesuffix("'s").removesuffix("’s") for w in _words(text) if w not in _FILLER]


def _without_country(name: str) -> str:
    """A body's name without the country it opens with ("U.S. Treasury" → "Treasury"), else as it is."""
    first, _, rest = name.partition(" ")
    found = places.place_of(first, with_cities=False) if rest else None
    return rest if found is not None and found.granularity == "country" else name


def _alias_group(name: str) -> frozenset[int]:
    """Which lists of ``org_aliases`` name ``name`` ("Pentagon" and "Department of Defense" share one)."""
    return _alias_groups().get(normalize(name).removeprefix("the "), frozenset())


@lru_cache(maxsize=1)
def _alias_groups() -> dict[str, frozenset[int]]:
    """Each alias (normalised, no "the") → the lists of ``org_aliases`` that hold it."""
    found: dict[str, set[int]] = {}
    for n, names in enumerate(data()["org_aliases"]["names"]):
        for a in names:
            found.setdefault(normalize(a).removeprefix("the "), set()).add(n)
    return {key: frozenset(groups) for key, groups in found.items()}


def abbreviates(short: str, long: str) -> bool:
    """Whether ``short`` is the initials of ``long`` ("IAEA", "International Atomic Energy Agency")."""
    return may_abbreviate(short) and acronym_of(long).upper() == short.replace(".", "").upper()


def may_abbreviate(short: str) -> bool:
    """Whether ``short`` looks like initials at all (what ``abbreviates`` asks first, of ``short`` alone)."""
    bare = short.replace(".", "")
    return bare.isupper() and 2 <= len(bare) <= 6


@lru_cache(maxsize=1 << 15)  # every candidate wrong answer against the answer and those chosen
def same_referent(a: str, b: str) -> bool:
    """Two spellings of one thing: an abbreviation and its expansion ("IAEA"), a country's short and long
    names ("UK", "United Kingdom"), or the same words reordered with a name for its adjective ("Constitutional
    Court of Turkey", "Turkish Constitutional Court")."""
    x, y = a.strip(), b.strip()
    if abbreviates(x, y) or abbreviates(y, x):
        return True
    if places.same_place(x, y) or _alias_group(x) & _alias_group(y):
        return True
    bare_x, bare_y = _without_country(x), _without_country(y)
    if (bare_x, bare_y) != (x, y) and bare_x and bare_y \
            and (normalize(bare_x) == normalize(bare_y) or _alias_group(bare_x) & _alias_group(bare_y)):
        return True  # "U.S. Treasury" is the "Treasury Department" (set AN: "two options are correct")
    u, v = _content(x), _content(y)
    if not u or not v:
        return False
    if len(u) != len(v):  # "Jazz & Heritage Foundation" inside "New Orleans Jazz and Heritage Foundation"
        short, long = (u, v) if len(u) < len(v) else (v, u)
        return len(short) >= 2 and set(short) <= set(long)
    rest = list(v)
    for w in u:
        match = next((r for r in rest if r == w or (len(w) >= 4 and len(r) >= 4 and r[:4] == w[:4])), None)
        if match is None:
            return False
        rest.remove(match)
    return True


# --- form ----------------------------------------------------------------------------------------------------

def _case_shape(text: str) -> str:
    letters = [c for c in text if c.isalpha()]
    if len(letters) > 1 and all(c.isupper() for c in letters):
        return "upper"
    return "title" if text[:1].isupper() or text[:1].isdigit() or text[:1] in "$£€" else "lower"


@lru_cache(maxsize=1 << 14)  # a candidate is read again for every fact it is tried on
def form_of(text: str, any_case: bool = False) -> tuple:
    """What a reader sees before reading: letter case, a leading "the", a title, a plural, digits, a unit.
    With ``any_case`` capitals do not count ("UK" beside "France": a country's usual short name)."""
    words = text.split()
    last = words[-1] if words else ""
    return (
        "" if any_case else _case_shape(text),
        normalize(text).startswith("the "),
        bool(words) and words[0].lower().rstrip(".") in ("mr", "mrs", "ms", "dr", "sir", "gov", "sen", "rep", "gen"),
        last.islower() and last.endswith("s") and not last.endswith("ss"),
        bool(_DIGITS.search(text)),
        bool(re.search(r"\d\.\d", text)),
        bool(_PERCENT.search(text)),
        _CURRENCY.search(text).group()[:1].lower() if _CURRENCY.search(text) else "",
    )


def stands_out(options: Sequence[str], any_case: bool = False) -> bool:
    """Does any option differ from all the others in form, or in length by far?"""
    forms = [form_of(o, any_case) for o in options]
    for i, f in enumerate(forms):
        if all(f != g for j, g in enumerate(forms) if j != i) and len(options) > 2:
            for k in range(len(f)):
                if all(f[k] != g[k] for j, g in enumerate(forms) if j != i):
                    return True
    if any_case:
        return False  # "UK" and "United Kingdom" are both a country's name, whatever their lengths
    lengths = sorted(len(o) for o in options)
    return lengths[-1] > 2.2 * lengths[-2] + 3 or lengths[0] < 0.45 * lengths[1] - 2
