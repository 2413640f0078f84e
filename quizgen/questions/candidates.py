"""Every question the facts support (cloze, wh, who-said, definition, role, multiple choice, true/false), as
plain frozen data with no format syntax (that lives in the exporters)."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import replace

from quizgen.facts.appositives import (bounded_role, bounds_in_time, names_no_body, opens_a_name, post_nominal,
                                       title_words)
from quizgen.facts.counts import WEEKDAY
from quizgen.facts.model import Fact, FactKind
from quizgen.facts.names import acronym_of
from quizgen.facts.person_nouns import person_noun
from quizgen.nlp.parse import Tok, phrase_head
from quizgen.questions.answer_types import NUMBER_WORDS, abbreviates, date_form, may_abbreviate, parties_in
from quizgen.questions.attribution import credited_elsewhere
from quizgen.questions.continued_quotes import closed, continued_quote
from quizgen.questions.dates import span
from quizgen.questions.distractors import ArticleFacts, choose_distractors, rng_for
from quizgen.questions.features import LEAD_SENTENCES, SPEECH_QUESTION
from quizgen.questions.model import WH_FAMILIES, Question, QuestionKind
from quizgen.questions.named_roles import post_of, spelled_out
from quizgen.questions.offices import names_the_office
from quizgen.questions.polities import names_it_again
from quizgen.questions.prompt_names import names_a_part
from quizgen.questions.owned_roles import make_owned_role
from quizgen.questions.relative_who import make_relative_who
from quizgen.questions.shape import ends_after_conjunction, is_abbreviation, is_question
from quizgen.questions.standalone import (UNASKABLE, drop_connective, needs_context, needs_the_article,
                                          unbalanced_quotes)
from quizgen.questions.tidy import (TICKER, an_before_vowel_number, in_before_a_time_of_year, said_not_added,
                                    set_off_as_of, opening_connective, unbracketed_dates)
from quizgen.questions.trim import aside_tokens, without
from quizgen.questions.wh import keeps_capital, wh_question
from quizgen.text import CAPITALISED_WORD, YEAR_IN, contains_word, normalize


def shown_answer(fact: Fact) -> str:
    """The answer as a card shows it: a person's full name when the sentence uses a short one."""
    return fact.canonical if fact.canonical and fact.kind is FactKind.PERSON else fact.answer


def _gives_away(prompt: str, *answers: str) -> bool:
    return any(a and contains_word(prompt, a) for a in answers)


_NAME_SUFFIXES = frozenset({"Jr.", "Jr", "Sr.", "Sr", "II", "III", "IV"})


def shows_surname(prompt: str, person: str) -> bool:
    """Whether the prompt shows the person's surname ("Who was the president of Dana F. Besecker Company?" →
    "Tyler Besecker", a blind rater's giveaway): the answer is half given."""
    words = [w for w in person.split() if w not in _NAME_SUFFIXES]
    # as written, capital and all: "Webber" is in "the Webber Initiative", but "Initiative" is not in "initiative"
    return len(words) >= 2 and len(words[-1]) >= 3 and words[-1][:1].isupper() and _shown_as_written(words[-1], prompt)


def _shown_as_written(word: str, prompt: str) -> bool:
    """Whether ``word`` stands in the prompt as written, capital and all, not inside a hyphened compound."""
    # most prompts lack the word outright: no pattern made for them
    return word in prompt and re.search(rf"(?<![\w-]){re.escape(word)}(?![\w-])", prompt) is not None


def trimmed(fact: Fact) -> tuple[str, tuple[int, int]]:
    """The fact's sentence without its asides (``trim``), and where the answer stands in it."""
    cut = aside_tokens(fact)
    if not cut or fact.parse is None:
        return fact.sentence, (fact.start, fact.end)
    return without(fact.parse, cut, (fact.start, fact.end))


def make_cloze(fact: Fact) -> Question | None:
    """A fill-in-the-blank question hiding ``fact``, or None when it would be unfair or give itself away. A sentence
    that needs the article ("The team found …") still makes one, held back from the default deck
    (``standalone.needs_the_article``) for a teacher to name what it points to; the page's furniture makes none."""
    if needs_context(fact) in UNASKABLE:
        return None
    if fact.kind is FactKind.ROLE and (len(fact.answer.split()) < 2 or fact.answer.rstrip().endswith(".")):
        return None  # "by _____ Kim Jong Un" → "leader", "to kill _____ Ilhan Omar" → "U.S. Rep.": a bare title
    if _verb_clipped_after(fact):
        return None  # "_____'s seen a volatile December": the blank reads as an owner, not "Russia has"
    if _in_a_tag(fact):
        return None  # "“#_____ show interrupted …”": a tweet's wording
    if _converted_beside(fact):
        return None  # "gusts of _____ (88.5 kph)": the other unit gives it away
    if _alias_beside(fact):
        return None  # "visiting _____, also known as Burma": the other name gives it away
    sentence, span = in_before_a_time_of_year(*an_before_vowel_number(*said_not_added(*unbracketed_dates(
        *set_off_as_of(*trimmed(fact))))))
    if is_question(sentence):
        return None  # "Is Meyer concerned because the NCAA is looking into …?": a question states no fact
    if ends_after_conjunction(sentence):
        return None  # "… the second-highest sales volume of the year thus far but still.": a cut took its end
    rest = sentence[:span[0]] + " … " + sentence[span[1]:]
    if _gives_away(rest, fact.answer, fact.canonical):
        return None  # the answer would still be visible elsewhere in the prompt
    prompt, blank = drop_connective(sentence, span)
    prompt = _stopped(closed(prompt))  # a quotation that goes on in the next sentence ends with this one on the card
    return Question(kind=QuestionKind.CLOZE, prompt=prompt, answer=fact.answer, fact=fact,
                    key=f"cloze|{fact.key}", blank=blank, score=fact.score)


