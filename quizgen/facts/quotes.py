"""Quotations and who said them: full quotes with the speaker before, after or in the next clause, and
partial quotes inside a reporting sentence. Straight and typographic quote marks."""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from typing import TYPE_CHECKING

from quizgen.facts.person_nouns import person_noun
from quizgen.nlp.lemmas import lemma_of
from quizgen.facts.lexicon import words
from quizgen.facts.names import HONORIFICS
from quizgen.nlp.parse import DocColumns, columns_of
from quizgen.nlp.cache import doc_text, sentence_tokens
from quizgen.nlp.spans import children, span_root
from quizgen.text import reopens_quote

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

OPENERS = {"“": "”", "«": "»", "„": "“"}
# the characters ``quote_spans`` acts on: it skips to them, as every other character leaves its state as it is
_QUOTE_CHARS = re.compile("[\n\"" + "".join(sorted({*OPENERS, *OPENERS.values()})) + "]")
SPEAKER_PRONOUNS = frozenset({"he", "she"})
_EDGE = " \t\n,.;:…!?"
MIN_WORDS = 2  # a one-word "quote" is usually a scare quote
GAP = 4  # title words allowed between a quote and its speaker ("ministry spokeswoman")
PHRASE = 8  # words of a phrase running on after a quote ("by the IAEA") before the comma that ends it
POSSESSIVE = ("'s", "’s", "'", "’")
_RELATIVE = frozenset({"who", "which", "that", "whom"})


def quote_spans(text: str) -> list[tuple[int, int]]:
    """``(open, close)`` character offsets of each quotation mark pair in ``text``.

    Typographic marks pair by kind, straight double quotes in order; a pair never spans a paragraph break (a
    quote running on over paragraphs reopens each one, so its first paragraphs are left out, not mis-paired).
    """
    spans: list[tuple[int, int]] = []
    open_at: int | None = None
    closer = ""
    for mark in _QUOTE_CHARS.finditer(text):
        i, ch = mark.start(), mark.group()
        if ch == "\n" and open_at is not None:
            open_at, closer = None, ""  # an unclosed quote ends with its paragraph
        if open_at is None:
            if ch in OPENERS:
                open_at, closer = i, OPENERS[ch]
            elif ch == '"':
                open_at, closer = i, '"'
        elif _introduced(text, i) and (ch == '"' == closer or (ch in OPENERS and ch != closer)):
            # "… for the country. Of his family, Mr Lee said: "He …": a colon brings in a new quotation, so the open
            # one never closed (the page lost its mark) and ends with its last sentence before the narration;
            # pairing the marks made one quote of narration and speaker (a set-AB card asked who said words naming
            # him: bad)
            end = _last_sentence_end(text, open_at, i)
            if end is not None:
                spans.append((open_at, end))
            open_at, closer = i, OPENERS.get(ch, '"')
        elif ch == '"' == closer and reopens_quote(text, i):
            spans.append((open_at, i))  # … performances. "Eddie told me …": the mark ends one quotation and opens
            open_at = i  # the next, so the words after it are quoted, never an attribution of the first
        elif ch == closer:
            spans.append((open_at, i))
            open_at, closer = None, ""
    return spans


def _introduced(text: str, i: int) -> bool:
    """Whether the mark at ``i`` comes after a colon and before a word ('Lee said: "We …'): it opens a quotation."""
    j = i - 1
    while j >= 0 and text[j] == " ":
        j -= 1
    return j >= 0 and text[j] == ":" and i + 1 < len(text) and text[i + 1].isalnum()


def _last_sentence_end(text: str, start: int, stop: int) -> int | None:
    """The offset of the last full stop (or ? !) between ``start`` and ``stop`` that ends a sentence: followed by a
    space, and not after a short capitalised abbreviation ("Mr.", "Dr.")."""
    for end in range(stop - 1, start + 1, -1):
        if text[end] in ".?!" and text[end + 1] == " ":
            word = text[start + 1:end].rsplit(None, 1)[-1]
            if not (word[:1].isupper() and len(word) <= 3):
                return end
    return None


