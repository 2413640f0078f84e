"""Typed facts: plain frozen data, no spaCy objects, so later stages test without a model."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum

from quizgen.memo import kept
from quizgen.nlp.parse import SentenceParse
from quizgen.text import normalize


class FactKind(str, Enum):
    """What a fact's answer is."""

    DATE = "date"
    TIME = "time"
    COUNT = "count"
    AMOUNT = "amount"
    PERSON = "person"
    ORGANIZATION = "organization"
    PLACE = "place"
    EQUIPMENT = "equipment"
    DEFINITION = "definition"
    ROLE = "role"
    QUOTE = "quote"
    CLAIM = "claim"  # what a key sentence says was done, decided or found: its main verb's object phrase
    WORK = "work"  # the title of a book, film, show or song the page sets off as one (``works``)
    LANGUAGE = "language"  # the language something is written or spoken in (``languages``)
    OTHER = "other"  # words a teacher chose for a card (``quizgen review``), not found by a rule


# kinds whose answer is a value, not a name or a phrase: a date, a time, a count or an amount
MEASURE_KINDS = frozenset({FactKind.DATE, FactKind.TIME, FactKind.COUNT, FactKind.AMOUNT})


@dataclass(frozen=True, init=False)
class Fact:
    """One thing worth knowing from one sentence.

    ``answer`` is the text a card hides; it stands in ``sentence`` at ``[start, end)``.
    ``canonical`` is the answer's full form when the sentence uses a short one ("Kim" → "Kim Jong Un").
    ``topic`` is what the fact is about, by kind:

    - count: the noun phrase counted ("new tactical ballistic missile launchers");
    - equipment: the designation's class ("missile", "aircraft"), "" if unknown;
    - definition: the term defined ("Hwasong-11D"); the answer is the defining phrase;
    - role: the person's full name; the answer is the role phrase;
    - quote: the quoted words; the answer is the speaker as written (``canonical`` the full name, always set).

    ``label`` is the model's entity label for names, numbers and dates; "EQUIPMENT" for a designation
    and "EQUIPMENT_TYPE" for a type ("transporter-erector launcher"); the phrase's head noun for a
    role or definition ("spokesperson", "missile"); "PERSON" or "ORG" for a quote's speaker.

    Words that point back into the article are replaced by what they stand for where the article makes it
    unambiguous, marked as insertions: an opening "He"/"She" ("[Joseph Dempsey] identified …"), a definite
    description ("[Apple] said …"), and, when the article date is known, a relative time ("on [13 March 2024]");
    offsets and ``parse`` refer to the rewritten sentence. A date fact on such a time asks the day itself
    (answer "13 March 2024", shown unmarked in its own sentence) and ``resolved`` holds it as ISO; a relative date
    left as written ("Saturday is the anniversary") may still show its day in ``canonical``
    ("Saturday (13 August 2011)").

    ``standing`` (a person's or a quote's speaker, None for other facts and when not judged) says why the person is
    worth a "Who said …?" card: the role the article gives them ("White House spokesman", "R-Burlington"), "named in
    4 sentences" or "named in the lead"; "" when nothing does (a passer-by quoted once).

    ``anchor`` holds words near the answer that survive re-wording; with the kind and answer it
    makes the fact's identity, which keeps Anki note GUIDs stable across edits. ``parse`` is the
    sentence's parse as plain data, for question rules.
    """

    kind: FactKind
    answer: str
    sentence: str
    start: int
    end: int
    sentence_index: int
    label: str = ""
    topic: str = ""
    anchor: str = ""
    score: float = 0.0
    canonical: str = ""
    resolved: str = ""
    standing: str | None = None
    parse: SentenceParse | None = field(default=None, compare=False, repr=False)

    def __init__(self, kind: FactKind, answer: str, sentence: str, start: int, end: int, sentence_index: int,
                 label: str = "", topic: str = "", anchor: str = "", score: float = 0.0, canonical: str = "",
                 resolved: str = "", standing: str | None = None, parse: SentenceParse | None = None) -> None:
        # the fields straight into the instance's dict (the generated frozen __init__ sets them one call at a time,
        # and a keyword dict to update it from costs a third more: an article makes dozens of facts, and the question
        # rules copy them)
        own = self.__dict__
        own["kind"], own["answer"], own["sentence"], own["start"], own["end"] = kind, answer, sentence, start, end
        own["sentence_index"], own["label"], own["topic"], own["anchor"] = sentence_index, label, topic, anchor
        own["score"], own["canonical"], own["resolved"] = score, canonical, resolved
        own["standing"], own["parse"] = standing, parse
        self.__post_init__()

    def __post_init__(self) -> None:
        if self.sentence[self.start:self.end] != self.answer:
            raise ValueError(f"answer {self.answer!r} is not at [{self.start}, {self.end}) of its sentence")

    @kept  # asked of every question at every step; kept beside the frozen fields (not among them)
    def key(self) -> str:
        """Identity of the fact within its article."""
        return f"{self.kind.value}|{normalize(self.answer)}|{self.anchor}"

    def to_dict(self) -> dict[str, object]:
        """A JSON-ready dict."""
        return {
            "kind": self.kind.value,
            "answer": self.answer,
            "sentence": self.sentence,
            "start": self.start,
            "end": self.end,
            "sentence_index": self.sentence_index,
            "label": self.label,
            "topic": self.topic,
            "anchor": self.anchor,
            "score": round(self.score, 3),
            "canonical": self.canonical,
            "resolved": self.resolved,
            **({} if self.standing is None else {"standing": self.standing}),
        }
