"""Speakers worth a card: the roles the article gives people, who-said cards only on experts, officials and the
story's own people, a fair share of the deck for cards about people, and the right person behind "he said"."""

from __future__ import annotations

from dataclasses import replace

import pytest
from spacy.tokens import Doc

from quizgen.questions import ranking
from quizgen.facts.extract import _shared_surname_speaks, extract_facts
from quizgen.facts.mentions import Mention
from quizgen.facts.model import FactKind
from quizgen.facts.names import NameIndex, PersonTracker
from quizgen.facts.standing import affiliation, owned_role, party_tag, standings, title_before, worthy_role
from quizgen.questions.model import Question, QuestionKind
from quizgen.questions.candidates import make_who_said
from quizgen.questions.ranking import held_back, people_allowed, unworthy_speaker, within_budget
from tests.factory import cloze, fact, short_answer
from tests.hand_doc import hand_doc

# Three sentences without people, so nobody below is "named in the lead".
LEAD = ("The harbour reopened on Monday after the storm. Ferries ran again to the islands. "
        "The port authority counted the damage to the piers. ")


def _quote(nlp, text: str):
    facts = extract_facts(nlp(LEAD + text))
    (quote,) = [f for f in facts if f.kind is FactKind.QUOTE]
    return quote


@pytest.mark.parametrize("text, speaker, standing", [
    # a party and seat tag after a legislator's name
    ('Dana Ashworth (R-Burlington) said the governor "has worked hard to make the state affordable '
     'for families."', "Dana Ashworth", "R-Burlington"),
    # "X of ORG": the body the person speaks for
    ('"It is hard to argue that the shift is anything but a problem for the party," said Ted Bramley of the '
     'National Council for Fair Elections.', "Ted Bramley", "of the National Council for Fair Elections"),
    # "X, ORG's campaigner"
    ('"Dispersed oil does not mean the oil is gone from the water," says Joel Havlik, Greenpeace\'s oceans '
     'campaigner.', "Joel Havlik", "Greenpeace's oceans campaigner"),
    # an owner with a hyphen in its name (a set-U who-said card had no role for "T-Mobile's chief executive")
    ('"Most of our workers are already mobile," Tom Holt, V-Tel\'s chief executive, told a press conference in '
     'Dunford.', "Tom Holt", "V-Tel's chief executive"),
    # an abbreviated title right before the name
    ('"We will hold hearings on the harbour repairs in the spring," said Sen. Paul Whitby.', "Paul Whitby", "Sen."),
    # an expert's appositive naming no title word the extractor knew
    ('"A large share of this oil is still in the water, floating around the bay," said Samantha Joye, a marine '
     'biologist at the University of Georgia.', "Samantha Joye", "marine biologist at the University of Georgia"),
    # an expert's head noun with no body named
    ('"The patents in this field are pretty complex, to put it nicely," said George Church, a specialist in '
     'genomics technology.', "George Church", "specialist in genomics technology"),
    # a party's word before the name (read as no part of it): his place in the story
    ('But fellow Tory Ken Arbo said: "The essential point is that the harbour plan has turned out to be a fake."',
     "Ken Arbo", "Tory"),
    # passers-by: no role, named once, out of the lead
    ('"The storm shut every road out of town for two whole days," said Jane Doe, who was stuck at the airport.',
     "Jane Doe", ""),
    ('"We lost the whole ground floor of the house to the water," said Mark Hill, a resident of Bergen.',
     "Mark Hill", ""),
    # the words after the second of two names tell both, in turn (set AE: "merges two people's roles")
    ('Senators Tom Reed and Ann Roe, the Velm Committee\'s Republican leader and senior Democrat, wrote to the port. '
     '"We want the papers now," Ann Roe said.', "Ann Roe", ""),
])
def test_a_speakers_standing_is_the_role_the_article_gives(nlp, text, speaker, standing):
    quote = _quote(nlp, text)
    assert quote.canonical == speaker
    assert quote.standing == standing


