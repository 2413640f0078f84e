"""A question's story line: which article it comes from ('From “Headline” (Source, 9 October 2010)').

A card cut from a news sentence often leans on its story ("the spill", "the new service", "now"); in a deck or a
question bank of many articles the learner otherwise cannot tell which one it is. Each exporter shows the line in
its own syntax under the question (an Anki front, a GIFT or Moodle XML question text).
"""

from __future__ import annotations

import re
from functools import cache

from quizgen.facts.counts import MONTHS
from quizgen.facts.model import FactKind
from quizgen.questions import places
from quizgen.questions.answer_types import may_abbreviate
from quizgen.questions.key_facts import content_words, headline
from quizgen.questions.model import Question, QuestionKind
from quizgen.questions.standing_alone import AT_THE_STORY
from quizgen.read.article import Article, title_from_name

# Longest question (prompt, story line and options) still read at a glance; a longer one takes a shorter line or none.
FRONT_BUDGET = 400


def shows_headline(article: Article) -> bool:
    """Whether the article's cards show its headline. A title only made from the file's name is no headline: a
    blind rater read 'From “North Korea Launchers”' as a stray tag. An article piped in is named after its
    headline, which stays one ("Harbour opens", named harbour-opens)."""
    return bool(headline(article.title)) and article.title != title_from_name(article.name)


def story_line(article: Article) -> str:
    """The article's headline, source and date as one line, or "" when it shows no headline (``shows_headline``)."""
    if not shows_headline(article):
        return ""
    story = headline(article.title)
    when = long_date(article.date)
    about = ", ".join(part for part in (article.source.strip(), when) if part)
    return f"From “{story}”" + (f" ({about})" if about else "")


def long_date(iso: str) -> str:
    """"2010-10-09" → "9 October 2010"; "" for anything else."""
    m = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", iso.strip())
    if not m or not 1 <= int(m.group(2)) <= 12:
        return ""
    return f"{int(m.group(3))} {MONTHS[int(m.group(2)) - 1]} {m.group(1)}"


# a figure's scale or unit gives nothing away: "$1.7 billion" under the headline "NASA Receives $18 Billion"
_SCALE = "million billion trillion thousand hundred percent cent dollars pounds euros"


@cache
def _scale_words() -> frozenset[str]:
    return content_words(_SCALE)


SHARED_PREFIX = 4  # "Ann" begins "announcing" as much as it names Carrie Ann Inaba
# a headline may quote: "… to “Hummus” on Slack"
_HEADLINE = re.compile(r"^From “(?P<headline>.*)”(?P<rest> \((?P<about>[^()]*)\))?$")
# every form of the line as a question shows it (whole, source and date, date alone), for measures that read a card's
# own words without it
_LONG_DATE = r"\d{1,2} [A-Z][a-z]+ \d{4}"  # as ``long_date`` writes it
SHOWN_LINE = rf"From (?:“[^”]*”(?: \([^)]*\))?|a report of {_LONG_DATE}|[^“”\n,]{{1,60}}, {_LONG_DATE})"


def line_for(question: Question, line: str) -> str:
    """The story line as this question shows it: without its headline when the headline holds a word of the answer
    (a giveaway, as an answer in a printed quiz's title is; a common word of a name's or a role's is none:
    ``_common_in_headline``, ``_one_common_word``) or its initials, unless the card asks for a name, or is an
    undated article's role card asking of the time of its story (which needs the headline to say which story: stop
    106's A/B, 30 of 30 such cards good), whose words the headline then shows blanked (``_masked``), or whole when
    it names the role's body and none of its office (``_role_told_in_part``); without its source when that is the
    answer's site ("abcnews.go.com"); on a long question, the shortest form that keeps it within ``FRONT_BUDGET``
    (source and date, then the date alone: raters asked a long card with no line for "a source line to date the
    action"), else none."""
    answer = content_words(question.answer) | _percentages(question.answer) | _joined_by_ampersand(question.answer)
    if any(ch.isdigit() for ch in question.answer):
        answer -= _scale_words()  # "$1.7 billion" under "NASA Receives $18 Billion"; but "Thousands of …" for
        # "several thousand" gives the count away
    joined = re.sub(r"[\W_]", "", question.answer)
    if joined.isalpha() and len(question.answer.split()) > 1:
        answer |= content_words(joined)  # "ABC News" as a site writes it: "(abcnews.go.com, …)" gives it away
    if _names_its_answer(question) or question.fact.kind is FactKind.ROLE:
        # a role's body as much as a name: "… harbour fares …" gives away no "director of the Harbour Policy Board"
        # (a tune rater on such a line blanked to "… _____ fares …": "garbled")
        answer -= _common_in_headline(question.answer, line)
    if question.fact.kind is FactKind.ROLE and line:
        answer -= _one_common_word(question.answer, line)
    if line and _gives_away(question, answer, line) and not _role_told_in_part(question, line):
        masked = _masked(line, question.answer, whole=question.fact.label == "ORG"
                         or question.fact.kind is FactKind.ORGANIZATION) \
            if _names_its_answer(question) or question.prompt.endswith(AT_THE_STORY) else None
        line = masked if masked and not _gives_away(question, answer, masked) else _source_only(line, answer)
    if not line:
        return ""
    options = sum(1 + len(c) for c in question.choices) if question.kind is QuestionKind.MULTIPLE_CHOICE else 0
    room = FRONT_BUDGET - len(question.visible_prompt()) - 1 - options
    return next((form for form in _shorter_forms(line, answer) if len(form) <= room), "")


