"""Where articles come from: files, folders (searched recursively), stdin and http(s) URLs.

``discover`` turns command-line arguments into ``Source``s without reading them (so a run over a
thousand files knows its size up front); ``iter_articles`` then reads them one at a time.
"""

from __future__ import annotations

import http.client
import re
import socket
import sys
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from typing import BinaryIO
from pathlib import Path
from urllib.error import HTTPError, URLError
from urllib.parse import unquote, urlsplit
from urllib.request import Request, urlopen

from quizgen import __version__
from quizgen.read.article import DEFAULT_MAX_BYTES, Article, decode_text, parse_article, slugify
from quizgen.errors import InputError, UsageError

TEXT_SUFFIXES = (".txt", ".text")
MARKDOWN_SUFFIXES = (".md", ".markdown")
HTML_SUFFIXES = (".html", ".htm")
PDF_SUFFIXES = (".pdf",)
WORD_SUFFIXES = (".docx",)
ARTICLE_SUFFIXES = TEXT_SUFFIXES + MARKDOWN_SUFFIXES + HTML_SUFFIXES + PDF_SUFFIXES + WORD_SUFFIXES
# A PDF or Word file carries pictures and fonts besides its text: its file may be this many times --max-bytes
# (the text read from it is held to --max-bytes itself).
DOCUMENT_FILE_FACTOR = 10
QUESTIONS_SUFFIX = ".json"
FETCH_TIMEOUT = 20.0
_URL = re.compile(r"^https?://", re.IGNORECASE)


@dataclass(frozen=True)
class Source:
    """One article to read: ``kind`` is ``file``, ``stdin`` or ``url``."""

    kind: str
    location: str

    @property
    def label(self) -> str:
        """How messages name this source."""
        return "stdin" if self.kind == "stdin" else self.location

    @property
    def stem(self) -> str:
        """The default article name: the file stem, the URL's last path segment, or ``stdin``."""
        if self.kind == "file":
            return Path(self.location).stem
        if self.kind == "url":
            parts = urlsplit(self.location)
            segment = unquote(parts.path.rstrip("/").rsplit("/", 1)[-1])
            return Path(segment).stem or parts.hostname or "page"
        return "stdin"

    @property
    def is_questions_file(self) -> bool:
        """A ``.json`` file is a reviewed questions file (see docs/questions-format.md), not an article."""
        return self.kind == "file" and self.location.lower().endswith(QUESTIONS_SUFFIX)


def source_for(arg: str) -> Source:
    """The source an argument names, without looking at the file system."""
    if arg == "-":
        return Source("stdin", "-")
    if _URL.match(arg):
        return Source("url", arg)
    return Source("file", arg)


def _folder_articles(folder: Path) -> list[Path]:
    """Article files under ``folder``, recursively, skipping hidden files and folders, in a stable order."""
    found = []
    for path in folder.rglob("*"):
        relative = path.relative_to(folder).parts
        if any(part.startswith(".") for part in relative):
            continue
        if path.suffix.lower() in ARTICLE_SUFFIXES and path.is_file():
            found.append(path)
    return sorted(found)


def _expand(source: Source) -> list[Source]:
    """A folder's article files, or the source itself once it is known to exist."""
    if source.kind != "file":
        return [source]
    path = Path(source.location)
    if path.is_dir():
        files = _folder_articles(path)
        if not files:
            raise InputError(f"{source.location}: no article files ({', '.join(ARTICLE_SUFFIXES)}) in this folder")
        return [Source("file", str(f)) for f in files]
    if not path.exists():
        raise InputError(f"{source.location}: no such file")
    return [source]


def _shorten(name: object, limit: int = 120) -> str:
    text = str(name)
    return text if len(text) <= limit else text[:limit] + "…"


def discover(args: Sequence[str]) -> list[Source]:
    """Expand arguments into sources: folders become the article files in them; checks that each exists."""
    if not args:
        raise UsageError("no articles given")
    sources: list[Source] = []
    seen: set[str] = set()
    for arg in args:
        source = source_for(arg)
        try:
            candidates = _expand(source)
            identities = [str(Path(c.location).resolve()) if c.kind == "file" else c.location for c in candidates]
        except OSError as exc:  # e.g. a name too long, a folder we may not list
            raise InputError(f"{_shorten(exc.filename or arg)}: cannot read ({exc.strerror or exc})") from None
        for candidate, identity in zip(candidates, identities):
            if identity in seen:
                if candidate.kind == "stdin":
                    raise UsageError("stdin ('-') can be given only once")
                continue  # the same file named twice (e.g. directly and through its folder) is read once
            seen.add(identity)
            sources.append(candidate)
    return sources


