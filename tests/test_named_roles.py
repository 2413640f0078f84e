"""A person a card names bare gets the role the article gives them (questions/named_roles.py)."""

from __future__ import annotations

from dataclasses import replace

import pytest

from quizgen.facts.model import FactKind
from quizgen.questions.named_roles import short_role, with_roles
from tests.factory import cloze

KINDS = {"Ines Marlow": "Dunford council spokeswoman", "Tomas Vell": "mayor of Lyon and party leader",
         "Ada Brun": "Velm's chief engineer", "Oren Kalt": "spokesman for Velm's port authority",
         "Rufus Orme": "most anticipated witness in the inquiry"}


@pytest.mark.parametrize("sentence, answer, expected", [
    ("Ines Marlow added: “The Dunford bridge will open in 2025.”", "2025",
     "Ines Marlow, Dunford council spokeswoman, added: “The Dunford bridge will open in 2025.”"),
    ("The bridge cost $40 million, said Ines Marlow in May.", "$40 million",
     "The bridge cost $40 million, said Ines Marlow, Dunford council spokeswoman, in May."),
    ("Tomas Vell in 2019 opened the Dunford bridge.", "2019",
     "Tomas Vell, mayor of Lyon, in 2019 opened the Dunford bridge."),  # the role's first part
    # nothing added: a title before it, an aside after it, a possessive, a list of names, the answer's own words
    ("Council spokeswoman Ines Marlow said the bridge cost $40 million.", "$40 million", None),
    ("Ines Marlow, who spoke in May, said the bridge cost $40 million.", "$40 million", None),
    ("Ines Marlow's bridge cost $40 million.", "$40 million", None),
    ("Ines Marlow and Tomas Vell opened the bridge in 2019.", "2019", None),
    ("Ines Marlow said the bridge was built by the Dunford council.", "Dunford council", None),
    ("Ada Brun said the bridge cost $40 million.", "$40 million", None),  # a possessive role reads badly
    # a role between a name and its "herself" reads badly (a fresh page's card, fixable 3 of 3: "clumsy")
    ("Ines Marlow herself was surprised that the bridge cost $40 million.", "$40 million", None),
    ("Oren Kalt said the bridge cost $40 million.", "$40 million",
     "Oren Kalt, spokesman for Velm's port authority, said the bridge cost $40 million."),  # the owner's own
    ("Tomas Vell said “Ines Marlow knows the bridge” in 2019.", "2019",
     "Tomas Vell, mayor of Lyon, said “Ines Marlow knows the bridge” in 2019."),  # not inside the quote
    # a role that ranks its holder takes its "the"
    ("Rufus Orme is more entangled than any witness in the bridge deal of 2019.", "2019",
     "Rufus Orme, the most anticipated witness in the inquiry, is more entangled than any witness in the bridge deal "
     "of 2019."),
])
def test_a_bare_name_gets_its_role(sentence, answer, expected):
    card = cloze(sentence, answer, 0, kind=FactKind.AMOUNT)
    out = with_roles(card, KINDS)
    assert out.prompt == (expected or sentence)
    assert out.prompt[out.blank[0]:out.blank[1]] == answer  # the blank moves with the words put before it


def test_who_said_and_role_cards_keep_their_wording():
    card = replace(cloze("Ines Marlow said the bridge cost $40 million.", "$40 million", 0), family="who_said")
    assert with_roles(card, KINDS) is card


@pytest.mark.parametrize("kind, short", [
    ("grandson of Tomas Vell and Velm Party member", "grandson of Tomas Vell"),  # two roles: the first
    # a bare title first takes the body the phrase ends on ("Which vice president said": "vague", a stop-111 rater)
    ("chief executive and founder of Velm Steel", "chief executive of Velm Steel"),
    ("vice president and senior fellow for handset design at Velm Electronics", "vice president at Velm Electronics"),
    ("harbour pilot and spokeswoman for the union", "harbour pilot"),  # no body's name
    # one title whose "and" joins two of its nouns: cut there, it reads as cut off ("Which senior vp partnerships")
    ("senior vp partnerships and revenue at Velm Games", "senior vp partnerships and revenue at Velm Games"),
    ("Dunford’s harbour master", ""),  # opens on a possessive: no "Which Dunford’s …"
    # an "and" inside a name is no second role ("Which senior adviser with the Center for Strategic said")
    ("senior adviser with the Dunford Center for Strategic and Velm Studies",
     "senior adviser with the Dunford Center for Strategic and Velm Studies"),
    ("senior adviser with the Dunford Center for Strategic and Velm Studies and retired navy captain",
     "senior adviser with the Dunford Center for Strategic and Velm Studies"),
    # after the title's "of", an "and" joining a bare noun that ends the phrase joins two fields of one post (a
    # set-R rater on such a cut: "role cut short")
    ("vice president of technology and manufacturing", "vice president of technology and manufacturing"),
    ("director of research and development at Velm Motors", "director of research and development at Velm Motors"),
    ("professor of economics and former adviser to the mayor", "professor of economics"),  # a second post
    # two bare words joined by "and" are one field too (a set-Y rater on "Which director of the law said": "cut off
    # and reads as garbled"); two words ending on a person's noun are a second post
    ("director of the harbour and ferry service at Velm Council",
     "director of the harbour and ferry service at Velm Council"),
    ("director of the harbour museum and senior curator at Velm Council", "director of the harbour museum"),
    ("head of the harbour museum and professor at Velm University", "head of the harbour museum"),
])
def test_the_role_a_card_reads_is_its_first_part_when_that_names_a_person(kind, short):
    assert short_role(kind) == short


@pytest.mark.parametrize("name, article, expected", [
    # the article the text wrote before the role stays with it (set BA: "Sky Plus, market leader, …" and "…, key
    # influence on …" rated fixable, "missing an article")
    ("Ines Marlow", "the", "Ines Marlow, the Dunford council spokeswoman, said the bridge cost $40 million."),
    ("Ines Marlow", "a", "Ines Marlow, a Dunford council spokeswoman, said the bridge cost $40 million."),
    ("Ines Marlow", "", "Ines Marlow, Dunford council spokeswoman, said the bridge cost $40 million."),  # as written
])
def test_a_role_put_in_keeps_the_article_the_text_gave_it(name, article, expected):
    card = cloze(f"{name} said the bridge cost $40 million.", "$40 million", 0, kind=FactKind.AMOUNT)
    out = with_roles(card, KINDS, {name: article} if article else {})
    assert out.prompt == expected
    assert out.prompt[out.blank[0]:out.blank[1]] == "$40 million"