def _role_told_in_part(question: Question, line: str) -> bool:
    """Whether an undated role card's headline names only the role's body, none of its office ("Dunford coach"
    under "Kvam edge past Dunford"): the story the card asks of, not its answer, so the headline shows whole. Blanked,
    raters read it as a second cloze ("reads like a second cloze; drop the title or write it in full": 68 of the 88
    role cards under a blanked headline that stops 108–110 rated short of good, 54% good in all, against 74% for
    role cards under a whole headline sharing a capitalised word with the role). The office is the role's lower-case
    words ("coach", "senior economist"); a headline showing one of them, or a role with none, is read as before."""
    if question.fact.kind is not FactKind.ROLE or not question.prompt.endswith(AT_THE_STORY):
        return False
    office = _office(question.answer)
    return bool(office) and not _shown_in(office, line)


def keeps_headline(question: Question, story: str) -> bool:
    """Whether the question's story line shows the headline ``story`` whole: nothing of it gives the answer away, and
    the question leaves room for it (``line_for``)."""
    line = line_for(question, f"From “{story}”")
    return line.startswith("From “") and _BLANK_IN_LINE not in line


def _gives_away(question: Question, answer: frozenset[str], line: str) -> bool:
    """Whether the line shows the answer (``answer``: its content words) in any form ``line_for`` knows."""
    return (_shares_word(answer, _words_shown(line))
            or _abbreviated(question.answer, line, question.fact.label == "PERSON")
            or _clipped(question.answer, line)
            or _same_country(question.answer, line)
            or _near_figure(question, line))


NEAR_FIGURE = 1.1  # a headline's figure within a tenth of an option's points at that option


def _near_figure(question: Question, line: str) -> bool:
    """Whether the headline gives a figure of the answer's unit close to the answer or to one of the options, but
    not the same ("25.7%" and "35.4%" under "Chinese exports rise 25% in 2004"): it hints at the one and argues for
    the other (set-AT raters on both cards: "nearly gives away 25.7%", "contradicts the answer and pushes students
    toward the 25.7% distractor")."""
    found = _HEADLINE.match(line)
    if found is None:
        return False
    shown = _figures(found.group("headline"))
    options = (question.answer, *question.choices) if question.kind is QuestionKind.MULTIPLE_CHOICE else (
        question.answer,)
    return any(unit == other and value != near and max(value, near) <= NEAR_FIGURE * min(value, near)
               for option in options for unit, value in _figures(option) for other, near in shown)


_FIGURE = re.compile(r"(?P<money>[$£€¥])?\s?(?P<value>\d[\d,]*(?:\.\d+)?)(?:\s*(?P<percent>%|per\s?cent\b)|"
                     r"\s*(?P<scale>bn|billion|m|million|tn|trillion)\b)?", re.IGNORECASE)


def _figures(text: str) -> list[tuple[str, float]]:
    """The text's shares and sums, each with its unit ("%", "$bn"); bare numbers have none and are left out."""
    out = []
    for match in _FIGURE.finditer(text):
        scale = (match.group("scale") or "")[:1].lower()  # "bn" and "billion" alike
        unit = "%" if match.group("percent") else (match.group("money") or "") + scale
        if unit and (unit == "%" or match.group("money")):
            value = float(match.group("value").replace(",", ""))
            if value > 0:
                out.append((unit, value))
    return out


_BLANK_IN_LINE = "_____"


