"""Fill-in forms blind raters seldom kept stay out of the deck and the printed quiz (``weak_forms``): each case fails
with its rule taken out of ``ranking._HOLDING_RULES``."""

from __future__ import annotations

from dataclasses import replace

import pytest

from quizgen.facts.model import FactKind
from quizgen.questions.model import QuestionKind
from quizgen.questions.ranking import held_back
from tests.factory import cloze


def _options(question, *wrong: str):
    return replace(question, kind=QuestionKind.MULTIPLE_CHOICE, family="mc_cloze", key="mc|" + question.key,
                   choices=(question.answer, *wrong))


@pytest.mark.parametrize("sentence, answer, kind, options, held", [
    # the speaker of a quotation, with no name in the narration to tell them by
    ("“We will rebuild the harbour wall before the winter storms,” Dara Quill said.", "Dara Quill",
     FactKind.QUOTE, (), True),
    ("“We will rebuild the harbour wall before the winter storms,” Lusk harbour master Dara Quill said.",
     "Dara Quill", FactKind.QUOTE, (), False),
    # what an apposition says something is
    ("Velmar, the island's only shipyard, closed its gates in 2019 after a century of work.",
     "island's only shipyard", FactKind.DEFINITION, (), True),
    ("Velmar, the island's only shipyard, closed its gates in 2019 after a century of work.", "2019",
     FactKind.DATE, (), False),
    # options on a name; on an amount they stay
    ("The ferry line was bought by Northwind Shipping after a long auction in Brindmouth.", "Northwind Shipping",
     FactKind.ORGANIZATION, ("Lusk Ferries", "Harbour Lines"), True),
    ("The ferry line was bought by Tomas Vell after a long auction in Brindmouth.", "Tomas Vell",
     FactKind.PERSON, ("Dara Quill", "Ana Brett"), True),
    ("The ferry line was bought for $40 million after a long auction in Brindmouth.", "$40 million",
     FactKind.AMOUNT, ("$20 million", "$60 million"), False),
    ("The ferry line was bought by Northwind Shipping after a long auction in Brindmouth.", "Northwind Shipping",
     FactKind.ORGANIZATION, (), False),
    # a blank on a name of one word: the article's own subject, a household name or a word taken for a name
    ("The ferry line was bought by Northwind after a long auction in Brindmouth.", "Northwind",
     FactKind.ORGANIZATION, (), True),
    ("In each case, Governor Vell tied himself to the outcome of the Brindmouth auction.", "Vell",
     FactKind.PERSON, (), True),
    ("The ferry line was bought after a long auction in Brindmouth.", "Brindmouth", FactKind.PLACE, (), False),
    # a blank inside a quotation: with options it stays, and so does a blank in the narration
    ("“The ferry line will cost us $40 million before the winter,” Dara Quill said in Brindmouth.", "$40 million",
     FactKind.AMOUNT, (), True),
    ("“The ferry line will cost us $40 million before the winter,” Dara Quill said in Brindmouth.", "$40 million",
     FactKind.AMOUNT, ("$20 million", "$60 million"), False),
    ("Dara Quill said the ferry line would cost “more than we planned” and named $40 million.", "$40 million",
     FactKind.AMOUNT, (), False),
])
def test_a_weak_fill_in_form_is_held_back(sentence, answer, kind, options, held):
    question = cloze(sentence, answer, 3, kind=kind)
    if options:
        question = _options(question, *options)
    assert held_back(question) is held
