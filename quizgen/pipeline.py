"""Run articles through the stages: text → Doc → facts → questions."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

from quizgen.article import Article
from quizgen.extract import extract_facts
from quizgen.facts import Fact
from quizgen.questions import Question, candidate_questions
from quizgen.ranking import deck_selection

if TYPE_CHECKING:
    from spacy.language import Language


@dataclass(frozen=True)
class ArticleResult:
    """What one article gave: its facts and its questions."""

    article: Article
    facts: tuple[Fact, ...]
    questions: tuple[Question, ...]  # the deck: one question per fact
    candidates: tuple[Question, ...] = ()  # every question made, the quiz's pool (empty: use ``questions``)

    @property
    def quiz_pool(self) -> tuple[Question, ...]:
        return self.candidates or self.questions


def analyse(nlp: Language, articles: Iterable[Article], batch_size: int = 16) -> Iterator[ArticleResult]:
    """Parse articles in batches and yield each one's facts and questions as soon as it is ready."""
    pairs = ((article.text, article) for article in articles)
    for doc, article in nlp.pipe(pairs, as_tuples=True, batch_size=batch_size):
        facts = extract_facts(doc, article_date=article.date)
        candidates = candidate_questions(facts)
        yield ArticleResult(article=article, facts=tuple(facts), questions=tuple(deck_selection(candidates)),
                            candidates=tuple(candidates))
