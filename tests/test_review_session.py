"""The review behind the page: why each card is kept or dropped, edits checked by the questions file's rules, a fix
offered to the other cards on its sentence, cards added from a selection, and a file that rebuilds the same."""

from __future__ import annotations

from difflib import SequenceMatcher

import json
from pathlib import Path

import pytest

from quizgen.errors import InputError
from quizgen.facts.model import Fact, FactKind
from quizgen.questions.model import ArticleResult, Question, QuestionKind
from quizgen.read.article import Article
from quizgen.run.questions_file import FileSettings, load_document
from quizgen.questions.ranking import held_back, needs_the_article
from quizgen.questions.key_facts import headline
from quizgen.questions.reasons import (HELD_BACK, KEPT, NEEDS_ARTICLE, OVER_BUDGET, SAME_FACT, SAME_SENTENCE,
                                      TRUE_FALSE, UNANCHORED, reasons)
from quizgen.questions.story_line import story_line, unanchored
from quizgen.run.review_session import ADDED, ArticleReview, Card, ReviewSession, UnknownId, changed_words
from tests.conftest import SEED
from tests.review_page import review_of

SENTENCE = "The mayor of Oslo, Anna Berg, opened 3 new libraries in May 2023."
TEXT = f"{SENTENCE}\nDockers in Antwerp returned to work on Monday."


def _fact(answer: str, kind: FactKind = FactKind.PLACE, sentence: str = SENTENCE, index: int = 0) -> Fact:
    start = sentence.index(answer)
    return Fact(kind=kind, answer=answer, sentence=sentence, start=start, end=start + len(answer),
                sentence_index=index, anchor="open")


def _cloze(answer: str, key: str, sentence: str = SENTENCE, index: int = 0) -> Question:
    fact = _fact(answer, sentence=sentence, index=index)
    return Question(kind=QuestionKind.CLOZE, prompt=sentence, answer=answer, fact=fact, key=key,
                    blank=(fact.start, fact.end), score=0.8)


def _session(tmp_path: Path, *questions: Question, kept: int | None = None) -> ReviewSession:
    cards = {q.key: Card(q, kept is None or n < kept, KEPT) for n, q in enumerate(questions)}
    review = ArticleReview(Article(text=TEXT, title="Libraries", name="libraries"),
                           [(0, len(SENTENCE)), (len(SENTENCE) + 1, len(TEXT))], cards, [])
    return ReviewSession([review], FileSettings(deck="Libraries", name="libraries"), tmp_path / "q.json",
                         tmp_path / "out")


@pytest.mark.parametrize("before, after, change", [
    ("opened 3 new libraries", "opened 3 new libraries", None),
    ("has threatened to deployed 250 launchers", "has threatened to deploy 250 launchers", ("deployed", "deploy")),
    ("the “strategic partnership” with", "the “strategic partnership”  with", None),  # only white space added
    ("said ”Dialogue is a choice", "said “Dialogue is a choice", ("”Dialogue", "“Dialogue")),
    ("in May 2023.", "in June 2023.", ("May", "June")),
    ("Kim Jong Un said", "Kim Jong-un said", ("Jong Un", "Jong-un")),
])
def test_the_words_an_edit_changed(before, after, change):
    assert changed_words(before, after) == change


def test_a_fix_is_offered_to_the_other_cards_on_the_sentence(tmp_path):
    session = _session(tmp_path, _cloze("Oslo", "a"), _cloze("Anna Berg", "b"), _cloze("May 2023", "c"),
                       _cloze("Antwerp", "d", TEXT.splitlines()[1], 1))
    offers = session.edit("libraries", "a", SENTENCE.replace("libraries", "public libraries"), "Oslo")
    assert {o["key"] for o in offers} == {"b", "c"}  # not "d": another sentence
    assert offers[0]["old"] == "libraries" and offers[0]["new"] == "public libraries"
    changed = session.apply_fix("libraries", ["b", "c"], "libraries", "public libraries")
    assert changed == ["b", "c"]
    review = session.articles["libraries"]
    for key in "abc":
        question = review.cards[key].question
        assert "public libraries" in question.prompt and "public libraries" in question.source
        assert question.visible_prompt().count("_____") == 1


def test_a_fix_that_would_break_a_card_is_not_offered_to_it(tmp_path):
    session = _session(tmp_path, _cloze("Oslo", "a"), _cloze("Anna Berg", "b"))
    offers = session.edit("libraries", "a", SENTENCE.replace("Anna Berg", "Anne Berg"), "Oslo")
    assert offers == []  # "b" hides "Anna Berg": the fix would remove its answer


