"""Replace rather than refuse: words that point back into the article named where the article makes it unambiguous
(a definite description, an opening he/she/his/her, a relative time with the article's date, a quote credited to an
organisation whose spokesperson the sentence names). Sentences written for these tests."""

from __future__ import annotations

import pytest

from quizgen.facts.extract import extract_facts
from quizgen.facts.model import FactKind
from quizgen.questions.standalone import needs_context

DATE = "2024-03-14"  # a Thursday


def _sentence_of(nlp, text: str, answer: str, date: str = "") -> str:
    """The sentence the card asking ``answer`` shows."""
    found = [f for f in extract_facts(nlp(text), article_date=date) if f.answer == answer]
    assert found, [f.answer for f in extract_facts(nlp(text), article_date=date)]
    return found[0].sentence


# --- relative times ---------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, shown", [
    ("Yesterday, Japan launched 3 satellites.", "On [13 March 2024], Japan launched 3 satellites."),
    ("Japan launched 3 satellites tomorrow night.", "Japan launched 3 satellites on the night of [15 March 2024]."),
    ("Japan launched 3 satellites last night.", "Japan launched 3 satellites on the night of [13 March 2024]."),
    ("Japan launched 3 satellites this morning.", "Japan launched 3 satellites on the morning of [14 March 2024]."),
    # a week inside one month is that month (the article never gives the Monday); across two it stays a week
    ("Japan launched 3 satellites last week.", "Japan launched 3 satellites in [March 2024]."),
    ("Japan launched 3 satellites earlier this week.", "Japan launched 3 satellites earlier in [March 2024]."),
    ("Japan launched 3 satellites last month.", "Japan launched 3 satellites in [February 2024]."),
    ("Japan launched 3 satellites late last month.", "Japan launched 3 satellites late [February 2024]."),
    ("Japan launched 3 satellites last year.", "Japan launched 3 satellites in [2023]."),
    ("Japan will launch 3 satellites next year.", "Japan will launch 3 satellites in [2025]."),
    ("Japan has launched 3 satellites since July of last year.",
     "Japan has launched 3 satellites since July of [2023]."),
    # a month before the year phrase: the year goes after the month, once (set AG: "in November 2018 in 2018")
    ("Japan will launch 3 satellites in November next year.", "Japan will launch 3 satellites in November [2025]."),
    ("Japan launched 3 satellites in July last year.", "Japan launched 3 satellites in July [2023]."),
    ("Japan launched 3 satellites two weeks ago.", "Japan launched 3 satellites in the week of [26 February 2024]."),
    ("Japan launched 3 satellites two years ago.", "Japan launched 3 satellites in [2022]."),
    ("Last year's budget paid for 3 satellites.", "The [2023] budget paid for 3 satellites."),
    # a year before a figure reads; a day's date does not (below)
    ("Japan launched 3 satellites, up from last year's 2 launches.",
     "Japan launched 3 satellites, up from the [2023] 2 launches."),
    # a named month: the latest before the article's month, the first after it (a set-R rater on "Last July, …":
    # "a relative time with nothing to anchor it")
    ("Last July, Japan launched 3 satellites.", "In [July 2023], Japan launched 3 satellites."),
    ("Japan launched 3 satellites last February.", "Japan launched 3 satellites in [February 2024]."),
    ("Japan will launch 3 satellites next March.", "Japan will launch 3 satellites in [March 2025]."),
    ("Japan will launch 3 satellites this June.", "Japan will launch 3 satellites in [June 2024]."),
    ("Japan launched 3 satellites Sunday.", "Japan launched 3 satellites on [Sunday, 10 March 2024]."),
    ("Japan launched 3 satellites on Sunday night.", "Japan launched 3 satellites on [Sunday night, 10 March 2024]."),
    ("Japan launched 3 satellites this past Monday.", "Japan launched 3 satellites on [Monday, 11 March 2024]."),
    ("Japan launched 3 satellites this past Thursday.", "Japan launched 3 satellites on [Thursday, 7 March 2024]."),
    ("Japan launched 3 satellites last Friday.", "Japan launched 3 satellites on [Friday, 8 March 2024]."),
    ("Japan will launch 3 satellites on Sunday.", "Japan will launch 3 satellites on [Sunday, 17 March 2024]."),
    ("Japan will launch 3 satellites next Thursday.", "Japan will launch 3 satellites on [Thursday, 21 March 2024]."),
    ("Tomorrow will bring 3 launches.", "[15 March 2024] will bring 3 launches."),  # a subject takes no "on"
    ("In a ceremony on Sunday night, Japan launched 3 satellites.",
     "In a ceremony on [Sunday night, 10 March 2024], Japan launched 3 satellites."),  # the verb beyond the noun
    ("Japan has launched 3 satellites since Sunday.", "Japan has launched 3 satellites since [Sunday, 10 March 2024]."),
    ("Japan is expected to launch 3 satellites Sunday.",
     "Japan is expected to launch 3 satellites on [Sunday, 17 March 2024]."),  # looks ahead
    # ... through a chain of verbs (a tune page's lead, on a weekday after "was set to begin …ing")
    ("Japan was set to begin launching 3 satellites Sunday.",
     "Japan was set to begin launching 3 satellites on [Sunday, 17 March 2024]."),
    ("Officials said that Japan launched 3 satellites yesterday.",
     "Officials said that Japan launched 3 satellites on [13 March 2024]."),  # the paper's report, its own day
    # a verb's particle is no preposition: the phrase takes its own (set AL: "hammered out [December 2017]")
    ("Japan backed the 3 satellites worked out last week by its engineers.",
     "Japan backed the 3 satellites worked out in [March 2024] by its engineers."),
    ("Japan launched 3 satellites on Tuesday rockets carried to orbit.",
     "Japan launched 3 satellites on [Tuesday, 12 March 2024] rockets carried to orbit."),  # the model's compound
])
def test_relative_times_take_the_article_date(nlp, text, shown):
    assert _sentence_of(nlp, text, "3", DATE) == shown


