"""Prompts without their sentence's asides: a comma-set clause that does not hold the answer ("…, marking another
aggressive move by leader Kim Jong Un", ", which North Korea views as a threat", "Although the photos suggest …,")
is cut, so the card asks its fact and not the sentence around it (raters: "a whole article sentence copied as a long
cloze prompt, padded with irrelevant clauses"). So is a weekday no date fixes ("commented on Monday that …" →
"commented that …": raters, "'on Monday' dangles")."""

from __future__ import annotations

from quizgen.facts.counts import WEEKDAY_NAME, WEEKDAYS
from quizgen.facts.model import Fact
from quizgen.nlp.parse import SentenceParse, Tok
from quizgen.questions.clause_cuts import clause_cut
from quizgen.questions.demonstrative_phrases import pointing_phrases
from quizgen.questions.sentence_words import lower_words
from quizgen.questions.tidy import tidy_tokens
from quizgen.questions.wh import inside_quote
from quizgen.text import ASIDE_DASHES
from quizgen.memo import kept_beside

ASIDE_DEPS = frozenset({"advcl", "relcl", "acl", "parataxis"})
MIN_WORDS_LEFT = 8  # a shorter card has lost what it was about
MIN_ASIDE_WORDS = 4  # "…, officials said": too short to be padding, and often what makes the card fair
_QUOTES = frozenset("“”\"‘’")
_POINTING_BACK = frozenset("he she they it his her its their him them this these those".split())
# a clause on a condition says when the rest holds: "… is thought to be more than 10%, if the spending of its 35
# states is included" cut to "… is thought to be more than 10%" was marked ambiguous by a set-S rater ("add the
# qualifier": without it the card clashes with the 4.5% deficit)
_CONDITIONS = frozenset({"if", "unless", "provided", "providing"})
_SUBJECTS = frozenset({"nsubj", "nsubjpass", "expl", "csubj"})


_MEMO = "_quizgen_asides"


def aside_tokens(fact: Fact) -> frozenset[int]:
    """Indices of the tokens of ``fact.parse`` that its cards leave out (the asides and the commas around them);
    worked out once per fact (kept beside it: the cloze, the wh-question and the statements all ask)."""
    return kept_beside(fact, _MEMO, _asides)


def left_off_pointing(fact: Fact) -> frozenset[int]:
    """The tokens of the phrases pointing back ("of that funding", ``demonstrative_phrases``) the fact's cards leave
    out: their demonstrative points back no more (worked out once per fact: ``standalone`` and ``pointing_back``
    both ask, the first for each demonstrative)."""
    return kept_beside(fact, "_quizgen_left_off_pointing", _left_off_pointing)


def _left_off_pointing(fact: Fact) -> frozenset[int]:
    cut = aside_tokens(fact)
    if not cut or fact.parse is None:
        return frozenset()
    return cut & _pointing(fact)


def _pointing(fact: Fact) -> frozenset[int]:
    """The fact's phrases pointing back (``demonstrative_phrases``), found once: the asides cut them, and
    ``left_off_pointing`` reads which of them the cut kept."""
    def find(f: Fact) -> frozenset[int]:
        return frozenset(pointing_phrases(f.parse, {t.i for t in f.parse.tokens_in(f.start, f.end)}))
    return kept_beside(fact, "_quizgen_pointing_phrases", find)


def _asides(fact: Fact) -> frozenset[int]:
    parse = fact.parse
    if parse is None or parse.roots != 1:
        return frozenset()  # several sentences: the words stay as the article has them
    answer = {t.i for t in parse.tokens_in(fact.start, fact.end)}
    own = relative_statement(parse, answer)
    if own:
        return frozenset(own)
    cut: set[int] = set()
    taken: list[tuple[Tok, frozenset[int]]] = []
    for tok in kept_beside(parse, "_quizgen_aside_heads", _aside_heads):
        if tok.i in cut:
            continue
        found = _aside(parse, tok, answer)
        if found:
            cut |= found
            taken.append((tok, found))
    for tok, found in taken:
        if _runs_into_a_kept_aside(parse, tok, cut):
            cut -= found
    cut |= _opening_phrase(parse, answer)
    cut |= undated_day(parse, answer)
    cut |= tidy_tokens(parse, answer)
    cut |= _pointing(fact)
    cut |= clause_cut(parse, answer, cut)
    if not cut:
        return frozenset()
    words = kept_beside(parse, "_quizgen_word_indices", _word_indices)
    words_left = len(words) - len(words & cut)
    return frozenset(cut) if words_left >= MIN_WORDS_LEFT else frozenset()


