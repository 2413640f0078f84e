"""Why each candidate question is in the deck or not, read off the deck against every candidate (no new choice
is made): the selection before the budget (``ranking.deck_selection``) tells "over the deck budget" from "another
form of the same fact is kept"."""

from __future__ import annotations

from quizgen.questions.candidates import settle
from quizgen.questions.distractors import ArticleFacts
from quizgen.questions.key_facts import KeyFacts
from quizgen.questions.model import ArticleResult, Question, QuestionKind
from quizgen.questions.ranking import (deck_selection, default_deck, gives_away_on_sentence, held_back,
                                      needs_the_article, quote_going_on, subject_in_headline, unworthy_speaker,
                                      withheld)
from quizgen.questions.story_line import shows_headline, unanchored
from quizgen.text import normalize

KEPT = "kept in the deck"
OVER_BUDGET = "dropped: over the deck budget"
SAME_FACT = "dropped: another form of the same fact is kept"
SAME_FACT_OVER = "dropped: another form of the same fact was chosen, and it is over the deck budget"
TRUE_FALSE = "dropped: true/false statements go on the printed quiz, not in the deck"
SAME_ANSWER = "dropped: its answer is already on enough cards"
SIMILAR = "dropped: a card like it is kept"
PASSER_BY = "dropped: the article gives the speaker no role and no place in its story (a passer-by)"
SAME_SENTENCE = "dropped: a card on its sentence shows its answer, or it shows theirs"
LONE_FILL_IN = "dropped: the only card the deck would hold, a fill-in, which alone makes no deck"
HEADLINE_PERSON = "dropped: it blanks the headline's own person in a detail after the lead"
SAME_FRAME = ("dropped: another sentence sets the same words before another figure, so the card does not say which "
              "is meant")
UNANCHORED = ("dropped: the article has no date, so the card asks of the time of its story, but the card cannot "
              "show the story's headline")
NEEDS_ARTICLE = ("dropped: its sentence needs the article (who \"he\" or \"the team\" is, which Tuesday): left to all "
                 "the cards, where naming it makes the card stand alone")
QUOTE_GOING_ON = ("dropped: it quotes words that go on after the speaker's own sentence, a kind of card raters kept "
                  "less than half the time: left to all the cards")
HELD_BACK = ("dropped: left to all the cards (a line or answer too generic, a sentence too long for one card, a role "
             "that says not whose, a commentator, a town's state, an undated weekday, a worked-out day, the article's "
             "own outlet or a name quizgen put in brackets)")


def reasons(result: ArticleResult) -> dict[str, str]:
    """Why each candidate is in the deck or not, from the deck (``questions``) against every candidate: the
    selection before the budget tells "over the budget" from "another form of the same fact is kept"."""
    kept = {q.key for q in result.questions}
    # with the article's key facts, as the build chose: the main-event card is lifted over its fact's other forms
    article_key = KeyFacts(result.facts, result.article.title, source=result.article.source,
                           date=result.article.date or "", shown=shows_headline(result.article))
    facts = ArticleFacts(result.facts, result.article.date)
    chosen = deck_selection(result.candidates, facts, key=article_key)
    chosen_keys = {q.key for q in chosen}
    fact_of_chosen = {q.fact.key: q.key in kept for q in chosen}
    answers = {normalize(q.answer) for q in chosen}
    lone = ""
    if not kept and result.candidates:  # a deck of one fill-in card alone is none: which card that was
        alone, is_lone = default_deck(result.candidates, facts, len(result.article.text.split()), article_key)
        lone = alone[0].key if is_lone else ""
    on_sentence: dict[int, list[Question]] = {}
    for question in result.questions:
        on_sentence.setdefault(question.fact.sentence_index, []).append(question)
    why = {}
    for question in result.candidates:
        key = question.key
        if key in kept:
            why[key] = KEPT
        elif key == lone:
            why[key] = LONE_FILL_IN
        elif question.kind is QuestionKind.TRUE_FALSE:
            why[key] = TRUE_FALSE
        elif unworthy_speaker(question):
            why[key] = PASSER_BY
        elif article_key.later_headline_person(question):
            why[key] = HEADLINE_PERSON
        elif article_key.repeats_its_frame(question):
            why[key] = SAME_FRAME
        elif unanchored(question, article_key.headline) and not held_back(question):
            why[key] = UNANCHORED
        elif needs_the_article(question) and not subject_in_headline(question, article_key):
            why[key] = NEEDS_ARTICLE
        elif quote_going_on(question):
            why[key] = QUOTE_GOING_ON
        elif withheld(question, article_key):
            why[key] = HELD_BACK
        elif key in chosen_keys \
                and gives_away_on_sentence(question, on_sentence.get(question.fact.sentence_index, ())):
            why[key] = SAME_SENTENCE
        elif key in chosen_keys:
            why[key] = OVER_BUDGET
        elif question.fact.key in fact_of_chosen:
            why[key] = SAME_FACT if fact_of_chosen[question.fact.key] else SAME_FACT_OVER
        elif normalize(question.answer) in answers:
            why[key] = SAME_ANSWER
        else:
            why[key] = SIMILAR
    return why


def candidates_with_reasons(result: ArticleResult) -> tuple[list[tuple[Question, bool, str]], int]:
    """Every candidate settled (wrong answers chosen), whether it is in the deck, and why; and how many were left
    out because no sound wrong answers exist (a build never shows those either)."""
    facts = ArticleFacts(result.facts, result.article.date)
    why = reasons(result)
    deck = {q.key: q for q in result.questions}
    chosen, left_out = [], 0
    for candidate in result.candidates or result.questions:
        question = deck.get(candidate.key) or settle(candidate, facts)
        if question is None:
            left_out += 1
            continue
        chosen.append((question, question.key in deck, why.get(question.key, KEPT)))
    return chosen, left_out
