"""Score questions and choose them: one per fact for the deck, the best mix for the quiz."""

from __future__ import annotations

import math
import re
from collections.abc import Collection, Iterable, Sequence
from itertools import groupby

from quizgen.facts.model import Fact, FactKind
from quizgen.questions.candidates import candidate_questions, settle, titled_speech
from quizgen.questions.card_forms import (claim_blank, courtesy_title_blank, example_blank, existing_name_blank,
                                          figure_phrase_blank, list_item, long_cloze, name_as_modifier, open_cloze,
                                          quote_opens_leaning, quote_opens_pointing, quote_points_back, one_of_many,
                                          quoted_fragment, reporter_credit, short_cloze, speech_date, speech_venue,
                                          spokesperson_blank, title_owner_blank, titled_options, told_outlet,
                                          top_office_blank, unattributed_quote, what_claim, who_said_of_a_body)
from quizgen.questions.clipped_names import clipped_name
from quizgen.questions.dates import DATE_OR_FIGURE, neighbour_year_shown, paired_year
from quizgen.questions.distractors import UNIT_FIGURE, ArticleFacts, article_facts
from quizgen.facts.counts import WEEKDAY
from quizgen.questions.features import (DESCRIBED_WHICH, ROLE_SPEECH, SPEECH_QUESTION, YEAR_ANSWER, ArticleContext,
                                        logit, prompt_words, ranker)
from quizgen.questions.standalone import BARE_SUBJECT, narration, needs_context, needs_the_article
from quizgen.questions.features import chance as chance_of
from quizgen.questions.echoed_descriptions import EarlierNouns, echoed_description
from quizgen.questions.introductions import introduces, introductions
from quizgen.questions.key_facts import KeyFacts
from quizgen.questions.weak_forms import (bare_possessive_blank, definition_blank, late_name_blank,
                                         nameless_fill_in, nameless_speaker_blank, one_word_name_blank,
                                         options_on_a_name, possessive_answer, quoted_blank, to_the_reader)
from quizgen.questions.generic_answers import generic_answer
from quizgen.questions.household_names import household_name
from quizgen.questions.minor_details import (age_modifier, comparison_figure, converted_figure, counted_on,
                                            dated_thing, edition_year, exact_figure, figure_shown, market_move,
                                            owned_year, page_count, paired_figure, range_blank, remaining_share,
                                            small_count, span_year, vague_count, weekday_answer, worked_out_change,
                                            worked_out_rest, year_of_a_work, yearless_month)
from quizgen.questions.minor_people import (bare_role, commentator, generic_quote, no_comment_role, one_word_person,
                                             personal_spokesperson, quote_points_away, shared_title, vague_role)
from quizgen.questions.model import FILL_IN_FAMILIES, WH_FAMILIES, WHO_SAID_FAMILIES, Question, QuestionKind, plain
from quizgen.questions.place_tails import place_tail
from quizgen.questions.relative_who import open_relative_who
from quizgen.questions.repeats import restates
from quizgen.questions.same_sentence import gives_away as gives_other_away, same_unit, shows
from quizgen.questions.shape import cut_short, names_run_together
from quizgen.questions.story_line import keeps_headline, unanchored
from quizgen.text import YEAR_IN, normalize
from quizgen.memo import kept_beside

# How much a teacher prefers each kind of question over a plain fill-in-the-blank.
FAMILY_WEIGHT: dict[str, float] = {
    "wh": 1.0,
    "who_said": 1.0,
    "definition": 1.0,
    "role": 0.95,
    "mc_wh": 0.9,
    "mc_who_said": 0.9,
    "mc_cloze": 0.85,
    "cloze": 0.75,
    "true_false": 0.7,
}
LONG_PROMPT = 30
_ABOUT_ENTITY = frozenset({"role", "definition"})
MAX_CARDS_PER_ANSWER = 3
MAX_CARDS_PER_SENTENCE = 1  # raters rejected decks that asked one sentence again and again (issue: at most 2)
CARDS_PER_100_WORDS = 2.5  # the deck size blind raters asked for
MAX_DECK = 40
MAX_QUOTE_SHARE = 0.25  # raters: decks "skewed toward who-said cards about commentators" while the news is missing
MAX_PEOPLE_SHARE = 0.9  # of a deck with other cards, for who-said / who-is cards (tune pages, my judgement of 52
# such cards without a cap: 1/3 cut 21 good and 3 bad ones, 1/2 cut 8 good and 3 bad, 0.6 cut 6 good and 2 bad;
# stop 46, blind A/Bs on ranker pages: 0.5 → 0.6 adds 13 cards, 9 good, 4 fixable, none bad; 0.6 → 0.7 adds 34,
# 22 good, and removes 15, 8 good; stop 47: 0.7 → 0.8 adds 19, 12 good, and removes 4, 3 good; stop 90: 0.8 → 0.9
# adds 55 on 26 of the 980 tune pages' decks, 36 good, 8 fixable, 11 bad, and removes none)
MIN_KEEP = 0.30
# a second card on a sentence that already has one, when the ranker likes it this much (issue: at most 2 per sentence):
# raters' top-8 facts are often two figures or a name and a figure of one dense sentence
SECOND_CARD_CHANCE = 0.30
# no card under MIN_KEEP fills a deck short of its budget: blind raters kept 16% of the cards filling fresh decks
# between 0.25 and MIN_KEEP (trafilatura's pages, stop 37), 29% and 43% on two earlier sets, against 49%, 51% and 58%
# of the cards above it
# an answer named in a third of the article's sentences is what the article is about: a learner would
# fill it into any blank, so it gets one card
SUBJECT_SHARE = 1 / 3
SUBJECT_MIN_SENTENCES = 4
NEAR_DUPLICATE = 0.9
# a card about a person (who said it, who is it) and one whose blank is the person in what they did ask two facts:
# each takes the person's answer once (set AX: a match report's lead, who beat whom, lost its place to the beaten
# player's quote, and the raters' first top fact went without a card)
_ABOUT_THE_PERSON = "\x00about"


