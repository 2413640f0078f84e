"""Print HTML to PDF in real headless Chromium and read the PDF back with poppler."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

from quizgen.export.chromium import find_chromium, print_to_pdf

CHROMIUM = find_chromium()
needs_chromium = pytest.mark.skipif(
    CHROMIUM is None or shutil.which("pdfinfo") is None,
    reason="needs Debian's chromium and poppler-utils (apt-get install chromium poppler-utils; .ci/run does)",
)


def print_pdf(html_file: Path, pdf: Path) -> Path:
    """Print ``html_file`` to ``pdf`` with headless Chromium (the library's own call)."""
    return print_to_pdf(html_file, pdf)


def page_count(pdf: Path) -> int:
    info = subprocess.run(["pdfinfo", str(pdf)], check=True, capture_output=True, text=True).stdout
    return int(next(line.split()[-1] for line in info.splitlines() if line.startswith("Pages:")))


def page_text(pdf: Path, page: int, layout: bool = True) -> str:
    mode = ["-layout"] if layout else []
    return subprocess.run(["pdftotext", *mode, "-f", str(page), "-l", str(page), str(pdf), "-"],
                          check=True, capture_output=True, text=True).stdout


def page_texts(pdf: Path) -> list[str]:
    """Each page's text, line by line as laid out, white space folded to single spaces.

    Layout mode keeps a line's words in visual order; plain mode may move the words after an inline
    answer blank to the end of the paragraph.
    """
    return [re.sub(r"\s+", " ", page_text(pdf, n)).strip() for n in range(1, page_count(pdf) + 1)]


def page_size_pt(pdf: Path) -> tuple[float, float]:
    info = subprocess.run(["pdfinfo", str(pdf)], check=True, capture_output=True, text=True).stdout
    line = next(line for line in info.splitlines() if line.startswith("Page size:"))
    parts = line.split()
    return float(parts[2]), float(parts[4])