_UNSTOPPED = re.compile(r"[\w)\]]$")


def _stopped(prompt: str) -> str:
    """The prompt with a full stop when it ends on a word: a statement cut out of a relative clause ("Robert Gallucci
    was chief U.S. negotiator during the crisis of _____ and has had recent contact with Joseph Yun"), or a page's
    line that never had one. Raters: "the sentence has no full stop before 'From'"; stored blind labels of fill-in
    candidates without one, 6 good of 77."""
    text = prompt.rstrip()
    # tried at the last character only: a search tries the class at every one (no trailing newline is left for "$")
    return text + "." if _UNSTOPPED.match(text, len(text) - 1) else prompt


_CLIPPED = frozenset({"'s", "’s", "'d", "’d"})


def _verb_clipped_after(fact: Fact) -> bool:
    """Whether a verb clipped onto the answer follows it ("Russia's seen …" for "Russia has seen …")."""
    if fact.parse is None:
        return False
    answer = fact.parse.tokens_in(fact.start, fact.end)
    after = answer[-1].i + 1 if answer else len(fact.parse.tokens)
    if after >= len(fact.parse.tokens):
        return False
    tok = fact.parse.tokens[after]
    return tok.lower in _CLIPPED and tok.pos in ("AUX", "VERB")


# a unit may be hyphened on and take a second word ("the 1.5 million-acre (600,000-hectare) area": set AH; "2 degrees
# Celsius"); its first word is lower-case or a short abbreviation ("MPH"), so a title is none ("12 Angry Men (1957)")
_MEASURE = r"[$£€¥]?[\d.,]+(?:\s*%|(?:\s*|-)(?:[a-z°][a-zA-Z/°.]*|[A-Z]{1,4}\b)(?:[\s-][a-zA-Z°][a-zA-Z/°.]*)?)"
_CONVERSION_AFTER = re.compile(
    rf"^\s*(?:[a-zA-Z°][a-zA-Z/°.]*\s*){{0,2}}\(\s*(?:about |around |roughly |some )?{_MEASURE}\s*\)")
_CLOSED = re.compile(r"^(?:\s*|-)(?:[a-zA-Z°][a-zA-Z/°.]*\s*)?\)")  # "(88.5 kph)": the answer and its unit fill it
_CONVERSION_OPENED = re.compile(rf"{_MEASURE}\s*\(\s*(?:about |around |roughly |some )?$")


def _converted_beside(fact: Fact) -> bool:
    """Whether the answer's measure stands beside its conversion to another unit or currency ("55 mph (88.5 kph)"),
    or is that conversion: either gives the other away (a fresh page's raters: "(88.5 kph) converts straight to 55
    mph")."""
    if not any(map(str.isdigit, fact.answer)):
        return False
    return bool(_CONVERSION_AFTER.match(fact.sentence[fact.end:])
                or (_CONVERSION_OPENED.search(fact.sentence[:fact.start])
                    and _CLOSED.match(fact.sentence[fact.end:])))


_ALIAS = r"(?:also |formerly |otherwise |better |commonly |popularly )?(?:known as|called)"
# another name on the other side: capitalised ("an inter-agency review, known as the _____" is a description, no name)
_ALIAS_AFTER = re.compile(rf"^\s*[,(]\s*{_ALIAS}\s+(?:the\s+)?[A-Z]")
_ALIAS_BEFORE = re.compile(rf"[A-Z][\w.'’-]*\s*[,(]\s*{_ALIAS}\s+(?:the\s+)?$")


def _alias_beside(fact: Fact) -> bool:
    """Whether the answer stands beside another name for it ("Myanmar, also known as Burma", "the Affordable Care
    Act, commonly known as Obamacare"): either name gives the other away (set AH, bad: "'also known as Burma' right
    after the blank reveals Myanmar")."""
    if fact.kind in (FactKind.PERSON, FactKind.QUOTE):
        return False  # a pen name gives no one's name away ("Queen of the Sky, otherwise known as Ellen Simonetti")
    return bool(_ALIAS_AFTER.match(fact.sentence[fact.end:]) or _ALIAS_BEFORE.search(fact.sentence[:fact.start]))


def _in_a_tag(fact: Fact) -> bool:
    """Whether the answer is part of a hashtag or a handle ("#Hamilton", "@Vulture")."""
    return fact.sentence[max(0, fact.start - 2):fact.start].strip().endswith(("#", "@"))


def make_wh(fact: Fact) -> Question | None:
    """A wh-question transformed from the fact's sentence (see ``quizgen.questions.wh``)."""
    if needs_context(fact):
        return None
    prompt = wh_question(fact, aside_tokens(fact))
    if prompt is None:
        return None
    prompt, _ = said_not_added(*unbracketed_dates(*set_off_as_of(drop_connective(prompt)[0], (0, 0))))
    prompt = with_speaker_title(prompt, fact)
    if unbalanced_quotes(prompt):
        closing = continued_quote(fact.sentence)  # the quotation goes on in the next sentence: closed here
        if not closing or not prompt.endswith("?"):
            return None
        prompt = prompt[:-1].rstrip() + closing + "?"
    return Question(kind=QuestionKind.SHORT_ANSWER, prompt=prompt, answer=shown_answer(fact), fact=fact,
                    key=f"wh|{fact.key}", score=fact.score, family="wh")


def with_speaker_title(prompt: str, fact: Fact) -> str:
    """"Which defense attorney said …?" for "Who said …?" when the sentence gives the speaker a title ("Defense
    attorney Nic Cocis said …", ``speaker_title``): the wh-question drops the subject's whole phrase, title and
    all, and the title is what the learner is asked about (as in a who-said card)."""
    if not SPEECH_QUESTION.match(prompt):
        return prompt
    title = speaker_title(fact)
    return f"Which {title} {prompt[len('Who '):]}" if title else prompt


