"""A bare "the + noun" named as the article names that thing: its first mention's owner ("Corvania's farm law" →
"[Corvania's] law"), else the one name the article writes before the noun ("the Tarkal plant") (invented names)."""

from __future__ import annotations

import pytest

from quizgen.facts.extract import extract_facts
from quizgen.questions.standalone import needs_context


@pytest.mark.parametrize("text, answer, sentence", [
    ("Corvania's strict new farm law may be backfiring. Legislators said the law would help 40,000 residents.",
     "40,000", "Legislators said [Corvania's] law would help 40,000 residents."),
    ("Drovia will load fuel into the Tarkal plant on Monday. "
     "While Drovia signed a $1 billion contract to build the plant in 1995, work stopped in 2001.", "$1 billion",
     "While Drovia signed a $1 billion contract to build the [Tarkal] plant in 1995, work stopped in 2001."),
    ("Drovia will load fuel into the Tarkal plant on Monday. Vesk runs the Omsel plant. "
     "While Drovia signed a $1 billion contract to build the plant in 1995, work stopped in 2001.", "$1 billion",
     "While Drovia signed a $1 billion contract to build the plant in 1995, work stopped in 2001."),  # which plant?
    ("A farm law may be backfiring. Legislators said the law would help 40,000 residents.",
     "40,000", "Legislators said the law would help 40,000 residents."),  # first mention names no owner
    # a study, report or survey is a thing an article names as well (stored ratings: bare "the report / study /
    # survey" cards 3 of 17 good; a set-P rater missed "15 million phones a year", which "the report" kept out) ...
    ("The report reveals that 15 million mobile phones go out of use every year in Velmland. The Drovia Trust "
     "report took a close look at Norland.", "15 million",
     "The [Drovia Trust] report reveals that 15 million mobile phones go out of use every year in Velmland."),
    # ... with its name's words before an "of" or "for", which the model parses apart ("the [Future] report")
    ("The report reveals that 15 million mobile phones go out of use every year in Velmland. The Forum for the "
     "Future report took a close look at Norland.", "15 million",
     "The [Forum for the Future] report reveals that 15 million mobile phones go out of use every year in Velmland."),
    ("A study looked at 2,000 adults. Velm Trust researchers published the study in 2019.", "2019",
     "Velm Trust researchers published the study in 2019."),  # named nowhere: no card
    # a lower-case word the model tags as a name's names nothing (a tune card read "the [demerger] report added",
    # rated bad: the report was a newspaper's)
    ("Velmco could sell its film unit, the Dunford Times reported. Velmco began a review of a split in 2019. Results "
     "from the demerger study were set out on Friday. Advisers valued the unit at £300m, the report added.", "£300m",
     "Advisers valued the unit at £300m, the report added."),
])
def test_a_description_named_as_the_article_names_it(nlp, text, answer, sentence):
    facts = [f for f in extract_facts(nlp(text)) if f.answer == answer]
    assert facts and facts[0].sentence == sentence
    assert (needs_context(facts[0]) is None) == ("[" in sentence)


def test_a_description_owning_a_noun_stands_as_written(nlp):
    """"the administration's request" stands as written: neither ``name_by_compounds`` (events and things only) nor
    ``name_by_first_mention`` (no owner) names it."""
    text = "Drovia praised the Orvel administration. Its rocket got $1.7 billion, over the administration's request."
    facts = [f for f in extract_facts(nlp(text)) if f.answer == "$1.7 billion"]
    assert facts and "[" not in facts[0].sentence
