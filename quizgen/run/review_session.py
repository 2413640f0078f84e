"""A review in progress: every candidate card of every article, what the teacher kept, edited, added and put on
the printed quiz, and the build settings. It reads and writes the questions file (``questions_file``) and exports
through ``build`` on that file, so the page's export and ``quizgen build FILE`` give the same result.

Every method that changes the review names the article and card it acts on; an unknown one is ``UnknownId``.
"""

from __future__ import annotations

import threading
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from quizgen.errors import InputError, OutputError, QuizgenError, UsageError
from quizgen.export import DEFAULT_FORMATS, FORMATS
from quizgen.export.quiz import KIND_ORDER
from quizgen.facts.model import Fact, FactKind
from quizgen.nlp.batches import Batching, parse_text
from quizgen.questions.model import ArticleResult, Question, QuestionKind
from quizgen.questions.ranking import pick_for_quiz, rank
from quizgen.questions.reasons import KEPT, candidates_with_reasons
from quizgen.read.article import DEFAULT_MAX_BYTES, Article, strip_controls
from quizgen.run.atomic import staged_outputs
from quizgen.run.build import BuildReport, _collection_name, _no_facts, build, check_name, open_inputs
from quizgen.run.questions_file import (MAX_VERSIONS, ArticleExtras, FileSettings, _Where, dumps, load_document,
                                        question_from_dict, question_to_dict)
from quizgen.text import normalize

if TYPE_CHECKING:
    from spacy.language import Language

DROPPED_BY_TEACHER = "dropped in review"
KEPT_BY_TEACHER = "kept in review"
ADDED = "added in review"
MAX_TEXT = 2_000  # characters in one edited field; a sentence is far shorter
MAX_NAME = 200


class UnknownId(QuizgenError):
    """A request named an article or card that is not in the review."""


@dataclass
class Card:
    """One candidate as the page shows it."""

    question: Question
    in_deck: bool
    reason: str

    @property
    def rank(self) -> float:
        return rank(self.question)


@dataclass
class ArticleReview:
    """One article under review: its text and sentences, its cards (by key) and its printed quiz (keys, in order)."""

    article: Article
    sentences: list[tuple[int, int]]
    cards: dict[str, Card]
    quiz: list[str]
    left_out: int = 0  # candidates without sound wrong answers: never shown, as in a build

    def card(self, key: Any) -> Card:
        if not isinstance(key, str) or key not in self.cards:
            raise UnknownId(f"no card {key!r} in {self.article.name!r}")
        return self.cards[key]

    def best_first(self) -> list[Card]:
        return sorted(self.cards.values(), key=lambda c: (-c.rank, c.question.key))

    def sentence_text(self, index: int) -> str:
        start, end = self.sentences[index]
        return self.article.text[start:end]

    def quiz_sections(self) -> list[tuple[QuestionKind, list[Card]]]:
        """The printed quiz's sections in print order, each with its cards in the teacher's order."""
        cards = [self.cards[k] for k in self.quiz]
        return [(kind, [c for c in cards if c.question.kind is kind]) for kind in KIND_ORDER
                if any(c.question.kind is kind for c in cards)]


def _ordered(cards: Sequence[Card]) -> list[Question]:
    return [c.question for c in sorted(cards, key=lambda c: (c.question.fact.sentence_index, c.question.fact.start,
                                                              c.question.key))]


def review_of(result: ArticleResult, sentences: list[tuple[int, int]]) -> ArticleReview:
    """An article's review as quizgen chose it: its deck kept, the rest dropped with the reason, and the quiz a
    build would print marked, in order."""
    chosen, left_out = candidates_with_reasons(result)
    cards = {q.key: Card(q, in_deck, why) for q, in_deck, why in chosen}
    quiz = [q.key for q in pick_for_quiz(result.quiz_pool, None, result.facts) if q.key in cards]
    return ArticleReview(result.article, sentences, cards, quiz, left_out)


