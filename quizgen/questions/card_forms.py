"""Card forms blind raters rejected whatever fact they ask, kept among all the cards (``ranking.held_back``): a fill-in
card that is only a quotation with its speaker unnamed, a who-said card quoting words from the middle of a sentence
or offering options beside its speaker's title, "What did …?" on a claim whose answer no figure pins down, a blank on
a claim's object phrase with no figure, a blank on the outlet someone spoke to, on where they spoke or on when, the
owner of a named person's title ("_____'s First Minister Nicola Sturgeon"), and a fill-in card copied from a sentence
too long to read as one question, or too short to say what it asks about, and a who-said card whose quotation opens
leaning on words it leaves out ("“If not, …”")."""

from __future__ import annotations

import re

from quizgen.facts.extract import NAME_KINDS
from quizgen.facts.lexicon import words
from quizgen.facts.model import FactKind
from quizgen.facts.quotes import SPOKESPERSON_NOUNS
from quizgen.facts.names import COURTESY_TITLES
from quizgen.nlp.parse import phrase_head
from quizgen.questions.answer_types import NUMBER_WORDS
from quizgen.questions.contrast import leans_on_before
from quizgen.questions.model import WH_FAMILIES, WHO_SAID_FAMILIES, Question
from quizgen.questions.offices import office_before
from quizgen.questions.quoted_people import speaker_slot
from quizgen.questions.standalone import may_name, narration
from quizgen.questions.wh import BODY_WH, inside_quote, reads_as_person
from quizgen.text import CAPITALISED_WORD

_WORD = re.compile(r"[A-Za-z]{2,}")
_NAMES_SELF = re.compile(r"\bI, [A-Z]")  # "I, Seddique Mateen, am declaring …": the speaker names themself
# the quoted words of a who-said card ("Which mayor said: “…”?"), as group 1
_WHO_SAID_QUOTE = re.compile(r"^(?:Who|Which)\b[^“\"?]*? said\b[^“\"?]*: [“\"](.*)")
# the words before a blank on whom someone spoke to: "told the _____", "in an interview with the _____"
_SPOKE_TO = re.compile(r"\b(?:told|tells?|telling|interview(?:ed|s)?\b[^.;:“”\"]{0,50}?\b(?:with|by)"
                       r"|(?:statement|remarks|comments) to|e-?mailed to)"
                       r"(?: the)?\s*$", re.IGNORECASE)
_REPORTING = frozenset({"report", "reports", "reported", "reporting"})
# a name beside a quotation ("Corrie Driebusch"), not a sentence's capitalised opening word
_NAMED = re.compile(r"\b(?!(?:The|A|An|This|That|In|On|At|For|But|And)\b)[A-Z][a-z]+(?: [A-Z]\.)? [A-Z][a-z]+")
_THIRD_PERSON = frozenset("he him his she her hers".split())  # a speaker says "I": he or she is someone else
MIN_UNATTRIBUTED_WORDS = 8  # a quotation this long with no speaker in the sentence is someone's words, unnamed
SHORT_CLOZE_WORDS = 8  # fill-in cards showing fewer words besides the blank: 10% good, 11 or more: 37%
_SHOWN_WORD = re.compile(r"[\w$%'’-]+")
LONG_CLOZE_WORDS = 45  # tune fill-in cards this long or longer: 13% good, against 50% for shorter ones
_FIGURE = re.compile(r"\d|\b(?:%s|dozens?|hundreds?|thousands?|millions?|billions?)\b" % "|".join(NUMBER_WORDS),
                     re.IGNORECASE)


