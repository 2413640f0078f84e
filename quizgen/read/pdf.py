"""PDF articles: the text layer read by pypdf, hard-wrapped lines joined back into paragraphs (``unwrap``).

A PDF with no text layer (scanned pages) is refused: reading it would need OCR, which quizgen does not do.
"""

from __future__ import annotations

import io
import logging

from quizgen.errors import InputError
from quizgen.read.article import Article, parse_article, strip_controls
from quizgen.read.unwrap import paragraphs

NO_TEXT = "no text layer: scanned pages need OCR first"
MIN_LETTERS = 40  # fewer letters than a sentence in the whole file: nothing to read (a scan, or only images)

# pypdf logs its repairs of odd files; keep Python's last-resort handler from printing them on the CLI's stderr.
logging.getLogger("pypdf").addHandler(logging.NullHandler())


def looks_like_pdf(data: bytes) -> bool:
    """Does ``data`` start like a PDF file?"""
    return data[:1024].lstrip().startswith(b"%PDF-")


def pdf_pages(data: bytes, label: str) -> list[list[str]]:
    """Each page's text lines, in reading order as the text layer gives them."""
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted and not reader.decrypt(""):
            raise InputError(f"{label}: the PDF is password-protected; save an unprotected copy")
        # the layout mode keeps the space between paragraphs (a blank line) and indents
        return [(page.extract_text(extraction_mode="layout") or "").splitlines() for page in reader.pages]
    except InputError:
        raise
    except (PdfReadError, ValueError, KeyError, TypeError, OSError, NotImplementedError) as exc:
        raise InputError(f"{label}: cannot read this PDF ({type(exc).__name__})") from None


def metadata_title(data: bytes) -> str:
    """The title the PDF's metadata gives, or ""."""
    from pypdf import PdfReader

    try:
        meta = PdfReader(io.BytesIO(data)).metadata
        return strip_controls(str(meta.title or "")).strip() if meta else ""
    except Exception:  # noqa: BLE001 - metadata is a hint; a broken one is no title, not an error
        return ""


def parse_pdf(data: bytes, name: str, *, label: str, title: str | None = None, date: str | None = None) -> Article:
    """An ``Article`` from a PDF's text layer: one paragraph per line, then read as a text file is."""
    pages = pdf_pages(data, label)
    letters = sum(ch.isalpha() for lines in pages for line in lines for ch in line)
    if letters < MIN_LETTERS:
        raise InputError(f"{label}: {NO_TEXT}")
    text = "\n".join(strip_controls(p) for p in paragraphs(pages))
    found = metadata_title(data)
    # a PDF's metadata title is often the file name it was made from ("Microsoft Word - draft.docx"): only a
    # title that the text itself begins with is trusted
    if found and not title and text.lstrip().startswith(found):
        text = text.lstrip()[len(found):].lstrip()
        title = found
    return parse_article(text, name, title=title, date=date, label=label)
