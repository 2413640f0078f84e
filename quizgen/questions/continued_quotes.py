""""Scotland's First Minister Nicola Sturgeon said: “Our first thoughts … family." goes on in its next sentence ("I
wish them a speedy recovery.”): the speaker's first sentence is whole, and only its closing mark is missing. A card
closes it (blind raters: "fixable: add the closing quotation mark") instead of leaving the sentence out."""

from __future__ import annotations

import re

MIN_QUOTED_WORDS = 3
# the speaker's narration, then "said:" or "said," and the opening mark; the quoted words end the sentence
_INTRODUCED = re.compile(r"\S.*?[:,]\s*([“\"])(?P<quoted>[^“”\"]+?[.!?])\s*$", re.DOTALL)


def continued_quote(sentence: str) -> str:
    """The closing mark the sentence's last quotation lacks when it goes on past the sentence (“ → ”, " → "), or ""
    when its quotations are balanced or it is cut some other way (a quotation opening the sentence has no speaker
    before it; a word or two in quotation marks is a phrase, not a remark)."""
    curly_open, curly_close, straight = sentence.count("“"), sentence.count("”"), sentence.count('"')
    if curly_open == curly_close + 1 and straight % 2 == 0:
        mark, closing = "“", "”"
    elif straight % 2 == 1 and curly_open == curly_close:
        mark, closing = '"', '"'
    else:
        return ""
    match = _INTRODUCED.match(sentence)
    if match is None or match.start(1) != sentence.rfind(mark):
        return ""
    if len(match.group("quoted").split()) < MIN_QUOTED_WORDS:
        return ""
    return closing


def closed(text: str) -> str:
    """``text`` with the closing mark its continued quotation lacks (``continued_quote``), else unchanged."""
    closing = continued_quote(text)
    return text.rstrip() + closing if closing else text
