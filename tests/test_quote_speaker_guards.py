"""A quote is credited only to the one who said it (issue 14): never to a name in a phrase that runs on after the
quote, to the hearer of a passive speech verb, to a possessor, to a person an earlier sentence named when the quote's
own sentence names someone else first, or to a man (woman) named beside a "he" ("she") no one could name. Sentences
written for the tests."""

from __future__ import annotations

import pytest

from quizgen.facts.extract import extract_facts
from quizgen.facts.model import FactKind
from quizgen.facts.speaker_names import names_in_quote, shared_surname, surname_owner

_DESCRIBED = ('Velm coach Tom Reed will fine winger Ed Marlow after all for the elbow he threw at Lusk full-back Kevin '
              'Dorn.\n\n{} first stood by Marlow, whose red card left Velm a man short in a match they went on to '
              'lose 2-1, saying Dorn made too much of it. But he has changed his mind since watching the replay again. '
              'He said: "I think I ought to put things right by admitting the red card was the correct decision."')

CASES = [
    # a phrase running on after the quote names a body; the speaker comes after its comma
    ('"We expect the mine to follow the rules under full monitoring" by the IAEA, Jane Roe said.', ["Jane Roe"]),
    # a name inside a phrase after a scare quote is no speaker
    ('To prove he was "first to invent" the use of the Acme method in mice, Tom Berg supplied notebooks that he '
     'says show it.', []),
    # a passive speech verb: its subject heard the words, or is what was said
    ('In one memo John Doe was warned that "the stores will close within a year".', []),
    ("Acme's plans embrace what has been called the \"open door model\" of retail.", []),
    # ... but "was quoted as saying" still names the speaker
    ('Tom Berg was quoted as saying "the mine will reopen in June".', ["Tom Berg"]),
    # a possessor did not speak: its campaign did
    ("Acme's campaign hit back, saying that the \"plan is a costly mistake for every town\".", []),
    # the pronoun's own sentence names its subject first: not the woman named in the sentence before
    ('Mary Curran runs the Curry Club in Leith. Marit, 21, a Korean exchange student at Oslo University, came second '
     'in the contest, but she admitted the prize "came with a price".', []),
    ('Mary Curran runs the Curry Club in Leith. Tom Berg came second, but she said the prize "came with a price".',
     ["Mary Curran"]),  # "she" is not Tom: the earlier sentence's woman
    ('Mary Curran runs the Curry Club in Leith. Taylor Berg came second, but she said the prize "came with a price".',
     ["Taylor Berg"]),  # a first name the list gives as only mostly a man's may be hers: the nearer subject
    ('Mary Curran runs the Curry Club in Leith. "Lisa Park is wrong about the prize," she said.',
     ["Mary Curran"]),  # a name inside the quote is no one who speaks
    # someone else is shown speaking before the quote in its sentence: two could be meant, no one is named
    ('Police questioned Judy Avalos, and she said she had dreamt of the fire, adding that "when she has a dream, it '
     'comes true," Detective Tom Berg wrote.', []),
    ('The plan is "a costly mistake for the town," Tom Berg said.', ["Tom Berg"]),
    # a possessor's title before the speaker: the speaker, not the one the title is of
    ('John Doe founded Acme in 1999. "He built this company from nothing," Doe\'s successor, Tom Berg, said.',
     ["Tom Berg"]),
    ('John Doe founded Acme in 1999. "He built this company from nothing," said Doe\'s successor, Tom Berg.',
     ["Tom Berg"]),
    ('John Doe founded Acme in 1999. "We will keep his promise to our customers," John Doe\'s longtime deputy Tom '
     'Berg said.', ["Tom Berg"]),  # the model's name span takes in the "'s"
    ("Tom Berg's campaign hit back, saying that the \"plan is a costly mistake for every town\".", []),
    # one man hired another just before "he said": either could be meant
    ('John Doe founded Acme in 1999. Doe hired Tom Berg in 2009. "He built this company from nothing," he said.', []),
    ('John Doe founded Acme in 1999. Doe hired Mary Curran in 2009. "I built this company from nothing," he said.',
     ["John Doe"]),
    # what someone cried out, reported by another: not the reporter's words
    ('Tom Berg added that Ken Lund surfaced after a few seconds, yelled "shark attack!", and began paddling to '
     'shore.', []),
    ('Tom Berg said the storm left the town "in a terrible state for weeks".', ["Tom Berg"]),
    # the speech verb nearest the quote has a subject of its own that is no named speaker: not a nearer name's words
    ('In a memo, Tom Berg, then her private secretary, said the prime minister believed the plan would lead to '
     '"lower standards and a shift away from learning".', []),
    ('After meeting Tom Berg, the ministry said: "The port will stay open all winter."', []),
    # "he said" after a sentence about one man, when the man before spoke: either could be meant
    ('Acme chief executive Tom Berg announced the sale on Monday.\nJohn Doe founded the company in 1999 and still '
     'owns a third of it.\n"This is the right time to sell," he said.', []),
    ('Mary Curran said on Monday that the company would be sold. John Doe founded the company in 1999. "This is the '
     'right time to sell," he said.', ["John Doe"]),  # no other man spoke
    ('Tom Berg added that the bill John Doe signed would cut jobs. "It is a costly mistake," he said.', ["Tom Berg"]),
    # the speaker of a quote after "and said" is the subject of the verb it is joined to, not a nearer name
    ('Erik Lind Jr., the grandson of President Frank Lind, spoke on Friday and said of his grandfather: "What he '
     'created then was a great legacy for this country."', ["Erik Lind Jr."]),
    # a sentence about a "he" no one could name, naming another man beside him: a later "he" is not that man
    ('Mary Curran runs the Curry Club in Leith. He moved back to Hull, the town where he and Tom Berg grew up. Over '
     'the years, he has opened a string of bakeries there. "The hardest part is finding bakers who stay," he said.',
     []),
    ('Mary Curran runs the Curry Club in Leith. He moved back to Hull, the town where he and Tom Berg grew up. "The '
     'hardest part is finding cooks who stay," she said.', ["Mary Curran"]),  # a "she" still finds the woman
    ('Ken Lund moved back to Hull, the town where he and Tom Berg grew up. Over the years, he has opened a string of '
     'bakeries there. "The hardest part is finding bakers who stay," he said.', ["Ken Lund"]),  # the subject named
    # the subject is a name the model knows no person by, beside a man it names (a film's character): either
    # could be the "he" after it
    ('Tom Berg plays Abel Morales, a businessman in a very violent city. Velmeroth credited the long friendship of '
     'the two actors for making Abel and Anna’s relationship feel so real. “It was just meant to be,” he said.', []),
    ('Tom Berg plays Abel Morales, a businessman in a very violent city. Brandauer credited the long friendship of '
     'the two actors for making Abel and Anna’s relationship feel so real. “It was just meant to be,” he said.',
     ["Brandauer"]),  # a subject the model reads as a person is the one speaking
    # the subject is someone the article names by a description ("The Welshman"), beside men it names: a later
    # "he" is likelier them (a set-BG card credited a manager's words to the player he spoke of, a wrong answer)
    (_DESCRIBED.format("The Welshman"), []),
    (_DESCRIBED.format("Reed"), ["Tom Reed"]),  # named, he is the one speaking
    # someone shown speaking by a role alone, beside a man the sentence names: the later "he" goes on with them
    ('On television, President Tom Berg\'s chief aide said the tax was needed. "The tax applies only to the dollar '
     'and to nothing else," he said.', []),
    ('On television, President Tom Berg said the tax was needed. "The tax applies only to the dollar and to nothing '
     'else," he said.', ["Tom Berg"]),
    ('A spokesman, John Kirby, said the port would reopen. "We expect the first ships by June," he said.',
     ["John Kirby"]),  # the role is named
    # … beside a man only, when the "she" that follows fits the one shown by a role (a spokeswoman): not a woman
    # named before (a set-U card credited an office spokeswoman's words to a party two sentences back)
    ('Mary Curran filed a complaint about the Acme call centre. Tom Berg wrote to the regulator last week. A '
     'spokeswoman for the regulator said it was examining Mr Berg\'s complaint. "We are looking at the evidence '
     'given to us," she said.', []),
    # a name the model knows no person by, alone as its sentence's subject, is likelier the "he" that follows than a
    # man named further back (a set-V card credited a picket's words to the chancellor, a wrong answer)
    ('Chancellor Tom Berg announced that 9,000 jobs would be cut. The chancellor has said that the cuts will pay for '
     'more teachers. Piers Kindlove is senior benefit officer on the picket line at Velm House. He said: "The '
     'majority of people have decided not to come in because of the threat to their jobs."', []),
    # a named speaker's title, parsed as a second subject, is no unnamed one
    ('The key to the tires\' durability is maximizing air pressure, says John Doe, lead test engineer for Acme '
     'Aircraft Tires. "Most of the strength comes from the air inside," he says.', ["John Doe"]),
    ('Tom Berg is a convicted felon and owned a handgun, prosecutors said. "I will never own one again," he said.',
     ["Tom Berg"]),  # speakers in the plural: no "he" goes on with them
    # a name under a verb of asking is one side of the question, not surely the one who answers it
    ('Asked if John Doe could return to politics, he replied: "I have always said John was a fine colleague."', []),
    ('When John Doe asked if he could show the letters, he declined, saying "Those letters stay private for now."',
     []),
    # an unnamed "him" before the one person a sentence names, who is not its subject: a later "he" goes on with him
    ('Ken Lund grew up in Leeds. On a trip to York, his sister introduced him to the painter Tom Berg. "I knew then '
     'what I wanted to do," he said.', []),
    ('Ken Lund grew up in Leeds. On a trip to York, the painter Tom Berg met a collector. "I knew then what I wanted '
     'to do," he said.', ["Tom Berg"]),
    ('Ken Lund grew up in Leeds. When his sister moved to York, Tom Berg followed her there. "I knew then what I '
     'wanted to do," he said.', ["Tom Berg"]),  # the man named is the subject
    ('Tom Berg spoke to the press on Monday. But the club has had a place in his heart since 1984, Tom Berg said. '
     '"I knew then what I wanted to do," he said.', ["Tom Berg"]),  # the subject of "said"
    # a subject named by a title the article gave one person: a later "he" goes on with that person
    ('Ferries will carry fewer cars from May, Transport Secretary Ken Lund has said. Opposition whip Tom Berg said '
     'his party would fight the plan. The transport secretary said he expected the ports to cope. Interviewed on '
     'the radio, he said "the ferries will keep running on time".', ["Ken Lund"]),
    ('Ferries will carry fewer cars from May, Transport Secretary Ken Lund has said. Opposition whip Tom Berg said '
     'his party would fight the plan. Interviewed on the radio, he said "the ferries will keep running on time".',
     ["Tom Berg"]),  # no sentence in between: the man named last
    # a he speaking in an aside, beside a man the sentence names by a possessive: a later "he" is likelier the one
    # speaking (a tune card credited a critic's words to the director whose film he spoke of, a wrong answer)
    ('Critic Tom Reed spoke to the press on Monday. The trouble with Ken Lund\'s film, he believed, was its length. '
     '"Nobody will sit through three hours of a film like that," he said.', []),
    ('Critic Tom Reed spoke to the press on Monday. The trouble with the film was its length. "Nobody will sit '
     'through three hours of a film like that," he said.', ["Tom Reed"]),
    # a subject shown by a post the article never gave the man named before, who holds another: a later "he" is
    # likelier the one shown by that post (set BH: the prime minister's refusal was credited to the home secretary)
    ('Home Secretary Ken Lund is due to set out the ferry plan. The prime minister on Sunday said the rules would be '
     'toughened. "No arbitrary figure can reflect the needs of the ports," he said.', []),
    ('Home Secretary Ken Lund is due to set out the ferry plan. The home secretary on Sunday said the rules would be '
     'toughened. "No arbitrary figure can reflect the needs of the ports," he said.', ["Ken Lund"]),  # his own post
    ('Port mayor Ken Lund is due to set out the ferry plan. The mayor on Sunday said the rules would be toughened. '
     '"No arbitrary figure can reflect the needs of the ports," he said.', ["Ken Lund"]),  # the same post word
    ('Ken Lund is due to set out the ferry plan. The prime minister on Sunday said the rules would be toughened. '
     '"No arbitrary figure can reflect the needs of the ports," he said.', ["Ken Lund"]),  # no post known: his
    # a he after a sentence whose main verb's subject is one man and a clause under it another: the main subject
    ('Mr Lund, the mayor of a coastal town, had claimed that Mr Berg would lose the vote. He said he wanted a '
     'recount. "The ballots in the north were counted twice," he said.', ["Lund"]),
    # unchanged: an attribution clause with a relative clause naming a second person
    ('"We will open ten stores next year," said Jane Roe, who co-founded Acme with John Doe.', ["Jane Roe"]),
    # a person by a common noun is the subject over the he: the he goes on with that person, whom no name gives
    ('Ken Lund and Tom Berg were freed on Monday. Mr Lund\'s father said he had been told he could visit his son '
     'and would say he was "a hero to us all".', []),
    ('Ken Lund and Tom Berg were freed on Monday. Their lawyer said the court had been told he would say he was '
     '"a hero to us all".', []),
    # ... but not a subject of another clause, beside the he's own ("When the former president was talking …, he
    # said"): the tracker decides, as before
    ('Ken Lund was freed on Monday. When the former mayor was talking about the loan, he said the loan was "long '
     'since gone from the books".', ["Ken Lund"]),
    # a quote that names the one its "he" would go on with speaks of him: someone else said it (a set-X card credited
    # words about a player to that player)
    ('Ken Lund, a semi-finalist in 2004, looked set to push Tom Berg all the way when he took the second set. The '
     'Russian hit himself on the head once. "I try to stay calm against players like Lund, because he is a tough '
     'opponent," he said.', []),
    ('Ken Lund, a semi-finalist in 2004, looked set to push Tom Berg all the way when he took the second set. The '
     'Russian hit himself on the head once. "I try to stay calm against players like him, because he is a tough '
     'opponent," he said.', ["Ken Lund"]),  # the quote names no one: the tracker's man, as before
    # a surname the model reads as a body, after the one person of the article who has it: that person (a set-X card
    # asked "Which organisation said …?" of a guitarist)
    ('Tom Reed grew up in Leeds with band songwriter/guitarist Sergio Thornbury and bassist Chris Hale. "We take our '
     'music seriously, but we want to have fun with it," said Thornbury.', ["Sergio Thornbury"]),
    # a person who works for a body or a person, named only by what they are, is not that body's or person's voice
    ('"The permit rules were never enforced at the plant," said an aide to the Dunford City Council who asked not to '
     'be named.', []),
    ('A lawyer for Tom Berg said: "He will be cleared of every charge in this case."', []),
    # nor is an unnamed official (set AL: "a White House official said" → "Which organisation said …?", bad)
    ('"The harbour vote is still on course, but we take no chances," a Dunford City Council official said.', []),
    ('"The harbour vote is still on course," said an official at the Dunford City Council.', []),
    # ... but a spokesperson is, and so are a firm's analysts (its note)
    ('"Delays of this kind are not unusual for a new ferry line," said analysts at Dunford Capital Markets.',
     ["Dunford Capital Markets"]),
    ('"The case against the mine is strong," said a spokesman for the Dunford City Council.', ["Dunford City Council"]),
    ('A spokeswoman for the Dunford City Council said: "The bridge will reopen in June."', ["Dunford City Council"]),
    # the nearest one speaking is a man, and the quotation's "she" names no one further back (set AO: a spokesman's
    # words went to a leader named three sentences before, a wrong answer)
    ('Mary Curran opened the ferry line on Monday. Harbour spokesman Tom Berg said the line was already full. '
     '"We hope all sides keep calm and the boats keep running on time," she said.', []),
    ('Mary Curran opened the ferry line on Monday. Tom Berg said on Tuesday that the line was full. '
     '"We hope all sides keep calm and the boats keep running on time," she said.', []),
    # ... but a man named nearer, though not speaking, is the "he" who answers the woman who spoke (a tune page)
    ('Mary Curran said the ferry line should wait. Her words did not impress harbour master Tom Berg. "The line is '
     'ready and the boats are waiting for the word," he said.', ["Tom Berg"]),
    # one who reports another as saying the words only passed them on (set AW: "Which organisation said …?" →
    # Reuters, whose report had them from a union source): the one named as saying them, or no one
    ('"The works council fears the trading floor could be run from Dunford in the future," the Reuters agency '
     'reports a union official as saying.', []),
    ('A Dunford Times report on Monday quoted one guest as saying that Tom Berg "shut the whole meeting down".',
     []),
    ('The Dunford Times quoted Tom Berg as saying: "We are very close to a deal on the ferry line."', ["Tom Berg"]),
]


