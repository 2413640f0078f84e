"""The pipeline: facts and questions made inside spaCy's pipeline, in one process or several."""

from __future__ import annotations

from quizgen.read.article import parse_article
from quizgen.run.component import COMPONENT, RESULT_KEY, analyse
from tests.conftest import SEED


def _articles():
    seed = SEED.read_text(encoding="utf-8")
    others = [
        "The council of Leeds approved 12 new schools in May 2023.\nMaria Lopez, the mayor, said the plan would cost $40 million.",
        "Officials in Oslo said 300 electric buses would arrive in June.\n“We are ready,” said Anna Berg, director of the transport agency.",
    ]
    return [parse_article(seed, "seed")] + [parse_article(t, f"a{i}") for i, t in enumerate(others)]


def _comparable(result):
    return (result.article.name, [f.key for f in result.facts], [(q.key, q.prompt, q.answer, q.choices) for q in result.questions],
            [q.key for q in result.candidates])


def test_results_are_plain_data_in_article_order(nlp):
    results = list(analyse(nlp, _articles()))
    assert [r.article.name for r in results] == ["seed", "a0", "a1"]
    assert COMPONENT == nlp.pipe_names[-1]
    for result in results:
        assert result.questions and result.facts
        assert all(f.parse is None for f in result.facts)  # parses stay behind: flat memory on long runs
        assert all(q.fact.parse is None for q in result.candidates)


def test_two_processes_give_the_same_results_as_one(nlp):
    one = [_comparable(r) for r in analyse(nlp, _articles())]
    two = [_comparable(r) for r in analyse(nlp, _articles(), n_process=2)]
    assert one == two


def test_the_pipeline_still_parses_for_other_callers_after_a_run(nlp):
    list(analyse(nlp, _articles()[1:]))
    doc = nlp("Officials in Oslo said 300 electric buses would arrive in June.")
    assert len(doc) == 12 and [e.text for e in doc.ents] == ["Oslo", "300", "June"]
    facts, deck, *_ = doc.user_data[RESULT_KEY]  # the component's result rides on the caller's doc
    assert facts and deck


def test_a_dated_article_resolves_relative_days_in_worker_processes(nlp):
    article = parse_article("date: 2024-08-05\n\nThe parade took place on Sunday in the capital of Norway.", "dated")
    for n_process in (1, 2):
        (result,) = analyse(nlp, [article], n_process=n_process)
        assert any(f.resolved == "2024-08-04" for f in result.facts), n_process


def test_the_pages_date_bounds_the_decks_wrong_years(nlp):
    """No time in the article resolves to a day, yet the page is dated: "by _____" (2020) in November 2019 is a
    plan, and the deck offers no year already over for it, as the questions file's settled candidates do not."""
    from quizgen.read.article import Article
    from quizgen.questions.model import QuestionKind
    from quizgen.questions.reasons import candidates_with_reasons

    text = ("The Velm Budget Office projects that the new tariffs on steel imports will cut the national output of "
            "Velmland by 0.3 percent by 2020, its chief economist Ines Marlow said.\n\n"
            "The tariffs were first imposed by the Velmland government of Tomas Vell in March 2016 and widened in "
            "2018.\n\nVelmland exported 4 million tonnes of steel to Dunford in 2015, according to the trade ministry."
            "\n\nThe Dunford Steel Company cut 2,000 jobs at its Korvik plant in 2017.")
    (result,) = analyse(nlp, [Article(text=text, title="Velmland tariffs", name="tariffs", date="2019-11-18")],
                        cards=None)
    settled = [q for q, _, _ in candidates_with_reasons(result)[0]]
    asked = [q for q in (*result.questions, *settled)
             if q.answer == "2020" and q.kind is QuestionKind.MULTIPLE_CHOICE]  # the deck may take another form
    assert asked and all(int(c) > 2019 for q in asked for c in q.choices), [q.choices for q in asked]


def test_the_articles_outlet_reaches_the_selection(nlp, monkeypatch):
    """A card hiding the page's own outlet ("Velm News reports …" on Velm News) is its byline: held back from the
    deck and the printed quiz once the pipeline knows the outlet (``own_outlet``)."""
    from quizgen.nlp.batches import Batching
    from quizgen.questions import ranking
    from quizgen.read.article import Article
    from quizgen.run import component

    monkeypatch.setattr(ranking, "MIN_KEEP", 0.0)  # the outlet alone decides here, not the learned chance
    for module in (component, ranking):  # nor a short text's budget (the default deck reads it in ranking)
        monkeypatch.setattr(module, "deck_budget", lambda words: 10)
    text = ("Tomas Vell was sentenced to life in prison on Monday, 6 May 2024, for robbing the Dunford bank. "
            "Velm News reports that the man who robbed the Dunford bank, Tomas Vell, was sentenced to life in prison. "
            "Ines Marlow, the mayor of Dunford, said the robbery had cost the town $2 million.")
    batched = Batching(long_text=100, batch_chars=120)  # parsed as a long article is, and its batches joined
    shown = {}
    for source, batching in (("Velm News", Batching()), ("Velm News", batched), ("", Batching()), ("", batched)):
        article = Article(text=text, title="Bank robber gets life", name=f"bank{len(shown)}", date="2024-05-07",
                          source=source)
        (result,) = analyse(nlp, [article], batching=batching)
        shown[source, batching] = {q.answer for q in result.questions} | {q.answer for q in result.printable}
    for batching in (Batching(), batched):
        assert "Velm News" in shown["", batching] and "Velm News" not in shown["Velm News", batching]
