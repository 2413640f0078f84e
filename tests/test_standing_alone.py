"""Who-said and role cards that stand alone (``quizgen.questions.standing_alone``), on sentences written for the
tests (real model): what a quote is about, a role's year, whose title it is, abbreviations spelled out."""

from __future__ import annotations

from dataclasses import replace

import pytest

from quizgen.facts.extract import extract_facts
from quizgen.facts.model import FactKind
from quizgen.questions.candidates import candidate_questions
from quizgen.questions.model import Question, QuestionKind
from quizgen.questions.offices import names_its_holder
from quizgen.questions.standing_alone import (PAST, STORY, abbreviations, dated_role_prompt, in_context, looks_back,
                                             named_in_full, owner_after, spelled_out)
from tests.factory import fact


def _cards(nlp, text: str, date: str = "", families: tuple[str, ...] = ("who_said", "role")) -> set[tuple[str, str]]:
    facts = extract_facts(nlp(text), article_date=date)
    questions = in_context(candidate_questions(facts, pending=True), facts, date, text)
    return {(q.prompt, q.answer) for q in questions if q.family in families}


# rule 1: a who-said prompt says what the quote is about, or the speaker's kind
SAID = [
    # a quotation going on after its speaker's sentence has no lead-in of reported speech (a tune page's card read
    # "Which sitting judge said . “There has been …”?")
    ('Judge Ann Velm, a sitting judge in Dunford, spoke first. "The new rules turn our courts into arms of the '
     'police," Ann Velm said. "Every week we are told to hurry, and every week fairness loses a little more ground."',
     "Which sitting judge in Dunford said: “Every week we are told to hurry, and every week fairness loses a little "
     "more ground”?"),
    ('"It leaves a small cushion for error and a level of risk that I judge unacceptable," Tom Vance said of '
     'the first big bank to fail in the crisis.',
     "Who said of the first big bank to fail in the crisis: “It leaves a small cushion for error and a level of risk "
     "that I judge unacceptable”?"),
    ('Carla Menz said that the council\'s plan of freezing rents for a decade is "risking a repeat of the mistakes '
     'and the losses they bring".',
     "Who said that the council's plan of freezing rents for a decade is “risking a repeat of the mistakes and the "
     "losses they bring”?"),
    ('Rick Dalton, the owner of a bakery in Leeds, lost two of his best workers. "They just feel there is a bad mood '
     'for them in the town these days," Dalton said.',
     "Which owner of a bakery in Leeds said: “They just feel there is a bad mood for them in the town these days”?"),
    ('Nick Sabo, the coach of the Tigers, spoke first. "I do not think it is anything but greed that is creating it '
     'right now," Sabo said at the SEC media days.',
     # the speaker's kind too, where the article gives one (raters: "Who said" → "Which … said")
     "Which coach of the Tigers said at the SEC media days: “I do not think it is anything but greed that is creating "
     "it right now”?"),
    ('"We believe the new launchers are meant to threaten the southern ports and the bases near them," Daniel '
     "Kessler, spokesman for Norway's port authority, told a media briefing.",
     # a possessive in the role's owner phrase is the owner's own (seed raters: "give the spokesperson's role")
     "Which spokesman for Norway's port authority said: “We believe the new launchers are meant to threaten the "
     "southern ports and the bases near them”?"),
    # a "notes of …" inside the quotation is the speaker's words, no topic of theirs (a card asked "Who said of Mr: …")
    ("“The caller was nervous about the plan,” Tom Vance wrote. “During the meeting, the caller took brief notes of "
     "Mr. Velm’s offer and the money.”",
     "Who said: “During the meeting, the caller took brief notes of Mr. Velm’s offer and the money”?"),
]


@pytest.mark.parametrize(("text", "prompt"), SAID)
def test_who_said_says_what_the_quote_is_about(nlp, text, prompt):
    assert prompt in {p for p, _ in _cards(nlp, text, families=("who_said",))}


def test_where_it_was_said_keeps_the_day_the_articles_date_wrote_in_whole(nlp):
    """"on [Monday, 6 April 2020]" is one phrase: a fresh page's card read "… press briefing on [Monday: “…”"."""
    text = ('Ken Baxter, the head of the Harbor School, spoke first. "We will keep building the new homes for every '
            'family that needs one," Baxter said at a Harbor School press briefing on Monday, when a reporter asked '
            'about the plan.')
    assert ("Which head of the Harbor School said at a Harbor School press briefing on [Monday, 6 April 2020]: “We "
            "will keep building the new homes for every family that needs one”?") in {
        p for p, _ in _cards(nlp, text, date="2020-04-07", families=("who_said",))}


NOT_A_TOPIC = [  # the words before the quote are no topic (a listener, a pronoun): the speaker's kind says who
    ('Ken Baxter, the head of the Harbor School, retired in May. Asked about the files, Baxter said in a letter to the '
     'Gazette: "She '
     'was worried because she always felt that any change might be for the worse."',
     "Which head of the Harbor School said: “She was worried because she always felt that any change might be for the "
     "worse”?"),
    ('Ana Ruiz, the mayor of Lyon, opened the bridge. "We will keep building the new homes for every family that '
     'needs one," Ruiz said of them.',
     "Which mayor of Lyon said: “We will keep building the new homes for every family that needs one”?"),
    ('Nick Sabo, the coach of the Tigers, spoke first. "I do not think it is anything but greed that is creating it '
     'right now," Sabo said at a news conference.',  # no named event: any speaker could be at one
     "Which coach of the Tigers said: “I do not think it is anything but greed that is creating it right now”?"),
    # "about" before a count is how many listened (set AC: "Which U.S. Senate candidate said about 125 supporters who
    # jammed …: “…”?", rated fixable twice: "ungrammatical")
    ('Ken Baxter, the head of the Harbor School, spoke first. "We will keep building the new homes for every family '
     'that needs one," Baxter told about 125 parents who filled the school hall.',
     "Which head of the Harbor School said: “We will keep building the new homes for every family that needs one”?"),
    # a role longer than a glance whose first part a card reads ("Which transportation expert"; stop-53 raters on
    # its "Who said: …?": "'Who said' gives no role, so a student cannot place the speaker")
    ('"Some ferries may not get fully cleaned, and bag handling may have some snags," said Josef Brandl, a transport '
     'expert and professor at Dunford University in Karlsby.',
     "Which transport expert said: “Some ferries may not get fully cleaned, and bag handling may have some snags”?"),
    # a role too long to read at a glance reads without the place it ends on (tune raters on its "Who said": "no
    # role for the speaker")
    ('Mara Velk, a senior fellow at the Karlsby Marine Institute in Dunford, spoke first. "We found that the coral '
     'recovers much faster than anyone had expected it would," Velk said.',
     "Which senior fellow at the Karlsby Marine Institute said: “We found that the coral recovers much faster than "
     "anyone had expected it would”?"),
    # one post too long for a glance, with no shorter form, reads whole (a set-AR rater on its "Who said": "the prompt
    # gives no role")
    ('"Traders want to go into the holiday holding fewer of the old notes," said Tomas Brecht, director of foreign '
     'exchange at Velm Savings Bank and Trust.',
     "Which director of foreign exchange at Velm Savings Bank and Trust said: “Traders want to go into the holiday "
     "holding fewer of the old notes”?"),
    # a body's kind: "Which organisation said" (tune raters on "Who said" → a tourism body: "the answer is an
    # organisation, so change 'Who said' to 'Which organisation said'")
    ('"Our lakes continue to post excellent results thanks to better care of the shore and the work of local groups," '
     'the Nordic Water Council said in a report.',
     "Which organisation said: “Our lakes continue to post excellent results thanks to better care of the shore and "
     "the work of local groups”?"),
    ('The Karlsby Tourism Board said: "Our hotels continue to post excellent results thanks to the rise in business '
     'travel across the whole of the region."',
     "Which organisation said: “Our hotels continue to post excellent results thanks to the rise in business travel "
     "across the whole of the region”?"),
]


