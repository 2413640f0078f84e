"""Small edits raters asked for on prompts that were otherwise good: words a card leaves out though they are no aside.

- a stray comma between a subject and its verb, as a trim or the article leaves it ("The National Broadband Plan the
  FCC developed in 2010, has a section …": raters "delete the comma");
- an opening phrase that points back ("For instance,", "In another instance,", "Recently,": ``tidy.json``), dropped
  like a connective;
- ", for instance," inside a sentence, as an opening "For instance," is ("…'s medical school, for instance, George
  Church …": raters "'for instance' is a leftover");
- "The elder" / "the younger" before a name ("The elder Seddique Mir Mateen is …": raters "drop 'The elder'");
- a dangling "also" on the sentence's own verb ("Ashraf Ghani has also pressured Pakistan …": raters "drop the
  dangling 'also'"; also what? an earlier sentence said);
- the brackets around a date the article's own date made ("vetoed a bill in [December 2014]": raters "remove the
  brackets", a "bracket artifact" that "looks like a second blank"); a name quizgen put in keeps its brackets;
- commas around an "as of [2011]" the facts stage put in mid-clause for "now" ("users comprise, as of 2011, 11%":
  raters, "'he as of 2014 has' is ungrammatical");
- "said" for an "added" that attributes a quotation ("P.J. Crowley added: “…”": raters "'added' hangs off earlier
  text it does not show; change 'added' to 'said'");
- "in" before a part of a year that follows a word with no preposition ("North Korea warned late 2023 of …" →
  "warned in late 2023": the seed's rater, "insert 'in' before 'late 2023'").

Quotations keep their words; the answer is never cut.
"""

from __future__ import annotations

import json
import re
from functools import cache
from pathlib import Path

from quizgen.facts.counts import MONTHS
from quizgen.memo import kept_beside
from quizgen.nlp.parse import SentenceParse, Tok
from quizgen.questions.sentence_words import lower_words
from quizgen.questions.wh import inside_quote
from quizgen.text import YEAR_WORD

_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
_DATED = re.compile(rf"\[([^\[\]]*\b{YEAR_WORD}\b[^\[\]]*)\]")
_AUX = frozenset({"aux", "auxpass"})
_ADDING = frozenset({"also"})
_EARLIER = frozenset({"earlier", "previously"})  # "Nadal earlier defeated …": earlier than what the card leaves out


def tidy_tokens(parse: SentenceParse, answer: set[int]) -> set[int]:
    """Indices of the tokens of a one-sentence parse its prompt leaves out: ``stray_comma``, ``dangling_also``,
    ``elder_before_name``, ``example_aside`` (else ``linking_aside``) and ``ticker``."""
    # found once per sentence (kept beside its parse): only the answer differs between its facts
    return {i for i in kept_beside(parse, _MEMO, _tidy_candidates) if i not in answer}


_MEMO = "_quizgen_tidy"


def _tidy_candidates(parse: SentenceParse) -> tuple[int, ...]:
    """``tidy_tokens`` whatever the answer: the stray comma and the dangling "also", none inside a quotation."""
    root = parse.root
    found = (stray_comma(parse, root), dangling_also(parse, root), *elder_before_name(parse),
             *(example_aside(parse) or linking_aside(parse)), *ticker(parse))
    return tuple(i for i in found if i is not None and not inside_quote(parse.text, parse.tokens[i].idx))


def _verb_start(parse: SentenceParse, root: Tok) -> int:
    """The first token of the main verb group: its first auxiliary, else the verb."""
    return min([root.i, *(c.i for c in parse.children(root) if c.dep in _AUX)])


def stray_comma(parse: SentenceParse, root: Tok) -> int | None:
    """A comma right between the main verb's subject and its verb group, with no comma inside the subject (then it
    would close an aside: "Kim, 45, has …")."""
    subject = next((c for c in parse.children(root) if c.dep in _SUBJECTS and c.i < root.i), None)
    if subject is None:
        return None
    phrase = parse.subtree(subject)
    if phrase[-1].text == ",":
        phrase = phrase[:-1]  # the parser may hang the comma from the subject
    after = phrase[-1].i + 1
    if after + 1 >= len(parse.tokens) or parse.tokens[after].text != "," or after + 1 != _verb_start(parse, root):
        return None
    if len(phrase) != phrase[-1].i - phrase[0].i + 1:
        return None  # not one run of words
    return None if any(t.text == "," for t in phrase) else after


