"""A bare "the + noun" whose noun the story line's headline holds is clear on a card that shows the line
(quizgen.questions.story_nouns): the sentence is no longer refused, the card keeps its headline however long, and a
card whose headline would give its answer away is held back. Articles and headlines written for the tests."""

from __future__ import annotations

import pytest

from quizgen.facts.extract import extract_facts
from quizgen.nlp.batches import Batching
from quizgen.read.article import Article
from quizgen.run.component import analyse
from quizgen.questions.candidates import make_cloze
from quizgen.questions.echoed_descriptions import EarlierNouns, echoed_description
from quizgen.questions.ranking import held_back
from quizgen.questions.standalone import needs_context, settled_by_story
from quizgen.questions.story_line import FRONT_BUDGET, headline_hidden, line_for, story_line
from quizgen.questions.story_nouns import in_story

TEXT = ("Doctors in Velmland offered on Monday to run free flu clinics at three border camps. "
        "The doctors said 4,100 children passed through the camps in 2019.")
STORY = "From “Velmland doctors offer free flu shots at border camps” (Dunford Times, 9 November 2019)"
OTHER = "From “Velmland border camps face winter” (Dunford Times, 9 November 2019)"


def _fact(nlp, text: str, answer: str, story: str):
    found = [f for f in extract_facts(nlp(text), story=story) if f.answer == answer]
    assert found, [f.answer for f in extract_facts(nlp(text), story=story)]
    return found[0]


@pytest.mark.parametrize("noun, story, named", [
    ("doctors", STORY, True),
    ("doctor", STORY, True),  # singular and plural share a key
    ("camp", STORY, True),
    ("clinics", STORY, False),
    ("doctors", "", False),  # no line
    ("doctors", "From Dunford Times, 9 November 2019", False),  # a line with no headline
])
def test_nouns_the_headline_holds(noun, story, named):
    assert in_story(noun, story) is named


def test_a_bare_subject_the_headline_names_stands_alone(nlp):
    fact = _fact(nlp, TEXT, "4,100", STORY)
    assert needs_context(fact) is None
    assert settled_by_story(fact)
    assert make_cloze(fact) is not None


@pytest.mark.parametrize("story", [OTHER, ""])
def test_a_bare_subject_the_headline_does_not_name_is_refused(nlp, story):
    fact = _fact(nlp, TEXT, "4,100", story)
    assert needs_context(fact) == "its subject is a bare definite description"
    assert not settled_by_story(fact)


TOWNS = ("Brindmouth Karsby Olmen Tessen Vardholm Lundeby Holmsund Raskvik Oddeby Brekkeby Sandvik Fjellby Nordvik "
         "Vikersund Aasby Bergvik Dalby Lindby Moenvik Strandby Haugby Solvik Eikeby Furuvik Tangen Rolvsby").split()


def test_a_card_too_long_to_show_its_headline_is_held_back_when_it_needs_it(nlp):
    text = TEXT.replace("in 2019.", f"in 2019, most of them from {', '.join(TOWNS)} and Granby.")
    card = make_cloze(_fact(nlp, text, "4,100", STORY))
    assert card is not None and settled_by_story(card.fact)
    assert len(card.visible_prompt()) + len(STORY) > FRONT_BUDGET  # the table's premise
    assert headline_hidden(card)
    short = make_cloze(_fact(nlp, TEXT, "4,100", STORY))
    assert not headline_hidden(short)


def test_a_card_whose_headline_would_give_its_answer_away_is_held_back(nlp):
    text = ("Doctors in Velmland offered on Monday to run free flu clinics at border camps. "
            "The doctors said three children died in the camps in 2019.")
    story = "From “Three children died in Velmland camps, doctors say” (Dunford Times, 9 November 2019)"
    card = make_cloze(_fact(nlp, text, "three", story))
    assert card is not None and settled_by_story(card.fact)
    assert not line_for(card, story).startswith("From “")  # the headline would show "Three"
    assert held_back(card)
    kept = make_cloze(_fact(nlp, TEXT, "4,100", STORY))
    assert not held_back(kept)
    # a sentence that stands alone anyway needs no headline: its card shows the source alone, as before
    alone = make_cloze(_fact(nlp, "Doctors in Velmland said three children died in Dunford camps in 2019.", "three",
                             story))
    assert not settled_by_story(alone.fact) and not headline_hidden(alone)


def test_an_echoed_description_the_headline_names_is_no_echo(nlp):
    text = ("Velmland's doctors held a long phone call with the Dunford mayor on Monday about the border camps. "
            "Karl Vell told reporters in Brindmouth that he had raised concerns about the call in 2019.")
    facts = extract_facts(nlp(text), story="From “Velmland doctors' call on border camps angers mayor” (Dunford "
                                           "Times, 9 November 2020)")
    (fact,) = [f for f in facts if f.answer == "2019"]
    assert not echoed_description(make_cloze(fact), EarlierNouns(facts))
    plain = extract_facts(nlp(text), story=OTHER)
    (fact,) = [f for f in plain if f.answer == "2019"]
    assert echoed_description(make_cloze(fact), EarlierNouns(plain))


def test_an_echoed_description_stays_an_echo_when_the_card_cannot_show_its_headline(nlp):
    text = ("Velmland's doctors held a long phone call with the Dunford mayor on Monday about the border camps. "
            "Karl Vell told reporters in Brindmouth that he had raised concerns about the call in 2019.")
    # the line's date holds the answer's year, so the card shows the source and no headline
    facts = extract_facts(nlp(text), story="From “Velmland doctors' call on border camps angers mayor” (Dunford "
                                           "Times, 9 November 2019)")
    (fact,) = [f for f in facts if f.answer == "2019"]
    assert echoed_description(make_cloze(fact), EarlierNouns(facts))


@pytest.mark.parametrize("batching", [Batching(), Batching(long_text=50, batch_chars=60, context_chars=0)])
def test_an_article_s_cards_are_made_under_its_own_story_line(nlp, batching):
    """Parsed whole, and in paragraph batches."""
    text = TEXT.replace(". The", ".\n\nThe")
    article = Article(text=text, title="Velmland doctors offer free flu shots at border camps", name="flu-shots",
                      date="2019-11-09", source="Dunford Times")
    (result,) = analyse(nlp, [article], cards=None, batching=batching)
    (card,) = [q for q in result.candidates if q.answer == "4,100" and q.family == "cloze"]
    assert card.fact.story == story_line(article)
    assert line_for(card, story_line(article)).startswith("From “Velmland doctors")