_RANK = "_quizgen_rank"


def rank(question: Question) -> float:
    """Importance of the fact × preference for the kind, less penalties for hard-to-read prompts."""
    # the deck and the quiz both rank every candidate
    return kept_beside(question, _RANK, _score)


def _score(question: Question) -> float:
    score = question.score * FAMILY_WEIGHT.get(question.family, 0.6)
    words = len(question.visible_prompt().split())
    if words > LONG_PROMPT:
        score -= 0.01 * (words - LONG_PROMPT)
    if words < 5:
        score -= 0.1
    prompt = question.prompt
    if "(" in prompt or "[" in prompt or "…" in prompt:
        score -= 0.05
    if len(question.answer.split()) > 8:
        score -= 0.1
    return score


def _ordered(questions: Sequence[Question]) -> list[Question]:
    return sorted(questions, key=lambda q: (q.fact.sentence_index, q.fact.start, q.key))


def _words(question: Question) -> frozenset[str]:
    return frozenset(normalize(question.visible_prompt()).split())


def _similar(a: frozenset[str], b: frozenset[str]) -> bool:
    """Near-duplicate prompts: nearly all their words shared."""
    shared = len(a & b)
    return shared >= NEAR_DUPLICATE * (len(a) + len(b) - shared)  # the union's size, without building it


class _PromptsBySize:
    """Word sets of the prompts chosen so far, by size: a near-duplicate has nearly as many words, so only
    sets of a close size need comparing (a long article's family otherwise compares every pair)."""

    def __init__(self) -> None:
        self.by_size: dict[int, list[frozenset[str]]] = {}

    def add(self, words: frozenset[str]) -> None:
        self.by_size.setdefault(len(words), []).append(words)

    def has_similar(self, words: frozenset[str]) -> bool:
        n = len(words)
        sizes = range(math.floor(NEAR_DUPLICATE * n), math.ceil(n / NEAR_DUPLICATE) + 1)
        return any(_similar(words, w) for size in sizes for w in self.by_size.get(size, ()))


def _answer_forms(question: Question) -> set[str]:
    """Every spelling of what the question hides ("Kim" and "Kim Jong Un" are one answer)."""
    forms = {normalize(question.answer)}
    fact_forms = {normalize(question.fact.answer), normalize(question.fact.canonical)} - {""}
    return forms | fact_forms if forms & fact_forms else forms


def _settler(candidates: Sequence[Question], article: ArticleFacts | None):
    """``settle`` against ``article``; pending candidates need the facts they come from."""
    if article is None:
        if any(q.pending for q in candidates):
            raise ValueError("pending questions need the article's facts to be settled")
        return lambda question: question
    return lambda question: settle(question, article)


def deck_selection(candidates: Sequence[Question], article: ArticleFacts | None = None,
                   limit: int | None = None, key: KeyFacts | None = None) -> list[Question]:
    """The best question for each fact (true/false statements stay out of the deck), in article order.

    Pending candidates are settled only when they would be chosen (``article``: their facts). With ``limit``
    the deck is cut to the budget as it is chosen (what ``within_budget`` would keep of the whole deck):
    nothing after the budget is full is settled, where choosing wrong answers is most of the cost. ``key``: the
    article's key facts, whose cards the ranker's chance is lifted for (``key_facts``), in the budget's deck and in
    every card's alike, so the deck stays a part of every card's (a learner may import both)."""
    settled = _settler(candidates, article)
    known = article if article is not None else _facts_of(candidates)
    budget = None if limit is None else _Budget(limit, key, EarlierNouns(known.facts))
    chosen: list[Question] = []
    by_sentence: dict[int, list[tuple[Question, set[str]]]] = {}
    by_family: dict[str, _PromptsBySize] = {}
    by_fact: dict[str, list[tuple[Question, set[str]]]] = {}
    per_answer: dict[str, int] = {}
    subjects = article_subjects(known)
    # every card (no budget): the card on the sentence that introduces a person stays among the person's cards
    firsts = introductions(q.fact for q in candidates) if budget is None else None
    introduced: set[str] = set()
    context = ArticleContext(known.by_sentence)
    # a card on a sentence that needs the article only among all the cards (a budget refuses it: held back), and
    # after every other, so it never takes a fact's place from one that stands alone; one on a quotation going on
    # is not even read for a budget's deck, where, held back, it would still take its answer's place
    asked = [q for q in candidates if q.kind is not QuestionKind.TRUE_FALSE]
    alone: list[Question] = []
    needing: list[Question] = []
    for question in asked:
        if _stands_alone(question, key):
            if budget is None or not quote_going_on(question):
                alone.append(question)
        elif budget is None:
            needing.append(question)
    chances = {id(q): deck_chance(q, context, key) for q in alone + needing}
    options_first(candidates, chances)
    # the form a teacher most likely keeps first (the learned ranker), the heuristic rank between equals
    for question in _best_first(alone, chances) + _best_first(needing, chances):
        if budget is not None and budget.full(chances[id(question)]):
            break
        answer = normalize(shown(question))
        introducing = introduces(question.fact, firsts) if firsts is not None else ""
        # the subject's one card about the person (a quote, a post) and one on what the person did count apart
        slot = answer + _ABOUT_THE_PERSON if answer in subjects and about_people(question) else answer
        if per_answer.get(slot, 0) >= (1 if answer in subjects else MAX_CARDS_PER_ANSWER) \
                and not (introducing and introducing not in introduced):
            continue  # the same answer on every other card teaches nothing new (but where the person comes in)
        forms = _answer_forms(question)
        index = question.fact.sentence_index
        if any(other.fact.sentence_index == index and forms & seen for other, seen in by_fact.get(question.fact.key, ())):
            continue  # this fact is already asked for this answer
        if question.family not in _ABOUT_ENTITY and any(
                other.family not in _ABOUT_ENTITY and forms & seen for other, seen in by_sentence.get(index, ())):
            continue  # this answer is already hidden in this sentence
        words = _words(question)
        if question.family != "cloze" and question.family in by_family \
                and by_family[question.family].has_similar(words):
            continue
        chance = chances[id(question)]
        question = settled(question)
        if question is None:
            continue  # no sound wrong answers: as if it had never been a candidate
        if budget is not None and not budget.offer(question, chance) and frees_its_fact(question):
            continue  # a who-said card held back for what it quotes: the fact's other forms may still come
        chosen.append(question)
        by_sentence.setdefault(index, []).append((question, forms))
        by_fact.setdefault(question.fact.key, []).append((question, forms))
        by_family.setdefault(question.family, _PromptsBySize()).add(words)
        per_answer[slot] = per_answer.get(slot, 0) + 1
        if introducing:
            introduced.add(introducing)
    return _ordered(budget.chosen() if budget is not None else chosen)


