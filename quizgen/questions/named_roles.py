"""A person a card names without saying who they are gets the role the article gives them: "P.J. Crowley added:
“…”" → "P.J. Crowley, State Department spokesman, added: “…”" (blind raters: "the speaker has no role"; "a student
cannot tell Crowley from Gibbs").

Only the card's own words (narration, not a quotation, not the answer) and only a full name the article gives a
role of two words or more (``standing_alone.speaker_kinds``); the first mention, when nothing already stands beside
it: no title before it ("Alabama coach Nick Saban"), no aside after it ("Hoenig, who …", "Addiego (R-Burlington)"),
no possessive ("Hoenig's speech"). A role that holds a word of the answer would give it away, so it is not added.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import replace
from types import MappingProxyType

from quizgen.facts.appositives import title_or_modifier
from quizgen.facts.lexicon import lexicon
from quizgen.facts.person_nouns import person_noun
from quizgen.questions.model import Question
from quizgen.questions.wh import inside_quote
from quizgen.text import CAPITALISED_WORD, normalize

# families whose prompt is the card's own sentence or a question made from it (who-said and role cards already
# name the speaker's role, or ask it)
_FAMILIES = frozenset({"cloze", "mc_cloze", "wh", "mc_wh"})
# words that may stand right before a name a role has not yet introduced ("said Tom Berg", "and Tom Berg")
_BEFORE = frozenset("""said says told added and or but by with to from for of that when as according while after
before because if where wrote asked on in at than since then also like including whom who""".split())
_WORD = re.compile(r"[a-z0-9]+")
# " and " between two capitalised words whose name runs on to the role's end or to a preposition is inside that name
# ("Center for Strategic and International Studies"), no join of two roles ("grandson of Tomas Vell and Velm Party
# member": a second role)
_AND = re.compile(r"(\S+) and (?=(\S+))")
_NAME_RUNS_ON = re.compile(r"(?:(?:[A-Z][\w.&’'-]*|of|for|&)\s*)+(?:$|(?:in|at|of|for|with|on|from|and)\b|[,(])")
_REFLEXIVE = re.compile(r" (?:himself|herself|themselves|itself)\b")
# "vice president of technology and manufacturing (at …)": after the title's "of", an "and" joining a bare noun, or
# two ("director of the law and technology programme at …"), that ends the phrase joins two fields of one post, not a
# second role (set-R and set-Y raters on roles cut there: "cut short", "cut off and reads as garbled")
_ONE_FIELD = re.compile(r"(?:[a-z][a-z-]*\s+)?([a-z][a-z-]*)(?:$|\s+(?:at|of|for|in|with)\s|,)")
_NONE: Mapping[str, str] = MappingProxyType({})
# the body a role's phrase ends on: "at Velm Electronics", "at Bank of Dunford Kvam" (its small words inside it)
_BODY_AT_END = re.compile(r"\s(?:at|of|for|with)\s+(?:the\s+)?[A-Z][\w.&’'-]*(?:\s+(?:of|for|and|&|the|[A-Z][\w.&’'-]*))*$")
_AFTER_TITLE = re.compile(r"\s(?:of|for|at|in|with|to|from|on)\s")  # where a title ends and its owner's phrase begins


def post_of(role: str) -> str:
    """The title of a role, before its owner's phrase ("longtime opponent of Arctic drilling" → "longtime opponent")."""
    return _AFTER_TITLE.split(role, maxsplit=1)[0]


def short_role(kind: str, fields: bool = True) -> str:
    """The part of a role a card reads after a name or a "Which": its first part before "and" ("grandson of FDR and
    DNC member": raters, "reads badly"); "" for one that opens on a possessive ("Fed's longest-serving policymaker":
    no "Which Fed's …", and no article to read it after a name). A possessive in the phrase after the title is the
    owner's own ("spokesperson for South Korea's Joint Chiefs of Staff"). Without ``fields`` every "and" after the
    title but one inside a name cuts: a role the card can only read shorter."""
    join = next((m for m in _AND.finditer(kind) if not _joins_within(kind, m, fields)), None)
    role = kind[:join.end(1)] if join else kind
    title = post_of(role)
    if role != kind and not person_noun(title.split()[-1].lower()):
        # "senior vp partnerships and revenue at Ubisoft": one title whose "and" joins two of its nouns (a blind rater
        # read "Which senior vp partnerships said" as cut off)
        role, title = kind, post_of(kind)
    if role != kind and post_of(role) == role and not CAPITALISED_WORD.search(role) \
            and (body := _BODY_AT_END.search(kind, len(role))) is not None:
        # "vice president and research fellow … at Velm Electronics": the body the whole phrase ends on is a bare
        # title's too (stop-111 raters on "Which vice president said": "vague; Which Velm Electronics vice president")
        role = f"{role} {body.group(0).strip()}"
    return "" if "'s " in title or "’s " in title else role


def spelled_out(role: str) -> str:
    """A role with its abbreviated titles spelled out, in lower case with the title words before them: "State Sen."
    → "state senator", "Lt. Gov." → "lieutenant governor" ("Republican Sen.": a name or party keeps its capital)."""
    table: dict[str, str] = lexicon()["title_abbreviations"]
    words = role.split()
    spelled = [i for i, w in enumerate(words) if w.lower() in table]
    if not spelled:
        return role
    titles = title_or_modifier()
    for at in spelled:
        words[at] = table[words[at].lower()]
        i = at - 1
        while i >= 0 and words[i].lower() in titles:
            words[i] = words[i].lower()
            i -= 1
    return " ".join(words)