@pytest.mark.parametrize("kind, prompt, answer, choices, message", [
    (QuestionKind.CLOZE, SENTENCE, "Bergen", None, "the answer 'Bergen' does not appear in the prompt"),
    (QuestionKind.CLOZE, "", "Oslo", None, "the prompt must not be empty"),
    (QuestionKind.CLOZE, SENTENCE, " ", None, "the answer must not be empty"),
    (QuestionKind.CLOZE, "x" * 2001, "Oslo", None, "longer than 2,000 characters"),
    (QuestionKind.TRUE_FALSE, SENTENCE, "Maybe", None, "must be True or False"),
    (QuestionKind.MULTIPLE_CHOICE, "Where?", "Oslo", ["Oslo"], "at least two 'choices'"),
    (QuestionKind.MULTIPLE_CHOICE, "Where?", "Oslo", ["Oslo", "Oslo"], "at most 8 different strings"),
    (QuestionKind.MULTIPLE_CHOICE, "Where?", "Oslo", ["Oslo", "Bergen", 3], "an option must be text"),
])
def test_an_edit_is_checked_by_the_files_rules(tmp_path, kind, prompt, answer, choices, message):
    fact = _fact("Oslo")
    question = Question(kind=kind, prompt=SENTENCE if kind is not QuestionKind.MULTIPLE_CHOICE else "Where?",
                        answer="Oslo" if kind is not QuestionKind.TRUE_FALSE else "True", fact=fact, key="q",
                        blank=(fact.start, fact.end) if kind is QuestionKind.CLOZE else None,
                        choices=("Bergen", "Oslo", "Tromsø") if kind is QuestionKind.MULTIPLE_CHOICE else ())
    session = _session(tmp_path, question)
    with pytest.raises(InputError, match=message):
        session.edit("libraries", "q", prompt, answer, choices)
    assert session.articles["libraries"].cards["q"].question == question


def test_a_multiple_choice_answer_edit_carries_its_option(tmp_path):
    fact = _fact("Oslo")
    question = Question(kind=QuestionKind.MULTIPLE_CHOICE, prompt="Where?", answer="Oslo", fact=fact, key="q",
                        choices=("Bergen", "Oslo", "Tromsø"))
    session = _session(tmp_path, question)
    session.edit("libraries", "q", "Where did the mayor open libraries?", "Oslo city", ["Bergen", "Oslo", "Tromsø"])
    edited = session.articles["libraries"].cards["q"].question
    assert edited.choices == ("Bergen", "Oslo city", "Tromsø") and edited.key == "q"


def test_a_repeated_answer_keeps_its_blank_when_the_edit_is_elsewhere(tmp_path):
    sentence = "Oslo opened 3 libraries, and Oslo will open more."
    question = Question(kind=QuestionKind.CLOZE, prompt=sentence, answer="Oslo", fact=_fact("Oslo", sentence=sentence),
                        key="q", blank=(29, 33))
    session = _session(tmp_path, question)
    session.edit("libraries", "q", sentence.replace("will open", "plans to open"), "Oslo")
    assert session.articles["libraries"].cards["q"].question.blank == (29, 33)


def test_quiz_order_moves_within_a_section(tmp_path):
    fact = _fact("Oslo")
    sa = [Question(kind=QuestionKind.SHORT_ANSWER, prompt=f"Q{n}?", answer="Oslo", fact=fact, key=f"s{n}")
          for n in range(3)]
    session = _session(tmp_path, _cloze("Oslo", "c"), *sa)
    for key in ["s0", "c", "s1", "s2"]:
        session.set_quiz("libraries", key, True)
    session.move("libraries", "s2", -1)
    session.move("libraries", "s0", -1)  # already first in its section: no change
    review = session.articles["libraries"]
    assert [[c.question.key for c in cards] for _, cards in review.quiz_sections()] == [["s0", "s2", "s1"], ["c"]]
    session.set_deck("libraries", "s2", False)  # a dropped card leaves the quiz too
    assert "s2" not in review.quiz and not review.cards["s2"].in_deck
    with pytest.raises(UnknownId):
        session.move("libraries", "s2", 1)


