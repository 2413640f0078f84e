"""A quiz as a teacher hands it out: chosen questions, grouped by kind, in one or more shuffled forms.

Shuffling happens here, in Python, with a seeded ``random.Random``: every exporter and every print
engine sees the same order, and the same seed gives the same forms.
"""

from __future__ import annotations

import random
import string
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from functools import cached_property

from quizgen.errors import NoFactsError
from quizgen.questions.model import ArticleResult
from quizgen.questions.model import Question, QuestionKind
from quizgen.questions.ranking import held_back, pick_for_quiz
from quizgen.questions.story_line import line_for, story_line
from quizgen.text import contains_word

# The order sections appear in on the page: quick recognition items first, recall last.
KIND_ORDER: tuple[QuestionKind, ...] = (QuestionKind.MULTIPLE_CHOICE, QuestionKind.TRUE_FALSE,
                                        QuestionKind.SHORT_ANSWER, QuestionKind.CLOZE)
KIND_HEADINGS: dict[QuestionKind, str] = {
    QuestionKind.MULTIPLE_CHOICE: "Multiple choice",
    QuestionKind.TRUE_FALSE: "True or false",
    QuestionKind.SHORT_ANSWER: "Short answer",
    QuestionKind.CLOZE: "Fill in the blank",
}
KIND_INSTRUCTIONS: dict[QuestionKind, str] = {
    QuestionKind.MULTIPLE_CHOICE: "Circle the letter of the best answer.",
    QuestionKind.TRUE_FALSE: "Circle True or False.",
    QuestionKind.SHORT_ANSWER: "Answer in a few words on the line.",
    QuestionKind.CLOZE: "Write the missing words in the blank.",
}
POINTS: dict[QuestionKind, int] = {kind: 1 for kind in QuestionKind}
MAX_VERSIONS = 26
MAX_INLINE_BLANK_CH = 30  # a wider blank inside a sentence takes a line of its own
CHOICE_BLANK_CH = 12
LETTERS = string.ascii_uppercase


@dataclass(frozen=True)
class QuizEntry:
    """A chosen question and the article it comes from."""

    question: Question
    article_title: str
    article_name: str
    story: str = ""  # the story line the question shows in a question bank (``story_line.line_for``), or ""


@dataclass(frozen=True)
class FormItem:
    """A question as one form prints it: its number, its options in this form's order, its key."""

    number: int
    question: Question
    article_title: str
    choices: tuple[str, ...]
    points: int

    @property
    def answer_letter(self) -> str:
        """The letter of the right option ("" when the question has no lettered options)."""
        if self.question.kind is not QuestionKind.MULTIPLE_CHOICE or self.question.answer not in self.choices:
            return ""
        return LETTERS[self.choices.index(self.question.answer)]

    @property
    def key_answer(self) -> str:
        """The answer as the key states it: ``B. Pyongyang`` for multiple choice, else the answer."""
        letter = self.answer_letter
        return f"{letter}. {self.question.answer}" if letter else self.question.answer

    @property
    def room_ch(self) -> int:
        """Room the longest thing a student might write here needs, in characters of print."""
        return max(answer_line_width(text) for text in (self.question.answer, *self.choices))


@dataclass(frozen=True)
class FormSection:
    """The questions of one kind in one form."""

    kind: QuestionKind
    heading: str
    instructions: str
    items: tuple[FormItem, ...]

    @property
    def points(self) -> int:
        return sum(item.points for item in self.items)

    @cached_property  # asked once per question of the section: computed once
    def line_ch(self) -> int:
        """One width for every blank and answer line of the section: the room its longest answer needs, so
        no line is sized to its own answer (which would point at the right option)."""
        return max((item.room_ch for item in self.items), default=answer_line_width(""))

    @property
    def blank_ch(self) -> int:
        """The section's blanks inside a sentence: ``line_ch`` kept short enough to sit within a line; a
        multiple-choice blank holds no writing (the letter is circled), so it is short."""
        if self.kind is QuestionKind.MULTIPLE_CHOICE:
            return CHOICE_BLANK_CH
        return min(self.line_ch, MAX_INLINE_BLANK_CH)


@dataclass(frozen=True)
class Form:
    """One version of the quiz (A, B, …)."""

    letter: str
    sections: tuple[FormSection, ...]

    @property
    def items(self) -> tuple[FormItem, ...]:
        return tuple(item for section in self.sections for item in section.items)

    @property
    def total_points(self) -> int:
        return sum(section.points for section in self.sections)


def answer_line_width(answer: str) -> int:
    """Width of a blank in characters of print: room for the answer in handwriting (about twice as wide
    as type), rounded to steps of 4 so the line never gives the answer's exact length away."""
    return max(12, min(60, round((len(answer) * 1.8 + 6) / 4) * 4))


def parse_kinds(values: Sequence[str]) -> tuple[QuestionKind, ...]:
    """Question kinds from names like ``multiple_choice`` or ``multiple-choice`` (comma lists allowed)."""
    kinds: list[QuestionKind] = []
    for value in values:
        for name in value.split(","):
            name = name.strip().lower().replace("-", "_")
            if not name:
                continue
            try:
                kind = QuestionKind(name)
            except ValueError:
                allowed = ", ".join(k.value for k in QuestionKind)
                raise ValueError(f"unknown question kind {name!r} (choose from {allowed})") from None
            if kind not in kinds:
                kinds.append(kind)
    return tuple(kinds)


