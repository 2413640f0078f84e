"""Descriptions that look as if they said which, and do not (issue 14; blind raters' top rejection, "the card
needs the article"): what ``pointing_back.py`` and ``standalone.py`` leave because a word stands in the description.

- a person (or thing) told by age ("The 89-year-old festival impresario attended …", "The 42-year-old was
  arrested"): to the model an age is a date, but it tells how old, not who;
- a bare event or thing inside a subject or object ("The total bill for the project came in at $9 million", "One of
  the bill's authors, Sen. Dario Venn, said"): the phrase after the noun says which bill only by pointing back;
- a thing with only words that tell nothing of which ("offering the new service in 2010", "under the new programs",
  "the current rate of _____"), outside what someone said;
- "this" / "these" + noun, whatever follows it ("this fascinating interview of Dario Venn": the page's own video);
- a he / she in a sentence that shows no person (a name inside quotes is not shown; "reapportionment" is no person).

The article does not make the antecedent unambiguous here (the facts stage names what it can: ``facts/antecedents.py``,
``facts/compound_descriptions.py``, ``facts/kin_descriptions.py``), so such a sentence gives no card. Narration only:
a quote keeps its own words.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from functools import cache
from pathlib import Path

from quizgen.facts.antecedents import class_labels, name_labels
from quizgen.facts.compound_descriptions import event_kinds
from quizgen.facts.lexicon import words
from quizgen.facts.person_nouns import person_noun
from quizgen.questions.minor_people import peoples_adjective
from quizgen.nlp.parse import SentenceParse, Tok

_ARGUMENTS = frozenset({"nsubj", "nsubjpass", "dobj", "attr"})
_AGE = re.compile(r"\d\s*-\s*years?\s*-\s*old\b")
# words after a noun that say which one it is ("the owner of the shop", "the man who …", "the plan, Plan B")
_SAYING_WHICH = frozenset({"prep", "acl", "relcl", "appos", "poss", "nmod"})
_TELLING_KIND = frozenset({"DATE", "NORP"})  # an age, a nationality: what kind of someone, not who
_QUIET = frozenset({"GPE", "LOC", "NORP", "DATE", "TIME", "CARDINAL", "ORDINAL", "QUANTITY", "MONEY", "PERCENT"})


@cache
def _data() -> dict:
    return json.loads(Path(__file__).with_name("unnamed_descriptions.json").read_text(encoding="utf-8"))


def unnamed_description(parse: SentenceParse, narrated: Callable[[Tok], bool]) -> str | None:
    """Why a description in the narration (``narrated``: a token outside quotes, the dropped connective and the
    answer) needs an earlier sentence to say which, or None."""
    tokens = parse.tokens
    for det in tokens:
        if det.lower != "the" or det.dep != "det" or det.head <= det.i or not narrated(det):
            continue
        head = tokens[det.head]
        if not narrated(head) or head.ent_type not in ("", "DATE"):
            continue
        if _aged(parse, det, head) or _nested_event(parse, det, head) or _plain_description(parse, det, head, narrated) \
                or _affiliated_person(parse, det, head):
            return "a description points back"
    return None


def _between(parse: SentenceParse, det: Tok, head: Tok) -> list[Tok]:
    return list(parse.tokens[det.i + 1:head.i])


def _age_words(parse: SentenceParse, det: Tok, head: Tok) -> bool:
    """"the 89-year-old …", "the 42-year-old": the words up to the noun hold an age (to the model, one DATE)."""
    return bool(_AGE.search("".join(t.text + t.ws for t in parse.tokens[det.i + 1:head.i + 1])))


def _aged(parse: SentenceParse, det: Tok, head: Tok) -> bool:
    """"The 89-year-old festival impresario attended …", "police arrested the 42-year-old": someone (or something)
    told by age and kind only, as a subject or object, in a sentence that names no one before it."""
    if not _age_words(parse, det, head):
        return False
    if not (head.lower == "old" or (head.pos == "NOUN" and head.text.islower())):
        return False
    if head.dep not in _ARGUMENTS or any(c.dep in _SAYING_WHICH for c in parse.children(head)):
        return False  # "the 20-year-old mother of the man's child": its own words say whose
    between = _between(parse, det, head)
    peoples = _joined_peoples(between)
    if any(t.ent_type or not t.text.islower() for t in between
           if t.ent_type not in _TELLING_KIND and t.pos != "PUNCT" and t.i not in peoples):
        return False  # "the 42-year-old Halden native" may say which; "the 35-year-old Cuban-Guatemalan actor" not
    return not _person_before(parse, det)


def _affiliated_person(parse: SentenceParse, det: Tok, head: Tok) -> bool:
    """"The Velm Rovers star earned his 23rd cap", "The Arizona conservative voted …": someone told only by a
    team, place or party and a kind, as the subject, in a sentence that names no one before it (a person noun, or a
    he / his after it says it is someone). A set-BC rater: "not self-contained (the star is never named)"."""
    if head.dep not in ("nsubj", "nsubjpass") or head.tag != "NN" or not head.text.islower():
        return False
    between = [t for t in _between(parse, det, head) if t.pos != "PUNCT"]
    if not between or not all(t.text[:1].isupper() for t in between):
        return False
    if any(c.dep in _SAYING_WHICH for c in parse.children(head)):
        return False  # "The Labour MP for Leeds", "the Arizona senator, John Doe,": its own words say who
    if head.i + 1 < len(parse.tokens) and parse.tokens[head.i + 1].pos == "PROPN":
        return False  # "The British artist Ann Lee has made …": its name follows (misparsed as a second subject)
    if head.lower in words("role_titles"):
        return False  # "The State Department spokesman", "the Tory leader": a body's office says whose
    verb = head.head
    # "wins his 23rd cap": a his / he on the subject's own verb or its object; one further on may be anyone's
    someone = person_noun(head.lower) or any(
        t.lower in words("personal_pronouns") and (t.head == verb or parse.tokens[t.head].head == verb)
        for t in parse.tokens[head.i + 1:])
    return someone and not _person_before(parse, det)


def _joined_peoples(tokens: list[Tok]) -> frozenset[int]:
    """The words of a hyphened run of peoples' adjectives ("Cuban-Guatemalan", which the model may read as a body's
    name): a kind of someone, as one nationality the model knows is."""
    for start in range(len(tokens) - 2):
        run = tokens[start:start + 3]
        if run[1].text == "-" and not run[0].ws and not run[1].ws \
                and peoples_adjective(run[0].text) and peoples_adjective(run[2].text):
            return frozenset(t.i for t in run)
    return frozenset()


def _person_before(parse: SentenceParse, det: Tok) -> bool:
    """A person (a name the model may misread) before ``det`` in its sentence, whom the description may be."""
    return any(t.ent_type == "PERSON" or (t.pos == "PROPN" and t.ent_type not in _QUIET)
               for t in parse.tokens[:det.i])


def _nested_event(parse: SentenceParse, det: Tok, head: Tok) -> bool:
    """"The total bill for the project …", "One of the bill's authors …": a bare event or thing
    (``compound_descriptions.event_kinds``) inside a subject or object, through "of / for …" or a possessive, whose
    kind its sentence has not named before it."""
    kinds = event_kinds()
    noun = head.lower if head.tag == "NN" else head.lower.removesuffix("s") if head.tag == "NNS" else ""
    if noun not in kinds or head.dep not in ("pobj", "poss"):
        return False  # "the patents", "the deals": a plural is as bare as its singular
    if any(c.dep in _SAYING_WHICH | {"compound", "nummod", "quantmod"} for c in parse.children(head) if c.i != det.i):
        return False
    if any(t.lower in kinds[noun] for t in parse.tokens[:det.i]):
        return False  # "Ohio passed a law, and the cost of the measure …": its own sentence tells it
    return _in_argument(parse, head)


def _in_argument(parse: SentenceParse, tok: Tok) -> bool:
    """Whether ``tok`` sits in a subject or object through nouns only ("the cost of X", "X's authors"), not in an
    adjunct of a verb ("after the law took effect", "in the bill")."""
    tokens = parse.tokens
    for _ in range(6):
        if tok.dep == "poss":
            tok = tokens[tok.head]
        elif tok.dep == "pobj" and tokens[tok.head].dep == "prep":
            owner = tokens[tokens[tok.head].head]
            if owner.pos not in ("NOUN", "PROPN", "PRON", "NUM") or owner.i == tok.i:
                return False
            tok = owner
        else:
            return tok.dep in _ARGUMENTS
    return False


def _plain_description(parse: SentenceParse, det: Tok, head: Tok, narrated: Callable[[Tok], bool]) -> bool:
    """"offering the new service sometime in 2010", "apply under the new programs", "the embattled company said": a
    thing whose only words before it tell nothing of which (``unnamed_descriptions.json``), with no words after it
    that say which, in a sentence that has not named it before (an organisation: any name of one may be it)."""
    between = _between(parse, det, head)
    adjectives = frozenset(_data()["adjectives_not_saying_which"])
    if not any(t.lower in adjectives for t in between) or head.tag not in ("NN", "NNS") or not head.text.islower():
        return False
    if any(not (t.lower in adjectives or (t.dep == "compound" and t.pos == "NOUN" and t.text.islower()))
           for t in between):
        return False
    labels = class_labels(head.lower)
    if "PERSON" in labels or head.lower in _data()["not_described"]:
        return False
    if any(c.dep in _SAYING_WHICH and not _asks(parse, c, narrated) for c in parse.children(head)):
        return False
    before = parse.tokens[:det.i]
    singular = head.lower.removesuffix("s")
    if any(t.lower.removesuffix("s") == singular for t in before):
        return False  # "Halden launched two programs, and the new programs …": its own sentence tells them
    if "ORG" not in labels:
        return not _reported(parse, head)
    names = name_labels(head.lower)  # "ORG" among ``labels``: the labels a company's name may carry
    return not any(t.ent_type in names or (t.pos == "PROPN" and t.ent_type not in _QUIET | {"PERSON"})
                   for t in before)


def _asks(parse: SentenceParse, child: Tok, narrated: Callable[[Tok], bool]) -> bool:
    """"the current rate of _____": a phrase after the noun that is the card's blank says nothing on the card."""
    return child.dep == "prep" and all(not narrated(t) for t in parse.subtree(child)[1:])


