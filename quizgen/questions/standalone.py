"""Prompts that stand alone: a card is read without the article, so its words must not point back into it.

A leading connective ("But", "By comparison,", "Since then,") is dropped from the prompt; a sentence whose
narration (the words outside quotation marks: a quote keeps its own words) still needs an earlier sentence gives
no card: a relative time ("yesterday", "this week"), an opening pronoun, an organisation's own "we" / "our", a
demonstrative ("that bill", "these changes"), a subject that is a bare definite description ("The company said")
unless a name of its kind comes before it in the sentence, or a quotation cut by the sentence boundary (an opening
mark without its closing one). The facts stage has already named what it could (``facts/antecedents.py``,
``facts/relative_times.py``, ``facts/names.py``): what is left here is what the article does not make unambiguous.
"""

from __future__ import annotations

import json
import re
from functools import cache, lru_cache
from pathlib import Path
from typing import NamedTuple

from quizgen.facts.antecedents import MISREAD_ORGS, class_labels
from quizgen.facts.counts import MONTHS, WEEKDAY_NAME
from quizgen.facts.lexicon import words
from quizgen.facts.model import Fact
from quizgen.facts.person_nouns import person_noun
from quizgen.nlp.parse import Tok
from quizgen.questions.continued_quotes import closed, continued_quote
from quizgen.questions.model import FILL_IN_FAMILIES, MAIN_EVENT_KEY, Question
from quizgen.questions.open_times import open_time_left
from quizgen.questions.pointing_back import still_points_back
from quizgen.questions.sentence_words import lower_words
from quizgen.questions.tidy import opening_connective
from quizgen.questions.demonstrative_phrases import DEMONSTRATIVES
from quizgen.questions.trim import aside_tokens, left_off_pointing
from quizgen.text import POINTING_BACK, opening_pronoun
from quizgen.memo import kept_beside

# "30 years ago" is far enough back that the article's day hardly moves it (raters kept "came to the U.S. from _____
# more than 30 years ago" 18 of 18 times); "five years ago" is which five years, "13 months ago" which month?
_RELATIVE_TIME = re.compile(
    r"\b(?:yesterday|today|tomorrow|tonight|(?:this|last|next) (?:week|weekend|month|year|morning|afternoon|evening|"
    r"spring|summer|autumn|fall|winter|decade)"
    # a month named after this / last / next, capitalised ("this may" is a verb)
    rf"|(?:this|last|next) (?-i:{'|'.join(m for m in MONTHS if m != 'May')})|(?:last|next) (?-i:May)"
    r"|(?:over|at|on|during|since) the weekend(?! of\b)|last night|earlier (?:today|this (?:week|month|year))"
    r"|later (?:today|this (?:week|month|year))"
    r"|(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|a few|several|\d) "
    # "a year and a half ago", "half a year ago", "a couple of weeks ago": counted back from the article's day too
    r"(?:days?|weeks?|months?|years?|decades?)(?: and a half)? ago|\d\d (?:days|weeks|months) ago"
    r"|half an? (?:day|week|month|year|decade) ago|a couple of (?:days|weeks|months|years|decades) ago"
    # "since the start of the year", "announced at the beginning of the week": which year, which week?
    r"|(?:beginning|start|end|middle|turn) of the (?:year|month|week)|(?:earlier|later) in the (?:year|month|week))\b"
    r"(?!\s*\(\[?(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]{2,8})\b)",  # "today (Oct. 28)" says its date
    # (with its year in brackets once the article's date gave it: "today ([Oct. 28, 2014])")
    re.IGNORECASE)
# "ELLESA THROWDEN: It's been …", "• ", "UPDATE: ": a transcript's speaker label, a bullet or a flag is the page's
# furniture, no part of what the card asks (a name in capitals, each word of two letters or more, at least one of
# three; "U.S.:" is no label)
_LABEL = re.compile(r"^(?:[•·▪*–-]\s+|(?:[A-Z][A-Z'’.-]+\s+){0,3}[A-Z][A-Z'’-]{2,}:\s+(?=\S))")
# a name and a colon opening a line, its words not a quotation: a list's entry ("Jonathan P. Blair: Possession of
# methamphetamine …", a police blotter after "on the following charges:") or a transcript's speaker
_NAME_LABEL = re.compile(r"^(?:[A-Z][a-z’'-]+|[A-Z]\.)(?: (?:[A-Z][a-z’'-]+|[A-Z]\.)){1,3}:\s+(?![“\"‘'])")
_LABEL_ONLY = re.compile(r"\s*(?:[A-Z][A-Z'’.-]+\s+){0,3}[A-Z][A-Z'’-]{2,}:\s*")
# "has since left", "two days later", "a week earlier": a time counted from an event an earlier sentence tells
_COUNTED_FROM = re.compile(
    r"\b(?:has|have|had)\s+since\s+(?![\dA-Z])"
    r"|(?i:\b(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|a few|\d{1,2})\s+"
    r"(?:hours?|days?|weeks?|months?|years?|decades?)\s+(?:later|earlier)\b)")
