""""Who chaired an emergency Cobra meeting?" from "Health Secretary Jeremy Hunt, who chaired an emergency Cobra
meeting, vowed …": a person's clause set off by commas says what the person did, and asks for them on its own.

The clause is the card: the rest of the sentence (which ``trim`` leaves out of a cloze as an aside, and which may
need an earlier sentence) is not shown, so the clause alone must stand: it names something (a name or a number), and
holds no pronoun, demonstrative, bare "the …" or relative time that points back into the article."""

from __future__ import annotations

import json
import re
from dataclasses import replace
from functools import cache
from pathlib import Path

from quizgen.facts.model import Fact, FactKind
from quizgen.facts.person_nouns import person_noun
from quizgen.nlp.parse import SentenceParse, Tok
from quizgen.questions.model import Question, QuestionKind
from quizgen.questions.dates import DATE_OR_FIGURE
from quizgen.questions.minor_people import single_holder
from quizgen.questions.shape import garbled
from quizgen.text import contains_word

MIN_WORDS, MAX_WORDS = 3, 16
_VAGUE_LABELS = frozenset({"", "DATE", "TIME", "ORDINAL", "CARDINAL"})  # "who died on Tuesday" names no one thing


@cache
def _data() -> dict:
    return json.loads(Path(__file__).with_name("relative_who.json").read_text(encoding="utf-8"))


def post_verbs() -> dict[str, str]:
    """Verbs that say a person holds a post, present → past ("heads" → "headed")."""
    return _data()["leading_verbs"]


@cache
def _holding_words() -> frozenset[str]:
    """Every form of ``post_verbs`` and the founding verbs."""
    return frozenset(post_verbs()) | frozenset(post_verbs().values()) | frozenset(_data()["founding_verbs"])


def person_clause(fact: Fact) -> str | None:
    """The words of the comma-set relative clause on the fact's person ("was surfing with Kevin Swanson"), without
    its "who"; None when there is none or it cannot stand alone on a card."""
    parse = fact.parse
    if parse is None or fact.kind not in (FactKind.PERSON, FactKind.QUOTE) or fact.label not in ("", "PERSON"):
        return None
    inside = {t.i for t in parse.tokens_in(fact.start, fact.end)}
    heads = [parse.tokens[i] for i in inside if parse.tokens[i].head not in inside or parse.tokens[i].head == i]
    if len(heads) != 1 or heads[0].dep == "conj":
        # the last of a list ("three ex-managers, A, B and C, who paid penalties"): the clause may be the whole
        # list's (a set-AT card, bad: "only one of three right answers")
        return None
    if _inside_a_description(parse, heads[0]):
        return None
    clause = next((c for c in parse.children(heads[0]) if c.dep == "relcl" and c.i > heads[0].i), None)
    if clause is None:
        return None
    words = parse.subtree(clause)
    if not words or words[0].lower != "who" or words[0].i == 0 or parse.tokens[words[0].i - 1].text != ",":
        return None  # "the man who …" restricts; only a clause set off by a comma tells about a named person
    before = words[0].i - 2  # the word before the clause's comma, past an age set off by commas ("Tom Berg, 33, who")
    while before >= 2 and parse.tokens[before].pos == "NUM" and parse.tokens[before - 1].text == ",":
        before -= 2
    if before not in inside:
        # "the adviser, Ann Lee, Tom Berg, who advises …": another name stands between the person and the clause, and
        # the parse may hang it from the wrong one (a card credited the clause to the first, on a fresh page)
        return None
    after = words[-1].i + 1
    if after < len(parse.tokens) and parse.tokens[after].text not in (",", ".", ";", "—", "–"):
        return None
    body = words[1:]
    if not MIN_WORDS <= sum(t.pos != "PUNCT" for t in body) <= MAX_WORDS or not _stands_alone(parse, body):
        return None
    return "".join(t.text + t.ws for t in body).strip().rstrip(",;")


def _inside_a_description(parse: SentenceParse, head: Tok) -> bool:
    """Whether the person is named after "of" in a person noun's phrase ("X, son of the late singer Y, who has
    inherited …"): the clause may tell of the noun's person, whatever the parse hangs it on (a set-AZ card asked it
    of the father, "wrong answer", 2 ratings of 2 bad)."""
    while head.dep == "appos" and head.head != head.i:  # "… of the late rocker Garrin Holt, who"
        head = parse.tokens[head.head]
    if head.dep != "pobj" or head.head == head.i:
        return False
    prep = parse.tokens[head.head]
    if prep.lower != "of" or prep.head == prep.i:
        return False
    noun = parse.tokens[prep.head]  # "son of X, who …", not "the government of X, who has led …"
    return noun.pos == "NOUN" and person_noun(noun.lower, noun.tag)


