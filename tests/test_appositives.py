"""Roles, definitions and repaired entities from appositives, copulas and titles (real model)."""

from __future__ import annotations

import pytest

from quizgen.facts.extract import extract_facts
from quizgen.facts.model import FactKind


def _of(nlp, text, kind):
    return {(f.answer, f.topic) for f in extract_facts(nlp(text)) if f.kind is kind}


ROLES = [
    ("Maria Lopez, the mayor of Lyon, opened the bridge.", "mayor of Lyon", "Maria Lopez"),
    # an adjective before a person noun, no title word first (set-AB raters on "Who said" for Ben Wood: add the role)
    ("Phones will sell, said Ben Vale, principal analyst at research firm Dunmark.",
     "principal analyst at research firm Dunmark", "Ben Vale"),
    # a knight's "Sir" between the post and the name (set-Y rater on "Who said": "Which Manchester United manager")
    ("Velm Rovers manager Sir Tam Orrin said the side was ready for the final.", "Velm Rovers manager", "Tam Orrin"),
    ("Auditor General Sir Hugh Marlow said the report was clear.", "Auditor General", "Hugh Marlow"),
    # ... and a doctor's "Dr" (set AV: "executive chairman Dr Geoffrey Guy" had no role, and his quote no card)
    ("Dunmark Corp chairman Dr Geoffrey Voss said the report was clear.", "Dunmark Corp chairman", "Geoffrey Voss"),
    # the sentence's time opening the phrase is not the role's ("Yesterday …": "a stray 'Yesterday'", a stop-110 rater)
    ("Yesterday Velmland's economy minister, Hugh Marlow, said that the swap was done.", "Velmland's economy minister",
     "Hugh Marlow"),
    # ... but a hyphened time word is the role's own
    ("Ann Roe, an Obama-era appointee to the harbour board, said she would stay on.",
     "Obama-era appointee to the harbour board", "Ann Roe"),
    # a phrase on the person after "and someone" is no part of the title (stop 111: "… Gartner and someone", "cut off
    # mid-phrase")
    ("But for Ada Quill, a research director at analyst firm Velmco and someone who has followed Dunford since the early "
     "years, the future is bright.", "research director at analyst firm Velmco", "Ada Quill"),
    # a body's name the model read as a person's before a lower-case title is its owner (set AV: "Which executive
    # chairman said", "gives no company")
    ("Velm Pharma executive chairman Dr Hugh Marlow said the report was clear.", "Velm Pharma executive chairman",
     "Hugh Marlow"),
    # a body's name the model left unlabelled before a lower-case title is its owner (set AA: "Which outgoing Leeds
    # United chairman said" for "Who said")
    ('Outgoing Leeds chairman Hugh Marlow said: "This deal saves the club."', "Outgoing Leeds chairman", "Hugh Marlow"),
    # ... with the weekday that opens a paper's name ("Sunday Telegraph", not "Telegraph")
    ("A new book by Sunday Telegraph journalist Ken Arbo says the two men fell out.", "Sunday Telegraph journalist",
     "Ken Arbo"),
    # ... but not a place before it ("in Las Vegas" is where he spoke)
    ("At the Consumer Electronics Show in Las Vegas Microsoft boss Bill Gates said sales would rise.", "Microsoft boss",
     "Bill Gates"),
    # a name with no first name the list knows is a person's for any other post ("Orbital Velm, NASA's …" is not)
    ('"The market is fair," said Rusmik Oza, Head of Research at Dunford Securities.',
     "Head of Research at Dunford Securities", "Rusmik Oza"),
    ("The mayor of Lyon, Maria Lopez, opened the bridge.", "mayor of Lyon", "Maria Lopez"),
    ("Tom Harper, a senior fellow at the Royal United Services Institute, said the plan would fail.",
     "senior fellow at the Royal United Services Institute", "Tom Harper"),
    ("A senior fellow at the Royal United Services Institute, Tom Harper, said the plan would fail.",
     "senior fellow at the Royal United Services Institute", "Tom Harper"),
    ("Colonel Ana Ruiz, spokesperson for the Spanish Joint Defence Staff, told reporters the drill was over.",
     "spokesperson for the Spanish Joint Defence Staff", "Ana Ruiz"),
    ("The plan was approved by leader Omar Diallo last week.", "leader", "Omar Diallo"),
    ("Prime Minister Anna Berg met the striking nurses.", "Prime Minister", "Anna Berg"),
    # a title naming its office after "of" or "for" ("Who was Rex Tillerson?" asked his former post instead, which
    # stop 96's round-2 raters marked down for missing the post the story is about)
    ("Secretary of State Anna Berg met the striking nurses.", "Secretary of State", "Anna Berg"),
    ("Chancellor of the Exchequer Tom Harper said the economy would grow.", "Chancellor of the Exchequer",
     "Tom Harper"),
    ("The Minister for Culture Maria Lopez opened the theatre.", "Minister for Culture", "Maria Lopez"),
    # ... without the form of address or rank before the name, with the words that make it a lesser or passing post
    ("Director of Public Prosecutions Mrs. Ann Roe said the case would go ahead.", "Director of Public Prosecutions",
     "Ann Roe"),
    ("He met White House Chief of Staff General Tom Harper on Monday.", "White House Chief of Staff", "Tom Harper"),
    ("Before the vote, acting Secretary of Homeland Security Maria Lopez spoke.",
     "acting Secretary of Homeland Security", "Maria Lopez"),
    ("Deputy Assistant Secretary of State for Harbour Affairs Tom Harper spoke.",
     "Deputy Assistant Secretary of State for Harbour Affairs", "Tom Harper"),
    ("Acme chief executive Dave Morrow said sales had doubled.", "chief executive", "Dave Morrow"),
    # a lower-case or all-capitals title takes the body named before it: a bare "spokesman" says not whose
    ("In Washington, State Department spokesman Tom Reed said the plant was safe.", "State Department spokesman",
     "Tom Reed"),
    ("After the deal, Halden Books CEO Dana Hill said she was pleased.", "Halden Books CEO", "Dana Hill"),
    ("Velmark Foods chief executive Dana Hill said sales had doubled.", "Velmark Foods chief executive", "Dana Hill"),
    # the party's name whole, its first word read as an adjective ("Liberal [...] Matthew Taylor": a tune rater, "the
    # blank splits the title, leaving 'Liberal' as a hint")
    ("Liberal Democrat leader Tom Reed said: \"The plan does not add up.\"", "Liberal Democrat leader",
     "Tom Reed"),
    # a nationality the model hangs on the body as a compound is the body's too (set AG: "Which Foreign Ministry
    # spokeswoman said", of China's: "add 'Chinese'; without it the card is ambiguous")
    ("Russian Foreign Ministry spokeswoman Maria Zakharova called for restraint on Tuesday.",
     "Russian Foreign Ministry spokeswoman", "Maria Zakharova"),
    # "New" before a post dates it (new when?); a place's "New" is its name's
    ("New Home Secretary Tom Reed said he would study the ruling.", "Home Secretary", "Tom Reed"),
    ("New Zealand Prime Minister Tom Reed said he would study the ruling.", "New Zealand Prime Minister",
     "Tom Reed"),
    # the model reads a body's place name as the body's (ORG): its "New" is still the place's (set AH: "York Fed
    # President", fixable)
    ("New York Fed President Tom Reed will step down next spring.", "New York Fed President", "Tom Reed"),
    # a word hyphened onto the title's first word is part of it: "Secretary" alone is another post (a set-W rater:
    # "Which US Treasury Under-Secretary said …", for a card that named no role)
    ("But Velmland Treasury Under-Secretary Tom Reed said the fund would not work.",
     "Velmland Treasury Under-Secretary", "Tom Reed"),
    # an office that pairs two words by "and" is one title, whose it is included (set AZ: "Who was …?" → "Policy
    # Minister", "a truncated, wrong title"); a person's name before "and" is no part of it
    ('"Growth has soft spots," said Economic and Fiscal Policy Minister Ines Marlow.',
     "Economic and Fiscal Policy Minister", "Ines Marlow"),
    ("The plan was announced by the Velmland Trade and Industry Secretary Tom Reed.",
     "Velmland Trade and Industry Secretary", "Tom Reed"),
    # not a word the parse hangs elsewhere: a name's, or a body's before the "and"
    ("Tom Reed and Home Secretary Anna Berg met on Monday.", "Home Secretary", "Anna Berg"),
    ("Mattox and Secretary of State Anna Berg both told the panel it would put troops at risk.", "Secretary of State",
     "Anna Berg"),
    ("Director of the Congressional Budget Office and Representative Tom Reed spoke.", "Representative", "Tom Reed"),
    ("Tam Hoon spoke. Hoon and Prime Minister Tony Blair met on Monday.", "Prime Minister", "Tony Blair"),
    ("Freyhorn and Prime Minister Tony Blair met on Monday.", "Prime Minister", "Tony Blair"),
    # a stand-in's post keeps its "acting", past the owner's name (stop 105's A/B: "U.S. Health Secretary", fixable)
    ("The letter went to acting Velmland Health Secretary Tom Reyes on Monday.", "acting Velmland Health Secretary",
     "Tom Reyes"),
    # "Professor" after a post addresses the person: the post is the role
    ("Velmland Chief Medical Officer Professor Ines Marlow said the advert would run tonight.",
     "Velmland Chief Medical Officer", "Ines Marlow"),
    # a role fronted after an opening phrase with no verb; a capitalised post has no common noun
    ("On Tuesday, a senior fellow at the Dunford Institute, Tom Harper, said the plan would fail.",
     "senior fellow at the Dunford Institute", "Tom Harper"),
    ("In June, the Velmland Home Secretary, Tom Harper, approved the request.", "Velmland Home Secretary",
     "Tom Harper"),
    # the letters after a name ("MSP", "QC") stand between it and its comma (a set-U card lost the minister's post)
    ('Most of the money is new. Scottish Finance Minister, Tom Holt MSP, said: "I announced an extra £41m."',
     "Scottish Finance Minister", "Tom Holt"),
    ("The court heard the appeal on Monday. Anna Berg MP, a member of the Dunford council, said the law was unfair.",
     "member of the Dunford council", "Anna Berg"),
    # a title no word list holds, a noun for a person with a word before it that says of what or whose (stop 62: 69
    # role facts on 41 tune pages; "Who said: …?" became "Which Palestinian chief negotiator said …?")
    ("Palestinian chief negotiator Omar Diallo said they would oppose the plan.", "Palestinian chief negotiator",
     "Omar Diallo"),
    ("The math teacher Maria Lopez said she left at dawn.", "math teacher", "Maria Lopez"),
    ("The statement came from Harbor Authority press secretary Tom Reed on Monday.",
     "Harbor Authority press secretary", "Tom Reed"),
    ("Dunford Bank CIO Dana Hill showed off the new app.", "Dunford Bank CIO", "Dana Hill"),  # CIO: role_titles
    ("Tigers defenseman Maria Lopez scored twice.", "Tigers defenseman", "Maria Lopez"),  # the sentence's first word
    # an adjective right before a noun of the title is that noun's, wherever the model hangs it (a set-X card read
    # "Which government spokesman said" of a party's "local government spokesman")
    ("Velm Party's local government spokesman Tom Reyes called the plan a disgrace.", "local government spokesman",
     "Tom Reyes"),
    ("Dunford fear the loss of their own goalscoring talisman Tom Reyes for the final.", "goalscoring talisman",
     "Tom Reyes"),  # "own" says whose, not what kind
    # a post after its capitalised owner's possessive
    ("Maria Lopez, Dunford Bank's chief economist, said rates would rise.", "Dunford Bank's chief economist",
     "Maria Lopez"),
    # a capitalised post after a name, with words that say of what
    ('"The market is fair," said Maria Lopez, Head of Research at Dunford Securities.',
     "Head of Research at Dunford Securities", "Maria Lopez"),
    # a word that makes the title a charge keeps it: without it the card states the charge as a fact
    ("Police in Dunford questioned accused arms dealer Tom Reed for six hours.", "accused arms dealer", "Tom Reed"),
    ("Police questioned alleged gang leader Sam Bell on Friday.", "alleged gang leader", "Sam Bell"),
    ("In a video, Tom Reed accused President Sam Bell of lying.", "President", "Sam Bell"),  # the verb, not a charge
    # "fellow" says whose fellow no more than a bare noun does: the title is the rest (a blind rater: "'fellow distance
    # runner' dangles: fellow of whom?")
    ("Ada Quill's coach and fellow distance runner Maria Lopez said the course was hard.", "distance runner",
     "Maria Lopez"),
]

