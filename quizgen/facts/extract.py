"""From a parsed spaCy ``Doc`` to typed ``Fact``s: the orchestrator of the extraction rules.

One pass gathers mentions (entities, designations, repaired labels); appositions, names and quotes are
read from them; every candidate then becomes a ``Fact`` in its sentence as the card will show it.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from quizgen.facts.antecedents import gather_referents, name_descriptions
from quizgen.facts.opening_it import name_opening_it
from quizgen.facts.compound_descriptions import name_by_compounds, name_by_first_mention
from quizgen.facts.infinitives import mend_infinitives
from quizgen.facts.kin_descriptions import name_by_kin
from quizgen.facts.appositives import (Apposition, bounded_roles, find_appositions, past_bounding, title_word,
                                      title_words)
from quizgen.facts.claims import find_claims
from quizgen.facts.clipped_orgs import FirstWords, LastWords, company_like
from quizgen.facts.counts import (CALENDAR, counted_noun, counted_phrase, inside_a_name, qualifier_start,
                                  resolve_relative)
from quizgen.facts.designations import Designation
from quizgen.facts.model import Fact, FactKind
from quizgen.facts.importance import importance
from quizgen.facts.lexicon import words
from quizgen.facts.first_names import usual_sex
from quizgen.facts.mentions import (MISREAD_PEOPLE, SUBJECT_DEPS, Mention, gather_mentions, leads_a_clause,
                                    person_epithet, recover_orgs, settle_labels, without_titles)
from quizgen.facts.names import (COURTESY_TITLES, HONORIFICS, UNKNOWN_SEX, NameIndex, PersonTracker, acronym_of,
                                 gender_hint, particle_start, pronoun_sex, surname_with_particle)
from quizgen.facts.namesakes import Namesakes, kin_before, unnamed_spouses
from quizgen.facts.person_nouns import person_noun
from quizgen.nlp.parse import DocColumns, columns_of, lemma_at
from quizgen.facts.pronoun_speakers import (described_post, object_could_be_meant, own_sentence_speaker,
                                            pronoun_before_names, speaker_passed_over, title_subject, unnamed_speaker)
from quizgen.facts.quotes import find_quotes, speaks, speech_roles
from quizgen.facts.speaker_names import names_in_quote, shared_surname, surname_owner
from quizgen.facts.relative_times import relative_times
from quizgen.facts.spokespeople import person_for_body
from quizgen.facts.standing import standings
from quizgen.facts.languages import is_language_used
from quizgen.facts.works import is_title_of_work
from quizgen.facts.rewrite import Replacement, Rewriter, is_quoted, quotation_around
from quizgen.nlp.cache import doc_ents, doc_sents, doc_text
from quizgen.nlp.spans import (TokenFlags, children, sentence_bounds, sentence_root, span_root, span_text,
                               trim_bounds)
from quizgen.text import normalize

if TYPE_CHECKING:
    from collections.abc import Iterable

    from spacy.tokens import Doc, Span

__all__ = ["extract_facts", "sentence_bounds", "trim_bounds"]

LABEL_KINDS: dict[str, FactKind] = {
    "DATE": FactKind.DATE,
    "TIME": FactKind.TIME,
    "CARDINAL": FactKind.COUNT,
    "MONEY": FactKind.AMOUNT,
    "PERCENT": FactKind.AMOUNT,
    "QUANTITY": FactKind.AMOUNT,
    "PERSON": FactKind.PERSON,
    "ORG": FactKind.ORGANIZATION,
    "GPE": FactKind.PLACE,
    "LOC": FactKind.PLACE,
    "FAC": FactKind.PLACE,
    "WORK_OF_ART": FactKind.WORK,  # only a title the page sets off as one (``works.is_title_of_work``)
    "LANGUAGE": FactKind.LANGUAGE,  # only a language something is in (``languages.is_language_used``)
}
NAME_KINDS = frozenset({FactKind.PERSON, FactKind.ORGANIZATION, FactKind.PLACE})
# Answers a card must never hide.
NOT_ANSWERS = frozenset("he she it they him her them his hers its their theirs we us i me you this that these "
                        "those the a an some any".split())
OPENERS = frozenset({"he", "she"})
POSSESSIVES = frozenset({"his", "her"})
TIMES = frozenset({"DATE", "TIME"})
QUOTE_MARKS = frozenset({'"', "“", "”", "'", "‘", "’"})
# When two facts hide the same words in one sentence, the richer kind stays.
PRECEDENCE = {FactKind.QUOTE: 0, FactKind.DEFINITION: 1, FactKind.ROLE: 2, FactKind.EQUIPMENT: 3}


@dataclass
class Candidate:
    """A fact before its sentence is final: doc offsets, and the sentences its card shows."""

    kind: FactKind
    start_char: int  # in the doc's text
    end_char: int
    first_sent: int
    last_sent: int
    answer_sent: int
    label: str = ""
    topic: str = ""
    canonical: str = ""
    resolved: str = ""
    root: int | None = None  # the answer's root token
    inserted: int = -1  # first token of the replaced phrase whose bracketed insertion is the answer
    goes_on: bool = False  # a quote in the sentences after its speaker's (``quotes._goes_on``): a fact of its own


@dataclass
class _Context:
    doc: Doc
    sents: list[Span]
    sent_of: list[int]  # token index → sentence index
    rewriter: Rewriter


def extract_facts(doc: Doc, article_date: str = "") -> list[Fact]:
    """Every typed fact in ``doc``, best first within each sentence.

    ``article_date`` (ISO) lets relative times ("yesterday", "on Sunday") show their absolute day.
    """
    sents = list(doc_sents(doc))
    if not sents:
        return []
    sent_of = [0] * len(doc)
    for n, sent in enumerate(sents):
        sent_of[sent.start:sent.end] = [n] * (sent.end - sent.start)
    ctx = _Context(doc, sents, sent_of, Rewriter(doc, sents))
    mentions, designations = gather_mentions(doc)
    subjects = [(m.start, m.end, m.label) for m in mentions if m.label in ("PERSON", "ORG", "PRODUCT", "FAC")]
    subjects += [(d.start, d.end, "EQUIPMENT") for d in designations if d.form != "type"]
    # a place's name described as a body ("Sibneft, a Russian oil company"): the model's misread organisation
    places_as = [(m.start, m.end, m.label) for m in mentions if m.label == "GPE"]
    bodies = [a for a in find_appositions(doc, places_as) if a.head in words("org_heads")] if places_as else []
    appositions = bounded_roles(doc, settle_labels(mentions, find_appositions(doc, subjects) + bodies, doc))
    mentions = without_titles(doc, mentions, appositions)
    recover_orgs(doc, mentions, [(past_bounding(doc, a.start), a.end) for a in appositions if a.kind == "role"])
    mentions.sort(key=lambda m: m.start)
    tracker = _who_is_who(ctx, mentions, appositions)
    dated = {}
    for replacement, iso in relative_times(doc, article_date):
        if ctx.rewriter.replace(replacement) and iso:  # a span ("the past two years") has no day to ask
            dated[replacement.start] = iso
    referents = gather_referents(doc, sent_of, mentions, appositions, designations)
    name_descriptions(doc, sent_of, referents, ctx.rewriter, ((a.start, a.end) for a in appositions))
    name_opening_it(doc, sents, sent_of, mentions, designations, referents, ctx.rewriter)
    name_by_compounds(doc, ctx.rewriter)
    name_by_first_mention(doc, sent_of, ctx.rewriter)
    name_by_kin(doc, ctx.rewriter)
    mend_infinitives(doc, ctx.rewriter)

    candidates = _entity_candidates(ctx, mentions, article_date)
    candidates += _designation_candidates(ctx, designations)
    candidates += _apposition_candidates(ctx, appositions, mentions)
    candidates += _quote_candidates(ctx, mentions, tracker, appositions)
    candidates += _claim_candidates(ctx)
    people = standings(doc, sent_of, [m for m in mentions if m.label == "PERSON"], appositions,
                       ctx.rewriter.written_out)
    return _facts(ctx, _fitted(ctx, candidates, dated), people)


def _fitted(ctx: _Context, candidates: list[Candidate], dated: dict[int, str]) -> list[Candidate]:
    """Candidates fitted to the replaced phrases: a date the article's date resolved asks the inserted day; any
    other answer in a replaced phrase is gone from the card's sentence, so it gives no fact."""
    out = []
    for c in candidates:
        if c.inserted >= 0:
            out.append(c)
            continue
        rep = ctx.rewriter.covering(c.start_char, c.end_char)
        if rep is None or not rep.marked:
            out.append(c)  # a short name written out in full still shows the answer
        elif rep.start in dated and c.kind in (FactKind.DATE, FactKind.TIME):
            c.inserted, c.canonical, c.resolved = rep.start, "", dated[rep.start]
            out.append(c)
    return out


