"""Times that hold only at the writing, made absolute with the article's date as marked insertions (issue 14, raters
on the tune pages: "'now' is time-relative; replace it with 'in 2011'", "'In the fourth quarter' gives no year",
"'in the past two years' depends on when the article was written", "'Dec. 18' has no year"):

- "now" / "currently" on a present-tense main verb ("users comprise now 11%") → "as of [2011]";
- "recently" on a main verb → "in [2010]", only when the article's date leaves no doubt about the year (not in its
  first months, when "recently" may be last year);
- "the past two years" → "the two years up to [January 2015]" (a rater read "for the few years to November 2019"
  as awkward), but not after a past perfect ("had used … in the past month"), which counts back from another time;
- "the fourth quarter" in a sentence about money or rates → "the fourth quarter of [2014]", the year the tense and
  the article date give;
- a month and day without a year ("Dec. 18") → "[Dec. 18, 2014]", the year the tense and the article date give;
- a month alone after a preposition ("projected in May") → "[May 2019]", likewise, unless a sentence just before
  names another year (the month may be that year's).

A phrase is left as written when it is quoted (a quote keeps its words), when the sentence names another year up to
the article's (it may be the day's), or when the year is in doubt; ``questions/open_times.py`` then keeps unresolved
ones off cards (a month-day excepted: the day is still true). Dates inserted by this module and ``relative_times``
are checked by ``facts/date_echo.py`` (an earlier source, the same month twice).
"""

from __future__ import annotations

import datetime as dt
import json
import re
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from quizgen.facts.counts import MONTHS
from quizgen.facts.rewrite import Replacement, is_quoted
from quizgen.nlp.cache import doc_text
from quizgen.text import YEAR_IN

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

_PRESENT = frozenset({"VBZ", "VBP"})
_PAST = frozenset({"VBD", "VBN"})
RELATIVE_PRONOUNS = frozenset({"who", "which", "that", "what", "whom", "whose"})
_NOW = frozenset({"now", "currently"})
# "more recently" counts from the sentence's own earlier time, not the writing (set AI: "since 1987, … and more in
# [2017] as head of …" was a wrong date on a card); "as recently as last November" dates the time after it (set AK:
# "As in [2017] as November 2016, …", bad)
BEFORE_NOW = frozenset({"until", "till", "by", "for", "from", "since", "than", "right", "just", "even", "only",
                         "what", "which", "who", "but", "more", "most", "as"})
_ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "final": 4}
_MONTH = r"(?:Jan(?:uary|\.)?|Feb(?:ruary|\.)?|Mar(?:ch|\.)?|Apr(?:il|\.)?|May|June?|July?|Aug(?:ust|\.)?|" \
         r"Sept?(?:ember|\.)?|Oct(?:ober|\.)?|Nov(?:ember|\.)?|Dec(?:ember|\.)?)"
# a range of days ("June 6-10") is one date to a reader: the year goes after the range, never inside it
_DAY = r"\d{1,2}(?:st|nd|rd|th)?"
_DAY_TO = rf"(?:\s*[-–]\s*{_DAY})?"
_MONTH_DAY = re.compile(rf"\b(?:(?P<m1>{_MONTH})\s+(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?{_DAY_TO}"
                        rf"|(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?{_DAY_TO}"
                        rf"\s+(?:of\s+)?(?P<m2>{_MONTH}))\b(?!\s*,?\s*(?:'|’)?\d{{2,4}}\b)(?!\s*[-–]?\s*\d)")
# a month named alone after a preposition ("projected in May that …", "announced in early August"): not one
# followed by a day or a year ("May 5", "May 2019", "May, 2019", "July of last year", "in November next year") nor
# a name's first word ("a report by May Coldwell")
_BARE_MONTH = re.compile(r"\b(?i:in|since|until|by|from|during|through|before|after)\s+(?:(?:early|late|mid)[\s-]+)?"
                         r"(?P<m>January|February|March|April|May|June|July|August|September|October|November|"
                         r"December)\b(?!\s*,?\s*[-–]?\s*(?:'|’)?\d)"
                         r"(?!\s+[A-Z]|\s+of\b|\s+(?:this|last|next)\s+year\b)")
_HINT = re.compile(r"\b(?:now|currently|recently|past|last|quarter)\b", re.IGNORECASE)
PAST_SPAN = re.compile(r"\bthe\s+(?:past|last)\s+(?:(?P<n>two|three|four|five|six|seven|eight|nine|ten|few|several|"
                        r"\d{1,2})\s+)?(?P<unit>day|week|month|year|decade)s?\b", re.IGNORECASE)
