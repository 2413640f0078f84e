"""An opening "It" / "Its" named when the sentence before leaves one thing it can mean: "Vexor Corp. opened a plant in
Ohio in 2019. It employs 400 people." → "[Vexor Corp.] employs 400 people."

A sentence's subject is what the next sentence's "it" most often carries on (the centering of discourse); the rule
names it only when that subject is a name of a thing (an organisation, place, product, designation), not a person,
and the sentence gives "it" nothing else to mean: no singular common noun or other name as its verb's object or
complement ("Vexor unveiled a drone. It flies …" means the drone). An "It" that only opens a clause ("It is likely
that …", "It takes two hours to …") is no thing's and is left, as is any other, for ``questions/standalone.py``.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from quizgen.facts.antecedents import Referents
from quizgen.facts.designations import Designation
from quizgen.facts.mentions import SUBJECT_DEPS, Mention
from quizgen.facts.quotes import is_speech
from quizgen.facts.rewrite import Replacement, Rewriter, is_quoted
from quizgen.nlp.cache import doc_text
from quizgen.nlp.parse import columns_of
from quizgen.nlp.spans import children, sentence_root

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

THINGS = frozenset({"ORG", "GPE", "LOC", "FAC", "PRODUCT", "EVENT", "LAW", "WORK_OF_ART", "EQUIPMENT"})
_OBJECTS = frozenset({"dobj", "attr", "oprd", "dative"})  # what else a verb's "it" may carry on
# verbs an "it" only opens a clause for ("It is likely that …", "It takes an hour to …"), when a clause follows
_EXTRAPOSING = frozenset({"be", "seem", "appear", "take", "make", "remain", "become", "matter", "happen", "pay",
                          "help", "feel", "look", "sound", "cost", "mean"})
_CLAUSES = frozenset({"ccomp", "xcomp", "csubj", "advcl", "acomp"})
_BE = frozenset({"'s", "’s", "is", "was", "be", "been", "being", "are", "were"})
_CLITIC = frozenset({"'s", "’s"})
_HAS_BEFORE = frozenset({"been", "got", "gotten", "had"})


def name_opening_it(doc: Doc, sents: list[Span], sent_of: list[int], mentions: Iterable[Mention],
                    designations: Iterable[Designation], refs: Referents, rewriter: Rewriter) -> list[Replacement]:
    """Replace each opening "It" / "Its" whose thing the sentence before names plainly; the replacements made."""
    c = columns_of(doc)
    things: dict[int, tuple[str, str]] = {}  # token → its name and label
    for m in mentions:
        if m.label in THINGS:
            named = (m.canonical or doc[m.start:m.end].text, m.label)  # once a mention, not once a token of it
            for k in range(m.start, m.end):
                things[k] = named
    for d in designations:
        if d.form != "type":
            for k in range(d.start, d.end):
                things.setdefault(k, (d.text, "EQUIPMENT"))
    made: list[Replacement] = []
    for n in range(1, len(sents)):
        i = _opening(c, sents[n])
        if i is None or is_quoted(doc, c.idx[i]) or rewriter.replaced(i):
            continue
        if c.lower[i] == "it" and (c.dep[i] not in SUBJECT_DEPS or _opens_a_clause(doc, c, i)):
            continue
        if c.lower[i] == "its" and c.dep[i] != "poss":
            continue
        name, label, with_the = _plain_subject(doc, c, sents[n - 1], things, rewriter)
        if not name:
            continue
        found = refs.by_key.get(refs.key_of(name))
        if found and len(found.name) > len(name):
            name = _without_the(found.name)[0]  # "Vexor" → "Vexor Industries", as the article gave it first
        shown = ("The " if with_the else "") + f"[{name}]"
        if c.lower[i] == "its":
            shown += "'s"
        rep = Replacement(i, i + 1, shown, pos="PROPN", ent_type=label)
        if not rewriter.replace(rep):
            continue
        made.append(rep)
        if c.lower[i] == "it" and i + 1 < len(c.lower) and c.lower[i + 1] in _CLITIC:
            rewriter.replace(Replacement(i + 1, i + 2, " " + _clitic_verb(c, i + 1)))
    return made


def _opening(c, sent: Span) -> int | None:
    """The sentence's first word, if it is "It" or "Its"."""
    for k in range(sent.start, sent.end):
        if c.is_space[k]:
            continue
        return k if c.lower[k] in ("it", "its") and c.text[k][0] == "I" else None
    return None


