"""Wh-questions from a sentence's dependency parse: pick the wh-phrase, move it, invert, add do-support.

Only transformations known to be safe are made: the answer must hang off the main clause (its verb or
a chain of ``to``-infinitives under it), must not sit inside a quotation, a conjunction or the
subject's own modifiers. Anything else returns None and the caller falls back to a cloze.
"""

from __future__ import annotations

import re
from operator import attrgetter

from quizgen.facts.model import Fact, FactKind
from quizgen.facts.person_nouns import person_noun
from quizgen.nlp.parse import SentenceParse, Tok, phrase_head
from quizgen.facts.antecedents import class_labels
from quizgen.facts.first_names import usual_sex
from quizgen.facts.lexicon import words
from quizgen.facts.pools import is_country
from quizgen.questions.answer_types import looks_like_person
from quizgen.questions.dates import week_slot
from quizgen.questions.shape import any_compares, garbled, without_final_period
from quizgen.text import ASIDE_DASHES, contains_word, inside_quote
from quizgen.memo import kept_beside

SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
_SUBJECT_OR_EXPL = SUBJECT_DEPS | {"expl"}
# What a phrase before the subject may be: "In 2008,", "Recently,", "Tuesday," (not a noun phrase describing the
# subject: "A polarising figure …, who is …?")
FRONTED_DEPS = frozenset({"prep", "advmod", "npadvmod", "punct", "cc", "intj"})
DO_SUPPORT = {"VBD": "did", "VBZ": "does", "VBP": "do"}
# Verbs that invert with their subject; any other verb the parser hangs as an auxiliary ("helped cut", "got
# elected") takes do-support like a main verb: "When did Wein help cut …?", never "When helped Wein cut …?".
AUXILIARY_LEMMAS = frozenset({"be", "have", "do", "will", "would", "shall", "should", "can", "could", "may", "might",
                              "must", "ought"})
# Prepositions a when/where phrase absorbs ("in July" → "when"); others keep theirs ("since when").
ABSORBED = {"in", "on", "at", "during", "to", "into"}
KEPT_WITH_WHEN = {"since", "until", "by"}
KEPT_WITH_WHERE = {"from"}  # "from where": the preposition moves with the wh-word
PERSON_PREPS = {"to", "with", "for", "from", "by"}
MAX_WORDS = 40
MIN_WORDS = 3
# "300 hectares", "about 488 million tonnes": a number of units, asked as "how many <units>".
_MEASURE = re.compile(r"(?:(?:about|around|nearly|almost|over|some|roughly|more than|less than|fewer than)\s+)?"
                      r"[\d,.]+(?:\s+(?:thousand|million|billion))?\s")
_PLAIN_WORD = re.compile(r"[a-z]+")  # a lemma that can stand in for the word as it is
_QUOTE_OPEN = "“‘"
_QUOTE_CLOSE = "”’"


def _main_chain(parse: SentenceParse) -> frozenset[int]:
    """The root verb and the to-infinitives under it ("threatened to deploy")."""
    root = parse.root
    chain = {root.i}
    frontier = [root]
    while frontier:
        verb = frontier.pop()
        for child in parse.children(verb):
            if child.dep == "xcomp" and child.pos in ("VERB", "AUX"):
                chain.add(child.i)
                frontier.append(child)
    return frozenset(chain)


def _has_conjunct(parse: SentenceParse, tok: Tok) -> bool:
    return tok.dep == "conj" or any(c.dep in ("conj", "cc") for c in parse.children(tok))


def _words(tokens: list[Tok]) -> str:
    """Join tokens with their own spacing (a single space where words between them are left out)."""
    if not tokens:
        return ""
    spaced = [tok.text + (tok.ws if nxt.i == tok.i + 1 else " ") for tok, nxt in zip(tokens, tokens[1:])]
    return ("".join(spaced) + tokens[-1].text).strip()


# a people's or a language's adjective ("Tunisian", "Norwegian"); other kinds mark a name's "The" and misread common
# words too ("Nonfinancial debt" as an organisation)
_PEOPLES = frozenset({"NORP", "LANGUAGE"})
# a tune rater on "Which jewish Chronicle editor …": "lowercase"; a one-word "body" stays a guess ("Utilities are …")
_NAMED_BODIES = frozenset({"ORG", "FAC"})