# "of oil that spilled into the Gulf …", "— about 17% of the total —": the rest of a sentence the splitter cut (a
# name such as "iPhone" or "eBay" may open a sentence in lower case)
_FRAGMENT = re.compile(r"^\s*(?:[—–,;-]|[a-z]+\b(?!['’]))")
_PARENTHETICAL = re.compile(r"^\s*\([^()]*\)\s*\.?\s*$")  # "(See the world's top 10 disasters.)": a pointer
# "As TechCrunch's Carly Page explained in May 2023:", "… the key messages, which include:": a sentence opening onto a
# list or a quotation the card does not show (blind raters, every card to stop 36: 0 good of 6)
_LEADS_ON = re.compile(r":\s*$")
_QUOTED = re.compile(r"“[^”]*”|\"[^\"]*\"")
# "we", "our", "ours", "us" as words ("US" is a country): each alternative opens with its letter and looks back for
# the word's start after it, so the engine jumps to those letters, not trying every position of every fact's narration
# "… wasn't the most enjoyable year for Elon Musk, either.": not for him either, as for one an earlier sentence named
_EITHER_LAST = re.compile(r"\beither\W*$", re.IGNORECASE)
_OWN_VOICE = re.compile(r"(?:W(?<=\bW)e|w(?<=\bw)e|O(?<=\bO)urs?|o(?<=\bo)urs?|u(?<=\bu)s)\b")
FIRST_PERSON = frozenset({"i", "me", "my", "myself", "mine"})
_DEFINITE = frozenset({"the", *DEMONSTRATIVES})
# a bare quantifier as the subject stands for some of a group an earlier sentence named
_SOME_OF_THEM = frozenset({"some", "many", "most", "others", "several", "both", "all"})  # "Few would argue …": anyone
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
_NOT_PEOPLE = frozenset({"GPE", "LOC", "NORP", "DATE", "TIME", "FAC", "EVENT", "LAW"})
_HUMAN = frozenset("he him his she her hers".split())  # a reflexive has its person in its own clause
_PERSONAL = frozenset("he him his she her hers they them their theirs its".split())
_NAMING = frozenset({"PROPN", "NOUN"})  # a noun before the pronoun may be what it stands for
_TIMES = frozenset({"DATE", "TIME"})  # "On Sunday, he …": a day names no one
_COUNTING = frozenset({"CARDINAL", "ORDINAL"})  # "the three territories", "the first plant": how many, not which
_LOCATING = frozenset({"in", "at", "near", "inside", "outside", "around"})  # "the men in the car"
_COMPARED = frozenset({"as", "than"})  # "the same price as Google": the sentence says the same as what
_NAME_LABELS = frozenset({"ORG", "PERSON", "GPE", "LOC"})  # not equipment: "the system", "the engine" are generic
_SPECIFYING = frozenset({"compound", "amod", "nummod", "poss", "nmod", "appos", "quantmod"})


def drop_connective(prompt: str, blank: tuple[int, int] | None = None) -> tuple[str, tuple[int, int] | None]:
    """``prompt`` without its leading connectives and furniture (a speaker label, a bullet: ``_LABEL``; first letter
    raised), and ``blank`` moved to match; unchanged
    when the blank is in the connective itself."""
    cut = 0
    while match := opening_connective(prompt[cut:]) or _LABEL.match(prompt[cut:]):
        cut += match.end()
    if not cut or cut >= len(prompt) or (blank is not None and blank[0] < cut):
        return prompt, blank
    rest = prompt[cut:]
    if rest[0].islower() and not (blank is not None and blank[0] == cut):
        rest = rest[0].upper() + rest[1:]
    return rest, None if blank is None else (blank[0] - cut, blank[1] - cut)


def label_end(text: str) -> int:
    """Where the leading speaker label or bullet of ``text`` ends ("BILL KIRBY: Swimming …" → 12); 0 without one."""
    match = _LABEL.match(text)
    return match.end() if match else 0


def narration(text: str) -> str:
    """``text`` with quoted words blanked out (same length, so offsets still hold)."""
    if "“" not in text and '"' not in text:
        return text  # most prompts and sentences: no pattern to run (read for every candidate and every fact)
    return _QUOTED.sub(lambda m: " " * len(m.group()), text)


@lru_cache(maxsize=4096)  # asked once per question form of a fact: the cloze and the wh-question
def opens_pointing_back(sentence: str) -> bool:
    """True when the sentence (its connective already dropped) opens with a pronoun an earlier one must explain."""
    opener = opening_pronoun(sentence)
    # a quotation keeps its speaker's "we", named later in the sentence, not a "they" an earlier line named
    return bool(opener) and (opener in POINTING_BACK or not sentence.lstrip().startswith(("“", '"')))


ANSWER_RELATIVE = "the answer is a time relative to the writing"  # "today": no name for it makes the card
# why no card asks the fact, even among all the cards: the line is the page's furniture, not a sentence of the
# story, or the card would be broken whatever a teacher named ("_____" for "today")
UNASKABLE = frozenset({"a speaker label", "a list's line", "a sentence fragment",
                       "a quotation cut by the sentence boundary", ANSWER_RELATIVE})
_MEMO = "_needs_context"  # the answer kept beside the fact's frozen fields, as Fact.key is (not among them)


BARE_SUBJECT = "its subject is a bare definite description"  # "The bill would cut …": which bill?


def needs_context(fact: Fact) -> str | None:
    """Why the fact's sentence cannot stand alone on a card, or None when it can (worked out once per fact: every
    question generator asks it)."""
    return kept_beside(fact, _MEMO, _needs_context)


def needs_the_article(question: Question) -> bool:
    """Whether the card's sentence does not stand alone ("The team found …", "It was …", "yesterday" in an undated
    story: ``needs_context``): a fill-in card is made of such a sentence for all the cards, where a teacher who names
    what it points to can keep it (``ranking`` holds it back). A role or who-said card on its fact shows no sentence,
    the main-event card only the main clause, judged on its own (``main_event``)."""
    return question.family in _SENTENCE_FAMILIES and MAIN_EVENT_KEY not in question.key \
        and needs_context(question.fact) is not None


_SENTENCE_FAMILIES = FILL_IN_FAMILIES | {"true_false"}  # cards that show the fact's sentence (a fill-in's own forms)