def _opens_a_clause(doc: Doc, c, i: int) -> bool:
    """"It is likely that …", "It takes an hour to …", "It's worth noting that …": no thing's "it"."""
    head = c.head[i]
    lemma = "be" if c.lower[head] in _BE else c.lemma[head]
    if lemma == "be" and any(c.dep[k] == "attr" and any(c.dep[j] in ("relcl", "acl") for j in children(doc, k))
                             for k in children(doc, head)):
        return True  # "It's the first time that …", "It was Vexor that …"
    return lemma in _EXTRAPOSING and any(c.dep[k] in _CLAUSES for k in children(doc, head))


def _clitic_verb(c, k: int) -> str:
    """"'s" written out: "has" before "been", "got" or "had" ("It's got a coupe look"), else "is"."""
    after = k + 1
    while after < len(c.lower) and c.dep[after] in ("advmod", "neg"):
        after += 1
    return "has" if after < len(c.lower) and c.lower[after] in _HAS_BEFORE else "is"


def _plain_subject(doc: Doc, c, sent: Span, things: dict[int, tuple[str, str]],
                   rewriter: Rewriter) -> tuple[str, str, bool]:
    """The name, its label and whether "the" goes before it, of the subject of ``sent``'s main verb when nothing else
    in the sentence is as likely meant by a following "it"; ("", "", False) otherwise."""
    root = sentence_root(doc, sent)
    subjects = [k for k in children(doc, root) if c.dep[k] in SUBJECT_DEPS]
    if not subjects or _reports(doc, c, root):
        return "", "", False
    subject = subjects[0]
    if is_quoted(doc, c.idx[subject]) or c.tag[subject] in ("NNS", "NNPS") and not _singular_verb(doc, c, root):
        return "", "", False  # "Vexor Industries is …" is one thing; "The Lakers won …" may be many
    inserted = _inserted_at(rewriter, subject)
    if inserted is None and subject in things:
        inserted = (_phrase(doc, c, subject), things[subject][1])
    if inserted is None or not inserted[0] or inserted[1] not in THINGS:
        return "", "", False
    name, with_the = _without_the(inserted[0])
    label = inserted[1]
    verbs = [root] + [k for k in children(doc, root) if c.dep[k] == "conj" and c.pos[k] in ("VERB", "AUX")]
    for verb in verbs:
        for k in children(doc, verb):
            if c.dep[k] == "attr" and c.lower[verb] in _BE:
                continue  # "Vexor is a drone maker": the maker is Vexor
            if c.dep[k] in _OBJECTS and c.tag[k] in ("NN", "NNP") and things.get(k, ("",))[0] != name:
                return "", "", False  # "Vexor unveiled a drone": the drone may be meant as well
            if c.dep[k] in _OBJECTS and c.lower[k] == "it":
                return "", "", False  # "the House approved it as a stand-alone bill. It would …": the bill (set AI)
    return name, label, with_the


def _singular_verb(doc: Doc, c, verb: int) -> bool:
    """Whether the verb, or an auxiliary of it, agrees with a singular subject ("is", "has", "employs")."""
    return any(c.tag[k] == "VBZ" for k in (verb, *children(doc, verb)) if k == verb or c.dep[k] in ("aux", "auxpass"))


def _reports(doc: Doc, c, root: int) -> bool:
    """Whether the main verb only reports what its clause before says ("…, Vexor announced."): who spoke is not what
    the next sentence is about ("… has been postponed, NASA announced. It's another setback for …")."""
    return is_speech(doc[root]) and any(c.dep[k] == "ccomp" and k < root for k in children(doc, root))


_PHRASE = frozenset({"compound", "nummod", "amod", "det", "nmod"})


def _phrase(doc: Doc, c, head: int) -> str:
    """The name phrase ending at ``head``: the words before it that modify it ("The 2020 Sentra", "Vexor VX-200")."""
    start = head
    while start > 0 and c.dep[start - 1] in _PHRASE and start - 1 < c.head[start - 1] <= head \
            and not c.is_punct[start - 1]:
        start -= 1
    return doc_text(doc)[c.idx[start]:c.idx[head] + len(c.text[head])]


def _without_the(name: str) -> tuple[str, bool]:
    """``name`` without a leading "the", and whether it had one."""
    return (name[4:], True) if name[:4].lower() == "the " else (name, False)


def _inserted_at(rewriter: Rewriter, token: int) -> tuple[str, str] | None:
    """The name, and its label, an earlier step put in for the phrase holding ``token`` ("the company" → "[Vexor]",
    an opening "It" already named), or None."""
    if not rewriter.replaced(token):
        return None
    for start in range(token, max(-1, token - 6), -1):
        rep = rewriter.replacements.get(start)
        if rep is not None:
            if rep.end <= token or not rep.inserted:
                return None
            return ("the " if rep.text[:4].lower() == "the " else "") + rep.inserted, rep.ent_type
    return None