# the sentence's clause heads and words are the same for every fact of it: picked out once (kept beside its parse)


def _aside_heads(parse: SentenceParse) -> tuple[Tok, ...]:
    """The tokens that may head an aside clause, in sentence order."""
    return tuple(t for t in parse.tokens if t.dep in ASIDE_DEPS)


def _word_indices(parse: SentenceParse) -> frozenset[int]:
    """The indices of the sentence's words (its tokens but punctuation)."""
    return frozenset(t.i for t in parse.tokens if t.pos != "PUNCT")


def _aside(parse: SentenceParse, tok: Tok, answer: set[int]) -> frozenset[int]:
    """The tokens to cut for the clause under ``tok``, or an empty set when it must stay (it holds the answer)."""
    clauses = kept_beside(parse, "_quizgen_aside_clauses", lambda _: {})  # by token: every fact of the sentence asks
    known = clauses.get(tok.i)
    if known is None:
        known = clauses[tok.i] = _clause_cut(parse, tok)
    lo, hi, cut = known
    if not cut:
        return cut  # most clauses stay whatever the answer: no need to look for it in them
    return frozenset() if any(lo <= i <= hi for i in answer) else cut


def _clause_cut(parse: SentenceParse, tok: Tok) -> tuple[int, int, frozenset[int]]:
    """The first and last token of the clause under ``tok``, and the tokens to cut for it whatever the answer (an
    empty set when it must stay)."""
    sub = parse.subtree(tok)
    lo, hi = sub[0].i, sub[-1].i
    return lo, hi, frozenset(_cut_for(parse, tok, sub, lo, hi))


def _cut_for(parse: SentenceParse, tok: Tok, sub: tuple[Tok, ...], lo: int, hi: int) -> set[int]:
    tokens = parse.tokens
    if len(sub) != hi - lo + 1:
        return set()  # not one run of words
    if sum(t.pos != "PUNCT" for t in sub) < MIN_ASIDE_WORDS:
        return set()
    if any(t.text in _QUOTES for t in sub) or inside_quote(parse.text, parse.tokens[lo].idx):
        return set()  # a quotation keeps its words
    if _condition(parse, tok, sub):
        return set()  # the condition the rest holds under
    if _left_joined(sub):
        return set()  # "…, where he pitched the idea and, for the most part, was told …": the clause goes on
    before = tokens[lo - 1] if lo > 0 else None
    after = tokens[hi + 1] if hi + 1 < len(tokens) else None
    if before is not None and before.text == ",":
        if _goes_on_a_list(parse, tok):
            return set()  # "fines related to the losses, manipulating Libor, and issuing bad mortgages": items
        if after is not None and after.text == ",":
            if _noun_runs_on(parse, lo - 2, hi + 2):
                return set()  # "civilians, leading to condemnation …, genocide charges at …": a list goes on
            if _verb_goes_on(parse, tok, hi + 2):
                return set()  # "the trek, which kicks off June 9 …, and concludes October 10": the clause goes on
            if _reported_before(parse, lo, hi) or _subject_after(parse, hi + 2):
                # "… on May 2, beginning a …, officials said" → "… May 2, officials said"; "Unlike mobile-ad spending,
                # which …, the TV ad spend totaled …" keeps the comma before its subject (raters: "a comma was lost")
                return set(range(lo, hi + 2))
            return {before.i, *range(lo, hi + 2)}  # "X, which …, did Y" → "X did Y"
        if after is None or after.pos == "PUNCT" and after.i == len(tokens) - 1:
            return {before.i, *range(lo, hi + 1)}  # "X did Y, marking …." → "X did Y."
        return set()
    if lo == 0 and tok.dep == "advcl" and after is not None and after.text == ",":
        rest = tokens[hi + 2:]
        if any(t.lower in _POINTING_BACK for t in rest):
            return set()  # "When Kim arrived, he said …": the main clause needs the cut one
        return set(range(lo, hi + 2))  # "Although …, X did Y" → "X did Y"
    return set()


