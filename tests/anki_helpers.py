"""Import .apkg files into a real Anki collection and read the cards back as Anki renders them."""

from __future__ import annotations

import re
from dataclasses import dataclass
from html import unescape
from html.parser import HTMLParser
from pathlib import Path

from anki.collection import Collection, ImportAnkiPackageOptions, ImportAnkiPackageRequest

from quizgen.questions.evaluate import Card

_STYLE = re.compile(r"<style>.*?</style>", re.S)
# the story line the exporter puts under a question (``story_line.story_line``): the headline, not the card's own words
_STORY = re.compile(r'<div class="context">.*?</div>', re.S)
_BLOCKS = frozenset({"div", "p", "li", "ol", "ul", "br", "hr", "table", "tr", "td", "h1", "h2", "h3"})


class _Text(HTMLParser):
    """Visible text of an HTML fragment, plus the text of elements with chosen classes."""

    def __init__(self, classes: tuple[str, ...] = ()) -> None:
        super().__init__(convert_charrefs=True)
        self.classes = classes
        self.text: list[str] = []
        self.captured: list[str] = []
        self._stack: list[bool] = []
        self._buf: list[str] = []

    def handle_starttag(self, tag, attrs):
        if tag in _BLOCKS:
            self.text.append(" ")  # block boundaries separate words when rendered
        if tag in ("br", "hr", "img", "input", "meta"):
            return
        cls = dict(attrs).get("class") or ""
        capture = any(c in cls.split() for c in self.classes)
        self._stack.append(capture)
        if capture:
            self._buf = []

    def handle_endtag(self, tag):
        if tag in ("br", "hr", "img", "input", "meta") or not self._stack:
            return
        if self._stack.pop():
            self.captured.append("".join(self._buf))

    def handle_data(self, data):
        self.text.append(data)
        if any(self._stack):
            self._buf.append(data)


def visible_text(fragment: str, classes: tuple[str, ...] = ()) -> tuple[str, list[str]]:
    """(visible text, texts of elements with any of ``classes``)."""
    parser = _Text(classes)
    parser.feed(_STYLE.sub("", fragment))
    parser.close()
    return " ".join("".join(parser.text).split()), [" ".join(c.split()) for c in parser.captured]


@dataclass
class RenderedCard:
    deck: str
    question_html: str
    answer_html: str
    note_type: str
    tags: list[str]
    guid: str
    reps: int

    @property
    def stem(self) -> str:
        """The question's own text, without any answer choices."""
        _, found = visible_text(self.question_html, ("question", "text"))
        return " ".join(found)

    @property
    def card(self) -> Card:
        """Visible prompt (without the story line, whose headline words would count as cue words of gold facts)
        and hidden answers, from Anki's own rendering."""
        prompt, _ = visible_text(_STORY.sub("", self.question_html))
        _, hidden = visible_text(self.answer_html, ("cloze", "answer"))
        return Card(prompt=prompt, hidden=tuple(hidden))


def open_collection(folder: Path) -> Collection:
    return Collection(str(folder / "collection.anki2"))


def import_apkg(col: Collection, apkg: Path):
    """Import with Anki's own importer; returns the import log."""
    request = ImportAnkiPackageRequest(package_path=str(apkg),
                                       options=ImportAnkiPackageOptions(with_scheduling=False))
    return col.import_anki_package(request).log


def rendered_cards(col: Collection) -> list[RenderedCard]:
    cards = []
    for cid in col.find_cards(""):
        card = col.get_card(cid)
        note = card.note()
        cards.append(RenderedCard(
            deck=col.decks.name(card.did),
            question_html=card.question(),
            answer_html=card.answer(),
            note_type=note.note_type()["name"],
            tags=list(note.tags),
            guid=note.guid,
            reps=card.reps,
        ))
    return cards


def plain(html_text: str) -> str:
    """Visible text of rendered HTML, entities decoded."""
    return unescape(visible_text(html_text)[0])
