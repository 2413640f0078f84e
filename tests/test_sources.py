"""Finding and reading articles: folders, HTML pages, URLs (a real HTTP server on 127.0.0.1), stdin."""

from __future__ import annotations

import http.server
import threading
from functools import partial
from pathlib import Path

import pytest
from typer.testing import CliRunner

from quizgen.read.sources import read_article
from quizgen.cli import app
from quizgen.errors import InputError, UsageError
from quizgen.read.sources import discover, iter_articles, source_for
from tests.anki_helpers import import_apkg, open_collection, plain, rendered_cards

DATA = Path(__file__).resolve().parent / "data"
PAGE = DATA / "harbour-bridge.html"
BOILERPLATE = ("cookies", "Most read", "Subscribe", "nightmare", "tunnel", "All rights reserved", "Privacy policy",
               "Newsletter", "dataLayer", "Ferry fares")


def test_folders_are_searched_recursively_by_extension(tmp_path):
    (tmp_path / "b" / "deeper").mkdir(parents=True)
    (tmp_path / ".git").mkdir()
    for rel in ("a.txt", "b/c.md", "b/deeper/d.html", "b/deeper/e.HTM", "notes.pdf", "b/f.DOCX", "old.doc",
                "b/data.json", ".git/f.txt", ".g.txt"):
        (tmp_path / rel).write_text("x", encoding="utf-8")
    found = [s.location for s in discover([str(tmp_path)])]
    assert found == [str(tmp_path / rel) for rel in ("a.txt", "b/c.md", "b/deeper/d.html", "b/deeper/e.HTM",
                                                     "b/f.DOCX", "notes.pdf")]
    # a file named directly and again through its folder is read once; order follows the arguments
    again = discover([str(tmp_path / "b" / "c.md"), str(tmp_path)])
    assert [s.location for s in again][:2] == [str(tmp_path / "b/c.md"), str(tmp_path / "a.txt")]
    assert len(again) == 6


def test_stdin_only_once_and_urls_are_sources():
    assert source_for("https://example.org/news/bridge-reopens.html").stem == "bridge-reopens"
    assert source_for("http://example.org/").stem == "example.org"
    assert source_for("-").label == "stdin"
    with pytest.raises(UsageError, match="only once"):
        discover(["-", "-"])


def test_same_file_name_in_two_folders_gets_two_article_names(tmp_path):
    for folder in ("monday", "tuesday"):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "news.txt").write_text("Ships docked in Oslo.", encoding="utf-8")
    names = [a.name for _, a in iter_articles(discover([str(tmp_path)]))]
    assert names == ["news", "news-2"]  # names make note IDs: two articles must never share one


def test_markdown_front_matter(tmp_path):
    path = tmp_path / "note.md"
    path.write_text("---\ntitle: \"Port Strike Ends\"\ndate: 2024-08-04\ntags: [labour]\n---\n\n"
                    "Dockers in **Antwerp** returned to work on Monday.\n", encoding="utf-8")
    article = read_article(str(path))
    assert (article.title, article.date, article.text) == ("Port Strike Ends", "2024-08-04",
                                                           "Dockers in Antwerp returned to work on Monday.")


def test_saved_news_page_gives_main_text_title_and_date():
    article = read_article(str(PAGE))
    assert article.title == "Bergen harbour bridge reopens after two-year repair"
    assert article.date == "2024-03-14"
    assert article.source == "The Coastal Courier"
    assert article.name == "harbour-bridge"
    assert article.text.startswith("The Puddefjord Bridge in Bergen reopened to traffic on Thursday")
    assert article.text.rstrip().endswith("is due to finish in September 2025.")
    assert len(article.text.splitlines()) == 6  # the six paragraphs of the story, nothing else
    for noise in BOILERPLATE + (article.title,):
        assert noise not in article.text, noise


def test_html_without_article_text_is_an_input_error(tmp_path):
    path = tmp_path / "menu.html"
    path.write_text("<html><head><title>Menu</title><script>var x = 1;</script></head><body>\n</body></html>",
                    encoding="utf-8")
    with pytest.raises(InputError, match="no article text found"):
        read_article(str(path))
    path.write_text("<html><body><nav><a href='/'>Home</a></nav></body></html>", encoding="utf-8")
    result = CliRunner().invoke(app, ["build", str(path), "--out", str(path.parent / "out")])
    # a bare menu is all furniture: no article text at all
    assert result.exit_code == 3 and "no article text found" in result.stderr and not (path.parent / "out").exists()


