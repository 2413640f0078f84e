"""A reviewed questions file carries what the review page chose: dropped candidates (true/false included), the
printed quiz in order, and the build settings, so `quizgen build FILE` gives what the page exported."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from quizgen.cli import app
from quizgen.errors import EXIT_INPUT
from quizgen.export.quiz import select_questions
from quizgen.facts.model import Fact, FactKind
from quizgen.questions.model import ArticleResult, Question, QuestionKind
from quizgen.read.article import Article
from quizgen.run.questions_file import ArticleExtras, FileSettings, dumps, to_document

runner = CliRunner()
SENTENCE = "The bridge opened in 1956 in Bergen."


def _questions() -> list[Question]:
    fact = Fact(kind=FactKind.DATE, answer="1956", sentence=SENTENCE, start=21, end=25, sentence_index=0,
                anchor="open")
    place = Fact(kind=FactKind.PLACE, answer="Bergen", sentence=SENTENCE, start=29, end=35, sentence_index=0,
                 anchor="open")
    return [
        Question(kind=QuestionKind.CLOZE, prompt=SENTENCE, answer="1956", fact=fact, key="cloze|1956",
                 blank=(21, 25)),
        Question(kind=QuestionKind.SHORT_ANSWER, prompt="When did the bridge open?", answer="1956", fact=fact,
                 key="wh|1956", family="wh"),
        Question(kind=QuestionKind.MULTIPLE_CHOICE, prompt="Where did the bridge open?", answer="Bergen",
                 fact=place, key="mc|bergen", choices=("Oslo", "Bergen", "Tromsø"), family="mc_wh"),
        Question(kind=QuestionKind.TRUE_FALSE, prompt="The bridge opened in 1971 in Bergen.", answer="False",
                 fact=fact, key="tf|1956", family="true_false"),
    ]


def _file(tmp_path: Path, settings: FileSettings | None, quiz: list[str] | None) -> Path:
    cloze, wh, mc, tf = _questions()
    result = ArticleResult(article=Article(text=SENTENCE, title="Bridges", name="bridges"), facts=(cloze.fact,),
                           questions=(cloze, wh))
    extras = ArticleExtras(dropped=[(mc, "dropped: over the deck budget"), (tf, "dropped in review")], quiz=quiz,
                           text=SENTENCE, sentences=[(0, len(SENTENCE))])
    path = tmp_path / "q.json"
    path.write_text(dumps([result], settings, [extras]), encoding="utf-8")
    return path


@pytest.mark.parametrize("settings, options, names, deck, title, klass", [
    (None, [], ["bridges.apkg", "bridges.html"], "Bridges", "Bridges", None),
    (FileSettings(deck="Week 3", name="week-3", title="Bridge quiz", class_name="7C", formats=("html", "gift")), [],
     ["week-3.html", "week-3.gift.txt"], None, "Bridge quiz", "7C"),
    (FileSettings(deck="Week 3", name="week-3", formats=("apkg", "html")), ["--name", "mine", "--deck", "Mine"],
     ["mine.apkg", "mine.html"], "Mine", "Mine", None),  # the command line wins
])
def test_build_takes_the_files_settings(tmp_path, settings, options, names, deck, title, klass):
    path = _file(tmp_path, settings, ["tf|1956", "wh|1956"])
    out = tmp_path / "out"
    result = runner.invoke(app, ["build", str(path), "--out", str(out), "--quiet", *options])
    assert result.exit_code == 0, result.stderr
    assert sorted(p.name for p in out.iterdir()) == sorted(names)
    html = next(out.glob("*.html")).read_text(encoding="utf-8")
    assert f"<h1>{title}</h1>" in html
    assert (f'Class <span class="filled">{klass}</span>' in html) if klass else 'Class <span class="line short">' in html
    if deck:
        from tests.anki_helpers import import_apkg, open_collection, rendered_cards

        col = open_collection(tmp_path)
        try:
            import_apkg(col, next(out.glob("*.apkg")))
            assert {c.deck for c in rendered_cards(col)} == {deck}
            assert {c.guid for c in rendered_cards(col)} and len(rendered_cards(col)) == 2  # the deck, not dropped
        finally:
            col.close()


def test_versions_come_from_the_file_unless_given(tmp_path):
    path = _file(tmp_path, FileSettings(versions=2, formats=("html",)), None)
    runner.invoke(app, ["build", str(path), "--out", str(tmp_path / "a"), "--quiet"])
    runner.invoke(app, ["build", str(path), "--out", str(tmp_path / "b"), "--quiet", "--versions", "1"])
    assert "Form B" in (tmp_path / "a" / "bridges.html").read_text(encoding="utf-8")
    assert "Form B" not in (tmp_path / "b" / "bridges.html").read_text(encoding="utf-8")


@pytest.mark.parametrize("quiz, kinds, limit, expected", [
    (["tf|1956", "wh|1956"], None, None, ["tf|1956", "wh|1956"]),  # a dropped true/false can be on the quiz
    (["wh|1956", "mc|bergen", "cloze|1956"], None, None, ["wh|1956", "mc|bergen", "cloze|1956"]),  # the order kept
    (["wh|1956", "mc|bergen", "cloze|1956"], (QuestionKind.CLOZE, QuestionKind.MULTIPLE_CHOICE), None,
     ["mc|bergen", "cloze|1956"]),
    (["wh|1956", "mc|bergen", "cloze|1956"], None, 2, ["wh|1956", "mc|bergen"]),
    ([], None, None, []),
])
def test_the_teachers_quiz_is_the_quiz(tmp_path, quiz, kinds, limit, expected):
    from quizgen.run.questions_file import load_questions

    (result,) = load_questions(_file(tmp_path, None, quiz))
    assert [e.question.key for e in select_questions([result], kinds, limit)] == expected


def test_without_a_chosen_quiz_quizgen_picks_from_every_candidate(tmp_path):
    from quizgen.run.questions_file import load_questions

    (result,) = load_questions(_file(tmp_path, None, None))
    assert result.quiz is None and {q.key for q in result.quiz_pool} == {q.key for q in _questions()}
    assert select_questions([result])  # one per sentence, picked as a build would


def _broken(tmp_path: Path, change) -> Path:
    path = _file(tmp_path, FileSettings(), ["wh|1956"])
    doc = json.loads(path.read_text(encoding="utf-8"))
    change(doc)
    path.write_text(json.dumps(doc), encoding="utf-8")
    return path


@pytest.mark.parametrize("change, message", [
    (lambda d: d["articles"][0].update(quiz=["no|such"]), "'quiz' names 'no|such'"),
    (lambda d: d["articles"][0]["dropped"].append(d["articles"][0]["questions"][0]), "the key 'cloze|1956' is used twice"),
    (lambda d: d["settings"].update(versions=40), "'versions' must be between 1 and 26"),
    (lambda d: d["settings"].update(formats=["docx"]), "unknown format 'docx'"),
    (lambda d: d["settings"].update(deck=7), "'deck' must be a string"),
    (lambda d: d["articles"][0].update(sentences=[[0, 9999]]), "'sentences' must be [start, end] spans"),
    (lambda d: d["articles"][0]["dropped"][1].update(answer=""), "dropped 2 (tf|1956): 'answer' must not be empty"),
])
def test_a_broken_review_is_one_line_naming_the_place(tmp_path, change, message):
    path = _broken(tmp_path, change)
    result = runner.invoke(app, ["build", str(path), "--out", str(tmp_path / "out")])
    assert result.exit_code == EXIT_INPUT and message in result.stderr, result.stderr
    assert "Traceback" not in result.stderr and not (tmp_path / "out").exists()


def test_a_file_without_review_fields_is_read_as_before():
    cloze, wh, *_ = _questions()
    result = ArticleResult(article=Article(text="", title="Bridges", name="bridges"), facts=(cloze.fact,),
                           questions=(cloze, wh))
    doc = to_document([result])
    assert set(doc) == {"format", "version", "articles"}
    assert set(doc["articles"][0]) == {"name", "title", "date", "source", "questions"}


def test_the_class_line_is_blank_without_a_class():
    from quizgen.export.html import render_quiz

    cloze, *_ = _questions()
    result = ArticleResult(article=Article(text="", title="Bridges", name="bridges"), facts=(cloze.fact,),
                           questions=(cloze,))
    page = render_quiz([result], "Bridges")
    assert '<span class="line short"></span></span>' in page.split('class="field">Date')[0]


def test_a_questions_file_keeps_every_kind_and_prints_the_same_quiz(nlp, tmp_path):
    """`quizgen questions` keeps the candidates out of the deck too (true/false statements among them), so the quiz
    built from the file is the one built from the article, byte for byte, and `--kinds true_false` has questions."""
    from quizgen.run.build import build, write_questions_file
    from tests.conftest import SEED

    path = tmp_path / "q.json"
    write_questions_file([str(SEED)], path, nlp=nlp)
    (entry,) = json.loads(path.read_text(encoding="utf-8"))["articles"]
    assert {q["kind"] for q in entry["dropped"]} >= {"true_false"} and all(q["reason"] for q in entry["dropped"])
    direct = build([str(SEED)], tmp_path / "direct", nlp=nlp, formats=("html",))
    again = build([str(path)], tmp_path / "again", formats=("html",))
    assert again.written[0].read_bytes() == direct.written[0].read_bytes()
    result = runner.invoke(app, ["build", str(path), "--out", str(tmp_path / "tf"), "--kinds", "true_false",
                                 "-f", "html", "--quiet"])
    assert result.exit_code == 0, result.stderr
    assert "True or false" in (tmp_path / "tf" / "north-korea-launchers.html").read_text(encoding="utf-8")
