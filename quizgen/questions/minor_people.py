"""Cards about people that blind raters called trivia on tune pages: "Who said: “There is going to be a void. No
question”?" (a line so generic it points to no one), "Who said …?" of an analyst (who the commentator is, not the
news) and "Who is Leigh Nugent?" → "head coach" (a role that does not say whose: "head coach" of what?
"specialist in genomics technology": one of many). They stay among all the cards (``--all-cards``), where a teacher
may complete them."""

from __future__ import annotations

import json
import re
from functools import cache
from importlib import resources

from quizgen.facts.appositives import STAND_INS
from quizgen.facts.lexicon import lexicon, words
from quizgen.facts.model import FactKind
from quizgen.facts.person_nouns import person_noun
from quizgen.facts.quotes import SPOKESPERSON_NOUNS
from quizgen.questions.household_names import household_name_text
from quizgen.questions.model import FILL_IN_FAMILIES, WHO_SAID_FAMILIES, Question
from quizgen.questions.places import readings
from quizgen.questions.polities import is_country_word

GENERIC_QUOTE_WORDS = 12  # a quoted line this short with no name or figure in it could be anyone's
_QUOTED = re.compile(r"[“\"]([^”\"]+)[”\"]")
_WORD = re.compile(r"[\w'’.-]+")
_POSSESSIVE = re.compile(r"\b[A-Z][\w&.-]*['’]s\b")
_POSSESSIVE_END = re.compile(r"['’]s\s*$")  # a word's possessive, or one right before a fill-in card's blank
_OF_SOMEONE = re.compile(r"\bof [A-Z]")  # a card's own words naming whom the quote is about or whose the speaker is
_UNNAMED_OWNER = re.compile(r"(?:the )?[a-z][\w-]*['’]s\b")  # "agency's supervisor": a body the role does not name


@cache
def _lists() -> dict[str, frozenset[str]]:
    data = json.loads(resources.files("quizgen.questions").joinpath("minor_people.json").read_text(encoding="utf-8"))
    return {name: frozenset(values) for name, values in data.items() if isinstance(values, list)}


# a line that declines to say anything: "We would not comment on the existence of any such request", "I’m not going
# to comment on what the governor should do" (set AJ: bad from two raters)
_NO_COMMENT = re.compile(r"(?:(?:\bnot|n[’']t|\bnever|\bdeclines?|\bdeclined|\brefused?) (?:(?:going|want|able) )?"
                         r"(?:to )?comment|\bno comment)\b", re.IGNORECASE)
# a sentence in which someone says nothing: declines to comment, does not answer, cannot be reached
_SAYS_NOTHING = re.compile(rf"{_NO_COMMENT.pattern}|\b(?:(?:did|does|do)(?: not|n[’']t) (?:immediately )?"
                           r"(?:respond|reply|return)|could not be reached|unavailable for comment)\b", re.IGNORECASE)


def generic_quote(question: Question) -> bool:
    """Whether a who-said card quotes a line of at most ``GENERIC_QUOTE_WORDS`` words that names nothing: no
    name (a capitalised word inside a sentence, "I" aside) and no figure, so the line alone points to no one; or a
    line of any length that declines to comment (set AF: "a generic no-comment line", bad from two raters)."""
    if question.family not in WHO_SAID_FAMILIES:
        return False
    quoted = _QUOTED.search(question.prompt)
    if quoted is None:
        return False
    line = quoted.group(1)
    if _NO_COMMENT.search(line):
        return True
    said = _WORD.findall(line)
    if not said or len(said) > GENERIC_QUOTE_WORDS or any(c.isdigit() for c in line):
        return False
    return not _names_something(line)


def quote_points_away(question: Question) -> bool:
    """Whether a who-said card quotes words whose "he", "him", "she" or "her" they do not say who is: no name in the
    words and no person before the pronoun ("I work with him …", "He appears to have said …"), so only the article
    tells who is meant (set AW's raters: "the 'him' inside the quote dangles"; stored who-said ratings of such cards
    18 good of 77, against 70% of the rest). "The president has made it clear he …" says who, and so does a card
    that names whom the words are about ("Who said of …")."""
    if question.family not in WHO_SAID_FAMILIES:
        return False
    quoted = _QUOTED.search(question.prompt)
    if quoted is None or _OF_SOMEONE.search(question.prompt[:quoted.start()]):
        return False  # "Who said of Letitia James: …", "Which grandson of FDR said: “What he created …”"
    said = [_POSSESSIVE_END.sub("", word.rstrip(".")) for word in _WORD.findall(quoted.group(1))]
    lowered = [word.lower().replace("’", "'") for word in said]
    pronouns, openers = words("personal_pronouns"), _lists()["sentence_openers"] | _lists()["first_person"]
    pronoun = next((i for i, word in enumerate(lowered) if word in pronouns), None)
    if pronoun is None:
        return False
    if any(word[:1].isupper() and low not in openers for word, low in zip(said, lowered)):
        return False  # a name in the words: "Ken doesn't think he …"
    # a person's noun before the pronoun; not a function word with a person's ending ("for" ends as "actor" does)
    return not any(person_noun(low) for low in lowered[:pronoun] if low not in openers)


