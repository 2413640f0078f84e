"""What ``standalone.py`` left that still points back into the article: a bare "there" / "here" for a place an
earlier sentence named, a "he" / "she" that no person of the sentence can be (every one named in it is of the other
sex: "On March 6 Mr Tom Reed wrote to her"), a bare "the + noun" for an event or thing an earlier sentence told
("the move", "the plant", "the attack") that the sentence does not tell itself (the noun comes before it, or the
description's own words say which), "similar" with nothing to compare with ("Similar agreements were reached with
…"), "those" / "these" inside the sentence ("revealed one of those interactions", "One of these, Solimo, …"), a
"that" / "this" as an object ("hopes to change that") and a "both" with no two names before it ("Both diseases are
…"). Only narration counts: a quote keeps its own words; the answer span is the card's.
"""

from __future__ import annotations

import json
import re
from functools import cache
from pathlib import Path

from quizgen.facts.compound_descriptions import event_kinds
from quizgen.facts.first_names import usual_sex
from quizgen.facts.model import Fact
from quizgen.facts.person_nouns import person_noun
from quizgen.memo import kept_beside
from quizgen.nlp.parse import Tok
from quizgen.questions.trim import left_off_pointing
from quizgen.questions.unnamed_descriptions import pronoun_of_no_one, this_points_back, time_nouns, unnamed_description

_PLACES = frozenset({"GPE", "LOC", "FAC"})
_WORD = re.compile(r"[a-z]+")
_ARGUMENTS = frozenset({"nsubj", "nsubjpass", "dobj"})  # what the sentence tells is about it
# words of a description that may say which one it is; an adjective does not ("the new action", "the final deal")
_SPECIFYING = frozenset({"compound", "nummod", "poss", "nmod", "appos", "quantmod", "prep", "acl", "relcl"})


@cache
def _data() -> dict:
    return json.loads(Path(__file__).with_name("pointing_back.json").read_text(encoding="utf-8"))


def still_points_back(fact: Fact, told: str, cut: int) -> str | None:
    """Why the narration ``told`` (the sentence without its dropped connective, quotes and answer blanked; ``cut``
    characters shorter than ``fact.sentence``) still needs an earlier sentence, or None."""
    parse = fact.parse
    if parse is None:
        return None

    left_out = left_off_pointing(fact)  # "support for those penalties": the card leaves the phrase out

    def narrated(tok) -> bool:
        at = tok.idx - cut
        return 0 <= at < len(told) and bool(told[at].strip()) and not fact.start <= tok.idx < fact.end \
            and tok.i not in left_out

    words = set(_WORD.findall(told.lower()))  # each check first asks whether its words are there: most lack them
    if not words.isdisjoint(_data()["place_adverbs"]) and _bare_place_adverb(parse, narrated):
        return "a 'there' points back"
    if not words.isdisjoint(_data()["pronoun_sex"]) and _pronoun_of_no_one_named(parse, narrated):
        return "a pronoun points back"
    if "the" in words and _bare_event(parse, narrated):
        return "a description points back"
    if "the" in words and (found := unnamed_description(parse, narrated)):
        return found
    if not words.isdisjoint(("this", "these")) and (found := this_points_back(parse, narrated)):
        return found
    if not words.isdisjoint(_data()["comparisons"]) and _compared_with_nothing(parse, narrated):
        return "a comparison points back"
    if not words.isdisjoint(_data()["far_demonstratives"]) and _demonstrative_inside(parse, narrated):
        return "a demonstrative points back"
    if not words.isdisjoint(_data()["pair_words"]) and _pair_of_no_two(parse, narrated):
        return "a pair points back"
    if not words.isdisjoint(_data()["demonstrative_pronouns"]) and _demonstrative_object(parse, narrated):
        return "a demonstrative points back"
    if not words.isdisjoint(_data()["pronoun_sex"]):
        def shown(tok) -> bool:  # outside quotes: the narration or the answer
            at = tok.idx - cut
            return (0 <= at < len(told) and bool(told[at].strip())) or fact.start <= tok.idx < fact.end

        return pronoun_of_no_one(parse, narrated, shown)
    return None


