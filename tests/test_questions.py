"""Cloze questions from hand-made facts: no spaCy model needed."""

from __future__ import annotations

import re
from dataclasses import replace

import pytest

from quizgen.facts.model import Fact, FactKind
from quizgen.questions.candidates import candidate_questions, make_cloze, make_definitions, make_multiple_choice, make_roles, make_true_false, make_who_said
from quizgen.questions.model import Question, QuestionKind
from quizgen.questions.candidates import _unique_keys, settle
from quizgen.questions.distractors import ArticleFacts
from quizgen.questions.ranking import FAMILY_WEIGHT, LONG_PROMPT, _answer_forms, _score, generate_questions, \
    held_back, needs_the_article, pick_for_quiz, quiz_selection
from tests.factory import stands_alone


def fact(sentence: str, answer: str, kind: FactKind = FactKind.PERSON, index: int = 0, anchor: str = "a") -> Fact:
    start = sentence.index(answer)
    return Fact(kind=kind, answer=answer, sentence=sentence, start=start, end=start + len(answer),
                sentence_index=index, anchor=anchor)


def test_cloze_hides_exactly_the_answer():
    question = make_cloze(fact("Maria Lopez opened the bridge in Lyon.", "Lyon", FactKind.PLACE))
    assert question is not None and question.kind is QuestionKind.CLOZE
    assert question.visible_prompt() == "Maria Lopez opened the bridge in _____."
    assert question.parts() == ("Maria Lopez opened the bridge in ", "Lyon", ".")


@pytest.mark.parametrize(("sentence", "answer", "shown"), [
    # a line the page never stopped, or a statement cut out of a clause, ends with a full stop on the card (raters:
    # "the sentence has no full stop before 'From'")
    ("Maria Lopez opened the bridge in Lyon", "Lyon", "Maria Lopez opened the bridge in _____."),
    ("Maria Lopez opened the bridge in Lyon in 2019", "2019", "Maria Lopez opened the bridge in Lyon in _____."),
    ("Maria Lopez opened the bridge in Lyon (France)", "Lyon", "Maria Lopez opened the bridge in _____ (France)."),
    ("Maria Lopez said: “The bridge in Lyon will open.”", "Lyon", "Maria Lopez said: “The bridge in _____ will open.”"),
])
def test_a_fill_in_card_ends_with_a_full_stop(sentence, answer, shown):
    kind = FactKind.DATE if answer.isdigit() else FactKind.PLACE
    assert make_cloze(fact(sentence, answer, kind)).visible_prompt() == shown


def test_sentences_opening_with_a_pronoun_make_only_held_back_clozes():
    for sentence in ("He opened the bridge in Lyon.", "They met in Lyon."):
        card = make_cloze(fact(sentence, "Lyon", FactKind.PLACE))
        assert card is not None and needs_the_article(card) and held_back(card)
    assert stands_alone("“We will win,” Maria Lopez said.")


@pytest.mark.parametrize(("sentence", "alone"), [
    ("“We will win,” Maria Lopez said.", True),  # the speaker's own "we", named in the sentence
    ("“I was scared,” Maria Lopez said.", True),
    ("“Prices will rise in May,” Maria Lopez said.", True),
    ("“They were very brave,” Maria Lopez said.", False),  # who? someone an earlier sentence named
    ("“It is a disaster for the town,” Maria Lopez said.", False),
    ('"This will cost us dearly," Maria Lopez said.', False),
    ("“His plan will fail,” Maria Lopez said.", False),
])
def test_a_quotation_opening_with_a_word_that_points_back_is_not_self_contained(sentence, alone):
    assert stands_alone(sentence) is alone
    card = make_cloze(fact(sentence, "Maria Lopez", FactKind.PERSON))
    assert card is not None and needs_the_article(card) is not alone


@pytest.mark.parametrize(("sentence", "answer", "made"), [
    # a question states no fact: a columnist's rhetorical one, an interviewer's
    ("Is Maria Lopez worried because the council is checking whether she took $100,000 from the builders?",
     "$100,000", False),
    ("“Do you think this is punishment for what happened in Lyon?”", "Lyon", False),
    ("Maria Lopez asked whether the bridge in Lyon would open.", "Lyon", True),  # a reported question is a statement
])
def test_a_question_sentence_makes_no_cloze(sentence, answer, made):
    kind = FactKind.AMOUNT if answer.startswith("$") else FactKind.PLACE
    assert (make_cloze(fact(sentence, answer, kind)) is not None) is made


def test_answer_visible_elsewhere_makes_no_cloze():
    assert make_cloze(fact("Lyon fans cheered as the team from Lyon won.", "Lyon", FactKind.PLACE)) is None


def test_no_duplicate_cards_and_unique_keys():
    facts = [
        fact("Maria Lopez opened the bridge.", "Maria Lopez"),
        fact("Maria Lopez opened the bridge.", "Maria Lopez"),
        fact("Later Maria Lopez opened the bridge again.", "Maria Lopez", index=1),
    ]
    questions = generate_questions(facts)
    assert len(questions) == 2
    assert len({q.key for q in questions}) == 2


def test_quiz_takes_the_best_question_of_each_sentence_in_article_order():
    from dataclasses import replace

    sentence = "Maria Lopez opened the bridge in Lyon."
    low = replace(make_cloze(fact(sentence, "Lyon", FactKind.PLACE)), score=0.2)
    high = replace(make_cloze(fact(sentence, "Maria Lopez")), score=0.9)
    other = replace(make_cloze(fact("The bridge cost $4 million.", "$4 million", FactKind.AMOUNT, index=1)), score=0.5)
    assert pick_for_quiz([other, low, high]) == [high, other]
    assert pick_for_quiz([other, low, high], limit=1) == [high]


def test_who_said_names_the_full_speaker():
    sentence = "“The port will reopen soon, before the summer season starts,” Lopez said."
    quote = fact(sentence, "Lopez", FactKind.QUOTE)
    from dataclasses import replace

    quote = replace(quote, topic="The port will reopen soon, before the summer season starts,", canonical="Maria Lopez")
    question = make_who_said(quote)
    assert question is not None
    assert question.prompt == "Who said: “The port will reopen soon, before the summer season starts”?"
    assert question.answer == "Maria Lopez" and question.kind is QuestionKind.SHORT_ANSWER


@pytest.mark.parametrize("words, shown", [
    # a quotation ending in one of its own drops the comma that led back into the narration (a blind rater: "the
    # quotation ends in a stray comma")
    ("There is an old saying, 'get back on the horse that threw you,'", "“There is an old saying, 'get back on the "
                                                                       "horse that threw you'”"),
    ("The port will reopen soon, before the summer season starts,", "“The port will reopen soon, before the summer "
                                                                    "season starts”"),
    # a page that lost the closing mark runs the narration into the quote (set-V raters: "the quote runs on into the
    # article's own reporting", "trim ' He added' from the quote")
    ("The port has lost three ships this year, because the pilots left. He added", "“The port has lost three ships "
                                                                                  "this year, because the pilots "
                                                                                  "left”"),
    ("The port will reopen before the summer season, on time. She said that the quay would open too.",
     "“The port will reopen before the summer season, on time”"),
    # the first sentence is the speaker's, whatever it opens with
    ("They told us the port would reopen before the summer season, on time.", "“They told us the port would reopen "
                                                                               "before the summer season, on time.”"),
    # a quotation of its own that opens the quote and never closes (a set-V rater: "stray apostrophe")
    ("'We are hoping to reopen the port before the summer season", "“We are hoping to reopen the port before the "
                                                                    "summer season”"),
    ("'Get back on the horse,' is what I told the pilots before the summer", "“'Get back on the horse,' is what I "
                                                                              "told the pilots before the summer”"),
    # a quotation of its own that the quote leaves open is closed at its end (its closing mark went with the outer
    # one; set-AC and tune raters: "the inner quotation mark is never closed")
    ("I don’t know that I ever told the pilots the word ‘failed", "“I don’t know that I ever told the pilots the "
                                                                   "word ‘failed’”"),
    ("The pilot grabbed my arm and I flinched and thought: 'What is happening?", "“The pilot grabbed my arm and I "
                                                                                 "flinched and thought: 'What is "
                                                                                 "happening?'”"),
    ("The pilots’ union will not let the port reopen before the summer", "“The pilots’ union will not let the port "
                                                                          "reopen before the summer”"),
    # … not a mark that stands for what was left out ("in '94", "'cause")
    ("There have been lots of highs, winning the cup in '94 and beating Lusk in '93", "“There have been lots of "
                                                                                      "highs, winning the cup in '94 "
                                                                                      "and beating Lusk in '93”"),
    ("The script is quite dense but also very mysterious 'cause there is not a lot about his past",
     "“The script is quite dense but also very mysterious 'cause there is not a lot about his past”"),
])
def test_who_said_shows_the_quotation_as_its_speaker_said_it(words, shown):
    from dataclasses import replace

    sentence = f"“{words}” Maria Lopez said on the quay."
    quote = replace(fact(sentence, "Maria Lopez", FactKind.QUOTE), topic=words, canonical="Maria Lopez")
    assert make_who_said(quote).prompt == f"Who said: {shown}?"