def test_a_quotation_in_the_first_person_singular_is_no_bodys(nlp):
    """A body speaks as "we": "The first time I played it …" is a person's, whatever label the model gave the name."""
    text = ('"Our lakes continue to post excellent results, and I am proud of the work of local groups," the Nordic '
            'Water Council said in a report.')
    prompts = {p for p, _ in _cards(nlp, text, families=("who_said",))}
    assert prompts and not any(p.startswith("Which organisation") for p in prompts), prompts


@pytest.mark.parametrize(("text", "prompt"), NOT_A_TOPIC)
def test_who_said_without_a_topic_names_the_speakers_kind(nlp, text, prompt):
    assert prompt in {p for p, _ in _cards(nlp, text, families=("who_said",))}


@pytest.mark.parametrize(("text", "prompt"), [
    # an abbreviated title is a title ("Sen." is one token), spelled out where the card names the speaker's kind
    ('State Sen. Dana Rusk said the Dunford plan "has dedicated its efforts to make the county affordable for the '
     'families who live here."',
     "Which state senator said the Dunford plan “has dedicated its efforts to make the county affordable for the "
     "families who live here”?"),
    ('State Rep. Carla Menz spoke last. "We have the best bridge in the country and I stand by what we built," '
     'Menz said.',
     "Which state representative said: “We have the best bridge in the country and I stand by what we built”?"),
])
def test_an_abbreviated_title_names_the_speakers_kind(nlp, text, prompt):
    assert prompt in {p for p, _ in _cards(nlp, text, families=("who_said",))}


def test_an_abbreviated_title_is_spelled_out_on_a_role_card(nlp):
    cards = _cards(nlp, "State Sen. Dana Rusk voted against the Dunford plan.", "2015-03-02", families=("role",))
    assert ("Who was Dana Rusk in March 2015?", "state senator") in cards


@pytest.mark.parametrize(("role", "spelled"), [
    ("State Sen.", "state senator"),
    # the British forms, without a full stop (a set-AB rater on "Which Chief Supt said": "clumsy jargon")
    ("Chief Supt", "chief superintendent"),
    ("Det Insp", "detective inspector"),
    ("Cllr", "councillor"),
    ("Republican Sen.", "Republican senator"),  # a party keeps its capital
    ("Lt. Gov.", "lieutenant governor"),
    ("U.S. Rep.", "U.S. representative"),
    ("Macmillan CEO", "Macmillan CEO"),  # no abbreviated title: as it was
])
def test_abbreviated_titles_are_spelled_out(role, spelled):
    assert spelled_out(role) == spelled


# rule 2: role cards in the past tense of the article's year
@pytest.mark.parametrize(("prompt", "year", "dated"), [
    ("Who is Ana Ruiz?", "2016", "Who was Ana Ruiz in 2016?"),
    ("Who is the chairman of the Harbor Affairs Committee?", "2016",
     "Who was the chairman of the Harbor Affairs Committee in 2016?"),
    ("Who is Norland’s First Minister?", "2014", "Who was Norland’s First Minister in 2014?"),
    ("Who is Ana Ruiz?", "", "Who is Ana Ruiz?"),  # no year given: as it was
    ("Who is Ana Ruiz?", STORY, "Who was Ana Ruiz at the time of the story?"),  # an article with no date
    ("Who is the former mayor of Dunford?", STORY, "Who was the former mayor of Dunford?"),
    ("Who is the mayor elected in 2012?", "2016", "Who is the mayor elected in 2012?"),  # a year of its own
    # a role that says when it was held: past tense, not the article's year
    ("Who is the chairman of the Harbor Council in the Velm administration?", "September 2018",
     "Who was the chairman of the Harbor Council in the Velm administration?"),
    ("Who is the former mayor of Dunford?", "2016", "Who was the former mayor of Dunford?"),
    # "who is now an immunologist at …" (a fresh page's "Who was now an immunologist …", rated ungrammatical)
    ("Who is now an immunologist at Velm University?", "November 2019",
     "Who was an immunologist at Velm University in November 2019?"),
    ("Who is currently the mayor of Dunford?", "2016", "Who was the mayor of Dunford in 2016?"),
    # a post asked in the present tense is true only when the article was written (tune raters: "present tense ages
    # badly", "no longer true")
    ("Who heads the Dunford Harbor Caucus?", "December 2017", "Who headed the Dunford Harbor Caucus in December 2017?"),
    ("Who chairs the Velm council?", STORY, "Who chaired the Velm council at the time of the story?"),
    ("Who owns the Dunford Dockers?", PAST, "Who owned the Dunford Dockers?"),
    ("Who coaches the Dunford Dockers?", "2016", "Who coached the Dunford Dockers in 2016?"),  # any post verb
    ("Who runs the Velm port since 2012?", "2016", "Who runs the Velm port since 2012?"),  # a year of its own
    ("Who heads the Dunford Harbor Caucus?", "", "Who heads the Dunford Harbor Caucus?"),
])
def test_role_prompts_name_the_articles_year(prompt, year, dated):
    assert dated_role_prompt(prompt, year) == dated


@pytest.mark.parametrize(("answer", "dated"), [
    ("former Labour leader", "Who was Tom Harper?"),
    # "ex-" is "former" (a set-AW deck asked "Who was … at the time of the story?" of an "ex-Labour minister", where
    # "former" already asked "Who was …?": set AQ's raters, "delete 'at the time of the story'")
    ("ex-Labour leader", "Who was Tom Harper?"),
    ("ex-health secretary", "Who was Tom Harper?"),
    ("Labour leader", "Who was Tom Harper at the time of the story?"),
    ("Index-linked fund manager", "Who was Tom Harper at the time of the story?"),  # "ex-" inside a word is none
])
def test_a_post_held_before_asks_in_the_past_on_an_undated_article(answer, dated):
    assert dated_role_prompt("Who is Tom Harper?", STORY, answer) == dated


