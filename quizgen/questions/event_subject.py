"""The main event's subject named: a lead that tells the headline's news by a pronoun or a description ("He resigned
…", "The company cut …", "A top central bank official criticized …") gets the name it stands for written in its
place, so the main-event card can stand alone. The name is the one the headline shows (the only person, or
organisation, of the article the headline names), else, for a description, the named subject of the next sentence
(news style: "A top official said … / Bank President Tomas Arlen, …"). Anything less certain is left as written."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from quizgen.facts.antecedents import class_labels
from quizgen.facts.model import Fact, FactKind
from quizgen.nlp.parse import SentenceParse, Tok, phrase_head
from quizgen.questions.candidates import shown_answer
from quizgen.questions.key_facts import KeyFacts, content_words
from quizgen.text import contains_word

SUBJECT_DEPS = ("nsubj", "nsubjpass")
PRONOUNS = {"he": FactKind.PERSON, "she": FactKind.PERSON}  # not "it": often empty ("It is critical to …")
LABELS = {FactKind.PERSON: "PERSON", FactKind.ORGANIZATION: "ORG"}
NEXT_SENTENCES = 2  # a description's name is told within the next sentences that have facts, or not at all


def clause_subject(parse: SentenceParse, head: Tok) -> Tok | None:
    """The subject of the clause ``head`` heads."""
    return next((c for c in parse.children(head) if c.dep in SUBJECT_DEPS), None)


def described_kind(parse: SentenceParse, subject: Tok) -> tuple[FactKind, bool] | None:
    """What kind of name the subject stands for, and whether it is a pronoun: "he"/"she" a person; a description
    (a common noun with a determiner or possessive: "the company", "Apple's co-founder", "a top official") a person
    or organisation when its head noun names a role or a kind of body; None for a name or anything else."""
    if subject.tag == "PRP":
        kind = PRONOUNS.get(subject.lower)
        return (kind, True) if kind else None
    if subject.pos != "NOUN" or subject.tag != "NN":
        return None  # a name, or "officials": several people
    if not any(c.dep in ("det", "poss") for c in parse.children(subject)):
        return None
    if any(c.dep in ("appos", "relcl", "acl") for c in parse.children(subject)):
        return None  # "the company, Brightwell, …": the sentence names it itself
    labels = class_labels(subject.lower.split("-")[-1]) & {"PERSON", "ORG"}
    if len(labels) != 1:
        return None
    return (FactKind.PERSON if labels == {"PERSON"} else FactKind.ORGANIZATION), False


def _distinct(facts: Sequence[Fact]) -> set[str]:
    return {shown_answer(f) for f in facts}


def referent(facts: Sequence[Fact], key: KeyFacts, index: int, kind: FactKind, pronoun: bool,
             told: str = "") -> str | None:
    """The name the lead sentence ``index``'s subject stands for: the only one of its kind the headline shows, unless
    the rest of the sentence (``told``) names it itself ("A senator ripped Vesk"); else, for a description, the only
    one standing as a subject in the next sentences ("A top official said … / Bank President Tomas Arlen, …"), when
    the lead itself names no one of its kind (else the description may be that one). The lead sentence shares words with the headline (``main_event.event_sentences``): it tells the headline's news."""
    named = [f for f in facts if f.kind is kind and f.sentence_index != index and not _named_in(told, f)]
    in_title = _distinct([f for f in named if in_headline(shown_answer(f), kind, key)])
    if len(in_title) == 1:
        return in_title.pop()
    if pronoun:
        return None
    if any(f.kind is kind and f.sentence_index == index for f in facts):
        return None  # "… Vladimir Putin's involvement …: The Russian leader has …": it may be one its own line names
    later = sorted({f.sentence_index for f in facts if f.sentence_index > index})[:NEXT_SENTENCES]
    for i in later:
        here = [f for f in named if f.sentence_index == i and f.parse is not None and _is_subject(f)]
        if here:
            names = _distinct(here)
            return names.pop() if len(names) == 1 else None
    return None


def _named_in(text: str, fact: Fact) -> bool:
    """Whether ``text`` names the fact's person or organisation (a person by surname too)."""
    name = shown_answer(fact)
    forms = {name, fact.answer} | ({name.split()[-1]} if fact.kind is FactKind.PERSON else set())
    return any(contains_word(text, form) for form in forms)