def _stands_alone(question: Question, key: KeyFacts | None) -> bool:
    """Whether the card's sentence stands alone, or its story line says what its bare subject is
    (``subject_in_headline``)."""
    return not needs_the_article(question) or (key is not None and subject_in_headline(question, key))


def default_deck(candidates: Sequence[Question], article: ArticleFacts | None, words: int,
                 key: KeyFacts | None = None) -> tuple[list[Question], bool]:
    """The cards a budget by the article's length (``deck_budget`` of its ``words``) selects, and whether they are
    one fill-in card alone, which is no default deck (``lone_fill_in``): the build and the reasons it gives both
    read the default deck here."""
    budget = deck_budget(words)
    chosen = deck_selection(candidates, article, budget, key)
    return chosen, lone_fill_in(chosen, budget)


def lone_fill_in(deck: Sequence[Question], limit: int | None) -> bool:
    """Whether a default deck a budget of more than one card allowed is one fill-in card alone: the article had
    nothing else a teacher would likely keep, and it makes no deck (``run.component``). Blind raters rated such lone
    cards good in 70 of 231 deck ratings since stop 60 (30%; 3 of 19 on stop 79's three fresh sets), lone who-said
    cards in 80 of 110; ``--cards 1`` or a very short article (a budget of one) keeps it."""
    return limit is not None and limit > 1 and len(deck) == 1 and deck[0].family in FILL_IN_FAMILIES


def options_first(candidates: Sequence[Question], chances: dict[int, float]) -> None:
    """Give a fill-in card's multiple-choice form (same prompt, same answer) at least the plain form's chance, so it
    is tried first and the plain form comes only when it finds no three sound wrong options. Blind raters kept the
    options form more often: ``mc_cloze`` 24 of 30 against ``cloze`` 23 of 45 on 35 tune and ranker pages (stop
    48); 50% against 44% over every deck rated since stop 30. Not on a name: options on a person or an organisation
    stay out of the deck (``weak_forms.options_on_a_name``)."""
    plain = {(q.fact.key, q.prompt, q.answer): chances[id(q)] for q in candidates
             if q.family == "cloze" and id(q) in chances}
    for question in candidates:
        if question.family == "mc_cloze" and id(question) in chances and not options_on_a_name(question):
            rival = plain.get((question.fact.key, question.prompt, question.answer))
            if rival is not None and rival > chances[id(question)]:
                chances[id(question)] = rival


def _best_first(questions: list[Question], chances: dict[int, float]) -> list[Question]:
    """``questions`` ordered by their ``chances`` (by id), likeliest first, the heuristic rank between equal chances:
    sorted by (chance, rank) in reverse, but ranked only where chances tie (20 of 4,661 candidates of the benchmark's
    40 articles: a rank for each cost 0.3 ms an article)."""
    by_chance = sorted(questions, key=lambda q: chances[id(q)], reverse=True)
    ordered: list[Question] = []
    for _, same in groupby(by_chance, key=lambda q: chances[id(q)]):
        tied = list(same)
        # a stable sort, as the one by (chance, rank): equal ranks keep the candidates' order
        ordered += sorted(tied, key=rank, reverse=True) if len(tied) > 1 else tied
    return ordered


def deck_budget(words: int) -> int:
    """The default deck size for an article of ``words`` words of cleaned text."""
    return max(1, min(MAX_DECK, round(CARDS_PER_100_WORDS * words / 100)))


_KEEP = "_quizgen_keep_chance"


# a who-said card's log-odds move with its prompt's length, beyond the ranker's one weight of prompt words for every
# family: stored deck ratings of who-said cards (stops 70–107, measure pages left out: 5,652 rows) run from 48% good
# at 10–14 words to 77% at 30–34 and 89% at 45–49 ("a generic line any runner-up could say"); fitted over the
# ranker's log-odds, the slope per 60 words and the length it is centred on (about 22 words); held-out AUC among
# who-said cards 0.554 → 0.583
SAID_WORDS_SLOPE = 1.5
SAID_WORDS_CENTRE = 0.36


def said_words_lift(question: Question) -> float:
    """The log-odds a who-said card's length adds (``SAID_WORDS_SLOPE``); 0 for any other card."""
    if question.family not in WHO_SAID_FAMILIES:
        return 0.0
    return SAID_WORDS_SLOPE * (min(prompt_words(question.visible_prompt()), 60) / 60 - SAID_WORDS_CENTRE)


