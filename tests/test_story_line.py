"""The story line a question shows (``story_line.line_for``): whole, without its headline where the headline gives
the answer away, or none. Blind raters marked cards that had lost their line "no time anchor; add 'in 2010'".
Invented names."""

from __future__ import annotations

from dataclasses import replace

import pytest

from quizgen.questions.story_line import line_for, unanchored
from quizgen.facts.model import FactKind
from tests.factory import cloze, short_answer

LINE = "From “Kvam harbour opens with $18 Billion grant” (Tidende, 14 March 2024)"
LINE_28 = "From “Kvam harbour opens” (Tidende, 28 March 2024)"
SENTENCE = "Mayor Anna Berg said Tidende and the port authority will receive $1.7 billion for 2024."


@pytest.mark.parametrize("answer, shown", [
    ("Anna Berg", LINE),  # the headline says nothing of the answer: the whole line
    ("$1.7 billion", LINE),  # a figure's scale is no giveaway ("billion" in both)
    ("port authority", LINE),
    ("2024", "From Tidende"),  # the headline does not hold it, the date does
])
def test_the_line_keeps_what_does_not_give_the_answer_away(answer, shown):
    assert line_for(cloze(SENTENCE, answer, 0), LINE) == shown


@pytest.mark.parametrize("line, answer, shown", [
    # the headline holds the answer: its source and date still say when the story was
    ("From “Berg opens Kvam harbour” (Tidende, 14 March 2024)", "Kvam", "From Tidende, 14 March 2024"),
    # the source holds it too: the date alone
    ("From “Tidende opens Kvam harbour” (Tidende, 14 March 2024)", "Tidende", "From a report of 14 March 2024"),
    ("From “Berg opens Kvam harbour” (14 March 2024)", "Kvam", "From a report of 14 March 2024"),
    ("From “Berg opens Kvam harbour” (Tidende)", "Kvam", "From Tidende"),
    ("From “Berg opens Kvam harbour”", "Kvam", ""),  # nothing but the headline: no line
    ("From “Grant of $18 Billion for Kvam”", "$18 billion", ""),  # the figure itself is in the headline
    # a part of a hyphenated compound is in the headline as much as the compound is
    ("From “Tariffs may expand Kvam-Tidende trade deal” (Herald, 14 March 2024)", "Tidende", "From Herald, 14 March 2024"),
])
def test_a_headline_that_gives_the_answer_away_leaves_its_source_and_date(line, answer, shown):
    # no name asked (a place, a figure): a name's headline is shown blanked instead (the next tests)
    sentence = "Mayor Anna Berg said Tidende and the port of Kvam will get $18 billion."
    assert line_for(cloze(sentence, answer, 0, kind=FactKind.PLACE), line) == shown


@pytest.mark.parametrize("answer, shown", [
    # a count in words is its scale: "Thousands" gives "several thousand" away, as "Millions" gives "millions"
    ("several thousand", "From Tidende, 14 March 2024"),
    ("millions", "From Tidende, 14 March 2024"),
    ("3,000", "From “Thousands of rowers cheer as millions watch Kvam harbour open” (Tidende, 14 March 2024)"),
])
def test_a_count_in_words_is_given_away_by_its_scale(answer, shown):
    line = "From “Thousands of rowers cheer as millions watch Kvam harbour open” (Tidende, 14 March 2024)"
    sentence = f"Mayor Anna Berg said {answer} rowers came to Kvam."
    assert line_for(cloze(sentence, answer, 0), line) == shown


@pytest.mark.parametrize("answer, shown", [
    ("$24 to $28", LINE_28),  # the day of the month is no figure of the answer's
    ("28", LINE_28),
    ("2024", "From Tidende"),  # its year is
    ("March 2024", "From Tidende"),
])
def test_the_day_of_the_lines_date_gives_no_figure_away(answer, shown):
    sentence = f"Mayor Anna Berg said fish sold for {answer} in Kvam."
    assert line_for(cloze(sentence, answer, 0), LINE_28) == shown


