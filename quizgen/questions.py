"""From facts to questions: plain frozen data, no format syntax (that lives in the exporters)."""

from __future__ import annotations

from dataclasses import dataclass, replace
from enum import Enum

from quizgen.facts import Fact
from quizgen.text import OPENING_PRONOUNS, contains_word, first_word, normalize, opens_with_quote


class QuestionKind(str, Enum):
    """The form a question takes (what the answer sheet looks like)."""

    CLOZE = "cloze"
    SHORT_ANSWER = "short_answer"
    MULTIPLE_CHOICE = "multiple_choice"
    TRUE_FALSE = "true_false"


@dataclass(frozen=True)
class Question:
    """One card or quiz item.

    For a cloze, ``prompt`` is the whole sentence and ``blank`` the ``[start, end)`` of the hidden
    answer in it; other kinds ask ``prompt`` and expect ``answer``. ``key`` is the question's
    identity within its article: exporters derive stable note IDs from it.
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

    @property
    def source(self) -> str:
        """The article sentence the question comes from."""
        return self.fact.sentence

    def visible_prompt(self, blank: str = "_____") -> str:
        """The prompt as a reader sees it, with any hidden answer replaced by ``blank``."""
        if self.blank is None:
            return self.prompt
        start, end = self.blank
        return self.prompt[:start] + blank + self.prompt[end:]

    def parts(self) -> tuple[str, str, str]:
        """A cloze prompt split around its blank: (before, answer, after)."""
        if self.blank is None:
            return self.prompt, "", ""
        start, end = self.blank
        return self.prompt[:start], self.prompt[start:end], self.prompt[end:]


def is_self_contained(sentence: str) -> bool:
    """False when the sentence opens with a pronoun that points back to an earlier sentence."""
    if opens_with_quote(sentence):
        return True  # "We …" inside a quotation is the speaker's word, named later in the sentence
    return first_word(sentence) not in OPENING_PRONOUNS


def make_cloze(fact: Fact) -> Question | None:
    """A fill-in-the-blank question hiding ``fact``, or None when it would be unfair or give itself away."""
    if not is_self_contained(fact.sentence):
        return None
    rest = fact.sentence[:fact.start] + " … " + fact.sentence[fact.end:]
    if contains_word(rest, fact.answer):
        return None  # the answer would still be visible elsewhere in the prompt
    return Question(kind=QuestionKind.CLOZE, prompt=fact.sentence, answer=fact.answer, fact=fact,
                    key=f"cloze|{fact.key}", blank=(fact.start, fact.end), score=fact.score)


def generate_questions(facts: list[Fact]) -> list[Question]:
    """All questions the facts support, one fact per question, without duplicates, in article order."""
    questions: list[Question] = []
    seen_keys: set[str] = set()
    seen_cards: set[tuple[str, str]] = set()
    for fact in facts:
        question = make_cloze(fact)
        if question is None:
            continue
        card = (normalize(question.prompt), normalize(question.answer))
        if card in seen_cards:
            continue
        seen_cards.add(card)
        key, n = question.key, 1
        while key in seen_keys:  # same answer and anchor twice: number the later ones
            n += 1
            key = f"{question.key}#{n}"
        seen_keys.add(key)
        questions.append(replace(question, key=key))
    return questions


def pick_for_quiz(questions: list[Question], limit: int | None = None) -> list[Question]:
    """The best question from each sentence (so no item gives another away), best ``limit``, in article order."""
    best: dict[int, Question] = {}
    for question in questions:
        index = question.fact.sentence_index
        if index not in best or question.score > best[index].score:
            best[index] = question
    chosen = sorted(best.values(), key=lambda q: -q.score)[:limit]
    return sorted(chosen, key=lambda q: (q.fact.sentence_index, q.fact.start))