@pytest.mark.parametrize("text, date", [
    ("Yesterday, Japan launched 3 satellites.", ""),  # no article date: left as written (and refused)
    ("Japan has launched 3 satellites over the last year.", ""),  # a span of time (dated: tests/test_open_times.py)
    ("Japan launches 3 satellites every Sunday.", DATE),  # a habit
    ("Japan has 3 satellites in orbit today.", DATE),  # present tense: "today" means nowadays
    ("Japan earned $3 billion, down from a year ago.", DATE),  # compares periods
    ("Japan launched 3 satellites nearly five years ago.", DATE),  # hedged: "nearly in [2019]" is no English
    ("Japan launched 3 satellites about two years ago.", DATE),
    ("Japan launched 3 satellites on Sunday, March 10, 2024.", DATE),  # the sentence dates it itself
    ("Japan launches 3 satellites on Sunday.", DATE),  # the present tense says neither the last Sunday nor the next
    # the day after the article's date, in the past tense: a late report from another time zone, or six days back
    ("Japan launched 3 satellites on Friday.", DATE),
    ("Japan sold 3 satellites on Black Friday.", DATE),  # a name
    # a noun's day: "on [date]" cannot stand inside the noun phrase (set AL: "self-imposed on Friday, 15 December
    # 2017 voting deadline", and that deadline was the Friday to come)
    ("Japan readied 3 satellites as its self-imposed Monday launch deadline loomed.", DATE),
    ("Japan said this may bring 3 satellites.", DATE),  # "may" in lower case is a verb
    ("Japan launched 3 satellites on Good Friday.", DATE),  # a name the model reads as a date
    ("“We launched 3 satellites yesterday,” the minister said.", DATE),  # a quote keeps its words
    # a figure owned by the day: "the [14 March 2024] $5 billion" is no English
    ("Japan cut its space fund to $3 billion from yesterday's $5 billion.", DATE),
    ("Japan cut its space fund to $3 billion from today’s 5 billion dollars.", DATE),
    ("She wrote that the crew had 3 satellites ready for tonight.", DATE),  # the night of her writing
    ("He replied that 3 satellites would go up tomorrow.", DATE),
])
def test_relative_times_left_as_written(nlp, text, date):
    answer = "$3 billion" if "$3" in text else "3"
    assert _sentence_of(nlp, text, answer, date) == text


