"""A web page's date and its name come from its own markup (also in a value attribute), never from the dated links
around the article, nor from its headline."""

from __future__ import annotations

import pytest

from quizgen.read.html import parse_html

_BODY = ("<p>The city council of Marlow voted on a new budget for its three public libraries, after a long debate "
         "that ran late into the evening and drew a large crowd of residents to the town hall.</p>"
         "<p>The plan keeps every branch open on Saturdays and adds two full-time librarians, the council said, "
         "while the mayor promised to review the opening hours again before the end of the year.</p>"
         "<p>Residents who spoke at the meeting asked for longer evening hours and for a new children's room at "
         "the main branch, which the council agreed to study over the coming months.</p>")
_SIDEBAR = "".join(f'<li><a href="https://news.example.com/2011/08/{day}/story-{day}/">Other story {day}</a></li>'
                   for day in range(10, 20))


def _page(head: str) -> str:
    return (f"<html><head><title>Marlow keeps its libraries open</title>{head}</head><body>"
            f"<article><h1>Marlow keeps its libraries open</h1>{_BODY}</article><ul>{_SIDEBAR}</ul></body></html>")


def test_the_pages_own_date_markup_is_the_date():
    page = _page('<meta property="article:published_time" content="2010-08-13T10:00:00Z">')
    assert parse_html(page, "marlow", label="marlow.html").date == "2010-08-13"


def test_dated_links_in_the_sidebar_are_not_the_articles_date():
    assert parse_html(_page(""), "marlow", label="marlow.html").date == ""


def test_a_date_in_a_value_attribute_is_the_pages_date():
    page = _page('<meta itemprop="datePublished" value="2016-10-13T15:35:00+00:00">')
    assert parse_html(page, "marlow", label="marlow.html").date == "2016-10-13"


def test_the_pages_publication_date_outweighs_a_far_date_found_elsewhere():
    # htmldate reads the "modified" date; the page says when it was first published, years before
    page = _page('<meta itemprop="datePublished" value="2016-10-13T15:35:00+00:00">'
                 '<meta property="article:modified_time" content="2022-08-09T10:00:00Z">')
    assert parse_html(page, "marlow", label="marlow.html").date == "2016-10-13"


def test_a_day_apart_is_a_time_zone_and_the_found_date_stands():
    page = _page('<meta name="date" content="2019-11-19">'
                 '<meta property="article:published_time" content="2019-11-20T03:00:00Z">')
    assert parse_html(page, "marlow", label="marlow.html").date == "2019-11-19"


@pytest.mark.parametrize("found, own, source", [
    # trafilatura's site name was the headline (Bloomberg's "Headline - Bloomberg" split the wrong way round)
    ("Marlow keeps its libraries open", "Dunford Post", "Dunford Post"),
    ("Marlow keeps its libraries open", "", "dunfordpost.example"),
    ("Dunford Post", "Dunford Evening Post", "Dunford Post"),  # trafilatura's own name stands
    ("dunfordpost.example", "Dunford Post", "Dunford Post"),  # a host gives way to the page's own name
    ("dunfordpost.example", "dunfordpost", "dunfordpost.example"),  # a name without a capital is a host's label
])
def test_a_headline_is_never_the_source(found, own, source):
    from lxml import html

    from quizgen.read.page_meta import site_name

    tree = html.fromstring(f'<html><head><meta name="og:site_name" value="{own}"></head><body></body></html>')
    assert site_name(found, "Marlow keeps its libraries open", tree, "www.dunfordpost.example") == source


@pytest.mark.parametrize("found, address, date", [
    # htmldate read "10/04/2016" (4 October) as 10 April; the address files the story under October
    ("2016-04-10", "https://news.example.com/story/2016/10/marlow-libraries-229079", "2016-10-04"),
    ("2016-04-10", "https://news.example.com/2016/10/21/marlow-libraries/", "2016-10-21"),  # the address's own day
    ("2016-10-04", "https://news.example.com/story/2016/10/marlow-libraries", "2016-10-04"),  # agrees: stands
    ("2016-04-10", "https://news.example.com/story/2015/10/marlow-libraries", "2016-04-10"),  # no day to read
    ("2016-04-10", "https://news.example.com/story/marlow-libraries", "2016-04-10"),  # not filed by date
])
def test_a_date_the_pages_own_address_contradicts_is_mended(found, address, date):
    from lxml import html

    from quizgen.read.page_meta import page_date

    tree = html.fromstring(_page(f'<link rel="canonical" href="{address}">'))
    assert page_date(found, tree) == date
    og = html.fromstring(_page(f'<meta property="og:url" content="{address}">'))
    assert page_date(found, og) == date


def test_a_headline_with_an_archive_note_is_never_the_source():
    # a tune page's og:title carried "(Published 2018)" and trafilatura's site name was the headline without it: the
    # source line read "(Nikki Haley to Resign …, 9 October 2018)"
    from lxml import html

    from quizgen.read.page_meta import site_name

    tree = html.fromstring('<html><head></head><body></body></html>')
    headline = "Marlow keeps its libraries open (Published 2018)"
    assert site_name("Marlow keeps its libraries open", headline, tree, "www.dunfordpost.example") \
        == "dunfordpost.example"


@pytest.mark.parametrize("title, headline", [
    ("Marlow keeps its libraries open (Published 2018)", "Marlow keeps its libraries open"),
    ("Marlow keeps its libraries open (Updated March 4, 2019)", "Marlow keeps its libraries open"),
    ("Marlow keeps its libraries open (video)", "Marlow keeps its libraries open (video)"),  # not an archive's note
])
def test_an_archive_note_is_no_part_of_the_headline(title, headline):
    body = ("<p>The city council of Marlow voted to keep its libraries open, after a long debate that ran late into "
            "the evening and drew a large crowd of residents to the town hall.</p>" * 3)
    head = f'<meta property="og:title" content="{title}"><title>{title}</title>'
    page = f"<html><head>{head}</head><body>{body}</body></html>"
    assert parse_html(page, "marlow", label="marlow.html").title == headline
