"""What the ranker reads of a question: a few features a teacher could name (its form, the answer's kind, where
its sentence stands, how often the article names the answer, signs of trivia), as plain numbers."""

from __future__ import annotations

import json
import math
import re
from collections.abc import Iterable, Mapping
from functools import cache, lru_cache
from importlib import resources

from quizgen.facts.counts import WEEKDAY
from quizgen.questions.model import WH_FAMILIES, WHO_SAID_FAMILIES, Question, QuestionKind
from quizgen.questions.standalone import narration
from quizgen.questions.trivia import answer_quoted, gives_away, points_back, unplaced_speaker
from quizgen.text import YEAR_WORD, normalize

FAMILIES = ("wh", "who_said", "definition", "role", "mc_wh", "mc_who_said", "mc_cloze", "cloze")
FACT_KINDS = ("date", "time", "count", "amount", "person", "organization", "place", "equipment", "definition",
              "role", "quote", "claim", "work", "language")
# a day of the week alone, as an answer (``minor_details.weekday_answer``)
WEEKDAY_ANSWER = re.compile(rf"^(?:on\s+)?{WEEKDAY}(?:\s+(?:morning|afternoon|evening|"
                            r"night))?$", re.IGNORECASE)
_DAY_PART = re.compile(r"\b(?:morning|afternoon|evening|night|noon|midnight|a\.m\.|p\.m\.|am|pm)\b", re.IGNORECASE)
YEAR_ANSWER = re.compile(rf"^(?:in\s+)?{YEAR_WORD}$")
_SCALE = re.compile(r"\b(?:million|billion|trillion|percent|per cent)\b|[%$£€]", re.IGNORECASE)
_SMALL_WORD_NUMBER = re.compile(r"^(?:about |at least |more than |nearly )?(?:a|an|one|two|three|four|five|six|seven|"
                                r"eight|nine|ten|several|a few)$", re.IGNORECASE)
_SPEECH_VERBS = r"(?:said|told|says|added|noted|wrote|explained|argued|claimed|stated)\b"
SPEECH_QUESTION = re.compile(rf"^Who {_SPEECH_VERBS}")
# "Which North Korean state newspaper …", "Which Macmillan CEO …": a wh-phrase that describes its answer, unlike the
# bare kinds quizgen asks by ("Which organisation …", "Which country …")
DESCRIBED_WHICH = r"^Which (?!(?:organisation|country)\b)"
# "Which Macmillan CEO said …?", "Which White House spokesman said …?": asked by the speaker's role (not "Which
# country said it test-fired …?", a wh-question on the country)
ROLE_SPEECH = re.compile(rf"{DESCRIBED_WHICH}[^?“]{{1,80}}? {_SPEECH_VERBS}")
# "\bThe …" as a lookbehind after the T: a pattern opening on "\b" is tried at every character of the prompt
_THE_NOUN = re.compile(r"[Tt](?<!\w[Tt])he [a-z]+\b")
# a capitalised word inside the prompt (not its first word, nor the first after a full stop or a colon): a name
_INNER_NAME = re.compile(r"(?<![.:?!])\s[A-Z][\w’'.-]*")
_MONTH_ONLY = re.compile(r"^(?:in |since |by )?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?$",
                         re.IGNORECASE)
_AND_BEFORE = re.compile(r"(?:\band|\bor|&)\s*$", re.IGNORECASE)  # "the US and ____": guessed from its partners
_NAME = r"(?:the\s+)?[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)*"
_AND_AFTER = re.compile(rf"^\s*(?:,\s*{_NAME}\s*){{0,4}}(?:,\s*)?(?:and|or|&)\s")
LEAD_SENTENCES = 3  # the lead: the sentences that tell the news
LONG_ANSWER_WORDS = 6  # raters: "a 13-word job title nobody could recall word for word"


class ArticleContext:
    """What the features need of the whole article: how many sentences, and in how many each answer stands."""

    def __init__(self, answers_by_sentence: Mapping[int, Iterable[str]]) -> None:
        self.sentences = max(answers_by_sentence, default=-1) + 1
        self.mentions: dict[str, int] = {}
        for answers in answers_by_sentence.values():
            for answer in set(answers):
                self.mentions[answer] = self.mentions.get(answer, 0) + 1
        self.of_fact: dict[int, tuple[object, dict[str, float]]] = {}  # id(fact) → (fact, its features)
        self.fact_logit: dict[int, tuple[object, object, float]] = {}  # id(fact) → (fact, model, its weighted sum)
        self.answer_logit: dict[tuple[str, str], tuple[object, float]] = {}  # (answer, kind) → (model, weighted sum)
        # (model, its ``_form_weights``)
        self.form_weights: tuple[object, dict[str, float], tuple[float, ...]] | None = None