def _names_something(line: str) -> bool:
    """A capitalised word that does not open a sentence of ``line`` and is not "I"."""
    first_person = _lists()["first_person"]
    for sentence in re.split(r"(?<=[.!?;:–—-])\s+", line.strip()):
        for word in _WORD.findall(sentence)[1:]:
            if word[:1].isupper() and word.lower().replace("’", "'") not in first_person:
                return True
    return False


def _heads(name: str) -> str:
    """The data list ``name`` of a post's last words as a regular expression's alternatives."""
    return "|".join(sorted(map(re.escape, _lists()[name])))


@cache
def _government_post() -> re.Pattern[str]:
    """A government's post in capitals, its words alone ("Home Secretary", "Japanese Prime Minister", "German
    Chancellor", "Attorney General"; heads and posts from the data), or an opposition's shadow post ("shadow
    chancellor"): a round's A/B on 14 tune decks rated such role cards 32 good of 34 (a fill-in's blank on one before
    its holder's name stays held: stored, 1 good of 18)."""
    return re.compile(rf"(?:[A-Z][a-z]+ ){{1,3}}(?:{_heads('government_post_heads')})"
                      rf"|{_heads('whole_government_posts')}"
                      rf"|(?:[A-Z][\w ]+ )?shadow (?:[a-z]+ ){{0,3}}(?:{_heads('shadow_post_heads')})")


@cache
def _national_post() -> re.Pattern[str]:
    """A country's post, its name or people's word and a head that has one holder in a country ("Russian President",
    "Afghan Vice President"; heads from the data): "Republican Senator" or "Vice President" alone says not whose."""
    return re.compile(rf"(?P<country>.+?) (?:{_heads('national_post_heads')})")


def _government_role(role: str) -> bool:
    """Whether ``role`` is a government's post in capitals (``_government_post``), one after its country's name
    ("U.S. Commerce Secretary") or a country's (``_national_post``); a household name's head of state is trivia ("US
    President"), its other posts are not ("U.S. Attorney General")."""
    first, _, rest = role.partition(" ")
    if first.lower() in STAND_INS:
        role = rest  # "acting U.S. Health Secretary": a stand-in holds the post alone too
    if _government_post().fullmatch(role):
        return True
    country, _, post = role.partition(" ")
    if is_country_word(country) and _government_post().fullmatch(post):
        return True
    national = _national_post().fullmatch(role)
    if not national or not is_country_word(country := national.group("country")):
        return False
    return not household_name_text(country, in_titles=True) \
        or role[len(country):].strip() not in _lists()["head_of_state_heads"]


def bare_role(question: Question) -> bool:
    """Whether a "Who is …?" card (either way round) asks a role that names no body: no "of / at / for / with" a
    name ("head coach", "Defense attorney", "specialist in genomics technology", "businessman from California")
    and no body's possessive ("Scotland's First Minister"), or whose owner is a bare noun ("agency's district
    supervisor for Queens"): raters called the answer incomplete or the prompt one that many people fit. So is a
    fill-in card's blank on such a role before its holder's name ("replace _____ Barack Obama's healthcare law" →
    "former President", "_____ Nic Cocis said …" → "Defense attorney"): the date or the name alone gives it away,
    or many roles fit (stored blind ratings of such blanks in tune decks: 1 good of 18). A role card on a government's
    post in capitals is not held ("Education Secretary", ``_government_post``): one holder at a time, and the story
    says of which country; nor one on a country's ("Turkish President", ``_national_post``: a round's A/B on 16 tune
    decks rated such cards 29 good of 36, its decks 76.6% good before and 76.5% after). A "Who is X?" card is held
    only when the role it shows, which may say whose the fact's words leave out ("Trump's former campaign manager"
    of "former campaign manager"), names no body either."""
    if question.fact.kind is not FactKind.ROLE:
        return False
    if question.family == "role":
        owner = question.prompt  # the prompt may say whose ("Who is X's …?")
    elif question.family in FILL_IN_FAMILIES and question.blank is not None and question.fact.topic \
            and question.prompt[question.blank[1]:].lstrip().startswith(question.fact.topic.split()[0]):
        owner = question.prompt[:question.blank[0]]
        if not _POSSESSIVE_END.search(owner):
            owner = ""  # "Scotland's _____ Nicola Sturgeon" says whose; a possessive further back is another's
    else:
        return False
    if not _names_no_body(question.fact.answer, owner, question.family):
        return False
    shown = question.answer
    return question.family != "role" or shown in (question.fact.topic, question.fact.canonical, question.fact.answer) \
        or _names_no_body(shown, owner, question.family)