def same_stem(sources: Sequence[Source]) -> list[list[Source]]:
    """Files in one folder that share a stem under different endings (``news.txt`` and ``news.html``): most
    likely one article saved twice, which would give two subdecks of the same questions."""
    groups: dict[tuple[str, str], list[Source]] = {}
    for source in sources:
        if source.kind == "file" and not source.is_questions_file:
            path = Path(source.location)
            groups.setdefault((str(path.parent.resolve()), path.stem.lower()), []).append(source)
    return [group for group in groups.values() if len(group) > 1]


def read_limited(stream: BinaryIO, max_bytes: int, chunk: int = 1 << 20) -> bytes:
    """Up to ``max_bytes + 1`` bytes of ``stream``, read in chunks (a huge limit must not allocate up front)."""
    parts, size = [], 0
    while size <= max_bytes:
        part = stream.read(min(chunk, max_bytes + 1 - size))
        if not part:
            break
        parts.append(part)
        size += len(part)
    return b"".join(parts)


def _too_big(label: str, max_bytes: int) -> InputError:
    return InputError(f"{label}: larger than the {max_bytes:,}-byte limit (raise it with --max-bytes)")


def _read_file(path: Path, label: str, max_bytes: int) -> bytes:
    try:
        if path.is_dir():
            raise InputError(f"{label}: is a folder, not an article file")
        if path.stat().st_size > max_bytes:
            raise _too_big(label, max_bytes)
        with path.open("rb") as handle:
            data = read_limited(handle, max_bytes)
    except FileNotFoundError:
        raise InputError(f"{label}: no such file") from None
    except OSError as exc:
        raise InputError(f"{label}: cannot read ({exc.strerror or exc})") from None
    if len(data) > max_bytes:
        raise _too_big(label, max_bytes)
    return data


def fetch(url: str, max_bytes: int = DEFAULT_MAX_BYTES, timeout: float = FETCH_TIMEOUT) -> tuple[bytes, str, str]:
    """GET ``url``: (body, content type, declared charset or ""). Any failure is an ``InputError`` with a one-line reason."""
    request = Request(url, headers={"User-Agent": f"quizgen/{__version__}", "Accept": "text/html, text/plain, application/pdf"})
    try:
        with urlopen(request, timeout=timeout) as response:  # noqa: S310 - the user asked for this URL
            declared = response.headers.get("Content-Length")
            if declared and declared.isdigit() and int(declared) > max_bytes:
                raise _too_big(url, max_bytes)
            data = read_limited(response, max_bytes)
            content_type = response.headers.get_content_type()
            charset = response.headers.get_content_charset() or ""
    except HTTPError as exc:
        raise InputError(f"{url}: the server answered {exc.code} {exc.reason}") from None
    except URLError as exc:
        reason = exc.reason.strerror if isinstance(exc.reason, OSError) and exc.reason.strerror else exc.reason
        raise InputError(f"{url}: cannot fetch ({_one_line(reason)})") from None
    except (TimeoutError, socket.timeout):
        raise InputError(f"{url}: cannot fetch (timed out after {timeout:g} s)") from None
    except (http.client.HTTPException, OSError, ValueError) as exc:
        raise InputError(f"{url}: cannot fetch ({_one_line(exc) or type(exc).__name__})") from None
    if len(data) > max_bytes:
        raise _too_big(url, max_bytes)
    return data, content_type, charset


def _one_line(value: object) -> str:
    text = str(value).strip()
    return text.splitlines()[0] if text else ""


def load_article(source: Source, *, title: str | None = None, name: str | None = None,
                 date: str | None = None, max_bytes: int = DEFAULT_MAX_BYTES) -> Article:
    """Read and parse one source into an ``Article``; an article from stdin is named after its title (so a second
    piped article does not overwrite the first one's files)."""
    article = _load_article(source, title=title, name=name, date=date, max_bytes=max_bytes)
    if source.kind == "stdin" and name is None:
        article = replace(article, name=slugify(article.title))
    return article