LABEL_WORDS = 6  # “Acme Ads Manager”: a quoted label is a few capitalised words, a quoted remark is longer


def _quoted_label(doc: Doc, m: Mention) -> bool:
    """Whether a mention sits in a quotation that is only a few capitalised words (pages like “Acme Ads” and
    “Acme Ads Manager.”): the name of a page, product or work, not a person whose surname later mentions stand for."""
    quotation = quotation_around(doc, columns_of(doc).idx[m.start])
    if quotation is None:
        return False
    words = doc_text(doc)[quotation[0]:quotation[1]].strip("“”\"‘’'.,!? ").split()
    return 0 < len(words) <= LABEL_WORDS and all(w[:1].isupper() for w in words)


# a dash set off by spaces inside an answer: a clause break the model read through ("Playoff - Holtz", "May - weeks")
_ACROSS_A_DASH = re.compile(r"\s[-–—]{1,2}\s")
# labels the model gives a surname it does not know as a person's ("Chandor attributed …" read as a product)
_ODD_NAME_LABELS = frozenset({"", "PRODUCT", "WORK_OF_ART"})


_OBJECTS = frozenset({"dobj", "dative", "iobj"})


def _him_or_her(doc: Doc, c: DocColumns, start: int, end: int) -> str:
    """The sex ("m" / "f") of a "him" / "her" the narration of tokens ``[start, end)`` has as the object of a verb
    whose subject is a named person, else "": someone other than that subject ("Blair called him a giant"; but in
    "the US, which accuses him", "him" may be the sentence's own subject)."""
    for k in range(start, end):
        if c.lower[k] in ("him", "her") and c.tag[k] == "PRP" and c.dep[k] in _OBJECTS \
                and not is_quoted(doc, c.idx[k]) \
                and any(c.dep[s] in SUBJECT_DEPS and c.ent_type[s] == "PERSON" for s in children(doc, c.head[k])):
            return pronoun_sex(c.text[k])
    return ""


def _unknown_name_subject(sent: Span, people: set[int]) -> bool:
    """Whether the subject of the sentence's own verb is a capitalised name the model reads as no one's, no
    person's mention (``people``: the tokens of the sentence's person mentions; "Chandor attributed …", read as a
    product): someone, maybe the one a later "he said" means, whom the tracker does not know."""
    doc = sent.doc
    c = columns_of(doc)
    return any(c.dep[k] in ("nsubj", "nsubjpass") and (_odd_name(c, k, people) or _described(doc, c, k, people))
               for k in children(doc, sentence_root(doc, sent)))


def _described(doc: Doc, c: DocColumns, k: int, people: set[int]) -> bool:
    """Whether token ``k`` is one capitalised word after "the" that the model reads as a person or nationality, or
    that names one ("The Scot first stood by Marlow, saying Dorn made too much of it. … He said: “…”"): someone the
    article named before by a description, likelier the "he" that follows than the people the sentence names (a
    set-BG card credited the manager's words to the player he spoke of, a wrong answer)."""
    if k in people or k == 0 or c.pos[k] != "PROPN" or not c.is_title[k] or c.lower[k - 1] != "the" \
            or c.head[k - 1] != k or any(c.head[j] == k and c.dep[j] == "compound" for j in range(max(0, k - 3), k)):
        return False
    return c.ent_type[k] in ("PERSON", "NORP") or (c.ent_type[k] == "ORG" and person_epithet(doc, k, k + 1))


def _odd_name(c: DocColumns, k: int, people: set[int]) -> bool:
    """Whether token ``k`` is a capitalised proper noun the model labels as no one's (``_ODD_NAME_LABELS``), outside
    the sentence's person mentions (``people``)."""
    return c.pos[k] == "PROPN" and c.ent_type[k] in _ODD_NAME_LABELS and k not in people and c.text[k].istitle()


def _unknown_person_subject(sent: Span, people: set[int]) -> bool:
    """Whether the sentence says what a name the model knows no person by is, and it is a person's post ("Piers
    Freelove is senior benefit officer on the picket line …": 'Piers' read as a noun): someone the tracker does not
    know, likelier the "he" that follows than anyone named before (``PersonTracker.strangers``). A product or a
    film as the subject is none ("… with Sim City proving the most popular")."""
    doc = sent.doc
    c = columns_of(doc)
    root = sentence_root(doc, sent)
    if c.lower[root] not in ("is", "was"):
        return False
    kids = children(doc, root)
    return any(c.dep[k] == "attr" and c.pos[k] == "NOUN" and person_noun(c.lower[k]) for k in kids) and any(
        c.dep[k] == "nsubj" and _odd_name(c, k, people) and not is_quoted(doc, c.idx[k]) for k in kids)


