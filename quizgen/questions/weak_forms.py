"""Fill-in forms that blind raters seldom kept, whatever the sentence: the deck and the printed quiz leave them to
all the cards (``--all-cards``, the review page), where a teacher may complete them. Counted over the rated cards of
``benchmarks/ranker/ratings.jsonl`` and ``deck-ratings-stop45.jsonl`` (stop 45), tune and ranker pages alike.

- a blank on the speaker of a quotation whose narration names no one ("“I'm sure it happens more than we
  realise,” _____ said."): 0 of 26 good, against 17 of 67 when the narration names someone;
- a blank on what an apposition says something is ("Stratfor, the _____, told …"): 3 of 25 good;
- options on a name ("the _____, made an unscheduled trip": White House, Pentagon …; "Obama and _____ will seek
  to …"): organisations 7 of 50 good, people 3 of 30, against 122 of 260 for amounts;
- a blank on a one-word name ("_____ will receive $18 billion for 2015", "President _____ tied himself to …"): 27 of
  162 good (96 bad), 4 of 21 among those the ranker gives a keep chance of ``MIN_KEEP`` or more: often the
  article's own subject, a household name or a word the model took for a name;
- a blank inside a quotation, with no options (“China's position on _____ issue is clear,” “The simple truth is,
  _____ will not go away easily”): blind raters kept 11 of 35 such ratings (stops 45-49), against 18 of 21 for the
  same blanks with options: a speaker's words fit many fillers, options say which kind is asked;
- a fill-in card whose narration names nothing, no person, body, place or thing ("Consumers have purchased _____
  new vehicles in 2019", "Janitors, baggage handlers … are asking for a _____ hourly wage"): which state, which
  strike? Blind raters kept 54 of 179 ratings of such deck cards (30%, stops 30-56), against 1,120 of 2,313 (48%)
  when the narration names something; stop 57's tune decks held 55 such cards, 45 good of 121 ratings (37%). A
  sentence's first word counts when the parse reads it as a name ("Nigeria's economy grew _____ in 2019");
- a fill-in card on an organisation or a place after the lead ("Two donors tell ABC News that … at Manhattan's
  _____", "leaders in the _____ had …"): a detail of the story's telling, not its news. Blind raters kept 92 of 286
  ratings of such deck cards (32%, stops 30-56), against 198 of 356 (56%) in the lead's; stop 57's tune decks
  held 24 such cards, 13 good of 43 (30%). Rated blind again with the two rules in place (stop 58, 6 raters, 43
  tune pages), the deck cards the two removed were 21 good of 106 ratings (20%);
- a fill-in card whose narration speaks to the reader ("You can shell out _____ to get Dolby Atmos", "Checking
  accounts are often free, and the companies will let you go _____ into the red"): advice, a review or a joke, not
  the news. Blind raters kept none of 16 ratings of such cards (tune pages, stops 50-57); with
  ``minor_details.small_count`` see there for the stop 58 A/B;
- an answer opening on a possessive ("Ireland maintained _____ with a victory" → "their Six Nations Grand Slam
  ambitions", "What did the U.S. increase …?" → "its debt"): whose it is the card must say, and many phrases fit.
  Stored ratings (all stops to 75): fill-in cards 0 good of 15, wh-questions 0 of 4; set V (stop 75) 1 of 2;
- a blank on a name whose possessive is a bare apostrophe ("a gala dinner in the _____’ capital" → Philippines,
  "after _____' shot crossed the line"): the mark left alone reads as a stray one (a set-AC rater: "cutting out
  'Philippines’' leaves a stray apostrophe"), and the card asks whose something is. Stored blind labels of such
  blanks (stop 82): 1 good of 13.
"""

from __future__ import annotations

import re

from quizgen.facts.model import FactKind
from quizgen.questions.features import LEAD_SENTENCES, names_no_one, one_word_name
from quizgen.questions.model import FILL_IN_FAMILIES, WH_FAMILIES, Question
from quizgen.questions.standalone import narration
from quizgen.text import inside_quote

