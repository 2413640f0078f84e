"""Run articles through the stages: text → Doc → facts → questions.

Facts and questions are made by a pipeline component at the end of the spaCy pipeline, so with
``n_process > 1`` they are made in spaCy's worker processes too, not only the parse. The component
hands its result back in an empty Doc's ``user_data`` (pickled, from a worker: spaCy carries
``user_data`` between processes), so only plain data crosses back and no parse is kept.

A long article goes through the same stream as paragraph batches (``quizgen.nlp.batches``): the component
sends back each batch's own tokens, parsed, and the facts and questions are made here once the whole
article's batches are joined into one Doc.
"""

from __future__ import annotations

import contextlib
import io
import itertools
import multiprocessing
import os
import pickle
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

from quizgen.read.article import Article
from quizgen.nlp.batches import Batching, joined, kept_part
from quizgen.nlp.blas import one_blas_thread
from quizgen.run.codec_lookups import memoised_codec_lookups
from quizgen.questions.distractors import ArticleFacts, article_facts
from quizgen.facts.extract import extract_facts
from quizgen.facts.model import Fact
from quizgen.run.gc_tuning import fewer_collections
from quizgen.nlp.parse import SentenceParse
from quizgen.questions.candidates import candidate_questions
from quizgen.questions.model import ArticleResult, Question
from quizgen.questions.key_facts import KeyFacts
from quizgen.questions.main_event import main_event_question
from quizgen.questions.ranking import deck_budget, deck_selection, default_deck, quiz_worthy
from quizgen.questions.standing_alone import in_context
from quizgen.questions.story_line import shows_headline
from quizgen.nlp.cache import CACHE_KEY, doc_cache, doc_text
from quizgen.run.worker_malloc import keep_large_blocks_in_workers

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

COMPONENT = "quizgen_questions"
DATE_KEY = "quizgen_article_date"
TITLE_KEY = "quizgen_article_title"  # the headline, which tells the article's key facts (``key_facts``)
SOURCE_KEY = "quizgen_article_source"  # the outlet: a card hiding it asks the byline (``own_outlet``)
SHOWN_KEY = "quizgen_headline_shown"  # whether cards show the headline at all (``story_line.shows_headline``)
RESULT_KEY = "quizgen_result"
TICKET_KEY = "quizgen_for_analyse"
PART_KEY = "quizgen_batch"  # a long article's batch: the characters of it to keep, then True once kept
LIMIT_KEY = "quizgen_deck_limit"  # the deck's budget (absent or None: every card the selection keeps)

# Called as a long article's batches are parsed: (the article, steps done, steps in all); the last step is
# its facts and questions.
BatchProgress = Callable[[Article, int, int], None]


class _WithoutParses(pickle.Pickler):
    """Pickles facts and questions with every sentence parse left out (nothing after this stage reads them).

    Leaving them out while pickling, rather than copying each fact and question without its parse
    first, spares a copy of every object; shared facts stay shared through pickle's memo.
    """

    def reducer_override(self, obj: object) -> object:
        if isinstance(obj, SentenceParse):
            return _no_parse, ()
        return NotImplemented


def _no_parse() -> None:
    return None


def plain_pickle(result: object) -> bytes:
    """``result`` pickled, with the sentence parses of its facts left out."""
    buffer = io.BytesIO()
    _WithoutParses(buffer, protocol=pickle.HIGHEST_PROTOCOL).dump(result)
    return buffer.getvalue()


def _drop_parses(facts: Iterable[Fact], questions: Iterable[Question]) -> None:
    """Let go of every fact's sentence parse (nothing after this stage reads them): flat memory on long runs.

    The facts were made by this component and nothing else holds them yet, so the field is cleared in
    place: copying every fact and every question that points at it would cost more than the questions.
    """
    for fact in itertools.chain(facts, (q.fact for q in questions)):
        object.__setattr__(fact, "parse", None)


class _DatedText(str):
    """An article's text as ``analyse`` hands it to spaCy, carrying the article's date.

    A plain ``str`` to spaCy, so it goes to worker processes as text and is tokenized there (a Doc made
    in the main process would be serialised there and back); ``_DatedMakeDoc`` reads the date off it.
    A long article's batch carries ``part``: the characters of it that are the batch's own; ``limit`` is the
    deck's budget (None: every card); ``title`` and ``source`` are the headline and the outlet (``key_facts``);
    ``shown``, whether the cards' story line shows that headline (``story_line.shows_headline``: not a file's name).
    """

    __slots__ = ("date", "part", "limit", "title", "source", "shown")

    def __new__(cls, text: str, date: str, part: tuple[int, int] | None = None,
                limit: int | None = None, title: str = "", source: str = "", shown: bool = True) -> _DatedText:
        made = super().__new__(cls, text)
        made.date = date
        made.part = part
        made.limit = limit
        made.title = title
        made.source = source
        made.shown = shown
        return made

    def __reduce__(self) -> tuple[object, tuple[str, str, tuple[int, int] | None, int | None, str, str, bool]]:
        return _DatedText, (str(self), self.date, self.part, self.limit, self.title, self.source, self.shown)


