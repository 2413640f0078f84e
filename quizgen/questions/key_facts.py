"""The article's key facts for the deck: the numbers and findings blind raters list first (how many, how much, what
percentage; what the headline says), which the learned ranker alone scores below the deck's threshold (it learned
that short answers and small numbers are often trivia). A card on a key fact gets a lift in log-odds before the deck
is chosen; the deck's budget leaves out a card that blanks a minor word while its sentence's key number stays
visible, so the sentence's card asks its number."""

from __future__ import annotations

import json
import math
import re
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping
from functools import cache, lru_cache
from importlib import resources

from quizgen.facts.first_names import usual_sex
from quizgen.facts.model import Fact, FactKind
from quizgen.facts.names import NameIndex
from quizgen.facts.quotes import SPOKESPERSON_NOUNS
from quizgen.questions.features import LEAD_SENTENCES, prompt_words, ranker
from quizgen.questions.features import chance as logistic
from quizgen.questions.model import FILL_IN_FAMILIES, MAIN_EVENT_KEY, WH_FAMILIES, WHO_SAID_FAMILIES, Question
from quizgen.questions.own_outlet import bare_outlet, credits_outlet, outlet_staff
from quizgen.text import YEAR_IN, normalize
from quizgen.memo import kept_beside

KEY_FIGURE = "key_figure"  # raters' top-8 facts are mostly "how many / how much / what percentage"
HEADLINE_NEWS = "headline_news"  # a fact of a sentence telling the headline's news
MINOR_BESIDE_FIGURE = "minor_beside_figure"  # "a blank on a minor word while the sentence's key number stays visible"
SIGNALS = (KEY_FIGURE, HEADLINE_NEWS, MINOR_BESIDE_FIGURE)
MAIN_EVENT_LIFT = 4.0  # log-odds: the headline's figure goes first into the deck (raters' first top-8 fact)
SUBJECT_SHARE, SUBJECT_MIN_SENTENCES = 1 / 3, 2  # a word in more of the sentences is the article's subject
HEADLINE_MIN_SHARED = 2  # content words a sentence shares with the title to tell its news ("NASA … receive … $18 billion")
MAX_LIFTED_WORDS = 40  # a prompt longer than this gets no lift, whatever it asks
STEM = 5  # words compared on their first letters, without a plural's s: "receives" and "received", "walls" and "wall"
_NUMBER_KINDS = frozenset({FactKind.COUNT, FactKind.AMOUNT})
_DIGIT = re.compile(r"\d")
_WORD = re.compile(r"[a-z0-9][a-z0-9$%.,-]*")
_SITE_TAIL = re.compile(r"\s+[-|–—]\s+")  # "… - Telegraph", "… | MIT Technology Review"


@cache
def _lists() -> dict[str, frozenset[str]]:
    data = json.loads(resources.files("quizgen.questions").joinpath("key_facts.json").read_text(encoding="utf-8"))
    return {name: frozenset(values) for name, values in data.items() if isinstance(values, list)}


_SIDE = r"[A-Z][\w.'’&-]*(?: [A-Z][\w.'’&-]*){0,3}"
_RESULT = re.compile(rf"(?P<home>{_SIDE}) \d{{1,3}}-\d{{1,3}} (?P<away>{_SIDE})")  # a result as a title


_CAPITALISED_WORD = re.compile(r"[A-Z][\w’'-]*[\w]")
_POSSESSIVE_END = re.compile(r"['’]s$")
# a role that is someone's spokesperson: "Manafort spokesman", "Mike Lee's spokeswoman", "spokesman for Robert Mueller"
_SPOKES = "|".join(sorted(SPOKESPERSON_NOUNS))
_SPOKESPERSON_OF = re.compile(rf"(?:(?P<before>.+?)(?:['’]s)? (?:{_SPOKES})|(?:{_SPOKES}) (?:for|to) (?P<after>.+))",
                              re.IGNORECASE)


def headline(title: str) -> str:
    """The title without a site's name after a dash or bar: the longest of its parts."""
    parts = [p for p in _SITE_TAIL.split(title.strip()) if p]
    return max(parts, key=lambda p: len(p.split()), default="")