def unattributed_quote(question: Question) -> bool:
    """Whether a fill-in card is a quotation and nothing else, its speaker unnamed ("“What I said was that Gov.
    Christie has missed his opportunity to make a great mark on the _____.”"): blind raters kept 1 of 6 such tune
    cards, the one whose quote names its speaker ("I, Seddique Mateen, am declaring …"); "the quote has no
    speaker". So is a long quotation beside words that name no speaker and no speech ("The Fed's _____ policy “is as
    likely to be a negative …”")."""
    if question.blank is None:
        return False
    prompt = question.visible_prompt()
    told = narration(prompt)
    if _NAMES_SELF.search(prompt):
        return False
    if not _WORD.search(told):
        return True
    # a long quotation whose speaker another sentence named ("The Fed's _____ interest-rate policy “is as likely to
    # be a negative as a positive …”": raters 0 of 8, "the quote is not attributed")
    quoted = len(prompt.split()) - len(told.split())
    if quoted < MIN_UNATTRIBUTED_WORDS or _NAMED.search(told):
        return False  # "…,” reports Corrie Driebusch": a name beside the quote is its speaker, whatever the verb
    return (words("speech_verbs") | _REPORTING).isdisjoint(_WORD.findall(told.lower()))


def quote_points_back(question: Question) -> bool:
    """Whether a card asking who said a quotation shows a he or she in the quoted words before any name or noun the
    card shows ("Who said: “We’re really blessed that he was still able to get himself to shore”?", "“He'll
    probably say it was an accident,” _____ said."): blind raters kept 4.5 of 25 such cards ("the quote's 'he' has
    no referent"), against 60% of who-said cards whose quotes have no he or she. A who-said card shows the
    quotation and the words before it, which may name the person ("Which grandson of FDR said: “What he created
    …”"); a fill-in card its narration too ("Ines Marlow said Tomas Vell “has given his word”")."""
    fact = question.fact
    if fact.parse is None or not speaker_slot(fact):
        return False
    quote_only = question.family in WHO_SAID_FAMILIES
    if quote_only:
        prompt = question.visible_prompt()
        before = prompt[:max(0, prompt.find("“"))].split(" ", 1)[-1]
        if CAPITALISED_WORD.search(before):
            return False  # "Which grandson of FDR said: “What he created …”", "… said Christie “has given his …”"
    for tok in fact.parse.tokens:
        quoted = inside_quote(fact.sentence, tok.idx)
        if fact.start <= tok.idx < fact.end or (quote_only and not quoted):
            continue
        if tok.lower in _THIRD_PERSON:
            if quoted:
                return True
            continue  # "Who said he's not concerned …?": reported speech, whose "he" is the speaker
        if may_name(tok):
            return False
    return False


_POINTING_OPENERS = frozenset("it it's it’s they they're they’re this these those he he's he’s she she's she’s".split())
# "Which organisation said: …" names no speaker's title either (``standing_alone``: a body's quote)
_TITLELESS_QUOTE = re.compile(rf"(?:Who|{BODY_WH.capitalize()}) said: [“\"](\S+)")


def quote_opens_pointing(question: Question) -> bool:
    """Whether a who-said card with no title for its speaker quotes words that open on a thing named before them ("Who
    said: “It has a lot of payload capacity …”?", "“They were the first ones to market …”"): nothing on the card says
    what "it" is, nor whose words they might be. Blind raters kept 9 of 28 such rated cards ("the quote's 'it' has
    nothing to refer to"), against 11 of 15 where a title says which speaker ("Which Fed governor said: “It …”?") and
    62% of who-said cards over all; none of 4 opening on "he" or "she" ("Who said: “He doesn't want to be a gangster
    …”?", "“(She) said they had been arguing …”": "nothing says who 'he' is"; a title: 22 of 32 ratings good)."""
    if question.family not in WHO_SAID_FAMILIES:
        return False
    opening = _TITLELESS_QUOTE.match(question.visible_prompt())
    return opening is not None and opening.group(1).lower().strip(",()") in _POINTING_OPENERS


