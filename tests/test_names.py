"""Who is who: name resolution and pronoun insertion."""

from __future__ import annotations

import pytest
from spacy.tokens import Span

from quizgen.facts.clipped_orgs import FirstWords, LastWords
from quizgen.facts.extract import extract_facts
from quizgen.facts.model import FactKind
from quizgen.facts.names import NameIndex, PersonTracker, acronym_of, gender_hint, name_words
from quizgen.questions.candidates import make_cloze
from tests.factory import stands_alone


@pytest.mark.parametrize(("known", "mention", "full"), [
    (["Kim Jong Un"], "Kim", "Kim Jong Un"),
    (["Joseph Dempsey"], "Dempsey", "Joseph Dempsey"),
    (["Anna Berg"], "Ms Berg", "Anna Berg"),
    (["Anna Berg", "Lars Berg"], "Berg", "Berg"),  # either of two: the latest was a guess, and wrong answers followed
    (["Anna Berg"], "Omar", "Omar"),
    (["Lee Sung-joon"], "Lee", "Lee Sung-joon"),
    # after "Mr" a word is a surname: never the first name of someone else
    (["Gerald Hale"], "Mr Gerald", "Gerald"),
    (["Gerald Hale"], "Mr Hale", "Gerald Hale"),
    (["Kim Jong Un"], "Mr Kim", "Kim Jong Un"),  # the family name first: "Kim" is no one sex's first name
])
def test_short_mentions_resolve_to_full_names(known, mention, full):
    index = NameIndex()
    for name in known:
        index.add(name)
    assert index.resolve(mention) == full


def test_a_titled_surname_is_not_a_namesakes_first_name(nlp):
    text = "Party members backed MP Gerald Hale on Monday. At a meeting, Mr Gerald defended the rules."
    meeting = [f for f in extract_facts(nlp(text)) if "defended" in f.sentence]
    assert meeting and not any("Gerald Hale" in f.sentence or f.answer == "Gerald Hale" for f in meeting)


def test_name_helpers():
    assert name_words("Dr. Anna Berg’s") == ["Anna", "Berg"]
    assert acronym_of("International Institute for Strategic Studies") == "IISS"
    assert gender_hint("Ms Berg") == "f" and gender_hint("the spokesman") == "m" and gender_hint("Berg") == ""


def test_pronoun_takes_the_recent_compatible_subject():
    tracker = PersonTracker()
    tracker.add(0, "Nkem Berg", subject=True, gender="f")
    tracker.add(1, "Tatenda Diallo", subject=True)
    assert tracker.resolve("he", 2) == "Tatenda Diallo"
    assert tracker.resolve("she", 2) == "Tatenda Diallo"  # no gender known (a first name not in the list): still the latest
    tracker.add(1, "Tatenda Diallo", gender="m")
    assert tracker.resolve("she", 2) == "Nkem Berg"
    assert tracker.resolve("he", 9) == ""  # too far back to be safe


def test_two_people_and_no_subject_is_no_guess():
    tracker = PersonTracker()
    tracker.add(0, "Nkem Berg")
    tracker.add(0, "Tatenda Diallo")
    assert tracker.resolve("he", 1) == ""


def test_opening_pronoun_is_replaced_by_a_marked_name(nlp):
    text = "Tom Harper wrote the report in Geneva. He said the army had lost at least three tanks."
    (count,) = [f for f in extract_facts(nlp(text)) if f.kind is FactKind.COUNT]
    assert count.sentence.startswith("[Tom Harper] said the army")
    assert count.sentence[count.start:count.end] == count.answer == "at least three"
    assert count.parse.text == count.sentence
    for tok in count.parse.tokens:
        assert count.sentence[tok.idx:tok.idx + len(tok.text)] == tok.text
    assert stands_alone(count.sentence)
    assert make_cloze(count) is not None


@pytest.mark.parametrize("text, opener", [
    # a name inside a quotation is not what a later pronoun stands for
    ('Mayor Dana Rusk spoke first. "We thank Kim Porter for the work on the bridge," the mayor said.\n'
     'She has also spoken to Governor Tom Vance.', "[Dana Rusk] has also spoken"),
    ('Dana Rusk opened the bridge. "Without Kim Porter none of this would stand."\n'
     'She has also spoken to Governor Tom Vance about the costs.', "[Dana Rusk] has also spoken"),
    # nor the subject of a clause describing another name
    ("Peter Holt has worked with Dana Vell and Mira Osk, both of whom Tobias Renn has sued in the past. "
     "He has also spoken to Governor Tom Vance.", "[Peter Holt] has also spoken"),
    ("Peter Holt is unhappy with the way his partner Tobias Renn has handled the dispute. "
     "He has also spoken to Governor Tom Vance.", "[Peter Holt] has also spoken"),
])
def test_a_pronoun_goes_on_with_whom_the_narration_is_about(nlp, text, opener):
    sentences = {f.sentence for f in extract_facts(nlp(text)) if "spoken" in f.sentence}
    assert sentences and all(s.startswith(opener) for s in sentences), sentences