@pytest.mark.parametrize("answer, headline, shown", [
    # a percentage written with a hyphen or a sign is the headline's "… percent" (set AI: a giveaway)
    ("30-percent", "Kvam council backs 30 percent ferry levy", "From Tidende, 14 March 2024"),
    ("30%", "Kvam council backs 30 percent ferry levy", "From Tidende, 14 March 2024"),
    ("30 percent", "Kvam council backs 30% ferry levy", "From Tidende, 14 March 2024"),
    ("30 percent", "Kvam council backs 30-percent ferry levy", "From Tidende, 14 March 2024"),
    # another figure in the headline gives nothing away
    ("30-percent", "Kvam council backs 35 percent ferry levy",
     "From “Kvam council backs 35 percent ferry levy” (Tidende, 14 March 2024)"),
])
def test_a_percentage_in_another_form_in_the_headline_gives_it_away(answer, headline, shown):
    card = cloze(f"Mayor Anna Berg said the council stands behind a {answer} levy on ferries.", answer, 0)
    assert line_for(card, f"From “{headline}” (Tidende, 14 March 2024)") == shown


def test_a_headline_with_a_quotation_in_it_still_leaves_its_source_and_date():
    line = "From “Why the Kvam alert sounds “Hummus” on Tidende” (Velm Post, 14 March 2024)"
    card = cloze("Anna Berg is a software developer for Tidende.", "software developer for Tidende", 0,
                 kind=FactKind.ROLE)
    assert line_for(card, line) == "From Velm Post, 14 March 2024"


def test_a_headline_giving_a_figure_away_leaves_the_date_whose_day_it_is():
    card = cloze("Mayor Anna Berg said Kvam sold 28 boats.", "28", 0)
    assert line_for(card, "From “Kvam sells 28 boats” (Tidende, 28 March 2024)") == "From Tidende, 28 March 2024"


@pytest.mark.parametrize("line, answer, shown", [
    # a word the answer's word begins, or that begins it (a blind rater: "New Yorkers" gave away New York City)
    ("From “Why Kvamers got a push alert” (Herald, 14 March 2024)", "Kvam City", "From Herald, 14 March 2024"),
    ("From “Kvam lifts rates” (Herald, 14 March 2024)", "Kvamsund Bank", "From Herald, 14 March 2024"),
    # a short word begins too many ("Ann" and "announcing"), a figure is no word ("20 March" and "2016")
    ("From “Kvam star announcing tour” (Herald, 14 March 2024)", "Ann Berg",
     "From “Kvam star announcing tour” (Herald, 14 March 2024)"),
    ("From “Kvam harbour opens” (Herald, 20 March 2024)", "2016", "From “Kvam harbour opens” (Herald, 20 March 2024)"),
    ("From “Kvam pays $1,250,000 fine” (Herald, 20 March 2024)", "$1,250",
     "From “Kvam pays $1,250,000 fine” (Herald, 20 March 2024)"),
    ("From “Harbour opens” (Kvamer Post, 14 March 2024)", "Kvam City", "From a report of 14 March 2024"),
    ("From “Kvamsund harbour opens” (Herald, 14 March 2024)", "Tidende Bank",
     "From “Kvamsund harbour opens” (Herald, 14 March 2024)"),  # no word of the answer
])
def test_a_headline_word_that_begins_or_is_begun_by_the_answers_gives_it_away(line, answer, shown):
    sentence = f"Mayor Anna Berg said {answer} raised rates by 2 percent in 2024."
    assert line_for(cloze(sentence, answer, 0, kind=FactKind.ORGANIZATION), line) == shown