_NAMES = frozenset({FactKind.ORGANIZATION, FactKind.PERSON})
_BODIES_AND_PLACES = frozenset({FactKind.ORGANIZATION, FactKind.PLACE})
_POSSESSIVE_OPENING = re.compile(r"(?:its|their|his|her|our|my|your)\s", re.IGNORECASE)
_TO_THE_READER = re.compile(r"\byou(?:rs?|rself|['’](?:ll|re|ve|d))?\b", re.IGNORECASE)
# entities that name someone or something ("Three", "2019" are entities too, and name nothing)
_NAMING = frozenset({"PERSON", "ORG", "GPE", "LOC", "NORP", "FAC", "PRODUCT", "EVENT", "WORK_OF_ART", "LAW"})


def nameless_speaker_blank(question: Question) -> bool:
    """Whether a fill-in card blanks a quotation's speaker while its narration names no one to tell them by."""
    return question.family == "cloze" and question.fact.kind is FactKind.QUOTE \
        and names_no_one(question.visible_prompt())


def definition_blank(question: Question) -> bool:
    """Whether a fill-in card blanks what its sentence says something is."""
    return question.family == "cloze" and question.fact.kind is FactKind.DEFINITION


def options_on_a_name(question: Question) -> bool:
    """Whether a multiple-choice fill-in card asks for an organisation or a person among options."""
    return question.family == "mc_cloze" and question.fact.kind in _NAMES


def one_word_name_blank(question: Question) -> bool:
    """Whether a fill-in card (no options) blanks an organisation or a person named in one word (the ranker's
    ``answer_one_word_name``)."""
    return question.family == "cloze" and one_word_name(question.answer.strip(), question.fact.kind.value)


def quoted_blank(question: Question) -> bool:
    """Whether a fill-in card (no options) blanks words inside a quotation (not its speaker, who stands outside)."""
    return question.family == "cloze" and question.blank is not None \
        and inside_quote(question.prompt, question.blank[0])


def nameless_fill_in(question: Question) -> bool:
    """Whether a fill-in card's narration (outside quotes and its blank) names nothing: no capitalised word inside a
    sentence (the ranker's ``prompt_nameless``), and its first word is no name in the sentence's parse."""
    if question.family not in FILL_IN_FAMILIES or not names_no_one(question.visible_prompt()):
        return False
    return not _opens_with_a_name(question)


def _opens_with_a_name(question: Question) -> bool:
    """Whether the prompt's first word is a name where the sentence has it: a proper noun or part of an entity (with
    no parse to tell, it may be)."""
    parse = question.fact.parse
    words = question.visible_prompt().split()
    if parse is None:
        return True
    if not words:
        return False
    first = words[0].strip("“\"'‘(").removesuffix("’s").removesuffix("'s")
    return any(tok.text == first and (tok.pos == "PROPN" or tok.ent_type in _NAMING) for tok in parse.tokens)


def late_name_blank(question: Question) -> bool:
    """Whether a fill-in card blanks an organisation or a place named after the lead (the ranker's ``lead``)."""
    return question.family in FILL_IN_FAMILIES and question.fact.kind in _BODIES_AND_PLACES \
        and question.fact.sentence_index >= LEAD_SENTENCES


def to_the_reader(question: Question) -> bool:
    """Whether a fill-in card's narration (outside quotes) says "you" or "your"."""
    return question.family in FILL_IN_FAMILIES and bool(_TO_THE_READER.search(narration(question.visible_prompt())))


def possessive_answer(question: Question) -> bool:
    """Whether a fill-in card or a wh-question answers with a phrase opening on a possessive ("its debt")."""
    return (question.family in FILL_IN_FAMILIES or question.family in WH_FAMILIES) \
        and _POSSESSIVE_OPENING.match(question.answer.strip()) is not None


_BARE_APOSTROPHE = re.compile(r"[’']($|[^\w’'])")


def bare_possessive_blank(question: Question) -> bool:
    """Whether a fill-in card's blank is a name ending in "s" that a bare apostrophe makes possessive ("the _____’
    capital" → Philippines)."""
    if question.family not in FILL_IN_FAMILIES or question.blank is None:
        return False
    return question.answer.rstrip().endswith("s") and \
        _BARE_APOSTROPHE.match(question.prompt, question.blank[1]) is not None
