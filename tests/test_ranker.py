"""The learned ranker: weights shipped as data, read at run time, and the deck ordered by them."""

from __future__ import annotations

import json

import pytest
from importlib import resources

from quizgen.facts.model import FactKind
from quizgen.questions.features import FACT_KINDS, FAMILIES, ArticleContext, features, score
from quizgen.questions.key_facts import SIGNALS
from quizgen.questions.ranking import MIN_KEEP, keep_chance, ranker, within_budget
from tests.factory import cloze, fact


def test_every_weight_names_a_feature_quizgen_makes():
    made = {f"family={f}" for f in FAMILIES} | {f"kind={k}" for k in FACT_KINDS}
    made |= {"multiple_choice", "importance", "lead", "position", "mentions", "mentioned_once", "answer_words",
             "answer_weekday", "answer_day_part", "answer_year", "answer_scale", "answer_small_word_number", "answer_one_word_name", "prompt_words", "prompt_long",
             "speaker_question", "quote_in_prompt", "definite_nouns", "intercept", "how_many", "mention_share",
              "answer_conjunct", "answer_long", "answer_month_only", "inside_quote",
             "unplaced_speaker", "giveaway", "points_back", "prompt_nameless"}
    made |= set(SIGNALS)  # the key-fact signals: learned with the rest, read by KeyFacts for the deck's chance
    assert set(ranker()) <= made and len(ranker()) > 10
    data = json.loads(resources.files("quizgen.questions").joinpath("ranker.json").read_text(encoding="utf-8"))
    assert data["cards"] >= 600 and data["cv_auc"] > 0.6


def test_features_name_what_a_teacher_would():
    sentence = "Kim Jong Un inspected 250 launchers in Pyongyang on Sunday."
    context = ArticleContext({0: {"kim jong un", "250", "sunday"}, 1: {"kim jong un"}})
    day = cloze(sentence, "Sunday", 0)
    found = features(day, context)
    assert found["answer_weekday"] == 1 and found["lead"] == 1 and "answer_year" not in found
    assert features(cloze(sentence, "Kim Jong Un", 0), context)["mentions"] > found["mentions"]


@pytest.mark.parametrize("sentence, answer, name", [
    ("Officials from the US and South Korea met in Geneva in 2019.", "South Korea", "answer_conjunct"),
    ("Officials from South Korea, Japan and the US met in Geneva in 2019.", "South Korea", "answer_conjunct"),
    ("Officials from South Korea met in Geneva in 2019.", "South Korea", ""),
    ("An analyst, Joseph Dempsey, said on Monday that it was unlikely and illogical.", "Joseph Dempsey", ""),
    ("The ministry named Ana Ruiz, deputy head of research at the Institute for Naval Studies.",
     "deputy head of research at the Institute for Naval Studies", "answer_long"),
    ("The treaty was signed in June.", "June", "answer_month_only"),
    ("The treaty was signed in June 2019.", "June 2019", ""),
])
def test_features_mark_guessable_and_unrecallable_answers(sentence, answer, name):
    from dataclasses import replace

    question = cloze(sentence, answer, 0)
    if name == "answer_month_only" or answer.startswith("June"):
        question = replace(question, fact=replace(question.fact, kind=FactKind.DATE))
    found = features(question, ArticleContext({0: {answer.lower()}}))
    flagged = {n for n in ("answer_conjunct", "answer_long", "answer_month_only") if found.get(n)}
    assert flagged == ({name} if name else set())


@pytest.mark.parametrize("sentence, answer, nameless", [
    # blind raters, every rated card to stop 36: 22% good with no name in the narration, 36-44% with two or more
    ("The market will be worth $2 billion by 2022.", "$2 billion", True),
    ("In 2007, it employed 500 people managing $1 billion in construction.", "500", True),
    ("“We will win,” he said on Monday, 3 March 2019.", "Monday, 3 March 2019", True),  # a quote's words are no name
    ("In 2007, Taylor employed 500 people managing $1 billion in construction.", "500", False),
    ("The market in Ohio will be worth $2 billion by 2022.", "$2 billion", False),
    ("Ohio’s market will be worth $2 billion by 2022.", "$2 billion", True),  # a first word is capitalised anyway: not read
])
def test_a_prompt_that_names_nothing_is_a_feature(sentence, answer, nameless):
    found = features(cloze(sentence, answer, 0), ArticleContext({0: {answer.lower()}}))
    assert bool(found.get("prompt_nameless")) is nameless


