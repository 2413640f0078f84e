"""Saved or fetched web pages: the main text, title and date, pulled out by trafilatura."""

from __future__ import annotations

import logging
import re
from typing import TYPE_CHECKING

from quizgen.read.article import Article, mend_quote_marks, slugify, strip_controls, title_from_name
from quizgen.read.furniture import article_lines, furniture_label
from quizgen.read.page_meta import page_date, site_name, without_archive_note
from quizgen.read.page_structure import drop_hover_cards, join_drop_caps, same_line, structural_furniture
from quizgen.errors import InputError

if TYPE_CHECKING:  # lxml comes with trafilatura, imported only when a page is read
    from lxml.html import HtmlElement

# trafilatura and htmldate log their doubts about odd pages. A NullHandler keeps Python's last-resort
# handler from printing them on the CLI's stderr; an application that configures logging still sees them.
for _logger in ("trafilatura", "htmldate", "courlan"):
    logging.getLogger(_logger).addHandler(logging.NullHandler())


def looks_like_html(text: str) -> bool:
    """Does ``text`` start like an HTML document?"""
    head = text.lstrip()[:200].lower()
    return head.startswith(("<!doctype html", "<html")) or ("<html" in head and "<head" in text[:2000].lower())


# The page's own date markup only: a wide search reads the dated links of a saved page's sidebar ("/2011/08/19/…",
# the day it was saved) as the article's date, and a wrong date makes wrong answers of "yesterday" and "Saturday".
_DATE_SEARCH = {"original_date": True, "extensive_search": False}


def parse_html(data: bytes | str, name: str, *, label: str, url: str = "", title: str | None = None,
               date: str | None = None) -> Article:
    """An ``Article`` from a news page: main text without menus, comments or footers; title and date from metadata.

    ``data`` may be bytes: trafilatura then honours the page's own charset declaration.
    """
    import trafilatura  # slow to import; only HTML inputs pay for it
    from trafilatura.utils import load_html

    try:
        tree = load_html(data)  # parsed once: read for its structure, then handed to trafilatura (which copies it)
        furniture = structural_furniture(tree) if tree is not None else frozenset()
        if tree is not None:
            join_drop_caps(tree)
            drop_hover_cards(tree)
        doc = trafilatura.bare_extraction(data if tree is None else tree, url=url or None, with_metadata=True,
                                          include_comments=False, include_tables=False, include_images=False,
                                          include_links=False, date_extraction_params=_DATE_SEARCH)
    except Exception as exc:  # noqa: BLE001 - a malformed page must become one clear line, whatever lxml says
        raise InputError(f"{label}: cannot read this HTML page ({type(exc).__name__})") from None
    text = mend_quote_marks(strip_controls(getattr(doc, "text", None) or "")).strip() if doc is not None else ""
    if not text:
        raise InputError(f"{label}: no article text found in this HTML page")
    given_title = without_archive_note(strip_controls(doc.title or "").strip())
    found_title = without_archive_note(headline_of(given_title, tree, text,
                                                   site=f"{doc.sitename or ''} {doc.hostname or ''}"))
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    if lines and lines[0] in {found_title, given_title} - {""}:
        lines = lines[1:]  # the headline is the title, not the first sentence
    lines = [line for line in article_lines(lines) if same_line(line) not in furniture]
    if not lines:
        raise InputError(f"{label}: no article text found in this HTML page")
    return Article(
        text="\n".join(lines),
        title=strip_controls(title or found_title or title_from_name(name)),
        name=slugify(name),
        date=strip_controls(date or page_date(doc.date or "", tree)),
        source=strip_controls(url or outlet_name(site_name(doc.sitename or "", found_title, tree, doc.hostname or ""),
                                                 doc.hostname or "")),
    )


# "The Tico Times | Costa Rica News | Travel | Real Estate", "Belize News and Opinion on www.breakingbelizenews.com":
# the outlet's name is what comes before its slogan or its address (raters read the whole as a junk source line)
_SLOGAN = re.compile(r"\s+[|–—-]\s+.*$|\s+on\s+(?:www\.)?[\w-]+(?:\.[a-z]{2,})+\s*$")
# a headline is words: "escenic", a publishing system's name in a page's JSON-LD, is no title (a rater: "junk title")
_ONE_WORD = re.compile(r"[a-z][\w-]*")
_WORD = re.compile(r"[^\W\d_]{4,}")
_COMMON = frozenset("about after also been could from have into more over said than that their them there these they "
                    "this those what when where which while will with would your".split())
LEAD_WORDS = 400  # a headline shares a word with the article's opening
_LOGO = frozenset({"logo"})


def headline_of(found: str, tree: HtmlElement | None, text: str = "", site: str = "") -> str:
    """trafilatura's title, unless it is one lower-case word or shares no word with the article's opening while the
    page's ``og:title`` or an ``<h1>`` shares two or more ("Get Slate in your inbox.", "Latest in Gear": a form's
    or a menu's text): then that one (for one word, one that shares any). A one-word title with nothing better is no
    title, and so is one made of the outlet's name (``site``) and "logo" ("POLITICO Politico Logo", a logo's text:
    the article names its outlet too, so that word is shared), nor is a link's or a widget's prompt ("Follow us on
    Twitter")."""
    opening = _stems(" ".join(text.split()[:LEAD_WORDS]))
    own = _stems(found) - _stems(site) - _LOGO
    one_word = bool(_ONE_WORD.fullmatch(found)) or bool(site and _stems(found) and not own) \
        or furniture_label(found) == "link"  # a widget's prompt: "Follow us on Twitter", "Read more"
    if not one_word and (not text or own & opening):
        return found
    others = [] if tree is None else [
        " ".join(t.split()) for t in (*tree.xpath('//meta[@property="og:title" or @name="og:title"]/@content'),
                                       *tree.xpath('//meta[@property="og:title" or @name="og:title"]/@value'),
                                       *(h.text_content() for h in tree.iter("h1")))]
    shared = 1 if one_word else 2  # a headline shares words with the article; a site's name ("The Tribune") one
    for other in others:
        if len(other.split()) >= 2 and (not text or len(_stems(other) & opening) >= shared):
            return other
    return "" if one_word and text else found


def _stems(text: str) -> set[str]:
    """The words of four letters or more, lower-cased and cut to five ("markets" and "market" alike)."""
    return {w[:5] for w in _WORD.findall(text.lower()) if w not in _COMMON}


_SECOND_LEVEL = frozenset({"co", "com", "org", "net", "gov", "ac", "edu"})  # "express.co.uk": the name before these


def outlet_name(sitename: str, hostname: str) -> str:
    """The outlet's name: the page's own (``og:site_name``), else its domain's name. trafilatura falls back to the
    host's first label, which is a subdomain ("Hosted" for hosted.ap.org) or a short name written as a word ("Nj"
    for nj.com); a rater read "From Hosted" as a broken line. A name's slogan or address after it is cut
    (``_SLOGAN``)."""
    sitename = _SLOGAN.sub("", sitename)
    labels = hostname.lower().removeprefix("www.").split(".")
    if not sitename or len(labels) < 2 or sitename != labels[0].capitalize():
        return sitename  # the page named itself, or trafilatura gave the host ("abc.net.au"): a name readers know
    main = labels[-3] if len(labels) >= 3 and labels[-2] in _SECOND_LEVEL else labels[-2]
    return main.upper() if len(main) <= 3 else main.capitalize()