def _load_article(source: Source, *, title: str | None, name: str | None, date: str | None,
                  max_bytes: int) -> Article:
    from quizgen.read.html import looks_like_html, parse_html
    from quizgen.read.pdf import looks_like_pdf, parse_pdf
    from quizgen.read.word import looks_like_docx, parse_docx

    label, stem = source.label, name or source.stem
    limit = max_bytes
    if source.kind == "file" and Path(source.location).suffix.lower() in PDF_SUFFIXES + WORD_SUFFIXES:
        limit = max_bytes * DOCUMENT_FILE_FACTOR
    declared = False  # bytes already decoded from the charset a server declared (and now UTF-8)
    if source.kind == "stdin":
        data = read_limited(sys.stdin.buffer, max_bytes)
        if len(data) > max_bytes:
            raise _too_big(label, max_bytes)
        kind = ""
    elif source.kind == "url":
        data, content_type, charset = fetch(source.location, max_bytes)
        if content_type in ("text/html", "application/xhtml+xml"):
            kind = "html"
        elif content_type == "application/pdf":
            kind = "pdf"
        elif content_type.startswith("text/"):
            kind = ""
        else:
            raise InputError(f"{label}: not a web page or text ({content_type})")
        if charset and charset.lower().replace("_", "-") not in ("utf-8", "utf8", "utf-16", "utf16") and data:
            data, declared = _transcode(data, charset, label), True
    else:
        data = _read_file(Path(source.location), label, limit)
        suffix = Path(source.location).suffix.lower()
        kind = ("html" if suffix in HTML_SUFFIXES else "markdown" if suffix in MARKDOWN_SUFFIXES
                else "pdf" if suffix in PDF_SUFFIXES else "docx" if suffix in WORD_SUFFIXES else "")
    if kind == "" and looks_like_pdf(data):
        kind = "pdf"  # a PDF on stdin or under another name
    elif kind == "" and looks_like_docx(data):
        kind = "docx"
    if kind in ("pdf", "docx"):
        parse = parse_pdf if kind == "pdf" else parse_docx
        article = parse(data, stem, label=label, title=title, date=date)
        if len(article.text.encode("utf-8")) > max_bytes:
            raise InputError(f"{label}: its text is larger than the {max_bytes:,}-byte limit "
                             "(raise it with --max-bytes)")
        return article
    if kind == "html":
        if not data.strip():
            raise InputError(f"{label}: the article is empty (no text)")
        page = data.decode("utf-8") if declared else _html_input(data, label)
        return parse_html(page, stem, label=label, url=_url_of(source), title=title, date=date)
    text = decode_text(data, label)
    if not text.strip():
        raise InputError(f"{label}: the article is empty (no text)")
    if kind == "" and looks_like_html(text):
        return parse_html(text, stem, label=label, url=_url_of(source), title=title, date=date)
    return parse_article(text, stem, title=title, markdown=kind == "markdown", date=date, label=label)


def _transcode(data: bytes, charset: str, label: str) -> bytes:
    """Bytes in the charset the server declared, as UTF-8 (the server's word is the one reliable hint)."""
    if b"\x00" in data[:4096]:
        raise InputError(f"{label}: looks like a binary file, not text")
    try:
        return data.decode(charset).encode("utf-8")
    except LookupError:
        raise InputError(f"{label}: the server declared an unknown charset {charset!r}") from None
    except UnicodeDecodeError:
        raise InputError(f"{label}: not valid {charset} text, though the server declared it") from None


def _url_of(source: Source) -> str:
    return source.location if source.kind == "url" else ""


def _html_input(data: bytes, label: str) -> bytes | str:
    """Bytes for trafilatura (which honours the page's charset), after refusing binary data."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")) or b"\x00" in data[:4096]:
        return decode_text(data, label)  # UTF-16 with a mark is decoded; anything else with NULs is refused
    return data


def iter_articles(sources: Iterable[Source], *, title: str | None = None, name: str | None = None,
                  date: str | None = None, max_bytes: int = DEFAULT_MAX_BYTES,
                  unreadable: Callable[[Source, InputError], None] | None = None) -> Iterator[tuple[Source, Article]]:
    """Read sources one at a time, giving each article a name no earlier one has (names make note IDs).

    A source that cannot be read raises its ``InputError``, or, given ``unreadable``, is handed to it and skipped.
    """
    used: set[str] = set()
    for source in sources:
        try:
            article = load_article(source, title=title, name=name, date=date, max_bytes=max_bytes)
        except InputError as err:
            if unreadable is None:
                raise
            unreadable(source, err)
            continue
        unique, n = article.name, 1
        while unique in used:
            n += 1
            unique = f"{article.name}-{n}"
        used.add(unique)
        if unique != article.name:
            article = Article(text=article.text, title=article.title, name=unique, date=article.date,
                              source=article.source)
        yield source, article


def read_article(path: str, *, title: str | None = None, name: str | None = None,
                 date: str | None = None, max_bytes: int = DEFAULT_MAX_BYTES) -> Article:
    """Read one article: a text, Markdown or HTML file, ``-`` for stdin, or an http(s) URL."""
    return load_article(source_for(path), title=title, name=name, date=date, max_bytes=max_bytes)
