"""Minor details blind raters called trivia, kept among all the cards: a person's age written as a modifier ("she and
her _____ boyfriend" → "24-year-old": "the boyfriend's age is trivia"); the year that names an edition or a model
("the _____ American Music Awards", "The _____ RAV4 Prime": "it blanks the model year instead of the meaningful
figure"); a day's small move of a price or an index ("Copper rose _____" → "0.86%"); the year that opens a span
("From _____ to 2015 there were 3248 cases") or follows the year before it ("in both 2018 and _____"); a year
that says which of someone's things is meant ("their _____ album") or which thing of its kind ("the _____
article"); a figure beside its own conversion ("1 million euros (_____)"); a month asked with no year anywhere on the
card ("Hal Finney died in _____" → August); a fuzzy count ("_____ teachers surrounded the Statehouse" → "Several
thousand"); a small count ("Bean-Laing had _____ points" → 5); the figure the news is compared with ("compared to
October's _____")."""

from __future__ import annotations

import re
from functools import cache

from quizgen.facts.lexicon import phrases
from quizgen.facts.model import MEASURE_KINDS, FactKind
from quizgen.nlp.parse import SentenceParse, Tok
from quizgen.questions.answer_types import NUMBER_WORDS, SCALE_VALUES, date_form, significant_digits
from quizgen.questions.dates import MONTH_NAME
from quizgen.questions.features import WEEKDAY_ANSWER
from quizgen.questions.model import Question
from quizgen.questions.split_shares import SHARE
from quizgen.text import YEAR_IN, YEAR_WORD

_AGE = re.compile(r"^(?:an?\s+)?\d{1,3}-year-old$", re.IGNORECASE)
_BARE_AGE = re.compile(r"^\d{1,3}$")
_AFTER_A_NAME = re.compile(r"\b[A-Z][\w’'.-]*[a-z][\w’'.-]*,\s*$")  # "Montoya-Lewis, ", not "In 2019, "
_YEAR = re.compile(rf"^{YEAR_WORD}$")
# a price's day's move: "the Dow fell 102.2 points, or _____", "Spot gold added _____ to $1,472.19 an ounce"
_SMALL_SHARE = re.compile(r"^(?:about |nearly |almost |just |as much as )?(?:\d?\.\d+|\d)\s*(?:%|percent|per cent)$",
                          re.IGNORECASE)
# a day's level of a price or a yield: "Treasury 10-year note yields were little changed at _____", "shares closed
# in New York on Tuesday at _____"
_DAYS_LEVEL = re.compile(r"\b(?:little changed|unchanged|closed|settled|finished|(?:were|was|are|is) (?:down|up))\b"
                         r"(?:[^.;:“”\"]|(?<=\d)\.(?=\d)){0,60}\bat\s*$", re.IGNORECASE)  # "0.03%" ends no sentence
_PRICE_OR_SHARE = re.compile(r"^[$£€]?\s?\d[\d,.]*\s*(?:%|percent|per cent)?$", re.IGNORECASE)
_MOVE_VERBS = (r"rose|fell|added|lost|gained|slipped|dropped|climbed|declined|eased|edged (?:up|down)|jumped|slid|"
               r"advanced|retreated")
_MOVED = re.compile(rf"\b(?:{_MOVE_VERBS})\s+(?:[\d.,]+ points?,? or\s+)?$", re.IGNORECASE)
# the same moves told by a participle or with "by" ("the Dow had risen 20.54 points, or _____", "Shares … dropped by
# _____ to 50.50 euros"), a market's only: "Asking prices have fallen _____ from their July peaks" is a month's news
_MOVED_TOO = re.compile(r"\b(?:(?:rose|fell|gained|slipped|dropped|climbed|declined|eased|jumped|slid)\s+by|risen|fallen|"
                        r"rising|falling|gaining|slipping|dropping|climbing|declining|easing|jumping|sliding)\s+"
                        r"(?:[\d.,]+ points?,? or\s+)?$", re.IGNORECASE)