@pytest.mark.parametrize("text, opening", [
    # a quotation's opening "He" is never its own speaker, who would say "I" (a fresh page's who-said card quoted
    # "[Oscar Isaac] doesn't want to be a gangster" as Oscar Isaac's own words about his character)
    ("Tom Berg plays Abel Vane, a harbour master, in Velm Street. “He doesn't want to be a gangster, and he has never "
     "wanted to be one. And he is afraid of the sea,” Tom Berg told the Velm Post in 2014.", "“He doesn't"),
    # someone else's "He" may be the one the narration named
    ("Tom Berg was arrested in Dunford in 2014. “He is a kind man who never hurt anyone in his whole life,” his "
     "mother Ada Berg told the Velm Post.", "“[Tom Berg] is a kind man"),
])
def test_a_quotation_s_opening_pronoun_is_not_its_own_speaker(nlp, text, opening):
    sentences = {f.sentence for f in extract_facts(nlp(text)) if f.sentence_index >= 1 and f.sentence.startswith("“")}
    assert sentences and all(s.startswith(opening) for s in sentences), sentences


@pytest.mark.parametrize("text, last", [
    # a possessive that owns the sentence's subject goes on with someone the sentence does not name: a later "he" is
    # not the name inside the subject ("His version of Don Gibson's song …. In 1972, he made …" was written out as
    # Don Gibson, a wrong fact on a fresh page)
    ("Tom Berg was born in Georgia in 1930. He recorded dozens of hits. His version of Roy Denton's I Can't Stop "
     "Loving You topped the pop charts in the US. In 1972, he made a rare foray into protest songs.",
     "In 1972, he made"),
    # the subject named beside its owner is the one a later "he" means
    ("Omar Quill shot 40 people in Dunford in 2016. His father, Seddique Quill, runs a shop in Velm. In 2010, he "
     "started a group called Velm Jirga.", "In 2010, [Seddique Quill] started"),
    # a "him" the subject's sentence has as an object may be the one a later "he" goes on with: no one is safe (a
    # set-AA card wrote "[Tony Blair] held each of the major offices …" of an obituary's subject Blair had praised)
    ("Tom Berg led the Velm party from 1976. Mayor Ed Vance called him a giant of the party. He opened 40 new "
     "schools in 1987.", "He opened"),
    # a "him" of no verb's object leaves the subject the one meant
    ("Tom Berg led the Velm party from 1976. Mayor Ed Vance spoke beside him at a rally. He opened 40 new schools in "
     "1987.", "[Ed Vance] opened"),
    # one who reports another man's plans is not surely the he who goes on with them: no one is safe (a tune card
    # credited the chancellor's plan to the correspondent describing it, a wrong fact)
    ("Before the vote, reporter Tom Berg said Mr Ed Vance would set out new targets for the Velm schools. He would "
     "compare a plan to hire 400 teachers with a rival plan to close 12 schools.", "He would compare"),
    # … while a he who speaks goes on with the one speaking
    ("Before the vote, reporter Tom Berg said Mr Ed Vance would set out new targets for the Velm schools. He said "
     "the plan would hire 400 teachers by 2012.", "[Tom Berg] said"),
])
def test_whom_a_later_he_goes_on_with(nlp, text, last):
    assert _last_sentence_openings(nlp, text, len(last)) == {last}


def _last_sentence_openings(nlp, text: str, length: int) -> set[str]:
    """The first ``length`` characters of the article's last sentence, as each of its facts shows it."""
    facts = extract_facts(nlp(text))
    final = max(f.sentence_index for f in facts)
    return {f.sentence[:length] for f in facts if f.sentence_index == final}


def test_pronoun_speaker_is_named(nlp):
    text = "Anna Berg visited Oslo. She called the decision “a betrayal of trust”."
    (quote,) = [f for f in extract_facts(nlp(text)) if f.kind is FactKind.QUOTE]
    assert quote.sentence.startswith("[Anna Berg] called")
    assert (quote.answer, quote.topic, quote.canonical) == ("Anna Berg", "a betrayal of trust", "Anna Berg")


def test_short_name_fact_carries_the_full_name(nlp):
    facts = extract_facts(nlp("Joseph Dempsey studied the photos. Later, Dempsey wrote to the ministry."))
    short = [f for f in facts if f.kind is FactKind.PERSON and f.sentence_index == 1]
    assert short and short[0].canonical == "Joseph Dempsey"
    assert short[0].answer == "Joseph Dempsey" and short[0].sentence.startswith("Later, Joseph Dempsey wrote")


