"""Option sets a teacher would print (issue 15, round 19): who-said options only from the article's speakers, years
of a recurring event in its rhythm and a list's years in order, a city tied to a nearby place from its own part of
the country, and no year a contrasted sentence before makes true. Sentences and names are written for the tests;
every test checks sound options are still found (or that none is, where no sound set exists)."""

from __future__ import annotations

from dataclasses import replace

import pytest

from quizgen.facts.model import Fact, FactKind
from quizgen.questions import near_places, places, quoted_people, series_years
from tests.factory import offered, options, placed_fact


def _quote(sentence: str, speaker: str, index: int) -> Fact:
    start = sentence.index(speaker)
    words = sentence.split("“")[1].split("”")[0]
    return Fact(kind=FactKind.QUOTE, answer=speaker, sentence=sentence, start=start, end=start + len(speaker),
                sentence_index=index, anchor=f"q{index}", label="PERSON", topic=words, canonical=speaker)


SPEAKERS = {"Tom Baker", "Ana Ruiz", "Sam Holt", "Lena Park"}
NAMED_ONLY = {"Rosa Diaz", "Kim Reyes", "John Okafor", "Dan Wells"}


def _later(full: str, index: int) -> Fact:
    """A later mention by surname alone: the article shows ``full`` to be a person."""
    surname = full.split()[-1]
    sentence = f"{surname} arrived late."
    return Fact(kind=FactKind.PERSON, answer=surname, sentence=sentence, start=0, end=len(surname),
                sentence_index=index, anchor=f"l{index}", canonical=full)


def _people(first: Fact) -> list[Fact]:
    """``first``, three quoted speakers, one reported speaker and four people the article only names (each shown a
    person by a later mention of the surname)."""
    names = ["Maria Lopez", *sorted(SPEAKERS), *sorted(NAMED_ONLY)]
    return [*_named(first), *(_later(n, 20 + i) for i, n in enumerate(names))]


def _named(first: Fact) -> list[Fact]:
    return [first,
            _quote("“The bridge will open in spring,” Tom Baker said.", "Tom Baker", 1),
            _quote("“We lost our best workers this year,” said Ana Ruiz.", "Ana Ruiz", 2),
            _quote("Sam Holt said: “Nobody asked the farmers what they needed.”", "Sam Holt", 3),
            placed_fact("Lena Park told reporters the plan would fail.", "Lena Park", FactKind.PERSON, 4),
            placed_fact("Rosa Diaz won the county race.", "Rosa Diaz", FactKind.PERSON, 5),
            placed_fact("The mayor praised Kim Reyes for the new park.", "Kim Reyes", FactKind.PERSON, 6),
            placed_fact("John Okafor ran the bakery for years.", "John Okafor", FactKind.PERSON, 7),
            placed_fact("Ana Ruiz said Dan Wells is from the valley.", "Dan Wells", FactKind.PERSON, 8)]


@pytest.mark.parametrize("first", [
    _quote("“Houses in my district sell for less than they did,” Maria Lopez said.", "Maria Lopez", 0),
    placed_fact("Maria Lopez said the council routinely meets the farmers.", "Maria Lopez", FactKind.PERSON, 0),
    placed_fact("“It is over,” said Maria Lopez.", "Maria Lopez", FactKind.PERSON, 0),
])
def test_who_said_options_are_people_the_article_quotes(first):
    got = offered(first, _people(first))
    assert got <= SPEAKERS and len(got) >= 3, got  # no one the article only names: Rosa Diaz said nothing


def test_a_person_who_is_no_speaker_takes_the_article_names():
    first = placed_fact("Maria Lopez won the vote in the valley.", "Maria Lopez", FactKind.PERSON, 0)
    assert offered(first, _people(first)) & NAMED_ONLY  # not a speaker's slot: anyone named may stand in it


def test_who_said_with_too_few_other_speakers_gets_no_options():
    first = _quote("“Houses in my district sell for less than they did,” Maria Lopez said.", "Maria Lopez", 0)
    facts = [f for f in _people(first) if (f.canonical or f.answer) not in ("Sam Holt", "Lena Park")]
    assert options(first, facts) == [None] * len(options(first, facts))  # two speakers besides her: a short answer