def quote_opens_leaning(question: Question) -> bool:
    """Whether a who-said card quotes words that open by leaning on words before them ("Who said: “If not, most likely
    we’ll sign it …”?", "“But while we seek such opportunities …”", "“Accordingly, we maintain …”"): the card shows
    the quotation alone, so what it answers or sets itself against is missing. Blind raters kept 2 of 12 such
    ratings ("'If not' depends on context the card doesn't give", "trim 'Accordingly'"), against about 60% of
    who-said cards. So does a fill-in card opening on such a quotation ("“However, the president also believes …”":
    0 of 1), which asks the same of the speaker."""
    prompt = question.visible_prompt()
    if question.family not in WHO_SAID_FAMILIES:
        return question.blank is not None and prompt[:1] in "“\"" and leans_on_before(prompt[1:])
    quoted = _WHO_SAID_QUOTE.match(prompt)
    return quoted is not None and leans_on_before(quoted.group(1))


def titled_options(question: Question) -> bool:
    """Whether a who-said card with options names its speaker's title ("Which Liberal Democrat leader said: “…”?" with
    Michael Howard, Myron Ebell and Margaret Beckett as options): the title fits one option only. Blind raters kept 1 of
    4 ratings of such cards unedited (3 fixable) and called set P's (stop 70) a giveaway; the same card without
    options asks the same."""
    return question.family == "mc_who_said" and question.visible_prompt().startswith("Which ")


def quoted_fragment(question: Question) -> bool:
    """Whether a who-said card quotes words that open in the middle of the speaker's sentence ("Which House Minority
    Leader said: “repeatedly warned Congress …”?"): blind raters kept 1.5 of 6 such tune cards ("ungrammatical",
    "misattributes the warning"), against 32 of 45 quoting a whole sentence."""
    quoted = _WHO_SAID_QUOTE.match(question.visible_prompt())
    return quoted is not None and quoted.group(1)[:1].isascii() and quoted.group(1)[:1].islower()


def what_claim(question: Question) -> bool:
    """Whether the card asks what someone did or said on a claim ("What did a power outage at Stansted hold up on
    22 December 2014?" → "holiday travel"): blind raters kept none of 6 such tune candidates unedited ("flights,
    passengers or departures all fit as well", "too open"), dated or not. An answer with a figure says which
    ("What has North Korea threatened to deploy …?" → "250 new tactical ballistic missile launchers", "three bus
    routes")."""
    return question.family in WH_FAMILIES and question.fact.kind is FactKind.CLAIM \
        and question.visible_prompt().startswith("What ") and not _FIGURE.search(question.answer)


def told_outlet(question: Question) -> bool:
    """Whether a fill-in card's blank is the organisation someone spoke to ("Lord Baker told the _____: …" →
    "Telegraph", "a Meta spokesperson told _____" → "TechCrunch", "in an interview … with the _____"): blind raters
    kept none of 4 such tune cards ("trivia about the publication itself"). A person told keeps the card ("Hale told
    _____ that …")."""
    if question.blank is None or question.fact.kind is not FactKind.ORGANIZATION:
        return False
    return bool(_SPOKE_TO.search(question.prompt[:question.blank[0]]))


# a byline inside the text: "…, reported _____." (the reporter after the verb, at the clause's end), "as NPR's _____
# reported", "_____ reports."
_REPORTED_BY = re.compile(r"\b(?:reported|reports|wrote|reported by(?: the)?)\s*$")
_AS_REPORTER = re.compile(r"\bas\s+(?:[\w’'.&-]+\s+){0,3}$", re.IGNORECASE)
_REPORTS_AFTER = re.compile(r"\s*(?:reported|reports|wrote)\b")
_REPORTS_AT_END = re.compile(r"\s*(?:reported|reports)\s*\.?\s*$")  # "_____ reports."
_CLAUSE_ENDS = re.compile(r"\s*(?:newspaper|paper|magazine|website|network|(?:of|from|for|at|with) [^,.;:“”\"]*)?"
                          r"(?:[.;]\s*$|,|$)")