@pytest.mark.parametrize("date, shown", [
    # at a weekend "last week" may mean the working week just gone: only a month both readings share (set AO: a
    # Sunday's "unveiled last week" was that Thursday, 2 November, and a card said "in October 2017")
    ("2024-03-03", "Japan launched 3 satellites last week."),  # 19-25 February, or 26 February-1 March
    ("2024-03-24", "Japan launched 3 satellites in [March 2024]."),  # 11-17 or 18-22 March
    ("2024-03-13", "Japan launched 3 satellites in [March 2024]."),  # a Wednesday: the week before, 4-10 March
])
def test_last_week_at_a_weekend(nlp, date, shown):
    assert _sentence_of(nlp, "Japan launched 3 satellites last week.", "3", date) == shown


def test_a_description_names_a_body_after_a_countrys_initials_with_its_the(nlp):
    """"the patent office" after "the U.K. Patent and Trademark Office": the whole name, and its "the" (a tune card
    read "by [Trademark Office]")."""
    text = ("Ferry owners protested on Friday near the U.K. Patent and Trademark Office in Dunford. About 80 percent "
            "of the patents it reviews fail, according to a report issued in May by the patent office.")
    assert _sentence_of(nlp, text, "About 80 percent").endswith("by the [Patent and Trademark Office].")


def test_an_asked_day_shows_without_its_mark(nlp):
    facts = extract_facts(nlp("Japan launched 3 satellites yesterday."), article_date=DATE)
    (day,) = [f for f in facts if f.kind is FactKind.DATE]
    assert (day.answer, day.resolved) == ("13 March 2024", "2024-03-13")
    assert day.sentence == "Japan launched 3 satellites on 13 March 2024."
    assert needs_context(day) is None


def test_a_resolved_relative_time_no_longer_needs_context(nlp):
    text = "Yesterday, Japan launched 3 satellites."
    undated = [f for f in extract_facts(nlp(text)) if f.answer == "3"][0]
    dated = [f for f in extract_facts(nlp(text), article_date=DATE) if f.answer == "3"][0]
    assert needs_context(undated) == "relative time"
    assert needs_context(dated) is None