@pytest.mark.parametrize("words, asked", [
    # a quote cut at a mark inside it ends on "the" (a set-AA card: "… as the youngest MP, he was the", rated bad:
    # "cut off mid-sentence")
    ("When I was first elected to the council as its youngest member, he was the", False),
    ("When I was first elected to the council as its youngest member, he was kind", True),
    ("We will reopen the port before the summer season under Plan A", True),  # a name's letter
])
def test_who_said_never_quotes_words_cut_on_an_article(words, asked):
    from dataclasses import replace

    sentence = f"“{words}” Maria Lopez said on the quay."
    quote = replace(fact(sentence, "Maria Lopez", FactKind.QUOTE), topic=words, canonical="Maria Lopez")
    assert (make_who_said(quote) is not None) is asked


@pytest.mark.parametrize("words, asked", [
    ("unlikely and illogical", False),
    ("The port will reopen soon,", False),
    ("The port will reopen before the summer season,", True),  # eight words: a quote only its speaker said
])
def test_who_said_needs_a_quote_long_enough_to_be_one_persons(words, asked):
    from dataclasses import replace

    sentence = f"“{words}” Maria Lopez said on the quay."
    quote = replace(fact(sentence, "Maria Lopez", FactKind.QUOTE), topic=words, canonical="Maria Lopez")
    assert (make_who_said(quote) is not None) is asked


@pytest.mark.parametrize("words, asked", [
    # a page that lost a closing mark runs the narration's attribution into the quote: not the speaker's words
    ("The port was the first to ask for this inquiry. It will reopen in May, he said. But the quay stays shut",
     False),
    ("The port was the first to ask for this inquiry. It will reopen in May, and the quay stays shut", True),
])
def test_who_said_on_a_quote_holding_its_attribution_is_not_asked(words, asked):
    from dataclasses import replace

    sentence = f"Maria Lopez said: “{words}.”"
    quote = replace(fact(sentence, "Maria Lopez", FactKind.QUOTE), topic=words, canonical="Maria Lopez")
    assert (make_who_said(quote) is not None) is asked


@pytest.mark.parametrize("words, body, asked", [
    # blind raters: "'new to Sheffield' gives the answer away"
    ("This is hard for those who are new to Velmford and starting university,", "Velmford University", False),
    ("This is hard for those who are new to Velmford and starting university,", "University of Velmford", False),
    ("This is hard for those who are new to the city and starting university,", "Velmford University", True),
    ("The University will do everything it can to keep students safe,", "Velmford University", True),  # its kind
])
def test_who_said_for_a_body_whose_name_the_quote_shows_is_not_asked(words, body, asked):
    from dataclasses import replace

    sentence = f"“{words}” {body} said in a statement."
    quote = replace(fact(sentence, body, FactKind.QUOTE), topic=words, label="ORG")
    assert (make_who_said(quote) is not None) is asked


@pytest.mark.parametrize("words, asked", [
    # the quote names the speaker by surname: half the answer, and the words are often a spokesperson's (set AC: "Which
    # U.S. President said: “Mr. Trump denies each and every statement …”?", rated bad twice: "wrong … a giveaway")
    ("Mr. Lopez denies each and every statement made about the port and the quay", False),
    ("I deny each and every statement made about the port and the quay by the Lopez-Reyes family", True),
    ("I deny each and every statement made about the port and the quay by the union", True),
])
def test_who_said_on_a_quote_naming_the_speaker_is_not_asked(words, asked):
    from dataclasses import replace

    sentence = f"“{words}” Maria Lopez said on the quay."
    quote = replace(fact(sentence, "Maria Lopez", FactKind.QUOTE), topic=words, canonical="Maria Lopez")
    assert (make_who_said(quote) is not None) is asked


_LONG_FIRST = ("We believe that justice has been served in this case and that the court weighed every part of the "
               "evidence it heard with great care")  # 24 words
_LONG_REST = ("And we are thankful for the work of the officers who found him. We hope the family will find some "
              "peace in knowing that he will never be able to harm another child in the town again")  # 35 words
_LONGEST = ("Although the harbour is busier than it has been in many years, it is not yet safe for the larger ships "
            "that the port hopes to bring back, and part of the problem is that the channel silts up faster than the "
            "dredgers can clear it every winter")  # 46 words
_INITIALED = ("Although the harbour is busier than it has been in years, the engineer Tom J. Reed says it is not yet "
              "safe for the larger ships that the port hopes to bring back, and part of the problem is that the "
              "channel silts up faster than the dredgers can clear it")
_TITLED = ("Although the harbour is busier than it has been in years, the U.S. Coast Guard and Sen. Rusk say it is not "
           "yet safe for the larger ships that the port hopes to bring back, and part of the problem is that the "
           "channel silts up faster than the dredgers can clear it")


@pytest.mark.parametrize("words, shown", [
    # whole sentences within 45 words, not the first and last 22 joined by "…" (tune raters: "the ellipsis joins two
    # sentences in mid-clause"; "trim it to its first sentence")
    (f"{_LONG_FIRST}. {_LONG_REST}", f"{_LONG_FIRST}. And we are thankful for the work of the officers who found him"),
    (f"{_LONGEST}. {_LONG_REST}", _LONGEST),  # a first sentence over 45 words is shown whole up to 60
    (f"{_TITLED}. {_LONG_REST}", _TITLED),  # "U.S." and "Sen." end no sentence
    (f"{_INITIALED}. {_LONG_REST}", _INITIALED),  # nor does a middle initial
    # a first sentence too short to be one person's words: the first and last words, as before
    (f"That is right. {_LONGEST}", "That is right. Although the harbour is busier than it has been in many years, it "
     "is not yet safe for the … bring back, and part of the problem is that the channel silts up faster than the "
     "dredgers can clear it every winter"),
])
def test_a_long_quote_is_cut_at_a_sentence_end(words, shown):
    from dataclasses import replace

    sentence = f"“{words},” Maria Lopez said on the quay."
    quote = replace(fact(sentence, "Maria Lopez", FactKind.QUOTE), topic=words + ",", canonical="Maria Lopez")
    assert make_who_said(quote).prompt == f"Who said: “{shown}”?"


