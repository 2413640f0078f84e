"""`quizgen review`: the teacher's page, driven in real headless Chromium, and what it exports checked in a real Anki
collection and in the printed quiz."""

from __future__ import annotations

import json
import re
import zipfile
import sqlite3
from pathlib import Path

import genanki

from quizgen.export.anki import GUID_NAMESPACE
from quizgen.questions.model import QuestionKind
from quizgen.questions.reasons import OVER_BUDGET
from quizgen.run.review_session import ADDED, DROPPED_BY_TEACHER, KEPT_BY_TEACHER
from tests.anki_helpers import import_apkg, open_collection, plain, rendered_cards
from tests.browser import needs_chromium, page_texts, print_pdf
from tests.conftest import SEED
from tests.review_page import browser_page, needs_browser, review_of, served


def _css(key: str) -> str:
    return json.dumps(key)  # a CSS string: the keys hold '|' and spaces


def _card(page, key: str):
    return page.locator(f".card[data-key={_css(key)}]")


def _words(text: str, n: int = 6) -> str:
    return " ".join(text.split()[:n])


def _notes(apkg: Path, folder: Path) -> dict[str, str]:
    """GUID → fields of every note in an .apkg (read from its collection as written)."""
    with zipfile.ZipFile(apkg) as archive:
        archive.extract("collection.anki2", folder)
    conn = sqlite3.connect(folder / "collection.anki2")
    try:
        return dict(conn.execute("select guid, flds from notes").fetchall())
    finally:
        conn.close()