def reporter_credit(question: Question) -> bool:
    """Whether a fill-in card's blank is who reported the story it tells, a byline within the text ("Dylann Roof
    stood emotionless, reported _____." → "Alexandra Olgin of South Carolina Public Radio", "as NPR's _____ reported",
    "as _____ reported earlier in 2019" → "Yahoo Finance", "as reported by the _____ newspaper"): blind raters kept
    none of 5 such cards ("a reporter's credit"). A body whose own report is the news keeps its card ("A study
    released by _____ reported that …")."""
    if question.blank is None or question.fact.kind not in (FactKind.PERSON, FactKind.ORGANIZATION):
        return False
    before, _, after = question.parts()
    if _REPORTED_BY.search(before):
        return bool(_CLAUSE_ENDS.match(after))  # "…, reported _____." (not "reported _____ had resigned")
    if _REPORTS_AFTER.match(after):
        return bool(_AS_REPORTER.search(before) or _REPORTS_AT_END.match(after))
    return False


# where someone spoke: "during a speech in _____, Neb.", "at the _____ conference in Hollywood"
_SPEECH_BEFORE = re.compile(r"\b(?:speech|remarks|address|talk|appearance|lecture|keynote)\s+(?:in|at)(?: the)?\s*$",
                            re.IGNORECASE)
_EVENTS = r"(?:conference|summit|forum|convention|expo|festival|gala|dinner|luncheon|rally|stop)"
_EVENT_IN = re.compile(rf"\b{_EVENTS}\s+(?:in|at)(?: the)?\s*$", re.IGNORECASE)
_VENUE_AFTER = re.compile(rf"^\s*(?:(?:news|press)\s+)?{_EVENTS}\b", re.IGNORECASE)
_ARTICLE_BEFORE = re.compile(r"\b(?:a|an|the)\s*$", re.IGNORECASE)  # "told a _____ news conference"


def speech_venue(question: Question) -> bool:
    """Whether a fill-in card's blank is where someone spoke: the town of a speech ("Hoenig said in prepared remarks
    during a speech in _____, Neb." → Lincoln) or the event ("Mayer said at the _____ conference in Hollywood" →
    Vox Media's Code Media). Blind raters called each such card trivia (4 of 4 on a tune page, 3 of 3 on a fresh
    one): the card's worth is what was said."""
    if question.blank is None or question.fact.kind in (FactKind.DATE, FactKind.COUNT, FactKind.AMOUNT):
        return False
    before, _, after = question.parts()
    if _SPEECH_BEFORE.search(before):
        return True
    speaking = words("speech_verbs")
    said = any(w.lower() in speaking for w in _WORD.findall(narration(before)))
    if said and _EVENT_IN.search(before):
        return True  # "said … at the Code Media conference in _____": the event's town is the venue too
    # "said at _____ conference", or the town naming the occasion: "told a _____ news conference" (a set-V rater:
    # "trivial; the city where the news conference was held is not worth learning")
    return said and (before.rstrip().lower().endswith(("at the", "at")) or bool(_ARTICLE_BEFORE.search(before))) \
        and bool(_VENUE_AFTER.match(after))


# the occasions someone speaks at: "said during a _____ stop", "said at a rally in Monroe on _____"
# and what someone said it in: "told CNN in an _____ report" (set AC, rated bad twice: "trivial: the month of one CNN
# report"), "in a _____ letter to …" (stored blind labels of dates before a report, letter, article or tweet: 0 good
# of 6)
_OCCASIONS = frozenset("""rally stop speech interview concert appearance remarks briefing conference visit report letter
tweet statement article memo""".split())
_DATED_BY = frozenset({"npadvmod", "nmod", "compound", "amod", "nummod"})  # "said Tuesday", "a November 2015 stop"