@dataclass(frozen=True)
class Quote:
    """A quotation at characters ``[open, close]`` (the marks) and its speaker's tokens ``[start, end)``."""

    open: int
    close: int
    words: str
    speaker_start: int
    speaker_end: int
    partial: bool


def is_speech(tok) -> bool:
    verbs = words("speech_verbs")
    return tok.lower_ in verbs or (tok.pos_ in ("VERB", "") and lemma_of(tok).lower() in verbs)


def find_quotes(doc: Doc, people: list[tuple[int, int]], bodies: list[tuple[int, int]] = ()) -> list[Quote]:
    """Every quotation in ``doc`` whose speaker is one of ``people`` (token spans), a he/she pronoun, or one of
    ``bodies`` (organisations: "…,” the ministry said). Before a quote, a person is preferred to a body."""
    text = doc_text(doc)
    spans = quote_spans(text)
    if not spans:
        return []
    columns = columns_of(doc)
    quoted = [False] * len(doc)
    bounds = []
    for open_at, close_at in spans:
        first, last = _token_covering(columns, open_at), _token_covering(columns, close_at)
        if first is None or last is None:
            continue
        for i in range(first, last + 1):
            quoted[i] = True
        bounds.append((open_at, close_at, first, last))
    starts = {start: end for start, end in people}
    for i, word in enumerate(columns.lower):
        if word in SPEAKER_PRONOUNS and not quoted[i]:
            starts.setdefault(i, i + 1)
    anyone = {**{start: end for start, end in bodies
                 if not _titles_a_person(columns, end, starts) and not _describes_a_speaker(columns, start, end)},
              **starts}
    subjects = _subjects(doc, anyone, quoted)
    out = []
    said: tuple[int, tuple[int, int]] | None = None  # the last full quote's sentence end and its speaker
    for open_at, close_at, first, last in bounds:
        inner = " ".join(text[open_at + 1:close_at].split()).strip(_EDGE)
        if len(inner.split()) < MIN_WORDS:
            continue
        s_end = sentence_tokens(doc, last)[1]
        o_start = sentence_tokens(doc, first)[0]
        after = _after(doc, last, s_end, anyone, quoted)
        if after and _reported_before(doc, first, o_start, quoted, subjects, after):
            continue
        speaker = (after
                   or _before(doc, first, o_start, starts, quoted, subjects)
                   or _before(doc, first, o_start, anyone, quoted, subjects)
                   or _partial(doc, first, o_start, starts, quoted, subjects)
                   or _partial(doc, first, o_start, anyone, quoted, subjects)
                   or _goes_on(doc, text, said, first, o_start))
        if speaker and (reporter := _reports_another(doc, speaker)) is not None:
            speaker = _quoted_one(reporter, anyone)
        said = (s_end, speaker) if speaker and first == o_start else None
        if speaker:
            partial = first > o_start and any(not doc[i].is_punct for i in range(o_start, first))
            if partial and _is_title(inner):
                continue  # her novel “The Long Winter”: a title, not words anyone said
            out.append(Quote(open_at, close_at, inner, speaker[0], speaker[1], partial))
    return out


def _reports_another(doc: Doc, speaker: tuple[int, int]) -> Token | None:
    """The verb by which the name at ``speaker`` reports another's words ("…,” Reuters … reports a union source as
    saying": the agency passed the words on; set AW's rater on "Which organisation said …?" → Reuters: "wrong,
    Reuters only reported the words"), or None."""
    tok = doc[speaker[1] - 1]
    while tok.dep_ == "compound" and tok.head.i > tok.i:
        tok = tok.head  # "Reuters news agency", "A New York Times report"
    verb = tok.head
    if tok.dep_ != "nsubj" or lemma_of(verb).lower() not in words("quoting_verbs"):
        return None
    return verb if any(c.lower_ == "as" and any(is_speech(g) and g.tag_ == "VBG" for g in c.children)
                       for c in verb.children) else None


