"""Wh-questions on sentences written for the tests: every wh-word, inversion, do-support, the unsafe cases."""

from __future__ import annotations

from dataclasses import replace

import pytest

from quizgen.facts.extract import extract_facts
from quizgen.facts.model import Fact, FactKind
from quizgen.nlp.parse import SentenceParse, Tok
from quizgen.questions.wh import MAX_WORDS, _assemble, _finish, _has_conjunct, _repair_infinitives, _wh_word, \
    inside_quote, wh_question

MERKEL = "Angela Merkel"
HAMBURG = "the old port city of Hamburg in northern Germany"
TO_MEET = "to meet the leaders of the local shipbuilding industry and the heads of the regional government"

CASES = [
    # subject answers: no inversion
    ("Angela Merkel visited France in 2019.", "Angela Merkel", "Who visited France in 2019?"),
    ("Twelve students won prizes at the fair.", "Twelve", "How many students won prizes at the fair?"),
    # do-support, past and present
    ("Angela Merkel visited France in 2019.", "France", "Which country did Angela Merkel visit in 2019?"),
    ("Angela Merkel visited France in 2019.", "2019", "In what year did Angela Merkel visit France?"),
    ("The committee elected Maria Lopez on Tuesday.", "Maria Lopez", "Who did the committee elect on Tuesday?"),
    ("The committee elected Maria Lopez on Tuesday.", "Tuesday", "When did the committee elect Maria Lopez?"),
    ("The city spent $5 million on the new bridge.", "$5 million", "How much did the city spend on the new bridge?"),
    ("The factory employs 800 workers.", "800", "How many workers does the factory employ?"),
    ("The orchestra plays in Vienna every winter.", "Vienna", "Where does the orchestra play every winter?"),
    ("The president signed the bill on Friday.", "Friday", "When did the president sign the bill?"),
    ("The agency hired 25 engineers in 2021.", "25", "How many engineers did the agency hire in 2021?"),
    ("Scientists at NASA discovered 12 new moons.", "12", "How many new moons did scientists at NASA discover?"),
    ("Farmers in Kenya planted 300 hectares of maize.", "300 hectares",
     "How many hectares of maize did farmers in Kenya plant?"),
    ("The volcano erupted in Iceland on Monday.", "Iceland", "Where did the volcano erupt on Monday?"),
    ("The volcano erupted in Iceland on Monday.", "Monday", "When did the volcano erupt in Iceland?"),
    ("Elon Musk founded SpaceX in 2002.", "2002", "In what year did Elon Musk found SpaceX?"),  # a final X stays
    # an answer under a to-infinitive of the main verb
    ("The army threatened to deploy 300 troops in May.", "300", "How many troops did the army threaten to deploy in May?"),
    # existing auxiliaries fronted: only the first moves
    ("The council will have approved 12 new schools by June.", "12",
     "How many new schools will the council have approved by June?"),
    ("The museum will open Tuesday.", "Tuesday", "When will the museum open?"),  # a bare date (npadvmod)
    ("The museum will open in June.", "June", "When will the museum open?"),
    ("The council has approved 12 new schools.", "12", "How many new schools has the council approved?"),
    ("The company could lose $2 billion this year.", "$2 billion", "How much could the company lose this year?"),
    ("The summit was held in Geneva.", "Geneva", "Where was the summit held?"),
    ("The report was published by Amnesty International.", "Amnesty International",
     "By which organisation was the report published?"),
    # copula fronted
    ("The winner was Maria Lopez.", "Maria Lopez", "Who was the winner?"),
    # prepositions moved with the wh-phrase
    ("Unemployment fell to 4 percent in March.", "4 percent", "To what percentage did unemployment fall in March?"),
    ("The bank raised rates by 2 percent.", "2 percent", "By what percentage did the bank raise rates?"),
    ("The minister spoke with Carlos Mendes about the budget.", "Carlos Mendes",
     "With whom did the minister speak about the budget?"),
    ("The ship sailed from Lisbon in May.", "Lisbon", "From where did the ship sail in May?"),
    ("Since 2015, the company has opened 40 stores in Brazil.", "2015",
     "Since when has the company opened 40 stores in Brazil?"),
    # a fronted adverbial stays in front
    ("Since 2015, the company has opened 40 stores in Brazil.", "40",
     "Since 2015, how many stores has the company opened in Brazil?"),
    ("Australia produced about 488 million tonnes of coal in 2021.", "about 488 million tonnes",
     "How many tonnes of coal did Australia produce in 2021?"),
    ("The ship carries 40 lifeboats, including six built for the arctic.", "40",
     "How many lifeboats does the ship carry?"),  # the aside after the comma is left out
    # at most 40 words: this one has exactly 40
    (f"{MERKEL} visited {HAMBURG} on a cold morning in late November {TO_MEET} about the future of the harbour.",
     "Angela Merkel", f"Who visited {HAMBURG} on a cold morning in late November {TO_MEET} about the future of the "
                      "harbour?"),
    # "I" keeps its capital when the subject moves after the auxiliary; other sentence-initial words lose theirs
    ("I visited France in 2019.", "France", "Which country did I visit in 2019?"),
    # so does a people's or place's adjective the model reads as an entity but not a proper noun
    ("Norwegian farmers planted 300 hectares of maize in 2020.", "2020",
     "In what year did Norwegian farmers plant 300 hectares of maize?"),
    ("Regular European fares will rise to 90 euros in 2026.", "2026",  # the model's entity "Regular European"
     "In what year will regular European fares rise to 90 euros?"),
    # a percentage written with the sign
    ("Unemployment fell to 4% in March.", "4%", "To what percentage did unemployment fall in March?"),
    # which + the head noun the name stands beside
    ("The national broadcaster NHK reported the earthquake.", "NHK", "Which national broadcaster reported the earthquake?"),
    ("The Kremlin-backed newspaper Izvestia printed the letter.", "Izvestia",
     "Which Kremlin-backed newspaper printed the letter?"),  # the hyphen stays inside the head noun's phrase
    # a verb the parser hangs as an auxiliary ("helped cut") takes do-support and its base form; only be / have /
    # do and the modals invert
    ("Wein helped cut the red ribbon on Thursday.", "Thursday", "When did Wein help cut the red ribbon?"),
    ("The mayor helped open the bridge in 2019.", "2019", "In what year did the mayor help open the bridge?"),
    # the sentence's period glued to its last word is not kept before the question mark; an abbreviation's is
    ("In 2002, Elon Musk founded SpaceX.", "Elon Musk", "In 2002, who founded SpaceX?"),
    ("In 2019, Angela Merkel visited the U.S.", "Angela Merkel", "In 2019, who visited the U.S.?"),
    ("Elon Musk founded SpaceX.", "Elon Musk", "Who founded SpaceX?"),  # not "Who founded SpaceX.?"
    # a comma left doubled where the moved phrase stood between two is said once
    ("Since 2015, in Brazil, the company has opened 40 stores.", "Brazil",
     "Since 2015, where has the company opened 40 stores?"),
    # the object phrase a key sentence states is asked with "what"
    ("North Korea has threatened to deploy tactical nuclear weapons.", "tactical nuclear weapons",
     "What has North Korea threatened to deploy?"),
    # "to" after a finite verb is no obstacle ("are to be delivered")
    ("The tanks are to be delivered in May.", "May", "When are the tanks to be delivered?"),
    # a sentence-initial word written with capitals inside keeps them
    ("GCSEs were introduced in September 1986.", "September 1986", "When were GCSEs introduced?"),
    # unsafe: better no question than a broken one
    ("A polarising figure on the team, Shaun Marsh is unlikely to finish the series.", "Shaun Marsh",
     None),  # a noun phrase before the subject describes the answer: no "A polarising figure …, who is …?"
    # no finite verb: no "Who ending that report …?" ("Olympian", read as a group, is no part of the name)
    ("Olympian Bill Kirby ending that report from the pool in Sydney.", "Bill Kirby", None),
    ("Back then, Obama won 68 percent of the vote, powered by wins in eight of the nation’s 10 most populous states.",
     "68 percent", None),  # misparsed: two objects, and "’s" would lose its owner
    ("The team scored 3 goals in the second half in the city of.", "3", None),  # a cut sentence: "… city of?"
    ("On Saturday (Dec. 13), the center throws open its doors for a neighborhood open house.", "its doors",
     None),  # "throws" read as the subject of "open": no "What do on Saturday …, the center throws open …?"
    ("“We will build 20 ships,” Admiral Jones said.", "20", None),  # inside a quote
    ("Paris and Berlin signed the treaty in 1963.", "Paris", None),  # a city subject: no wh-word (and a conjunct)
    ("Paris hosted the summit in 2019.", "Paris", None),  # a city is not asked as "which country"
    ("The senator voted against Maria Lopez on Tuesday.", "Maria Lopez", None),  # "against whom": not a person's
    # a conjunct: "Which country signed …?" would have two right answers
    ("France and Germany signed the treaty in 1963.", "France", None),
    ("Twelve students and their teachers won prizes at the fair.", "Twelve", None),
    ("The agency hired 25 engineers and 12 pilots in 2021.", "25", None),
    # the answer still visible in the question
    ("France hosted the France Open in June.", "France", None),
    ("Twelve students won twelve prizes at the fair.", "Twelve", None),
    ("Maria Lopez met the lawyer of Maria Lopez in Paris.", "Maria Lopez", None),
    # inside the subject's modifiers: "of Chicago" hangs off "mayor", not off the main clause
    ("The mayor of Chicago opened the park in April.", "Chicago", None),
    ("Officials said the bridge opened in May.", "May", None),  # an embedded clause
    ("Germany’s chancellor visited Rome last week.", "Germany", None),  # a possessive
    ("The team won 3 games and lost 2.", "3", None),  # coordinated verbs
    ("Shares of the company rose 5 percent.", "5 percent", None),  # a bare amount (npadvmod): no sound wh-phrase
    ("The bill passed the Senate by 37 votes to 30 on Friday.", "37", None),  # half a score
    ("The bridge reopened on Thursday after a repair, Amnesty International said.", "Amnesty International",
     None),  # the reported clause comes first: no safe inversion
    ("China's foreign ministry spokesperson Mao Ning said the talks would resume.", "Mao Ning",
     None),  # the head noun's own possessive: no "which China's … spokesperson"
    ("Brazil's state oil company Petrobras raised prices on Monday.", "Petrobras",
     None),  # the name parsed as a second subject of the verb
    ("Shawn Strickland, a vice president of Verizon, said the company would not pay more.", "Shawn Strickland",
     None),  # "Who said the company …?": the company's name moves out with the answer's phrase
    ("Shawn Strickland, a vice president of Verizon, said the prices would not rise.", "Shawn Strickland",
     "Who said the prices would not rise?"),  # nothing left points to the moved name
    ("Maria Lopez says.", "Maria Lopez", None),  # "Who says?": the wh-word and the verb ask nothing
    ("Maria Lopez resigned.", "Maria Lopez", None),
    ("Earlier this month Time magazine named the nurses as its people of the year.", "Time",
     None),  # a time read inside the noun phrase: no "Which Earlier month magazine …?"
    ("The state newspaper Rodong Sinmun of North Korea printed the letter.", "Rodong Sinmun",
     None),  # "which state newspaper" would lose "of North Korea", which says which one
    ("A Vell Air spokesman said the airline will help the inquiry.", "Vell Air",
     None),  # the airline is not the spokesman: no "Which spokesman said …?"
    # nor a body its officials: a plural head's person noun is its singular's ("Which officials noted …?" →
    # "White House" on a tune page, bad)
    ("Velm Bank officials noted that the rules let the mayor attend the hearing in May.", "Velm Bank", None),
    ("Velm Bank spokesmen noted that the rules let the mayor attend the hearing in May.", "Velm Bank", None),
    ("Velm Bank secretaries noted that the rules let the mayor attend the hearing in May.", "Velm Bank", None),
    ("A Velm Bank boss noted that the rules let the mayor attend the hearing in May.", "Velm Bank", None),
    # nor is a state its sheriff, nor a city its nurse: people named by words with no person's ending
    ("A Velmland sheriff says the two suspects fled north after the robbery.", "Velmland", None),
    ("A Dunford nurse said the ward had run out of beds by noon.", "Dunford", None),
    ("Despite being small, the team won 3 games in May.", "3", None),  # a clause in front ("being" small)
    ("Dell sold 40 million Microsoft Windows-based PCs in 1996.", "Microsoft",
     None),  # the name glued by a hyphen into the noun's modifier: no "Which 40 million Windows based PCs …?"
    ("The Tuesday meeting ended without a deal.", "Tuesday", None),  # a date on a noun: no "Which meeting …?"
    ("The Zorvex Hotel had its busiest November in 2014.", "November", None),  # a month had: no "When did it have?"
    # a headline's infinitive has no finite verb: no "When be Ukraine to give 40 tanks?"
    # "five of 17 Fed policymakers": a count of a count is no "How many five of …?" nor "Which five of 17 …?"
    ("At least five of 17 Velm Bank policymakers raised their outlook in May.", "17", None),
    ("At least five of 17 Velm Bank policymakers raised their outlook in May.", "Velm Bank", None),
    ("Ukraine to be given 40 tanks in May.", "May", None),
    # an aside between dashes inside the subject the auxiliary moves before: no "How many people does some of … -
    # for example … - employ?" (set AB, bad: "garbled")
    ("Some of the poorest countries - for example in Velmland textiles account for almost 85% of exports and the "
     "industry employs around 1.5 million people.", "around 1.5 million", None),
    # the speaker named twice: the asked one leaves no "she said" dangling after the quote
    ('Senator Ann Velm said: "The budget has a black hole in it," she said.', "Ann Velm",
     'Who said: "The budget has a black hole in it"?'),
    ("Ukraine to be given 40 tanks in May.", "Ukraine", None),  # nor "Which country to be given …?"
    ("The tanks to be delivered to Ukraine in May.", "Ukraine", None),
    (f"{MERKEL} visited {HAMBURG} on a cold and windy morning in late November {TO_MEET} about the future of "
     "the busy harbour on the river.", "Angela Merkel", None),  # 46 words: too long to read as a question
]