ROLES += [
    # a dash that touches the words either side joins one name (set AE: "Director of the Carnegie", cut at it, was
    # "wrong as written"); a spaced dash still closes the phrase
    ("Tom Harper, Director of the Dunford–Velm Center for Policy in Oslo, said the plan would fail.",
     "Director of the Dunford–Velm Center for Policy in Oslo", "Tom Harper"),
    ("Tom Harper, director of the center – a think tank in Oslo – said the plan would fail.", "director of the center",
     "Tom Harper"),
    # "current" says the article's now, which the card says itself (set AE: "current the Federal Housing Finance Agency
    # (FHFA) Director", "ungrammatical")
    ("The current VHFA Director, Tom Reed, is an appointee of the former mayor.", "VHFA Director", "Tom Reed"),
    ("Tom Reed, the current national security adviser, said the plan would fail.", "national security adviser",
     "Tom Reed"),
    # one phrase after two names tells the second alone
    ("They read messages between Velm lawyer Ann Roe and Tom Reed, an FBI agent who worked on the probe.",
     "FBI agent", "Tom Reed"),
    # a capitalised word on the person noun heading a bare phrase after the name: a post, not a list's next name
    # (a tune page's speaker had no role, and so no who-said card)
    ('"We saw the site at once," Tom Reed, PhD student in Classical Archaeology at the University of Velm, said.',
     "PhD student in Classical Archaeology at the University of Velm", "Tom Reed"),
    ("Tom Reed, Google engineer, said the phones would sell.", "Google engineer", "Tom Reed"),
    # a name's first word the model reads as an adjective opening the sentence, which the article writes with its
    # capital inside a sentence too (set BH: the club's name cut to its second word, "cut short")
    ('Fans of Lusk and Real Dunford waited in the street. Real Dunford president Tom Reed said: "We will play the '
     'last minutes."', "Real Dunford president", "Tom Reed"),
    # a name's lone capital letter the model reads as a common noun (set BB: "Factor winner", "truncated")
    ("Fans booed X Factor winner Tom Reed at the concert.", "X Factor winner", "Tom Reed"),
    # a capitalised post whose title word follows the words of its field (an HTML tune page's speaker had no role)
    ('"The plan will fail," said Tom Reed, Research and Advocacy Director for Velmland at the Dunford Trust.',
     "Research and Advocacy Director for Velmland at the Dunford Trust", "Tom Reed"),
    # a rank after a post addresses the person: the post is the role (a tune rater: "a garbled run of titles")
    ('"It works," Joint Staff Director Lieutenant General Tom Reed said on Monday.', "Joint Staff Director",
     "Tom Reed"),
    ("The order came from Lieutenant General Tom Reed on Monday.", "Lieutenant General", "Tom Reed"),
    ("The minister met army chief General Tom Reed on Monday.", "army chief", "Tom Reed"),
    # ... but a post's own "General" is no rank
    ("Velmland Attorney General Tom Reed said the case was closed.", "Velmland Attorney General", "Tom Reed"),
    # a word of the owner's name the model read as a verb stays in it (a tune rater: "Network executive director",
    # "truncated")
    ("Fostering Velm executive director Tom Reed criticised the system.", "Fostering Velm executive director",
     "Tom Reed"),
    # a field of two nouns joined by "and" stays whole (a tune rater on "pensions spokesman": "truncated")
    ("Tory work and pensions spokesman Tom Reed said the agency had failed.", "Tory work and pensions spokesman",
     "Tom Reed"),
    # ... not a noun of the phrase before it
    ("The rally in Dunford closed with a jibe at Velm's record and party leader Tom Reed is due to speak next.",
     "party leader", "Tom Reed"),
    # a film's or band's name that opens on a figure keeps it (set BD: "Grams actress", "garbled")
    ("Fans cheered 24 Dunford actress Ines Marlow at the premiere on Sunday.", "24 Dunford actress", "Ines Marlow"),
]