def _compared_with_nothing(parse, narrated) -> bool:
    """"Similar agreements were reached with …", "hurt in a similar incident": similar to what an earlier sentence
    told (blind raters, every card to stop 36: 1 good of 9); "a movement similar to the Brotherhood" says to what."""
    comparisons = _data()["comparisons"]
    for tok in parse.tokens:
        if tok.lower in comparisons and tok.dep == "amod" and narrated(tok):
            after = parse.tokens[tok.i + 1] if tok.i + 1 < len(parse.tokens) else None
            if after is None or after.lower not in ("to", "as"):
                return True
    return False


def _demonstrative_inside(parse, narrated) -> bool:
    """"revealed one of those interactions", "One of these, Solimo, sells …": things an earlier sentence told (blind
    raters: 0 good of 18 such cards); "those who were arrested", "those countries that signed" say which (a
    sentence opening with one is ``standalone.py``'s)."""
    demonstratives = _data()["far_demonstratives"]
    times = time_nouns()
    for tok in parse.tokens:
        if tok.lower not in demonstratives or tok.i == 0 or not narrated(tok):
            continue
        head = parse.tokens[tok.head]
        if tok.dep == "det" and head.i > tok.i and head.pos == "NOUN" and head.lower not in times \
                and not _says_which(parse, head):
            return True
        if tok.dep == "pobj" and head.lower == "of" and not _says_which(parse, tok):
            return True
    return False


def _demonstrative_object(parse, narrated) -> bool:
    """"IK Multimedia hopes to change that", "Before this, she ran …": a demonstrative standing for what an earlier
    sentence told, as the object of a verb or a preposition (a fresh page's rater: "'hopes to change that' refers
    back to the previous sentence"); "that" joining a clause, or before a noun, is no such word, a share of it
    ("capped at 29.4 million pounds, with most of that …") may be its own sentence's, and one before a colon points
    ahead ("some basis for this: in 2008, …")."""
    pronouns = _data()["demonstrative_pronouns"]
    tokens = parse.tokens
    for tok in tokens:
        if tok.lower not in pronouns or tok.tag != "DT" or tok.dep not in ("dobj", "pobj") or not narrated(tok):
            continue
        if tok.dep == "pobj" and tokens[tok.head].lower == "of":
            continue
        if tok.i + 1 < len(tokens) and tokens[tok.i + 1].text == ":":
            continue
        if not _says_which(parse, tok) and not parse.children(tok):
            return True
    return False


def _pair_of_no_two(parse, narrated) -> bool:
    """"Both diseases are associated with …", "Julian Assange has denied both allegations": a pair an earlier
    sentence named (blind raters: "'Both diseases' is dangling"). Two names before it in the sentence say which ("X
    shoved Y, and both teams were fined"); "both … and …" pairs its own words ("both Boris Johnson and Jeremy
    Corbyn", "both analysts on ESPN, Lou Holtz and Mark May")."""
    pair = _data()["pair_words"]
    for tok in parse.tokens:
        if tok.lower not in pair or not narrated(tok) or tok.dep not in ("det", "predet", "nsubj", "nsubjpass"):
            continue
        phrase = parse.subtree(parse.tokens[tok.head]) if tok.dep in ("det", "predet") else parse.subtree(tok)
        if any(t.dep == "conj" or t.lower == "and" for t in (*phrase, *parse.tokens[tok.i + 1:tok.i + 5])):
            continue  # an "and" right after it pairs its own words, however the parse hangs them
        names = sum(1 for t in parse.tokens[:tok.i] if t.pos == "PROPN" and (
            t.i + 1 >= len(parse.tokens) or parse.tokens[t.i + 1].pos != "PROPN"))
        if names < 2:
            return True
    return False


def _says_which(parse, tok) -> bool:
    """A relative clause on ``tok`` ("those who …", "those countries that …")."""
    return any(child.dep == "relcl" for child in parse.children(tok))