# a price's level, then its move: "Alibaba shares closed … at $185.25, up _____"
_LEVEL_THEN_MOVE = re.compile(r"\d,?\s+(?:up|down)\s*$", re.IGNORECASE)
# "shares were down a single penny, or _____": a market's move told as where its price stands
_STANDS_MOVED = re.compile(r"\b(?:were|was|are|is|closed|ended|finished)\s+(?:down|up)\b"
                           r"(?:[^.;:“”\"]|\.(?=\d)){0,30}?(?:,?\s*or)?\s*$", re.IGNORECASE)  # "1.24 points, or"
_NAMING = frozenset({"compound", "nummod", "amod", "nmod"})
# a market price's level the day's move reached: "Germany's 10-year bond yield fell five basis points to _____",
# "Oil fell 1 percent to _____ a barrel" (the moved thing must be a market's: a company's revenue that "rose 10% to
# $4.9 billion" is its year's figure, no day's tick)
_MOVED_TO = re.compile(rf"\b(?:{_MOVE_VERBS}|rallied|tumbled|surged|plunged|sank)\b[^.;:“”\"]{{0,40}}\bto\s*$",
                       re.IGNORECASE)
_TO_LEVEL = re.compile(r"^\s*to\s+[$£€]?\d")  # after a move's blank, the level it reached: "… _____ to $51.15"
# an index by its name too: "the Dow closed down 1.2 points, or _____" (set-AU raters in a round's A/B on such a card,
# all "bad": "a throwaway figure")
_MARKET = re.compile(r"\b(?:yields?|oil|crude|brent|gold|silver|copper|dollar|euro|yen|sterling|index|indexes|indices|"
                     r"shares|stocks?|bonds?|treasur(?:y|ies)|futures|volatility|bitcoin|dow|ftse|nasdaq|nikkei|dax|"
                     r"cac|hang seng|s&p|sensex|kospi)\b", re.IGNORECASE)


def age_modifier(question: Question) -> bool:
    """Whether the card hides an age written as a modifier ("24-year-old") or set off after a name ("appointed
    Raquel Montoya-Lewis, _____, to serve" → 51: "the appointee's age is trivia")."""
    if _AGE.match(question.answer.strip()):
        return True
    if question.blank is None or not _BARE_AGE.match(question.answer.strip()):
        return False
    before, _, after = question.parts()
    return bool(_AFTER_A_NAME.search(before)) and after.startswith(",")


def edition_year(question: Question) -> bool:
    """Whether the card hides a bare year that is part of a name in a sentence not told as past: it modifies a proper
    noun after it (a car's model year, this year's award show), which says which one, not when anything happened
    ("the 2016 election" is an event: its head is a common noun)."""
    fact = question.fact
    if fact.parse is None or not _YEAR.match(question.answer.strip()):
        return False
    tokens = fact.parse.tokens_in(fact.start, fact.end)
    if len(tokens) != 1:
        return False
    year = tokens[0]
    head = fact.parse.tokens[year.head]
    # told as past, the named edition is history ("won gold in the 1984 Los Angeles Olympics": rated good 6 of 6)
    return year.dep in _NAMING and head.i > year.i and head.pos == "PROPN" and not _told_as_past(fact.parse, year)


def _told_as_past(parse: SentenceParse, tok: Tok) -> bool:
    """The verb ``tok`` hangs from, in its own clause, is in the past tense ("won", "was held", "had opened"):
    "Sieben – who won gold in the 1984 Los Angeles Olympics – says …" is history."""
    seen = set()
    while tok.pos not in ("VERB", "AUX") and tok.head != tok.i and tok.i not in seen:
        seen.add(tok.i)
        tok = parse.tokens[tok.head]
    return tok.tag == "VBD" or any(c.dep in ("aux", "auxpass") and c.tag == "VBD" for c in parse.children(tok))


