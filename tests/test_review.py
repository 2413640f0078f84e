"""The review loop: questions → JSON a teacher edits → deck and quiz, with the same Anki notes."""

from __future__ import annotations

import copy
import json
import re
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from quizgen.cli import app
from quizgen.errors import EXIT_INPUT, EXIT_NO_FACTS
from quizgen.facts.model import Fact, FactKind
from quizgen.questions.model import Question, QuestionKind
from quizgen.run.questions_file import FORMAT, VERSION, dumps, from_document, question_to_dict, to_document
from tests.anki_helpers import import_apkg, open_collection, plain, rendered_cards
from tests.conftest import ROOT, SEED

runner = CliRunner()


def _comparable(question: Question) -> tuple:
    fact = question.fact
    return (question.key, question.kind, question.prompt, question.answer, question.blank, question.choices,
            question.family, fact.kind, fact.answer, fact.sentence, fact.start, fact.end, fact.sentence_index,
            fact.anchor, fact.topic, fact.canonical)


def test_round_trip_keeps_every_question(seed_build):
    report, _ = seed_build
    doc = json.loads(dumps(report.results))
    assert (doc["format"], doc["version"]) == (FORMAT, VERSION)
    (article,) = doc["articles"]
    assert (article["name"], article["title"]) == ("north-korea-launchers", "North Korea Launchers")
    (back,) = from_document(doc, "q.json")
    (original,) = report.results
    assert [_comparable(q) for q in back.questions] == [_comparable(q) for q in original.questions]
    assert all(q.fact.parse is None for q in back.questions)


def test_other_question_kinds_round_trip():
    sentence = "The bridge opened in 1956 in Bergen."
    fact = Fact(kind=FactKind.DATE, answer="1956", sentence=sentence, start=21, end=25, sentence_index=3,
                anchor="open")
    asked = [
        Question(kind=QuestionKind.SHORT_ANSWER, prompt="When did the bridge open?", answer="1956", fact=fact,
                 key="wh|date|1956|open", family="wh"),
        Question(kind=QuestionKind.MULTIPLE_CHOICE, prompt="When did the bridge open?", answer="1956", fact=fact,
                 key="mc|date|1956|open", choices=("1948", "1956", "1971"), family="wh"),
        Question(kind=QuestionKind.TRUE_FALSE, prompt="The bridge opened in 1971.", answer="False", fact=fact,
                 key="tf|date|1956|open", family="true_false"),
    ]
    from quizgen.read.article import Article
    from quizgen.questions.model import ArticleResult

    result = ArticleResult(article=Article(text=sentence, title="Bridge", name="bridge"), facts=(fact,),
                           questions=tuple(asked))
    (back,) = from_document(json.loads(json.dumps(to_document([result]))), "q.json")
    assert [_comparable(q) for q in back.questions] == [_comparable(q) for q in asked]


def _edit(doc: dict) -> tuple[dict, str, str, str]:
    """Delete one question, re-word one prompt, fix one answer. Returns (doc, deleted, reworded, fixed) keys."""
    doc = copy.deepcopy(doc)
    questions = doc["articles"][0]["questions"]
    deleted = questions.pop(0)["key"]
    reworded = next(q for q in questions if q["kind"] == "cloze" and q["blank"][0] > 10)
    start, end = reworded["blank"]
    reworded["prompt"] = "As reported, " + reworded["prompt"][:start] + reworded["answer"] + reworded["prompt"][end:]
    reworded["blank"] = [start, end]  # now stale: the loader finds the answer again
    fixed = next(q for q in questions if q["kind"] == "cloze" and q is not reworded
                 and q["prompt"].count(q["answer"]) == 1)
    fixed["prompt"] = fixed["prompt"].replace(fixed["answer"], fixed["answer"] + " (sic)")
    fixed["answer"] += " (sic)"
    fixed["blank"] = None
    return doc, deleted, reworded["key"], fixed["key"]