@lru_cache(maxsize=1 << 12)  # the ranker asks it of every card's answer, and a fact's cards share theirs
def content_words(text: str) -> frozenset[str]:
    """A text's content words, lowercased and cut to their first ``STEM`` letters (numbers whole)."""
    out = set()
    for word in _unstopped(text):
        if len(word) < 3 and not word[0].isdigit():
            continue
        if not _DIGIT.search(word):
            word = (word[:-1] if word.endswith("s") and len(word) > 3 else word)[:STEM]  # "walls" and "wall"
        out.add(word)
    return frozenset(out)


def whole_words(text: str) -> frozenset[str]:
    """A text's content words of three letters or more, lowercased, each as written: "states" is not "state"."""
    return frozenset(word for word in _unstopped(text) if len(word) >= 3)


def _unstopped(text: str) -> Iterator[str]:
    """The words of the lowered text (``_lowered``) that are no title stop word, their edge marks off."""
    stop = _lists()["title_stop_words"]
    for word in _WORD.findall(_lowered(text)):
        word = word.strip(".,-")
        if word and word not in stop:
            yield word


def _lowered(text: str) -> str:
    """The text ``content_words`` reads its words in: lower-cased, without a possessive's "'s"."""
    return text.lower().replace("’", "'").replace("'s", "")


def shared_words(words: frozenset[str], text: str) -> frozenset[str]:
    """``words & content_words(text)``. Each content word is a piece of the lowered text, so a text holding none
    of ``words`` shares none: most of an article's sentences, each read against the title, are spared the reading."""
    lowered = _lowered(text)
    if not any(word in lowered for word in words):
        return frozenset()
    return words & content_words(text)


_KEY_NUMBER = "_quizgen_key_number"


FRAME_WORDS = 5  # words before a figure that make its frame: fewer ("rose to") recur by chance


def _frame(sentence: str, start: int) -> tuple[str, ...] | None:
    """The words before a figure at ``start`` of ``sentence``, lower case, when there are ``FRAME_WORDS`` of them
    and none holds a digit."""
    words = _FRAME_WORD.findall(sentence[:start].lower())[-FRAME_WORDS:]
    return tuple(words) if len(words) == FRAME_WORDS and not any(_DIGIT.search(w) for w in words) else None


_FRAME_WORD = re.compile(r"[\w’'-]+")


def is_key_number(fact: Fact) -> bool:
    """A count or amount told in digits or with a scale ("$18 billion", "185,000", "nearly 10 percent", "an
    increase of $157 million"), the part of a whole ("only eight of the 48 workers": eight, not 48), or any number
    of the lead's ("a man was shot four times"): a figure, not "two members" in passing. Worked out once per fact
    (kept beside its frozen fields, as ``needs_context`` is): the ranker asks it of every card on the fact."""
    return kept_beside(fact, _KEY_NUMBER, _is_key_number)


def _is_key_number(fact: Fact) -> bool:
    if fact.kind not in _NUMBER_KINDS or is_whole(fact):
        return False
    answer = fact.answer.lower()
    return bool(_DIGIT.search(answer)) or any(re.search(rf"\b{w}\b", answer) for w in _lists()["scale_words"]) \
        or is_part(fact) or (fact.sentence_index < LEAD_SENTENCES and bool(_WRITTEN.search(answer)))


_NUMBER = r"(?:\d[\d,.]*|" + "|".join(("two three four five six seven eight nine ten eleven twelve twenty thirty forty "
                                        "fifty sixty seventy eighty ninety hundred").split()) + ")"
_WRITTEN = re.compile(rf"\b{_NUMBER}\b")
_OF = r"(?:out\s+)?of\s+(?:the\s+|its\s+|their\s+|his\s+|her\s+)?"
_WHOLE_BEFORE = re.compile(rf"\b{_NUMBER}\s+{_OF}$", re.IGNORECASE)
_WHOLE_AFTER = re.compile(rf"^\s+{_OF}{_NUMBER}\b", re.IGNORECASE)