@pytest.mark.parametrize(("text", "asked"), [
    ("In June, the then Velmland Home Secretary, Tom Harper, approved the extradition request.",
     "Who was Tom Harper in June 2019?"),  # the time its sentence names
    ("At the hearing, the then Velmland Home Secretary, Tom Harper, denied approving the extradition request.",
     "Who was Tom Harper?"),  # none named: undated
    ("In June, the then Velmland Home Secretary, Tom Harper, approved the request that a court had refused in 2017.",
     "Who was Tom Harper?"),  # two named: which one is the post's is not told
])
def test_a_role_held_then_is_dated_by_its_event_not_the_article(nlp, text, asked):
    """"the then Home Secretary" held the post when the story's event happened, not in the article's month."""
    cards = _cards(nlp, text, "2019-11-19", families=("role",))
    assert (asked, "Velmland Home Secretary") in cards
    assert not [prompt for prompt, _ in cards if "November 2019" in prompt]


@pytest.mark.parametrize(("text", "card"), [
    # "then-" joined to the title, or inside the answer after its owner (set AG: "Who was Anne Patterson in November
    # 2017?" → "State Department's then-deputy inspector general", of 2004: "wrong time anchor")
    ("Back in 2004, the Velmland Foreign Office’s then-deputy inspector general, Ann Velm, warned lawmakers about "
     "the scheme.", ("Who was Ann Velm in 2004?", "Velmland Foreign Office’s deputy inspector general")),
    ("In 2004, then-Velmland Home Secretary Tom Harper approved the extradition request.",
     ("Who was Tom Harper in 2004?", "Velmland Home Secretary")),
    # the article's own month is its news's, not the post's ("on [2 November 2017] … then-Republican candidate")
    ("On 19 November 2019, Velm demanded a meeting with then-Velmland Home Secretary Tom Harper.",
     ("Who was Tom Harper?", "Velmland Home Secretary")),
    # a holder removed from the post held it up to that event (set AI: "Who was James Comey in October 2017?" → FBI
    # Director, of a man fired in May: "wrong for the date")
    ("In 2018 the Velmland premier fired Port Authority Director Tom Harper over the ferry contracts.",
     ("Who was Tom Harper in 2018?", "Port Authority Director")),
    ("Ann Velm spoke on Tuesday about the firing of Port Authority Director Tom Harper, which she called hasty.",
     ("Who was Tom Harper?", "Port Authority Director")),
])
def test_a_role_held_then_or_lost_is_dated_by_its_event(nlp, text, card):
    cards = _cards(nlp, text, "2019-11-19", families=("role",))
    assert card in cards
    assert not [prompt for prompt, _ in cards if "November 2019" in prompt]


def test_a_role_held_then_is_not_dated_by_a_month_alone(nlp):
    text = "In June, the then Velmland Home Secretary, Tom Harper, approved the extradition request."
    assert ("Who was Tom Harper?", "Velmland Home Secretary") in _cards(nlp, text, "", families=("role",))


@pytest.mark.parametrize(("text", "back"), [
    ("The files show what she did in 1986. In 1986 she wrote to him. By 1986 the exams had begun; 1986 was hard.", True),
    ("The files show what she did in 1986. In 1986 she wrote to him. By 2014 the exams had begun.", False),  # few
    ("In 2012, 2012 and 2012 and 2012 the map changed; 2008, 2010, 2011 and 2009 too.", False),  # not most of them
    ("The 2016 race in 2016, 2016 and 2016.", False),  # the article's own year
])
def test_an_article_on_an_earlier_year_looks_back(text, back):
    assert looks_back(text, "2014") is back


def test_roles_of_an_article_on_an_earlier_year_are_undated(nlp):
    text = ("In 1986 the new exams began. Ellen Brody, the education secretary of Norland, signed the plan in 1986. "
            "The files from 1986 and 1986 were released.")
    assert ("Who was Ellen Brody?", "education secretary of Norland") in _cards(nlp, text, "2014-12-30")


@pytest.mark.parametrize(("text", "card"), [
    # a person the article places only long before its own year held the role then (an HTML tune rater on "Who was
    # Georges Claude in April 2019?": "an engineer of the 1900s–1920s")
    ("The French engineer Tom Varga crafted a new kind of lamp. Tom Varga showed his lamps in Velm in December 1910. "
     "Varga held a monopoly on the lamps throughout the 1920s.", ("Who was Tom Varga?", "French engineer")),
    # one sentence with an old year is not enough: a founder of 1990 may hold the post still
    ("The French engineer Tom Varga crafted a new kind of lamp. Tom Varga founded his firm in Velm in 1990.",
     ("Who was Tom Varga in April 2019?", "French engineer")),
    # nor when a sentence naming them names a recent year
    ("The French engineer Tom Varga crafted a new kind of lamp. Tom Varga showed his lamps in Velm in 1990. Varga "
     "sold the firm in 2016.", ("Who was Tom Varga in April 2019?", "French engineer")),
])
def test_a_person_of_long_ago_held_the_role_then(nlp, text, card):
    assert card in _cards(nlp, text, "2019-04-30", families=("role",))


@pytest.mark.parametrize(("text", "date", "card"), [
    # a person whose death the article reports held their posts in life (set BD: "wrong here: he has died")
    ("Ed Marlow, chief designer of the Velm One computer, has died. He was 61.", "",
     ("Who was the chief designer of the Velm One computer?", "Ed Marlow")),
    ("Ed Marlow, the mayor of Dunford, died on Sunday at his home.", "2019-04-30",
     ("Who was Ed Marlow?", "mayor of Dunford")),
    ("The widow of slain Dunford Police Officer Ed Marlow thanked the town.", "2016-12-30",
     ("Who was Ed Marlow?", "Dunford Police Officer")),
    ("The death of Dunford coach Ed Marlow in a car crash shocked the club.", "",
     ("Who was Ed Marlow?", "Dunford coach")),
    # a death the sentence tells of someone else's leaves the role at the story's time
    ("Ed Marlow, the mayor of Dunford, spoke after the death of Ed Marlow's father.", "",
     ("Who was Ed Marlow at the time of the story?", "mayor of Dunford")),
    ("Ed Marlow, the mayor of Dunford, said two workers died on Sunday.", "",
     ("Who was Ed Marlow at the time of the story?", "mayor of Dunford")),
])
def test_a_person_reported_dead_held_the_role_in_life(nlp, text, date, card):
    assert card in _cards(nlp, text, date, families=("role",))


def test_role_cards_are_dated_by_the_article(nlp):
    text = "Maria Lopez, the mayor of Lyon, opened the bridge."
    # the month as well: a title can change hands within a year
    assert ("Who was Maria Lopez in June 2016?", "mayor of Lyon") in _cards(nlp, text, "2016-06-14")
    # no date: the story line's headline says which time (raters on "Who is …?": "wrong once she leaves")
    assert ("Who was Maria Lopez at the time of the story?", "mayor of Lyon") in _cards(nlp, text)
    # a post held before is held for good: no time asked
    text = "Maria Lopez, the former mayor of Lyon, opened the bridge."
    assert ("Who was Maria Lopez?", "former mayor of Lyon") in _cards(nlp, text)


# rule 3: a role answer keeps whose title it is, and a title is not cut inside a name
ROLE_ANSWERS = [
    ("Norland's First Minister Ellen Brody said the plan would fail.", "Who was Ellen Brody at the time of the story?",
     "Norland’s First Minister"),
    ('"The plan will fail, and everyone here knows it," White House spokesman Tom Vance said.',
     "Who was Tom Vance at the time of the story?",
     "White House spokesman"),
]