QUARTER = re.compile(r"\bthe\s+(?P<q>first|second|third|fourth|final)\s+quarter\b(?!\s*(?:of|,?\s*\d|[-–]))",
                      re.IGNORECASE)


@cache
def _data() -> dict:
    return json.loads(Path(__file__).with_name("open_times.json").read_text(encoding="utf-8"))


@cache
def business_words() -> frozenset[str]:
    """Words that make "the fourth quarter" a business's or an economy's, not a game's."""
    return frozenset(_data()["business_words"])


def open_times(doc: Doc, today: dt.date) -> list[tuple[Replacement, str]]:
    """Each time in ``doc``'s narration that holds only at the writing and that ``today`` (the article's date)
    resolves, as a replacement and its ISO day, month or year."""
    out: list[tuple[Replacement, str]] = []
    for sent in _sentences_with(doc):  # found with two searches of the text: most sentences hold none of these
        s = sent.text
        low = s.lower()
        if "now" in low or "currently" in low or "recently" in low:
            out += _present(sent, today)
        if "past" in low or "last" in low:
            out += _spans(sent, today)
        if "quarter" in low:
            out += _quarters(sent, today)
        if _MONTH_DAY.search(s):
            out += _month_days(sent, today)
        if _BARE_MONTH.search(s):
            out += _months(sent, today)
    return [(rep, iso) for rep, iso in out if not is_quoted(doc, doc[rep.start].idx)]


def _sentences_with(doc: Doc) -> list[Span]:
    """The sentences that hold a word these times need, in order."""
    text, found = doc_text(doc), {}
    for pattern in (_HINT, _MONTH_DAY, _BARE_MONTH):
        for match in pattern.finditer(text):
            span = doc.char_span(match.start(), match.end(), alignment_mode="expand")
            if span is not None:
                sent = span[0].sent
                found.setdefault(sent.start, sent)
    return [found[start] for start in sorted(found)]


def _present(sent: Span, today: dt.date) -> list[tuple[Replacement, str]]:
    """"now" / "currently" on a present-tense main verb, "recently" on a main verb."""
    out = []
    for tok in sent:
        word = tok.lower_
        if word not in _NOW and word != "recently":
            continue
        if tok.dep_ != "advmod" or tok.i == _first_word(sent) or not main_verb(tok.head):
            continue
        before = tok.doc[tok.i - 1] if tok.i > sent.start else None
        if before is not None and before.lower_ in BEFORE_NOW:
            continue  # "until now", "right now", "what is now the square", "once poor but now rich"
        if word in _NOW:
            if tok.head.tag_ not in _PRESENT or any(c.dep_ in ("aux", "auxpass") for c in tok.head.children):
                continue  # "who is now CEO" is no main verb; "is currently appealing" is not asked as a state
        elif today.month <= _data()["recently_uncertain_months"]:
            continue  # in January "recently" may be last December
        year = str(today.year)
        shown = f"as of [{year}]" if word in _NOW else f"in [{year}]"  # "Verizon as of [2010] has 5 million …"
        out.append((Replacement(tok.i, tok.i + 1, shown, pos="PROPN", ent_type="DATE"), year))
    return out


def main_verb(verb: Token) -> bool:
    """A verb with a subject of its own that tells the article's own statement ("users comprise now 11%", "the fact
    that users comprise now …"): not a relative clause ("who is now CEO", "what is now the square") or a
    participle."""
    if verb.pos_ not in ("VERB", "AUX") or verb.dep_ in ("relcl", "amod", "appos", "advcl"):
        return False
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "expl")), None)
    if subject is None and verb.dep_ == "conj" and verb.head.i != verb.i:
        return main_verb(verb.head)  # "Apple fought on and is now …": the subject is the first verb's
    return subject is not None and subject.lower_ not in RELATIVE_PRONOUNS


def _before_a_past(span: Span) -> bool:
    """Whether the span counts back from a time before the article's: a past perfect ("who said they had used
    cannabis in the past month": the month before the survey; a rater: "wrong, the data cover 2008-2016")."""
    verb = span.root.head
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    return verb.tag_ == "VBN" and any(c.dep_ == "aux" and c.lower_ in ("had", "'d", "’d") for c in verb.children)