def test_definition_both_ways():
    sentence = "The army tested the Zircon, a hypersonic cruise missile, in June."
    from dataclasses import replace

    definition = replace(fact(sentence, "hypersonic cruise missile", FactKind.DEFINITION), topic="Zircon")
    forward, *reverse = make_definitions(definition)
    assert (forward.prompt, forward.answer) == ("What is the Zircon?", "hypersonic cruise missile")
    assert reverse == []  # no parse to ask it by: never "… mentioned in the article?"
    bare = replace(fact("Measles, a viral disease, spread fast.", "viral disease", FactKind.DEFINITION), topic="Measles")
    assert make_definitions(bare)[0].prompt == "What is Measles?"


@pytest.mark.parametrize("text, term, forward, reverse", [
    # the term is the sentence's subject: the reverse asks the definition by what the sentence says it did
    ("The Corvid-7, a solar-powered drone, was tested over the Alps in May 2019.", "Corvid-7",
     "What is the Corvid-7?", "Which solar-powered drone was tested over the Alps in May 2019?"),
    ("Vesta Medical, a startup in Basel, licensed the patent from Odo Kellan in 2015.", "Vesta Medical",
     "What is Vesta Medical?", "Which startup in Basel licensed the patent from Odo Kellan in 2015?"),
    # the term is no subject: no reverse card ("What is the name of the … mentioned in the article?" was rejected)
    ("He identified the launcher as related to the Kestrel-9, a short-range cruise missile that Norland claims can "
     "carry a warhead.", "Kestrel-9", "What is the Kestrel-9?", None),
])
def test_the_reverse_definition_asks_what_the_sentence_says_of_its_term(nlp, text, term, forward, reverse):
    from quizgen.facts.extract import extract_facts

    (definition,) = [f for f in extract_facts(nlp(text)) if f.kind is FactKind.DEFINITION and f.topic == term]
    made = {q.key.split("|")[0]: q.prompt for q in make_definitions(definition)}
    assert made.get("definition") == forward and made.get("definition_reverse") == reverse


def test_a_definition_card_that_shows_its_answer_is_left_out():
    sentence = "The pact created NATO, an alliance of twelve NATO states, in 1949."
    definition = replace(fact(sentence, "an alliance of twelve NATO states", FactKind.DEFINITION), topic="NATO")
    (forward,) = make_definitions(definition)  # the reverse would ask "the name of the … NATO states …": NATO
    assert (forward.prompt, forward.answer) == ("What is NATO?", "an alliance of twelve NATO states")


_BRIDGE = "the new bridge over the river would open in the spring of 2025"


def _titled_quote(speaker: str, words: list[tuple[str, str, str, int]]):
    """A quote fact of "<words> said <_BRIDGE>." with the parse written by hand: (text, pos, dep, head) a word."""
    from quizgen.nlp.parse import SentenceParse, Tok

    tokens, idx = [], 0
    for i, (text, pos, dep, head) in enumerate(words):
        tokens.append(Tok(i, text, " ", "", pos, pos, dep, head, idx))
        idx += len(text) + 1
    sentence = " ".join(w[0] for w in words) + f" {_BRIDGE}."
    return replace(fact(sentence, speaker, FactKind.QUOTE), topic=_BRIDGE, canonical=speaker,
                   parse=SentenceParse(tuple(tokens)))


def test_a_speaker_title_may_open_with_an_adjective():
    from quizgen.nlp.parse import SentenceParse
    from quizgen.questions.candidates import speaker_title

    quote = _titled_quote("Gordon Mackenzie", [
        ("Local", "ADJ", "amod", 1), ("councillor", "NOUN", "compound", 3), ("Gordon", "PROPN", "compound", 3),
        ("Mackenzie", "PROPN", "nsubj", 4), ("said", "VERB", "ROOT", 4)])
    tokens = list(quote.parse.tokens)
    assert speaker_title(quote) == "local councillor"
    assert make_who_said(quote).prompt == f"Which local councillor said: “{_BRIDGE}”?"
    # an adjective of a people or place keeps its capital: "Which Velmish prime minister", not "velmish"
    named = [replace(tokens[0], text="Velmish", ent_type="NORP")] + tokens[1:]
    assert speaker_title(replace(quote, parse=SentenceParse(tuple(named)))) == "Velmish councillor"
    tokens[0] = replace(tokens[0], dep="nsubj", head=4)  # an adjective that is not part of the title
    assert speaker_title(replace(quote, parse=SentenceParse(tuple(tokens)))) == ""


def test_a_speaker_title_is_written_as_the_sentence_writes_it(nlp):
    """"Ex-Labour leader Ada Quill said …": a hyphen keeps its words together (a set-P card asked "Which ex - Labour
    leader said …?", rated fixable for the spacing)."""
    from quizgen.facts.extract import extract_facts

    (found,) = [f for f in extract_facts(nlp("Ex-Labour leader Ada Quill said: “The Lusk harbour wall will cost "
                                             "$40 million to rebuild after the winter storms.”"))
                if f.kind is FactKind.QUOTE]
    assert make_who_said(found).prompt.startswith("Which ex-Labour leader said: “")


def test_a_speaker_title_leaves_out_the_connective_that_opens_its_sentence():
    """"Earlier Foreign Secretary Tom Vell said …", "Earlier" read as the name's adjective: a tune card asked "Which
    earlier Foreign Secretary said …?" (a rater: "suggests a former Foreign Secretary")."""
    from quizgen.questions.candidates import speaker_title

    quote = _titled_quote("Tom Vell", [
        ("Earlier", "ADJ", "amod", 4), ("Foreign", "PROPN", "compound", 2), ("Secretary", "PROPN", "compound", 4),
        ("Tom", "PROPN", "compound", 4), ("Vell", "PROPN", "nsubj", 5), ("said", "VERB", "ROOT", 5)])
    assert speaker_title(quote) == "Foreign Secretary"


def test_a_speaker_title_cut_from_a_name_or_naming_no_body_is_no_title():
    """"All Greens captain …": half a name; "Party leader …": a body's kind capitalised as the sentence's first word
    (set-V cards asked "Which Blacks captain said", "Which Party leader said")."""
    from quizgen.questions.candidates import speaker_title

    cut = _titled_quote("Tom Vell", [
        ("All", "DET", "det", 1), ("Greens", "PROPN", "compound", 2), ("captain", "NOUN", "compound", 4),
        ("Tom", "PROPN", "compound", 4), ("Vell", "PROPN", "nsubj", 5), ("said", "VERB", "ROOT", 5)])
    assert speaker_title(cut) == ""
    whole = _titled_quote("Tom Vell", [
        ("Velm", "PROPN", "compound", 1), ("Greens", "PROPN", "compound", 2), ("captain", "NOUN", "compound", 4),
        ("Tom", "PROPN", "compound", 4), ("Vell", "PROPN", "nsubj", 5), ("said", "VERB", "ROOT", 5)])
    assert speaker_title(whole) == "Velm Greens captain"
    bare = _titled_quote("Tom Vell", [
        ("Party", "PROPN", "compound", 1), ("leader", "NOUN", "compound", 3), ("Tom", "PROPN", "compound", 3),
        ("Vell", "PROPN", "nsubj", 4), ("said", "VERB", "ROOT", 4)])
    assert speaker_title(bare) == ""


def test_role_both_ways_only_when_the_role_is_specific():
    from dataclasses import replace

    sentence = "Ana Ruiz, spokesperson for the Spanish Navy, confirmed the visit."
    role = replace(fact(sentence, "spokesperson for the Spanish Navy", FactKind.ROLE), topic="Ana Ruiz")
    forward, reverse = make_roles(role)
    assert (forward.prompt, forward.answer) == ("Who is Ana Ruiz?", "spokesperson for the Spanish Navy")
    assert (reverse.prompt, reverse.answer) == ("Who is the spokesperson for the Spanish Navy?", "Ana Ruiz")
    vague = replace(fact("Leader Kim Ho met the press.", "Leader", FactKind.ROLE), topic="Kim Ho")
    assert make_roles(vague) == []
    general = replace(fact("Party chairman Kim Ho met the press.", "Party chairman", FactKind.ROLE), topic="Kim Ho")
    assert [q.prompt for q in make_roles(general)] == ["Who is Kim Ho?"]
    # a name that opens on "The" is a programme's or a paper's, no one's role
    sentence = "The Harbour Hour, a Velm Radio and Norland TV co-production, aired the debate."
    show = replace(fact(sentence, "a Velm Radio and Norland TV co-production", FactKind.ROLE), topic="The Harbour Hour")
    assert make_roles(show) == []