def keep_chance(question: Question, context: ArticleContext) -> float:
    """The learned chance that a teacher hands the card out unedited (kept beside the question, like ``rank``: a
    question belongs to one article, so its context never changes), with a who-said card's length
    (``said_words_lift``)."""
    return kept_beside(question, _KEEP,
                       lambda q: chance_of(logit(q, context, ranker()) + said_words_lift(q)))


def deck_chance(question: Question, context: ArticleContext, key: KeyFacts | None = None) -> float:
    """The chance the deck ranks a card by: the learned one, lifted for a key fact of the article (``key``)."""
    chance = keep_chance(question, context)
    return chance if key is None else key.lifted(question, chance)


_UNDATED_DAY = re.compile(rf"\b{WEEKDAY}['’]s\b", re.IGNORECASE)


class _Budget:
    """The deck budget filled best card first: at most ``limit`` cards, none below ``MIN_KEEP`` but the first, at
    most ``MAX_CARDS_PER_SENTENCE`` on one sentence (one more for a key figure), one card per answer, who-said cards
    for at most ``MAX_QUOTE_SHARE`` of ``limit`` (at least one), none ``withheld`` (``held_back``, or on the
    article's own outlet), cards about people (``about_people``) to their ``people_allowed`` share: one over it
    waits, and comes in at the end if the share has grown or the deck has nothing else."""

    def __init__(self, limit: int, key: KeyFacts | None = None, earlier: EarlierNouns | None = None) -> None:
        self.limit = limit
        self.key = key
        self.earlier = earlier  # the article's nouns by the sentence that first uses each (``echoed_descriptions``)
        self.kept: list[Question] = []
        self.per_sentence: dict[int, int] = {}
        self.on_sentence: dict[int, list[Question]] = {}  # the cards kept on each sentence
        self.answered: set[str] = set()  # raters rejected the same answer asked again ("Kim" three times)
        self.quotes, self.max_quotes = 0, max(1, math.ceil(MAX_QUOTE_SHARE * limit))
        self.first: Question | None = None  # the likeliest card offered that nothing holds back, whatever the caps say
        self.people, self.others = 0, 0
        self.waiting: list[tuple[Question, float]] = []  # cards about people over their share so far, best first
        self.closing = False

    def full(self, chance: float) -> bool:
        """Whether no card of this ``chance`` or lower can come in any more (the cards come best first)."""
        # the likeliest card stays even below the threshold: a short article still gets a deck
        if len(self.kept) >= self.limit:
            return True
        return chance < MIN_KEEP and bool(self.kept)

    def offer(self, question: Question, chance: float = 1.0) -> bool:
        """Keep ``question`` if the budget's rules allow it; whether it was kept. ``chance``: the deck's (a card under
        ``MIN_KEEP``, a short article's only one, takes a sentence alone; a second card on a sentence needs
        ``SECOND_CARD_CHANCE``)."""
        held = withheld(question, self.key)
        # never a held-back card or a day quizgen worked out, even alone: a deck of trivia is no deck
        if self.first is None and not held and not worked_out_day(question):
            self.first = question
        if held or (self.earlier is not None and echoed_description(question, self.earlier)):
            return False
        index = question.fact.sentence_index
        person = about_people(question)
        forms = _answer_forms(question) | {normalize(shown(question))}
        if person:
            forms = {form + _ABOUT_THE_PERSON for form in forms}  # what someone said or is is not what they did
        if person and not self._room_for_people():
            if not self.closing:
                self.waiting.append((question, chance))
            return False
        quote = is_attribution(question)
        if quote and self.quotes >= self.max_quotes:
            return False
        if self.per_sentence.get(index, 0) >= self.sentence_cap(question, chance) or forms & self.answered:
            return False
        if restates(shown(question), self.answered):  # "zero" after "zero percent"
            return False
        if self.gives_away_beside(question) or self.dates_a_figure(question) or self.year_shown(question):
            return False
        self.quotes += quote
        self.people, self.others = self.people + person, self.others + (not person)
        self.per_sentence[index] = self.per_sentence.get(index, 0) + 1
        self.on_sentence.setdefault(index, []).append(question)
        self.answered |= forms
        self.kept.append(question)
        return True

    def sentence_cap(self, question: Question, chance: float = 1.0) -> int:
        """How many cards the question's sentence may hold with it: one, or two when it asks a key figure (a dense
        lead tells "the 8-to-10 foot shark" and where it struck in one sentence; ``key_facts``) or the ranker gives
        it ``SECOND_CARD_CHANCE`` and it leaves no key figure of its sentence visible; one only for a card under
        ``MIN_KEEP``."""
        if chance < MIN_KEEP:
            return 1
        if self.key is not None and self.key.asks_key_number(question):
            return max(MAX_CARDS_PER_SENTENCE, 2)
        # the second place on a sentence with a key figure is the figure's ("NASA will receive $18 billion for
        # 2015": the amount, not the year)
        beside = self.key is not None and self.key.hides_beside_number(question)
        return max(MAX_CARDS_PER_SENTENCE, 1 + (chance >= SECOND_CARD_CHANCE and not beside))

    def gives_away_beside(self, question: Question) -> bool:
        """Whether the question and a card already kept on its sentence show each other's answer (blind raters:
        "duplicates card 10", "each gives the other away"): the likelier card stays alone. A key figure may stand
        beside a card that shows it ("cost $40 million and carries _____ cars"), but not beside a card on a figure of
        its own unit ("grew 3.2% in 2022, down from _____ in 2021"): one statistic asked twice."""
        kept = self.on_sentence.get(question.fact.sentence_index, ())
        if self.key is not None and self.key.asks_key_number(question):
            kept = [other for other in kept if same_unit(question.answer, other.answer)]
        return gives_away_on_sentence(question, kept)

    def dates_a_figure(self, question: Question) -> bool:
        """Whether the card asks for the year of a figure its prompt shows ("In _____, 32 states imported the state's
        coal", "revenue of $1.2 billion in _____"): the base or target year of a statistic, not the news. Blind raters
        kept 14 of 102 rated year cards whose sentence's key figure stays in view (``KeyFacts.hides_beside_number``;
        the ratings file at stop 45), against 137 of 384 other year cards."""
        if not YEAR_ANSWER.match(question.answer.strip()):
            return False
        # a sum or a share the model read as no figure ("which in _____ reported revenues of $30bn (£16bn)")
        return (self.key is not None and self.key.hides_beside_number(question)) \
            or bool(UNIT_FIGURE.search(question.visible_prompt()))

    def year_shown(self, question: Question) -> bool:
        """Whether the card asks a year a card already kept shows, from any sentence ("met Roy Moore at a courthouse
        in _____" after "Who told the Post she met Roy Moore … in 1979?"): stored blind ratings of such year cards,
        40% good and 44% bad of 260, against 51% and 22% of 1,726 other year cards. The other card stays (a name shown
        on another card's prompt is no such giveaway: role and who-said cards were rated alike either way)."""
        if not YEAR_ANSWER.match(question.answer.strip()):
            return False
        return any(shows(other, question) for other in self.kept)

    def chosen(self) -> list[Question]:
        """The cards kept; when the caps kept none, the likeliest card offered that nothing holds back (a short
        article still gets a deck, as it did when it had one card below ``MIN_KEEP``); none when every card is held
        back (``withheld``): tune raters kept 2 of 16 ratings of such decks' only cards."""
        if not self.closing:
            self.closing = True
            for question, chance in self.waiting:
                if len(self.kept) >= self.limit:
                    break
                self.offer(question, chance)
        return self.kept or ([self.first] if self.first is not None else [])

    def _room_for_people(self) -> bool:
        """Whether one more card about people keeps to its share (any share at the end, when nothing else came)."""
        return (self.closing and not self.others) or self.people < people_allowed(self.others)


