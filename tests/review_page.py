"""Helpers for the review page's tests: a review of an article served in a background thread, raw HTTP requests
that set any header, and real headless Chromium driven by Playwright (Debian's ``chromium``, never a download)."""

from __future__ import annotations

import http.client
import json
import shutil
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from quizgen.run.review_server import ReviewServer
from quizgen.run.review_session import ReviewSession, open_review

CHROMIUM = shutil.which("chromium")
try:
    import playwright.sync_api  # noqa: F401
    HAVE_PLAYWRIGHT = True
except ImportError:  # pragma: no cover - the test extra installs it
    HAVE_PLAYWRIGHT = False
needs_browser = pytest.mark.skipif(CHROMIUM is None or not HAVE_PLAYWRIGHT,
                                   reason="needs Debian's chromium and playwright (pip install -e '.[test]')")


@contextmanager
def served(session: ReviewSession) -> Iterator[ReviewServer]:
    server = ReviewServer(session)
    server.start()
    try:
        yield server
    finally:
        server.shutdown()
        server.server_close()


def review_of(paths: list[str], folder: Path, nlp) -> ReviewSession:
    session, _ = open_review(paths, folder / "out", folder / "questions.json", nlp=nlp)
    return session


def request(server: ReviewServer, method: str, path: str, body: bytes | None = None,
            headers: dict[str, str] | None = None, send_body: bool = True) -> tuple[int, bytes]:
    """One raw request; ``path`` is used as given (token or not). Headers default to a same-origin page's."""
    parts = urlsplit(server.url)
    conn = http.client.HTTPConnection(parts.hostname, parts.port, timeout=10)
    try:
        conn.putrequest(method, path, skip_host=True, skip_accept_encoding=True)
        wanted = {"Host": parts.netloc}
        if method == "POST":
            wanted.update({"Origin": f"http://{parts.netloc}", "Content-Type": "application/json",
                           "Content-Length": str(len(body or b""))})
        wanted.update(headers or {})
        for name, value in wanted.items():
            if value is not None:
                conn.putheader(name, value)
        conn.endheaders()
        if body and send_body:
            conn.send(body)
        response = conn.getresponse()
        return response.status, response.read()
    finally:
        conn.close()


def post(server: ReviewServer, action: str, data: dict, **options) -> tuple[int, dict]:
    status, body = request(server, "POST", f"{urlsplit(server.url).path}api/{action}", json.dumps(data).encode(),
                           **options)
    return status, json.loads(body or b"{}")


@contextmanager
def browser_page(viewport: tuple[int, int] = (1400, 900)):
    """A fresh headless Chromium (its own profile) and one page."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as driver, tempfile.TemporaryDirectory(prefix="quizgen-pw-") as profile:
        context = driver.chromium.launch_persistent_context(
            profile, executable_path=CHROMIUM, headless=True,
            args=["--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
                  "--disable-component-update", "--disable-sync"],
            viewport={"width": viewport[0], "height": viewport[1]})
        try:
            page = context.new_page()
            yield page
        finally:
            context.close()
