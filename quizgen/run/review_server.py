"""The review page's server: the standard library's ``http.server`` on the loopback interface.

Safe by default, because any web page the teacher visits could try to reach it: it binds to 127.0.0.1 only;
every request must carry the random token in its path (``/TOKEN/…``); the Host header must name this server
(a DNS-rebinding page sends its own host name); a request sent from another origin (``Origin``,
``Sec-Fetch-Site``) is refused, and a change must come from this page (POST with this origin and a JSON body,
which no cross-origin form can send without a preflight it never gets); bodies over ``MAX_BODY`` bytes are
refused unread. The page is served with a Content-Security-Policy that runs only its own script.
"""

from __future__ import annotations

import hmac
import json
import secrets
import threading
from collections.abc import Callable
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import jinja2

from quizgen.errors import OutputError, QuizgenError
from quizgen.export import FORMATS
from quizgen.export.quiz import KIND_HEADINGS, FormItem
from quizgen.export.templating import environment, template_dirs
from quizgen.questions.model import QuestionKind
from quizgen.run.review_session import ArticleReview, Card, ReviewSession, UnknownId

LOOPBACK = "127.0.0.1"
MAX_BODY = 64 * 1024  # the largest change the page sends is one card's text
PAGE = "review.html.j2"
STATIC = {"review.js": "text/javascript; charset=utf-8", "review.css": "text/css; charset=utf-8"}
CSP = ("default-src 'none'; script-src 'self'; style-src-elem 'self'; style-src-attr 'unsafe-inline'; "
       "connect-src 'self'; img-src 'self'; form-action 'none'; frame-ancestors 'none'; base-uri 'none'")
KIND_NAMES = {QuestionKind.CLOZE: "fill in the blank", QuestionKind.SHORT_ANSWER: "short answer",
              QuestionKind.MULTIPLE_CHOICE: "multiple choice", QuestionKind.TRUE_FALSE: "true or false"}


class Refused(Exception):
    """A request the server will not act on: its status and a short reason."""

    def __init__(self, status: HTTPStatus, reason: str) -> None:
        super().__init__(reason)
        self.status = status


class Renderer:
    """The page and its fragments (cards, quiz panels) from ``templates/`` (Jinja, autoescape on)."""

    def __init__(self, session: ReviewSession) -> None:
        self.session = session
        self.env = environment(None)

    def _template(self, name: str) -> jinja2.Template:
        return self.env.get_template(name)

    def context(self) -> dict[str, Any]:
        return dict(session=self.session, formats=list(FORMATS), kind_names=KIND_NAMES, headings=KIND_HEADINGS,
                    quiz_item=_quiz_item, anki=_anki_view, sentence_cards=_sentence_cards,
                    quiz_numbers=_quiz_numbers, segments=_segments)

    def page(self) -> str:
        return self._template(PAGE).render(**self.context())

    def card(self, review: ArticleReview, card: Card) -> str:
        return self._template("review_card.html.j2").render(review=review, card=card,
                                                             numbers=_quiz_numbers(review), **self.context())

    def edit_form(self, review: ArticleReview, card: Card) -> str:
        return self._template("review_edit.html.j2").render(review=review, card=card)

    def quiz(self, review: ArticleReview) -> str:
        return self._template("review_quiz.html.j2").render(review=review, numbers=_quiz_numbers(review),
                                                             **self.context())


def _quiz_item(card: Card, number: int) -> FormItem:
    """The card as the printed quiz's question template takes it (options in stored order)."""
    return FormItem(number=number, question=card.question, article_title="", choices=card.question.choices,
                    points=1)


def _anki_view(card: Card) -> dict[str, Any]:
    """What Anki shows: front (the blank as ``[...]``) and back (the hidden words marked), as plain parts."""
    question = card.question
    before, hidden, after = question.parts()
    return {"cloze": question.kind is QuestionKind.CLOZE, "before": before, "hidden": hidden, "after": after,
            "gap": question.blank is not None}


def _quiz_numbers(review: ArticleReview) -> dict[str, int]:
    """Each quiz card's number as a single printed form numbers it (sections in print order)."""
    cards = [card for _, section in review.quiz_sections() for card in section]
    return {card.question.key: n for n, card in enumerate(cards, 1)}


def _segments(review: ArticleReview) -> list[tuple[int | None, str]]:
    """The article's text in pieces: each sentence with its index, the text between them with None."""
    text, parts, at = review.article.text, [], 0
    for index, (start, end) in enumerate(review.sentences):
        if start > at:
            parts.append((None, text[at:start]))
        parts.append((index, text[start:end]))
        at = end
    if at < len(text):
        parts.append((None, text[at:]))
    return parts


def _sentence_cards(review: ArticleReview) -> dict[int, int]:
    """How many kept cards ask each sentence (the article pane marks them)."""
    counts: dict[int, int] = {}
    for card in review.cards.values():
        if card.in_deck:
            index = card.question.fact.sentence_index
            counts[index] = counts.get(index, 0) + 1
    return counts


def _static(name: str) -> bytes:
    for folder in template_dirs():
        path = folder / name
        if path.is_file():
            return path.read_bytes()
    raise Refused(HTTPStatus.NOT_FOUND, "not found")