def _stands_alone(parse: SentenceParse, body: list[Tok]) -> bool:
    """The clause names something, and nothing in it points back into the article."""
    if not any((t.pos == "PROPN" and t.ent_type not in _VAGUE_LABELS - {""}) or t.ent_type not in _VAGUE_LABELS
               or (t.text[:1].isdigit() and t.dep == "nummod") for t in body):
        # "who was arrested": anyone; "who chaired an emergency Cobra meeting": one meeting; a number counts only
        # what it counts ("who won 14 titles"): "who is about 70", "who was born in 1950" fit many people
        return False
    pointing = set(_data()["pointing_back"])
    for tok in body:
        if any(w in pointing for w in tok.lower.split()) or any(mark in tok.text for mark in '“”"[]'):
            # a phrase the facts stage rewrote ("later in the week of [16 August 2010]") is one token of many words
            return False
        if tok.lower == "the" and tok.dep == "det":
            head = parse.tokens[tok.head]
            if head.pos != "PROPN" and not any(c.pos == "PROPN" for c in parse.children(head)):
                return False  # "who was with the victim": which victim, an earlier sentence says
    return True


def make_relative_who(fact: Fact) -> Question | None:
    """"Who was surfing with Kevin Swanson?" → "Andrew Walsh": a question on the person's clause alone, asked of a
    fact of its own (anchored on the clause), so it stands beside the sentence's cloze rather than replacing it."""
    clause = person_clause(fact)
    if clause is None:
        return None
    answer = fact.canonical or fact.answer
    if len(answer.split()) < 2:
        return None  # a surname alone is no answer a learner can give
    prompt = f"Who {clause}?"
    if contains_word(prompt, answer) or contains_word(prompt, fact.answer) or garbled(prompt):
        return None  # "Who ’s an engineer …?": the clause's contracted verb reads as a stray possessive
    about = replace(fact, kind=FactKind.PERSON, topic="", anchor=f"who {' '.join(clause.lower().split()[:4])}")
    return Question(kind=QuestionKind.SHORT_ANSWER, prompt=prompt, answer=answer, fact=about,
                    key=f"who_rel|{about.key}", score=fact.score * 0.95, family="role")


_INDEFINITE_ROLE = re.compile(r"(?:is|was|are|were) an? ")
_AS_A = re.compile(r"\bas (?:an?|the) ((?:[\w-]+ ){0,3}[\w-]+?)(?: (?:at|of|for|with)\b|\?|$)")


def open_relative_who(question: Question) -> bool:
    """Whether a card asking a person's relative clause alone ("Who was surfing with Kevin Swanson?", "Who works as a
    cabin cleaner at O'Hare?", "Who joked about Zach Parise's penchant for changing sticks?") has nothing that
    says which event or which post: no date or figure ("Who fatally shot Michael Brown in 2014?"), no post one
    person holds ("Who heads the Alliance for American Manufacturing?", "… as a managing director at …"). Blind
    raters on tune pages (stops 52 to 54) called none of 10 such cards good (7 bad: "trivial", "lacking context",
    "many people work as cabin cleaners at O'Hare"), and 5 of the 6 others good."""
    if not question.key.startswith("who_rel|"):
        return False
    clause = question.prompt[len("Who "):].rstrip("?")
    if any(word in _data()["shared_lives"] for word in clause.lower().split()[:3]):
        return True  # "Who was born in Texas in 1958?" (a set-X deck card): thousands were
    # a date or figure says which event; but the article's month a role card is dated by does not say which one of
    # many ("Who was an immunologist at Stanford University in November 2019?" of "Howitt, who is now an
    # immunologist at …": fresh raters 0 of 3); "the …" or an owner's post stays one holder's
    dates = [found.group(0) for found in DATE_OR_FIGURE.finditer(clause)]
    if dates and (not _INDEFINITE_ROLE.match(clause) or any(date in question.fact.sentence for date in dates)):
        return False
    words = clause.lower().split()
    if words and words[0] in _holding_words():
        return False
    title = _AS_A.search(clause.lower())
    return not (title and single_holder(title.group(1)))