def titled_speech(question: Question) -> bool:
    """Whether a wh-question asks which titled speaker said something (``with_speaker_title``): an attribution, as
    "Who said …?" is."""
    if question.family not in WH_FAMILIES or not question.prompt.startswith("Which "):
        return False
    title = speaker_title(question.fact)
    return bool(title) and bool(SPEECH_QUESTION.match("Who " + question.prompt[len(f"Which {title} "):]))


# "… had not happened, he said. "But I think …": a page that lost a closing mark runs the attribution into the quote
_SAID = r"said|says|added|adds|told"  # the verbs of narration that attribute a quote
_ENDS_ON_ARTICLE = re.compile(r"\b(?:the|a|an)\W*$")  # no sentence ends on "the" ("Plan A" may)
_ATTRIBUTION_INSIDE = re.compile(rf",\s+(?:he|she|they)\s+(?:{_SAID})\b")
MIN_QUOTE_WORDS = 8  # raters kept 3 of 49 who-said cards on shorter quotes, 54 of 123 on longer ones


QUOTE_WORDS = 45  # the words a who-said card quotes at most
# a quote's single first sentence may run this long before it is cut: raters asked to put back the words a cut took
LONG_SENTENCE_WORDS = 60
_SENTENCE_END = re.compile(r"(?<=[.!?])[”’\"')]?\s+(?=[“‘\"'(]?[A-Z0-9])")
_INITIAL = re.compile(r"[A-Z]\.")  # "Michael J. Fox": one letter's period ends no sentence either


_COMMA_BEFORE_CLOSE = re.compile(r"[,;:]\s*(['’])$")


def _closing_comma_out(quote: str) -> str:
    """A quotation ending in a quotation of its own drops the comma that led back into the narration ("… the horse
    that threw you,'" → "… the horse that threw you'"; a blind rater: "the quotation ends in a stray comma")."""
    return _COMMA_BEFORE_CLOSE.sub(r"\1", quote)


# a sentence the narration opens: the page lost the quotation's closing mark before it ("… 'I'm very sorry'. He said
# that police should …")
_NARRATION = re.compile(rf"^(?:He|She|They)\s+(?:{_SAID}|tells|went on)\b")


def _narration_out(quote: str) -> str:
    """The quote up to a sentence of narration a lost closing mark ran into it (set-V raters: "the quote runs on into
    the article's own reporting", "trim ' He added' from the quote"). Its first sentence is the speaker's, whatever
    it opens with ("They told us very clearly …")."""
    sentences = _quote_sentences(quote)
    for n, sentence in enumerate(sentences[1:], 1):
        if _NARRATION.match(sentence):
            return _unstopped(" ".join(sentences[:n]))
    return quote


_CLOSING_MARK = re.compile(r"[’']($|[^\w])")  # a single quotation mark that closes: not inside a word ("don't")


def _lone_mark_out(quote: str) -> str:
    """The quote without a quotation mark of its own that opens it and never closes ("'We are hoping to issue …": a
    set-V rater, "stray apostrophe at the start of the quote")."""
    if quote[:1] in ("'", "‘") and not _CLOSING_MARK.search(quote[1:]):
        return quote[1:]
    return quote


# a single mark that opens a quotation inside the quote: at its start or after a space, bracket or dash, before a
# letter ("… the word ‘failed", "… thought: 'What is happening?"); not an apostrophe inside or after a word ("don't",
# "Jones' car"), nor one that stands for letters or digits left out ("in '94", "'cause", "rock 'n' roll")
_INNER_OPENS = re.compile(r"(?:^|(?<=[\s(“—–-]))[‘'](?=[A-Za-z])(?!(?:cause|cos|em|til|tis|twas|n|s|round)\b)",
                          re.IGNORECASE)
_INNER_CLOSES = re.compile(r"(?<=\S)[’'](?!\w)")


def _inner_closed(quote: str) -> str:
    """The quote with a quotation of its own that it leaves open closed at its end ("… I said the word ‘failed" →
    "… the word ‘failed’"): the page's closing mark stood beside the outer one and was trimmed with it, or the quote
    was cut inside it. Tune raters marked such cards fixable ("the inner quotation mark is never closed"; stored
    labels 1 good of 11)."""
    opened = _INNER_OPENS.findall(quote)
    if len(opened) <= len(_INNER_CLOSES.findall(quote)):
        return quote
    return quote + ("’" if opened[-1] == "‘" else "'")