@pytest.mark.parametrize("line, answer, label, shown", [
    # the headline names the answer by its initials, or the answer is the initials of the headline's words
    ("From “KPA chief quits after harbour row” (Tidende, 14 March 2024)", "Kvam Port Authority", "ORG",
     "From Tidende, 14 March 2024"),
    ("From “KPA chief quits after harbour row” (Tidende, 14 March 2024)", "the Dunmark Kvam Port Authority", "ORG",
     "From Tidende, 14 March 2024"),
    ("From “Kvam Port Authority chief quits” (Tidende, 14 March 2024)", "KPA", "ORG", "From Tidende, 14 March 2024"),
    ("From “Kvam Port Authority chief quits” (Tidende, 14 March 2024)", "K.P.A.", "ORG", "From Tidende, 14 March 2024"),
    ("From “KP plans new harbour” (Tidende, 14 March 2024)", "Kvam Port", "ORG", "From Tidende, 14 March 2024"),
    # two letters are as often a person's initials: a person keeps the headline
    ("From “KP plans new harbour” (Tidende, 14 March 2024)", "Karl Prest", "PERSON",
     "From “KP plans new harbour” (Tidende, 14 March 2024)"),
    ("From “KPA chief quits after harbour row” (Tidende, 14 March 2024)", "Oslo Ferry Company", "ORG",
     "From “KPA chief quits after harbour row” (Tidende, 14 March 2024)"),
])
def test_a_headline_that_names_the_answer_by_initials_gives_it_away(line, answer, label, shown):
    from dataclasses import replace

    sentence = f"Mayor Anna Berg said {answer} will get $18 billion."
    question = cloze(sentence, answer, 0, kind=FactKind.ORGANIZATION)
    question = replace(question, fact=replace(question.fact, label=label))
    assert line_for(question, line) == shown


LONG_SOURCE = "From “Kvam harbour opens with $18 Billion grant” (Tidende Morning Herald of Kvam, 14 March 2024)"


def _card_with_room(room: int):
    """A cloze whose question leaves ``room`` characters of the 400 for its story line."""
    for n in range(400):
        card = cloze("Mayor Anna Berg said the port will receive $1.7 billion for " + "x" * n + ".", "Anna Berg", 0)
        if 400 - len(card.visible_prompt()) - 1 == room:
            return card
    raise AssertionError(room)


@pytest.mark.parametrize("room, shown", [
    (len(LONG_SOURCE), LONG_SOURCE),  # room for the whole line
    (60, "From Tidende Morning Herald of Kvam, 14 March 2024"),  # for its source and date only
    (40, "From a report of 14 March 2024"),  # for its date only
    (20, ""),  # for nothing
])
def test_a_long_question_keeps_the_shortest_line_that_fits(room, shown):
    assert line_for(_card_with_room(room), LONG_SOURCE) == shown


@pytest.mark.parametrize("line, answer, shown", [
    # a source written as its site's name joins the answer's words ("ABC News" and "abcnews.go.com")
    ("From “Harbour opens” (kvtnews.example.com, 14 March 2024)", "KVT News", "From a report of 14 March 2024"),
    ("From “Harbour opens” (tidende.example.com, 14 March 2024)", "Anna Berg",
     "From “Harbour opens” (tidende.example.com, 14 March 2024)"),
])
def test_a_site_name_that_gives_the_answer_away(line, answer, shown):
    sentence = "Mayor Anna Berg told KVT News the harbour will open."
    assert line_for(cloze(sentence, answer, 0), line) == shown


def test_a_figure_is_not_joined_into_a_word():
    """"30%" is no site's name: under "Kvam orders 30 ferries" it gives nothing away."""
    line = "From “Kvam orders 30 ferries” (Tidende, 14 March 2024)"
    assert line_for(cloze("Mayor Anna Berg said fares will rise 30% in 2025.", "30%", 0), line) == line


