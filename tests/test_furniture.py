"""Page furniture never reaches the article text: headings, bylines, credits, datelines, links and footers."""

from __future__ import annotations

import pytest

from quizgen.read.article import paragraphs, parse_article
from quizgen.read.furniture import article_lines, furniture_label, strip_dateline

PROSE = "The court ruled on Tuesday that the ban on the website was unconstitutional."


@pytest.mark.parametrize("line, label", [
    ("Kennedy's Body", "heading"),
    ("'Hardened' Systems", "heading"),
    ("Eye in the sky", "heading"),
    ("COULD PLANE HAVE STALLED?", "heading"),
    ("Will winds whip parade balloons?", "heading"),
    ("Planes, trains ...", "heading"),
    ("By Stella Kim and Mithil Aggarwal", "byline"),
    ("Stella Kim reported from Seoul.", "byline"),
    ("— With assistance by Sam Kim", "credit"),
    ("Reporting by Hyonhee Shin; Editing by Ed Davies", "credit"),
    ("(Additional reporting by Wilda Asmarini in Jakarta)", "credit"),
    ("Photo: A rescue team at work (Credit: Joe Smith / Grist)", "credit"),
    ("Related: Five things to know about the storm", "link"),
    ("Our Standards: The Thomson Reuters Trust Principles.", "link"),
    # a site's box linking its other story, its headline run on after the label (a fresh page: "rt.com Journalists"
    # asked as the article's news)
    ("Also on velm.com Ministers from the ruling party face arrest as the council purges its rivals", "link"),
    ("© 2024 Reuters. All rights reserved.", "footer"),
    ("Nature 574, 16-17 (2019)", "citation"),
    ("Velmer et al. 2014. Growth of the wing scales of the Dunford moth. Developmental Biology 392(2): 404–418.",
     "citation"),
    # a headline in title case with its outlet in brackets: a link to another site's story
    ("Dunford Steel Paid $35 Million In A Settlement (The Velm Journal)", "link"),
    ("Analysts Aren't Feeling Great About Steel In 2015 (Think Dunford)", "link"),
    ("Are you in the storm? Please share your videos, pictures and stories at iReport.", "footer"),
    # a reporter's promo box read as the article's last paragraph (a fresh page: "Who was Alex Burns?", trivia)
    ("Hey, I’m Dana Velm, a politics correspondent for The Post. Send me your questions using the Post app.",
     "footer"),
    ("Matt Friedman may be reached at mfriedman@example.com.", "contact"),
    ("This article originally appeared on Fox News.", "credit"),
    ("Jemele Hill is a columnist for ESPN.com.", "bio"),
    ("Tom Reed is a regular commentator on the Velm Radio programme Tech Talk.", "bio"),  # a columnist's credit
    ("Correction: An earlier version misstated the total.", "correction"),
    ("— Jane Doe (@janedoe) November 26, 2014", "tweet"),
    # an embedded tweet's own text: its picture or short link is in it
    ("Kvam on Dunford Radio says he doesn't need daily briefings because he's \"smart\" pic.twitter.com/AbC12dEf", "tweet"),
    ("Kvam suggests he doesn't need briefings: \"I'm a smart person.\"https://t.co/XyZ98wQ", "tweet"),
    # a photo's caption tells where its people stand (a rater: "photo-caption text; '(right)'/'(left)' only make
    # sense next to the photo")
    ("Senator Ada Quill (right) looks on as Tom Vell (left) addresses a Velm think tank.", "caption"),
    ("___", "separator"),
    ("SEOUL, South Korea —", "dateline"),
    # a box's excerpt cut off a word or three into its last sentence: a teaser for another page
    ("Brightwell is a food maker in Dunmere. It was founded by Lorna Vesk in 1990, initially as a bakery. It...",
     "teaser"),
    ("Brightwell is a food maker in Dunmere, founded in 1990. It moved to …", "teaser"),
])
def test_furniture_lines_are_recognised(line, label):
    assert furniture_label(line) == label


