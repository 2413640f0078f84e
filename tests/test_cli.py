"""The CLI, in-process with typer's CliRunner: exit codes and output."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from quizgen.cli import app
from quizgen.errors import EXIT_INPUT, EXIT_OUTPUT
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
    page = (tmp_path / "stdin.html").read_text(encoding="utf-8")
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
