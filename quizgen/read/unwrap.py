"""Hard-wrapped lines, as a PDF's text layer gives them, joined back into paragraphs.

A PDF knows lines, not paragraphs. A line ends its paragraph when a blank line follows (the text layer read with its
layout keeps the space between paragraphs as a blank line), or when it stops well short of the full width of the
document's lines (the last line of a paragraph, a heading, a byline); an indented line starts one. A line that
fills the width runs on into the next, across a page break too. Page numbers and lines repeated at the top or foot of most
pages (running heads, footers) are dropped first.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

SHORT_LINE = 0.75  # a line under this share of the page's full width ends its paragraph
_PAGE_NUMBER = re.compile(r"^\s*(?:page\s+)?\d{1,4}(?:\s*(?:/|of)\s*\d{1,4})?\s*$", re.IGNORECASE)
_WORD_SPLIT = re.compile(r"(?<=[a-z])-$")


def full_width(lines: Sequence[str]) -> int:
    """The length of a full line: the length the longest fifth of the lines reach (most prose lines are full)."""
    lengths = sorted(len(line) for line in lines if line.strip())
    return lengths[-(len(lengths) // 5) - 1] if lengths else 0


def _running_lines(pages: Sequence[Sequence[str]]) -> set[str]:
    """Lines that open or close at least half of the pages (three or more): running heads and footers."""
    if len(pages) < 3:
        return set()
    edges = Counter()
    for lines in pages:
        kept = [" ".join(line.split()) for line in lines if line.strip()]
        edges.update({_digits_out(line) for line in kept[:1] + kept[-1:]})
    return {line for line, count in edges.items() if count >= max(3, len(pages) / 2)}


def _left_margin(pages: Sequence[Sequence[str]], width: int) -> int:
    """Where the column's left edge is: the spaces before the least indented line of prose (a line at least half
    the full width; headings and page numbers may sit anywhere)."""
    indents = [len(line) - len(line.lstrip()) for lines in pages for line in lines
               if len(" ".join(line.split())) >= width / 2]
    return min(indents, default=0)


def _digits_out(line: str) -> str:
    return re.sub(r"\d+", "#", line)


def paragraphs(pages: Sequence[Sequence[str]]) -> list[str]:
    """The paragraphs of a document given as pages of lines, each paragraph one string."""
    running = _running_lines(pages)
    found: list[str] = []
    current: list[str] = []

    def close() -> None:
        if current:
            found.append(" ".join(current).replace("\u00ad ", ""))
            current.clear()

    width = full_width([" ".join(line.split()) for lines in pages for line in lines])
    margin = _left_margin(pages, width)
    for lines in pages:
        for line in lines:
            text = " ".join(line.split())
            if not text:
                close()
                continue
            if _PAGE_NUMBER.match(text) or _digits_out(text) in running:
                continue
            if len(line) - len(line.lstrip()) > margin + 1:
                close()  # a first line indented
            if current and _WORD_SPLIT.search(current[-1]) and text[:1].islower():
                current[-1] += text  # "vehicle-" + "based": the hyphen stays (it may belong to the word)
            else:
                current.append(text)
            if len(text) < SHORT_LINE * width:
                close()
    close()
    return found