def test_html_page_in_its_declared_charset(tmp_path):
    body = PAGE.read_text(encoding="utf-8").replace('<meta charset="utf-8">', '<meta charset="windows-1252">')
    body = body.replace("Laksevåg", "Laksevåg").replace("Marte Mjøs Persen", "Marte Mjøs Persen")
    path = tmp_path / "cp1252.html"
    path.write_bytes(body.encode("cp1252", errors="strict"))
    article = read_article(str(path))
    assert "Marte Mjøs Persen" in article.text and "Laksevåg" in article.text


def test_html_from_stdin_is_recognised(monkeypatch):
    import io
    import sys

    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(PAGE.read_bytes())))
    article = read_article("-")
    assert article.title == "Bergen harbour bridge reopens after two-year repair"
    assert "cookies" not in article.text


def test_news_page_builds_a_deck_without_boilerplate(tmp_path):
    result = CliRunner().invoke(app, ["build", str(PAGE), "--out", str(tmp_path / "out"), "--all-cards"])
    assert result.exit_code == 0, result.output
    col = open_collection(tmp_path)
    try:
        log = import_apkg(col, tmp_path / "out" / "harbour-bridge.apkg")
        cards = rendered_cards(col)
        assert len(log.new) == len(cards) >= 10
        assert {c.deck for c in cards} == {"Bergen harbour bridge reopens after two-year repair"}
        seen = " ".join(plain(c.answer_html) for c in cards)
        for noise in BOILERPLATE:
            assert noise not in seen, noise
        hidden = {h for c in cards for h in c.card.hidden}
        assert {"Bergen", "1956"} <= hidden
    finally:
        col.close()
    quiz = (tmp_path / "out" / "harbour-bridge.html").read_text(encoding="utf-8")
    assert "Bergen harbour bridge reopens after two-year repair" in quiz
    assert "cookies" not in quiz


class _Handler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):  # keep the test output clean
        pass

    def do_GET(self):
        if self.path == "/plain/story":
            body = "title: Ferry Fares\n\nSkyss raised ferry fares in Bergen by 5 percent in April 2024.\n".encode()
            self._send(200, "text/plain; charset=utf-8", body)
        elif self.path == "/latin1/page":
            page = PAGE.read_text(encoding="utf-8").replace('<meta charset="utf-8">', "")
            self._send(200, "text/html; charset=windows-1252", page.encode("cp1252"))
        elif self.path == "/latin1/text":
            self._send(200, "text/plain; charset=iso-8859-1", "Le café de Málaga ferme en mai 2024.".encode("latin-1"))
        elif self.path == "/report.pdf":
            self._send(200, "application/pdf", b"%PDF-1.4\n")
        elif self.path == "/photo.png":
            self._send(200, "image/png", b"\x89PNG\r\n")
        elif self.path == "/huge":
            self._send(200, "text/plain", b"word " * 4000)
        else:
            super().do_GET()

    def _send(self, status: int, content_type: str, body: bytes) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


@pytest.fixture(scope="module")
def server():
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), partial(_Handler, directory=str(DATA)))
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


def test_url_to_a_news_page_reads_like_the_saved_file(server):
    url = f"{server}/harbour-bridge.html"
    article = read_article(url)
    saved = read_article(str(PAGE))
    assert (article.text, article.title, article.date, article.name) == (saved.text, saved.title, saved.date,
                                                                         saved.name)
    assert article.source == url


def test_url_in_the_charset_the_server_declares(server):
    page = read_article(f"{server}/latin1/page")
    assert "Marte Mjøs Persen" in page.text and "Laksevåg" in page.text
    assert read_article(f"{server}/latin1/text").text == "Le café de Málaga ferme en mai 2024."


def test_url_to_plain_text(server):
    article = read_article(f"{server}/plain/story")
    assert (article.title, article.name) == ("Ferry Fares", "story")
    assert article.text.startswith("Skyss raised ferry fares")