def _who_is_who(ctx: _Context, mentions: list[Mention], appositions: list[Apposition]) -> PersonTracker:
    """Full names for short mentions and acronyms; an opening he/she named, sentence by sentence."""
    doc = ctx.doc
    names, tracker, namesakes = NameIndex(), PersonTracker(), Namesakes(unnamed_spouses=unnamed_spouses(doc))
    org_full: dict[str, list[str]] = {}  # multi-word organisations by their initials, in order of mention
    orgs = FirstWords()  # multi-word organisations by their first word ("Fortress" → Fortress Investment Group)
    clubs = LastWords([(m.start, span_text(doc, m.start, m.end)) for m in mentions if m.label == "ORG"])  # and by
    # their last word ("United" → Dunford United)
    storms = _storms(doc)
    by_sent: dict[int, list[Mention]] = {}
    columns = columns_of(doc)
    _unmarked_full_names(doc, columns, mentions)
    for m in mentions:
        by_sent.setdefault(ctx.sent_of[m.start], []).append(m)
    role_gender = {(a.subject_start, a.subject_end): gender_hint(span_text(doc, a.start, a.end)) for a in appositions}
    titles = {a.subject_start: " ".join(span_text(doc, a.start, a.end).lower().split())
              for a in appositions if a.kind == "role"}  # by where the person's name starts
    holders: dict[str, set[str]] = {}  # a title → the people the article gives it to
    taken = TokenFlags(len(doc), ((m.start, m.end) for m in mentions))

    def body_in_full(m: Mention, body: str) -> None:
        """A body's short name ``m`` stands for ``body``, written out in full."""
        m.label, m.canonical = "ORG", body
        ctx.rewriter.replace(Replacement(m.start, m.end, body, pos="PROPN", ent_type="ORG"))

    def recovered(found: Mention, n: int) -> None:
        """A name the model missed, mentioned in sentence ``n``."""
        mentions.append(found)
        by_sent.setdefault(n, []).append(found)
        by_sent[n].sort(key=lambda m: m.start)

    for n, sent in enumerate(ctx.sents):
        for i in range(sent.start, sent.end):  # "Aschbacher told …" after "Josef Aschbacher", though no entity
            word = columns.text[i]
            if word not in names.by_word and word not in orgs.by_first and word not in clubs.by_last:
                continue  # most words: no test below can hold (``word in orgs`` is ``word in orgs.by_first``)
            if word in names.by_word and word.istitle() and not columns.ent_type[i] and not taken.flags[i]:
                full = names.resolve(word)
                if full == word:  # "Mateen" after "his son, Omar Mateen": the one the article called so
                    full = namesakes.meant(word, names, columns.text[i - 1] if i else "") or word
                if full != word and full in names.full and columns.pos[i] in ("PROPN", ""):
                    recovered(Mention(i, i + 1, "PERSON"), n)
            elif not taken.flags[i] and word not in names.by_word and not is_quoted(doc, columns.idx[i]) and (body := (
                    not columns.ent_type[i] and word in orgs and orgs.full_name(doc, i)  # "Fortress will give up …"
                    or word in clubs and clubs.full_name(doc, i))):  # "United boss Tom Reed" after Dunford United
                found = Mention(i, i + 1, "ORG")
                body_in_full(found, body)
                recovered(found, n)
        if _shared_surname_speaks(sent, names, by_sent.get(n, [])):
            tracker.unnamed.add(n)
        if (lead := _shouted_lead(columns, sent.start, sent.end)) is not None:
            ctx.rewriter.replace(Replacement(*lead))
            shouted = [m for m in by_sent.get(n, []) if lead[0] <= m.start and m.end <= lead[1]]
            for m in shouted:  # "FEMALE", read as a body's name, is a word
                mentions.remove(m)
                by_sent[n].remove(m)
        opener = _opening_pronoun(columns, sent.start, sent.end)
        root = sentence_root(doc, sent)
        if opener is not None:
            lower = columns.lower[opener]
            first = opener == next((i for i in range(sent.start, sent.end)
                                    if not columns.is_punct[i] and not columns.is_space[i]), -1)
            if first and lower in OPENERS:
                name = tracker.resolve(lower, n, main_first=quotation_around(doc, columns.idx[opener]) is None,
                                       speaks=speech_roles(doc, opener, opener + 1)[1])
            elif any(m.label == "PERSON" and m.start > opener for m in by_sent.get(n, [])) \
                    or columns.pos[root] == "VERB" and any(columns.dep[c] == "nsubj" and columns.pos[c] == "PROPN"
                                                           and c > opener for c in children(doc, root)):
                name = ""  # "With his second delivery Ryan Harris …", "In her race, Angle said": a name after it
            else:
                name = tracker.resolve(lower, n, alone=True)
            if name and (quoted := quotation_around(doc, columns.idx[opener])) is not None \
                    and name in _speakers(ctx, quoted, by_sent, names):
                name = ""  # "“He doesn't want to be a gangster …,” Oscar Isaac told …": a speaker says "I", not "he"
            if name:
                possessive = columns.tag[opener] == "PRP$"
                ctx.rewriter.replace(Replacement(opener, opener + 1, f"[{name}]’s" if possessive else f"[{name}]",
                                                 pos="PROPN", ent_type="PERSON"))
                tracker.add(n, name, subject=not possessive, gender=pronoun_sex(columns.text[opener]))
            elif lower in OPENERS and columns.dep[opener] in ("nsubj", "nsubjpass") and columns.head[opener] == root:
                # about someone left unnamed: a later he / she more likely goes on with them than means another
                # person the sentence names ("He moved back to Leeds, where he and Tom Berg grew up.")
                tracker.unknown[n] = pronoun_sex(columns.text[opener])
            elif columns.tag[opener] == "PRP$" and _owns_the_subject(doc, columns, opener, root):
                # "His version of Don Gibson's song topped the charts. In 1972, he …": the sentence goes on with the
                # unnamed "his", not with a name inside its subject (a later "he" was read as Don Gibson, a wrong fact)
                tracker.unknown[n] = pronoun_sex(columns.text[opener])
        else:
            # "During the visit, he was photographed … with Epstein": a he / she subject after words that name no
            # one is someone left unnamed too (a later "He told the BBC: “…”" was credited to Epstein, a wrong answer),
            # also one who speaks in an aside ("The trouble with Tom Berg's plan, he believed, was …": a tune card
            # credited the critic's next words to Berg, a wrong answer)
            verbs = [root, *(c for c in children(doc, root) if columns.dep[c] == "parataxis")]
            subject = next((c for v in verbs for c in children(doc, v) if columns.dep[c] in ("nsubj", "nsubjpass")
                            and columns.lower[c] in OPENERS and columns.tag[c] == "PRP"), None)
            if subject is not None:
                tracker.unknown[n] = pronoun_sex(columns.text[subject])
        if n not in tracker.unknown and (told := _him_or_her(doc, columns, sent.start, sent.end)):
            # "Tony Blair called him a "giant". He held each of the major offices …": a later he / she may go on
            # with the one the object stands for as well as with the subject (a set-AA card named Blair, a wrong fact)
            tracker.unknown[n] = told
        for m in by_sent.get(n, []):
            if m.label in MISREAD_PEOPLE:
                _name_inside(doc, m, names)
            text = span_text(doc, m.start, m.end)
            if m.label == "ORG" and m.end - m.start == 1:
                orgs.named_alone(text)  # "Apple" before "Apple Pencil": a body of its own, never written out as it
                clubs.named_alone(text, m.start)
            if (m.label in MISREAD_PEOPLE or _misread_as_time(m.label, text)) and m.end - m.start == 1 \
                    and (names.resolve(text) in names.full
                         or namesakes.meant(text, names, columns.text[m.start - 1] if m.start else "")):
                m.label = "PERSON"  # "Panda" after "Ankit Panda" is the same person, whatever the model says
            elif m.label in MISREAD_PEOPLE and m.end - m.start > 1 and (whole := names.resolve(text)) != text \
                    and whole in names.full:
                m.label = "PERSON"  # "Black Elk said" after "Linda Black Elk": a surname of two words, read as a body
            if m.end - m.start == 1 and m.label != "EVENT" and (storm := storms.get(text)):
                # "Mitch killed about 10,000 people" after "Hurricane Mitch": the storm, not a person (a tune card
                # read "Mitch killed …", rated fixable: "'Mitch' alone is unclear")
                m.label, m.canonical = "EVENT", storm
                ctx.rewriter.replace(Replacement(m.start, m.end, f"[{storm}]", pos="PROPN", ent_type="EVENT"))
                continue
            if m.label in ("PERSON", "ORG") and m.end - m.start == 1 and not m.canonical \
                    and names.resolve(text) == text and not is_quoted(doc, columns.idx[m.start]) \
                    and (body := orgs.full_name(doc, m.start)) and (m.label == "ORG" or company_like(body)):
                body_in_full(m, body)  # "Today Taylor employs 30" after Taylor International Corp.
                continue
            if (m.label == "ORG" or m.label in ("PERSON", "NORP") and text.lower() in words("club_endings")) \
                    and m.end - m.start == 1 and not m.canonical and names.resolve(text) == text \
                    and not is_quoted(doc, columns.idx[m.start]) and (body := clubs.full_name(doc, m.start)):
                body_in_full(m, body)  # "United won" after Dunford United
                continue
            if m.label == "PERSON" and (_quoted_label(doc, m) or _nickname_after(doc, m.end)):
                m.canonical = text  # pages like “Acme Ads”: a label in quotes, never a full name for "Acme"
            elif m.label == "PERSON":
                m.canonical = _full_name(doc, m, names, namesakes)
                if (title := titles.get(m.start)) is not None:
                    holders.setdefault(title, set()).add(m.canonical)
                    if title.split():
                        tracker.posts.setdefault(m.canonical, set()).add(title_word(title.split()[-1]))
                # "Mrs Velkov" as one entity: the title goes with the surname
                titled = m.end - m.start == 2 and title_word(columns.lower[m.start]) in COURTESY_TITLES
                if (m.end - m.start == 1 or titled or surname_with_particle(text, m.canonical)) \
                        and m.canonical != text \
                        and m.canonical in names.full \
                        and not is_quoted(doc, columns.idx[m.start]) and not _in_a_longer_name(doc, m.start, m.end) \
                        and not _written_on(doc, m.end, m.canonical, text) \
                        and not (m.start and columns.lower[m.start - 1] in words("peerage_titles")):
                    # raters: "before Kim" → "before Kim Jong Un"; "Lord Baker" is a title, never "Lord Kenneth Baker"
                    m.start = particle_start(doc, m.start, m.canonical)  # "de Miranda": the particle goes too
                    if m.start > 0 and title_word(columns.lower[m.start - 1]) in COURTESY_TITLES:
                        m.start -= 1  # "Mr. Clinton" → "Bill Clinton"
                    ctx.rewriter.expand(m.start, m.end, m.canonical)
                hint = gender_hint(span_text(doc, max(0, m.start - 1), m.end)) or role_gender.get((m.start, m.end), "")
                if not is_quoted(doc, columns.idx[m.start]):  # a name inside a quotation is the speaker's words: "She"
                    # after it is the speaker, not "Ebola" in "the patient diagnosed with Ebola"
                    main, said = speech_roles(doc, m.start, m.end)
                    tracker.add(n, m.canonical, leads_a_clause(doc, m), hint, main=main, says=said)
            elif m.label == "ORG":
                bounds = trim_bounds(doc, m.start, m.end, True)
                clean = doc_text(doc)[bounds[0]:bounds[1]] if bounds else text
                m.canonical = next((o for o in reversed(org_full.get(clean, ())) if len(o) > len(clean)), "")
                if " " in clean:
                    org_full.setdefault(acronym_of(clean), []).append(clean)
                    orgs.add(clean, thing=columns.pos[span_root(doc, m.start, m.end)] == "NOUN")  # "Apple TV"
        held = title_subject(sent, holders)
        if held is not None and is_quoted(doc, columns.idx[held[1]]):
            held = None
        if held is not None:
            main, said = speech_roles(doc, held[1], held[2])
            tracker.add(n, held[0], subject=True, main=main, says=said)
        people = {i for m in by_sent.get(n, []) if m.label == "PERSON" for i in range(m.start, m.end)}
        if held is None:  # a subject named by its title leaves no unnamed one for a later he / she to go on with
            if n not in tracker.unknown and (sex := unnamed_speaker(doc, sent, people)):
                tracker.unknown[n] = sex
                if sex != UNKNOWN_SEX:
                    tracker.by_role.add(n)
            if n not in tracker.unknown and opener is None and (sex := pronoun_before_names(sent, people)):
                tracker.unknown[n] = sex
            if n not in tracker.unknown and _unknown_name_subject(sent, people):
                # "Chandor attributed … making Abel and Anna's relationship feel so real. “…,” he said.": a name the
                # model knows no person by is the subject, likelier meant than the person it names (a film's
                # character)
                tracker.unknown[n] = UNKNOWN_SEX
            if _unknown_person_subject(sent, people):
                tracker.strangers.add(n)
            if not people and (post := described_post(sent)) is not None:
                tracker.described[n] = post
    _named_later(doc, mentions, names, namesakes)
    return tracker