def _needs_context(fact: Fact) -> str | None:
    view = _sentence_view(fact.sentence)
    if view.label_only or fact.start < view.label_end:
        return "a speaker label"  # "MARTA _____:" asks the page's furniture
    if view.why is not None:
        return view.why
    if _NAME_LABEL.match(view.sentence):
        return "a list's line"  # "Jonathan P. Blair: Possession of methamphetamine, held in lieu of $72,500 bond."
    cut, narrated = view.cut, view.narrated
    told = narrated[:max(0, fact.start - cut)] + " " * (fact.end - fact.start) + narrated[max(0, fact.end - cut):]
    if _may_tell_time_in(told, view.time_words) \
            and (_RELATIVE_TIME.search(told) or _COUNTED_FROM.search(told) or _anchor(told)):
        return "relative time"
    answer = fact.answer.strip()
    if _RELATIVE_TIME.fullmatch(answer) or _anchors().fullmatch(answer):
        return ANSWER_RELATIVE  # "When do Thatcher's fears chime with the Conservatives' views?" → "today"
    if fact.parse is not None and open_time_left(fact.parse, told, lambda tok: _outside(told, tok.idx, cut)):
        return "relative time"  # "users comprise now 11%" in an undated article
    # every weekday's name holds "day": most narrations skip the pattern on a plain substring test
    if "day" in told and undated_weekday(told) and undated_weekday(told, _left_out(fact, cut)):
        return "relative time"
    if _EITHER_LAST.search(told):
        return "compares with what came before"
    if _OWN_VOICE.search(told):
        return "an organisation's own 'we'"
    if fact.parse is not None and not kept_beside(fact.parse, "_quizgen_has_verb", _has_verb):
        return "a sentence fragment"  # "Palm Bay (1-0): Tolivert 25 points.", "The 2020 tour dates:": a list's line
    if view.leads_on:
        return "leads into what follows"
    if fact.parse is not None and kept_beside(fact.parse, "_quizgen_list_entry", _list_entry):
        return "a sentence fragment"  # "Sets a one-time tax of …": a factbox's entry, its subject the heading
    if fact.parse is not None:
        return _dangling_phrase(fact, told, cut) or still_points_back(fact, told, cut)
    return None


_Hints = tuple[tuple[str, tuple[str, ...]], ...]  # phrases under a word each holds (``_time_phrases``)


class _SentenceView(NamedTuple):
    """What ``_needs_context`` reads of a sentence whatever the fact's answer."""

    sentence: str  # as a card shows it: its leading connective dropped
    cut: int  # how many characters that dropped
    narrated: str  # its narration: a quotation going on into the next sentence closed, as on the card; quotes blanked
    why: str | None  # why no fact of it can stand alone (``_sentence_view``), or None
    label_only: bool  # the whole sentence is a speaker label ("MARTA:")
    label_end: int  # where its leading speaker label or bullet ends (``label_end``)
    leads_on: bool  # it opens onto what follows ("… the key messages, which include:")
    time_words: _Hints | None  # the groups of ``_time_phrases`` whose word its narration holds; None: ask each fact


@lru_cache(maxsize=4096)  # every fact of a sentence asks (about three a sentence): worked out once per sentence
def _sentence_view(text: str) -> _SentenceView:
    """The sentence as a card shows it and its narration (``_SentenceView``), with why no fact of it can stand alone
    whatever its answer (a quotation cut by the sentence boundary, a fragment, a parenthetical aside, an opening
    pronoun), or None."""
    sentence, _ = drop_connective(text)
    cut = len(text) - len(sentence)
    narrated = narration(closed(sentence))
    why = None
    if unbalanced_quotes(sentence) and not continued_quote(sentence):
        why = "a quotation cut by the sentence boundary"
    elif _FRAGMENT.match(sentence):
        why = "a sentence fragment"
    elif _PARENTHETICAL.match(sentence):
        why = "a parenthetical aside"
    elif opens_pointing_back(sentence):
        why = "opens with a pronoun"
    hints = _time_phrases()
    if hints is None or "since" in narrated:
        time_words = None
    else:
        folded = _folded(narrated)
        time_words = tuple((word, group) for word, group in hints if word in folded)
    return _SentenceView(sentence, cut, narrated, why, _LABEL_ONLY.fullmatch(text) is not None, label_end(text),
                         _LEADS_ON.search(text) is not None, time_words)


# what may follow a weekday's name that dates it or makes it part of a name ("Tuesday ([Oct. 29, 2024])": a day whose
# year the article's date gave, facts/open_times.py)
_DATED_OR_NAMED_AFTER = re.compile(r"['’]s\b|,?\s*\(?\s*\[?(?:[A-Z][a-z]{2,8}\.?\s+\d|\d)|\s+[A-Z]|\s*\(\s*$|\s*\(\s{2}")
_BEFORE_A_DAY = frozenset({"on", "by", "until", "till", "since", "last", "this", "next", "early", "late", "from",
                           "before", "after", "through", "and", "or", "every", "each"})


def _left_out(fact: Fact, cut: int) -> frozenset[int]:
    """Offsets in ``told`` of the words the card leaves out (``trim.aside_tokens``)."""
    if fact.parse is None:
        return frozenset()
    return frozenset(fact.parse.tokens[i].idx - cut for i in aside_tokens(fact))


def undated_weekday(told: str, left_out: frozenset[int] = frozenset()) -> bool:
    """A weekday in the narration that no date fixes and the card keeps ("Saturday is the anniversary" in an article
    without a date, or one the facts stage would not date; "commented on Monday" is cut by ``trim``): which Saturday?
    Issue 14: a relative time resolved with the article's date, else no card on it. Not one quizgen dated ("on
    [Monday, 10 March 2024]"), one the sentence dates ("Monday, Aug. 4", "Friday (Dec. 12)"), a possessive ("Sunday's
    vote": ``ranking.held_back``) or a name ("Black Friday", "the Sunday Times")."""
    for match in WEEKDAY_NAME.finditer(told):
        at = match.start()
        if at in left_out or told.rfind("[", 0, at) > told.rfind("]", 0, at) \
                or _DATED_OR_NAMED_AFTER.match(told, match.end()):
            continue
        previous = told[:at].rsplit(None, 1)[-1:] or [""]  # the word before it (not every word split off)
        if previous[0][:1].isupper() and previous[0].lower() not in _BEFORE_A_DAY:
            continue  # "Black Friday", "Super Tuesday", "Easter Sunday"
        return True
    return False