NO_ROLES = [
    # two names and one phrase telling each in turn: the second name's role is not the whole phrase (set AE: "wrong
    # answer: merges two people's roles")
    ("In a joint statement, Senators Tom Reed and Ann Roe, the panel's Republican leader and senior Democrat, named "
     "the witnesses.", "Ann Roe"),
    ("The driver Sam Bell was unhurt.", "Sam Bell"),  # a bare noun says not whose or of what
    # the sentence's time before a bare noun is no part of a role (stop-110 rater on "Last year actor": "debris")
    # a post given up is not what the person is
    ("Sam Bell, the head of Velm Music Germany until last year, told the Dunford Post that sales were falling.",
     "Sam Bell"),
    ("Prizes go to the best comics and hosts. Last year actor Sam Bell won an award for his portrayal of Ed Marlow in "
     "Velm Street.", "Sam Bell"),
    # a name after two people is the second's, and the phrase is no role (a stop-105 A/B card, bad 2 of 2)
    ("Tom Reed and his wife, Anna Berg, have answered every request from the police.", "Anna Berg"),
    # ... nor "man" after a place the model read as a person's name (set-AV A/B raters on "Ulster man": "not a role")
    ('"We will keep our minds on the game," said Ulster man Tom Reed.', "Tom Reed"),
    ("Investigator Sam Bell wrote in the warrant that she was angry.", "Sam Bell"),
    ("Tom Reed is unhappy with the way his business partner Sam Bell has handled the deal.", "Sam Bell"),  # kin
    ("The prize went to Maria Lopez, Velmland's best export of the year, on Friday.", "Maria Lopez"),  # no person
    ("Maria Lopez, his party's leader, spoke on Friday.", "Maria Lopez"),  # "his": an owner the card cannot name
    # an adjective's person noun that names other people: no role of the subject's
    ("Stars to quit the show include Tom Reed, former soap actress Ann Roe and ex-band singer Sam Bell "
     "who all left early.", "Tom Reed"),
    ("Ann Roe, former hurdler Tom Reed and former sprinter Sam Bell - who is now a coach - all asked why.", "Ann Roe"),
    # a possessive's post on a subject with no first name: a company the model read as a person
    ("Orbital Velm, NASA's other shipper, launched a rocket on Friday.", "Orbital Velm"),
    # a capitalised post that says not of what
    ("The Dunford Theatre Wing (Sam Bell, President and CEO) is dedicated to the arts.", "Sam Bell"),
    ("Fellow Democrat Sam Bell said the bill would fail.", "Democrat Sam Bell"),  # "Fellow" alone: no role
    # a hyphened noun alone is a bare noun too
    ("Crosby turned political veteran and apparent no-hoper Sam Bell into a serial election winner.", "Sam Bell"),
    # a list's next name or title after a name, with no preposition after the title word to say of what
    ("Ann Roe, along with Tom Reed, Lisa Ray and Senator Sam Bell, has emerged as pivotal to the plan.", "Tom Reed"),
    ("The games include Velm Quest, Dunford Manager 2020, Grid Racer and more.", "Velm Quest"),
]