# --- definite descriptions --------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, answer, shown", [
    # the name's own head noun
    ("The New Orleans Jazz Foundation owns Jazz Fest. In 2008, the foundation bought 3 buildings.", "3",
     "In 2008, the [New Orleans Jazz Foundation] bought 3 buildings."),
    # the article calls it one: an appositive
    ("Pixar, the animation company, made Toy Story. The company employed 300 people.", "300",
     "[Pixar] employed 300 people."),
    # a company by what it has: executives, a chief executive, shares
    ("Verizon executives showed off an app. The company now has 4 million customers.", "4 million",
     "[Verizon] now has 4 million customers."),
    # a country from the countries list
    ("Mateen left Afghanistan in 1985. Since then, the country has built 40 schools.", "40",
     "Since then, [Afghanistan] has built 40 schools."),
    # a role: the title before the name
    ("Captain Steve Smith declared the innings. The captain scored 52 runs.", "52", "[Steve Smith] scored 52 runs."),
    # a name in a modifier ("the U.S. invasion") is not what a later description points to
    ("Mateen left Afghanistan after the U.S. invasion. Since then, the country has built 40 schools.", "40",
     "Since then, [Afghanistan] has built 40 schools."),
    # a name with and without its company ending is one company
    ("Genentech Inc. makes drugs. Roche Inc. makes tests. Genentech grew. The company employs 300 people.", "300",
     "[Genentech Inc.] employs 300 people."),
    # a U.S. state by name, a place the article calls "the city of …"
    ("Voters in Ohio backed the plan. The state spent $40 million on roads.", "$40 million",
     "[Ohio] spent $40 million on roads."),
    ("Floods hit the city of Leeds in May. The city spent $40 million on repairs.", "$40 million",
     "[Leeds] spent $40 million on repairs."),
    # the same word before it as a verb, or a noun without "the" (a kind), is no mention it takes up
    ("CTIA, the wireless trade show, opened in May. Firms will show off 40 phones at the show.", "40",
     "Firms will show off 40 phones at [CTIA]."),
    ("Captain Steve Smith declared the innings. It was a knock only a captain plays: the captain scored 52 runs.",
     "52", "It was a knock only a captain plays: [Steve Smith] scored 52 runs."),
    # the same description twice in a sentence: the second named as the first was
    ("Voters in Ohio backed the plan. The state's office spent $40 million, the state's website said.", "$40 million",
     "[Ohio]'s office spent $40 million, [Ohio]'s website said."),
    # common nouns before the noun that only say what kind of thing it is
    ("Acme Pay Inc. lets shops take card payments on phones. Investors hope to add 500 jobs at the mobile payments "
     "company.", "500", "Investors hope to add 500 jobs at [Acme Pay Inc.]."),
    # a name inside the quotation is the speaker's subject, not what the narration's description means
    ("Velmar Aircraft Inc. will build 2 new jets. “We look forward to working with the Dunford Air Force on 4 more "
     "jets,” the company said.", "4",
     "“We look forward to working with the Dunford Air Force on 4 more jets,” [Velmar Aircraft Inc.] said."),
    # a name that only modifies a noun ("Dunford forces") is no thing of the sentence "the country's" could mean
    # (stop-53/54 raters: "'the country's' dangles. Edit: Afghanistan's southern …")
    ("Mateen left Afghanistan in 1985. Two professors were handed over to US forces in the country's southern "
     "Zabul province on 40 roads.", "40",
     "Two professors were handed over to US forces in [Afghanistan]'s southern Zabul province on 40 roads."),
    # a name's capitalised last word stands for the name (raters: "'The Bill' dangles")
    ("Critics attacked the Data Retention Bill in March. The Bill would require phone companies to store data for "
     "two years.", "two years", "The [Data Retention Bill] would require phone companies to store data for two years."),
    # a body's name opening on a party's word is its name
    ("Ines Vell chairs the Democratic National Committee. The Committee raised $40 million in May.", "$40 million",
     "The [Democratic National Committee] raised $40 million in May."),
    # a surname the sentence names before "the party" is a person's: only a business noun may be a one-word "person"
    ("The Green Party chose its leaders in March. Voters pushed Lund and Berg onto the party in 12 seats.", "12",
     "Voters pushed Lund and Berg onto the [Green Party] in 12 seats."),
])
def test_definite_descriptions_named(nlp, text, answer, shown):
    assert _sentence_of(nlp, text, answer) == shown