def test_edited_questions_build_and_keep_their_notes(tmp_path):
    qfile = tmp_path / "questions.json"
    made = runner.invoke(app, ["questions", str(SEED), "--all-cards", "-o", str(qfile)])
    assert made.exit_code == 0, made.output
    assert f"wrote {qfile}" in made.stdout
    original = json.loads(qfile.read_text(encoding="utf-8"))
    count = len(original["articles"][0]["questions"])
    edited, deleted, reworded, fixed = _edit(original)
    qfile.write_text(json.dumps(edited, ensure_ascii=False, indent=2), encoding="utf-8")

    # with --all-cards the questions file holds every card the selection keeps, as --all-cards builds them
    first = runner.invoke(app, ["build", str(SEED), "--out", str(tmp_path / "from-article"), "--all-cards"])
    assert first.exit_code == 0, first.output
    time.sleep(1.1)  # the rebuild must carry a later modification time for Anki to take it as an update
    # building from the questions file needs no spaCy model: a missing one does not matter
    second = runner.invoke(app, ["build", str(qfile), "--out", str(tmp_path / "reviewed"), "--model", "no_such_model"])
    assert second.exit_code == 0, second.output
    assert f"{count - 1} cards" in second.stdout

    col = open_collection(tmp_path)
    try:
        log = import_apkg(col, tmp_path / "from-article" / "north-korea-launchers.apkg")
        assert len(log.new) == count
        guids = {c.guid for c in rendered_cards(col)}
        log = import_apkg(col, tmp_path / "reviewed" / "north-korea-launchers.apkg")
        assert len(log.new) == 0 and len(log.updated) == count - 1
        cards = rendered_cards(col)
        assert {c.guid for c in cards} == guids and len(cards) == count  # Anki keeps the note deleted from the file
        text = {c.guid: plain(c.answer_html) for c in cards}
        assert sum("As reported, " in t for t in text.values()) == 1
        assert sum("(sic)" in t for t in text.values()) == 1
        assert {c.deck for c in cards} == {"North Korea Launchers"}
    finally:
        col.close()
    quiz = (tmp_path / "reviewed" / "north-korea-launchers.html").read_text(encoding="utf-8")
    assert "North Korea Launchers" in quiz


def test_questions_to_stdout(tmp_path):
    result = runner.invoke(app, ["questions", str(SEED)])
    assert result.exit_code == 0, result.stderr
    doc = json.loads(result.stdout)
    assert doc["format"] == FORMAT and doc["articles"][0]["questions"]


def test_the_questions_file_holds_the_deck_a_build_makes_and_the_rest_as_dropped(tmp_path):
    """Unedited, the file builds the deck a build of the article makes; every other candidate is in ``dropped`` with
    why, so a teacher can pull one back (it held every card the selection keeps: 41 for the seed's 4-card deck)."""
    built = runner.invoke(app, ["build", str(SEED), "--out", str(tmp_path / "deck"), "--format", "apkg"])
    assert built.exit_code == 0, built.output
    for options, in_deck in (([], re.search(r"(\d+) cards", built.stdout).group(1)), (["--cards", "2"], "2")):
        result = runner.invoke(app, ["questions", str(SEED), *options])
        assert result.exit_code == 0, result.stderr
        article = json.loads(result.stdout)["articles"][0]
        assert len(article["questions"]) == int(in_deck)
        assert any(d["reason"].startswith("dropped: over the deck budget") for d in article["dropped"])
    # a dropped card moved back into ``questions`` is one more card in the deck the file builds
    doc = json.loads(result.stdout)
    article = doc["articles"][0]
    pulled = next(d for d in article["dropped"] if d["reason"].startswith("dropped: over the deck budget")
                  and d["kind"] != "true_false")
    article["dropped"].remove(pulled)
    article["questions"].append(pulled)
    (tmp_path / "q.json").write_text(json.dumps(doc), encoding="utf-8")
    rebuilt = runner.invoke(app, ["build", str(tmp_path / "q.json"), "--out", str(tmp_path / "pulled")])
    assert rebuilt.exit_code == 0, rebuilt.output
    assert "3 cards" in rebuilt.stdout


def _doc_with(tmp_path: Path, change) -> Path:
    from quizgen.read.article import Article
    from quizgen.questions.model import ArticleResult

    sentence = "Anna Berg opened 3 new libraries in Oslo in May 2023."
    fact = Fact(kind=FactKind.PLACE, answer="Oslo", sentence=sentence, start=36, end=40, sentence_index=0,
                anchor="open")
    question = Question(kind=QuestionKind.CLOZE, prompt=sentence, answer="Oslo", fact=fact,
                        key="cloze|place|oslo|open", blank=(36, 40))
    result = ArticleResult(article=Article(text=sentence, title="Libraries", name="libraries"), facts=(fact,),
                           questions=(question,))
    doc = to_document([result])
    text = change(doc)
    path = tmp_path / "q.json"
    path.write_text(text if isinstance(text, str) else json.dumps(doc), encoding="utf-8")
    return path


def _set(path: str, value):
    def change(doc):
        *parents, last = path.split(".")
        node = doc
        for part in parents:
            node = node[int(part)] if part.isdigit() else node[part]
        if value is KeyError:
            del node[last]
        else:
            node[int(last) if last.isdigit() else last] = value
    return change


Q = "articles.0.questions.0"


