"""``shared_words``, the title's words a sentence shares, skips reading a sentence holding none of them: the same
set as ``words & content_words(text)``."""

from __future__ import annotations

import pytest

from quizgen.questions.key_facts import content_words, headline, shared_words

TITLE = "NASA’s budget: Congress gives $18 billion to 2015 walls - Telegraph"


@pytest.mark.parametrize("text", [
    "NASA will receive $18 billion for 2015.",
    "The agency's walls were received by the Congress’s staff.",
    "Nothing here is about it.",
    "",
    "BUDGETS and budgeting: nasa's 18 billion, 2015-16.",
])
def test_shared_words_match_content_words(text: str) -> None:
    words = content_words(headline(TITLE))
    assert shared_words(words, text) == words & content_words(text)