def _spans(sent: Span, today: dt.date) -> list[tuple[Replacement, str]]:
    """"the past two years" → "the two years up to [January 2015]"."""
    out = []
    for match in PAST_SPAN.finditer(sent.text):
        span = sent.doc.char_span(sent.start_char + match.start(), sent.start_char + match.end())
        if span is None or _before_a_past(span):
            continue
        n, unit = (match.group("n") or "").lower(), match.group("unit").lower()
        words = f"{n} {unit}s" if n else unit  # "the past two years", "the past year"
        the = match.group()[:3]  # "The past year has …" keeps its capital
        end = f"{today.day} {MONTHS[today.month - 1]} {today.year}" if unit in ("day", "week") \
            else f"{MONTHS[today.month - 1]} {today.year}"
        # no ISO form: the span's own words are no longer on the card, and the article's month is no answer
        out.append((Replacement(span.start, span.end, f"{the} {words} up to [{end}]", pos="NOUN", ent_type="DATE"), ""))
    return out


def _quarters(sent: Span, today: dt.date) -> list[tuple[Replacement, str]]:
    """"the fourth quarter" of a business or an economy (money or a rate in the sentence: not a game's quarter) →
    "the fourth quarter of [2014]"."""
    if not any(t.ent_type_ in ("MONEY", "PERCENT") or t.lower_ in business_words() for t in sent):
        return []
    out = []
    for match in QUARTER.finditer(sent.text):
        span = sent.doc.char_span(sent.start_char + match.start(), sent.start_char + match.end())
        if span is None:
            continue
        q = _ORDINALS[match.group("q").lower()]
        first, last = 3 * q - 2, 3 * q
        verb = _verb(span)
        if verb is not None and _past(verb):
            year = today.year if today.month >= first else today.year - 1
        elif verb is not None and _future(verb):
            year = today.year if today.month <= last else today.year + 1
        elif first <= today.month <= last:
            year = today.year
        else:
            continue
        out.append((Replacement(span.start, span.end, f"{span.text} of [{year}]", pos="NOUN", ent_type="DATE"),
                    str(year)))
    return out


def _month_days(sent: Span, today: dt.date) -> list[tuple[Replacement, str]]:
    """A month and day without a year → "[Dec. 18, 2014]": the latest such day on or before the article date when
    the verb is past, the next when it looks ahead, else the nearest when it is within a few months."""
    out = []
    for match in _MONTH_DAY.finditer(sent.text):
        span = sent.doc.char_span(sent.start_char + match.start(), sent.start_char + match.end())
        if span is None or any(t.ent_type_ not in ("DATE", "") for t in span):
            continue
        month = _month_number(match.group("m1") or match.group("m2"))
        day = int(match.group("d1") or match.group("d2"))
        year = day_year(month, day, today, _tense(_verb(span)))
        if year is None or any(int(y) <= today.year and int(y) != year for y in YEAR_IN.findall(sent.text)):
            continue  # "In 2013, on Dec. 18 …": another year the sentence names may be the day's (a later one is
            # a plan: "$18 billion for 2015, in a bill released Dec. 9")
        try:
            iso = dt.date(year, month, day).isoformat()
        except ValueError:
            continue
        shown = f"[{span.text}, {year}]" if match.group("m1") else f"[{span.text} {year}]"  # "30 December 2014"
        out.append((Replacement(span.start, span.end, shown, pos="PROPN", ent_type="DATE"), iso))
    return out


def _months(sent: Span, today: dt.date) -> list[tuple[Replacement, str]]:
    """A month named without a year ("projected in May that …") → "[May 2019]": the latest such month up to the
    article's when the verb is past, the next from it when it looks ahead, the nearest when it is present
    (``month_year``). Blind raters: "'in May' has no year" (the card held the figure the Tax Foundation projected)."""
    out = []
    for match in _BARE_MONTH.finditer(sent.text):
        at = sent.start_char + match.start("m")
        span = sent.doc.char_span(at, at + len(match.group("m")))
        if span is None:
            continue
        month = _month_number(match.group("m"))
        year = month_year(month, today, _tense(_verb(span)))
        if year is None or any(int(y) <= today.year and int(y) != year for y in YEAR_IN.findall(_lately(sent))):
            continue  # "He joined in 2009. In May he was promoted": another year named just before may be the month's
        out.append((Replacement(span.start, span.end, f"[{span.text} {year}]", pos="PROPN", ent_type="DATE"),
                    f"{year:04d}-{month:02d}"))
    return out


def _tense(verb: Token | None) -> str:
    """"past", "future" or "present" for the verb a time hangs on; "" for none or a verb of no tense."""
    if verb is None:
        return ""
    if _past(verb):
        return "past"
    if _future(verb):
        return "future"
    if verb.tag_ not in _PRESENT:
        return ""
    return "future" if _under_future(verb) else "present"