_HELD = "_quizgen_held_back"


def held_back(question: Question) -> bool:
    """Whether the default deck and the printed quiz leave the card to all the cards (``--all-cards``, the review page):
    a fill-in on a sentence that needs the article (``needs_the_article``), an undated "Sunday's event in …" (which
    Sunday? the teacher may date it), a worked-out day, a name quizgen put in brackets, a who-said card on a passer-by
    (``unworthy_speaker``), on a line that names nothing or on a commentator, a role that says not whose or that many
    hold (``minor_people``), a generic answer, a town's state, an age, a year that says which of an owner's things
    (``owned_year``) or of its kind (``dated_thing``), a count no figure fixes (``vague_count``: "Several thousand") or
    of a dozen things or fewer (``small_count``), a sum or count written to the unit (``exact_figure``), a figure
    beside its own conversion (``converted_figure``) or the share the card's other shares leave (``remaining_share``)
    or one it shows leaves of another (``worked_out_rest``), a month with no year (``yearless_month``), a name
    beside its clipped form, a household name ("the U.S."), an answer cut short ("56% to") or two names run together
    ("Zhang, Doudna"; a place's "Basel, Switzerland" is one), an open wh-question (``open_question``), a "What did
    …?" question on a claim (``what_claim``), a quotation with no speaker (``unattributed_quote``), a who-said card
    quoting words from the middle of a sentence (``quoted_fragment``), a blank on the outlet someone spoke to
    (``told_outlet``), on when someone spoke (``speech_date``), on a claim's phrase with no figure (``claim_blank``)
    or opening with its figure (``figure_phrase_blank``) or on whose title a named person holds (``title_owner_blank``)
    or whose spokesperson spoke (``spokesperson_blank``), a range in one blank (``range_blank``), a fill-in card too
    long to read as one question (``long_cloze``) or opening with its blank and little after it (``open_cloze``), a
    fill-in form raters seldom kept (``weak_forms``: one naming nothing, a name after the lead, one speaking to the
    reader …): the rules of ``_HOLDING_RULES``. Kept beside the question, like ``rank``: the quiz asks of every
    candidate."""
    return kept_beside(question, _HELD, _held_back)


def withheld(question: Question, key: KeyFacts | None = None) -> bool:
    """``held_back``, or a blank on the article's own outlet or year, on a side of the match its title reports or on
    a person its headline names, after the lead, or a card on a person's spokesperson, which ``key`` knows
    (``own_outlet``, ``KeyFacts.shows_year``, ``KeyFacts.names_a_side``, ``KeyFacts.later_headline_person``,
    ``KeyFacts.persons_spokesperson``); a fill-in card held back for its bare subject alone is not when its story
    line names that subject (``subject_in_headline``)."""
    held = held_back(question) and not (key is not None and subject_in_headline(question, key))
    return held or (key is not None and (key.credits_outlet(question) or key.shows_year(question)
                                         or key.names_a_side(question)
                                         or key.later_headline_person(question)
                                         or key.persons_spokesperson(question)
                                         or key.repeats_its_frame(question)
                                         or unanchored(question, key.headline)))


def subject_in_headline(question: Question, key: KeyFacts) -> bool:
    """Whether a fill-in card held back only for its bare definite subject ("The bill would cut … to _____ …") opens
    on what its headline names ("… tax bill …"), which its story line shows: the line says which bill."""
    if not key.headline or question.family not in FILL_IN_FAMILIES or needs_context(question.fact) != BARE_SUBJECT \
            or not key.opens_on_headline(question.visible_prompt()):
        return False
    if any(rule(question) for rule in _HOLDING_RULES if rule is not needs_the_article):
        return False
    return keeps_headline(question, key.headline)


def _held_back(question: Question) -> bool:
    for rule in _HOLDING_RULES:  # ``any`` over a generator, without the generator's frame on every rule
        if rule(question):
            return True
    return False


