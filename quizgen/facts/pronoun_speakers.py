"""A "he said" / "she said" whose own sentence names its speaker first: "Lisa Park, 21, came second, but she admitted
the prize “came with a price”" → Lisa Park, not the woman an earlier sentence named.

The tracker looks back over earlier sentences only; a person who is the subject of an earlier clause of the pronoun's
own sentence is nearer, and the likelier one meant. When that subject is a name the article does not show to be a
person, no one is safe to name (issue 14: when two people could be meant, no card)."""

from __future__ import annotations

from collections.abc import Container
from typing import TYPE_CHECKING

from quizgen.facts.first_names import usual_sex
from quizgen.facts.lexicon import words
from quizgen.facts.names import UNKNOWN_SEX, gender_hint, pronoun_sex
from quizgen.facts.person_nouns import person_noun
from quizgen.facts.quotes import is_speech, quote_spans
from quizgen.nlp.cache import doc_text, token_sentence
from quizgen.nlp.lemmas import lemma_of
from quizgen.nlp.parse import columns_of

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

_SUBJECTS = ("nsubj", "nsubjpass")
# a model often reads a lone first name as a place ("Marit, 21, …" as GPE): only kinds no "he" or "she" can be
_NOT_PEOPLE = frozenset({"ORG", "NORP", "PRODUCT", "EVENT", "WORK_OF_ART", "LAW"})


def _quotations(sent: Span) -> list[tuple[int, int]]:
    """The document offsets of the quotation marks of each quotation inside the sentence (its own pairing)."""
    return [(sent.start_char + a, sent.start_char + b) for a, b in quote_spans(sent.text)]


def _sex(name: str, genders: dict[str, str]) -> str:
    """What the article says of the person's sex, else what their first name is for ("" for either, "Taylor")."""
    return genders.get(name) or usual_sex(name, mostly=False)


def own_sentence_speaker(doc: Doc, pronoun: int, people: dict[tuple[int, int], str],
                         genders: dict[str, str]) -> str | None:
    """The full name the pronoun at token ``pronoun`` stands for when a clause subject earlier in its own sentence is
    a named person (``people``: person spans → full names; ``genders``: full name → "m" / "f"); "" when that subject
    is a name the article does not make a person (nobody is safe); None when the sentence names no such subject
    before the pronoun (the tracker decides)."""
    if not doc.has_annotation("DEP"):
        return None
    wanted = pronoun_sex(doc[pronoun].text)
    span_of = {i: span for span in people for i in range(*span)}
    sent = token_sentence(doc, pronoun)
    inside = _quotations(sent)
    for tok in doc[sent.start:pronoun]:
        if any(a < tok.idx < b for a, b in inside):
            continue  # “Smith is wrong,” she said: a name in the quote is no one who speaks
        if _unnamed_person_subject(tok, span_of, wanted) and tok.head in doc[pronoun].ancestors:
            return ""  # "Mr Begg's father said he had been told he could see his son": the father, whom no name gives
        if tok.dep_ not in _SUBJECTS or tok.pos_ != "PROPN" or tok.ent_type_ in _NOT_PEOPLE:
            continue
        if tok.i in span_of:
            name = people[span_of[tok.i]]
            if (_sex(name, genders) or wanted) != wanted:
                continue  # "Tom Berg hired her, and she said …": not him
            if _asked_about(tok, pronoun):
                return ""  # "Asked if Mr Blunkett could return, he replied: …": not surely him
            return name
        return ""
    return None


def _unnamed_person_subject(tok: Token, span_of: dict[int, tuple[int, int]], wanted: str) -> bool:
    """Whether ``tok`` is a clause subject that is a person by a common noun ("father", "the lawyer"), of the
    pronoun's sex as far as the word shows, with no known name beside it. Over a pronoun inside its clause it is
    the nearer one the he / she may go on with ("Mr Begg's father said he had been told he …": a held-out card
    credited the father's words to a man named the sentence before, a wrong answer)."""
    return tok.dep_ in _SUBJECTS and _nameless_person(tok, span_of) and (gender_hint(tok.text) or wanted) == wanted


def _nameless_person(tok: Token, named: Container[int]) -> bool:
    """A singular noun for a person ("father", "aide") with no name of ``named`` (token indices) beside it ("a
    spokesman, John Kirby")."""
    return tok.tag_ == "NN" and person_noun(tok.lower_) \
        and not any(c.dep_ in ("appos", "compound") and c.i in named for c in tok.children)


