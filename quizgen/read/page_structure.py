"""Page furniture told by a web page's structure, which its extracted text has lost: the text of headings (h1-h6:
a headline with its site's name cut off, a question-shaped subheadline such as "Are X and Y really closing
practices?") and the standfirst, the teaser paragraph a page marks by its class ("intro", "dek", "standfirst" …)
in its header or before the byline. The reader leaves out any extracted line that is exactly one of these."""

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


@cache
def _classes() -> tuple[re.Pattern[str], re.Pattern[str]]:
    data = json.loads(files("quizgen.read").joinpath("page_structure.json").read_text(encoding="utf-8"))

    def words(names: list[str]) -> re.Pattern[str]:
        return re.compile(r"(?<![a-z])(?:" + "|".join(map(re.escape, names)) + r")(?![a-z])", re.IGNORECASE)

    return words(data["standfirst_classes"]), words(data["byline_classes"])


def same_line(text: str) -> str:
    """``text`` as lines are compared: whitespace runs as one space, no space at the ends."""
    return _SPACE.sub(" ", text).strip()


def _marks(element: Any, pattern: re.Pattern[str]) -> bool:
    attributes = f"{element.get('class') or ''} {element.get('id') or ''}"
    return bool(pattern.search(attributes))


def structural_furniture(tree: Any) -> frozenset[str]:
    """The texts (``same_line`` form) of a parsed page's headings and of its standfirst: an element marked as one
    that sits inside a ``<header>`` or comes before the page's first byline (after it, such a class marks the
    article's own first paragraph on some sites)."""
    standfirst, byline = _classes()
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
    found.discard("")
    return frozenset(found)