@pytest.mark.parametrize(("text", "speakers"), CASES)
def test_quote_credited_only_to_its_speaker(nlp, text, speakers):
    quotes = [f for f in extract_facts(nlp(text)) if f.kind is FactKind.QUOTE]
    assert [f.canonical for f in quotes] == speakers


def test_a_body_by_a_surname_no_person_has_stays_a_body(nlp):
    text = 'Tom Reed founded Thornbury in Leeds in 2001. "We take our work seriously," said Thornbury.'
    quotes = [f for f in extract_facts(nlp(text)) if f.kind is FactKind.QUOTE]
    assert [(f.canonical, f.label) for f in quotes] in ([], [("Thornbury", "ORG")])


@pytest.mark.parametrize(("name", "people", "names", "owner"), [
    ("Hale", ["Chris Hale"], [], "Chris Hale"),  # one person of the article has it
    ("Hale", ["Chris Hale", "Ann Hale"], [], None),  # two do: either could be meant
    ("Hale", [], ["", "Chris", "Hale", ""], "Chris Hale"),  # a first name before it the model did not tag
    ("Hale", [], ["", "Velm", "Hale", ""], None),  # no first name: a body's name ("Velm Hale")
    ("Hale", ["Chris Hale"], ["", "Ann", "Hale"], None),  # a person tagged, another untagged: two
    ("Velm Hale", ["Chris Hale"], [], None),  # a name of two words is no bare surname
])
def test_the_one_person_a_surname_names(name, people, names, owner):
    assert surname_owner(name, people, names) == owner


