"""The CLI, in-process with typer's CliRunner: exit codes and output."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from quizgen.cli import app
from quizgen.errors import EXIT_INPUT, EXIT_NO_FACTS, EXIT_OUTPUT, EXIT_USAGE
from quizgen.run.build import UNDATED
from tests.conftest import SEED

runner = CliRunner()


@pytest.mark.parametrize("args", [["--help"], ["build", "--help"], ["facts", "--help"]])
def test_help_on_every_command(args):
    result = runner.invoke(app, args)
    assert result.exit_code == 0
    assert "Usage" in result.output


def test_build_writes_deck_and_quiz(tmp_path):
    result = runner.invoke(app, ["build", str(SEED), "--out", str(tmp_path), "--deck", "My Deck", "--name", "nk"])
    assert result.exit_code == 0, result.output
    assert (tmp_path / "nk.apkg").stat().st_size > 1000
    assert "My Deck" in (tmp_path / "nk.html").read_text(encoding="utf-8")
    assert "wrote" in result.output and "cards" in result.output
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".part")]


def test_build_from_stdin_uses_title(tmp_path):
    text = "The mayor of Oslo, Anna Berg, opened 3 new libraries in May 2023."
    result = runner.invoke(app, ["build", "-", "--out", str(tmp_path), "--title", "Libraries"], input=text)
    assert result.exit_code == 0, result.output
    page = (tmp_path / "libraries.html").read_text(encoding="utf-8")  # named after its title
    assert "<h1>Libraries</h1>" in page


def test_missing_file_is_one_line_error(tmp_path):
    result = runner.invoke(app, ["build", str(tmp_path / "missing.txt"), "--out", str(tmp_path / "o")])
    assert result.exit_code == EXIT_INPUT
    assert result.output.strip().splitlines() == [f"quizgen: error: {tmp_path / 'missing.txt'}: no such file"]
    assert "Traceback" not in result.output
    assert not (tmp_path / "o").exists()


def test_bad_name_is_refused_and_nothing_written(tmp_path):
    result = runner.invoke(app, ["build", str(SEED), "--out", str(tmp_path), "--name", "../../x"])
    assert result.exit_code == EXIT_OUTPUT
    assert "plain file name" in result.output
    assert list(tmp_path.iterdir()) == []


def test_facts_table_and_json():
    table = runner.invoke(app, ["facts", str(SEED)])
    assert table.exit_code == 0, table.output
    assert "Kim Jong Un" in table.output and "person" in table.output
    as_json = runner.invoke(app, ["facts", str(SEED), "--json"])
    assert as_json.exit_code == 0
    payload = json.loads(as_json.output)
    assert payload["title"] == "North Korea Launchers"
    kinds = {f["kind"] for f in payload["facts"]}
    assert {"person", "place", "date", "count", "organization"} <= kinds
    for fact in payload["facts"]:
        assert fact["sentence"][fact["start"]:fact["end"]] == fact["answer"]


def test_facts_missing_file():
    result = runner.invoke(app, ["facts", "no/such/file.txt"])
    assert result.exit_code == EXIT_INPUT
    assert "no such file" in result.output and "Traceback" not in result.output


def test_build_writes_every_requested_format(tmp_path):
    args = ["build", str(SEED), "--out", str(tmp_path), "-f", "html", "-f", "gift", "--format", "moodle-xml",
            "-f", "csv", "--questions", "4", "--versions", "2", "--seed", "9", "--paper", "letter", "--kinds",
            "cloze,short_answer,multiple_choice,true_false"]
    result = runner.invoke(app, args)
    assert result.exit_code == 0, result.output
    names = sorted(p.name for p in tmp_path.iterdir())
    assert names == ["north-korea-launchers.gift.txt", "north-korea-launchers.html",
                     "north-korea-launchers.moodle.xml", "north-korea-launchers.tsv"]
    page = (tmp_path / "north-korea-launchers.html").read_text(encoding="utf-8")
    assert page.count('<li class="question"') == 8 and "@page { size: letter; }" in page
    assert (tmp_path / "north-korea-launchers.gift.txt").read_text(encoding="utf-8").count("\n::") == 4
    assert len((tmp_path / "north-korea-launchers.tsv").read_text(encoding="utf-8").splitlines()) == 4
    for name in names:
        assert f"wrote {tmp_path / name}" in result.output


def test_key_only_and_no_key(tmp_path):
    for flag, has_quiz, has_key in (("--key-only", False, True), ("--no-key", True, False)):
        result = runner.invoke(app, ["build", str(SEED), "--out", str(tmp_path), "-f", "html", flag])
        assert result.exit_code == 0, result.output
        page = (tmp_path / "north-korea-launchers.html").read_text(encoding="utf-8")
        assert ('<main class="quiz' in page) is has_quiz and ('<section class="answer-key"' in page) is has_key


@pytest.mark.parametrize(("args", "message"), [
    (["--format", "docx"], "docx"),
    (["--kinds", "essay"], "quizgen: error: --kinds: unknown question kind 'essay'"),
    (["--no-key", "--key-only"], "quizgen: error: --no-key and --key-only: use one, not both"),
    (["--versions", "0"], "--versions"),
    (["--paper", "a5"], "a5"),
    (["--templates", "no/such/folder"], "no/such/folder"),
])
def test_bad_quiz_options_are_usage_errors(tmp_path, args, message):
    result = runner.invoke(app, ["build", str(SEED), "--out", str(tmp_path / "o"), *args])
    assert result.exit_code == 2, result.output
    (line,) = result.stderr.strip().splitlines()
    assert line.startswith("quizgen: error: ") and message in line and result.stdout == ""
    assert not (tmp_path / "o").exists()


@pytest.mark.parametrize(("args", "message"), [
    (["build", "--bogus", "x"], "No such option: --bogus"),
    (["build"], "Missing argument 'ARTICLES'"),
    (["build", "x", "--versions", "40"], "Invalid value for '--versions'"),
    (["build", "x", "--jobs", "many"], "Invalid value for '--jobs'"),
    (["nope"], "No such command 'nope'"),
    (["facts", "a.txt", "b.txt"], "unexpected extra argument"),
])
def test_command_line_mistakes_are_one_line_not_a_box(args, message):
    result = runner.invoke(app, args)
    assert result.exit_code == EXIT_USAGE
    (line,) = result.stderr.strip().splitlines()
    assert line.startswith("quizgen: error: ") and message in line and line.endswith("--help`)"), line
    assert not set("╭╮╰╯│") & set(result.stderr) and result.stdout == ""


@pytest.mark.parametrize("command", ["build", "questions", "facts"])
def test_help_shows_no_type_after_a_flag(command):
    result = runner.invoke(app, [command, "--help"], env={"COLUMNS": "80"})
    assert result.exit_code == 0
    assert "<bool>" not in result.output and "--help" in result.output
    assert max(len(line) for line in result.output.splitlines()) <= 80


def test_facts_table_fits_80_columns():
    result = runner.invoke(app, ["facts", str(SEED)], env={"COLUMNS": "80"})
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert max(len(line) for line in lines) <= 80 and len(lines) > 40
    assert any(line.strip() == "person" for line in lines) and "Kim Jong Un" in result.output


def test_two_articles_piped_in_get_their_own_files(tmp_path):
    for text in ("Harbour opens\n\nThe mayor of Oslo, Anna Berg, opened 3 new libraries in May 2023.",
                 "Ferry delayed\n\nA ferry to Nesodden, run by Ruter, was delayed for 40 minutes on 4 May 2023."):
        result = runner.invoke(app, ["build", "-", "--out", str(tmp_path), "-f", "html", "-q"], input=text)
        assert result.exit_code == 0, result.output
    assert sorted(p.name for p in tmp_path.iterdir()) == ["ferry-delayed.html", "harbour-opens.html"]


def test_one_article_saved_twice_is_reported(tmp_path):
    (tmp_path / "news.txt").write_text(SEED.read_text(encoding="utf-8"), encoding="utf-8")
    (tmp_path / "news.html").write_text("<html><head><title>NK</title></head><body><article><p>"
                                        + "</p><p>".join(SEED.read_text(encoding="utf-8").splitlines())
                                        + "</p></article></body></html>", encoding="utf-8")
    (tmp_path / "other.txt").write_text("The mayor of Oslo, Anna Berg, opened 3 new libraries in May 2023.",
                                        encoding="utf-8")
    result = runner.invoke(app, ["build", str(tmp_path), "--out", str(tmp_path / "out"), "-f", "gift", "-q"])
    assert result.exit_code == 0, result.output
    assert result.stderr.strip().splitlines() == [
        f"quizgen: warning: {tmp_path / 'news.html'} and {tmp_path / 'news.txt'}: one name, different file types; "
        "both are built, as if they were different articles"]


def test_broken_user_template_is_one_line_and_keeps_the_old_quiz(tmp_path):
    templates = tmp_path / "tpl"
    templates.mkdir()
    (templates / "quiz_key.html.j2").write_text("{{ form.no_such_thing }}\n", encoding="utf-8")
    out = tmp_path / "out"
    out.mkdir()
    (out / "north-korea-launchers.html").write_text("old", encoding="utf-8")
    result = runner.invoke(app, ["build", str(SEED), "--out", str(out), "--templates", str(templates)])
    assert result.exit_code == EXIT_INPUT, result.output
    assert result.output.startswith("quizgen: error: ") and "template error" in result.output
    assert len(result.output.strip().splitlines()) == 1
    assert sorted(p.name for p in out.iterdir()) == ["north-korea-launchers.html"]
    assert (out / "north-korea-launchers.html").read_text(encoding="utf-8") == "old"

def test_facts_are_grouped_by_kind_best_first():
    from quizgen.cli import _grouped
    from quizgen.facts.model import Fact, FactKind

    def fact(kind, score, answer="Oslo"):
        return Fact(kind=kind, answer=answer, sentence=f"{answer} won.", start=0, end=len(answer),
                    sentence_index=0, score=score)

    facts = [fact(FactKind.PLACE, 0.4), fact(FactKind.QUOTE, 0.9), fact(FactKind.PLACE, 0.7), fact(FactKind.DATE, 0.5)]
    assert [(f.kind, f.score) for f in _grouped(facts)] == [
        (FactKind.QUOTE, 0.9), (FactKind.PLACE, 0.7), (FactKind.PLACE, 0.4), (FactKind.DATE, 0.5)]


def test_date_option_resolves_relative_days(tmp_path):
    article = tmp_path / "parade.txt"
    article.write_text("A parade took place on Sunday in the capital, and Anna Berg watched it.\n", encoding="utf-8")
    result = runner.invoke(app, ["facts", str(article), "--json", "--date", "2024-08-05"])
    assert result.exit_code == 0, result.output
    payload = json.loads(result.output)
    assert payload["date"] == "2024-08-05"
    (day,) = [f for f in payload["facts"] if f["kind"] == "date"]
    assert (day["answer"], day["resolved"]) == ("Sunday, 4 August 2024", "2024-08-04")
    (watcher,) = [f for f in payload["facts"] if f["answer"] == "Anna Berg"]
    assert "on [Sunday, 4 August 2024]" in watcher["sentence"]
    built = runner.invoke(app, ["build", str(article), "--out", str(tmp_path / "out"), "--date", "2024-08-05"])
    assert built.exit_code == 0, built.output


def test_date_header_line_is_the_article_date(tmp_path):
    article = tmp_path / "parade.txt"
    article.write_text("date: 2024-08-05\n\nThe parade took place on Sunday in the capital.\n", encoding="utf-8")
    payload = json.loads(runner.invoke(app, ["facts", str(article), "--json"]).output)
    assert [f["resolved"] for f in payload["facts"] if f["kind"] == "date"] == ["2024-08-04"]


def test_bad_date_is_a_usage_error(tmp_path):
    result = runner.invoke(app, ["facts", str(SEED), "--date", "5 August"])
    assert result.exit_code == EXIT_USAGE
    assert "quizgen: error: --date" in result.output and "Traceback" not in result.output
    built = runner.invoke(app, ["build", str(SEED), "--out", str(tmp_path), "--date", "2024-13-40"])
    assert built.exit_code == EXIT_USAGE and not list(tmp_path.iterdir())


def test_jobs_gives_the_same_decks_as_one_process(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "seed.txt").write_text(SEED.read_text(encoding="utf-8"), encoding="utf-8")
    (folder / "port.txt").write_text("The port of Oslo handled 300 ships in June.\nAnna Berg, director of the "
                                     "port authority, said 40 new cranes would arrive in 2026.\n", encoding="utf-8")
    outputs = {}
    for jobs in ("1", "2"):
        out = tmp_path / f"out{jobs}"
        result = runner.invoke(app, ["build", str(folder), "--out", str(out), "--split", "--jobs", jobs, "--quiet",
                                     "-f", "html"])
        assert result.exit_code == 0, result.output
        outputs[jobs] = {p.name: p.read_text(encoding="utf-8") for p in out.iterdir()}
    assert sorted(outputs["1"]) == ["port.html", "seed.html"]
    assert outputs["1"] == outputs["2"]


FRENCH = ("Le gouvernement français a annoncé mardi une nouvelle réforme des retraites, qui doit entrer en vigueur en "
          "janvier prochain. Selon le Premier ministre, la mesure permettra de réduire le déficit de la sécurité "
          "sociale de plusieurs milliards d'euros. Les syndicats ont appelé à une grève nationale le 12 décembre.\n")


def test_a_french_article_is_refused_in_one_line(tmp_path):
    article = tmp_path / "retraites.txt"
    article.write_text(FRENCH, encoding="utf-8")
    result = runner.invoke(app, ["build", str(article), "--out", str(tmp_path / "out")])
    assert result.exit_code == 3
    assert result.stderr.strip() == (f"quizgen: error: {article}: quizgen reads English articles; "
                                     "this one looks like French")
    assert not (tmp_path / "out").exists()


def test_a_french_article_in_a_folder_is_left_out_unless_strict(tmp_path):
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "retraites.txt").write_text(FRENCH, encoding="utf-8")
    (folder / "launchers.txt").write_text(SEED.read_text(encoding="utf-8"), encoding="utf-8")
    result = runner.invoke(app, ["build", str(folder), "--out", str(tmp_path / "out"), "--quiet"])
    assert result.exit_code == 0
    assert "retraites.txt: quizgen reads English articles; this one looks like French; left out" in result.stderr
    assert (tmp_path / "out" / "articles.apkg").exists()
    strict = runner.invoke(app, ["build", str(folder), "--out", str(tmp_path / "strict"), "--quiet", "--strict"])
    assert strict.exit_code == 3 and not (tmp_path / "strict").exists()


def test_quiz_header_options_reach_the_page(tmp_path):
    result = runner.invoke(app, ["build", str(SEED), "--out", str(tmp_path), "-f", "html", "--class", "8A",
                                 "--teacher", "Ms Ortiz", "--instructions", "No phones.", "--with-article", "-q"])
    assert result.exit_code == 0, result.output
    page = (tmp_path / "north-korea-launchers.html").read_text(encoding="utf-8")
    assert 'Class <span class="filled">8A</span>' in page and 'Teacher <span class="filled">Ms Ortiz</span>' in page
    assert "No phones. " in page and "Answer every question." not in page
    assert '<section class="article">' in page and "<p>North Korea has threatened" in page


def test_an_article_with_no_date_is_noted(tmp_path):
    """A build says when an article has no date (its cards that need one are left out), not when it has one, nor
    under --quiet; an undated article left with no deck says so in its error."""
    article = tmp_path / "news.txt"
    article.write_text(SEED.read_text(encoding="utf-8"), encoding="utf-8")
    undated = runner.invoke(app, ["build", str(article), "--out", str(tmp_path / "a"), "-f", "html"])
    assert undated.exit_code == 0, undated.output
    assert [line for line in undated.stderr.splitlines() if line.startswith("quizgen: note: ")] == [
        f"quizgen: note: {article}: {UNDATED}"]
    dated = runner.invoke(app, ["build", str(article), "--out", str(tmp_path / "b"), "-f", "html",
                                "--date", "2024-08-05"])
    assert dated.exit_code == 0 and "quizgen: note:" not in dated.stderr, dated.output
    quiet = runner.invoke(app, ["build", str(article), "--out", str(tmp_path / "c"), "-f", "html", "-q"])
    assert quiet.exit_code == 0 and quiet.stderr == "", quiet.output
    # a reviewed questions file's cards are chosen already: its build gives no date advice
    reviewed = tmp_path / "questions.json"
    written = runner.invoke(app, ["questions", str(article), "-o", str(reviewed)])
    assert written.exit_code == 0 and f"quizgen: note: {article}: {UNDATED}" in written.stderr, written.output
    rebuilt = runner.invoke(app, ["build", str(reviewed), "--out", str(tmp_path / "e"), "-f", "html"])
    assert rebuilt.exit_code == 0 and "quizgen: note:" not in rebuilt.stderr, rebuilt.output
    short = tmp_path / "harbour.txt"  # no headline line: its role card cannot say which story, and is held
    short.write_text("The mayor of Oslo, Anna Berg, opened 3 new libraries in May 2023, the council said.\n",
                     encoding="utf-8")
    none = runner.invoke(app, ["build", str(short), "--out", str(tmp_path / "d"), "-f", "html"])
    assert none.exit_code == EXIT_NO_FACTS and none.stderr.strip().endswith(UNDATED), none.stderr


def test_an_article_piped_in_keeps_its_headline_on_its_cards(tmp_path):
    """A piped article is named after its headline; the headline is still one, and its cards show it."""
    text = ("Harbour opens\n\nThe mayor of Oslo, Anna Berg, opened 3 new libraries in May 2023, the council said. The "
            "new bridge carries 12,000 cars a day.")
    result = runner.invoke(app, ["build", "-", "--out", str(tmp_path), "-f", "gift", "-q", "--all-cards"], input=text)
    assert result.exit_code == 0, result.output
    assert "From “Harbour opens”" in (tmp_path / "harbour-opens.gift.txt").read_text(encoding="utf-8")
