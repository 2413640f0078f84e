"""Namesakes: a bare surname two people share is written out in full when the article says which one it means."""

from __future__ import annotations

import pytest

from quizgen.facts.extract import extract_facts
from quizgen.facts.names import NameIndex
from quizgen.facts.namesakes import Namesakes

_FATHER_AND_SON = ("Walter Haddad ran a bakery in Tulsa for 30 years. Haddad met reporters at his home in Tulsa and "
                   "condemned the attack by his son, Peter Haddad, on Monday. ")


@pytest.mark.parametrize("text, later, shown", [
    # raters: "'Mateen' could be the father or the son. Edit: 'Seddique Mateen'": the surname the article already
    # used alone keeps its person after a relative of that surname is introduced
    (_FATHER_AND_SON + "Haddad was born in the province of Laghman in 1951.",
     "born in the province", "Walter Haddad was born"),
    (_FATHER_AND_SON + "In a video, Haddad blamed Pakistan for the war.", "blamed Pakistan", "Walter Haddad blamed"),
    # "the elder" is the older of the two, whoever the article called by the surname
    (_FATHER_AND_SON + "The elder Haddad is a salesman who started a group in 2010.",
     "is a salesman", "The elder Walter Haddad is"),
    (_FATHER_AND_SON + "The younger Haddad had worked as a guard since 2007.",
     "worked as a guard", "The younger Peter Haddad had"),
])
def test_a_surname_two_people_share_is_the_one_the_article_means(nlp, text, later, shown):
    facts = [f for f in extract_facts(nlp(text)) if later in f.sentence]
    assert facts and all(shown in f.sentence for f in facts)


@pytest.mark.parametrize("text, later, bare", [
    # no relation said: either could be meant, so the sentence keeps the article's words
    ("Lina Park and Joon Park met in Busan. Park was born in the province of Jeolla in 1951.",
     "born in the province", "Park was born"),
    # a spouse says nothing about which one the surname now means
    ("Walter Haddad ran a bakery in Tulsa. Haddad met reporters with his wife, Mona Haddad, at their home. "
     "Haddad was born in the province of Laghman in 1951.", "born in the province", "Haddad was born"),
])
def test_a_shared_surname_with_no_relation_said_stays_bare(nlp, text, later, bare):
    facts = [f for f in extract_facts(nlp(text)) if later in f.sentence]
    assert facts and all(f.sentence.startswith(bare) for f in facts)


def test_namesakes_table():
    names, sakes = NameIndex(), Namesakes()
    names.add("Walter Haddad")
    sakes.heard("Haddad", names.add("Haddad"))
    names.add("Peter Haddad")
    sakes.introduced("Peter Haddad", "son")
    assert sakes.meant("Haddad", names) == "Walter Haddad"
    assert sakes.meant("Haddad", names, "elder") == "Walter Haddad"
    assert sakes.meant("Haddad", names, "younger") == "Peter Haddad"
    assert sakes.meant("Walter Haddad", names) == ""


_KVAM = "Michelle Kvam opened the Dunford library in 2019. "


@pytest.mark.parametrize(("said", "shown"), [
    # her unnamed husband most likely shares the surname: a bare "Kvam" may be either of them (a stop-52 rater on
    # "President Michelle Obama's administration": "wrong; it is Barack Obama")
    ("Michelle Kvam said she and her husband had saved for it for 20 years. ",
     "The mayor said Kvam paid $2 million for the roof."),
    # a spouse the article names, or none, leaves the one Kvam it knows
    ("Michelle Kvam said she and her husband, Tom Berg, had saved for it for 20 years. ",
     "The mayor said Michelle Kvam paid $2 million for the roof."),
    ("Michelle Kvam said she had saved for it for 20 years. ", "The mayor said Michelle Kvam paid $2 million for the roof."),
    # "his wife" is another man's: not hers
    ("Michelle Kvam said the mayor and his wife had saved for it for 20 years. ",
     "The mayor said Michelle Kvam paid $2 million for the roof."),
])
def test_an_unnamed_spouse_leaves_a_bare_surname_as_it_is(nlp, said, shown):
    facts = extract_facts(nlp(_KVAM + said + "The mayor said Kvam paid $2 million for the roof."))
    assert [s for s in {f.sentence for f in facts} if "roof" in s] == [shown]