def test_a_person_named_in_several_sentences_or_the_lead_stands_without_a_role(nlp):
    text = ("Mark Hill rebuilt the pier. Mark Hill hired ten workers. The workers finished in May. "
            '"We lost the whole ground floor of the house to the water," said Mark Hill.')
    assert _quote(nlp, text).standing == "named in 3 sentences"
    lead = '"We lost the whole ground floor of the house to the water," said Mark Hill, a resident of Bergen.'
    assert extract_facts(nlp(lead))[0].standing == "named in the lead"


def _who_said(standing: str | None, family: str = "who_said") -> Question:
    # a line that names something (a line that names nothing is held back whoever says it: ``minor_people``)
    sentence = '"We lost the whole ground floor of the Harbour Inn to the water," said Jane Doe.'
    f = replace(fact(sentence, "Jane Doe", 5, kind=FactKind.QUOTE), label="PERSON", standing=standing,
                topic="We lost the whole ground floor of the Harbour Inn to the water", canonical="Jane Doe")
    prompt = "Who said: “We lost the whole ground floor of the Harbour Inn to the water”?"
    return Question(kind=QuestionKind.SHORT_ANSWER, prompt=prompt, answer="Jane Doe", fact=f,
                    key=f"{family}|{standing}", family=family)


@pytest.mark.parametrize("standing, held", [("", True), ("spokeswoman for the port", False),
                                            ("named in 4 sentences", False), (None, False)])
def test_who_said_cards_on_passers_by_are_left_to_all_the_cards(standing, held):
    question = _who_said(standing)
    assert unworthy_speaker(question) is held
    assert held_back(question) is held
    assert held_back(_who_said(standing, "mc_who_said")) is held
    # a cloze hiding the same passer-by's name asks no attribution
    blank = cloze(question.fact.sentence, "Jane Doe", 5)
    assert not unworthy_speaker(replace(blank, fact=question.fact))


def _role(n: int) -> Question:
    role = f"keeper of Pier {n}"  # a role that says whose (``minor_people.bare_role``)
    sentence = f"Anna Berg{n}, the {role}, opened the pier."
    f = replace(fact(sentence, role, n + 2, kind=FactKind.ROLE), topic=f"Anna Berg{n}")
    return Question(kind=QuestionKind.SHORT_ANSWER, prompt=f"Who was Anna Berg{n} in May 2024?", answer=role, fact=f,
                    key=f"role|{n}", family="role")


def _news(prompt: str, answer: str, sentence: str, index: int, kind: FactKind) -> Question:
    question = short_answer(prompt, answer, sentence, index)
    return replace(question, fact=replace(question.fact, kind=kind))


@pytest.mark.parametrize("others, allowed", [(0, 1), (1, 9), (2, 18), (3, 27)])
def test_cards_about_people_take_no_more_than_nine_tenths_of_a_deck_with_other_cards(others, allowed):
    assert people_allowed(others) == allowed


def test_the_deck_budget_keeps_people_to_their_share(monkeypatch):
    monkeypatch.setattr(ranking, "MIN_KEEP", 0.0)  # the share alone decides here, whatever the learned chances
    people = [_role(n) for n in range(12)]
    news = [_news("How many piers did the storm destroy in the harbour of Bergen in January 2024?", "12 piers",
                  "The storm destroyed 12 piers in the harbour of Bergen in January 2024.", 0, FactKind.COUNT),
            _news("How much will the new harbour wall of Bergen cost to build by 2026?", "40 million euros",
                  "The new harbour wall of Bergen will cost 40 million euros to build by 2026.", 1, FactKind.AMOUNT)]
    deck = [*people, news[0]]
    kept = within_budget(deck, 20, [q.fact for q in deck])
    assert [q for q in kept if q not in people] == news[:1]
    assert [q for q in kept if q in people] == people[:9]  # the likeliest nine: nine tenths of the deck
    deck = [*people, *news]
    assert [q for q in within_budget(deck, 20, [q.fact for q in deck]) if q in people] == people  # room for all
    assert within_budget(people, 20, [q.fact for q in people]) == people  # nothing else to ask: all of them