@cache
def _data() -> dict:
    return json.loads(Path(__file__).with_name("standalone.json").read_text(encoding="utf-8"))


@cache
def setting_nouns() -> frozenset[str]:
    """Nouns a bare "the" makes the article's setting ("the country", "the capital"): clear on their own."""
    return frozenset(_data()["setting_nouns"])


@cache
def _pointing_back_modifiers() -> frozenset[str]:
    return frozenset(_data()["pointing_back_modifiers"])


@cache
def _anchors() -> re.Pattern[str]:
    """"since then", "the same day", "the following year", "at the time" …: a time an earlier sentence sets
    ("the same day as the vote" says which day itself)."""
    phrases = sorted(map(re.escape, _data()["relative_anchors"]), key=len, reverse=True)
    units = "|".join(_data()["anchors_before_after"])
    # "the day before" ends its phrase; "the day after the Dec. 30 shooting" says which day
    return re.compile(r"\b(?:(?:" + "|".join(phrases) + r")\b(?!\s+(?:as|of|that|when|after|before)\b)"
                      r"|the (?:" + units + r") (?:before|after)(?=\s*(?:[,.;:!?)]|$)))", re.I)


# every match of _RELATIVE_TIME and of _COUNTED_FROM's counted time holds one of these, spaced as the patterns space
# them ("Friday" holds "day" but none of these); the anchors' own come from their data
_TIME_PHRASES = ("yesterday", "today", "tomorrow", "tonight", "weekend", "this ", "last ", "next ", " ago", "later",
                 "earlier", "of the year", "of the month", "of the week")
# the only characters other than ASCII letters that IGNORECASE matches to one ("ſ" is an "s")
_FOLDED = str.maketrans({"\u0130": "i", "\u0131": "i", "\u017f": "s", "\u212a": "k"})


@cache
def _time_phrases() -> _Hints | None:
    """Phrases one of which every relative-time match holds (an anchor, "the day before"), each under its longest
    word, or None when the data holds a pattern rather than plain words."""
    anchors = [*_data()["relative_anchors"],
               *(f"the {unit} {side}" for unit in _data()["anchors_before_after"] for side in ("before", "after"))]
    if not all(re.fullmatch(r"[A-Za-z]+(?: [A-Za-z]+)*", phrase) for phrase in anchors):
        return None
    groups: dict[str, list[str]] = {}
    for phrase in sorted({*_TIME_PHRASES, *(phrase.lower() for phrase in anchors)}):
        groups.setdefault(max(phrase.split(), key=len), []).append(phrase)
    return tuple((word, tuple(phrases)) for word, phrases in groups.items())


def may_tell_time(told: str) -> bool:
    """False only when no relative-time pattern (``_RELATIVE_TIME``, ``_COUNTED_FROM``, ``_anchors``) can match
    ``told``: none of their phrases is in it. A plain substring test, so the patterns (slow on every fact of a long
    article) run on the few sentences that may hold one; the answer is the same."""
    hints = _time_phrases()
    if hints is None or "since" in told:  # "has since left": _COUNTED_FROM's own, matched in lower case only
        return True
    return _holds_a_phrase(_folded(told), hints)


def _holds_a_phrase(folded: str, hints: _Hints) -> bool:
    # a text without a group's word holds none of its phrases: one test for the group (28 for 65 phrases)
    return any(word in folded and any(phrase in folded for phrase in group) for word, group in hints)


def _folded(text: str) -> str:
    """``text`` in lower case as IGNORECASE matches it, one character for one."""
    return text.lower() if text.isascii() else text.translate(_FOLDED).lower()  # (mapping every character is slow)


def _may_tell_time_in(told: str, time_words: _Hints | None) -> bool:
    """``may_tell_time(told)`` for a fact's narration, given the hint groups whose word its sentence's narration
    holds (``_SentenceView.time_words``): ``told`` is that narration with the answer blanked, so each word it holds
    (letters, never a blank) stands at the same place in the sentence's, and the groups left out cannot match."""
    if time_words is None:
        return may_tell_time(told)
    return bool(time_words) and _holds_a_phrase(_folded(told), time_words)


@cache
def _idioms() -> re.Pattern[str]:
    """"by the same token", "on the other hand": set phrases that compare with nothing in particular."""
    return re.compile(r"\b(?:" + "|".join(map(re.escape, _data()["idioms"])) + r")\b", re.I)


def _in_idiom(told: str, tok: Tok, cut: int) -> bool:
    at = tok.idx - cut
    return any(m.start() <= at < m.end() for m in _idioms().finditer(told))


def _anchor(told: str) -> bool:
    return bool(_anchors().search(told))


def unbalanced_quotes(text: str) -> bool:
    """An opening quotation mark without its closing one (or the reverse)."""
    return text.count('"') % 2 == 1 or text.count("“") != text.count("”")


def _outside(told: str, idx: int, cut: int) -> bool:
    """Whether the token at sentence offset ``idx`` is narration (not quoted, not hidden, not in a dropped
    connective)."""
    at = idx - cut
    return 0 <= at < len(told) and bool(told[at].strip())


_HERE = re.compile(r"\b[Hh]ere\b")