def _condition(parse: SentenceParse, tok: Tok, sub: tuple[Tok, ...]) -> bool:
    """Whether the clause under ``tok`` opens on a condition's word ("if", "unless", "provided"): "as if" and "even
    if" set none ("As if things weren't murky enough, …")."""
    marks = [t for t in (sub[0], *(c for c in parse.children(tok) if c.dep == "mark")) if t.lower in _CONDITIONS]
    return any(t.i == 0 or parse.tokens[t.i - 1].lower not in ("as", "even") for t in marks)


def _runs_into_a_kept_aside(parse: SentenceParse, tok: Tok, cut: set[int]) -> bool:
    """Whether the aside under ``tok``, cut, is followed after its comma by another clause set off on the same noun
    that stays (it holds the answer): "Charles Bowsher, who used his role …, challenging two administrations … $120
    billion, died" would read "Charles Bowsher challenging two administrations …" (a fresh page's card, rated bad)."""
    sub = parse.subtree(tok)
    after = sub[-1].i + 2
    tokens = parse.tokens
    if after >= len(tokens):
        return False
    # a participle ("challenging …") or a relative clause: a finite verb the parser hung on the noun ("The company,
    # which …, confirmed on Monday …") is the sentence's own verb
    return any(t.head == tok.head and (t.dep == "relcl" or t.dep == "acl" and t.tag in ("VBG", "VBN"))
               and t.i not in cut and parse.subtree(t)[0].i == after for t in tokens[after:])


def _left_joined(sub: tuple[Tok, ...]) -> bool:
    """Whether a clause (its tokens ``sub``) ends on an "and" / "or" / "but" whose other half the parser hung
    elsewhere ("where he pitched the idea around and, for the most part, was told he was nuts"): cut, it would leave
    that half without its subject ("moved to Los Angeles in 2011 for the most part, was told he was nuts")."""
    words = [t for t in sub if t.pos != "PUNCT"]
    return bool(words) and words[-1].dep == "cc"


def _reported_before(parse: SentenceParse, lo: int, hi: int) -> bool:
    """Whether the words before the aside (tokens ``lo``–``hi``) are what the clause after it reports ("Fuel will be
    loaded on May 2, beginning a process …, officials said"): the comma before the speaker stays, as in "Fuel will be
    loaded on May 2, officials said" (raters: "a comma is missing")."""
    root = parse.root
    return root.i > hi and any(child.dep == "ccomp" and child.i < lo for child in parse.children(root))


def _subject_after(parse: SentenceParse, start: int) -> bool:
    """Whether the sentence's own subject opens at token ``start``, after an opening phrase the aside was set in
    ("Unlike U.S. mobile-ad spending, which …, the TV ad spend totaled …")."""
    root = parse.root
    return start < len(parse.tokens) and any(child.dep in _SUBJECTS and parse.subtree(child)[0].i == start
                                             for child in parse.children(root))


_NOUN_PARTS = frozenset({"compound", "amod", "det", "nummod", "poss", "case", "quantmod"})


def _noun_runs_on(parse: SentenceParse, before: int, after: int) -> bool:
    """Whether cutting the aside between tokens ``before`` and ``after`` would run a noun into a noun phrase that is
    not a clause's subject ("… slaughtered thousands of civilians, leading to condemnation around the world, genocide
    charges at the ICC …" → "civilians genocide charges"): the phrase after the aside goes on a list the aside
    began, whatever the parser hung it on. A subject starts a clause of its own ("Acme, which …, the company
    said")."""
    tokens = parse.tokens
    if before < 0 or after >= len(tokens) or tokens[before].pos not in ("NOUN", "PROPN"):
        return False
    tok = tokens[after]
    while tok.dep in _NOUN_PARTS and tok.head != tok.i and tok.head > tok.i:
        tok = tokens[tok.head]
    return tok.pos in ("NOUN", "PROPN") and tok.dep not in _SUBJECTS


def _verb_goes_on(parse: SentenceParse, tok: Tok, after: int) -> bool:
    """Whether an "and" / "or" after the aside's closing comma joins a verb of the aside's form that the sentence's own
    verb does not share ("will tour … during the trek, which kicks off June 9 …, and concludes October 10": the
    parser hangs "concludes" on "tour", but it goes on the aside, and the cut would leave "the trek and concludes")."""
    tokens = parse.tokens
    if after + 1 >= len(tokens) or tokens[after].dep != "cc":
        return False
    verb = tokens[after + 1]
    return verb.pos in ("VERB", "AUX") and verb.tag == tok.tag and verb.tag != parse.root.tag


