"""The questions file read directly (no build, no model): every field back as written, every error message whole."""

from __future__ import annotations

import copy
import json
from dataclasses import replace

import pytest

from quizgen.errors import InputError
from quizgen.facts.model import FactKind
from quizgen.questions.model import Question, QuestionKind
from quizgen.run.questions_file import ArticleExtras, FileSettings, dumps, read_document, to_document
from tests.factory import cloze, every_kind, fact, result

LABEL = "week.json"
TWICE = "Berg met Berg's lawyer in Oslo."  # the answer twice: only the stored position says which


def _reviewed() -> dict:
    """A reviewed file: settings, two articles, a dropped candidate with its reason, a quiz, the text."""
    kept = every_kind()
    twice = replace(cloze(TWICE, "Berg", 9), blank=(9, 13), fact=replace(fact(TWICE, "Berg", 9), start=9, end=13),
                    key="cloze|twice")
    dropped = cloze("The ferry to Nesodden runs every hour.", "Nesodden", 10)
    harbour = replace(result(kept + [twice], source="Oslo Times"), candidates=())
    ferry = result(every_kind("again"), title="Ferry", name="ferry")
    settings = FileSettings(deck="Week 3", name="week-3", title="Harbour quiz", class_name="7B", versions=3,
                            formats=("apkg", "pdf"))
    extras = [ArticleExtras(dropped=[(dropped, "too easy")], quiz=[kept[4].key, kept[0].key],
                            text="Mayor Anna Berg opened the harbour.", sentences=[(0, 35)]),
              ArticleExtras()]
    return json.loads(dumps([harbour, ferry], settings, extras))


def test_a_reviewed_file_reads_back_exactly():
    doc = _reviewed()
    results, settings, extras = read_document(copy.deepcopy(doc), LABEL)
    assert to_document(results, settings, extras) == doc
    harbour, ferry = results
    assert settings == FileSettings("Week 3", "week-3", "Harbour quiz", "7B", 3, ("apkg", "pdf"))
    assert [q.key for q in harbour.quiz] == ["wh|2", "mc|0"] and ferry.quiz is None  # the teacher's order
    assert [q.key for q in harbour.candidates] == [q.key for q in harbour.questions] + ["cloze|10"]
    assert ferry.candidates == ()  # nothing dropped: the deck's questions are the pool
    assert extras[0].dropped[0][1] == "too easy" and extras[0].sentences == [(0, 35)]
    assert harbour.article.text == "Mayor Anna Berg opened the harbour." and harbour.article.source == "Oslo Times"
    twice = next(q for q in harbour.questions if q.key == "cloze|twice")
    assert twice.blank == (9, 13) and (twice.fact.start, twice.fact.end) == (9, 13)  # the second "Berg"


def test_a_question_with_only_the_required_fields_takes_the_defaults():
    doc = {"format": "quizgen-questions", "version": 1, "articles": [{"name": "a", "questions": [
        {"key": "k", "kind": "cloze", "prompt": "Anna Berg opened it.", "answer": "Anna Berg",
         "fact": {"kind": "person", "answer": "Anna Berg"}}]}]}
    (result_,), settings, (extras,) = read_document(doc, LABEL)
    (question,) = result_.questions
    assert question == Question(kind=QuestionKind.CLOZE, prompt="Anna Berg opened it.", answer="Anna Berg",
                                fact=question.fact, key="k", blank=(0, 9), choices=(), score=0.0, family="cloze")
    f = question.fact
    assert (f.kind, f.sentence, f.start, f.end, f.sentence_index, f.label, f.topic, f.anchor, f.score, f.canonical,
            f.resolved) == (FactKind.PERSON, "Anna Berg opened it.", 0, 9, 0, "", "", "", 0.0, "", "")
    assert result_.article.title == "a" and result_.article.date == "" and result_.article.source == ""
    assert settings == FileSettings() and extras == ArticleExtras()
    assert result_.quiz is None and result_.candidates == ()


A = "articles.0"
Q = "articles.0.questions.0"  # the cloze "Fishermen protested outside City Hall on Friday."
MC = "articles.0.questions.1"  # ("Anna Berg", "Kari Nordmann", "Jonas Gahr Støre")