@pytest.mark.parametrize("line, shown", [
    # the headline names the answer's country by another of its names: a blind rater's giveaway
    ("From “UK on the wrong road, says Kvam” (Tidende, 2 January 2005)", "From Tidende, 2 January 2005"),
    ("From “U.K. on the wrong road, says Kvam” (Tidende, 2 January 2005)", "From Tidende, 2 January 2005"),
    ("From “United Kingdom on the wrong road” (Tidende, 2 January 2005)", "From Tidende, 2 January 2005"),
    # another country is no giveaway
    ("From “France on the wrong road, says Kvam” (Tidende, 2 January 2005)",
     "From “France on the wrong road, says Kvam” (Tidende, 2 January 2005)"),
])
def test_a_headline_naming_the_answers_country_by_another_name_gives_it_away(line, shown):
    sentence = "Britain is on the wrong road, the opposition leader Tom Kvam said in his message."
    assert line_for(cloze(sentence, "Britain", 0), line) == shown


@pytest.mark.parametrize("line, answer, shown", [
    # each word of the name clipped (a set-S rater: "From 'Man Utd through …' gives the answer away"): blanked
    ("From “Kvm Utd through after cup replay” (Herald, 14 March 2024)", "Kvamsund United",
     "From “_____ through after cup replay” (Herald, 14 March 2024)"),
    ("From “Kvamsund Utd through” (Herald, 14 March 2024)", "Kvamsund United",
     "From “_____ through” (Herald, 14 March 2024)"),
    # one clipped word alone, or words whose letters are not the name's in order, name something else
    ("From “Utd through after cup replay” (Herald, 14 March 2024)", "Kvamsund United",
     "From “Utd through after cup replay” (Herald, 14 March 2024)"),
    ("From “Kvm Dtu through” (Herald, 14 March 2024)", "Kvamsund United",
     "From “Kvm Dtu through” (Herald, 14 March 2024)"),
])
def test_a_headline_naming_the_answer_by_clipped_words_gives_it_away(line, answer, shown):
    sentence = f"{answer} edged past Dunford in the replay in 2024."
    assert line_for(cloze(sentence, answer, 0, kind=FactKind.ORGANIZATION), line) == shown


WHO_SAID_SENTENCE = "“The harbour will open in May,” Anna Berg said."


@pytest.mark.parametrize("line, kind, shown", [
    # a card with no blank asking for a name keeps its headline, the name blanked (set-S raters on such cards shown
    # without it: "no context", "'the party' is left hanging")
    ("From “Berg quits 'shameful' harbour board” (Tidende, 14 March 2024)", FactKind.QUOTE,
     "From “_____ quits 'shameful' harbour board” (Tidende, 14 March 2024)"),
    ("From “Anna Berg's cautious optimism”", FactKind.QUOTE, "From “_____'s cautious optimism”"),
    ("From “Harbour row: Ola Lund attacks Berg”", FactKind.QUOTE, "From “Harbour row: Ola Lund attacks _____”"),
    # the blanked headline would still give the name away (a word of it begun by the name's): no headline
    ("From “Bergs quit as Berg walks out” (Tidende, 14 March 2024)", FactKind.QUOTE, "From Tidende, 14 March 2024"),
    # a role's words are no name: no headline
    ("From “Berg quits harbour board” (Tidende, 14 March 2024)", FactKind.ROLE, "From Tidende, 14 March 2024"),
])
def test_a_card_asking_for_a_name_keeps_its_headline_with_the_name_blanked(line, kind, shown):
    from dataclasses import replace

    card = short_answer("Who said: “The harbour will open in May”?", "Anna Berg", WHO_SAID_SENTENCE, 0)
    card = replace(card, fact=replace(card.fact, kind=kind))
    assert line_for(card, line) == shown


