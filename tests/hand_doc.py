"""Docs made by hand, with the tags and tree a test needs and no model: rule tests that run in milliseconds."""

from __future__ import annotations

from functools import cache

from spacy.tokens import Doc


@cache
def _vocab():
    import spacy

    return spacy.blank("en").vocab


def hand_doc(text: str, pos: str = "", tags: str = "", deps: str = "", heads: list[int] | None = None,
             ents: list[str] | None = None) -> Doc:
    """A doc of ``text``'s space-separated words; ``pos``, ``tags`` and ``deps`` as space-separated tags (one per word),
    ``heads`` as absolute token indices, ``ents`` as IOB tags ("B-PERSON", "I-PERSON", "O"). A sentence ends at each " . "."""
    words = text.split()
    attrs: dict = {}
    if pos:
        attrs["pos"] = pos.split()
    if tags:
        attrs["tags"] = tags.split()
    if deps:
        attrs["deps"] = deps.split()
        attrs["heads"] = heads if heads is not None else list(range(len(words)))
    if ents:
        attrs["ents"] = ents
    spaces = [i + 1 < len(words) and words[i + 1] not in (",", ".", "’s") for i in range(len(words))]
    return Doc(_vocab(), words=words, spaces=spaces, sent_starts=[i == 0 or words[i - 1] == "." for i in range(len(words))], **attrs)