def _quoted_one(verb: Token, anyone: dict[int, int]) -> tuple[int, int] | None:
    """Whom ``verb`` reports as saying it, when a name says who ("quoted Arnold Reed as saying"); None for one the
    article does not name ("a union source", "a participant")."""
    for obj in verb.children:
        if obj.dep_ == "dobj":
            return next(((start, end) for start, end in anyone.items() if start <= obj.i < end), None)
    return None


def _goes_on(doc: Doc, text: str, said: tuple[int, tuple[int, int]] | None, first: int,
             o_start: int) -> tuple[int, int] | None:
    """The speaker of a quotation that opens its sentence right after a sentence whose whole quotation a speaker was
    given, in the same paragraph ("“Apple is Steve Jobs …,” Chowdhry said. “You can teach people … but God creates
    innovation.”": the news convention for one speaker's words going on; the dev corpus's gold quote, which no card
    asked)."""
    if said is None or first != o_start or said[0] != o_start or "\n" in text[doc[o_start - 1].idx:doc[first].idx]:
        return None
    return said[1]


TITLE_WORDS = 4  # "CNN chief business correspondent Ann Berg": a body's title words before the person it names


def _titles_a_person(columns: DocColumns, end: int, people: dict[int, int]) -> bool:
    """Whether an organisation ending at token ``end`` is the first word of a person's title ("CNN meteorologist Chad
    Myers", "Pentagon press secretary John Kirby"): the person said it, not the body."""
    if end and columns.text[end - 1] in ("'s", "’s"):
        return False  # "the Port Authority's spokesman Lars Holm": left as it was (the possessive's own rules)
    return _name_after_title(columns, end, people, lambda i: columns.text[i].isalpha() and columns.text[i].islower()) \
        is not None


_TITLE_POS = frozenset({"NOUN", "ADJ"})


def _titled_after(doc, end: int, starts: dict[int, int]) -> int | None:
    """Where a person starts whom the name ending at token ``end`` only titles: after one to ``TITLE_WORDS``
    lower-case title words (nouns and adjectives: "executive chairman", not "of the" or "and") and any courtesy
    title; None when none does."""
    columns = columns_of(doc)
    found = _name_after_title(columns, end, starts, lambda i: (
        columns.text[i].islower() and columns.pos[i] in _TITLE_POS) or (i > end and _honorific(columns, i)))
    return found if found is not None and doc[found].ent_type_ == "PERSON" else None


def _name_after_title(columns: DocColumns, end: int, starts: dict[int, int], title_word) -> int | None:
    """Where the first of ``starts`` begins after the name ending at token ``end``, with one to ``TITLE_WORDS``
    words between them that are all ``title_word`` (a test of a token's index); None when none does."""
    for i in range(end, min(end + TITLE_WORDS + 1, len(columns.text))):
        if i in starts:
            return i if i > end else None  # at least one title word between the two names
        if not title_word(i):
            return None
    return None


def _honorific(columns: DocColumns, i: int) -> bool:
    """Whether token ``i`` is a courtesy or academic title before a name ("chairman Dr Geoffrey Guy")."""
    return columns.lower[i].rstrip(".") in HONORIFICS


# nouns for those who speak for a body: "the Pentagon spokesman said" is the Pentagon's word; an official is not
# (set AL and stored ratings: "“…,” a White House official said" as "Which organisation said …?" → White House, bad
# 5 times of 5: "a boilerplate statement from an anonymous official")
SPOKESPERSON_NOUNS = frozenset({"spokesman", "spokeswoman", "spokesperson", "spokespeople", "spokesmen", "spokeswomen"})
_SPOKES = SPOKESPERSON_NOUNS | {"representative", "representatives"}


def _describes_a_speaker(columns: DocColumns, start: int, end: int) -> bool:
    """Whether a body's name only describes the person who speaks ("…,” the American Horror Story actress wrote):
    it modifies the next word, a person noun that is a verb's subject, not one who speaks for the body."""
    noun = _noun_it_modifies(columns, start, end)
    return noun is not None and columns.dep[end] in ("nsubj", "nsubjpass") and _no_voice(noun)


