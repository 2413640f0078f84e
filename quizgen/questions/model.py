"""What the questions stage gives: ``Question`` (one card or quiz item) and ``ArticleResult`` (an article's facts and
questions), plain frozen data that the exporters read."""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

from quizgen.facts.model import Fact
from quizgen.memo import kept
from quizgen.read.article import Article


class QuestionKind(str, Enum):
    """The form a question takes (what the answer sheet looks like)."""

    CLOZE = "cloze"
    SHORT_ANSWER = "short_answer"
    MULTIPLE_CHOICE = "multiple_choice"
    TRUE_FALSE = "true_false"


_BLANK = "_____"  # how a card shows its hidden answer unless told otherwise
WHO_SAID_FAMILIES = frozenset({"who_said", "mc_who_said"})  # "Who said: “…”?", with options or not


@dataclass(frozen=True, init=False)
class Question:
    """One card or quiz item.

    For a cloze, ``prompt`` is the whole sentence and ``blank`` the ``[start, end)`` of the hidden
    answer in it; other kinds ask ``prompt`` and expect ``answer``. A multiple-choice question built on
    a cloze keeps its ``blank`` too. ``choices`` (multiple choice, true/false) include the answer.
    ``key`` is the question's identity within its article: exporters derive stable note IDs from it.
    """

    kind: QuestionKind
    prompt: str
    answer: str
    fact: Fact
    key: str
    blank: tuple[int, int] | None = None
    choices: tuple[str, ...] = ()
    score: float = 0.0
    family: str = "cloze"  # which generator made it (cloze, wh, who_said, definition, role, …)
    pending: bool = False  # wrong answers not chosen yet: ``settle`` chooses them when the question is picked

    def __init__(self, kind: QuestionKind, prompt: str, answer: str, fact: Fact, key: str,
                 blank: tuple[int, int] | None = None, choices: tuple[str, ...] = (), score: float = 0.0,
                 family: str = "cloze", pending: bool = False) -> None:
        # the fields in one go: the generated frozen __init__ sets them one call at a time, and every fact makes
        # several candidates (with their multiple-choice and true/false forms)
        self.__dict__.update(kind=kind, prompt=prompt, answer=answer, fact=fact, key=key, blank=blank,
                             choices=choices, score=score, family=family, pending=pending)

    @property
    def source(self) -> str:
        """The article sentence the question comes from."""
        return self.fact.sentence

    def visible_prompt(self, blank: str = _BLANK) -> str:
        """The prompt as a reader sees it, with any hidden answer replaced by ``blank``."""
        if self.blank is None:
            return self.prompt
        return self._shown if blank == _BLANK else self._blanked(blank)

    @kept  # the rankers ask it of every candidate often
    def _shown(self) -> str:
        return self._blanked(_BLANK)

    def _blanked(self, blank: str) -> str:
        start, end = self.blank
        return self.prompt[:start] + blank + self.prompt[end:]

    def parts(self) -> tuple[str, str, str]:
        """A cloze prompt split around its blank: (before, answer, after)."""
        if self.blank is None:
            return self.prompt, "", ""
        start, end = self.blank
        return self.prompt[:start], self.prompt[start:end], self.prompt[end:]


@dataclass(frozen=True)
class ArticleResult:
    """What one article gave: its facts and its questions."""

    article: Article
    facts: tuple[Fact, ...]
    questions: tuple[Question, ...]  # the deck: one question per fact
    candidates: tuple[Question, ...] = ()  # every question made, the quiz's pool (empty: use ``questions``);
    # some still pending: ``pick_for_quiz`` settles them against ``facts``
    quiz: tuple[Question, ...] | None = None  # a teacher's printed quiz, in order (None: quizgen picks)
    printable: tuple[Question, ...] = ()  # the candidates a printed quiz takes from (empty: all of them)

    @property
    def quiz_pool(self) -> tuple[Question, ...]:
        return self.printable or self.candidates or self.questions
