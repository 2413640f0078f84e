"""Page furniture told by a web page's structure, which its extracted text has lost: the text of headings (h1-h6:
a headline with its site's name cut off, a question-shaped subheadline such as "Are X and Y really closing
practices?") and the standfirst, the teaser paragraph a page marks by its class ("intro", "dek", "standfirst" …)
in its header or before the byline, and the teasers in a list the page marks as a stream of other stories
("js-stream-content" items). The reader leaves out any extracted line that is exactly one of these. A drop cap set
in an element of its own before its paragraph ("<span>T</span><p>urkey, Poland …") goes back into the paragraph:
the extracted text lost the letter, and the sentence its first word. A hover card inside a paragraph (a
name's pop-up with its photo and headlines) is dropped: its text would run into the sentence ("Rep. Ilhan OmarIlhan
OmarHillicon Valley: … MORE (D-Minn.)")."""

from __future__ import annotations

import json
import re
from functools import cache
from importlib.resources import files
from typing import Any

HEADINGS = ("h1", "h2", "h3", "h4", "h5", "h6")
MIN_STANDFIRST_WORDS = 4  # a shorter marked line is a label ("Intro"), which line shape already drops
_SPACE = re.compile(r"\s+")
_MARKED = "|".join([f"//{h}" for h in HEADINGS] + ["//*[@class]", "//*[@id]"])


def _words(names: list[str]) -> re.Pattern[str]:
    return re.compile(r"(?<![a-z])(?:" + "|".join(map(re.escape, names)) + r")(?![a-z])", re.IGNORECASE)


@cache
def _classes() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """The class words of a standfirst, a byline, a hover card and a stream of other stories' teasers."""
    data = json.loads(files("quizgen.read").joinpath("page_structure.json").read_text(encoding="utf-8"))
    return tuple(_words(data[name]) for name in ("standfirst_classes", "byline_classes", "hover_card_classes",
                                                  "stream_classes"))


def same_line(text: str) -> str:
    """``text`` as lines are compared: whitespace runs as one space, no space at the ends."""
    return _SPACE.sub(" ", text).strip()


def _marks(element: Any, pattern: re.Pattern[str]) -> bool:
    attributes = f"{element.get('class') or ''} {element.get('id') or ''}"
    return bool(pattern.search(attributes))


_DROP_CAP = "//*[not(*) and string-length(normalize-space(text())) = 1]/following-sibling::*[1][self::p]"


def join_drop_caps(tree: Any) -> None:
    """Put each drop cap back at the start of its paragraph: an element holding only a capital letter, followed by a
    ``<p>`` whose text begins in lower case ("T" + "urkey, Poland …")."""
    for paragraph in tree.xpath(_DROP_CAP):
        cap = paragraph.getprevious()
        letter = (cap.text or "").strip()
        if not (letter.isalpha() and letter.isupper()):
            continue
        first = paragraph  # the element holding the paragraph's first text ("<p><a>urkey</a>, …")
        while not (first.text or "").strip() and len(first):
            first = first[0]
        if not (first.text or "").lstrip()[:1].islower():
            continue
        first.text = letter + (first.text or "").lstrip()
        cap.text = ""


def drop_hover_cards(tree: Any) -> None:
    """Remove each hover card inside a paragraph: an element marked as a pop-up (``hover_card_classes``) that holds
    a picture or two links or more. Innermost first, so the marked name around a card ("rollover-people", one
    link) stays; the text after the card stays too."""
    *_, hover, _ = _classes()
    for element in reversed(tree.xpath("//p//*[@class or @id]")):
        if _marks(element, hover) and (element.xpath(".//img") or len(element.xpath(".//a")) >= 2):
            element.drop_tree()  # lxml.html keeps the text after it


def structural_furniture(tree: Any) -> frozenset[str]:
    """The texts (``same_line`` form) of a parsed page's headings and of its standfirst: an element marked as one
    that sits inside a ``<header>`` or comes before the page's first byline (after it, such a class marks the
    article's own first paragraph on some sites)."""
    standfirst, byline, *_ = _classes()
    found: set[str] = set()
    seen_byline = False
    for element in tree.xpath(_MARKED):  # in document order; only headings and elements with a class or id
        tag = element.tag
        if tag in HEADINGS:
            found.add(same_line(element.text_content()))
            continue
        if not seen_byline and _marks(element, byline):
            seen_byline = True
        if tag in ("p", "div", "span") and _marks(element, standfirst):
            text = same_line(element.text_content())
            in_header = any(a.tag == "header" for a in element.iterancestors())
            if len(text.split()) >= MIN_STANDFIRST_WORDS and (in_header or not seen_byline):
                found.add(text)
    found |= stream_teasers(tree)
    found.discard("")
    return frozenset(found)


def stream_teasers(tree: Any) -> set[str]:
    """The summaries of other stories in a list a page marks as a stream of teasers (a list item marked
    ``stream_classes``, or inside an element so marked): each paragraph of such an item, and the item's own text
    when it has no paragraph."""
    *_, stream = _classes()
    found: set[str] = set()
    for item in tree.iter("li"):
        if not any(_marks(element, stream) for element in (item, *item.iterancestors())):
            continue
        paragraphs = item.xpath(".//p") or [item]
        for paragraph in paragraphs:
            text = same_line(paragraph.text_content())
            if len(text.split()) >= MIN_STANDFIRST_WORDS:
                found.add(text)
    return found