def _dangling_phrase(fact: Fact, told: str, cut: int) -> str | None:
    parse = fact.parse
    # the first word the card keeps (punctuation is no word): most often the sentence's first, so the walk stops there
    opener = next((t for t in parse.tokens if t.pos != "PUNCT" and _outside(told, t.idx, cut)), None)
    if opener is not None and opener.lower == "that" and opener.dep in _SUBJECTS:
        return "opens with a pronoun"  # "That left 26% of the oil": what "that" is, an earlier sentence says
    if opener is not None and opener.lower in _SOME_OF_THEM and opener.dep in _SUBJECTS and not parse.children(opener):
        return "opens with a pronoun"  # "Some make $10.50 an hour": some of whom, an earlier sentence says
    if any(_outside(told, t.idx, cut) for t in kept_beside(parse, "_quizgen_first_person", _first_person)):
        # "When I moved to _____ in 2015, I planted a tree": the writer, whom the card does not name (blind raters
        # kept none of 10 such cards); a quotation's "I" is its speaker's
        return "the writer's own voice"
    if any(_outside(told, t.idx, cut) for t in kept_beside(parse, "_quizgen_demonstrative_subjects",
                                                           _demonstrative_subjects)):
        # "For context, that's less than 2% of …", "If that holds up, …"; not "those eligible for relief", "those
        # who …": their own words say who
        return "a pronoun points back"
    # in the answer, or before the main verb ("Such missions would be …", "An example of such is …"): after it,
    # "to India, one of the biggest buyers of such aircraft" may mean the jets its own sentence named
    if any(fact.start <= t.idx < fact.end or (t.i < parse.root.i and _outside(told, t.idx, cut))
           for t in kept_beside(parse, "_quizgen_such", _such)):
        # "detected one such plume's water vapor", "A successful example of such is …": such as the ones an earlier
        # sentence told of (stop-52 raters: "a dangling 'such'")
        return "'such' points back"
    if _HERE.search(told) and any(t.lower == "here" and _outside(told, t.idx, cut) for t in parse.tokens):
        # "… have always been celebrated here": the place the reporter writes from, which the card does not name (a
        # set-V rater: "'here' dangles"; stored ratings of cards with a narrated "here": none good of 3)
        return "'here' points to a place the card does not name"
    if opener is not None and opener.tag == "VB" and _subjectless_root(parse, opener):
        return "an order to the reader"  # "Enter South Dakota to throw down the gauntlet."
    if opener is not None and _nationality_for_a_name(parse, opener, lambda t: _outside(told, t.idx, cut)):
        # "The Spanish goalkeeper saved from …", "The American made 26 unforced errors": the player an earlier
        # sentence named (a set-X rater: "'The Spanish goalkeeper' points to someone never named in the card")
        return "a description stands for a name the card does not give"
    # a he/his/they before any noun in the sentence points back
    if any(_outside(told, tok.idx, cut) for tok in kept_beside(parse, "_quizgen_unnamed_pronouns", _unnamed_pronouns)):
        return "a pronoun points back"
    if _person_unnamed(parse, told, cut) or _speaker_unnamed(parse, told, cut) or _subject_unnamed(parse, told, cut):
        return "a pronoun points back"
    unique = words("unique_nouns")
    pointing = _pointing_back_modifiers()
    for tok in kept_beside(parse, "_quizgen_definite_dets", _definite_dets):
        if not _outside(told, tok.idx, cut) or tok.lower in DEMONSTRATIVES and tok.i in left_off_pointing(fact):
            continue  # "$100 million of that funding": the card leaves the phrase out
        head = parse.tokens[tok.head]
        if fact.start <= head.idx < fact.end:
            continue
        if tok.lower == "the" and _points_back(parse, head, pointing) and not _in_idiom(told, tok, cut):
            return "a description points back"  # "the other beneficiaries", "the same is true for Ohio"
        if head.pos != "NOUN" or head.lower in unique:
            continue
        if _says_which(parse, head, fact):
            continue  # "the Pentagon's plan", "the plan to cut taxes": the phrase says which
        if tok.lower in DEMONSTRATIVES:
            return "a demonstrative points back"
        if head.dep in _SUBJECTS and _main_clause(parse, parse.tokens[head.head]) \
                and not _named_before(parse.tokens[:tok.i], head.lower):
            return BARE_SUBJECT
        if tok.lower == "the" and tok.i not in aside_tokens(fact) and _stands_for_a_name(parse, tok, head):
            return "a description stands for a name the card does not give"
    return None


# the tokens below are the same for every fact of a sentence: picked out once per parse (kept beside its frozen
# tokens), and each fact tests only whether its card keeps them


def _has_verb(parse) -> bool:
    return any(t.pos in ("VERB", "AUX") for t in parse.tokens)


def _list_entry(parse) -> bool:
    """A factbox's entry that opens on its verb, its subject the box's heading ("Sets a one-time tax of 15.5
    percent on cash …": set AI, "no subject, so it never says what sets the tax"); the model may tag the verb a
    plural noun ("Doubles the standard deduction"), its object still shows the verb."""
    first = next((t for t in parse.tokens if t.pos not in ("PUNCT", "SPACE", "SYM")), None)
    if first is None or not first.text[:1].isupper() or not _subjectless_root(parse, first):
        return False
    return first.tag == "VBZ" or first.tag == "NNS" and any(k.dep == "dobj" for k in parse.children(first))


def _subjectless_root(parse, tok: Tok) -> bool:
    """Whether ``tok`` heads the sentence with no subject of its own: an order ("Enter South Dakota …") or a list's
    entry ("Sets a one-time tax …") when it opens the sentence."""
    return tok.head == tok.i and not any(c.dep in _SUBJECTS or c.dep in ("expl", "csubj") for c in parse.children(tok))


def _demonstrative_subjects(parse) -> tuple[Tok, ...]:
    """A bare this / that / these / those as a subject ("that's less than 2%"; not "those who …")."""
    if lower_words(parse).isdisjoint(DEMONSTRATIVES):
        return ()  # (each of these scans first asks whether the sentence has any of its words: most have none)
    return tuple(t for t in parse.tokens if t.lower in DEMONSTRATIVES and t.tag == "DT" and t.dep in _SUBJECTS
                 and not parse.children(t))


# "such as", "such a day", "such that", "no such thing as": no earlier sentence needed ("no such plans" needs one)
_NOT_POINTING_AFTER_SUCH = frozenset({"as", "a", "an", "that", "thing"})
_SUCH_AS = 3  # "such information as dates of birth": the "as" after the noun says which


