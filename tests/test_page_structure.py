"""A web page's structure marks furniture its extracted text has lost: headings (a question-shaped subheadline) and
the standfirst under the headline, and a stream of other stories' teasers. Pages written for the tests (invented
names)."""

from __future__ import annotations

import lxml.html
import pytest

from quizgen.read.html import parse_html
from quizgen.read.page_structure import structural_furniture

LEAD = "Lorna Vesk resigned as chief executive of Brightwell Foods on Tuesday after nine years in the job."
BODY = [
    LEAD,
    "The board of the Dunmere food maker named its finance director, Ansel Trey, as interim chief while it searches "
    "for a permanent successor.",
    "Brightwell Foods employs about 4,000 people in eleven factories and sold goods worth $2 billion last year, most "
    "of them frozen meals for supermarkets in the north of the country.",
    "Shares in the company fell by 6 percent in early trading before recovering some of the loss by the afternoon, "
    "when analysts said the change had been expected for months.",
    "Vesk said she wanted to spend more time with her family and would stay on as an adviser until the summer.",
]
STANDFIRST = "A food maker loses its longest-serving boss, and the search for a new one begins."
SUBHEADLINE = "Is Brightwell Foods really ready for life after its longest-serving chief executive?"


def page(header: str, before_body: str = "") -> str:
    paragraphs = "".join(f"<p>{p}</p>" for p in BODY)
    return (f"<html><head><title>Vesk quits Brightwell | The Dunmere Courier</title></head><body><article>"
            f"<header><h1>Vesk quits Brightwell</h1>{header}"
            f"<div class='byline'>By Mira Holt</div></header>{before_body}"
            f"<div class='story'>{paragraphs}</div></article></body></html>")


@pytest.mark.parametrize("html, gone", [
    # a standfirst marked by its class in the header, before the byline
    (page(f"<p class='intro'>{STANDFIRST}</p>"), STANDFIRST),
    (page(f"<p class='article-dek'>{STANDFIRST}</p>"), STANDFIRST),
    # a subheadline: a heading, though long and ending in a question mark as prose may
    (page(f"<h3>{SUBHEADLINE}</h3>"), SUBHEADLINE),
])
def test_structural_furniture_is_left_out(html, gone):
    lines = parse_html(html, "vesk", label="vesk.html").text.splitlines()
    assert gone not in lines
    assert lines[0] == LEAD


@pytest.mark.parametrize("html, kept", [
    # a lead the page marks as its "lead" in the header is the article's first sentence
    (page(f"<p class='lead'>{STANDFIRST}</p>"), STANDFIRST),
    # after the byline, outside the header, an "intro" class marks the article's own first paragraph
    (page("", f"<p class='intro'>{STANDFIRST}</p>"), STANDFIRST),
])
def test_a_marked_first_paragraph_of_the_body_stays(html, kept):
    assert kept in parse_html(html, "vesk", label="vesk.html").text.splitlines()


@pytest.mark.parametrize("cap", [
    # a drop cap in an element of its own before its paragraph (a rater: "starts with a broken ', '")
    "<span class='drop'>L</span><p>orna Vesk resigned",
    "<span class='drop'>L</span><p><a href='/vesk'>orna Vesk</a> resigned",
    # a single capital before a paragraph that opens a word of its own is no drop cap
    "<span class='label'>A</span><p>Lorna Vesk resigned",
])
def test_a_drop_cap_goes_back_into_its_paragraph(cap):
    paragraphs = "".join(f"<p>{p}</p>" for p in BODY[1:])
    rest = LEAD.removeprefix("Lorna Vesk resigned")
    html = (f"<html><head><title>Vesk quits Brightwell</title></head><body><article><h1>Vesk quits Brightwell</h1>"
            f"<div class='story'>{cap}{rest}</p>{paragraphs}</div></article></body></html>")
    lines = parse_html(html, "vesk", label="vesk.html").text.splitlines()
    assert LEAD in lines


@pytest.mark.parametrize("card", [
    # a name's hover card (The Hill's "rollover-people-block"): photo, name again, headlines, "MORE"
    "<span class='rollover-block'><img src='/v.jpg'><a href='/p/vesk'>Lorna Vesk</a>"
    "<a href='/a/1'>Dunmere food makers brace for a hard winter | Ports reopen</a> <a href='/p/vesk'>MORE</a></span>",
    "<span id='tooltip-9'><a href='/a/1'>Dunmere food makers brace for a hard winter</a>"
    "<a href='/a/2'>Brightwell shares slide</a></span>",
])
def test_a_hover_card_inside_a_paragraph_is_left_out(card):
    lead = (f"<p><span class='rollover-people'><a href='/p/vesk'>Lorna Vesk</a>{card}</span> resigned as chief "
            "executive of Brightwell Foods on Tuesday after nine years in the job.</p>")
    paragraphs = "".join(f"<p>{p}</p>" for p in BODY[1:])
    html = (f"<html><head><title>Vesk quits Brightwell</title></head><body><article><h1>Vesk quits Brightwell</h1>"
            f"<div class='story'>{lead}{paragraphs}</div></article></body></html>")
    lines = parse_html(html, "vesk", label="vesk.html").text.splitlines()
    assert LEAD in lines and not any("Dunmere food makers" in line for line in lines)


def test_a_marked_link_in_a_paragraph_stays():
    # one link marked as a pop-up's opener is the sentence's own words
    lead = ("<p><a class='popup-link' href='/p/vesk'>Lorna Vesk</a> resigned as chief executive of Brightwell Foods on "
            "Tuesday after nine years in the job.</p>")
    paragraphs = "".join(f"<p>{p}</p>" for p in BODY[1:])
    html = (f"<html><head><title>Vesk quits Brightwell</title></head><body><article><h1>Vesk quits Brightwell</h1>"
            f"<div class='story'>{lead}{paragraphs}</div></article></body></html>")
    assert LEAD in parse_html(html, "vesk", label="vesk.html").text.splitlines()


TEASERS = [
    "Fashion designer Rufus Orme has announced that he will not design the gowns for the new season at the Velmland "
    "opera house.",
    "A Dunmere sheriff says a woman who was held for three weeks cannot describe her captors because their faces "
    "were covered.",
    "Velmland's parole board heard arguments on Thursday for and against mercy for a man set to die in January.",
]


@pytest.mark.parametrize("marked, gone", [
    ("applet-stream", True),
    ("YDC-Stream", True),
    ("story-tags", False),  # a list not marked as a stream is the article's own (a list of steps, of names)
])
def test_a_stream_of_other_stories_teasers_is_furniture(marked, gone):
    """Other stories' summaries, each an item of a list the page marks as a stream, which the extractor ran into
    a story's text on a real page (blind raters: "from a sidebar story, not from the article"); the story's own
    paragraphs are no furniture."""
    items = "".join(f"<li class='js-item'><div><h3>Story {n}</h3><p>{t}</p></div></li>" for n, t in enumerate(TEASERS))
    html = page("", f"<div class='{marked}'><ul>{items}</ul></div>")
    furniture = structural_furniture(lxml.html.fromstring(html))
    assert (set(TEASERS) <= furniture) is gone
    assert not furniture & set(BODY)