@pytest.mark.parametrize(("sentence", "person"), NO_ROLES)
def test_no_role_from_a_bare_noun_kin_or_a_post_that_says_not_of_what(nlp, sentence, person):
    assert not {role for role, who in _of(nlp, sentence, FactKind.ROLE) if who == person}


@pytest.mark.parametrize(("sentence", "role"), [
    ("Apple praised legendary CEO Maria Lopez for the design.", "CEO"),  # an adjective on the title is no part of it
    ("The company CEO Maria Lopez resigned on Friday.", "CEO"),  # "company CEO" says not whose
])
def test_a_word_before_a_title_that_says_not_which_stays_out(nlp, sentence, role):
    assert {r for r, who in _of(nlp, sentence, FactKind.ROLE) if who == "Maria Lopez"} <= {role}


def test_a_list_of_posts_and_names_is_not_the_first_names_role(nlp):
    # the phrase after the first name is the list's next posts and names (set AQ: "wrong answer")
    text = "The scandal led to the exit of board chairman Tom Reed, finance director Ann Roe and editor Sam Bell."
    assert {role for role, who in _of(nlp, text, FactKind.ROLE) if who == "Tom Reed"} == {"board chairman"}


@pytest.mark.parametrize(("sentence", "role", "person"), ROLES)
def test_roles_in_both_orders_and_titles(nlp, sentence, role, person):
    assert (role, person) in _of(nlp, sentence, FactKind.ROLE)


def test_a_role_after_a_name_describes_that_name_not_the_next(nlp):
    """A phrase is fronted only after an opening phrase that names no one and has no verb: "Tom Harper, the mayor,
    Anna Berg, …" makes Harper the mayor, not Berg."""
    sentence = "Tom Harper, the mayor, Anna Berg, and Omar Diallo met the striking nurses on Friday."
    assert not {(role, person) for role, person in _of(nlp, sentence, FactKind.ROLE) if person == "Anna Berg"}


def test_a_list_in_a_clause_is_no_fronted_role(nlp):
    """After an opening clause with a verb, the words before a name's comma are a list's item, not its role."""
    sentence = ("After rebels in Dunford staged an uprising in 2003, the army and its allies killed thousands of "
                "civilians, leading to condemnation around the world, genocide charges at the court against "
                "Velmland's president, Omar Hassan al-Bashir, and a new round of sanctions.")
    assert ("Omar Hassan al-Bashir", "") in _of(nlp, sentence, FactKind.PERSON)
    assert not _of(nlp, sentence, FactKind.DEFINITION) | _of(nlp, sentence, FactKind.ROLE)