def _no_voice(noun: str) -> bool:
    """Whether ``noun`` names a person who is not a body's voice ("actress", "aide", "lawyer"; not "spokesman")."""
    return noun not in _SPOKES and person_noun(noun)


def _noun_it_modifies(columns: DocColumns, start: int, end: int) -> str | None:
    """The lower-case word right after the name at tokens ``start``–``end`` when the name modifies it ("American
    Horror Story actress", "a Trump adviser"), else None."""
    if end >= len(columns.text) or not any(columns.head[i] == end for i in range(start, end)):
        return None
    noun = columns.text[end]
    return noun if noun.isalpha() and noun.islower() else None


def _subjects(doc, speakers: dict[int, int], quoted: list[bool]) -> dict[int, tuple[int, int]]:
    """Each verb whose subject lies inside a speaker's span, with that span (none without a dependency parse)."""
    if not doc.has_annotation("DEP"):
        return {}
    span_of = {i: (start, end) for start, end in speakers.items() for i in range(start, end) if not quoted[start]}
    columns = columns_of(doc)
    out: dict[int, tuple[int, int]] = {}
    for i in sorted(span_of):
        verb = columns.head[i]
        if columns.dep[i] in ("nsubj", "nsubjpass") and not (verb in out and out[verb][0] < verb):
            out[verb] = span_of[i]  # "Doherty said Christie … “sold …”": a misparse's second subject is the quote's
    return _shared_by_participles(doc, _shared_by_conjuncts(doc, out))


def _shared_by_participles(doc, out: dict[int, tuple[int, int]]) -> dict[int, tuple[int, int]]:
    """``out`` with each speech participle that has no subject of its own given its verb's subject ("Ada Quill sent
    Tom Berg her congratulations, saying: “…”": Quill says, not the nearer Berg, whom the quote was credited to). On a
    reported clause, the reporting verb's subject ("Ada Quill said a win would have given Tom Berg a fresh start,
    adding: “…”": the model hangs "adding" on "given", but Quill adds)."""
    columns = columns_of(doc)
    for k in range(len(doc)):
        if columns.dep[k] != "advcl" or columns.tag[k] != "VBG" or k in out or not is_speech(doc[k]) \
                or any(columns.dep[c] in ("nsubj", "nsubjpass") for c in children(doc, k)):
            continue
        verb = columns.head[k]
        if columns.dep[verb] == "ccomp" and is_speech(doc[columns.head[verb]]):
            verb = columns.head[verb]
        if verb in out:
            out[k] = out[verb]
    return out


def _shared_by_conjuncts(doc, out: dict[int, tuple[int, int]]) -> dict[int, tuple[int, int]]:
    """``out`` with each verb's subject given to the verbs joined to it that have none of their own ("Erik Lind Jr.,
    the grandson of Frank Lind, spoke … and said: “…”": Erik spoke and said, not the nearer Frank)."""
    columns = columns_of(doc)
    for verb, span in list(out.items()):
        # spaCy's conjuncts climb "conj" arcs to the first conjunct and gather its "conj" children: none for a verb
        # that is no conjunct and has no conjunct under it (most), so no Token is made for those
        if columns.dep[verb] != "conj" and not any(columns.dep[k] == "conj" for k in children(doc, verb)) \
                and "conjuncts" not in doc.user_token_hooks:
            continue
        for c in doc[verb].conjuncts:
            if c.i > verb and c.i not in out and not any(k.dep_ in ("nsubj", "nsubjpass") for k in c.children):
                out[c.i] = span
    return out


def _is_title(words: str) -> bool:
    """Every word of four letters or more capitalised ("Water Lilies at Dawn"): a title or a name."""
    long_words = [w for w in words.split() if len(w) > 3 and w[:1].isalpha()]
    return bool(long_words) and all(w[:1].isupper() for w in long_words)