@pytest.mark.parametrize("line", [
    PROSE,
    "“We stand ready to assist in any way possible,” Pentagon spokesman Mark Wright said.",
    "Delays were reported at several airports in the Northeast on Wednesday.",
    "Also on Tuesday, the council voted to close two schools in Dunmere.",  # "Also on" a day is prose
    "American Airlines' Kent Powell reported three cancellations, none of them related to the weather.",
    "Alabama's job level remains 4.6 percent below its peak, according to data compiled by Bloomberg.",
    "The measures, the minister said, include a ban on imports and a new tax on fuel of about 12 percent:",
    # an ellipsis that trails a whole sentence, or a quote's, is prose
    "The minister paused, looked at the crowd and said only that the talks would go on...",
    "Asked about the deal, Vesk said: “We will see what the board decides …”",
    # a source in brackets after prose, and a study named in a sentence
    "Shares in Dunford Steel rose 12 percent on Tuesday, the company said (Reuters)",
    "Velmer et al. found in 2014 that the wing scales of the moth grow in rows.",
    # a commentator in the story, in a line that goes on past the credit's one sentence
    "Tom Reed is a television commentator who has written three books about the club. He says it will survive.",
    # a side in prose is no photo's caption
    "The court ruled that the lane on the right (the bus lane) must stay open.",
])
def test_prose_is_not_furniture(line):
    assert furniture_label(line) is None


@pytest.mark.parametrize("line, rest", [
    ("JAKARTA (Reuters) - Countries around Asia stepped up the search.", "Countries around Asia stepped up the search."),
    # a story filed from two cities (set AC: "WASHINGTON/SEOUL (Reuters) - Saddled with …" stood on a card, a rater:
    # "byline material, and SEOUL hints at Korea")
    ("WASHINGTON/SEOUL (Reuters) - Saddled with the job, the envoy flew on.", "Saddled with the job, the envoy flew on."),
    ("WASHINGTON/NEW YORK (Reuters) - The Velm Bank said on Friday it would sell.",
     "The Velm Bank said on Friday it would sell."),
    ("SEOUL, South Korea — North Korea fired a missile.", "North Korea fired a missile."),
    # a stray comma, and a state before a second city (set AO: "LONDON, ( [...] ) - Two …" asked for the wire, bad)
    ("DUNFORD, (Reuters) - The Velm Bank said on Friday it would sell.", "The Velm Bank said on Friday it would sell."),
    ("WEST DUNFORD, Fla./WASHINGTON (Reuters) - The Velm Bank said on Friday it would sell.",
     "The Velm Bank said on Friday it would sell."),
    ("(CNN) -- The storm has passed.", "The storm has passed."),
    ("Washington (CNN) -- Democrats pledged Friday to act.", "Democrats pledged Friday to act."),
    ("(CNN)Lorna Vesk made an unscheduled trip on Saturday.", "Lorna Vesk made an unscheduled trip on Saturday."),
    ("(AP) The storm has passed.", "The storm has passed."),
    ("(CNN Business)Shares in Dunford Steel rose.", "Shares in Dunford Steel rose."),
    ("(AP photo) shows the storm.", "(AP photo) shows the storm."),
    ("MONTGOMERY, Ala. -- Alabama's new law may cost jobs.", "Alabama's new law may cost jobs."),
    ("NEW YORK--Verizon is preparing a TV service.", "Verizon is preparing a TV service."),
    ("KVELLER via JTA — The state of Velmland has sworn in its first judge.",
     "The state of Velmland has sworn in its first judge."),  # an outlet's story carried by a wire
    ("NASA said the probe — launched in 2006 — is healthy.", "NASA said the probe — launched in 2006 — is healthy."),
    (PROSE, PROSE),
])
def test_datelines_are_cut_off(line, rest):
    assert strip_dateline(line) == rest


def test_nothing_after_a_closing_marker_in_the_second_half():
    lines = [PROSE, PROSE, PROSE, "Trending On Reuters", "India needs reforms in banking, the minister told reporters."]
    assert article_lines(lines) == [PROSE] * 3
    early = ["Related stories", PROSE, PROSE]  # a marker near the top is only a line of furniture
    assert article_lines(early) == [PROSE, PROSE]


def test_plain_text_paragraphs_are_one_per_line():
    wrapped = "The court ruled on Tuesday\nthat the ban was unconstitutional.\n\nThe ministry said it would appeal."
    assert paragraphs(wrapped) == ["The court ruled on Tuesday that the ban was unconstitutional.",
                                   "The ministry said it would appeal."]
    assert paragraphs("One line.\nAnother line.") == ["One line.", "Another line."]