@pytest.mark.parametrize("sentence, name, speaks", [
    ("“It is over,” Maria Lopez said.", "Maria Lopez", True),
    ("“It is over,” said Maria Lopez.", "Maria Lopez", True),
    ("Maria Lopez, the mayor, told reporters it was over.", "Maria Lopez", True),
    ("The plan began in 2010, according to Maria Lopez, a board member.", "Maria Lopez", True),
    ("Tom Baker said Maria Lopez is from the valley.", "Maria Lopez", False),  # what was said, not who said it
    ("Tom Baker said Maria Lopez “has done her best.”", "Maria Lopez", False),
    ("Maria Lopez won the race.", "Maria Lopez", False),
    ("Maria Lopez predicted more snow for the lakes.", "Maria Lopez", False),  # a claim, not speech
    ("In a video, Maria Lopez declared herself a candidate for mayor.", "Maria Lopez", False),
])
def test_a_speaker_is_named_beside_a_verb_of_speech(sentence, name, speaks):
    start = sentence.index(name)
    assert quoted_people.speaks_at(sentence, start, start + len(name)) is speaks


def _today(index: int, iso: str) -> Fact:
    return placed_fact("The report came out on Friday.", "Friday", FactKind.DATE, index, resolved=iso)


def _years(found: set[str]) -> set[int]:
    return {int(y) for y in found}


@pytest.mark.parametrize("sentence, answer, allowed", [
    # a recurring event: wrong years in its rhythm, and a listed year's order kept
    ("Maria Lopez backed the campaigns for the Republican presidential nomination in 2008 and 2012.", "2008",
     {2004, 2000, 1996, 1992}),
    ("The campaign that took her to the White House in 2008 had begun in Iowa.", "2008", {2004, 2000, 1996, 1992}),
    ("In 2009 Maria Lopez supported the mayor's primary rival for the party's nomination for governor.", "2009",
     {2005, 2001, 1997, 1993}),  # and nothing after the latest year the article tells of as past
    # set AH: "a possible Democratic presidential candidate in _____" took 2019, 2022, 2023 (bad: "not election years")
    ("Ada Quill, named as a possible presidential candidate in 2012, said she would stay.", "2012",
     {2008, 2004, 2000, 1996}),
    # a seat in Congress is won in an even year (raters: "odd years with no regular House election")
    ("Ada Quill, first elected to Congress in 2002, led the ferry inquiry.", "2002", {2000, 1998, 1996, 1994}),
    ("Ada Quill was first elected to her Velm congressional seat in 2002.", "2002", {2000, 1998, 1996, 1994}),
    ("Ada Quill's party lost four seats in 2014's congressional elections.", "2014", {2012, 2010, 2008, 2006}),
    # no rhythm: a year listed after another is later than it
    ("The fair will be held in 2017 and 2019 if the town pays.", "2019", {2018, 2020, 2021, 2022}),
])
def test_a_year_keeps_its_event_rhythm_and_list_order(sentence, answer, allowed):
    asked = placed_fact(sentence, answer, FactKind.DATE, 0)
    got = _years(offered(asked, [asked, _today(1, "2015-01-14")]))
    assert got <= allowed and len(got) >= 3, got


def test_the_article_years_out_of_the_event_rhythm_are_not_offered():
    asked = placed_fact("In 2009 Maria Lopez backed the mayor's primary rival for the nomination for governor.", "2009",
                        FactKind.DATE, 0)
    others = [placed_fact(f"The town built a school in {y}.", str(y), FactKind.DATE, i)
              for i, y in enumerate((2006, 2007, 2008), start=1)]
    got = _years(offered(asked, [asked, *others, _today(4, "2015-01-14")]))
    assert got <= {2005, 2001, 1997, 1993}, got  # 2006, 2007, 2008 are the article's, but no year of a race