class ReviewServer(ThreadingHTTPServer):
    """The review page on ``127.0.0.1`` (port 0: a free one) behind a random token."""

    daemon_threads = True

    def __init__(self, session: ReviewSession, port: int = 0) -> None:
        self.session = session
        self.renderer = Renderer(session)
        self.token = secrets.token_urlsafe(24)
        super().__init__((LOOPBACK, port), _Handler)
        self.port = self.server_address[1]
        self.hosts = {f"{LOOPBACK}:{self.port}", f"localhost:{self.port}"}
        self.origins = {f"http://{host}" for host in self.hosts}

    @property
    def url(self) -> str:
        return f"http://{LOOPBACK}:{self.port}/{self.token}/"

    def start(self) -> threading.Thread:
        """Serve in a background thread (tests, scripts); ``shutdown()`` stops it."""
        thread = threading.Thread(target=self.serve_forever, name="quizgen-review", daemon=True)
        thread.start()
        return thread


class _Handler(BaseHTTPRequestHandler):
    server: ReviewServer
    server_version = "quizgen"
    sys_version = ""

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 - the base class's name
        pass  # the terminal shows the URL and errors, not every request

    def do_GET(self) -> None:  # noqa: N802 - http.server's naming
        self._respond(self._get)

    def do_HEAD(self) -> None:  # noqa: N802
        self._respond(self._get, body=False)

    def do_POST(self) -> None:  # noqa: N802
        self._respond(self._post)

    def _refuse_other(self) -> None:
        self._send(HTTPStatus.METHOD_NOT_ALLOWED, b"method not allowed", "text/plain; charset=utf-8")

    do_PUT = do_DELETE = do_PATCH = do_OPTIONS = _refuse_other  # noqa: N815

    # checks every request passes

    def _route(self) -> str:
        """The path after the token, once the request has passed every check that does not need a body."""
        server = self.server
        if self.headers.get("Host", "") not in server.hosts:
            raise Refused(HTTPStatus.FORBIDDEN, "wrong host")
        origin = self.headers.get("Origin")
        if origin is not None and origin not in server.origins:
            raise Refused(HTTPStatus.FORBIDDEN, "cross-origin request refused")
        if self.headers.get("Sec-Fetch-Site", "same-origin") not in ("same-origin", "none"):
            raise Refused(HTTPStatus.FORBIDDEN, "cross-site request refused")
        parts = (self.path.split("?", 1)[0] + "/").split("/", 2)  # "", token, the rest and a "/"
        token = parts[1] if len(parts) == 3 and parts[0] == "" else ""
        if not hmac.compare_digest(token.encode(), server.token.encode()):
            raise Refused(HTTPStatus.FORBIDDEN, "missing or wrong token")
        return parts[2][:-1]

    def _body(self) -> Any:
        if self.headers.get("Origin") not in self.server.origins:
            raise Refused(HTTPStatus.FORBIDDEN, "a change must come from the review page")
        if self.headers.get("Content-Type", "").split(";")[0].strip().lower() != "application/json":
            raise Refused(HTTPStatus.UNSUPPORTED_MEDIA_TYPE, "expected JSON")
        if self.headers.get("Transfer-Encoding"):
            raise Refused(HTTPStatus.LENGTH_REQUIRED, "a body must give its length")
        length = self.headers.get("Content-Length", "")
        if not length.isdigit():
            raise Refused(HTTPStatus.LENGTH_REQUIRED, "a body must give its length")
        if int(length) > MAX_BODY:
            raise Refused(HTTPStatus.REQUEST_ENTITY_TOO_LARGE, f"body over {MAX_BODY:,} bytes")
        try:
            data = json.loads(self.rfile.read(int(length)) or b"null")
        except (ValueError, UnicodeDecodeError):
            raise Refused(HTTPStatus.BAD_REQUEST, "not valid JSON") from None
        if not isinstance(data, dict):
            raise Refused(HTTPStatus.BAD_REQUEST, "expected a JSON object")
        return data

    # answers

    def _get(self, route: str) -> tuple[HTTPStatus, bytes, str]:
        if route == "" and not self.path.split("?", 1)[0].endswith("/"):
            raise Refused(HTTPStatus.NOT_FOUND, "not found: the page's address ends with a slash")
        if route == "":
            with self.server.session.lock:
                return HTTPStatus.OK, self.server.renderer.page().encode("utf-8"), "text/html; charset=utf-8"
        if route in STATIC:
            return HTTPStatus.OK, _static(route), STATIC[route]
        raise Refused(HTTPStatus.NOT_FOUND, "not found")

    def _post(self, route: str) -> tuple[HTTPStatus, bytes, str]:
        action = ACTIONS.get(route.removeprefix("api/")) if route.startswith("api/") else None
        if action is None:
            raise Refused(HTTPStatus.NOT_FOUND, "not found")
        data = self._body()
        session = self.server.session
        with session.lock:
            try:
                reply = action(session, self.server.renderer, data)
                if route.removeprefix("api/") in CHANGES:
                    session.save()
                    reply.setdefault("message", f"saved {session.path}")
            except UnknownId as err:
                raise Refused(HTTPStatus.NOT_FOUND, str(err)) from None
            except QuizgenError as err:
                return HTTPStatus.BAD_REQUEST, _json({"error": str(err)}), "application/json"
        return HTTPStatus.OK, _json(reply), "application/json"

    def _respond(self, handler: Callable[[str], tuple[HTTPStatus, bytes, str]], body: bool = True) -> None:
        try:
            status, payload, kind = handler(self._route())
        except Refused as refused:
            status, payload, kind = refused.status, _json({"error": str(refused)}), "application/json"
            self.close_connection = True  # an unread body must not be taken for the next request
        self._send(status, payload if body else b"", kind, len(payload))

    def _send(self, status: HTTPStatus, payload: bytes, kind: str, length: int | None = None) -> None:
        self.send_response(status)
        self.send_header("Content-Type", kind)
        self.send_header("Content-Length", str(len(payload) if length is None else length))
        self.send_header("Cache-Control", "no-store")
        self.send_header("Content-Security-Policy", CSP)
        self.send_header("X-Content-Type-Options", "nosniff")
        self.send_header("Referrer-Policy", "no-referrer")
        self.send_header("Cross-Origin-Resource-Policy", "same-origin")
        self.end_headers()
        if payload:
            self.wfile.write(payload)


