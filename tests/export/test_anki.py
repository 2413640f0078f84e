"""The built .apkg, imported into a real Anki collection and read back as Anki renders it."""

from __future__ import annotations

import html
import re
import time
import zipfile
from dataclasses import replace

import genanki
import pytest

from quizgen.export import ExportSettings
from quizgen.export.anki import (RETIRED_TAG, build_decks, esc, export, make_note, retired_notes,
                                 write_apkg)
from quizgen.facts.model import Fact, FactKind
from quizgen.questions.model import ArticleResult
from quizgen.read.article import Article
from quizgen.questions.candidates import make_cloze
from quizgen.questions.model import Question, QuestionKind
from quizgen.questions.story_line import story_line
from quizgen.text import contains_word
from tests.anki_helpers import import_apkg, open_collection, plain, rendered_cards
from tests.factory import every_kind, result


def test_seed_deck_imports_with_every_card_rendered(seed_build, tmp_path):
    report, out = seed_build
    (result,) = report.results
    col = open_collection(tmp_path)
    try:
        log = import_apkg(col, out / "north-korea-launchers.apkg")
        assert len(log.new) == len(result.questions) > 20
        for problem in ("conflicting", "missing_notetype", "missing_deck", "empty_first_field"):
            assert list(getattr(log, problem)) == [], problem
        cards = rendered_cards(col)
        assert {c.deck for c in cards} == {"North Korea Launchers"}
        assert len(cards) == len(result.questions)
        assert list(col.get_empty_cards().notes) == []
        by_answer = {}
        for card in cards:
            assert "{{" not in card.question_html and "{{" not in card.answer_html
            seen = card.card
            assert seen.hidden and all(h.strip() for h in seen.hidden), card.answer_html
            for hidden in seen.hidden:
                assert not contains_word(card.stem, hidden), (card.stem, hidden)
                if card.note_type != "quizgen Multiple Choice":  # only choices may show the answer
                    assert not contains_word(seen.prompt, hidden), seen
            assert "quizgen" in card.tags and "article::north-korea-launchers" in card.tags
            if card.note_type == "quizgen Multiple Choice":
                assert card.question_html.count("<li") == 4
                assert re.search(r'<li class="correct">' + re.escape(html.escape(seen.hidden[0])), card.answer_html)
            by_answer.setdefault(seen.hidden[0], []).append(card)
        # every cloze answer is exactly the fact it hides
        assert sorted(by_answer) == sorted({q.answer for q in result.questions})
    finally:
        col.close()


def test_rebuilding_the_same_article_adds_no_notes(seed_build, nlp, tmp_path):
    from quizgen.run.build import build
    from tests.conftest import SEED

    report, out = seed_build
    again = tmp_path / "again"
    time.sleep(1.1)  # a later build carries a later modification time, as real rebuilds do
    build([str(SEED)], again, nlp=nlp, cards=None)  # like seed_build: every card
    col = open_collection(tmp_path)
    try:
        first = import_apkg(col, out / "north-korea-launchers.apkg")
        guids = sorted(c.guid for c in rendered_cards(col))
        second = import_apkg(col, again / "north-korea-launchers.apkg")
        assert len(second.new) == 0
        assert len(second.updated) + len(second.duplicate) == len(first.new)
        assert col.note_count() == len(first.new)
        assert sorted(c.guid for c in rendered_cards(col)) == guids
    finally:
        col.close()


def _question(sentence: str, answer: str, kind=FactKind.PERSON) -> Question:
    start = sentence.index(answer)
    fact = Fact(kind=kind, answer=answer, sentence=sentence, start=start, end=start + len(answer),
                sentence_index=0, anchor="test")
    question = make_cloze(fact)
    assert question is not None
    return question


def test_untrusted_text_is_escaped_in_anki_fields(tmp_path):
    question = _question("Mallory wrote <script>alert(1)</script> and <b>bold</b> {{c2::x}} text.", "Mallory")
    qa = replace(question, kind=QuestionKind.SHORT_ANSWER, prompt="Who wrote <b>bold</b>?", blank=None,
                 key="qa|1")
    result = ArticleResult(article=Article(text=question.prompt, title="T <i>x</i>", name="t"),
                           facts=(question.fact,), questions=(question, qa))
    path = tmp_path / "t.apkg"
    write_apkg(build_decks([result], "Escapes", subdecks=False), path)
    col = open_collection(tmp_path)
    try:
        log = import_apkg(col, path)
        assert len(log.new) == 2
        cards = rendered_cards(col)
        assert len(cards) == 2  # the injected {{c2::…}} made no second cloze card
        for card in cards:
            for html_text in (card.question_html, card.answer_html):
                assert "<script>" not in html_text and "<b>" not in html_text
        cloze = next(c for c in cards if c.note_type == "quizgen Cloze")
        assert "&lt;script&gt;alert(1)&lt;/script&gt;" in cloze.question_html
        assert "<script>alert(1)</script>" in plain(cloze.question_html)
        assert "{{c2::x}}" in plain(cloze.question_html)
    finally:
        col.close()