def _such(parse) -> tuple[Tok, ...]:
    """A "such" that points back: before a noun or standing alone ("such plumes", "of such is"); not "such as", "such a
    day", "such that", "no such thing", "such information as …"."""
    if "such" not in lower_words(parse):
        return ()
    tokens = parse.tokens
    return tuple(t for t in tokens if t.lower == "such" and t.i + 1 < len(tokens)
                 and (tokens[t.i + 1].lower not in _NOT_POINTING_AFTER_SUCH or _such_a_kind(tokens, t.i))
                 and tokens[t.i + 1].pos != "PUNCT"
                 and not any(u.lower == "as" for u in tokens[t.i + 2:t.i + 2 + _SUCH_AS]))


def _such_a_kind(tokens: tuple[Tok, ...], at: int) -> bool:
    """"such a vaccine": a noun straight after "such a" is one of the kind an earlier sentence told of (a set-W
    rater: "'such a vaccine' has nothing to refer to on its own"); "such a hard time … that" only stresses."""
    return (tokens[at + 1].lower in ("a", "an") and at + 2 < len(tokens) and tokens[at + 2].pos == "NOUN"
            and not any(u.lower in ("that", "as") for u in tokens[at + 3:]))


def _first_person(parse) -> tuple[Tok, ...]:
    """The sentence's I, me, my: not the numeral of a name ("World War I", "Phase I")."""
    if lower_words(parse).isdisjoint(FIRST_PERSON):
        return ()
    return tuple(tok for tok in parse.tokens if tok.lower in FIRST_PERSON and tok.tag in ("PRP", "PRP$")
                 and not tok.ent_type and (tok.i == 0 or parse.tokens[tok.i - 1].tag not in ("NNP", "NNPS")))


def may_name(tok: Tok) -> bool:
    """Whether a word may be whom a he/his/they after it stands for: a noun or a name, not a day ("On Sunday, he …")."""
    return (tok.pos in _NAMING and tok.ent_type not in _TIMES) or tok.ent_type in ("PERSON", "ORG", "NORP", "GPE")


def _unnamed_pronouns(parse) -> tuple[Tok, ...]:
    """The he/his/they/its tokens before the sentence's first noun or name (``_dangling_phrase``): "In 2013, its
    assets could cover …" (whose?); and an "it" there that is the main clause's subject ("By 2004 it was stopping
    two million messages a month": what was? a set-AP rater, "dangling 'it'"), unless it only opens a clause for
    the verb ("By noon it was clear that …")."""
    if lower_words(parse).isdisjoint(_PERSONAL | {"it"}):
        return ()
    found = []
    for tok in parse.tokens:
        if may_name(tok):
            break
        if tok.lower in _PERSONAL or tok.lower == "it" and _main_subject_it(parse, tok):
            found.append(tok)
    if any(tok.dep == "poss" for tok in found) and (named := _named_subject(parse)):
        found = [tok for tok in found if not (tok.dep == "poss" and tok.i < named[0])]
    return tuple(found) + _owner_within(parse)


_CLAUSE_DEPS = frozenset({"ccomp", "xcomp", "csubj"})


def _main_subject_it(parse, tok: Tok) -> bool:
    """Whether an "it" is the main verb's subject and the verb has no clause it may stand for ("it was clear that
    …", "it takes an hour to …")."""
    return tok.dep in _SUBJECTS and tok.head == parse.root.i \
        and not any(c.dep in _CLAUSE_DEPS and c.i > tok.i for c in parse.children(parse.root))


def _nationality_for_a_name(parse, opener: Tok, shown) -> bool:
    """Whether the card opens "The" + a people's name alone ("The American made …") or before a noun for one person
    that is no post of a country's own ("The Spanish goalkeeper", not "The French president"): a player or official
    an earlier sentence named. ``shown``: whether the card keeps a token."""
    if opener.lower != "the" or opener.i + 1 >= len(parse.tokens):
        return False
    people = parse.tokens[opener.i + 1]
    if people.ent_type != "NORP" or not shown(people):
        return False
    if people.dep in _SUBJECTS:
        return people.tag == "NNP"  # one person ("The American"); "The Tories" are a party the card names
    if opener.i + 2 >= len(parse.tokens):
        return False
    noun = parse.tokens[opener.i + 2]
    return noun.tag == "NN" and people.head == noun.i and shown(noun) and person_noun(noun.lower) \
        and noun.lower not in words("role_titles") and noun.dep != "compound" \
        and not (noun.i + 1 < len(parse.tokens) and parse.tokens[noun.i + 1].pos == "PROPN")  # "… artist Ann Lee"


def _owner_within(parse) -> tuple[Tok, ...]:
    """The its/their/his/her owning a phrase inside the only nouns before it, common nouns all ("An independent
    inquiry into its findings …", "In addition to its order …": the inquiry's own findings it cannot be, so whose? a
    set-X rater: "'its findings' dangles"); not before a named subject, which may be the owner ("In an effort to live
    up to its reputation, the Velmish President …")."""
    found = []
    for at, tok in enumerate(parse.tokens):
        if tok.dep != "poss" or tok.lower not in _PERSONAL:
            continue
        before = [t for t in parse.tokens[:at] if may_name(t)]
        if before and all(t.pos == "NOUN" and not t.ent_type for t in before) \
                and {t.i for t in before} <= parse.ancestors(tok):
            found.append(tok)
    if found and (named := _named_subject(parse)):
        found = [tok for tok in found if tok.i > named[0]]
    return tuple(found)


def _named_subject(parse) -> tuple[int, ...]:
    """The token indices of the main clause's subject when it holds a name ("Since its founding in 1990, the
    Heritage School of Music has …": the "its" before it is the name's own), else ()."""
    subject = next((c for c in parse.children(parse.root) if c.dep in _SUBJECTS), None)
    if subject is None:
        return ()
    span = tuple(sorted(t.i for t in parse.subtree(subject)))
    if any(parse.tokens[i].pos == "PROPN" or parse.tokens[i].ent_type in _NAME_LABELS for i in span):
        return span
    return ()