@pytest.mark.parametrize(("text", "prompt", "answer"), ROLE_ANSWERS)
def test_role_answers_say_whose_title(nlp, text, prompt, answer):
    assert (prompt, answer) in _cards(nlp, text, families=("role",))


@pytest.mark.parametrize(("text", "answer"), [
    # not a name the owner's words cut ("Velm" of "pro-Velm"), nor a former holder's ("Former Downing Street press
    # chief": with its owner the title would read as held at the time of the story)
    ("They lobbied for pro-Velm former Norland President Tom Reyes between 2006 and 2015.", "former Norland President"),
    ("Former Downing Street press chief Tom Reyes said the plan was a disgrace.", "press chief"),
    ('Critics must stop "demonising" ex-Downing Street press chief Tom Reyes, Ann Lee has said.', "press chief"),
])
def test_a_role_answer_takes_no_owner_cut_or_out_of_time(nlp, text, answer):
    assert {card[1] for card in _cards(nlp, text, families=("role",))} == {answer}


# rule 4: abbreviations the article defines are spelled out
@pytest.mark.parametrize(("text", "found"), [
    ("Researchers at the University of Norland (UNL) found more oil.", {"UNL": "the University of Norland"}),
    ("A team from the Harbor Science Institute (HSI) agreed.", {"HSI": "the Harbor Science Institute"}),
    ("Norland Data Services (NDS) counted the votes.", {"NDS": "Norland Data Services"}),
    ("The vote (NDS) was close.", {}),  # no name before it
])
def test_abbreviations_the_article_defines(text, found):
    assert abbreviations(text) == found


SPELLED = [
    ("Researchers at the University of Norland (UNL) found more oil. Kate Moss, a marine biologist at UNL, counted "
     "the barrels.",
     ("Who was Kate Moss at the time of the story?", "marine biologist at the University of Norland (UNL)")),
    ('Harbor Data Services reported that the state will lose two seats. "It does make it a little bit tougher on the '
     'governor and his party," said HDS President Kim Vale.',
     ("Which Harbor Data Services (HDS) President said: “It does make it a little bit tougher on the governor and his "
      "party”?", "Kim Vale")),
]


@pytest.mark.parametrize(("text", "abbr", "name"), [
    ("Kim Vale of Norland Data Services counted the votes.", "NDS", "Norland Data Services"),
    ("They include Corvan Medicine and Intellia Therapeutics, both of Bergen.", "MIT", ""),  # two names, not one
    ("The Harbor Science Institute agreed.", "HSI", "the Harbor Science Institute"),
    # "the" before a country's initials goes with the name (set AO: "from National Institutes …", no "the")
    ("Data from the U.S. National Harbor Institutes (NHI) were cited.", "NHI", "the National Harbor Institutes"),
    ("The U.K. Harbor Science Institute agreed.", "HSI", "the Harbor Science Institute"),
    # two short forms joined are no name of the first (their initials "E", "U"): the answer had read "EU and US (EU)
    # Trade Commissioner"
    ("The EU and US agreed to talk, EU Trade Commissioner Tom Reed said.", "EU", ""),
])
def test_an_abbreviation_is_spelled_out_only_by_a_whole_name(text, abbr, name):
    assert named_in_full(text, abbr) == name


def test_a_short_word_in_capitals_is_never_spelled_out_from_a_name(nlp):
    """A drop cap sets "As" in capitals ("AS Opposition Leader, …"): spelled out from the initials of a name
    elsewhere, it became "Which Andrew Shearer (AS) Opposition Leader said …?" (a wrong card, on a fresh page)."""
    text = ("Anna Sorel advises the Norland premier on security.\nAS Opposition Leader Ben Hart said the data laws "
            'must be fixed before the harbour vote, and called the plan "a rushed and risky bet".')
    cards = _cards(nlp, text)
    # the role as the page writes it
    assert ("Who was Ben Hart at the time of the story?", "AS Opposition Leader") in cards
    assert not any("Anna Sorel (AS)" in prompt + answer for prompt, answer in cards)


@pytest.mark.parametrize(("prompt", "spelled"), [
    # the letters of a name written with "&" are no abbreviation of their own
    ("Which AT&T Entertainment CEO said: “We want more”?", "Which AT&T Entertainment CEO said: “We want more”?"),
    ("Which AT executive said: “We want more”?", "Which At Tovar Entertainment (AT) executive said: “We want more”?"),
    # nor letters that open a longer name ("UC Irvine", "AT Entertainment"): a title after them is no name
    ("Which AT Entertainment CEO said: “We want more”?", "Which AT Entertainment CEO said: “We want more”?"),
    ("Which UC Irvine journalism instructor said: “We want more”?",
     "Which UC Irvine journalism instructor said: “We want more”?"),
    ("Which AT President said: “We want more”?", "Which At Tovar Entertainment (AT) President said: “We want more”?"),
])
def test_an_abbreviation_inside_a_longer_name_stays(prompt, spelled):
    from quizgen.questions.standing_alone import _expand

    assert _expand(prompt, {"AT": "At Tovar Entertainment", "UC": "Undead Cinema"}, quoted=True) == spelled


@pytest.mark.parametrize(("text", "spelled"), [
    # a name after a post's modifier or a possessive takes no "the" (set AH: "former the Federal Bureau of
    # Investigation (FBI) Director", fixable: "ungrammatical")
    ("former VRA Director", "former Velm Rail Authority (VRA) Director"),
    ("Velmland's VRA chief said so.", "Velmland's Velm Rail Authority (VRA) chief said so."),
    ("It asked VRA Director Tom Holt to stay.", "It asked the Velm Rail Authority (VRA) Director Tom Holt to stay."),
    ("It is a flaw that VRA staff found.", "It is a flaw that the Velm Rail Authority (VRA) staff found."),  # a clause
    # the phrase has its article already (set AK: "the new the Joint Committee on Taxation (JCT) estimate")
    ("Holt said the latest VRA figures were wrong.", "Holt said the latest Velm Rail Authority (VRA) figures were wrong."),
    ("It was a costly VRA mistake.", "It was a costly Velm Rail Authority (VRA) mistake."),
    # a hyphened compound keeps its abbreviation (a tune rater: "'(NAFTA)-built' is awkward")
    ("Holt wants more steel in VRA-built carriages.", "Holt wants more steel in VRA-built carriages."),
])
def test_a_spelled_out_name_takes_the_only_where_english_would(text, spelled):
    from quizgen.questions.standing_alone import _expand

    assert _expand(text, {"VRA": "the Velm Rail Authority"}) == spelled


@pytest.mark.parametrize(("text", "card"), SPELLED)
def test_abbreviations_are_spelled_out_on_cards(nlp, text, card):
    assert card in _cards(nlp, text)


