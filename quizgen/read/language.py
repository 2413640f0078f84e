"""Which language an article is written in, told by CLD2 (``pycld2``: its model is compiled in, so it answers the
same every run and loads nothing at run time)."""

from __future__ import annotations

from dataclasses import dataclass

MIN_CHARACTERS = 200  # shorter texts are not judged: too little to be sure
MIN_PERCENT = 70  # the share of the text the top language must hold


@dataclass(frozen=True)
class Language:
    code: str  # ISO 639-1, e.g. "fr"
    name: str  # e.g. "French"


def detect_language(text: str) -> Language | None:
    """The article's language when CLD2 is confident about a long enough text, else None."""
    if len(text) < MIN_CHARACTERS:
        return None
    import pycld2

    try:
        reliable, _, ((name, code, percent, _score), *_rest) = pycld2.detect(text)
    except pycld2.error:  # text CLD2 cannot read (stray surrogates): not judged
        return None
    if not reliable or percent < MIN_PERCENT or code in ("un", "xx"):
        return None
    return Language(code=code, name=name.title())
