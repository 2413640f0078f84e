"""Reading articles: encodings, headlines, Markdown, header blocks, stdin."""

from __future__ import annotations

import io
import sys

import pytest

from quizgen.read.article import looks_like_headline, paragraphs, parse_article, slugify, title_from_name
from quizgen.read.sources import read_article
from quizgen.errors import InputError


def test_headline_first_line_becomes_title(tmp_path):
    path = tmp_path / "story.txt"
    path.write_text("Rain Floods Riverside Town\nThe river rose by two metres on Monday.\n", encoding="utf-8")
    article = read_article(str(path))
    assert article.title == "Rain Floods Riverside Town"
    assert article.text == "The river rose by two metres on Monday."
    assert article.name == "story"


def test_sentence_first_line_is_body_and_title_comes_from_file_name(tmp_path):
    path = tmp_path / "river-town_flood.txt"
    path.write_text("The river rose by two metres on Monday.\nShops closed.\n", encoding="utf-8")
    article = read_article(str(path))
    assert article.title == "River Town Flood"
    assert article.text.startswith("The river rose")


def test_title_option_wins_and_name_option_renames(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("Headline Here\nBody text.", encoding="utf-8")
    article = read_article(str(path), title="Given", name="Other Name")
    assert (article.title, article.name) == ("Given", "other-name")


def test_bom_and_crlf_are_fine(tmp_path):
    path = tmp_path / "bom.txt"
    path.write_bytes("\ufeffThe council met on Tuesday.\r\nIt voted.\r\n".encode("utf-8"))
    article = read_article(str(path))
    assert article.text == "The council met on Tuesday.\nIt voted."


def test_markdown_syntax_is_stripped(tmp_path):
    path = tmp_path / "note.md"
    path.write_text("# Council Votes on Budget\n\nThe **council** met [in Leeds](http://x.test) on *Tuesday*.\n",
                    encoding="utf-8")
    article = read_article(str(path))
    assert article.title == "Council Votes on Budget"
    assert article.text == "The council met in Leeds on Tuesday."


def test_header_block_gives_title_date_and_source(tmp_path):
    path = tmp_path / "h.txt"
    path.write_text("title: Port Strike Ends\ndate: 2024-08-04\nsource: Example News\n\nDockers returned.\n",
                    encoding="utf-8")
    article = read_article(str(path))
    assert (article.title, article.date, article.source, article.text) == (
        "Port Strike Ends", "2024-08-04", "Example News", "Dockers returned.")


def test_stdin_is_read_with_dash(monkeypatch):
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO("Ships docked in Oslo.".encode())))
    article = read_article("-")
    assert article.text == "Ships docked in Oslo." and article.name == "stdin"


@pytest.mark.parametrize("content, message", [
    (b"", "empty"),
    (b"   \n\t\n", "empty"),
    (b"\x00\x01\x02binary", "binary"),
    ("caf\xe9".encode("latin-1"), "UTF-8"),
])
def test_bad_content_is_a_clear_input_error(tmp_path, content, message):
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    with pytest.raises(InputError, match=message):
        read_article(str(path))


def test_missing_file_and_size_limit(tmp_path):
    with pytest.raises(InputError, match="no such file"):
        read_article(str(tmp_path / "nope.txt"))
    big = tmp_path / "big.txt"
    big.write_text("word " * 100, encoding="utf-8")
    with pytest.raises(InputError, match="--max-bytes"):
        read_article(str(big), max_bytes=100)


def test_headline_rules():
    assert looks_like_headline("North Korea Parades New Launchers")
    assert not looks_like_headline("North Korea has threatened to deploy launchers.")
    assert not looks_like_headline("“We will respond,” he said")
    assert not looks_like_headline(" ".join(["word"] * 30))
    assert parse_article("Only one line", "x").text == "Only one line"


def test_slugs_and_names():
    assert slugify("../../Évil Name!") == "evil-name"
    assert slugify("!!!") == "article"
    assert title_from_name("north-korea_launchers") == "North Korea Launchers"


def test_control_characters_are_dropped(tmp_path):
    path = tmp_path / "c.txt"
    rest = " The harbour master counted them as they came in from the North Sea on Monday morning."
    path.write_bytes(f"title: Ships\x1f Dock\n\nShips\x02 docked\x1f in Oslo.{rest}\x0bThey left.\x7f".encode())
    article = read_article(str(path))
    assert (article.title, article.text) == ("Ships Dock", f"Ships docked in Oslo.{rest}\nThey left.")


