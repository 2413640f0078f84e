"""Anki exporter: questions → genanki notes in our own, frozen note types → ``.apkg``."""

from __future__ import annotations

import hashlib
import html
import itertools
import json
import os
import re
import sqlite3
import tempfile
import time
import zipfile
from collections.abc import Iterable, Sequence
from pathlib import Path

import genanki
from genanki.apkg_col import APKG_COL
from genanki.apkg_schema import APKG_SCHEMA

from quizgen.export import ExportSettings
from quizgen.questions.model import ArticleResult
from quizgen.questions.model import Question, QuestionKind
from quizgen.questions.story_line import line_for, story_line

# Hard-coded forever: Anki recognises our note types by these IDs. Fields are frozen too (adding one
# later makes Anki fork the note type), so every type carries all the fields it will ever need.
SUFFIX = ".apkg"
CLOZE_MODEL_ID = 1718245601
QA_MODEL_ID = 1718245602
CHOICE_MODEL_ID = 1718245603
GUID_NAMESPACE = "quizgen"
# a collection of more notes is written through a scratch file, not held in memory twice (the
# database and its serialised copy): memory stays flat on a thousand-article deck
IN_MEMORY_NOTES = 2_000
_CLOZE_OK = re.compile(r"\{\{c\d+::[^}]+")

CSS = """
.card { font-family: Georgia, 'Times New Roman', serif; font-size: 20px; line-height: 1.45;
        color: #111; background: #fff; text-align: left; max-width: 40em; margin: 0 auto; }
.cloze { font-weight: bold; color: #0b4f9c; }
.nightMode .cloze { color: #8cc4ff; }
.answer { font-weight: bold; margin-top: .5em; }
.extra { margin-top: .8em; color: #444; }
.context { margin-top: .6em; font-size: 14px; color: #666; }
.source { margin-top: 1.2em; font-size: 14px; color: #666; border-top: 1px solid #ddd; padding-top: .4em; }
.choices ol { list-style-type: upper-alpha; }
.reveal .correct { font-weight: bold; }
.reveal .correct::after { content: " \\2714"; }
"""
_BACK_EXTRAS = '{{#Extra}}<div class="extra">{{Extra}}</div>{{/Extra}}<div class="source">{{Source}}</div>'

CLOZE_MODEL = genanki.Model(
    CLOZE_MODEL_ID,
    "quizgen Cloze",
    fields=[{"name": "Text"}, {"name": "Extra"}, {"name": "Source"}],
    templates=[{
        "name": "Cloze",
        "qfmt": '<div class="text">{{cloze:Text}}</div>',
        "afmt": '<div class="text">{{cloze:Text}}</div>' + _BACK_EXTRAS,
    }],
    css=CSS,
    model_type=genanki.Model.CLOZE,
)
QA_MODEL = genanki.Model(
    QA_MODEL_ID,
    "quizgen Question",
    fields=[{"name": "Question"}, {"name": "Answer"}, {"name": "Extra"}, {"name": "Source"}],
    templates=[{
        "name": "Question",
        "qfmt": '<div class="question">{{Question}}</div>',
        "afmt": '{{FrontSide}}<hr id="answer"><div class="answer">{{Answer}}</div>' + _BACK_EXTRAS,
    }],
    css=CSS,
)
CHOICE_MODEL = genanki.Model(
    CHOICE_MODEL_ID,
    "quizgen Multiple Choice",
    fields=[{"name": "Question"}, {"name": "Choices"}, {"name": "Answer"}, {"name": "Extra"}, {"name": "Source"}],
    templates=[{
        "name": "Multiple Choice",
        "qfmt": '<div class="question">{{Question}}</div><div class="choices">{{Choices}}</div>',
        "afmt": ('<div class="question">{{Question}}</div><div class="choices reveal">{{Choices}}</div>'
                 '<hr id="answer"><div class="answer">{{Answer}}</div>' + _BACK_EXTRAS),
    }],
    css=CSS,
)


def esc(text: str) -> str:
    """Escape untrusted text for an Anki field (HTML), including braces so no cloze can be injected."""
    return html.escape(text).replace("{", "&#123;").replace("}", "&#125;")


def deck_id(name: str) -> int:
    """A deck ID derived from the deck name, so rebuilds name the same deck."""
    return 1 << 30 | int(hashlib.sha1(name.encode("utf-8")).hexdigest()[:8], 16) % (1 << 30)