def market_move(question: Question) -> bool:
    """Whether a fill-in card hides a day's small move of a price or an index ("Copper rose _____ to $5,880.00 a
    tonne" → 0.86%, "Oil fell _____ to $50.42 a barrel" → 1 percent) or its level at the day's close ("yields were
    little changed at _____"): a fresh page's rater called each of 5 such cards trivia ("a daily market move"), and
    stop 53's raters the same of a 1 percent move and a day's yield ("one day's yield level"), and of the level a
    market's move reached ("Germany's 10-year bond yield fell five basis points to _____": 0 of 3 good). A move
    told as where the price stands counts too ("shares were down a single penny, or _____, at £32.26": set-T raters,
    "trivia", both its cards bad), a market's only ("hourly earnings were up _____ over the 12 months" is none); so
    does a move in money before the level it reached ("US crude oil closed up _____ to $51.15" → $2.80: a set-AP
    card, "the day's rise is a minor detail", bad and fixable)."""
    if question.blank is None:
        return False
    answer, before = question.answer.strip(), question.prompt[:question.blank[0]]
    if _PRICE_OR_SHARE.match(answer) and _TO_LEVEL.match(question.prompt[question.blank[1]:]) \
            and _MARKET.search(before) and (_MOVED.search(before) or _STANDS_MOVED.search(before)
                                            or _MOVED_TOO.search(before)):
        return True  # the move, not the level it reached (set AP: "the day's rise is a minor detail")
    if _PRICE_OR_SHARE.match(answer) and _DAYS_LEVEL.search(before):
        return True  # the day's closing level (blind raters: "one day's yield level", "trivia")
    if _PRICE_OR_SHARE.match(answer) and _MOVED_TO.search(before) and _MARKET.search(before):
        return True  # the level a market's move reached (stop-53 raters: 0 of 3 such cards good)
    return bool(_SMALL_SHARE.match(answer)) and (bool(_MOVED.search(before)) or bool(
        (_STANDS_MOVED.search(before) or _LEVEL_THEN_MOVE.search(before) or _MOVED_TOO.search(before))
        and _MARKET.search(before)))


_DAY = rf"(?:[0-3]?\d(?:st|nd|rd|th)?\s+(?:{MONTH_NAME})|(?:{MONTH_NAME})\s+[0-3]?\d(?:st|nd|rd|th)?)\b"
# a time of day may stand before each end: "between midnight on _____ and … on 1 January" (a set-AT card, bad
# twice: "can only be 31 December")
_HOUR_ON = r"(?:midnight|noon|dawn|dusk|\d{1,2}(?:[:.]\d\d)?\s*[ap]\.?m\.?)\s+on"
_SPAN_OPENS = re.compile(rf"\b(?:from|between)(?:\s+{_HOUR_ON})?\s*$", re.IGNORECASE)
_SPAN_CLOSES = re.compile(rf"\s*(?:to|and|through|until|-|–)\s*(?:{_HOUR_ON}\s+)?(?:{YEAR_WORD}\b|{_DAY})")


def span_year(question: Question) -> bool:
    """Whether the card hides a year or a day that only bounds a span of others ("From _____ to 2015 there were 3248
    cases", "from _____ to 2020", "between midnight on _____ and … 1 January"): the window of a statistic, not an
    event. Blind raters kept none of 3 such cards. A year beside the year before or after it is
    ``dates.neighbour_year_shown``'s."""
    if question.blank is None:
        return False
    before, _, after = question.parts()
    answer = question.answer.strip()
    return (bool(_YEAR.match(answer)) or date_form(answer) == "day_month") and bool(_SPAN_OPENS.search(before)) \
        and bool(_SPAN_CLOSES.match(after))


# "its", "their", "WeWork's" right before the blank, a lower-case word right after it
_OWNED_BY = re.compile(r"(?:\b(?:its|his|her|their|our|my|your)|\w[’']s)\s*$", re.IGNORECASE)
_THING_AFTER = re.compile(r"\s+[a-z]")


def owned_year(question: Question) -> bool:
    """Whether the card hides a year between an owner and a common noun ("its _____ restoration of the Tuileries
    Garden", "their _____ album", "WeWork's _____ bond"): the year says which of the owner's things, not when the
    story happened. Blind raters kept none of 6 such cards ("trivial side detail"); "a _____ agreement aimed at …",
    whose year is the agreement's name, is not owned."""
    if question.blank is None or not _YEAR.match(question.answer.strip()):
        return False
    before, _, after = question.parts()
    return bool(_OWNED_BY.search(before)) and bool(_THING_AFTER.match(after))


# a pact, a deal: a thing the news names by its year ("a 2018 agreement aimed at reducing border tensions")
_NAMED_BY_YEAR = frozenset("agreement agreements accord accords treaty treaties pact pacts deal deals convention "
                           "ceasefire truce protocol compact".split())