def _speakers(ctx: _Context, quotation: tuple[int, int], by_sent: dict[int, list[Mention]],
              names: NameIndex) -> set[str]:
    """The full names of the people the sentences of a quotation (doc characters ``quotation``) name outside it as
    the subject of their saying: the quotation's speaker."""
    doc = ctx.doc
    span = doc.char_span(*quotation, alignment_mode="expand")
    first, last = ctx.sent_of[span.start], ctx.sent_of[min(len(doc) - 1, span.end)]  # and the sentence after it
    found = _speaking(ctx, range(first, last + 1), by_sent, names)
    if not found and _goes_on_quote(ctx, span.start, first):
        # "“…,” added Rafael Benitez. “He had played …”": Benitez's words go on, and their "he" is his goalkeeper (a
        # set-AW page read "[Rafael Benitez] had played …")
        found = _speaking(ctx, (first - 1,), by_sent, names)
    return found


def _speaking(ctx: _Context, sentences: Iterable[int], by_sent: dict[int, list[Mention]],
              names: NameIndex) -> set[str]:
    """The full names of the people the ``sentences`` name outside quotations as the subject of their saying."""
    doc = ctx.doc
    return {names.resolve(span_text(doc, m.start, m.end)) for n in sentences for m in by_sent.get(n, ())
            if m.label == "PERSON" and not is_quoted(doc, doc[m.start].idx) and speaks(doc, m.start, m.end)}