def test_how_many_and_the_article_subject_are_features():
    from tests.factory import short_answer

    sentence = "North Korea deployed 250 launchers near Kaesong in 2024."
    context = ArticleContext({0: {"north korea", "250"}, 1: {"north korea"}, 2: {"north korea"}, 3: {"kaesong"}})
    count = short_answer("How many launchers did North Korea deploy near Kaesong in 2024?", "250", sentence, 0)
    country = short_answer("Which country deployed 250 launchers near Kaesong in 2024?", "North Korea", sentence, 0)
    assert features(count, context)["how_many"] == 1 and "how_many" not in features(country, context)
    assert features(country, context)["mention_share"] == 0.75 > features(count, context)["mention_share"]


def test_score_is_a_logistic_of_the_weights():
    assert score({}, {"intercept": 0.0}) == 0.5
    assert score({"a": 1.0}, {"a": 2.0, "intercept": -2.0}) == 0.5
    assert score({"a": 1.0}, {"a": 40.0}) > 0.999


def test_the_shared_sums_give_the_same_chance_as_the_features():
    """``keep_chance`` sums a fact's and an answer's weights once for all its forms: the chance must still be the
    logistic of every feature the question has, for each of several forms of one fact and another article."""
    from quizgen.questions.features import chance, logit

    sentence = "Kim Jong Un inspected 250 launchers in Pyongyang on Sunday."
    context = ArticleContext({0: {"kim jong un", "250", "sunday"}, 1: {"kim jong un"}})
    questions = [cloze(sentence, "Kim Jong Un", 0), cloze(sentence, "250", 0), cloze(sentence, "Sunday", 0)]
    model = dict(ranker())
    for question in questions * 2:  # the second pass reads the shared sums back
        assert abs(chance(logit(question, context, model)) - score(features(question, context), model)) < 1e-12
    other = {**model, "lead": model.get("lead", 0.0) + 5.0}  # another model never reads the first one's sums
    assert abs(chance(logit(questions[0], context, other)) - score(features(questions[0], context), other)) < 1e-12
    assert chance(logit(questions[0], context, other)) != chance(logit(questions[0], context, model))


def test_the_budget_keeps_what_teachers_keep_first():
    long = ("The International Atomic Energy Agency said on Monday, 3 July 2023, that Iran had enriched 120 kilograms "
            "of uranium to 60 percent purity at its Fordow plant in 2023.")
    cards = [cloze(long, "International Atomic Energy Agency", 0), cloze(long, "Monday", 0),
             cloze("Officials met in Vienna.", "Vienna", 1)]
    later = fact("The International Atomic Energy Agency will report again in June.", "International Atomic Energy "
                 "Agency", 2)  # the article's subject, named again
    facts = [q.fact for q in cards] + [later]
    context = ArticleContext({0: {"international atomic energy agency", "monday"}, 1: {"vienna"},
                              2: {"international atomic energy agency"}})
    chances = [keep_chance(q, context) for q in cards]
    assert chances[0] > chances[1]  # the agency over the weekday, learned from the ratings
    kept = within_budget(cards, 1, facts)
    assert [q.answer for q in kept] == ["International Atomic Energy Agency"]
    everything = within_budget(cards, 10, facts)
    assert all(keep_chance(q, context) >= MIN_KEEP for q in everything)
    assert len(everything) == sum(c >= MIN_KEEP for c in chances)


def test_a_weekday_answer_ranks_below_a_year():
    sentence = "The treaty was signed in Paris in 1963 on a Tuesday by both foreign ministers."
    context = ArticleContext({0: {"1963", "tuesday"}})
    year, day = cloze(sentence, "1963", 0), cloze(sentence, "Tuesday", 0)
    assert keep_chance(year, context) > keep_chance(day, context)
    assert fact(sentence, "1963", 0, FactKind.DATE).kind is FactKind.DATE


@pytest.mark.parametrize("prompt, family, speaker", [
    ("Who said: “The harbour will reopen before the summer season starts”?", "who_said", 1),
    ("Which port authority spokesman said: “The harbour will reopen before the summer season starts”?", "who_said",
     1),  # asked by the speaker's title: still a who-said card to the ranker
    ("Which port authority closed the harbour before the summer season started?", "wh", 0),
])
def test_a_who_said_card_by_title_is_a_speaker_question(prompt, family, speaker):
    from dataclasses import replace

    from tests.factory import short_answer

    sentence = "“The harbour will reopen before the summer season starts,” port authority spokesman Lars Holm said."
    question = replace(short_answer(prompt, "Lars Holm", sentence, 0), family=family)
    assert features(question, ArticleContext({0: {"lars holm"}})).get("speaker_question", 0) == speaker


