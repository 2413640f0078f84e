"""Wrong dates a reader could not rule out or find right as well: read from the answer's sentence alone."""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache

from quizgen.facts.counts import MONTHS
from quizgen.facts.model import Fact
from quizgen.questions.model import WH_FAMILIES, Question
from quizgen.text import YEAR_IN, YEAR_WORD

_ABBREVIATED = {m[:3].lower(): n for n, m in enumerate(MONTHS, start=1)} | {"sept": 9}
MONTH_NAME = "|".join(MONTHS) + r"|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?"  # a month, written or cut
_MONTH = rf"(?P<month>{MONTH_NAME})"
# a figure or a month's name: what fixes which event a question asks of ("… in 2014?", "… in March?")
DATE_OR_FIGURE = re.compile(r"\d|\b(?:" + "|".join(MONTHS) + r")\b")
_DAY_FIRST = re.compile(rf"\b(?P<day>[0-3]?\d)(?:st|nd|rd|th)?\s+{_MONTH}(?:,?\s+(?P<year>\d{{4}}))?\b")
_MONTH_FIRST = re.compile(rf"{_MONTH}\s+(?P<day>[0-3]?\d)(?:st|nd|rd|th)?\b(?:,?\s+(?P<year>\d{{4}}))?")
_WEEK_OF = re.compile(r"\bweek\s+of\s*(?:the\s+)?$", re.IGNORECASE)
_MONTH_WORD = re.compile(r"\b(?:" + "|".join(MONTHS) + r")\b")


def _month_number(word: str) -> int:
    word = word.rstrip(".")
    return MONTHS.index(word) + 1 if word in MONTHS else _ABBREVIATED.get(word[:4].lower(), _ABBREVIATED.get(
        word[:3].lower(), 0))


@lru_cache(maxsize=1 << 10)
def day_of(text: str, year: int | None = None) -> dt.date | None:
    """The day ``text`` names ("1 May 2023", "May 23, 2015", "Dec. 11" with ``year``), or None."""
    for pattern in (_DAY_FIRST, _MONTH_FIRST):
        match = pattern.search(text)
        if match:
            found = int(match.group("year")) if match.group("year") else year
            month = _month_number(match.group("month"))
            if found is None or not month:
                return None
            try:
                return dt.date(found, month, int(match.group("day")))
            except ValueError:
                return None
    return None


def written_like(candidate: str, answer: str) -> str:
    """A whole date ``candidate`` in the order the answer writes its day and month ("30 October 2017" beside the
    answer "May 21, 2016" → "October 30, 2017": set AK, "the 30 October 2017 distractor is in a different date
    format", unsound); the candidate as it is when either is no whole day of a month."""
    told = _DAY_FIRST.fullmatch(answer.strip()) or _MONTH_FIRST.fullmatch(answer.strip())
    found = _DAY_FIRST.fullmatch(candidate.strip()) or _MONTH_FIRST.fullmatch(candidate.strip())
    if told is None or found is None or told.re is found.re:
        return candidate
    day, month, year = found.group("day"), found.group("month"), found.group("year")
    if told.re is _MONTH_FIRST:
        comma = "," if "," in answer else ""
        return f"{month} {day}{comma} {year}" if year else f"{month} {day}"
    return f"{day} {month} {year}" if year else f"{day} {month}"


def impossible(text: str) -> bool:
    """Does ``text`` name a day no month has ("February 30, 2014", "April 31")?"""
    for pattern in (_DAY_FIRST, _MONTH_FIRST):
        match = pattern.search(text)
        if match:
            month = _month_number(match.group("month"))
            year = int(match.group("year")) if match.group("year") else 2000  # a leap year: February 29 may be
            try:
                dt.date(year, month or 1, int(match.group("day")))
            except ValueError:
                return True
            return False
    return False


def week_slot(fact: Fact) -> bool:
    """Is the answer the day a week is named by ("in the week of _____")? Then a day of the same week is right too."""
    return _WEEK_OF.search(fact.sentence[:fact.start]) is not None


def same_week(candidate: str, answer: str) -> bool:
    """Do two days fall less than a week apart ("26 September 2011" and "23 September 2011")?"""
    a, b = day_of(answer), day_of(candidate)
    if a is None or b is None:
        return False
    return abs((a - b).days) < 7


def month_shown(fact: Fact) -> str:
    """The answer's month when the prompt names it too ("its busiest November in years, in _____"), else ""."""
    found = _MONTH_WORD.search(fact.answer)
    if found is None:
        return ""
    rest = fact.sentence[:fact.start] + " " + fact.sentence[fact.end:]
    return found.group() if re.search(rf"\b{found.group()}\b", rest) else ""


_YEAR_ONLY = re.compile(r"\b(1[5-9]\d\d|20\d\d)\b")
_DECADE = re.compile(r"\b(1[5-9]|20)(\d)0s\b")
_MONTH_YEAR = re.compile(rf"{_MONTH},?\s+(?P<year>\d{{4}})\b")


