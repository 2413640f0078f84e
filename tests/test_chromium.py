"""Printing through Chromium: a missing browser is one clear error; a present one honours the page CSS."""

from __future__ import annotations

import pytest

from quizgen.build import build
from quizgen.chromium import ENV_VAR, print_to_pdf
from quizgen.errors import EXIT_OUTPUT, OutputError
from tests.browser import needs_chromium, page_count, page_size_pt, page_texts
from tests.conftest import SEED


def test_missing_chromium_names_what_to_install(tmp_path, monkeypatch):
    monkeypatch.setenv(ENV_VAR, "no-such-chromium-here")
    page = tmp_path / "q.html"
    page.write_text("<p>hi</p>", encoding="utf-8")
    with pytest.raises(OutputError) as caught:
        print_to_pdf(page, tmp_path / "q.pdf")
    message = str(caught.value)
    assert "apt-get install chromium" in message and "\n" not in message
    assert caught.value.exit_code == EXIT_OUTPUT
    assert not (tmp_path / "q.pdf").exists()


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