def _article_facts():
    sentences = [
        ("The museum opened in Lisbon in June 2019.", [("Lisbon", FactKind.PLACE), ("June 2019", FactKind.DATE)]),
        ("The director, Ana Ruiz, hired 40 guides.", [("Ana Ruiz", FactKind.PERSON), ("40", FactKind.COUNT)]),
        ("Visitors from Madrid and Porto arrived in March 2020.", [("Madrid", FactKind.PLACE),
                                                                   ("March 2020", FactKind.DATE)]),
        ("Director Carlos Mendes and director Rita Gomes praised the building.", [("Carlos Mendes", FactKind.PERSON),
                                                                                  ("Rita Gomes", FactKind.PERSON)]),
        ("Director Paulo Sousa designed the garden.", [("Paulo Sousa", FactKind.PERSON)]),
    ]
    out = []
    for index, (sentence, items) in enumerate(sentences):
        for answer, kind in items:
            out.append(fact(sentence, answer, kind, index=index, anchor=f"a{index}"))
    return out


def test_multiple_choice_has_three_sound_distractors_in_a_seeded_order():
    facts = _article_facts()
    base = make_cloze(facts[2])  # Ana Ruiz
    first = make_multiple_choice(base, facts)
    assert first is not None and first.kind is QuestionKind.MULTIPLE_CHOICE
    assert len(first.choices) == 4 and len(set(first.choices)) == 4 and base.answer in first.choices
    assert set(first.choices) - {"Ana Ruiz"} <= {"Carlos Mendes", "Rita Gomes", "Paulo Sousa"}
    assert make_multiple_choice(base, facts) == first  # reproducible


def test_number_and_date_distractors_keep_the_answer_form():
    facts = _article_facts()
    count = make_multiple_choice(make_cloze(facts[3]), facts)
    assert count is not None
    assert all(c.isdigit() and c != "40" for c in count.choices if c != "40")
    date = make_multiple_choice(make_cloze(facts[1]), facts)
    assert date is not None
    assert all(re.fullmatch(r"[A-Z][a-z]+ \d{4}", c) for c in date.choices), date.choices
    assert "June 2019" in date.choices


def test_distractor_true_in_the_same_sentence_is_refused():
    from quizgen.questions.distractors import choose_distractors

    facts = _article_facts() + [fact("Director Lena Ortiz painted the hall.", "Lena Ortiz", index=9, anchor="a9")]
    carlos = next(f for f in facts if f.answer == "Carlos Mendes")
    # "Carlos Mendes and Rita Gomes praised the building": Rita Gomes is also a right answer
    for salt in ("", "a", "b", "c", "d", "e", "f", "g"):
        assert sorted(choose_distractors(carlos, "Carlos Mendes", facts, salt=salt) or ["none found"]) == [
            "Ana Ruiz", "Lena Ortiz", "Paulo Sousa"]
    question = make_multiple_choice(make_cloze(carlos), facts)
    assert question is not None and "Rita Gomes" not in question.choices


def test_true_false_statement_swaps_one_fact_or_keeps_the_sentence():
    facts = _article_facts()
    answers = []
    for f in facts:
        base = make_cloze(f)
        if base is None:
            continue
        for statement in make_true_false(base, facts):
            assert statement.choices == ("True", "False")
            answers.append(statement.answer)
            if statement.answer == "True":
                assert statement.prompt == f.sentence
            else:
                assert statement.prompt != f.sentence and f.answer not in statement.prompt
    assert "True" in answers and "False" in answers


def test_quiz_alternates_true_and_false():
    facts = _article_facts()
    statements = [q for q in candidate_questions(facts) if q.kind is QuestionKind.TRUE_FALSE]
    picked = [q.answer for q in pick_for_quiz(statements)]
    assert len(picked) >= 3 and picked.count("True") - picked.count("False") in (-1, 0, 1)


def test_deck_has_one_question_per_fact_and_prefers_real_questions():
    facts = _article_facts()
    candidates = candidate_questions(facts)
    deck = generate_questions(facts)
    assert len({q.fact.key for q in deck}) == len(deck) >= 5
    assert all(q.kind is not QuestionKind.TRUE_FALSE for q in deck)
    assert len(candidates) > len(deck)


def test_deck_caps_cards_per_answer_and_asks_each_answer_once_per_sentence():
    from dataclasses import replace as swap

    from quizgen.questions.ranking import MAX_CARDS_PER_ANSWER, deck_selection

    sentences = [f"Norland signed treaty number {n} with its neighbours." for n in range(6)]
    facts = [fact(s, "Norland", FactKind.PLACE, index=i, anchor=f"a{i}") for i, s in enumerate(sentences)]
    others = [fact(f"The port opened in {1990 + n}.", str(1990 + n), FactKind.DATE, index=6 + n, anchor=f"b{n}")
              for n in range(14)]  # Norland in 6 of 20 sentences: named often, not what the article is about
    deck = deck_selection(candidate_questions(facts + others))
    assert sum(q.answer == "Norland" for q in deck) == MAX_CARDS_PER_ANSWER
    short = swap(fact("Kim opened the port.", "Kim"), canonical="Kim Ho")
    cloze = make_cloze(short)
    longer = swap(cloze, answer="Kim Ho", blank=None, prompt="Who opened the port?", family="wh", key="wh|x")
    assert len(deck_selection([cloze, longer])) == 1


def test_the_article_subject_gets_one_card():
    from quizgen.questions.distractors import ArticleFacts
    from quizgen.questions.ranking import article_subjects, deck_selection

    sentences = [f"Norland signed treaty number {n} with its neighbours." for n in range(6)]
    facts = [fact(s, "Norland", FactKind.PLACE, index=i, anchor=f"a{i}") for i, s in enumerate(sentences)]
    others = [fact(f"The port opened in {1990 + n}.", str(1990 + n), FactKind.DATE, index=6 + n, anchor=f"b{n}")
              for n in range(6)]  # Norland in 6 of 12 sentences: what the article is about
    assert article_subjects(ArticleFacts(facts + others)) == {"norland"}
    deck = deck_selection(candidate_questions(facts + others))
    assert sum(q.answer == "Norland" for q in deck) == 1
    assert sum(q.fact.kind is FactKind.DATE for q in deck) == 6
    assert article_subjects(ArticleFacts(facts[:3] + others[:3])) == set()  # too few sentences to call anything the subject


def test_the_article_subject_is_read_from_all_its_facts_not_only_the_asked_ones():
    from quizgen.questions.distractors import ArticleFacts
    from quizgen.questions.ranking import article_subjects, deck_selection

    sentences = [f"Norland signed treaty number {n} with its neighbours." for n in range(6)]
    facts = [fact(s, "Norland", FactKind.PLACE, index=i, anchor=f"a{i}") for i, s in enumerate(sentences)]
    others = [fact(f"The port opened in {1990 + n}.", str(1990 + n), FactKind.DATE, index=6 + n, anchor=f"b{n}")
              for n in range(6)]
    article = ArticleFacts(facts + others)  # Norland in 6 of 12 sentences: the article's subject
    asked = facts[:3] + others  # only three of them give cards (say the others were not worth asking)
    assert article_subjects(article) == {"norland"} and article_subjects(ArticleFacts(asked)) == set()
    deck = deck_selection(candidate_questions(asked, pending=True), article)
    assert sum(q.answer == "Norland" for q in deck) == 1
    assert sum(q.fact.kind is FactKind.DATE for q in deck) == 6


