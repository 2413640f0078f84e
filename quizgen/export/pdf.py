"""PDF exporter: the HTML quiz printed by headless Chromium, so @page size, breaks and margins hold.

Chromium's page counter counts the whole document, so each part (a form's questions, a form's key) is printed on
its own, where its pages count from 1 ("Form A · page 1 of 2"), and the parts are joined with pypdf.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from quizgen.export import ExportSettings
from quizgen.export.chromium import print_to_pdf
from quizgen.export.html import settings_parts
from quizgen.questions.model import ArticleResult

SUFFIX = ".pdf"


def export(results: Sequence[ArticleResult], settings: ExportSettings, path: Path) -> None:
    """Render the quiz part by part, print each part and join them into ``path``."""
    parts = settings_parts(results, settings)
    with tempfile.TemporaryDirectory(prefix="quizgen-pdf-") as tmp:
        folder = Path(tmp)
        pages = []
        for n, page in enumerate(parts):
            html_file = folder / f"part-{n}.html"
            html_file.write_text(page, encoding="utf-8")
            pages.append(html_file)
        # Each Chromium mostly waits on its own start-up: a couple at a time halves the wait.
        with ThreadPoolExecutor(max_workers=max(1, min(len(pages), os.cpu_count() or 1, 4))) as pool:
            printed = list(pool.map(lambda page: print_to_pdf(page, page.with_suffix(".pdf")), pages))
        join_pdfs(printed, path)


def join_pdfs(pdfs: Sequence[Path], path: Path) -> Path:
    """The pages of ``pdfs``, in order, as one PDF at ``path``."""
    from pypdf import PdfWriter

    writer = PdfWriter()
    for pdf in pdfs:
        writer.append(str(pdf))
    with path.open("wb") as out:
        writer.write(out)
    return path