def deck_name_part(title: str) -> str:
    """A title usable as one level of an Anki deck name."""
    return re.sub(r"\s*::\s*", ": ", title).strip() or "Article"


def _tags(question: Question, article_name: str) -> list[str]:
    return ["quizgen", f"quizgen::{question.fact.kind.value}", f"quizgen::{question.kind.value}",
            f"article::{article_name}"]


def _source(title: str, question: Question) -> str:
    return f"<i>{esc(title)}</i>: {esc(question.source)}"


def _context_for(question: Question, context: str) -> str:
    """The story line as the question's front shows it (``story_line.line_for``), as HTML."""
    shown = line_for(question, context)
    return f'<div class="context">{esc(shown)}</div>' if shown else ""


def _choices_html(question: Question) -> str:
    items = "".join(
        f'<li class="correct">{esc(c)}</li>' if c == question.answer else f"<li>{esc(c)}</li>"
        for c in question.choices
    )
    return f"<ol>{items}</ol>"


def make_note(question: Question, title: str, article_name: str, context: str = "") -> genanki.Note:
    """The note for one question, with a GUID from the article's and the question's identity; ``context`` is the
    article's ``story_line``, shown under the question unless it gives the answer away."""
    guid = genanki.guid_for(GUID_NAMESPACE, article_name, question.key)
    tags = _tags(question, article_name)
    source = _source(title, question)
    shown = _context_for(question, context)
    if question.kind is QuestionKind.CLOZE:
        before, answer, after = question.shown_parts()
        text = f"{esc(before)}{{{{c1::{esc(answer)}}}}}{esc(after)}"
        if not _CLOZE_OK.search(text):
            raise ValueError(f"cloze for {question.key!r} has no deletion")
        return genanki.Note(model=CLOZE_MODEL, fields=[text + shown, "", source], guid=guid, tags=tags)
    if question.kind is QuestionKind.MULTIPLE_CHOICE:
        stem = esc(question.shown_prompt())
        return genanki.Note(model=CHOICE_MODEL, guid=guid, tags=tags, fields=[
            stem + shown, _choices_html(question), esc(question.answer), "", source])
    return genanki.Note(model=QA_MODEL, fields=[esc(question.shown_prompt()) + shown, esc(question.answer), "", source],
                        guid=guid, tags=tags)


def article_notes(result: ArticleResult) -> list[genanki.Note]:
    """The notes of one article's questions, each under the article's context line."""
    context = story_line(result.article)
    return [make_note(q, result.article.title, result.article.name, context) for q in result.questions]


def build_decks(results: Iterable[ArticleResult], deck_name: str, subdecks: bool) -> list[genanki.Deck]:
    """One deck, or a parent deck with a subdeck per article (``Deck::Article title``)."""
    decks: dict[str, genanki.Deck] = {}
    for result in results:
        name = deck_name_part(deck_name)
        if subdecks:
            name = f"{name}::{deck_name_part(result.article.title)}"
        deck = decks.setdefault(name, genanki.Deck(deck_id(name), name))
        for note in article_notes(result):
            deck.add_note(note)
    return list(decks.values())


def write_apkg(decks: list[genanki.Deck], path: Path, timestamp: float | None = None) -> None:
    """Write ``decks`` to ``path`` as an ``.apkg``.

    The timestamp defaults to now on purpose: Anki only updates an imported note whose modification
    time is newer than its copy's, so pinning it would make rebuilds silently change nothing.
    """
    stamp = time.time() if timestamp is None else timestamp
    if sum(len(deck.notes) for deck in decks) <= IN_MEMORY_NOTES:
        conn = sqlite3.connect(":memory:")  # no scratch file, no disk in between
        try:
            _fill(conn, decks, stamp)
            collection = conn.serialize()
        finally:
            conn.close()
        with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as archive:
            archive.writestr("collection.anki2", collection)
            archive.writestr("media", "{}")
        return
    fd, db_path = tempfile.mkstemp(suffix=".anki2")  # genanki's own writer leaves this file behind
    os.close(fd)
    try:
        conn = sqlite3.connect(db_path)
        # a scratch file zipped right after: no journal, no waiting for the disk (the .apkg is staged anyway)
        conn.execute("PRAGMA journal_mode = OFF")
        conn.execute("PRAGMA synchronous = OFF")
        try:
            _fill(conn, decks, stamp)
        finally:
            conn.close()
        with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as archive:
            archive.write(db_path, "collection.anki2")
            archive.writestr("media", "{}")
    finally:
        os.unlink(db_path)