def test_a_text_article_loses_its_furniture_but_keeps_its_headline_as_title():
    raw = ("Court strikes down website ban\nBy Jane Roe\nANKARA (Reuters) - " + PROSE + "\nKey ruling\n"
           "The ministry said it would appeal.\nReporting by Jane Roe; Editing by John Doe\n")
    article = parse_article(raw, "ruling")
    assert article.title == "Court strikes down website ban"
    assert article.text.splitlines() == [PROSE, "The ministry said it would appeal."]


@pytest.mark.parametrize("lines, kept", [
    # a caption before its photo's credit is no prose of the article
    (["Mira Holt, 31, was charged with arson after a fire near Dunmere.", "COUNTY POLICE/CONTRIBUTED IMAGE", PROSE],
     [PROSE]),
    (["Firefighters at the quay on Sunday.", "(Photo: Getty Images)", PROSE], [PROSE]),
    # a paragraph before a reporting credit stays
    ([PROSE, "Reporting by Jan Olsen; editing by Mira Holt"], [PROSE]),
    ([PROSE, "See the Courier's Pictures of the Week.", PROSE], [PROSE, PROSE]),  # a link to a gallery
    ([PROSE, "Loading Photo Gallery", PROSE], [PROSE, PROSE]),
])
def test_a_caption_goes_with_its_photo_credit(lines, kept):
    assert article_lines(lines) == kept