DEFINITIONS = [
    ("The Army bought the Sentinel-7, a long-range reconnaissance drone that can fly for two days.",
     "long-range reconnaissance drone", "Sentinel-7"),
    ("The KN-25 is a super-large multiple rocket launcher.", "super-large multiple rocket launcher", "KN-25"),
    ("The Osprey-3, a twin-engine transport aircraft built in Italy, landed safely.",
     "twin-engine transport aircraft", "Osprey-3"),
]


@pytest.mark.parametrize(("sentence", "definition", "term"), DEFINITIONS)
def test_definitions_from_appositive_and_copula(nlp, sentence, definition, term):
    assert (definition, term) in _of(nlp, sentence, FactKind.DEFINITION)


def test_definition_names_the_class_by_its_head_noun(nlp):
    text = "The Osprey-3, a twin-engine transport aircraft built in Italy, landed safely."
    facts = extract_facts(nlp(text))
    assert {(f.answer, f.topic) for f in facts if f.kind is FactKind.EQUIPMENT} == {("Osprey-3", "aircraft")}


def test_title_words_are_not_an_organisation(nlp):
    facts = extract_facts(nlp("Defence Minister Anna Berg visited the base in Gdansk."))
    assert ("Defence Minister", "Anna Berg") in {(f.answer, f.topic) for f in facts if f.kind is FactKind.ROLE}
    assert not [f for f in facts if f.kind is FactKind.ORGANIZATION and f.answer in "Defence Minister"]


def test_adjective_phrases_are_not_roles(nlp):
    text = "Omar Diallo, unhappy with the lack of progress in the talks, left the room."
    assert _of(nlp, text, FactKind.ROLE) == set()


@pytest.mark.parametrize(("sentence", "roles"), [
    # "one of 10 people" said which ones only in the clause the phrase stops before: it goes, the rest stays
    ("Ines Marlow, the bank's longest-serving director and one of 10 people who set its rates, said the plan was "
     "risky.", {"bank's longest-serving director"}),
    ("Dario Venn, one of 12 jurors who heard the case, said the verdict was fair.", set()),
    # with nothing cut after it, a part "one of …" says which itself
    ("Ines Marlow, the mayor of Velm and one of the founders of the Velm Harbour Trust, said the plan was ready.",
     {"mayor of Velm and one of the founders of the Velm Harbour Trust"}),
])
def test_a_role_keeps_no_one_of_whose_clause_is_cut(nlp, sentence, roles):
    assert {role for role, _ in _of(nlp, sentence, FactKind.ROLE)} == roles


@pytest.mark.parametrize("sentence", [
    "Earlier this week, Omar Diallo, the mayor, opened the bridge.",
    "Last week, Omar Diallo, the mayor, opened the bridge.",
    "In a statement, Omar Diallo, the mayor, praised the workers.",
    "Omar Diallo, last week, opened the bridge.",
])
def test_fronted_time_and_setting_are_not_roles(nlp, sentence):
    assert {role for role, _ in _of(nlp, sentence, FactKind.ROLE)} <= {"mayor"}


def test_lists_are_not_appositives(nlp):
    text = "Anna Berg, Omar Diallo, and Tom Harper signed the letter."
    assert _of(nlp, text, FactKind.ROLE) == set()


def test_head_noun_makes_an_organisation(nlp):
    orgs = {a for a, _ in _of(nlp, "The state broadcaster Radio Tirana reported the fire.", FactKind.ORGANIZATION)}
    assert "Radio Tirana" in orgs


def test_missed_organisation_recovered_from_a_role(nlp):
    text = "Colonel Ana Ruiz, spokesperson for the Spanish Joint Defence Staff, told reporters the drill was over."
    assert "Joint Defence Staff" in {a for a, _ in _of(nlp, text, FactKind.ORGANIZATION)}
    assert "Ana Ruiz" in {a for a, _ in _of(nlp, text, FactKind.PERSON)}


def test_appositive_settles_what_the_model_misread():
    from quizgen.facts.appositives import Apposition
    from quizgen.facts.mentions import Mention, settle_labels

    person_as_org = Mention(0, 2, "ORG")
    paper_as_person = Mention(10, 12, "PERSON")
    apps = settle_labels([person_as_org, paper_as_person], [
        Apposition("definition", 0, 2, 3, 6, "fellow"),
        Apposition("role", 10, 12, 13, 15, "newspaper"),
    ])
    assert (person_as_org.label, apps[0].kind) == ("PERSON", "role")
    assert (paper_as_person.label, apps[1].kind) == ("ORG", "definition")


def test_a_misread_analyst_becomes_a_person_with_a_role(nlp):
    text = ("Ankit Panda, a senior fellow at the Carnegie Endowment for International Peace, wrote that the test "
            "showed “steady progress” on the system. Panda said the missile was new.")
    facts = extract_facts(nlp(text))
    assert ("senior fellow at the Carnegie Endowment for International Peace", "Ankit Panda") in {
        (f.answer, f.topic) for f in facts if f.kind is FactKind.ROLE}
    assert ("Ankit Panda", "steady progress") in {(f.answer, f.topic) for f in facts if f.kind is FactKind.QUOTE}
    # the short "Panda" is written out in full
    assert ("Ankit Panda", "Ankit Panda") in {(f.answer, f.canonical) for f in facts
                                              if f.kind is FactKind.PERSON and f.sentence_index == 1}


