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
  same blanks with options: a speaker's words fit many fillers, options say which kind is asked.
"""

from __future__ import annotations

from quizgen.facts.model import FactKind
from quizgen.questions.features import names_no_one, one_word_name
from quizgen.questions.model import Question
from quizgen.text import inside_quote

_NAMES = frozenset({FactKind.ORGANIZATION, FactKind.PERSON})


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