def speech_date(question: Question) -> bool:
    """Whether a fill-in card's blank is when someone spoke: the date hangs from a verb of saying ("told Business
    Insider in _____ that …" → October 2018) or from the occasion of a speech ("said during a _____ stop in New
    Hampshire" → November 2015, "said at a rally in Monroe, La., on _____"). Blind raters kept none of 4 such tune
    cards (9 ratings: "trivia: the month of a minor campaign stop", "asks the month of an analyst's interview"): the
    card's worth is what was said, and when it was said is the article's date."""
    fact = question.fact
    if question.blank is None or fact.kind not in (FactKind.DATE, FactKind.TIME) or fact.parse is None:
        return False
    parse = fact.parse
    date = phrase_head(parse.tokens_in(fact.start, fact.end))
    if date is None:
        return False
    head = parse.tokens[date.head]  # the date itself when it is the root, whose dep is neither of those below
    if date.dep == "pobj" and head.dep == "prep":
        head = parse.tokens[head.head]  # "in _____", "on _____", "during _____": what the preposition hangs from
    elif date.dep not in _DATED_BY:
        return False
    if head.pos == "NOUN":
        return head.lower in _OCCASIONS
    return head.pos == "VERB" and head.lower in words("speech_verbs")


# the blank is the whole subject of "is one of the …" / "is among the …": a class the prompt names, not one thing
_ONE_OF_MANY = re.compile(r"^\s*(?:is|was|are|were|remains|remained|has been|had been|became) (?:one|among) (?:of )?"
                          r"the\b")


def one_of_many(question: Question) -> bool:
    """Whether a fill-in card's blank is all its sentence's subject and the sentence says it is one of a class
    ("_____ is one of the poorest, most isolated and most violent countries in Africa", "_____ is one of the first
    two Muslim women elected to Congress"): any member of the class fits (stop-53 raters: "ambiguous; an open
    description more than one country could fit"). A blank inside the subject ("The border between _____ is among
    the most heavily militarized") asks one thing."""
    if question.blank is None:
        return False
    before, _, after = question.parts()
    return not before.strip() and bool(_ONE_OF_MANY.match(after))


def claim_blank(question: Question) -> bool:
    """Whether a fill-in card blanks a claim's object phrase and no figure pins it down ("Seddique Mir Mateen
    maintained _____ in the U.S." → "a high profile on social media", "Rodong Sinmun published _____" → "images of
    vehicle-based missile launchers"): blind raters kept 1 of 15 such tune cards ("a vague phrase many answers fit"),
    against 2 of 3 with a figure ("NASA's astrophysics program won _____" → "a $77.5 million increase"). The one kept
    named who did it ("dragged underwater by _____" → "a juvenile great white shark"): a doer is not a vague phrase,
    and nor is a name ("struck down _____" → "the Vellmark Accord"). A figure in its "of" phrase pins down which, not
    what ("released _____" → "the identities of the two people": a fresh page's rater, "a stock phrase … many
    phrases fit the blank")."""
    if question.blank is None or question.fact.kind is not FactKind.CLAIM or \
            _FIGURE.search(_OF_PHRASE.sub("", question.answer)):
        return False
    return not question.prompt[:question.blank[0]].rstrip().endswith(" by") and not _named(question)


_OF_PHRASE = re.compile(r"\s+of\s.*$")  # "the identities | of the two people"
_LEADING_FIGURE = re.compile(r"^(?:(?:about|nearly|almost|over|some|only|more than|at least|up to|an estimated"
                             r"|an?) )?[$£€]?\d[\d,.]*(?:%| percent| per cent)?+(?: (?:million|billion|trillion))?+"
                             r" \S+ \S+", re.IGNORECASE)  # possessive: "a $77.5 million increase" has one noun