def _goes_on_quote(ctx: _Context, start: int, n: int) -> bool:
    """Whether the quotation opening at token ``start`` opens sentence ``n`` right after a sentence of the same
    paragraph that holds a quotation too: the news convention for one speaker's words going on."""
    doc, sents = ctx.doc, ctx.sents
    if n == 0 or any(not doc[i].is_punct and not doc[i].is_space for i in range(sents[n].start, start)):
        return False
    before = sents[n - 1]
    return "\n" not in doc_text(doc)[before.end_char:doc[start].idx] \
        and any(doc[i].text in QUOTE_MARKS for i in range(before.start, before.end))


def _named_later(doc: Doc, mentions: list[Mention], names: NameIndex, namesakes: Namesakes) -> None:
    """A bare surname the article gives a full name only later ("… said Ms. Hitchens." before the closing "The
    American Theatre Wing (Heather Hitchens, President and CEO) …") answers as that full name, when one person
    has it (a blind rater: "a bare surname with no role teaches little")."""
    for m in mentions:
        if m.label != "PERSON" or m.end - m.start != 1:
            continue
        text = span_text(doc, m.start, m.end)
        if (m.canonical or text) != text:
            continue
        full = names.resolve(text)
        if full != text and full in names.full and full.split()[-1] == text \
                and not namesakes.spouse_may_be_meant(text, full):
            m.canonical = full  # a surname only: "Browns" is no first word of "Browns DL Sheldon Richardson"


def _unmarked_full_names(doc: Doc, columns: DocColumns, mentions: list[Mention]) -> None:
    """A first name and a surname the model marked as no entity ("Hours before Zach Parise’s two-goal performance")
    whose surname the article names a person by elsewhere ("Parise said"): a mention of that person, so that every
    bare "Parise" is Zach Parise (a fresh page's who-said card answered "Parise")."""
    people = {span_text(doc, m.start, m.end) for m in mentions if m.label == "PERSON" and m.end - m.start == 1}
    if not people:
        return
    found = [Mention(i, i + 2, "PERSON") for i in range(len(doc) - 1)
             if columns.text[i + 1] in people and not columns.ent_type[i] and not columns.ent_type[i + 1]
             and columns.pos[i] == "PROPN" and columns.pos[i + 1] == "PROPN" and columns.text[i].istitle()
             and usual_sex(columns.text[i])]
    if found:
        mentions.extend(found)
        mentions.sort(key=lambda m: m.start)


def _name_inside(doc: Doc, m: Mention, names: NameIndex) -> None:
    """A person's full name closing a longer name the model misread ("former special envoy to Ukraine Kurt Volker"
    read as one organisation "Ukraine Kurt Volker"): a first name of one sex and a surname after a word that is no
    first name. The mention becomes that person, and a later bare "Volker" is Kurt Volker."""
    if m.end - m.start < 3:
        return  # "Morgan Stanley": two words are the body's own name
    c = columns_of(doc)  # no Token made: asked of every long name
    before, first, last = m.end - 3, m.end - 2, m.end - 1
    if not (c.is_title[first] and c.is_title[last] and c.is_alpha[first] and c.is_alpha[last]
            and len(c.text[last]) > 1):
        return
    if c.pos[before] != "PROPN" or not usual_sex(c.text[first]) or usual_sex(c.text[before]):
        return  # "George and Joyce Wein", "One participant, Curie Kim": no longer name around them
    # the surname stands alone elsewhere ("… ,” Volker said"), after no other capitalised word and no "the": a
    # person the article goes on about, not the end of a body's or a place's name ("Flagship Ventures" beside "Third
    # Rock Ventures", "the Foundation", "St Leonards Place")
    surname = c.text[last]
    if any(word == surname and i != last and c.pos[i] == "PROPN"
           and (i == 0 or not (c.is_title[i - 1] or c.lower[i - 1] == "the")) for i, word in enumerate(c.text)):
        names.add(f"{c.text[first]} {surname}")
        m.start, m.label = m.end - 2, "PERSON"  # the person, not a body named "Ukraine Kurt Volker"


def _hyphened(doc: Doc, start: int, end: int) -> bool:
    """Is the name joined by a hyphen to the word before or after it ("the Velm-Waite deck", "a Waite-Velm plan")?
    Written out, the full name broke the compound: "The Rider-Arthur Edward Waite deck" (a fresh page, fixable)."""
    joined_before = start >= 2 and doc[start - 1].text == "-" and not doc[start - 2].whitespace_ \
        and not doc[start - 1].whitespace_
    joined_after = end + 1 < len(doc) and doc[end].text == "-" and not doc[end - 1].whitespace_ \
        and not doc[end].whitespace_
    return joined_before or joined_after


def _in_a_longer_name(doc: Doc, start: int, end: int) -> bool:
    """Is the short name one word of a longer name the model split ("Kentucky Democrats", "the Davis Cup", "iPhone 14
    Pro Max", "the Xbox One X", "the Mach E", a list's "David Price")? A word in capitals or a number goes on from it
    (not a count, day or score: "gave Trump 36 votes", "Smith Tuesday", "Khachanov 6-3"), or one comes before it that is no title ("Mr", "Sir",
    "Gov.", "President"), no number ("Two Clinton donors") and a name's word ("Kentucky Democrats", "RAV4 Hybrid"; not
    "But Parise"). Written out, the full name ran into the rest ("Kentucky Virginia
    Democrats", "Davis Cup Davis Cup", "David Price David Price", "the Xbox Live One X": wrong cards)."""
    if _hyphened(doc, start, end):
        return True
    columns = columns_of(doc)
    if end < len(doc) and _name_word(columns, end) and columns.ent_type[end] not in _NOT_NAMES:
        return True
    before = start - 1
    if before < 0 or not _name_word(columns, before):
        return False
    if columns.ent_type[before] in _NOT_NAMES or not columns.ent_type[before] and columns.pos[before] != "PROPN" \
            and columns.dep[before] != "compound":
        return False  # a sentence's capitalised first word ("But Parise"), or a number ("Two Clinton donors")
    word = columns.lower[before]
    return title_word(word) not in HONORIFICS and title_word(word) not in words("role_titles") \
        and word not in words("peerage_titles") and word not in words("title_abbreviations")


_MAGNITUDES = frozenset({"m", "mn", "bn", "b", "tn", "k"})  # written onto a sum: "£100m", "$2bn"
_NOT_NAMES = frozenset({"CARDINAL", "ORDINAL", "QUANTITY", "PERCENT", "MONEY", "DATE", "TIME"})


def _written_on(doc: Doc, end: int, full: str, short: str) -> bool:
    """Whether the words of the full name after the short one follow it as written ("Fahrenheit 9/11" after a
    "Fahrenheit" the model read alone: written out, the card read "Fahrenheit 9/11 9/11 director")."""
    found = re.search(rf"(?<!\S){re.escape(short)}(?!\S)", full)
    rest = full[found.end():].strip() if found else ""
    if not rest or end >= len(doc):
        return False
    at = columns_of(doc).idx[end]
    return doc_text(doc)[at:at + len(rest)] == rest


