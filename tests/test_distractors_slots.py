"""Options the slot's own words rule out (issue 15, the blind raters' reasons on held-out pages): a coach for a
player, a country that borders the answer but not the place named, a country with no part in a shared region, a
variant of a number that is a code or a name, a rival for the speaker's own country, a date before the thing
existed. Sentences written for the tests, through the public ``choose_distractors``: no spaCy model.

Each refusal is checked over many seeds (``salt``) so a refused option would be drawn by at least one if the rule
were off; each test also shows sound options are still found or a control without the give-away gets the option.
"""

from __future__ import annotations

import pytest

from quizgen.facts.model import Fact, FactKind
from tests.factory import SALTS, offered as _offered, options as _options



def _fact(sentence: str, answer: str, kind: FactKind, index: int, canonical: str = "", resolved: str = "",
          topic: str = "") -> Fact:
    start = sentence.index(answer)
    return Fact(kind=kind, answer=answer, sentence=sentence, start=start, end=start + len(answer),
                sentence_index=index, anchor=f"a{index}", canonical=canonical, resolved=resolved, topic=topic)



# --- people: role classes -------------------------------------------------------------------------------------

_TEAM = [("Quarterback Tom Brady signed a new deal on Monday.", "Tom Brady"),
         ("Coach Bill Belichick praised the defense.", "Bill Belichick"),
         ("Receiver Julian Edelman caught two passes.", "Julian Edelman"),
         ("Linebacker Jamie Collins made ten tackles.", "Jamie Collins"),
         ("Receiver Danny Amendola caught a late pass.", "Danny Amendola"),
         ("Assistant coach Matt Patricia ran the drills.", "Matt Patricia"),
         ("Defensive coach Brian Flores watched from the sideline.", "Brian Flores")]


def test_a_players_slot_never_offers_the_coaches():
    facts = [_fact(s, a, FactKind.PERSON, i) for i, (s, a) in enumerate(_TEAM)]
    asked = _fact("Tom Brady threw for 300 yards in the win.", "Tom Brady", FactKind.PERSON, len(facts))
    offered = _offered(asked, [*facts, asked])
    assert not offered & {"Bill Belichick", "Matt Patricia", "Brian Flores"}, offered
    assert offered == {"Julian Edelman", "Jamie Collins", "Danny Amendola"}


def test_a_coachs_slot_never_offers_the_players():
    facts = [_fact(s, a, FactKind.PERSON, i) for i, (s, a) in enumerate(_TEAM)]
    asked = _fact("Bill Belichick left the stadium early.", "Bill Belichick", FactKind.PERSON, len(facts))
    assert _options(asked, [*facts, asked]) == [None] * len(SALTS)  # two other coaches: too few, and no players


_POLITICS = [("Candidate Omar Vell filmed a video in Karlsby.", "Omar Vell"),
             ("Candidate Ines Marlow spoke in Dunmere.", "Ines Marlow"),
             ("Candidate Tomas Berg posted a video on Sunday.", "Tomas Berg"),
             ("Candidate Anna Lind posted a video on Monday.", "Anna Lind"),
             ("President Karl Osten met the envoys.", "Karl Osten"),
             ("Rep. Mira Castell chaired the committee.", "Mira Castell"),
             ("Prime Minister Jon Vale visited the border.", "Jon Vale"),
             ("Governor Lena Holt opened the session.", "Lena Holt")]


def test_a_candidates_slot_never_offers_the_office_holders():
    """Blind raters: a president, a congressman and a head of state "absurd" as options for a private man
    running a video campaign."""
    facts = [_fact(s, a, FactKind.PERSON, i) for i, (s, a) in enumerate(_POLITICS)]
    asked = _fact("Omar Vell posted a video in Karlsby on Monday.", "Omar Vell", FactKind.PERSON, len(facts))
    offered = _offered(asked, [*facts, asked])
    assert not offered & {"Karl Osten", "Mira Castell", "Jon Vale", "Lena Holt"}, offered
    assert offered == {"Ines Marlow", "Tomas Berg", "Anna Lind"}


def test_an_office_holders_slot_never_offers_the_candidates():
    facts = [_fact(s, a, FactKind.PERSON, i) for i, (s, a) in enumerate(_POLITICS)]
    asked = _fact("Karl Osten met the envoys on Monday.", "Karl Osten", FactKind.PERSON, len(facts))
    offered = _offered(asked, [*facts, asked])
    assert not offered & {"Omar Vell", "Ines Marlow", "Tomas Berg", "Anna Lind"}, offered
    assert offered == {"Mira Castell", "Jon Vale", "Lena Holt"}