def keeps_capital(tok: Tok, following: Tok | None) -> bool:
    """Whether a sentence's first word keeps its capital when a question moves it inside (``following``: the word
    after it): a proper noun, a party's word the model reads as an adjective ("Which Conservative shadow chancellor
    said …": a tune rater on "conservative", "reads as an ordinary adjective, not the party"), or a people's adjective
    the model tags otherwise ("Tunisian Prime Minister"), but not a word the model ran into one ("Regular European
    pricing": the people's word ends the entity); a place the model names ("Hollywood stars"), or the first word of a
    longer name ("Jewish Chronicle editor"), whatever the model tags the word."""
    if tok.pos == "PROPN" or tok.lower in words("party_words"):
        return True
    if tok.ent_iob == "B" and tok.pos != "DET" and (tok.ent_type == "GPE" or (
            tok.ent_type in _NAMED_BODIES and following is not None and following.ent_iob == "I"
            and following.text[:1].isupper())):
        return True  # a place, or the first word of a longer name the model tags otherwise: "Jewish Chronicle editor"
    return tok.ent_type in _PEOPLES and tok.pos != "DET" and (following is None or following.ent_iob != "I")


def _lower_first(tokens: list[Tok]) -> list[Tok]:
    """A sentence-initial word moved inside the question loses its capital, names keep theirs."""
    following = tokens[1] if len(tokens) > 1 and tokens[1].i == 1 else None
    if tokens and tokens[0].i == 0 and not keeps_capital(tokens[0], following) and tokens[0].text != "I" \
            and tokens[0].text[1:] == tokens[0].text[1:].lower():  # "GCSEs", "iPads", "NATO" keep their letters
        return [_with_text(tokens[0], tokens[0].text.lower())] + tokens[1:]
    return tokens


BODY_WH = "which organisation"  # the wh-word of a body: wh-questions, and who-said cards on its quotes


def reads_as_person(name: str) -> bool:
    """Whether a name the model read as a body is a person's ("Hadi Tjahjanto")."""
    # the name test first: the first-name look-up searches the whole name list for each word not yet asked
    return looks_like_person(name) and bool(usual_sex(name))


def _wh_word(fact: Fact, prep: str | None) -> str | None:
    """The wh-word for a fact's kind: who, when, where, how much, what percentage, which …"""
    kind, answer = fact.kind, fact.answer
    if kind is FactKind.PERSON:
        return "who" if prep is None else ("whom" if prep in PERSON_PREPS else None)
    if kind in (FactKind.DATE, FactKind.TIME):
        if week_slot(fact):
            return None  # "in the week of [26 February]": "When …?" would answer with a Monday the article never gave
        if prep in KEPT_WITH_WHEN:
            return "when"
        if prep in (None, *ABSORBED):
            return "what year" if re.fullmatch(r"\d{4}", answer) and prep == "in" else "when"
        return None
    if kind is FactKind.PLACE:
        if prep in ABSORBED or prep in KEPT_WITH_WHERE:
            return "where"
        return "which country" if prep is None and is_country(answer) else None
    if kind is FactKind.AMOUNT:
        if "%" in answer or "percent" in answer.lower():
            return "what percentage"
        return "how much"
    if kind is FactKind.ORGANIZATION:
        if reads_as_person(answer):
            return None  # "Which organisation said …?" → "Hadi Tjahjanto": a person the model read as a body
        return BODY_WH
    if kind is FactKind.EQUIPMENT:
        return f"which {fact.topic}" if fact.topic else None
    if kind is FactKind.CLAIM:
        return "what" if prep is None else None  # "What has North Korea threatened to deploy …?"
    return None