def _goes_on_a_list(parse: SentenceParse, tok: Tok) -> bool:
    """Whether the clause under ``tok`` is coordinated with a comma before its "and" / "or" ("…, manipulating Libor,
    and issuing bad mortgages"): the series an earlier item began, not an aside (cutting it leaves the first item
    alone, and the card claims the whole for it: a wrong answer)."""
    tokens = parse.tokens
    return any(child.dep == "cc" and child.i > 0 and tokens[child.i - 1].text == ","
               for child in parse.children(tok))


_RELATIVE_PRONOUNS = frozenset({"who", "which", "that"})
_CONTRACTED = frozenset({"'s", "’s", "'d", "’d", "'ve", "’ve", "'re", "’re", "'ll", "’ll"})
_NAME_OWN = frozenset({"compound", "det", "amod", "nummod", "poss", "case", "flat", "nmod"})
_SETTING_OFF = frozenset({","}) | ASIDE_DASHES
MIN_STATEMENT_WORDS = 5  # "DuckTail has targeted Facebook users since 2021."


def relative_statement(parse: SentenceParse, answer: set[int]) -> set[int]:
    """"Despite the cut, Jon Sieben - who won gold in the 1984 Los Angeles Olympics - doubts …" → "Jon Sieben won
    gold in the 1984 Los Angeles Olympics.": when the answer stands in a relative clause on a name ("who …",
    "which …"), the card states that clause of the name and leaves the rest of the sentence out (raters: "trim to
    'Jon Sieben won gold at the _____ Los Angeles Olympics'"). The tokens to cut, or an empty set: the clause's
    pronoun must be its subject, written out ("who's" could be "has" or "is"), set off right after the name, which is
    not a preposition's object, and the clause must stand outside quotation marks."""
    if not answer:
        return set()
    tokens = parse.tokens
    verb = tokens[min(answer)]
    for _ in range(12):
        if verb.dep == "relcl" or verb.head == verb.i:
            break
        verb = tokens[verb.head]
    if verb.dep != "relcl":
        return set()
    name = tokens[verb.head]
    if name.pos != "PROPN" or name.dep == "pobj" or inside_quote(parse.text, verb.idx):
        return set()  # "the plane operated by AirAsia, which disappeared": the clause may be of the noun before
    clause = parse.subtree(verb)
    lo, hi = clause[0].i, clause[-1].i
    pronoun = tokens[lo]
    if len(clause) != hi - lo + 1 or not answer <= set(range(lo + 1, hi + 1)):
        return set()
    if pronoun.lower not in _RELATIVE_PRONOUNS or pronoun.dep not in ("nsubj", "nsubjpass") or pronoun.head != verb.i:
        return set()
    if lo < 2 or tokens[lo - 1].text not in _SETTING_OFF or tokens[lo - 2].i != name.i:
        return set()  # set off right after the name (", who …", " - who …"): the clause is about the name
    if lo + 1 <= hi and tokens[lo + 1].lower in _CONTRACTED:
        return set()
    own = {name.i}
    todo = [name]
    while todo:  # the name's own words: "the", "Jon", "Kansas City Fed President …"
        for child in parse.children(todo.pop()):
            if child.dep in _NAME_OWN and child.i < name.i:
                own.add(child.i)
                todo.append(child)
    first = min(own)
    if own != set(range(first, name.i + 1)) or any(t.text in _QUOTES for t in clause):
        return set()
    after = tokens[hi + 1] if hi + 1 < len(tokens) else None
    if after is not None and after.text not in _SETTING_OFF and not (after.i == len(tokens) - 1 and after.pos == "PUNCT"):
        return set()  # the clause must close where the parse ends it ("St. Martin’s": its "’s" hung elsewhere)
    while hi > lo and tokens[hi].text in _SETTING_OFF:
        hi -= 1  # the clause's own closing comma or dash
    kept = own | set(range(lo + 1, hi + 1))
    if sum(tokens[i].pos != "PUNCT" for i in kept) < MIN_STATEMENT_WORDS:
        return set()
    last = tokens[-1]
    if last.text in (".", "!", "?") and last.i > hi:
        kept.add(last.i)
    return {t.i for t in tokens if t.i not in kept}