def _definite_dets(parse) -> tuple[Tok, ...]:
    """The sentence's "the", "this", "that", "these", "those" that are determiners (``_dangling_phrase``)."""
    return tuple(tok for tok in parse.tokens if tok.dep == "det" and tok.lower in _DEFINITE)


def _human_pronouns(parse) -> tuple[Tok, ...]:
    """The sentence's he/him/his/she/her/hers (``_person_unnamed``)."""
    if lower_words(parse).isdisjoint(_HUMAN):
        return ()
    return tuple(tok for tok in parse.tokens if tok.lower in _HUMAN)


def _stands_for_a_name(parse, det: Tok, head: Tok) -> bool:
    """"to build the plant's reactor", "an official of the agency", "the city's culture": a bare "the + noun" anywhere
    in the narration the card keeps, whose noun is a kind of named thing (an organisation, a person's title, a state
    or city: ``facts.antecedents.class_labels``), stands for a name of the article that the facts stage could not make
    sure of (it names the ones it can); a name that may be of its kind before it in the sentence may say which (any
    name: the model reads "The mayor of Bergen" as an organisation's)."""
    labels = class_labels(head.lower) & _NAME_LABELS
    if not labels or head.tag != "NN" or not head.text.islower() or head.lower in _data()["setting_nouns"]:
        return False
    if any(c.dep in _SPECIFYING and not _describes(parse, c) for c in parse.children(head) if c.i != det.i):
        return False  # "the new plant", "the state's capital": its own words may say which
    others = _TIMES
    if "ORG" in labels:
        labels |= MISREAD_ORGS  # the model often reads a company as a product or a work of art
        if "PERSON" not in labels:  # "Dorsey hopes to hire in Ohio at the company": no company named
            others = others | {"PERSON", "GPE", "LOC"}
    return not any(t.ent_type in labels or (t.ent_type and t.lower == head.lower)
                   or (t.pos == "PROPN" and t.ent_type not in others) for t in parse.tokens[:det.i])


def _describes(parse, child: Tok) -> bool:
    """A compounded common noun that only says what kind of thing the description is ("the mobile payments company",
    "the oil company"; the facts stage names it when the article has one such thing): it does not say which."""
    return child.dep == "compound" and child.pos == "NOUN" and not child.ent_type and child.text.islower() \
        and all(t.text.islower() and not t.ent_type for t in parse.subtree(child))


def _person_unnamed(parse, told: str, cut: int) -> bool:
    """"In the early 1960s, city leaders invited him to found a festival": a he/him/his/she/her in the narration of a
    sentence that shows no person at all (no name, no noun for a person: "the farmer said his …"; "In his first
    speech, Kim said …" names him after) stands for someone an earlier sentence named."""
    # the pronouns first: most sentences have none the card keeps, and then no token is walked for a person
    if not any(_outside(told, tok.idx, cut) for tok in kept_beside(parse, "_quizgen_human_pronouns", _human_pronouns)):
        return False
    # a name the model may misread ("Mateen" as an organisation) may be the one meant
    return not kept_beside(parse, "_quizgen_shows_a_person", _shows_a_person)  # the same for every fact of the sentence


_HE_SHE = frozenset({"he", "she"})


def _subject_unnamed(parse, told: str, cut: int) -> bool:
    """"In 1965, as one of 100-plus black locals in line to register in Selma, she confronted a sheriff": a he/she
    subject of the sentence's own verb after no one it could stand for (a name, or a noun for one person: "locals"
    are many, "Selma" is a place, and "the sheriff" comes after it) stands for someone an earlier sentence named; so
    does a "they" after no plural noun and no name ("In pupal development, they begin to organize")."""
    for tok, unnamed in kept_beside(parse, "_quizgen_pronoun_subjects", _pronoun_subjects):
        if _outside(told, tok.idx, cut):
            return unnamed
    return False


def _pronoun_subjects(parse) -> tuple[tuple[Tok, bool], ...]:
    """The he / she / they subjects of the sentence's own verb, each with whether no one before it can be whom it
    stands for (``_subject_unnamed``: the first the card keeps decides)."""
    if lower_words(parse).isdisjoint(_SPEAKERS):  # he, she, they
        return ()
    tokens = parse.tokens
    found = []
    for tok in tokens:
        if tok.dep not in _SUBJECTS or not _main_clause(parse, tokens[tok.head]):
            continue
        if tok.lower in _HE_SHE:
            found.append((tok, not any(_one_person(t) for t in tokens[:tok.i])))
        elif tok.lower == "they":  # "Early on in pupal development (7% complete), they begin to organize in rows"
            found.append((tok, not any(_many(t) for t in tokens[:tok.i])))
    return tuple(found)


def _many(tok: Tok) -> bool:
    """A word a "they" may stand for: a plural noun, a name (a body, a team, one of several people named)."""
    return tok.tag in ("NNS", "NNPS") or tok.pos == "PROPN" or tok.ent_type in ("ORG", "NORP", "PERSON", "GPE")


def _one_person(tok: Tok) -> bool:
    """A name, or a noun for one person ("the farmer"; not "locals")."""
    return _person_word(tok) and tok.tag not in ("NNS", "NNPS")


_SPEAKERS = frozenset({"he", "she", "they"})


def _speaker_unnamed(parse, told: str, cut: int) -> bool:
    """"“… 95 percent of the country is not under the government's control,” he said": a he/she/they saying the
    quote, in a sentence whose narration names no person; the people inside the quote are not who speaks it."""
    if not any(_outside(told, t.idx, cut) for t in kept_beside(parse, "_quizgen_speakers", _speakers)):
        return False
    return not any(_outside(told, t.idx, cut) for t in kept_beside(parse, "_quizgen_people", _people))