def _token_covering(columns: DocColumns, char: int) -> int | None:
    """The token whose text covers character ``char`` (None in the white space after a token)."""
    i = bisect_right(columns.idx, char) - 1
    return i if i >= 0 and char < columns.idx[i] + len(columns.text[i]) else None


def _after(doc, last, s_end, starts, quoted):
    """“…,” Kim said / “…,” said Kim / “…,” ministry spokeswoman Jeon said / “…,” Lee, a spokesperson, told …."""
    i = last + 1
    while i < s_end and doc[i].is_punct and not quoted[i]:
        i += 1
    said_first = i < s_end and is_speech(doc[i])
    j = i + 1 if said_first else i
    if not said_first and i < s_end and doc[i].pos_ == "ADP":
        # “…” by the IAEA, Crowley said: the quote's own phrase goes on; the speaker comes after its comma
        i = _past_phrase(doc, i, s_end, quoted)
        if i is None:
            return None
        j = i
    for j in range(j, min(s_end, j + GAP + 1)):
        if quoted[j] or doc[j].is_punct:
            return None
        if doc[j].pos_ == "ADP" and (not said_first or _someone_of(doc[j - 1])):
            return None  # “…” the use of Acme …: a name inside a phrase, not one who speaks; “…,” said an aide to Acme
        if j in starts:
            end = starts[j]
            if doc[j].ent_type_ == "PERSON" and _names_a_person_noun(columns_of(doc), j, end):
                continue  # “…,” said a separate Trump adviser: the adviser spoke, not Trump (set AH, bad)
            titled = _titled_after(doc, end, starts) if said_first else None
            if titled is not None:
                # “…,” said GW Pharma executive chairman Dr … Guy: the firm, read as a person, only titles him
                # (set AV's rater: "the article gives the speaker as Dr Geoffrey Guy, not just the firm")
                return titled, starts[titled]
            if _possessor(doc, end, s_end):
                # “…,” Doe's successor, Tom Berg, said: the possessor is who the title is of, not who spoke
                return _after_possessor(doc, end, s_end, starts, quoted, said_first)
            if said_first or any(_speaks_here(doc[k], quoted) for k in range(end, s_end) if not quoted[k]):
                return j, end
            return None
        if is_speech(doc[j]) or doc[j].pos_ in ("VERB", "AUX"):
            return None
    return None


def _names_a_person_noun(columns: DocColumns, start: int, end: int) -> bool:
    """Whether the name at tokens ``start``–``end`` only modifies the person noun right after it ("a Trump adviser",
    "an Obama aide"): that unnamed person is meant, not the one named."""
    noun = _noun_it_modifies(columns, start, end)
    return noun is not None and person_noun(noun, columns.tag[end])


def _speaks_here(tok, quoted: list[bool]) -> bool:
    """A speech verb that says someone spoke: not a noun ("a request for comment") and not negated outside the
    quote ("did not respond"): "“…” Committee Chairman Tom Berg did not respond to a request for comment" credits
    no one; "“It's hard not to,” Berg acknowledged" does."""
    return is_speech(tok) and tok.pos_ != "NOUN" \
        and not any(child.dep_ == "neg" and not quoted[child.i] for child in tok.children)


def _reported_before(doc, first, o_start, quoted, subjects, after) -> bool:
    """Whether someone other than the speaker named after the quote is shown speaking before it in its sentence
    ("she said she had dreamt it, adding that “…,” the detective wrote"): two could be meant, so no one is named."""
    for k in range(o_start, first):
        if not quoted[k] and is_speech(doc[k]) and not _hears(doc[k]) and subjects.get(k) != after:
            return True
    return False


def _before(doc, first, o_start, starts, quoted, subjects):
    """Kim said: “…” / Kim told reporters, “…”."""
    i = first - 1
    while i >= o_start and doc[i].is_punct:
        i -= 1
    for verb in range(i, max(o_start - 1, i - 3), -1):
        if not quoted[verb] and is_speech(doc[verb]):
            if _hears(doc[verb]) or (verb not in subjects and _someone_else(doc[verb], starts)):
                return None
            return subjects.get(verb) or _nearest_before(doc, verb, o_start, starts, quoted)
    return None