@pytest.mark.parametrize(("text", "role"), [
    ('"The plan will fail," White House spokesman Tom Vance said.', "White House spokesman"),
    ("Blue Harbor Bank President Carla Menz said rates would rise.", "Blue Harbor Bank President"),
    ("Federal Harbor Bank of Kansas City President Tom Vance said rates would rise.", "President"),  # not "City …"
    # the title's first word inside a body's name: the whole name (set AN: "Security Secretary", "cut short")
    ("In a letter to Department of Harbor Security Secretary Ana Berg, the mayors raised concerns about the scans.",
     "Department of Harbor Security Secretary"),
    ("The senators wrote to Department of Coastal Defense Secretary Tom Vance on Monday.",
     "Department of Coastal Defense Secretary"),
    # a title that would be cut inside a place's name reaches back to take it whole (set AU: "Clara County Superior
    # Court Judge", "cut short")
    ("The ruling by San Luis Obispo County Superior Court Judge Ana Berg came on Tuesday.",
     "San Luis Obispo County Superior Court Judge"),
    # a name that starts further back than that: the title alone, not the name's cut tail
    ("The ruling by Greater San Luis Obispo County Superior Court Judge Ana Berg came on Tuesday.", "Judge"),
    # a work's title goes on past "of the": its last word is no owner (set BA: "Which Christ director said", garbled)
    ("Unlike most actors, Return of the Velm director Tom Vance has refused to campaign for an award.", "director"),
    ("Back in Leeds, Lord of the Dunford Rings director Ana Berg said the film would open in May.", "director"),
    ("On Tuesday President Anna Berg met the striking nurses.", "President"),  # a day is no part of a title
    ("Sunday Times columnist Tom Holt said the plan was dead.", "Sunday Times columnist"),  # but a paper's name
    ("State Sen. Dana Rusk voted against the Dunford plan.", "State Sen."),  # spaCy keeps "Sen." one token
    # a body's kind opening the sentence names no body (a set-V card: "Which Party leader said …")
    ("Party leader Tom Vance said the new office would replace the police boards.", "leader"),
])
def test_a_title_is_not_cut_inside_a_name(nlp, text, role):
    assert [f.answer for f in extract_facts(nlp(text)) if f.kind is FactKind.ROLE] == [role]


@pytest.mark.parametrize(("text", "prompt"), [
    # a wh-question on a saying is asked by the speaker's role, as a who-said card is
    ("After the deal, Halden Books CEO Dana Hill said she was pleased. Hill said a two-year pricing agreement with "
     "the Velm chain expired in December.",
     "Which Halden Books CEO said a two-year pricing agreement with the Velm chain expired in December?"),
    # a role of two parts: its first ("reads badly" whole)
    ("Tom Reyes, a grandson of the founder and a board member, spoke last. Reyes said the Dunford plant would close "
     "in 2026.", "Which grandson of the founder said the Dunford plant would close in 2026?"),
    # one asking who said a quotation the sentence opens and the next paragraph goes on with
    ('Velm Telecom will launch a phone TV service in May.\n\nMr Tom Reyes, chief executive of Velm Telecom, also at '
     'the Dunford fair, said: "We have plans to sell phones with built-in radio in every shop.\n\n"We think it will '
     'sell well in the towns," he added.',
     'Which chief executive of Velm Telecom said: "We have plans to sell phones with built-in radio in every shop"?'),
])
def test_a_wh_question_on_a_saying_names_the_speakers_role(nlp, text, prompt):
    assert prompt in {p for p, _ in _cards(nlp, text, families=("wh",))}


@pytest.mark.parametrize(("text", "said_by"), [
    # an "and" joining two fields of one post is no cut (a set-R rater on a role cut there: "cut short") …
    ("Tom Marlow, vice president of sales and marketing at Velmco, said the show would open in May. \"We want every "
     "player in the world to watch it,\" Mr Marlow said.", "Which vice president of sales and marketing at Velmco said"),
    # … a few words longer than a glance too: cut at its "and", it reads cut off (set-Y raters on "Which director of
    # the law said": "cut off and reads as garbled"; on "Which senior vice president of digital development": "the
    # role is cut off") …
    ("Tom Marlow, director of the harbour and ferry programme at the University of Velm, said the pier was old. "
     "\"People think it is all protected and safe, but it is really not,\" Mr Marlow said.",
     "Which director of the harbour and ferry programme at the University of Velm said"),
    # … unless the whole post is far too long to read at a glance: then its first part
    ("Tom Marlow, vice president of electrical engineering and distribution for the Velm Gas and Electric Company, "
     "said the pipes were old. \"People think it is all protected and safe, but it is really not,\" Mr Marlow said.",
     "Which vice president of electrical engineering said"),
])
def test_a_who_said_card_reads_a_post_of_two_fields_whole(nlp, text, said_by):
    said = [p for p, _ in _cards(nlp, text, "2016-06-14", families=("who_said",))]
    assert said and all(p.startswith(said_by + ":") for p in said), said


@pytest.mark.parametrize(("text", "said_by"), [
    # a role that opens its sentence reads in lower case after "Which" (a blind rater: "lowercase 'Sports'")
    ("Sports psychologist Hugh Marlow says the runner must trust her training. “There is an old saying about getting "
     "back on the horse that threw you,” Marlow told the Velm Post.", "Which sports psychologist said"),
    # a word the article capitalises inside a sentence is a name: it keeps its capital
    ("Tigers coach Hugh Marlow said after the game that the Tigers saw the win as a turning point. “We talked all "
     "along about everything we wanted being still in front of us,” Marlow said.", "Which Tigers coach said"),
    # ... but not a word a longer name joins on ("Academy of Dance"): "Which Dance teacher" (a tune rater)
    ("The Velm Academy of Dance counted fewer pupils in its classes. Dance teacher Eve Marlow, who has run a school "
     "for 30 years, told the Velm Post she had seen a change. “Children now have so many other things to do after "
     "school,” she said.", "Which dance teacher said"),
    # a word the model reads as a name there, but the article writes in lower case elsewhere, is a common noun
    # (a rater on "Which Motorcycle racer said": "wrongly capitalised mid-sentence")
    ("The new devices went on display at the show.\nMotorcycle racer, Sam Trewin, from Bergen developed a gear changer "
     "after an accident. \"I needed to find a way of changing gear and generally you do that with your left leg,\" Mr "
     "Trewin told the Velm Post. He had to argue his case with motorcycle racing's governing body, the Velm Union.",
     "Which motorcycle racer said"),
    # the first word of a body's name keeps its capital, whatever the model tags the word (a tune rater on "Which
    # jewish Chronicle editor said": "lowercase")
    ("Jewish Chronicle editor Ken Arbo said: \"Readers were split over the new advert, and the letters we received "
     "later were far more critical.\"", "Which Jewish Chronicle editor said"),
    # a party's word keeps its capital, read as an adjective or not
    ("Conservative shadow minister Hugh Marlow said: \"I cannot find a single forecaster in the whole of the country "
     "who believes the plan adds up.\"", "Which Conservative shadow minister said"),
    # a title written in capitals throughout keeps them (a form of address after it is the name's)
    ("Auditor General Sir Hugh Marlow said: \"Higher levels of reading will help the whole country.\" He went on: "
     "\"The report shows that the schools have made progress this year.\"", "Which Auditor General said"),
    # a body named after the speaker's name, with no title (set-Y raters on "Who said": "Which expert at the
    # International Longevity Centre in Tokyo said")
    ('"By the year 2050 people over 60 will make up a third of the population," explains Ken Arbo of the Velm '
     'Institute for Ageing in Dunford.', "Who at the Velm Institute for Ageing said"),
    # a body's possessive before the name ("a student could fairly answer 'Amnesty International'")
    ('Campaigners criticised the ruling on Friday. Oxfam\'s Ken Arbo said: "That the asylum policy was run unfairly '
     'is bleakly ironic given what the scheme was meant to prevent."', "Who at Oxfam said"),
    # ... with the article's "the" before it
    ('"I am sure this is the year of the quiet film, though my own choice would be another," said the Observer\'s '
     'Ken Arbo.', "Who at the Observer said"),
])
def test_a_who_said_card_reads_an_opening_role_as_inside_a_sentence_or_names_the_body(nlp, text, said_by):
    said = [p for p, _ in _cards(nlp, text, "2016-06-14", families=("who_said",))]
    assert said and all(p.startswith(said_by) for p in said), said