def _name_word(columns, i: int) -> bool:
    """A word that may go on a name: in capitals ("Cup", "E", "PS4"; not "I") or a number ("14", "One")."""
    text = columns.text[i]
    return text[:1].isupper() and text != "I" or text.isdigit() \
        or columns.pos[i] == "NUM" and text.isalpha() and not text.islower()


def _storms(doc: Doc) -> dict[str, str]:
    """Each named storm of the article ("Hurricane Mitch", an event the model reads) by its own name ("Mitch")."""
    kinds = words("storm_words")
    return {e[-1].text: e.text for e in doc_ents(doc)
            if e.label_ == "EVENT" and len(e) >= 2 and e[-2].lower_ in kinds and e[-1].text.istitle()}


def _full_name(doc: Doc, m: Mention, names: NameIndex, namesakes: Namesakes) -> str:
    """The full name of a person mention, recording what ``namesakes`` reads: a bare surname two people share is
    the one the article says it is, if it says (``facts.namesakes``)."""
    text = span_text(doc, m.start, m.end)
    c = columns_of(doc)
    # "Mr Howard", not "we all miss Steve": a title is written with its capital
    titled = m.start > 0 and c.is_title[m.start - 1] and title_word(c.lower[m.start - 1]) in COURTESY_TITLES
    full = names.add(text, titled=titled)
    if m.end - m.start == 1 and namesakes.spouse_may_be_meant(text, full):
        return text  # "President Obama" beside Michelle Obama and "her husband": either of them
    if full == text and m.end - m.start == 1:
        return namesakes.meant(text, names, c.text[m.start - 1] if m.start else "") or full
    namesakes.heard(text, full)
    kin = kin_before(doc, m.start)
    if kin:
        namesakes.introduced(full, kin)
    return full


def _nickname_after(doc: Doc, end: int) -> bool:
    """A quoted nickname follows ("Don “Moose” Jamison"): the first name belongs to that longer name."""
    c = columns_of(doc)
    return end + 2 < len(doc) and c.text[end] in QUOTE_MARKS and c.is_title[end + 1]


def _shared_surname_speaks(sent: Span, names: NameIndex, mentions: list[Mention]) -> bool:
    """Whether the sentence's main subject is a lone surname of two people the article named in full, read as no
    person ("In a video, Mateen declared …" after Omar Mateen and Seddique Mateen)."""
    doc = sent.doc
    c = columns_of(doc)
    for k in children(doc, sentence_root(doc, sent)):
        if c.dep[k] == "nsubj" and c.pos[k] == "PROPN" and len(set(names.by_word.get(c.text[k], ()))) > 1 \
                and not any(m.label == "PERSON" and m.start <= k < m.end for m in mentions):
            return True
    return False


_SHOUTED_ARTICLES = frozenset({"A", "AN", "THE"})
SHOUTED_LETTERS = 5  # one word in capitals after a plain "A": a shorter one is likelier a name's initials


def _shouted_lead(c: DocColumns, start: int, end: int) -> tuple[int, int, str] | None:
    """A tabloid's opening words in capitals ("A FEMALE healthcare worker …", "THE good thing about …"): the tokens
    from the article word up to the first lower-case word, and how a sentence writes them ("A female"). Blind raters
    asked for the edit ("the shouted capitals are copied from the article"). A word the article sets in capitals
    elsewhere too is a name ("A UNICEF report" … "UNICEF said") and leaves the line as written (the model reads a
    shouted "FEMALE" as a body's name as often)."""
    if end - start < 3 or c.text[start] not in _SHOUTED_ARTICLES:
        return None
    i = start + 1
    while i < end and c.is_upper[i] and c.is_alpha[i]:
        i += 1
    run = c.text[start:i]
    if any(c.text.count(word) > run.count(word) for word in run[1:]):
        return None  # set in capitals elsewhere too: a name
    if i == end or not c.text[i][:1].islower():
        return None  # no lower-case word after the capitals
    if c.text[start] == "A" and (i == start + 1 or i == start + 2 and len(c.text[start + 1]) < SHOUTED_LETTERS):
        return None  # a plain "A" opening the sentence, or before a short name ("A NASA probe", "A BBC report")
    words = [c.text[k].lower() for k in range(start, i)]
    shown = "".join(w + c.ws[k] for k, w in zip(range(start, i), words)).rstrip()
    return start, i, shown[:1].upper() + shown[1:]


def _owns_the_subject(doc: Doc, c: DocColumns, possessive: int, root: int) -> bool:
    """Whether the possessive pronoun at ``possessive`` is whose the subject of the sentence's main verb (``root``)
    is ("His version of … topped …"), not whose a thing in an opening phrase is ("With his second delivery …"), and
    the subject is no one the sentence names ("His father, Seddique Mateen, said …": the father is named)."""
    owned = c.head[possessive]
    if c.dep[possessive] != "poss" or c.dep[owned] not in ("nsubj", "nsubjpass") or c.head[owned] != root:
        return False
    return c.ent_type[owned] != "PERSON" and not any(
        child.dep_ in ("appos", "compound") and child.ent_type_ == "PERSON" for child in doc[owned].children)


def _opening_pronoun(c: DocColumns, start: int, end: int) -> int | None:
    """The he / she / his / her a sentence (tokens ``[start, end)``) opens its narration with, before any noun ("But
    he said …", "Her fears …"); a sentence opening with a quotation keeps its words past the mark only for a leading
    "He" / "She"."""
    for i in range(start, end):
        if c.is_punct[i] or c.is_space[i]:
            if i > start and c.text[i] in QUOTE_MARKS:
                return None
            continue
        if c.lower[i] in OPENERS:
            return i
        if c.lower[i] in POSSESSIVES and c.tag[i] == "PRP$":
            return i
        if c.ent_type[i] in TIMES:
            continue  # "On Thursday morning, he …": a time names no one
        if c.pos[i] in ("NOUN", "PROPN", "PRON", "NUM") or c.ent_type[i] or c.pos[i] == "VERB":
            return None
    return None