@pytest.mark.parametrize("sentences, pronoun, expected", [
    # the speaker spoke in the sentence before; another person is named nearer, not speaking
    ([[("Tim Cook", True, "m")], [("Ann Lee", False, "")]], "he", "Tim Cook"),
    # a main subject and the subject of a relative clause in one sentence: the main one
    ([[("Thomas Hoenig", True, ""), ("Barack Obama", False, "")]], "he", "Thomas Hoenig"),
    # past a nearer person, a speaker of unknown gender is not taken on trust: as before (the nearer one)
    ([[("Tim Cook", True, "")], [("Ann Lee", False, "")]], "she", "Ann Lee"),
])
def test_he_said_is_the_person_shown_speaking_not_one_named_nearer(sentences, pronoun, expected):
    tracker = PersonTracker()
    for n, people in enumerate(sentences):
        for name, main, gender in people:
            tracker.add(n, name, subject=True, gender=gender, main=main)
    assert tracker.resolve_speaker(pronoun, len(sentences)) == expected


def test_a_quote_after_he_said_goes_to_the_speaker_of_the_sentence_before(nlp):
    text = ("Thomas Hoenig added that the reform bill President Barack Obama signed into law may not have ended "
            'the problem. "The simple truth is, this problem will not go away easily," he said.')
    assert _quote(nlp, text).canonical == "Thomas Hoenig"


def test_a_friend_in_an_appositive_keeps_the_full_name_for_later_surname_mentions(nlp):
    text = ("The minister overruled Sir Keith Joseph, the education secretary and a close friend. "
            'Sir Keith said that pupils were "simply ranked in merit order, with little regard to what they know".')
    assert _quote(nlp, text).canonical == "Keith Joseph"


@pytest.mark.parametrize("speaker, asked", [("Roosevelt", False), ("James Roosevelt", True)])
def test_who_said_asks_only_for_a_full_name(speaker, asked):
    sentence = f'"There is a lot of scare talk out there about the pension fund," {speaker} said.'
    f = replace(fact(sentence, speaker, 3, kind=FactKind.QUOTE), label="PERSON", canonical=speaker,
                topic="There is a lot of scare talk out there about the pension fund")
    assert (make_who_said(f) is not None) is asked


def test_a_quote_after_a_surname_two_people_share_goes_to_nobody():
    tracker = PersonTracker()
    tracker.add(0, "Ed Royce", subject=True, gender="m", main=True)
    tracker.unnamed.add(1)  # "In the video, Karimi declared …" after Omar and Seddique Karimi
    assert tracker.resolve_speaker("he", 2) == ""
    assert tracker.resolve_speaker("he", 1) == "Ed Royce"


@pytest.mark.parametrize("full_names, person_mention, unnamed", [
    (["Omar Karimi", "Seddique Karimi"], False, True),
    (["Omar Karimi", "Seddique Karimi"], True, False),  # read as a person: named as usual
    (["Omar Karimi"], False, False),  # one Karimi: the name index names him
])
def test_the_speaker_of_a_sentence_is_unnamed_when_two_people_share_the_surname(full_names, person_mention, unnamed):
    doc = hand_doc("In the video , Karimi declared himself a candidate .",
                   pos="ADP DET NOUN PUNCT PROPN VERB PRON DET NOUN PUNCT",
                   deps="prep det pobj punct nsubj ROOT nsubj det ccomp punct", heads=[5, 2, 0, 5, 5, 5, 8, 8, 5, 5])
    names = NameIndex()
    for name in full_names:
        names.add(name)
    mentions = [Mention(4, 5, "PERSON")] if person_mention else [Mention(4, 5, "DATE")]
    assert _shared_surname_speaks(doc[:], names, mentions) is unnamed


# The standing rules on docs made by hand (no model): each row one way a rule reads the words around a name.

@pytest.mark.parametrize("phrase, head, worthy", [
    ("donor of Pate Landscaping", "donor", True),  # any head but a passer-by's, tied to a named body
    ("donor of the old bakery", "donor", False),  # a body with no name
    ("donor Pate Landscaping", "donor", False),  # a name, but nothing ties the head to it
    ("neighbour of Pate Landscaping", "neighbour", False),  # a passer-by's head
    ("senator", "senator", True),  # a title alone
])
def test_a_role_phrase_is_worthy_by_its_head_or_a_named_body(phrase, head, worthy):
    assert worthy_role(phrase, head) is worthy


