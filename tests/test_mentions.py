"""Label repairs from context, on sentences written for the tests."""

from __future__ import annotations

import pytest

from quizgen.questions.distractors import _same_scale
from quizgen.facts.extract import extract_facts
from quizgen.facts.mentions import _past_lower_words, gather_mentions, name_end, past_title
from quizgen.facts.model import FactKind
from tests.hand_doc import hand_doc


def _kinds(nlp, text: str) -> dict[str, set[FactKind]]:
    kinds: dict[str, set[FactKind]] = {}
    for fact in extract_facts(nlp(text)):
        kinds.setdefault(fact.answer, set()).add(fact.kind)
    return kinds


def test_a_capitalised_plural_common_noun_is_no_name(nlp):
    kinds = _kinds(nlp, "Engineers replaced 36 steel cables on the old bridge.")
    assert "Engineers" not in kinds


@pytest.mark.parametrize("text, name", [
    ("The mayor of Bergen opened the new library on Friday.", "Bergen"),
    ("During the strike, commuters from Laksevåg used a temporary ferry.", "Laksevåg"),
    ("Crowds gathered as the Puddefjord Bridge reopened on Thursday.", "Puddefjord Bridge"),
    ("The rocket lifted off from a pad in French Guiana on Tuesday.", "French Guiana"),
])
def test_context_makes_a_name_a_place(nlp, text, name):
    assert _kinds(nlp, text).get(name) == {FactKind.PLACE}


def test_a_place_stays_a_place_through_the_article(nlp):
    text = ("Bergen Kommune said the work was finished. The mayor of Drammen praised the engineers. "
            "Officials in Drammen said 40 buses would return.")
    assert _kinds(nlp, text).get("Drammen") == {FactKind.PLACE}


def test_number_distractors_keep_the_scale():
    assert not _same_scale("36", "25,000")
    assert _same_scale("12,500", "25,000") and _same_scale("three", "25,000")


def test_a_thing_in_apposition_is_defined_not_a_person(nlp):
    text = "Cholera, a bacterial disease spread by dirty water, killed 40 people in Haiti in 2022."
    facts = extract_facts(nlp(text))
    assert [f.answer for f in facts if f.kind is FactKind.DEFINITION and f.topic == "Cholera"]
    assert not [f for f in facts if f.kind in (FactKind.PERSON, FactKind.ROLE)]


def test_a_day_and_its_part_are_one_date(nlp):
    text = "A strong earthquake struck off the coast of Chile on Thursday evening, officials said."
    doc = nlp(text)
    assert [(e.text, e.label_) for e in doc.ents if e.text in ("Thursday", "evening")] == [
        ("Thursday", "DATE"), ("evening", "TIME")]  # the model's split, which the rule mends
    dates = [f.answer for f in extract_facts(doc) if f.kind in (FactKind.DATE, FactKind.TIME)]
    assert dates == ["Thursday evening"]


@pytest.mark.parametrize("text, date", [
    # the "the" or "a" of a noun a date modifies is the noun's (set AE's raters on "the Nov. 23", "a Nov. 27": "a
    # stray article"); a date that is itself the noun keeps its "the"
    ("Tom Reed, asked if they could pass the bill by the Nov. 23 Thanksgiving holiday, told reporters no.", "Nov. 23"),
    ("In a Nov. 27 letter to the mayor, the attorneys said the plan would fail.", "Nov. 27"),
    ("Prices in Velmland rose through the 1990s boom.", "1990s"),
    ("The bridge in Velmland will be finished by the end of 2019.", "the end of 2019"),
    ("The bridge in Velmland was opened in the 1990s.", "the 1990s"),
    ("By the end of 2004 Velmsoft aims to sell its new phone in Europe.", "the end of 2004"),
])
def test_the_article_of_a_noun_a_date_modifies_is_not_the_dates(nlp, text, date):
    assert [f.answer for f in extract_facts(nlp(text)) if f.kind is FactKind.DATE] == [date]


@pytest.mark.parametrize("text, name, kind", [
    ("Two patients were taken to the Haukeland Royal Infirmary after the crash.", "Haukeland Royal Infirmary",
     FactKind.ORGANIZATION),  # a capitalised run with an organisation's word that the model left unnamed
    ("The ferry race raised 4,000 kroner for the local charity Fjordhjelp Trust last May.", "Fjordhjelp Trust",
     FactKind.ORGANIZATION),
])
def test_a_capitalised_run_with_an_organisations_word_is_an_organisation(nlp, text, name, kind):
    assert kind in _kinds(nlp, text).get(name, set())


