"""Who-said and role cards that stand alone, worded with what only the whole article knows (blind raters: "the
quote has no context", "the present tense will go out of date", "close friend of whom?", "spell out UGA").

- a who-said card says what the quote is about: the attribution's "said of the first big bank to fail", the
  reported-speech words that lead into a partial quote ("Who said that the plan is “…”?"), or else the speaker's
  kind from the role the article gives them ("Which owner of a bakery in Leeds said: …?"; a name's possessive read
  after it: "Which executive director of the Jazz & Heritage Foundation said …?"), or else the body the article ties
  them to ("Who at Amnesty International said …?");
- a role card is asked in the past tense of the article's month and year ("Who was Ana Ruiz in June 2016?"; a role
  that says when it was held, "… in the Carter administration", without the date; one held "then", in its own
  sentence's month and year; on an article with no date, "at the time of the story", the story line's headline
  saying which: set-AD and tune raters on "Who is …?", "present tense with no date, so it is wrong today"; stop
  83's fresh raters on the new form, 12 good of 21 with the headline shown, as the 17 of 31 of dated role cards
  on the same kind of held-out articles), and its answer keeps the title's named owner ("Norland's First
  Minister", not "First Minister");
- an abbreviation the article defines ("the University of Georgia (UGA)") is spelled out where a card's own words
  (not a quotation) use it, and so is an abbreviated title ("State Sen." → "Which state senator said …?");
- on an article with no date, a fill-in card or wh-question whose narration says "now" or "currently" is not made
  (``open_times.says_now``): nothing on the card can say when.

Applied to the candidates once the article's facts, date and text are known (``in_context``); keys stay as they
were, so notes keep their identity.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import replace
from functools import cache, lru_cache
from importlib import resources

from quizgen.facts.appositives import DETERMINERS, bounded_role, names_no_body, title_or_modifier, title_words
from quizgen.facts.counts import MONTHS
from quizgen.facts.first_names import usual_sex
from quizgen.facts.model import Fact, FactKind
from quizgen.facts.lexicon import lexicon, words as lexicon_words
from quizgen.facts.names import acronym_of
from quizgen.facts.person_nouns import person_noun
from quizgen.questions.answer_types import NUMBER_WORDS, looks_like_person, may_abbreviate
from quizgen.questions.card_forms import LONG_CLOZE_WORDS
from quizgen.questions.model import FILL_IN_FAMILIES, WH_FAMILIES, WHO_SAID_FAMILIES, Question
from quizgen.questions.named_roles import short_role, spelled_out, with_roles
from quizgen.questions.offices import names_its_holder
from quizgen.questions.owned_roles import named_owner, possessive_owner, title_owner
from quizgen.questions.open_times import says_now
from quizgen.questions.relative_who import post_verbs
from quizgen.questions.standalone import FIRST_PERSON, narration
from quizgen.questions.wh import BODY_WH, keeps_capital, reads_as_person
from quizgen.read.furniture import lead_words_in_capitals
from quizgen.text import CAPITALISED_WORD, COUNTRY_INITIALS, YEAR_IN, YEAR_WORD, contains_word

_WHO_SAID = re.compile(r"^Who said: “(?P<quote>.*)”\?$", re.DOTALL)
_WHICH_SAID = re.compile(r"^Which (?P<title>[^“]+?) said: “", re.DOTALL)
# a body speaks as "we": a quotation in the first person singular is a person's, whatever label the model gave the
# speaker ("The first time I played it …" of a gamer the model read as a body)
_FIRST_PERSON = re.compile(r"\b(?:I|" + "|".join(sorted(FIRST_PERSON - {"i"})) + r")\b|\bI['’]")
_ROLE_FAMILIES = frozenset({"role"})
_YEAR = re.compile(r"^(\d{4})-(\d{2})")  # an ISO date's year and month
MAX_TOPIC_WORDS = 20  # "said of …" longer than this is a clause of its own, not a topic
MAX_KIND_WORDS = 8  # "Which … said": a role longer than a learner reads at a glance is left out
MAX_POST_WORDS = 12  # … for one post with no shorter form, or whose shorter form cuts its fields apart
MAX_GAP = 60  # characters between the speaker's name and "said of …" (a short aside at most)


@cache
def _data() -> dict[str, object]:
    return json.loads(resources.files("quizgen.questions").joinpath("standing_alone.json").read_text(encoding="utf-8"))


@cache
def _words(name: str) -> frozenset[str]:
    return frozenset(_data()[name])  # type: ignore[arg-type]


def in_context(questions: Iterable[Question], facts: Sequence[Fact], date: str = "", text: str = "") -> list[Question]:
    """The questions with who-said and role cards worded to stand alone (see the module's docstring)."""
    year = _year(date)
    if year and looks_back(text, year):
        year = PAST  # "Who was Keith Joseph in 2014?" of an article on 1986: past tense, no year
    elif year:  # "in December 2014": a title can change hands within a year (raters: "2014 fits two")
        year = _month_year(date)
    articles: dict[str, str] = {}
    kinds = speaker_kinds(facts, articles)
    bodies: dict[str, str] | None = None
    people: frozenset[str] = frozenset()
    spelled = abbreviations(text)
    abbreviated: dict[str, bool] = {}  # by prompt: a fill-in card's options and statements show its prompt too
    out = []
    for q in questions:
        if not year and (q.family in FILL_IN_FAMILIES or q.family in WH_FAMILIES) and \
                says_now(narration(q.visible_prompt(""))):
            continue  # rule 4: "the top corporate rate now at _____" on an undated article: now is when?
        if q.family in WHO_SAID_FAMILIES:
            if bodies is None:
                bodies, people = speaker_bodies(facts), described_people(facts)
            q = _with_said_context(q, kinds, bodies, people)
        elif q.family in WH_FAMILIES:
            q = with_roles(with_speaker_kind(q, kinds), kinds, articles)
        elif q.family in _ROLE_FAMILIES:
            q = _owned_answer(q)
            if q.fact.kind is FactKind.ROLE and q.answer.endswith(q.fact.answer.strip()):  # not the card on the person
                # "Who was Dana Rusk?" → "state senator", not "State Sen."
                q = replace(q, answer=spelled_out(q.answer))
            # "the then Home Secretary", "the State Department's then-deputy inspector general": held at the story's
            # event, not in the article's month ("Who was Sajid Javid in November 2019?" would be wrong; set AG: "Who
            # was Anne Patterson in November 2017?", of 2004's "then-deputy inspector general")
            held_then = _THEN.search(q.answer) is not None
            if held_then:
                q = replace(q, answer=_THEN.sub("", q.answer, count=1))
            held_then = held_then or _removed_from(q.fact)
            when = _event_time(q.fact.sentence) if held_then else ""
            if when and when == _month_year(date):
                when = ""  # "on [2 November 2017], … then-Republican candidate Donald Trump": the month the story tells
                # of the news, not the one the post was held in
            if not held_then and year and year != PAST and of_the_past(q.fact.topic, facts, year):
                held_then, when = True, ""  # "Who was Georges Claude?", not "… in April 2019?"
            if not held_then and year != PAST and reported_dead(q.fact.topic, facts):
                held_then, when = True, ""  # "Who was Ed Marlow?", not "… at the time of the story?"
            dated = dated_role_prompt(q.prompt, (when or PAST) if held_then else year or STORY, q.answer)
            q = q if dated == q.prompt else replace(q, prompt=dated)
        if q.family in WHO_SAID_FAMILIES or q.family in _ROLE_FAMILIES:
            cards = q.prompt.partition("“")[0] + " " + q.answer
            if _ABBREVIATION.search(cards):  # most cards use none: nothing to spell out
                q = _spelled_out(q, _with_names_of(cards, text, spelled))
        elif (q.family in FILL_IN_FAMILIES or q.family in WH_FAMILIES) and _abbreviated(q.prompt, abbreviated):
            # "The CML said loans fell _____": set-AB and tune raters, "CML is unexplained for a student"
            q = spelled_out_beside(q, _with_names_of(q.prompt, text, spelled))
        if q.family in FILL_IN_FAMILIES:
            q = with_roles(q, kinds, articles)
        out.append(q)
    return out


def _abbreviated(prompt: str, known: dict[str, bool]) -> bool:
    """Whether ``prompt`` holds an abbreviation (``_ABBREVIATION``), looked for once per prompt in ``known``."""
    found = known.get(prompt)
    if found is None:
        found = known[prompt] = _ABBREVIATION.search(prompt) is not None
    return found


# a verb or noun of removal right before a role and its holder: "Donald Trump fired FBI Director James Comey", "the
# firing of Director James Comey", "now-ousted Islamist President Mohammed Mursi"
_REMOVED = re.compile(r"\b(?:fired|firing of|sacked|ousted|dismissed|deposed|toppled)\s+$", re.IGNORECASE)


def _removed_from(fact: Fact) -> bool:
    """Whether the role's own sentence shows its holder removed from it (set AI and stop 90's A/B: "Who was James
    Comey in October 2017?" → FBI Director, bad twice, "wrong for the date: by October 2017 Comey had been fired"):
    the post was held up to that event, as a "then-" post is."""
    return fact.kind is FactKind.ROLE and _REMOVED.search(fact.sentence[:fact.start]) is not None \
        and not _BOUNDED.search(fact.answer)  # "fired former FBI Director James Comey": the role says when already


def _month_year(date: str) -> str:
    """"2014-12-30" → "December 2014"; the year alone when the month is not known."""
    match = _YEAR.match(date.strip())
    if match is None or not 1 <= int(match.group(2)) <= 12:
        return _year(date)
    return f"{MONTHS[int(match.group(2)) - 1]} {match.group(1)}"


def _year(date: str) -> str:
    match = _YEAR.match(date.strip())
    return match.group(1) if match else ""


# --- rule 2: role cards in the past tense of the article's month and year -----------------------------------------

PAST = "past"  # the article tells of an earlier year than its own: roles in the past tense, with no year
STORY = "story"  # the article has no date: roles in the past tense, at the time of its story
AT_THE_STORY = " at the time of the story?"  # how such a role card ends
# a role that says when it was held ("the chairman of the council in the Carter administration", "former mayor")
# "ex-" runs into its post ("ex-Labour leader"), so it is matched apart from the words that end before a space
_BOUNDED = re.compile(r"\b(?:former|late|then|onetime|one-time|[A-Z][\w.'’-]+ (?:administration|government|era|"
                      r"presidency))(?=\W|$)|\bex-(?=\w)")
_THEN = re.compile(r"(?:^|(?<=\s))then(?:-|\s)(?=\w)")  # "then Home Secretary", "…'s then-deputy inspector general"
_NOW = re.compile(r"^(?:now|currently) (?=\S)")
STORY_MIN = 4  # an earlier year named this often, and more than all other years together, is the story's time


@cache
def _present_post() -> re.Pattern[str]:
    """"Who heads the House Freedom Caucus?": a post asked in the present tense (``relative_who.post_verbs``), true
    only when the article was written."""
    return re.compile(rf"^Who ({'|'.join(map(re.escape, post_verbs()))}) (.+)\?$")


def _held_post(match: re.Match[str], year: str) -> str:
    """"Who headed the House Freedom Caucus in December 2017?" for the ``_present_post`` question "Who heads …?", as
    a role card is dated (tune raters, 6 of 11 such cards fixable: "present tense and time-sensitive", "no longer
    true")."""
    asked = f"Who {post_verbs()[match.group(1)]} {match.group(2)}"
    if year == PAST:
        return f"{asked}?"
    return f"{asked}{AT_THE_STORY}" if year == STORY else f"{asked} in {year}?"


def dated_role_prompt(prompt: str, year: str, answer: str = "") -> str:
    """"Who was Ana Ruiz in 2016?" for "Who is Ana Ruiz?" when the article's year is known (a title held then may be
    someone else's by the time the card is studied); "Who was Ana Ruiz?" for ``PAST`` and for a role that says when
    it was held ("… in the Carter administration", "the former mayor"), and, on an article with no date, for a post
    the ``answer`` says was held before ("former Dutch prime minister": held for good; set AQ on "Who was Kurt
    Cobain at the time of the story?", "delete 'at the time of the story'"; stored ratings of such cards 12 good of
    28); unchanged without a year or when the prompt names one."""
    if not year or YEAR_IN.search(prompt):
        return prompt
    if year == STORY and _BOUNDED.search(answer):
        year = PAST
    if post := _present_post().match(prompt):
        return _held_post(post, year)  # "Who heads …?": a post asked in the present tense
    if not prompt.startswith("Who is ") or not prompt.endswith("?"):
        return prompt
    asked = _NOW.sub("", prompt[len("Who is "):-1].rstrip())  # "now an immunologist at …": the date says when
    if year == PAST or _BOUNDED.search(asked):
        return f"Who was {asked}?"  # "… in the Carter administration": held then, not in the article's year
    if year == STORY:  # no date: "Who is Ana Ruiz?" is wrong once she leaves; the story line says which story
        return f"Who was {asked}{AT_THE_STORY}"
    return f"Who was {asked} in {year}?"


_EVENT_TIME = re.compile(rf"\b(?:(?:{'|'.join(MONTHS)})(?: {YEAR_WORD})?|{YEAR_WORD})\b")


def _event_time(sentence: str) -> str:
    """The one month and year, or year, a sentence names ("In [June 2019], the then Home Secretary …"); "" for none,
    several or a month with no year ("In June, … refused in 2017": which is the post's?)."""
    found = {m.group(0) for m in _EVENT_TIME.finditer(sentence)}
    time = found.pop() if len(found) == 1 else ""
    return time if YEAR_IN.search(time) else ""


def looks_back(text: str, year: str) -> bool:
    """Whether the article tells of an earlier year than its own ("newly released files show" what happened in 1986):
    one earlier year named at least ``STORY_MIN`` times and more often than all other years together."""
    years = Counter(YEAR_IN.findall(text))
    if not years:
        return False
    top, count = years.most_common(1)[0]
    return top < year and count >= STORY_MIN and count > sum(years.values()) - count


PAST_GAP = 10  # years before the article's: a person the article places only that far back is of the past
PAST_SENTENCES = 2  # … in at least this many of the sentences naming them
_YEAR_OR_DECADE = re.compile(rf"\b({YEAR_WORD})s?\b")  # "December 1910", "throughout the 1920s"


def of_the_past(person: str, facts: Sequence[Fact], year: str) -> bool:
    """Whether the sentences naming ``person`` (by surname) that name a year name only years ``PAST_GAP`` or more
    before the article's ``year`` (its month and year, or its year), at least ``PAST_SENTENCES`` of them: a role
    they held then ("the French engineer Georges Claude", who showed neon lights in 1910 and held a monopoly in the
    1920s) is asked in the past, not in the article's month (an HTML tune rater on "Who was Georges Claude in April
    2019?": "Claude was an engineer of the 1900s–1920s")."""
    now = YEAR_IN.search(year)
    if now is None:
        return False
    old = 0
    for sentence in _sentences_naming(person, facts):
        years = [int(y) for y in _YEAR_OR_DECADE.findall(sentence)]
        if any(y > int(now.group(0)) - PAST_GAP for y in years):
            return False
        old += bool(years)
    return old >= PAST_SENTENCES


# "Ed Marlow, who founded the firm, has died", "Ed Marlow was shot dead"; up to one aside between name and verb
_DIED_AFTER = (r"(?:,[^.;,]{1,120},)?\s+(?:(?:has\s+|had\s+)?(?:died|dies|passed\s+away)|"
               r"(?:was|has\s+been|had\s+been)\s+(?:killed|murdered|shot\s+dead))\b")
# "slain Dunford police officer Ed Marlow", "the death of former Velm coach Ed Marlow": a title before the name
_SLAIN_BEFORE = r"\b(?:slain|murdered|death\s+of)\s+(?:[\w.'’-]+\s+){0,8}"


def reported_dead(person: str, facts: Sequence[Fact]) -> bool:
    """Whether a sentence naming ``person`` (by surname) reports their death ("Ed Marlow, chief designer of the Velm
    One computer, has died"): the posts the article gives them were held in their life, so a role card asks "Who
    was …?" with no time (set BD, "Who was the head of the team … at the time of the story?", a rater: "wrong here:
    he has died and led the team in 1979-81"; set AQ on Kurt Cobain, "delete 'at the time of the story'"). Another's
    death told by their name ("the death of Ed Marlow's father") is not theirs."""
    surname = _surname(person)
    if not surname[:1].isupper():
        return False
    name = re.escape(surname)
    died = re.compile(rf"\b{name}{_DIED_AFTER}|{_SLAIN_BEFORE}{name}\b(?!['’]s)")
    return any(died.search(sentence) for sentence in _sentences_naming(person, facts))


def _surname(person: str) -> str:
    return person.split()[-1] if person.split() else ""


def _sentences_naming(person: str, facts: Sequence[Fact]) -> list[str]:
    """The article's sentences (those its facts come from, each once) that name ``person`` by surname."""
    surname = _surname(person)
    if not surname:
        return []
    return list({f.sentence_index: f.sentence for f in facts if contains_word(f.sentence, surname)}.values())


# --- rule 3: a role answer keeps whose title it is ------------------------------------------------------------------

def _owned_answer(question: Question) -> Question:
    """"Norland’s First Minister" for "Who is Ellen Brody?" when the sentence names the title's owner ("Norland's
    First Minister Ellen Brody said …"): a bare "First Minister" does not say of which country. An owner written
    before the title without a possessive reads so too ("Velm Air chief executive": ``named_owner``; stored ratings
    hold role cards answering a bare lower-case title 0 good of 11)."""
    fact = question.fact
    if fact.kind is not FactKind.ROLE or question.answer != fact.answer.strip():
        return question  # the reverse card asks for the person; its prompt already names the owner (``owned_roles``)
    if question.answer.lower().startswith(("a ", "an ", "the ")):
        return question
    if owner := title_owner(fact):
        return replace(question, answer=f"{owner}’s {question.answer}")
    if named := named_owner(fact, question.answer):
        return replace(question, answer=f"{named} {question.answer}")  # "Velm Air chief executive"
    return question


# --- rule 1: a who-said card says what the quote is about ------------------------------------------------------------

def _with_said_context(question: Question, kinds: dict[str, str], bodies: dict[str, str] | None = None,
                       people: frozenset[str] = frozenset()) -> Question:
    """"Which Macmillan CEO said of the deal: “…”?": a who-said card names the speaker's role where the article gives
    one (raters: "a who-said card teaches a name without the role"; "Who said" → "Which Republican state senator
    said"), and what the quote is about where the sentence says it. Not by an office whose holder everyone can name
    (``offices.names_its_holder``: "Which U.S. President said …?" is the answer)."""
    match = _WHO_SAID.match(question.prompt)
    if match is None:
        return question  # "Which White House spokesman said …": the sentence's own title says who
    quote = match.group("quote")
    fact = question.fact
    speaker = fact.canonical or fact.answer
    who = "Who" if names_its_holder(kinds.get(speaker, "")) else _who(speaker, kinds)  # not "Which U.S. President"
    if who == "Who" and fact.label == "ORG" and not reads_as_person(speaker) and speaker not in people \
            and not _FIRST_PERSON.search(quote):
        who = BODY_WH.capitalize()  # raters: "the answer is an organisation, so change 'Who said'"
    elif who == "Who" and bodies and speaker in bodies:
        who = f"Who at {bodies[speaker]}"  # "Who at Amnesty International said: …?"
    topic = said_of(fact)
    if topic and not _names(topic, speaker):
        return replace(question, prompt=f"{who} said {topic}: “{quote}”?")
    lead = reported_lead(fact)
    if lead and not _names(lead, speaker):
        return replace(question, prompt=f"{who} said {lead} “{quote}”?")
    return question if who == "Who" else replace(question, prompt=f"{who} said: “{quote}”?")


def with_speaker_kind(question: Question, kinds: dict[str, str]) -> Question:
    """"Which Macmillan CEO said a two-year consent agreement … expired?" for "Who said …?": a wh-question on what
    someone said names the speaker's role as a who-said card does; so does one that asks who said a sentence's
    quotation ("Who said: "We have plans …"?" → "Which chief executive of SK Telecom said: …": a rater, "add the
    role")."""
    if not question.prompt.startswith("Who said"):
        return question
    fact = question.fact
    who = _who(fact.canonical or fact.answer, kinds)
    return question if who == "Who" else replace(question, prompt=who + question.prompt[len("Who"):])


_NAMES_A_BODY = re.compile(r"\b(?:of|at|for|with)\s+(?:the\s+)?[A-Z]")  # "station manager of Radio Soleil"


def _who(speaker: str, kinds: dict[str, str]) -> str:
    """"Which {role}" for a speaker the article gives a role of two words or more (``short_role``: its first part
    before "and", none opening on a possessive; not one holding the name, nor one opening on a body's bare kind),
    else "Who"."""
    kind = short_role(kinds.get(speaker, ""))
    if len(kind.split()) < 2 or _names(kind, speaker):
        return "Who"
    if kind[:1].islower() and names_no_body(kind.split()[0], True) and not _NAMES_A_BODY.search(kind):
        return "Who"  # "an association consultant": which association an earlier sentence said (an HTML tune rater)
    return f"Which {kind}"


# a standing that ties a speaker to a body but gives no title: "of the International Longevity Centre" (after the
# name), "Amnesty International's" (before it); "for …" and "from …" are left: "sympathetic for the Taliban" is no
# membership, and "Leicester, who signed White from Bristol" names the club he left
_AFFILIATED = re.compile(r"^(?:of|at|with)\s+(?P<body>(?:the\s+)?[\w.&-]+(?:\s+[\w.&-]+){0,5})$")
_OWNED_BY = re.compile(r"^(?P<body>[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*){0,4})['’]s$")


def described_people(facts: Sequence[Fact]) -> frozenset[str]:
    """Names the model read as a body that the article describes by a person's noun (Ta-Nehisi Coates as a writer,
    its apposition a definition because the name was tagged ORG): a who-said card on their words does not ask "Which
    organisation said …?"."""
    return frozenset(fact.topic for fact in facts if fact.kind is FactKind.DEFINITION and fact.topic
                     and person_noun(fact.label) and looks_like_person(fact.topic))


def speaker_bodies(facts: Sequence[Fact]) -> dict[str, str]:
    """For each quoted person the article ties to a body without a title, that body as a card reads it after "Who
    at": "the International Longevity Centre" of "Shigeo Morioka of the International Longevity Centre", "Amnesty
    International" of "Amnesty International's Jan Shaw" ("the Observer" where the article writes "the Observer's").
    Raters on "Who said" for such speakers: "Which expert at the International Longevity Centre in Tokyo said";
    "a student could fairly answer 'Amnesty International'". A party is no such body ("Labour's Robin Cook": whose
    post the card would not say)."""
    out: dict[str, str] = {}
    sentences: list[str] | None = None
    for fact in facts:
        if fact.kind is not FactKind.QUOTE or fact.label != "PERSON" or not fact.standing:
            continue
        speaker = fact.canonical or fact.answer
        if speaker in out:
            continue
        body = ""
        if (affiliated := _AFFILIATED.match(fact.standing)) is not None:
            body = affiliated.group("body")
        elif (owned := _OWNED_BY.match(fact.standing)) is not None:
            body = owned.group("body")
            sentences = [f.sentence for f in facts] if sentences is None else sentences
            if any(f"the {body}'s" in s or f"the {body}’s" in s for s in sentences):
                body = f"the {body}"
        if body and not any(w.lower() in lexicon_words("party_words") for w in body.split()) \
                and not _names(body, speaker):
            out[speaker] = body
    return out


def _names(text: str, speaker: str) -> bool:
    return any(len(w) > 2 and contains_word(text, w) for w in speaker.split())


def _quote_at(fact: Fact) -> int:
    """Where the quoted words open in the sentence (their opening mark), or -1."""
    words = fact.topic.strip().strip("“”\"‘’ ")
    at = fact.sentence.find(words[:40]) if words else -1
    if at <= 0:
        return -1
    while at > 0 and fact.sentence[at - 1] in "“\"‘'":
        at -= 1
    return at


@cache
def _speech_verbs() -> str:
    return "|".join(sorted(_words("speech_verbs"), key=len, reverse=True))


# a rough count after "about": how many listened, not what was said ("told about 125 supporters", "about a dozen")
_COUNT = re.compile(r"(?:\d|(?:a |some )?(?:%s|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|dozens?|"
                    r"hundreds?|thousands?)\b)" % "|".join(NUMBER_WORDS), re.IGNORECASE)


def said_of(fact: Fact) -> str:
    """What the attribution says the quote is about, with its preposition: "Hoenig said of the first big bank to
    fail" → "of the first big bank to fail" ("said about", "in reference to" alike), or where it was said when the
    place is named ("Saban said at the SEC media days" → "at the SEC media days"); "" when it names nothing that
    stands alone (a pronoun, "the company", "at the time")."""
    sentence = fact.sentence
    about, where = "|".join(_words("about_words")), "|".join(_words("setting_words"))
    # a day the article's date wrote in ("on [Monday, 6 April 2020]") is one phrase, its comma inside the brackets
    pattern = (rf"\b(?:{_speech_verbs()})\s+(?P<topic>(?P<prep>{about}|{where})\s+"
               rf"(?P<object>(?:\[[^\]]*\]|[^,;:“”\"\[])+?))\s*(?:[,;:.!?]|$)")
    for match in re.finditer(pattern, sentence):
        if not 0 <= match.start() - fact.end <= MAX_GAP:
            continue  # the speaker's own verb ("Hoenig said of …"), not another's
        if sentence.count("“", 0, match.start()) > sentence.count("”", 0, match.start()):
            continue  # the quotation's own words ("… took notes of Mr. Velm's offer": a card asked "Who said of Mr:
            # …?")
        thing = match.group("object").strip()
        if match.group("prep") == "about" and _COUNT.match(thing):
            continue  # "Moore told about 125 supporters": a listener counted roughly, no topic ("said about 125 …")
        if match.group("prep") in _words("setting_words") and not CAPITALISED_WORD.search(thing):
            continue  # "said at the time", "said in a statement": no named event or place
        if _stands_alone(thing):
            return match.group("topic").strip()
    return ""


def reported_lead(fact: Fact) -> str:
    """The reported speech that leads into a partial quote: "Hoenig said that the Fed's policy is “risking …”" →
    "that the Fed's policy is" (the quote finishes its clause, so the card reads as the sentence does); "" when the
    quote stands apart or the lead-in does not stand alone."""
    at = _quote_at(fact)
    if at < 0 or fact.end > at:
        return ""  # the speaker must come before the quote ("Hoenig said that … “…”")
    before = fact.sentence[fact.end:at]
    if before.rstrip().endswith((":", ",", ".", "!", "?")):
        return ""  # "Baker told the Telegraph: “…”", "… Baker said. “…”": the quote stands apart from the words before
    verb = re.search(rf"\b(?:{'|'.join(_words('reporting_verbs'))})\b", before)
    if verb is None or not _only_aside(before[:verb.start()]):
        return ""
    lead = before[verb.end():].strip()
    lead = lead.rstrip(" ,:")
    if not lead or any(mark in lead for mark in "“”\"") or len(lead.split()) > MAX_TOPIC_WORDS:
        return ""
    first = lead.split()[1] if lead.split()[0].lower() == "that" and len(lead.split()) > 1 else lead.split()[0]
    if not _stands_alone(first):
        return ""
    return lead


def _only_aside(text: str) -> bool:
    """Words between the speaker and the verb that are only an aside ("(R-Burlington), for example,")."""
    stripped = re.sub(r"\([^)]*\)", "", text).strip()
    return not stripped or (stripped.startswith(",") and stripped.endswith(","))


def _stands_alone(topic: str) -> bool:
    words = topic.split()
    if not words:
        return False
    first = words[0].lower().strip("“”\"‘’")
    if first in _words("pointing_words"):
        return False  # "said of it", "said of them", "said of the company"
    if first in ("the", "this", "that", "these", "those") and len(words) == 2 and words[1].islower():
        return False  # "said of the company": which company the card does not say
    return len(words) <= MAX_TOPIC_WORDS


_OWNED_TITLE = re.compile(r"^(?P<owner>[A-Z][\w.&-]*(?:\s+(?:&|of|for|and|[A-Z][\w.&-]*))+)['’]s\s+"
                          r"(?P<title>[a-z][a-z -]+)$")


# an owner in capitals: "IBM's senior vice president"
_ACRONYM_OWNED = re.compile(r"^(?P<owner>[A-Z]{2,6})['’]s\s+(?P<title>[a-z][a-z -]+(?:\s+(?:of|for|at)\s+.*)?)$")


# an owner of a title with its field in capitals: "Velm Aid's head of Trade Policy"
_OWNED_FIELD = re.compile(r"^(?P<owner>[A-Z][\w.&-]*(?:\s+(?:&|of|for|and|[A-Z][\w.&-]*))*)['’]s\s+"
                          r"(?P<title>[a-z][a-z -]*?\s+of\s+[A-Z][\w&-]*(?:\s+(?:and\s+|&\s+)?[A-Z][\w&-]*)*)$")


def owner_after(role: str) -> str:
    """"executive director of the Jazz & Heritage Foundation" for "Jazz & Heritage Foundation's executive director": a
    role read after a "Which" or a name (raters: "Who said" → "Which executive director of the … Foundation said");
    a person owns without "the"; an owner in capitals names the title as it would be written before a name ("IBM
    senior vice president": a set-R rater on "Who said" for "IBM's senior vice president …, Nick Donofrio"); any
    other one-word owner ("Fed's", "Scotland's") is left as written."""
    if (acronym := _ACRONYM_OWNED.match(role) or _OWNED_FIELD.match(role)) is not None:
        # "Velm Aid head of Trade Policy": a title that says of what reads after its owner, no second "of"
        return f"{acronym.group('owner')} {acronym.group('title')}"
    match = _OWNED_TITLE.match(role)
    if match is None:
        return role
    owner = match.group("owner")
    # a person owns without "the": "attorney of Patrick W. Carlineo Jr." (was "of the Patrick …", a fresh page)
    the = "" if usual_sex(owner) or owner.endswith((" Jr.", " Sr.")) else "the "
    return f"{match.group('title')} of {the}{owner}"


def speaker_kinds(facts: Sequence[Fact], articles: dict[str, str] | None = None) -> dict[str, str]:
    """For each person the article gives a role of two words or more: that role, without its article ("owner of a
    bakery in Leeds"), the first one given. Its length is the length a card reads (``short_role``): "transportation
    expert and professor at DePaul University in Chicago" reads "Which transportation expert said …" (stop-53
    raters on its "Who said: …?": "'Who said' gives no role, so a student cannot place the speaker"). ``articles``,
    when given, gets the article the text wrote right before each role that kept its first word ("a" of "Ada Brun,
    a key influence on …"), for ``named_roles.with_roles`` to put back."""
    out: dict[str, str] = {}
    names: set[str] | None = None
    lowered: set[str] | None = None
    for fact in facts:
        if fact.kind is not FactKind.ROLE or not fact.topic.strip():
            continue
        role = owner_after(spelled_out(re.sub(r"^(?:the|a|an)\s+", "", bounded_role(fact.answer.strip()),
                                              flags=re.IGNORECASE)))
        if owner := named_owner(fact, role) or possessive_owner(fact, role):
            # "Marsh chief executive": the title's owner, named right before it; "Velm Party local government
            # spokesman" of "Velm Party's …" (a set-X rater on "Which government spokesman said": "does not say
            # which party")
            role = f"{owner} {role}"
        if fact.start == 0 and role[:1].isupper():
            names = _capitalised_inside(facts) if names is None else names
            lowered = _written_lower(facts) if lowered is None else lowered
            role = _read_inside(fact, role, names, lowered)
        shown = short_role(role) or role  # what a card reads: "transportation expert" of "… expert and professor at …"
        if len(title_words(shown).split()) > MAX_KIND_WORDS:
            role = without_place(role)
            shown = short_role(role) or role
        most = MAX_KIND_WORDS
        if len(title_words(shown).split()) > MAX_KIND_WORDS and (first := short_role(role, fields=False)):
            if first == shown or len(title_words(shown).split()) > MAX_POST_WORDS:
                role = shown = first  # "transportation expert" of "… expert and professor at DePaul University"
            # a post of up to MAX_POST_WORDS reads whole: cut at its "and", one post would read cut off ("Which
            # director of the law said" of "… law and technology programme at …": set-Y raters asked for the whole
            # title, and "vice president of electrical engineering" of "… and distribution for …" was rated good by
            # 1 tune rater of 4); with no shorter form, "Who said" would give no role (a bank's "director of foreign
            # exchange at …": a set-AR rater, "the prompt gives no role"; stored ratings of "Who said" on speakers
            # with such roles 89 good of 172, of "Which …" on roles as long 71 of 90)
            most = MAX_POST_WORDS
        if 2 <= len(title_words(shown).split()) <= most and fact.topic.strip() not in out:
            out[fact.topic.strip()] = role
            if articles is not None and (article := _ARTICLE_BEFORE.search(fact.sentence, 0, fact.start)) \
                    and role.split()[0] == fact.answer.split()[0]:
                articles[fact.topic.strip()] = article.group(1).lower()
    return out


_ARTICLE_BEFORE = re.compile(rf"(?<![\w-])({'|'.join(sorted(DETERMINERS))})\s+$", re.IGNORECASE)


def _read_inside(fact: Fact, role: str, names: set[str], lowered: set[str]) -> str:
    """A role that opens its sentence as a common noun, as a card reads it after "Which": "sports psychologist" of
    "Sports psychologist Hugh Richards says …" (a blind rater: "lowercase 'Sports'"); a name keeps its capital
    ("Labour MP …"), and so does a word the article capitalises inside a sentence (``names``: "Chargers coach …
    that the Chargers saw …", a team the model reads as a plural noun). A word the model reads as a name there but the
    article writes in lower case elsewhere (``lowered``) is a common noun when the role goes on in lower case:
    "Motorcycle racer, Roy Tansley, …" beside "motorcycle racing's governing body" (a set-R rater: "'Motorcycle' is
    wrongly capitalised mid-sentence")."""
    tokens = fact.parse.tokens_in(fact.start, fact.end) if fact.parse is not None else []
    if not tokens or tokens[0].i != 0 or not role.startswith(tokens[0].text) or tokens[0].text in names \
            or tokens[0].text[1:] != tokens[0].text[1:].lower():
        return role
    first, after = tokens[0], tokens[1] if len(tokens) > 1 else None
    if after is not None and after.text[:1].isupper() and after.text[1:].islower() \
            and role.startswith(f"{first.text} {after.text}"):
        return role  # "Auditor General", "Chief Constable": a title written in capitals throughout keeps them
    common = first.pos == "PROPN" and first.lower in lowered and first.lower not in lexicon_words("party_words") \
        and after is not None and after.text.islower()  # "First Minister", "Attorney General": one capitalised title
    if keeps_capital(first, after) and not common:
        return role
    return role[:1].lower() + role[1:]


_INSIDE_CAPITAL = re.compile(r"(?<=[a-z,;] )[A-Z][a-z]+")


_LOWER_WORD = re.compile(r"(?<![\w-])[a-z]+(?![\w-])")


def _written_lower(facts: Sequence[Fact]) -> set[str]:
    """The words the article's sentences write in lower case (outside quotation marks too: a quote's words are the
    article's own spelling)."""
    return {word for sentence in {f.sentence for f in facts} for word in _LOWER_WORD.findall(sentence)}


# "Royal Academy of Dance": a word inside a longer name is no name on its own ("Dance teacher Eve Trew" → "dance")
_INSIDE_A_NAME = re.compile(r"[A-Z][a-z]+ (?:of|and|for) $")


def _capitalised_inside(facts: Sequence[Fact]) -> set[str]:
    """The words the article's sentences write with a capital after a lower-case word: names, whatever the model read;
    not a word a longer name joins on ("Academy of Dance")."""
    return {match.group() for sentence in {f.sentence for f in facts} for match in _INSIDE_CAPITAL.finditer(sentence)
            if not _INSIDE_A_NAME.search(sentence, max(0, match.start() - 30), match.start())}


_PLACE_AFTER = re.compile(r"\s+in\s+[^,;()]+$")


def without_place(role: str) -> str:
    """A role without the place it ends on: "pulmonologist at the Aberdeen Royal Infirmary" of "… Infirmary in the
    UK", "deputy associate administrator for exploration" of "… in the science directorate". A role too long to read
    at a glance gave "Who said" (tune raters: "no role for the speaker; edit to 'Which … administrator for
    exploration said'"); the place was the part a learner needs least."""
    return _PLACE_AFTER.sub("", role)


# --- rule 4: abbreviations the article defines are spelled out -------------------------------------------------------

_BRACKETED = re.compile(r"\s\((?P<abbr>[A-Z][A-Z&.]{1,7})\)")
_NAME_BEFORE = re.compile(r"(?P<the>\bthe\s+)?(?P<name>(?:[A-Z][\w&'’.-]*\s+(?:(?:of|for|and|the|on|in|de)\s+)*)*"
                          r"[A-Z][\w&'’.-]*)$")
NAME_WINDOW = 120  # characters before a bracketed abbreviation where its name may stand


def abbreviations(text: str) -> dict[str, str]:
    """Abbreviations the article spells out in brackets ("the University of Georgia (UGA)"): abbreviation → its full
    name as the article writes it, with "the" when the article puts one before it. The capitals' initials open the
    abbreviation, with at most one letter more."""
    out: dict[str, str] = {}
    for bracket in _BRACKETED.finditer(text):
        abbr = bracket.group("abbr")
        match = _NAME_BEFORE.search(text[max(0, bracket.start() - NAME_WINDOW):bracket.start()])
        if match is None or abbr in out:
            continue
        words = match.group("name").split()
        for i in range(len(words)):  # the run may start earlier than the name ("Researchers at University of …")
            if _initials_fit(acronym_of(" ".join(words[i:])), abbr.replace(".", "")):
                the = "the " if (i > 0 and words[i - 1].lower() == "the") or (i == 0 and match.group("the")) else ""
                out[abbr] = the + " ".join(words[i:])
                break
    return out


def _initials_fit(initials: str, abbr: str) -> bool:
    """"UG" for "UGA": the name's initials, in order, are the abbreviation or all of it but its last letter."""
    return len(initials) >= 2 and (initials == abbr or (len(abbr) == len(initials) + 1 and abbr.startswith(initials)))


_ABBREVIATION = re.compile(r"(?<![\w(])[A-Z]{2,6}(?![\w)])")
_NAME_RUN = re.compile(rf"(?:\b[Tt]he\s+)?(?:{COUNTRY_INITIALS.pattern}\s+)?"  # "the U.S. …"
                       r"[A-Z][\w&'’-]*(?:\s+(?:(?:of|for|and|the|on|in)\s+)*[A-Z][\w&'’-]*)+")


def named_in_full(text: str, abbr: str) -> str:
    """The article's name whose capitals' initials are exactly ``abbr`` ("Election Data Services" for "EDS"), or ""."""
    return _names_by_initials(text).get(abbr, "")


@lru_cache(maxsize=16)  # a deck's cards ask of the same article's text: one pass over it for all their abbreviations
def _names_by_initials(text: str) -> dict[str, str]:
    """Each initials' first name in the article, in ``named_in_full``'s order (the runs of capitals in turn, each
    from its start)."""
    found: dict[str, str] = {}
    for match in _NAME_RUN.finditer(text):
        words = match.group(0).split()
        for i in range(len(words) - 1):  # a name of two words or more
            before = words[i - 1] if i > 0 else ""
            dotted = bool(COUNTRY_INITIALS.fullmatch(before))
            if before[:1].isupper() and before.lower() != "the" and not dotted:
                continue  # no name starts inside another: "Editas Medicine and Intellia Therapeutics" is no "MIT"
            if all(may_abbreviate(word) for word in words[i:] if word[:1].isupper()):
                continue  # "the EU and US" are two short forms, no name of "EU" (set BE: "EU and US (EU) Trade …")
            if words[i][:1].isupper():
                # "the" before a country's initials is the name's too: "from the U.S. National Institutes …" had
                # lost it when spelled out for "from NIH" (set AO: "small grammar slip")
                the = "the " if before.lower() == "the" or (dotted and i > 1 and words[i - 2].lower() == "the") else ""
                found.setdefault(acronym_of(" ".join(words[i:])), the + " ".join(words[i:]))
    return found


@cache
def _words_in_capitals() -> frozenset[str]:
    """Common words a page may set in capitals ("AS Opposition Leader, Bill Shorten said …" is "As …"): spelled out
    from a name's initials elsewhere, "AS" became "Andrew Shearer (AS)" (a wrong card, on a fresh page)."""
    return frozenset(word.upper() for word in lead_words_in_capitals())


def _with_names_of(cards: str, text: str, spelled: dict[str, str]) -> dict[str, str]:
    """``spelled`` with the abbreviations the cards' words use that the article names in full elsewhere."""
    out = dict(spelled)
    for abbr in set(_ABBREVIATION.findall(cards)) - set(out) - _words_in_capitals():
        name = named_in_full(text, abbr)
        if name:
            out[abbr] = name
    return out


def _spelled_out(question: Question, spelled: dict[str, str]) -> Question:
    prompt = _expand(question.prompt, spelled, quoted=True)
    answer = _expand(question.answer, spelled) if question.answer != (question.fact.canonical or "") else question.answer
    if prompt == question.prompt and answer == question.answer:
        return question
    return replace(question, prompt=prompt, answer=answer)


def spelled_out_beside(question: Question, spelled: dict[str, str]) -> Question:
    """A fill-in card or wh-question with the abbreviations its narration uses spelled out once, around its blank
    (which moves with the words before it); none the answer holds, in either form (its name would give it away), none
    inside a quotation (the speaker's own words), none of two letters or written as a possessive, and none where the
    card would grow too long to read as one."""
    answer = question.answer.lower()
    spelled = {abbr: name for abbr, name in spelled.items()
               if len(abbr.replace(".", "")) >= MIN_SPELLED_LETTERS and not name.endswith(("'s", "’s"))
               and not re.search(rf"\b{re.escape(abbr.lower())}\b", answer)
               and name.lower().removeprefix("the ") not in answer}
    if not spelled:
        return question
    prompt = question.prompt
    if question.blank is None:
        shown = _expand_narration(prompt, spelled)
        return question if shown == prompt else replace(question, prompt=shown)
    start, end = question.blank
    before = _expand_narration(prompt[:start], spelled)
    rest = {abbr: name for abbr, name in spelled.items() if f"({abbr})" not in before}
    after = prompt[end:] if _QUOTE_OPEN.search(prompt[:end]) else _expand_narration(prompt[end:], rest)
    if before == prompt[:start] and after == prompt[end:]:
        return question
    if len((before + prompt[start:end] + after).split()) >= LONG_CLOZE_WORDS > len(prompt.split()):
        return question  # the names would make a card too long to read as one (``long_cloze``) of one that was not
    shift = len(before) - start
    return replace(question, prompt=before + prompt[start:end] + after, blank=(start + shift, end + shift))


_QUOTE_OPEN = re.compile("[“\"]")
# two letters are too often a household name ("US", "EU") or a name's own first part ("SK Telecom", "LC 500") for a
# fill-in's narration to spell them out: "the United States (US) attorney" (tune pages)
MIN_SPELLED_LETTERS = 3


def _expand_narration(text: str, spelled: dict[str, str]) -> str:
    """``_expand`` on the words before the text's first quotation mark, straight or curly."""
    mark = _QUOTE_OPEN.search(text)
    cut = mark.start() if mark else len(text)
    return _expand(text[:cut], spelled) + text[cut:]


_WORD_AFTER = re.compile(r"\s+([\w’'-]+)")


def _word_after(text: str, end: int) -> str:
    """The word after ``end`` past its spaces, or ""."""
    after = _WORD_AFTER.match(text, end)
    return after.group(1) if after else ""


def _opens_a_name(text: str, end: int) -> bool:
    """Whether the abbreviation ending at ``end`` opens a longer name, a capitalised word that is no title after it
    ("UC Irvine", "US Treasury"; not "HDS President"): spelled out, it would read "Undead Cinema (UC) Irvine" (a
    stop-83 rater: "wrong") or "The United States (US) Treasury Under-Secretary" ("awkward")."""
    word = _word_after(text, end)
    return "A" <= word[:1] <= "Z" and word.lower() not in title_or_modifier()


_DETERMINERS = frozenset({"a", "an", "the", "this", "these", "those", "its", "his", "her", "their", "our"})
# words after which a name takes no "the": determiners, possessives, numbers and the modifiers of a post (not "that",
# which may open a clause: "the flaw that the National Security Agency used")
_NO_THE_AFTER = _DETERMINERS | frozenset({
    "which", "my", "your", "each", "every", "another", "any", "no", "some", "one", "two", "three", "several", "many",
    "other", "former", "acting", "interim", "senior", "top", "then", "ex", "current", "outgoing", "incoming", "retired",
    "longtime", "fellow", "deputy", "assistant"})


def _determined(before: list[str]) -> bool:
    """Whether the two words before an abbreviation are a determiner and a lower-case word, so that the phrase has its
    article already ("the new JCT estimate": set AK read "the new the Joint Committee on Taxation (JCT) estimate"
    as ungrammatical)."""
    return len(before) == 2 and before[0].lower() in _DETERMINERS and before[1].isalpha() and before[1].islower()


def _before_a_title(text: str, end: int) -> bool:
    """Whether the word after ``end`` is a title's or a post's ("chief", "Commissioner")."""
    return _word_after(text, end).lower() in title_or_modifier()


def _expand(text: str, spelled: dict[str, str], quoted: bool = False) -> str:
    """Each defined abbreviation the text uses bare spelled out once: "at UGA" → "at the University of Georgia (UGA)".
    With ``quoted`` only the words before a quotation change (a quote is the speaker's own words)."""
    head, mark, rest = text.partition("“") if quoted else (text, "", "")
    for abbr, name in spelled.items():
        # "AT" of "AT&T" is no abbreviation of its own (a card read "Which At T-Mobile (AT)&T Entertainment CEO …"),
        # nor is "NAFTA" of "NAFTA-built" to be spelled out (a tune card read "the North American Free Trade
        # Agreement (NAFTA)-built vehicles")
        bare = re.compile(rf"(?<![\w(&\[])(?:the\s+)?{re.escape(abbr)}(?![\w)&\]-])(?!\s*[(\d])")
        if name.lower().removeprefix("the ") in head.lower():
            continue  # the name is spelled out already
        found = next((m for m in bare.finditer(head) if not _opens_a_name(head, m.end())), None)
        if found is None:
            continue
        the = found.group(0).lower().startswith("the ")
        full = name if not the else "the " + name.removeprefix("the ")
        if not the and found.start() == 0 and _before_a_title(head, found.end()):
            # "FCC Commissioner" opening the text, a title's modifier written bare, stays bare: a role's answer read
            # "The Federal Communications Commission (FCC) Commissioner" (inside a sentence, "asked the … Director
            # Tom Holt" reads better with it)
            full = full.removeprefix("the ")
        before = head[:found.start()].split()[-2:]
        if before and (before[-1].lower() in _NO_THE_AFTER or before[-1].endswith(("'s", "’s", "-"))
                       or _determined(before)):
            # "Which UGA scientist" → "Which University of Georgia (UGA) scientist"; "former FBI Director" read
            # "former the Federal Bureau …" (set AH, fixable: "ungrammatical")
            full = full.removeprefix("the ")
        if found.start() == 0 or head[found.start() - 1] in "“(":
            full = full[0].upper() + full[1:]
        head = head[:found.start()] + f"{full} ({abbr})" + head[found.end():]
    return head + mark + rest
