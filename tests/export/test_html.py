"""The printable HTML quiz: escaping, structure, versions, keys, templates, and real prints in headless Chromium."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import pytest

from quizgen.read.article import Article
from quizgen.run.build import build
from quizgen.errors import InputError
from quizgen.export import ExportSettings
from quizgen.export.html import Header, Source, _sources as html_sources, render_forms, render_quiz, settings_page, \
    settings_parts
from quizgen.facts.model import Fact, FactKind
from quizgen.questions.model import ArticleResult, QuestionKind
from quizgen.questions.distractors import ArticleFacts
from quizgen.questions.candidates import make_cloze
from quizgen.questions.ranking import pick_for_quiz
from quizgen.export.quiz import MAX_INLINE_BLANK_CH, answer_line_width, make_forms, select_questions
from tests.browser import needs_chromium, page_count, page_size_pt, page_texts, print_pdf
from tests.conftest import ROOT, SEED
from tests.factory import cloze, every_kind, multiple_choice, result, short_answer

SEED_HTML = "north-korea-launchers.html"


def _result(sentence: str, answer: str, title: str = "Quiz") -> ArticleResult:
    start = sentence.index(answer)
    fact = Fact(kind=FactKind.PERSON, answer=answer, sentence=sentence, start=start, end=start + len(answer),
                sentence_index=0, anchor="x")
    question = make_cloze(fact)
    return ArticleResult(article=Article(text=sentence, title=title, name="q"), facts=(fact,), questions=(question,))


def _key_orders(page: str) -> list[list[str]]:
    """Each form's answers in key order, read back from the page."""
    keys = page.split('<section class="answer-key"')[1:]
    return [re.findall(r'<strong class="key-answer">(.*?)</strong>', key) for key in keys]


def test_article_text_is_escaped():
    page = render_quiz([_result("Eve wrote <script>alert(1)</script> in <b>bold</b>.", "Eve", "<b>T</b>")], "<i>T</i>")
    assert "<script>alert" not in page and "<b>" not in page and "<i>T" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page and "&lt;b&gt;bold&lt;/b&gt;" in page


def test_every_kind_is_escaped_in_every_place():
    page = render_quiz([result(every_kind("<img src=x onerror=alert(1)>"), title="<i>News</i>",
                               source="<a href=x>src</a>")], "T")
    assert "<img" not in page and "<i>News" not in page and "<a href" not in page
    assert page.count("&lt;img src=x onerror=alert(1)&gt;") >= 16  # prompts, options, sources in the key


def test_quiz_has_header_sections_and_key(seed_build):
    report, out = seed_build
    page = (out / SEED_HTML).read_text(encoding="utf-8")
    (result_,) = report.results
    assert "<h1>North Korea Launchers</h1>" in page
    for label in ("Name", "Class", "Date"):
        assert f'<span class="field">{label} ' in page
    quiz, key = page.split('<section class="answer-key"')
    from quizgen.export.quiz import in_title

    pool = [q for q in result_.quiz_pool if not in_title(q, result_.article.title)]  # "North Korea" is in the title
    picked = pick_for_quiz(pool, article=ArticleFacts(result_.facts))
    assert len({q.fact.sentence_index for q in picked}) == len(picked) >= 4
    assert len(re.findall(r'<li class="question" value="\d+">', quiz)) == len(picked)
    assert f"{len(picked)} questions, {len(picked)} points in total." in quiz
    key_text = key.replace("&#39;", "'").replace("&#34;", '"')
    (form,) = make_forms(select_questions(report.results))
    assert sorted(item.question.key for item in form.items) == sorted(q.key for q in picked)
    for item in form.items:
        assert f'<strong class="key-answer">{item.key_answer}</strong>' in key_text
        assert item.question.source in key_text
    assert "@page { size: A4; }" in page and ".answer-key { break-before: page" in page


