"""PDF exporter: the HTML quiz printed by headless Chromium, so @page size, breaks and margins hold."""

from __future__ import annotations

import tempfile
from collections.abc import Sequence
from pathlib import Path

from quizgen.export.chromium import print_to_pdf
from quizgen.export import ExportSettings
from quizgen.export.html import settings_page
from quizgen.questions.model import ArticleResult

SUFFIX = ".pdf"


def export(results: Sequence[ArticleResult], settings: ExportSettings, path: Path) -> None:
    """Render the quiz page and print it to ``path``."""
    page = settings_page(results, settings)
    with tempfile.TemporaryDirectory(prefix="quizgen-pdf-") as tmp:
        html_file = Path(tmp) / "quiz.html"
        html_file.write_text(page, encoding="utf-8")
        print_to_pdf(html_file, path)