_MODIFYING = frozenset({"nummod", "compound", "amod", "npadvmod", "nmod"})


def dated_thing(question: Question) -> bool:
    """Whether the card hides a year that only says which of its kind a common noun after it is ("the controversial
    _____ article", "A _____ paper in the Journal of …", "the _____ book", "_____ data"): the date of a side
    document, not of the story's event. Blind raters kept 15% of 27 such cards across every round to stop 37,
    against 46% of years asked after "in"; a pact named by its year ("a _____ agreement aimed at …") stays."""
    fact = question.fact
    if fact.parse is None or not _YEAR.match(question.answer.strip()):
        return False
    answer = fact.parse.tokens_in(fact.start, fact.end)
    if len(answer) != 1 or answer[0].dep not in _MODIFYING:
        return False
    noun = fact.parse.tokens[answer[0].head]
    return noun.i > answer[0].i and noun.pos == "NOUN" and noun.lower not in _NAMED_BY_YEAR


_YEARS_OWN = re.compile(r"^(?:[’']s|:)\s+[“\"‘]?[A-Z0-9]")  # "1972’s Toulouse Street", "2001: A Space Odyssey"


def year_of_a_work(question: Question) -> bool:
    """Whether the card hides the year a named work came out, written as its owner ("full-LP performances of _____’s
    Toulouse Street", "The most recent Star Trek film was _____’s Star Trek Beyond"), or a year that begins a work's
    title ("_____: A Space Odyssey"): trivia to blind raters ("the release year of an album mentioned in passing",
    "part of a film title, not a year")."""
    fact = question.fact
    return bool(_YEAR.match(question.answer.strip())) and bool(_YEARS_OWN.match(fact.sentence[fact.end:]))


# a figure with its scale and unit: "1 million euros", "55 mph", "$26 million", "31 miles"
_FIGURE = (r"(?:[A-Z]{1,3}\$|[$£€¥])?\s?\d[\d.,]*"  # a currency as "US$" too
           r"(?:\s?(?:million|billion|thousand|trillion|bn|m|k)\b)?(?:\s?[A-Za-z]+\.?)?")
_ABOUT = r"(?:(?:about|around|roughly|approximately|some|nearly|almost|or)\s+)?"
# a bracket may hold two conversions: "3m euros (£2.1m; $4.1m)", "260bn roubles ($9.4bn: £4.8bn)"
# … or joined by "or": "6.5bn reais ($2.3bn or _____)" (a set-AP card, rated bad by both its raters: "the sterling
# conversion of a figure the prompt already gives")
_CONVERSION_BEFORE = re.compile(rf"{_FIGURE}\s*\(\s*(?:{_ABOUT}{_FIGURE}(?:\s*[;,:]|\s+or)\s*)?{_ABOUT}[$£€¥]?\s*$",
                                re.IGNORECASE)
_CONVERSION_AFTER = re.compile(rf"^\s*(?:[;,:]\s*{_ABOUT}{_FIGURE}\s*\)"
                               rf"|\(\s*{_ABOUT}(?![^)]*(?:%|per ?cent))({_FIGURE})"
                               rf"(?:\s*[;,:]\s*{_ABOUT}{_FIGURE})?\s*\))", re.IGNORECASE)


def converted_figure(question: Question) -> bool:
    """Whether a fill-in card hides a figure the card shows beside it in other units, in brackets ("donating 1
    million euros (_____)" → "$1.1 million"; "drifting up to _____ (31 miles)" → "50 km"): arithmetic on the prompt,
    or a conversion asked instead of the fact. Blind raters kept none of 8 such cards. A bracket that is not a figure
    ("the Falklands War (_____)" → 1982) or a share ("_____ (2.5%)") is no conversion."""
    if question.blank is None or not any(c.isdigit() for c in question.answer):
        return False
    before, _, after = question.parts()
    return bool(_CONVERSION_BEFORE.search(before)) or bool(_CONVERSION_AFTER.match(after))


_DIGITS = re.compile(r"\d(?:[\d,.]*\d)?")