def _fact(nlp, sentence: str, answer: str) -> Fact:
    facts = [f for f in extract_facts(nlp(sentence)) if f.answer == answer]
    assert facts, f"no fact {answer!r} in {sentence!r}"
    return facts[0]


@pytest.mark.parametrize("sentence, answer, expected", CASES)
def test_wh_question(nlp, sentence, answer, expected):
    assert wh_question(_fact(nlp, sentence, answer)) == expected


def test_a_person_named_on_a_noun_is_not_that_noun(nlp):
    """"Trump administration officials said …": the officials said it, not the person their administration is named
    for (set AG: "Which administration officials said …?" → Donald Trump, bad)."""
    doc = nlp("Donald Trump named Sam Ode on Friday. Trump administration officials said the law gives a president "
              "the power to fill the posts.")  # the model hangs "Trump" on "officials" (a made-up name on "administration")
    facts = [f for f in extract_facts(doc) if f.answer == "Donald Trump"]
    assert [f.sentence_index for f in facts] == [0, 1]
    assert wh_question(facts[0]) == "Who named Sam Ode on Friday?"
    assert wh_question(facts[1]) is None


def test_table_covers_every_wh_word():
    produced = " ".join(q for _, _, q in CASES if q).lower()
    for wh in ("who ", "whom", "when ", "what year", "where ", "how many", "how much", "what percentage",
               "which organisation", "which country", "which national broadcaster"):
        assert wh in produced, wh
    assert len(CASES) >= 30
    assert max(len(q.split()) for _, _, q in CASES if q) == MAX_WORDS  # the longest kept question is at the limit