_EXAMPLE = frozenset({"instance", "example"})
# a linking adverb set off by commas inside the sentence ("Tribune, moreover, may have …"): it links to a sentence
# the card does not show (a fresh page's rater: "'moreover' dangles")
_LINKING = frozenset({"moreover", "furthermore", "meanwhile", "however", "though", "nonetheless", "nevertheless",
                      "likewise", "similarly", "too", "instead", "also"})
# two-word linking phrases: ", by contrast," compares with what an earlier sentence said (stop 52 and 53 raters:
# "'by contrast' dangles")
_LINKING_PAIRS = frozenset({("by", "contrast"), ("in", "contrast"), ("in", "comparison"), ("by", "comparison")})


# a stock's ticker as news agencies give it after a company's name: "(DBKGn.DE)", "(AAPL.O)", "(SBER.MM)"
TICKER = re.compile(r"[A-Z][A-Za-z0-9]{0,6}\.[A-Z]{1,3}")
_TICKER_TOKENS = 4  # "DBKGn", ".", "DE": the tokenizer may split a ticker at its dot


def ticker(parse: SentenceParse) -> tuple[int, ...]:
    """The brackets and tickers after companies' names ("asked Deutsche Bank (DBKGn.DE) for data"): a code no learner
    needs, and beside a blank it spells the name out (a set-AF rater: "the ticker hints at the answer; delete it")."""
    if "(" not in parse.text:
        return ()
    toks = parse.tokens
    found: list[int] = []
    for i in range(1, len(toks) - 2):
        if toks[i].text != "(" or toks[i - 1].pos != "PROPN":
            continue
        for j in range(i + 2, min(i + 2 + _TICKER_TOKENS, len(toks))):
            if toks[j].text == ")":
                inside = toks[i + 1:j]
                if all(not t.ws for t in inside[:-1]) and TICKER.fullmatch("".join(t.text for t in inside)):
                    found += range(i, j + 1)
                break
    return tuple(found)


def example_aside(parse: SentenceParse) -> tuple[int, ...]:
    """", for instance," / ", for example," inside the sentence ("On the campus of Harvard's medical school, for
    instance, George Church …"): an instance of what an earlier sentence said (raters: "'for instance' is a
    leftover"); the words and the comma after them (the one before stays, for what it set off)."""
    if lower_words(parse).isdisjoint(_EXAMPLE):
        return ()  # most sentences: no token to walk to
    tokens = parse.tokens
    for k in range(1, len(tokens) - 3):
        if tokens[k].text == "," and tokens[k + 1].lower == "for" and tokens[k + 2].lower in _EXAMPLE \
                and tokens[k + 3].text == ",":
            return k + 1, k + 2, k + 3
    return ()


def linking_aside(parse: SentenceParse) -> tuple[int, ...]:
    """A linking adverb or two-word phrase between commas inside the sentence (", moreover,", ", however,", ", by
    contrast,"): its words and the comma after them, and the one before too beside the verb group or after a
    conjunction ("Tribune may have …", "was rejected", "and that he …")."""
    if lower_words(parse).isdisjoint(_LINKING | {"contrast", "comparison"}):
        return ()  # most sentences: no token to walk to
    tokens = parse.tokens
    for k in range(1, len(tokens) - 2):
        if tokens[k].text != ",":
            continue
        if tokens[k + 1].lower in _LINKING and tokens[k + 2].text == "," and tokens[k + 1].pos == "ADV":
            width = 1
        elif k + 3 < len(tokens) and (tokens[k + 1].lower, tokens[k + 2].lower) in _LINKING_PAIRS \
                and tokens[k + 3].text == ",":
            width = 2
        else:
            continue
        after = k + width + 1  # the closing comma
        # beside the verb group both commas go ("Tribune may have …", "was rejected")
        verb = tokens[tokens[k + 1].head]  # the verb the phrase goes with, in whichever clause
        group = {verb.i, *(c.i for c in parse.children(verb) if c.dep in _AUX)}
        joined = tokens[k - 1].pos in ("SCONJ", "CCONJ")  # "and that, instead, he …": "and that he …"
        words = tuple(range(k + 1, after + 1))
        return (k, *words) if after + 1 in group or k - 1 in group or joined else words
    return ()