def wh_question(fact: Fact, drop: frozenset[int] = frozenset()) -> str | None:
    """A wh-question whose answer is ``fact``, or None when no safe transformation exists. ``drop``: tokens the
    question leaves out (the sentence's asides, see ``quizgen.questions.trim``)."""
    parse = fact.parse
    if parse is None or inside_quote(fact.sentence, fact.start):
        return None
    if fact.kind is not FactKind.PERSON and _compares_in(parse):
        return None  # "In what year do the data for this year compare with the figures?": both sides fit the wh-word
        # (a person who "compared agents to pimps" compares no two values)
    answer = parse.tokens_in(fact.start, fact.end)
    answer_ids = {t.i for t in answer}
    head = phrase_head(answer)
    if head is None or head.dep == "poss":
        return None
    chain = kept_beside(parse, "_quizgen_main_chain", _main_chain)  # the same for every fact of the sentence
    root = parse.root

    # The phrase that moves (node) and what replaces it (wh).
    node, wh = head, None
    if fact.kind is FactKind.AMOUNT and fact.label == "QUANTITY" and head.tag == "NNS" \
            and _MEASURE.match(fact.answer):
        rest = [t for t in parse.subtree(head) if t.i not in answer_ids]  # "300 hectares of maize"
        wh = "how many " + " ".join([head.text, _words(rest)]).strip()
    elif fact.kind is FactKind.COUNT:
        if head.dep != "nummod":
            return None
        node = parse.tokens[head.head]
        rest = [t for t in parse.subtree(node) if t.i not in answer_ids and not (t.dep == "det" and t.head == node.i)]
        comma = next((n for n, t in enumerate(rest) if t.text == "," and t.i > node.i), None)
        if comma is not None:
            rest = rest[:comma]  # "10 instruments, including a radar …": the aside goes, the count stays
        if not rest or node.tag not in ("NNS", "NNPS"):
            return None
        if any(t.dep == "quantmod" and t.head == head.i for t in rest):
            return None  # "five of 17 Fed policymakers": "How many five of …?" is no question
        wh = "how many " + _words(rest)
    elif head.dep in ("compound", "appos") and parse.tokens[head.head].pos == "NOUN" and fact.kind in (
            FactKind.ORGANIZATION, FactKind.EQUIPMENT, FactKind.PERSON, FactKind.PLACE):
        node = parse.tokens[head.head]  # "the state newspaper Rodong Sinmun" → "which state newspaper"
        # "A British Airways spokesman said": the airline is not the spokesman ("Which spokesman …?"), nor the White
        # House its officials ("Which officials noted …?" → "White House": raters, bad)
        if head.i < node.i and fact.kind in (FactKind.ORGANIZATION, FactKind.PLACE) \
                and person_noun(node.lower, node.tag):
            return None
        if head.i < node.i and fact.kind is FactKind.PERSON:
            return None  # nor a person the noun named for him ("Which administration officials said …?" → Donald
            # Trump, of "Trump administration officials": set AG, bad)
        if any(t.dep == "punct" and max(answer_ids) < t.i < node.i for t in parse.subtree(node)):
            return None  # the answer glued by a hyphen into a modifier ("Microsoft Windows-based PCs")
        rest = [t for t in parse.subtree(node) if t.i not in answer_ids and t.dep != "det" and t.i <= node.i]
        if any(t.i > node.i for t in parse.subtree(node) if t.i not in answer_ids and t.dep != "punct"):
            return None
        if any(t.dep == "poss" or t.tag == "POS" for t in rest):
            return None  # "China's foreign ministry spokesperson Mao Ning": no "which China's …"
        if any(t.ent_type in ("DATE", "TIME") for t in rest):
            return None  # "Earlier this month Time magazine": no "Which Earlier month magazine …?"
        if any(t.dep in ("nummod", "quantmod") for t in rest):
            return None  # "At least five of 17 Fed policymakers": no "Which At least five of 17 policymakers …?"
        wh = "which " + _words(rest)
    if _has_conjunct(parse, node):
        return None

    prep: Tok | None = None
    if any(c.dep == "conj" for c in parse.children(root)):
        return None  # "won 3 games and lost 2": the other verb would dangle
    if node.dep == "pobj":
        prep = parse.tokens[node.head]
        if prep.dep not in ("prep", "agent") or prep.head not in chain:
            return None
    elif node.dep in SUBJECT_DEPS:
        if node.head != root.i:
            return None
        if sum(c.dep in SUBJECT_DEPS for c in parse.children(root)) > 1:
            return None  # "Brazil's oil company Petrobras raised …" parsed as two subjects: no sound inversion
    elif node.dep in ("dobj", "npadvmod", "attr"):
        if node.head not in chain:
            return None
        if node.dep == "dobj" and sum(c.dep == "dobj" for c in parse.children(parse.tokens[node.head])) > 1:
            return None  # "won 68 percent of the vote … 10 most populous states": two objects, a misparse
        if node.dep == "npadvmod" and fact.kind not in (FactKind.DATE, FactKind.TIME):
            return None
        if node.dep == "dobj" and fact.kind in (FactKind.DATE, FactKind.TIME):
            return None  # "had its busiest November": a month had is no time, no "When did it have …?"
    else:
        return None

    if wh is None:
        wh = _wh_word(fact, prep.lower if prep is not None else None)
        if wh is None:
            return None
    moved = set(t.i for t in parse.subtree(node))
    if prep is not None:
        moved |= {prep.i}
        if wh not in ("when", "where") or prep.lower in KEPT_WITH_WHEN | KEPT_WITH_WHERE:
            wh = f"{prep.lower} {wh}"  # pied-piping: "on how many occasions", "since when", "with whom"
    after = max(moved) + 1
    if after + 1 < len(parse.tokens) and parse.tokens[after].lower in ("to", "-", "–") \
            and parse.tokens[after + 1].pos == "NUM":
        return None  # "by 37 votes to 30": the other half of a score or range would dangle
    if wh == "when" and _present_perfect(parse, parse.tokens[(prep or node).head]):
        return None  # "The Post has come across this interview … in June 2005": the date is the interview's
    if _SECOND_HALF.search(fact.sentence[:fact.start]):
        return None  # "By 56% to 35%, Hispanics said …": "By what percentage …?" asks the first half, not 35%
    if _loses_antecedent(parse, moved - answer_ids):
        return None
    question = _assemble(parse, root, node, moved, wh, drop)
    if question is None:
        return None
    for form in {fact.answer, fact.canonical} - {""}:
        if contains_word(question, form):
            return None
    question = _SECOND_SPEAKER.sub(r"\1?", question)
    words = len(question.split())
    if words < MIN_WORDS:
        return None  # "Who says?": the wh-word and a verb ask nothing (every person quoted "says")
    if garbled(question):
        return None  # a parse the rules above did not foresee: better no card than a broken question
    return question if words <= MAX_WORDS else None