# wh-questions whose answer is itself a measure or a time: the question names its kind
_MEASURED = ("How much ", "How many ", "When ", "In what year ")
_AMOUNT_ASKED = ("How much ", "How many ", "What percentage ")
# "Who vetoed a bill in December 2014?", "Who had previously helped launch Twitter?": blind raters called 2 of 12
# who- or which-questions this short good (9 of 60 ratings), dated or not
SHORT_OPEN_WORDS = 8
OPEN_AMOUNT_WORDS = 12  # rated undated ones: up to 10 words 4 of 30 good, none of 11-17 words, 18+ 72 of 88
_DESCRIBED = re.compile(rf"{DESCRIBED_WHICH}[\w’'.&-]+ [\w’'.&-]+ ")
_QUOTE_MARK = re.compile(r"[“”\"]")


def undated_role(question: Question) -> bool:
    """Whether a role card still asks "Who is …?" (``standing_alone`` asks "Who was … in <month year>?", or on an
    article with no date "… at the time of the story?"; a prompt naming a year of its own stays as written): the
    title may have passed to someone else by the time the card is studied. Blind raters kept 1 of 6 such rated
    cards ("present tense with no date, so it is wrong today")."""
    return question.family == "role" and question.visible_prompt().startswith("Who is ")


def open_question(question: Question) -> bool:
    """Whether the card asks who or what did something with no date or figure, in the question or its answer, to fix
    which event ("Who first spotted some of the ads?", "What did Margaret Thatcher attempt to put off?"): blind raters
    kept 1 of 9 such tune candidates unedited ("too open", "countless people maintained a high profile on social
    media"), against 5 of 8 that carry a date or figure ("Which organisation earned $4.9 billion in the fourth quarter
    of 2014?"). A short who- or which-question is open, dated or not ("Who vetoed a bill in December 2014?": which
    bill?). Who-said and who-is cards and "When" are not open: the answer's kind is asked (but a short who-said
    question with no quotation is: "Who told JIS News?", rated good 0 of 2); nor is "Which North
    Korean state newspaper …?", whose description says which. "How much", "How many" and "What percentage" are
    open when short and with no date or figure to fix which ("How much will the Orion spacecraft get?", "What
    percentage is Indonesia AirAsia?"): blind raters called 4 of 30 ratings of such cards good, against 72 of 88 of
    ones of 18 words or more ("How many jobs has Kevin Yearout added … since July of 2013?")."""
    if question.family not in WH_FAMILIES:
        return False
    prompt = narration(question.visible_prompt())
    if is_attribution(question):  # the quotation says which words; without one, "Who told JIS News?" is open
        return len(prompt.split()) <= SHORT_OPEN_WORDS and not _QUOTE_MARK.search(question.visible_prompt())
    if prompt.startswith(_AMOUNT_ASKED):
        return len(prompt.split()) <= OPEN_AMOUNT_WORDS and not DATE_OR_FIGURE.search(prompt)
    if _DESCRIBED.match(prompt):
        return False  # "Which North Korean state newspaper published …?": the description says which
    if prompt.startswith(("Who ", "Which ")) and len(prompt.split()) <= SHORT_OPEN_WORDS:
        return True
    return not prompt.startswith(_MEASURED) and not DATE_OR_FIGURE.search(prompt) \
        and not DATE_OR_FIGURE.search(question.answer)


def _undated_day(prompt: str) -> bool:
    """"Sunday's event" in the prompt's narration; a prompt without an apostrophe has none (the pattern, slow on
    every candidate, is spared)."""
    return ("'" in prompt or "’" in prompt) and bool(_UNDATED_DAY.search(narration(prompt)))


def gives_away_on_sentence(question: Question, kept: Sequence[Question]) -> bool:
    """Whether ``question`` and a card ``kept`` on its sentence show each other's answer, so the deck keeps the likelier
    alone. A who-is or who-said card may stand beside a card of another form on its sentence ("Who was Ann Lee in May
    2019?" beside "Which professor at Dunford said: …?"): in decks where they did (fresh blind raters, 30 pages quizgen
    was not trained on) 20 of 23 such cards were good, against 6 of 16 fill-in cards added beside another card. Two
    who-is cards on one role stay one ("card 3 the other way round"), as do two who-said cards."""
    if about_people(question):
        quote = is_attribution(question)
        kept = [other for other in kept if about_people(other) and is_attribution(other) == quote]
    return gives_other_away(question, kept)


def about_people(question: Question) -> bool:
    """Whether the card asks who said something or who someone is ("Who is Lee?", "Who is the spokesman for …?")."""
    return question.family == "role" or is_attribution(question)


def people_allowed(others: int) -> int:
    """How many cards about people (``about_people``) a deck with ``others`` other cards takes: at most
    ``MAX_PEOPLE_SHARE`` of it, at least one. Raters found 11 attributions among 18 cards and the article's key facts
    missing."""
    return max(1, math.floor(MAX_PEOPLE_SHARE * others / (1 - MAX_PEOPLE_SHARE) + 1e-9))


def is_attribution(question: Question) -> bool:
    """Whether the card asks who said something ("Who said: “…”?", "Who said the plant …?", "Which Macmillan CEO
    said …?")."""
    prompt = question.visible_prompt()
    return question.family in WHO_SAID_FAMILIES or bool(SPEECH_QUESTION.match(prompt)) or titled_speech(question) \
        or (question.family in WH_FAMILIES and bool(ROLE_SPEECH.match(prompt)))


# the first quotation mark after the speaker that opens a quotation (a straight one only before a word or a name
# put in), and a sentence's end right before it
_OPENING_MARK = re.compile(r"“|\"(?=[\w\[])")  # "[Ruth Kelly] also talks …": a name put in for its "She"
_SENTENCE_ENDED = re.compile(r"[.!?][\"”’']?\s+$")


