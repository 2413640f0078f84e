"""Wrong options a reader could pick or rule out by sight, or that would be right too (issue 15), on sentences
written for the tests, through the public ``choose_distractors``: no spaCy model.

Each refusal is checked over many seeds (``salt``), so a candidate the rule refuses would be drawn by at least one
of them if the rule were off; each test also checks that sound options are still found (or that a control
sentence without the give-away still gets options), so it cannot pass on an empty result.
"""

from __future__ import annotations

from dataclasses import replace

import pytest

from quizgen.facts.model import FactKind
from quizgen.questions.distractors import choose_distractors

from tests.factory import SALTS, offered as _offered, placed_article as _article, placed_fact as _fact


_PEOPLE = [("Dana Ashworth, a senator, spoke first.", "Dana Ashworth"),
           ("Steve Lonegan, a senator, ran.", "Steve Lonegan"),
           ("Chris Christie, a senator, spoke.", "Chris Christie"), ("Rand Paul, a senator, may run.", "Rand Paul"),
           ("Kim Guadagno, a senator, spoke last.", "Kim Guadagno")]
_COUNTRIES = [("Russia built the plant.", "Russia"), ("Iraq objected.", "Iraq"), ("Turkey objected.", "Turkey"),
              ("Pakistan objected.", "Pakistan"), ("Afghanistan objected.", "Afghanistan")]


@pytest.mark.parametrize("sentence, answer, kind, others, refused", [
    # a person whose surname the prompt gives: its own person, or one sharing the name
    ("Michael Doherty, a senator, called Christie a failed governor.", "Michael Doherty", FactKind.PERSON, _PEOPLE,
     "Chris Christie"),
    ("Michael Doherty, a senator, backed Ron Paul’s campaigns.", "Michael Doherty", FactKind.PERSON, _PEOPLE,
     "Rand Paul"),
    # a country the prompt shows by its capital or its people
    ("Moscow said it will load fuel into Iran's first plant.", "Iran", FactKind.PLACE, _COUNTRIES, "Russia"),
    ("The Russian move is a false signal as Washington strives to isolate Iran.", "Iran", FactKind.PLACE,
     _COUNTRIES, "Russia"),
    # a name holding one of the prompt's names
    ("Profits are up, Federal Reserve and Commerce Department data show.", "Commerce Department",
     FactKind.ORGANIZATION, [("The Federal Reserve Bank of Boston disagreed.", "Federal Reserve Bank"),
                             ("The Labor Department reported.", "Labor Department"),
                             ("The Treasury Department reported.", "Treasury Department"),
                             ("The Energy Department reported.", "Energy Department"),
                             ("The Interior Department reported.", "Interior Department")],
     "Federal Reserve Bank"),
])
def test_an_option_the_prompt_shows_is_refused(sentence, answer, kind, others, refused):
    facts = [_fact(sentence, answer, kind, 0), *(_fact(s, a, kind, i) for i, (s, a) in enumerate(others, 1))]
    offered = _offered(facts[0], facts)
    assert refused not in offered, offered


@pytest.mark.parametrize("listed, plain", [
    ("Other likely losers are Ohio, Iowa, Louisiana and Michigan.", "Obama won Ohio but lost Indiana."),
    ("The winners are Arizona, Georgia, Ohio, Utah and Texas.", "The winners include Ohio and Texas."),
    ("Obama carried Iowa, Ohio and Michigan.", "Obama carried Ohio in 2008."),
])
def test_an_item_of_a_list_gets_no_options(listed, plain):
    fact = _fact(listed, "Ohio", FactKind.PLACE, 0)
    assert choose_distractors(fact, "Ohio", [fact]) is None  # any other state might be on the list as well
    control = _fact(plain, "Ohio", FactKind.PLACE, 0)
    assert choose_distractors(control, "Ohio", [control]) is not None


def test_a_body_named_as_another_body_unit_gets_no_options():
    rows = [("Next Inc. grew.", "Next Inc."), ("Oracle Inc. grew.", "Oracle Inc."), ("Adobe Inc. grew.", "Adobe Inc."),
            ("Intel Inc. grew.", "Intel Inc.")]
    unit = _fact("Disney's Pixar Inc. made the film.", "Pixar Inc.", FactKind.ORGANIZATION, 0)
    others = [_fact(s, a, FactKind.ORGANIZATION, i) for i, (s, a) in enumerate(rows, 1)]
    assert choose_distractors(unit, "Pixar Inc.", [unit, *others]) is None  # only Disney's own studios would do
    plain = _fact("Pixar Inc. made the film.", "Pixar Inc.", FactKind.ORGANIZATION, 0)
    assert choose_distractors(plain, "Pixar Inc.", [plain, *others]) is not None
    place = _fact("California's Pixar Inc. made the film.", "Pixar Inc.", FactKind.ORGANIZATION, 0)
    assert choose_distractors(place, "Pixar Inc.", [place, *others]) is not None  # a place owns any kind of body