def _under_future(verb: Token) -> bool:
    """Is a present verb part of a clause a future verb governs ("will tour … during the trek, which kicks off June 9
    and concludes October 10": the tour's days are ahead, though October 10 is a month before the article)?"""
    tok = verb
    for _ in range(_data()["future_reach"]):
        if tok.head.i == tok.i:
            return False
        tok = tok.head
        if tok.pos_ in ("VERB", "AUX") and (_future(tok) or _past(tok)):
            return _future(tok)  # the nearest verb of a tense above it says
    return False


def _lately(sent: Span, before: int = 2) -> str:
    """The text of ``sent`` and of the ``before`` sentences ahead of it."""
    texts = [sent.text]
    while before and sent.start > 0:
        sent = sent.doc[sent.start - 1].sent
        texts.append(sent.text)
        before -= 1
    return " ".join(texts)


def month_year(month: int, today: dt.date, tense: str) -> int | None:
    """The year of a month the article names without one: up to its date's month for a past verb, from it on for a
    future one, the nearest within ``nearest_days`` for a present one ("her term ends in January"); None when the
    year is in doubt, as beside a verb of no tense ("threatening to kill … in March": the threat's month may be
    either side of the article's)."""
    if tense == "past":
        return today.year if month <= today.month else today.year - 1
    if tense == "future":
        return today.year if month >= today.month else today.year + 1
    if tense != "present":
        return None
    middles = [dt.date(year, month, 15) for year in (today.year - 1, today.year, today.year + 1)]
    nearest = min(middles, key=lambda d: abs((d - today).days))
    return nearest.year if abs((nearest - today).days) <= _data()["nearest_days"] else None


def day_year(month: int, day: int, today: dt.date, tense: str) -> int | None:
    """The year of a month and day the article gives without one: on or before its date for a past verb, on or
    after for a future one, else the nearest within ``nearest_days``. None when the year is in doubt, and when the
    tense points away from a day just the other side of the article date ("will be loaded on August 21 officials
    said" a week before it: the verb read may be the wrong one)."""
    days = []
    for year in (today.year - 1, today.year, today.year + 1):
        try:
            days.append(dt.date(year, month, day))
        except ValueError:
            continue
    if not days:
        return None
    before = max((d for d in days if d <= today), default=None)
    after = min((d for d in days if d >= today), default=None)
    close = _data()["contradicting_days"]
    if tense == "past":
        if before is None or (after is not None and after != today and (after - today).days <= close):
            return None
        return before.year
    if tense == "future":
        if after is None or (before is not None and before != today and (today - before).days <= close):
            return None
        return after.year
    nearest = min(days, key=lambda d: abs((d - today).days))
    return nearest.year if abs((nearest - today).days) <= _data()["nearest_days"] else None


def _month_number(word: str) -> int:
    key = word.rstrip(".").lower()[:3]
    return next(i for i, name in enumerate(MONTHS, 1) if name.lower().startswith(key))


def _first_word(sent: Span) -> int:
    return next((t.i for t in sent if not t.is_punct and not t.is_space), sent.start)


def _verb(span: Span) -> Token | None:
    tok = next((t for t in span if not span.start <= t.head.i < span.end or t.head.i == t.i), span[-1])
    for _ in range(6):
        if tok.pos_ in ("VERB", "AUX"):
            return tok
        if tok.head.i == tok.i:
            return None
        tok = tok.head
    return None


def _past(verb: Token) -> bool:
    """A past verb: "was held", "held", "has held"; not a participle after "to be" or a modal ("to be held June 6",
    "will be held", "could be held"): those look ahead."""
    auxiliaries = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if verb.tag_ == "VBN" and any(c.tag_ in ("MD", "TO") or (c.tag_ == "VB" and c.lemma_ == "be") for c in auxiliaries):
        return any(c.tag_ in _PAST for c in auxiliaries)  # "could have been held": past after all
    return verb.tag_ in _PAST or any(c.tag_ in _PAST for c in auxiliaries)


def _future(verb: Token) -> bool:
    return any(c.dep_ == "aux" and c.lower_ in ("will", "shall", "'ll", "’ll") for c in verb.children) \
        or (verb.tag_ == "VB" and verb.dep_ == "xcomp"
            and verb.head.lemma_.lower() in ("expect", "schedule", "set", "plan", "go", "due", "hope", "aim"))