_COMPARES = "_quizgen_compares"


# 'Ann Velm said: "… a black hole," she said.': the quote's speaker named twice, so the asked one leaves "she said"
# dangling after the quote (a set-AB card, "Which … secretary said: "…," he said?": fixable, "delete , he said")
_SECOND_SPEAKER = re.compile(r',?(["”])\s*(?:he|she|they)\s+(?:said|says|added|adds)\?$')


_SECOND_HALF = re.compile(r"\d[\d,.]*\s*(?:%|percent|per\s+cent)?\s*(?:to|-|–)\s*$", re.IGNORECASE)


_PERFECT_AUX = frozenset({"has", "have", "'s", "’s", "'ve", "’ve"})


def _present_perfect(parse: SentenceParse, verb: Tok) -> bool:
    """Is ``verb`` in the present perfect ("has come across")? Such a verb takes no dated time of its own: a date
    beside it belongs to a noun of its clause."""
    return verb.tag == "VBN" and any(c.dep == "aux" and c.lower in _PERFECT_AUX for c in parse.children(verb))


def _compares_in(parse: SentenceParse) -> bool:
    """Whether a word of the sentence sets two values side by side (``any_compares``): worked out once per sentence
    and kept beside its frozen tokens, as every fact of the sentence asks."""
    return kept_beside(parse, _COMPARES, lambda p: any_compares(map(attrgetter("lower"), p.tokens)))


def _loses_antecedent(parse: SentenceParse, moved: set[int]) -> bool:
    """Does a description left in the question ("the company") stand for a name that moves out with the answer's
    phrase ("Shawn Strickland, vice president for Verizon, said the company …" → "Who said the company …?")?"""
    lost = {parse.tokens[i].ent_type for i in moved} - {""}
    if not lost:
        return False
    for tok in parse.tokens:
        if tok.i in moved or tok.dep != "det" or tok.lower not in ("the", "this", "that"):
            continue
        head = parse.tokens[tok.head]
        if head.pos == "NOUN" and head.i not in moved and class_labels(head.lower) & lost:
            return True
    return False


