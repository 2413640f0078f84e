"""Hand-made questions of every kind, for exporter tests that need no spaCy model."""

from __future__ import annotations

from quizgen.read.article import Article
from quizgen.facts.model import Fact, FactKind
from quizgen.questions.model import ArticleResult
from quizgen.questions.model import Question, QuestionKind
from quizgen.questions.standalone import drop_connective, opens_pointing_back

# Every character GIFT treats specially, plus what trips XML, HTML, CSV and Moodle's parser.
NASTY = 'a\\b ~c =d #e {f} g:h // [html]<b>&amp;</b> ]]> "q" *wild* 50% $CATEGORY: tab\there'


def fact(sentence: str, answer: str, index: int, kind: FactKind = FactKind.PERSON, score: float = 1.0) -> Fact:
    """A fact whose answer is the first occurrence of ``answer`` in ``sentence``."""
    start = sentence.index(answer)
    return Fact(kind=kind, answer=answer, sentence=sentence, start=start, end=start + len(answer),
                sentence_index=index, anchor=f"a{index}", score=score)


def cloze(sentence: str, answer: str, index: int, score: float = 1.0, kind: FactKind = FactKind.PERSON) -> Question:
    f = fact(sentence, answer, index, kind=kind, score=score)
    return Question(kind=QuestionKind.CLOZE, prompt=sentence, answer=answer, fact=f, key=f"cloze|{index}",
                    blank=(f.start, f.end), score=score)


def short_answer(prompt: str, answer: str, sentence: str, index: int, score: float = 1.0) -> Question:
    return Question(kind=QuestionKind.SHORT_ANSWER, prompt=prompt, answer=answer,
                    fact=fact(sentence, answer, index, score=score), key=f"wh|{index}", score=score, family="wh")


def multiple_choice(prompt: str, answer: str, wrong: tuple[str, ...], sentence: str, index: int,
                    score: float = 1.0) -> Question:
    return Question(kind=QuestionKind.MULTIPLE_CHOICE, prompt=prompt, answer=answer,
                    fact=fact(sentence, answer, index, score=score), key=f"mc|{index}",
                    choices=(answer, *wrong), score=score, family="wh")


def true_false(statement: str, truth: bool, sentence: str, answer_in_sentence: str, index: int,
               score: float = 1.0) -> Question:
    return Question(kind=QuestionKind.TRUE_FALSE, prompt=statement, answer="True" if truth else "False",
                    fact=fact(sentence, answer_in_sentence, index, score=score), key=f"tf|{index}",
                    choices=("True", "False"), score=score, family="true_false")


def result(questions: list[Question], title: str = "Harbour News", name: str = "harbour",
           source: str = "") -> ArticleResult:
    facts = tuple(q.fact for q in questions)
    text = " ".join(dict.fromkeys(f.sentence for f in facts))
    return ArticleResult(article=Article(text=text, title=title, name=name, source=source), facts=facts,
                         questions=tuple(questions))


def every_kind(extra: str = "") -> list[Question]:
    """Two questions of each kind, each from its own sentence; ``extra`` is mixed into every text."""
    x = f" {extra}" if extra else ""
    s = [f"Mayor Anna Berg{x} opened the harbour in May 2023.",
         f"The harbour{x} cost 40 million euros to build.",
         f"Berg said the ferry{x} to Nesodden will run every hour.",
         f"The port authority{x} hired 120 new workers.",
         f"Fishermen{x} protested outside City Hall on Friday.",
         f"The new terminal{x} was designed by Snøhetta.",
         f"Ships{x} from Kiel arrive twice a week.",
         f"Oslo{x} is the largest city in Norway."]
    return [
        multiple_choice(f"Who opened the harbour{x}?", "Anna Berg", (f"Kari Nordmann{x}", "Jonas Gahr Støre"), s[0], 0),
        multiple_choice(f"Which firm designed the terminal{x}?", "Snøhetta", ("Statsbygg", f"Mad Arkitekter{x}", "BIG"),
                        s[5], 5),
        true_false(f"The harbour{x} cost 40 million euros.", True, s[1], "40 million euros", 1),
        true_false(f"Ships{x} from Kiel arrive daily.", False, s[6], "Kiel", 6),
        short_answer(f"Where will the ferry{x} run to?", "Nesodden", s[2], 2),
        short_answer(f"How many workers did the port authority{x} hire?", "120", s[3], 3),
        cloze(s[4], "Friday", 4),
        cloze(s[7], "Norway", 7),
    ]


def twice(results) -> list[ArticleResult]:
    """``results`` and a copy under other names: a quiz long enough to need page breaks whatever the seed gives."""
    from dataclasses import replace

    copies = [replace(r, article=replace(r.article, name=f"{r.article.name}-again", title=f"{r.article.title} (again)"))
              for r in results]
    return [*results, *copies]


# Wrong-answer tests: facts placed in sentences written for the tests, and every option a search offers over salts.
SALTS = [f"salt-{n}" for n in range(24)]


def placed_fact(sentence: str, answer: str, kind: FactKind, index: int, resolved: str = "") -> Fact:
    start = sentence.index(answer)
    return Fact(kind=kind, answer=answer, sentence=sentence, start=start, end=start + len(answer),
                sentence_index=index, anchor=f"a{index}", resolved=resolved)


def placed_article(kind: FactKind, rows: list[tuple[str, str]]) -> list[Fact]:
    return [placed_fact(sentence, answer, kind, index) for index, (sentence, answer) in enumerate(rows)]


def options(fact: Fact, facts: list[Fact]) -> list[list[str] | None]:
    """The wrong options chosen for ``fact`` under each of ``SALTS`` (None: no sound set)."""
    from quizgen.questions.distractors import choose_distractors

    return [choose_distractors(fact, fact.answer, facts, salt=salt) for salt in SALTS]


def offered(fact: Fact, facts: list[Fact]) -> set[str]:
    chosen = options(fact, facts)
    assert all(c is not None and len(c) == 3 for c in chosen), chosen  # sound options exist: never an empty pass
    return {c for options in chosen for c in options}


def stands_alone(sentence: str) -> bool:
    """No opening pronoun that points back (what needs_context refuses)."""
    return not opens_pointing_back(drop_connective(sentence)[0])