def _names_no_body(role: str, owner: str, family: str) -> bool:
    """``bare_role``'s test of one wording of the role, ``owner`` the words before it that may say whose."""
    if family == "role" and _government_role(role.strip()):
        return False  # "Education Secretary", "Japanese Prime Minister": one holder at a time, of the story's country
    if _UNNAMED_OWNER.match(role):
        return True  # "agency's district supervisor for Queens": which agency?
    if _POSSESSIVE.search(role) or _POSSESSIVE.search(owner):
        return False
    words = role.split()
    if _names_a_body(words):
        return False  # "Facebook CEO", "Ohio governor", "White House spokesman"
    prepositions = _lists()["body_prepositions"]
    return not any(word.lower() in prepositions and any(w[:1].isupper() for w in words[i + 1:])
                   for i, word in enumerate(words))


def no_comment_role(question: Question) -> bool:
    """Whether a "Who is …?" card (either way round) asks a role the article gives only in a sentence where its
    holder says nothing ("Peter Carr, a spokesman for Robert Mueller, declined to comment", "Kevin Hill, her lawyer,
    did not respond to a request for comment"): blind raters kept none of 5 such ratings ("Peter Carr is a spokesman
    who only declined to comment")."""
    if question.family != "role" or question.fact.kind is not FactKind.ROLE:
        return False
    return bool(_SAYS_NOTHING.search(question.fact.sentence))


def personal_spokesperson(question: Question) -> bool:
    """Whether a "Who is …?" card (either way round) asks the post of a person's own spokesperson ("spokesman for
    Jan Velm", "Velm's spokeswoman", "Senator Velm spokesman"): a minor source quoted once (set-AM to set-AS raters,
    "trivial"; stored ratings of such role cards 1 good of 20, of other spokespeople's 141 of 179: a body's, "White
    House spokeswoman", is a post worth knowing)."""
    fact = question.fact
    if question.family != "role" or fact.kind is not FactKind.ROLE or fact.parse is None:
        return False
    words, cut = _title_words(fact.answer, set())
    if cut == 0 or words[cut - 1] not in SPOKESPERSON_NOUNS:
        return False
    return any(tok.ent_type == "PERSON" and fact.start <= tok.idx < fact.end for tok in fact.parse.tokens)


def one_word_person(question: Question) -> bool:
    """Whether a role card knows its person by one word only, either way round ("Who was Jones in December 2016?" →
    a union leader, where the article named two Joneses; "Who is the bid chairman?" → "Coe"): a rebuilt tune deck's
    rater, "'Jones' could be Chuck Jones or Leslie Jones"; a learner cannot tell whom, nor answer with a full name."""
    if question.family != "role" or question.fact.kind is not FactKind.ROLE:
        return False
    return len(question.fact.topic.split()) == 1


_PEOPLE_ADJECTIVE = re.compile(r"(?:ish|ese|ian|an|i)$")


def peoples_adjective(word: str) -> bool:
    """Whether ``word`` reads as a people's or a party's adjective ("Scottish", "Congolese", "Republican"): what kind
    of someone, not whose body; a place's name of that ending ("Michigan", "Hawaii", "Japan") is a place."""
    return word[:1].isupper() and word[1:].islower() and bool(_PEOPLE_ADJECTIVE.search(word)) and not readings(word)


def _names_a_body(words: list[str]) -> bool:
    """Whether a role's words hold a capitalised one that is neither a title's word ("Vice President", "Health
    Secretary", "Republican senator") nor a people's adjective ("Scottish nurse"): a body named before the role
    ("Facebook CEO", "Ohio governor", "NFL commissioner"), which says whose role it is. Not a household name's
    ("US President": trivia, as a blank on "U.S." is), nor a commentator's or an expert's ("Wells Fargo analyst",
    "Syracuse University economist": who is quoted on the news, not the news)."""
    if not words or words[-1].lower() in _lists()["commentators"] | _lists()["experts"]:
        return False  # "Wells Fargo analyst", "Syracuse University economist": an expert quoted, not the news
    titles = _lists()["title_words"]
    spelled_titles: dict[str, str] = lexicon()["title_abbreviations"]
    body, aside = [], []  # the body's words, and those in brackets ("United States (US)": one name twice)
    for word in words:
        if word.lower() in ("from", "in", "near"):
            break  # "businessman from California", "researcher in Cambridge": where, not whose
        clean = word.strip("(),;:").replace("’", "'").removesuffix("'s")
        spelled = spelled_titles.get(clean.lower(), clean.rstrip(".").lower())  # "Gov." is a title's word
        # a people's adjective ("Scottish nurse", "Australian Federal …"): whose people, not whose body
        if clean[:1].isupper() and spelled not in titles and not peoples_adjective(clean):
            (aside if word.startswith("(") else body).append(clean)
    if not body:
        return False
    return not (household_name_text(" ".join(body), in_titles=True)
                and all(household_name_text(word, in_titles=True) for word in aside))