def quote_going_on(question: Question) -> bool:
    """Whether the card asks of a quotation that goes on in the sentence after its speaker's ("“…,” Chowdhry said.
    “You can teach people … but God creates innovation.”": ``quotes._goes_on``): the first quotation opening after
    the speaker opens after their sentence's end. Blind raters kept 15 of 34 such cards (who-said 3 of 11): left to
    all the cards, the questions file and the review page, where a teacher can pull one in."""
    fact = question.fact
    if fact.kind is not FactKind.QUOTE:
        return False
    opening = _OPENING_MARK.search(fact.sentence, fact.end)
    return opening is not None and _SENTENCE_ENDED.search(fact.sentence, fact.end, opening.start()) is not None


def unworthy_speaker(question: Question) -> bool:
    """Whether the card asks who said something of a person the article gives no role and no place in its story
    (``Fact.standing`` ""): blind raters rejected all 6 who-said cards on travellers stuck in a storm; experts
    and officials keep theirs. A fact not judged (None: an organisation, an older questions file) is kept."""
    return question.fact.standing == "" and is_attribution(question)


def frees_its_fact(question: Question) -> bool:
    """Whether the deck, refusing ``question``, leaves its fact's other forms free to come in: a who-said card held
    back for what it quotes (words from mid-sentence, a generic line), whose sentence's fill-in cards show the whole
    sentence. Any other card the deck refuses still takes its fact's place, a who-said card on a passer-by or a
    commentator too: their names are trivia in any form."""
    return held_back(question) and is_attribution(question) \
        and not (unworthy_speaker(question) or commentator(question))


def worked_out_day(question: Question) -> bool:
    """Whether the card asks for a day the article never writes, worked out from its date ("last week" → "15
    December 2014"): blind raters handed out none of 8 such cards unedited (6 bad: "not in the article", "the day
    of a minor event"); the card stays among all the cards, where a teacher may keep it."""
    fact = question.fact
    return bool(fact.resolved) and fact.kind in (FactKind.DATE, FactKind.TIME) \
        and normalize(question.answer) == normalize(fact.answer)


_INSERTED = re.compile(r"\[([^\]]*)\]")


def shows_insertion(question: Question) -> bool:
    """Whether the card shows a name quizgen put in for "he" or "the company" that the card also shows as written
    ("Curie Kim, 21, … came second, but [Curie Kim] admitted …", "[Margaret Thatcher] had no option …, [Margaret
    Thatcher] told aides"). Blind raters handed out none of 10 cards showing such names in brackets over two rounds
    (brackets "left over from editing", a name said twice, two wrong speakers put in for "he"); cards now show them
    plainly (``Question.shown_prompt``), and a name said twice still stays among all the cards. A day the article's
    date made is never one ("on [Tuesday, 30 December 2014]": 4 of 13 such cards were handed out, 31%, against 40% of
    the rest)."""
    prompt = question.visible_prompt()
    names = [inside for inside in _INSERTED.findall(narration(prompt)) if not YEAR_IN.search(inside)]
    if not names:
        return False
    shown = plain(prompt) + " " + question.answer
    return any(shown.count(question.answer if name == "_____" else name) > 1 for name in names)


def _undated_day_card(question: Question) -> bool:
    return _undated_day(question.visible_prompt())


def _answer_cut_short(question: Question) -> bool:
    return cut_short(question.answer)


def _two_names(question: Question) -> bool:
    return question.fact.kind is not FactKind.PLACE and names_run_together(question.answer)


# ``held_back``'s rules, each a card raters rejected, grouped by what they judge (the first that holds ends it)
# a time the card cannot fix
_UNDATED = (_undated_day_card, worked_out_day, undated_role, yearless_month, weekday_answer)
_TRIVIA = (  # a minor person, detail or figure
    unworthy_speaker, generic_quote, quote_points_away, commentator, bare_role, vague_role, shared_title,
    no_comment_role, personal_spokesperson, generic_answer,
    household_name, place_tail, age_modifier, edition_year, market_move, span_year, owned_year, dated_thing,
    year_of_a_work, vague_count, small_count, told_outlet, reporter_credit, speech_venue, speech_date,
    comparison_figure, exact_figure, page_count,
)
# the answer shown in another form
_GIVEAWAYS = (shows_insertion, converted_figure, figure_shown, worked_out_change, remaining_share, worked_out_rest,
              neighbour_year_shown, clipped_name, courtesy_title_blank, top_office_blank, titled_options)
_OPEN = (  # more than one answer fits
    open_question, open_relative_who, claim_blank, one_of_many, example_blank, existing_name_blank, list_item,
    title_owner_blank, spokesperson_blank, name_as_modifier, paired_year, paired_figure, counted_on,
)
_UNPLACED_QUOTES = (unattributed_quote, quoted_fragment, quote_points_back, quote_opens_pointing,
                    quote_opens_leaning)
_WEAK_FORMS = (  # a form raters seldom kept
    _answer_cut_short, _two_names, what_claim, long_cloze, short_cloze, open_cloze, figure_phrase_blank,
    nameless_speaker_blank, definition_blank, options_on_a_name, one_word_name_blank, quoted_blank, nameless_fill_in,
    late_name_blank, to_the_reader, possessive_answer, bare_possessive_blank, one_word_person, who_said_of_a_body,
    range_blank,
)
_HOLDING_RULES = ((needs_the_article, quote_going_on) + _UNDATED + _TRIVIA + _GIVEAWAYS + _OPEN + _UNPLACED_QUOTES
                  + _WEAK_FORMS)


