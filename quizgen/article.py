"""Read an article from a file or stdin into a plain ``Article``."""

from __future__ import annotations

import re
import sys
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from quizgen.errors import InputError

DEFAULT_MAX_BYTES = 5_000_000
HEADER_KEYS = ("title", "date", "source")
_HEADER_LINE = re.compile(r"^(title|date|source)\s*:\s*(.*?)\s*$", re.IGNORECASE)
_MD_LINK = re.compile(r"!?\[([^\]]*)\]\([^)]*\)")
_MD_EMPHASIS = re.compile(r"(\*\*|__|\*|`)(?=\S)(.+?)(?<=\S)\1")
_MD_HEADING = re.compile(r"^\s{0,3}#{1,6}\s+")
_MD_LIST = re.compile(r"^\s{0,3}(?:[-*+]|\d+[.)])\s+")
_SLUG_BAD = re.compile(r"[^a-z0-9]+")


@dataclass(frozen=True)
class Article:
    """An article's body text and what we know about it."""

    text: str
    title: str
    name: str  # file-safe stem used for output names, tags and note identity
    date: str = ""  # ISO date if known
    source: str = ""


def slugify(value: str) -> str:
    """Lower-case, ASCII, hyphen-separated form of ``value`` (never empty)."""
    ascii_only = unicodedata.normalize("NFKD", value).encode("ascii", "ignore").decode("ascii")
    slug = _SLUG_BAD.sub("-", ascii_only.lower()).strip("-")
    return slug[:80].strip("-") or "article"


def title_from_name(name: str) -> str:
    """Make a readable title from a file stem: ``north-korea_launchers`` → ``North Korea Launchers``."""
    words = re.split(r"[-_\s]+", name.strip())
    return " ".join(w[:1].upper() + w[1:] for w in words if w) or "Article"


def looks_like_headline(line: str) -> bool:
    """A headline is short, has no closing full stop and is not a quote or a list item."""
    line = line.strip()
    if not line or len(line) > 120 or len(line.split()) > 16:
        return False
    return not line.endswith((".", ",", ";", ":", "”", '"')) and not line.startswith(("“", '"', "-", "*"))


def _decode(data: bytes, label: str) -> str:
    if b"\x00" in data[:4096] and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise InputError(f"{label}: looks like a binary file, not text")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(f"{label}: not valid UTF-8 text (byte {exc.start}); save it as UTF-8") from None


def _strip_markdown(text: str) -> str:
    lines = []
    for line in text.splitlines():
        line = _MD_HEADING.sub("", line)
        line = _MD_LIST.sub("", line)
        line = _MD_LINK.sub(r"\1", line)
        line = _MD_EMPHASIS.sub(r"\2", line)
        lines.append(line)
    return "\n".join(lines)


def _split_header(text: str) -> tuple[dict[str, str], str]:
    """Take ``title:``/``date:``/``source:`` lines off the top of the text."""
    header: dict[str, str] = {}
    lines = text.splitlines()
    i = 0
    while i < len(lines):
        match = _HEADER_LINE.match(lines[i])
        if not match:
            break
        header[match.group(1).lower()] = match.group(2)
        i += 1
    if header and i < len(lines) and lines[i].strip() in ("", "---"):
        i += 1
    return header, "\n".join(lines[i:]) if header else text


def parse_article(raw: str, name: str, *, title: str | None = None, markdown: bool = False,
                  date: str | None = None) -> Article:
    """Build an ``Article`` from raw text: header block, Markdown clean-up, headline detection."""
    header, body = _split_header(raw.replace("\r\n", "\n").replace("\r", "\n"))
    if markdown:
        body = _strip_markdown(body)
    body = body.strip()
    if not body:
        raise InputError(f"{name}: the article is empty")
    found_title = header.get("title", "")
    first, _, rest = body.partition("\n")
    if not found_title and rest.strip() and looks_like_headline(first):
        found_title, body = first.strip(), rest.strip()
    return Article(
        text=body,
        title=title or found_title or title_from_name(name),
        name=slugify(name),
        date=date or header.get("date", ""),
        source=header.get("source", ""),
    )


def read_article(path: str, *, title: str | None = None, name: str | None = None,
                 date: str | None = None, max_bytes: int = DEFAULT_MAX_BYTES) -> Article:
    """Read ``path`` (or ``-`` for stdin) as a UTF-8 text or Markdown article."""
    if path == "-":
        data = sys.stdin.buffer.read(max_bytes + 1)
        label, stem, markdown = "stdin", name or "stdin", False
    else:
        file = Path(path)
        if not file.exists():
            raise InputError(f"{path}: no such file")
        if file.is_dir():
            raise InputError(f"{path}: is a folder, not an article file")
        try:
            if file.stat().st_size > max_bytes:
                raise InputError(f"{path}: larger than the {max_bytes:,}-byte limit (raise it with --max-bytes)")
            data = file.read_bytes()
        except OSError as exc:
            raise InputError(f"{path}: cannot read ({exc.strerror})") from None
        label, stem, markdown = path, name or file.stem, file.suffix.lower() in (".md", ".markdown")
    if len(data) > max_bytes:
        raise InputError(f"{label}: larger than the {max_bytes:,}-byte limit (raise it with --max-bytes)")
    return parse_article(_decode(data, label), stem, title=title, markdown=markdown, date=date)