@pytest.mark.parametrize("answer, kind, line, shown", [
    # a fill-in card on a name too (tune A/B: "the headline blank hides the answer")
    ("Anna Berg", FactKind.QUOTE, "From “Berg quits harbour board” (Tidende, 14 March 2024)",
     "From “_____ quits harbour board” (Tidende, 14 March 2024)"),
    # a body's name counts only whole: "White House" is no "House of Representatives"
    ("Kvam Harbour Board", FactKind.ORGANIZATION, "From “Harbour Board chief quits” (Tidende, 14 March 2024)",
     "From Tidende, 14 March 2024"),
    ("Kvam Harbour Board", FactKind.ORGANIZATION, "From “Kvam Harbour Board chief quits” (Tidende, 14 March 2024)",
     "From “_____ chief quits” (Tidende, 14 March 2024)"),
    # a place is no name asked: no headline
    ("Kvam", FactKind.PLACE, "From “Kvam harbour opens” (Tidende, 14 March 2024)", "From Tidende, 14 March 2024"),
])
def test_a_fill_in_card_on_a_name_shows_the_headline_with_the_whole_name_blanked(answer, kind, line, shown):
    sentence = "Anna Berg said the Kvam Harbour Board will meet in Kvam in May."
    assert line_for(cloze(sentence, answer, 0, kind=kind), line) == shown


@pytest.mark.parametrize("prompt, answer, story, unsure", [
    # an undated article's role card asks of the time of its story: the headline must show to say which
    ("Who was Kevin Dorn at the time of the story?", "Velm's lawyer", "", True),  # no headline shown at all
    # one holding a word of the answer shows with that word blanked (set BA: such cards had been held back)
    ("Who was Kevin Dorn at the time of the story?", "Velm's lawyer", "Velm pledges $12 million in assets", False),
    ("Who was Kevin Dorn at the time of the story?", "Dunford coach", "Kvam v Dunford (Sat)", False),
    # one whose giveaway is no word of the answer to blank (its country's name) is still no story
    ("Who was Kevin Dorn at the time of the story?", "German Chancellor", "Germany calls for EU reform", True),
    ("Who was Kevin Dorn at the time of the story?", "Velm's lawyer", "Harbour bridge reopens", False),
    # a dated role card, or any other card, says its own time
    ("Who was Kevin Dorn in May 2017?", "Velm's lawyer", "Velm pledges $12 million in assets", False),
    ("Who was Kevin Dorn?", "Velm's lawyer", "", False),
])
def test_a_role_card_at_the_time_of_the_story_needs_the_story_shown(prompt, answer, story, unsure):
    question = replace(short_answer(prompt, answer, f"Kevin Dorn, {answer}, spoke.", 3), family="role")
    assert unanchored(question, story) is unsure


@pytest.mark.parametrize("prompt, answer, story, shown", [
    # a headline naming the role's body, none of its office, shows whole: the story asked of (blanked, stop-110 raters
    # read it as "a second cloze")
    ("Who was Kevin Dorn at the time of the story?", "Velm's lawyer", "Velm pledges $12 million in assets",
     "From “Velm pledges $12 million in assets”"),
    ("Who was Kevin Dorn at the time of the story?", "Dunford coach", "Kvam v Dunford (Sat)", "From “Kvam v Dunford (Sat)”"),
    # a role with no office in lower case shows its headline with the role's words blanked
    ("Who was Kevin Dorn at the time of the story?", "Dunford President", "Kvam v Dunford (Sat)",
     "From “Kvam v _____ (Sat)”"),
    # one showing the office gives the role away: no line
    ("Who was Kevin Dorn at the time of the story?", "Dunford coach", "Dunford coach quits", ""),
    ("Who was Kevin Dorn in May 2017?", "Velm's lawyer", "Velm pledges $12 million in assets", ""),  # dated: no need
    # one common word of a longer role is no giveaway of it: the headline whole
    ("Who was Kevin Dorn at the time of the story?", "senior economist at the Kvam Bank",
     "Velm economy slides into recession", "From “Velm economy slides into recession”"),
    # two words of it are: no line
    ("Who was Kevin Dorn at the time of the story?", "senior economist at the Kvam Bank",
     "Senior economists see Velm economy slide", ""),
    # a word of the role's body the headline writes in lower case is a common noun there: the headline whole
    ("Who was Kevin Dorn at the time of the story?", "director of the Harbour Policy Board",
     "Ferry fares to rise, harbour users told", "From “Ferry fares to rise, harbour users told”"),
    # written as the body writes it, it is the body's, and names no office: whole
    ("Who was Kevin Dorn at the time of the story?", "director of the Harbour Policy Board",
     "Harbour fares to rise, users told", "From “Harbour fares to rise, users told”"),
])
def test_an_undated_role_cards_headline_shows_whole_blanked_or_not_at_all(prompt, answer, story, shown):
    question = replace(short_answer(prompt, answer, f"Kevin Dorn, {answer}, spoke.", 3), family="role")
    question = replace(question, fact=replace(question.fact, kind=FactKind.ROLE))
    assert line_for(question, f"From “{story}”") == shown


