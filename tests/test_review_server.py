"""The review server is safe by default: loopback only, the token on every request, no other origin or host, no
oversized body, no unknown id, article text escaped. Each rule has a request here that it refuses."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import urllib.request
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from quizgen.run.review_server import MAX_BODY
from tests.conftest import ROOT, SEED
from tests.review_page import browser_page, needs_browser, post, request, review_of, served

HOSTILE = ('Hostile <b>news</b>\n\nThe mayor of Oslo, Anna Berg, opened 3 new libraries in May 2023 '
           '<script>window.pwned = 1</script> <img src=x onerror="window.pwned = 2">.\nDockers in Antwerp returned '
           'to work on Monday after a strike that lasted 12 days.\n')


@pytest.fixture(scope="module")
def seed_session(nlp, tmp_path_factory):
    return review_of([str(SEED)], tmp_path_factory.mktemp("review"), nlp)


@pytest.fixture
def server(seed_session):
    with served(seed_session) as running:
        yield running


def _path(server, rest: str = "") -> str:
    return urlsplit(server.url).path + rest


def _a_card(server) -> tuple[str, str]:
    (review,) = server.session.articles.values()
    return review.article.name, next(iter(review.cards))


def test_binds_to_loopback_only(server):
    assert server.server_address[0] == "127.0.0.1"
    assert re.fullmatch(r"http://127\.0\.0\.1:\d+/[A-Za-z0-9_-]{32}/", server.url)


@pytest.mark.parametrize("method, path, headers, status", [
    ("GET", "{page}", {}, 200),  # the page itself, as the browser asks for it
    ("GET", "{page}review.js", {}, 200),
    ("GET", "/", {}, 403),  # no token
    ("GET", "/review.js", {}, 403),
    ("GET", "/{wrong}/", {}, 403),  # a wrong token of the same length
    ("GET", "/{short}/", {}, 403),  # the token's first half
    ("GET", "{page}", {"Host": "evil.example:80"}, 403),  # DNS rebinding: the attacker's host name
    ("GET", "{page}", {"Host": None}, 403),
    ("GET", "{page}", {"Origin": "http://evil.example"}, 403),
    ("GET", "{page}", {"Sec-Fetch-Site": "cross-site"}, 403),
    ("GET", "{page}", {"Sec-Fetch-Site": "same-site"}, 403),
    ("GET", "{page}nothing-here", {}, 404),
    ("DELETE", "{page}", {}, 405),
])
def test_every_request_is_checked(server, method, path, headers, status):
    token = server.token
    wrong = token[:-1] + ("A" if token[-1] != "A" else "B")
    target = path.format(page=_path(server), wrong=wrong, short=token[:16])
    got, body = request(server, method, target, headers=headers)
    assert got == status, body
    if status != 200:
        assert b"North Korea" not in body and b"<script" not in body


@pytest.mark.parametrize("headers, status", [
    ({}, 200),
    ({"Origin": "http://evil.example"}, 403),  # a page elsewhere posting to the review
    ({"Origin": None}, 403),  # a change must say it comes from the page
    ({"Origin": "null"}, 403),  # a sandboxed frame or a file:// page
    ({"Sec-Fetch-Site": "cross-site"}, 403),
    ({"Content-Type": "text/plain"}, 415),  # what a cross-origin form could send without asking first
    ({"Content-Type": "application/x-www-form-urlencoded"}, 415),
])
def test_changes_come_only_from_the_page(server, headers, status):
    article, key = _a_card(server)
    got, reply = post(server, "quiz", {"article": article, "key": key, "on": True}, headers=headers)
    assert got == status, reply


def test_an_oversized_body_is_refused_unread(server):
    article, key = _a_card(server)
    big = json.dumps({"article": article, "key": key, "prompt": "x" * MAX_BODY, "answer": "y"}).encode()
    got, body = request(server, "POST", _path(server, "api/edit"), big, send_body=False)
    assert got == 413 and b"body over" in body
    got, body = request(server, "POST", _path(server, "api/edit"), b"{}",
                        headers={"Content-Length": None, "Transfer-Encoding": "chunked"})
    assert got == 411
    assert server.session.articles[article].cards[key].question.prompt != "x" * MAX_BODY


@pytest.mark.parametrize("action, data, status", [
    ("deck", {"article": "no-such-article", "key": "k", "keep": False}, 404),
    ("deck", {"article": "{article}", "key": "no|such|card", "keep": False}, 404),
    ("deck", {"article": "{article}", "key": ["not", "a", "key"], "keep": False}, 404),
    ("move", {"article": "{article}", "key": "no|such|card", "step": 1}, 404),
    ("add", {"article": "{article}", "sentence": 999, "start": 0, "end": 3}, 404),
    ("form", {"article": "{article}", "key": "no|such|card"}, 404),
    ("no-such-action", {}, 404),
    ("edit", {"article": "{article}", "key": "{key}", "prompt": "", "answer": "x"}, 400),
    ("settings", {"settings": {"versions": 99}}, 400),
    ("settings", {"settings": {"formats": ["exe"]}}, 400),
    ("settings", {"settings": {"name": "../../etc/passwd"}}, 400),
])
def test_unknown_ids_and_bad_values_are_refused(server, action, data, status):
    article, key = _a_card(server)
    body = json.loads(json.dumps(data).replace("{article}", article).replace("{key}", key))
    before = server.session.document()
    got, reply = post(server, action, body)
    assert got == status and reply["error"], reply
    assert server.session.document() == before  # nothing changed


def test_a_body_that_is_not_a_json_object_is_refused(server):
    for body in (b"[1, 2]", b"{not json", b"\xff\xfe"):
        got, _ = request(server, "POST", _path(server, "api/deck"), body)
        assert got == 400


def test_every_answer_carries_the_safety_headers(server):
    with urllib.request.urlopen(server.url, timeout=10) as response:
        headers = response.headers
    assert "script-src 'self'" in headers["Content-Security-Policy"]
    assert "frame-ancestors 'none'" in headers["Content-Security-Policy"]
    assert headers["X-Content-Type-Options"] == "nosniff" and headers["Referrer-Policy"] == "no-referrer"


def _hostile_session(nlp, tmp_path):
    article = tmp_path / "hostile.txt"
    article.write_text(HOSTILE, encoding="utf-8")
    return review_of([str(article)], tmp_path, nlp)


def test_article_text_is_escaped_in_the_page(nlp, tmp_path):
    session = _hostile_session(nlp, tmp_path)
    with served(session) as server:
        got, page = request(server, "GET", _path(server))
    text = page.decode("utf-8")
    assert got == 200 and "&lt;script&gt;window.pwned = 1&lt;/script&gt;" in text
    assert "<script>window" not in text and "<img src=x" not in text and "<b>news" not in text
    assert text.count("<script") == 1  # the page's own, from its own address


@needs_browser
def test_article_text_never_runs_in_the_browser(nlp, tmp_path):
    session = _hostile_session(nlp, tmp_path)
    with served(session) as server, browser_page() as page:
        page.goto(server.url)
        assert page.locator(".article-text").inner_text().count("<script>window.pwned = 1</script>") == 1
        assert page.evaluate("() => window.pwned === undefined")
        assert page.locator(".article-text img").count() == 0


def test_the_command_prints_the_page_and_serves_a_questions_file(nlp, tmp_path):
    """`quizgen review FILE.json --no-browser` as a child process: it prints the address; the page answers with the
    token and refuses without it. A questions file needs no spaCy model."""
    from quizgen.run.build import write_questions_file

    questions = tmp_path / "q.json"
    write_questions_file([str(SEED)], questions, nlp=nlp)
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    child = subprocess.Popen([sys.executable, "-m", "quizgen", "review", str(questions), "--no-browser",
                              "--out", str(tmp_path / "out")], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                             text=True, env=env, cwd=tmp_path)
    try:
        line = child.stdout.readline()
        url = re.search(r"http://127\.0\.0\.1:\d+/\S+/", line)
        assert url, line + child.stderr.read()
        with urllib.request.urlopen(url.group(0), timeout=10) as response:
            assert response.status == 200 and b"North Korea Launchers" in response.read()
        bare = f"http://{urlsplit(url.group(0)).netloc}/"
        with pytest.raises(urllib.error.HTTPError) as refused:
            urllib.request.urlopen(bare, timeout=10)
        assert refused.value.code == 403
    finally:
        child.terminate()
        child.wait(timeout=10)


def test_an_earlier_review_is_not_overwritten(nlp, tmp_path):
    from quizgen.errors import UsageError

    first = review_of([str(SEED)], tmp_path, nlp)
    first.save()
    with pytest.raises(UsageError, match="exists.*quizgen review"):
        review_of([str(SEED)], tmp_path, nlp)
    assert Path(first.path).exists()


def test_a_port_in_use_is_one_error_line(seed_session):
    import socket

    from quizgen.errors import OutputError
    from quizgen.run.review_server import serve

    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        with pytest.raises(OutputError, match=f"cannot serve the review page on 127.0.0.1:{port}"):
            serve(seed_session, port)