def shared_title(question: Question) -> bool:
    """Whether a card asks who held a role many people hold: "Who was the marine biologist at the University of
    Georgia in 2010?", "… the owner of a commercial landscaping company in Montgomery …", "… the grandson of FDR
    …" (blind raters on tune candidates: 0 of 4 good, "UGA has many marine biologists"), against a title one
    person holds in its body ("Who was the president of Associated General Contractors of Alabama in 2011?": 8 of
    8 good). Only the card asking for the person: "Who was Samantha Joye?" → "marine biologist at …" has one
    answer."""
    fact = question.fact
    if question.family != "role" or fact.kind is not FactKind.ROLE \
            or question.answer.strip() not in {fact.topic.strip(), fact.canonical.strip()} - {""}:
        return False  # it asks the role, whatever words it wrote out ("GOP Sen." → "GOP senator")
    words, cut = _title_words(fact.answer, {"in", "from", "on", "and"})
    if cut == 0:
        return False
    if cut + 1 < len(words) and words[cut + 1] in ("a", "an"):
        return True  # "owner of a company in Montgomery": one of many companies
    return not single_holder(" ".join(words[:cut]))


def single_holder(title: str) -> bool:
    """Whether a title (lower case, its body left out: "managing director", "chief executive") is one that one
    person holds in its body (``single_holders``; "executive" and "officer" only after "chief")."""
    words = [re.sub(r"['’]s$", "", w) for w in title.lower().split()]
    if not words:
        return False
    if words[-1] in _lists()["chief_only"]:
        return "chief" in words[:-1]
    return words[-1] in _lists()["single_holders"]


def vague_role(question: Question) -> bool:
    """Whether a "Who is …?" card (either way round) asks a role that gives no title, only a kind of person or of
    commentator: "senior Labour Party figure", "Walt Disney Co. executive" (a "chief executive" has a title),
    "interest rate strategist at BMO Capital Markets" (blind raters: "vague, weak answer", "a minor market
    commentator"), "member of Ennahda’s general secretariat" (one of many: "a minor party official's post is not
    worth learning"; a legislature's member holds a seat)."""
    if question.family != "role" or question.fact.kind is not FactKind.ROLE:
        return False
    words, cut = _title_words(question.fact.answer, {"in", "from", "and"})
    if cut == 0:
        return False
    head, before = words[cut - 1], words[cut - 2] if cut > 1 else ""
    if head == "member" and not _lists()["legislatures"].isdisjoint(re.sub(r"['’]s$", "", w) for w in words):
        return False  # "member of parliament for Dunford", "House member": a seat, a title
    return (head in _lists()["vague_heads"] and before != "chief") or head in _lists()["commentators"] \
        or head in _lists()["press"]  # "Recode editor": the press, whose post is a credit


def _title_words(role: str, ends: set[str]) -> tuple[list[str], int]:
    """A role's words, lower-cased, and where its title ends: at its first body preposition or word of ``ends``
    ("marine biologist" of "marine biologist at UGA"; "senior Labour Party figure" whole)."""
    words = [w.strip(",.;:()").lower() for w in role.split()]
    cut = next((i for i, w in enumerate(words) if w in _lists()["body_prepositions"] | ends), len(words))
    return words, cut


def commentator(question: Question) -> bool:
    """Whether a who-said card asks which commentator said it, or a fill-in card blanks a commentator's name: the
    person's role (``Fact.standing``) is an analyst's, a pundit's, a pollster's ("analyst", "political analyst at
    Brookings"), not part of the story (a set-AB rater on "… said Prudential Equity Group insurance analyst _____":
    bad, "a minor analyst quoted once"; stored labels of such fill-in cards, 4 good of 11)."""
    if not question.fact.standing or not (question.family in WHO_SAID_FAMILIES or (
            question.family in FILL_IN_FAMILIES and question.fact.kind is FactKind.PERSON)):
        return False
    words = re.findall(r"[a-z]+", question.fact.standing.lower())
    return any(word in _lists()["commentators"] for word in words)