def test_sections_by_kind_with_lettered_options_and_one_line_width_per_section():
    page = render_quiz([result(every_kind())], "Harbour quiz")
    headings = re.findall(r"<h2>(.*?) <span", page)
    assert headings == ["Multiple choice", "True or false", "Short answer", "Fill in the blank"]
    assert re.findall(r'<span class="points">\((\d+) points?\)', page) == ["2", "2", "2", "2"]
    (form,) = make_forms(select_questions([result(every_kind())]))
    width = {section.kind.value: section for section in form.sections}
    for item in form.items:
        block = page.split(f'<li class="question" value="{item.number}">')[1].split("</li>\n      <li class")[0]
        if item.choices and item.question.kind.value == "multiple_choice":
            for letter, choice in zip("ABCD", item.choices):
                assert f'<span class="letter">{letter}.</span> {choice}</li>' in block
        elif item.question.kind.value == "true_false":
            assert '<span class="option">True</span><span class="option">False</span>' in block
        elif item.question.kind.value == "short_answer":
            assert f'<span class="answer-line" style="width: {width["short_answer"].line_ch}ch">' in block
        else:
            assert f'<span class="blank" style="width: {width["cloze"].blank_ch}ch">' in block
        assert re.search(rf'<li value="{item.number}">.*?<strong class="key-answer">{re.escape(item.key_answer)}</strong>',
                         page)
    assert "8 questions, 8 points in total." in page


@pytest.mark.parametrize(("answers", "kind"), [
    (("Friday", "the Norwegian Ministry of Fisheries"), "cloze"),
    (("120", "Nesodden ferry terminal"), "short_answer"),
    (("Anna Berg", "Snøhetta"), "multiple_choice"),
])
def test_every_blank_and_answer_line_of_a_section_has_one_width(answers, kind):
    """A line sized to its own answer hints at the answer (and at the right option); a section's lines match."""
    sentences = [f"The council met {a} to talk." for a in answers]
    if kind == "cloze":
        questions = [cloze(s, a, n) for n, (s, a) in enumerate(zip(sentences, answers))]
        pattern = r'<span class="blank" style="width: (\d+)ch">'
    elif kind == "short_answer":
        questions = [short_answer(f"Question {n}?", a, s, n) for n, (s, a) in enumerate(zip(sentences, answers))]
        pattern = r'<span class="answer-line" style="width: (\d+)ch">'
    else:
        questions = [multiple_choice(f"The council met ____ to talk {n}.", a, ("Kari Nordmann", "Oslo Havn"), s, n)
                     for n, (s, a) in enumerate(zip(sentences, answers))]
        questions = [replace(q, blank=(16, 20)) for q in questions]
        pattern = r'<span class="blank" style="width: (\d+)ch">'
    widths = re.findall(pattern, render_quiz([result(questions)], "T"))
    assert len(widths) == 2 and widths[0] == widths[1], widths
    if kind != "multiple_choice":  # the longer answer still fits its line
        assert int(widths[0]) >= min(answer_line_width(answers[1]), MAX_INLINE_BLANK_CH)


def test_header_has_score_box_class_teacher_and_instructions():
    page = render_quiz([result(every_kind())], "T", versions=2,
                       header=Header(class_name="7B <b>", teacher="Ms Ortiz", instructions="Use a pen."))
    assert page.count('<p class="score">Score <span class="score-box"></span> / 8</p>') == 2
    assert page.count('Class <span class="filled">7B &lt;b&gt;</span>') == 2
    assert page.count('Teacher <span class="filled">Ms Ortiz</span>') == 2
    assert page.count("Use a pen. 8 questions, 8 points in total.") == 2 and "Answer every question." not in page
    plain = render_quiz([result(every_kind())], "T")
    assert 'Class <span class="line short">' in plain and "Teacher" not in plain and "Answer every question." in plain


def test_with_article_prints_each_paragraph_before_the_questions():
    article = replace(result(every_kind()).article, text="First <i>paragraph</i>.\n\nSecond one.\nThird.")
    page = render_quiz([replace(result(every_kind()), article=article)], "T", with_article=True)
    body = page.split('<section class="article">')[1]
    assert re.findall(r"<p>(.*?)</p>", body.split("</section>")[0]) == [
        "First &lt;i&gt;paragraph&lt;/i&gt;.", "Second one.", "Third."]
    assert page.index('<section class="article">') < page.index('<section class="questions')
    assert '<section class="article">' not in render_quiz([replace(result(every_kind()), article=article)], "T")


def test_same_seed_gives_byte_identical_html_and_another_seed_another_order(nlp, tmp_path):
    pages = []
    for run, seed in (("a", 5), ("b", 5), ("c", 6)):
        build([str(SEED)], tmp_path / run, nlp=nlp, formats=("html",), versions=2, seed=seed)
        pages.append((tmp_path / run / SEED_HTML).read_bytes())
    assert pages[0] == pages[1]
    assert pages[0] != pages[2]