def _reported(parse: SentenceParse, tok: Tok) -> bool:
    """Whether ``tok`` stands in what someone said or thought ("said the prime minister believed the new approach
    would fail"): the card's fact is the saying, and raters let a description there stand."""
    for _ in range(12):
        if tok.dep == "ccomp":
            return True
        if tok.head == tok.i:
            return False
        tok = parse.tokens[tok.head]
    return False


@cache
def time_nouns() -> frozenset[str]:
    """Nouns of a time ("this week", "those years"): what a demonstrative before them points at is a time."""
    return frozenset(_data()["time_nouns"])


def this_points_back(parse: SentenceParse, narrated: Callable[[Tok], bool]) -> str | None:
    """"The Velm Post has come across this fascinating interview of Dario Venn": "this" / "these" in the narration
    points at something the page shows or an earlier sentence told, whatever words follow the noun (a time, "this
    week", is ``standalone.py``'s)."""
    times = time_nouns()
    for det in parse.tokens:
        if det.lower in ("this", "these") and det.dep == "det" and narrated(det) and det.head > det.i:
            head = parse.tokens[det.head]
            if head.pos == "NOUN" and head.lower not in times and not head.ent_type and narrated(head):
                return "a demonstrative points back"
    return None


def pronoun_of_no_one(parse: SentenceParse, narrated: Callable[[Tok], bool],
                      shown: Callable[[Tok], bool]) -> str | None:
    """"In one briefing note she was warned …", "states where he had success in 2008": a he / she in the narration
    of a sentence that shows no person it may stand for (no name outside its quotes, no noun for a person; a word
    such as "reapportionment" or "percent" is no person, whatever its ending)."""
    pronouns = words("personal_pronouns")
    if not any(t.lower in pronouns and narrated(t) for t in parse.tokens):
        return None
    not_people = frozenset(_data()["not_person_nouns"])
    for tok in parse.tokens:
        if tok.ent_type == "PERSON":
            return None
        if tok.pos == "PROPN" and tok.ent_type not in _QUIET and shown(tok):
            return None  # a name the model did not label a person may be the one meant
        if tok.pos == "NOUN" and not tok.ent_type and person_noun(tok.lower) and tok.lower not in not_people \
                and not tok.lower.endswith(("ment", "ments", "ness")):
            return None
    return "a pronoun points back"