def test_equipment_takes_which_and_its_class(nlp):
    sentence = "The army tested the Hwasong-11D in March."
    base = extract_facts(nlp(sentence))[0]
    start = sentence.index("Hwasong-11D")
    fact = replace(base, kind=FactKind.EQUIPMENT, answer="Hwasong-11D", start=start, end=start + len("Hwasong-11D"),
                   topic="missile", label="EQUIPMENT")
    assert wh_question(fact) == "Which missile did the army test in March?"
    assert wh_question(replace(fact, topic="")) is None


def test_inside_quote():
    sentence = "“We will build 20 ships,” Jones said in May."
    assert inside_quote(sentence, sentence.index("20"))
    assert not inside_quote(sentence, sentence.index("May"))
    assert inside_quote('He said "build 20 ships" now', 15)


def test_a_phrase_inside_the_subject_is_never_moved_out_of_it(nlp):
    """The inversion's own guard. ``wh_question`` refuses such answers earlier (they do not hang off the main
    clause), so the guard is held here directly: moving "of Chicago" out of "The mayor of Chicago" would ask
    about the mayor of nowhere."""
    fact = _fact(nlp, "The mayor of Chicago opened the park in April.", "Chicago")
    parse = fact.parse
    node = next(t for t in parse.tokens if t.text == "Chicago")
    moved = {node.i, node.head}
    assert _assemble(parse, parse.root, node, moved, "where") is None
    april = next(t for t in parse.tokens if t.text == "April")  # the same call outside the subject works
    assert _assemble(parse, parse.root, april, {april.i, april.head}, "when") == \
        "When did the mayor of Chicago open the park?"


