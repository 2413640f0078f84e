"""Word (.docx) articles, read by python-docx: one paragraph per line; the Title style (or the file's title
property) is the title."""

from __future__ import annotations

import io
import zipfile

from quizgen.errors import InputError
from quizgen.read.article import Article, parse_article, strip_controls

_TITLE_STYLES = ("title",)


def looks_like_docx(data: bytes) -> bool:
    """Does ``data`` start like a zip file (a .docx is one)?"""
    return data.startswith(b"PK\x03\x04")


def parse_docx(data: bytes, name: str, *, label: str, title: str | None = None, date: str | None = None) -> Article:
    """An ``Article`` from a .docx file's body paragraphs (tables, headers and footers are not the article)."""
    import docx
    from docx.opc.exceptions import PackageNotFoundError

    try:
        document = docx.Document(io.BytesIO(data))
    except (PackageNotFoundError, zipfile.BadZipFile, KeyError, ValueError) as exc:
        raise InputError(f"{label}: cannot read this Word file ({type(exc).__name__}); "
                         "quizgen reads .docx, not the older .doc") from None
    found_title = ""
    lines: list[str] = []
    for paragraph in document.paragraphs:
        text = " ".join(strip_controls(paragraph.text).split())  # a soft line break is a space
        if not text:
            continue
        style = (paragraph.style.name if paragraph.style is not None else "").lower()
        if not found_title and not lines and style in _TITLE_STYLES:
            found_title = text
            continue
        lines.append(text)
    if not lines:
        raise InputError(f"{label}: the article is empty (no text)")
    property_title = strip_controls(document.core_properties.title or "").strip()
    return parse_article("\n".join(lines), name, title=title or found_title or property_title or None,
                         date=date, label=label)