def test_a_person_s_quote_and_what_the_person_did_are_two_facts_of_one_answer():
    """A who-said card and a fill-in whose blank is the same person in what they did each take the person's answer
    once (set AX: a match report's lead lost its place to the beaten player's quote); a second deed card does not."""
    from quizgen.questions.ranking import _Budget, deck_selection
    from tests.factory import cloze, short_answer

    said = replace(short_answer("Who said: “My left knee gave way in the second set, so I served underarm until the "
                                "pain eased”?", "Ines Vell", "“My left knee gave way in the second set, so I served "
                                "underarm until the pain eased,” Ines Vell said.", 2), family="who_said")
    deed = cloze("Ines Vell came back from a set down to beat Ada Brun and win the Velm Open title.", "Ines Vell", 0)
    again = cloze("Ines Vell also won the Velm Open title in 2021 and now holds seven major titles.", "Ines Vell", 3)
    deck = deck_selection([said, deed, again], ArticleFacts([said.fact, deed.fact, again.fact]), 10)
    assert sorted((q.family, q.fact.sentence_index) for q in deck) == [("cloze", 0), ("who_said", 2)]
    budget = _Budget(10)  # offered alike, the second deed card still finds the answer taken
    assert [budget.offer(q, 0.6) for q in (said, deed, again)] == [True, True, False]


def test_quiz_mixes_kinds_and_respects_the_limit():
    facts = _article_facts()
    candidates = candidate_questions(facts)
    quiz = pick_for_quiz(candidates, limit=4)
    assert len(quiz) == 4
    assert len({q.kind for q in quiz}) >= 2
    assert len({q.fact.sentence_index for q in quiz}) == 4

def test_a_marked_insertion_is_not_a_pronoun():
    sentence = "[Anna Berg] opened the bridge in Lyon."
    assert stands_alone(sentence)
    assert not stands_alone("She opened the bridge in Lyon.")
    question = make_cloze(fact(sentence, "Anna Berg"))
    assert question is not None and question.visible_prompt() == "[_____] opened the bridge in Lyon."


def test_place_distractors_fit_the_article_before_the_slot():
    from quizgen.questions.distractors import choose_distractors, takes_the

    assert takes_the("US") and takes_the("United Kingdom") and takes_the("Philippines")
    assert not takes_the("Japan") and not takes_the("South Korea")
    sentences = ["Talks with Japan began in Oslo.", "The treaty was signed by the US in Geneva.",
                 "Delegates from Canada, Peru and Chile arrived.", "The UK and Kenya joined later."]
    facts = []
    for index, sentence in enumerate(sentences):
        for name in ("Japan", "US", "Canada", "Peru", "Chile", "UK", "Kenya"):
            if name in sentence.replace("UK", "UK "):
                facts.append(fact(sentence, name, FactKind.PLACE, index=index, anchor=f"a{index}{name}"))
    japan = next(f for f in facts if f.answer == "Japan")
    us = next(f for f in facts if f.answer == "US")
    wrong_for_japan = choose_distractors(japan, "Japan", facts)
    assert wrong_for_japan is not None and not any(takes_the(w) for w in wrong_for_japan)
    # "by the _____": no country near the US is written with "the", so no options rather than "the Mexico"
    assert choose_distractors(us, "US", facts) is None
    bare = fact("The treaty was signed by America in Geneva.", "America", FactKind.PLACE, index=9, anchor="a9")
    wrong = set(choose_distractors(bare, "America", [*facts, bare]) or ())
    # a major power acting: the article's near Canada or another major power, never Mexico or Cuba (issue 15)
    assert len(wrong) == 3 and wrong <= {"Canada", "China", "Russia", "United Kingdom", "France", "Germany", "Japan",
                                         "India"}, wrong


def test_a_bare_title_makes_no_cloze():
    assert make_cloze(fact("The visit was led by minister Ana Ruiz.", "minister", FactKind.ROLE)) is None
    # an abbreviated title before a name: "threatening to kill _____ Ilhan Omar" → "U.S. Rep." (a fresh page)
    assert make_cloze(fact("A man threatened to kill U.S. Rep. Ana Ruiz.", "U.S. Rep.", FactKind.ROLE)) is None
    assert make_cloze(fact("Ana Ruiz, spokesperson for the navy, spoke.", "spokesperson for the navy", FactKind.ROLE))


def test_vague_times_are_not_asked():
    from dataclasses import replace as swap

    from quizgen.questions.candidates import worth_asking

    for vague in ("a year", "this year", "every day", "last week", "yesterday", "years", "a year earlier"):
        assert not worth_asking(fact(f"Flights rose {vague}.", vague, FactKind.DATE))
    assert worth_asking(fact("Flights rose in March 2024.", "March 2024", FactKind.DATE))
    resolved = swap(fact("Flights rose yesterday.", "yesterday", FactKind.DATE), canonical="yesterday (4 May 2024)")
    assert worth_asking(resolved)
    assert candidate_questions([fact("Flights rose this year.", "this year", FactKind.DATE)]) == []


def test_pending_variants_are_settled_only_when_picked_and_pick_the_same():
    import pytest

    from quizgen.questions.distractors import ArticleFacts
    from quizgen.questions.candidates import settle
    from quizgen.questions.ranking import deck_selection

    facts = _article_facts()
    article = ArticleFacts(facts)
    eager, lazy = candidate_questions(facts), candidate_questions(facts, pending=True)
    pending = [q for q in lazy if q.pending]
    assert pending and all(q.kind in (QuestionKind.MULTIPLE_CHOICE, QuestionKind.TRUE_FALSE) for q in pending)
    assert not any(q.pending for q in eager)
    settled = [s for s in (settle(q, article) for q in lazy) if s is not None]
    assert sorted(settled, key=lambda q: q.key) == sorted(eager, key=lambda q: q.key)  # same questions, same choices
    assert deck_selection(lazy, article) == deck_selection(eager)
    quiz = pick_for_quiz(lazy, 4, article)
    assert len(quiz) == 4 and not any(q.pending for q in quiz)
    with pytest.raises(ValueError, match="pending"):
        pick_for_quiz(lazy, 4)


def test_vague_counts_and_spans_are_not_asked():
    from quizgen.questions.candidates import worth_asking

    assert not worth_asking(fact("Dozens of trucks were shown.", "Dozens", FactKind.COUNT))
    assert not worth_asking(fact("It tested a bomb over a decade ago.", "over a decade ago", FactKind.DATE))
    assert worth_asking(fact("It showed 250 launchers.", "250", FactKind.COUNT))
    assert worth_asking(fact("It tested a bomb in 2006.", "2006", FactKind.DATE))


def test_answers_cut_through_a_quotation_or_bracket_are_not_asked():
    from quizgen.questions.candidates import worth_asking

    assert not worth_asking(fact('It sits on the Pacific "Ring of Fire" belt.', 'Pacific "Ring of Fire', FactKind.PLACE))
    assert not worth_asking(fact("The agency (IAEA said so.", "agency (IAEA", FactKind.ORGANIZATION))
    assert worth_asking(fact('It sits on the Pacific "Ring of Fire" belt.', 'Pacific "Ring of Fire"', FactKind.PLACE))