def _tok(i: int, text: str, tag: str, lemma: str = "") -> Tok:
    return Tok(i, text, " ", lemma, "VERB" if tag.startswith("VB") else "PART", tag, "dep", i, 0)


@pytest.mark.parametrize("words, expected", [
    ([("to", "TO", ""), ("deployed", "VBD", "deploy")], "to deploy"),  # a verb after infinitival "to": base form
    ([("to", "TO", ""), ("deployed", "VBN", "deploy")], "to deploy"),
    ([("to", "TO", ""), ("deploys", "VBZ", "deploy")], "to deploy"),
    ([("to", "TO", ""), ("deploying", "VBG", "deploy")], "to deploying"),  # other forms are left alone
    ([("to", "IN", ""), ("deployed", "VBD", "deploy")], "to deployed"),  # "to" as a preposition
    ([("so", "TO", ""), ("deployed", "VBD", "deploy")], "so deployed"),  # only the word "to"
    ([("to", "TO", ""), ("deployed", "VBD", "")], "to deployed"),  # no lemma: nothing to put instead
    ([("to", "TO", ""), ("tweeted", "VBD", "Tweet")], "to tweeted"),  # an odd lemma is not trusted
    ([("deployed", "VBD", "deploy"), ("to", "TO", "")], "deployed to"),  # the first word has no "to" before it
])
def test_a_verb_after_infinitival_to_takes_its_base_form(words, expected):
    tokens = [_tok(i, text, tag, lemma) for i, (text, tag, lemma) in enumerate(words)]
    assert " ".join(t.text for t in _repair_infinitives(tokens)) == expected


