"""The printable HTML quiz: escaping, structure, and a real print in headless Chromium."""

from __future__ import annotations

import re

from quizgen.article import Article
from quizgen.export.html import render_quiz
from quizgen.facts import Fact, FactKind
from quizgen.pipeline import ArticleResult
from quizgen.questions import make_cloze, pick_for_quiz
from tests.browser import needs_chromium, page_count, page_text, print_pdf


def _result(sentence: str, answer: str, title: str = "Quiz") -> ArticleResult:
    start = sentence.index(answer)
    fact = Fact(kind=FactKind.PERSON, answer=answer, sentence=sentence, start=start, end=start + len(answer),
                sentence_index=0, anchor="x")
    question = make_cloze(fact)
    return ArticleResult(article=Article(text=sentence, title=title, name="q"), facts=(fact,), questions=(question,))


def test_article_text_is_escaped():
    page = render_quiz([_result("Eve wrote <script>alert(1)</script> in <b>bold</b>.", "Eve", "<b>T</b>")], "<i>T</i>")
    assert "<script>alert" not in page and "<b>" not in page and "<i>T" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page and "&lt;b&gt;bold&lt;/b&gt;" in page


def test_quiz_has_header_numbered_blanks_and_key(seed_build):
    report, out = seed_build
    page = (out / "north-korea-launchers.html").read_text(encoding="utf-8")
    (result,) = report.results
    assert "<h1>North Korea Launchers</h1>" in page
    for label in ("Name", "Class", "Date"):
        assert f'<span class="field">{label} ' in page
    quiz, key = page.split('<section class="answer-key">')
    picked = pick_for_quiz(list(result.quiz_pool))
    assert len({q.fact.sentence_index for q in picked}) == len(picked) > 10
    assert len(re.findall(r'<li class="question" value="\d+">', quiz)) == len(picked)
    for question in picked:
        assert f'<strong class="key-answer">{question.answer}</strong>' in key.replace("&#39;", "'")
    assert ".answer-key { break-before: page" in page


@needs_chromium
def test_quiz_prints_with_key_on_its_own_page(seed_build, tmp_path):
    _, out = seed_build
    pdf = print_pdf(out / "north-korea-launchers.html", tmp_path / "quiz.pdf")
    pages = page_count(pdf)
    assert pages >= 2
    texts = [page_text(pdf, n) for n in range(1, pages + 1)]
    key_pages = [n for n, text in enumerate(texts) if "Answer key" in text]
    assert key_pages, "no answer key printed"
    first_key = key_pages[0]
    assert texts[first_key].lstrip().startswith("Answer key")
    assert all("Answer key" not in t and "Name" in texts[0] for t in texts[:first_key])