def test_the_week_of_a_day_takes_no_day_of_the_same_week():
    fact = _fact("The law was upheld in the week of 14 September 2011.", "14 September 2011", FactKind.DATE, 0)
    offered = _offered(fact, [fact])
    assert not offered & {f"{d} September 2011" for d in range(8, 21)}, offered  # "the week of 15 September" too


def test_a_month_the_prompt_names_stays_in_every_option():
    fact = _fact("Stansted had its busiest November in eight years in November 2014.", "November 2014",
                 FactKind.DATE, 0)
    offered = _offered(fact, [fact])
    assert all(o.startswith("November ") for o in offered), offered  # "its busiest November, in July 2014"


def test_a_past_day_is_never_after_the_article_day():
    fact = _fact("He released the torrent on 14 January 2015.", "14 January 2015", FactKind.DATE, 0,
                 resolved="2015-01-14")
    offered = _offered(fact, [fact])
    assert all(o.endswith("January 2015") and int(o.split()[0]) < 14 for o in offered), offered


def test_a_past_year_is_never_after_the_article_year():
    facts = [_fact("He was first elected in 2013.", "2013", FactKind.DATE, 0),
             _fact("Paul announced his 2016 run.", "2016", FactKind.DATE, 1),  # a plan, told in the past tense
             _fact("The speech was given on 14 January 2015.", "14 January 2015", FactKind.DATE, 2,
                   resolved="2015-01-14")]
    offered = _offered(facts[0], facts)
    assert all(int(o) <= 2015 for o in offered), offered


@pytest.mark.parametrize("sentence, answer", [
    ("She and her 24-year-old boyfriend drove home.", "24-year-old"),
    ("The club's 16-year-old goalkeeper saved it.", "16-year-old"),
    ("Curie Kim, 21, a student, came second.", "21"),
])
def test_an_age_stays_on_its_side_of_adulthood_and_moves_by_years(sentence, answer):
    fact = _fact(sentence, answer, FactKind.COUNT, 0)
    offered = _offered(fact, [fact])  # "21": its tens (11, 31, 41) would leave too few
    age = int(answer.split("-")[0])
    assert all((int(o.split("-")[0]) >= 18) == (age >= 18) for o in offered), offered  # no 4-year-old boyfriend


def test_a_capital_named_as_a_place_gets_no_capitals_of_far_countries():
    facts = _article(FactKind.PLACE, [("She was treated in Hampstead, north London.", "London"),
                                      ("She had worked in Sierra Leone.", "Sierra Leone"),
                                      ("Liberia was hit too.", "Liberia"), ("Guinea was hit too.", "Guinea")])
    offered = _offered(facts[0], facts)
    assert not offered & {"Freetown", "Monrovia", "Conakry"}, offered  # "north Conakry" for a London hospital


def test_a_city_outside_the_article_countries_gets_no_options():
    facts = _article(FactKind.PLACE, [("Another patient, in Truro, Cornwall, is in isolation.", "Cornwall"),
                                      ("She flew home to Britain.", "Britain"),
                                      ("She was treated in Glasgow.", "Glasgow")])
    assert choose_distractors(facts[0], "Cornwall", facts) is None  # read as Cornwall, Ontario: Canadian peers
    assert choose_distractors(facts[2], "Glasgow", facts) is not None


@pytest.mark.parametrize("sentence, attributive", [
    ("The biggest U.S. bank by assets has had trouble with regulators.", True),
    ("U.S. lenders raised rates.", True),
    ("Loans to U.S. rose in May.", False),
])
def test_a_country_name_before_a_noun_of_business_gets_no_options(sentence, attributive):
    fact = _fact(sentence, "U.S.", FactKind.PLACE, 0)
    others = _article(FactKind.PLACE, [("Canada objected.", "Canada"), ("Mexico objected.", "Mexico"),
                                       ("Cuba objected.", "Cuba"), ("Spain objected.", "Spain")])
    others = [replace(o, sentence_index=i + 1, anchor=f"a{i + 1}") for i, o in enumerate(others)]
    assert (choose_distractors(fact, "U.S.", [fact, *others]) is None) is attributive  # "the biggest Cuba bank"