@pytest.mark.parametrize(("role", "read"), [
    ("Jazz & Heritage Foundation's executive director", "executive director of the Jazz & Heritage Foundation"),
    ("Dunford Harbor Authority’s chief engineer", "chief engineer of the Dunford Harbor Authority"),
    ("Fed's longest-serving policymaker", "Fed's longest-serving policymaker"),  # a one-word owner: as written
    # an owner in capitals reads before the title, as it would before a name (a set-R rater on "Who said" for
    # "IBM's senior vice president …": "change it to 'Which IBM senior vice president said'")
    ("VLM's senior vice president of technology", "VLM senior vice president of technology"),
    ("Norland’s First Minister", "Norland’s First Minister"),
    ("president of the Dunford Builders Association", "president of the Dunford Builders Association"),
    # a person owns without "the" (a fresh page: "Which attorney of the Patrick W. Carlineo Jr. said …")
    ("Tomas W. Vellan Jr.'s attorney", "attorney of Tomas W. Vellan Jr."),
    ("Sonya Marlow's lawyer", "lawyer of Sonya Marlow"),
    # a title whose field is in capitals reads after its owner, with no second "of" (set-AB raters on "Who said" for
    # "Christian Aid's head of Trade Policy": "Which Christian Aid head of trade policy said")
    ("Velm Aid's head of Trade Policy", "Velm Aid head of Trade Policy"),
    ("Dunford Council's director of Parks and Gardens", "Dunford Council director of Parks and Gardens"),
])
def test_a_role_owned_by_a_name_reads_after_which(role, read):
    assert owner_after(role) == read


def test_a_who_said_card_asks_by_a_role_its_owner_follows(nlp):
    text = ("Ines Marlow, the Dunford Harbor Authority's chief engineer, spoke on Monday. “We expect the new bridge to "
            "carry forty thousand cars a day into the old town by the spring,” Ines Marlow said.")
    cards = _cards(nlp, text, "2016-06-14", families=("who_said",))
    assert any(prompt.startswith("Which chief engineer of the Dunford Harbor Authority said") for prompt, _ in cards)


@pytest.mark.parametrize(("sentence", "role_card", "said_by"), [
    ("Former National Security Adviser Peter Holt said: “We warned them in June and again in August, and nobody "
     "listened.”", "former National Security Adviser", "Which former National Security Adviser said"),
    # the title in an earlier sentence: the who-said card asks by it, in lower case
    ("Former National Security Adviser Peter Holt told lawmakers that the talks had stalled. “We warned them in June "
     "and again in August, and nobody listened,” Holt said.", "former National Security Adviser",
     "Which former National Security Adviser said"),
    # one title word after "former" says not whose: no role card, and no "Which former President said"
    ("Former President Peter Holt said: “We warned them in June and again in August, and nobody listened.”", None,
     "Who said"),
])
def test_a_former_title_asks_in_lower_case_and_counts_its_title_words(nlp, sentence, role_card, said_by):
    questions = candidate_questions(extract_facts(nlp(sentence)))
    roles = [q.answer for q in questions if q.family == "role" and q.prompt.startswith("Who is Peter Holt")]
    assert roles == ([role_card] if role_card else [])
    said = [q.prompt for q in in_context(questions, extract_facts(nlp(sentence)))
            if q.family == "who_said"]
    assert said and all(p.startswith(said_by) for p in said)


@pytest.mark.parametrize(("text", "card"), [
    # the title's owner written right before it, no possessive: the card reads it with the title (stored ratings:
    # who-said cards with a bare lower-case role 62% good, with one that says whose 75%; role cards answering a bare
    # lower-case title 0 of 11)
    ('Velm Air chief executive Tom Reyes spoke first. "We expect the first of the new planes to fly from the Dunford '
     'base in May," Reyes said.',
     ("Which Velm Air chief executive said: “We expect the first of the new planes to fly from the Dunford base in "
      "May”?", "Tom Reyes")),
    ('Velm Air chief executive Tom Reyes spoke first. "We expect the first of the new planes to fly from the Dunford '
     'base in May," Reyes said.', ("Who was Tom Reyes at the time of the story?", "Velm Air chief executive")),
    # an owner written with a capital inside is a name, and the word that bounds its title reads with it (set AU:
    # "Which WorldCom chief said", "Ebbers is the former chief")
    ('Former VelmCom chief Tom Reyes spoke first. "We expect the first of the new planes to fly from the Dunford '
     'base in May," Reyes said.',
     ("Which former VelmCom chief said: “We expect the first of the new planes to fly from the Dunford base in "
      "May”?", "Tom Reyes")),
    # a name cut at its "of" says no owner
    ('Association of Velm Police Officers president Tom Reyes spoke first. "We expect the first of the new patrols to '
     'start from the Dunford base in May," Reyes said.',
     ("Who said: “We expect the first of the new patrols to start from the Dunford base in May”?", "Tom Reyes")),
    # a name cut at its opening determiner, or a body's bare kind opening the sentence, says no owner either (set-V
    # raters: "'Which Blacks captain' is truncated", "'Which Committee chairman' names no committee")
    ('All Greens captain Tom Reyes spoke first. "We expect the first of the new players to train at the Dunford '
     'base in May," Reyes said.',
     ("Who said: “We expect the first of the new players to train at the Dunford base in May”?", "Tom Reyes")),
    ('Committee chairman Tom Reyes spoke first. "We expect the first of the new rules to come into force at the '
     'Dunford base in May," Reyes said.',
     ("Who said: “We expect the first of the new rules to come into force at the Dunford base in May”?",
      "Tom Reyes")),
    # … and so does one written in lower case anywhere, before the name or after it (an HTML tune rater on "Which
    # association consultant said": "'association' is dangling")
    ('The Velm Energy Department has set new rules. "We expect the first of the new rules to come into force at the '
     'Dunford base in May," department spokesman Tom Reyes said on Monday.',
     ("Who said: “We expect the first of the new rules to come into force at the Dunford base in May”?",
      "Tom Reyes")),
    ('The Velm Electronics Association is fighting the new rules. "We expect the first of the new rules to come into '
     'force at the Dunford base in May," said Tom Reyes, an association consultant.',
     ("Who said: “We expect the first of the new rules to come into force at the Dunford base in May”?",
      "Tom Reyes")),
    ('The Velm rules are new. "We expect the first of the new rules to come into force at the Dunford base in May," '
     'said Tom Reyes, the station manager of Radio Velm.',  # … but not one its words name
     ("Which station manager of Radio Velm said: “We expect the first of the new rules to come into force at the "
      "Dunford base in May”?", "Tom Reyes")),
    # a body's or party's name with its possessive: the card reads it with the title too (a set-X rater on "Which
    # government spokesman said": "Plaid Cymru's (opposition) local government spokesman"), past a word opening the
    # sentence ("Which But Labour campaign spokesman" was a first form); a person's keeps its possessive, so not here
    ('Velm Party\'s local government spokesman Tom Reyes called the plan a disgrace. He said: "Dunford and its towns '
     'have been short changed yet again, and we will fight it."',
     ("Which Velm Party local government spokesman said: “Dunford and its towns have been short changed yet again, "
      "and we will fight it”?", "Tom Reyes")),
    ('But Velm Party\'s campaign spokesman Tom Reyes disagreed. He said: "Dunford is working, so do not let the '
     'Greens wreck it again."',
     ("Which Velm Party campaign spokesman said: “Dunford is working, so do not let the Greens wreck it again”?",
      "Tom Reyes")),
    ('Nick Tolland\'s attorney Tom Reyes spoke first. "We expect the first of the new hearings to be held at the '
     'Dunford court in May," Reyes said.',
     ("Who said: “We expect the first of the new hearings to be held at the Dunford court in May”?", "Tom Reyes")),
    # a titled person's too (set AL: "Paul Manafort, President Donald Trump former campaign manager, is seeking …")
    ('Senator Nick Tolland’s former campaign manager Tom Reyes spoke first. "We expect the first of the new hearings '
     'to be held at the Dunford court in May," Reyes said.',
     ("Which former campaign manager said: “We expect the first of the new hearings to be held at the Dunford court "
      "in May”?", "Tom Reyes")),
])
def test_a_titles_owner_written_before_it_reads_with_it(nlp, text, card):
    assert card in _cards(nlp, text)