# Model-free: docs made by hand (tests/hand_doc.py), each row one branch of the rules.

def test_a_verb_modifying_the_head_noun_stays_in_the_phrase():
    from quizgen.facts.appositives import find_appositions
    from tests.hand_doc import hand_doc

    doc = hand_doc("Vela , a shipping company , said so .", pos="PROPN PUNCT DET VERB NOUN PUNCT VERB ADV PUNCT",
                   deps="nsubj punct det nmod appos punct ROOT advmod punct", heads=[6, 0, 4, 4, 0, 0, 6, 6, 6])
    found = find_appositions(doc, [(0, 1, "ORG")])
    assert [(a.kind, doc[a.start:a.end].text, a.head) for a in found] == [("definition", "shipping company", "company")]


def test_the_head_noun_comes_before_any_preposition():
    from quizgen.facts.appositives import find_appositions
    from tests.hand_doc import hand_doc

    doc = hand_doc("Anna Berg , a carpenter by trade , built the stage .")
    found = find_appositions(doc, [(0, 2, "PERSON")])
    assert [(a.kind, doc[a.start:a.end].text, a.head) for a in found] == [("role", "carpenter by trade", "carpenter")]


def test_a_copula_phrase_may_end_at_which():
    from quizgen.facts.appositives import find_appositions
    from tests.hand_doc import hand_doc

    doc = hand_doc("The Sentinel-7 is a reconnaissance drone which can fly for two days .")
    found = find_appositions(doc, [(1, 2, "EQUIPMENT")])
    assert [(a.kind, doc[a.start:a.end].text, a.head) for a in found] == [
        ("definition", "reconnaissance drone", "drone")]


def test_a_name_and_comma_ending_the_text_is_no_appositive():
    from quizgen.facts.appositives import find_appositions
    from tests.hand_doc import hand_doc

    doc = hand_doc("The prize went to Omar Diallo ,")  # a cut-off text: nothing after the comma
    assert find_appositions(doc, [(4, 6, "PERSON")]) == []


@pytest.mark.parametrize(("text", "span", "org"), [
    ("The state newspaper Rodong Sinmun said so .", (3, 5), True),
    ("The Nimitz carrier sailed at dawn .", (1, 2), False),  # a ship, not a firm
    ("The Abrams tank broke down .", (1, 2), False),
])
def test_a_head_noun_after_a_name_makes_an_organisation_except_a_vehicle(text, span, org):
    from quizgen.facts.appositives import org_by_head
    from tests.hand_doc import hand_doc

    assert org_by_head(hand_doc(text), *span) is org


@pytest.mark.parametrize(("sentence", "term", "definition"), [
    # the parse hangs the appositive on the island, not on the name that ends its place phrase
    ("This tiny, secluded island in the Caribbean West Indies, an imposing piece of old volcano ringed by cliffs, "
     "is covered with bushes.", "Caribbean West Indies", None),
    ("The team visited Redonda, a tiny island in the Caribbean, in 2019.", "Redonda", "tiny island in the Caribbean"),
])
def test_an_appositive_describes_the_noun_the_parse_hangs_it_on(nlp, sentence, term, definition):
    found = {answer for answer, topic in _of(nlp, sentence, FactKind.DEFINITION) if topic == term}
    assert found == ({definition} if definition else set())


# Wrong definitions blind raters would reject, each kept out by one rule (tune pages: 32 of 65 definition facts were
# wrong or asked "What is" of a person, e.g. "What is marijuana? → methamphetamine", "What is Infrared Astronomy?")
@pytest.mark.parametrize(("sentence", "term"), [
    # a list's next item is no appositive (``_list_goes_on``)
    ("Border agents logged seizures of cocaine, heroin, marijuana, methamphetamine, and fentanyl in March.",
     "marijuana"),
    ("The report lists cocaine, heroin, marijuana, methamphetamine and fentanyl among the seized drugs.", "marijuana"),
    ("What if Tron, the board game Simon, a stag beetle, Godzilla and a jazz band met in a dream?", "Tron"),
    ("What if Tron, the board game Simon, a stag beetle, Godzilla and a jazz band met in a dream?", "Simon"),
    # the tail of a name the model cut at "for" / "and", or after a capitalised word (``_tail_of_a_name``)
    ("The bill includes $70 million for the Stratospheric Observatory for Infrared Astronomy, an airborne telescope "
     "that NASA had planned to retire.", "Infrared Astronomy"),
    ("Exports rose 9 percent, according to the World Travel and Tourism Council, an industry body.",
     "Tourism Council"),
    ("In its forecast, SBM Intel, a Lagos research firm, says the economy will shrink.", "Intel"),
])
def test_a_list_or_a_cut_name_is_not_defined(nlp, sentence, term):
    assert term not in {topic for _, topic in _of(nlp, sentence, FactKind.DEFINITION)}


@pytest.mark.parametrize(("sentence", "definition", "term"), [
    # a thing's name the model cut is defined whole (``_name_start``); a person's so cut is no person's (above)
    ("Exports rose 9 percent, according to the World Travel and Tourism Council, an industry body.",
     "industry body", "World Travel and Tourism Council"),
    ("In its forecast, SBM Intel, a Lagos research firm, says the economy will shrink.", "Lagos research firm",
     "SBM Intel"),
])
def test_a_cut_name_is_defined_whole(nlp, sentence, definition, term):
    assert (definition, term) in _of(nlp, sentence, FactKind.DEFINITION)


