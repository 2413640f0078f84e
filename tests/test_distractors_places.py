"""Wrong places and years a reader would weigh against the answer (issue 15: blind raters' unsound classes on
held-out pages, reproduced with sentences written for the tests): a country where a movement happens, a major
power acting ("funding from _____") or the story's home country, a city beside districts and small towns, a place
standing for a team by its nickname, and a company's event before the founding another sentence states. Through
the public ``choose_distractors`` over many seeds; no spaCy model."""

from __future__ import annotations

import pytest

from quizgen.facts.model import Fact, FactKind
from quizgen.questions import places
from tests.factory import SALTS, offered as _offered, options as _options

_POWERS = {"China", "Russia", "United Kingdom", "France", "Germany", "Japan", "India"}


def _fact(sentence: str, answer: str, kind: FactKind, index: int) -> Fact:
    start = sentence.index(answer)
    return Fact(kind=kind, answer=answer, sentence=sentence, start=start, end=start + len(answer),
                sentence_index=index, anchor=f"a{index}")



# --- a country where a movement happens -------------------------------------------------------------------------

@pytest.mark.parametrize("sentence, answer", [
    ("Organisers hoped for an Occupy moment in America this autumn.", "America"),
    ("Students joined the protests in Egypt on Friday.", "Egypt"),
    ("Observers watched Egypt's Arab Spring uprising closely.", "Egypt"),
    ("The elections in Brazil were close.", "Brazil"),
])
def test_a_country_where_a_movement_happens_gets_no_options(sentence, answer):
    facts = [_fact(sentence, answer, FactKind.PLACE, 0)]
    assert _options(facts[0], facts) == [None] * len(SALTS)  # a neighbour may have had one too; a rival no better


@pytest.mark.parametrize("sentence, answer", [("Officials say America will host the summit next year.", "America"),
                                              ("The company opened a factory in Egypt on Friday.", "Egypt")])
def test_a_country_acting_or_holding_a_thing_keeps_its_options(sentence, answer):
    facts = [_fact(sentence, answer, FactKind.PLACE, 0)]
    assert _offered(facts[0], facts)


# --- a major power acting, the story's home country -------------------------------------------------------------

@pytest.mark.parametrize("sentence", ["The clinic received funding from America last year.",
                                      "The drones were sold to America in secret."])
def test_a_major_power_sending_or_receiving_takes_its_peers(sentence):
    facts = [_fact(sentence, "America", FactKind.PLACE, 0)]
    offered = _offered(facts[0], facts)
    assert offered <= _POWERS, offered  # no Canada, Mexico, Cuba as a funder


def _us_story(asked: str) -> list[Fact]:
    rows = [("The U.S. economy grew last quarter.", "U.S."),
            ("American officials met their counterparts from Canada.", "Canada"),
            ("Trade with Mexico rose, U.S. data show.", "Mexico"),
            ("Cuba and the U.S. restored ties.", "Cuba"),
            (asked, "America")]
    return [_fact(s, a, FactKind.PLACE, n) for n, (s, a) in enumerate(rows)]


def test_the_storys_home_country_takes_only_its_peers_even_as_a_place():
    facts = _us_story("Unemployment in America fell to a record low.")
    offered = _offered(facts[-1], facts)
    assert offered <= _POWERS, offered  # the article's own Canada, Mexico, Cuba are no rivals of its home
    elsewhere = [_fact("Officials from Canada met in Ottawa.", "Canada", FactKind.PLACE, 0), facts[-1]]
    # the same sentence in a story whose home is not named twice: a place, its neighbours its rivals
    assert _offered(elsewhere[-1], elsewhere) - _POWERS


# --- cities: the same granularity and prominence ------------------------------------------------------------------

def test_a_city_takes_no_district_and_no_small_town():
    rows = [("Protesters marched through Koreatown on Sunday.", "Koreatown"),
            ("Crowds gathered at Universal City later.", "Universal City"),
            ("A rally was held in Norwalk too.", "Norwalk"),
            ("The company moved its headquarters to San Jose last year.", "San Jose")]
    facts = [_fact(s, a, FactKind.PLACE, n) for n, (s, a) in enumerate(rows)]
    offered = _offered(facts[-1], facts)
    assert not offered & {"Koreatown", "Universal City", "Norwalk"}, offered
    smallest = min(places.place_of(o).population for o in offered)
    assert smallest >= places.place_of("San Jose").population / 5, offered  # no Ontario, no Hayward


def test_a_city_takes_no_district_of_another_city():
    rows = [("Protesters marched through Koreatown on Sunday.", "Koreatown"),
            ("Crowds gathered at Universal City later.", "Universal City"),
            ("Fans lined the streets of Hollywood.", "Hollywood"),
            ("The company moved its headquarters to Bakersfield last year.", "Bakersfield")]
    facts = [_fact(s, a, FactKind.PLACE, n) for n, (s, a) in enumerate(rows)]
    offered = _offered(facts[-1], facts)  # districts as large as the answer: only their granularity rules them out
    assert not offered & {"Koreatown", "Universal City", "Hollywood"}, offered