def figure_shown(question: Question) -> bool:
    """Whether a figure of the answer (not a date) stands elsewhere on the card: in other units away from the blank
    ("£99 (149 euros) compares favourably with the US price of _____" → "$149") or worked out beside it ("a lifetime
    of up to 10 years, which means that _____ of all ATMs get swapped every year" → "only about 10%"). Set-W raters
    called both giveaways; stored tune ratings of such cards: 0 good of 9."""
    answer = question.answer
    if question.fact.kind not in MEASURE_KINDS or not any(c.isdigit() for c in answer) or date_form(answer):
        return False  # a name's figure ("the first digital camera (Casio QV-10)" in a top 10) is no measure
    figures = {f.replace(",", "") for f in _DIGITS.findall(answer)}
    return any(f.replace(",", "") in figures for f in _DIGITS.findall(question.visible_prompt()))


_COUNTED_ON = re.compile(rf"^(?:(?:the\s+)?(?:another|other)|(?:\S+\s+)?(?:{'|'.join(NUMBER_WORDS)}|\d[\d,.]*)"
                         r"\s+(?:more|other)(?!\s+than))\b", re.IGNORECASE)  # not "more than 1.5 million", "an extra £4m"


def counted_on(question: Question) -> bool:
    """Whether the answer counts on from a figure the card does not show ("Paterson slotted _____" → "four more
    second-half penalties", "another 27 percent", "the other 5%"): more than what? Stored tune ratings of such
    answers: 0 good of 16; a set-W rater: "'more' dangles"."""
    return (question.fact.kind in MEASURE_KINDS or question.fact.kind is FactKind.CLAIM) \
        and _COUNTED_ON.match(question.answer.strip()) is not None


# "fell by _____ from £190,329 in November to £189,733": the change between two figures the card shows; or one of the
# two figures beside the other and the change
_NOT_A_YEAR = r"(?!(?:1[89]|20)\d\d\b)"  # "from 2019 to 300 homes": a time, not a figure


@cache
def _qualifier() -> str:
    """The words that may stand before a figure ("more than", "about": the lexicon's count qualifiers), optional."""
    return r"(?:(?:" + "|".join(re.escape(" ".join(q)) for q in phrases("count_qualifiers")) + r")\s+)?"


def _slot_before(before: str) -> re.Match[str] | None:
    return re.search(rf"\b(by|from|to)\s+{_qualifier()}$", before, re.IGNORECASE)


def _shown_slot(word: str, text: str) -> bool:
    return bool(re.search(rf"\b{word}\s+{_qualifier()}{_NOT_A_YEAR}{_FIGURE}", text, re.IGNORECASE))


def worked_out_change(question: Question) -> bool:
    """Whether a fill-in card hides one of a change's three figures while it shows the other two ("The average asking
    price fell by _____ from £190,329 in November to £189,733 in December" → "more than £600"): a sum, not a fact
    to recall (a blind rater: "the drop can be worked out")."""
    if question.blank is None or not any(c.isdigit() for c in question.answer) or _YEAR.match(question.answer.strip()):
        return False
    before, _, after = question.parts()
    slot = _slot_before(before)
    if slot is None:
        return False
    clause = re.split(r"[.;:]", before)[-1] + " _ " + re.split(r"[.;:]", after)[0]
    others = {"by", "from", "to"} - {slot.group(1).lower()}
    return all(_shown_slot(word, clause) for word in others)


# the figure a sentence measures its news against, in the clause of the blank: "lending rose by £4m in November,
# compared to October's _____", "13 percent of spending, up from _____ in 2017"
_COMPARED_WITH = re.compile(r"\b(?:compared (?:to|with)|versus|vs\.?|up from|down from)\b[^.;:“”\"]*$", re.IGNORECASE)


def comparison_figure(question: Question) -> bool:
    """Whether a fill-in card hides the figure its sentence compares the news with, not the news ("The BBA said
    lending rose by £4m in November, compared to October's _____"): tune raters, "trivia: only the comparison figure";
    stored blind labels of such amount and count blanks, 3 good of 17."""
    if question.blank is None or question.fact.kind not in (FactKind.AMOUNT, FactKind.COUNT):
        return False
    before, _, _ = question.parts()
    return _COMPARED_WITH.search(before) is not None


# the second figure of a pair right after the blank: "between _____ and 30,000 people"
_PAIRED_AFTER = re.compile(r"\s+and\s+[$£€]?\d")
_FIGURE_OPENS = re.compile(r"^(?:between\s+|from\s+)?[$£€]?\d")