@pytest.mark.parametrize("sentence, answer", [
    ("Jon Sieben won gold in the 1984 Los Angeles Olympics.", "1984"),
    ("Italy won the 2006 World Cup.", "2006"),
])
def test_a_year_of_an_event_held_every_four_years_gets_its_years(sentence, answer):
    fact = _fact(sentence, answer, FactKind.DATE, 0)
    offered = _offered(fact, [fact])
    assert all((int(o) - int(answer)) % 4 == 0 for o in offered), offered  # 1986 is no Olympic year


def test_a_number_the_answer_rounds_to_is_refused():
    facts = _article(FactKind.AMOUNT, [("The bank paid $1.14 billion to settle.", "$1.14 billion"),
                                       ("The fine came to $1.1 billion.", "$1.1 billion"),
                                       ("The bank earned $1.46 billion.", "$1.46 billion"),
                                       ("The bank lost $1.72 billion.", "$1.72 billion")])
    offered = _offered(facts[0], facts)
    assert "$1.1 billion" not in offered and "$1.46 billion" in offered, offered  # $1.1 billion is right too
    offered = _offered(facts[1], facts)
    assert "$1.14 billion" not in offered, offered


def test_a_body_after_the_takes_bodies_written_with_the():
    answer = ("Video reviewed by The Associated Press showed no support.", "Associated Press")
    without = [("He told NBC News he was sorry.", "NBC News"), ("He told Fox News he was sorry.", "Fox News"),
               ("He spoke to CNN.", "CNN")]
    written = [("He wrote to the Los Angeles Times.", "Los Angeles Times"),
               ("He wrote to the Chicago Tribune.", "Chicago Tribune"),
               ("He wrote to the Boston Herald.", "Boston Herald")]
    facts = _article(FactKind.ORGANIZATION, [answer, *without, *written])
    offered = _offered(facts[0], facts)
    assert offered <= {"Los Angeles Times", "Chicago Tribune", "Boston Herald"}, offered  # "The NBC News" reads wrong
    facts = _article(FactKind.ORGANIZATION, [answer, *without, written[0]])  # too few: well-known ones are weighed
    offered = {c for salt in SALTS for c in choose_distractors(facts[0], facts[0].answer, facts, salt=salt) or ()}
    assert not offered & {"ABC News", "CBS News", "Bloomberg", "NPR", "Politico", "USA Today"}, offered


def test_a_city_placed_in_its_state_takes_cities_of_that_state():
    from quizgen.questions.places import place_of

    others = [("He flew on to Nashville.", "Nashville"), ("He had lived in Kansas City.", "Kansas City"),
              ("His sister lives in Denver.", "Denver"), ("He was born in Alabama.", "Alabama")]
    facts = _article(FactKind.PLACE, [("He spoke in Fresno, Calif., on Monday.", "Fresno"), *others])
    offered = _offered(facts[0], facts)
    assert all(place_of(o, near=frozenset({"US"})).region == "CA" for o in offered), offered  # "Nashville, Calif."
    facts = _article(FactKind.PLACE, [("He spoke in Omaha, Neb., on Monday.", "Omaha"), *others])
    assert choose_distractors(facts[0], "Omaha", facts) is None  # Nebraska has one other well-known city


def test_a_body_named_only_inside_a_longer_name_is_refused():
    rows = [("The newest Census Bureau estimates stay close to form.", "Census Bureau"),
            ("Ted Bramley of the liberal National Council for Fair Elections agreed.", "National Council"),
            ("The Interior Department in Washington reported.", "Interior Department"),
            ("The U.S. Labor Department reported.", "Labor Department"),
            ("The Fed's Board of Governors disagreed.", "Board of Governors"),
            ("The Treasury Department reported.", "Treasury Department"),
            ("The Energy Department reported.", "Energy Department")]
    facts = _article(FactKind.ORGANIZATION, rows)
    offered = _offered(facts[0], facts)
    assert "National Council" not in offered and "Interior Department" in offered, offered  # a fragment names nothing
    assert {"Labor Department", "Board of Governors"} <= offered  # "U.S. Labor Department" is the department


@pytest.mark.parametrize("answer, refused", [("Commerce Department", "Census Bureau"),
                                             ("Census Bureau", "Commerce Department"),
                                             ("Federal Open Market Committee", "Federal Reserve")])
def test_a_unit_and_its_parent_body_are_never_offered_for_each_other(answer, refused):
    bodies = ["Commerce Department", "Census Bureau", "Federal Open Market Committee", "Federal Reserve",
              "Treasury Department", "Labor Department", "Energy Department", "Congressional Budget Office"]
    rows = [(f"Data from the {name} were released.", name) for name in [answer, *(b for b in bodies if b != answer)]]
    facts = _article(FactKind.ORGANIZATION, rows)
    offered = _offered(facts[0], facts)
    assert refused not in offered, offered  # "Census Bureau data" are "Commerce Department data" too