def span(text: str) -> tuple[dt.date, dt.date] | None:
    """The first and last day a date answer covers ("26 July 2010": one day; "July 2010": the month; "2010": the
    year; "the 1970s": the decade), or None when it names no year."""
    day = day_of(text)
    if day is not None:
        return day, day
    match = _MONTH_YEAR.search(text)
    if match and _month_number(match.group("month")):
        year, month = int(match.group("year")), _month_number(match.group("month"))
        last = dt.date(year + month // 12, month % 12 + 1, 1) - dt.timedelta(days=1)
        return dt.date(year, month, 1), last
    decade = _DECADE.search(text)
    if decade:
        start = int(decade.group(1) + decade.group(2) + "0")
        return dt.date(start, 1, 1), dt.date(start + 9, 12, 31)
    year = _YEAR_ONLY.search(text)
    if year:
        return dt.date(int(year.group()), 1, 1), dt.date(int(year.group()), 12, 31)
    return None


_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_WEEKDAY_BESIDE = re.compile(r"\b(" + "|".join(_WEEKDAYS) + r")(?:\s+(?:morning|afternoon|evening|night))?"
                             r"\s*(?:\(|,)\s*$")


def weekday_beside(fact: Fact) -> int | None:
    """The weekday the sentence gives right before a day answer ("On Friday (_____)", "on Saturday, _____"), as
    Monday = 0, or None. A wrong day on another weekday is ruled out by the calendar and by the article's other
    days ("Thursday (Dec. 11)")."""
    found = _WEEKDAY_BESIDE.search(fact.sentence[:fact.start])
    return _WEEKDAYS.index(found.group(1)) if found else None


def same_weekday_variants(answer: str, year: int) -> list[str]:
    """Other days on the answer's weekday, one to three weeks either side ("Dec. 12" → "Dec. 5", "Dec. 19" …),
    written as the answer writes its month (abbreviated or not) and with its year when it gives one."""
    day = day_of(answer, year)
    match = _DAY_FIRST.search(answer) or _MONTH_FIRST.search(answer)
    if day is None or match is None:
        return []
    abbreviated = match.group("month") not in MONTHS
    day_first = match.re is _DAY_FIRST
    out = []
    for weeks in (1, -1, 2, -2, 3, -3):
        other = day + dt.timedelta(weeks=weeks)
        month = MONTHS[other.month - 1]
        if abbreviated:
            month = month if len(month) <= 5 else ("Sept." if other.month == 9 else month[:3] + ".")
        text = f"{other.day} {month}" if day_first else f"{month} {other.day}"
        if match.group("year"):
            text += f" {other.year}" if day_first else f", {other.year}"
        out.append(answer[:match.start()] + text + answer[match.end():])
    return out


# "in 1976 for Gonna Fly Now and in 1981 for For Your Eyes Only": two years one phrase pairs
_PAIRED_YEARS = re.compile(r"\bin ((?:1[5-9]|20)\d\d)\b[^.;:]*?\band in ((?:1[5-9]|20)\d\d)\b")


def paired_year(question: Question) -> bool:
    """Whether a wh-question asks one of two years its sentence pairs ("received nominations in 1976 for … and in
    1981 for …"): it drops the year it asks and leaves "and in 1981" hanging ("In what year did he receive two
    nominations … for Gonna Fly Now and in 1981 for …?"), and either year fits it. A fill-in card shows the pair."""
    fact = question.fact
    if question.family not in WH_FAMILIES:
        return False
    pair = _PAIRED_YEARS.search(fact.sentence)
    return pair is not None and fact.answer.strip() in pair.groups()


_BARE_YEAR = re.compile(rf"(?:in\s+)?({YEAR_WORD})")


def neighbour_year_shown(question: Question) -> bool:
    """Whether a fill-in card hides a year while it shows the year before or after it ("“2019 is not as good as
    _____”" → 2018; "… raised rates on 14 December 2016 and signalled more increases in _____" → 2017; "in both 2018
    and _____" → 2019; "president of the assembly in _____ and 2015" → 2014): among near years the neighbour gives it
    away (tune raters: "guessable … the natural comparison is with the previous year", set-AC raters: "only 2014 is
    next to 2015"). Stored blind ratings of such cards 5 good of 52, against 49–57% of other year blanks; two years
    further apart are two events ("campaigns in _____ and 2012": 6 good of 16 ratings)."""
    if question.blank is None:
        return False
    found = _BARE_YEAR.fullmatch(question.answer.strip())
    if found is None:
        return False
    year = int(found.group(1))
    before, _, after = question.parts()
    return any(abs(int(shown) - year) == 1 for shown in YEAR_IN.findall(f"{before} {after}"))