@pytest.mark.parametrize("sentence, answer, kind, worth", [
    ("The phone runs on 3G and 4G networks.", "3", FactKind.COUNT, False),  # "3" of "3G"
    ("The group bought the Tharp-Sontheimer funeral home.", "Tharp", FactKind.ORGANIZATION, False),
    ("He wrote for the weekly Payam-e-Afghan in Kabul.", "Afghan", FactKind.PLACE, False),
    ("The vote was 9-1 in favour.", "9", FactKind.COUNT, False),
    ("Sales rose 20% in 2014.", "20%", FactKind.AMOUNT, True),
    ("The phone runs on 3 networks.", "3", FactKind.COUNT, True),
    ("Broad’s lawyers filed in Boston.", "Boston", FactKind.PLACE, True),
    ("The U.S.-led coalition struck Raqqa.", "Raqqa", FactKind.PLACE, True),
    ("Construction is a more than $7 billion-a-year industry.", "$7 billion", FactKind.AMOUNT, True),
    ("He stepped down in May - weeks after the clash.", "May - weeks", FactKind.DATE, False),  # run across a dash
    ("The talks ran from May - June 2014 in Geneva.", "May - June 2014", FactKind.DATE, True),
])
def test_an_answer_cut_from_a_longer_word_or_run_past_a_dash_is_not_asked(sentence, answer, kind, worth):
    from quizgen.questions.candidates import worth_asking

    assert worth_asking(fact(sentence, answer, kind)) is worth


@pytest.mark.parametrize("sentence, answer, asked", [
    # a fresh page's rater: "it blanks half of a show title ('Everybody _____')"
    ("From Velm Street to Dunford Nights, from Everybody Loves Raymond to Everybody Hates Chris, most sitcoms share "
     "a recipe.", "Hates Chris", False),
    ("Velm Times columnist Tobias Wrenn visited Velmland in 2014.", "Tobias Wrenn", True),  # no title: a name's word
    ("The film stars Tobias Wrenn as a moral businessman in 1981.", "Tobias Wrenn", True),  # a verb in lower case
    ("Tobias Wrenn wrote about the Velm strike in 2014.", "Tobias Wrenn", True),  # the sentence's first word
])
def test_an_answer_cut_from_a_title_in_capitals_is_not_asked(nlp, sentence, answer, asked):
    from quizgen.facts.extract import extract_facts
    from quizgen.questions.candidates import worth_asking

    facts = [f for f in extract_facts(nlp(sentence)) if f.answer == answer]
    assert facts
    assert worth_asking(facts[0]) is asked


@pytest.mark.parametrize("sentence, answer, asked", [
    # set-V raters: "the blank cuts a film title in half", "'UK' gives away half the party's name"
    ("Anna Berg paid tribute to Million Dollar Baby director and co-star Tom Lind.", "Million Dollar", False),
    ("Mr Lind, who recently quit the UK Independence Party, said the country was changing.", "Independence Party",
     False),
    ("Mr Lind, who recently quit the UK Freedom Party, said the country was changing.", "UK Freedom Party", True),
    ("Prime Minister Tom Lind said the country was changing.", "Tom Lind", True),  # a person's title is no name
    ("Anna Berg flew to Paris Orly airport.", "Paris", True),  # a lower-case noun after it
    ("Former welfare minister Tom Lind MP criticised the plan.", "Tom Lind", True),  # the letters after a name
    # the model's name stops two words short: its words share their head (set AH: "[...] Suu Kyi" → "Aung San", bad)
    ("The vote was close, while the party’s leader Min Aung Hlaing Kyaw voiced doubts about the ferry report.",
     "Min Aung", False),
    # a title runs into its holder's name (identity.py: role cards lost)
    ("Velmland's Chief Medical Officer Professor Anna Berg said the whole point of the video is to shock.",
     "Chief Medical Officer", True),
])
def test_an_answer_cut_from_a_longer_name_is_not_asked(nlp, sentence, answer, asked):
    from quizgen.facts.extract import extract_facts
    from quizgen.questions.candidates import worth_asking

    facts = [f for f in extract_facts(nlp(sentence)) if f.answer == answer]
    assert facts
    assert worth_asking(facts[0]) is asked


@pytest.mark.parametrize("kind, answer, canonical, worth", [
    (FactKind.DATE, "Sunday", "", False),  # a weekday with no article date says nothing on its own
    (FactKind.DATE, "Sunday", "Sunday (4 August 2024)", True),
    (FactKind.DATE, "the week", "", False),
    (FactKind.DATE, "June", "", True),
    (FactKind.DATE, "2018", "", True),
    (FactKind.PERSON, "Fran", "", False),  # one name only
    (FactKind.PERSON, "Kim", "Kim Jong Un", True),
    (FactKind.PERSON, "Joseph Dempsey", "", True),
])
def test_answers_worth_asking(kind, answer, canonical, worth):
    from dataclasses import replace

    from quizgen.questions.candidates import worth_asking

    sentence = f"The report named {answer} in its summary of the talks."
    made = replace(fact(sentence, answer, kind, index=5), canonical=canonical)  # past the lead
    assert worth_asking(made) is worth


@pytest.mark.parametrize("sentence, answer, kind, index, worth", [
    ("In a noisy ceremony on Sunday night, crowds watched the new ferry launched.", "Sunday night", FactKind.TIME, 2,
     True),  # the lead's weekday dates the article's own news
    ("Dock workers walked out on Friday over the new rotas.", "Friday", FactKind.DATE, 0, True),
    ("Dock workers walked out on Friday over the new rotas.", "on Friday", FactKind.DATE, 1, True),
    ("In a noisy ceremony on Sunday night, crowds watched the new ferry launched.", "Sunday night", FactKind.TIME, 3,
     False),  # a later paragraph's weekday: a minor event's day
    ("Dock workers walked out this week over the new rotas.", "this week", FactKind.DATE, 0, False),  # no day at all
    ("Dock workers walked out every Friday over the new rotas.", "every Friday", FactKind.DATE, 0, False),
])
def test_the_leads_weekday_is_worth_asking(sentence, answer, kind, index, worth):
    from quizgen.questions.candidates import worth_asking

    assert worth_asking(fact(sentence, answer, kind, index=index)) is worth


@pytest.mark.parametrize("role, asked", [
    ("spokesperson for the Spanish Navy", True),  # 5 words: a role a learner can give back
    ("deputy head of research at the Institute for Naval Studies", False),  # 10 words: nobody recalls it
])
def test_no_card_hides_more_words_than_a_learner_can_recall(role, asked):
    from dataclasses import replace

    sentence = f"Ana Ruiz, {role}, confirmed the visit."
    fact_ = replace(fact(sentence, role, FactKind.ROLE), topic="Ana Ruiz")
    hiding_role = [q for q in candidate_questions([fact_]) if q.answer == role]
    assert bool(hiding_role) is asked
    # the other way round the answer is a name, always short enough: the card stays
    assert any(q.answer == "Ana Ruiz" for q in candidate_questions([fact_])) is (len(role.split()) >= 3)


@pytest.mark.parametrize("prompt, answer, gives_away", [
    ("The _____ (PPP) won the vote in Sindh.", "Pakistan Peoples Party", True),
    ("The _____ won the vote in Sindh.", "Pakistan Peoples Party", False),
    ("Calm came after _____ (DEA) officials arrested him.", "United States Drug Enforcement Agency", True),
    ("Calm came after _____ officials arrested him in the DR.", "United States Drug Enforcement Agency", False),
    ("_____ spoke in Boston, MA, on Friday.", "Jose Maria Aznar", False),
    ("Inspectors of the International Atomic Energy Agency visited _____ in May.", "IAEA", True),
    ("Which agency did the International Atomic Energy Agency inspectors visit?", "Natanz", False),
    ("The _____ said the International Atomic Energy Agency had no access.", "IAEA", True),
    ("The _____ said the Organization of the Petroleum Exporting Countries would cut output.", "OPEC", True),
    ("The _____ said the US would cut output.", "OPEC", False),
    # a decade by a year of it (a fresh page's rater: "'in 1996' in the same sentence makes 'the 1990s' obvious")
    ("By _____, the tariff won support, when the Velm Council backed it in 1996.", "the 1990s", True),
    ("By _____, the tariff won support, when the Velm Council backed it in 2004.", "the 1990s", False),
    ("By _____, the tariff had cost 1,996 jobs.", "the 1990s", False),  # a count, not a year
    ("In _____ the tariff won support, as it had in 1974.", "1970s", True),
    ("In _____ the tariff won support, as it had in 1974.", "1976", False),  # a year, not a decade
])
def test_an_answer_shown_under_another_name_gives_itself_away(prompt, answer, gives_away):
    from quizgen.questions.candidates import shows_another_form

    assert shows_another_form(prompt, answer) is gives_away