def test_the_letters_after_a_name_are_no_body(nlp):
    text = 'Most of the money is new. Scottish Finance Minister, Tom Holt MSP, said: "I announced an extra £41m."'
    assert ("MSP", "ORG") in {(e.text, e.label_) for e in nlp(text).ents}
    assert "MSP" not in {answer for answer, _ in _of(nlp, text, FactKind.ORGANIZATION)}


def test_one_name_is_not_a_plural_thing(nlp):
    # "Henry Vance, the editors …": one name cannot be several people or things (``_plural_head``)
    text = "Henry Vance, the editors of the Daily Courier, said the error would be corrected."
    assert not _of(nlp, text, FactKind.DEFINITION) | _of(nlp, text, FactKind.ROLE)


@pytest.mark.parametrize(("sentence", "definition", "term"), [
    # a place and its country after the phrase are no list
    ("Rodger Novak is now chief executive of Helix Therapeutics, a startup in Basel, Switzerland, that makes gene "
     "tools.", "startup in Basel", "Helix Therapeutics"),
    # the last name of a list is no cut name: its appositive stays
    ("Brant Mayer led key acquisitions, including Marvel Entertainment, Lucasfilm and BamTech, the little-known firm "
     "that ran the streaming service.", "little-known firm", "BamTech"),    # a body's whole name ends at its head noun: the next name after "and" is defined alone (a set-U card asked
    # "What is the Licensed Taxi Drivers Association and Pointsec?" → "mobile-data backup firm", rated bad)
    ("Londoners lose the most laptops, according to research by the Velm Cab Drivers Association and Dunsec, a "
     "mobile-data backup firm.", "mobile-data backup firm", "Dunsec"),
])
def test_a_place_qualifier_or_a_list_end_keeps_its_definition(nlp, sentence, definition, term):
    assert (definition, term) in _of(nlp, sentence, FactKind.DEFINITION)


def test_a_named_person_keeps_a_role_whatever_the_noun(nlp):
    # a first name and a surname the article uses alone: a person ("Who is Martha Quill?"), though "icon" is no
    # person noun the lexicon knows; with no surname alone it may be either, and is neither defined nor given a role
    text = "Martha Quill, a fashion icon, arrived at the clinic on Tuesday."
    assert _of(nlp, text + " Quill said she was tired.", FactKind.ROLE) == {("fashion icon", "Martha Quill")}
    assert not _of(nlp, text + " Quill said she was tired.", FactKind.DEFINITION)
    assert not _of(nlp, text, FactKind.DEFINITION) | _of(nlp, text, FactKind.ROLE)


def test_a_person_noun_with_no_persons_ending_gives_a_role(nlp):
    """"nurse", "sheriff": the lexicon's person nouns make a role even for a name the article never uses alone."""
    text = "Martha Quill, a veteran nurse, arrived at the clinic on Tuesday."
    assert _of(nlp, text, FactKind.ROLE) == {("veteran nurse", "Martha Quill")}


@pytest.mark.parametrize(("sentence", "roles"), [
    # two appositives stacked: the second says what the body of the first is; no list
    ("Nadia Perez, senior analyst at the Harlow Institute for Fiscal Studies, a research and advocacy group, said "
     "rates matter.", {("senior analyst at the Harlow Institute for Fiscal Studies", "Nadia Perez")}),
    # a place and its country end the phrase, and the role goes on after them: no list
    ("Lena Ortiz, a research fellow at the Halden Institute for Marine Science in Bergen, Norway, and co-author of "
     "the study, said the reef was recovering.",
     {("research fellow at the Halden Institute for Marine Science in Bergen", "Lena Ortiz")}),
    # a person's name after a body's and "and" is no cut name: the role stays
    ("The letter was signed by the director of the Norland Border Agency and Alex Prior, a retired judge, last "
     "week.", {("retired judge", "Alex Prior")}),
    # two people, each with a role, joined by "and": no list of things either
    ("Dana Hill, the former trade envoy, and Omar Diallo, a retired judge, testified side by side.",
     {("former trade envoy", "Dana Hill"), ("retired judge", "Omar Diallo")}),
])
def test_stacked_or_paired_appositives_keep_their_roles(nlp, sentence, roles):
    assert roles <= _of(nlp, sentence, FactKind.ROLE)


def test_a_maiden_name_is_no_role(nlp):
    # "née Ellen Fetter" names her, it says not what she is (lexicon's not_role_heads)
    text = "Ellen Gille, née Ellen Fetter, joined the laboratory in 1963. Gille wrote the code."
    assert not _of(nlp, text, FactKind.ROLE) | _of(nlp, text, FactKind.DEFINITION)


def test_a_quotation_defines_nothing(nlp):
    # a quotation's words are its speaker's, not what the thing is ("Inmarsat is a long-time partner"), and its
    # commas are not the writer's ("… about Lorenz, the great discovery — nothing")
    said = "“Of all the books written about Lorenz, the great discovery — nothing,” Dana Hill said."
    assert not _of(nlp, said, FactKind.DEFINITION)
    assert _of(nlp, "Orbis, a satellite operator, launched the craft in May.", FactKind.DEFINITION) == {
        ("satellite operator", "Orbis")}