@pytest.mark.parametrize(("full", "words", "named"), [
    ("Ken Lund", "I try to stay calm against players like Lund", True),
    ("Ken Lund", "I try to stay calm against players like Lundqvist", False),  # another name
    ("Ken Lund", "I try to stay calm against players like him", False),
    # by first name alone too (a set-Y card credited "Ruud is the best striker in Europe" to that striker: "wrong
    # answer")
    ("Ken Lund", "Ken is the best keeper in the league", True),
    ("Ken Lund", "Ken's form has been the best in the league", True),
    ("Ken Lund", "Ken Hale is the best keeper in the league", False),  # another Ken
    ("Ken Lund", "Kenya is the best place to train", False),
])
def test_a_quote_naming_the_speaker_by_surname_or_first_name(full, words, named):
    assert names_in_quote(full, words) is named


@pytest.mark.parametrize(("name", "people", "shared"), [
    ("Lind", ["Frank Lind", "Erik Lind Jr."], True),  # two Linds: "Lind said" could be either
    ("Lind", ["Frank Lind", "Ann Berg"], False),
    ("Erik Lind Jr.", ["Frank Lind", "Erik Lind Jr."], False),  # a full name is no guess
    ("Lind", ["Erik Lind Jr.", "Erik Lind Jr."], False),  # one person named twice
])
def test_a_bare_surname_two_people_share(name, people, shared):
    assert shared_surname(name, people) is shared