@pytest.mark.parametrize("start, end, answer, error", [
    (13, 17, "Oslo", None),
    (12, 18, "Oslo,", None),  # the space around a selection is trimmed
    (0, len(SENTENCE), None, "not all of it"),
    (5, 5, None, "select some words"),
    (60, 90, None, "select some words"),
])
def test_a_card_from_selected_words(tmp_path, start, end, answer, error):
    session = _session(tmp_path, _cloze("Anna Berg", "b"))
    if error:
        with pytest.raises(InputError, match=error):
            session.add_cloze("libraries", 0, start, end)
        return
    key = session.add_cloze("libraries", 0, start, end)
    card = session.articles["libraries"].cards[key]
    assert card.in_deck and card.reason == ADDED and card.question.answer == answer
    assert card.question.kind is QuestionKind.CLOZE and card.question.prompt == SENTENCE
    assert session.add_cloze("libraries", 0, start, end) != key  # the same words twice: two keys


def test_the_reason_for_each_candidate(seed_build):
    """Kept, over the budget, another form of the same fact, true/false: read off the deck against the candidates."""
    report, _ = seed_build
    (every,) = report.results  # built with every card: the budget below cuts the deck to its best 5
    deck = every.questions[:5]
    why = reasons(ArticleResult(article=every.article, facts=every.facts, questions=deck,
                                candidates=every.candidates))
    assert {why[q.key] for q in deck} == {KEPT}
    # a card the default deck leaves to all the cards says so (or that a kept card on its sentence shows its answer)
    # and a role card of this undated article, whose story line shows no headline, that it asks of no story
    story = headline(every.article.title) if story_line(every.article) else ""
    unsure = [q for q in every.questions[5:] if unanchored(q, story) and not held_back(q)]
    assert unsure and all(why[q.key] == UNANCHORED for q in unsure)
    assert all(why[q.key] in (_held(q) or OVER_BUDGET, SAME_SENTENCE) for q in every.questions[5:] if q not in unsure)
    assert any(why[q.key] == OVER_BUDGET for q in every.questions[5:])
    assert all(why[q.key] == TRUE_FALSE for q in every.candidates if q.kind is QuestionKind.TRUE_FALSE)
    kept_facts = {q.fact.key for q in deck}
    same = [q for q in every.candidates if q.fact.key in kept_facts and q.key not in {d.key for d in deck}
            and q.kind is not QuestionKind.TRUE_FALSE]
    # a form the deck never takes (``held_back``: options on a name …) says that first
    assert same and all(why[q.key] == (_held(q) or SAME_FACT) for q in same)
    assert any(why[q.key] == SAME_FACT for q in same)
    # a fill-in on a sentence that needs the article ("He said …" after a name) says that, so a teacher may name it
    needing = [q for q in every.candidates if needs_the_article(q) and q.kind is not QuestionKind.TRUE_FALSE]
    assert needing and all(why[q.key] == NEEDS_ARTICLE for q in needing)


def _held(question) -> str:
    """The reason a card the default deck leaves to all the cards gives, or "" for one it does not leave."""
    return NEEDS_ARTICLE if needs_the_article(question) else HELD_BACK if held_back(question) else ""


def test_the_review_file_rebuilds_what_the_page_shows(nlp, tmp_path):
    session = review_of([str(SEED)], tmp_path, nlp)
    (review,) = session.articles.values()
    session.save()
    doc = json.loads(session.path.read_text(encoding="utf-8"))
    (entry,) = doc["articles"]
    kinds = {q["kind"] for q in entry["questions"] + entry["dropped"]}
    assert "true_false" in kinds  # every kind is kept in the file
    assert entry["quiz"] == review.quiz and entry["text"] == review.article.text
    assert doc["settings"] == {"deck": "North Korea Launchers", "name": "north-korea-launchers", "title": "",
                               "class": "", "versions": 1, "formats": ["apkg", "html"]}
    resumed = ReviewSession.from_file(session.path, tmp_path / "out")
    (again,) = resumed.articles.values()
    assert {k: (c.in_deck, c.reason, c.question.prompt) for k, c in again.cards.items()} == \
        {k: (c.in_deck, c.reason, c.question.prompt) for k, c in review.cards.items()}
    assert again.quiz == review.quiz and again.sentences == review.sentences
    results, settings, _ = load_document(session.path)
    assert results[0].quiz is not None and [q.key for q in results[0].quiz] == review.quiz


def test_sentences_are_the_ones_facts_count(nlp, tmp_path):
    session = review_of([str(SEED)], tmp_path, nlp)
    (review,) = session.articles.values()
    for card in review.cards.values():
        fact = card.question.fact
        if not fact.sentence.startswith("["):  # a sentence that named its "He" shows the name instead
            # the same sentence, short names written out in full ("Kim" → "Kim Jong Un") aside
            text = review.sentence_text(fact.sentence_index)
            assert SequenceMatcher(None, text, fact.sentence).ratio() > 0.85, fact.key