@pytest.mark.parametrize("line, kept", [
    # a magazine's cross-reference to another of its stories, cut out of the prose
    ("Backed by Corvan Ventures (see “50 Smartest Companies: Corvan Ventures”), Belmar raised $43 million.",
     "Backed by Corvan Ventures, Belmar raised $43 million."),
    ("Not there that night was Ines Marlow (see 35 Innovators Under 35, 2013), a chemist in Bergen.",
     "Not there that night was Ines Marlow, a chemist in Bergen."),
    ("Oil still lies on the seabed. (See pictures of the spill.) The survey goes on.",
     "Oil still lies on the seabed. The survey goes on."),
    ("The council will vote on Friday (read more: “The Harbour Files”) after a long debate.",
     "The council will vote on Friday after a long debate."),
    # a pointer to another part of the same story
    ("Director Ava Berg, 42, persuaded her (more on that below), and Lena Holt, 60, joined the film.",
     "Director Ava Berg, 42, persuaded her, and Lena Holt, 60, joined the film."),
    # a parenthesis that says something of its own stays
    ("The mayor (as she sees it) had no choice.", "The mayor (as she sees it) had no choice."),
    ("The port (seen here in 1990) reopened.", "The port (seen here in 1990) reopened."),
    # a list's bullet at a line's start: the model read "• Ada Quill" as the name, and a card wrote "defending • Ada
    # Quill"; a dot inside the line stays
    ("• Ada Quill scored 10 points on four baskets and two free throws.",
     "Ada Quill scored 10 points on four baskets and two free throws."),
    ("▪ The Velm council voted 7-2 on Friday.", "The Velm council voted 7-2 on Friday."),
    ("Ada Quill scored 10 points · the most of any guard.", "Ada Quill scored 10 points · the most of any guard."),
    # a stock's ticker and the day's move in brackets: a card asked the move ("Orvane Foods (ORVF _____)")
    ("Orvane Foods (ORVF 2.15%) and Pellmarch Tools (PMT -0.40%) lead the field in kitchen robots.",
     "Orvane Foods and Pellmarch Tools lead the field in kitchen robots."),
    ("Shares of Dunmore Grid (NYSE: DGX) have doubled since March.",
     "Shares of Dunmore Grid have doubled since March."),
    # a wire's instrument codes after a market's name
    ("The Halden Composite .HLDC rose 12.4 points, or 0.3%, to 4,210.55.",
     "The Halden Composite rose 12.4 points, or 0.3%, to 4,210.55."),
    ("The 10-year note HL10YT=RR last fell 4/32 in price, and the krone NOK= slipped 0.2%.",
     "The 10-year note last fell 4/32 in price, and the krone slipped 0.2%."),
    ("North Sea crude LCOc1 was last at $61.20 a barrel.", "North Sea crude was last at $61.20 a barrel."),
    # a wire's story code after a sentence ("[nL2N1N80D3]" on a card's prompt, set AJ)
    ("The board named Ada Quill its chair on Monday.[nL5N2K44Q1] Two others were on the list.",
     "The board named Ada Quill its chair on Monday. Two others were on the list."),
    ("The Velm council backed the plan [ID:nL8N3B21T7] by seven votes to two.",
     "The Velm council backed the plan by seven votes to two."),
    # the same code without its "n" (set AN: "[L3N1NF2IA] But Qualcomm's agreement …" opened a card's prompt); a
    # bracketed acronym or year with a digit stays
    ("Dunmore sold two ferries to Velm. [L4N2P17QX] But the deal is not yet binding.",
     "Dunmore sold two ferries to Velm. But the deal is not yet binding."),
    ("The Velm Port Authority [VPA2] and its 2021 plan [B2B] stay.",
     "The Velm Port Authority [VPA2] and its 2021 plan [B2B] stay."),
    # a heading in capitals whose line break the page's text lost, glued to a sentence's start (set AJ: "ANTI-
    # IMMIGRATION One of the videos …" and "‘PASS-THROUGH’ BUSINESSES * Caps the maximum …" on cards)
    ("The ferry sailed at noon. HARBOUR-FRONT PLANS The council wants a new quay by 2030.",
     "The ferry sailed at noon. The council wants a new quay by 2030."),
    ("The ferry sailed at noon.” FLOOD-PROOFING Two walls will be built along the quay.",
     "The ferry sailed at noon.” Two walls will be built along the quay."),
    ("The fee rises to 4 percent.  ‘SMALL BOATS’ FISHERMEN * Caps the fee for small boats at 2 percent.",
     "The fee rises to 4 percent.  Caps the fee for small boats at 2 percent."),
    ("The vote was close. WHAT COMES NEXT The council meets again in May.",
     "The vote was close. The council meets again in May."),
    ("The port reopened. ‘STOP-AND-SEARCH’ Police checked every lorry on the quay.",
     "The port reopened. Police checked every lorry on the quay."),
    # a name in capitals before a capitalised word stays
    ("The storm passed. FEMA Administrator Ada Quill flew to Dunford on Monday.",
     "The storm passed. FEMA Administrator Ada Quill flew to Dunford on Monday."),
    ("The fleet was saved. UNESCO World Heritage status came a year later.",
     "The fleet was saved. UNESCO World Heritage status came a year later."),
    ("The actors walked out. SAG-AFTRA Members voted on Friday to go back.",
     "The actors walked out. SAG-AFTRA Members voted on Friday to go back."),
    ("The talks ended. BBC News reported the result on Friday.",
     "The talks ended. BBC News reported the result on Friday."),
    # an acronym in brackets, a figure in brackets and a programming framework stay
    ("The Velm Port Authority (VPA) raised fees 4% in 2021.", "The Velm Port Authority (VPA) raised fees 4% in 2021."),
    ("Turnout rose (up 3%) in the north.", "Turnout rose (up 3%) in the north."),
    ("The ferry's speed (40 km/h) and its 1.5/2 ratio held.", "The ferry's speed (40 km/h) and its 1.5/2 ratio held."),
    # an aside holding a web address: a link the card cannot follow (a set-AL rater: "leftover text")
    ("Turnout rose to 61 percent. (Graphic: vlm.news/3kQzT) Most voters were young.",
     "Turnout rose to 61 percent. Most voters were young."),
    ("Turnout rose to 61 percent. [vlm.news/3kQzT]Most voters were young.",
     "Turnout rose to 61 percent. Most voters were young."),
    ("Turnout rose to 61 percent (for the full count, go to https://vlm.example/count).",
     "Turnout rose to 61 percent."),
    ("The firm rewrote its billing code in .NET last year.", "The firm rewrote its billing code in .NET last year."),
    # a paper's style: a paragraph's first word in capitals, read as an abbreviation ("Anna Sorel (AS) Opposition
    # Leader" on a card)
    ("AS Opposition Leader Ben Hart said the harbour vote must wait.",
     "As Opposition Leader Ben Hart said the harbour vote must wait."),
    ("IT’S a short walk from the Dunford ferry to the old fish market.",
     "It’s a short walk from the Dunford ferry to the old fish market."),
    # an abbreviation, a name in capitals and a heading-like run of capitals stay
    ("NATO said on Monday that 40 ships had left Dunford.", "NATO said on Monday that 40 ships had left Dunford."),
    ("US troops left the Dunford base on Monday, an official said.",
     "US troops left the Dunford base on Monday, an official said."),
    ("ANNA Berg opened the new Dunford ferry terminal on Monday.",
     "ANNA Berg opened the new Dunford ferry terminal on Monday."),
])
def test_furniture_inside_a_line_is_cut_out_and_a_first_word_in_capitals_written_as_a_word(line, kept):
    assert article_lines([line]) == [kept]