def _joins_within(kind: str, join: re.Match[str], fields: bool) -> bool:
    """Whether an "and" joins two parts of one name ("Center for Strategic and Velm Studies") or, with ``fields``, two
    fields of one post after its title ("vice president of technology and manufacturing"), not two roles."""
    if join.group(1)[:1].isupper() and join.group(2)[:1].isupper() and _NAME_RUNS_ON.match(kind, join.end()):
        return True
    if not (fields and join.group(1).islower() and _AFTER_TITLE.search(kind[:join.start()] + " ") is not None):
        return False
    field = _ONE_FIELD.match(kind, join.end())
    return field is not None and not person_noun(field.group(1))  # "… and professor at Yale": a second post


def with_roles(question: Question, kinds: dict[str, str], articles: Mapping[str, str] = _NONE) -> Question:
    """``question`` with the role of the first person its prompt names bare, or unchanged; ``articles``: the article
    the text writes before a person's role ("a", "the"), by name."""
    if question.family not in _FAMILIES or not kinds:
        return question
    prompt = question.prompt
    if not any(name in prompt for name in kinds):
        return question  # most prompts name none of the article's people: nothing to sort or read
    blank = question.blank
    answer = set(_WORD.findall(normalize(question.answer)))
    for name in sorted(kinds, key=len, reverse=True):
        if name not in prompt or len(name.split()) < 2:
            continue
        role = short_role(kinds[name])
        if not role:
            continue
        if answer & set(_WORD.findall(normalize(role))) or role.lower() in prompt.lower():
            continue
        for match in re.finditer(re.escape(name), prompt):
            start, end = match.span()
            if end < len(prompt) and prompt[end] == "]":
                end += 1  # "[John Boehner] told …": a name put in for a pronoun
            if inside_quote(prompt, start) or (blank and start < blank[1] and end > blank[0]):
                continue
            if not _bare(prompt, start, end) or _modifies_a_noun(question, name, prompt, end):
                break  # its first mention already says who, or is a possessive: leave the card as it is
            at = end
            added = f", {_with_article(role, articles.get(name, ''))},"
            if blank and blank[0] >= at:
                blank = (blank[0] + len(added), blank[1] + len(added))
            return replace(question, prompt=prompt[:at] + added + prompt[at:], blank=blank)
    return question


# a role that names one of a kind by rank needs its "the" beside a name ("Gordon Sondland, the most anticipated
# witness, …"; a rater: "'most anticipated witness' is missing 'the'"), unlike a title ("Tim Clark, Emirates President")
_RANKED = re.compile(r"^(?:most|least|first|last|only|best|worst|(?:long|old|young|larg|bigg|high|great)est)\b",
                     re.IGNORECASE)


def _with_article(role: str, article: str) -> str:
    """The role as it reads between commas after a name: with the article the text gave it ("Sky Plus, the market
    leader, …", "Ada Brun, a key influence on Velm policy, …"; set-BA raters on both without it: "missing an
    article"), else a ranked one's "the"; a title the text wrote bare stays bare ("Tim Clark, Emirates President")."""
    if article:
        return f"{article} {role}"
    return f"the {role}" if _RANKED.match(role) else role


_NEXT_WORD = re.compile(r" ([A-Za-z][\w-]*)")


def _modifies_a_noun(question: Question, name: str, prompt: str, end: int) -> bool:
    """Whether the name at ``end`` of ``prompt`` stands before a noun it modifies, as the sentence reads it: "Clinton
    supporters", "Trump aides" (set AL: "financed by Hillary Clinton, Democratic candidate, supporters")."""
    after, parse = _NEXT_WORD.match(prompt, end), question.fact.parse
    if after is None or parse is None:
        return False
    last, noun, tokens = name.split()[-1], after.group(1), parse.tokens
    # a token may hold the whole name the rewriter put in ("Hillary Clinton"): its last word is the name's
    return any(tok.text.rpartition(" ")[2] == last and tok.dep == "compound" and tok.head == nxt.i
               and nxt.text == noun and nxt.pos == "NOUN" for tok, nxt in zip(tokens, tokens[1:]))


def _bare(prompt: str, start: int, end: int) -> bool:
    """Nothing stands beside the name at ``[start, end)`` that already says who it is."""
    after = prompt[end:end + 5]
    if re.match(r" (?:and|or) ", after) or re.search(r"[A-Z][\w.’']*(?:,| and| or)\s*\[?$", prompt[:start]):
        return False  # one of a list of names ("Saban, Urban Meyer and Jim Tressel"): a role would split it
    if not after or after[0] in ",(—–-" or after.startswith(("'s", "’s", "' ", "’ ")) or after[0] in ".;:?!":
        return False  # "Tom Berg, who …", "(R-Burlington)", "Berg's", or the sentence's end
    if not after.startswith(" ") or _REFLEXIVE.match(prompt, end):
        return False  # "Jennifer Pluznick herself was shocked": a role between them reads badly (raters: clumsy)
    before = prompt[:start].rstrip(" [")
    if not before:
        return True
    if before[-1] in ",;:(“\"—–":
        return True
    word = before.split()[-1]
    return word.lower() in _BEFORE