def _fill(conn: sqlite3.Connection, decks: list[genanki.Deck], stamp: float) -> None:
    """The rows genanki's ``Package.write_to_db`` writes, with the collection's deck and note-type tables encoded
    once at the end: genanki reads, decodes, re-encodes and rewrites both for every deck, which grows with the
    square of the decks (a subdeck per article)."""
    cursor = conn.cursor()
    cursor.executescript(APKG_SCHEMA)
    cursor.executescript(APKG_COL)
    ids = itertools.count(int(stamp * 1000))
    decks_text, models_text = cursor.execute("SELECT decks, models FROM col").fetchone()
    deck_table, models, last = json.loads(decks_text), json.loads(models_text), {}
    for deck in decks:
        if not isinstance(deck.deck_id, int):
            raise TypeError(f"Deck .deck_id must be an integer, not {deck.deck_id}.")
        if not isinstance(deck.name, str):
            raise TypeError(f"Deck .name must be a string, not {deck.name}.")
        deck_table[str(deck.deck_id)] = deck.to_json()
        for note in deck.notes:
            deck.add_model(note.model)
        models.update((str(model_id), model) for model_id, model in last.items())
        last = {model.model_id: model.to_json(stamp, deck.deck_id) for model in deck.models.values()}
        for note in deck.notes:
            note.write_to_db(cursor, stamp, deck.deck_id, ids)
    # the last deck's note types keyed by number beside the earlier ones' text keys, as genanki leaves them
    cursor.execute("UPDATE col SET decks = ?, models = ?", (json.dumps(deck_table), json.dumps({**models, **last})))
    conn.commit()


RETIRED_TAG = "quizgen::retired"
RETIRED_NOTE = ('<div class="quizgen-retired"><b>Retired:</b> quizgen no longer makes this card. '
                'Find all such cards with the search <code>tag:quizgen::retired</code> and delete them.</div>')
_MODELS = {model.model_id: model for model in (CLOZE_MODEL, QA_MODEL, CHOICE_MODEL)}


def retired_notes(previous: Path, kept: set[str]) -> dict[str, list[genanki.Note]]:
    """The notes of an earlier deck at ``previous`` that this build no longer makes (GUIDs not in ``kept``), by
    deck name, marked retired: Anki's import never deletes, so they come back once, tagged, for the learner to
    delete. An earlier deck that cannot be read retires nothing."""
    try:
        with zipfile.ZipFile(previous) as archive, tempfile.TemporaryDirectory() as tmp:
            db = Path(tmp) / "collection.anki2"
            db.write_bytes(archive.read("collection.anki2"))
            conn = sqlite3.connect(db)
            try:
                decks = {int(k): v["name"] for k, v in json.loads(conn.execute("select decks from col").fetchone()[0]).items()}
                rows = conn.execute("select n.guid, n.mid, n.flds, n.tags, min(c.did) from notes n "
                                    "join cards c on c.nid = n.id group by n.id").fetchall()
            finally:
                conn.close()
    except (OSError, KeyError, zipfile.BadZipFile, sqlite3.Error, ValueError, TypeError):
        return {}
    out: dict[str, list[genanki.Note]] = {}
    for guid, mid, flds, tags, did in rows:
        model = _MODELS.get(mid)
        if guid in kept or model is None or did not in decks:
            continue
        fields = flds.split("\x1f")
        if len(fields) != len(model.fields):
            continue
        if RETIRED_NOTE not in fields[0]:
            fields[0] = RETIRED_NOTE + fields[0]
        note_tags = sorted(set(tags.split()) | {RETIRED_TAG})
        out.setdefault(decks[did], []).append(genanki.Note(model=model, fields=fields, guid=guid, tags=note_tags))
    return out


def export(results: Sequence[ArticleResult], settings: ExportSettings, path: Path) -> None:
    """Write every article's questions as one ``.apkg`` (a subdeck per article when asked), with the notes of the
    deck it replaces that it no longer makes, retired (``retired_notes``)."""
    decks = build_decks(results, settings.deck_name, settings.subdecks)
    if settings.previous is not None and settings.previous.exists():
        kept = {note.guid for deck in decks for note in deck.notes}
        by_name = {deck.name: deck for deck in decks}
        for name, notes in retired_notes(settings.previous, kept).items():
            deck = by_name.get(name)
            if deck is None:
                deck = by_name[name] = genanki.Deck(deck_id(name), name)
                decks.append(deck)
            for note in notes:
                deck.add_note(note)
    write_apkg(decks, path)