class _DatedMakeDoc:
    """``nlp.make_doc`` that marks a doc made from a ``_DatedText`` with its date and as ``analyse``'s own."""

    def __init__(self, make_doc: Callable[[str], Doc]) -> None:
        self.make_doc = make_doc

    def __call__(self, text: str) -> Doc:
        if not isinstance(text, _DatedText):
            return self.make_doc(text)
        keep_large_blocks_in_workers()  # the first text a worker process makes a doc of
        plain = str(text)  # the tokenizer takes an exact str
        doc = self.make_doc(plain)
        doc_cache(doc)["text"] = plain  # ``doc_text`` as it is (the tokenizer keeps every character), not joined anew
        doc.user_data[DATE_KEY] = text.date
        doc.user_data[LIMIT_KEY] = text.limit
        doc.user_data[TITLE_KEY] = text.title
        doc.user_data[SOURCE_KEY] = text.source
        doc.user_data[SHOWN_KEY] = text.shown
        doc.user_data[TICKET_KEY] = True
        if text.part is not None:
            doc.user_data[PART_KEY] = text.part
        return doc


def questions_of(doc: Doc) -> Doc:
    """The pipeline component: facts and questions for a parsed article, in ``user_data``.

    For ``analyse`` (its mark in ``user_data``) they go back in a new empty Doc and the parsed one stays
    behind: nothing reads it after this stage, and from a worker process spaCy would send every token's
    annotations back only to be thrown away. Called any other way, the doc itself carries them. The
    article's date comes from ``user_data[DATE_KEY]``, the deck's budget from ``user_data[LIMIT_KEY]``. A long article's batch goes back parsed, as its own
    tokens only (``analyse`` joins the batches and makes the facts). For ``analyse``, an error in the facts or
    questions stage goes back as the article's result (``_Fault``), so one article's fault need not end the run.
    """
    from spacy.tokens import Doc

    part = doc.user_data.pop(PART_KEY, None)
    if part is not None:
        kept = kept_part(doc, part)
        kept.user_data[PART_KEY] = True
        return kept
    for_analyse = doc.user_data.pop(TICKET_KEY, False)
    worker = multiprocessing.parent_process() is not None
    try:
        result: tuple | _Fault = _article_questions(doc, worker)
    except Exception as err:  # a fault of ours on this article: ``analyse`` decides whether the run goes on
        if not for_analyse:
            raise
        result = _fault(err)
    doc.user_data.pop(CACHE_KEY, None)
    out = Doc(doc.vocab, words=[]) if for_analyse else doc
    if worker:  # a worker: only bytes go back (parses left out)
        out.user_data[RESULT_KEY] = _fault_pickle(result) if isinstance(result, _Fault) else plain_pickle(result)
    else:
        if not isinstance(result, _Fault):
            _drop_parses(result[0], result[2])
        out.user_data[RESULT_KEY] = result
    return out


@dataclass(frozen=True)
class _Fault:
    """An article the facts or questions stage failed on, and the error."""

    error: Exception


def _fault(err: Exception) -> _Fault:
    """``err`` kept for ``analyse``; raised on the spot with QUIZGEN_DEBUG set, so its traceback shows where."""
    if os.environ.get("QUIZGEN_DEBUG"):
        raise err
    return _Fault(err)


def _fault_pickle(fault: _Fault) -> bytes:
    """``fault`` pickled; an error that cannot be pickled goes back as its one line."""
    try:
        return pickle.dumps(fault, protocol=pickle.HIGHEST_PROTOCOL)
    except Exception:
        return pickle.dumps(_Fault(RuntimeError(f"{type(fault.error).__name__}: {fault.error}")))


def _article_questions(doc: Doc, worker: bool) -> tuple[tuple[Fact, ...], tuple[Question, ...], tuple[Question, ...],
                                                         tuple[Question, ...]]:
    """The facts, deck, candidates and printable questions of a parsed article (``questions_of``)."""
    date = doc.user_data.get(DATE_KEY, "")
    facts = tuple(extract_facts(doc, article_date=date))
    candidates = candidate_questions(facts, pending=True)  # wrong answers chosen only for what gets picked
    text = doc_text(doc)  # spaCy joins the tokens anew on every ``doc.text``
    candidates = in_context(candidates, facts, date, text)  # who-said and role cards that stand alone
    # in this process, the printed quiz's exporter finds the wrong answers the deck chose (``article_facts``)
    article = ArticleFacts(facts, date) if worker else article_facts(facts, date=date)
    key = KeyFacts(facts, doc.user_data.pop(TITLE_KEY, ""), source=doc.user_data.pop(SOURCE_KEY, ""), date=date,
                   shown=doc.user_data.pop(SHOWN_KEY, True))
    event = main_event_question(facts, key)  # the headline's news, as its own short card (``main_event``)
    if event is not None:
        candidates.append(event)
    limit = doc.user_data.pop(LIMIT_KEY, None)
    words = len(text.split())
    # the printed quiz asks about the default selection's facts, whatever ``--cards`` chose: the facts raters accept
    quiz_facts, alone = default_deck(candidates, article, words, key)
    if limit != deck_budget(words):
        deck = deck_selection(candidates, article, limit, key)
    else:  # one fill-in card alone is no default deck (blind raters kept 3 in 10); ``--cards N`` keeps it
        deck = quiz_facts = [] if alone else quiz_facts
    printable = quiz_worthy(candidates, article, among={q.fact.key for q in quiz_facts}, key=key)
    return facts, tuple(deck), tuple(candidates), tuple(printable)