def _bare_place_adverb(parse, narrated) -> bool:
    """"they were there", "he moved here", "casinos there": a place an earlier sentence named, where someone is, goes
    or does something (not "keep it there": a level), unless a place stands before it in its own sentence ("She
    flew to Lima and stayed there")."""
    adverbs, verbs = _data()["place_adverbs"], _data()["staying_verbs"]
    for tok in parse.tokens:
        if tok.lower in adverbs and tok.dep == "advmod" and narrated(tok):
            verb = parse.tokens[tok.head]
            # "Casinos there have faced …", "officials there said": people or things of that place
            of_a_noun = verb.pos == "NOUN" and verb.i == tok.i - 1
            if of_a_noun or (verb.lemma or verb.lower) in verbs or verb.lower in verbs:
                return not any(t.ent_type in _PLACES for t in parse.tokens[:tok.i])
    return False


def _sex_of_person(parse, tok) -> str:
    """The sex a person's mention shows: a title before it ("Mrs Thatcher") or its first name ("Keith Joseph"); ""
    when neither says."""
    titles = _data()["titles"]
    start = tok.i
    while start > 0 and parse.tokens[start - 1].ent_type == "PERSON":
        start -= 1
    if start > 0 and parse.tokens[start - 1].lower in titles:
        return titles[parse.tokens[start - 1].lower]
    return usual_sex(parse.tokens[start].text)


def _pronoun_of_no_one_named(parse, narrated) -> bool:
    """A he/she (him, his, her …) in the narration when the sentence names people and each is of the other sex,
    and no noun for a person stands in it ("the nurse said her …") that it may stand for."""
    sexes = _data()["pronoun_sex"]
    tokens = parse.tokens
    people: list[str] = []
    for tok in tokens:
        if tok.ent_type == "PERSON" and (tok.i + 1 >= len(tokens) or tokens[tok.i + 1].ent_type != "PERSON"
                                         or tokens[tok.i + 1].ent_iob == "B"):
            people.append(_sex_of_person(parse, tok))  # one per name: its last word
        elif tok.pos == "NOUN" and not tok.ent_type and person_noun(tok.lower):
            return False
        elif tok.pos == "PROPN" and not tok.ent_type and tok.lower not in _data()["titles"]:
            return False  # a name the model did not label may be the one meant ("Mr" is no name)
    if not people or "" in people:
        return False
    return any(tok.lower in sexes and narrated(tok) and all(s != sexes[tok.lower] for s in people) for tok in tokens)


def _bare_event(parse, narrated) -> bool:
    """"to build the plant", "the move cost …": a bare "the + noun" for a thing or event an earlier sentence told, as
    a subject or object of its clause, when its own sentence has not used a noun of its kind before it and its own
    words do not say which."""
    bare = kept_beside(parse, "_quizgen_bare_events", _bare_events)
    return any(narrated(det) and narrated(head) for det, head in bare)


def _bare_events(parse) -> tuple[tuple[Tok, Tok], ...]:
    """Each "the" and its noun that ``_bare_event`` finds bare if the card shows them: the same for every fact of the
    sentence, so picked out once (kept beside the parse)."""
    kinds = event_kinds()
    tokens = parse.tokens
    found = []
    for det in tokens:
        if det.lower != "the" or det.dep != "det":
            continue
        head = tokens[det.head]
        # a plural only where the kind is listed as one ("the talks", "the proceedings"), not "the plans" of many
        if head.lower not in kinds or head.tag not in ("NN", "NNS") or head.ent_type or head.dep not in _ARGUMENTS:
            continue  # "after the law took effect", "in the bill": an adjunct's, the card's fact stands without it
        if any(c.dep in _SPECIFYING and not _set_off(parse, c) for c in parse.children(head) if c.i != det.i):
            continue
        if any(t.lower in kinds[head.lower] or t.lemma in kinds[head.lower] for t in tokens[:det.i]):
            continue  # "Ohio passed a law, and the measure …", "After the settlement, … the deal": its own sentence
        found.append((det, head))
    return tuple(found)


def _set_off(parse, clause) -> bool:
    """A clause after a comma ("the action, which helps parents, …") adds to the description, not says which."""
    if clause.dep not in ("acl", "relcl"):
        return False
    first = parse.subtree(clause)[0].i
    return first > 0 and parse.tokens[first - 1].text == ","