def _entity_candidates(ctx: _Context, mentions: list[Mention], article_date: str) -> list[Candidate]:
    doc, text, out = ctx.doc, doc_text(ctx.doc), []
    for m in mentions:
        kind = LABEL_KINDS.get(m.label)
        if kind is None:
            continue
        n = ctx.sent_of[m.start]
        start = m.start
        topic = resolved = canonical = ""
        end = m.end
        if kind in (FactKind.COUNT, FactKind.DATE) and inside_a_name(doc, m.start):
            continue  # "iPhone 14", "Series 8": the number is part of a name
        if kind is FactKind.WORK and not is_title_of_work(doc, m.start, m.end):
            continue
        if kind is FactKind.LANGUAGE and not is_language_used(doc, m.start, m.end):
            continue
        if kind is FactKind.COUNT:
            noun = counted_noun(doc[m.start:m.end])
            if noun is None:
                continue  # a bare number means nothing on a card
            if noun.lower_ in words("generic_counted_nouns") and not any(c.dep_ == "compound" for c in noun.children):
                continue  # "One way to grow …", "five tips that …": how the writer lists, not a count to learn
            start = qualifier_start(doc, m.start, "count", ctx.sents[n].start)
            if noun.lower_ in words("currencies") and noun.i == m.end:
                kind, end = FactKind.AMOUNT, noun.i + 1  # "1.6 billion euros" is money, not a count
            else:
                topic = counted_phrase(doc, m.end, noun)
        elif kind in (FactKind.DATE, FactKind.TIME):
            start = qualifier_start(doc, m.start, "date", ctx.sents[n].start)
        elif kind is FactKind.AMOUNT and start > ctx.sents[n].start and doc[start - 1].text in words("currency_signs"):
            start -= 1  # "make $10.50 an hour" read as the money "10.50": the blank would leave "$" behind
        if kind is FactKind.AMOUNT and end < ctx.sents[n].end and not doc[end - 1].whitespace_ \
                and doc[end].lower_ in _MAGNITUDES \
                and any(doc[k].text in words("currency_signs") for k in range(start, end)):
            end += 1  # "£100m" read as the money "£100": the blank would leave "m" behind (raters: "splits £100m")
        bounds = trim_bounds(doc, start, end, kind in NAME_KINDS)
        if bounds is None:
            continue
        answer = text[bounds[0]:bounds[1]]
        if kind in (FactKind.DATE, FactKind.TIME):
            shown, resolved = resolve_relative(answer, article_date)
            if shown:
                canonical = f"{answer} ({shown})"
        elif m.canonical and normalize(m.canonical) != normalize(answer):
            canonical = m.canonical
        out.append(Candidate(kind, bounds[0], bounds[1], n, n, n, label=m.label, topic=topic, canonical=canonical,
                             resolved=resolved, root=span_root(doc, m.start, m.end)))
    return out


def _designation_candidates(ctx: _Context, designations: list[Designation]) -> list[Candidate]:
    out = []
    for d in designations:
        span = ctx.doc[d.start:d.end]
        n = ctx.sent_of[d.start]
        out.append(Candidate(FactKind.EQUIPMENT, span.start_char, span.end_char, n, n, n,
                             label="EQUIPMENT_TYPE" if d.form == "type" else "EQUIPMENT", topic=d.cls,
                             root=span.root.i))
    return out


def _apposition_candidates(ctx: _Context, appositions: list[Apposition], mentions: list[Mention]) -> list[Candidate]:
    doc, out = ctx.doc, []
    canon = {(m.start, m.end): m.canonical for m in mentions}
    people = {m.start: m for m in mentions if m.label == "PERSON"}
    for a in appositions:
        span = doc[a.start:a.end]
        n = ctx.sent_of[a.start]
        if a.start >= a.subject_end and is_quoted(doc, span.start_char):
            # a quotation's "Inmarsat is a long-time partner" is its speaker's view, not what it is (a title before a
            # name, "Prime Minister Narendra Modi", says what the name is wherever it stands)
            continue
        if a.kind == "role":
            person = people.get(a.subject_start)
            if person is None:
                continue
            topic = person.canonical or span_text(doc, person.start, person.end)
            kind = FactKind.ROLE
        else:
            bounds = trim_bounds(doc, a.subject_start, a.subject_end, True)
            if bounds is None:
                continue
            topic = canon.get((a.subject_start, a.subject_end)) or doc_text(doc)[bounds[0]:bounds[1]]
            kind = FactKind.DEFINITION
        out.append(Candidate(kind, span.start_char, span.end_char, n, n, n, label=a.head, topic=topic,
                             root=span.root.i))
    return out


def _claim_candidates(ctx: _Context) -> list[Candidate]:
    out = []
    for claim in find_claims(ctx.sents):
        span = ctx.doc[claim.start:claim.end]
        out.append(Candidate(FactKind.CLAIM, span.start_char, span.end_char, claim.sentence, claim.sentence,
                             claim.sentence, root=span.root.i))
    return out


def _quote_candidates(ctx: _Context, mentions: list[Mention], tracker: PersonTracker,
                      appositions: list[Apposition]) -> list[Candidate]:
    doc, out = ctx.doc, []
    people = [(m.start, m.end) for m in mentions if m.label == "PERSON"]
    bodies = {(m.start, m.end) for m in mentions if m.label == "ORG"}  # "…,” the ministry said
    canon = {(m.start, m.end): m.canonical for m in mentions}
    named = {(m.start, m.end): m.canonical or span_text(doc, m.start, m.end) for m in mentions if m.label == "PERSON"}
    for q in find_quotes(doc, people, sorted(bodies)):
        if (q.speaker_start, q.speaker_end) in bodies:  # "…,” Apple said, according to chief executive Tim Cook
            organisation = span_text(doc, q.speaker_start, q.speaker_end)
            person = person_for_body(doc, ctx.sents, ctx.sent_of, (q.speaker_start, q.speaker_end), organisation,
                                     people, appositions)
            if person is not None:
                q = replace(q, speaker_start=person[0], speaker_end=person[1])
        speaker = doc[q.speaker_start:q.speaker_end]
        n = ctx.sent_of[q.speaker_start]
        opens = ctx.sent_of[_token_at(doc, q.open)]
        first = min(n, opens)
        last = max(n, ctx.sent_of[_token_at(doc, q.close)])
        goes_on = opens > n  # the speaker's words going on after their sentence (``quotes._goes_on``)
        shown = doc_text(doc)[ctx.sents[first].start_char:ctx.sents[last].end_char]
        if "\n" in (shown.rstrip() if goes_on else shown):
            # a quote across paragraphs: the card keeps the speaker's sentence only; so does one whose last sentence
            # ends its paragraph (keeping all its sentences swapped 18 cards of 19 tune decks for 14 others: blind
            # raters, 13 good of the 18, 5 of the 14), but for a quotation going on, whose own sentences are its card
            first = last = n
        inserted = -1
        bounds = trim_bounds(doc, q.speaker_start, q.speaker_end, True)
        if bounds is None:
            continue
        if (q.speaker_start, q.speaker_end) in canon:
            full = canon[(q.speaker_start, q.speaker_end)] or doc_text(doc)[bounds[0]:bounds[1]]
        else:  # a pronoun: name it, marked as an insertion
            own = own_sentence_speaker(doc, q.speaker_start, named, tracker.genders)
            if own == "" or (own is None and object_could_be_meant(doc, q.speaker_start, named, tracker.genders)):
                continue
            full = own or ctx.rewriter.inserted(q.speaker_start) or tracker.resolve_speaker(speaker.text, n)
            if not full or (not own and speaker_passed_over(doc, q.speaker_start, full, named, tracker.genders)):
                continue
            if names_in_quote(full, q.words):
                continue  # "“… players like Lund …,” he said": it speaks of Lund, so "he" is someone else
            ctx.rewriter.insert(q.speaker_start, full)
            inserted = q.speaker_start
        label = "ORG" if (q.speaker_start, q.speaker_end) in bodies else "PERSON"
        if label == "ORG" and (owner := surname_owner(full, named.values(), _proper_nouns(doc))):
            # "…,” said Velardi: the surname of the article's Sergio Velardi, not a body (a set-X rater: "it asks
            # 'Which organisation' when the answer is a person")
            label, full = "PERSON", owner
        if label == "PERSON" and shared_surname(full, named.values()):
            continue
        out.append(Candidate(FactKind.QUOTE, bounds[0], bounds[1], first, last, n, label=label, topic=q.words,
                             canonical=full, root=speaker.root.i, inserted=inserted, goes_on=goes_on and last > n))
    return out