@pytest.mark.parametrize("answer, wrong, headline, shown", [
    # a headline's figure within a tenth of an option hints at it (set AT: "Chinese exports rise 25% in 2004" over
    # 25.7%, "nearly gives away 25.7%") or argues for it (over 35.4% with 25.7% among the wrong answers)
    ("25.7%", ("30.7%", "20.7%", "35.4%"), "Kvam exports rise 25% in 2004", ""),
    ("35.4%", ("25.7%", "45.4%", "55.4%"), "Kvam exports rise 25% in 2004", ""),
    ("$26bn", ("$31bn", "$41bn", "$46bn"), "Kvam exports reach $25bn", ""),
    # none near: the headline stays
    ("35.4%", ("15.4%", "45.4%", "55.4%"), "Kvam exports rise 25% in 2004", "From “Kvam exports rise 25% in 2004”"),
    ("$26", ("$31", "$41", "$46"), "Kvam exports rise 25% in 2004", "From “Kvam exports rise 25% in 2004”"),
    ("$26m", ("$31m", "$41m", "$46m"), "Kvam exports reach $25bn", "From “Kvam exports reach $25bn”"),
])
def test_a_figure_in_the_headline_near_an_option_hides_the_headline(answer, wrong, headline, shown):
    from tests.factory import multiple_choice

    sentence = f"Kvam's exports rose {answer} in 2004, the harbour office said."
    card = multiple_choice(sentence.replace(answer, "_____"), answer, wrong, sentence, 0)
    assert line_for(card, f"From “{headline}”") == shown


@pytest.mark.parametrize("answer, kind, line, shown", [
    # a name's word the headline writes only in lower case is a common noun there: the whole line (a set-AU rater on
    # a card that had lost it: "it gives no article title or country")
    ("Kvam Harbour Board", FactKind.ORGANIZATION, "From “Ferry boost to harbour”", "From “Ferry boost to harbour”"),
    # two such words tell the name ("… child soldiers law" for the Child Soldiers Prevention Act)
    ("Kvam Harbour Board", FactKind.ORGANIZATION, "From “Ferry boost to harbour board”", ""),
    # written as in the name, it is the name's (whole name or not: no line)
    ("Kvam Harbour Board", FactKind.ORGANIZATION, "From “Ferry boost to Harbour”", ""),
    # a place is no name asked: a common noun of its words still gives it away
    ("Kvam Harbour", FactKind.PLACE, "From “Ferry boost to harbour”", ""),
])
def test_a_names_word_the_headline_writes_in_lower_case_gives_nothing_away(answer, kind, line, shown):
    sentence = "Anna Berg said the Kvam Harbour Board will meet in May."
    assert line_for(cloze(sentence, answer, 0, kind=kind), line) == shown


@pytest.mark.parametrize("line, shown", [
    # a name written with an ampersand is a word of its own: named in the headline, it is blanked there
    ("From “K&V cuts prices by a quarter”", "From “_____ cuts prices by a quarter”"),
    ("From “Shops cut prices by a quarter”", "From “Shops cut prices by a quarter”"),
])
def test_a_name_with_an_ampersand_in_the_headline_gives_it_away(line, shown):
    sentence = "Anna Berg said K&V will cut its prices by a quarter."
    assert line_for(cloze(sentence, "K&V", 0, kind=FactKind.ORGANIZATION), line) == shown