def test_a_he_subject_after_words_naming_no_one_keeps_a_later_he_unnamed(nlp):
    """"During the visit, he was photographed … with Epstein. He instead told the BBC interviewer: “…”": the first he
    is the article's subject, left unnamed; the second was credited to the one person the sentence names (a wrong
    answer on a fresh page). Nobody is safe to name."""
    text = ("Vasek claims that he felt bound to visit the banker to tell him in person that their friendship was "
            "over. This severance of friendship required the royal spending three days at the banker’s mansion. Must "
            "have been complicated conversations? During the visit, he was photographed having long and serious "
            "chats with Dunmere while strolling around Velm Park. Was this to find out how vulnerable the royal was "
            "from scandal? He instead told the interviewer: “I had to go and see him and talk to him.”")
    quotes = [f.answer for f in extract_facts(nlp(text)) if f.kind is FactKind.QUOTE]
    assert "Dunmere" not in quotes


def test_an_opening_he_after_a_post_another_holds_is_left_unnamed(nlp):
    """"Home Secretary … The prime minister on Sunday said … But he rejected the call for a quota": a set-BH card
    asked "[…] rejected the Tories' call" → the home secretary, a wrong answer; the prime minister is meant."""
    text = ("Home Secretary Ken Lund is due to set out the ferry plan. The prime minister on Sunday said the rules "
            "would be toughened. But he rejected the call for a quota on ferry crossings.")
    assert not any("[Ken Lund] rejected" in f.sentence for f in extract_facts(nlp(text)))
    own = text.replace("The prime minister", "The home secretary")
    assert any("[Ken Lund] rejected" in f.sentence for f in extract_facts(nlp(own)))