_SENATE = [("Democratic Senator Ada Brill met the envoys.", "Ada Brill"),
           ("Democratic Senator Nathan Oakes met the envoys.", "Nathan Oakes"),
           ("Senator Laura Parker, a Democrat from Ohio, met the envoys.", "Laura Parker"),
           ("Republican Senator Kevin Rowe met the envoys.", "Kevin Rowe"),
           ("Senator Robert Trent, a Republican, met the envoys.", "Robert Trent"),
           ("Republican Senator Diane Ault met the envoys.", "Diane Ault"),
           ("Senator Carl Ward met the envoys.", "Carl Ward")]


@pytest.mark.parametrize("asked, party, other", [
    ("Democratic Senator Victor Hale met the envoys on Monday.", {"Ada Brill", "Nathan Oakes", "Laura Parker"},
     {"Kevin Rowe", "Robert Trent", "Diane Ault"}),
    ("Republican Senator Victor Hale met the envoys on Monday.", {"Kevin Rowe", "Robert Trent", "Diane Ault"},
     {"Ada Brill", "Nathan Oakes", "Laura Parker"}),
])
def test_a_partys_slot_never_offers_the_other_partys_people(asked, party, other):
    """Set AE's raters: "Democratic Senator _____" with the Republican Lindsey Graham among the options, "the prompt
    says 'Democratic', which rules out Graham" (three cards, "distractors unsound" from every rater). A party the
    article names before the name or in an appositive ("Senator Robert Trent, a Republican,") counts; a senator of no
    stated party may still be offered."""
    facts = [_fact(s, a, FactKind.PERSON, i) for i, (s, a) in enumerate(_SENATE)]
    card = _fact(asked, "Victor Hale", FactKind.PERSON, len(facts))
    offered = _offered(card, [*facts, card])
    assert not offered & other, offered
    assert offered <= party | {"Carl Ward"} and len(offered & party) >= 2, offered


def test_a_slot_of_no_party_offers_either_partys_people():
    facts = [_fact(s, a, FactKind.PERSON, i) for i, (s, a) in enumerate(_SENATE)]
    card = _fact("Senator Victor Hale met the envoys on Monday.", "Victor Hale", FactKind.PERSON, len(facts))
    offered = _offered(card, [*facts, card])
    assert offered & {"Ada Brill", "Nathan Oakes", "Laura Parker"} and offered & {"Kevin Rowe", "Robert Trent", "Diane Ault"}, offered


# --- places: borders and shared regions -----------------------------------------------------------------------

_NEAR_TURKEY = ["Bulgaria", "Greece", "Iran", "Georgia", "Armenia", "Iraq", "Jordan", "Lebanon", "Israel"]


def _countries(first: int) -> list[Fact]:
    return [_fact(f"Officials from {name} met.", name, FactKind.PLACE, first + i) for i, name in enumerate(_NEAR_TURKEY)]


@pytest.mark.parametrize("sentence", ["Aleppo borders Turkey to the north.",
                                      "Fighting reached the Syrian border with Turkey on Monday.",
                                      "Turkey's border with Syria was closed on Monday."])
def test_a_border_slot_takes_only_neighbours_of_the_place_named(sentence):
    asked = _fact(sentence, "Turkey", FactKind.PLACE, 0)
    offered = _offered(asked, [asked, *_countries(1)])
    assert offered <= {"Iraq", "Jordan", "Lebanon", "Israel"}, offered  # Syria's neighbours, not Turkey's
    control = _fact("Fighting reached the town of Turkey on Monday.", "Turkey", FactKind.PLACE, 0)
    assert {"Bulgaria", "Greece", "Iran"} & _offered(control, [control, *_countries(1)])


def test_a_border_slot_beside_no_place_gets_no_options():
    asked = _fact("Officials closed the border with Turkey on Monday.", "Turkey", FactKind.PLACE, 0)
    assert _options(asked, [asked, *_countries(1)]) == [None] * len(SALTS)


@pytest.mark.parametrize("sentence", ["Malaysia's side of Borneo was hit by floods.",
                                      "Floods hit Malaysia's part of the island."])
def test_a_share_of_a_region_gets_no_options(sentence):
    asked = _fact(sentence, "Malaysia", FactKind.PLACE, 0)
    assert _options(asked, [asked]) == [None] * len(SALTS)
    control = _fact("Floods hit Malaysia on Monday.", "Malaysia", FactKind.PLACE, 0)
    assert _offered(control, [control])


# --- numbers that are codes or names --------------------------------------------------------------------------