def test_note_guid_depends_on_identity_not_wording():
    question = _question("Alice Smith met the press in Paris.", "Alice Smith")
    reworded = replace(question, prompt="Alice Smith spoke to reporters in Paris.", blank=(0, 11))
    note_a = make_note(question, "T", "article")
    note_b = make_note(reworded, "T", "article")
    assert note_a.guid == note_b.guid
    assert make_note(question, "T", "other-article").guid != note_a.guid
    assert note_a.guid == genanki.guid_for("quizgen", "article", question.key)


def test_cloze_field_carries_one_deletion():
    note = make_note(_question("Alice Smith met the press in Paris.", "Paris", FactKind.PLACE), "T", "a")
    assert re.findall(r"\{\{c\d+::", note.fields[0]) == ["{{c1::"]
    assert note.fields[0] == "Alice Smith met the press in {{c1::Paris}}."


def test_a_large_collection_goes_through_a_scratch_file_and_imports_the_same(seed_build, tmp_path, monkeypatch):
    report, _ = seed_build
    decks = build_decks(list(report.results), "Both ways", subdecks=False)
    in_memory, on_disk = _written_both_ways(decks, tmp_path, monkeypatch)
    seen = []
    for path in (in_memory, on_disk):
        (tmp_path / path.stem).mkdir()
        col = open_collection(tmp_path / path.stem)
        try:
            assert len(import_apkg(col, path).new) == len(report.results[0].questions)
            seen.append(sorted((c.guid, c.question_html, c.answer_html) for c in rendered_cards(col)))
        finally:
            col.close()
    assert seen[0] == seen[1]


def _notes_by_guid(results) -> dict[str, tuple[Question, str]]:
    return {genanki.guid_for("quizgen", r.article.name, q.key): (q, r.article.name) for r in results for q in r.questions}


def test_every_kind_imports_with_its_deck_tags_and_choices(tmp_path):
    """A deck of every kind from two articles, as the exporter writes it, read back from a real Anki collection."""
    results = [result(every_kind(), title="Harbour :: News", name="harbour"),
               result(every_kind("again"), title="Ferry", name="ferry")]
    path = tmp_path / "week.apkg"
    export(results, ExportSettings(title="T", deck_name="Week 3", subdecks=True), path)
    with zipfile.ZipFile(path) as archive:  # the .apkg layout Anki expects
        assert archive.namelist() == ["collection.anki2", "media"] and archive.read("media") == b"{}"
    col = open_collection(tmp_path)
    try:
        log = import_apkg(col, path)
        assert len(log.new) == 16
        cards = rendered_cards(col)
        assert {c.deck for c in cards} == {"Week 3::Harbour: News", "Week 3::Ferry"}  # "::" would nest a deck
        expected = _notes_by_guid(results)
        assert sorted(c.guid for c in cards) == sorted(expected)  # note identity: article and question key
        for card in cards:
            question, article = expected[card.guid]
            assert sorted(card.tags) == sorted(["quizgen", f"quizgen::{question.fact.kind.value}",
                                                f"quizgen::{question.kind.value}", f"article::{article}"])
            assert '<div class="extra">' not in card.answer_html  # no Extra text on any card
            if question.kind is QuestionKind.MULTIPLE_CHOICE:
                options = re.findall(r'<li( class="correct")?>(.*?)</li>', card.answer_html)
                assert options == [(' class="correct"' if c == question.answer else "", html.escape(c))
                                   for c in question.choices]
                assert card.question_html.count("</li><li") == len(question.choices) - 1  # nothing between options
    finally:
        col.close()
    assert esc("{{c1::x}} <b>") == "&#123;&#123;c1::x&#125;&#125; &lt;b&gt;"