def paired_figure(question: Question) -> bool:
    """Whether a fill-in card hides the first of two figures its sentence joins with "and" ("estimated at between
    _____ and 30,000 people", "prices rose by _____ and 1.2% in the two regions"): the figure shown tells the kind
    and the neighbourhood of the answer, and a wrong option may stand past it (a set-AC rater: "'between 35,000'
    exceeds the upper bound"). A year is ``dates.neighbour_year_shown``'s. Stored blind labels of the blanks held,
    years with them: 0 good of 17. The second figure, after the first, stays a card."""
    answer = question.answer.strip()
    if question.blank is None or _YEAR.match(answer) or not _FIGURE_OPENS.match(answer):
        return False
    _, _, after = question.parts()
    return _PAIRED_AFTER.match(after) is not None


# a range in one blank: "between $15 million and $45 million", "from 30 to 45 minutes", "between 700,000 and one
# million"
_RANGE = re.compile(rf"^(?:between|from)\s+\S*\d.*\s(?:and|to)\s+\S*(?:\d|{'|'.join(NUMBER_WORDS)})", re.IGNORECASE)


def range_blank(question: Question) -> bool:
    """Whether a fill-in card hides a range opened by "between" or "from" ("Jerome Vell lists assets of _____" →
    "between $15 million and $45 million"): the learner must recall both ends, and one end alone would be marked
    wrong (stored blind ratings of such cards: 4 good of 37)."""
    return question.blank is not None and bool(_RANGE.match(question.answer.strip()))


WHOLE_SLACK = 1  # shares rounded to whole points may add up to 99 or 101


_UNITS = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
_TEENS = ("ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen")
_TENS = ("twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")
# a share written in words, as a sentence opens on one ("Sixty percent of resources …, 30% …")
_WORD_SHARE = re.compile(rf"\b(?:({'|'.join(_TENS)})(?:[- ]({'|'.join(_UNITS)}))?|({'|'.join(_TEENS + _UNITS)}))\s+"
                         r"(?:percent|per\s+cent)\b", re.IGNORECASE)


def _shares(text: str) -> list[float]:
    """The shares ``text`` shows, in figures ("30%", "7 per cent") or in words ("Sixty percent")."""
    found = [float(s) for s in SHARE.findall(text)]
    for tens, unit, alone in _WORD_SHARE.findall(text):
        if alone:
            word = alone.lower()
            found.append(float(_UNITS.index(word) + 1 if word in _UNITS else _TEENS.index(word) + 10))
        else:
            found.append(float(20 + 10 * _TENS.index(tens.lower()) + (_UNITS.index(unit.lower()) + 1 if unit else 0)))
    return found


def remaining_share(question: Question) -> bool:
    """Whether a fill-in card hides a share the card's other shares of one whole leave ("44% of searchers use one
    search engine, _____ use two or three and 7% more than three" → 48%): a subtraction, not a fact to recall (a tune
    rater: "100 - 44 - 7 = 49, so about 48%")."""
    if question.blank is None:
        return False
    share = SHARE.search(question.answer)
    if share is None:
        return False
    before, _, after = question.parts()
    shown = _shares(f"{before} {after}")
    return bool(shown) and abs(float(share.group(1)) + sum(shown) - 100) <= WHOLE_SLACK


# what one figure leaves of another, said as such right before the blank or opening the answer: "30 percent …, with
# the remaining _____", "$3.3 trillion" collected and "$4 trillion" spent, "leaving a deficit of _____"
_LEFT_OVER = re.compile(r"\b(?:remaining|rest|leaving|leaves|deficit|shortfall|surplus|gap|difference)\b",
                        re.IGNORECASE)
LEFT_OVER_WORDS = 4  # how far before the blank the word may stand ("leaving a deficit of _____")
_MONEY = re.compile(r"([$£€¥])\s?(\d[\d,]*(?:\.\d+)?)(?:\s*(thousand|million|billion|trillion|bn|m)\b)?",
                    re.IGNORECASE)
SUM_SLACK = 0.01  # figures rounded as written: within 1% of the difference


