"""What the questions stage gives: ``Question`` (one card or quiz item) and ``ArticleResult`` (an article's facts and
questions), plain frozen data that the exporters read."""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import Enum

from quizgen.facts.model import Fact
from quizgen.memo import kept
from quizgen.read.article import Article
from quizgen.text import inside_quote


class QuestionKind(str, Enum):
    """The form a question takes (what the answer sheet looks like)."""

    CLOZE = "cloze"
    SHORT_ANSWER = "short_answer"
    MULTIPLE_CHOICE = "multiple_choice"
    TRUE_FALSE = "true_false"


_BLANK = "_____"  # how a card shows its hidden answer unless told otherwise
# a name quizgen put in for "he" or "the company" ("[Joseph Dempsey] identified …", "[Apple]’s"), or a day the
# article's date made ("on [Tuesday, 30 December 2014]"): marked in the fact's sentence, shown plainly on cards;
# always a name or a date, so an article's own "[sic]" or "[html]" stays as written
_INSERTED = re.compile(r"\[([A-Z0-9\x00][^\[\]]*)\]")
_ANSWER_MARK = "\x00"  # stands for a cloze's answer while its prompt is made plain (no article text holds it)
WHO_SAID_FAMILIES = frozenset({"who_said", "mc_who_said"})  # "Who said: “…”?", with options or not
MAIN_EVENT_KEY = "main_event|"  # the key's start of the article's main-event card (``main_event``)
FILL_IN_FAMILIES = frozenset({"cloze", "mc_cloze"})  # a sentence with a blank, with options or not
WH_FAMILIES = frozenset({"wh", "mc_wh"})  # a question on the sentence's clause ("When did …?"), with options or not


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
        # the fields straight into the instance's dict: the generated frozen __init__ sets them one call at a time,
        # and a keyword dict to update it from costs more (``Tok.__init__``); every fact makes several candidates
        own = self.__dict__
        own["kind"], own["prompt"], own["answer"], own["fact"], own["key"] = kind, prompt, answer, fact, key
        own["blank"], own["choices"], own["score"] = blank, choices, score
        own["family"], own["pending"] = family, pending

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

    def shown_parts(self) -> tuple[str, str, str]:
        """``parts`` as a card shows them: the brackets of the words quizgen put in dropped ("[_____] said" →
        "_____ said"; blind raters read the marks as left over from editing)."""
        before, answer, after = self.parts()
        if "[" not in before and "[" not in after:
            return before, answer, after
        # the whole prompt at once, the answer held by a mark: whether a bracket stands in a quotation depends on
        # the marks before the blank too
        before, _, after = plain(before + _ANSWER_MARK + after).partition(_ANSWER_MARK)
        return before, answer, after

    def shown_prompt(self, blank: str = _BLANK) -> str:
        """``visible_prompt`` as a card shows it (``shown_parts``)."""
        if self.blank is None:
            return plain(self.prompt)
        before, _, after = self.shown_parts()
        return before + blank + after

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
    fault: str = ""  # a fault of quizgen's own on this article, in one line (``analyse(keep_going=True)``)

    @property
    def quiz_pool(self) -> tuple[Question, ...]:
        return self.printable or self.candidates or self.questions


def plain(text: str) -> str:
    """``text`` with the brackets around the words quizgen put in dropped (``_INSERTED``), but inside a quotation,
    where brackets are how an editor marks words that are not the speaker's ("“[Judy Avalos] said they had been
    arguing”")."""
    if "[" not in text:
        return text
    return _INSERTED.sub(lambda m: m.group(0) if inside_quote(text, m.start()) else m.group(1), text)