_ELDER = frozenset({"elder", "younger"})


def elder_before_name(parse: SentenceParse) -> tuple[int, ...]:
    """"The elder" / "the younger" right before a name ("The elder Seddique Mir Mateen is …"): elder than whom? the
    article's other namesake, whom the card does not show (raters: "only makes sense inside the article; drop 'The
    elder'"). The name itself says who."""
    if lower_words(parse).isdisjoint(_ELDER):
        return ()  # most sentences: no token to walk to
    tokens = parse.tokens
    for k in range(len(tokens) - 2):
        if tokens[k].lower == "the" and tokens[k + 1].lower in _ELDER and tokens[k + 2].pos == "PROPN":
            return k, k + 1
    return ()


def dangling_also(parse: SentenceParse, root: Tok) -> int | None:
    """An "also" on the main verb ("has also pressured") that adds to nothing the sentence itself says: no "and" or
    "but" before it ("not only … but also", "X did A and also B" say what it adds to; an opening connective, which the
    card drops, does not count)."""
    earlier = next((c for c in parse.children(root) if c.dep == "advmod" and c.lower in _EARLIER and c.i > 0
                    and not parse.children(c)), None)
    if earlier is not None:
        return earlier.i
    also = next((c for c in parse.children(root) if c.dep == "advmod" and c.lower in _ADDING and c.i > 0), None)
    if also is None:
        return None
    if any(t.lower in ("and", "but", "only", "as") for t in parse.tokens[1:also.i]):  # an opening "And" is dropped
        return None
    return also.i


@cache
def _openers() -> re.Pattern[str]:
    """``tidy.json``'s connectives and opening phrases as one pattern (with the space after them)."""
    data = json.loads(Path(__file__).with_name("tidy.json").read_text(encoding="utf-8"))
    unless = data["connectives_unless_before"]
    words = "|".join(re.escape(word) + (rf"(?!\s+(?:{'|'.join(unless[word])})\b)" if word in unless else "")
                     for word in data["connectives"])
    verbs = "|".join(map(re.escape, data["kept_before_verbs"]))
    phrases = "|".join(sorted(map(re.escape, data["opening_phrases"]), key=len, reverse=True))
    return re.compile(rf"(?:(?:{words})\b,?(?!\s+(?:{verbs})\b)|(?i:{phrases}),)\s+")


def opening_connective(prompt: str) -> re.Match[str] | None:
    """The opening "But " / "However, " / "For instance, " of ``prompt`` (with its comma and space), if any."""
    return _openers().match(prompt)


# "as of [2011]", put in for a "now" between a subject and its verb or a verb and its object (facts/open_times.py)
_AS_OF_INSIDE = re.compile(rf"(?<=\w)( as of \[{YEAR_WORD}\]) (?=[\w$£€\[_])")


def set_off_as_of(text: str, span: tuple[int, int]) -> tuple[str, tuple[int, int]]:
    """``text`` with commas around each "as of [year]" quizgen put in mid-clause ("users comprise as of [2011] 11%"
    → "users comprise, as of [2011], 11%"; raters: "'comprise as of 2011 11%' reads awkwardly", "'he as of 2014
    has' is ungrammatical"), and ``span`` moved to match."""
    if " as of [" not in text:
        return text, span  # most prompts: the pattern (tried at every character) finds nothing
    edits = [(at, at, ",") for match in _AS_OF_INSIDE.finditer(text) for at in (match.start(1), match.end(1))]
    return _edited(text, span, edits)


def unbracketed_dates(text: str, span: tuple[int, int]) -> tuple[str, tuple[int, int]]:
    """``text`` without the brackets around its inserted dates (any bracketed words holding a year), and ``span``
    moved to match."""
    if "[" not in text:
        return text, span  # most prompts: nothing inserted
    edits = [(at, at + 1, "") for match in _DATED.finditer(text) for at in (match.start(), match.end() - 1)]
    return _edited(text, span, edits)


# "added: “…", "added that …", "…,” Crowley added.": an attribution, not "has added 80 jobs"
_ADDED = re.compile(r"\b(added|adds)\b(?=\s*[:,]?\s*[“\"]|\s+that\b)"
                    r"|(?<=[”\"])([^“”\"]{0,40}?\b)(added|adds)(?=\s*[.,])")