def test_versions_hold_the_same_questions_in_different_orders(seed_build):
    report, _ = seed_build
    # the seed's quiz and a second article's: two questions or more in each kind's section, so two orders exist
    page = render_quiz([*report.results, result(every_kind())], "NK", versions=2, seed=3)
    assert page.count('<main class="quiz form"') == 2 and "Form A" in page and "Form B" in page
    assert '@page form-B { @bottom-left { content: "Form B"; } }' in page and ".form + .form { break-before: page" in page
    assert '@page key-B { @bottom-left { content: "Answer key · Form B"; } }' in page
    first, second = ([re.sub(r"^[A-Z]\. ", "", a) for a in key] for key in _key_orders(page))  # letters differ
    assert sorted(first) == sorted(second) and first != second
    quiz_a, quiz_b = page.split('<section class="answer-key"')[0].split('<main class="quiz form"')[1:]
    prompts = [re.findall(r'<p class="prompt">(.*?)</p>', quiz) for quiz in (quiz_a, quiz_b)]
    assert sorted(prompts[0]) == sorted(prompts[1]) and prompts[0] != prompts[1]


def test_no_key_and_key_only(seed_build):
    report, _ = seed_build
    full = render_quiz(report.results, "NK")
    no_key = render_quiz(report.results, "NK", answer_key="omit")
    key_only = render_quiz(report.results, "NK", answer_key="only")
    assert '<section class="answer-key"' in full and '<main class="quiz' in full
    assert '<section class="answer-key"' not in no_key and '<main class="quiz' in no_key
    assert '<section class="answer-key"' in key_only and '<main class="quiz' not in key_only
    assert _key_orders(key_only) == _key_orders(full)


def test_user_templates_override_built_ins_by_name(tmp_path):
    (tmp_path / "quiz.css").write_text("body { font-family: 'Comic Neue'; } /* teacher's own */\n", encoding="utf-8")
    (tmp_path / "quiz_header.html.j2").write_text(
        "<header><h1>Pop quiz: {{ title }}</h1><p>{{ form.total_points }} marks</p></header>\n", encoding="utf-8")
    page = render_quiz([result(every_kind())], "Harbour & <co>", templates=tmp_path)
    assert "/* teacher's own */" in page and "break-inside: avoid" not in page
    assert "<h1>Pop quiz: Harbour &amp; &lt;co&gt;</h1><p>8 marks</p>" in page
    assert '<span class="letter">A.</span>' in page  # templates not overridden stay built-in


def test_a_broken_user_template_is_an_input_error(tmp_path):
    (tmp_path / "quiz_header.html.j2").write_text("{% if %}\n", encoding="utf-8")
    with pytest.raises(InputError, match=r"quiz_header.html.j2:1: template error"):
        render_quiz([result(every_kind())], "T", templates=tmp_path)


def _fragments(item) -> list[str]:
    """The visible pieces of a printed question: around its blank, or its prompt and options."""
    question = item.question
    if question.blank is not None:
        before, _, after = question.shown_parts()  # as printed: quizgen's insertions without their brackets
        parts = [before, after]
    else:
        parts = [question.shown_prompt(), *item.choices]
    return [_squash(p) for p in parts if p.strip()]


def _squash(text: str) -> str:
    # pdftotext drops the hyphen where a line breaks after one ("vehicle-based" → "vehiclebased").
    return re.sub(r"[\s\-]+", "", text)


def _check_print(texts: list[str], forms, title: str) -> tuple[int, int]:
    """Forms and keys each start a page and no question is cut; returns (quiz pages, key pages)."""
    several = len(forms) > 1
    key_starts = [n for n, text in enumerate(texts) if text.startswith("Answer key")]
    assert len(key_starts) == len(forms), "every form's key starts at the top of a page"
    for form, start in zip(forms, key_starts):
        assert texts[start].startswith(f"Answer key · Form {form.letter}" if several else "Answer key")
    quiz_pages = texts[:key_starts[0]]
    form_starts = [n for n, text in enumerate(quiz_pages) if "Answer every question." in text]
    assert len(form_starts) == len(forms) and form_starts[0] == 0
    for form, start, end in zip(forms, form_starts, [*form_starts[1:], len(quiz_pages)]):
        assert quiz_pages[start].startswith(title)
        if several:
            assert f"Form {form.letter}" in quiz_pages[start].split("Answer every question.")[0]
        for item in form.items:
            whole = [n for n in range(start, end) if all(f in _squash(quiz_pages[n]) for f in _fragments(item))]
            assert len(whole) == 1, f"form {form.letter} question {item.number} is not whole on one page"
    for form, start in zip(forms, key_starts):
        for item in form.items:
            assert any(item.key_answer in text for text in texts[start:]), item.key_answer
    return len(quiz_pages), len(texts) - len(quiz_pages)