def _short_quote(words: str, limit: int = QUOTE_WORDS) -> str:
    """The quote a who-said card shows: all of it, or its first whole sentences within ``limit`` words, or its first
    sentence up to ``LONG_SENTENCE_WORDS``; only a longer first sentence, or one too short to be one person's words
    (``MIN_QUOTE_WORDS``), is cut in the middle ("… who is at risk").
    Raters of tune decks marked 4 of the 7 cut quotes fixable: "the ellipsis joins two sentences in mid-clause",
    "trim it to its first sentence"."""
    tokens = words.split()
    if len(tokens) <= limit:
        return words.strip()
    sentences = _quote_sentences(words.strip())
    kept: list[str] = []
    for sentence in sentences:
        if len(" ".join([*kept, sentence]).split()) > limit:
            break
        kept.append(sentence)
    if kept and len(" ".join(kept).split()) >= MIN_QUOTE_WORDS:
        return _unstopped(" ".join(kept))
    if MIN_QUOTE_WORDS <= len(sentences[0].split()) <= LONG_SENTENCE_WORDS:
        return _unstopped(sentences[0])
    return " ".join(tokens[:limit // 2]) + " … " + " ".join(tokens[-(limit // 2):])


def _unstopped(quote: str) -> str:
    """The quote without its closing full stop, as a whole quote is shown ("… the summer season starts”?")."""
    return quote[:-1] if re.search(r"[a-z0-9]\.$", quote) else quote


def _quote_sentences(words: str) -> list[str]:
    """The quote's sentences: a full stop after an abbreviated title or an initial ("U.S. Attorney", "Sen. Rusk")
    ends none."""
    out, start = [], 0
    for match in _SENTENCE_END.finditer(words):
        last = words[start:match.start()].split()[-1:] or [""]
        word = last[0].lstrip("“‘\"'(")
        if word.endswith(".") and (is_abbreviation(word) or _INITIAL.fullmatch(word)):
            continue
        out.append(words[start:match.start()].strip() + words[match.start():match.end()].strip())
        start = match.end()
    out.append(words[start:].strip())
    return [s for s in out if s]


def speaker_title(fact: Fact) -> str:
    """The title the sentence gives the person right before the name ("White House spokesman Robert Gibbs",
    "Local councillor Gordon Mackenzie"): two words or more that modify the name, ending in a noun for a person;
    else ""."""
    parse = fact.parse
    if parse is None:
        return ""
    answer = parse.tokens_in(fact.start, fact.end)
    if not answer:
        return ""
    inside = {t.i for t in answer}
    title: list = []
    i = answer[0].i - 1
    while i >= 0:
        tok = parse.tokens[i]
        if tok.dep not in ("compound", "amod") or tok.head not in inside or tok.pos not in ("NOUN", "PROPN", "ADJ"):
            break
        title.insert(0, tok)
        inside.add(tok.i)
        i -= 1
    if title and title[0].i == 0 and (opener := opening_connective(parse.text)) and title[0].idx < opener.end():
        title = title[1:]  # "Earlier Foreign Secretary Jack Straw said …": the connective is no part of the title
    if sum(not bounds_in_time(t.lower) for t in title) < 2 or not person_noun(title[-1].lower) \
            or title[-1].lower in _NOT_TITLES:
        return ""  # "Which President said …?" alone would name a head of state, and so would "former President"
    ahead = parse.tokens[i] if i >= 0 else None  # the word before the title
    if ahead is not None and (ahead.pos in ("NOUN", "PROPN") or ahead.tag == "POS"):
        return ""  # "Kansas City Fed President …": the title is cut, its first words hang elsewhere
    if (ahead is not None and opens_a_name(ahead.text, ahead.pos)) \
            or names_no_body(title[0].lower, title[0].i == 0 or title[0].text.islower()):
        return ""  # "All Blacks captain …", "Party leader …", "department spokesman …": half a name, or a body named
        # elsewhere
    words = [t.text + t.ws for t in title]  # as written: "Ex-Labour leader", not "Ex - Labour leader"
    if title[0].i == 0 and not keeps_capital(title[0], title[1]):
        words[0] = words[0].lower()  # "Local councillor …" opened its sentence
    return spelled_out("".join(words).strip())  # "Which chief superintendent said" for "Chief Supt Ann Lee said"


_NOT_TITLES = frozenset({"mr", "mrs", "ms", "dr", "sir", "lord", "lady"})  # forms of address, not roles


def make_who_said(fact: Fact) -> Question | None:
    """"Who said: '…'?" for a quote fact; "Which White House spokesman said: '…'?" when the sentence gives the
    speaker a title (the title is part of the fact: the learner is asked which one of them)."""
    if fact.kind is not FactKind.QUOTE or not fact.topic.strip():
        return None
    speaker = fact.canonical or fact.answer
    if fact.label == "PERSON" and len(speaker.split()) < 2:
        return None  # "— Roosevelt" when two Roosevelts speak: a surname alone is no answer a learner can give
    if len(fact.topic.split()) < MIN_QUOTE_WORDS:
        return None  # "Who said: “unlikely and illogical”?": a few words could be anyone's
    quote = _short_quote(_lone_mark_out(_narration_out(_closing_comma_out(fact.topic.strip().strip("“”\"‘’ ")
                                                                            .rstrip(",;:")))))
    if _ATTRIBUTION_INSIDE.search(quote) or len(quote.split()) < MIN_QUOTE_WORDS:
        return None  # the card would show narration as the speaker's words
    if _ENDS_ON_ARTICLE.search(quote):
        return None  # "… he was the": cut at a mark inside it (a set-AA card, rated bad: "cut off mid-sentence")
    quote = _inner_closed(quote)
    title = speaker_title(fact)
    prompt = f"Which {title} said: “{quote}”?" if title else f"Who said: “{quote}”?"
    if _gives_away(quote, speaker, fact.answer):
        return None
    if fact.label in ("", "PERSON") and shows_surname(quote, speaker):
        return None  # "“Mr. Ross denies each …”": half the answer, and often a spokesperson's words, not the person's
    if fact.label != "PERSON" and shows_a_word_of_its_name(quote, speaker):
        return None  # "… who are new to Sheffield" for Sheffield University
    return Question(kind=QuestionKind.SHORT_ANSWER, prompt=prompt, answer=speaker, fact=fact,
                    key=f"who_said|{fact.key}", score=fact.score, family="who_said")


_SMALL_WORDS = frozenset({"the", "of", "and", "for", "at", "in", "on", "de"})


def shows_a_word_of_its_name(prompt: str, body: str) -> bool:
    """Whether the prompt shows a word of a body's name other than its kind ("… for those who are new to Sheffield"
    for Sheffield University; "Sheffield" of "the University of Sheffield"): blind raters, "'new to Sheffield' gives
    the answer away"."""
    words = body.split()
    kind = words[words.index("of") - 1] if "of" in words[1:] else words[-1]  # "University" of either order
    return any(w != kind and len(w) >= 3 and w[:1].isupper() and w.lower() not in _SMALL_WORDS
               and _shown_as_written(w, prompt) for w in words)


def make_definitions(fact: Fact) -> list[Question]:
    """"What is the Hwasong-11D?" and, when the term is its sentence's subject, the reverse ("reverse_definition")."""
    if fact.kind is not FactKind.DEFINITION or not fact.topic.strip():
        return []
    term, definition = fact.topic.strip(), fact.answer.strip()
    if near_same(term, definition):
        return []
    the = "the " if re.search(r"\bthe\s+" + re.escape(term), fact.sentence, re.IGNORECASE) else ""
    forward = Question(kind=QuestionKind.SHORT_ANSWER, prompt=f"What is {the}{term}?", answer=definition,
                       fact=fact, key=f"definition|{fact.key}", score=fact.score, family="definition")
    asked = reverse_definition(fact)
    reverse = asked and Question(kind=QuestionKind.SHORT_ANSWER, prompt=asked, answer=term, fact=fact,
                                 key=f"definition_reverse|{fact.key}", score=fact.score * 0.95, family="definition")
    return [q for q in (forward, reverse) if q and not _gives_away(q.prompt, q.answer)]


MAX_PREDICATE_WORDS = 25


def reverse_definition(fact: Fact) -> str | None:
    """"Which Scottish nurse was diagnosed with Ebola after returning from Sierra Leone?" for "Pauline Cafferkey, a
    Scottish nurse, was diagnosed …": the definition asked with what its sentence says the term did, when the term
    is the subject of the sentence's own verb; else None (raters rejected every "… mentioned in the article?")."""
    parse = fact.parse
    if parse is None or needs_context(fact):
        return None
    phrase = phrase_head(parse.tokens_in(fact.start, fact.end))
    if phrase is None or phrase.dep != "appos":
        return None
    subject = parse.tokens[phrase.head]
    verb = parse.tokens[subject.head]
    if subject.dep not in ("nsubj", "nsubjpass") or verb.head != verb.i:
        return None
    after = parse.subtree(subject)[-1].i
    cut = aside_tokens(fact)
    words = [t for t in parse.tokens[after + 1:] if t.i not in cut]
    while words and words[0].pos == "PUNCT":
        words = words[1:]
    while words and words[-1].pos == "PUNCT":
        words = words[:-1]
    if not words or words[0].i > verb.i or any(t.text in "“”\"" for t in words) \
            or sum(t.pos != "PUNCT" for t in words) > MAX_PREDICATE_WORDS:
        return None  # the verb must follow the subject ("Pauline Cafferkey, a nurse, was …"), with no quotation
    predicate = "".join(t.text + t.ws for t in words).strip()
    definition = re.sub(r"^(?:the|a|an)\s+", "", fact.answer.strip(), flags=re.IGNORECASE)
    return f"Which {definition} {predicate}?"


# a name that opens on "The" is a programme's, a paper's or a band's ("The World", "The Guardian"), not a person's:
# a stop-83 rater on "Who was The World at the time of the story?": "ungrammatical (a radio programme)"
_TITLED_NAME = re.compile(r"The\s+[A-Z]")
_OWNER_FIRST = re.compile(r"[A-Z][^\s]*['’]s\s")  # "Yahoo's head of consumer services"


# nouns for where someone stands, not what post they hold
_STANCES = frozenset({"critic", "opponent", "supporter", "ally", "fan", "advocate", "proponent", "detractor", "foe",
                      "backer", "admirer", "champion", "defender", "skeptic", "sceptic"})


def _role_head(role: str) -> str:
    """The role's head noun, singular and lower-cased: its title's last word (``named_roles.post_of``: "longtime
    opponent of Arctic drilling" → "opponent", "Trump critics" → "critic")."""
    words = post_of(role).split()
    head = words[-1].lower().strip(",.") if words else ""
    return head[:-1] if head.endswith("s") and head[:-1] in _STANCES else head


def make_roles(fact: Fact) -> list[Question]:
    """"Who is Lee Sung-joon?" → role (two words or more), and "Who is the spokesperson for …?" → person (when
    the role is specific)."""
    if fact.kind is not FactKind.ROLE or not fact.topic.strip() or _TITLED_NAME.match(fact.topic.strip()):
        return []  # "The World, a BBC World Service and WGBH-Boston co-production": no one's role
    person, role = fact.topic.strip(), bounded_role(fact.answer.strip())
    if shows_surname(role, person):
        # a role that holds the person's surname gives either card away: "Who was Ed Yardeni?" → "president of
        # Yardeni Research" (set AE: "the answer is half visible in the name"), "C. Boyden Gray" → "founding partner
        # of Boyden Gray & Associates"; stored ratings of such cards, 10 good of 22
        return []
    if _role_head(role) in _STANCES:
        return []  # a stance is no post: "Who was Ed Markey?" → "longtime opponent of Arctic drilling", not "senator"
        # (set AH and AG, both fixable: "the answer leaves out his actual role", "a label, not his role")
    out = []
    titled = title_words(role).split()  # "former President" says no more of whose than "President"
    if len(titled) >= 2:  # "Who is Kim Jong Un?" → "leader" would be a poor card
        out.append(Question(kind=QuestionKind.SHORT_ANSWER, prompt=f"Who is {person}?", answer=role, fact=fact,
                            key=f"role|{fact.key}", score=fact.score, family="role"))
    specific = len(titled) >= 3 and any(w in titled for w in ("of", "for", "at", "in"))
    if specific and len(titled) == len(role.split()):  # "Who was the former Secretary of State?" has many answers
        # its own article, or a name's possessive: "Who is Yahoo's head of …?", not "the Yahoo's head"
        lead = "" if role.lower().startswith(("the ", "a ", "an ")) or _OWNER_FIRST.match(role) else "the "
        out.append(Question(kind=QuestionKind.SHORT_ANSWER, prompt=f"Who is {lead}{role}?", answer=person, fact=fact,
                            key=f"role_reverse|{fact.key}", score=fact.score * 0.95, family="role"))
    return [q for q in out if not _gives_away(q.prompt, q.answer)]


def near_same(a: str, b: str) -> bool:
    return normalize(a) == normalize(b)


def make_multiple_choice(base: Question, facts: Sequence[Fact] | ArticleFacts | None = None,
                         pending: bool = False) -> Question | None:
    """The base question with three sound distractors, options in a seeded order.

    With ``pending`` the distractors are left to ``settle`` (``facts`` unused): most candidates are
    never picked, and choosing sound wrong answers is the costly part.
    """
    if base.kind not in (QuestionKind.CLOZE, QuestionKind.SHORT_ANSWER) or base.family in ("definition", "role"):
        return None
    question = Question(kind=QuestionKind.MULTIPLE_CHOICE, prompt=base.prompt, answer=base.answer, fact=base.fact,
                        key=f"mc|{base.key}", blank=base.blank, score=base.score, family=f"mc_{base.family}",
                        pending=True)
    return question if pending else settle(question, _article(facts))


def make_true_false(base: Question, facts: Sequence[Fact] | ArticleFacts | None = None,
                    pending: bool = False) -> list[Question]:
    """Statements from a cloze's sentence: as written (true) and, when a sound distractor exists, with the
    fact swapped for it (false). The quiz takes one per sentence and balances the answers. With
    ``pending`` the false statement's swap is left to ``settle``."""
    if base.kind is not QuestionKind.CLOZE or base.blank is None:
        return []
    true = Question(kind=QuestionKind.TRUE_FALSE, prompt=base.prompt, answer="True", fact=base.fact,
                    key=f"tf|{base.fact.key}", choices=("True", "False"), score=base.score, family="true_false")
    false = Question(kind=QuestionKind.TRUE_FALSE, prompt=base.prompt, answer="False", fact=base.fact,
                     key=f"tf_false|{base.fact.key}", choices=("True", "False"), score=base.score,
                     family="true_false", pending=True)
    if not pending:
        false = settle(false, _article(facts))
    return [true] if false is None else [true, false]


def _article(facts: Sequence[Fact] | ArticleFacts | None) -> ArticleFacts:
    return facts if isinstance(facts, ArticleFacts) else ArticleFacts(facts or ())


_NUMBERED = re.compile(r"#\d+$")


def settle(question: Question, article: ArticleFacts) -> Question | None:
    """A pending question with its wrong answers chosen, or None when three sound ones cannot be found.

    Multiple choice gets its options (seeded order); a false statement gets the fact swapped for a
    wrong answer. A question that is not pending comes back as it is.
    """
    if not question.pending:
        return question
    fact = question.fact
    if question.kind is QuestionKind.TRUE_FALSE:
        wrong = choose_distractors(fact, fact.answer, article, salt="tf")
        if wrong is None:
            return None
        at = question.prompt.find(fact.answer)  # a cloze's answer stands once in its prompt (``_gives_away``)
        if at < 0:
            return None
        prompt = question.prompt[:at] + wrong[0] + question.prompt[at + len(fact.answer):]
        return replace(question, prompt=prompt, pending=False)
    base_key = _NUMBERED.sub("", question.key.removeprefix("mc|"))  # the seed the base question's key gives
    wrong = choose_distractors(fact, question.answer, article, salt=question.family.removeprefix("mc_"),
                               parties=_parties_shown(question))
    if wrong is None:
        return None
    choices = [question.answer, *wrong]
    rng_for(base_key, "choices").shuffle(choices)
    return replace(question, choices=tuple(choices), pending=False)


def _parties_shown(question: Question) -> frozenset[str]:
    """The parties a multiple-choice question's words before any quotation show its person answer to be of, when
    they ask by the person's standing ("Which Democratic leader said …?": set AK, three Republicans offered beside
    Chuck Schumer, "the stem gives the answer away")."""
    standing = question.fact.standing
    if question.family not in ("mc_wh", "mc_who_said") or not standing:
        return frozenset()
    return parties_in(standing) if standing in question.prompt.split("“")[0] else frozenset()


GENERATORS: tuple[Callable[[Fact], list[Question]], ...] = (
    lambda f: [q for q in (make_wh(f),) if q],
    lambda f: [q for q in (make_who_said(f),) if q],
    make_definitions,
    make_roles,
    lambda f: [q for q in (make_cloze(f),) if q],
    lambda f: [q for q in (make_relative_who(f),) if q],
    lambda f: [q for q in (make_owned_role(f),) if q],
)


_DATED = re.compile(r"\d|\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\b")
_DASHED = re.compile(r"\s+[-–—]\s+")
_VAGUE_TIME = re.compile(r"(?:(?:over|more than|about|nearly|almost|under|less than)\s+)?"
                         r"(?:(?:a|an|one|every|each|this|last|next|per|that)\s+(?:day|night|week|month|year|decade|"
                         r"century|time)(?:\s+(?:earlier|later|ago|before|after))?|(?:days|nights|weeks|months|years|"
                         r"decades)|today|tonight|yesterday|tomorrow|now|recently)", re.IGNORECASE)


_LEAD_DAY = re.compile(rf"(?:on\s+)?{WEEKDAY}(?:\s+(?:morning|afternoon|evening|night))?", re.IGNORECASE)


_VAGUE_COUNT = re.compile(r"(?:(?:several|many|a few|few|some)\s+)?(?:dozens|scores|hundreds|thousands|millions|"
                          r"several|many|a few|a number)(?:\s+of)?", re.IGNORECASE)


def _unbalanced(text: str) -> bool:
    return unbalanced_quotes(text) or text.count("(") != text.count(")") or text.count("[") != text.count("]")


MAX_ANSWER_WORDS = 8  # raters: "a 13-word job title nobody could recall word for word"


_CAPITALISED_RUN = re.compile(r"[A-Z][\w’'-]*(?:\s+(?:(?:of|for|and|the|on|in|de|du)\s+)*[A-Z][\w’'-]*)+")


def shows_another_form(prompt: str, answer: str) -> bool:
    """Whether the prompt shows the answer under another name: its initials ("Pakistan Peoples Party … (PPP)"), those
    of its last words ("United States Drug Enforcement Agency … (DEA)": blind raters, "'(DEA)' right beside the blank
    gives the answer away"), for an abbreviation the words it stands for ("IAEA" beside "International Atomic
    Energy Agency") or for a decade a year of it ("By _____, … argued in 1996" → "the 1990s": a fresh page's rater,
    "'in 1996' in the same sentence makes 'the 1990s' obvious")."""
    if date_form(answer) == "decade":
        decade = span(answer)[0].year // 10
        return any(int(year) // 10 == decade for year in YEAR_IN.findall(prompt))
    words = answer.split()
    for first in range(max(0, len(words) - 1)):
        initials = acronym_of(" ".join(words[first:]))
        # a part's two letters ("MA" of "Jose Maria Aznar") meet a prompt's state or time by chance: three at least
        if len(initials) >= (3 if first else 2) and initials in prompt and \
                re.search(rf"\b{re.escape(initials)}\b", prompt):
            return True
    if not may_abbreviate(answer.strip()):
        return False  # no initials: no run of the prompt is what they stand for (``abbreviates``)
    return any(abbreviates(answer.strip(), run[start.start():]) for run in _CAPITALISED_RUN.findall(prompt)
               for start in CAPITALISED_WORD.finditer(run))  # "Inspectors of the International …": from any capital


def recallable(question: Question) -> bool:
    """False when the card hides more words than a learner can give back (a whole job title or clause)."""
    return question.family == "who_said" or len(question.answer.split()) <= MAX_ANSWER_WORDS


def _cut_from_a_word(fact: Fact) -> bool:
    """The answer is part of a longer word: "3" of "3G", "Tharp" of "Tharp-Sontheimer", "Afghan" of "Payam-e-Afghan";
    not a value before a lower-case compound ("$7 billion-a-year", "U.S.-led")."""
    text, start, end = fact.sentence, fact.start, fact.end
    before = text[max(0, start - 2):start]
    after = text[end:end + 2]
    return (before[-1:].isalnum() or (before[-1:] in ("-", "/") and before[:1].isalnum())
            or after[:1].isalnum() or (after[:1] in ("-", "/") and (after[1:].isupper() or after[1:].isdigit())))


# words set in capitals mid-sentence only inside a title: no name opens with a pronoun, verb or preposition
_TITLE_ONLY_POS = frozenset({"PRON", "VERB", "AUX", "ADP", "ADV", "CCONJ", "SCONJ", "PART"})
_OPENING_MARKS = frozenset({".", ":", ";", "!", "?", "“", "\"", "‘", "'", "(", "-", "—", "–"})


def _cut_from_a_title(fact: Fact) -> bool:
    """The answer is the end of a title in capitals: "from Everybody Loves Raymond to Everybody _____" ("Hates Chris",
    a fresh page's rater: "it blanks half of a show title"), a word that opens no name (a pronoun, a verb, a
    preposition) set in capitals mid-sentence right before it."""
    parse = fact.parse
    first = parse.token_at(fact.start) if parse is not None else None
    if first is None or first.i < 2:
        return False
    before, ahead = parse.tokens[first.i - 1], parse.tokens[first.i - 2]
    return before.pos in _TITLE_ONLY_POS and before.text[:1].isupper() and before.text != "I" and bool(before.ws) \
        and ahead.text not in _OPENING_MARKS


def _cut_from_a_name(fact: Fact) -> bool:
    """The answer is part of a longer name the model split: a capitalised name word right after it that its last word
    modifies ("paid tribute to _____ Baby director Clint Eastwood", "Million Dollar" of "Million Dollar Baby"), or,
    for a name other than a person's, one right before it that modifies it ("quit the UK _____", "Independence
    Party"; set-V raters: "the blank cuts a film title in half", "'UK' gives away half the party's name")."""
    parse = fact.parse
    answer = parse.tokens_in(fact.start, fact.end) if parse is not None and fact.kind is not FactKind.ROLE else []
    if not answer:
        return False  # a title runs into its holder's name and takes its owner's before it: "Lexus Project Manager"
    first, last, tokens = answer[0], answer[-1], parse.tokens
    after = tokens[last.i + 1] if last.i + 1 < len(tokens) else None
    # the name's next word is its last word's head, or shares that head ("Aung San" of "Aung San Suu Kyi": set AH, bad),
    # but for a place, which names which one ("the Manhattan District Attorney")
    if after is not None and last.ws and last.dep == "compound" and _name_word(after) \
            and (last.head == after.i or (after.dep == "compound" and after.head == last.head > after.i
                                        and _name_word(tokens[last.head]) and fact.kind is not FactKind.PLACE)) \
            and not post_nominal(after.text):  # "Frank Field MP": letters after a name
        return True
    before = tokens[first.i - 1] if first.i else None
    return fact.label != "PERSON" and before is not None and bool(before.ws) and before.dep == "compound" \
        and first.i <= before.head <= last.i and _name_word(before) and not person_noun(before.lower)


def _name_word(tok: Tok) -> bool:
    """A proper noun written with a capital, no title for a person ("Minister")."""
    return tok.pos == "PROPN" and tok.text[:1].isupper() and tok.i > 0


_SPELLED_LENGTH = re.compile(r"(?:(?:for|about|nearly|almost|over|under|at least|more than|less than|another)\s+)?"
                             r"(?:%s)\s+(?:seconds|minutes|hours|days|nights|weeks|months|years|decades)"
                             % "|".join(NUMBER_WORDS[1:]), re.IGNORECASE)


def spelled_length(answer: str) -> bool:
    """Whether the answer is a length of time counted in words ("three days", "for two weeks"): as exact as "3 days"
    (a bare unit or "a year" stays out: ``_VAGUE_TIME``)."""
    return _SPELLED_LENGTH.fullmatch(answer.strip()) is not None


def worth_asking(fact: Fact) -> bool:
    """False for answers no teacher would quiz: "a year", "over a decade ago", "every day", a weekday, "the week"
    (a date with neither a number nor a month, unless the article date turned it into a real day or it is the
    weekday of the lead's own news), counts without
    a number ("dozens", "hundreds of"), a person by one name only ("Fran"), and answers cut through a quotation
    or bracket ('Pacific "Ring of Fire') or out of a title ("Everybody _____")."""
    if fact.kind is not FactKind.QUOTE and (_unbalanced(fact.answer) or _cut_from_a_word(fact)
                                            or _cut_from_a_title(fact) or _cut_from_a_name(fact)):
        return False
    dated = fact.kind in (FactKind.DATE, FactKind.TIME)
    if dated and len(parts := _DASHED.split(fact.answer)) > 1 and not all(map(_DATED.search, parts)):
        return False  # "May - weeks": the model ran a date across a dash into the next words
    if dated and not fact.canonical:
        if fact.sentence_index < LEAD_SENTENCES and _LEAD_DAY.fullmatch(fact.answer.strip()):
            return True  # the lead's "on Sunday night" dates the article's own news, not a minor event
        # no number and no month: "Sunday", "the week", "this past decade" say nothing off the article's page
        return _VAGUE_TIME.fullmatch(fact.answer.strip()) is None and (
            _DATED.search(fact.answer) is not None or spelled_length(fact.answer))
    if fact.kind is FactKind.PERSON and len((fact.canonical or fact.answer).split()) < 2:
        return False  # "Fran", "Finney": a first name or surname alone is no answer a learner can give
    if TICKER.fullmatch(fact.answer.strip()):
        return False  # "Apple Inc (AAPL.O)": a stock's ticker, a code no learner needs (``tidy.ticker``)
    if fact.kind is FactKind.COUNT:
        return _VAGUE_COUNT.fullmatch(fact.answer.strip()) is None
    return True


def candidate_questions(facts: Sequence[Fact], pending: bool = False) -> list[Question]:
    """Every question the facts support: each generator's, plus multiple-choice and true/false variants.

    With ``pending`` the variants' wrong answers are left for ``settle`` (the selections call it on
    what they pick); otherwise every variant is settled and those without sound wrong answers dropped.
    """
    article = None if pending else ArticleFacts(facts)  # pending variants are settled later, against the facts
    out: list[Question] = []
    sentences: set[str] | None = None  # the article's, read only for a person's card
    for fact in facts:
        if not worth_asking(fact) or credited_elsewhere(fact):
            continue  # a quote its own attribution clause gives to another speaker: who said it is in doubt
        base = [q for generate in GENERATORS for q in generate(fact)
                if recallable(q) and not shows_another_form(q.visible_prompt(), q.answer)]
        if fact.kind is FactKind.PERSON:
            if sentences is None:
                sentences = {f.sentence for f in facts}
            base = [q for q in base if titled_speech(q) or not names_the_office(q.visible_prompt(), q.fact, sentences)]
        if fact.kind is FactKind.PERSON or fact.label == "PERSON":
            # a speaker's name too (a quote's fact): "Trump, speaking to reporters as _____ left …" (set AF, bad)
            base = [q for q in base if not shows_surname(q.visible_prompt(), q.answer)]
        if fact.kind in (FactKind.PLACE, FactKind.ORGANIZATION):
            before = fact.sentence[:fact.start]  # "US" hidden, "Washington" shown: no question at all
            base = [q for q in base if not names_it_again(q.visible_prompt(), fact.answer, before)
                    and not names_a_part(q.visible_prompt(), fact.answer)]
        out.extend(base)
        for question in base:
            if needs_the_article(question):
                continue  # held back (``ranking``): the plain form is enough for a teacher to mend
            if question.family in ("wh", "who_said", "cloze"):
                choice = make_multiple_choice(question, article, pending=pending)
                if choice is not None:
                    out.append(choice)
            if question.family == "cloze":
                out.extend(make_true_false(question, article, pending=pending))
    return _unique_keys(_without_duplicate_cards(out))


def _without_duplicate_cards(questions: list[Question]) -> list[Question]:
    seen: set[tuple[str, ...]] = set()
    out = []
    for q in questions:
        card = (q.kind, normalize(q.visible_prompt()), normalize(q.answer))  # (an enum's value is a slow property)
        if q.pending and q.kind is QuestionKind.TRUE_FALSE:
            card += (q.fact.key,)  # its prompt is still the true sentence: the swap makes it differ
        if card not in seen:
            seen.add(card)
            out.append(q)
    return out


def _unique_keys(questions: list[Question]) -> list[Question]:
    seen: set[str] = set()
    out = []
    for question in questions:
        key, n = question.key, 1
        while key in seen:  # same answer and anchor twice: number the later ones
            n += 1
            key = f"{question.key}#{n}"
        seen.add(key)
        out.append(replace(question, key=key) if key != question.key else question)
    return out