def _changed(path: str, value) -> dict:
    """The reviewed file with one value set (``...`` deletes it); ``path`` is dotted, list indexes as numbers."""
    doc = _reviewed()
    doc["articles"][0]["questions"].insert(0, doc["articles"][0]["questions"].pop(6))  # the cloze first
    *parents, last = path.split(".")
    node = doc
    for part in parents:
        node = node[int(part)] if isinstance(node, list) else node[part]
    if isinstance(node, list):
        node[int(last)] = value
    elif value is ...:
        del node[last]
    else:
        node[last] = value
    return doc


ERRORS = [
    ("articles", ..., "'articles' is missing"),
    ("articles", {}, "'articles' must be a list"),
    (A, "x", "article 1: must be an object"),
    (f"{A}.name", " ", "article 1: 'name' must not be empty"),
    (f"{A}.name", ..., "article 1: 'name' is missing"),
    ("articles.1.name", "harbour", "article 2: the name 'harbour' is used twice (names make the Anki note IDs)"),
    (f"{A}.title", 3, "article 1: 'title' must be a string"),
    (f"{A}.date", 3, "article 1: 'date' must be a string"),
    (f"{A}.source", 3, "article 1: 'source' must be a string"),
    (f"{A}.questions.0", "x", "article 1, question 1: must be an object"),
    (f"{Q}.key", "mc|0", "article 1: the key 'mc|0' is used twice (keys make the Anki note IDs)"),
    (f"{Q}.kind", "essay", "article 1, question 1 (cloze|4): unknown kind 'essay' (one of "
                           + ", ".join(k.value for k in QuestionKind) + ")"),
    (f"{Q}.answer", "Saturday", "article 1, question 1 (cloze|4): the answer 'Saturday' does not appear in the prompt"),
    (f"{Q}.sentence", " ", "article 1, question 1 (cloze|4): 'sentence' must not be empty"),
    (f"{Q}.score", "high", "article 1, question 1 (cloze|4): 'score' must be a whole number or a number"),
    (f"{Q}.family", 1, "article 1, question 1 (cloze|4): 'family' must be a string"),
    (f"{Q}.choices", ["a", 1], "article 1, question 1 (cloze|4): 'choices' must be a list of non-empty strings"),
    (f"{Q}.choices", "a, b", "article 1, question 1 (cloze|4): 'choices' must be a list"),
    (f"{Q}.fact", ..., "article 1, question 1 (cloze|4): 'fact' is missing"),
    (f"{Q}.fact.kind", "thing", "article 1, question 1 (cloze|4), fact: unknown kind 'thing' (one of "
                                + ", ".join(k.value for k in FactKind) + ")"),
    (f"{Q}.fact.answer", "", "article 1, question 1 (cloze|4), fact: 'answer' must not be empty"),
    (f"{Q}.fact.answer", "Monday", "article 1, question 1 (cloze|4), fact: the answer 'Monday' does not appear in "
                                   "the sentence"),
    (f"{Q}.fact.sentence_index", "0", "article 1, question 1 (cloze|4), fact: 'sentence_index' must be a whole number"),
    (f"{Q}.fact.label", 1, "article 1, question 1 (cloze|4), fact: 'label' must be a string"),
    (f"{Q}.fact.topic", 1, "article 1, question 1 (cloze|4), fact: 'topic' must be a string"),
    (f"{Q}.fact.anchor", 1, "article 1, question 1 (cloze|4), fact: 'anchor' must be a string"),
    (f"{Q}.fact.canonical", 1, "article 1, question 1 (cloze|4), fact: 'canonical' must be a string"),
    (f"{Q}.fact.resolved", 1, "article 1, question 1 (cloze|4), fact: 'resolved' must be a string"),
    (f"{Q}.fact.score", True, "article 1, question 1 (cloze|4), fact: 'score' must be a whole number or a number"),
    (f"{MC}.choices", ["Kari Nordmann", "Oslo"], "article 1, question 2 (mc|0): a multiple-choice question needs at "
                                                 "least two 'choices', one equal to 'answer'"),
    (f"{MC}.choices", ["Anna Berg"] + [f"Option {n}" for n in range(8)],
     "article 1, question 2 (mc|0): 'choices' must be at most 8 different strings"),
    (f"{MC}.choices", ["Anna Berg", "Oslo", "Oslo"], "article 1, question 2 (mc|0): 'choices' must be at most 8 "
                                                     "different strings"),
    (f"{A}.dropped.0", [], "article 1, dropped 1: must be an object"),
    (f"{A}.dropped.0.key", "mc|0", "article 1: the key 'mc|0' is used twice (keys make the Anki note IDs)"),
    (f"{A}.dropped.0.reason", 1, "article 1, dropped 1: 'reason' must be a string"),
    (f"{A}.dropped.0.prompt", "", "article 1, dropped 1 (cloze|10): 'prompt' must not be empty"),
    (f"{A}.dropped", "all", "article 1: 'dropped' must be a list"),
    (f"{A}.quiz", ["mc|0", "nope"], "article 1: 'quiz' names 'nope', which is not one of the article's questions"),
    (f"{A}.quiz", "mc|0", "article 1: 'quiz' must be a list"),
    (f"{A}.text", 1, "article 1: 'text' must be a string"),
    (f"{A}.sentences", [[5, 2]], "article 1: 'sentences' must be [start, end] spans of 'text'"),
    (f"{A}.sentences", [[0, 99]], "article 1: 'sentences' must be [start, end] spans of 'text'"),
    (f"{A}.sentences", [[0]], "article 1: 'sentences' must be [start, end] spans of 'text'"),
    (f"{A}.sentences", "0-5", "article 1: 'sentences' must be a list"),
    ("settings", [], "'settings' must be an object"),
    ("settings.versions", 0, "settings: 'versions' must be between 1 and 26"),
    ("settings.versions", "2", "settings: 'versions' must be a whole number"),
    ("settings.formats", ["apkg", "docx", "odt"], "settings: unknown format 'docx' (one of apkg, html, pdf, gift, "
                                                  "moodle-xml, csv)"),
    ("settings.formats", "apkg", "settings: 'formats' must be a list"),
    ("settings.deck", 1, "settings: 'deck' must be a string"),
    ("settings.name", 1, "settings: 'name' must be a string"),
    ("settings.title", 1, "settings: 'title' must be a string"),
    ("settings.class", 1, "settings: 'class' must be a string"),
    ("version", 2, "questions file version 2 is not supported (this quizgen reads version 1)"),
    ("format", "anki", 'not a quizgen questions file (expected "format": "quizgen-questions")'),
]