@pytest.mark.parametrize("change, message", [
    (lambda doc: '{"format": "quizgen-questions", "version": 1, "articles": [', "not valid JSON (line 1, column"),
    (lambda doc: "[1, 2]", 'not a quizgen questions file (expected "format": "quizgen-questions")'),
    (_set("format", "something-else"), "not a quizgen questions file"),
    (_set("version", 99), "questions file version 99 is not supported"),
    (_set("articles", {}), "'articles' must be a list"),
    (_set("articles.0.name", KeyError), "article 1: 'name' is missing"),
    (_set(f"{Q}.key", KeyError), "article 1, question 1: 'key' is missing"),
    (_set(f"{Q}.prompt", ""), "question 1 (cloze|place|oslo|open): 'prompt' must not be empty"),
    (_set(f"{Q}.answer", 7), "'answer' must be a string"),
    (_set(f"{Q}.kind", "essay"), "unknown kind 'essay'"),
    (_set(f"{Q}.answer", "Bergen"), "the answer 'Bergen' does not appear in the prompt"),
    (_set(f"{Q}.fact.kind", "colour"), "fact: unknown kind 'colour'"),
    (_set(f"{Q}.fact", KeyError), "'fact' is missing"),
    (_set(f"{Q}.kind", "multiple_choice"), "needs at least two 'choices', one equal to 'answer'"),
    (lambda doc: doc["articles"][0]["questions"].append(doc["articles"][0]["questions"][0]) or None,
     "the key 'cloze|place|oslo|open' is used twice"),
    (lambda doc: doc["articles"].append(doc["articles"][0]) or None, "the name 'libraries' is used twice"),
    (_set("articles.0.questions", []), "no usable facts"),
])
def test_malformed_questions_file_is_one_line_error(tmp_path, change, message):
    path = _doc_with(tmp_path, change)
    out = tmp_path / "out"
    result = runner.invoke(app, ["build", str(path), "--out", str(out)])
    lines = result.stderr.strip().splitlines()
    assert result.exit_code == (EXIT_NO_FACTS if message == "no usable facts" else EXIT_INPUT), result.stderr
    assert lines[-1].startswith(f"quizgen: error: {path}") and message in lines[-1], lines
    assert "Traceback" not in result.stderr and not out.exists()


CONTROLS = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")


def _deck_notes(tmp_path: Path, apkg: Path) -> list[list[str]]:
    """The notes' fields as Anki stores them after importing ``apkg`` (nothing refused, nothing empty)."""
    col = open_collection(tmp_path)
    try:
        log = import_apkg(col, apkg)
        for problem in ("conflicting", "missing_notetype", "missing_deck", "empty_first_field"):
            assert list(getattr(log, problem)) == [], problem
        return [list(col.get_note(nid).fields) for nid in col.find_notes("")]
    finally:
        col.close()


def test_a_broken_blank_is_found_again_in_the_deck(tmp_path):
    path = _doc_with(tmp_path, _set(f"{Q}.blank", "36-40"))
    result = runner.invoke(app, ["build", str(path), "--out", str(tmp_path / "out")])
    assert result.exit_code == 0, result.stderr
    (fields,) = _deck_notes(tmp_path, tmp_path / "out" / "libraries.apkg")
    assert "{{c1::Oslo}}" in fields[0] and fields[0].count("{{c1::") == 1, fields


def test_control_characters_in_the_file_never_reach_the_deck(tmp_path):
    """U+001F separates Anki's fields: one kept in a prompt once made Anki refuse the note."""
    def change(doc):
        article = doc["articles"][0]
        article["title"] = "Libra\x1fries"
        cloze = article["questions"][0]
        cloze["prompt"] = cloze["sentence"] = "Anna Berg\x1f opened 3 new libraries in\x07 Oslo in May 2023."
        cloze["blank"] = None
        cloze["fact"]["answer"] = "Oslo\x1f"
        choice = copy.deepcopy(cloze)
        choice.update(key="mc|person|anna-berg", kind="multiple_choice", prompt="Who\x1f opened 3 new libraries?",
                      answer="Anna Berg", choices=["Anna Berg", "Rita\x1f Gomes", "Omar\x00 Diallo", "Li Na"])
        choice["fact"].update(kind="person", answer="Anna Berg")
        article["questions"].append(choice)

    path = _doc_with(tmp_path, change)
    result = runner.invoke(app, ["build", str(path), "--out", str(tmp_path / "out")])
    assert result.exit_code == 0, result.stderr
    notes = _deck_notes(tmp_path, tmp_path / "out" / "libraries.apkg")
    assert len(notes) == 2
    text = " ".join(f for fields in notes for f in fields)
    assert not CONTROLS.search(text), repr(text)
    assert "Anna Berg opened 3 new libraries in {{c1::Oslo}} in May 2023." in text
    assert "Rita Gomes" in text and "Omar Diallo" in text
    quiz = (tmp_path / "out" / "libraries.html").read_text(encoding="utf-8")
    assert not CONTROLS.search(quiz) and "<h1>Libraries</h1>" in quiz and "libraries in Oslo" in quiz