def figure_phrase_blank(question: Question) -> bool:
    """Whether a fill-in card blanks a claim's object phrase that opens with its figure ("North Korea has threatened
    to deploy _____ to its border" → "250 new tactical ballistic missile launchers"): blind raters asked for the
    figure alone in two rounds on the seed ("the blank covers the whole object, so troops or artillery would also
    fit; blank only the number"), and the count's own card asks it so ("deploy _____ new tactical ballistic missile
    launchers" → "250"). So with "a" before the figure ("suffered _____" → "a 3% fall in profits": a set-AU rater,
    "blank only the number"; stored blind ratings of such fill-in cards 4 good of 22). "won _____" → "a $77.5
    million increase" is a phrase about its figure, its noun alone after it; a number in words ("cut _____" → "three
    bus routes") is left to the phrase: alone it is a small word raters seldom kept (the ranker's
    ``answer_small_word_number``)."""
    return question.blank is not None and question.fact.kind is FactKind.CLAIM \
        and bool(_LEADING_FIGURE.match(question.answer))


def _named(question: Question) -> bool:
    """Whether the claim's phrase is a name ("struck down the Vellmark Accord"): after its article, only capitalised
    words and the small words of a name ("Board of Governors")."""
    words = question.answer.split()
    if words and words[0].lower() in ("the", "a", "an"):
        words = words[1:]
    return bool(words) and all(w[0].isupper() or w in _NAME_JOINERS for w in words)


_NAME_JOINERS = frozenset({"of", "and", "for", "the", "&", "on", "de"})


# "_____'s First Minister Nicola Sturgeon", "_____’s Carly Page": a title (or none), then a person's full name
_OWNED_PERSON = re.compile(r"^\s*['’]s\s+(?:[A-Z][\w.-]*\s+){0,3}[A-Z][a-z]+\s+[A-Z][a-z]+\b")


def title_owner_blank(question: Question) -> bool:
    """Whether a fill-in card blanks only whose title a named person holds ("_____'s First Minister Nicola Sturgeon
    said …" → Scotland, "As _____’s Carly Page explained" → TechCrunch): blind raters kept none of the 2 tune
    cards ("the blank is on the least useful word; blank the person instead"), and the person's own card asks the
    fact better. A place or organisation answer only."""
    if question.blank is None or question.fact.kind not in (FactKind.PLACE, FactKind.ORGANIZATION):
        return False
    return bool(_OWNED_PERSON.match(question.prompt[question.blank[1]:]))


_SPOKESPERSON_AFTER = re.compile(rf"^\s*(?:{'|'.join(sorted(SPOKESPERSON_NOUNS))})\b", re.IGNORECASE)


def spokesperson_blank(question: Question) -> bool:
    """Whether a fill-in card blanks only whose spokesperson spoke ("a [...] spokesperson told reporters" → the
    company): a rebuilt tune deck's card, rated bad ("it asks whose spokesperson gave a routine PR statement … also
    ambiguous"); stored ratings of such candidates: 1 good of 9."""
    return question.blank is not None and bool(_SPOKESPERSON_AFTER.match(question.prompt[question.blank[1]:]))


def who_said_of_a_body(question: Question) -> bool:
    """Whether a who-said card asks "Who said" and answers with a body: words someone unnamed spoke as "I" for it
    ("A spokesperson for Velm Air told reporters: “All I can tell you is …”" → Velm Air; ``standing_alone`` asks
    "Which organisation said" only of a body's own "we"). The wh-word asks for a person and the answer is none: a
    set-Y card, rated bad by both its raters ("the speaker was a Delta Airlines spokesperson, not 'Delta
    Airlines'"); stored ratings of such cards: 0 good of 1."""
    return question.family in WHO_SAID_FAMILIES and question.prompt.startswith("Who said") \
        and question.fact.label == "ORG" and not reads_as_person(question.answer)


_TITLE_BEFORE = re.compile(r"(\w+)\.?\s*$")


def courtesy_title_blank(question: Question) -> bool:
    """Whether a fill-in card's blank is a surname after "Mr." / "Mrs." / "Ms." ("“We're taking in billions of
    dollars in tariff money from China,” Mr. _____ said" → Trump): the paper's style names the story's own figure
    that way, and fresh raters kept none of 6 such ratings ("in a Trump story it can only be Trump")."""
    if question.blank is None:
        return False
    before = _TITLE_BEFORE.search(question.prompt[:question.blank[0]])
    return before is not None and before.group(1).lower() in COURTESY_TITLES