def test_the_second_year_of_a_listed_rhythm_before_the_article_has_no_wrong_years():
    # 2012 and 2008 are taken, 2016 is after the article: no sound set, the card stays a cloze
    asked = placed_fact("Maria Lopez backed the campaigns for the presidential nomination in 2008 and 2012.", "2012",
                        FactKind.DATE, 0)
    assert set(map(str, options(asked, [asked, _today(1, "2015-01-14")]))) == {"None"}


@pytest.mark.parametrize("sentence, listed", [
    ("campaigns in 2008 and 2012", (2008, None)),
    ("campaigns in 2004, 2008 and 2012", (2008, None)),
    ("the seasons 2004-2008 were dry", (2004, None)),
])
def test_the_year_before_the_blank_in_a_list_is_its_lower_bound(sentence, listed):
    answer = sentence.split()[-1] if sentence.startswith("campaigns") else "2008"
    start = sentence.rindex(answer)
    fact = Fact(kind=FactKind.DATE, answer=answer, sentence=sentence, start=start, end=start + len(answer),
                sentence_index=0)
    assert series_years.listed_bounds(fact) == listed


@pytest.mark.parametrize("city, part", [("New York City", "Northeast"), ("Los Angeles", "West")])
def test_a_city_tied_to_a_nearby_town_takes_cities_of_its_part_of_the_country(city, part):
    sentence = f"Hoboken, once poor but now a wealthy {city} bedroom community, kept its funding."
    asked = placed_fact(sentence, city, FactKind.PLACE, 0)
    facts = [asked, placed_fact("Chicago police made an arrest.", "Chicago", FactKind.PLACE, 1)]
    chosen = options(asked, facts)
    if city == "New York City":  # the Northeast has one other city of a million: no sound set
        assert chosen == [None] * len(chosen)
        return
    got = {c for found in chosen for c in found}
    assert got and all(near_places.part_of_country(places.place_of(c)) == part for c in got), got


def test_a_city_in_a_plain_slot_takes_big_cities_anywhere():
    asked = placed_fact("The company moved its offices to Los Angeles last year.", "Los Angeles", FactKind.PLACE, 0)
    got = offered(asked, [asked, placed_fact("Chicago police made an arrest.", "Chicago", FactKind.PLACE, 1)])
    assert any(near_places.part_of_country(places.place_of(c)) != "West" for c in got), got


def test_a_contrasted_sentence_takes_no_year_the_sentence_before_gives():
    facts = [placed_fact("Executives said the app will likely be available in 2013.", "2013", FactKind.DATE, 0),
             placed_fact("But Maria Lopez didn't rule out offering it sometime in 2012.", "2012", FactKind.DATE, 1),
             _today(2, "2010-08-18")]
    assert "2013" not in offered(facts[1], facts)


@pytest.mark.parametrize("sentence, answer, asked", [
    ("By 56% to 35%, farmers said it is more important that the town be able to build a road than a bridge.", "35%",
     False),
    ("By 35%, farmers said it is more important that the town be able to build a road than a bridge.", "35%", True),
])
def test_no_wh_question_asks_the_second_half_of_a_score(nlp, sentence, answer, asked):
    from quizgen.questions.wh import wh_question
    from tests.test_wh import _fact as parsed_fact

    assert (wh_question(parsed_fact(nlp, sentence, answer)) is not None) is asked


@pytest.mark.parametrize("sentence, answer, cap", [
    ("By 56% to 35%, the farmers said the road matters more than the bridge.", "35%", 44.0),
    ("By 70 percent to 22 percent, voters backed the plan.", "22 percent", 30.0),
    ("Prices rose from 20% to 35% in a year.", "35%", None),  # a change, not a split of one whole
])
def test_the_second_share_of_a_split_is_capped_by_the_first(sentence, answer, cap):
    from quizgen.questions import split_shares

    fact = placed_fact(sentence, answer, FactKind.AMOUNT, 0)
    assert split_shares.other_share_cap(fact) == cap


def test_no_wrong_share_makes_a_split_add_up_to_more_than_the_whole():
    asked = placed_fact("By 56% to 35%, the farmers said the road matters more than the bridge.", "35%",
                        FactKind.AMOUNT, 0)
    others = [placed_fact(f"The town spent {v}% of its budget on parks.", f"{v}%", FactKind.AMOUNT, i)
              for i, v in enumerate((40, 42, 50, 52), start=1)]
    got = offered(asked, [asked, *others])
    assert all(float(c.rstrip("%")) <= 44 for c in got), got


