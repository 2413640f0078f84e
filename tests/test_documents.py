"""PDF and Word articles: files made here with the real libraries (Chromium prints the PDF, python-docx writes the
.docx), read back into the same paragraphs as the text file; scans refused; a folder's bad file left out."""

from __future__ import annotations

import html
import io
from pathlib import Path

import pytest
from typer.testing import CliRunner

from quizgen.cli import app
from quizgen.errors import EXIT_INPUT, InputError
from quizgen.read.article import parse_article
from quizgen.read.pdf import NO_TEXT, parse_pdf
from quizgen.read.sources import read_article
from quizgen.read.unwrap import paragraphs
from quizgen.read.word import parse_docx
from tests.browser import needs_chromium, print_pdf
from tests.conftest import SEED

runner = CliRunner()
TITLE = "North Korea shows off missile launchers"


def seed_paragraphs() -> list[str]:
    return SEED.read_text(encoding="utf-8").split("\n")


def _clean(lines: list[str]) -> list[str]:
    return [" ".join(line.split()) for line in lines if line.strip()]


@pytest.fixture(scope="module")
def seed_pdf(tmp_path_factory) -> Path:
    """The seed as a two-page PDF printed by Chromium: a headline, then paragraphs wrapped at the column's width."""
    folder = tmp_path_factory.mktemp("pdf")
    body = "".join(f"<p>{html.escape(p)}</p>" for p in _clean(seed_paragraphs()))
    page = folder / "article.html"
    page.write_text(f"<!DOCTYPE html><html><head><meta charset='utf-8'><style>body {{ font: 12pt serif; width: 150mm; }}"
                    f"p {{ margin: 0 0 4mm; }}</style></head><body><h1>{html.escape(TITLE)}</h1>{body}</body></html>",
                    encoding="utf-8")
    return print_pdf(page, folder / "north-korea.pdf")


def blank_pdf() -> bytes:
    """A PDF of two pages with no text layer, as a scanner without OCR makes them."""
    from pypdf import PdfWriter

    writer = PdfWriter()
    writer.add_blank_page(width=595, height=842)
    writer.add_blank_page(width=595, height=842)
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


def seed_docx(path: Path) -> Path:
    import docx

    document = docx.Document()
    document.add_heading(TITLE, level=0)  # the Title style
    for n, text in enumerate(_clean(seed_paragraphs())):
        paragraph = document.add_paragraph(text)
        if n == 0:
            paragraph.add_run().add_break()  # a soft line break inside a paragraph is a space
            paragraph.add_run("")
    document.add_paragraph("")
    document.save(str(path))
    return path


@needs_chromium
def test_a_pdf_article_reads_back_as_the_text_file_does(seed_pdf):
    article = parse_pdf(seed_pdf.read_bytes(), "north-korea", label=str(seed_pdf))
    expected = parse_article(SEED.read_text(encoding="utf-8"), "north-korea")
    assert article.title == TITLE
    assert article.text.split("\n") == expected.text.split("\n")  # every hard-wrapped paragraph joined back


@needs_chromium
def test_a_pdf_article_builds_a_deck(seed_pdf, tmp_path):
    result = runner.invoke(app, ["build", str(seed_pdf), "--out", str(tmp_path), "-f", "apkg", "-f", "gift"])
    assert result.exit_code == 0, result.output
    gift = (tmp_path / "north-korea.gift.txt").read_text(encoding="utf-8")
    assert gift.count("::") >= 8 and "Joint Chiefs of Staff" in gift


def test_a_word_article_reads_back_as_the_text_file_does(tmp_path):
    path = seed_docx(tmp_path / "north-korea.docx")
    article = read_article(str(path))
    expected = parse_article(SEED.read_text(encoding="utf-8"), "north-korea")
    assert article.title == TITLE and article.name == "north-korea"
    assert article.text.split("\n") == expected.text.split("\n")
    result = runner.invoke(app, ["build", str(path), "--out", str(tmp_path / "out"), "-f", "gift", "-q"])
    assert result.exit_code == 0, result.output
    assert "Joint Chiefs of Staff" in (tmp_path / "out" / "north-korea.gift.txt").read_text(encoding="utf-8")


def test_a_pdf_without_a_text_layer_is_refused_in_one_line(tmp_path):
    path = tmp_path / "scan.pdf"
    path.write_bytes(blank_pdf())
    with pytest.raises(InputError, match=f"^{path}: {NO_TEXT}$"):
        read_article(str(path))
    result = runner.invoke(app, ["build", str(path), "--out", str(tmp_path / "out")])
    assert result.exit_code == EXIT_INPUT
    assert result.stderr.strip().splitlines() == [f"quizgen: error: {path}: no text layer: scanned pages need OCR first"]
    assert not (tmp_path / "out").exists()