@pytest.mark.parametrize("text, second", [
    # raters: "change 'before Kim' to 'before Kim Jong Un'": a short name the article has given in full is written out
    ("Kim Jong Un visited the port of Wonsan. The ministry sent 40 engineers before Kim arrived.",
     "The ministry sent 40 engineers before Kim Jong Un arrived."),
    # two people share the surname: either could be meant, so it stays as the article has it
    ("Lee Sang-min and Lee Jae-myung met in Seoul. The ministry sent 40 engineers before Lee arrived.",
     "The ministry sent 40 engineers before Lee arrived."),
    # a quotation keeps its own words
    ("Kim Jong Un visited the port of Wonsan. “We sent 40 engineers before Kim arrived,” the ministry said.",
     "“We sent 40 engineers before Kim arrived,” the ministry said."),
    # "Chief Executive Officer" is a role, no title before a person "Executive Officer" whose surname "Officer" was
    # then written out in full (a card read "Chief Executive Officer Executive Officer")
    ("Chief Executive Officer (Acting) of the Velm Special Zone Authority, Gary Stott, added that two events will "
     "take place. Among local presenters is Professor Gordon Shale, Chief Executive Officer of the Port Authority of "
     "Velmland, who will speak in June.",
     "Among local presenters is Professor Gordon Shale, Chief Executive Officer of the Port Authority of Velmland, "
     "who will speak in June."),
    # a courtesy title goes with the surname it stood before (raters: "'Mr Robert Mugabe' is awkward"); "Dr." stays
    ("Anton Velkov signed the embargo in 1997. In August 1998, Mr. Velkov ordered a strike on the port.",
     "In August 1998, Anton Velkov ordered a strike on the port."),
    ("Karen Velkov signed the embargo in 1997. In August 1998, Mrs Velkov ordered a strike on the port.",
     "In August 1998, Karen Velkov ordered a strike on the port."),
    ("Karen Velkov signed the embargo in 1997. In August 1998, Dr. Velkov ordered a strike on the port.",
     "In August 1998, Dr. Karen Velkov ordered a strike on the port."),
    # the "a" or "an" before it follows the full name's first letter (raters: "'an Barack Obama' is ungrammatical")
    ("Barbara Oakes won the 2012 vote in Dunford. Kvam, an Oakes stronghold in 2012, is likely to lose two seats.",
     "Kvam, a Barbara Oakes stronghold in 2012, is likely to lose two seats."),
    ("Ursula Oakes won the 2012 vote in Dunford. Kvam, an Oakes stronghold in 2012, is likely to lose two seats.",
     "Kvam, an Ursula Oakes stronghold in 2012, is likely to lose two seats."),
    # one word of a longer name the model split: a word in capitals or a number goes on from it, or a name's word
    # comes before it (cards read "the Xbox Live One X", "Davis Cup Davis Cup", "Kentucky Virginia Democrats")
    ("Mira Coldwell reviewed it for us. The biggest knock against the Coldwell One X is its $500 price.",
     "The biggest knock against the Coldwell One X is its $500 price."),
    ("Mira Coldwell wrote the report. Its rival, the Coldwell 360, sold 5 million units.",
     "Its rival, the Coldwell 360, sold 5 million units."),
    ("Mira Coldwell wrote the report. The Coldwell Cup final drew 5,000 fans.",
     "The Coldwell Cup final drew 5,000 fans."),
    ("Ostrava Democrats won 5 seats. Kentucky Democrats beat the governor by 5 points.",
     "Kentucky Democrats beat the governor by 5 points."),
    # the rest of the full name written right after it, in a form no rule above reads as a name's word: as written
    # (a set-BA card read "Fahrenheit 9/11 9/11 director")
    ("Anna Velm 4x4 won the race. Velm 4x4 fans cheered in Dunford on Sunday.",
     "Velm 4x4 fans cheered in Dunford on Sunday."),
    # joined to the next word by a hyphen: a compound's part, never written out
    ("Mira Coldwell drew the cards. The Coldwell-Velm deck was first printed in 1910 in Dunford.",
     "The Coldwell-Velm deck was first printed in 1910 in Dunford."),
    # a score after it is no name's number, and a sentence's first word no name's word: written out
    ("Karen Velkov won the first set. The top-ranked Anton Berg earlier defeated Velkov 6-3, 7-6 to level the series.",
     "The top-ranked Anton Berg earlier defeated Karen Velkov 6-3, 7-6 to level the series."),
    ("Hillary Clinton denied it. Two Clinton donors tell reporters that she made the claim on Thursday.",
     "Two Hillary Clinton donors tell reporters that she made the claim on Thursday."),
    ("Anton Berg won the vote. Though Berg’s inauguration is a month away, 5 aides have left.",
     "Though Anton Berg’s inauguration is a month away, 5 aides have left."),
    ("Anton Berg won the vote. If I were Berg I would wait 5 days.", "If I were Anton Berg I would wait 5 days."),
    ("Anton Berg won the vote. Overall, Ostrava gave Berg 36 electoral votes.",
     "Overall, Ostrava gave Anton Berg 36 electoral votes."),
    ("Anton Berg won the vote. In May, President Berg hired 5 aides.", "In May, President Anton Berg hired 5 aides."),
    ("Anton Berg won the vote. The council heard Berg Tuesday, when 5 aides left.",
     "The council heard Anton Berg Tuesday, when 5 aides left."),
])
def test_a_short_name_is_written_out_in_full_outside_quotations(nlp, text, second):
    facts = [f for f in extract_facts(nlp(text)) if f.sentence_index == 1]
    assert facts and {f.sentence for f in facts} == {second}
    for f in facts:
        assert f.sentence[f.start:f.end] == f.answer
        assert [f.sentence[t.idx:t.idx + len(t.text)] for t in f.parse.tokens] == [t.text for t in f.parse.tokens]