def _masked(line: str, answer: str, whole: bool = False) -> str | None:
    """The line with the answer's name blanked in its headline ("From “_____ quits 'shameful' UKIP”" for Robert
    Kilroy-Silk): a card asking for a name keeps what its headline says of the story. Set-S raters on who-said
    cards shown without one: "without the title tag 'the party' is left hanging", "no context" (stored blind
    ratings of bare who-said cards with no line: 16 good of 38, against 44 of 79 with one); blind A/Bs on tune
    decks: who-said cards 21 good of 29 with it, fill-in cards 13 of 23 against 46% of their stored ratings, the
    raters noting "the title blank hides the answer". Each run of the headline's words that are the answer's own
    words, or a clipped form of them, is one blank; None when no word is. ``whole``: a body's name counts only
    whole ("White House" is no "House of Representatives"); a person's surname alone is the person."""
    found = _HEADLINE.match(line)
    if found is None:
        return None
    names = [_bare_word(name) for name in _CAPITALISED.findall(answer)]  # "Velm" of a role's "Velm's lawyer"
    words = found.group("headline").split(" ")
    bare = [_bare_word(word) for word in words]
    own = [not whole and word.lower() in {name.lower() for name in names} for word in bare]
    run = answer.split() if whole else names
    if len(run) >= 2 or whole:  # every word of the name, a clipped form allowed ("Man Utd" for Manchester United)
        for i in range(len(bare) - len(run) + 1):
            shown = bare[i:i + len(run)]
            if all(short.lower() == word.lower() or (len(run) >= 2 and _clip_of(short, word))
                   for short, word in zip(shown, run)):
                own[i:i + len(run)] = [True] * len(run)
    if not any(own):
        return None
    out: list[str] = []
    for i, word in enumerate(words):
        if not own[i]:
            out.append(word)
        elif i == 0 or not own[i - 1]:  # a run of the name's words: one blank, the marks around it kept
            last = next(j for j in range(i, len(words)) if j + 1 == len(words) or not own[j + 1])
            before = word[:len(word) - len(word.lstrip(_OPENING_MARKS))]
            tail = words[last]
            after = tail[len(tail) - len(tail.lstrip(_OPENING_MARKS)) + len(bare[last]):]
            out.append(before + _BLANK_IN_LINE + after)
    return f"From “{' '.join(out)}”{found.group('rest') or ''}"


_NAMED_KINDS = frozenset({FactKind.QUOTE, FactKind.PERSON, FactKind.ORGANIZATION})


def _names_its_answer(question: Question) -> bool:
    """Whether the card asks for a name ("Who said: …?", "Who led …?", a blank on a person or a body): the
    headline's words of that name can be blanked. A role's words are no name ("Verizon CIO": "Verizon" is the
    headline's subject)."""
    return question.fact.kind in _NAMED_KINDS


def _bare_word(word: str) -> str:
    """A headline's word without its punctuation and possessive ("Kennedy's" → "Kennedy")."""
    return re.sub(r"(?:['’]s)?[^\w-]*$", "", word.lstrip(_OPENING_MARKS))


_OPENING_MARKS = "“‘'\"("  # what may open a headline's word before its letters


def _common_in_headline(answer: str, line: str) -> frozenset[str]:
    """The content words a name capitalises that the line's headline writes only in lower case, a common noun there
    ("economy" under "S Korea spending boost to economy" for the Finance and Economy Ministry): no part of the name
    shows, and the card kept no line at all (a set-AU rater: "it gives no article title or country, so 'Which
    organisation' reads without context"). One word only: two tell the name ("… breaking child soldiers law" for the
    Child Soldiers Prevention Act)."""
    found = _HEADLINE.match(line)
    if found is None:
        return frozenset()
    words = found.group("headline").split()
    lower = content_words(" ".join(w for w in words if w.islower()))
    written = content_words(" ".join(w for w in words if not w.islower()))
    common = (lower - written) & content_words(" ".join(w for w in answer.split() if w[:1].isupper()))
    return common if len(common) == 1 else frozenset()


def _one_common_word(role: str, line: str) -> frozenset[str]:
    """The one word of a role of three content words or more that the line shows, when the role writes it in lower
    case ("economist" of "senior economist at the Kvam Bank" under "Velm economy slides …", "lawyer" of "lead lawyer
    for Ed Marlow" under "… lawyers say …"): a common word, no giveaway of the whole role (a crossed A/B on 36 tune
    decks: the cards it let in drew 30 good of 34 ratings); else none."""
    words = content_words(role)
    if len(words) < 3:
        return frozenset()
    shared = _shown_in(words, line)
    return shared if len(shared) == 1 and shared <= _office(role) else frozenset()


