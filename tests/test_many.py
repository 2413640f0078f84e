"""Many articles in one run: subdecks or --split, the summary, --quiet, the progress bar, streaming."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from quizgen.run.build import NO_DECK, build, open_inputs
from quizgen.cli import app
from quizgen.errors import EXIT_NO_FACTS
from quizgen.read.sources import discover, iter_articles
from tests.anki_helpers import import_apkg, open_collection, rendered_cards
from tests.conftest import HELD_BACK_ONLY, ROOT, SEED

runner = CliRunner()
HTML = ROOT / "tests" / "data" / "harbour-bridge.html"
OSLO = "title: Oslo Libraries\n\nThe mayor of Oslo, Anna Berg, opened 3 new libraries in May 2023.\n"
EMPTY_OF_FACTS = "it is what it is.\n"


@pytest.fixture
def folder(tmp_path) -> Path:
    """A folder of three articles in three formats, one in a subfolder."""
    root = tmp_path / "week-12"
    (root / "more").mkdir(parents=True)
    (root / "north-korea-launchers.txt").write_bytes(SEED.read_bytes())
    (root / "more" / "bridge.html").write_bytes(HTML.read_bytes())
    (root / "oslo.md").write_text(OSLO, encoding="utf-8")
    return root


def _cards_per_deck(tmp_path: Path, *apkgs: Path) -> dict[str, int]:
    col = open_collection(tmp_path)
    try:
        for apkg in apkgs:
            log = import_apkg(col, apkg)
            assert list(log.conflicting) == [] and list(log.missing_deck) == []
        decks: dict[str, int] = {}
        for card in rendered_cards(col):
            decks[card.deck] = decks.get(card.deck, 0) + 1
        return decks
    finally:
        col.close()


def test_folder_builds_one_deck_with_a_subdeck_per_article(folder, tmp_path, nlp):
    out = tmp_path / "out"
    result = runner.invoke(app, ["build", str(folder), "--out", str(out)])
    assert result.exit_code == 0, result.stderr
    assert sorted(p.name for p in out.iterdir()) == ["week-12.apkg", "week-12.html"]
    for title in ("North Korea Launchers", "Bergen harbour bridge reopens after two-year repair", "Oslo Libraries"):
        assert title in result.stdout
    assert "3 articles" in result.stdout and "2 file(s) written" in result.stdout
    report = build([str(folder)], tmp_path / "again", nlp=nlp)
    expected = {f"Week 12::{r.article.title}": len(r.questions) for r in report.results}
    assert _cards_per_deck(tmp_path, out / "week-12.apkg") == expected
    quiz = (out / "week-12.html").read_text(encoding="utf-8")
    assert all(r.article.title in quiz for r in report.results)


def test_split_gives_a_deck_and_quiz_per_article(folder, tmp_path):
    out = tmp_path / "out"
    result = runner.invoke(app, ["build", str(folder), "--split", "--deck", "Current Affairs", "--out", str(out)])
    assert result.exit_code == 0, result.stderr
    names = sorted(p.name for p in out.iterdir())
    assert names == sorted(f"{stem}.{ext}" for stem in ("north-korea-launchers", "bridge", "oslo") for ext in ("apkg", "html"))
    assert "6 file(s) written" in result.stdout
    decks = _cards_per_deck(tmp_path, *sorted(out.glob("*.apkg")))
    assert set(decks) == {"Current Affairs::North Korea Launchers", "Current Affairs::Oslo Libraries",
                          "Current Affairs::Bergen harbour bridge reopens after two-year repair"}
    assert "Oslo Libraries" in (out / "oslo.html").read_text(encoding="utf-8")
    assert "North Korea" not in (out / "oslo.html").read_text(encoding="utf-8")


@pytest.mark.parametrize("text, why", [
    (EMPTY_OF_FACTS, "no usable facts"),
    (HELD_BACK_ONLY, NO_DECK),  # every card held back: no deck of trivia
])
def test_quiet_prints_nothing_and_skipped_articles_are_warned_about(tmp_path, text, why):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "oslo.txt").write_text(OSLO, encoding="utf-8")
    (tmp_path / "in" / "filler.txt").write_text(text, encoding="utf-8")
    result = runner.invoke(app, ["build", str(tmp_path / "in"), "--quiet", "--out", str(tmp_path / "out")])
    assert result.exit_code == 0, result.stderr
    assert result.stdout == ""
    assert result.stderr.strip().splitlines() == [
        f"quizgen: warning: {tmp_path / 'in' / 'filler.txt'}: {why}; left out"]
    decks = _cards_per_deck(tmp_path, tmp_path / "out" / "in.apkg")
    assert list(decks) == ["In::Oslo Libraries"] and decks["In::Oslo Libraries"] >= 1


@pytest.mark.parametrize("extra, code", [([], EXIT_NO_FACTS), (["--cards", "1"], 0), (["--all-cards"], 0)])
def test_a_default_deck_of_one_fill_in_card_alone_is_no_deck(tmp_path, extra, code):
    """An article long enough for a deck of several cards whose only card is a fill-in makes no deck: blind raters
    kept 3 of 19 such lone cards on stop 79's three fresh sets (lone who-said cards 8 of 14); asked for, it stays."""
    path = tmp_path / "oslo.txt"
    path.write_text((OSLO.splitlines()[-1] + "\n") * 20, encoding="utf-8")  # one sentence again and again
    result = runner.invoke(app, ["build", str(path), "--quiet", "--out", str(tmp_path / "out"), *extra])
    assert result.exit_code == code, result.output
    assert (NO_DECK in result.stderr) is bool(code)
    assert (tmp_path / "out" / "oslo.apkg").exists() is not bool(code)