@pytest.mark.parametrize("sentence, answer", [("Her neighbour called 911 after the crash.", "911"),
                                              ("Dial 999 in an emergency.", "999"),
                                              ("The crash closed Route 66 for a day.", "66"),
                                              ("Flight 370 vanished in March.", "370"),
                                              ("Voters passed Proposition 8 in 2008.", "8"),
                                              ("The F-16 jets landed at noon.", "16")])
def test_a_number_that_is_a_code_or_a_name_gets_no_variants(sentence, answer):
    asked = _fact(sentence, answer, FactKind.COUNT, 0)
    assert _options(asked, [asked]) == [None] * len(SALTS)


@pytest.mark.parametrize("sentence, answer", [("Her neighbour called 14 people after the crash.", "14"),
                                              ("The crash closed 66 roads for a day.", "66"),
                                              ("The jets flew 370 missions.", "370")])
def test_a_count_beside_the_same_words_still_gets_variants(sentence, answer):
    asked = _fact(sentence, answer, FactKind.COUNT, 0)
    assert _offered(asked, [asked])


# --- the speaker's own country --------------------------------------------------------------------------------

def _speech(by: str, first: str) -> list[Fact]:
    intro = _fact(f"{first} Chuck Hagel visited the base.", "Chuck Hagel", FactKind.PERSON, 0)
    quote = "“This is a capability that America has needed for years,” Hagel said."
    said = _fact(quote, "Hagel", FactKind.PERSON, 1, canonical="Chuck Hagel")
    place = _fact(quote if by == "Hagel" else quote.replace("Hagel said", "the report said"), "America",
                  FactKind.PLACE, 1)
    return [intro, said, place] if by == "Hagel" else [intro, place]


@pytest.mark.parametrize("title", ["U.S. Defense Secretary", "American defense chief"])
def test_the_speakers_own_country_gets_no_options(title):
    facts = _speech("Hagel", title)
    assert _options(facts[-1], facts) == [None] * len(SALTS)  # Cuba, Mexico, Canada: no rival for "America"
    control = _speech("report", title)
    assert _offered(control[-1], control)


def test_a_speaker_of_another_country_leaves_the_options():
    facts = _speech("Hagel", "Canadian Defence Minister")
    assert _offered(facts[-1], facts)


_POWERS = {"China", "Russia", "United Kingdom", "France", "Germany", "Japan", "India"}


@pytest.mark.parametrize("sentence, answer", [("Satellites are a capability that America has needed for years.",
                                                "America"),
                                               ("Officials say Japan will host the summit next year.", "Japan")])
def test_a_major_powers_slot_takes_its_peers_not_its_neighbours(sentence, answer):
    facts = [_fact(sentence, answer, FactKind.PLACE, 0)]
    offered = _offered(facts[0], facts)
    assert offered <= _POWERS, offered  # no Canada, Mexico, Cuba for America; no South Korea for Japan
    article = [*facts, _fact("Talks with Iran stalled.", "Iran", FactKind.PLACE, 1)]
    assert "Iran" not in _offered(article[0], article)


def test_a_major_power_named_as_a_place_keeps_its_neighbours():
    facts = [_fact("The summit will be held in Japan next year.", "Japan", FactKind.PLACE, 0)]
    assert _offered(facts[0], facts) - _POWERS  # "held in South Korea": a place, not a power acting


def test_a_smaller_countrys_slot_still_takes_its_neighbours():
    facts = [_fact("Officials say Egypt will host the summit next year.", "Egypt", FactKind.PLACE, 0)]
    assert _offered(facts[0], facts) & {"Libya", "Sudan", "Israel"}


# --- dates: things that did not yet exist ---------------------------------------------------------------------

def _today(index: int, iso: str) -> Fact:
    return _fact("The report came out on Friday.", "Friday", FactKind.DATE, index, resolved=iso)


def test_a_year_option_never_precedes_the_year_the_article_ties_to_the_thing():
    facts = [_fact("Apple was founded in 1976.", "1976", FactKind.DATE, 0),
             _fact("Apple launched the iPod in 2001.", "2001", FactKind.DATE, 1),
             _fact("Sales of the iPod peaked in 2004.", "2004", FactKind.DATE, 2), _today(3, "2011-06-03")]
    offered = _offered(facts[2], facts)
    assert "1976" not in offered and "2001" in offered, offered  # the iPod in 1976
    control = _fact("Sales of the Apple II peaked in 1980.", "1980", FactKind.DATE, 2)
    assert "1976" in _offered(control, [*facts[:2], control, facts[3]])