def _office(role: str) -> frozenset[str]:
    """The content words a role writes in lower case: its office ("coach", "senior economist"), not its body's name."""
    return content_words(" ".join(word for word in role.split() if word.islower()))


def _shown_in(words: frozenset[str], line: str) -> frozenset[str]:
    """Those of ``words`` the line shows, each as ``_shares_word`` reads it."""
    shown = _words_shown(line)
    return frozenset(word for word in words if _shares_word(frozenset({word}), shown))


def _shares_word(answer: frozenset[str], line: frozenset[str]) -> bool:
    """Whether the line holds a word of the answer, or a word that one of the answer's begins or is begun by
    ("Yorkers" for New York City: a blind rater's giveaway), of ``SHARED_PREFIX`` letters or more; not a figure
    ("2016" is no part of "20 November")."""
    return bool(answer & line) or any(
        min(len(a), len(w)) >= SHARED_PREFIX and a.isalpha() and w.isalpha() and (a.startswith(w) or w.startswith(a))
        for a in answer for w in line)


def _abbreviated(answer: str, line: str, is_person: bool) -> bool:
    """Whether the line names the answer in another form: its initials ("FCC chairman Tom Wheeler's departure" for
    the Federal Communications Commission, a blind rater's giveaway), or the words an answer's acronym stands for."""
    shared = _initials(answer) & _acronyms(line) | _acronyms(answer) & _initials(line)
    # two letters are a person's initials as often as a body's ("Ursula Kemp" and "UK"): only a body's count
    return any(len(form) > 2 for form in shared) or bool(shared) and not is_person


def _clipped(answer: str, line: str) -> bool:
    """Whether the line names the answer by a clipped form of each of its words ("Man Utd through after Exeter test"
    for Manchester United: a set-S rater's giveaway): as many capitalised words in a row as the answer has (two or
    more), each the first letter of its word and more of its letters in order, at least one shorter than its word.
    A word begun by another of ``SHARED_PREFIX`` letters or more is ``_shares_word``'s."""
    words = _CAPITALISED.findall(answer)
    if len(words) < 2 or len(words) != len(answer.split()):
        return False
    shown = _CAPITALISED.findall(line)
    return any(all(_clip_of(short, word) for short, word in zip(shown[i:i + len(words)], words))
               and shown[i:i + len(words)] != words
               for i in range(len(shown) - len(words) + 1))


def _clip_of(short: str, word: str) -> bool:
    """``short`` is ``word`` or a clipped form of it: its first letter, then more of its letters in order ("Utd" of
    "United")."""
    if short == word:
        return True
    if len(short) < 2 or len(short) >= len(word) or short[0] != word[0]:
        return False
    rest = iter(word[1:].lower())
    return all(letter in rest for letter in short[1:].lower())


# every capitalised word of a line, and each with the next one ("United States"), overlapping
_COUNTRY_WORDS = re.compile(r"(?<![\w.])(?=([A-Z][\w.’'-]*(?: [A-Z][\w.’'-]*)?))")


def _same_country(answer: str, line: str) -> bool:
    """Whether the line names the answer's country by another of its names ("Britain" under the headline "UK
    heading wrong way, says Howard": a blind rater's giveaway)."""
    if places.countries().get(places.bare_name(answer)) is None:
        return False
    shown = {form for m in _COUNTRY_WORDS.finditer(line) for form in (m.group(1), m.group(1).split()[0])}
    return any(places.same_place(answer, name) or places.same_place(answer, name.rstrip(".’'"))
               for name in shown)


_CAPITALISED = re.compile(r"[A-Z][\w’'-]*")
_WORD = re.compile(r"[\w’'&.-]+")
_INSIDE_NAMES = frozenset({"of", "and", "for", "on", "the", "&"})  # "Food and Drug Administration" → FDA


def _initials(text: str) -> frozenset[str]:
    """The initials of each run of two or more capitalised words and of the runs it ends with ("U.S. Federal
    Communications Commission" → fcc, cc), lowercased; the small words inside a name are passed over."""
    out, run = set(), []
    for word in _WORD.findall(text):
        if _CAPITALISED.fullmatch(word.rstrip(".")) and not word.rstrip(".").isupper():
            run.append(word[0].lower())
            out.update("".join(run[i:]) for i in range(len(run) - 1))
        elif word.lower() not in _INSIDE_NAMES:
            run = []
    return frozenset(out)