_ASKING = frozenset({"ask", "question", "press", "quiz", "query"})


def _asked_about(tok: Token, pronoun: int) -> bool:
    """Whether ``tok`` asks or is asked about under a verb of asking before the pronoun ("Asked if Mr Blunkett could
    return …, he replied", "When John Doe asked if he could …, he declined"): a question's two sides, neither of
    them surely the one whose answer follows (a tune card credited Blair's reply to Blunkett)."""
    return any(a.i < pronoun and a.pos_ == "VERB" and lemma_of(a).lower() in _ASKING for a in tok.ancestors)


def object_could_be_meant(doc: Doc, pronoun: int, people: dict[tuple[int, int], str],
                          genders: dict[str, str]) -> bool:
    """Whether the sentence before the pronoun's (in its paragraph) has one person act on another of the pronoun's
    sex ("Doe hired Tom Berg in 2009. “…,” he said."): the subject is the tracker's choice, but the object is as
    likely meant, so no one is named."""
    if not doc.has_annotation("DEP"):
        return False
    sent = token_sentence(doc, pronoun)
    if sent.start == 0:
        return False
    before = token_sentence(doc, sent.start - 1)
    if "\n" in doc_text(doc)[before.end_char:sent.start_char] or "\n" in before.text.strip():
        return False
    wanted = pronoun_sex(doc[pronoun].text)
    roles = set()
    for (start, end), name in people.items():
        if not before.start <= start < before.end or (_sex(name, genders) or wanted) != wanted:
            continue
        root = doc[start:end].root
        if root.head.i == before.root.i and root.dep_ in ("nsubj", "dobj"):
            roles.add(root.dep_)
    return roles == {"nsubj", "dobj"}


LOOKBACK = 4  # sentences before the pronoun's where a speaker may be named (the tracker's own reach)


def speaker_passed_over(doc: Doc, pronoun: int, chosen: str, people: dict[tuple[int, int], str],
                        genders: dict[str, str]) -> bool:
    """Whether the person the tracker chose for a he/she (``chosen``) is only acted about in the nearest sentence
    naming them, while a sentence shortly before shows another person of that sex speaking ("Acme chief executive
    Tom Berg announced the sale. John Doe founded the company in 1999. “…,” he said."): either could be meant."""
    if not doc.has_annotation("DEP"):
        return False
    wanted = pronoun_sex(doc[pronoun].text)
    start = token_sentence(doc, pronoun).start
    before = []
    while start > 0 and len(before) < LOOKBACK:
        sent = token_sentence(doc, start - 1)
        before.append(sent)
        start = sent.start
    found_chosen = False
    for sent in before:  # nearest first
        here = [(span, name) for span, name in people.items() if sent.start <= span[0] < sent.end]
        if not found_chosen:
            mine = [span for span, name in here if name == chosen]
            if not mine:
                continue
            if any(_speaks(doc, span) for span in mine):
                return False
            found_chosen = True
        for span, name in here:
            if name != chosen and (_sex(name, genders) or wanted) == wanted and _speaks(doc, span):
                return True
    return False


def _speaks(doc: Doc, span: tuple[int, int]) -> bool:
    """The name is the subject of a speech verb, or of one joined to it ("announced … and said")."""
    root = doc[span[0]:span[1]].root
    if root.dep_ == "appos":
        root = root.head
    if root.dep_ not in ("nsubj", "nsubjpass"):
        return False
    verb = root.head
    return any(is_speech(v) for v in (verb, *verb.conjuncts))


def unnamed_speaker(doc: Doc, sent: Span, people: set[int]) -> str | None:
    """The sex ("m", "f" or UNKNOWN_SEX) of someone the sentence shows speaking by a role alone, beside a named person
    of the article's (token ``people``), or None: "President Castro's chief aide said it was necessary. “…,” he
    said." The aide speaks; a later he / she more likely goes on with them than means Castro (a tune card credited the
    aide's words to Castro, a wrong answer)."""
    if not doc.has_annotation("DEP") or not any(sent.start <= i < sent.end for i in people):
        return None
    inside = _quotations(sent)
    for verb in sent:
        if not is_speech(verb) or verb.pos_ not in ("VERB", "AUX") or any(a < verb.idx < b for a, b in inside):
            continue
        if any(c.dep_ == "nsubj" and c.i in people for c in verb.children):
            continue  # "says Lee Bartholomew, lead test engineer …", the title parsed as a second subject
        for subject in verb.children:
            # not "…, prosecutors said" (no he / she goes on with them), nor "a spokesman, John Kirby, said" (named)
            if subject.dep_ == "nsubj" and subject.i not in people and _nameless_person(subject, people):
                return gender_hint(subject.text) or UNKNOWN_SEX
    return None