@pytest.mark.parametrize("sentence, answer, refused", [
    ("The bank asks for two-factor authentication codes.", "two", True),
    ("Both sides backed a two-state solution at the talks.", "two", True),
    ("The bank hired two-thirds of its staff in June.", "two", False),
    ("The bank opened two branches in June.", "two", False),
])
def test_a_number_in_a_fixed_term_gets_no_options(sentence, answer, refused):
    asked = placed_fact(sentence, answer, FactKind.COUNT, 0)
    others = [placed_fact(f"The club sold {n} tickets.", n, FactKind.COUNT, i)
              for i, n in enumerate(("three", "four", "five", "six"), start=1)]
    got = options(asked, [asked, *others])
    assert (got == [None] * len(got)) is refused, got


@pytest.mark.parametrize("sentence, answer, side", [
    # a bound before the blank: "below $80" is as true as "below $60" (set AH, bad: "A and B also make a true
    # statement"), so every wrong answer stands on the bound's own side
    ("A glut has kept Velm crude below $45 a barrel since May.", "$45", -1),
    ("Dunford expects more than $45 in fees from each ferry crossing.", "$45", 1),
    ("Velm crude fell to $45 a barrel in May.", "$45", 0),  # no bound: both sides
    # a verb of passing a mark: "growth had topped 9%" is true of 8% as well (set AT, bad)
    ("Fees at the Dunford ferry topped $45 for the first time in May.", "$45", 1),
    ("Fees at the Dunford ferry have now exceeded $45 a crossing.", "$45", 1),
])
def test_a_number_after_a_bound_takes_wrong_answers_on_its_side(sentence, answer, side):
    asked = placed_fact(sentence, answer, FactKind.AMOUNT, 0)
    others = [placed_fact(f"The club paid {n} for the hall.", n, FactKind.AMOUNT, i)
              for i, n in enumerate(("$30", "$38", "$52", "$70"), start=1)]
    got = {float(o.lstrip("$")) for chosen in options(asked, [asked, *others]) if chosen for o in chosen} - {45.0}
    assert got
    if side:
        assert all((v - 45) * side > 0 for v in got), got
    else:
        assert any(v < 45 for v in got) and any(v > 45 for v in got), got


@pytest.mark.parametrize("sentence, answer, asked", [
    ("The Daily Post has come across this rare interview of the mayor at the city hall in June 2005.", "June 2005",
     False),  # the present perfect takes no date: June 2005 is the interview's, not the finding's
    ("The Daily Post found this rare interview of the mayor at the city hall in June 2005.", "June 2005", True),
    ("The shop has been closed since June 2005.", "June 2005", True),  # "Since when has the shop been closed?"
])
def test_no_when_question_on_a_present_perfect(nlp, sentence, answer, asked):
    from quizgen.questions.wh import wh_question
    from tests.test_wh import _fact as parsed_fact

    assert (wh_question(parsed_fact(nlp, sentence, answer)) is not None) is asked


@pytest.mark.parametrize("before", [
    "Her reelection campaign could look different from the one that won her the seat in 2008.",
    "Shifts between states will change how electoral votes are shared out in 2008.",
])
def test_a_year_naming_an_occurrence_takes_the_rhythm_of_the_event_the_sentence_before_names(before):
    before = placed_fact(before, "2008", FactKind.DATE, 0)
    asked = placed_fact("With new maps in many states, the 2012 path to victory could be harder.", "2012",
                        FactKind.DATE, 1)
    got = _years(offered(asked, [before, asked, _today(2, "2010-10-09")]))
    assert got <= {2016, 2020, 2024, 2004, 2000}, got  # never 2011, 2013 or 2014: no race in those years


@pytest.mark.parametrize("sentence, answer, attributive", [
    ("the 2012 path to victory could be harder", "2012", True),
    ("In 2012 voters chose a new mayor", "2012", False),
    ("the 2012 and 2016 races", "2012", False),
])
def test_a_year_before_a_noun_names_an_occurrence(sentence, answer, attributive):
    assert series_years.attributive(placed_fact(sentence, answer, FactKind.DATE, 0)) is attributive