def with_questions_component(nlp: Language) -> Language:
    """``nlp`` with the facts-and-questions component last and its ``make_doc`` reading dated texts (once)."""
    from spacy.language import Language

    if not Language.has_factory(COMPONENT):
        Language.component(COMPONENT, func=questions_of)
    if COMPONENT not in nlp.pipe_names:
        nlp.add_pipe(COMPONENT, last=True)
    if not isinstance(nlp.make_doc, _DatedMakeDoc):
        nlp.make_doc = _DatedMakeDoc(nlp.make_doc)  # type: ignore[method-assign]
    return nlp


def analyse(nlp: Language, articles: Iterable[Article], batch_size: int = 16,
            n_process: int = 1, cards: int | None = 0, progress: BatchProgress | None = None,
            batching: Batching = Batching(), keep_going: bool = False) -> Iterator[ArticleResult]:
    """Parse articles in batches (in ``n_process`` processes) and yield each one's facts and questions in order.

    The deck holds ``cards`` questions per article, the best-ranked: 0 (the default) for a budget by the article's
    length (``deck_budget``), None for every question the selection keeps.

    An article longer than ``batching`` allows (or than ``nlp.max_length``) is parsed in paragraph batches,
    which ``progress`` follows; its facts are made from the batches joined into one Doc.

    A fault of quizgen's own on one article (an exception in the facts or questions stage) is raised, or with
    ``keep_going`` gives that article a result with no questions and the fault's one line, and the run goes on.

    Worker processes are forked copies of this one (the pipeline's table and lemma components live in
    memory, not in the model files): where processes start another way, the articles run in one.
    """
    nlp = with_questions_component(nlp)
    if n_process > 1 and multiprocessing.get_start_method() != "fork":
        n_process = 1
    waiting: deque[tuple[Article, int]] = deque()  # sent, not yet back (spaCy keeps the order), and its batches

    def _limit(article: Article) -> int | None:
        return deck_budget(len(article.text.split())) if cards == 0 else cards

    def texts() -> Iterator[_DatedText]:
        for article in articles:
            if not batching.wanted(article.text, nlp.max_length):
                waiting.append((article, 0))
                yield _DatedText(article.text, article.date, limit=_limit(article), title=article.title,
                                 source=article.source, shown=shows_headline(article))
                continue
            batches = batching.batches(article.text, nlp.max_length)
            waiting.append((article, len(batches)))
            for batch in batches:
                yield _DatedText(article.text[batch.lo:batch.hi], article.date, batch.keep())

    codecs = memoised_codec_lookups() if n_process > 1 else contextlib.nullcontext()
    parts: list[Doc] = []  # the batches of the long article at the front of ``waiting``, parsed
    with fewer_collections(), one_blas_thread(), codecs:
        for doc in nlp.pipe(texts(), batch_size=batch_size, n_process=n_process):
            article, batches = waiting[0]
            if doc.user_data.pop(PART_KEY, False):
                parts.append(doc)
                if progress is not None:
                    progress(article, len(parts), batches + 1)
                if len(parts) < batches:
                    continue
                doc = joined(parts)
                parts.clear()
                doc.user_data[DATE_KEY] = article.date
                doc.user_data[LIMIT_KEY] = _limit(article)
                doc.user_data[TITLE_KEY] = article.title
                doc.user_data[SOURCE_KEY] = article.source
                doc.user_data[SHOWN_KEY] = shows_headline(article)
                doc.user_data[TICKET_KEY] = True  # as a whole article's doc: a fault comes back as its result
                doc = questions_of(doc)
                if progress is not None:
                    progress(article, batches + 1, batches + 1)
            result = doc.user_data.pop(RESULT_KEY)
            result = pickle.loads(result) if isinstance(result, bytes) else result
            waiting.popleft()
            if isinstance(result, _Fault):
                if not keep_going:
                    raise result.error
                yield ArticleResult(article=article, facts=(), questions=(),
                                    fault=f"{type(result.error).__name__}: {result.error}")
                continue
            facts, deck, candidates, printable = result
            yield ArticleResult(article=article, facts=facts, questions=deck, candidates=candidates,
                                printable=printable)