def test_a_decade_option_never_precedes_the_thing():
    launch = _fact("Apple launched the iPod in 2001.", "2001", FactKind.DATE, 0)
    asked = _fact("iPods were everywhere in the 2000s, a study found.", "the 2000s", FactKind.DATE, 1)
    found = _options(asked, [launch, asked, _today(2, "2011-06-03")])
    assert not {o for options in found if options for o in options} & {"the 1970s", "the 1980s"}, found
    control = _fact("Records were everywhere in the 2000s, a study found.", "the 2000s", FactKind.DATE, 1)
    assert "the 1980s" in _offered(control, [launch, control, _today(2, "2011-06-03")])


def test_a_thing_named_only_beside_the_answer_sets_no_bound():
    asked = _fact("Two townhouses, built in the 1870s, were joined into one Italianate building.", "the 1870s",
                  FactKind.DATE, 0)
    assert "the 1850s" in _offered(asked, [asked, _today(1, "2011-06-03")])  # its only year is the answer's own


def test_a_land_border_takes_no_country_across_the_sea():
    facts = [_fact(f"Officials from {name} met.", name, FactKind.PLACE, i + 1)
             for i, name in enumerate(["Japan", "China", "Russia", "Taiwan", "Mongolia"])]
    asked = _fact("North Korea moved launchers to its border with South Korea.", "South Korea", FactKind.PLACE, 0)
    assert _options(asked, [asked, *facts]) == [None] * len(SALTS)  # China and Russia only: Japan is no neighbour


def test_a_players_slot_takes_players_before_others_of_the_sport():
    others = [("Champion Serena Williams won again.", "Serena Williams"),
              ("Olympian Michael Phelps swam a lap.", "Michael Phelps"),
              ("Champion Usain Bolt ran a lap.", "Usain Bolt")]
    rows = [*_TEAM, *others]
    facts = [_fact(s, a, FactKind.PERSON, i) for i, (s, a) in enumerate(rows)]
    asked = _fact("Tom Brady threw for 300 yards in the win.", "Tom Brady", FactKind.PERSON, len(facts))
    assert _offered(asked, [*facts, asked]) == {"Julian Edelman", "Jamie Collins", "Danny Amendola"}


@pytest.mark.parametrize("founding, asked", [
    ("Square, founded in 2009, sells card readers.", "Square launched its second reader in 2011."),
    ("Square was founded by two friends in 2009.", "Square launched its second reader in 2011."),
    ("Founded in 2009, Square sells card readers.", "Square launched its second reader in 2011."),
    ("Square has been in business since 2009.", "Square launched its second reader in 2011."),
    ("The company was founded in March 2009.", "The company launched its second reader in 2011."),
])
def test_a_date_option_never_precedes_the_founding_the_article_states(founding, asked):
    later = _fact("Sales doubled in 2016.", "2016", FactKind.DATE, 2)  # the story runs to 2016: later years fit
    facts = [_fact(founding, "2009", FactKind.DATE, 0), _fact(asked, "2011", FactKind.DATE, 1), later]
    offered = _offered(facts[1], facts)
    assert all(int(o) >= 2009 for o in offered), offered  # Square's second reader in 2007: before Square was
    control = [_fact(founding, "2009", FactKind.DATE, 0),  # two bodies founded: the sentence's own decides
               _fact("A rival launched its second reader in 2011.", "2011", FactKind.DATE, 1), later,
               _fact("Harbour Pay was founded in 2002.", "2002", FactKind.DATE, 3)]
    assert any(int(o) < 2009 for o in _offered(control[1], control))


@pytest.mark.parametrize("text, expected", [
    ("Apple, founded in 1976, launched the iPod in 2001.", {"Apple": 1976}),
    ("Founded in 1998, Google grew fast.", {"Google": 1998}),
    ("Editas Medicine has been in business since 2013.", {"Editas Medicine": 2013}),
    ("Jobs has been chief executive since 1997.", {}),  # a role held since a year: Jobs began earlier
    ("Verizon launched FiOS TV in 2005.", {}),  # what was launched is the TV service, not Verizon
])
def test_the_founding_years_an_article_states(text, expected):
    from quizgen.questions.slots import founded_years
    assert founded_years(text) == expected


def test_the_founding_year_itself_still_takes_earlier_years():
    facts = [_fact("Square was founded in 2009.", "2009", FactKind.DATE, 0)]
    assert any(int(o) < 2009 for o in _offered(facts[0], facts))


# --- government bodies: one country, one level -----------------------------------------------------------------