def test_a_surname_after_a_hyphen_stays_a_compounds_part(nlp):
    # a fresh page's card read "The Rider-Arthur Edward Waite deck": there the model took the surname after the
    # hyphen alone for a person; the parse is rewired to match
    doc = nlp("Mira Coldwell drew the cards. The Velm-Coldwell deck was first printed in 1910 in Dunford.")
    surname = [t.i for t in doc if t.text == "Coldwell"][1]
    doc.ents = [e for e in doc.ents if not e.start <= surname < e.end] + [Span(doc, surname, surname + 1, "PERSON")]
    assert {f.sentence for f in extract_facts(doc) if f.sentence_index == 1} == {
        "The Velm-Coldwell deck was first printed in 1910 in Dunford."}


def test_a_known_surname_is_a_person_even_when_the_model_misses_it(nlp):
    text = ("“This is a fantastic day for science,” said Josef Aschbacher, the agency’s director general. "
            "Aschbacher told reporters that the spacecraft carried 10 instruments.")
    facts = extract_facts(nlp(text))
    assert ("Josef Aschbacher", "Josef Aschbacher") in {(f.answer, f.canonical) for f in facts
                                                        if f.kind is FactKind.PERSON and f.sentence_index == 1}


@pytest.mark.parametrize("known, mention, full", [
    (["Lee Sang-min"], "Lee", "Lee Sang-min"),
    (["Lee Sang-min", "Lee Jae-myung"], "Lee", "Lee"),  # two people share the surname: no guess
    (["Lee Sang-min", "Lee Jae-myung"], "Lee Jae-myung", "Lee Jae-myung"),
    (["Kim Jong Un"], "Mr Kim", "Kim Jong Un"),
    (["Kim Jong Un", "Kim Yo Jong"], "Kim", "Kim"),
])
def test_a_surname_resolves_only_to_the_one_person_it_can_be(known, mention, full):
    from quizgen.facts.names import NameIndex

    index = NameIndex()
    for name in known:
        index.add(name)
    assert index.resolve(mention) == full


def test_a_known_surname_the_model_reads_as_a_date_is_the_person(nlp):
    text = ("Seddique Mir Mateen has hosted a television show about politics since 2010.\n"
            "Rep. Ed Royce said he met Afghan-Americans at a meeting in Washington last year.\n"
            "In a video dated May 23, 2015, Mateen declared himself a candidate for the presidency.\n"
            "“Our country is in danger and most of it is not under the government's control,” he said.")
    quotes = [f for f in extract_facts(nlp(text)) if f.kind is FactKind.QUOTE]
    assert [(f.canonical or f.answer) for f in quotes] == ["Seddique Mir Mateen"]  # not Ed Royce, two sentences back
    may = [f for f in extract_facts(nlp("Theresa May spoke in London. The vote was held in May 2019."))
           if f.sentence_index == 1]
    assert not [f for f in may if f.kind is FactKind.PERSON]  # a month is never the person


@pytest.mark.parametrize(("text", "gender"), [
    ("spokeswoman Anna Berg", "f"), ("the chairwoman", "f"), ("a businesswoman", "f"), ("congresswoman Berg", "f"),
    ("spokesman Omar Diallo", "m"), ("the chairman", "m"), ("a businessman", "m"), ("congressman Diallo", "m"),
    ("the chair", ""),
])
def test_gender_from_role_words(text, gender):
    assert gender_hint(text) == gender


def test_only_he_and_she_name_a_person():
    tracker = PersonTracker()
    tracker.add(0, "Anna Berg", subject=True)
    assert tracker.resolve("She", 1) == "Anna Berg"
    assert tracker.resolve("It", 1) == "" and tracker.resolve("they", 1) == ""


def test_alone_the_one_person_named_last_of_the_pronouns_gender():
    tracker = PersonTracker()
    tracker.add(0, "Omar Diallo", subject=True, gender="m")
    tracker.add(1, "Anna Berg", gender="f")
    assert tracker.resolve("her", 2, alone=True) == "Anna Berg"
    assert tracker.resolve("his", 2, alone=True) == ""  # the nearest sentence names only her
    tracker.add(1, "Lars Holm")
    assert tracker.resolve("her", 2, alone=True) == ""  # two people: no guess