def test_format_is_documented():
    doc = (ROOT / "docs" / "questions-format.md").read_text(encoding="utf-8")
    fact = Fact(kind=FactKind.DATE, answer="x", sentence="x", start=0, end=1, sentence_index=0)
    fields = question_to_dict(Question(kind=QuestionKind.CLOZE, prompt="x", answer="x", fact=fact, key="k"))
    for name in ["format", "version", "articles", "name", "title", "date", "source", *fields, *fields["fact"]]:
        assert f"`{name}`" in doc, name
    assert f'"version": {VERSION}' in doc


def test_questions_file_for_a_folder_builds_the_same_decks(tmp_path, nlp):
    from quizgen.run.build import build, write_questions_file

    folder = tmp_path / "week"
    folder.mkdir()
    (folder / "oslo.txt").write_text("title: Oslo Libraries\n\nThe mayor of Oslo, Anna Berg, opened 3 new "
                                     "libraries in May 2023.\n", encoding="utf-8")
    (folder / "port.md").write_text("# Port Strike Ends\n\nDockers in Antwerp returned to work on Monday after "
                                    "a strike that lasted 12 days.\n", encoding="utf-8")
    write_questions_file([str(folder)], tmp_path / "q.json", nlp=nlp)
    direct = build([str(folder)], tmp_path / "direct", nlp=nlp)  # the questions file holds the deck a build makes
    reviewed = build([str(tmp_path / "q.json")], tmp_path / "reviewed", nlp=nlp)
    assert [p.name for p in reviewed.written] == ["week.apkg", "week.html"]  # the folder's name, kept in the file
    col = open_collection(tmp_path)
    try:
        import_apkg(col, tmp_path / "direct" / "week.apkg")
        first = {(c.deck.split("::")[1], c.guid) for c in rendered_cards(col)}
        log = import_apkg(col, tmp_path / "reviewed" / "week.apkg")
        assert len(log.new) == 0 and len(log.updated) + len(log.duplicate) == direct.questions
        cards = rendered_cards(col)  # the same notes; Anki leaves cards in the deck they are in
        assert {(c.deck.split("::")[1], c.guid) for c in cards} == first
        assert {c.deck.split("::")[1] for c in cards} == {"Oslo Libraries", "Port Strike Ends"}
        assert {c.deck.split("::")[0] for c in cards} == {"Week"}
    finally:
        col.close()


def test_questions_command_has_help():
    result = runner.invoke(app, ["questions", "--help"])
    assert result.exit_code == 0 and "Usage" in result.output and "--output" in result.output
    assert "questions" in runner.invoke(app, ["--help"]).output


def test_every_field_round_trips_exactly():
    """Every stored field differs from its default, so a field read under another name or lost shows."""
    from quizgen.read.article import Article
    from quizgen.questions.model import ArticleResult

    sentence = "On Sunday, Mayor Anna Berg opened the harbour in Oslo."
    start = sentence.index("Sunday")
    fact = Fact(kind=FactKind.DATE, answer="Sunday", sentence=sentence, start=start, end=start + 6, sentence_index=4,
                anchor="open harbour", label="DATE", topic="the opening", score=0.625,
                canonical="Sunday (4 August 2024)", resolved="2024-08-04")
    asked = (Question(kind=QuestionKind.MULTIPLE_CHOICE, prompt=sentence, answer="Sunday", fact=fact,
                      key="mc|date|sunday|open", blank=(start, start + 6), choices=("Monday", "Sunday", "Friday"),
                      score=0.375, family="wh"),
             Question(kind=QuestionKind.CLOZE, prompt=sentence, answer="Sunday", fact=fact, key="cloze|date|sunday",
                      blank=(start, start + 6), score=0.5, family="cloze_fallback"))
    article = Article(text=sentence, title="Harbour · Oslo", name="harbour", date="2024-08-05",
                      source="https://example.org/a")
    text = dumps([ArticleResult(article=article, facts=(fact,), questions=asked)])
    assert text.endswith("}\n") and "Harbour · Oslo" in text  # UTF-8 JSON, not ASCII-escaped
    (back,) = from_document(json.loads(text), "q.json")
    assert back.questions == asked and back.facts == (fact,)
    assert (back.article.name, back.article.title, back.article.date, back.article.source) == (
        "harbour", "Harbour · Oslo", "2024-08-05", "https://example.org/a")