def test_an_opening_he_after_an_unnamed_him_is_not_the_man_named_beside_it(nlp):
    """A man presented to a named sculptor, then "In 1990 he opened a studio": the story is about the unnamed "him";
    a held-out card put the named friend in the subject's place ("In _____ [Nicolas Cage] started …"), a wrong fact."""
    text = ("Ken Lund is one of the best-known painters in Velmland. At a gallery in Velmton, his agent presented "
            "him to the sculptor Tom Berg. In 1990 he opened a studio of his own beside the harbour.")
    assert not any("[Tom Berg]" in f.sentence for f in extract_facts(nlp(text)))
    named = text.replace("his agent presented him to the sculptor Tom Berg", "the sculptor Tom Berg met a dealer")
    assert any("[Tom Berg]" in f.sentence for f in extract_facts(nlp(named)))


def test_an_opening_he_after_a_name_no_one_knows_as_a_person_is_left_unnamed(nlp):
    """"Piers Kindlove is a benefit officer … . He joined …": the model tags no person in the sentence before, whose
    subject is a capitalised name; the he is not the man named before it."""
    text = ("Chancellor Tom Berg announced that 9,000 jobs would be cut. The chancellor has said that the cuts will pay "
            "for more teachers. Piers Kindlove is senior benefit officer on the picket line at Velm House. He joined "
            "the union in 1990.")
    joined = [f.sentence for f in extract_facts(nlp(text)) if "joined" in f.sentence]
    assert joined and all("Tom Berg" not in s for s in joined)


@pytest.mark.parametrize(("text", "shown"), [
    # the speaker's words go on in the next sentence: its "he" is someone the speaker talks of, never the speaker
    # (a set-AW page read "[Rafael Benitez] had played a very good game", the goalkeeper he defended)
    ('Dunford won 3-1 on Tuesday. "For me it was not Ken Lund\'s fault," added Tom Berg. "He had a fine game and '
     'nobody would talk about their goal."', '"He had a fine'),
    ('Tom Berg praised his captain. "He is a vital man in this side," said Tom Berg. "He makes everyone else play '
     'better."', '"He makes'),
    # ... but a quotation with a speaker of its own is no one's words going on: its "he" may be the one before
    ('"I have played well this year," said Tom Berg. "He is just playing terrific football," Ken Lund said.',
     '"[Tom Berg] is just'),
])
def test_a_he_in_words_that_go_on_is_not_their_speaker(nlp, text, shown):
    facts = extract_facts(nlp(text))
    assert any(f.kind is FactKind.QUOTE and shown in f.sentence for f in facts)
