"""Nouns a card's story line names. Every card shows the line of its story under the question ('From “Doctors offer
free flu shots to detained migrants” (CNN, 9 November 2019)'), and blind raters read it as the card's context
("neither the prompt nor the title names Afghanistan"): under that headline, "The doctors said …" says which doctors.
A bare "the + noun" whose noun the headline holds is clear on such a card, so long as the card shows the headline
(``story_line.headline_hidden`` holds back one that cannot: its headline would give the answer away, or the card is
too long to show it).
"""

from __future__ import annotations

import re
from functools import lru_cache

_HEADLINE = re.compile(r"^From “(?P<headline>.*)”")
_WORD = re.compile(r"[A-Za-z][a-z’'-]*")


def noun_key(word: str) -> str:
    """A noun as a key its singular and plural share ("doctors" and "doctor")."""
    word = word.lower().rstrip("’'")
    return word[:-1] if word.endswith("s") and len(word) > 3 else word


@lru_cache(maxsize=256)  # one story line per article, asked of each of its facts' descriptions
def story_nouns(story: str) -> frozenset[str]:
    """The keys of the words of the line's headline ("" or no headline: none)."""
    found = _HEADLINE.match(story)
    if not found:
        return frozenset()
    return frozenset(noun_key(word) for word in _WORD.findall(found.group("headline")))


def in_story(noun: str, story: str) -> bool:
    """Whether the story line's headline holds ``noun`` (as itself or its singular or plural)."""
    return bool(story) and noun_key(noun) in story_nouns(story)