def in_headline(name: str, kind: FactKind, key: KeyFacts) -> bool:
    """Whether the headline shows the name: all its words, or a person's surname alone ("Vesk quits Brightwell")."""
    words = content_words(name)
    if words and words <= key.title_words:
        return True
    return kind is FactKind.PERSON and len(name.split()) > 1 and bool(content_words(name.split()[-1]) & key.title_words)


def _is_subject(fact: Fact) -> bool:
    """Whether the fact's name is the subject of its sentence's main verb."""
    parse = fact.parse
    top = phrase_head(parse.tokens_in(fact.start, fact.end))
    return top is not None and top.dep in SUBJECT_DEPS and parse.tokens[top.head].head == top.head


def with_name(parse: SentenceParse, subject: Tok, name: str, kind: FactKind) -> SentenceParse | None:
    """The parse with the subject's words replaced by ``name`` (its last word the subject, the others its compound
    words), offsets as in the sentence with the name written in; None when the subject's words are not one run."""
    span = [t.i for t in parse.subtree(subject)]
    first, last = span[0], span[-1]
    if span != list(range(first, last + 1)):
        return None
    words = name.split()
    shift = len(words) - len(span)
    start = parse.tokens[first].idx
    delta = len(name) - (parse.tokens[last].idx + len(parse.tokens[last].text) - start)
    name_head = first + len(words) - 1

    def moved(i: int) -> int:
        if first <= i <= last:
            return name_head
        return i if i < first else i + shift

    tokens: list[Tok] = [replace(t, head=moved(t.head)) for t in parse.tokens[:first]]
    offset = start
    for n, word in enumerate(words):
        is_head = n == len(words) - 1
        tokens.append(Tok(i=first + n, text=word, ws=parse.tokens[last].ws if is_head else " ", lemma="",
                          pos="PROPN", tag="NNP", dep=subject.dep if is_head else "compound",
                          head=moved(subject.head) if is_head else name_head, idx=offset, ent_type=LABELS[kind],
                          ent_iob="B" if n == 0 else "I"))
        offset += len(word) + 1
    tokens += [replace(t, i=t.i + shift, head=moved(t.head), idx=t.idx + delta) for t in parse.tokens[last + 1:]]
    return SentenceParse(tuple(tokens))


def named_subject_facts(facts: Sequence[Fact], here: Sequence[Fact], key: KeyFacts, head: Tok) -> list[Fact] | None:
    """The lead sentence's facts (``here``) on its text with the clause's subject named, and a fact on that name
    (so the card may ask it, or show it while asking the object); None when the subject is a name already or its
    name is not certain."""
    parse = here[0].parse
    subject = clause_subject(parse, head)
    if subject is None:
        return None
    found = described_kind(parse, subject)
    if found is None:
        return None
    kind, pronoun = found
    span = parse.subtree(subject)
    sentence = here[0].sentence
    told = sentence[:span[0].idx] + sentence[span[-1].idx + len(span[-1].text):]
    name = referent(facts, key, here[0].sentence_index, kind, pronoun, told)
    if name is None:
        return None
    new = with_name(parse, subject, name, kind)
    if new is None:
        return None
    old_start, old_end = span[0].idx, span[-1].idx + len(span[-1].text)
    delta = len(name) - (old_end - old_start)
    text = sentence[:old_start] + name + sentence[old_end:]
    moved = []
    for fact in here:
        if fact.sentence != sentence:
            continue  # a date fact shows its day in its own wording of the sentence
        if fact.end <= old_start:
            moved.append(replace(fact, sentence=text, parse=new))
        elif fact.start >= old_end:
            moved.append(replace(fact, sentence=text, start=fact.start + delta, end=fact.end + delta, parse=new))
    subject_fact = Fact(kind=kind, answer=name, sentence=text, start=old_start, end=old_start + len(name),
                        sentence_index=here[0].sentence_index, label=LABELS[kind], anchor="named subject",
                        score=max(f.score for f in here), canonical=name, parse=new)
    return [subject_fact, *moved]