def described_post(sent: Span) -> tuple[str, str] | None:
    """The sex ("m", "f" or UNKNOWN_SEX) and the post word of someone a sentence shows by their post alone, as the
    subject of its main verb or of a speech verb ("The prime minister on Sunday said …" → "minister"), or None. When
    the person a later he / she would go back to holds another post the article gave them ("Home Secretary Ed
    Marlow"), the one shown by a post is likelier meant (set BH: a card credited the prime minister's refusal to the
    home secretary named the sentence before, a wrong answer); the same post word goes on with them ("The mayor
    said" after "London mayor Tom Reed")."""
    doc = sent.doc
    c = columns_of(doc)  # asked of every sentence that names no one: no Token made for most words
    titles = words("role_titles")
    for k in range(sent.start, sent.end):
        if c.dep[k] not in _SUBJECTS or c.tag[k] != "NN" or c.lower[k] not in titles:
            continue
        tok = doc[k]
        if any(a < tok.idx < b for a, b in _quotations(sent)) or not (tok.head.dep_ == "ROOT" or is_speech(tok.head)):
            continue
        if _after_the(tok):
            return gender_hint(tok.text) or UNKNOWN_SEX, tok.lower_
    return None


def _after_the(noun: Token) -> bool:
    """Whether the noun's one determiner is a "the" opening its phrase ("The home secretary", not "A spokesman")."""
    det = [t for t in noun.lefts if t.dep_ == "det"]
    return len(det) == 1 and det[0].lower_ == "the" and det[0].i == noun.left_edge.i


_OBJECT_FORMS = frozenset({"him", "his", "her"})


def pronoun_before_names(sent: Span, people: set[int]) -> str | None:
    """The sex ("m" / "f") of an unnamed him / his / her that a sentence's narration uses before any person it
    names, when none of them is the subject of any of its verbs, or None: "On a trip to Leeds, his sister introduced
    him to the painter Tom Vale." The story is about the unnamed "him"; a later he / she more likely goes on with him
    than means Vale (a held-out card put the named friend in the subject's place, a wrong fact)."""
    named = [i for i in people if sent.start <= i < sent.end]
    if not named:
        return None
    first = min(named)
    for i in named:  # "When he arrived, Vale …", "…, Vale said", "her mother, Ann, said": the name is a subject
        tok = sent.doc[i]
        while tok.dep_ in ("compound", "appos") and tok.head.i != tok.i:
            tok = tok.head
        if tok.dep_ in _SUBJECTS:
            return None  # the one the pronoun looks ahead to, or a speaker a later he / she goes on with
    inside = _quotations(sent)
    for tok in sent:
        if tok.i >= first:
            break
        if tok.lower_ in _OBJECT_FORMS and tok.tag_ in ("PRP", "PRP$") and not any(a < tok.idx < b for a, b in inside):
            return pronoun_sex(tok.text)
    return None


def title_subject(sent: Span, holders: dict[str, set[str]]) -> tuple[str, int, int] | None:
    """The person a sentence's subject names by a title alone, with the subject's token span: "The home secretary
    said, by 2008, he wanted …" after "Home Secretary Charles Clarke" → Charles Clarke, when the article has given
    that title (``holders``: lower-case title → the people it was given to) to one person only. The narration goes on
    with them: a later he / she means them, not a person named between (a held-out card credited the home
    secretary's words to the Tory co-chairman named in the sentence before, a wrong answer)."""
    root = sent.root
    for subject in root.children:
        if subject.dep_ not in _SUBJECTS or subject.pos_ != "NOUN" or subject.tag_ != "NN":
            continue
        modifiers = [t.lower_ for t in subject.lefts if t.dep_ in ("compound", "amod")]
        if not _after_the(subject):
            return None
        title = " ".join([*modifiers, subject.lower_])
        found = holders.get(title, set())
        return (next(iter(found)), subject.left_edge.i, subject.i + 1) if len(found) == 1 else None
    return None