@pytest.mark.parametrize(("text", "later", "not_written"), [
    # a film, a page, a ship named in quotes: a label, so a later bare surname is not written out as it
    ("Visitors lined up to watch the film “Anna Petrov” at the festival in Cannes.\n\n"
     "Petrov told reporters on Friday that 3,000 tickets had been sold.", "Petrov told reporters", "Anna Petrov told"),
])
def test_a_name_quoted_as_a_label_is_not_a_full_name(nlp, text, later, not_written):
    sentences = {f.sentence for f in extract_facts(nlp(text)) if f.sentence_index == 1}
    assert sentences and all(later in s for s in sentences)
    assert not any(not_written in s for s in sentences)


def test_a_name_in_a_quoted_remark_is_still_a_full_name(nlp):
    """Only a few capitalised words alone in quotes are a label; a name inside a quoted remark stays a person."""
    text = "“I met Anna Petrov at the festival in Cannes,” the director said.\n\nPetrov told reporters on Friday " \
           "that 3,000 tickets had been sold."
    later = [f for f in extract_facts(nlp(text)) if f.sentence_index == 1 and f.kind is FactKind.COUNT]
    assert later and later[0].sentence.startswith("Anna Petrov told")


def test_a_he_after_a_subject_two_people_share_names_nobody(nlp):
    text = ("Omar Mateen killed 49 people in Orlando. His father, Seddique Mateen, made videos. "
            "The elder Mateen is a salesman who started a group in 2010, according to Daniel Hughes, a businessman "
            "from Ohio. He apparently left Kabul more than 30 years ago.")
    facts = [f for f in extract_facts(nlp(text)) if f.answer == "Kabul"]
    assert facts and all("Daniel Hughes" not in f.sentence for f in facts)  # the elder Mateen left, not Hughes


def test_an_owners_possessive_is_no_first_name(nlp):
    text = ("Feng Zhang is a researcher at the Broad Institute in Cambridge. "
            "In 2013, the laboratories of Harvard’s Church and Broad’s Zhang were first to publish papers. "
            "In April, Zhang and the Broad won the first of several patents.")
    facts = extract_facts(nlp(text))
    assert not any("Broad Zhang" in f.sentence or f.answer == "Broad Zhang" for f in facts)
    assert not any(f.kind is FactKind.PERSON and f.answer == "Broad" for f in facts)  # "the Broad" is a body
    assert any(f.kind is FactKind.PERSON and f.answer == "Feng Zhang" and f.sentence.startswith("In April")
               for f in facts)


def test_a_first_name_before_a_quoted_nickname_is_not_expanded(nlp):
    text = ('"We expect this hall to help the city," said Don Castell, the foundation\'s executive director. '
            'The space would become the home for the foundation\'s Don "Moose" Jamison School of Music.')
    facts = extract_facts(nlp(text))
    assert not any('Castell "Moose"' in f.sentence for f in facts)
    assert not any(f.sentence.startswith("The space") and f.canonical == "Don Castell" for f in facts)


@pytest.mark.parametrize("name, pronoun, resolved", [
    ("Robert Kane", "her", ""),  # a man's first name: "her" is someone the model did not tag
    ("Robert Kane", "his", "Robert Kane"),
    ("Susan Kane", "he", ""),
    ("Susan Kane", "she", "Susan Kane"),
    ("Kim Kane", "she", "Kim Kane"),  # a first name both sexes use rules nobody out
    ("Taylor Kane", "she", "Taylor Kane"),  # nor does one the list gives as only mostly a man's
    ("Xolani Kane", "he", "Xolani Kane"),  # not in the name list: unknown, as before
])
def test_a_first_name_of_the_other_sex_is_not_what_a_pronoun_stands_for(name, pronoun, resolved):
    tracker = PersonTracker()
    tracker.add(0, name, subject=True)
    assert tracker.resolve(pronoun, 1) == resolved


def test_what_the_article_says_of_a_person_outranks_the_first_name():
    tracker = PersonTracker()
    tracker.add(0, "Michael Vale", subject=True, gender="f")  # "Ms Vale": the article outranks the name list
    assert tracker.resolve("she", 1) == "Michael Vale"


def test_a_peers_title_keeps_its_surname_alone(nlp):
    text = ("The new exams began in 1986 with Kenneth Baker as education secretary. "
            "Lord Baker told the Telegraph that standards fell over time. Later, Baker wrote a book about the reform.")
    sentences = {f.sentence for f in extract_facts(nlp(text))}
    assert "Lord Baker told the Telegraph that standards fell over time." in sentences  # not "Lord Kenneth Baker"
    assert "Later, Kenneth Baker wrote a book about the reform." in sentences