def _opening_phrase(parse: SentenceParse, answer: set[int]) -> set[int]:
    """"In an effort to compete with …, Vesta will …" → "Vesta will …": an opening prepositional phrase set off by a
    comma that holds a clause of its own (its purpose or reason, "in an effort to …", "after shaking …") or that sets
    the fact against an event it names only by "the" or an owner ("Prior to Meyer's strong rebuke,"), and no time
    (a phrase that dates the fact, "Since its founding in 1990,", and a source, "According to the survey,", stay), when
    it does not hold the answer."""
    phrase = kept_beside(parse, "_quizgen_opening_phrase", _opening_cut)  # the same for every fact of the sentence
    if not phrase or (answer and min(answer) <= max(phrase)):
        return set()  # no such phrase, or the answer stands in it (or before it)
    return set(phrase)


def _opening_cut(parse: SentenceParse) -> frozenset[int]:
    """The opening phrase ``_opening_phrase`` cuts, with its comma, whatever the answer (empty: none)."""
    tokens = parse.tokens
    lead = 1 if len(tokens) > 1 and tokens[0].dep == "cc" else 0  # "And prior to …": the card drops the "And"
    first = tokens[lead] if tokens else None
    if first is None or tokens[first.head].head != first.head:
        return frozenset()  # not a phrase hanging from the sentence's own verb
    if first.dep != "prep" and not (first.dep == "advmod" and first.lower == "prior"):  # "Prior to …"
        return frozenset()
    sub = parse.subtree(first)
    if sub[-1].text == ",":
        sub = sub[:-1]  # the parser may hang the comma from the phrase
    hi = sub[-1].i
    if len(sub) != hi + 1 - lead or sub[0].i != lead or hi + 1 >= len(tokens) or tokens[hi + 1].text != ",":
        return frozenset()
    if any(t.ent_type in ("DATE", "TIME") for t in sub):
        return frozenset()
    if not any(t.pos in ("VERB", "AUX") for t in sub[1:]) and not _points_back_to_an_event(parse, first, sub):
        return frozenset()
    if sum(t.pos != "PUNCT" for t in sub) < MIN_ASIDE_WORDS or any(t.text in _QUOTES for t in sub):
        return frozenset()
    for tok in tokens[hi + 2:]:
        if tok.pos == "PROPN" or tok.ent_type in ("PERSON", "ORG", "GPE", "NORP"):
            break  # "…, Johnson slipped in a spinner by his standards": the rest names whom it means
        if tok.lower in _POINTING_BACK:
            return frozenset()  # "After meeting Kim, he said …": the rest needs the phrase's name
    return frozenset(range(lead, hi + 2))


# an opening phrase that sets the fact against an event ("Prior to Meyer's rebuke,", "Despite the cut,"): the fact
# holds without it, whatever the event was
_AGAINST_AN_EVENT = frozenset({"prior", "before", "after", "following", "despite", "amid", "amidst"})
_NUMBERED = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY"})


def _points_back_to_an_event(parse: SentenceParse, first: Tok, sub: tuple[Tok, ...]) -> bool:
    """Whether the opening phrase ``sub`` (from ``first``) names an event the article told before only by "the" or
    an owner ("Prior to Urban Meyer's strong rebuke", "Despite the funding cut"; raters: "points back into the
    article … cut the opening clause"), with no figure of its own."""
    if first.lower not in _AGAINST_AN_EVENT or any(t.ent_type in _NUMBERED for t in sub):
        return False
    nouns = [t for t in sub if t.dep == "pobj" and t.pos == "NOUN"]
    return bool(nouns) and any(c.lower in ("the", "this", "that") or c.dep == "poss"
                               for c in parse.children(nouns[-1]))