def select_questions(results: Sequence[ArticleResult], kinds: Collection[QuestionKind] | None = None,
                     limit: int | None = None) -> list[QuizEntry]:
    """Each article's quiz questions: only ``kinds`` (all if None), then ``pick_for_quiz`` with ``limit``; an
    article whose quiz a teacher chose (``ArticleResult.quiz``) keeps those questions in that order, unless none
    of them is of ``kinds``."""
    entries = []
    for result in results:
        chosen = [] if result.quiz is None else [q for q in result.quiz if kinds is None or q.kind in kinds][:limit]
        if not chosen and (result.quiz is None or kinds is not None):
            # quizgen picks: no quiz was chosen, or none of its questions is of ``kinds`` (a file keeps the rest)
            chosen = pick_for_quiz(_wanted(result.quiz_pool, kinds, result), limit, result.facts)
            if not chosen and result.printable:  # what the ranker liked all failed to settle (no sound wrong
                # answers): a short article still gets a quiz from its other printable candidates
                others = [q for q in result.candidates if not held_back(q)]
                chosen = pick_for_quiz(_wanted(others, kinds, result), limit, result.facts)
        story = story_line(result.article)
        for question in chosen:
            entries.append(QuizEntry(question, result.article.title, result.article.name, line_for(question, story)))
    return entries


def _wanted(questions: Sequence[Question], kinds: Collection[QuestionKind] | None,
            result: ArticleResult) -> list[Question]:
    """The questions of ``kinds`` (all if None) whose answer the sheet's heading does not print."""
    return [q for q in questions if (kinds is None or q.kind in kinds) and not in_title(q, result.article.title)]


def in_title(question: Question, title: str) -> bool:
    """Whether the sheet's heading (the article's title) already prints the question's answer."""
    if question.kind is QuestionKind.TRUE_FALSE:
        return False  # its answer is "True" or "False"
    return any(contains_word(title, form) for form in (question.answer, question.fact.answer, question.fact.canonical)
               if form)


def quiz_entries(results: Sequence[ArticleResult], kinds: Collection[QuestionKind] | None,
                 limit: int | None) -> list[QuizEntry]:
    """Like ``select_questions``, but an empty quiz is an error the user can act on."""
    entries = select_questions(results, kinds, limit)
    if not entries:
        wanted = f" of kind {', '.join(k.value for k in kinds)}" if kinds else ""
        raise NoFactsError(f"no questions{wanted} to put in the quiz")
    return entries


def _rng(seed: int, letter: str, what: str) -> random.Random:
    # A string seed is hashed with SHA-512 by ``random``: stable across runs and Python processes.
    return random.Random(f"quizgen|{seed}|{letter}|{what}")


def _shuffled_choices(question: Question, rng: random.Random) -> tuple[str, ...]:
    if question.kind is not QuestionKind.MULTIPLE_CHOICE:
        return question.choices  # True/False keep their natural order
    choices = list(question.choices)
    rng.shuffle(choices)
    return tuple(choices)


def make_forms(entries: Sequence[QuizEntry], versions: int = 1, seed: int = 0) -> list[Form]:
    """``versions`` forms of the quiz, sections in ``KIND_ORDER``, numbered from 1 in each form.

    A single form keeps article order; with several, every form shuffles the questions within each
    section, and a form whose order repeats an earlier one's is reshuffled (when another order exists).
    Options of multiple-choice questions are shuffled in every form.
    """
    if not 1 <= versions <= MAX_VERSIONS:
        raise ValueError(f"versions must be between 1 and {MAX_VERSIONS}, not {versions}")
    by_kind = {kind: [e for e in entries if e.question.kind is kind] for kind in KIND_ORDER}
    forms: list[Form] = []
    seen_orders: set[tuple[str, ...]] = set()
    for letter in LETTERS[:versions]:
        order_rng = _rng(seed, letter, "order")
        for _attempt in range(50):
            groups = {kind: list(group) for kind, group in by_kind.items()}
            if versions > 1:
                for group in groups.values():
                    order_rng.shuffle(group)
            order = tuple(e.question.key for kind in KIND_ORDER for e in groups[kind])
            if order not in seen_orders:
                break
        seen_orders.add(order)
        choice_rng = _rng(seed, letter, "choices")
        sections, number = [], 0
        for kind in KIND_ORDER:
            items = []
            for entry in groups[kind]:
                number += 1
                items.append(FormItem(number=number, question=entry.question, article_title=entry.article_title,
                                      choices=_shuffled_choices(entry.question, choice_rng),
                                      points=POINTS[kind]))
            if items:
                sections.append(FormSection(kind, KIND_HEADINGS[kind], KIND_INSTRUCTIONS[kind], tuple(items)))
        forms.append(Form(letter=letter, sections=tuple(sections)))
    return forms
