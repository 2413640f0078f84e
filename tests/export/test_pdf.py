"""The ``pdf`` format: the quiz printed by real headless Chromium, or one clear error when it is missing."""

from __future__ import annotations

import pytest
from typer.testing import CliRunner

from quizgen.run.build import build
from quizgen.cli import app
from quizgen.export.chromium import ENV_VAR
from quizgen.errors import OutputError
from tests.browser import needs_chromium, page_count, page_size_pt, page_texts
from tests.conftest import SEED


def test_missing_chromium_fails_the_build_and_writes_nothing(nlp, tmp_path, monkeypatch):
    monkeypatch.setenv(ENV_VAR, "no-such-chromium-here")
    (tmp_path / "north-korea-launchers.html").write_text("old quiz", encoding="utf-8")
    with pytest.raises(OutputError, match="apt-get install chromium"):
        build([str(SEED)], tmp_path, nlp=nlp, formats=("html", "pdf"))
    assert sorted(p.name for p in tmp_path.iterdir()) == ["north-korea-launchers.html"]
    assert (tmp_path / "north-korea-launchers.html").read_text(encoding="utf-8") == "old quiz"


@needs_chromium
def test_pdf_format_prints_the_quiz_on_letter_paper(nlp, tmp_path):
    report = build([str(SEED)], tmp_path, nlp=nlp, formats=("pdf",), paper="letter", versions=2, seed=4,
                   quiz_questions=4)
    (pdf,) = report.written
    assert pdf.name == "north-korea-launchers.pdf" and pdf.read_bytes().startswith(b"%PDF-")
    assert page_size_pt(pdf) == pytest.approx((612, 792), abs=1)
    texts = page_texts(pdf)
    assert page_count(pdf) == len(texts) == 4  # four questions per form fit a page; each key fits a page
    assert [t.split(" Name")[0] for t in texts[:2]] == [f"North Korea Launchers Form {x}" for x in "AB"]
    assert texts[2].startswith("Answer key · Form A") and texts[3].startswith("Answer key · Form B")


def test_cli_without_chromium_is_one_line_exit_5(tmp_path, monkeypatch):
    monkeypatch.setenv(ENV_VAR, "no-such-chromium-here")
    result = CliRunner().invoke(app, ["build", str(SEED), "--out", str(tmp_path), "-f", "pdf"])
    assert result.exit_code == 5
    assert result.output.strip().splitlines() == [
        "quizgen: error: PDF output needs Chromium, which was not found: install it (Debian/Ubuntu: "
        f"apt-get install chromium) or set ${ENV_VAR} to its path"]
    assert list(tmp_path.iterdir()) == []