def _assemble(parse: SentenceParse, root: Tok, node: Tok, moved: set[int], wh: str,
              drop: frozenset[int] = frozenset()) -> str | None:
    """Put the wh-phrase first and invert subject and auxiliary (with do-support when needed)."""
    subject = next((c for c in parse.children(root) if c.dep in _SUBJECT_OR_EXPL), None)
    if subject is None:
        return None
    subj_ids = {t.i for t in parse.subtree(subject)}
    if moved & subj_ids and node.i != subject.i:
        return None  # the answer sits inside the subject's own modifiers
    last = len(parse.tokens) - 1
    body = [t for t in parse.tokens if t.i not in moved and t.i not in drop and not (t.dep == "punct" and t.i == last)]
    # Words before the subject (a fronted adverbial and its comma) stay in front.
    first_subj, last_subj = min(subj_ids), max(subj_ids)
    prefix = [t for t in body if t.i < first_subj]
    if prefix and not _fronted_phrase(prefix):
        return None  # only a short fronted phrase ("Since May,") may stay in front, never a clause
    if root.tag in ("VBG", "VBN") and not any(c.dep in ("aux", "auxpass") for c in parse.children(root)):
        return None  # "Ellesa Throwden ending that report": no finite verb, no question
    if any(c.dep == "aux" and c.tag == "TO" and c.i < root.i for c in parse.children(root)):
        return None  # a headline's infinitive ("Ukraine to be given 40 tanks"): no finite verb, no "When be …?"
    if node.i == subject.i:
        rest = _repair_infinitives([t for t in body if t.i > last_subj])
        parts = [_words(prefix), wh, _words(rest)]
        return _finish(parts)
    auxes = [c for c in parse.children(root) if c.dep in ("aux", "auxpass") and c.i < root.i]
    subject_tokens = _lower_first([t for t in body if t.i in subj_ids])
    if any(t.text in ASIDE_DASHES for t in subject_tokens):
        return None  # "How many people does some of the countries … - for example in Bangladesh … - employ?": an
        # aside between dashes inside the subject the auxiliary moves before (set AB, bad: "garbled")
    first_aux = auxes[0].i if auxes else None
    after = [t for t in body if t.i > last_subj and t.i != first_aux]
    if auxes and _inverts(auxes[0]):
        fronted = auxes[0].lower
    elif auxes:  # "helped cut": the first verb takes do-support and its base form
        aux = auxes[0]
        if aux.tag not in DO_SUPPORT or not _PLAIN_WORD.fullmatch(aux.lemma):
            return None
        fronted = DO_SUPPORT[aux.tag]
        after = [_with_text(aux, aux.lemma)] + after
        after.sort(key=lambda t: t.i)
    elif root.lemma == "be" and root.pos in ("AUX", "VERB"):
        fronted = root.lower
        after = [t for t in after if t.i != root.i]
    elif root.tag in DO_SUPPORT and _PLAIN_WORD.fullmatch(root.lemma):
        fronted = DO_SUPPORT[root.tag]
        after = [_with_text(t, root.lemma) if t.i == root.i else t for t in after]
    else:
        return None
    after = _repair_infinitives(after)
    parts = [_words(prefix), wh, fronted, _words(subject_tokens), _words(after)]
    return _finish(parts)


def _fronted_phrase(prefix: list[Tok]) -> bool:
    """Whether the words before the subject are a short fronted phrase and its comma, not a clause."""
    if prefix[-1].text != "," or any(t.pos in ("VERB", "AUX") for t in prefix):
        return False
    inside = {p.i for p in prefix}
    return all(t.dep in FRONTED_DEPS for t in prefix if t.head not in inside)


def _inverts(tok: Tok) -> bool:
    """An auxiliary that moves before the subject: a modal, or a form of be / have / do."""
    return tok.tag == "MD" or tok.lemma.lower() in AUXILIARY_LEMMAS or tok.lower in AUXILIARY_LEMMAS


def _with_text(tok: Tok, text: str) -> Tok:
    return tok.but(text=text)


def _repair_infinitives(tokens: list[Tok]) -> list[Tok]:
    """'to deployed' → 'to deploy': a verb after infinitival 'to' takes its base form."""
    out = tokens[:1]
    for before, tok in zip(tokens, tokens[1:]):
        if before.lower == "to" and before.tag == "TO" and tok.tag in ("VBD", "VBN", "VBZ") \
                and _PLAIN_WORD.fullmatch(tok.lemma):
            tok = _with_text(tok, tok.lemma)
        out.append(tok)
    return out


def _finish(parts: list[str]) -> str:
    text = without_final_period(" ".join(p for p in parts if p))  # "SpaceX." at the sentence's end
    text = _SPACE_BEFORE_MARK.sub(r"\1", text)
    text = _DOUBLE_COMMA.sub(",", text).strip(" ,;:")
    text = _LAST_MARK.sub("", text)
    return text[:1].upper() + text[1:] + "?"


_SPACE_BEFORE_MARK = re.compile(r"\s+([,;:.?!])")
_DOUBLE_COMMA = re.compile(r",\s*,")
_LAST_MARK = re.compile(r"[,;:]$")
