"""Moodle XML: well-formed whatever the article says, and it holds the same questions and answers."""

from __future__ import annotations

import html
import xml.etree.ElementTree as ET

from quizgen.export.gift import question_name
from quizgen.export.moodle_xml import cdata, moodle_document
from quizgen.questions.model import QuestionKind
from quizgen.export.quiz import select_questions
from tests.factory import NASTY, cloze, every_kind, result

MOODLE_TYPE = {QuestionKind.MULTIPLE_CHOICE: "multichoice", QuestionKind.TRUE_FALSE: "truefalse",
               QuestionKind.SHORT_ANSWER: "shortanswer", QuestionKind.CLOZE: "shortanswer"}
CONTROL = "bell\x07 and form feed\x0c"


def _html(element: ET.Element) -> str:
    """What Moodle shows for an html-format <text>: the CDATA content, HTML-decoded."""
    return html.unescape(element.findtext("text"))


def test_cdata_splits_its_terminator():
    assert cdata("a]]>b") == "<![CDATA[a]]]]><![CDATA[>b]]>"
    assert ET.fromstring(f"<t>{cdata('a]]>b]]>')}</t>").text == "a]]>b]]>"


def test_well_formed_and_the_same_questions_with_every_special_character():
    questions = every_kind(NASTY + "\nline two " + CONTROL) + [cloze("Odd ]]> tokens & <tags> here.", "]]>", 30),
                                                                 cloze("Stars: *** and a:b.", "***", 31)]  # a wildcard
    entries = select_questions([result(questions, name="harbour-news")])
    document = moodle_document(entries)
    assert document.startswith('<?xml version="1.0" encoding="UTF-8"?>\n<quiz>')
    root = ET.fromstring(document.encode("utf-8"))  # raises on anything not well-formed
    category, *elements = root.findall("question")
    assert category.get("type") == "category"
    assert category.findtext("category/text") == "$course$/quizgen/harbour-news"
    assert len(elements) == len(entries) == 10
    clean = lambda text: text.replace("\x07", " ").replace("\x0c", " ")  # noqa: E731 - XML 1.0 cannot hold them
    for number, (entry, element) in enumerate(zip(entries, elements), start=1):
        q = entry.question
        assert element.get("type") == MOODLE_TYPE[q.kind]
        assert element.findtext("name/text") == clean(question_name(number, q))
        assert element.find("questiontext").get("format") == "html"
        assert _html(element.find("questiontext")) == clean(q.visible_prompt("_____"))
        assert _html(element.find("generalfeedback")) == clean(f"Source: {q.source}")
        assert element.findtext("defaultgrade") == "1"
        answers = [(a.findtext("text"), a.get("fraction")) for a in element.findall("answer")]
        if q.kind is QuestionKind.MULTIPLE_CHOICE:
            assert element.findtext("single") == "true" and element.findtext("shuffleanswers") == "true"
            assert element.findtext("answernumbering") == "abc"
            assert {a.get("format") for a in element.findall("answer")} == {"html"}
            assert sorted((html.unescape(t), f) for t, f in answers) == sorted(
                (clean(c), "100" if c == q.answer else "0") for c in q.choices)
        elif q.kind is QuestionKind.TRUE_FALSE:
            right = q.answer == "True"
            assert answers == [("true", "100" if right else "0"), ("false", "0" if right else "100")]
            assert {a.get("format") for a in element.findall("answer")} == {"moodle_auto_format"}
        else:
            assert element.findtext("usecase") == "0"
            assert answers == [(clean(q.answer).replace("*", "\\*"), "100")]
            assert element.find("answer").get("format") == "moodle_auto_format"
    assert {q.question.answer for q in entries if q.question.kind is QuestionKind.TRUE_FALSE} == {"True", "False"}
    # no stray text between elements: only leaves carry text
    for node in root.iter():
        assert not (node.tail or "").strip(), (node.tag, node.tail)
        if len(node):
            assert not (node.text or "").strip(), (node.tag, node.text)


def test_article_markup_is_text_not_html():
    entries = select_questions([result(every_kind("<script>alert(1)</script>"))])
    root = ET.fromstring(moodle_document(entries))
    for element in root.findall("question")[1:]:
        raw = element.find("questiontext").findtext("text")
        assert "<script>" not in raw and "&lt;script&gt;alert(1)&lt;/script&gt;" in raw


def test_seed_moodle_xml_holds_the_quiz(seed_build):
    report, _ = seed_build
    entries = select_questions(report.results)
    root = ET.fromstring(moodle_document(entries))
    elements = root.findall("question")[1:]
    assert len(elements) == len(entries) >= 4
    for entry, element in zip(entries, elements):
        q = entry.question
        right = [html.unescape(a.findtext("text")) for a in element.findall("answer") if a.get("fraction") == "100"]
        expected = q.answer.lower() if q.kind is QuestionKind.TRUE_FALSE else q.answer
        if element.get("type") == "shortanswer":
            expected = expected.replace("*", "\\*")
        assert right == [expected]
        assert _html(element.find("questiontext")) == q.visible_prompt("_____")


def test_a_question_shows_its_story_line_unless_the_headline_gives_the_answer_away():
    """The story line is a paragraph of its own under the question text, escaped; where the headline holds a
    word of the answer, the line keeps only the source, or, when the answer is a name, the headline with the name
    blanked (``story_line``'s tests hold the other cases)."""
    questions = [cloze("Mayor Anna Berg opened the harbour in May 2023.", "Anna Berg", 1),
                 cloze("The port authority hired 120 new workers.", "120", 2)]
    entries = select_questions([result(questions, title="Berg <opens> Kvam & harbour", name="kvam", source="Tidende")])
    root = ET.fromstring(moodle_document(entries).encode("utf-8"))
    texts = {el.findtext("name/text"): _html(el.find("questiontext")) for el in root.findall("question")[1:]}
    (hired,) = [t for name, t in texts.items() if "port" in name]
    (opened,) = [t for name, t in texts.items() if "Mayor" in name]
    assert hired == ('The port authority hired _____ new workers.'
                     '<p class="context"><em>From “Berg <opens> Kvam & harbour” (Tidende)</em></p>')
    assert "<opens>" not in root.find("question[2]/questiontext/text").text.replace("&lt;opens&gt;", "")
    assert opened == ('Mayor _____ opened the harbour in May 2023.'
                      '<p class="context"><em>From “_____ <opens> Kvam & harbour” (Tidende)</em></p>')