def _replace_once(text: str, old: str, new: str) -> str | None:
    return text.replace(old, new, 1) if old and text.count(old) == 1 else None


def _common_ends(before: str, after: str) -> tuple[int, int]:
    """How many characters the two texts share at the start, and then at the end."""
    head = 0
    while head < min(len(before), len(after)) and before[head] == after[head]:
        head += 1
    tail = 0
    while tail < min(len(before), len(after)) - head and before[-1 - tail] == after[-1 - tail]:
        tail += 1
    return head, tail


def changed_words(before: str, after: str) -> tuple[str, str] | None:
    """The words an edit changed: (old, new), widened to whole words so the fix can be found in other cards."""
    if before == after:
        return None
    start, tail = _common_ends(before, after)
    while start > 0 and not before[start - 1].isspace():
        start -= 1
    while tail > 0 and not before[len(before) - tail].isspace():
        tail -= 1
    old, new = before[start:len(before) - tail], after[start:len(after) - tail]
    if not old.strip() or old.split() == new.split():
        return None  # spacing only: nothing another card would need
    return old, new


def _blank_hint(question: Question, prompt: str) -> list[int] | None:
    """The blank's place in an edited prompt, when the edit left it alone (so a repeated answer stays found)."""
    if question.blank is None:
        return None
    before, (start, end) = question.prompt, question.blank
    head, tail = _common_ends(before, prompt)
    if end <= head:
        return [start, end]
    if start >= len(before) - tail:
        shift = len(prompt) - len(before)
        return [start + shift, end + shift]
    return None


def _text(value: Any, what: str, limit: int = MAX_TEXT, empty_ok: bool = False) -> str:
    if not isinstance(value, str):
        raise InputError(f"{what} must be text")
    value = strip_controls(value).strip()
    if len(value) > limit:
        raise InputError(f"{what} is longer than {limit:,} characters")
    if not value and not empty_ok:
        raise InputError(f"{what} must not be empty")
    return value