def test_notes_no_longer_made_come_back_once_retired_in_their_deck(tmp_path):
    harbour, ferry = result(every_kind(), title="Harbour", name="harbour"), result(every_kind("x"), title="Ferry",
                                                                                    name="ferry")
    first = tmp_path / "first.apkg"
    export([harbour, ferry], ExportSettings(title="T", deck_name="Week", subdecks=True), first)
    dropped = harbour.questions[2]
    smaller = replace(harbour, questions=tuple(q for q in harbour.questions if q is not dropped))
    second = tmp_path / "second.apkg"
    export([smaller], ExportSettings(title="T", deck_name="Week", subdecks=True, previous=first), second)
    col = open_collection(tmp_path)
    try:
        import_apkg(col, second)
        cards = {c.guid: c for c in rendered_cards(col)}
        expected = _notes_by_guid([harbour, ferry])
        assert sorted(cards) == sorted(expected)  # every note of the earlier deck, made or retired
        for guid, card in cards.items():
            question, article = expected[guid]
            retired = question is not dropped and article == "ferry" or question is dropped
            assert (RETIRED_TAG in card.tags) == retired, (question.key, article)
            assert ("Retired:" in plain(card.question_html)) == retired
            assert card.deck == ("Week::Harbour" if article == "harbour" else "Week::Ferry")  # a deck made again
            if retired:
                assert "quizgen" in card.tags and f"article::{article}" in card.tags  # its old tags kept
                assert question.source in plain(card.answer_html)  # and its fields
    finally:
        col.close()
    again = tmp_path / "again.apkg"  # retiring twice adds the note once
    export([smaller], ExportSettings(title="T", deck_name="Week", subdecks=True, previous=second), again)
    assert retired_notes(again, set()) and all(
        note.fields[0].count("Retired:") == 1 for notes in retired_notes(again, set()).values() for note in notes)


def test_a_large_deck_written_through_a_scratch_file_imports_the_same(tmp_path, monkeypatch):
    decks = build_decks([result(every_kind())], "Both ways", subdecks=False)
    in_memory, on_disk = _written_both_ways(decks, tmp_path, monkeypatch)
    contents = []
    for apkg in (in_memory, on_disk):
        with zipfile.ZipFile(apkg) as archive:
            assert archive.namelist() == ["collection.anki2", "media"] and archive.read("media") == b"{}"
        folder = tmp_path / apkg.stem
        folder.mkdir()
        col = open_collection(folder)
        try:
            assert len(import_apkg(col, apkg).new) == 8
            contents.append(sorted((c.guid, c.deck, c.question_html, c.answer_html) for c in rendered_cards(col)))
        finally:
            col.close()
    assert contents[0] == contents[1]


def _written_both_ways(decks, tmp_path, monkeypatch):
    """The same decks written in memory and through a scratch file (as a thousand-article deck is); the scratch
    file must be gone afterwards."""
    import tempfile

    import quizgen.export.anki as anki

    in_memory = tmp_path / "memory.apkg"
    write_apkg(decks, in_memory, timestamp=1_700_000_000)
    scratch = tmp_path / "scratch"
    scratch.mkdir()
    monkeypatch.setattr(anki, "IN_MEMORY_NOTES", 0)  # as if the deck were a thousand articles long
    monkeypatch.setattr(tempfile, "tempdir", str(scratch))
    on_disk = tmp_path / "disk.apkg"
    write_apkg(decks, on_disk, timestamp=1_700_000_000)
    assert list(scratch.iterdir()) == []  # the scratch file is gone
    return in_memory, on_disk


def test_front_names_the_story_unless_the_headline_gives_the_answer_away(tmp_path):
    """A card's front ends with its article's headline, source and date (which story "the bridge" or "now" is
    in); a card whose answer the headline shows keeps only the source and date."""
    story = "Puddefjord Bridge reopens after repair"
    asked = _question("Mayor Anna Berg cut the ribbon at the Puddefjord Bridge in Bergen.", "Anna Berg")
    given = _question("Mayor Anna Berg cut the ribbon at the Puddefjord Bridge in Bergen.", "Puddefjord Bridge",
                      FactKind.PLACE)
    given = replace(given, key="given")
    article = Article(text=asked.prompt, title=f"{story} <now> - Tidende", name="t", date="2024-03-14",
                      source="Tidende")
    path = tmp_path / "t.apkg"
    write_apkg(build_decks([ArticleResult(article=article, facts=(asked.fact,), questions=(asked, given))],
                           "D", False), path)
    col = open_collection(tmp_path)
    try:
        import_apkg(col, path)
        fronts = {c.card.hidden[0]: plain(c.question_html) for c in rendered_cards(col)}
    finally:
        col.close()
    assert fronts["Anna Berg"].endswith(f"From “{story} <now>” (Tidende, 14 March 2024)")
    assert fronts["Puddefjord Bridge"].endswith("in Bergen. From Tidende, 14 March 2024")
    assert "From “" not in fronts["Puddefjord Bridge"]