def worked_out_rest(question: Question) -> bool:
    """Whether a fill-in card hides what one figure it shows leaves of another, and says so (a rate on "30 percent"
    of an income "with the remaining _____" → 70 percent; "$3.3 trillion" collected, "$4 trillion" spent, "leaving a
    deficit of _____" → $700 billion): a subtraction, not a fact to recall (set-AN raters: "can only be 70 percent by
    arithmetic", "simple subtraction"; both rated bad)."""
    if question.blank is None or not any(c.isdigit() for c in question.answer):
        return False
    before, _, after = question.parts()
    near = " ".join(before.split()[-LEFT_OVER_WORDS:])
    if not _LEFT_OVER.search(f"{near} {question.answer}"):  # the answer may say it: "the remaining 70 percent"
        return False
    shown = f"{before} {after}"
    share = SHARE.search(question.answer)
    if share is not None:
        return any(abs(float(share.group(1)) + float(s) - 100) <= WHOLE_SLACK for s in SHARE.findall(shown))
    money = _MONEY.search(question.answer)
    if money is None:
        return False
    value = _money_value(money)
    figures = [(m.group(1), _money_value(m)) for m in _MONEY.finditer(shown)]
    return any(a[0] == b[0] == money.group(1) and abs(abs(a[1] - b[1]) - value) <= SUM_SLACK * value
               for i, a in enumerate(figures) for b in figures[i + 1:])


def _money_value(found: re.Match[str]) -> float:
    """A sum of money as a number ("$3.3 trillion" → 3.3e12)."""
    return float(found.group(2).replace(",", "")) * SCALE_VALUES[(found.group(3) or "").lower()]


_BARE_MONTH = re.compile(rf"^(?:early |late |mid-?)?(?:{MONTH_NAME})$")


def weekday_answer(question: Question) -> bool:
    """Whether the card asks for a day of the week alone ("… their game against Ireland on _____" → Sunday): which
    Sunday? Of the stored blind ratings (stops 28–67, refreshed with stop 68's code), 1 of 31 such cards was good
    (stop-68 tune rater: "a relative time that means nothing without the article's date")."""
    return bool(WEEKDAY_ANSWER.match(question.answer.strip()))


def yearless_month(question: Question) -> bool:
    """Whether the card asks for a month, with no day or year, on a card that shows no year ("Hal Finney died in
    _____" → August, "The _____ leave was Steve Jobs' third medical leave" → January): which August? Blind raters
    kept none of 25 such cards ("no year", "the month of a minor event"), against 2 of 8 whose prompt shows a year
    ("pleaded guilty on Monday, 18 November 2019 to threatening … in _____" → March)."""
    if not _BARE_MONTH.match(question.answer.strip()):
        return False
    return not YEAR_IN.search(question.visible_prompt())


# a count no figure fixes: "Several thousand", "a few feet", "About a dozen", "a ton" (of snaps) ("tens of thousands"
# says its size)
_VAGUE_COUNT = re.compile(r"^(?:(?:just |only )?(?:several|a few|few|many|numerous|countless|a handful of|"
                          r"a ton)\b|"
                          r"(?:about|around|roughly|approximately|some|nearly|almost) (?:a|two|three) dozens?\b)",
                          re.IGNORECASE)


# a sum of money told only by its magnitude: "hundreds of millions of dollars", "thousands of dollars"
_VAGUE_MONEY = re.compile(r"^(?:(?:just|only|nearly|almost|about|some|many) )?(?:(?:tens|hundreds|thousands|millions|"
                          r"billions|trillions) of )+(?:u\.s\. )?(?:dollars|pounds|euros|yuan|yen|rupees|francs)\b",
                          re.IGNORECASE)
# a sum's size as a modifier: "steered _____ contracts" → "multi-billion dollar", "a new _____ home" → "billion-dollar"
# (stored blind ratings of such fill-in cards: 1 good of 15, "a generic adjective, and 'lucrative' fits as well")
_SIZE_MODIFIER = re.compile(r"^(?:multi-?\s?(?:million|billion|trillion)(?:[- ](?:dollars?|pounds?|euros?))?"
                            r"|(?:million|billion|trillion)[- ](?:dollars?|pounds?|euros?))$", re.IGNORECASE)