def test_a_title_case_dateline_is_cut_from_the_first_line_only():
    """"Indianapolis – Several thousand teachers surrounded the Statehouse": left in, the main-event card asked
    "_____ surrounded the Indiana Statehouse" with the city as the answer (a wrong answer, on a fresh page)."""
    lines = ["Dunford – Several thousand teachers wearing red surrounded the Velmland Statehouse on Tuesday.",
             "Fort Worth – the city's own team – won again, the mayor said on Tuesday afternoon in Dunford."]
    assert article_lines(lines) == ["Several thousand teachers wearing red surrounded the Velmland Statehouse on "
                                    "Tuesday.", lines[1]]
    later = [PROSE, "Dunford – Several thousand teachers wearing red surrounded the Velmland Statehouse on Tuesday."]
    assert article_lines(later) == later  # not the lead: a name and a dash start a sentence of its own


def test_a_byline_glued_to_the_lead_and_a_posted_time_are_cut():
    """"Posted: Thursday, April 21, 2022. 10:11 pm CST." / "By Aaron Humes: The Americas cannot …": the main-event
    card opened "By : The Americas …" (a fresh page, both raters)."""
    lines = ["Posted: Thursday, April 21, 2022. 10:11 pm CST.",
             "By Ada Quill: The Velm council cannot ignore the risk of further floods, its chief warned on Tuesday.",
             "By Monday: The Velm council had met three times."]
    assert article_lines(lines) == ["The Velm council cannot ignore the risk of further floods, its chief warned on "
                                    "Tuesday.", lines[2]]  # one word after "By" is no byline, and not the lead


@pytest.mark.parametrize("lead", [
    "By Ada Quill and Tomas Vell DUNFORD/LUSK (Reuters) - The Velm council voted on Tuesday to close the ferry.",
    # a wire's correction note before the byline (set AH: "By Laila Kearney and [...] NEW YORK/CHICAGO (Reuters) -
    # …" asked for a reporter, bad)
    "(This version of the May 3 story corrects the ferry's name in paragraph 4) By Ada Quill DUNFORD (Reuters) - The "
    "Velm council voted on Tuesday to close the ferry.",
    # any note in brackets (set AO: "(Refiles … story to cut …) By …" left the reporter's name on the lead, and a
    # later "Quill" was read as the reporter: a who-said card named her, a wrong answer)
    "(Refiles May 3 story to fix a typo in paragraph 2) By Ada Quill and Tomas Vell DUNFORD (Reuters) - The Velm "
    "council voted on Tuesday to close the ferry.",
    # ... and one before a dateline with no byline
    "(Corrects paragraph 7 to show the ferry was closed, not sold) DUNFORD (Reuters) - The Velm council voted on "
    "Tuesday to close the ferry.",
])
def test_a_byline_and_a_correction_note_before_a_wire_dateline_are_cut(lead):
    assert article_lines([lead, PROSE]) == ["The Velm council voted on Tuesday to close the ferry.", PROSE]


def test_the_claim_a_fact_check_rates_is_not_the_articles_own_statement():
    """A fact-check page's "Claim" heading over the rumour it debunks: the rumour read as prose made a card asking
    the false figure as a fact (a fresh page)."""
    lines = ["Claim", "Former Velmland envoy Ines Marlow has a net worth of $17 million.", "Rating", "Unproven",
             "Origin", PROSE, PROSE]
    assert article_lines(lines) == [PROSE, PROSE]
    prose = ["Claims", PROSE, PROSE]  # another heading: its text stays
    assert article_lines(prose) == [PROSE, PROSE]