def test_a_big_city_takes_well_known_cities_never_a_country_or_state_name():
    facts = [_fact("Many Hoboken residents now work in New York City.", "New York City", FactKind.PLACE, 0)]
    offered = _offered(facts[0], facts)
    assert not offered & {"Jamaica", "Washington"}, offered  # Queens' Jamaica reads as the island state
    assert all(places.place_of(o).granularity in ("city", "capital") for o in offered), offered
    assert min(places.place_of(o).population for o in offered) >= 1_000_000, offered  # no Albany, no Buffalo


@pytest.mark.parametrize("sentence, answer, country", [
    ("Health officials in China confirmed two cases of plague in Beijing on Tuesday.", "Beijing", "CN"),
    ("French police arrested four men in Paris after the raid on the Kvam gallery.", "Paris", "FR"),
])
def test_a_capital_where_something_happens_in_a_country_the_sentence_names_takes_that_countrys_cities(
        sentence, answer, country):
    facts = [_fact(sentence, answer, FactKind.PLACE, 0)]
    offered = _offered(facts[0], facts)  # no Tokyo or Kathmandu: "the only Chinese city among the options"
    assert all(places.place_of(o).country == country for o in offered), offered


@pytest.mark.parametrize("sentence, answer", [
    # its government: "Russian" names the country, and the capital stands for it
    ("Russian officials said Moscow would supply the fuel in August.", "Moscow"),
    # a place, but no country named: which country is part of the question
    ("The leaders of nine nations met in Paris on Friday to sign the Kvam accord.", "Paris"),
])
def test_a_capital_otherwise_still_takes_capitals(sentence, answer):
    facts = [_fact(sentence, answer, FactKind.PLACE, 0)]
    offered = _offered(facts[0], facts)
    assert all(o in places.capitals().values() for o in offered), offered


def test_a_town_read_in_another_country_than_the_storys_cities_gets_no_options():
    facts = [_fact("Emergency services were called to a restaurant in Edinburgh.", "Edinburgh", FactKind.PLACE, 0),
             _fact("Beverly Jones, from Newington, was crowned curry queen.", "Newington", FactKind.PLACE, 1)]
    assert _options(facts[1], facts) == [None] * len(SALTS)  # Newington of Edinburgh read as Newington, Conn.
    control = [_fact("Emergency services were called to a restaurant in Boston.", "Boston", FactKind.PLACE, 0),
               facts[1]]
    assert _offered(control[1], control)


def test_a_states_slot_takes_no_district_of_columbia():
    facts = [_fact("He met reporters at his home in Port St. Lucie, Florida, on Monday.", "Florida",
                   FactKind.PLACE, 0)]
    assert "District of Columbia" not in _offered(facts[0], facts)


def test_a_story_across_many_states_takes_none_of_them_as_a_wrong_state():
    rows = [("Snow fell in Maine overnight.", "Maine"), ("Roads closed in Vermont.", "Vermont"),
            ("Schools shut in New Hampshire.", "New Hampshire"),
            ("The storm knocked out power in Massachusetts.", "Massachusetts")]
    facts = [_fact(s, a, FactKind.PLACE, n) for n, (s, a) in enumerate(rows)]
    offered = _offered(facts[-1], facts)
    assert not offered & {"Maine", "Vermont", "New Hampshire"}, offered  # each may have lost power too
    two = [facts[0], facts[-1]]  # a story naming one other state: it is still a rival
    assert any(c and "Maine" in c for c in _options(two[-1], two))


# --- a place standing for its team by the team's nickname ---------------------------------------------------------

@pytest.mark.parametrize("sentence, answer, league", [
    ("Rodgers led the Green Bay Packers to a win on Sunday.", "Green Bay", "nfl"),
    ("He was traded to the Milwaukee Bucks in June.", "Milwaukee", "nba"),
])
def test_a_place_named_with_its_teams_nickname_takes_only_places_with_a_team(sentence, answer, league):
    from quizgen.questions.teams import markets

    facts = [_fact(sentence, answer, FactKind.PLACE, 0)]  # no league words: the nickname alone tells the league
    offered = _offered(facts[0], facts)
    assert offered <= set(markets(league)), offered  # no Madison, Appleton, Kenosha


@pytest.mark.parametrize("sentence", ["Green Bay beat the Bears 31-24 at home.", "Green Bay's defense held firm."])
def test_a_team_slot_in_a_story_with_no_league_words_takes_the_places_own_league(sentence):
    from quizgen.questions.teams import markets

    facts = [_fact(sentence, "Green Bay", FactKind.PLACE, 0)]  # Green Bay fields a team in the NFL only
    offered = _offered(facts[0], facts)
    assert offered <= set(markets("nfl")), offered  # no Madison, Appleton, Kenosha