@pytest.mark.parametrize(("name", "data", "message"), [
    ("broken.pdf", b"%PDF-1.4\n1 0 obj <<", "cannot read this PDF"),
    ("broken.docx", b"PK\x03\x04 not really a zip", "cannot read this Word file"),
    ("old.docx", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(600), "not the older .doc"),
])
def test_a_broken_document_is_one_input_error(tmp_path, name, data, message):
    path = tmp_path / name
    path.write_bytes(data)
    with pytest.raises(InputError, match=message) as caught:
        read_article(str(path))
    assert "\n" not in str(caught.value)


def test_a_folder_with_bad_files_builds_the_rest_unless_strict(tmp_path):
    folder = tmp_path / "week"
    folder.mkdir()
    seed_docx(folder / "launchers.docx")
    (folder / "scan.pdf").write_bytes(blank_pdf())
    (folder / "latin.txt").write_bytes("Le café de Málaga ferme en mai 2024.".encode("latin-1"))
    result = runner.invoke(app, ["build", str(folder), "--out", str(tmp_path / "out"), "-f", "gift", "-q"])
    assert result.exit_code == 0, result.output
    assert result.stderr.strip().splitlines() == [
        f"quizgen: warning: {folder / 'latin.txt'}: not valid UTF-8 text (byte 6); save it as UTF-8; left out",
        f"quizgen: warning: {folder / 'scan.pdf'}: {NO_TEXT}; left out"]
    assert "Joint Chiefs of Staff" in (tmp_path / "out" / "week.gift.txt").read_text(encoding="utf-8")
    strict = runner.invoke(app, ["build", str(folder), "--out", str(tmp_path / "strict"), "-f", "gift", "--strict"])
    assert strict.exit_code == EXIT_INPUT
    assert strict.stderr.strip().splitlines() == [
        f"quizgen: error: {folder / 'latin.txt'}: not valid UTF-8 text (byte 6); save it as UTF-8"]
    assert not (tmp_path / "strict").exists()


def test_a_folder_of_only_bad_files_is_an_input_error(tmp_path):
    folder = tmp_path / "scans"
    folder.mkdir()
    for n in range(2):
        (folder / f"scan{n}.pdf").write_bytes(blank_pdf())
    result = runner.invoke(app, ["build", str(folder), "--out", str(tmp_path / "out")])
    assert result.exit_code == EXIT_INPUT
    assert result.stderr.strip().splitlines()[-1] == (
        f"quizgen: error: no article left to build (2 left out): {folder / 'scan0.pdf'}: {NO_TEXT}")


FULL = "x" * 60


@pytest.mark.parametrize(("pages", "expected"), [
    # lines as wide as the column run on; a short one ends its paragraph
    ([[f"{FULL} a", f"{FULL} b", "end."]], [f"{FULL} a {FULL} b end."]),
    # a blank line ends a paragraph however wide its last line
    ([[f"{FULL} a", "", f"{FULL} b", "end."]], [f"{FULL} a", f"{FULL} b end."]),
    # a heading is a short line: a paragraph of its own
    ([["Launch day", f"{FULL} a", "end."]], ["Launch day", f"{FULL} a end."]),
    # a paragraph runs on across a page break; the page number is dropped
    ([[f"{FULL} a", f"{FULL} b", "1"], [f"{FULL} c", "end."]], [f"{FULL} a {FULL} b {FULL} c end."]),
    # a word broken after its hyphen is joined without a space, the hyphen kept
    ([[f"{FULL} vehicle-", f"based {FULL}", "end."]], [f"{FULL} vehicle-based {FULL} end."]),
    # an indented line starts a paragraph, however wide the line before it
    ([[f"  {FULL} a", f"{FULL} b", f"  {FULL} c", "end."]], [f"{FULL} a {FULL} b", f"{FULL} c end."]),
    # a running head on every page is dropped
    ([["The Daily Post", f"{FULL} {n}", f"end {n}.", f"{FULL} {n}", "again.", f"Page {n + 1}"]
      for n in range(3)], [p for n in range(3) for p in (f"{FULL} {n} end {n}.", f"{FULL} {n} again.")]),
])
def test_hard_wrapped_lines_are_joined_into_paragraphs(pages, expected):
    assert paragraphs(pages) == expected