@needs_browser
@needs_chromium
def test_teacher_reviews_edits_and_exports_in_the_browser(nlp, seed_build, tmp_path):
    from playwright.sync_api import expect

    from quizgen.run.build import build

    session = review_of([str(SEED)], tmp_path, nlp)
    (review,) = session.articles.values()
    name = review.article.name
    cards = review.best_first()
    edited = next(c for c in cards if c.in_deck and c.question.kind is QuestionKind.SHORT_ANSWER
                  and c.question.key in review.quiz)
    fixing = next(c for c in cards if c.question.fact.sentence_index == 0 and "threatened to deploy" in c.question.prompt)
    in_deck = [c for c in cards if c.in_deck and c not in (edited, fixing)]
    dropped = next((c for c in in_deck if c.question.key in review.quiz), in_deck[0])  # on the quiz too, if one is
    pulled = next(c for c in cards if c.reason == OVER_BUDGET and c.question.kind is not QuestionKind.TRUE_FALSE)
    # two true/false cards off the quiz, on sentences no other marked card uses: the second goes on, then moves up
    tf_off = [c for c in cards if c.question.kind is QuestionKind.TRUE_FALSE and c.question.key not in review.quiz
              and c.question.fact.sentence_index not in (0, pulled.question.fact.sentence_index)]
    first_tf = tf_off[0]
    tf = next(c for c in tf_off if c.question.fact.sentence_index != first_tf.question.fact.sentence_index)
    on_quiz = [c for c in cards if c.question.key in review.quiz
               and c not in (edited, dropped, fixing, pulled, tf, first_tf)]
    unmarked = next((c for c in on_quiz if c.question.kind is QuestionKind.MULTIPLE_CHOICE), on_quiz[0])  # any kind
    tf_before = first_tf.question.key
    keys = {c.question.key for c in (edited, fixing, dropped, pulled, tf, first_tf, unmarked)}
    assert len(keys) == 7
    new_prompt = "Who said that dialogue or confrontation could be chosen, but confrontation needs more preparation?"
    _, built = seed_build  # the deck the teacher imported before reviewing (every card: the same GUIDs)

    with served(session) as server, browser_page() as page:
        # open: the article beside every card, each with its score and why it was kept or dropped
        page.goto(server.url)
        expect(page.locator(".sentence").first).to_contain_text("North Korea has threatened")
        expect(page.locator(".card")).to_have_count(len(review.cards))
        expect(_card(page, pulled.question.key).locator(".reason")).to_have_text(OVER_BUDGET)
        expect(_card(page, edited.question.key).locator(".rank")).to_contain_text(f"{edited.rank:.2f}")

        # edit a prompt inline
        card = _card(page, edited.question.key)
        card.get_by_role("button", name="Edit").click()
        card.locator("textarea[name=prompt]").fill(new_prompt)
        card.get_by_role("button", name="Save").click()
        expect(_card(page, edited.question.key).locator(".anki .front")).to_have_text(new_prompt)

        # fix a word in one sentence: the same fix is offered to the other cards on it
        card = _card(page, fixing.question.key)
        card.get_by_role("button", name="Edit").click()
        prompt = card.locator("textarea[name=prompt]")
        prompt.fill(prompt.input_value().replace("to deploy", "to send"))
        card.get_by_role("button", name="Save").click()
        expect(page.locator("#offer")).to_be_visible()
        expect(page.locator("#offer .offer-text")).to_contain_text("“deploy” → “send”")
        page.get_by_role("button", name="Apply to them").click()
        expect(page.locator("#offer")).to_be_hidden()
        expect(page.locator("#status")).to_contain_text("saved")

        # drop a card, pull a dropped one back
        _card(page, dropped.question.key).get_by_role("button", name="Drop").click()
        expect(_card(page, dropped.question.key)).to_have_class(re.compile(r"\bdropped\b"))
        _card(page, pulled.question.key).get_by_role("button", name="Pull back into the deck").click()
        expect(_card(page, pulled.question.key)).to_have_class(re.compile(r"\bkept\b"))
        expect(_card(page, pulled.question.key).locator(".reason")).to_have_text(KEPT_BY_TEACHER)

        # mark the quiz's cards: three on, one off, and the last true/false one a place up in its section
        _card(page, first_tf.question.key).get_by_label("On the printed quiz").check()
        _card(page, tf.question.key).get_by_label("On the printed quiz").check()
        expect(page.locator(f".quiz-item[data-key={_css(tf.question.key)}]")).to_have_count(1)
        _card(page, pulled.question.key).get_by_label("On the printed quiz").check()
        expect(page.locator(f".quiz-item[data-key={_css(pulled.question.key)}]")).to_have_count(1)
        _card(page, unmarked.question.key).get_by_label("On the printed quiz").uncheck()
        expect(page.locator(f".quiz-item[data-key={_css(unmarked.question.key)}]")).to_have_count(0)
        page.locator(f".quiz-item[data-key={_css(tf.question.key)}]").get_by_role("button", name="Move up").click()
        order = page.locator(".quiz-item")
        expect(order).to_have_count(len(review.quiz))
        # the list is drawn again once the server has the move: read it whole when the move shows, not mid-draw
        page.wait_for_function("""([moved, before]) => {
            const keys = [...document.querySelectorAll('.quiz-item')].map(e => e.dataset.key);
            return keys.includes(moved) && keys.indexOf(moved) === keys.indexOf(before) - 1;
        }""", arg=[tf.question.key, tf_before])
        shown = order.evaluate_all("items => items.map(item => item.dataset.key)")
        assert shown.index(tf.question.key) == shown.index(tf_before) - 1

        # add a card by selecting words in the article
        page.evaluate("""() => {
            const span = document.querySelector('.sentence[data-sentence="2"]');
            const text = span.firstChild, at = text.data.indexOf('fireworks');
            const range = document.createRange();
            range.setStart(text, at); range.setEnd(text, at + 'fireworks'.length);
            getSelection().removeAllRanges(); getSelection().addRange(range);
        }""")
        page.get_by_role("button", name="Make a card of the selected words").click()
        added = page.locator(".card", has_text=ADDED)
        expect(added).to_have_count(1)
        expect(added.locator(".anki .front")).to_contain_text("accompanied by [...]")
        added_key = added.get_attribute("data-key")

        # settings, then export from the page
        page.locator("input[name=deck]").fill("Korea review")
        page.locator("input[name=title]").fill("Launchers quiz")
        page.locator("input[name=class]").fill("10B")
        page.get_by_role("button", name="Export").click()
        expect(page.locator("#status")).to_contain_text("north-korea-launchers.html")

    out = tmp_path / "out"
    apkg, quiz = out / "north-korea-launchers.apkg", out / "north-korea-launchers.html"
    saved = json.loads((tmp_path / "questions.json").read_text(encoding="utf-8"))
    (entry,) = saved["articles"]
    assert saved["settings"]["deck"] == "Korea review" and saved["settings"]["class"] == "10B"
    assert {q["key"]: q["reason"] for q in entry["dropped"]}[dropped.question.key] == DROPPED_BY_TEACHER
    assert pulled.question.key in {q["key"] for q in entry["questions"]} and tf.question.key in entry["quiz"]

    # in a real Anki collection: the deck the teacher had, then the reviewed one over it
    guid = {key: genanki.guid_for(GUID_NAMESPACE, name, key) for key in [*keys, added_key]}
    col = open_collection(tmp_path)
    try:
        import_apkg(col, built / "north-korea-launchers.apkg")
        before = {c.guid for c in rendered_cards(col)}
        assert guid[edited.question.key] in before and guid[dropped.question.key] in before
        import_apkg(col, apkg)
        every = rendered_cards(col)
        after = {c.guid: c for c in every}
        assert sum(c.guid == guid[edited.question.key] for c in every) == 1
        assert after[guid[edited.question.key]].card.prompt == new_prompt  # the same note, edited (story line aside)
    finally:
        col.close()
    fresh = tmp_path / "fresh"
    fresh.mkdir()
    col = open_collection(fresh)
    try:
        import_apkg(col, apkg)
        imported = {c.guid: c for c in rendered_cards(col)}
    finally:
        col.close()
    assert guid[dropped.question.key] not in imported  # the dropped card is gone from the deck
    assert guid[pulled.question.key] in imported and guid[added_key] in imported
    assert "accompanied by fireworks" in plain(imported[guid[added_key]].answer_html)
    assert {c.deck for c in imported.values()} == {"Korea review"}
    fixed = [c for c in imported.values() if "threatened to deploy" in plain(c.answer_html)]
    assert fixed == []  # the fix reached every card on the sentence, front and back

    # the printed quiz: the marked cards, in the teacher's order, under the quiz title and class
    text = " ".join(page_texts(print_pdf(quiz, tmp_path / "quiz.pdf")))
    questions = text[:text.index("Answer key")] if "Answer key" in text else text
    assert "Launchers quiz" in questions and "10B" in questions
    for card in (tf, first_tf, pulled):  # as printed: without the marks around words quizgen put in
        assert _words(card.question.shown_prompt()) in questions, card.question.key
    assert _words(new_prompt) in questions
    for card in (unmarked, dropped):
        assert card.question.key not in entry["quiz"]
        index = card.question.fact.sentence_index
        if not any(review.cards[k].question.fact.sentence_index == index for k in entry["quiz"] if k in review.cards):
            assert _words(card.question.shown_prompt(), 10) not in questions  # no other card shows its words
    tf_at = questions.index(_words(tf.question.shown_prompt()))
    assert tf_at < questions.index(_words(review.cards[tf_before].question.shown_prompt()))

    # the terminal gives the same: `quizgen build questions.json` from the saved file
    again = build([str(tmp_path / "questions.json")], tmp_path / "again")
    assert [p.name for p in again.written] == [apkg.name, quiz.name]
    assert (tmp_path / "again" / quiz.name).read_bytes() == quiz.read_bytes()
    assert _notes(tmp_path / "again" / apkg.name, tmp_path / "n1") == _notes(apkg, tmp_path / "n2")