def _partial(doc, first, o_start, starts, quoted, subjects):
    """… Dempsey commented …, deeming it “unlikely and illogical” …: the reporting verb's person."""
    if _uttered(doc, first, o_start):
        return None
    above = {tok.i for tok in doc[first].ancestors}
    for verb in range(first - 1, o_start - 1, -1):
        if not quoted[verb] and is_speech(doc[verb]) and not _hears(doc[verb]) and _reports(doc[verb], above):
            if verb not in subjects and _someone_else(doc[verb], starts):
                return None  # Addison said the prime minister believed “…”: the minister's words, not Addison's
            found = subjects.get(verb) or _nearest_before(doc, verb, o_start, starts, quoted)
            if found:
                return found
    return None


def _reports(verb, above: set[int]) -> bool:
    """Whether ``verb`` reports the clause that holds the quote: one of the tokens ``above`` the quote in the parse
    ("Obama said he believes the administration achieved the platform he promised … because Americans “feel the
    difference now”": not "promised", whose clause does not hold the quote), or an aside on one ("Thatcher had not,
    Addison added, been impressed “by the jargon”": "added" hangs from "impressed")."""
    return verb.i in above or (verb.dep_ == "parataxis" and verb.head.i in above)


def _someone_else(verb, starts) -> bool:
    """Whether the speech verb has a subject of its own that names no speaker ("the prime minister believed",
    "the ministry said", "a lawyer for Paul Manafort said"; not "a spokesman, John Kirby of the Pentagon, said"): then
    no nearer name spoke."""
    for c in verb.children:
        if c.dep_ in ("nsubj", "nsubjpass") and c.lower_ not in _RELATIVE and c.pos_ != "PRON":
            hidden = {t.i for p in c.children if p.dep_ == "prep" and _someone_of(c) for t in p.subtree}
            return not any(t.i in starts for t in c.subtree if t.i not in hidden)
    return False


def _someone_of(tok) -> bool:
    """Whether ``tok`` is one person, by a noun that is not a body's voice, so that a name in a phrase after it is
    whom the person works for, not who spoke ("a lawyer for Paul Manafort said", "said an aide to the House
    committee": set AK, "Which organisation said …?" → House, bad; not "a spokesman for the Pentagon", the
    Pentagon's word, nor "analysts at Citigroup", a firm's note: good in stop 90's A/B)."""
    return tok.tag_ == "NN" and _no_voice(tok.lower_)


def _uttered(doc, first, o_start) -> bool:
    """Whether the quote is what a verb of crying out took as its object ("Walsh added that Swanson surfaced, yelled
    “shark attack!”"): the one who yelled, not the one reporting it, said it, and a parse often misplaces who yelled."""
    tok = doc[first]
    for _ in range(4):  # up from the opening mark's token to the verb that governs the quoted words
        if tok.head is tok or tok.head.i < o_start:
            return False
        tok = tok.head
        if tok.pos_ in ("VERB", "AUX"):
            return tok.lower_ in words("utterance_verbs") or lemma_of(tok).lower() in words("utterance_verbs")
    return False


def _nearest_before(doc, verb, o_start, starts, quoted):
    """The speaker nearest before ``verb`` in its sentence (when the parse names no subject for it); not a possessor
    ("Reid's campaign hit back, saying …": the campaign spoke, and is no one to name), and not a passive's agent
    (set AE: "Which organisation said: “Russia tries to weaken …”?" → Reuters, which had only seen the cable)."""
    for s in range(verb - 1, o_start - 1, -1):
        if s in starts and starts[s] <= verb and not quoted[s]:
            end = starts[s]
            if _possessor(doc, end, len(doc)) or _in_unlabelled_speaker(doc[verb], s):
                return None
            if _agent(doc[end - 1]):
                continue  # "A State Department cable, seen by Reuters, said: “…”": the cable's, not Reuters'
            return s, end
    return None