class ReviewSession:
    """The review behind the page; one lock serialises the page's requests."""

    def __init__(self, articles: list[ArticleReview], settings: FileSettings, path: Path, out: Path) -> None:
        self.articles = {a.article.name: a for a in articles}
        self.settings = settings
        self.path = path
        self.out = out
        self.lock = threading.RLock()
        self.saved = path.exists()

    @classmethod
    def from_results(cls, results: Sequence[ArticleResult], sentences: Sequence[list[tuple[int, int]]],
                     settings: FileSettings, path: Path, out: Path) -> ReviewSession:
        return cls([review_of(r, s) for r, s in zip(results, sentences)], settings, path, out)

    @classmethod
    def from_file(cls, path: Path, out: Path) -> ReviewSession:
        """A review resumed from a questions file (one written by hand or by an earlier review)."""
        results, settings, extras = load_document(path)
        articles = []
        for result, extra in zip(results, extras):
            cards = {q.key: Card(q, True, KEPT) for q in result.questions}
            cards.update((q.key, Card(q, False, why or DROPPED_BY_TEACHER)) for q, why in extra.dropped)
            quiz = extra.quiz if extra.quiz is not None else [
                q.key for q in pick_for_quiz(result.quiz_pool, None, result.facts)]
            articles.append(ArticleReview(result.article, list(extra.sentences), cards, quiz))
        return cls(articles, settings, path, out)

    def article(self, name: Any) -> ArticleReview:
        if not isinstance(name, str) or name not in self.articles:
            raise UnknownId(f"no article {name!r}")
        return self.articles[name]

    # what the page changes

    def set_deck(self, name: Any, key: Any, keep: bool) -> None:
        """Keep a card in the deck (or pull a dropped one back), or drop it from the deck and the quiz."""
        review = self.article(name)
        card = review.card(key)
        if keep and not card.in_deck:
            card.in_deck, card.reason = True, KEPT_BY_TEACHER
        elif not keep and card.in_deck:
            card.in_deck, card.reason = False, DROPPED_BY_TEACHER
        if not keep and key in review.quiz:
            review.quiz.remove(key)

    def set_quiz(self, name: Any, key: Any, on: bool) -> None:
        """Put a card on the printed quiz (last in its section) or take it off."""
        review = self.article(name)
        review.card(key)
        if on and key not in review.quiz:
            review.quiz.append(key)
        elif not on and key in review.quiz:
            review.quiz.remove(key)

    def move(self, name: Any, key: Any, step: int) -> None:
        """Move a quiz card one place up (-1) or down (+1) within its section."""
        review = self.article(name)
        kind = review.card(key).question.kind
        if key not in review.quiz:
            raise UnknownId(f"{key!r} is not on the quiz")
        same = [k for k in review.quiz if review.cards[k].question.kind is kind]
        at = same.index(key)
        if not 0 <= at + step < len(same):
            return
        other = same[at + step]
        i, j = review.quiz.index(key), review.quiz.index(other)
        review.quiz[i], review.quiz[j] = other, key

    def _rebuilt(self, question: Question, **changes: Any) -> Question:
        """``question`` with fields changed, checked by the questions file's own rules (the key stays)."""
        data = {**question_to_dict(question), **changes}
        try:
            return question_from_dict(data, "", _Where("edit"))
        except InputError as err:  # the file's message names a place in the file: the page shows the card
            message = str(err).removeprefix("edit: ").replace(f" ({question.key})", "", 1)
            raise InputError(message.lstrip(" ,:").removeprefix("fact: ")) from None

    def edit(self, name: Any, key: Any, prompt: Any, answer: Any, choices: Any = None) -> list[dict[str, str]]:
        """Change a card's prompt, answer and options; the fix is offered to the other cards on its sentence.

        Returns the offers: ``{"key", "old", "new"}`` for each other card whose prompt or sentence holds the words
        the edit changed, and that the same change leaves valid."""
        review = self.article(name)
        card = review.card(key)
        question = card.question
        prompt, answer = _text(prompt, "the prompt"), _text(answer, "the answer")
        changes: dict[str, Any] = {"prompt": prompt, "answer": answer, "blank": _blank_hint(question, prompt)}
        if question.kind is QuestionKind.TRUE_FALSE and answer not in ("True", "False"):
            raise InputError("a true/false answer must be True or False")
        if question.kind is QuestionKind.MULTIPLE_CHOICE:
            options = [_text(c, "an option") for c in (choices if isinstance(choices, list) else [])]
            if answer not in options and question.answer in options:  # the right option follows its answer
                options[options.index(question.answer)] = answer
            changes["choices"] = options
        fix = changed_words(question.prompt, prompt)
        if fix is not None:
            sentence = _replace_once(question.fact.sentence, *fix)
            if sentence is not None:
                changes["sentence"] = sentence
        try:
            edited = self._rebuilt(question, **changes)
        except InputError:
            if "sentence" not in changes:
                raise
            del changes["sentence"]  # the fix does not fit the source sentence: leave it as it was
            edited = self._rebuilt(question, **changes)
        card.question = edited
        return self._offers(review, key, question.fact.sentence_index, fix) if fix else []

    def _fixed(self, question: Question, old: str, new: str) -> Question | None:
        changes: dict[str, Any] = {}
        prompt = _replace_once(question.prompt, old, new)
        if prompt is not None:
            changes.update(prompt=prompt, blank=_blank_hint(question, prompt))
        sentence = _replace_once(question.fact.sentence, old, new)
        if sentence is not None:
            changes["sentence"] = sentence
        if not changes:
            return None
        try:
            return self._rebuilt(question, **changes)
        except InputError:
            return None

    def _offers(self, review: ArticleReview, key: str, index: int, fix: tuple[str, str]) -> list[dict[str, str]]:
        old, new = fix
        return [{"key": other, "old": old, "new": new} for other, card in review.cards.items()
                if other != key and card.question.fact.sentence_index == index
                and self._fixed(card.question, old, new) is not None]

    def apply_fix(self, name: Any, keys: Any, old: Any, new: Any) -> list[str]:
        """Make the same change to other cards (an accepted offer); returns the cards changed."""
        review = self.article(name)
        old, new = _text(old, "the changed words"), _text(new, "the new words", empty_ok=True)
        if not isinstance(keys, list):
            raise InputError("'keys' must be a list")
        cards = [review.card(k) for k in keys]
        changed = []
        for card in cards:
            fixed = self._fixed(card.question, old, new)
            if fixed is not None:
                card.question = fixed
                changed.append(fixed.key)
        return changed

    def add_cloze(self, name: Any, index: Any, start: Any, end: Any) -> str:
        """A fill-in-the-blank card on sentence ``index`` hiding its characters ``[start, end)``, kept in the deck."""
        review = self.article(name)
        if type(index) is not int or not 0 <= index < len(review.sentences):
            raise UnknownId(f"no sentence {index!r} in {name!r}")
        sentence = review.sentence_text(index)
        if not (type(start) is int and type(end) is int and 0 <= start < end <= len(sentence)):
            raise InputError("select some words inside one sentence")
        while start < end and sentence[start].isspace():
            start += 1
        while end > start and sentence[end - 1].isspace():
            end -= 1
        answer = sentence[start:end]
        if not answer or answer == sentence.strip():
            raise InputError("select some words of the sentence, not all of it")
        found = next((c.question.fact for c in review.cards.values() if c.question.fact.sentence_index == index
                      and c.question.fact.sentence == sentence and c.question.fact.start < end
                      and start < c.question.fact.end), None)
        kind, label = (found.kind, found.label) if found is not None else (FactKind.OTHER, "")
        base = f"added|{index}|{normalize(answer)}"
        key, n = base, 1
        while key in review.cards:
            n += 1
            key = f"{base}|{n}"
        fact = Fact(kind=kind, answer=answer, sentence=sentence, start=start, end=end, sentence_index=index,
                    label=label, anchor="added", score=1.0)
        question = Question(kind=QuestionKind.CLOZE, prompt=sentence, answer=answer, fact=fact, key=key,
                            blank=(start, end), score=1.0, family="added")
        review.cards[key] = Card(question, True, ADDED)
        return key

    def update_settings(self, data: Any) -> None:
        """Deck name, output name, quiz title, class, number of versions and formats."""
        if not isinstance(data, dict):
            raise InputError("settings must be an object")
        current = self.settings
        versions = data.get("versions", current.versions)
        if isinstance(versions, str) and versions.strip().isdigit():
            versions = int(versions)
        if type(versions) is not int or not 1 <= versions <= MAX_VERSIONS:
            raise InputError(f"versions must be a whole number from 1 to {MAX_VERSIONS}")
        formats = data.get("formats", list(current.formats))
        if not isinstance(formats, list) or not formats or any(f not in FORMATS for f in formats):
            raise InputError(f"choose at least one format of {', '.join(FORMATS)}")
        name = _text(data.get("name", current.name), "the file name", MAX_NAME, empty_ok=True)
        if name:
            try:
                check_name(name)
            except OutputError as err:
                raise InputError(str(err).replace("--name", "the file name")) from None
        self.settings = FileSettings(
            deck=_text(data.get("deck", current.deck), "the deck name", MAX_NAME, empty_ok=True),
            name=name,
            title=_text(data.get("title", current.title), "the quiz title", MAX_NAME, empty_ok=True),
            class_name=_text(data.get("class", current.class_name), "the class", MAX_NAME, empty_ok=True),
            versions=versions, formats=tuple(dict.fromkeys(formats)))

    # reading and writing

    def results(self) -> tuple[list[ArticleResult], list[ArticleExtras]]:
        """The review as the questions file holds it: each article's deck, and what a review adds."""
        results, extras = [], []
        for review in self.articles.values():
            kept = [c for c in review.cards.values() if c.in_deck]
            dropped = [c for c in review.cards.values() if not c.in_deck]
            questions = {q.key: q for q in _ordered(list(review.cards.values()))}
            results.append(ArticleResult(article=review.article, facts=(), questions=tuple(_ordered(kept))))
            extras.append(ArticleExtras(dropped=[(q, review.cards[q.key].reason) for q in _ordered(dropped)],
                                        quiz=[k for k in review.quiz if k in questions], text=review.article.text,
                                        sentences=list(review.sentences)))
        return results, extras

    def document(self) -> str:
        results, extras = self.results()
        return dumps(results, self.settings, extras)

    def save(self) -> Path:
        """Write the questions file (atomically: an interrupted write leaves the last one)."""
        text = self.document()
        folder = self.path.parent
        with staged_outputs(folder) as stage:
            stage.path(self.path.name).write_text(text, encoding="utf-8")
        self.saved = True
        return self.path

    def export(self) -> list[Path]:
        """Save, then build the deck, quiz and other formats from the saved file, as ``quizgen build FILE``."""
        self.save()
        return build([str(self.path)], self.out).written