def test_the_card_that_would_stand_alone_says_why_it_left(nlp, tmp_path):
    """`quizgen questions` shows a teacher which card a deck of one fill-in card alone would have held, and why."""
    from quizgen.questions.reasons import LONE_FILL_IN, reasons
    from quizgen.read.sources import read_article
    from quizgen.run.component import analyse

    path = tmp_path / "oslo.txt"
    path.write_text((OSLO.splitlines()[-1] + "\n") * 20, encoding="utf-8")
    (result,) = analyse(nlp, [read_article(str(path))])
    assert not result.questions and list(reasons(result).values()).count(LONE_FILL_IN) == 1


@pytest.mark.parametrize("texts, why", [
    ([EMPTY_OF_FACTS, EMPTY_OF_FACTS], "the articles: no usable facts found"),
    ([EMPTY_OF_FACTS, HELD_BACK_ONLY],
     "the articles: no deck: 1 with no usable facts, 1 with every candidate held back"),
])
def test_a_build_that_keeps_no_article_says_why(tmp_path, texts, why):
    (tmp_path / "in").mkdir()
    for n, text in enumerate(texts):
        (tmp_path / "in" / f"a{n}.txt").write_text(text, encoding="utf-8")
    result = runner.invoke(app, ["build", str(tmp_path / "in"), "--quiet", "--out", str(tmp_path / "out")])
    assert result.exit_code == EXIT_NO_FACTS
    assert result.stderr.strip().splitlines()[-1].startswith(f"quizgen: error: {why}")
    assert not (tmp_path / "out").exists() or not any((tmp_path / "out").iterdir())


def test_articles_are_read_only_as_the_pipeline_reaches_them(tmp_path, nlp):
    for n in range(3):
        (tmp_path / f"a{n}.txt").write_text(OSLO, encoding="utf-8")
    sources = discover([str(tmp_path)])
    articles = iter_articles(sources)
    assert next(articles)[1].name == "a0"
    (tmp_path / "a2.txt").unlink()  # not read yet, so its removal shows up only when it is reached
    assert next(articles)[1].name == "a1"
    with pytest.raises(Exception, match="no such file"):
        next(articles)
    inputs = open_inputs([str(tmp_path)], nlp=nlp)  # discovery only: nothing is read or parsed yet
    assert inputs.total == 2


def test_progress_bar_on_a_terminal_and_none_when_piped(folder, tmp_path):
    import pty

    # a title that is not valid rich markup must not break the bar
    (folder / "odd.txt").write_text("title: [/bold] Odd [red\n\n" + OSLO.split("\n\n")[1], encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": str(ROOT), "COLUMNS": "100", "TERM": "xterm"}
    env.pop("NO_COLOR", None)
    command = [sys.executable, "-m", "quizgen", "build", str(folder), "--out", str(tmp_path / "out")]
    primary, secondary = pty.openpty()
    try:
        done = subprocess.run(command, stdout=subprocess.PIPE, stderr=secondary, env=env, timeout=120)
        os.close(secondary)
        drawn = b""
        while True:
            try:
                chunk = os.read(primary, 65536)
            except OSError:
                break
            if not chunk:
                break
            drawn += chunk
    finally:
        os.close(primary)
    assert done.returncode == 0, drawn
    assert b"4/4" in drawn and "━".encode() in drawn  # rich's bar, counting articles
    assert b"4 article(s)" in done.stdout and b"Traceback" not in drawn
    quiet = subprocess.run(command + ["--quiet"], capture_output=True, env=env, timeout=120)
    assert quiet.returncode == 0 and quiet.stdout == b"" and quiet.stderr == b""


def test_outputs_get_the_usual_file_permissions(tmp_path, nlp):
    old = os.umask(0o022)
    try:
        report = build([str(SEED)], tmp_path / "out", nlp=nlp)
    finally:
        os.umask(old)
    assert {oct(p.stat().st_mode & 0o777) for p in report.written} == {"0o644"}
