"""Who is who: short mentions resolve to the full name introduced earlier; he/she to a recent person."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from quizgen.facts.first_names import usual_sex
from quizgen.facts.lexicon import words

if TYPE_CHECKING:
    from spacy.tokens import Doc

HONORIFICS = frozenset("mr mrs ms miss dr prof sir dame lord lady".split())
# the courtesy titles a newspaper puts before a surname ("Mr. Clinton"): before a name written out in full they read
# as no card would write it ("Mr. Bill Clinton", "Mr Robert Mugabe": raters, "awkward"); "Dr." and "Sir" say more
COURTESY_TITLES = frozenset("mr mrs ms miss mister".split())
MALE_PRONOUNS = frozenset({"he", "him", "his"})
FEMALE_PRONOUNS = frozenset({"she", "her", "hers"})


def pronoun_sex(pronoun: str) -> str:
    """"m" for he / him / his, "f" for she / her / hers, else ""."""
    word = pronoun.lower()
    return "m" if word in MALE_PRONOUNS else "f" if word in FEMALE_PRONOUNS else ""
LOOKBACK = 3  # sentences a pronoun may reach back


def name_words(name: str) -> list[str]:
    """The words of a name without honorifics ("Mr Kim" → ["Kim"])."""
    out = name.replace("’s", "").replace("'s", "").split()
    while out and out[0].lower().rstrip(".") in HONORIFICS:
        out.pop(0)
    return out


def gender_hint(text: str) -> str:
    """"f", "m" or "" from a title or role word in ``text`` ("Ms Lopez", "spokeswoman")."""
    lowered = {w.lower().rstrip(".") for w in text.replace(",", " ").split()}
    if lowered & (words("female_titles") | {"spokeswoman", "chairwoman", "businesswoman", "congresswoman"}):
        return "f"
    if lowered & (words("male_titles") | {"spokesman", "chairman", "businessman", "congressman"}):
        return "m"
    return ""


@dataclass
class NameIndex:
    """Full names in the order an article introduces them, for resolving later short mentions."""

    full: list[str] = field(default_factory=list)

    by_word: dict[str, list[str]] = field(default_factory=dict)

    def resolve(self, mention: str, titled: bool = False) -> str:
        """The full name ``mention`` stands for: the one known name containing all its words, else itself (also
        when two people share the words: "Lee" after Lee Sang-min and Lee Jae-myung is either, so neither).
        A ``titled`` mention (after "Mr", "Mrs" …) is a surname: no full name that opens with it as a first name."""
        parts = name_words(mention)
        if not parts:
            return mention
        titled = titled or (mention[:1].isupper() and mention.split()[0].lower().rstrip(".") in COURTESY_TITLES)
        # a particle opening a sentence is capitalised ("De Miranda" of "Luis de Miranda")
        first = parts[0] if parts[0] in self.by_word or len(parts) == 1 else parts[0].lower()
        found = {name for name in self.by_word.get(first, [])
                 if len(name.split()) > len(parts) and all(p in name.split() or (i == 0 and p.lower() in name.split())
                                                           for i, p in enumerate(parts))
                 and not (titled and _first_name_of(parts, name))}
        return found.pop() if len(found) == 1 else " ".join(parts)

    def add(self, mention: str, titled: bool = False) -> str:
        """Record a mention; returns its full name."""
        full = self.resolve(mention, titled)
        if len(full.split()) > 1 and full not in self.full:
            self.full.append(full)
            for word in full.split():
                self.by_word.setdefault(word, []).append(full)
        return full


def _first_name_of(parts: list[str], name: str) -> bool:
    """Whether ``parts`` open ``name`` as its first name, not its surname: "Mr Howard" is never Howard Flight (a
    rater: "wrong answer, the article says Mr Howard"), while "Mr Kim" is Kim Jong Un, whose family name comes
    first (a word no dictionary knows as one sex's first name)."""
    words = name.split()
    return words[:len(parts)] == parts and words[-len(parts):] != parts and usual_sex(parts[0]) != ""


def particle_start(doc: Doc, token: int, name: str) -> int:
    """Where a short name at ``token`` starts once the full ``name``'s lower-case particles written before it are
    counted in: "de Miranda" of "Luis de Miranda" starts at "de" (a rater: "'de Luis de Miranda' is garbled")."""
    words, start = name.split(), token
    while start > 0 and len(words) - 2 - (token - start) > 0:
        particle = words[len(words) - 2 - (token - start)]
        if not particle.islower() or doc[start - 1].text.lower() != particle:
            break
        start -= 1
    return start


def surname_with_particle(short: str, full: str) -> bool:
    """Is ``short`` a surname with its particle ("de Miranda", "De Miranda") ending ``full`` ("Luis de Miranda")?"""
    words, names = short.split(), full.split()
    tail = names[-len(words):]
    return 1 < len(words) < len(names) and tail[0].islower() and [w.lower() for w in words] == [t.lower() for t in tail]


def acronym_of(name: str) -> str:
    """Initials of a name's capitalised words ("International Institute for Strategic Studies" → "IISS")."""
    return "".join(w[0] for w in name.split() if w[:1].isupper())


UNKNOWN_SEX = "?"  # ``PersonTracker.unknown``: a subject of either sex


@dataclass(frozen=True)
class PersonMention:
    sentence: int
    name: str  # full name
    subject: bool
    gender: str = ""
    main: bool = False  # the subject of its sentence's main verb or of a speech verb: the one speaking there
    says: bool = False  # the subject of a speech verb


@dataclass
class PersonTracker:
    """Recent people, for naming the person a sentence-opening he/she points to."""

    mentions: dict[int, list[PersonMention]] = field(default_factory=dict)  # by sentence
    genders: dict[str, str] = field(default_factory=dict)
    unnamed: set[int] = field(default_factory=set)  # sentences whose speaker is a surname two known people share
    # sentence → "m" / "f": its subject is a he / she unnamed; UNKNOWN_SEX: a name no one knows as a person
    unknown: dict[int, str] = field(default_factory=dict)
    # sentences whose speaker is named by a role alone, of the sex ``unknown`` holds ("a spokeswoman … said")
    by_role: set[int] = field(default_factory=set)
    guessed: dict[str, str] = field(default_factory=dict)  # sex by first name, looked up once per person
    # sentences that say a name the model knows no person by is a person's post ("Piers Freelove is … officer")
    strangers: set[int] = field(default_factory=set)
    # sentence → sex ("m", "f", UNKNOWN_SEX) and post word of someone it shows by their post alone, naming no one
    # ("The prime minister said …" → "minister")
    described: dict[int, tuple[str, str]] = field(default_factory=dict)
    posts: dict[str, set[str]] = field(default_factory=dict)  # full name → the post words the article gives them

    def add(self, sentence: int, name: str, subject: bool = False, gender: str = "", main: bool = False,
            says: bool = False) -> None:
        if gender:
            self.genders.setdefault(name, gender)
        self.mentions.setdefault(sentence, []).append(PersonMention(sentence, name, subject, gender, main, says))

    def _sex(self, name: str) -> str:
        """What the article says ("Ms", "spokeswoman", a he / she it named), else what the first name usually is."""
        if name in self.genders:
            return self.genders[name]
        if name not in self.guessed:
            self.guessed[name] = usual_sex(name, mostly=False)
        return self.guessed[name]

    def _could_be(self, sentence: int, wanted: str) -> list[PersonMention]:
        """The people of ``sentence`` a "he" / "she" may stand for: not one whose first name is the other sex's
        ("Her position …" after "… Sen. Harry Reid …")."""
        return [m for m in self.mentions.get(sentence, []) if self._sex(m.name) in ("", wanted)]

    def _beside_unknown(self, sentence: int, wanted: str) -> bool:
        """Whether ``sentence`` is about a he / she no one was named for, or someone of either sex (``unknown``), and
        names another person of that sex ("He moved back to Leeds, where he and Tom Berg grew up."): a later he /
        she may mean either; or is about a name the model knows no person by (``strangers``), the likelier one
        meant, alone or not ("Piers Freelove is a benefit officer … . He said: “…”": a set-V card credited his
        words to the chancellor named before him, a wrong answer)."""
        return sentence in self.strangers or (self.unknown.get(sentence) in (wanted, UNKNOWN_SEX)
                                              and bool(self._could_be(sentence, wanted)))

    def _another_post(self, name: str, sentence: int, wanted: str) -> bool:
        """Whether a sentence after ``name``'s last mention and before ``sentence`` shows someone of the wanted sex by
        a post the article never gave ``name``, who holds another (``described``, ``posts``): "Home Secretary Ed
        Marlow … The prime minister said … But he rejected …" is the prime minister's, not Marlow's."""
        posts = self.posts.get(name)
        if not posts:
            return False
        last = max((s for s, here in self.mentions.items() if s < sentence and any(m.name == name for m in here)),
                   default=-1)
        return any(last < s < sentence and sex in (wanted, UNKNOWN_SEX) and post not in posts
                   for s, (sex, post) in self.described.items())

    def _reported(self, here: list[PersonMention], speaker: str, wanted: str) -> bool:
        """Whether ``speaker`` speaks of another person of the wanted sex, the subject of the clause reported
        ("Reporter Tom Reed said Ed Vance would set new targets. He would compare …"): a he / she that
        goes on without a speech verb more likely means the one reported on (a tune card credited Brown's plan to
        the correspondent, a wrong fact), or either."""
        return any(m.name == speaker and m.says for m in here) and any(
            m.subject and not m.main and m.name != speaker and self._sex(m.name) == wanted for m in here)

    def resolve_speaker(self, pronoun: str, sentence: int) -> str:
        """As ``_speaker``, but no one when a sentence between shows another by a post (``_another_post``)."""
        name = self._speaker(pronoun, sentence)
        return "" if name and self._another_post(name, sentence, pronoun_sex(pronoun)) else name

    def _speaker(self, pronoun: str, sentence: int) -> str:
        """The person a quotation's "he said" / "she said" stands for: the nearest earlier person the narration
        shows speaking or acting (``main``) within ``LOOKBACK`` sentences, not one merely named nearer ("Hoenig
        added that the bill Obama signed … . “…,” he said." → Hoenig); else as ``resolve``. Nobody when a nearer
        sentence's speaker is a surname two people share (``unnamed``) or is a he / she beside another person of
        that sex (``unknown``), or someone of that sex speaking by a role alone (``by_role``: "A spokeswoman for the
        office said … . “…,” she said." is hers; a set-U card credited it to a party two sentences back)."""
        wanted = pronoun_sex(pronoun)
        passed = False  # a nearer sentence named someone who might be meant
        rival = False  # … shown to be a "he" / "she" ("Mr. Warner, the Virginia Democrat, called …")
        for back in range(sentence - 1, max(-1, sentence - 1 - LOOKBACK), -1):
            if back in self.unnamed or self._beside_unknown(back, wanted) \
                    or (back in self.by_role and self.unknown[back] == wanted):
                return ""  # "Mateen declared …" between Omar and Seddique Mateen: anyone else would be a guess
            here = self._could_be(back, wanted)
            main = {m.name for m in here if m.main}
            if len(main) == 1:
                name = main.pop()
                # past a nearer person, only one the article shows to be a "he" / "she", and none the article shows is
                if not passed or (self.genders.get(name) == wanted and not rival):
                    return name
                break
            if main:
                break  # two people speaking in one sentence: either could be meant
            if not passed and any(m.says and self._sex(m.name) not in ("", wanted)
                                  for m in self.mentions.get(back, [])):
                # the nearest one named speaks and is of the other sex ("Spokesman Hua … said that … . “…,” she
                # said."): either a word misleads or someone unnamed speaks; one further back is a guess (a set-AO
                # card credited the spokesman's words to a leader named three sentences before, a wrong answer)
                return ""
            passed = passed or bool(here)
            rival = rival or any(self.genders.get(m.name) == wanted for m in here)
        return self._nearest(pronoun, sentence)

    def resolve(self, pronoun: str, sentence: int, alone: bool = False, main_first: bool = True,
                speaks: bool = True) -> str:
        """As ``_nearest``, but no one when a sentence between shows another by a post (``_another_post``)."""
        name = self._nearest(pronoun, sentence, alone, main_first, speaks)
        return "" if name and self._another_post(name, sentence, pronoun_sex(pronoun)) else name

    def _nearest(self, pronoun: str, sentence: int, alone: bool = False, main_first: bool = True,
                 speaks: bool = True) -> str:
        """The most recent compatible person before ``sentence`` (subjects first), or "" if none is safe.

        ``alone``: only when the nearest earlier sentence naming anyone names that one person. ``main_first``: a
        subject of that sentence's main verb the article shows to be a he / she before a later subject (not for a
        pronoun inside a quotation, whose speaker speaks of someone else). ``speaks``: the pronoun is the subject of
        a speech verb (else one who reports another person's plans may not be the one meant)."""
        wanted = pronoun_sex(pronoun)
        if not wanted:
            return ""
        for back in range(sentence - 1, max(-1, sentence - 1 - LOOKBACK), -1):
            if back in self.unnamed:
                return ""  # its subject is a surname two people share, the likeliest one meant: no one is safe
            if self._beside_unknown(back, wanted):
                return ""  # the unnamed one is its subject, likelier meant than the one it names: no one is safe
            if alone and self.mentions.get(back):
                people = {m.name for m in self.mentions[back]}
                if len(people) != 1:
                    return ""
                name = people.pop()
                return name if self._sex(name) in ("", wanted) else ""
            here = self._could_be(back, wanted)
            if not here:
                continue
            subjects = [m for m in here if m.subject]
            people = {m.name for m in here}
            main = {m.name for m in subjects if m.main and self._sex(m.name) == wanted} if main_first else set()
            if len(main) == 1:
                # "Mr Balls had suggested that Mr Brown would meet his rule. He said …": the main verb's subject, not a
                # later one of a clause under it (a held-out card credited Balls's words to Brown, a wrong answer)
                name = main.pop()
                if not speaks and self._reported(here, name, wanted):
                    return ""
                return name
            if subjects:
                return subjects[-1].name
            if len(people) == 1:
                return here[-1].name
            return ""  # two people, neither the subject: naming one would be a guess
        return ""