@pytest.mark.parametrize("kind, answer, prep, expected", [
    (FactKind.CLAIM, "tactical nuclear weapons", None, "what"),  # "What has North Korea threatened to deploy?"
    (FactKind.CLAIM, "tactical nuclear weapons", "with", None),  # "with what …" is not asked
    (FactKind.PERSON, "Maria Lopez", None, "who"),
    (FactKind.PERSON, "Maria Lopez", "with", "whom"),
    (FactKind.PERSON, "Maria Lopez", "against", None),
    (FactKind.DATE, "2019", "in", "what year"),
    (FactKind.DATE, "May 2019", "in", "when"),
    (FactKind.DATE, "2019", "since", "when"),
    (FactKind.DATE, "2019", "after", None),
    (FactKind.PLACE, "France", None, "which country"),
    (FactKind.PLACE, "Paris", None, None),
    (FactKind.PLACE, "Paris", "from", "where"),
    (FactKind.AMOUNT, "4 percent", "to", "what percentage"),
    (FactKind.AMOUNT, "$5 million", None, "how much"),
    (FactKind.ORGANIZATION, "Amnesty International", "by", "which organisation"),
    (FactKind.ORGANIZATION, "Hadi Tjahjanto", None, None),  # a person the model read as a body: no "Which organisation"
    (FactKind.ORGANIZATION, "Ines Marlow", None, None),
    (FactKind.ORGANIZATION, "Chase Bank", None, "which organisation"),  # a first name, but a bank's name
])
def test_the_wh_word_for_each_kind_of_answer(kind, answer, prep, expected):
    fact = Fact(kind=kind, answer=answer, sentence=answer, start=0, end=len(answer), sentence_index=0, anchor="a")
    assert _wh_word(fact, prep) == expected