def test_the_shipped_ranker_never_learned_from_a_measure_page():
    """Measure pages are held out for blind ratings: their rated cards stay in the ratings file (for rater agreement)
    but the shipped weights count only the others, so a retrain that let them in fails here."""
    from benchmarks.ranker import RATINGS, measure_pages, training_rows

    rows = [json.loads(line) for line in RATINGS.read_text(encoding="utf-8").splitlines()]
    held_out = measure_pages()
    assert held_out and any(row["page"] in held_out for row in rows)
    kept = training_rows()
    assert kept and not {row["page"] for row in kept} & held_out
    data = json.loads(resources.files("quizgen.questions").joinpath("ranker.json").read_text(encoding="utf-8"))
    assert data["cards"] == len(kept) < len(rows)


@pytest.mark.parametrize("prompt, answer, given", [
    ("Inspectors of the International Atomic Energy Agency visited; _____ officials said.", "IAEA", 1),  # initials
    ("Inspectors of the International Atomic Energy Agency visited; _____ officials said.", "OPEC", 0),
    ("Which company sells Fios TV, said the Verizon executive?", "Verizon", 1),
    ("Which company sells Fios TV, said the executive?", "Verizon", 0),
    ("Which Georgian city hosted the talks?", "Georgia Tech", 1),  # the same word's stem shows it
    ("Which city hosted the talks in the new year?", "New York", 0),  # a short word gives nothing away
])
def test_a_prompt_that_shows_its_answer_is_a_giveaway(prompt, answer, given):
    from tests.factory import short_answer

    question = short_answer(prompt, answer, f"The talks were held by {answer}.", 0)
    assert features(question, ArticleContext({0: {answer.lower()}})).get("giveaway", 0) == given


@pytest.mark.parametrize("sentence, answer, pointing", [
    ("He told reporters the plant would close in 2019.", "2019", 1),
    ("Another patient was flown to London on Monday.", "London", 1),
    ("Similar agreements were signed in March 2014.", "March 2014", 1),
    ("The mayor told reporters the plant would close in 2019.", "2019", 0),
    ("The mayor said on Monday that his plant would close in 2019 after talks with them.", "2019", 0),  # later: inside
    ("“He will not stay,” the mayor told reporters in 2019.", "2019", 0),  # the quote's own words, not narration
])
def test_a_prompt_opening_on_a_word_that_points_back(sentence, answer, pointing):
    question = cloze(sentence, answer, 0)
    assert features(question, ArticleContext({0: {answer.lower()}})).get("points_back", 0) == pointing


@pytest.mark.parametrize("sentence, answer, inside", [
    ("“We will rebuild the harbour in Bergen,” the mayor said.", "Bergen", 1),
    ("The mayor said in Bergen: “We will rebuild the harbour.”", "Bergen", 0),
    ("\"Nobody in Oslo expected it,\" she said.", "Oslo", 1),
])
def test_a_blank_inside_a_quotation(sentence, answer, inside):
    question = cloze(sentence, answer, 0)
    assert features(question, ArticleContext({0: {answer.lower()}})).get("inside_quote", 0) == inside


@pytest.mark.parametrize("kind, standing, unplaced", [
    (FactKind.QUOTE, "", 1),  # a passer-by quoted once
    (FactKind.PERSON, "", 1),
    (FactKind.QUOTE, "port authority spokesman", 0),
    (FactKind.PERSON, "named in 4 sentences", 0),
    (FactKind.PERSON, None, 0),  # not judged
    (FactKind.PLACE, "", 0),
])
def test_a_speaker_the_article_gives_no_role(kind, standing, unplaced):
    from dataclasses import replace

    question = cloze("“It was loud,” said Ann Berg, who lives nearby.", "Ann Berg", 0)
    question = replace(question, fact=replace(question.fact, kind=kind, standing=standing))
    assert features(question, ArticleContext({0: {"ann berg"}})).get("unplaced_speaker", 0) == unplaced



def test_a_news_datasets_plain_text_page_stays_text(tmp_path):
    """A ranker page taken from a dataset of plain-text articles keeps its ending, so quizgen reads it as text (a
    headline line, then paragraphs), not as HTML; the page lists hold both kinds, by name."""
    from benchmarks.ranker import _suffix, page_files

    assert _suffix({"path": "news/politics/a-story.txt"}) == ".txt"
    assert _suffix({"path": "tests/data/html/cnn_001.html"}) == ".html"
    for name in ("b-page.txt", "a-page.html", "c-page.html", "notes.md"):
        (tmp_path / name).write_text("x", encoding="utf-8")
    assert [p.name for p in page_files(tmp_path)] == ["a-page.html", "b-page.txt", "c-page.html"]