@pytest.mark.parametrize("text, name, kind", [
    ("Cafe owner Lars Holm said the race had raised hundreds of pounds for charity DORS.", "DORS",
     FactKind.ORGANIZATION),  # the model: PERSON
    ("Cafe owner Lars Holm said the race had raised hundreds of pounds for charity DORS.", "Lars Holm",
     FactKind.PERSON),
])
def test_a_name_in_capitals_is_an_organisations_initials(nlp, text, name, kind):
    assert kind in _kinds(nlp, text).get(name, set())


@pytest.mark.parametrize(("text", "span", "place"), [
    ("Commuters from Laksevåg used the ferry .", (2, 3), True),  # the name third in its sentence
    ("The mayor of Bergen opened it .", (3, 4), True),
    ("Friends from Laksevåg came .", (2, 3), False),  # "friends" governs no place
    ("From Laksevåg it came .", (1, 2), False),
])
def test_context_makes_a_name_a_place_without_a_model(text, span, place):
    from quizgen.facts.mentions import place_by_context
    from tests.hand_doc import hand_doc

    assert place_by_context(hand_doc(text), *span) is place


@pytest.mark.parametrize(("text", "deps", "heads", "subject"), [
    ("The founder , Anna Berg , thanked the board .", "det nsubj punct compound appos punct ROOT det dobj punct",
     [1, 6, 1, 4, 1, 1, 6, 8, 6, 6], True),
    ("The board thanked the founder , Anna Berg .", "det nsubj ROOT det dobj punct compound appos punct",
     [1, 2, 2, 4, 2, 4, 7, 4, 2], False),  # in apposition to the object
    ("Anna Berg thanked the board .", "compound nsubj ROOT det dobj punct", [1, 2, 2, 4, 2, 2], True),
])
def test_a_subject_or_in_apposition_to_one(text, deps, heads, subject):
    from quizgen.facts.mentions import Mention, is_subject
    from tests.hand_doc import hand_doc

    doc = hand_doc(text, deps=deps, heads=heads)
    start = text.split().index("Anna")
    assert is_subject(doc, Mention(start, start + 2, "PERSON")) is subject


@pytest.mark.parametrize(("text", "ents", "joined"), [
    ("The rocket left French Guiana for Chile .", ["O", "O", "O", "B-NORP", "B-GPE", "O", "B-GPE", "O"],
     [("French Guiana", "GPE"), ("Chile", "GPE")]),
    ("Chile voted on Thursday evening .", ["B-GPE", "O", "O", "B-DATE", "B-TIME", "O"],
     [("Chile", "GPE"), ("Thursday evening", "DATE")]),
    ("Thursday evening Chile voted .", ["B-DATE", "B-TIME", "B-GPE", "O", "O"],
     [("Thursday evening", "DATE"), ("Chile", "GPE")]),
])
def test_split_entities_joined_and_the_others_kept(text, ents, joined):
    from quizgen.facts.mentions import joined_entities
    from tests.hand_doc import hand_doc

    assert [(e.text, e.label_) for e in joined_entities(hand_doc(text, ents=ents))] == joined


def test_a_duration_the_model_missed_is_a_date_mention():
    from quizgen.facts.mentions import gather_mentions
    from tests.hand_doc import hand_doc

    mentions, designations = gather_mentions(hand_doc("The talks took several months ."))
    assert [(m.start, m.end, m.label) for m in mentions] == [(3, 5, "DATE")] and designations == []


def test_a_person_name_holding_an_article_is_no_person():
    from quizgen.facts.mentions import gather_mentions
    from tests.hand_doc import hand_doc

    # a film's title the model read as a person (set AQ: "Meet the Fockers" became "Meet the [Comedy Meet The …]")
    doc = hand_doc("Comedy Meet The Velmans topped the chart . Ana Ruiz said so .",
                   ents=["B-PERSON", "I-PERSON", "I-PERSON", "I-PERSON"] + ["O"] * 4 + ["B-PERSON", "I-PERSON"]
                   + ["O"] * 3)
    assert [doc[m.start:m.end].text for m in gather_mentions(doc)[0] if m.label == "PERSON"] == ["Ana Ruiz"]