@pytest.mark.parametrize("path, message", [
    ("/missing.html", "the server answered 404 File not found"),
    ("/photo.png", "not a web page or text (image/png)"),
    ("/report.pdf", "cannot read this PDF"),
    ("/huge", "larger than the 1,000-byte limit"),
])
def test_url_failures_are_one_line_errors(server, path, message):
    with pytest.raises(InputError, match=message.replace("(", r"\(").replace(")", r"\)")) as caught:
        read_article(f"{server}{path}", max_bytes=1000)
    assert "\n" not in str(caught.value) and str(caught.value).startswith(f"{server}{path}: ")


def test_build_from_a_url_and_files_together(server, tmp_path):
    story = tmp_path / "oslo.txt"
    story.write_text("The mayor of Oslo, Anna Berg, opened 3 new libraries in May 2023.\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["build", f"{server}/harbour-bridge.html", str(story), "--out",
                                      str(tmp_path / "out"), "--deck", "News"])
    assert result.exit_code == 0, result.output
    col = open_collection(tmp_path)
    try:
        import_apkg(col, tmp_path / "out" / "quizgen.apkg")
        decks = {c.deck for c in rendered_cards(col)}
    finally:
        col.close()
    assert decks == {"News::Bergen harbour bridge reopens after two-year repair", "News::Oslo"}


def test_facts_reads_a_news_page_and_takes_one_article(tmp_path):
    shown = CliRunner().invoke(app, ["facts", str(PAGE), "--json"])
    assert shown.exit_code == 0, shown.stderr
    assert '"title": "Bergen harbour bridge reopens after two-year repair"' in shown.stdout
    (tmp_path / "a.txt").write_text("Ships docked in Oslo.", encoding="utf-8")
    (tmp_path / "b.txt").write_text("Ships docked in Bergen.", encoding="utf-8")
    result = CliRunner().invoke(app, ["facts", str(tmp_path)])
    assert result.exit_code == 2
    assert result.stderr.strip() == f"quizgen: error: {tmp_path}: holds 2 articles; `facts` takes one article"



@pytest.mark.parametrize("sitename, host, source", [
    ("Hosted", "hosted.ap.org", "AP"),  # trafilatura's fallback was the subdomain: "From Hosted" (a fresh page)
    ("Nj", "nj.com", "NJ"),  # a short name is initials: "From Nj" (a fresh page)
    ("Express", "www.express.co.uk", "Express"),
    ("PolitiFact", "politifact.com", "PolitiFact"),  # the page's own name
    ("cricket.com.au", "cricket.com.au", "cricket.com.au"),  # the host as trafilatura gave it: a name readers know
    # the name without its slogan or address (fresh pages: "From WSVN 7News | Miami News, Weather, Sports | …")
    ("The Tico Times | Costa Rica News | Travel | Real Estate", "ticotimes.net", "The Tico Times"),
    ("Fox News - Breaking News", "foxnews.com", "Fox News"),
    ("Belize News and Opinion on www.breakingbelizenews.com", "breakingbelizenews.com", "Belize News and Opinion"),
    ("Pittsburgh Post-Gazette", "post-gazette.com", "Pittsburgh Post-Gazette"),  # a hyphen inside a name stays
])
def test_a_page_without_its_own_name_is_named_by_its_domain(sitename, host, source):
    from quizgen.read.html import outlet_name

    assert outlet_name(sitename, host) == source


@pytest.mark.parametrize("found, page, title", [
    # a publishing system's name in the page's JSON-LD headline (a fresh page: "From “escenic”")
    ("escenic", '<meta property="og:title" content="Plumber jailed after boiler  ">', "Plumber jailed after boiler"),
    ("escenic", "<h1>Plumber jailed after boiler</h1>", "Plumber jailed after boiler"),
    ("escenic", "<h1>Home</h1>", "escenic"),  # nothing better on the page
    ("Brexit", "<h1>Plumber jailed after boiler</h1>", "Brexit"),  # a one-word headline, capitalised, is a headline
    ("Plumber jailed", "<h1>Something else entirely</h1>", "Plumber jailed"),
])
def test_a_title_that_is_one_lower_case_word_gives_way_to_the_pages_headline(found, page, title):
    from lxml import html

    from quizgen.read.html import headline_of

    assert headline_of(found, html.fromstring(f"<html><head></head><body>{page}<p>Text.</p></body></html>")) == title


OPENING = "Stocks rose to records on Tuesday as bonds gained on hopes of stimulus from the European Central Bank."