def test_a_unit_of_a_body_the_prompt_names_is_refused():
    rows = [("Federal Reserve and Commerce Department data show profits are up.", "Commerce Department"),
            ("The Board of Governors disagreed.", "Board of Governors"),
            ("The Treasury Department reported.", "Treasury Department"),
            ("The Labor Department reported.", "Labor Department"), ("The Energy Department reported.",
                                                                      "Energy Department")]
    facts = _article(FactKind.ORGANIZATION, rows)
    offered = _offered(facts[0], facts)
    assert "Board of Governors" not in offered, offered  # the Fed's own board: "Federal Reserve and Fed data"


def test_a_country_as_a_cricket_team_takes_only_cricket_nations():
    facts = _article(FactKind.PLACE, [("The final key was to unlock India's lower-order batting.", "India"),
                                      ("Australia's bowlers took four wickets.", "Australia")])  # two cricket words
    offered = _offered(facts[0], facts)
    assert offered <= {"Pakistan", "Bangladesh", "Sri Lanka", "Afghanistan"}, offered  # no China, Nepal, Myanmar
    plain = _article(FactKind.PLACE, [("The final key was to unlock India's economy.", "India"),
                                      ("Australia's exporters sold four ships.", "Australia")])
    assert _offered(plain[0], plain) & {"China", "Nepal", "Myanmar"}


def test_a_quote_beside_the_answer_does_not_make_a_past_event_future():
    sentence = "Doherty said Christie when he first ran in 2013 “sold himself, that he was going to change it.”"
    facts = [_fact(sentence, "2013", FactKind.DATE, 0),
             _fact("The speech was given on 14 January 2015.", "14 January 2015", FactKind.DATE, 1,
                   resolved="2015-01-14")]
    offered = _offered(facts[0], facts)
    assert all(int(o) <= 2015 for o in offered), offered  # "going to" is the quote's, not the event's


@pytest.mark.parametrize("sentence, answer, resolved", [
    ("In April of 2013, Zhang won the first of several patents.", "2013", "2014-12-01"),  # "won": no tense we read
    ("New York, an Obama stronghold in 2009, is likely to lose two votes.", "2009", "2010-09"),  # a month: its end
])
def test_a_year_in_no_tense_is_never_after_the_article_year(sentence, answer, resolved):
    facts = [_fact(sentence, answer, FactKind.DATE, 0),
             _fact("The study was released in September.", "September", FactKind.DATE, 1, resolved=resolved),
             _fact("Paul may run in 2016.", "2016", FactKind.DATE, 2)]
    offered = _offered(facts[0], facts)
    assert all(int(o) <= int(resolved[:4]) for o in offered), offered
    # a plan in the article's own year may be later (a year before the article's is past, whatever the tense)
    ahead = _fact(sentence.replace(answer, resolved[:4]).replace(" won ", " will win ").replace(" is likely ", " will "),
                  resolved[:4], FactKind.DATE, 0)
    assert any(int(o) > int(resolved[:4]) for o in _offered(ahead, [ahead, *facts[1:]]))


def test_no_day_that_no_month_has():
    fact = _fact("Through June 30, 2014, only about 712,000 applied.", "June 30, 2014", FactKind.DATE, 0)
    offered = _offered(fact, [fact])
    assert not {o for o in offered if o.startswith(("February 30", "February 29", "April 31", "June 31",
                                                     "September 31", "November 31"))}, offered


def test_the_article_day_is_read_from_the_finest_resolved_times():
    facts = [_fact("The committee voted on 9 August 2010.", "9 August 2010", FactKind.DATE, 0),
             _fact("It met on 13 August 2010.", "13 August 2010", FactKind.DATE, 1, resolved="2010-08-13"),
             _fact("Rates stayed low in 2010.", "2010", FactKind.DATE, 2, resolved="2010")]  # "this year"
    offered = _offered(facts[0], facts)
    assert all(not o.endswith("August 2010") or int(o.split()[0]) <= 13 for o in offered), offered
    assert not {o for o in offered if o.split()[1] in ("September", "October", "November", "December")}, offered


def test_a_possibility_left_open_is_no_past_event():
    facts = [_fact("He didn't rule out offering the service sometime in 2010.", "2010", FactKind.DATE, 0),
             _fact("The results came out on 5 August 2010.", "5 August 2010", FactKind.DATE, 1, resolved="2010-08-05")]
    assert any(int(o) > 2010 for o in _offered(facts[0], facts))  # "did" is no past event here: 2011 may be offered