def is_whole(fact: Fact) -> bool:
    """Whether the number is the whole a part is told of ("eight of the 48 workers": 48)."""
    return bool(_WHOLE_BEFORE.search(fact.sentence[:fact.start]))


def is_part(fact: Fact) -> bool:
    """Whether the number is the part told of a whole number ("only eight of the 48 workers": eight)."""
    return bool(_WHOLE_AFTER.match(fact.sentence[fact.end:]))


def main_event_figure(question: Question) -> bool:
    """Whether the card is the main-event card (``main_event``) and asks a key figure ("North Korea has threatened
    to deploy _____ new … launchers" → 250): such a card goes first into the deck. On a name or a clause it takes
    the ranker's chance like any card: blind raters kept 54 of 119 ratings (45%) of the 54 such cards in 203 tune
    decks, 68% of the decks' other cards; in a blind A/B (stop 60) the lift's cards left out were 39% good (56
    cards), the cards let in 55% (42)."""
    return question.key.startswith(MAIN_EVENT_KEY) and is_key_number(question.fact)


# a prompt's opening definite noun phrase, up to three words, after a connective: "The bill", "But the new memo"
_DEFINITE_OPENER = re.compile(r"\W*(?:(?:But|And|However|Still|Yet|So),?\s+)?[Tt]he\s+"
                              r"((?:[\w’'-]+\s+){0,2}[\w’'-]+)")