@pytest.mark.parametrize("sentence, credited, doubted", [
    ("“The bridge will open in spring,” Tom Baker said.", "Tom Baker", False),
    ("“The bridge will open in spring,” said Tom Baker, who met Maria Lopez.", "Tom Baker", False),
    ("“The bridge will open in spring,” said Tom Baker, who met Maria Lopez.", "Maria Lopez", True),
    ("Maria Lopez had not, Tom Baker added, been impressed “by the plans for the bridge.”", "Maria Lopez", True),
    ("Maria Lopez had not, Tom Baker added, been impressed “by the plans for the bridge.”", "Tom Baker", False),
    ("“I was alarmed when Maria Lopez said the bridge would wait,” Tom Baker said.", "Tom Baker", False),
    ("“I was alarmed when Maria Lopez said the bridge would wait,” Tom Baker said.", "Maria Lopez", True),
    ("“The bridge will open in spring,” [Maria Lopez] told Tom Baker.", "Maria Lopez", False),  # "he" named
    ("[Tom Baker] added: “The bridge will open in spring.”", "Tom Baker", False),
    ("A research associate at the Institute for Bridge Studies, Tom Baker, commented that the plan was late, "
     "calling it “unlikely and illogical” for the bridge.", "Tom Baker", False),  # the name nearest the verb
    ("“The range is not long,” Tom Baker, spokesman for the Joint Chiefs of Staff, told a briefing.", "Tom Baker",
     False),  # the name before the aside
    ("Tom Baker (D-Essex), for example, said Maria Lopez “has done her best for the bridge.”", "Tom Baker", False),
    ("Tom Baker (D-Essex), for example, said Maria Lopez “has done her best for the bridge.”", "Maria Lopez", True),
])
def test_a_quote_credited_against_its_attribution_clause_is_doubted(sentence, credited, doubted):
    from quizgen.questions.attribution import credited_elsewhere

    start = sentence.index(credited) if credited in sentence else 0
    fact = Fact(kind=FactKind.QUOTE, answer=credited, sentence=sentence, start=start, end=start + len(credited),
                sentence_index=0, label="PERSON", topic="The bridge will open in spring", canonical=credited)
    assert credited_elsewhere(fact) is doubted


def test_a_doubted_quote_gets_no_card():
    from quizgen.questions.candidates import candidate_questions

    sentence = "“The bridge will open in spring, whatever the council says,” said Tom Baker, who met Maria Lopez."
    start = sentence.index("Maria Lopez")
    wrong = Fact(kind=FactKind.QUOTE, answer="Maria Lopez", sentence=sentence, start=start, end=start + 11,
                 sentence_index=0, label="PERSON", topic="The bridge will open in spring, whatever the council says",
                 canonical="Maria Lopez", score=1.0)
    start = sentence.index("Tom Baker")
    right = replace(wrong, answer="Tom Baker", start=start, end=start + 9, canonical="Tom Baker")
    assert not candidate_questions([wrong]) and candidate_questions([right])


@pytest.mark.parametrize("sentence, refused", [
    ("The video showed Maria Lopez at the fair.", True),  # "Maria Okafor" is nobody
    ("The video showed Lopez at the fair.", False),
])
def test_a_surname_after_the_persons_own_given_name_gets_no_options(sentence, refused):
    start = sentence.index("Lopez")
    asked = Fact(kind=FactKind.PERSON, answer="Lopez", sentence=sentence, start=start, end=start + 5,
                 sentence_index=0, anchor="a0", canonical="Maria Lopez")
    facts = [asked, *(placed_fact(f"{n} spoke at the fair.", n, FactKind.PERSON, i)
                      for i, n in enumerate(sorted(NAMED_ONLY), start=1)),
             *(_later(n, 10 + i) for i, n in enumerate(["Maria Lopez", *sorted(NAMED_ONLY)]))]
    got = options(asked, facts)
    assert (got == [None] * len(got)) is refused, got
