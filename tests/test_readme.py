"""Every ``quizgen`` command the README shows runs, in README order, in a fresh copy of the project."""

from __future__ import annotations

import re
import shlex
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from quizgen.cli import app
from tests.browser import needs_chromium
from tests.conftest import ROOT

README = ROOT / "README.md"
PROGRAM = ".venv/bin/quizgen"
# what a clean clone does not hold
NOT_IN_A_CLONE = shutil.ignore_patterns(".git", ".venv", "__pycache__", ".pytest_cache", ".hypothesis", ".dev-corpus",
                                        "*.apkg", "*.pdf", "*.gift.txt", "*.moodle.xml", "*.tsv", "decks", "keys",
                                        "week12", "questions.json")


def readme_commands(text: str) -> list[str]:
    """The command lines of the README's ``sh`` blocks that run quizgen, in order."""
    blocks = re.findall(r"```sh\n(.*?)```", text, flags=re.DOTALL)
    return [line.split("  #")[0].strip() for block in blocks for line in block.splitlines()
            if line.strip().startswith(PROGRAM)]


def test_the_readme_shows_quizgen_commands_and_every_one_is_runnable_as_written():
    commands = readme_commands(README.read_text(encoding="utf-8"))
    assert len(commands) >= 12
    for command in commands:
        args = shlex.split(command)
        assert args[0] == PROGRAM and "|" not in args and ">" not in args, command


@needs_chromium
def test_every_readme_command_runs_in_a_clean_copy(tmp_path, monkeypatch, nlp):
    copy = tmp_path / "quizgen"
    shutil.copytree(ROOT, copy, ignore=NOT_IN_A_CLONE)
    monkeypatch.chdir(copy)
    # the session's pipeline stands in for loading the same model again for every command
    monkeypatch.setattr("quizgen.run.build.load_pipeline", lambda model=None: nlp)
    runner = CliRunner()
    for command in readme_commands(README.read_text(encoding="utf-8")):
        args = shlex.split(command)[1:]
        result = runner.invoke(app, args, env={"COLUMNS": "100"})
        assert result.exit_code == 0, f"{command}\n{result.output}"
        assert "quizgen: error" not in result.output
        for written in re.findall(r"^wrote (.+)$", result.stdout, flags=re.MULTILINE):
            assert (copy / written).stat().st_size > 0, (command, written)
    assert (copy / "decks" / "north-korea-launchers.pdf").read_bytes().startswith(b"%PDF-")
    assert (copy / "keys" / "north-korea-launchers.pdf").exists() and (copy / "questions.json").exists()
    assert {p.name for p in (copy / "week12").iterdir()} >= {"harbour-bridge.apkg", "quizgen.apkg"}


@pytest.mark.parametrize(("picture"), ["docs/quiz-page1.png", "docs/quiz-key.png"])
def test_the_readme_pictures_exist_and_are_made_by_the_script(picture):
    assert f"({picture})" in README.read_text(encoding="utf-8")
    assert (ROOT / picture).read_bytes().startswith(b"\x89PNG")
    assert Path(picture).name in (ROOT / "scripts" / "readme_images.py").read_text(encoding="utf-8")