def _acronyms(text: str) -> frozenset[str]:
    """The text's words that look like initials ("FCC", "U.S."), lowercased without their dots."""
    bare = (word.replace(".", "") for word in re.findall(r"[\w.]+", text) if may_abbreviate(word))
    return frozenset(word.lower() for word in bare if word.isalpha())  # "US30YT" is a code, not initials


def _line_words(line: str) -> frozenset[str]:
    """The line's content words, a hyphenated compound's parts among them ("US-China" holds "China": a blind rater
    read the blank "China" under the headline "… expand US-China trade deal" as a giveaway), and its percentages."""
    return content_words(line) | content_words(line.replace("-", " ")) | _percentages(line) | _joined_by_ampersand(line)


_AMPERSAND_NAME = re.compile(r"\w+&\w+")


def _joined_by_ampersand(text: str) -> frozenset[str]:
    """The text's names written with an ampersand ("M&S", "AT&T"), lowercased: ``content_words`` reads no word in
    them, so a headline naming the answer that way had shown whole (a tune rater on "Which organisation said …?" →
    "K&V" under a headline naming K&V: "giveaway")."""
    return frozenset(name.lower() for name in _AMPERSAND_NAME.findall(text))


_PERCENTAGE = re.compile(r"(?<![\w.,])(\d[\d.,]*)(?:\s*%|[\s-]+per\s?cent\b)", re.IGNORECASE)


def _percentages(text: str) -> frozenset[str]:
    """Each percentage of the text as one form, however it is written: "20-percent" and "20%" are the headline's
    "20 percent" (set AI: the blank "20-percent" under "… Trump wants 20 percent corporate tax", rated a giveaway);
    a bare "20" is not "20%"."""
    return frozenset(f"{m.group(1).rstrip('.,')}%" for m in _PERCENTAGE.finditer(text))


def _words_shown(line: str) -> frozenset[str]:
    """The line's words that can give an answer away: of its long date, only the month and year."""
    date = re.search(_LONG_DATE, line)
    if not date:
        return _line_words(line)
    return _line_words(line[:date.start()] + line[date.end():]) | _date_words(date.group())


def _date_words(date: str) -> frozenset[str]:
    """The words of a long date that can give an answer away: its month and year, not its day ("$24 to $28" is no
    part of "28 April 2019")."""
    return content_words(date.split(" ", 1)[1])


def _shorter_forms(line: str, answer: frozenset[str]) -> list[str]:
    """The line, then its source and date alone, then its date alone (the parts that hold a word of the answer left
    out, as ``_source_only`` leaves them)."""
    forms = [line]
    if line.startswith("From “"):
        forms.append(_source_only(line, answer))
    dated = re.search(_LONG_DATE, forms[-1])
    if dated and not forms[-1].startswith("From a report of "):
        forms.append(f"From a report of {dated.group()}")
    return [form for form in forms if form]


def _source_only(line: str, answer: frozenset[str]) -> str:
    """The line's source and date without its headline ('From CNET, 18 August 2010'), the parts that hold a word
    of the answer left out: a card that may not show its headline still says when its "now" and "the company" were
    (blind raters: "no time anchor; add 'in 2010'" on such cards)."""
    about = _HEADLINE.match(line)
    parts = [part for part in (about.group("about") or "").split(", ") if part] if about else []
    kept = [part for part in parts if not _shares_word(answer, _date_words(part) if re.fullmatch(_LONG_DATE, part)
                                                          else _line_words(part))]
    if not kept:
        return ""
    dated = bool(re.fullmatch(_LONG_DATE, kept[0]))
    return f"From a report of {kept[0]}" if dated else f"From {', '.join(kept)}"


def unanchored(question: Question, story: str) -> bool:
    """Whether a role card asks "Who was … at the time of the story?" (an article with no date) while its story line
    cannot show the headline ``story``: it holds a word of the answer ("Who was Kevin Downing …?" → "Manafort's
    lawyer" under "Manafort pledges …"), or there is none. "The story" is then no story (blind raters, stop 83:
    "'the story' is dangling because this card has no source title"; 1 good of 4 such cards, 12 of 21 with the
    headline shown)."""
    return question.prompt.endswith(AT_THE_STORY) and (not story or "“" not in line_for(question, f"From “{story}”"))