def features(question: Question, article: ArticleContext) -> dict[str, float]:
    """The question's features by name (missing names count as 0)."""
    found = {
        **_of_fact(question, article),
        **_of_answer(question.answer.strip(), question.fact.kind.value),
        **_of_form(question),
    }
    return {name: value for name, value in found.items() if value}


def logit(question: Question, article: ArticleContext, model: Mapping[str, float]) -> float:
    """``model``'s log-odds for the question: ``score(features(…))`` before the logistic, with the parts a fact's
    forms share (the fact's and the answer's) summed once, as the ranker runs over every candidate."""
    fact = question.fact
    known = article.fact_logit.get(id(fact))
    if known is None or known[0] is not fact or known[1] is not model:
        known = article.fact_logit[id(fact)] = (fact, model, _weighted(_of_fact(question, article), model))
    shown = question.answer.strip()
    key = (shown, fact.kind._value_)  # a fact's forms mostly share their answer (an enum's ``value`` is a slow property)
    answer = article.answer_logit.get(key)
    if answer is None or answer[0] is not model:
        answer = article.answer_logit[key] = (model, _weighted(_of_answer(*key), model))
    return model.get("intercept", 0.0) + known[2] + answer[1] + _form_sum(question, shown, article, model)


@cache
def ranker() -> dict[str, float]:
    """The learned ranker's weights (``ranker.json``, trained by benchmarks/ranker.py on blind ratings)."""
    data = json.loads(resources.files("quizgen.questions").joinpath("ranker.json").read_text(encoding="utf-8"))
    return data["weights"]


def chance(z: float) -> float:
    """The logistic of ``z``, clipped so it never overflows."""
    # ``max(-30.0, min(30.0, z))`` compared as the builtins compare (the first value unless the second is below,
    # then above, it: a NaN clips to 30.0 as before), without their calls: the ranker takes a chance of every card
    z = z if z < 30.0 else 30.0
    return 1 / (1 + math.exp(-(z if z > -30.0 else -30.0)))


def _weighted(values: Mapping[str, float], model: Mapping[str, float]) -> float:
    # a zero value's term (its finite weight times zero) leaves the sum as it is: most of a fact's and an answer's
    # features are zero, and go unweighted
    return sum(model.get(name, 0.0) * value for name, value in values.items() if value)


# the features of a question's own form after its family's, in the order ``_of_form`` gives them
FORM_FEATURES = ("multiple_choice", "prompt_words", "prompt_long", "speaker_question", "how_many", "quote_in_prompt",
                 "definite_nouns", "prompt_nameless", "giveaway", "points_back")


def _of_form(question: Question) -> dict[str, float]:
    """The features of the question's own form: its family and prompt."""
    found = {f"family={question.family}": 1.0 if question.family in FAMILIES else 0.0,
             **dict(zip(FORM_FEATURES, _form_values(question)))}
    return {name: value for name, value in found.items() if value}  # summed for every candidate: zeros cost


def _form_values(question: Question, answer: str | None = None) -> tuple[float, ...]:
    """The values of ``FORM_FEATURES`` for the question (``answer``: its answer stripped, when known)."""
    prompt = question.visible_prompt()
    family = question.family
    words, speech, how_many, quote, definite, nameless, giveaway, pointing = _of_prompt_and_answer(
        prompt, question.answer.strip() if answer is None else answer)
    return (
        float(question.kind is QuestionKind.MULTIPLE_CHOICE),
        min(words, 60) / 60,
        float(words > 30),
        # a who-said card asked by the speaker's title ("Which White House spokesman said: …?") is one still
        float(speech or family in WHO_SAID_FAMILIES or (family in WH_FAMILIES and bool(ROLE_SPEECH.match(prompt)))),
        how_many,
        quote,
        definite,
        nameless,
        giveaway,
        pointing,
    )


def _form_sum(question: Question, answer: str, article: ArticleContext, model: Mapping[str, float]) -> float:
    """``_weighted(_of_form(question), model)``, the same terms summed in the same order, without the dicts (the
    ranker sums the form of every candidate; ``answer``: the question's, stripped)."""
    known = article.form_weights
    if known is None or known[0] is not model:
        known = article.form_weights = (model, *_form_weights(model))
    family = question.family
    terms = [known[1][family]] if family in FAMILIES else []  # its value is 1.0
    terms += [weight * value for weight, value in zip(known[2], _form_values(question, answer)) if value]
    return sum(terms)