@pytest.mark.parametrize("text, person, never", [
    # the model read "envoy to Ukraine Kurt Volker" as one body, and the quote's "Volker said" as that body (a
    # fresh page: the who-said card's back was the bare "Volker")
    ("Another diplomat, former special envoy to Velmland Kurt Vollan, shifted his own account of the meeting. "
     "“I think all of us thought it was inappropriate,” Vollan said.", "Kurt Vollan", "Velmland Kurt Vollan"),
])
def test_a_full_name_closing_a_misread_name_is_the_person(nlp, text, person, never):
    facts = extract_facts(nlp(text))
    assert {f.answer for f in facts if f.kind is FactKind.QUOTE} == {person}
    assert never not in {f.answer for f in facts}


def test_a_full_name_the_model_marked_as_no_one_names_its_surname(nlp):
    """The model marks no entity on "Tomas Parise’s" here (a fresh page: "Zach Parise’s"), but "Parise said" is a
    person: the bare surname is Tomas Parise."""
    text = ("Hours before Tomas Parise’s two-goal performance Tuesday, Wild coach Bruce Boudreau expressed confidence "
            "in the veteran winger. “You can go either way,” Parise said.")
    doc = nlp(text)
    assert "Tomas Parise" not in {e.text for e in doc.ents}  # the misreading the rule is for
    facts = extract_facts(doc)
    assert {f.answer for f in facts if f.kind is FactKind.QUOTE} == {"Tomas Parise"}
    assert all("Tomas Tomas" not in f.sentence and "Tomas Parise Tomas" not in f.sentence for f in facts)


@pytest.mark.parametrize("text, name", [
    ("Shares of Morgan Stanley rose 3% in Dunford on Tuesday.", "Morgan Stanley"),  # two words: the body's name
    # a place whose second word is also a first name, its last word never alone: no person
    ("Emergency services were called to the Dunford Curry House on St Leonards Place in Velmland.", "Leonards Place"),
    # the end of bodies' names, alone only after another name or "the" (tune pages)
    ("With $43 million from leading venture funds Third Rock Ventures and Flagship Ventures, Velm looked strong.",
     "Rock Ventures"),
    ("Donors included the Gia Maione Prima Foundation. The Foundation gave $3 million to Dunford.",
     "Prima Foundation"),
])
def test_a_name_stays_what_it_was(nlp, text, name):
    facts = extract_facts(nlp(text))
    assert name not in {f.answer for f in facts if f.kind is FactKind.PERSON}


@pytest.mark.parametrize("text, second", [
    # a body named by the first word of its full name is written out in full (raters: "'Taylor' dangles: a person? a
    # company?"), whether the model read the word as no name or as a person
    ("Velmar Investment Group bought Dunford Media in 2013. Velmar will give up the contract at the end of 2021, "
     "Ada Quill said.",
     "Velmar Investment Group will give up the contract at the end of 2021, Ada Quill said."),
    ("Las Vegas builder Taylor International Corp. employed 500 people in 2007. Today Taylor employs 30 people, said "
     "Ada Quill.", "Today Taylor International Corp. employs 30 people, said Ada Quill."),
    # a person the article names by that word stays the person
    ("Taylor Swift sang at the Velm Arena in 2019. Taylor said the show was sold out.",
     "Taylor Swift said the show was sold out."),
    # two bodies open with the word: either could be meant
    ("Velmar Investment Group sold Velmar Capital Partners in 2013. Velmar will give up the contract at the end of "
     "2021, Ada Quill said.", "Velmar will give up the contract at the end of 2021, Ada Quill said."),
    # a quotation keeps its own words
    ("Velmar Investment Group bought Dunford Media in 2013. “Velmar will give up the contract in 2021,” Ada Quill "
     "said.", "“Velmar will give up the contract in 2021,” Ada Quill said."),
    # a body the article named on its own first is itself, whatever later names open with its name
    ("Dunmark bought 40 harbour cranes in 2013, and Dunmark Pencil sold well in 2014. Dunmark will give up the "
     "contract at the end of 2021, Ada Quill said.",
     "Dunmark will give up the contract at the end of 2021, Ada Quill said."),
    # a word that says which kind of thing a common noun is stays as written ("Fios product management" is not
    # "Fios TV product management", a wrong title on a role card)
    ("Velm Telecom showed its Velmo TV service in 2013. Kara Dunford, vice president of Velmo product management for "
     "Velm Telecom, said the price would fall.",
     "Kara Dunford, vice president of Velmo product management for Velm Telecom, said the price would fall."),
    # a word in capitals goes on from it: another name ("a House Democratic source" was written "a House Democratic
    # Leadership Democratic source")
    ("The House Democratic Leadership gave members talking points in 2013. A House Democratic source said the vote "
     "would fall in May 2021.", "A House Democratic source said the vote would fall in May 2021."),
    # a name ending in a common noun names a thing the body makes, not the body ("If Apple could gain" was written
    # "If Apple TV could gain", a wrong answer on three cards of a fresh page)
    ("Velmco sold its Velmco TV box in 2013. Velmco will sell 40 sets in March 2021, Ada Quill said.",
     "Velmco will sell 40 sets in March 2021, Ada Quill said."),
    # a body inside the one its first word names: "the Senate" is not its committee (tune pages: "If the Senate
    # votes" was written out as that committee's name)
    ("The Senate Budget Committee met in Dunford in 2013. The Senate will vote on the bill in March 2021, Ada Quill "
     "said.", "The Senate will vote on the bill in March 2021, Ada Quill said."),
    # a surname two people share, which the model reads as a person, stands for no building named after them
    ("Team owner Jerry Berg and his son Stephen Berg opened the Berg Mahal in Dunford in 2013. Berg said the show was "
     "sold out in March 2021.", "Berg said the show was sold out in March 2021."),
    # a name ending in a person's title is no body's full name ("the Fed" is not "the Fed Chair")
    ("Fed Chair Ada Quill spoke in Dunford in 2013. The Fed will raise rates in March 2021, Tom Berg said.",
     "The Fed will raise rates in March 2021, Tom Berg said."),
    # a name ending in a part of an institution is that part, not the institution ("the Harvard and University of
    # North Carolina cases" was written "the Harvard Law School and …", a wrong fact on a fresh page)
    ("Ada Quill graduated from Velmor Law School in 2001. Tom Berg referred to the loss in the Velmor and Dunford "
     "cases in March 2021.", "Tom Berg referred to the loss in the Velmor and Dunford cases in March 2021."),
    # the full name written out earlier in the same sentence: the lone word is its own (a tune card read "a treatment
    # for [a research grid's name]", rated garbled)
    ("Ada Quill built the grid in 2013. The firm, working with Dunford Devices, previously developed the Cholera "
     "Research Grid, which linked more than two million volunteers in the search for a treatment for Cholera.",
     "The firm, working with Dunford Devices, previously developed the Cholera Research Grid, which linked more than "
     "two million volunteers in the search for a treatment for Cholera."),
])
def test_a_body_named_by_its_first_word_is_written_out_in_full(nlp, text, second):
    facts = [f for f in extract_facts(nlp(text)) if f.sentence_index == 1]
    assert facts and {f.sentence for f in facts} == {second}
    for f in facts:
        assert f.sentence[f.start:f.end] == f.answer