@pytest.mark.parametrize(("text", "org"), [
    ("Officials at Vela Shipping Group said so .", "Vela Shipping Group"),  # an organisation word in the name
    ("Officials said the newspaper Rodong Sinmun lied .", "Rodong Sinmun"),  # a head noun before it
    ("Officials said Anna Berg lied .", None),
])
def test_organisations_the_model_missed(text, org):
    from quizgen.facts.mentions import recover_orgs
    from tests.hand_doc import hand_doc

    doc = hand_doc(text)
    mentions = []
    recover_orgs(doc, mentions, [])
    assert [doc[m.start:m.end].text for m in mentions if m.label == "ORG"] == ([org] if org else [])


def test_a_thing_defined_in_apposition_is_no_person():
    from quizgen.facts.appositives import Apposition
    from quizgen.facts.mentions import Mention, settle_labels

    disease = Mention(0, 1, "PERSON")
    (settled,) = settle_labels([disease], [Apposition("role", 0, 1, 3, 7, "disease")])
    assert (disease.label, settled.kind, settled.head) == ("THING", "definition", "disease")
    analyst = Mention(0, 2, "PERSON")
    (kept,) = settle_labels([analyst], [Apposition("role", 0, 2, 4, 6, "analyst")])
    assert (analyst.label, kept.kind) == ("PERSON", "role")


@pytest.mark.parametrize(("sentence", "span", "name"), [
    ("Tomas Vell went on to assert Ines Marlow would lead the team.", "assert Ines Marlow", "Ines Marlow"),
    ("The club signed rookie Peter Holt on Monday.", "rookie Peter Holt", "Peter Holt"),
    ("Funding came from all Velmland Energy Board members.", "all Velmland Energy Board", "Velmland Energy Board"),
    ("Funding came from the state Velmland Energy Board.", "the state Velmland Energy Board",
     "Velmland Energy Board"),
    # a name's own "the" stays until labels are settled, and so do a particle and a brand written in lower case first
    ("Tom Berg walked into the White House on Monday.", "the White House", "the White House"),
    ("The essay by Luis de Miranda was read aloud.", "de Miranda", "de Miranda"),
    ("She bought an iPad in Dunford.", "iPad", "iPad"),
    # no capital at all: no name
    ("He was arrested for selling marijuana in Dunford.", "marijuana", None),
    ("The lorry crash closed the road.", "lorry crash", None),
])
def test_a_name_starts_past_the_lower_case_words_the_model_ran_into_it(nlp, sentence, span, name):
    doc = nlp(sentence)
    start, end = _span(nlp, doc, span)
    found = _past_lower_words(doc, start, end)
    assert (None if found is None else doc[found:end].text) == name


def _span(nlp, doc, span: str) -> tuple[int, int]:
    """Where the words of ``span`` stand in ``doc``, as token indices."""
    words = [t.text for t in nlp.make_doc(span)]
    start = next(i for i in range(len(doc)) if [t.text for t in doc[i:i + len(words)]] == words)
    return start, start + len(words)


@pytest.mark.parametrize(("sentence", "person"), [
    ("Peter Holt said he rang Berg to ask about the plan.", "Berg"),  # the model reads "rang Berg"
    ("The Islanders were led by rookie Peter Holt in the third period.", "Peter Holt"),  # "rookie Peter Holt"
])
def test_a_persons_answer_leaves_out_the_words_the_model_ran_into_the_name(nlp, sentence, person):
    people = {f.answer for f in extract_facts(nlp(sentence)) if f.kind is FactKind.PERSON}
    assert person in people and not any(name[0].islower() for name in people)


@pytest.mark.parametrize(("sentence", "misread", "label", "kept"), [
    ("Medical marijuana became legal in Velmland in 2014.", "marijuana", "PERSON", "Velmland"),
    # a place too: "n’t" and "bund" read as places gave place cards
    ("The Dunford council briefings aren’t mandatory for staff.", "n’t", "GPE", "Dunford"),
    ("Bonds rose across the euro area, with the yield on the bund falling to 0.3 percent.", "bund", "LOC",
     "0.3 percent"),
])
def test_a_name_with_no_capital_is_no_name(nlp, sentence, misread, label, kept):
    """The model reads a common word as a name here: no card asks it as one."""
    assert (misread, label) in {(e.text, e.label_) for e in nlp(sentence).ents}
    facts = extract_facts(nlp(sentence))
    assert kept in {f.answer for f in facts}
    assert not [f for f in facts if f.answer == misread]


