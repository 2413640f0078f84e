"""Turn an article's text into a plain ``Article``: decoding, header block, Markdown, headline."""

from __future__ import annotations

import html
import re
import unicodedata
from dataclasses import dataclass

from quizgen.errors import InputError
from quizgen.read.furniture import article_lines

DEFAULT_MAX_BYTES = 5_000_000
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


_BOMS = ((b"\xef\xbb\xbf", "utf-8-sig"), (b"\xff\xfe", "utf-16"), (b"\xfe\xff", "utf-16"))
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")
_BREAKS = (("\x0b", "\n"), ("\x0c", "\n"), ("\u2028", "\n"), ("\u2029", "\n\n"))


def strip_controls(text: str) -> str:
    """``text`` without control characters (Anki separates fields with U+001F; none belongs in an article)."""
    for old, new in _BREAKS:  # a replace each: ``str.translate`` with a table looks up every character in Python
        text = text.replace(old, new)
    return _CONTROL.sub("", text)


def mend_quote_marks(text: str) -> str:
    """Two single quotation marks written for a double one (’’ closing “…) become the double mark, and a closing
    mark that opens a quotation (after a space, before a word: 'were ”dwindling.”') the opening one: the quote
    reader pairs double marks, and one left open quotes the rest of its paragraph (a speaker's role read as
    quoted; the next "he said" given to an earlier speaker, a wrong answer on a fresh page)."""
    text = _OPENING_WRITTEN_CLOSING.sub("“", text.replace("’’", "”").replace("‘‘", "“"))
    # a quotation's end glued to the next word ('occult phenomenon.”There was', a fresh page's card: "the space is
    # missing"): the sentence splitter and the card both need the space
    return _SENTENCE_RUN_ON.sub("” ", text)


# a character reference written out in plain text ("communiqu&#233;", "&lt;"): an HTML escape the text was copied
# with, shown as such on a card (a set-AT rater: "the prompt has a raw HTML entity"). Only with its semicolon and
# only a known name ("AT&T;" stays)
_REFERENCE = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")


def decode_references(text: str) -> str:
    """``text`` with its HTML character references as the characters they stand for ("&#233;" → "é")."""
    if "&" not in text:
        return text
    return _REFERENCE.sub(lambda m: html.unescape(m.group()), text)  # an unknown name comes back as it was


_OPENING_WRITTEN_CLOSING = re.compile(r"(?<!\S)”(?=[^\W_])")
_SENTENCE_RUN_ON = re.compile(r"(?<=[.!?])”(?=[^\W_])")


def _looks_like_bomless_utf16(head: bytes) -> bool:
    """Mostly-ASCII UTF-16 has a NUL in every other byte."""
    pairs = len(head) // 2
    if pairs < 4:
        return False
    zeros = head[0:pairs * 2:2].count(0), head[1:pairs * 2:2].count(0)
    return max(zeros) > 0.8 * pairs and min(zeros) < 0.1 * pairs


def decode_text(data: bytes, label: str) -> str:
    """Decode an article's bytes: UTF-8, or UTF-16 with a byte-order mark; anything else is refused.

    Latin-1 and other 8-bit encodings are refused rather than guessed at: a wrong guess would
    silently put wrong letters into the cards.
    """
    for bom, codec in _BOMS:
        if data.startswith(bom):
            try:
                text = data.decode(codec)
            except UnicodeDecodeError:
                raise InputError(f"{label}: starts with a {codec.upper()} byte-order mark but is not valid "
                                 f"{codec.upper()} text") from None
            break
    else:
        head = data[:4096]
        if b"\x00" in head:
            if _looks_like_bomless_utf16(head):
                raise InputError(f"{label}: looks like UTF-16 text without a byte-order mark; save it as UTF-8")
            raise InputError(f"{label}: looks like a binary file, not text")
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError as exc:
            raise InputError(f"{label}: not valid UTF-8 text (byte {exc.start}); save it as UTF-8") from None
    sample = text[:4096]
    if sample and len(_CONTROL.findall(sample)) > 0.05 * len(sample):
        raise InputError(f"{label}: looks like a binary file, not text")
    return text


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
    """Take ``title:``/``date:``/``source:`` lines (bare, or fenced by ``---`` lines) off the top of the text."""
    header: dict[str, str] = {}
    lines = text.splitlines()
    if lines and lines[0].strip() == "---" and "---" in (line.strip() for line in lines[1:40]):
        close = next(n for n, line in enumerate(lines[1:40], 1) if line.strip() == "---")
        fenced = {m.group(1).lower(): m.group(2).strip("'\"") for m in map(_HEADER_LINE.match, lines[1:close]) if m}
        if fenced:
            return fenced, "\n".join(lines[close + 1:])
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


def paragraphs(body: str) -> list[str]:
    """The text's paragraphs, one per item: split at blank lines, a hard-wrapped paragraph's lines joined; in a text
    without blank lines every line is a paragraph."""
    if not _BLANK_LINE.search(body):
        return body.splitlines()
    found: list[str] = []
    for block in _BLANK_LINE.split(body):
        lines = [line.strip() for line in block.splitlines()]
        if sum(bool(_LIST_ITEM.match(line)) for line in lines) >= 2:
            found.extend(_list_items(lines))
        else:
            found.append(" ".join(lines))
    return found


def _list_items(lines: list[str]) -> list[str]:
    """A bulleted list's items, one per item, bullets cut off: joined into one paragraph they read as one long
    sentence ("Duty cuts on capital goods - Expanded service tax net - Raised the threshold …"), which blind
    raters called "a pasted bullet list, not a sentence"; an item on its own is judged as a web page's list
    item is (a short one with no full stop is no prose)."""
    items: list[str] = []
    for line in lines:
        bullet = _LIST_ITEM.match(line)
        if bullet or not items:
            items.append(line[bullet.end():] if bullet else line)
        else:
            items[-1] += " " + line
    return items


_BLANK_LINE = re.compile(r"\n[ \t]*\n")
_LIST_ITEM = re.compile(r"^[-*•–]\s+(?=\S)")


def parse_article(raw: str, name: str, *, title: str | None = None, markdown: bool = False,
                  date: str | None = None, label: str | None = None) -> Article:
    """Build an ``Article`` from raw text: header block, Markdown clean-up, headline detection."""
    text = decode_references(raw).replace("\r\n", "\n").replace("\r", "\n")
    header, body = _split_header(mend_quote_marks(strip_controls(text)))
    if markdown:
        body = _strip_markdown(body)
    body = body.strip()
    if not body:
        raise InputError(f"{label or name}: the article is empty (no text)")
    found_title = header.get("title", "")
    first, _, rest = body.partition("\n")
    if not found_title and rest.strip() and looks_like_headline(first):
        found_title, body = first.strip(), rest.strip()
    body = "\n".join(article_lines(paragraphs(body))) or body
    return Article(
        text=body,
        title=strip_controls(title or found_title or title_from_name(name)),
        name=slugify(name),
        date=strip_controls(date or header.get("date", "")),
        source=header.get("source", ""),
    )