def _bodies(*extra: tuple[str, str]) -> list[Fact]:
    rows = [("Profits are up, Commerce Department data show.", "Commerce Department"),
            ("The Treasury Department disagreed.", "Treasury Department"),
            ("The Labor Department reported on Friday.", "Labor Department"), *extra]
    return [_fact(s, a, FactKind.ORGANIZATION, n) for n, (s, a) in enumerate(rows)]


@pytest.mark.parametrize("other", [("The Kurdistan Regional Government sent troops.", "Kurdistan Regional Government"),
                                   ("The Basel Committee set new rules.", "Basel Committee"),
                                   ("The Iraqi Interior Ministry denied it.", "Iraqi Interior Ministry"),
                                   ("The Texas Department of Public Safety closed the road.",
                                    "Texas Department of Public Safety")])
def test_a_national_bodys_slot_takes_no_body_of_another_country_or_level(other):
    facts = _bodies(other)
    offered = _offered(facts[0], facts)
    assert other[1] not in offered, offered
    assert offered & {"Treasury Department", "Labor Department"}


def test_a_national_body_of_the_same_country_is_still_offered():
    facts = _bodies(("The Justice Department sued.", "Justice Department"))
    assert "Justice Department" in _offered(facts[0], facts)


# --- places that stand for teams -------------------------------------------------------------------------------

_NFL = [("The quarterback threw two touchdowns on Sunday.", "Sunday")]


@pytest.mark.parametrize("sentence, answer", [("Ndamukong Suh signed with Miami in March.", "Miami"),
                                              ("Green Bay beat the Bears 31-24 at home.", "Green Bay"),
                                              ("The Bears lost to Green Bay at home.", "Green Bay"),
                                              ("Detroit's defense allowed just one touchdown.", "Detroit")])
def test_a_team_slot_takes_only_places_with_a_team_in_the_league(sentence, answer):
    from quizgen.questions.teams import markets

    facts = [_fact(sentence, answer, FactKind.PLACE, 0),
             _fact("The quarterback threw two touchdowns in Orlando.", "Orlando", FactKind.PLACE, 1)]
    offered = _offered(facts[0], facts)
    assert offered <= set(markets("nfl")), offered  # no Orlando, Tallahassee, Madison: no NFL team there


def test_a_team_slot_for_a_place_with_no_team_gets_no_options():
    facts = [_fact("Ndamukong Suh signed with Orlando in March.", "Orlando", FactKind.PLACE, 0),
             _fact("The quarterback threw two touchdowns in Miami.", "Miami", FactKind.PLACE, 1)]
    assert _options(facts[0], facts) == [None] * len(SALTS)


def test_a_city_in_a_story_about_no_league_is_a_city():
    facts = [_fact("The senator signed with Miami officials in March.", "Miami", FactKind.PLACE, 0)]
    assert _offered(facts[0], facts) - {"Tampa Bay", "Jacksonville"}  # Florida's other large cities, as before


def test_a_question_asking_by_a_partys_standing_never_offers_the_other_partys_people():
    """Set AK: "Which Democratic leader said …?" with three Republicans offered beside Chuck Schumer ("the stem
    says 'Democratic leader' and every distractor is a Republican", distractors unsound): the party the question
    shows, not only the sentence's own, rules the options."""
    from dataclasses import replace

    from quizgen.questions.candidates import settle
    from quizgen.questions.distractors import ArticleFacts
    from quizgen.questions.model import Question, QuestionKind

    facts = [_fact(s, a, FactKind.PERSON, i) for i, (s, a) in enumerate(_SENATE)]
    said = replace(_fact("Senator Victor Hale called the vote a rebuke of the plan.", "Victor Hale",
                         FactKind.PERSON, len(facts)), standing="Democratic leader")
    article = ArticleFacts([*facts, said])
    for family, prompt in (("mc_wh", "Which Democratic leader called the vote a rebuke of the plan?"),
                           ("mc_cloze", "Senator _____ called the vote a rebuke of the plan.")):
        offered = set()
        for salt in SALTS:
            card = Question(kind=QuestionKind.MULTIPLE_CHOICE, prompt=prompt, answer="Victor Hale", fact=said,
                            key=f"mc|{salt}", family=family, pending=True)
            offered |= set(settle(card, article).choices) - {"Victor Hale"}
        if family == "mc_wh":
            assert offered <= {"Ada Brill", "Nathan Oakes", "Laura Parker", "Carl Ward"}, offered
        else:  # the sentence names no party: either party's people may be offered
            assert offered & {"Kevin Rowe", "Robert Trent", "Diane Ault"}, offered