@pytest.mark.parametrize("full, word", [
    ("Velmar (Dunford", "Velmar"),  # the model's span cut badly
    ("Velmar - Latin", "Velmar"),
    ("Senate Democratic", "Senate"),  # a party's members in a body
    ("House of Representatives Republicans", "House"),
    ("Velm Health Board", "Velm"),  # a body inside what its first word names
    ("Velmco iPhone", "Velmco"),  # a thing, in lower case after the body's name
])
def test_a_name_its_first_word_cannot_stand_for(full, word):
    first_words = FirstWords()
    first_words.add(full)
    assert word not in first_words


@pytest.mark.parametrize("full, text, word, written", [
    # the name goes on in the sentence with another last word: it is being written out already
    ("Velmor for the Arts research", "The Velmor for the Arts report looked at Dunford in 2021.", "Velmor", ""),
    ("Halden of Dunford Group", "An adviser at the Halden of Dunford spoke in May.", "Halden", ""),
    # the word ends another name (tune pages: "the Trump White House" became "… White House of Representatives")
    ("House of Representatives", "Tom Berg said the Velm White House was wrong in 2021.", "House", ""),
    # the word alone is still written out as the one body it opens
    ("Velmor for the Arts research", "Velmor looked at Dunford in 2021.", "Velmor",
     "Velmor for the Arts research"),
])
def test_a_body_written_out_with_another_ending_is_left_as_written(nlp, full, text, word, written):
    first_words = FirstWords()
    first_words.add(full)
    doc = nlp(text)
    assert first_words.full_name(doc, next(t.i for t in doc if t.text == word)) == written


@pytest.mark.parametrize("text, standing", [
    # a club's short name in a post, the article having named the club in full (a set-BH and a tune rater: "cut
    # short")
    ('Lusk face a home tie against holders Velm Forest in the cup. Forest manager Tom Reed said: "We have '
     'our work cut out."', "Velm Forest manager"),  # the model reads the club as a person: its surname
    ('Lusk face a home tie against holders Dunford United in the cup. United boss Tom Reed said: "We have our work '
     'cut out."', "Dunford United boss"),
    # the body the article names most by the word, more often than all others together
    ('Dunford United beat Lusk. Velm United lost. Dunford United face Lusk again in May. United boss Tom Reed said: '
     '"We have our work cut out."', "Dunford United boss"),
    # two bodies ending in the word as often: either could be meant
    ('Lusk face Dunford United and Velm United in the cup. United boss Tom Reed said: "We have our work cut out."',
     "United boss"),
    # another name the word ends, capitalised as the sentence's first word ("Shareholders United")
    ('Lusk face a home tie against Dunford United in the cup. Shareholders United chief Ken Lund said: "We will '
     'win."', "United chief"),
])
def test_a_body_named_by_its_last_word_is_written_out_in_its_post(nlp, text, standing):
    facts = extract_facts(nlp(text))
    assert {f.standing for f in facts if f.kind is FactKind.QUOTE} == {standing}
    assert standing in {f.answer for f in facts if f.kind is FactKind.ROLE}


