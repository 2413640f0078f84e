""""Who is Scotland's First Minister?" from "Scotland's First Minister Nicola Sturgeon said …": a title held of a
named place or body ("Scotland's", "Oxfam's") says which one it is, as "of" does ("Who is the head of …?"), so the
person can be asked for by it (``make_roles`` asks for a person only by a title with "of", "for", "at" or "in")."""

from __future__ import annotations

import re

from quizgen.facts.appositives import bounds_in_time, names_no_body, opens_a_name, title_or_modifier
from quizgen.facts.first_names import is_first_name
from quizgen.facts.model import Fact, FactKind
from quizgen.nlp.parse import Tok
from quizgen.questions.model import Question, QuestionKind
from quizgen.text import contains_word

# a capitalised name of up to four words, with its possessive, right before the title
_OWNER = re.compile(r"(?:^|(?<=\s))((?:[A-Z][\w.&-]*\s+){0,3}[A-Z][\w.&-]*)['’]s\s+$")
_NOT_OWNERS = frozenset({"It", "He", "She", "They", "This", "That", "The", "Its", "Their", "His", "Her"})


def title_owner(fact: Fact) -> str:
    """The named owner of the fact's title in its sentence ("Scotland" for "Scotland's First Minister …"), or ""."""
    match = _OWNER.search(fact.sentence[:fact.start])
    if match is None:
        return ""
    owner = _past_opener(fact, match.group(1), match.start(1))
    words = owner.split()
    if not words:
        return ""
    if words[0] in _NOT_OWNERS or (len(words) > 1 and words[0] in ("The", "A", "An")):
        return ""
    if _DESCRIBED.search(fact.sentence[:match.start()]):
        return ""  # "arrested the Caribbean Territory's Premier": a description (a rater: "which territory?")
    return owner


_DESCRIBED = re.compile(r"\b(?:the|a|an|this|that)\s+$", re.IGNORECASE)
_NOT_NAMING = frozenset({"CCONJ", "SCONJ", "ADV", "ADP", "INTJ", "PRON", "DET"})


def _past_opener(fact: Fact, owner: str, at: int) -> str:
    """``owner`` (found at ``at`` in the sentence) without the words before the name that open the sentence ("But" of
    "But Velm Party's campaign spokesman": a first form read "Which But Velm Party campaign spokesman said")."""
    if fact.parse is None:
        return owner
    words = owner.split()
    while words and (tok := fact.parse.token_at(at)) is not None and tok.idx == at and tok.pos in _NOT_NAMING:
        at += len(words[0]) + 1
        words.pop(0)
    return " ".join(words)


# a role that names whose it is already: "spokesman for Velm Air", "Velm Air's chief", "IBM senior vice president"
_OWNED_ROLE = re.compile(r"\b(?:of|for|at|in|with)\s|['’]s\s|^[A-Z]")
_OWNER_LABELS = frozenset({"ORG", "GPE", "NORP"})
_NAME_LINKS = frozenset({"of", "for", "and", "&", "de", "the"})


def _names_an_owner(tok: Tok) -> bool:
    """A capitalised word of a body's or place's name (the model may tag "Apple" a noun), or a name it did not label."""
    return tok.text[:1].isupper() and (tok.ent_type in _OWNER_LABELS or (tok.pos == "PROPN" and not tok.ent_type))


def possessive_owner(fact: Fact, role: str) -> str:
    """The name with a possessive right before a role's title ("Velm Party" of "Velm Party's local government
    spokesman Tom Reyes", as ``title_owner`` finds it), for a role that does not say whose already; or ""."""
    owner = "" if _OWNED_ROLE.search(role) else title_owner(fact)
    # a person's is theirs with its possessive only ("Nick Loeb's attorney", not "Nick Loeb attorney"), a titled
    # person's too (set AL: "Paul Manafort, President Donald Trump former campaign manager, is seeking …")
    words = owner.split()
    while len(words) > 2 and words[0].lower() in title_or_modifier():
        words.pop(0)
    return "" if len(words) > 1 and is_first_name(words[0]) else owner


def named_owner(fact: Fact, role: str) -> str:
    """The name written right before a role's title with no possessive ("Apple" of "Apple chief executive Tim Cook",
    "Notts" of "Notts police chief Steve Green"), which the role fact leaves out; "" when none, or when ``role`` (the
    title as the card shows it) says whose already. A who-said card reads it with the title: tune raters asked
    "Which Marsh & McLennan chief executive" for "Which chief executive said", and stored ratings hold who-said cards
    with a bare lower-case role 62% good (154), against 75% (951) for a role that says whose."""
    parse = fact.parse
    if parse is None or _OWNED_ROLE.search(role):
        return ""  # "spokesman for Velm Air" says whose already
    before = [t for t in parse.tokens if t.idx + len(t.text) <= fact.start]
    run: list[Tok] = []
    while before and _names_an_owner(before[-1]) \
            and before[-1].idx + len(before[-1].text) + len(before[-1].ws) == (run[0].idx if run else fact.start):
        run.insert(0, before.pop())
    if not run or (before and (before[-1].tag == "POS" or before[-1].text.lower() in _NAME_LINKS
                               or opens_a_name(before[-1].text, before[-1].pos))):
        return ""  # "Association of Chief Police Officers president": a name cut at its "of" says no owner
    if len(run) == 1 and names_no_body(run[0].lower, run[0].i == 0):
        return ""  # "Party leader …", "Committee chairman …": a body's kind opening the sentence
    last = before[-1] if before else None
    if last is not None and ((last.text == "-" and not last.ws) or (last.i > 0 and last.text[:1].isupper())):
        # a word or name the run cuts: "Russia" of "pro-Russia", "Street" of "Downing Street" (the model read "Downing"
        # as an adjective)
        return ""
    if last is not None and bounds_in_time(last.lower):
        return ""  # "Former Downing Street media chief": with its owner the title would read as held now
    return "".join(t.text + t.ws for t in run).strip()


def make_owned_role(fact: Fact) -> Question | None:
    """"Who is Scotland's First Minister?" → Nicola Sturgeon, for a role fact whose title has a named owner and is not
    already specific enough for ``make_roles``' own reverse question."""
    if fact.kind is not FactKind.ROLE or not fact.topic.strip() or len(fact.topic.split()) < 2:
        return None  # a surname alone is no answer a learner can give
    role = fact.answer.strip()
    if len(role.split()) >= 3 and any(w in role.split() for w in ("of", "for", "at", "in")):
        return None  # ``make_roles`` asks it already
    owner = title_owner(fact)
    if not owner or role.lower().startswith(("a ", "an ", "the ")):
        return None
    person = fact.topic.strip()
    prompt = f"Who is {owner}’s {role}?"
    if contains_word(prompt, person) or any(contains_word(prompt, w) for w in person.split() if len(w) > 2):
        return None
    return Question(kind=QuestionKind.SHORT_ANSWER, prompt=prompt, answer=person, fact=fact,
                    key=f"role_owned|{fact.key}", score=fact.score * 0.95, family="role")