def within_budget(deck: Sequence[Question], limit: int | None, facts: Iterable[Fact] = ()) -> list[Question]:
    """The ``limit`` questions of ``deck`` a teacher most likely keeps, by ``_Budget``'s rules, in article order;
    the whole deck when ``limit`` is None. ``facts``: the article's facts, which the ranker reads (how often an
    answer is named, where)."""
    if limit is None:
        return list(deck)
    facts = list(facts)
    context = ArticleContext(ArticleFacts(facts).by_sentence)
    chances = {id(q): keep_chance(q, context) for q in deck}
    budget = _Budget(limit, earlier=EarlierNouns(facts))
    for question in sorted(deck, key=lambda q: chances[id(q)], reverse=True):
        if budget.full(chances[id(question)]):
            break
        budget.offer(question, chances[id(question)])
    kept = {id(q) for q in budget.chosen()}
    return [q for q in deck if id(q) in kept]


def article_subjects(article: ArticleFacts) -> set[str]:
    """Answers (normalised) the article's facts name in at least a third of its sentences."""
    where: dict[str, int] = {}
    for answers in article.by_sentence.values():
        for form in answers:
            where[form] = where.get(form, 0) + 1
    need = max(SUBJECT_MIN_SENTENCES, SUBJECT_SHARE * (max(article.by_sentence, default=-1) + 1))
    return {form for form, sentences in where.items() if sentences >= need}


def _facts_of(candidates: Sequence[Question]) -> ArticleFacts:
    return ArticleFacts(q.fact for q in candidates)


def shown(question: Question) -> str:
    """The answer's fullest form: the fact's canonical name when the card hides the fact's answer."""
    if question.fact.canonical and normalize(question.answer) == normalize(question.fact.answer):
        return question.fact.canonical
    return question.answer


def quiz_worthy(candidates: Sequence[Question], article: ArticleFacts | None = None,
                among: Collection[str] | None = None, key: KeyFacts | None = None) -> list[Question]:
    """The candidates a teacher would print: those the learned ranker gives at least ``MIN_KEEP`` (a true/false
    statement: when a question on its fact has it), none ``withheld``; all of them when none has it (a short
    article still gets a quiz). ``article``: the facts they come from; ``among``: the keys of the facts the quiz
    may ask about (the default deck's), unless it names none; ``key``: the article's key facts, whose cards the
    chance is lifted for as the deck lifts them (the main event's card is printed as it is in the deck)."""
    # a card on a sentence that needs the article, or on a quotation going on, is withheld: not even read
    candidates = [q for q in candidates if (not among or q.fact.key in among) and not needs_the_article(q)
                  and not quote_going_on(q)]
    context = ArticleContext((article if article is not None else _facts_of(candidates)).by_sentence)
    chances: dict[int, float] = {}
    best: dict[str, float] = {}  # a true/false statement goes with the likeliest question on its fact
    for question in candidates:
        if question.kind is not QuestionKind.TRUE_FALSE:
            chances[id(question)] = deck_chance(question, context, key)
            fact_key = question.fact.key
            best[fact_key] = max(best.get(fact_key, 0.0), chances[id(question)])

    def chance(question: Question) -> float:
        return chances[id(question)] if id(question) in chances else best.get(question.fact.key, 0.0)

    # the chance first: ``held_back`` reads the prompt, and most candidates fall below ``MIN_KEEP`` anyway
    likely = [q for q in candidates if chance(q) >= MIN_KEEP and not withheld(q, key)]
    return likely or [q for q in candidates if not withheld(q, key)]


def quiz_selection(candidates: Sequence[Question], limit: int | None = None,
                   article: ArticleFacts | None = None) -> list[Question]:
    """Best questions first, taking the kinds in turn so the quiz mixes them; one per sentence.

    Pending candidates are settled as they are picked (``article``: their facts)."""
    settled = _settler(candidates, article)
    pools: dict[QuestionKind, list[Question]] = {}
    for question in sorted(candidates, key=rank, reverse=True):
        pools.setdefault(question.kind, []).append(question)
    order = sorted(pools, key=lambda k: -rank(pools[k][0]))
    chosen: list[Question] = []
    used_sentences: set[int] = set()
    last_truth: dict[QuestionKind, str] = {}
    while any(pools.values()) and (limit is None or len(chosen) < limit):
        for kind in order:
            pool = pools[kind]
            pool[:] = [q for q in pool if q.fact.sentence_index not in used_sentences]
            pick = None
            while pool and pick is None and (limit is None or len(chosen) < limit):
                # true/false statements alternate their answers, so "all true" is never the trick
                first = next((q for q in pool if q.answer != last_truth.get(kind)), pool[0]) \
                    if kind is QuestionKind.TRUE_FALSE else pool[0]
                pool.remove(first)
                pick = settled(first)
            if pick is not None:
                chosen.append(pick)
                last_truth[kind] = pick.answer
                used_sentences.add(pick.fact.sentence_index)
    return _ordered(chosen)


def generate_questions(facts: Sequence[Fact]) -> list[Question]:
    """The deck's questions: the best-ranked question for each fact, in article order."""
    return deck_selection(candidate_questions(facts, pending=True), ArticleFacts(facts))


def pick_for_quiz(questions: Sequence[Question], limit: int | None = None,
                  article: ArticleFacts | Sequence[Fact] | None = None) -> list[Question]:
    """The quiz's questions: best first with a mix of kinds, one per sentence, in article order, none asking for
    a ``worked_out_day``.
    ``article`` (the facts the questions come from) settles pending questions as they are picked."""
    if article is not None and not isinstance(article, ArticleFacts):
        article = article_facts(article, keep=False)  # the deck's, when these are the facts it was chosen from
    # a day quizgen worked out from the article's date is never printed, whatever pool the caller passes
    return quiz_selection([q for q in questions if not worked_out_day(q)], limit, article)