def said_not_added(text: str, span: tuple[int, int]) -> tuple[str, tuple[int, int]]:
    """``text`` with "said" ("says") for each "added" ("adds") that attributes a quotation, outside quotes and the
    answer ``span``, and ``span`` moved to match."""
    if "add" not in text:
        return text, span  # most prompts: nothing to read
    edits = []
    for match in _ADDED.finditer(text):
        group = 1 if match.group(1) else 3
        word_at = match.start(group)
        if inside_quote(text, word_at) or span[0] <= word_at < span[1]:
            continue
        edits.append((word_at, match.end(group), "said" if match.group(group) == "added" else "says"))
    return _edited(text, span, edits)


# "a 8-year-old", "a 11-hour delay": numbers said with a vowel first (eight…, eleven, eighteen)
_A_BEFORE_VOWEL_NUMBER = re.compile(r"\b([Aa])(?= (?:8|11(?![\d.])|18(?![\d.])|1[18],\d{3}(?!\d)))")
_A_BEFORE_A_NUMBER = ("a 8", "a 1", "A 8", "A 1")  # what every match of it holds


def an_before_vowel_number(text: str, span: tuple[int, int]) -> tuple[str, tuple[int, int]]:
    """``text`` with "an" for an "a" before a number said with a vowel first, outside quotes and the answer
    (a fresh page's rater: "'a 8-year-old' is ungrammatical"), and ``span`` moved to match."""
    if not any(pair in text for pair in _A_BEFORE_A_NUMBER):
        return text, span  # most prompts: the pattern (tried at every character) finds nothing
    edits = [(match.start(1), match.end(1), match.group(1) + "n") for match in _A_BEFORE_VOWEL_NUMBER.finditer(text)
             if not inside_quote(text, match.start()) and not span[0] <= match.start() < span[1]]
    return _edited(text, span, edits)


# "warned late 2023", "said early March 2024": a part of a year or month after a word that is no preposition
_PART_OF_A_YEAR = re.compile(
    rf"(?<=[a-z] )(?:late|early|mid-?)(?=[ -](?:(?:{'|'.join(MONTHS)})(?: {YEAR_WORD})?|{YEAR_WORD})\b)")
_BEFORE_A_TIME = frozenset({"in", "of", "since", "by", "until", "till", "from", "to", "the", "a", "through", "during",
                            "before", "after", "as", "for", "at", "on", "and", "or", "than", "between", "around",
                            "about", "into", "that", "is", "was", "be", "been", "were", "are", "come"})


def in_before_a_time_of_year(text: str, span: tuple[int, int]) -> tuple[str, tuple[int, int]]:
    """``text`` with "in" before "late 2023", "early March" when the word before it is no preposition ("warned late
    2023 of deploying" → "warned in late 2023 of deploying"), outside quotes and the answer, and ``span`` moved."""
    if "late " not in text and "early " not in text and "mid" not in text:
        return text, span  # most prompts: the pattern (tried at every character) finds nothing
    edits = []
    for match in _PART_OF_A_YEAR.finditer(text):
        before = text[:match.start()].split()[-1].lower()
        if before in _BEFORE_A_TIME or inside_quote(text, match.start()) or span[0] <= match.start() < span[1]:
            continue
        edits.append((match.start(), match.start(), "in "))
    return _edited(text, span, edits)


def _edited(text: str, span: tuple[int, int], edits: list[tuple[int, int, str]]) -> tuple[str, tuple[int, int]]:
    """``text`` with each edit ``(start, end, new)`` made (in order, none overlapping another), and ``span`` moved to
    match: an edit before the span moves both its ends (a comma put in right at its start too), one inside it only
    its end."""
    if not edits:
        return text, span
    out, at = [], 0
    (start, end), (moved_start, moved_end) = span, span
    for lo, hi, new in edits:
        out += [text[at:lo], new]
        at = hi
        shift = len(new) - (hi - lo)
        if lo < start or lo == hi == start:
            moved_start += shift
        if lo < end:
            moved_end += shift
    out.append(text[at:])
    return "".join(out), (moved_start, moved_end)