@needs_chromium
@pytest.mark.parametrize(("paper", "width_pt"), [("a4", 595.0), ("letter", 612.0)])
def test_seed_prints_forms_and_keys_on_their_own_pages_with_no_question_cut(seed_build, tmp_path, paper, width_pt):
    report, _ = seed_build
    # every candidate printable: the seed's chosen quiz alone may fit a page, and breaks would go untested
    results = [replace(r, printable=r.candidates) for r in report.results]
    forms = make_forms(select_questions(results), versions=2, seed=1)
    counts = {}
    for mode in ("include", "omit", "only"):
        html_file = tmp_path / f"{mode}.html"
        html_file.write_text(render_quiz(results, "North Korea Launchers", versions=2, seed=1, paper=paper,
                                         answer_key=mode), encoding="utf-8")
        pdf = print_pdf(html_file, tmp_path / f"{mode}.pdf")
        assert abs(page_size_pt(pdf)[0] - width_pt) < 1
        counts[mode] = page_count(pdf)
        if mode == "include":
            texts = page_texts(pdf)
            quiz_pages, key_pages = _check_print(texts, forms, "North Korea Launchers")
            assert quiz_pages >= 2 * len(forms)  # the questions do not fit one page: breaks were really tested
    assert counts["include"] == counts["omit"] + counts["only"] == quiz_pages + key_pages
    assert counts["only"] == key_pages


@needs_chromium
def test_every_kind_prints_with_letters_and_a_key(tmp_path):
    results = [result(every_kind())]
    html_file = tmp_path / "quiz.html"
    html_file.write_text(render_quiz(results, "Harbour News", versions=1), encoding="utf-8")
    pdf = print_pdf(html_file, tmp_path / "quiz.pdf")
    texts = page_texts(pdf)
    forms = make_forms(select_questions(results))
    assert _check_print(texts, forms, "Harbour News") == (1, 1)
    assert "A. " in texts[0] and "True False" in texts[0] and "Fill in the blank" in texts[0]


def test_render_quiz_of_nothing_still_renders():
    page = render_quiz([], "Empty")
    assert "<title>Empty · Quiz</title>" in page and '<main class="quiz' in page


def test_seed_build_writes_the_quiz_next_to_the_deck(seed_build):
    _, out = seed_build
    assert {p.name for p in Path(out).iterdir()} >= {SEED_HTML, "north-korea-launchers.apkg"}


def test_several_articles_share_sections_and_the_key_names_each_source():
    harbour = result(every_kind(), title="Harbour News", name="harbour", source="Oslo Times")
    ferry = result(every_kind("again"), title="Ferry <News>", name="ferry")
    page = render_quiz([harbour, ferry], "Week 12")
    assert "From <cite>Harbour News</cite> (Oslo Times); <cite>Ferry &lt;News&gt;</cite>" in page
    assert re.findall(r'<li class="question" value="(\d+)">', page) == [str(n) for n in range(1, 17)]
    assert page.count("<h2>") == 4 and "16 questions, 16 points in total." in page
    assert page.count("<cite>Harbour News</cite>: ") == 8 and page.count("<cite>Ferry &lt;News&gt;</cite>: ") == 8


def test_same_seed_gives_the_same_bytes_across_processes_and_hash_seeds():
    script = ("from quizgen.export.html import render_quiz\nfrom tests.factory import every_kind, result\n"
              "import sys\nsys.stdout.write(render_quiz([result(every_kind())], 'T', versions=3, seed=8))\n")
    pages = [subprocess.run([sys.executable, "-c", script], cwd=ROOT, capture_output=True, check=True, timeout=60,
                            env={**os.environ, "PYTHONPATH": str(ROOT), "PYTHONHASHSEED": hash_seed}).stdout
             for hash_seed in ("1", "2")]
    assert pages[0] == pages[1] and b"Form C" in pages[0]


def _harbour_with_article():
    article = replace(result(every_kind(), source="Oslo Times").article, text="First paragraph.\nSecond one.")
    return [replace(result(every_kind(), source="Oslo Times"), article=article)]