@pytest.mark.parametrize(("title", "date", "source", "line"), [
    ("Dam opens - Kvam Post", "2023-05-02", "Kvam Post", "From “Dam opens” (Kvam Post, 2 May 2023)"),
    ("Dam opens", "", "", "From “Dam opens”"),
    ("Dam opens", "2023-13-02", "", "From “Dam opens”"),  # not a date: left out
    ("", "2023-05-02", "Kvam Post", ""),  # no headline: no line
    ("Dam Opens Kvam", "2023-05-02", "", ""),  # the title made from the file's name (dam-opens-kvam.txt): no line
    # a headline that only slugs to the name is one still: a piped article is named after its headline
    ("Dam (opens) – Kvam", "", "", "From “Dam (opens)”"),
    ("Dam opens in Kvam", "", "", "From “Dam opens in Kvam”"),
])
def test_story_line(title, date, source, line):
    article = Article(text="x", title=title, name="dam-opens-kvam", date=date, source=source)
    assert story_line(article) == line


def test_a_plain_text_without_a_headline_gets_no_story_line(tmp_path):
    """The title of a text file without a headline line comes from its name: the deck keeps it, the cards do not."""
    from quizgen.read.article import parse_article
    article = parse_article("Mayor Anna Berg opened the Puddefjord Bridge in Bergen on 2 May 2023.\n",
                            "bergen-bridge", date="2023-05-03")
    assert article.title == "Bergen Bridge"
    assert story_line(article) == ""
    titled = parse_article("Bridge opens in Bergen\nMayor Anna Berg opened the Puddefjord Bridge in Bergen.\n",
                           "bergen-bridge", date="2023-05-03")
    assert story_line(titled) == "From “Bridge opens in Bergen” (3 May 2023)"


def test_no_story_line_on_a_front_it_would_make_too_long():
    long_sentence = "Mayor Anna Berg, " + "who had argued for the repair for many years, " * 8 + "opened the bridge."
    short = _question("Mayor Anna Berg opened the bridge.", "Anna Berg")
    long = _question(long_sentence, "Anna Berg")
    line = "From “Harbour works” (Tidende, 14 March 2024)"
    assert make_note(short, "T", "a", line).fields[0].endswith(f'<div class="context">{line}</div>')
    assert len(long.visible_prompt()) + len(line) > 400 > len(long.visible_prompt())
    assert "context" not in make_note(long, "T", "a", line).fields[0]


def test_a_multiple_choice_front_counts_its_options_against_the_budget():
    sentence = "Mayor Anna Berg, " + "who had argued for the repair for many years, " * 6 + "opened the bridge in the harbour city of Bergen in 2023."
    question = replace(_question(sentence, "2023", FactKind.DATE), kind=QuestionKind.MULTIPLE_CHOICE,
                       choices=("2021", "2023", "2019", "2017"))
    line = "From “Harbour works” (Tidende, 14 March 2024)"
    assert len(question.visible_prompt()) + 1 + len(line) <= 400 < len(question.visible_prompt()) + len(line) + 20
    front = make_note(question, "T", "a", line).fields[0]
    # with its options the whole line no longer fits: the shortest form that does (story_line.line_for)
    assert "Harbour works" not in front and "From Tidende, 14 March 2024" in front


def test_names_quizgen_put_in_show_without_brackets_but_inside_a_quotation(tmp_path):
    """Blind raters read the brackets as left over from editing; inside a quotation they are an editor's mark."""
    said = _question("[Joseph Dempsey] identified the launcher as related to the Hwasong-11D.", "Hwasong-11D",
                     FactKind.EQUIPMENT)
    quoted = _question("“[Judy Avalos] said they argued,” Robert Cornett wrote in 2015.", "Robert Cornett")
    result = ArticleResult(article=Article(text=said.prompt, title="T", name="t"),
                           facts=(said.fact, quoted.fact), questions=(said, quoted))
    path = tmp_path / "t.apkg"
    write_apkg(build_decks([result], "Insertions", subdecks=False), path)
    col = open_collection(tmp_path)
    try:
        import_apkg(col, path)
        shown = sorted(plain(card.question_html) for card in rendered_cards(col))
        assert any(text.startswith("Joseph Dempsey identified the launcher") for text in shown)
        assert any(text.startswith("“[Judy Avalos] said they argued,”") for text in shown)
    finally:
        col.close()