def _in_unlabelled_speaker(verb, s: int) -> bool:
    """Whether the speaker found at token ``s`` lies in the description after the verb's subject, a name the model
    did not label ("Rory O' Neill, editor of … Hazards magazine, … said": Hazards did not say it; a set-AU rater,
    "the quote was said by a person … not by an organisation")."""
    subject = next((c for c in verb.lefts if c.dep_ in ("nsubj", "nsubjpass")), None)
    return subject is not None and subject.pos_ == "PROPN" and subject.i < s <= subject.right_edge.i


def _agent(tok) -> bool:
    """Whether ``tok`` names who did a passive's deed ("seen by Reuters", "obtained by the Times"): a reader or finder
    of the words, not their speaker; unless a clause of its own has them speak ("rejected by Tony Blair, who said:
    “…”", "a view shared by Wayne Rooney, who believes “…”")."""
    return tok.dep_ == "pobj" and tok.head.dep_ == "agent" and not any(c.dep_ == "relcl" for c in tok.children)


def _possessor(doc, end: int, limit: int) -> bool:
    """Whether the name ending at token ``end`` is a possessor ("Doe's", its span taking in the "'s" or not)."""
    return doc[end - 1].text in POSSESSIVE or (end < limit and doc[end].text in POSSESSIVE)


def _after_possessor(doc, end, s_end, starts, quoted, said_first):
    """The speaker after a possessor's title (“…,” Doe's successor, Tom Berg, said / Doe's deputy Tom Berg said), or
    None."""
    for i in range(end, min(s_end, end + PHRASE + 1)):
        if quoted[i] or doc[i].pos_ in ("VERB", "AUX", "ADP"):
            return None
        if i in starts:
            name_end = starts[i]
            if said_first or any(is_speech(doc[k]) for k in range(name_end, s_end) if not quoted[k]):
                return i, name_end
            return None
    return None


def _past_phrase(doc, i, s_end, quoted):
    """The token after the comma that ends the phrase at ``i`` (“…” by the IAEA, Crowley said), or None when no comma
    ends it soon or a verb comes first."""
    for k in range(i, min(s_end, i + PHRASE + 1)):
        if quoted[k] or doc[k].pos_ in ("VERB", "AUX"):
            return None
        if doc[k].text == ",":
            return k + 1
    return None


def _hears(verb) -> bool:
    """A speech verb in the passive ("she was warned that …", "what has been called …"): its subject heard the words
    or is what was said, and it names no speaker ("was quoted as saying" still does: "saying" is the verb)."""
    return any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children)


def _subject_verb(doc: Doc, start: int, end: int) -> Token | None:
    """The verb whose subject is the name at tokens ``[start, end)`` (or the noun it is in apposition to), or None."""
    if not doc.has_annotation("DEP"):
        return None
    root = doc[span_root(doc, start, end)]
    if root.dep_ == "appos" and root.head.dep_ in ("nsubj", "nsubjpass"):
        root = root.head
    return root.head if root.dep_ in ("nsubj", "nsubjpass") else None


def speech_roles(doc: Doc, start: int, end: int) -> tuple[bool, bool]:
    """Whether the name at tokens ``[start, end)`` speaks there (``speaks``), and whether it is the subject of a
    speech verb ("Hua Chunying … said that …")."""
    verb = _subject_verb(doc, start, end)
    if verb is None:
        return False, False
    speech = is_speech(verb)
    return verb.dep_ == "ROOT" or speech, speech


def speaks(doc: Doc, start: int, end: int) -> bool:
    """Whether the name at tokens ``[start, end)`` is the subject of its sentence's main verb or of a speech verb
    ("Hoenig added that the bill Obama signed …": Hoenig, not Obama, the subject of a relative clause)."""
    return speech_roles(doc, start, end)[0]