def without(parse: SentenceParse, cut: frozenset[int], keep: tuple[int, int]) -> tuple[str, tuple[int, int]]:
    """The parse's sentence without the tokens ``cut``, and the character span ``keep`` (whole tokens, never cut)
    moved to match; the first letter raised when the sentence's opening was cut."""
    out = ""
    shift: dict[int, int] = {}  # token index → its new offset
    resumed = False
    for tok in parse.tokens:
        if tok.i in cut:
            resumed = True
            continue
        if resumed and out and not out[-1].isspace() and tok.pos != "PUNCT":
            out += " "
        elif resumed and tok.text in (".", "!", "?", ",", ";", ":"):
            out = out.rstrip()  # "… Olympics - doubts it ." lost all but its period; "Under a separate ruling ,"
            if tok.text in ",;:" and out[-1:] in (",", ";", ":"):
                shift[tok.i] = len(out)  # "However, on Tuesday, China" → "However, China": one comma, not two
                continue
        resumed = False
        shift[tok.i] = len(out)
        out += tok.text + tok.ws
    start, end = keep
    first = next(t for t in parse.tokens if t.idx + len(t.text) > start)
    last = next(t for t in reversed(parse.tokens) if t.idx < end)
    new_start = shift[first.i] + (start - first.idx)
    new_end = shift[last.i] + (end - last.idx)
    if 0 in cut and out[:1].islower() and new_start != 0:
        out = out[0].upper() + out[1:]
    return out.rstrip(), (new_start, new_end)


_DAY_PHRASES = "_quizgen_day_phrases"
_CLOSERS = frozenset({".", "!", "?", ";", ":"})  # what ends a sentence or clause after a cut phrase


def undated_day(parse: SentenceParse, answer: set[int]) -> set[int]:
    """"commented on Monday that …", "On Sunday night, crowds …", "said Friday": a weekday phrase on the verb that
    no date fixes, cut with its "on" (and the comma after it, opening the sentence). A day the article's date fixed
    is one token "[Monday, 10 March 2024]" and stays; so does a phrase the sentence dates ("Friday (Dec. 12)"), one
    inside a quotation, and "by Monday" / "until Friday" (a deadline says something)."""
    cut: set[int] = set()
    # the phrases are the same for every fact of the sentence (kept beside its parse): only the answer differs
    for day, phrase, span in kept_beside(parse, _DAY_PHRASES, _day_phrases):
        if day not in answer and not phrase & answer:
            cut |= span
    return cut


def _day_phrases(parse: SentenceParse) -> tuple[tuple[int, frozenset[int], frozenset[int]], ...]:
    """Each weekday ``undated_day`` cuts whatever the answer: its token, its phrase, and what is cut (the phrase and
    an opening phrase's comma)."""
    if lower_words(parse).isdisjoint(WEEKDAYS) or WEEKDAY_NAME.search(parse.text) is None:
        return ()  # most sentences name no day: their tokens are not walked (a set test, then the pattern)
    tokens = parse.tokens
    found = []
    for day in tokens:
        if day.lower not in WEEKDAYS or not day.text[:1].isupper():
            continue
        tok = tokens[day.head] if day.dep == "compound" else day  # "on Sunday night": the phrase's noun is "night"
        head = tokens[tok.head]
        if tok.dep == "pobj" and head.lower == "on" and head.dep == "prep":
            sub, verb = parse.subtree(head), tokens[head.head]
        elif tok.dep in ("npadvmod", "tmod") and head.pos in ("VERB", "AUX"):
            sub, verb = parse.subtree(tok), head
        else:
            continue
        if not any(c.dep in _SUBJECTS and c.i not in {t.i for t in sub} for c in parse.children(verb)):
            continue  # "Saturday is the anniversary": the day is the clause's subject, not a phrase on it
        phrase = frozenset(t.i for t in sub)
        lo, hi = min(phrase), max(phrase)
        if len(phrase) != hi - lo + 1 or any(any(ch.isdigit() for ch in t.text) for t in sub) \
                or inside_quote(parse.text, tok.idx):
            continue
        found.append((day.i, phrase, phrase | _commas(tokens, lo, hi, verb.i)))
    return tuple(found)


def _commas(tokens: tuple, lo: int, hi: int, verb: int) -> frozenset[int]:
    """The commas that go with a phrase cut from tokens lo..hi: the one after it when it opens the sentence or
    follows an opening word ("On Monday, crowds …", "However, on Tuesday, China …"), both when commas set it between
    a subject and its verb ("Yukos, on Friday, filed …"), the one before it when it ends the sentence ("in Houston,
    Texas, on Wednesday.", not "Texas,.")."""
    after = tokens[hi + 1].text if hi + 1 < len(tokens) else ""
    before = lo > 0 and tokens[lo - 1].text == ","
    if after == "," and (lo == 0 or before):
        return frozenset({lo - 1, hi + 1} if before and hi + 2 == verb else {hi + 1})
    if before and after in _CLOSERS:
        return frozenset({lo - 1})
    return frozenset()