def open_review(paths: Sequence[str], out: Path, file: Path | None = None, *, model: str | None = None,
                title: str | None = None, date: str | None = None, max_bytes: int = DEFAULT_MAX_BYTES,
                nlp: Language | None = None) -> tuple[ReviewSession, BuildReport]:
    """The review of ``paths``: one questions file resumed, or articles analysed as ``quizgen build`` would (the
    deck within its budget, the quiz it would print), their questions file to be written to ``file`` (default
    ``OUT/NAME.questions.json``, which must not exist yet: an earlier review is resumed from it instead)."""
    from quizgen.nlp.load import load_pipeline
    from quizgen.read.sources import discover

    sources = discover(paths)
    reviewed = [s for s in sources if s.is_questions_file]
    if reviewed:
        if len(sources) != 1:
            raise UsageError("review one questions file (.json) at a time, without articles")
        location = Path(reviewed[0].location)
        session = ReviewSession.from_file(location, out)
        if file is not None:
            session.path = file
        return session, BuildReport(results=session.results()[0])
    pipeline = nlp if nlp is not None else load_pipeline(model)
    inputs = open_inputs(paths, title=title, date=date, max_bytes=max_bytes, nlp=pipeline)
    report = BuildReport(left_out=inputs.left_out)
    results = []
    for label, result in inputs.results:
        if result.questions:
            results.append(result)
        else:
            report.skipped.append(label)
    if not results:
        raise _no_facts(report.skipped[0] if len(report.skipped) == 1 else "the articles")
    report.results = results
    if len(results) == 1 and inputs.total == 1:
        stem, deck = results[0].article.name, results[0].article.title
    else:
        stem, deck = _collection_name(paths)
    path = file if file is not None else out / f"{stem}.questions.json"
    if path.exists():
        raise UsageError(f"{path} exists (an earlier review?): review it with `quizgen review {path}`, "
                         f"or choose another file with --file")
    settings = FileSettings(deck=deck, name=stem, versions=1, formats=DEFAULT_FORMATS)
    sentences = [sentence_spans(pipeline, r.article.text) for r in results]
    return ReviewSession.from_results(results, sentences, settings, path, out), report


def sentence_spans(nlp: Language, text: str, batching: Batching = Batching()) -> list[tuple[int, int]]:
    """Where the pipeline's sentences stand in ``text`` (the numbering facts' ``sentence_index`` uses); only the
    components up to the parser run, on a long text batch by batch as for its facts."""
    from quizgen.nlp.blas import one_blas_thread

    after = nlp.pipe_names[nlp.pipe_names.index("parser") + 1:] if "parser" in nlp.pipe_names else []
    with one_blas_thread(), nlp.select_pipes(disable=after):
        doc = parse_text(nlp, text, batching)
    spans = []
    for sent in doc.sents:  # a sentence's span ends before the line break the next paragraph starts after
        start, end = sent.start_char, sent.end_char
        while end > start and text[end - 1].isspace():
            end -= 1
        spans.append((start, end))
    return spans