def _parse(*words: tuple[str, str, str, int]) -> SentenceParse:
    """A hand-made parse: (text, part of speech, dependency, head) per word, one space between words."""
    tokens, idx = [], 0
    for i, (text, pos, dep, head) in enumerate(words):
        tokens.append(Tok(i, text, " ", "", pos, pos, dep, head, idx))
        idx += len(text) + 1
    return SentenceParse(tuple(tokens))


# "The agency hired 25 engineers and 12 pilots": 0 The, 1 agency, 2 hired, 3 25, 4 engineers, 5 and, 6 12, 7 pilots
_COORDINATED = _parse(("The", "DET", "det", 1), ("agency", "NOUN", "nsubj", 2), ("hired", "VERB", "ROOT", 2),
                      ("25", "NUM", "nummod", 4), ("engineers", "NOUN", "dobj", 2), ("and", "CCONJ", "cc", 4),
                      ("12", "NUM", "nummod", 7), ("pilots", "NOUN", "conj", 4))
# the same words, the parser having lost the second conjunct: "and" still hangs on "engineers"
_CC_ONLY = _parse(("The", "DET", "det", 1), ("agency", "NOUN", "nsubj", 2), ("hired", "VERB", "ROOT", 2),
                  ("25", "NUM", "nummod", 4), ("engineers", "NOUN", "dobj", 2), ("and", "CCONJ", "cc", 4),
                  ("12", "NUM", "nummod", 7), ("pilots", "NOUN", "npadvmod", 2))


@pytest.mark.parametrize("parse, i, expected", [
    (_COORDINATED, 4, True),  # the first conjunct: its "and" and "pilots" hang on it
    (_COORDINATED, 7, True),  # the second conjunct itself
    (_CC_ONLY, 4, True),  # a coordinator alone is enough: the other half is there, misparsed
    (_CC_ONLY, 7, False),
    (_COORDINATED, 1, False),
])
def test_a_phrase_in_a_coordination_has_a_conjunct(parse, i, expected):
    assert _has_conjunct(parse, parse.tokens[i]) is expected


@pytest.mark.parametrize("parts, expected", [
    (["Since 2015, ,", "where", "has", "the company", "opened 40 stores"],
     "Since 2015, where has the company opened 40 stores?"),  # the moved phrase stood between two commas
    (["Since 2015 , ,", "where", "has", "the company", "opened 40 stores"],
     "Since 2015, where has the company opened 40 stores?"),
    ([",", "when", "did", "the agency", "hire 25 engineers"], "When did the agency hire 25 engineers?"),
    (["", "who", "founded SpaceX."], "Who founded SpaceX?"),  # the sentence's full stop glued to the last word
    (["", "who", "visited the U.S."], "Who visited the U.S.?"),  # an abbreviation keeps its own
    (["", "when", "did", "the agency", "hire 25 engineers ,"], "When did the agency hire 25 engineers?"),
])
def test_a_question_is_finished_without_stray_punctuation(parts, expected):
    assert _finish(parts) == expected