@pytest.mark.parametrize("names, text, word, written", [
    # a word ending many bodies' names stands for none of them ("House" after "White House", on tune pages)
    ([(0, "Velm House")], "Ada Quill joined House in 2021.", "House", ""),
    ([(0, "Velm Senate")], "Ada Quill joined Senate in 2021.", "Senate", ""),
    # a club's ending alone after the full name: written out
    ([(0, "Dunford Rovers")], "Ada Quill said Rovers sold 40 shirts in 2021.", "Rovers", "Dunford Rovers"),
    # "the City" is a place's
    ([(0, "Dunford City")], "Ada Quill worked in the City in 2021.", "City", ""),
])
def test_a_name_its_last_word_cannot_stand_for(nlp, names, text, word, written):
    doc = nlp(text)
    at = next(t.i for t in doc if t.text == word)
    last_words = LastWords([(-1, full) for _, full in names])
    assert last_words.full_name(doc, at) == written


@pytest.mark.parametrize("text, first", [
    # a tabloid's opening words in capitals are written as a sentence writes them (raters: "the shouted capitals are
    # copied from the article"), and the model's name for a shouted word is no fact
    ("A FEMALE health worker who flew to Dunford from Velmland in 2014 has been named.",
     "A female health worker who flew to Dunford from Velmland in 2014 has been named."),
    ("THE good thing about Velm Aero Works is that it sold 40 planes in 2019.",
     "The good thing about Velm Aero Works is that it sold 40 planes in 2019."),
    # a word the article sets in capitals again is a name, as written
    ("A VELMCO report said 40 children were hurt in Dunford in 2019. VELMCO said 12 were treated in Velmland.",
     "A VELMCO report said 40 children were hurt in Dunford in 2019."),
    # a plain "A" opens most sentences
    ("A NASA probe reached Velmland in 2019.", "A NASA probe reached Velmland in 2019."),
])
def test_a_shouted_opening_is_written_as_words(nlp, text, first):
    facts = [f for f in extract_facts(nlp(text)) if f.sentence_index == 0]
    assert facts and {f.sentence for f in facts} == {first}
    assert all(f.answer.lower() != "female" for f in facts)
    for f in facts:
        assert f.sentence[f.start:f.end] == f.answer


@pytest.mark.parametrize(("text", "sentences"), [
    # a surname's particle before the short name goes into the full name, not in front of it ("de Luis de Miranda":
    # a stop-52 rater, "garbled"), and the particle written with the surname, even capitalised, is the surname too
    ("The philosopher Luis de Miranda published a book on neon lighting in 2012. Critics in Dunford said de Miranda "
     "wrote it in 2010. De Miranda spoke to 300 students in Velmland in 2014. Even de Miranda's own photograph of a "
     "deli sign in Dunford is drawn as text.",
     ["Critics in Dunford said Luis de Miranda wrote it in 2010.",
      "Even Luis de Miranda's own photograph of a deli sign in Dunford is drawn as text.",
      "Luis de Miranda spoke to 300 students in Velmland in 2014.",
      "The philosopher Luis de Miranda published a book on neon lighting in 2012."]),
    ("The philosopher Luis de Miranda published a book on neon lighting in 2012. Critics in Dunford said Miranda "
     "wrote it in 2010.",
     ["Critics in Dunford said Luis de Miranda wrote it in 2010.",
      "The philosopher Luis de Miranda published a book on neon lighting in 2012."]),
])
def test_a_surname_with_its_particle_is_written_out_once(nlp, text, sentences):
    assert sorted({f.sentence for f in extract_facts(nlp(text))}) == sentences


@pytest.mark.parametrize("text, speaker", [
    # the full name only comes later in the article: the bare surname still answers as it
    ("“The bridge over the river will open to traffic in May,” said Ms. Brandl.\n\n"
     "The Dunford Trust (Ines Brandl, President and CEO) has run the bridge since 1990.", "Ines Brandl"),
    # two people later share the surname: which one spoke, the article does not say, and no card asks
    ("“The bridge over the river will open to traffic in May,” said Ms. Brandl.\n\n"
     "The Dunford Trust (Ines Brandl, President and CEO, and Tomas Brandl, its treasurer) has run the bridge since "
     "1990.", None),
])
def test_a_surname_named_in_full_only_later_answers_as_the_full_name(nlp, text, speaker):
    quotes = [f for f in extract_facts(nlp(text)) if f.kind is FactKind.QUOTE]
    assert [f.canonical or f.answer for f in quotes] == ([speaker] if speaker else [])