def test_no_card_whose_prompt_shows_the_answer_s_initials():
    sentence = "The Pakistan Peoples Party (PPP) won 84 seats in Sindh in 2024."
    party = fact(sentence, "Pakistan Peoples Party", FactKind.ORGANIZATION)
    seats = fact(sentence, "84", FactKind.COUNT)
    answers = {q.answer for q in candidate_questions([party, seats])}
    assert "Pakistan Peoples Party" not in answers and "84" in answers


def test_no_card_on_a_decade_whose_year_the_sentence_shows():
    sentence = "By the 1990s, the tariff had won support in politics, when the Velm Council argued in 1996 it worked."
    decade = fact(sentence, "the 1990s", FactKind.DATE)
    year = fact(sentence, "1996", FactKind.DATE)
    prompts = {q.answer: q.visible_prompt() for q in candidate_questions([decade, year])}
    assert "1996" in prompts
    assert "the 1990s" not in prompts or "1996" not in prompts["the 1990s"]


@pytest.mark.parametrize(("role", "reverse"), [
    ("spokesperson for the Spanish Navy", "Who is the spokesperson for the Spanish Navy?"),
    ("director of the city museum", "Who is the director of the city museum?"),
    ("professor at Lisbon University", "Who is the professor at Lisbon University?"),
    ("a minister in the government", "Who is a minister in the government?"),  # its own article kept
    ("the head of the port", "Who is the head of the port?"),
    ("an adviser to the mayor", None),  # "to": not one of the words that make a role specific
    ("senior party official", None),  # three words, nothing that makes it one person's
    ("Velmco's head of consumer services", "Who is Velmco's head of consumer services?"),  # no "the Velmco's"
    ("former director of the city museum", None),  # a post held before has had many holders
])
def test_a_role_is_asked_back_only_when_it_names_one_post(role, reverse):
    sentence = f"Ana Ruiz, {role}, confirmed the visit."
    fact_ = replace(fact(sentence, role, FactKind.ROLE), topic="Ana Ruiz")
    questions = make_roles(fact_)
    assert [(q.prompt, q.answer, q.key, q.family) for q in questions] == [
        ("Who is Ana Ruiz?", role, f"role|{fact_.key}", "role"),
        *([(reverse, "Ana Ruiz", f"role_reverse|{fact_.key}", "role")] if reverse else [])]


@pytest.mark.parametrize(("role", "asked"), [
    # a stance is no post (set AH: "longtime opponent of Arctic drilling", "the answer leaves out his actual role";
    # set AG: "Donald Trump critic", "a label, not his role")
    ("longtime opponent of ferry fees", False),
    ("Velm harbour critic", False),
    ("director of the city museum", True),
    ("supervisor of the ferry fleet", True),  # a post whose word is no stance
])
def test_a_stance_is_no_role_to_ask(role, asked):
    sentence = f"Ana Ruiz, {role}, confirmed the visit."
    fact_ = replace(fact(sentence, role, FactKind.ROLE), topic="Ana Ruiz")
    assert bool(make_roles(fact_)) is asked


def test_who_said_needs_a_quote_and_its_words():
    sentence = "“The port will reopen to ships before the summer,” Lopez said."
    quote = replace(fact(sentence, "Lopez", FactKind.QUOTE), topic="The port will reopen to ships before the summer,",
                    canonical="Maria Lopez")
    assert make_who_said(quote).family == "who_said"
    assert make_who_said(replace(quote, topic=" ")) is None  # no words to quote
    assert make_who_said(replace(quote, kind=FactKind.PERSON)) is None  # a person named, not quoted


def test_the_same_key_is_numbered_from_two():
    question = make_cloze(fact("Maria Lopez opened the bridge.", "Maria Lopez"))
    keys = [q.key for q in _unique_keys([question, question, question, replace(question, key="other")])]
    assert keys == [question.key, f"{question.key}#2", f"{question.key}#3", "other"]


def test_a_question_without_a_blank_has_no_parts_but_its_prompt():
    sentence = "“The port will reopen to ships before the summer,” Lopez said."
    question = make_who_said(replace(fact(sentence, "Lopez", FactKind.QUOTE),
                                     topic="The port will reopen to ships before the summer,", canonical="Maria Lopez"))
    assert question.blank is None and question.parts() == (question.prompt, "", "")


def test_a_true_false_answer_is_not_its_fact_answer():
    """A statement's answer is "True" or "False": the fact it swaps is not an answer of the deck's cards."""
    sentence = "Ships from Kiel arrive twice a week."
    cloze_ = make_cloze(fact(sentence, "Kiel", FactKind.PLACE))
    statement = replace(cloze_, kind=QuestionKind.TRUE_FALSE, answer="True", blank=None, choices=("True", "False"))
    assert _answer_forms(statement) == {"true"}
    assert _answer_forms(replace(cloze_, fact=replace(cloze_.fact, canonical="Kiel Harbour"))) == {"kiel",
                                                                                                   "kiel harbour"}


def test_the_kinds_take_turns_in_the_order_of_their_best_question():
    from tests.factory import cloze as cloze_of, multiple_choice

    mc = [multiple_choice(f"Who opened harbour {n}?", "Anna Berg", ("Kari Nordmann", "Ola Nordmann", "Erna Solberg"),
                          f"Anna Berg opened harbour {n}.", n, score=s) for n, s in ((0, 0.9), (1, 0.1))]
    clozes = [cloze_of(f"Harbour {n} opened in {1990 + n}.", f"{1990 + n}", n, score=s) for n, s in ((2, 0.5), (3, 0.45))]
    assert quiz_selection(mc + clozes, limit=1) == [mc[0]]
    assert [q.kind for q in quiz_selection(clozes + mc, limit=2)] == [QuestionKind.MULTIPLE_CHOICE, QuestionKind.CLOZE]


@pytest.mark.parametrize(("words", "extra", "answer_words", "penalty"), [
    (10, "", 2, 0.0),
    (5, "", 2, 0.0),  # five words: not short
    (4, "", 2, 0.1),  # too short to read as a question
    (LONG_PROMPT, "", 2, 0.0),
    (LONG_PROMPT + 3, "", 2, 0.03),  # a hundredth a word past the limit
    (10, " (sic)", 2, 0.05), (10, " [sic]", 2, 0.05), (10, " …", 2, 0.05),  # brackets and cuts read badly
    (10, "", 9, 0.1),  # an answer too long to recall
])
def test_hard_to_read_prompts_rank_lower(words, extra, answer_words, penalty):
    from tests.factory import short_answer

    answer = " ".join(["Berg"] * answer_words)
    prompt = " ".join(["word"] * (words - 1) + ["end?"]) + extra
    question = short_answer(prompt, answer, f"{answer} opened the harbour.", 0)
    assert _score(question) == pytest.approx(FAMILY_WEIGHT["wh"] - penalty)