@pytest.mark.parametrize(("path", "value", "problem"), ERRORS, ids=[f"{p}={v!r}"[:60] for p, v, _ in ERRORS])
def test_each_problem_is_one_error_naming_where_it_is(path, value, problem):
    with pytest.raises(InputError) as caught:
        read_document(_changed(path, value), LABEL)
    assert str(caught.value) == f"{LABEL}: {problem}"


def test_the_changed_file_is_sound_before_it_is_broken():
    """The base of the table above reads: each error comes from its one change."""
    results, _, _ = read_document(_changed("settings.title", "Harbour quiz"), LABEL)
    assert results[0].questions[0].key == "cloze|4" and results[0].questions[1].key == "mc|0"


@pytest.mark.parametrize(("blank", "kept"), [([9, 13], True), ([9.0, 13], False), ([True, 4], False), ([9, 99], False),
                                             ("9-13", False), (None, False)])
def test_a_stored_position_is_used_only_when_it_still_holds_the_answer(blank, kept):
    doc = _reviewed()
    twice = next(q for q in doc["articles"][0]["questions"] if q["key"] == "cloze|twice")
    twice["blank"] = blank
    if kept:
        (harbour, _), _, _ = read_document(doc, LABEL)
        assert next(q for q in harbour.questions if q.key == "cloze|twice").blank == (9, 13)
        return
    with pytest.raises(InputError, match=r"the answer 'Berg' appears more than once in the prompt; give its "
                                         r'position as "blank": \[start, end\]$'):
        read_document(doc, LABEL)
