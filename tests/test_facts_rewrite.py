"""Sentences as facts show them: quotation ranges, replacements and views (blank pipeline, no model)."""

from __future__ import annotations

import pytest
import spacy

from quizgen.facts.rewrite import Replacement, Rewriter, is_quoted, quoted_ranges


@pytest.fixture(scope="module")
def blank():
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    return nlp


def _quoted(doc) -> list[str]:
    return [doc.text[s:e] for s, e in quoted_ranges(doc)]


@pytest.mark.parametrize(("text", "quoted"), [
    ("She said “we won” today.", ["“we won”"]),
    ("and the vote was lost,” she said. “Next time,” he said.", ["and the vote was lost,”", "“Next time,”"]),
    ("Intro line.\nShe said “we won” today.", ["“we won”"]),  # offsets in a later paragraph
    ("She said “we “really” won” today.", ["“we “really”"]),  # a second opening mark inside changes nothing
    ("She said “we won\nand lost.", ["“we won"]),  # an unclosed quote ends with its paragraph
    ("A plain line.\nwe won,” she said.", ["we won,”"]),  # closed in the next paragraph's start
    # a straight mark after a sentence's end, before a word, closes one quote and opens the next (a page that ran a
    # quote's paragraphs together): the narration after the next closing mark is no quote
    ('"We won. "We will win again next year." Lund left the club in May. He said: "Never."',
     ['"We won. "', '"We will win again next year."', '"Never."']),
])
def test_quoted_ranges_paragraph_by_paragraph(blank, text, quoted):
    assert _quoted(blank(text)) == quoted


def test_is_quoted_inside_and_outside():
    doc = spacy.blank("en")("Intro.\nShe said “we won” today.")
    inside, outside = doc.text.index("won"), doc.text.index("today")
    assert is_quoted(doc, inside) and not is_quoted(doc, outside) and not is_quoted(doc, 0)


def test_a_replacement_is_made_once(blank):
    doc = blank("He said the plan had failed. Kim left.")
    rewriter = Rewriter(doc, list(doc.sents))
    assert rewriter.replace(Replacement(0, 1, "[Omar Diallo]")) is True
    assert rewriter.replace(Replacement(0, 2, "[Someone] said")) is False  # overlaps the first
    assert rewriter.replaced(0) and not rewriter.replaced(1)
    assert rewriter.inserted(0) == "Omar Diallo" and rewriter.inserted(1) == ""
    assert rewriter.view(0, 0).text == "[Omar Diallo] said the plan had failed."


def test_a_short_name_written_out_is_a_person_in_the_parse(blank):
    doc = blank("Lopez opened the bridge. Kim left.")
    rewriter = Rewriter(doc, list(doc.sents))
    rewriter.expand(0, 1, "Maria Lopez")
    view = rewriter.view(0, 0)
    assert view.text == "Maria Lopez opened the bridge."
    first = view.parse.tokens[0]
    assert (first.text, first.pos, first.ent_type) == ("Maria Lopez", "PROPN", "PERSON")
    assert not rewriter.replacements[0].marked and rewriter.inserted(0) == ""
    assert rewriter.covering(0, 3) is rewriter.replacements[0] and rewriter.covering(7, 13) is None
    assert view.offset(doc.text.index("bridge")) == view.text.index("bridge")