def _form_weights(model: Mapping[str, float]) -> tuple[dict[str, float], tuple[float, ...]]:
    """``model``'s weights of each family and of ``FORM_FEATURES``, in order."""
    return ({family: model.get(f"family={family}", 0.0) for family in FAMILIES},
            tuple(model.get(name, 0.0) for name in FORM_FEATURES))


def prompt_words(prompt: str) -> int:
    """How many words the prompt has (counted once with its other features: the ranker, the key facts' lift and
    the heuristic rank all ask it of every candidate)."""
    return _of_prompt(prompt)[0]


@lru_cache(maxsize=1 << 12)  # a multiple-choice form shows its base question's prompt: read once
def _of_prompt(prompt: str) -> tuple[int, bool, float, float, float, float]:
    """What the form's features read of the prompt: its words, a speaker question, "How many", a quotation mark,
    its definite nouns, no name in its narration."""
    return (len(prompt.split()), bool(SPEECH_QUESTION.match(prompt)), float(prompt.startswith("How many ")),
            float("“" in prompt or "”" in prompt or '"' in prompt), min(len(_THE_NOUN.findall(prompt)), 4) / 4,
            float(not _INNER_NAME.search(narration(prompt))))


def one_word_name(answer: str, kind: str) -> bool:
    """Whether the answer is a person or an organisation named in one word ("NASA", "Trump")."""
    return len(answer.split()) == 1 and answer[:1].isupper() and kind in ("person", "organization")


def names_no_one(prompt: str) -> bool:
    """Whether the prompt's narration (outside quotes) holds no name: a capitalised word inside a sentence (the
    ``prompt_nameless`` feature)."""
    return bool(_of_prompt(prompt)[5])


@lru_cache(maxsize=1 << 12)  # a multiple-choice form shows its base question's prompt and answer: read once
def _of_prompt_and_answer(prompt: str, answer: str) -> tuple[int, bool, float, float, float, float, float, float]:
    """``_of_prompt`` with whether the prompt gives the answer away and points back (one look-up a candidate)."""
    return (*_of_prompt(prompt), float(gives_away(prompt, answer)), float(points_back(prompt)))


def _of_fact(question: Question, article: ArticleContext) -> dict[str, float]:
    """The features every question on the same fact shares (worked out once per fact)."""
    fact = question.fact
    known = article.of_fact.get(id(fact))
    if known is not None and known[0] is fact:
        return known[1]
    mentions = article.mentions.get(normalize(fact.answer), 0)
    found = {
        f"kind={fact.kind.value}": 1.0,
        "importance": fact.score,
        "lead": float(fact.sentence_index < LEAD_SENTENCES),
        "position": fact.sentence_index / max(1, article.sentences - 1),
        "mentions": math.log1p(mentions),
        "mentioned_once": float(mentions <= 1),
        "mention_share": mentions / max(1, article.sentences),  # the article's own subject: guessed, not learned
        "answer_conjunct": float(bool(_AND_BEFORE.search(_last_word(fact.sentence[:fact.start]))
                                      or _AND_AFTER.match(fact.sentence[fact.end:]))),
        "inside_quote": float(answer_quoted(fact.sentence, fact.start, fact.end)),
        "unplaced_speaker": float(unplaced_speaker(fact.kind.value, fact.standing)),
    }
    article.of_fact[id(fact)] = (fact, found)
    return found


def _last_word(text: str) -> str:
    """The end of ``text`` that ``_AND_BEFORE`` reads: its last four characters but trailing blanks (the character
    before "and" says whether a word ends there). Anchored at the end, the pattern is otherwise tried at every one."""
    return text.rstrip()[-4:]


@lru_cache(maxsize=8192)
def _of_answer(answer: str, kind: str) -> dict[str, float]:
    return {
        "answer_words": min(len(answer.split()), 10) / 10,
        "answer_weekday": float(bool(WEEKDAY_ANSWER.match(answer))),
        "answer_day_part": float(bool(_DAY_PART.search(answer))),
        "answer_year": float(bool(YEAR_ANSWER.match(answer))),
        "answer_scale": float(bool(_SCALE.search(answer))),
        "answer_small_word_number": float(bool(_SMALL_WORD_NUMBER.match(answer))),
        "answer_one_word_name": float(one_word_name(answer, kind)),
        "answer_long": float(len(answer.split()) > LONG_ANSWER_WORDS),
        "answer_month_only": float(kind in ("date", "time") and bool(_MONTH_ONLY.match(answer))),
    }


def score(values: Mapping[str, float], model: Mapping[str, float]) -> float:
    """The model's probability that a teacher keeps the card (logistic; ``model`` maps names to weights)."""
    return chance(model.get("intercept", 0.0) + _weighted(values, model))