@pytest.mark.parametrize(("sentence", "role", "person"), [
    # a head noun an organisation has ("maker") does not make a named person a body (``named_like_a_person``)
    ("Tom Hale is the main decision-maker on the deal. Hale has not committed to specifics.",
     "main decision-maker on the deal", "Tom Hale"),
    # a surname alone is read as the full name the article gives ("Trump" of "Donald Trump")
    ("Advisers met Donald Trump on Monday. Trump is the final decision-maker in the US on any deal, White House "
     "advisers say. Trump has not committed to specifics.", "final decision-maker in the US on any deal",
     "Donald Trump"),
    # a person the model read as a body is a person by name ("What is Mason Rudolph?" was asked)
    ("But that was against Mason Rudolph, a below average quarterback. Rudolph threw two interceptions.",
     "below average quarterback", "Mason Rudolph"),
])
def test_a_person_by_name_is_asked_who_not_what(nlp, sentence, role, person):
    assert (role, person) in _of(nlp, sentence, FactKind.ROLE)
    assert person not in {topic for _, topic in _of(nlp, sentence, FactKind.DEFINITION)}


def test_a_quotation_gives_no_role_but_a_title_stands(nlp):
    # the speaker's "Lorenz, the great discovery" is no role of Lorenz; "Prime Minister Anna Berg" is a title wherever
    text = ("Edward Lorenz worked at MIT. “Of all the books written about Lorenz, the great discovery — nothing,” Dana "
            "Hill said. Lorenz died in 2008.")
    assert not {role for role, _ in _of(nlp, text, FactKind.ROLE) if "discovery" in role}
    said = "“We thank Prime Minister Anna Berg for her help,” Dana Hill said."
    assert ("Prime Minister", "Anna Berg") in _of(nlp, said, FactKind.ROLE)


def test_a_role_after_a_quote_closed_by_two_single_marks(nlp):
    # the reader makes "’’" the "”" it stands for; without it the quotation runs on and the role reads as quoted
    from quizgen.read.article import parse_article

    raw = ("Residents were angry. “The figures were made up to fool the council,’’ Tom Harper, chief executive "
           "of the Halden Trust, said.")
    assert ("chief executive of the Halden Trust", "Tom Harper") in _of(nlp, parse_article(raw, "row").text,
                                                                         FactKind.ROLE)


@pytest.mark.parametrize(("sentence", "role", "person"), [
    ("Former National Security Adviser Peter Holt told lawmakers that the talks had stalled.",
     "Former National Security Adviser", "Peter Holt"),
    ("The minister met former Velmland trade minister Ana Ruiz in Dunford on Monday.",
     "former Velmland trade minister", "Ana Ruiz"),
    ("Lawmakers questioned former Vice President Tomas Vell about the contract.", "former Vice President",
     "Tomas Vell"),
    # "ex-" joined to the title, or to a capitalised word on it (a rater: "he is an ex-Foreign Secretary")
    ("The donor spoke as ex-Foreign Secretary Robin Tull said he hoped the leader would stay.",
     "ex-Foreign Secretary", "Robin Tull"),
    ("Ex-Velmland leader Neil Marlow said the party would unite.", "Ex-Velmland leader", "Neil Marlow"),
])
def test_a_former_title_keeps_its_former(nlp, sentence, role, person):
    """"former National Security Adviser John Bolton" was not the adviser when the article ran: a card answering
    "National Security Adviser" for the article's month is wrong (blind raters, three role cards)."""
    facts = extract_facts(nlp(sentence))
    assert (role, person) in {(f.answer, f.topic) for f in facts if f.kind is FactKind.ROLE}
    # the title's words are no body's name: "Vice President" alone is no organisation, nor "Former … Adviser"
    assert not [f for f in facts if f.kind is FactKind.ORGANIZATION and f.answer in role]


def test_a_former_title_leaves_the_body_it_names(nlp):
    facts = extract_facts(nlp("Former Velmland Security Council official Peter Holt told investigators he saw it."))
    assert {f.answer for f in facts if f.kind is FactKind.ORGANIZATION} == {"Velmland Security Council"}


def test_a_role_at_a_paragraphs_unstopped_end_ends_inside_its_sentence(nlp):
    """"Kari Holm, an integral member of the Velm whale recovery team⏎": the line break is no part of the answer, so
    the fact ends where its sentence does (its end had passed it by one, and a card's full stop fell in the blank)."""
    text = ("The whales came ashore near Karlsby on Sunday morning.\nKari Holm, an integral member of the Velm whale "
            "recovery team\nThe crews worked through the night to save them.")
    (role,) = [f for f in extract_facts(nlp(text)) if f.kind is FactKind.ROLE]
    assert role.answer == "integral member of the Velm whale recovery team"
    assert role.sentence[role.start:role.end] == role.answer and role.end <= len(role.sentence)


def test_a_name_ending_in_its_possessive_keeps_it(nlp):
    """"McDonald's" closing a role is the company's name, not a possessive cut short (set AY: an answer "… giant
    McDonald", "truncated")."""
    sentence = "Tom Reed, the former head of fast-food chain Velmart's, has died aged 44."
    assert ("former head of fast-food chain Velmart's", "Tom Reed") in _of(nlp, sentence, FactKind.ROLE)


def test_a_possessive_before_a_quote_mark_owns_what_the_quote_names(nlp):
    """"near Danang’s “China Beach”": the quote after the "’s" is what it owns, so the phrase ends before both."""
    sentence = ("“Everyone tried it,” said Tom Reed, drinking tea at Velm’s Cafe, a small café near Velmton’s "
                "“Sea Beach”.")
    assert {answer for answer, _ in _of(nlp, sentence, FactKind.DEFINITION)} == {"small café near Velmton"}