class KeyFacts:
    """What makes a card ask a key fact in one article: its sentences that tell the headline's news, and the key
    figures each sentence states."""

    def __init__(self, facts: Iterable[Fact], title: str = "", weights: Mapping[str, float] | None = None, *,
                 source: str = "", date: str = "", shown: bool = True) -> None:
        facts = list(facts)
        self.outlet = bare_outlet(source)  # the site the article is from: a card hiding it asks its byline
        self.year = date[:4] if re.match(r"\d{4}", date) else ""  # the article's year, which a card's story line shows
        story = headline(title)
        result = _RESULT.fullmatch(story)  # "Ireland 19-13 England": a match report's two sides
        self.sides = {normalize(result.group("home")), normalize(result.group("away"))} if result else set()
        self.weights = ranker() if weights is None else weights  # the learned ones unless a test names its own
        # the headline as cards show it in their story line: none when the title is only the file's name
        self.headline = story if shown else ""
        self.headline_words = whole_words(self.headline)  # as written: what a card's "The bill …" may take up
        self.headline_years = frozenset(YEAR_IN.findall(self.headline))  # "Cyber crime booms in 2004"
        words = content_words(story)
        self.title_words = words
        # as written ("Trump", not "trump"), a possessive's "'s" off ("Dimon's profit" names Dimon)
        self.title_names = frozenset(_POSSESSIVE_END.sub("", w) for w in _CAPITALISED_WORD.findall(story))
        self.headline_sentences: set[int] = set()
        self.people = _people(facts)  # the article's people, a surname resolved to its full name
        self.numbers: dict[int, list[Fact]] = {}
        shared: dict[int, frozenset[str]] = {}
        self.figure_frames: dict[tuple[str, ...], set[tuple[int, str]]] = {}  # ``repeats_its_frame``
        for fact in facts:
            index = fact.sentence_index
            if _DIGIT.search(fact.answer) and (frame := _frame(fact.sentence, fact.start)):
                self.figure_frames.setdefault(frame, set()).add((index, normalize(fact.answer)))
            if is_key_number(fact):
                self.numbers.setdefault(index, []).append(fact)
            if index not in shared and words:
                shared[index] = shared_words(words, fact.sentence)
        # a title word the article repeats everywhere (its subject: "Thatcher", "Iran") marks no sentence as its news
        where = Counter(w for found in shared.values() for w in found)
        common = {w for w, n in where.items() if n > max(SUBJECT_MIN_SENTENCES, SUBJECT_SHARE * len(shared))}
        self.headline_sentences = {i for i, found in shared.items() if len(found - common) >= HEADLINE_MIN_SHARED}

    def repeats_its_frame(self, question: Question) -> bool:
        """Whether a fill-in card blanks a figure after words another sentence sets before another figure ("… revenue
        loss versus earlier legislative proposal: _____" in a factbox giving four such losses): the prompt does not
        say which is meant (set-AO raters: "ambiguous", three bad cards on one deck)."""
        fact = question.fact
        if question.family not in FILL_IN_FAMILIES or not _DIGIT.search(fact.answer):
            return False
        frame = _frame(fact.sentence, fact.start)
        answer = normalize(fact.answer)
        return frame is not None and any(index != fact.sentence_index and other != answer
                                         for index, other in self.figure_frames.get(frame, ()))

    def opens_on_headline(self, prompt: str) -> bool:
        """Whether the prompt opens on a definite noun phrase that shares a word with the headline, as written ("The
        bill …" under a headline about a "tax bill"; not "The state …" under one about "29 States": one of them)."""
        opener = _DEFINITE_OPENER.match(prompt)
        return opener is not None and bool(whole_words(opener.group(1)) & self.headline_words)

    def signals(self, question: Question) -> dict[str, float]:
        """What marks the card as asking a key fact (or a minor word beside one), by the names the ranker learns
        weights for (``ranker.json``): a key figure, the headline's news, a blank beside a visible key figure."""
        return dict.fromkeys(self._signals(question), 1.0)

    def _signals(self, question: Question) -> tuple[str, ...]:
        """The names of ``signals``, in its order (each worth 1.0)."""
        found: tuple[str, ...] = ()
        if is_key_number(question.fact):
            found = (KEY_FIGURE,)
        elif self.hides_beside_number(question):
            found = (MINOR_BESIDE_FIGURE,)
        if question.fact.sentence_index in self.headline_sentences:
            shown = content_words(normalize(question.answer))
            if not (shown and shown <= self.title_words):
                found += (HEADLINE_NEWS,)  # an answer the deck's title shows is no question on its own news
        # the prompt's length last: most cards have no signal, and then it need not be read
        if found and prompt_words(question.visible_prompt()) > MAX_LIFTED_WORDS:
            return ()  # raters: "a long article sentence copied as cloze"; the key fact needs a shorter card
        return found

    def lift(self, question: Question) -> float:
        """The log-odds a card gains (or loses) for what it asks of the article's key facts: the learned weights of
        its ``signals``."""
        # each signal's value is 1.0: its weight times 1.0 is the weight itself, summed in the same order
        learned = sum(self.weights.get(name, 0.0) for name in self._signals(question))
        return learned + (MAIN_EVENT_LIFT if main_event_figure(question) else 0.0)

    def asks_key_number(self, question: Question) -> bool:
        """Whether the card hides a key figure of the article."""
        return is_key_number(question.fact) and normalize(question.answer) == normalize(question.fact.answer)

    def hides_beside_number(self, question: Question) -> bool:
        """Whether the card hides another answer while a key figure of its sentence stays in its prompt (raters: "a
        blank on a minor word while the sentence's key number stays visible"): the deck's budget leaves it out."""
        numbers = self.numbers.get(question.fact.sentence_index)
        if not numbers or self.asks_key_number(question):
            return False  # "cost $40 million and carries _____ cars": both are the sentence's figures
        prompt = question.visible_prompt()
        return any(number.answer in prompt and normalize(number.answer) != normalize(question.answer)
                   for number in numbers)

    def credits_outlet(self, question: Question) -> bool:
        """Whether the card hides the article's own outlet or asks about its staff (``own_outlet``): held back like
        ``ranking.held_back``'s."""
        return credits_outlet(question, self.outlet) or outlet_staff(question, self.outlet)

    def shows_year(self, question: Question) -> bool:
        """Whether the card asks for the article's own year, shown in its story line beside the title ("From “…”
        (vox.com, 10 December 2016)"): a rebuilt tune deck's "… the political climate of _____" → 2016, rated bad
        ("trivial and nearly a giveaway: the article's own date points to it"); stored candidates 12 good of 90. So
        is the year its headline names, the year the story is set in ("Exports from China leapt during _____" under
        "Chinese exports rise 25% in 2004": set-AT raters, "the blank is the story's own year, trivial framing");
        stored ratings of such year cards 5 good of 21, against 56% of other year cards."""
        answer = question.answer.strip()
        return (bool(self.year) and answer == self.year) or answer in self.headline_years

    def names_a_side(self, question: Question) -> bool:
        """Whether the card asks for one of the two sides of the match its title reports ("Ireland 19-13 England": a
        rebuilt tune deck's "[...] scored first through … but had “tries” from … disallowed" → England, rated bad:
        "a trivial giveaway (the team in the match)"); stored candidates of such answers: 2 good of 9."""
        return bool(self.sides) and normalize(question.answer) in self.sides

    def later_headline_person(self, question: Question) -> bool:
        """Whether a fill-in card blanks a person the headline names, in a sentence after the lead ("Despite his
        complaints, Wall Street lobbyists, and _____ himself, are orchestrating …" under "Dimon's profit …"; "White
        House attorney Ty Cobb referred questions … reacting to _____'s guilty plea" under "Trump notes Flynn lied …"):
        the story's own subject asked again in a detail of its telling, its name blanked in the story line too (set-AC
        raters: "a convoluted sentence whose blank is just the obvious headline name"). Stored blind labels of such
        deck cards 12 good of 45, of all such candidates 34 of 122; in the lead, where the news is told, 43 of 72."""
        fact = question.fact
        if question.family not in FILL_IN_FAMILIES or fact.kind is not FactKind.PERSON \
                or fact.sentence_index < LEAD_SENTENCES or not self.title_names:
            return False
        surname = question.answer.split()[-1] if question.answer.split() else ""
        return len(surname) >= 3 and surname in self.title_names

    def persons_spokesperson(self, question: Question) -> bool:
        """Whether a role card asks for a person's spokesperson, either way round ("Who was Marie Gordon? → Isakson
        spokeswoman", "Manafort spokesman", "spokesman for Robert Mueller"), or a who-said card or a "Which …"
        question asks by that role ("Which spokesman for James Woolsey said on Friday that …?"): the staff of
        someone in the story, not a post worth learning. Stored blind ratings of such role cards: 0 good of 5
        ("trivial"), set AM's 0 of 1 ("a senator's spokeswoman; 'Isakson' unexplained"); fresh raters on two
        changed tune decks, role cards 0 of 4 and a "Which …" question 0 of 2 ("trivial (a spokesman's name)"); set
        AM's who-said card 0 of 1. A body's spokesperson ("Pentagon spokeswoman", "Kremlin spokesman") stays."""
        if not self.people:
            return False
        if question.family == "role" and question.fact.kind is FactKind.ROLE:
            role = question.fact.answer
        elif question.fact.standing and (question.family in WHO_SAID_FAMILIES or question.family in WH_FAMILIES
                                         and question.visible_prompt().startswith("Which ")):
            role = question.fact.standing  # "Which Isakson spokeswoman said …?"
        else:
            return False
        found = _SPOKESPERSON_OF.fullmatch(role.strip())
        if found is None:
            return False
        owner = (found.group("before") or found.group("after")).split(",")[0]  # "for James Woolsey, former …"
        name = self.people.resolve(owner.strip())
        # a name the model read as a person's that has no first name is a body's ("Operation Inherent Resolve")
        return name in self.people.full and bool(usual_sex(name))

    def lifted(self, question: Question, chance: float) -> float:
        """``chance`` (the ranker's) with the card's lift applied in log-odds."""
        gain = self.lift(question)
        if not gain:
            return chance
        chance = min(max(chance, 1e-9), 1 - 1e-9)
        return logistic(math.log(chance / (1 - chance)) + gain)


def _people(facts: Iterable[Fact]) -> NameIndex:
    """The article's people (its person facts named in two words or more), which resolve a surname to its full name
    ("Isakson" → "Johnny Isakson"; a surname two of them share, to neither)."""
    people = NameIndex()
    for fact in facts:
        if fact.kind is FactKind.PERSON:
            people.add(fact.answer.strip())
    return people
