"""The cheap tests that spare a slow pattern or a whole pass: each may only say "cannot match" when the slow way finds
nothing, and each must say it for ordinary text (else it spares nothing). Sentences written for the tests."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from quizgen.facts.model import FactKind
from quizgen.questions import shape, standalone
from quizgen.questions.distractors import ArticleFacts
from quizgen.questions.ranking import _UNDATED_DAY, _undated_day
from quizgen.questions.standalone import _COUNTED_FROM, _RELATIVE_TIME, _anchors, may_tell_time, narration
from tests.factory import placed_fact

_DATA = json.loads((Path(standalone.__file__).with_name("standalone.json")).read_text(encoding="utf-8"))


def _tells_time(text: str) -> bool:
    told = narration(text)
    return bool(_RELATIVE_TIME.search(told) or _COUNTED_FROM.search(told) or _anchors().search(told))


TIMED = [
    "The council voted yesterday to close the pool.",
    "Shares fell today in Tokyo.",
    "The launch is set for tomorrow.",
    "The band plays tonight in Oslo.",
    "Prices rose this weekend across the region.",
    "The mayor resigned last month.",
    "Sales will grow next year, the firm said.",
    "The storm hit last night.",
    "The report came out earlier this week.",
    "A vote is due later today.",
    "The ship sank three days ago.",
    "The deal was signed two years ago.",
    "Harvests were poor this autumn.",
    "Snow fell this winter in Cairo.",
    "Rents climbed this spring.",
    "The mill has since closed.",
    "Two hours later the road reopened.",
    "A week earlier the board had met.",
    "THE MINISTER SPOKE LAST WEEK.",  # any case
    "At the t\u0130me, the bridge was shut.",  # "İ" matches "i" under IGNORECASE
    "Rain fell this wee\u212a.",  # the Kelvin sign matches "k"
    "Two dayſ later the port reopened.",  # the long s matches "s"
    *[f"The plant closed {phrase}." for phrase in _DATA["relative_anchors"]],
    *[f"Talks resumed the {unit} before." for unit in _DATA["anchors_before_after"]],
]
UNTIMED = [
    "The council voted to close the pool.",
    "North Korea tested a missile over the sea, officials said.",
    "Acme Corp sold 4,000 cars in Spain.",
    "Maria Lopez is the mayor of Rotterdam.",
]


@pytest.mark.parametrize("sentence", TIMED)
def test_the_time_words_test_lets_every_relative_time_through(sentence):
    assert _tells_time(sentence)  # the table holds what the patterns find
    assert may_tell_time(narration(sentence))


@pytest.mark.parametrize("sentence", UNTIMED)
def test_the_time_words_test_spares_the_patterns_on_plain_sentences(sentence):
    assert not _tells_time(sentence)
    assert not may_tell_time(narration(sentence))


REPEATED = [
    "Who spoke from Ellesa Throwden Ellesa Throwden?",
    "What did the city council the city council approve?",
    "When did the port of Busan port of Busan reopen?",
]
NOT_REPEATED = [
    "Who said the plan would cut the costs of the program?",  # "the" twice, never the same two words in a row
    "What did the mayor of the city approve in the spring?",
]


@pytest.mark.parametrize("question", REPEATED)
def test_the_repeat_test_lets_every_repeated_phrase_through(question):
    assert shape._REPEATED.search(question)
    assert shape._may_repeat(question)
    assert shape.garbled(question) == "a phrase said twice"


@pytest.mark.parametrize("question", NOT_REPEATED)
def test_the_repeat_test_spares_the_pattern_without_a_repeated_pair(question):
    assert not shape._REPEATED.search(question)
    assert not shape._may_repeat(question)


@pytest.mark.parametrize("prompt, undated", [
    ("What happened at Sunday's rally in Lima?", True),
    ("What happened at Sunday’s rally in Lima?", True),  # a typographic apostrophe
    ("What happened at the rally on Sunday in Lima?", False),
    ("What happened at Maria's rally in Lima?", False),
])
def test_the_undated_day_test_agrees_with_the_pattern(prompt, undated):
    assert bool(_UNDATED_DAY.search(narration(prompt))) is undated
    assert _undated_day(prompt) is undated


def test_a_prompt_without_an_apostrophe_is_never_searched(monkeypatch):
    class Refuse:
        def search(self, text):
            raise AssertionError("searched")

    monkeypatch.setattr("quizgen.questions.ranking._UNDATED_DAY", Refuse())
    assert _undated_day("What happened at the rally on Sunday in Lima?") is False


def _article() -> list:
    rows = [
        ("Maria Lopez opened the port in Lisbon.", "Maria Lopez", FactKind.PERSON),
        ("The port in Lisbon cost $40 million.", "Lisbon", FactKind.PLACE),
        ("The port cost $40 million.", "$40 million", FactKind.AMOUNT),
        ("Carlos Mendes said the port opened in 2019.", "Carlos Mendes", FactKind.PERSON),
        ("The port opened in 2019.", "2019", FactKind.DATE),
        ("Hamburg sent 12 ships.", "Hamburg", FactKind.PLACE),
        ("Hamburg sent 12 ships.", "12", FactKind.COUNT),
        ("The Port Authority runs the port.", "The Port Authority", FactKind.ORGANIZATION),
    ]
    return [placed_fact(sentence, answer, kind, i) for i, (sentence, answer, kind) in enumerate(rows)]


@pytest.mark.parametrize("kind", ["person", "org", "place", "date", "number", "equipment"])
def test_the_pool_of_one_kind_is_that_kind_of_the_whole_pool(kind):
    whole = {t: names for t, names in ArticleFacts(_article()).by_type.items() if t.kind == kind}
    alone = ArticleFacts(_article()).answers_of(kind)
    assert alone == whole


def test_the_pool_of_one_kind_types_only_the_facts_that_can_be_of_it(monkeypatch):
    import quizgen.questions.distractors as distractors

    typed = []
    real = distractors.fine_type

    def counting(fact, shown, article=None):
        typed.append(fact.kind)
        return real(fact, shown, article)

    monkeypatch.setattr(distractors, "fine_type", counting)
    ArticleFacts(_article()).answers_of("place")
    assert typed == [FactKind.PLACE, FactKind.PLACE]


@pytest.mark.parametrize("prompt, answer, shown", [
    ("Inspectors of the International Atomic Energy Agency visited the plant.", "IAEA", True),
    ("Inspectors of the International Atomic Energy Agency visited the plant.", "I.A.E.A.", True),
    ("The Pakistan Peoples Party (PPP) won the vote.", "Pakistan Peoples Party", True),
    ("Inspectors of the International Atomic Energy Agency visited the plant.", "Vienna", False),
    ("Inspectors of the International Atomic Energy Agency visited the plant.", "NASA", False),
])
def test_another_form_of_the_answer(prompt, answer, shown):
    from quizgen.questions.candidates import shows_another_form

    assert shows_another_form(prompt, answer) is shown


def test_an_answer_that_is_no_initials_is_never_matched_against_the_prompts_names(monkeypatch):
    import quizgen.questions.candidates as candidates

    def refuse(short, long):
        raise AssertionError("compared")

    monkeypatch.setattr(candidates, "abbreviates", refuse)
    assert candidates.shows_another_form("Inspectors of the International Atomic Energy Agency came.", "Vienna") is False


# Work done once per sentence or per parse instead of once per fact (issue 15/16 speed: about three facts a sentence).
# Each must give what the per-fact way gives; sentences written for the tests.

def _scanned(parse, start: int, end: int) -> list:
    return [t for t in parse.tokens if t.idx < end and t.idx + len(t.text) > start]


@pytest.mark.parametrize("sentence", [
    "Acme Corp's chief executive, Maria Lopez, said on Monday that 4,000 cars were sold in Spain.",
    "“We will keep working,” said Ivan Petrov of the Port Authority in Lisbon.",
])
def test_a_spans_tokens_found_by_bisection_are_the_tokens_a_scan_finds(nlp, sentence):
    from quizgen.nlp.parse import parse_of

    doc = nlp(sentence)
    parse = parse_of(doc[:], 0)
    merged = parse.with_phrase(0, 2, "[Acme Corporation]", ent_type="ORG")  # a rewrite shifts the offsets
    for each in (parse, merged):
        assert each._bounds is not None  # the parser's tokens run in order: bisection, not the scan
        width = len(each.text)
        for start in range(width + 1):
            for end in range(start, width + 2):
                assert each.tokens_in(start, end) == _scanned(each, start, end), (start, end)


def test_tokens_out_of_order_are_scanned():
    from quizgen.nlp.parse import SentenceParse, Tok

    late = Tok(i=0, text="Oslo", ws=" ", lemma="", pos="PROPN", tag="NNP", dep="nsubj", head=1, idx=6)
    early = Tok(i=1, text="sank", ws="", lemma="sink", pos="VERB", tag="VBD", dep="ROOT", head=1, idx=0)
    parse = SentenceParse((late, early))
    assert parse._bounds is None
    assert parse.tokens_in(0, 4) == [early] and parse.tokens_in(0, 10) == [late, early]


def test_the_sentence_wide_reasons_are_read_once_and_each_facts_own_answer_still_counts():
    from quizgen.questions.standalone import ANSWER_RELATIVE, _sentence_view, needs_context

    _sentence_view.cache_clear()
    sentence = "Anna Berg said the ferry sank yesterday near Oslo with 162 people on board."
    # "yesterday" as the answer is hidden on its own card: only the other facts of the sentence point back
    told = placed_fact(sentence, "yesterday", FactKind.DATE, 0)
    others = [placed_fact(sentence, answer, FactKind.COUNT if answer == "162" else FactKind.PLACE, 0)
              for answer in ("Oslo", "162")]
    assert [needs_context(f) for f in others] == ["relative time", "relative time"]
    assert needs_context(told) == ANSWER_RELATIVE  # the answer itself is a relative time: no card either
    assert _sentence_view.cache_info().misses == 1 and _sentence_view.cache_info().hits == 2
    cut = "he said the ferry sank near Oslo with 162 people on board."
    assert [needs_context(placed_fact(cut, answer, FactKind.PLACE, 0)) for answer in ("Oslo",)] \
        == ["a sentence fragment"]


def test_the_quiz_reads_whether_a_card_is_held_back_only_of_the_likely_ones():
    from quizgen.questions.features import ArticleContext
    from quizgen.questions.ranking import MIN_KEEP, keep_chance, quiz_worthy
    from tests.factory import cloze

    likely = cloze("The European Commission fined Northwind Energy 40 million euros in 2023.", "2023", 0)
    unlikely = cloze("Anna Berg said it was about the same as the one before it, more or less.", "Anna Berg", 1)
    article = ArticleFacts([likely.fact, unlikely.fact])
    context = ArticleContext(article.by_sentence)
    assert keep_chance(likely, context) >= MIN_KEEP > keep_chance(unlikely, context)  # the table's premise
    assert quiz_worthy([likely, unlikely], article) == [likely]
    assert "_quizgen_held_back" in likely.__dict__ and "_quizgen_held_back" not in unlikely.__dict__