def _wein(aux: str, tag: str, lemma: str) -> SentenceParse:
    """ "Wein helped cut the red ribbon on Thursday." as the parser reads it: "helped" an auxiliary of "cut"."""
    words = [("Wein", "PROPN", "NNP", "nsubj", 2, ""), (aux, "VERB", tag, "aux", 2, lemma),
             ("cut", "VERB", "VB", "ROOT", 2, "cut"), ("the", "DET", "DT", "det", 5, ""),
             ("red", "ADJ", "JJ", "amod", 5, ""), ("ribbon", "NOUN", "NN", "dobj", 2, ""),
             ("on", "ADP", "IN", "prep", 2, ""), ("Thursday", "PROPN", "NNP", "pobj", 6, ""),
             (".", "PUNCT", ".", "punct", 2, "")]
    tokens, idx = [], 0
    for i, (text, pos, tag_, dep, head, lemma_) in enumerate(words):
        ws = "" if i + 1 < len(words) and words[i + 1][0] == "." else " "
        tokens.append(Tok(i, text, ws, lemma_, pos, tag_, dep, head, idx))
        idx += len(text) + len(ws)
    return SentenceParse(tuple(tokens))


@pytest.mark.parametrize("aux, tag, lemma, expected", [
    ("helped", "VBD", "help", "When did Wein help cut the red ribbon?"),  # do-support and the verb's lemma
    ("helps", "VBZ", "help", "When does Wein help cut the red ribbon?"),
    ("helped", "VBD", "Help", None),  # a lemma not written as a plain word is not trusted
    ("helping", "VBG", "help", None),  # no finite verb to take do-support from
])
def test_a_verb_hung_as_an_auxiliary_takes_do_support_only_when_finite(aux, tag, lemma, expected):
    parse = _wein(aux, tag, lemma)
    assert parse.text == f"Wein {aux} cut the red ribbon on Thursday."
    assert _assemble(parse, parse.root, parse.tokens[7], {6, 7}, "when") == expected


@pytest.mark.parametrize("dash", ["-", "–"])
def test_the_other_half_of_a_score_after_a_dash_keeps_the_count_from_being_asked(nlp, dash):
    """A hyphen or an en dash, like "to", opens the score's other half: "by 37 votes – 30" asks no "by how many votes".
    The parser hangs a spaced hyphen on the verb; an en dash gets the same parse here, so both are checked alike."""
    fact = _fact(nlp, "The bill passed the Senate by 37 votes - 30 on Friday.", "37")
    tokens = tuple(replace(t, text=dash) if t.text == "-" else t for t in fact.parse.tokens)
    fact = replace(fact, sentence=fact.sentence.replace(" - ", f" {dash} "), parse=SentenceParse(tokens))
    assert fact.sentence[fact.start:fact.end] == "37"
    assert wh_question(fact) is None


@pytest.mark.parametrize("sentence, answer", [
    ("The data for this year compare with the figures in 2010.", "2010"),
    ("The plant's output this year compares with its output in 2009.", "this year"),
    ("The plant's output this year compares with its output in 2009.", "2009"),
    ("Sales this spring were measured versus the sales in 2012.", "this spring"),
])
def test_a_comparison_is_never_asked_as_a_wh_question(nlp, sentence, answer):
    """Both sides of a comparison fit the wh-word ("In what year do the data for this year compare …?"): a blind
    rater's card with two right options (issue 15)."""
    assert wh_question(_fact(nlp, sentence, answer)) is None


def test_a_person_who_compares_is_still_asked_for(nlp):
    fact = _fact(nlp, "Coach Nick Saban compared agents to pimps at the meeting.", "Nick Saban")
    assert wh_question(fact) is not None


def test_the_same_clause_without_a_comparison_is_still_asked(nlp):
    fact = _fact(nlp, "The data for this year match the figures in 2010.", "2010")
    assert wh_question(fact) is not None


@pytest.mark.parametrize("before, expected", [("in the week of ", None), ("on ", "when")])
def test_the_monday_a_week_is_named_by_is_never_asked_when(before, expected):
    """A week the facts stage dated ("in the week of 26 February 2024") says no day: "When did …?" would be answered
    with its Monday, a day the article never gave (raters: "the date can't be checked")."""
    sentence = f"Japan launched 3 satellites {before}26 February 2024."
    start = sentence.index("26")
    fact = Fact(kind=FactKind.DATE, answer="26 February 2024", sentence=sentence, start=start, end=start + 16,
                sentence_index=0, anchor="launch")
    assert _wh_word(fact, None) == expected