def test_a_surname_of_two_words_read_as_a_body_is_the_person(nlp):
    """"Zell-Marsh said" after "Ines Zell-Marsh": the model reads the later surname as an organisation; the quote is
    still hers, under her full name (a blind rater: "the answer gives only a surname")."""
    text = ("“We are going to hope for the best,” said Ines Zell-Marsh, a member of the Dunford council.\n\n"
            "“I feel like the county police are experimenting on us,” Zell-Marsh said.")
    assert ("Zell-Marsh", "ORG") in {(e.text, e.label_) for e in nlp(text).ents}
    quotes = [f for f in extract_facts(nlp(text)) if f.kind is FactKind.QUOTE]
    assert len(quotes) == 2 and {f.canonical for f in quotes} == {"Ines Zell-Marsh"}


@pytest.mark.parametrize(("sentence", "span", "name"), [
    # the sentence's own words the model ran a name on into: a preposition, a conjunction, a determiner
    ("A suit was filed against Vellmar on behalf of the eggs.", "Vellmar on behalf", "Vellmar"),
    ("Holt scored for the Dunford Sabres and Ann Lee stopped 22 shots.", "Dunford Sabres and", "Dunford Sabres"),
    # an aside set off by a dash with spaces round it (set AV's "Roger Federer - nice" substituted for "Federer")
    ("Tomas Vellner - nice bloke, fine player - won again.", "Tomas Vellner - nice", "Tomas Vellner"),
    ("Ann Lee – a local hero – spoke.", "Ann Lee – a", "Ann Lee"),
    ("He said in an email to the Dunford Press that the plan was dead.", "Dunford Press that", "Dunford Press"),
    # a common noun ending a name is the name's own, as is the tail of a hyphened name and a lower-case word inside
    ("The rhetoric came from the Velm Unity party on Monday.", "Velm Unity party", "Velm Unity party"),
    ("The talks boosted Lin Mei-wen on Monday.", "Lin Mei-wen", "Lin Mei-wen"),
    ("Jean-Marc Vellner - a local hero - spoke.", "Jean-Marc Vellner", "Jean-Marc Vellner"),
    ("He joined the Committee for a Responsible Velm Budget.", "Committee for a Responsible Velm Budget",
     "Committee for a Responsible Velm Budget"),
])
def test_a_name_ends_before_the_words_the_model_ran_it_on_into(nlp, sentence, span, name):
    doc = nlp(sentence)
    start, end = _span(nlp, doc, span)
    assert doc[start:name_end(doc, start, end)].text == name


def test_a_name_leaves_out_the_dash_the_model_ran_into_it(nlp):
    # a set-U card answered "Kanye West -"
    text = ("US hip-hop star John West - who leads the race for this year's awards with 10 nominations - rose to "
            "prominence. \"I feel the soul of those old records is in me,\" he said.")
    assert "John West -" in {e.text for e in nlp(text).ents}
    quotes = [f for f in extract_facts(nlp(text)) if f.kind is FactKind.QUOTE]
    assert [f.canonical for f in quotes] == ["John West"]


def test_a_bodys_answer_leaves_out_the_conjunction_the_model_ran_into_it(nlp):
    # the model reads "the Sabres and" as one name
    bodies = {f.answer for f in extract_facts(nlp("Tom Holt scored for the Sabres and Linus Berg stopped 22 shots."))
              if f.kind is FactKind.ORGANIZATION}
    assert bodies == {"Sabres"}


@pytest.mark.parametrize(("text", "start", "end", "name"), [
    ("executive VP Ines Marlow told reporters", 1, 4, "Ines Marlow"),  # the model read the title into the name
    ("Sen. Ines Marlow told reporters", 0, 3, "Ines Marlow"),
    ("VP Marlow told reporters", 0, 2, "VP Marlow"),  # one word after it: the title may be all the name there is
    ("Ines Marlow told reporters", 0, 2, "Ines Marlow"),
])
def test_a_persons_name_starts_past_a_title_read_into_it(text, start, end, name):
    doc = hand_doc(text)
    assert doc[past_title(doc, start, end):end].text == name