@pytest.mark.parametrize("text, answer", [
    # two of a kind in the nearest sentence: either
    ("Pixar, the animation company, and Next, a computer company, merged. The company employed 300 people.", "300"),
    ("Pixar, the animation company, made Toy Story. Apple executives met Google executives. The company employed 300 "
     "people.", "300"),
    # nothing the article calls a company
    ("Lawmakers met in Paris. The company employed 300 people.", "300"),
    # its own words say which
    ("Pixar, the animation company, made Toy Story. The new company employed 300 people.", "300"),
    ("Pixar, the animation company, made Toy Story. The company of the year employed 300 people.", "300"),
    ("Pixar, the animation company, made Toy Story. The rival film company employed 300 people.", "300"),
    # the sentence may name it itself (also when the model reads the name as a work of art)
    ("Pixar, the animation company, made Toy Story. Disney bought Cars, and the company employed 300 people.", "300"),
    ("Intel, a startup, licensed the patent. Zhang cofounded Editas Medicine, and the startup announced 3 deals.", "3"),
    # a quote keeps its words, also one whose closing mark is sentences away
    ("Pixar, the animation company, made Toy Story. “The company employed 300 people,” Lasseter said.", "300"),
    ("Captain Steve Smith declared the innings. “The captain scored 52 runs. He batted well,” Lee said.", "52"),
    ("Captain Steve Smith declared the innings.\n“The captain scored 52 runs.\n“He batted well,” Lee said.", "52"),
    # a name the sentence gives as a thing of its own may be what the description means
    ("Mateen left Afghanistan in 1985. Two professors flew to Pakistan and were held in the country's southern "
     "Sindh province for 40 days.", "40 days"),
    # a company the model reads as a place, beside another company in the nearest sentence: either
    ("Dunford Oil is a big oil firm. The report looks at Kovneft, a Russian oil company that nearly merged with "
     "Dunford Oil. After the new law, the company's tax rate rose to 12%.", "12%"),
    # a noun the parse hangs on the next one only says what kind that is (a set-Y card wrote "Benita Johnson winning
    # [Italy] championships" for "the world cross country championships")
    ("Ada Brun trained in Italy for 3 years. What I really enjoyed this year was Ada Brun winning the world cross "
     "country championships back in March.", "March"),
    # a one-word company the model reads as a person, named before the description in its own sentence: the firm may
    # be it (set AX: "Yukos' US lawyers claim … the firm had filed for bankruptcy" had named the firm after the buyer)
    ("Vantor will ask a judge to freeze the assets of Kesh Capital Group, the obscure firm that bought its refinery. "
     "Vantor's lawyers argue the sale broke the law because the firm had sought protection from creditors in 12 "
     "countries.", "12"),
    # two states, or a city the article never calls one
    ("Voters in Ohio and Texas backed the plan. The state spent $40 million on roads.", "$40 million"),
    ("Floods hit Leeds in May. The city spent $40 million on repairs.", "$40 million"),
    # a generic noun that is also a name's last word
    ("The Islamic State holds Raqqa. The state collected 40 taxes.", "40"),
    # a capitalised word is only the last word of a name it ends, and not one a name goes on from
    ("Critics attacked the Data Retention Act in March. The Bill would require phone companies to store data for "
     "two years.", "two years"),
    ("Critics attacked the Data Retention Bill in March. The Bill Velm Fund gave $40 million to Dunford schools.",
     "$40 million"),
    ("Critics attacked the Data Retention Bill in March. The new Bill would require phone companies to store data "
     "for two years.", "two years"),
    # the nearest country, named once, in a story on another the article names more often: either might be meant
    # (a set-AA card read "strikes that brought [Uganda] to a standstill" of British strikes)
    ("Britain faced a hard winter. Britain's unions wanted more pay. Ken Lund had served in Uganda as a young man. "
     "In 1978 strikes brought the country to a standstill for 40 days.", "40 days"),
    # the sentence's own earlier mention of the noun, unnamed, is what the description takes up (a set-AB card credited
    # a figure to the reinsurer the article named more often, not the speaker's own)
    ("Kovna Re, the world's largest reinsurance company, expects losses. Dalby Re spoke too. Omar Lind said his own "
     "company's claims would be lower than those from the floods, which the company put at $640m.", "$640m"),
    # a group's own name is no clip of a longer one: "the Tories" is the party, not one local branch of it
    ("Ken Lund, agent for Arundel and South Dunford Tories, said Mr Berg was ineligible. Labour coordinator Alan Reed "
     "said the Tories were in turmoil after losing 40 seats.", "40"),
    # a region the model names with a party's word before it is described, not named (set AL: "a winning coalition
    # in [Republican South]" of "in the South")
    ("The solidly Republican South now looks less solid. Ines Vell said the party can win 40 seats in the South.",
     "40"),
    # a nearer company the article never calls one, after the only firm it called one: either may be meant (set AY:
    # "[Sophos] announced … security tools", rated bad, "the article says Microsoft")
    ("Ben Vale, senior consultant at security firm Dunmark, praised the plan. Halden Digital's Windows system is "
     "often attacked by virus writers. The company said in May it would sell new software to protect "
     "90% of PCs.", "90%"),
])
def test_definite_descriptions_left_as_written(nlp, text, answer):
    sentence = _sentence_of(nlp, text, answer)
    assert "[" not in sentence, sentence


