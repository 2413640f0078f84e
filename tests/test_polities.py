import pytest

from quizgen.questions.polities import names_it_again


@pytest.mark.parametrize("prompt, answer, before, expected", [
    # another name of the same country, or its capital standing for its government, gives it away
    ("Talks with _____ stalled after Washington imposed tariffs.", "US", "Talks with ", True),
    ("Talks with the US stalled after _____ imposed tariffs.", "Washington", "Talks with the US stalled after ", True),
    ("Officials in _____ said the United Kingdom would respond.", "Britain", "Officials in ", True),
    ("_____ rejected the offer, Moscow's envoy said.", "Russia", "", True),
    ("Which country did Beijing accuse of spying?", "China", "", True),
    ("The EU and _____ signed the deal.", "European Union", "The ", True),
    # the capital as a place is the city itself: no give-away either way
    ("Leaders met in _____ as North Korea watched.", "Pyongyang", "Leaders met in ", False),
    ("_____ sent envoys to talks in Washington.", "US", "", False),
    # names of other countries, pronouns and near-spellings are not the answer
    ("_____ and Japan held drills near Seoul.", "US", "", False),
    ("They told us that _____ would wait.", "US", "They told us that ", False),
    ("The _____ envoy met Prussian officials.", "Russia", "The ", False),
    # its people named give it away, and its capital standing for its government ("ties to": not a place)
    ("In _____, the subsidiary has a tense relationship with the Argentine government.", "Argentina", "In ", True),
    ("Analysts doubt a US court can rule on Russian firms, while _____ officials dismiss the case.", "Moscow",
     "Analysts doubt a US court can rule on Russian firms, while ", True),
    ("He met Russian intermediaries, again changing a statement about his connections to _____.", "Moscow",
     "He met Russian intermediaries, again changing a statement about his connections to ", True),
    ("Talks stalled over its ties to _____, Washington said.", "Beijing", "Talks stalled over its ties to ", False),
    # the capital as a place stays the city, its people named or not
    ("Leaders met in _____ as North Korean troops watched.", "Pyongyang", "Leaders met in ", False),
    ("_____ rejected the plan.", "Atlantis", "", False),
])
def test_other_names_of_the_hidden_country(prompt, answer, before, expected):
    assert names_it_again(prompt, answer, before) is expected


def test_a_card_hiding_a_country_named_again_by_its_capital_is_not_made():
    from quizgen.facts.model import Fact, FactKind
    from quizgen.questions.candidates import candidate_questions

    sentence = "Seoul rejected talks with the US, saying Washington had not kept its word."
    start = sentence.index("US")
    fact = Fact(kind=FactKind.PLACE, answer="US", sentence=sentence, start=start, end=start + 2,
                sentence_index=0, label="GPE", score=0.8)
    other_start = sentence.index("Seoul")
    other = Fact(kind=FactKind.PLACE, answer="Seoul", sentence=sentence, start=other_start, end=other_start + 5,
                 sentence_index=0, label="GPE", score=0.8)
    questions = candidate_questions([fact, other])
    assert not [q for q in questions if q.answer == "US"]
    assert [q for q in questions if q.answer == "Seoul"]  # Seoul's own card stays: nothing else names it


@pytest.mark.parametrize("sentence, answer, part, hidden", [
    # a part of the hidden city named in the prompt gives it away ("the heart of Manhattan" → New York City)
    ("Shops in the heart of Manhattan closed early when the storm reached New York City in the night.",
     "New York City", "Manhattan", False),
    ("Crowds in Shibuya cheered as the Dunford team arrived in Tokyo for the final.", "Tokyo", "Shibuya", False),
    # the part hidden, the city shown: which part is the question
    ("Shops in the heart of Manhattan closed early when the storm reached New York City in the night.",
     "Manhattan", "New York City", True),
    # another city's district says nothing of this one
    ("Crowds in Kreuzberg cheered as the Dunford team arrived in Tokyo for the final.", "Tokyo", "Kreuzberg", True),
])
def test_a_card_hiding_a_city_whose_part_the_prompt_names_is_not_made(sentence, answer, part, hidden):
    from quizgen.facts.model import Fact, FactKind
    from quizgen.questions.candidates import candidate_questions

    facts = [Fact(kind=FactKind.PLACE, answer=name, sentence=sentence, start=sentence.index(name),
                  end=sentence.index(name) + len(name), sentence_index=0, label="GPE", score=0.8)
             for name in (answer, part)]
    questions = candidate_questions(facts)
    assert bool([q for q in questions if q.answer == answer]) is hidden