def top_office_blank(question: Question) -> bool:
    """Whether a fill-in card blanks the name after a country's top office with no body's name before it ("President
    _____ called on the U.S. Postal Service …" → Donald Trump): the story's date names the one holder, and blind
    raters kept none of 5 such ratings ("the date alone tells you who 'President [...]' was"), as for "Mr. _____"
    (``courtesy_title_blank``). The offices are ``offices.json``'s, whose ``names_the_office`` drops a person's card
    showing the office elsewhere in its prompt; a quotation's speaker is no such card."""
    if question.blank is None or question.fact.kind not in (FactKind.PERSON, FactKind.QUOTE):
        return False
    return office_before(question.prompt[:question.blank[0]])


def name_as_modifier(question: Question) -> bool:
    """Whether a fill-in card blanks a person's or place's name that only says which kind of thing the next word
    is ("the _____ administration" → Barack Obama, "his _____ cell" → Manhattan, "inside the _____ camp" →
    Rukban): any name of the kind fits, and blind raters kept 1 of 15 such ratings ("ambiguous: jail, prison or
    New York fit"). With options to choose from, one fits ("a kidnapped 8-year-old _____ girl" among four Texas
    cities: good 4 of 4). So is a speaker's name credited that way ("The _____ administration’s first comments …
    came with a warning …, saying …" → Obama: bad, "'U.S.' or 'American' also fits")."""
    fact = question.fact
    if question.family != "cloze" or fact.parse is None \
            or fact.kind not in (FactKind.PERSON, FactKind.PLACE, FactKind.QUOTE):
        return False
    tokens = fact.parse.tokens_in(fact.start, fact.end)
    head = phrase_head(tokens)
    if head is None:
        return False
    noun = fact.parse.tokens[head.head]
    # the lower-case noun right after it (not "the priest, _____," nor "_____'s election"; the model tags
    # "administration" after a name a proper noun too); a capitalised one makes a name or a title of it ("the
    # Manhattan District Attorney")
    # a participle the model read as a noun is the name's own deed ("Foreign Minister _____ warning of …")
    return noun.i == tokens[-1].i + 1 and noun.pos in ("NOUN", "PROPN") and noun.text.islower() \
        and not noun.text.endswith("ing")


MIN_LISTED = 3  # a blank on one of this many names side by side asks which of a list, not a fact


def list_item(question: Question) -> bool:
    """Whether a fill-in card's blank is one name of a list of ``MIN_LISTED`` or more ("Other likely one-vote losers
    are _____, Iowa, Louisiana, …", "The Ford _____, Fusion Energi, and C-Max Energi will …", "Founding members Tom
    Johnston, _____, Pat Simmons and John McFee"): blind raters kept 4 of 20 such cards ("one item of a list",
    "any of them fits")."""
    fact = question.fact
    if question.blank is None or fact.parse is None:
        return False
    tokens = fact.parse.tokens_in(fact.start, fact.end)
    first = phrase_head(tokens)
    if first is None:
        return False
    inside = {t.i for t in tokens}
    while first.dep == "conj" and first.head != first.i:
        first = fact.parse.tokens[first.head]
    listed, frontier = {first.i}, [first]
    while frontier:
        for child in fact.parse.children(frontier.pop()):
            if child.dep == "conj" and child.i not in listed:
                listed.add(child.i)
                frontier.append(child)
    return len(listed) >= MIN_LISTED and not inside >= listed  # the blank is one of them, not the whole list


def short_cloze(question: Question) -> bool:
    """Whether a fill-in card shows fewer than ``SHORT_CLOZE_WORDS`` words besides its blank ("Taylor Swift made
    _____.", "Truck and SUV sales are down _____.", "_____ denies the allegations."): blind raters kept 5.5 of 55 such
    cards ("no time frame", "could be anything"), against 37% of those of 11 words or more."""
    if question.blank is None:
        return False
    before, _, after = question.parts()
    return len(_SHOWN_WORD.findall(f"{before} {after}")) < SHORT_CLOZE_WORDS