def test_a_news_datasets_csv_row_is_one_plain_text_page(monkeypatch):
    """A dataset kept as one CSV of articles gives each page as its row: the headline on the first line, then the
    text, written as ``.txt`` and checked like any page; a row past the end is missing, not a crash."""
    from hashlib import sha256

    from benchmarks.dev_corpus import checked_blob, csv_article
    from benchmarks.ranker import _suffix

    data = 'title,text,subject\n"Mayor opens bridge","OAKTOWN - The mayor, Ann Berg, opened it.",News\n' \
           'Second story,"A second, longer text.",News\n'.encode("utf-8")
    assert csv_article(data, 1) == b"Second story\n\nA second, longer text.\n"
    assert csv_article(data, 0).startswith(b"Mayor opens bridge\n\nOAKTOWN - The mayor, Ann Berg,")
    assert _suffix({"path": "True.csv", "row": 1}) == ".txt"
    with pytest.raises(LookupError):
        csv_article(data, 2)

    monkeypatch.setattr("benchmarks.dev_corpus.read_blob", lambda mirrors, entry: data)
    entry = {"name": "x", "row": 1, "sha256": sha256(b"Second story\n\nA second, longer text.\n").hexdigest()}
    assert checked_blob([], entry) == b"Second story\n\nA second, longer text.\n"
    assert checked_blob([], {**entry, "row": 5}) is None


def test_a_dated_csv_row_keeps_its_date_as_a_header_line(monkeypatch):
    """A manifest entry marked ``dated`` gives the row's date as the article's ``date:`` line (ISO), the headline as
    its ``title:`` line: the article as published, read by quizgen as a dated article."""
    from hashlib import sha256

    from benchmarks.dev_corpus import checked_blob, csv_article
    from quizgen.read.article import parse_article

    data = 'title,text,subject,date\n"Mayor opens bridge","OAKTOWN - The mayor opened it.",News,"November 1, 2017 "\n' \
        .encode("utf-8")
    page = b"title: Mayor opens bridge\ndate: 2017-11-01\n\nOAKTOWN - The mayor opened it.\n"
    assert csv_article(data, 0, dated=True) == page
    assert csv_article(data, 0) == b"Mayor opens bridge\n\nOAKTOWN - The mayor opened it.\n"
    article = parse_article(page.decode("utf-8"), "mayor")
    assert (article.title, article.date) == ("Mayor opens bridge", "2017-11-01")
    monkeypatch.setattr("benchmarks.dev_corpus.read_blob", lambda mirrors, entry: data)
    entry = {"name": "x", "row": 0, "dated": True, "sha256": sha256(page).hexdigest()}
    assert checked_blob([], entry) == page
    assert checked_blob([], {**entry, "dated": False}) is None


def test_a_longer_quotation_lifts_a_who_said_card_alone():
    """Stored ratings of who-said cards rise with the prompt's length (48% good at 10–14 words, 77% at 30–34): of two
    who-said cards otherwise alike, the longer quotation ranks first; any other card keeps the ranker's chance."""
    from dataclasses import replace

    from quizgen.questions.features import chance, logit
    from quizgen.questions.ranking import said_words_lift
    from tests.factory import short_answer

    short = "“We are pleased with the result,” Lars Holm said."
    long = ("“We are pleased with the result, and the harbour will reopen to ferries and fishing boats before the "
            "summer season starts in May,” Lars Holm said.")
    cards = [replace(short_answer(f"Who said: “{text.split('”')[0][1:]}”?", "Lars Holm", text, i), family="who_said")
             for i, text in enumerate((short, long))]
    context = ArticleContext({0: {"lars holm"}, 1: {"lars holm"}})
    lifts = [said_words_lift(q) for q in cards]
    assert lifts[0] < 0 < lifts[1]
    assert keep_chance(cards[0], context) < keep_chance(cards[1], context)
    assert abs(keep_chance(cards[1], context) - chance(logit(cards[1], context, ranker()) + lifts[1])) < 1e-12
    other = cloze("The harbour will reopen before the summer season starts, Lars Holm said.", "Lars Holm", 2)
    assert said_words_lift(other) == 0.0
    assert keep_chance(other, ArticleContext({2: {"lars holm"}})) == chance(logit(other, ArticleContext(
        {2: {"lars holm"}}), ranker()))