def test_a_nickname_after_a_place_without_that_team_is_no_team_slot():
    from quizgen.questions.teams import nicknamed_league

    assert nicknamed_league(_fact("The Madison Packers fans met.", "Madison", FactKind.PLACE, 0)) == ""
    assert nicknamed_league(_fact("The Green Bay Packers won.", "Green Bay", FactKind.PLACE, 0)) == "nfl"


# --- a company's event before its stated founding -----------------------------------------------------------------

@pytest.mark.parametrize("founding", ["Jack Dorsey co-founded Square in 2009 in San Francisco.",
                                      "Jack Dorsey founded Square with Jim McKelvey in 2009.",
                                      "Square has grown fast since its founding in 2009."])
def test_a_date_option_never_precedes_a_founding_told_in_the_active_voice(founding):
    later = _fact("Sales doubled in 2016.", "2016", FactKind.DATE, 2)
    asked = _fact("Square launched its second reader in 2011.", "2011", FactKind.DATE, 1)
    facts = [_fact(founding, "2009", FactKind.DATE, 0), asked, later]
    offered = _offered(asked, facts)
    assert all(int(o) >= 2009 for o in offered), offered


@pytest.mark.parametrize("text, expected", [
    ("Jack Dorsey co-founded Square in 2009.", {"Square": 2009}),
    ("Steve Jobs founded Apple with Steve Wozniak in 1976.", {"Apple": 1976}),
    ("The company has grown since its inception in March 2009.", {"company": 2009}),
    ("Verizon launched FiOS TV in 2005.", {}),  # launched: a product, not a founding of Verizon
    ("Square was founded in [2009] by two friends.", {"Square": 2009}),  # "last year", worked out
    ("Founded in [2009], Square grew fast.", {"Square": 2009}),
])
def test_founding_years_told_in_the_active_voice(text, expected):
    from quizgen.questions.slots import founded_years
    assert founded_years(text) == expected


# --- days of an event that lasts days -----------------------------------------------------------------------------

@pytest.mark.parametrize("sentence, answer", [("The snow began falling on Jan. 26 across New England.", "Jan. 26"),
                                              ("The blizzard hit Boston on January 26, 2015.", "January 26, 2015"),
                                              ("The siege of the town began on Sept. 16.", "Sept. 16")])
def test_a_lasting_events_wrong_days_are_a_week_to_a_season_away(sentence, answer):
    from quizgen.questions.lasting import days_apart

    facts = [_fact(sentence, answer, FactKind.DATE, 0)]
    offered = _offered(facts[0], facts)
    assert all(7 <= days_apart(o, answer) <= 62 for o in offered), offered  # no Jan. 27, no July 26, no Dec. 2015


def test_a_one_off_events_wrong_days_may_be_near():
    from quizgen.questions.lasting import days_apart

    facts = [_fact("The shooting happened on Dec. 30 near Perris.", "Dec. 30", FactKind.DATE, 0)]
    assert any(days_apart(o, "Dec. 30") < 7 for o in _offered(facts[0], facts))


@pytest.mark.parametrize("a, b, gap", [("Dec. 30", "Jan. 2", 3), ("January 26, 2015", "December 26, 2015", 334),
                                       ("Jan. 26", "July 26", 182), ("Jan. 26", "2015", None)])
def test_days_apart(a, b, gap):
    from quizgen.questions.lasting import days_apart
    assert days_apart(a, b) == gap


@pytest.mark.parametrize("name, near, country", [
    ("Rome", frozenset({"US"}), "IT"),  # Rome, Georgia is a tenth of Rome's size and less
    ("Paris", frozenset({"US"}), "FR"),
    ("Birmingham", frozenset({"US"}), "US"),  # no capital: the article's country decides
    ("Athens", frozenset({"US"}), "US"),  # Athens, Georgia is over a tenth of Athens' size
    ("Rome", frozenset(), "IT"),
])
def test_a_capital_keeps_its_reading_over_a_small_namesake_in_a_country_the_article_names(name, near, country):
    """"US hip-hop duo … at the MTV Europe Music Awards in _____" (Rome): a held-out card offered Atlanta, South
    Fulton and Sandy Springs, read as Rome, Georgia because the article names the US."""
    assert places.place_of(name, near=near).country == country


@pytest.mark.parametrize("sentence", [
    "The commission ended its long battle with France and Germany over their budgets.",
    "The commission ended its long battle with Germany and France over their budgets.",
])
def test_a_major_power_paired_with_a_neighbour_takes_neighbours_not_powers(sentence):
    """"its battle with _____ and Germany" in an EU dispute: a held-out card offered Japan, China and Russia for
    France ('only France can be in a battle over EU deficit limits')."""
    facts = [_fact(sentence, "France", FactKind.PLACE, 0)]
    offered = _offered(facts[0], facts)
    assert offered and not offered & {"China", "Russia", "Japan", "India"}, offered
    alone = [_fact("The commission ended its long battle with France over its budget.", "France", FactKind.PLACE, 0)]
    assert _offered(alone[0], alone) & {"China", "Russia", "Japan", "India"}  # unpaired: a power's peers