def test_a_name_before_the_noun_it_modifies_gets_no_role(nlp):
    # "Clinton supporters": a role put after the name would stand inside the noun phrase (set AL: "financed by Hillary
    # Clinton, Democratic candidate, supporters"); the full name goes in, as it does elsewhere
    text = ("Tom Vell, the Dunford council leader, lost the vote in 2019 to Ada Brun. Brun backers call the 40-page "
            "report a “cheap smear” financed by Vell supporters.")
    prompts = {p for p, a in _cards(nlp, text, families=("cloze",)) if a == "Ada Brun" and "backers" in p}
    assert prompts == {"Ada Brun backers call the 40-page report a “cheap smear” financed by Tom Vell supporters."}


@pytest.mark.parametrize("text, card", [
    # a role the text gives with its article keeps it where a fill-in card puts it after the name (set BA, "missing an
    # article"); one the text writes bare stays bare
    ("Velm Cable is the market leader in cable boxes in Dunford. Velm Cable has said it aims to sign up 25% of homes "
     "by 2010.", "Velm Cable, the market leader in cable boxes in Dunford, has said it aims to sign up 25% of homes by "
     "2010."),
    ("Karl Dorfman, a professor at Yale, says the US focus on oil is misplaced. In 2019, Karl Dorfman argued that "
     "Russia holds 90% of the stock.",
     "In 2019, Karl Dorfman, a professor at Yale, argued that Russia holds 90% of the stock."),
    ("Karl Dorfman, the leader of the Dunford council, says the US focus on oil is misplaced. In 2019, Karl Dorfman "
     "argued that Russia holds 90% of the stock.",
     "In 2019, Karl Dorfman, the leader of the Dunford council, argued that Russia holds 90% of the stock."),
    ("Karl Dorfman, professor at Yale, says the US focus on oil is misplaced. In 2019, Karl Dorfman argued that "
     "Russia holds 90% of the stock.", "In 2019, Karl Dorfman, professor at Yale, argued that Russia holds 90% of the "
     "stock."),
])
def test_a_role_put_after_a_name_keeps_its_article(nlp, text, card):
    assert card in {p for p, a in _cards(nlp, text, families=("cloze", "mc_cloze"))}


@pytest.mark.parametrize("text", [
    # a party names no post ("Which Labour MP" is what raters asked; "Who at Labour" would not say it)
    'Labour\'s Ken Arbo said: "Over the last year I have heard many ministers insist the public must have a choice."',
    # "from" may name where someone came from: "signed White from Bristol" of a player who left that club
    'Leicester, who signed Ken Arbo from Bristol when the side were relegated, will start him. "The scrum is a force '
    'to be reckoned with," Arbo said.',
])
def test_a_party_or_a_former_club_is_no_body_a_who_said_card_names(nlp, text):
    said = [p for p, _ in _cards(nlp, text, "2016-06-14", families=("who_said",))]
    assert said and not any(p.startswith("Who at") for p in said), said


@pytest.mark.parametrize(("answer", "shown"), [
    # the narration's abbreviation spelled out before the blank, which moves with it (set-AB and tune raters: "CML is
    # unexplained for a student")
    ("25%", "The Velm Council of Lenders (VCL) said loans fell _____ in November, the VCL added."),
    # never the answer's own abbreviation: its name would give it away
    ("VCL", "The _____ said loans fell 25% in November, the VCL added."),
])
def test_a_fill_in_card_spells_out_an_abbreviation_around_its_blank(answer, shown):
    from quizgen.questions.standing_alone import spelled_out_beside
    from tests.factory import cloze

    card = cloze("The VCL said loans fell 25% in November, the VCL added.", answer, 0)
    assert spelled_out_beside(card, {"VCL": "the Velm Council of Lenders"}).visible_prompt() == shown


@pytest.mark.parametrize(("sentence", "answer", "shown"), [
    # a bare abbreviation takes its name's "the" (set AO: "… from National Institutes of Health (NIH)", "a small
    # grammar slip") ...
    ("The quay got $4 million from VCL, the mayor said.", "$4 million",
     "The quay got _____ from the Velm Council of Lenders (VCL), the mayor said."),
    # ... but not as a title's modifier (a role's answer read "The Velm Council of Lenders (VCL) chief")
    ("VCL chief Ann Lee said the quay got $4 million.", "$4 million",
     "Velm Council of Lenders (VCL) chief Ann Lee said the quay got _____."),
])
def test_a_spelled_out_name_takes_its_the_only_where_it_stands_alone(sentence, answer, shown):
    from quizgen.questions.standing_alone import spelled_out_beside
    from tests.factory import cloze

    card = cloze(sentence, answer, 0)
    assert spelled_out_beside(card, {"VCL": "the Velm Council of Lenders"}).visible_prompt() == shown


