"""The ``pdf`` format: the quiz printed by real headless Chromium, or one clear error when it is missing."""

from __future__ import annotations

import re

import pytest
from typer.testing import CliRunner

from quizgen.run.build import build
from quizgen.cli import app
from quizgen.export.chromium import ENV_VAR
from quizgen.errors import OutputError
from quizgen.export import ExportSettings
from quizgen.export.pdf import export as pdf_export
from tests.browser import needs_chromium, page_count, page_size_pt, page_texts
from tests.factory import twice
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
    assert [re.sub(r" ?/ ?", "/", t.split(" Name")[0]) for t in texts[:2]] == [
        f"North Korea Launchers Form {x} Score/4" for x in "AB"]
    assert texts[2].startswith("Answer key · Form A") and texts[3].startswith("Answer key · Form B")
    assert [_footer(t) for t in texts] == ["Form A · page 1 of 1", "Form B · page 1 of 1",
                                           "Answer key · Form A · page 1 of 1", "Answer key · Form B · page 1 of 1"]


def _footer(text: str) -> str:
    """The page's label at its foot: ``Form A · page 1 of 2`` (page texts are one line, the footer last)."""
    found = re.search(r"((?:Answer key · )?(?:Form [A-Z] · )?page \d+ of \d+)$", text)
    return found.group(1) if found else ""


@needs_chromium
def test_seed_in_two_forms_pages_count_within_each_form_and_sections_flow_on(seed_build, tmp_path):
    report, _ = seed_build
    settings = ExportSettings(title="North Korea Launchers", deck_name="NK", versions=2, seed=1,
                              class_name="9C", teacher="Mr Obi", with_article=False)
    path = tmp_path / "quiz.pdf"
    pdf_export(twice(report.results), settings, path)  # the seed's quiz alone may fit a page: breaks untested
    texts = page_texts(path)
    footers = [_footer(t) for t in texts]
    quiz_pages = [f for f in footers if not f.startswith("Answer key")]
    per_form = len(quiz_pages) // 2
    assert per_form >= 2 and footers == [
        *(f"Form {x} · page {n} of {per_form}" for x in "AB" for n in range(1, per_form + 1)),
        "Answer key · Form A · page 1 of 1", "Answer key · Form B · page 1 of 1"]
    assert len(texts) <= 6  # two pages a form, a page a key (8 pages with a break per section)
    assert re.match(r"North Korea Launchers Form A Score ?/ ?\d+ (?:From .*? )?Name Class 9C Teacher Mr Obi Date", texts[0])
    # a section after the first starts below the end of the one before, not on a page of its own
    flowing = [heading for heading in ("True or false", "Short answer", "Fill in the blank")
               if any(heading in t and not t.startswith(heading) for t in texts[:per_form])]
    assert len(flowing) >= 2  # (one may start a page where the page before is full)


@needs_chromium
def test_with_article_prints_the_article_first_in_each_form(seed_build, tmp_path):
    report, _ = seed_build
    settings = ExportSettings(title="NK", deck_name="NK", quiz_questions=3, with_article=True, answer_key="omit")
    path = tmp_path / "quiz.pdf"
    pdf_export(report.results, settings, path)
    texts = page_texts(path)
    first_paragraph = report.results[0].article.text.splitlines()[0]
    assert first_paragraph.split()[0] in texts[0]
    assert texts[0].index("Name") < texts[0].index(" ".join(first_paragraph.split()[:6]))
    whole = " ".join(texts)
    sections = [whole.index(h) for h in ("Multiple choice", "True or false", "Short answer", "Fill in the blank")
                if h in whole]
    assert sections and whole.index(" ".join(first_paragraph.split()[:6])) < min(sections)
    assert _footer(texts[-1]) == f"page {len(texts)} of {len(texts)}"


def test_cli_without_chromium_is_one_line_exit_5(tmp_path, monkeypatch):
    monkeypatch.setenv(ENV_VAR, "no-such-chromium-here")
    result = CliRunner().invoke(app, ["build", str(SEED), "--out", str(tmp_path), "-f", "pdf"])
    assert result.exit_code == 5
    assert result.output.strip().splitlines() == [
        "quizgen: error: PDF output needs Chromium, which was not found: install it (Debian/Ubuntu: "
        f"apt-get install chromium) or set ${ENV_VAR} to its path"]
    assert list(tmp_path.iterdir()) == []