# --- he / she / his / her -----------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, answer, shown", [
    ("Shaygan Kheradpir ran the demo. Since then, he has visited Moscow 3 times.", "3",
     "Since then, [Shaygan Kheradpir] has visited Moscow 3 times."),
    ("Margaret Thatcher read the papers. Her fears grew after 3 meetings.", "3",
     "[Margaret Thatcher]’s fears grew after 3 meetings."),
    ("Shaygan Kheradpir ran the demo. But his daughter watched 3 channels.", "3",
     "But [Shaygan Kheradpir]’s daughter watched 3 channels."),
    ("Shaygan Kheradpir ran the demo. On Sunday, he visited 3 schools.", "3",
     "On Sunday, [Shaygan Kheradpir] visited 3 schools."),  # a day before the pronoun names no one
])
def test_an_opening_pronoun_named_when_one_person_is_near(nlp, text, answer, shown):
    assert _sentence_of(nlp, text, answer) == shown


@pytest.mark.parametrize("text, answer", [
    # two people in the nearest sentence: a guess
    ("Shaygan Kheradpir met Tom Jones. But his daughter watched 3 channels.", "3"),
    # the name may come after its pronoun
    ("Shaygan Kheradpir ran the demo. With his second ball Ryan Harris took 3 wickets.", "3"),
    ("Harry Reid ran the campaign. In her primary race, Angle cut 3 programs.", "3"),  # a name the model missed
    ("Shaygan Kheradpir ran the demo. His goal, Ryan Harris said, was 3 wickets.", "3"),
])
def test_an_opening_pronoun_left_when_unsure(nlp, text, answer):
    assert "[" not in _sentence_of(nlp, text, answer)


@pytest.mark.parametrize("text, answer, prompt", [
    ("Margaret Thatcher read the papers. Her fears grew after 3 meetings.", "3",
     "After how many meetings did [Margaret Thatcher]’s fears grow?"),
    ("Tomorrow will bring 3 launches in Japan.", "3", "How many launches will 15 March 2024 bring in Japan?"),
])
def test_an_insertion_opening_a_question_keeps_its_capitals(nlp, text, answer, prompt):
    from quizgen.questions.candidates import make_wh

    fact = [f for f in extract_facts(nlp(text), article_date=DATE) if f.answer == answer][0]
    question = make_wh(fact)
    assert question is not None and question.prompt == prompt


# --- a quote credited to an organisation ------------------------------------------------------------------------

@pytest.mark.parametrize("text, speaker", [
    ("“We will open 12 more stores next year,” Apple said, according to chief executive Tim Cook.", "Tim Cook"),
    ("“We stand ready to assist in any way possible,” Pentagon spokesman Mark Wright said.", "Mark Wright"),
    ("“We will open 12 more stores next year,” Apple said, according to Tim Cook.", "Apple"),  # no role shown
    ("“We will open 12 more stores next year,” Apple said. Analyst John Smith said demand was strong.", "Apple"),
    # the model reads a capitalised post as a body: the post is its holder's (a set-U card: "Which organisation
    # said …?" → "Higher Education Minister")
    ('The Velm Transport Minister, Tom Holt, said: "We are working to raise the standard of every road in the '
     'country."', "Tom Holt"),
    ('The Higher Education Minister, Tom Holt, said: "We are working in schools to raise the aspiration of young '
     'people in poor areas."', "Tom Holt"),
])
def test_a_quote_goes_to_the_person_who_spoke_for_the_organisation(nlp, text, speaker):
    (quote,) = [f for f in extract_facts(nlp(text)) if f.kind is FactKind.QUOTE]
    assert (quote.canonical or quote.answer) == speaker