@pytest.mark.parametrize("text, shown", [
    # 'were ”dwindling.”' on a fresh page: the stray ” left the next sentence's quotation open, and its "he said"
    # went to an earlier speaker (a wrong answer, rated bad); a closing mark run into the next word, or standing
    # alone, stays
    ("Tomas Vell said the chances of a new bridge were ”slim.” The vote is in May. He said, ”We will see.” Closing ” "
     "marks stay: “Yes,” she said. “Stop,”he said.",
     ["were “slim.”", "He said, “We will see.”", "“Yes,” she said.", "“Stop,”he said.", "Closing ” marks stay"]),
    # 'books on occult phenomenon.”There was no mention' on a fresh page: the card kept the missing space; only
    # after a sentence's end
    ("Her notice called her “a painter of great gifts.”There was no word of the deck. “Go!”she said. “Stop,”he "
     "said. It read “2.5”W in the margin.",
     ["“a painter of great gifts.” There was no word", "“Go!” she said.", "“Stop,”he said.", "“2.5”W"]),
])
def test_quotation_marks_are_mended_as_they_were_meant(tmp_path, text, shown):
    path = tmp_path / "marks.txt"
    path.write_text(text, encoding="utf-8")
    mended = read_article(str(path)).text
    for words in shown:
        assert words in mended


@pytest.mark.parametrize("suffix", [".txt", ".html"])
def test_two_single_marks_closing_a_quote_become_a_double_one(tmp_path, suffix):
    # "’’" written for "”": left as it is, the “ stays open and quotes the rest of the paragraph
    said = ("Residents were angry. “The figures were made up to fool the council,’’ Tom Harper, chief executive "
            "of the Halden Trust, said on Monday after the vote. ‘‘Never again,” he added.")
    body = said if suffix == ".txt" else (
        "<html><head><title>Vote row</title></head><body><article><h1>Vote row</h1>"
        f"<p>{said}</p><p>The trust said it would write to every candidate before the next election day.</p>"
        "</article></body></html>")
    path = tmp_path / f"row{suffix}"
    path.write_text(body, encoding="utf-8")
    text = read_article(str(path)).text
    assert "council,” Tom Harper" in text and "“Never again,”" in text
    assert "’’" not in text and "‘‘" not in text


@pytest.mark.parametrize("block, items", [
    # a plain-text list: each item is a paragraph of its own, its bullet cut off
    ("- Lower fares on night buses\n - Wider cycle lanes\n - More trams by 2030",
     ["Lower fares on night buses", "Wider cycle lanes", "More trams by 2030"]),
    ("* Lower fares on night buses\n* Wider cycle lanes",
     ["Lower fares on night buses", "Wider cycle lanes"]),
    # an item wrapped over two lines stays one item
    ("• The council will cut fares on night\nbuses from May.\n• It will widen the cycle lanes.",
     ["The council will cut fares on night buses from May.", "It will widen the cycle lanes."]),
    # one line opening with a dash is no list: a hard-wrapped paragraph keeps its lines together
    ("The mayor of Dunford\n- who spoke on Monday - backed the plan.",
     ["The mayor of Dunford - who spoke on Monday - backed the plan."]),
])
def test_a_bulleted_list_in_plain_text_is_one_paragraph_per_item(block, items):
    assert paragraphs("The mayor of Dunford spoke.\n\n" + block + "\n\nThe plan was backed.") == \
        ["The mayor of Dunford spoke.", *items, "The plan was backed."]


def test_character_references_in_plain_text_are_the_characters_they_stand_for(tmp_path):
    # "communiqu&#233;" on a set-AT card (a rater: "the prompt has a raw HTML entity"); an unknown name, or one
    # without its semicolon, is text
    path = tmp_path / "refs.txt"
    path.write_text("Talks &amp; trade\n\nThe G7 communiqu&#233; named Jos&#xE9; Ruiz &lt;the envoy&gt; at 5&nbsp;pm. "
                    "AT&T; bought R&D &fake; firms &amp more.", encoding="utf-8")
    article = read_article(str(path))
    assert article.title == "Talks & trade"
    assert article.text == ("The G7 communiqué named José Ruiz <the envoy> at 5\u00a0pm. "
                            "AT&T; bought R&D &fake; firms &amp more.")