def _proper_nouns(doc: Doc) -> list[str]:
    """Each token's text where it is a proper noun, else "" (``surname_owner``'s first names)."""
    c = columns_of(doc)
    return [text if pos == "PROPN" else "" for text, pos in zip(c.text, c.pos)]


def _misread_as_time(label: str, text: str) -> bool:
    """A name the model read as a date or number ("In a video dated May 23, 2015, Mateen declared …": Mateen as
    DATE); never a month or a weekday ("in May" after "Theresa May")."""
    return label in ("DATE", "TIME", "CARDINAL", "ORDINAL") and text.isalpha() and text.istitle() \
        and text.lower() not in CALENDAR


def _token_at(doc: Doc, char: int) -> int:
    span = doc.char_span(char, char + 1, alignment_mode="expand")
    return span.start if span is not None else 0


def _acronym(text: str) -> bool:
    """"US" is a country, "us" a pronoun."""
    return len(text) > 1 and text.isupper()


def _anchor(doc: Doc, root: int | None, sent: Span, lemmas: dict[int, str]) -> str:
    """Lemmas of the answer's governor and the sentence's main verb, each once (``lemmas``: see ``_lower_lemma``)."""
    governor = "" if root is None else _lower_lemma(doc, columns_of(doc).head[root], lemmas)
    verb = _lower_lemma(doc, sentence_root(doc, sent), lemmas)
    if not governor or governor == verb:
        return verb
    return f"{governor} {verb}" if verb else governor


def _lower_lemma(doc: Doc, i: int, lemmas: dict[int, str]) -> str:
    """``lemma_of(doc[i]).lower()``, worked out once per token of the doc (``lemmas``: by token index, shared by the
    article's facts)."""
    lemma = lemmas.get(i)
    if lemma is None:
        lemma = lemmas[i] = lemma_at(doc, i).lower()
    return lemma


def _standing_of(c: Candidate, name: str, people: dict[str, str] | None) -> str | None:
    """A person's or a person-quote's standing (None for other facts)."""
    if people is None or not (c.kind is FactKind.PERSON or (c.kind is FactKind.QUOTE and c.label == "PERSON")):
        return None
    return people.get(name, "")


def _facts(ctx: _Context, candidates: list[Candidate], people: dict[str, str] | None = None) -> list[Fact]:
    """One fact per answer and sentence (the richer kind wins), placed in its sentence as the card shows it;
    ``people``: each person's standing by normalised full name (``standing.standings``)."""
    doc, text, sents = ctx.doc, doc_text(ctx.doc), ctx.sents
    mentions: Counter[str] = Counter()
    for c in candidates:
        if not c.goes_on:  # a quotation going on names its speaker no more often
            mentions[normalize(c.canonical or text[c.start_char:c.end_char])] += 1
        if c.kind in (FactKind.ROLE, FactKind.DEFINITION):
            mentions[normalize(c.topic)] += 1
    most = max(mentions.values(), default=1)
    best: dict[tuple[int, str, int], Candidate] = {}
    # "former Vice President Biden": the title's words are the role's, not a body's (as "Vice President" alone was)
    titles = {(c.answer_sent, normalize(title_words(text[c.start_char:c.end_char])))
              for c in candidates if c.kind is FactKind.ROLE}
    for c in candidates:
        answer = ctx.rewriter.inserted(c.inserted) if c.inserted >= 0 else text[c.start_char:c.end_char]
        normal = normalize(answer)
        if not answer.strip() or (normal in NOT_ANSWERS and not _acronym(answer)):
            continue
        if c.kind is FactKind.ORGANIZATION and (c.answer_sent, normal) in titles:
            continue
        if _ACROSS_A_DASH.search(answer):
            continue  # "the inaugural College Football Playoff - Holtz didn't mind …": two things run together
        # a speaker's quotation going on into the sentences after theirs is a quote of its own (``quotes._goes_on``)
        key = (c.answer_sent, normal, c.last_sent if c.goes_on else -1)
        old = best.get(key)
        if old is None or PRECEDENCE.get(c.kind, 9) < PRECEDENCE.get(old.kind, 9):
            best[key] = c
    defined: dict[int, list[tuple[int, int]]] = {}
    for c in best.values():
        if c.kind is FactKind.DEFINITION:
            defined.setdefault(c.answer_sent, []).append((c.start_char, c.end_char))
    facts = []
    repeats: Counter[tuple[FactKind, str]] = Counter()
    lemmas: dict[int, str] = {}
    for c in sorted(best.values(), key=lambda c: (c.first_sent, c.start_char)):
        if c.label == "EQUIPMENT_TYPE" and any(s <= c.start_char and c.end_char <= e
                                                for s, e in defined.get(c.answer_sent, [])):
            continue  # the definition already hides these words
        view = ctx.rewriter.view(c.first_sent, c.last_sent)
        sentence, parse = view.text, view.parse
        if c.inserted >= 0:  # the answer is the name or day inside the brackets
            rep = ctx.rewriter.replacements[c.inserted]
            start = view.offset(columns_of(doc).idx[c.inserted]) + rep.bracket + 1
            end = start + len(rep.inserted)
            if c.resolved:  # a day the card asks for needs no mark: the blank shows where it stands
                sentence = sentence[:start - 1] + sentence[start:end] + sentence[end + 1:]
                start, end = start - 1, end - 1
                tok = parse.token_at(start)
                parse = parse.with_text(tok.i, rep.text.replace("[", "", 1).replace("]", "", 1))
        else:
            start, end = view.offset(c.start_char), view.offset(c.end_char)
        answer = sentence[start:end]
        name = normalize(c.canonical or answer)
        score = importance(c.kind, c.first_sent, len(sents), mentions[name], most, repeats[(c.kind, name)])
        repeats[(c.kind, name)] += not c.goes_on  # a quotation going on is no later mention of its speaker
        facts.append(Fact(kind=c.kind, answer=answer, sentence=sentence, start=start, end=end,
                          sentence_index=c.first_sent, label=c.label, topic=c.topic,
                          anchor=_anchor(doc, c.root, sents[c.answer_sent], lemmas), score=score, canonical=c.canonical,
                          resolved=c.resolved, standing=_standing_of(c, name, people), parse=parse))
    facts.sort(key=lambda f: (f.sentence_index, -f.score, f.start))
    return facts