def vague_count(question: Question) -> bool:
    """Whether the card hides a count with no figure in it that other fuzzy counts fit as well: "_____ teachers
    surrounded the Statehouse" → "Several thousand" ("Thousands" or "Hundreds of" fit the blank just as well), "_____
    black female small-business owners were gathered" → "About a dozen" (both rated bad by blind raters), or a sum
    told only by its magnitude: "Deutsche Bank has lent the Trump Organization _____" → "hundreds of millions of
    dollars" (set AF: "ambiguous, the answer is vague", bad; stored ratings of such fill-in cards 1 good of 10), or
    its size as a modifier (``_SIZE_MODIFIER``: "billion-dollar")."""
    answer = question.answer.strip()
    return question.fact.kind in MEASURE_KINDS and bool(_VAGUE_COUNT.match(answer) or _VAGUE_MONEY.match(answer)
                                                        or _SIZE_MODIFIER.match(answer))


# a count of a dozen things or fewer, in words or figures: a detail of the telling
_SMALL_COUNT = re.compile(rf"^(?:only |just )?(?:{'|'.join(NUMBER_WORDS)}|0?\d|1[0-2])$", re.IGNORECASE)


# a sum or count as written, with what it counts or its scale: "£325,417", "208,560 people", "$1.2345 billion"
_FIGURE_ANSWER = re.compile(r"^(?:(?:about|some|nearly|almost|more than|over|around|roughly|up to)\s+)?[$£€¥]?\s?"
                            r"(\d[\d,]*(?:\.\d+)?)(?:\s+([a-z]+))?$", re.IGNORECASE)
EXACT_DIGITS = 4  # "£325,417", "208,560": a figure to the unit; "$2,500" and "£4.5m" are round enough to learn
_SCALE_WORDS = frozenset(word for word in SCALE_VALUES if word) | {"k"}


def exact_figure(question: Question) -> bool:
    """Whether the card hides a sum or count written to four significant digits or more ("Bearwood gave _____" →
    "£161,840"; set-AQ raters: "trivial. It asks an exact minor sum"); a scaled figure from five ("$102.6bn" is a
    headline's). Stored blind ratings of such answers: 19 good of 73, against about half of rounder figures."""
    if question.fact.kind not in (FactKind.COUNT, FactKind.AMOUNT):
        return False
    found = _FIGURE_ANSWER.match(question.answer.strip())
    if found is None:
        return False
    number, unit = found.group(1), (found.group(2) or "").lower()
    if unit in ("percent", "per", "points", "point") or _YEAR.match(number):
        return False  # a share; a year the model read as a count
    return significant_digits(number) >= EXACT_DIGITS + (unit in _SCALE_WORDS)


_PAGES_AFTER = re.compile(r"^-?\s*pages?\b", re.IGNORECASE)


def page_count(question: Question) -> bool:
    """Whether a fill-in card hides how many pages a document runs to ("released details of a _____-page tax bill",
    "the _____-page report"): its size, not what it says. Stored blind ratings of such cards: 0 good of 7 ("trivia",
    as ``small_count`` quotes a rater on "the number of pages in the legislation")."""
    if question.blank is None or not any(c.isdigit() for c in question.answer):
        return False
    _, _, after = question.parts()
    return bool(_PAGES_AFTER.match(after))


def small_count(question: Question) -> bool:
    """Whether the card hides a count of a dozen things or fewer: "Bean-Laing _____ points" → 5, "CNBC spoke with
    _____ top cybersecurity executives" → four, "the _____ Arab states to have signed peace treaties" → "only two".
    Blind raters kept 1 of 8 ratings of such fill-in cards (tune pages, stops 50-57: "trivia (the number of pages in
    the legislation)", "it blanks a trivial number ("two" key figures) instead of the key fact"); with
    ``weak_forms.to_the_reader``, rated blind on the 10 tune pages the two change (stop 58), the cards they removed
    were 3 good of 20 ratings, those they let in 6 of 16. Asked as "How many …?" alike: raters kept neither of 2
    such tune cards (0 of 4 ratings: "trivial. A backup linebacker's snap count (6) is not worth learning")."""
    return question.fact.kind is FactKind.COUNT and bool(_SMALL_COUNT.match(question.answer.strip()))