def test_a_persons_answer_leaves_out_a_title_the_model_read_into_the_name(nlp):
    people = {f.answer for f in extract_facts(nlp("The firm's executive VP Tom Holt said prices would rise."))
              if f.kind in (FactKind.PERSON, FactKind.QUOTE)}
    assert "Tom Holt" in people and not any(name.startswith("VP") for name in people)


@pytest.mark.parametrize(("text", "later"), [
    # a preposition opening the sentence is no part of the name the model read through it ("Without Charles" as one
    # person made "Charles" two people's word, and a later "Charles" was left bare on a fresh page's card)
    ("Tom Berg, who won many awards, was born in Dunford in 1930. Without Berg, the sound of Velm Street is hard to "
     "imagine. Among the tributes when Berg died in June 2004 was one from his friend, the producer Sam Bell.",
     "Among the tributes when Tom Berg died"),
])
def test_a_name_past_the_preposition_that_opens_its_sentence(nlp, text, later):
    facts = extract_facts(nlp(text))
    assert "Without" not in {f.answer.split()[0] for f in facts}
    assert any(f.sentence.startswith(later) for f in facts), {f.sentence for f in facts}


def test_a_word_the_article_reads_as_a_group_is_no_first_name(nlp):
    """"Tory Dan Morrow" read as one person while "a Tory one" is a group: a fresh page's card answered "Tory Liam
    Fox" and wrote "a Tory one" out as "a Tory Liam Fox one"."""
    text = ('The Greens say they will look at the plans, but Tory Dan Morrow said his party offered a "clear choice" on '
            'the issue. The party chairman said voters had a choice between a Labour government and a Tory one that '
            'would cut taxes.')
    facts = extract_facts(nlp(text))
    assert "Dan Morrow" in {f.answer for f in facts}
    assert not any("Tory Dan" in f.answer or "Tory Dan Morrow one" in f.sentence for f in facts)


def test_a_party_word_is_no_first_name(nlp):
    """"Tories Ken Arbo" read as one person (the article never reads "Tories" as a group): a set-Y card answered
    "Tories Ken Clarke"."""
    text = ('But the all-party group, including Tories Ken Arbo and Hugh Marlow, is confident. Mr Arbo said the issue '
            '"went to the heart of reforming the system".')
    answers = {f.answer for f in extract_facts(nlp(text))}
    assert "Ken Arbo" in answers and not any(a.startswith("Tories") for a in answers), answers


def test_a_storms_own_name_is_the_storm(nlp):
    """"Mitch killed about 10,000 people" after "Hurricane Mitch": the storm, written out, and no person (a tune card
    read "Mitch killed …": "'Mitch' alone is unclear")."""
    text = ("The Velm fund matches the aid sent to the islands after Hurricane Mitch. Mitch flooded about 3,000 homes "
            "and caused damage of about $2bn.")
    facts = extract_facts(nlp(text))
    assert "Mitch" not in {f.answer for f in facts if f.kind is FactKind.PERSON}
    assert any(f.answer == "about $2bn" and "Hurricane Mitch] flooded" in f.sentence for f in facts), \
        {f.sentence for f in facts}


@pytest.mark.parametrize(("text", "name"), [
    ("Tom Berg survived an injury scare as he battled past Ken Lund 6-4 3-6 6-3 6-4.", "Ken Lund"),
    ("Ivan Marek survived an injury scare as he battled past Mario Vesic 6-4 3-6 6-3 6-4.", "Mario Vesic"),
])
def test_a_persons_name_ends_before_the_score_the_model_ran_it_into(nlp, text, name):
    """A set-X card answered "Mario Ancic 6": the model took the score's first figures into the name."""
    people = {f.answer for f in extract_facts(nlp(text)) if f.kind is FactKind.PERSON}
    assert name in people and not any(p.startswith(name + " ") for p in people)