def test_true_false_and_multiple_choice_come_only_from_their_bases():
    sentence = "The army tested the Zircon, a hypersonic cruise missile, in June."
    definition = make_definitions(replace(fact(sentence, "hypersonic cruise missile", FactKind.DEFINITION),
                                          topic="Zircon"))[0]
    role = make_roles(replace(fact("Ana Ruiz, spokesperson for the Spanish Navy, came.",
                                   "spokesperson for the Spanish Navy", FactKind.ROLE), topic="Ana Ruiz"))[0]
    assert make_multiple_choice(definition, [definition.fact], pending=True) is None
    assert make_multiple_choice(role, [role.fact], pending=True) is None
    base = make_cloze(fact("Maria Lopez opened the bridge in Lyon.", "Lyon", FactKind.PLACE))
    choice = make_multiple_choice(base, [base.fact], pending=True)
    assert choice is not None and choice.blank == base.blank
    assert make_true_false(choice, [base.fact]) == []  # a multiple-choice question with a blank is no cloze
    assert make_true_false(replace(base, blank=None), [base.fact]) == []


def test_settled_questions_are_no_longer_pending_and_numbered_keys_shuffle_alike():
    facts = _article_facts()
    base = make_cloze(facts[1])  # "June 2019"
    choice = make_multiple_choice(base, facts, pending=True)
    first = settle(choice, ArticleFacts(facts))
    assert first is not None and first.pending is False
    again = settle(replace(choice, key=f"{choice.key}#2"), ArticleFacts(facts))
    assert again.choices == first.choices  # a numbered duplicate keeps its base's order


def test_a_false_statement_swaps_the_fact_after_a_dropped_connective():
    facts = _article_facts()
    sentence = "However, visitors from Madrid arrived in March 2020."
    madrid = fact(sentence, "Madrid", FactKind.PLACE, index=7, anchor="a7")
    cloze_ = make_cloze(madrid)
    assert cloze_ is not None and not cloze_.prompt.startswith("However")  # the connective is dropped
    false = settle(make_true_false(cloze_, pending=True)[1], ArticleFacts(facts + [madrid]))
    assert false is not None
    swapped = re.fullmatch(r"Visitors from (.+) arrived in March 2020\.", false.prompt)
    assert swapped and swapped.group(1) != "Madrid", false.prompt


@pytest.mark.parametrize("sentence, prompt", [
    ("“The harbour will reopen before the summer season starts,” port authority spokesman Lars Holm said.",
     "Which port authority spokesman said: “The harbour will reopen before the summer season starts”?"),
    ("City councillor Anna Berg said: “The council will rebuild the old bridge before the winter comes.”",
     "Which city councillor said: “The council will rebuild the old bridge before the winter comes”?"),
    # an abbreviated title spelled out (a set-AB rater on "Which Chief Supt said": "clumsy jargon")
    ("Chief Supt Anna Berg said: “The council will rebuild the old bridge before the winter comes.”",
     "Which chief superintendent said: “The council will rebuild the old bridge before the winter comes”?"),
    # one word is no title to ask by ("Which spokesman …?" could be anyone's), a form of address is none at all
    ("“The harbour will reopen before the summer season starts,” spokesman Lars Holm said.",
     "Who said: “The harbour will reopen before the summer season starts”?"),
    ("“The harbour will reopen before the summer season starts,” Mr Lars Holm said.",
     "Who said: “The harbour will reopen before the summer season starts”?"),
    # a title cut by a possessive keeps "Who"
    ("“The harbour will reopen before the summer season starts,” Bergen Port Authority's spokesman Lars Holm said.",
     "Who said: “The harbour will reopen before the summer season starts”?"),
])
def test_who_said_asks_by_the_speakers_title(nlp, sentence, prompt):
    from quizgen.facts.extract import extract_facts

    (quote,) = [f for f in extract_facts(nlp(sentence)) if f.kind is FactKind.QUOTE]
    assert make_who_said(quote).prompt == prompt



@pytest.mark.parametrize("sentence, answer, blank", [
    # a measure beside its conversion gives itself away (a fresh page: "(88.5 kph) converts straight to 55 mph")
    ("Gusts of 55 mph (88.5 kph) hit Dunford on Tuesday.", "55 mph", False),
    ("Gusts of 55 mph (88.5 kph) hit Dunford on Tuesday.", "88.5", False),
    ("The Velm Volt can go 39 miles (63 kilometers) on battery power alone.", "63 kilometers", False),
    ("Dunford paid $3 million (£2.4 million) for the new bridge.", "$3 million", False),
    ("Velm Steel hired 300 workers (about 10% of the town) in 2019.", "about 10%", True),  # no conversion
    # a unit hyphened on, after a scale word (set AH: "the 1.5 million-acre (_____-hectare) area", bad: "worked out
    # from the acres")
    ("Dunford sold leases in the 2.2 million-acre (890,000-hectare) Velm basin.", "the 2.2 million-acre", False),
    ("Dunford sold leases in the 2.2 million-acre (890,000-hectare) Velm basin.", "890,000", False),
    ("Dunford sold leases on 2.2 million acres (890,000 hectares) of the Velm basin.", "2.2 million acres", False),
    ("Al Vann starred in 12 Cold Rooms (1957) and then left Velm.", "1957", True),  # a title is no measure
])
def test_no_blank_beside_its_own_conversion(sentence, answer, blank):
    f = fact(sentence, answer, FactKind.AMOUNT)
    assert (make_cloze(f) is not None) is blank


@pytest.mark.parametrize("sentence, answer, blank", [
    # another name for the answer beside it gives it away (set AH: "visiting _____, also known as Burma", bad)
    ("The envoy avoided the word when she toured Velmland, also known as Old Dunmark, in May.", "Velmland", False),
    ("The envoy avoided the word when she toured Velmland, also known as Old Dunmark, in May.", "Old Dunmark", False),
    ("The council kept the Harbour Fund, commonly called the Quill plan, until 2019.", "Quill plan", False),
    ("The envoy avoided the word when she toured Velmland, which she called a friend, in May.", "Velmland", True),
    # a description known by the name is no other name for it
    ("The council set up a harbour review, known as the Quill Inquiry, in 2019.", "Quill Inquiry", True),
])
def test_no_blank_beside_another_name_for_it(sentence, answer, blank):
    f = fact(sentence, answer, FactKind.PLACE)
    assert (make_cloze(f) is not None) is blank


def test_a_pen_name_gives_no_persons_name_away():
    f = fact("The Harbour Ghost, otherwise known as Ada Quill, wrote the blog for two years.", "Ada Quill",
             FactKind.PERSON)
    assert make_cloze(f) is not None



@pytest.mark.parametrize("prompt, answer, shown", [
    ("[Joseph Dempsey] identified the launcher as related to the Hwasong-11D.", "Hwasong-11D",
     "Joseph Dempsey identified the launcher as related to the _____."),
    ("“I agree,” [Margaret Thatcher] said in 1986.", "Margaret Thatcher", "“I agree,” _____ said in 1986."),
    # a closing mark before the blank: the insertion after it is narration, not quotation
    ('"It is scare talk from Paul Ryan," [Roosevelt] said in 2010.', "Paul Ryan",
     '"It is scare talk from _____," Roosevelt said in 2010.'),
    ("“[Judy Avalos] said they argued,” Robert Cornett wrote in 2015.", "Robert Cornett",
     "“[Judy Avalos] said they argued,” _____ wrote in 2015."),
])
def test_a_card_shows_quizgens_insertions_plainly_outside_quotations(prompt, answer, shown):
    start = prompt.index(answer)
    fact = Fact(kind=FactKind.PERSON, answer=answer, sentence=prompt, start=start, end=start + len(answer),
                sentence_index=0)
    question = Question(QuestionKind.CLOZE, prompt, answer, fact, "k", blank=(start, start + len(answer)))
    assert question.shown_prompt() == shown
    before, hidden, after = question.shown_parts()
    assert before + "_____" + after == shown and hidden == answer