def _json(data: Any) -> bytes:
    return json.dumps(data, ensure_ascii=False).encode("utf-8")


# the page's actions: each changes the session and answers with the fragments to redraw

def _cards(renderer: Renderer, review: ArticleReview, keys: list[str]) -> dict[str, Any]:
    return {"article": review.article.name, "cards": {k: renderer.card(review, review.cards[k]) for k in keys},
            "quiz": renderer.quiz(review)}


def _deck(session: ReviewSession, renderer: Renderer, data: dict[str, Any]) -> dict[str, Any]:
    session.set_deck(data.get("article"), data.get("key"), data.get("keep") is True)
    return _cards(renderer, session.article(data["article"]), [data["key"]])


def _quiz(session: ReviewSession, renderer: Renderer, data: dict[str, Any]) -> dict[str, Any]:
    session.set_quiz(data.get("article"), data.get("key"), data.get("on") is True)
    return _cards(renderer, session.article(data["article"]), [data["key"]])


def _move(session: ReviewSession, renderer: Renderer, data: dict[str, Any]) -> dict[str, Any]:
    session.move(data.get("article"), data.get("key"), -1 if data.get("step") == -1 else 1)
    return _cards(renderer, session.article(data["article"]), [])


def _edit(session: ReviewSession, renderer: Renderer, data: dict[str, Any]) -> dict[str, Any]:
    offers = session.edit(data.get("article"), data.get("key"), data.get("prompt"), data.get("answer"),
                          data.get("choices"))
    reply = _cards(renderer, session.article(data["article"]), [data["key"]])
    reply["offers"] = offers
    return reply


def _fix(session: ReviewSession, renderer: Renderer, data: dict[str, Any]) -> dict[str, Any]:
    changed = session.apply_fix(data.get("article"), data.get("keys"), data.get("old"), data.get("new"))
    return _cards(renderer, session.article(data["article"]), changed)


def _add(session: ReviewSession, renderer: Renderer, data: dict[str, Any]) -> dict[str, Any]:
    key = session.add_cloze(data.get("article"), data.get("sentence"), data.get("start"), data.get("end"))
    return {**_cards(renderer, session.article(data["article"]), [key]), "added": key}


def _form(session: ReviewSession, renderer: Renderer, data: dict[str, Any]) -> dict[str, Any]:
    review = session.article(data.get("article"))
    return {"form": renderer.edit_form(review, review.card(data.get("key")))}


def _settings(session: ReviewSession, renderer: Renderer, data: dict[str, Any]) -> dict[str, Any]:
    session.update_settings(data.get("settings"))
    return {}


def _export(session: ReviewSession, renderer: Renderer, data: dict[str, Any]) -> dict[str, Any]:
    written = session.export()
    return {"written": [str(p) for p in written], "message": "wrote " + ", ".join(str(p) for p in
                                                                                [session.path, *written])}


ACTIONS: dict[str, Callable[[ReviewSession, Renderer, dict[str, Any]], dict[str, Any]]] = {
    "deck": _deck, "quiz": _quiz, "move": _move, "edit": _edit, "fix": _fix, "add": _add, "settings": _settings,
    "export": _export, "form": _form,
}
CHANGES = frozenset({"deck", "quiz", "move", "edit", "fix", "add", "settings"})  # each saves the questions file


def serve(session: ReviewSession, port: int = 0, on_ready: Callable[[str], None] | None = None) -> None:
    """Serve the review until interrupted (Ctrl+C); ``on_ready`` gets the page's URL once it answers."""
    try:
        server = ReviewServer(session, port)
    except OSError as exc:
        raise OutputError(f"cannot serve the review page on {LOOPBACK}:{port} ({exc.strerror or exc})") from None
    try:
        if on_ready is not None:
            on_ready(server.url)
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()