def _speakers(parse) -> tuple[Tok, ...]:
    """The sentence's he / she / they subjects of a speech verb (``_speaker_unnamed``)."""
    if lower_words(parse).isdisjoint(_SPEAKERS):
        return ()
    tokens = parse.tokens
    speaking = words("speech_verbs")
    return tuple(t for t in tokens if t.lower in _SPEAKERS and t.dep == "nsubj"
                 and (tokens[t.head].lemma or tokens[t.head].lower) in speaking)


def _people(parse) -> tuple[Tok, ...]:
    """The sentence's names, nouns for a person and inserted names (``_speaker_unnamed``)."""
    return tuple(t for t in parse.tokens if _person_word(t) or t.text.startswith("["))


def _shows_a_person(parse) -> bool:
    """A name or a noun for a person anywhere in the sentence (``_person_unnamed``)."""
    return any(_person_word(tok) for tok in parse.tokens)


def _person_word(tok: Tok) -> bool:
    """A name or a noun for a person ("the farmer"; a name the model may misread, "Mateen" as an organisation)."""
    return tok.ent_type == "PERSON" or (tok.pos == "NOUN" and not tok.ent_type and person_noun(tok.lower)) \
        or (tok.pos == "PROPN" and tok.ent_type not in _NOT_PEOPLE)


def _says_which(parse, head: Tok, fact: Fact) -> bool:
    """Do the description's own words say which one it is on the fact's card: a name in it ("the Pentagon's plan",
    "the unit in London"), a phrase after it ("the plan to cut taxes", "the head of the agency"), a restrictive
    clause? A place that names nothing ("the men in the car") and a clause set off by a comma ("the action, which …")
    do not; nor does a count ("the three territories") or a description beside it that is not a name ("The state,
    home of the Los Alamos National Laboratory, …": blind raters asked for "New Mexico" in 35 ratings); nor an aside
    the card leaves out ("The bill, which funds NASA, …")."""
    # the blank hides its words: "The [...] settlement includes …" (a set-X rater: "does not say whose settlement");
    # a name beside it is what the card asks for ("The priest, [...], is acting as a middle-man …")
    saying = [i for i in _saying_words(parse, head)
              if parse.tokens[i].dep == "appos" or not _all_blanked(parse, parse.tokens[i], fact)]
    # the card's asides are worked out only when a word may say which: most descriptions have none
    return bool(saying) and not aside_tokens(fact).issuperset(saying)


def _all_blanked(parse, word: Tok, fact: Fact) -> bool:
    """Whether ``word`` and every word under it are inside the fact's answer, which the card hides."""
    return all(fact.start <= t.idx < fact.end for t in parse.subtree(word))


def _saying_words(parse, head: Tok) -> tuple[int, ...]:
    """The indices of the description's words that say which one it is (``_says_which``) where the card keeps them;
    the same for every fact of the sentence, so worked out once per noun (kept beside the parse)."""
    known = kept_beside(parse, "_quizgen_saying_words", lambda _: {})
    if head.i not in known:
        known[head.i] = tuple(child.i for child in parse.children(head) if _says_which_of(parse, child))
    return known[head.i]


def _says_which_of(parse, child: Tok) -> bool:
    """Whether a word under the description's noun says which one it is (``_says_which``)."""
    if child.dep == "appos" and child.pos != "PROPN":
        return False  # "The state, home of …": a description beside it, not its name
    if child.dep == "amod" and child.lower in words("which_modifiers"):
        return True  # "the federal government": the country's own; "the typical airliner tire": any one of its kind
    if any(t.pos == "PROPN" or (t.ent_type and t.ent_type not in _COUNTING) for t in parse.subtree(child)):
        return True
    if child.dep == "prep" and child.lower not in _LOCATING:
        return True
    return child.dep in ("acl", "relcl") and not (child.i > 0 and _comma_before(parse, child))


def _comma_before(parse, clause: Tok) -> bool:
    first = parse.subtree(clause)[0].i
    return first > 0 and parse.tokens[first - 1].text == ","


def _main_clause(parse, verb: Tok) -> bool:
    """The sentence's own verb, or the verb of what its subject reports ("The impact will grow, Davis said",
    "Officials said the plane carried 162 people")."""
    if verb.head == verb.i:
        return True
    return verb.dep in ("ccomp", "parataxis") and parse.tokens[verb.head].head == verb.head


def _points_back(parse, head: Tok, pointing: frozenset[str]) -> bool:
    """"the other beneficiaries", "the same": a word that compares with what an earlier sentence named (not "the
    same price as last year", which says with what); the same for every fact of the sentence, so worked out once per
    noun (kept beside the parse)."""
    known = kept_beside(parse, "_quizgen_points_back", lambda _: {})
    if head.i not in known:
        known[head.i] = _compares_back(parse, head, pointing)
    return known[head.i]


def _compares_back(parse, head: Tok, pointing: frozenset[str]) -> bool:
    if head.lower in _data()["pointing_back_heads"] and head.pos in ("ADJ", "NOUN"):
        named = head  # "the latter said", "the same is true" ("the former president": a former one)
    else:
        named = next((c for c in parse.children(head) if c.dep == "amod" and c.lower in pointing), None)
    if named is None:
        return False
    phrase = parse.subtree(head)
    after = phrase[-1].i + 1  # "as Google" may hang from the verb
    return not any(t.lower in _COMPARED for t in (*phrase, *parse.tokens[after:after + 1]))


def _named_before(tokens: tuple[Tok, ...], noun: str) -> bool:
    """Does a name of the noun's kind come earlier in the sentence ("JPMorgan Chase earned $4.9 billion, the company
    announced"), so the description points no further back than its own sentence?"""
    if noun in words("role_titles"):
        wanted = {"PERSON"}
    elif noun in words("org_heads"):
        wanted = {"ORG"}
    elif noun in words("place_nouns"):
        wanted = {"GPE", "LOC"}
    else:
        wanted = set()
    return any(t.ent_type in wanted or (t.ent_type and t.lower == noun) for t in tokens)