OPEN_CLOZE_WORDS = 12  # words after a blank that opens the card
_ANCHOR_WORD = re.compile(r"\b[A-Z][\w'’.&-]*|\d[\d,.]*")


def open_cloze(question: Question) -> bool:
    """Whether a fill-in card opens with its blank and the few words after it name at most one thing or figure, so
    that many answers fit ("_____ maintained a high profile on social media in the U.S.", "_____ has asked to
    represent himself in the penalty phase of the trial."): blind raters called 1 of 18 ratings of 10 such cards good
    (stops 45-50, tune and ranker pages), against 43 of 98 ratings of 55 opening blanks with more said after them
    ("_____ earned $4.9 billion in the fourth quarter of 2014.": which firm is clear)."""
    if question.blank is None or question.blank[0] > 0:
        return False
    after = question.prompt[question.blank[1]:]
    return len(_SHOWN_WORD.findall(after)) <= OPEN_CLOZE_WORDS and len(_ANCHOR_WORD.findall(after)) < 2


_EXAMPLES = re.compile(r"\b(?:like|such as|including)\s+(?P<between>[^.;:“”\"()]*)$")
_NAME_RUN = r"(?:the\s+)?[A-Z][\w.'’&-]*(?:\s+(?:of\s+)?[A-Z][\w.'’&-]*)*"
_ITEM_BEFORE = re.compile(rf"{_NAME_RUN}\s*,?\s+(?:and|or)\s+$")
_ITEM_AFTER = re.compile(rf"^\s*(?:,?\s+(?:and|or)\s+|,\s*{_NAME_RUN}\s*,\s*){_NAME_RUN}")


def example_blank(question: Question) -> bool:
    """Whether a fill-in card blanks one of two or more examples a sentence gives ("In places like _____ and New York
    …", "from Republicans like Congressman _____ and Newt Gingrich", "donated by benefactors, including _____, the
    Goldring Family Foundation, ArtPlace"): any example of the kind fits; blind raters called 1 of 10 ratings of such
    cards good (stops 45-50). An example standing alone ("competitors such as _____.") says which kind is asked."""
    if question.blank is None:
        return False
    before, _, after = question.parts()
    intro = _EXAMPLES.search(before)
    if intro is None:
        return False
    return bool(_ITEM_BEFORE.search(intro.group("between")) or _ITEM_AFTER.match(after))


_THERE_IS = re.compile(r"^There (?:is|are|was|were)\s*(?:also\s*)?$")


def existing_name_blank(question: Question) -> bool:
    """Whether a fill-in card blanks the name a sentence only says is there ("There is _____, site of a crucial Barack
    Obama victory last time."): the card says nothing of the name but what its aside says, and every other name the
    aside fits is right too (blind raters, twice: "Obama also won Virginia, Delaware and Maryland", the one card with
    two right options in this stop's 245 rated multiple-choice cards). A count stays ("There are _____ USB ports")."""
    if question.blank is None or question.fact.kind not in NAME_KINDS:
        return False
    before, _, _ = question.parts()
    return _THERE_IS.match(before.strip()) is not None


def long_cloze(question: Question) -> bool:
    """Whether a fill-in card is a sentence of ``LONG_CLOZE_WORDS`` words or more, its answer counted, asides cut
    ("A more straightforward chance was offered by Rahane when he was on _____ and failed to get on top of …"):
    blind raters kept about 4 of 34 such tune cards ("a whole paragraph to read for one figure", "padded with
    irrelevant clauses"), against half of the shorter ones."""
    # the sentence's words with its answer in place: every blank on one long sentence goes, not only the short ones
    return question.blank is not None and len(question.prompt.split()) >= LONG_CLOZE_WORDS