@pytest.mark.parametrize(("text", "answer", "opens"), [
    # the model reads the later bare surname as no name at all: the one person named in full with it is meant (a
    # set-X card read "Bening, who was born in Texas in _____" where the article had named "Annette Bening" first)
    ("Film actress Annette Kessing is up for an Oscar for her starring role in the film. Kessing, who was born in "
     "Texas in 1958, has gained prominence for a string of key roles.", "1958", "Annette Kessing, who"),
    # two people of the article have it: either could be meant, so it stays as written
    ("Film actress Annette Kessing and her brother Tom Kessing are up for an Oscar. Kessing, who was born in Texas in "
     "1958, has gained prominence for a string of key roles.", "1958", "Kessing, who"),
    # "Mr Okabori" is a person's name whatever the model read the full name as: written out as that person's (a set-Y
    # card opened "Mr Toshitsune is one of Japan's 23,000 centenarians …" where the model had read the full name as a
    # building; raters: "introduced with no context")
    ("Kenji Okabori runs the oldest bakery in Velm. Mr Okabori is one of 300 bakers in the town, a trade that "
     "shrinks by 4% a year.", "300", "Kenji Okabori is one of"),
    # two names of the article end with it: either could be meant, so it stays as written
    ("Kenji Okabori and Aiko Okabori run the oldest bakery in Velm. Mr Okabori is one of 300 bakers in the town, a "
     "trade that shrinks by 4% a year.", "300", "Mr Okabori is one of"),
])
def test_a_short_name_is_written_out_as_the_one_person_it_names(nlp, text, answer, opens):
    found = [f.sentence for f in extract_facts(nlp(text)) if f.answer == answer]
    assert found and found[0].startswith(opens), found


def test_a_place_after_miss_is_a_pageant_not_a_person(nlp):
    """"the Miss Idaho title": "Miss" before a place names a pageant's title, and the place stays a place."""
    facts = [f for f in extract_facts(nlp("As a teen she entered state pageants and won the Miss Nevada title in "
                                          "2004.")) if f.answer == "Nevada"]
    assert facts and all(f.label != "PERSON" for f in facts)


@pytest.mark.parametrize(("text", "name"), [
    # a verb's "-ing" form opening the sentence is no first name (set AO: "Tying Obamacare" read as a person, every
    # later "Obamacare" became "Tying Obamacare", and a card credited the Speaker's words to it)
    ("Tom Berg wants more time. Tying Medicaid to the tax bill brings new risks for the Republicans.", "Medicaid"),
    ("The vote was close. Funding Medicaid is costly, Tom Berg said.", "Medicaid"),
])
def test_a_gerund_opening_the_sentence_is_no_part_of_a_name(nlp, text, name):
    doc = nlp(text)
    people = [doc[m.start:m.end].text for m in gather_mentions(doc)[0] if m.label == "PERSON"]
    assert name in people and not any(p.endswith(f"ing {name}") for p in people), people


@pytest.mark.parametrize(("text", "name"), [
    # the model left a name's last part off (set AO: "Who was Lee Hsien in November 2017?")
    ("Later, Velm Prime Minister Lee Hsien Loong said little.", "Lee Hsien Loong"),
    ("The talks ended when President Moon Jae-in left Dunford.", "Moon Jae-in"),
    ("The vote ended a decade of Tom Berg-led rule in Dunford.", "Tom Berg"),  # a word after the hyphen
    ("Tom Berg flew to his Mar-a-Lago home on Friday.", "Tom Berg"),
])
def test_a_name_the_model_cut_short_is_taken_whole(nlp, text, name):
    doc = nlp(text)
    assert name in [doc[m.start:m.end].text for m in gather_mentions(doc)[0] if m.label == "PERSON"]


@pytest.mark.parametrize(("text", "name"), [
    # the model left a body's first words and its "and" off (a tune card read "by [Trademark Office]", a rater:
    # "garbled")
    ("Ferry owners protested on Friday near the U.K. Patent and Trademark Office in Dunford.",
     "Patent and Trademark Office"),
    ("He met the President and Bretton Woods Committee staff.", "Bretton Woods Committee"),  # a title is no part
    # a body of its own after "and the"
    ("Groups such as MoveOn Political Action and the Velm Families Party call her a model.",
     "the Velm Families Party"),
])
def test_a_bodys_name_the_model_split_at_and_is_taken_whole(nlp, text, name):
    doc = nlp(text)
    assert name in [doc[m.start:m.end].text for m in gather_mentions(doc)[0] if m.label == "ORG"]