def _ents(tags: str) -> list[str]:
    """IOB tags from a compact form: "O O ORG ORG" → "O O B-ORG I-ORG"."""
    out, last = [], "O"
    for tag in tags.split():
        out.append("O" if tag == "O" else ("I-" if tag == last else "B-") + tag)
        last = tag
    return out


@pytest.mark.parametrize("text, pos, ents, start, floor, title", [
    # a body's possessive: the whole organisation, however long
    ("The group Ocean Fund ’s Joel Havlik spoke", "DET NOUN PROPN PROPN PART PROPN PROPN VERB",
     "O O ORG ORG O PERSON PERSON O", 5, 0, "Ocean Fund’s"),
    # … but not before the sentence's first token
    ("The group Ocean Fund ’s Joel Havlik spoke", "DET NOUN PROPN PROPN PART PROPN PROPN VERB",
     "O O ORG ORG O PERSON PERSON O", 5, 3, "Fund’s"),
    # an organisation right before the name without a possessive is no title
    ("The Ocean Fund thanked John Smith", "DET PROPN PROPN VERB PROPN PROPN", "O ORG ORG O PERSON PERSON", 4, 0, ""),
    # a title with up to three words before it
    ("The Big Harbour County State Sen. Paul Whitby spoke", "DET PROPN PROPN PROPN PROPN PROPN PROPN PROPN VERB",
     "O O O O O O PERSON PERSON O", 6, 0, "Harbour County State Sen."),
    ("State Sen. Paul Whitby spoke", "PROPN PROPN PROPN PROPN VERB", "O O PERSON PERSON O", 2, 0, "State Sen."),
    ("State Sen. Paul Whitby spoke", "PROPN PROPN PROPN PROPN VERB", "O O PERSON PERSON O", 2, 1, "Sen."),
])
def test_a_title_before_the_name(text, pos, ents, start, floor, title):
    doc = hand_doc(text, pos=pos, ents=_ents(ents))
    assert title_before(doc, start, floor) == title


@pytest.mark.parametrize("text, pos, deps, heads, title", [
    # a common noun compounded onto the name is its title, whatever the noun
    ("Velmish chief negotiator Tomas Brandl said", "ADJ ADJ NOUN PROPN PROPN VERB",
     "amod amod compound compound nsubj ROOT", [2, 2, 4, 4, 5, 5], "negotiator"),
    ("star striker Ana Vidal said", "NOUN NOUN PROPN PROPN VERB", "compound compound compound nsubj ROOT",
     [1, 3, 3, 4, 4], "star striker"),
    # … but a passer-by or kin is no title
    ("resident Jane Doe said", "NOUN PROPN PROPN VERB", "compound compound nsubj ROOT", [2, 2, 3, 3], ""),
    ("wife Ann Lee said", "NOUN PROPN PROPN VERB", "compound compound nsubj ROOT", [2, 2, 3, 3], ""),
    # … nor a noun that belongs to the clause before the name
    ("there were reasons Tomas Brandl left", "PRON VERB NOUN PROPN PROPN VERB",
     "expl ROOT attr compound nsubj relcl", [1, 1, 1, 4, 5, 2], ""),
])
def test_a_noun_compounded_onto_a_name_is_its_title(text, pos, deps, heads, title):
    ents = ["O"] * len(text.split())
    start = next(i for i, w in enumerate(text.split()) if w in ("Tomas", "Ana", "Jane", "Ann"))
    ents[start], ents[start + 1] = "B-PERSON", "I-PERSON"
    doc = hand_doc(text, pos=pos, deps=deps, heads=heads, ents=ents)
    assert title_before(doc, start, 0) == title