@pytest.mark.parametrize("found, page, title", [
    ("Stocks Rise to Records", "<h1>Menu</h1>", "Stocks Rise to Records"),  # the article's own headline
    # a logo's or a form's text (postlight's pages: "POLITICO Politico Logo", "Get Slate in your inbox.")
    ("Get Slate in your inbox.", "<h1>MENU</h1><h1>U.S. Stocks Rise to Records</h1>", "U.S. Stocks Rise to Records"),
    ("Get Slate in your inbox.", "<h1>Bank Daily</h1>", "Get Slate in your inbox."),  # shares one word
    ("Join the Discussion Cancel reply", '<meta property="og:title" content="Bonds gained on stimulus hopes">',
     "Bonds gained on stimulus hopes"),
    # a headline that shares no word with the opening stays when the page has none that shares two (a fresh page:
    # "Two more gunned down" against the <h1> "The Tribune")
    ("Two more gunned down", "<h1>The Bank Tribune</h1>", "Two more gunned down"),
    ("escenic", "<h1>Home page</h1>", ""),  # one lower-case word is no title
    # a widget's prompt is no title, though the article shares its words (a fresh page's cards read 'From "Follow
    # us on Twitter"', 4 of 5 rated fixable for it)
    ("Follow us on stocks", "<h1>Menu</h1><h1>Bonds gained on stimulus hopes</h1>", "Bonds gained on stimulus hopes"),
    ("Follow us on stocks", "<h1>Menu</h1>", ""),
])
def test_a_title_sharing_no_word_with_the_article_gives_way_to_one_that_does(found, page, title):
    from lxml import html

    from quizgen.read.html import headline_of

    tree = html.fromstring(f"<html><head></head><body>{page}<p>{OPENING}</p></body></html>")
    assert headline_of(found, tree, OPENING) == title


DATELINE_OPENING = "Bonds gained on hopes of stimulus, Velmpost reported on Tuesday, as stocks rose to records."


@pytest.mark.parametrize("found, page, title", [
    # the outlet's logo text is no headline, though the article names its outlet (a stop-52 rater: 'the source
    # title "POLITICO Politico Logo" is garbage'); the headline may sit in an og:title given by name and value
    ("VELMPOST Velmpost Logo", '<meta name="og:title" value="Bonds gained on stimulus hopes">',
     "Bonds gained on stimulus hopes"),
    ("VELMPOST Velmpost Logo", "<h1>Menu</h1>", ""),
    # a headline naming the outlet among its own words stays
    ("Velmpost poll: bonds gained on stimulus", "<h1>Menu</h1>", "Velmpost poll: bonds gained on stimulus"),
])
def test_a_title_of_the_outlets_name_is_no_headline(found, page, title):
    from lxml import html

    from quizgen.read.html import headline_of

    tree = html.fromstring(f"<html><head>{page}</head><body><p>{DATELINE_OPENING}</p></body></html>")
    assert headline_of(found, tree, DATELINE_OPENING, site="Velmpost velmpost.com") == title


_MARLOW = ("<p>The city council of Marlow voted on a new budget for its three public libraries, after a long debate that "
           "ran late into the evening and drew a large crowd of residents to the town hall.</p><p>The plan keeps every "
           "branch open on Saturdays and adds two full-time librarians, the council said, while the mayor promised to "
           "review the opening hours again before the end of the year.</p>")


@pytest.mark.parametrize("head, source", [
    # the page's own name in a value attribute, which trafilatura does not read: its host was the source
    ('<title>Marlow keeps its libraries open</title><meta name="og:site_name" value="Dunford Post">', "Dunford Post"),
    # a name that is no name of the host (a section's "U.S." on reuters.com): the host stays
    ('<title>Marlow keeps its libraries open</title><meta name="og:site_name" value="Libraries">',
     "dunfordpost.example"),
    ("<title>Marlow keeps its libraries open</title>", "dunfordpost.example"),
    ('<title>Marlow keeps its libraries open</title><meta property="og:site_name" content="Dunford Post">',
     "Dunford Post"),
])
def test_the_source_is_never_the_headline(head, source):
    from quizgen.read.html import parse_html

    page = (f'<html><head>{head}<link rel="canonical" href="https://www.dunfordpost.example/marlow"></head><body>'
            f"<article><h1>Marlow keeps its libraries open</h1>{_MARLOW}</article></body></html>")
    article = parse_html(page, "marlow", label="marlow.html", url="")
    assert article.title == "Marlow keeps its libraries open"
    assert article.source == source