def test_the_page_written_follows_every_setting(tmp_path):
    """``settings_page`` (what the html exporter writes) passes each setting on, as ``render_quiz`` takes it."""
    (tmp_path / "quiz.css").write_text("/* teacher's own */\n", encoding="utf-8")
    results = _harbour_with_article()
    settings = ExportSettings(title="Week 3", deck_name="d", templates=tmp_path, quiz_questions=3,
                              quiz_kinds=(QuestionKind.MULTIPLE_CHOICE, QuestionKind.CLOZE), versions=2, seed=4,
                              paper="letter", answer_key="include", class_name="7B", teacher="Ms Ortiz",
                              instructions="Use a pen.", with_article=True)
    page = settings_page(results, settings)
    assert page == render_quiz(results, "Week 3", tmp_path, 3, kinds=settings.quiz_kinds, versions=2, seed=4,
                               paper="letter", header=Header("7B", "Ms Ortiz", "Use a pen."), with_article=True)
    assert "<h1>Week 3</h1>" in page and "/* teacher's own */" in page and "Use a pen. 3 questions" in page
    assert "Multiple choice" in page and "True or false" not in page and "<p>Second one.</p>" in page
    assert 'Class <span class="filled">7B</span>' in page and "@page { size: letter; }" in page


@pytest.mark.parametrize(("versions", "answer_key", "footers"), [
    (2, "include", ["Form A", "Form B", "Answer key · Form A", "Answer key · Form B"]),
    (2, "omit", ["Form A", "Form B"]),
    (2, "only", ["Answer key · Form A", "Answer key · Form B"]),
    (1, "include", ["", "Answer key"]),
])
def test_the_pdf_is_printed_part_by_part(tmp_path, versions, answer_key, footers):
    """``settings_parts``: each form's questions, then each form's key, a page each, with its own footer."""
    (tmp_path / "quiz.css").write_text("/* teacher's own */\n", encoding="utf-8")
    settings = ExportSettings(title="Week 3", deck_name="d", templates=tmp_path, versions=versions, seed=2,
                              answer_key=answer_key, class_name="7B", with_article=True)
    parts = settings_parts(_harbour_with_article(), settings)
    assert [re.search(r'@bottom-right \{ content: "(.*?)(?: · )?page "', p).group(1) for p in parts] == footers
    forms = make_forms(select_questions(_harbour_with_article()), versions, 2)
    for part, footer in zip(parts, footers):
        letter = footer[-1] if versions > 1 else "A"
        form = forms["AB".index(letter)]
        assert "/* teacher's own */" in part
        if footer.startswith("Answer key"):
            named = f"<h1>Answer key · Form {letter}</h1>" in part  # each part names its form when there are several
            assert named == (versions > 1) and '<section class="answer-key"' in part and '<main class="quiz' not in part
            assert f'<strong class="key-answer">{form.items[0].key_answer}</strong>' in part.replace("&#39;", "'")
        else:
            assert '<section class="answer-key"' not in part and '<main class="quiz' in part
            assert 'Class <span class="filled">7B</span>' in part and "<p>Second one.</p>" in part
            assert "<cite>Harbour News</cite> (Oslo Times)" in part
            assert (f'<p class="form-letter">Form {letter}</p>' in part) == (versions > 1)
            assert re.findall(r'<p class="prompt">(.*?)</p>', part)[0] == form.items[0].question.prompt.replace(
                "'", "&#39;")


def test_render_forms_defaults_and_refusals(tmp_path):
    forms = make_forms(select_questions([result(every_kind())]))
    sources = [Source("Harbour News", "", ("A paragraph.",))]
    page = render_forms(forms, "T", sources)
    assert "@page { size: A4; }" in page and '<section class="answer-key"' in page  # A4, with its key
    assert "A paragraph." not in page and "Form A" not in page  # no article, one form named by no letter
    assert "Form A" in render_forms(forms, "T", sources, several=True)
    assert "Form A" not in render_forms(make_forms(select_questions([result(every_kind())]), 2), "T", several=False)
    assert "Form B" in render_forms(make_forms(select_questions([result(every_kind())]), 2), "T")
    assert [s.paragraphs for s in html_sources([result(every_kind())])] == [()]  # the text only when printed
    with pytest.raises(ValueError, match=r"^paper must be one of a4, letter, not 'a3'$"):
        render_forms(forms, "T", paper="a3")
    with pytest.raises(ValueError, match=r"^answer_key must be one of include, omit, only, not 'none'$"):
        render_forms(forms, "T", answer_key="none")
    (tmp_path / "quiz_header.html.j2").write_text("{{ no_such_name }}\n", encoding="utf-8")
    with pytest.raises(InputError, match=rf"^{re.escape(str(tmp_path))}: template error: 'no_such_name' is undefined$"):
        render_forms(forms, "T", templates=tmp_path)
    with pytest.raises(InputError, match=r"^template error: "):  # no folder to name: the built-in templates
        render_forms(forms, "T", header=None)