@pytest.mark.parametrize("text, pos, ents, title", [
    ("Joel Havlik , Greenpeace ’s Ocean campaigner said", "PROPN PROPN PUNCT PROPN PART PROPN NOUN VERB",
     "PERSON PERSON O ORG O O O O", "Greenpeace’s Ocean campaigner"),
    ("Joel Havlik , Greenpeace ’s chief oceans campaigner , said",
     "PROPN PROPN PUNCT PROPN PART ADJ NOUN NOUN PUNCT VERB",
     "PERSON PERSON O ORG O O O O O O", "Greenpeace’s chief oceans campaigner"),
    # the possessive must be followed by the role's words: a year is none
    ("John Smith , Ocean Fund ’s 2024 report", "PROPN PROPN PUNCT PROPN PROPN PART NUM NOUN",
     "PERSON PERSON O ORG ORG O O O", ""),
    # the organisation runs to the end: no possessive, no role
    ("John Smith , Ocean Fund", "PROPN PROPN PUNCT PROPN PROPN", "PERSON PERSON O ORG ORG", ""),
])
def test_a_role_owned_by_a_body_after_the_name(text, pos, ents, title):
    doc = hand_doc(text, pos=pos, ents=_ents(ents))
    assert owned_role(doc, 2, len(doc)) == title


@pytest.mark.parametrize("text, pos, ents, found", [
    ("Ted Bramley of the Ocean Fund said", "PROPN PROPN ADP DET PROPN PROPN VERB", "PERSON PERSON O O ORG ORG O",
     "of the Ocean Fund"),
    # a plain word between the preposition and the body: the name is not tied to it
    ("Jane Doe from work at Ocean Fund", "PROPN PROPN ADP NOUN ADP PROPN PROPN", "PERSON PERSON O O O ORG ORG", ""),
])
def test_an_affiliation_after_the_name(text, pos, ents, found):
    doc = hand_doc(text, pos=pos, ents=_ents(ents))
    assert affiliation(doc, 2, len(doc)) == found


@pytest.mark.parametrize("text, end, tag", [
    ("Dana Ashworth ( R-Burlington ) said", 2, "R-Burlington"),
    ("said Sen. Dana Ashworth", 4, ""),  # the name ends the text
])
def test_a_party_tag_after_the_name(text, end, tag):
    assert party_tag(hand_doc(text), end) == tag


def test_a_title_in_the_sentence_before_gives_no_standing():
    # "The vote went to the senator" as a line of its own (no full stop), then the sentence naming Paul Whitby
    words = "The vote went to the senator Paul Whitby spoke .".split()
    doc = Doc(hand_doc("x").vocab, words=words, pos="DET NOUN VERB ADP DET NOUN PROPN PROPN VERB PUNCT".split(),
              sent_starts=[i in (0, 6) for i in range(len(words))])
    sent_of = [0] * 6 + [1] * 4
    assert standings(doc, sent_of, [Mention(6, 8, "PERSON", "Paul Whitby")], []) == {"paul whitby": "named in the lead"}


def test_a_doc_without_sentences_is_read_whole():
    doc = Doc(hand_doc("x").vocab, words="Sen. Paul Whitby spoke".split(), pos="PROPN PROPN PROPN VERB".split())
    # no full form: the name as the text has it
    assert standings(doc, [0, 0, 0, 0], [Mention(1, 3, "PERSON")], []) == {"paul whitby": "Sen."}


def test_the_quote_goes_to_the_subject_before_said_when_the_parse_gives_it_two(nlp):
    # the small model reads both names as subjects of "said"; the person told about comes after it
    quote = _quote(nlp, 'Governor Ray Tolland visited Trenton. State Sen. Mark Delancey (R-Warren) said Ray Tolland '
                        'when he first ran in 2009 “sold himself to the people of New Jersey that he was going to '
                        'change it.”')
    assert quote.canonical == "Mark Delancey"


@pytest.mark.parametrize("prompt, held", [
    ("Who is Anna Berg7?", True),  # no date: the title may be someone else's by the time the card is studied
    ("Who was Anna Berg7 in May 2024?", False),
    ("Who was Anna Berg7?", False),  # a title the article says was held before
])
def test_a_role_card_with_no_date_stays_out_of_the_deck(prompt, held):
    question = replace(_role(7), prompt=prompt)
    assert held_back(question) is held