@pytest.mark.parametrize(("sentence", "spelled"), [
    ("The VL said loans fell 25% in May.", {"VL": "Velm Lenders"}),  # two letters: often a household name ("US")
    ("The model VCL 500 sold 25% more in May.", {"VCL": "Velm Car Line"}),  # a designation's own first part
    ("Loans fell 25% in May, the [VCL] said.", {"VCL": "the Velm Council of Lenders"}),  # a name already written out
    ("The VCL said loans fell 25% in May.", {"VCL": "the Velm Council's"}),  # a possessive is no name to insert
    # the names would make the card too long to read as one (``long_cloze``): a rated card would leave the deck
    ("The VCL said loans for first homes in the towns and villages of the northern valleys fell 25% in May, the "
     "lowest figure seen for many years, as buyers waited for the new rules on deposits to take effect next spring.",
     {"VCL": "the Velm Council of Lenders"}),
])
def test_an_abbreviation_a_fill_in_card_leaves_as_written(sentence, spelled):
    from quizgen.questions.standing_alone import spelled_out_beside
    from tests.factory import cloze

    card = cloze(sentence, "25%", 0)
    assert spelled_out_beside(card, spelled) == card


def test_an_abbreviation_in_a_quotation_after_the_blank_stays():
    """Not inside a quotation: the speaker's own words."""
    from quizgen.questions.standing_alone import spelled_out_beside
    from tests.factory import cloze

    card = cloze('Loans fell 25% in November, and Ann Berg said: "The VCL must act."', "25%", 0)
    assert spelled_out_beside(card, {"VCL": "the Velm Council of Lenders"}) == card


@pytest.mark.parametrize(("text", "date", "made"), [
    # rule 4: on an undated article "now" says no time (stored labels of such cards 6 good of 30; set AC: "'with the
    # top corporate rate now at' needs a year")
    ("With the top corporate tax rate now at 35 percent, few Velm companies ever pay the minimum tax.", "", False),
    ("The Velm Assembly has now reached 90 members, the largest it has been since the Dunford treaty.", "", False),
    # a dated article's card keeps it (the article's date says when); so does a name's "now known as"
    ("With the top corporate tax rate now at 35 percent, few Velm companies ever pay the minimum tax.", "2017-11-20",
     True),
    ("The Velm deck of tarot cards, now known as the Dunford deck, was printed in 1491 in Karlsby.", "", True),
])
def test_an_undated_articles_now_makes_no_fill_in_card(nlp, text, date, made):
    cards = _cards(nlp, text, date=date, families=("cloze", "mc_cloze"))
    assert bool(cards) is made, cards


@pytest.mark.parametrize(("text", "prompt"), [
    # the U.S. presidency names its holder: "Which U.S. President said …?" is the answer (stored ratings 1 good of 17)
    ('U.S. President Dana Holt spoke on Monday. "Our neighbours have read our past restraint as weakness and they '
     'will pay for it," Holt said in a post.',
     "Who said: “Our neighbours have read our past restraint as weakness and they will pay for it”?"),
    ('Marta Quell, the President of the United States, spoke last. "We will not sign a deal that leaves our farmers '
     'behind this year," Quell told reporters.',
     "Who said: “We will not sign a deal that leaves our farmers behind this year”?"),
    # another country's office, or a former holder, is no giveaway: the role stays
    ('Israeli Prime Minister Avi Dorel spoke on Monday. "Here we are on a historic day with another great '
     'achievement for the country," Dorel said.',
     "Which Israeli Prime Minister said: “Here we are on a historic day with another great achievement for the "
     "country”?"),
])
def test_a_who_said_card_does_not_ask_by_an_office_everyone_can_name(nlp, text, prompt):
    assert prompt in {p for p, _ in _cards(nlp, text, families=("who_said",))}


@pytest.mark.parametrize(("role", "known"), [
    ("U.S. President", True), ("United States (US) President", True), ("President of the United States", True),
    ("American First Lady", True), ("former U.S. President", False), ("Israeli Prime Minister", False),
    ("U.S. Attorney General", False), ("President", False),
])
def test_offices_that_name_their_holder(role, known):
    assert names_its_holder(role) is known


def test_an_undated_articles_role_card_is_asked_of_its_story_when_the_headline_shows(nlp, tmp_path):
    """With no date, "Who was Ana Ruiz at the time of the story?" goes in the deck under the story's headline (blind
    raters, stop 83: 12 good of 21 such cards, 1 of 4 where no headline showed); a file with no headline holds it."""
    from quizgen.questions.key_facts import KeyFacts
    from quizgen.questions.ranking import withheld
    from quizgen.questions.reasons import KEPT, OVER_BUDGET, UNANCHORED, reasons
    from quizgen.questions.story_line import story_line
    from quizgen.read.sources import read_article
    from quizgen.run.component import analyse

    body = ("Ana Ruiz, the mayor of Velmstad, opened the rebuilt harbour bridge on Tuesday after a two-year repair "
            "that cost 40 million crowns. The bridge carries 12,000 cars a day, the council said. “We kept our "
            "promise to every family in the town and to every business on the harbour,” Ruiz told a crowd of 300 "
            "people.")
    titled = tmp_path / "bridge.txt"
    titled.write_text(f"title: Harbour bridge reopens after repair\n\n{body}\n", encoding="utf-8")
    untitled = tmp_path / "harbour-bridge-reopens-after-repair.txt"  # a title only from the file name: no headline
    untitled.write_text(body + "\n", encoding="utf-8")
    asked = ("Who was Ana Ruiz at the time of the story?", "mayor of Velmstad")

    def why(path):  # this short article's deck has room for one card: the role card may be over its budget
        (result,) = analyse(nlp, [read_article(str(path))])
        key = KeyFacts(result.facts, result.article.title, shown=bool(story_line(result.article)))
        return {(reasons(result)[q.key], withheld(q, key)) for q in result.candidates if (q.prompt, q.answer) == asked}

    assert why(titled) in ({(KEPT, False)}, {(OVER_BUDGET, False)})
    assert why(untitled) == {(UNANCHORED, True)}


@pytest.mark.parametrize("head, asked", [
    # the model read a writer's name as a body; the article calls her a writer: no "Which organisation" (a tune
    # card asked it of Ta-Nehisi Coates)
    ("writer", "Who said"),
    ("bank", "Which organisation said"),  # a body the article calls a bank stays one
])
def test_a_body_the_article_describes_as_a_person_is_asked_who(head, asked):
    sentence = f"“Prices will fall,” Tavi Korrund, a {head} in Dunford, wrote on Friday."
    quote = replace(fact(sentence, "Tavi Korrund", 0, kind=FactKind.QUOTE), label="ORG")
    described = replace(fact(sentence, f"{head} in Dunford", 0, kind=FactKind.DEFINITION), label=head,
                        topic="Tavi Korrund")
    card = Question(kind=QuestionKind.SHORT_ANSWER, prompt="Who said: “Prices will fall”?", answer="Tavi Korrund",
                    fact=quote, key="who|prices", family="who_said")
    [asked_card] = in_context([card], [quote, described])
    assert asked_card.prompt.startswith(f"{asked}:")
