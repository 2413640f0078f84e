"""A long article parsed in paragraph batches: the same annotations and results as one parse, names and pronouns
resolved across batches, no character limit, progress reported, and paragraph breaks that start sentences."""

from __future__ import annotations

import pytest

from quizgen.nlp.batches import Batching, parse_text
from quizgen.read.article import parse_article
from quizgen.run.build import build
from quizgen.run.component import COMPONENT, analyse
from quizgen.run.review_session import sentence_spans
from tests.conftest import SEED

# Each paragraph is its own batch with these sizes (every paragraph below is 100 to 200 characters long).
ONE_PARAGRAPH_EACH = Batching(long_text=1_000, batch_chars=200)
FILLER = [
    "The border between the two countries is among the most heavily fortified in the world, with artillery "
    "and troops on both sides of a strip of land that runs across the whole peninsula.",
    "Talks between the two governments have stalled for years, and an agreement signed to reduce tensions "
    "along the border has been abandoned by both sides since the summer.",
    "Satellite images published by several research groups show new roads and storage buildings close to "
    "the main airfield, which analysts say could be used to hide vehicles.",
]
NAMES_ACROSS_BATCHES = "\n".join([
    "North Korean leader Kim Jong Un inspected 250 new missile launchers at a ceremony in Pyongyang on Sunday.",
    "Joseph Dempsey, a research associate at the International Institute for Strategic Studies, said the "
    "launchers were probably built in North Korea.",
    *FILLER,
    "Kim supervised the handover of the launchers to military commanders, according to the state newspaper.",
    "Dempsey said it was unlikely that the missiles were loaded during the ceremony, for practical and for safety "
    "reasons.",
    "He said the launcher design was related to the Hwasong-11D, a short-range ballistic missile that North Korea "
    "says can carry a nuclear warhead.",
])


def _seed_copies(n: int) -> str:
    """The seed ``n`` times, each copy's people renamed (so a short name must find its own copy's full name)."""
    seed = SEED.read_text(encoding="utf-8").strip()
    people = [("Kim Jong Un", "Kim"), ("Joseph Dempsey", "Dempsey"), ("Lee Sung-joon", "Lee")]
    renamed = [[("Maria", "Lopez"), ("Carlos", "Mendes"), ("Aiko", "Tanaka")],
               [("Ivan", "Petrov"), ("Grace", "Okafor"), ("Omar", "Haddad")]]
    copies = [seed]
    for names in renamed[:n - 1]:
        text = seed
        for (full, short), (first, last) in zip(people, names):
            text = text.replace(full, f"{first} {last}").replace(short, last)
        copies.append(text)
    return "\n".join(copies)


def _comparable(result):
    return ([(f.key, f.answer, f.canonical, f.sentence, f.score) for f in result.facts],
            [(q.key, q.prompt, q.answer, q.choices) for q in result.questions], [q.key for q in result.candidates])


@pytest.mark.parametrize(("text", "sentences"), [
    ("The plan failed\nOfficials said it would return next year", 2),  # no full stop: the line break ends it
    ("The plan failed.\n\nOfficials said it would return.", 2),
    ("The plan failed \n  officials said it would return", 2),  # white space around the break
    ("The plan failed. Officials said it would return.", 2),  # one paragraph: the parser's own sentences
    ("The plan, officials said on Monday,\nwould return next year", 2),
])
def test_a_line_break_starts_a_sentence(nlp, text, sentences):
    doc = nlp(text)
    assert len(list(doc.sents)) == sentences
    breaks = [t.i for t in doc if t.i and "\n" in doc[t.i - 1].text and not t.is_space]
    assert all(doc[i].is_sent_start for i in breaks)


@pytest.mark.parametrize(("text", "first"), [
    ('The mayor said: "Crews will rebuild the old bridge by spring."\nWork began on Monday.',
     'The mayor said: "Crews will rebuild the old bridge by spring."'),
    ('The mayor said: "Crews will rebuild the old bridge by spring!"\nWork began on Monday.',
     'The mayor said: "Crews will rebuild the old bridge by spring!"'),
    ("The mayor said: “Crews will rebuild the old bridge by spring.”\nWork began on Monday.",
     "The mayor said: “Crews will rebuild the old bridge by spring.”"),
    ('The mayor said: "Crews will rebuild the old bridge by spring." Work began on Monday.',
     'The mayor said: "Crews will rebuild the old bridge by spring."'),
    # a quotation closing inside another ends the sentence too: the model ran the next one on
    ('"I am sure many scientists see this as a message of fear -- \'either ignore the science or we will come after '
     'you.\'" Committee Chairman Ben Orrin, R-Utah, did not respond to a request for comment.',
     '"I am sure many scientists see this as a message of fear -- \'either ignore the science or we will come after '
     'you.\'"'),
])
def test_a_closing_quotation_mark_stays_with_its_sentence(nlp, text, first):
    sentences = [s.text.strip() for s in nlp(text).sents]
    assert sentences[0] == first
    assert all(s not in ('"', "”") for s in sentences)


@pytest.mark.parametrize("text, first", [
    ("The report tracked the 4.9 million bbl. of oil that spilled into the bay. Crews cleaned the beaches.",
     "The report tracked the 4.9 million bbl. of oil that spilled into the bay."),
    ("Prices fell about 3 pct. in the first quarter at the mill. Crews cleaned the beaches.",
     "Prices fell about 3 pct. in the first quarter at the mill."),
])
def test_a_lowercase_word_after_an_abbreviation_goes_on_with_its_sentence(nlp, text, first):
    assert [s.text.strip() for s in nlp(text).sents][0] == first


@pytest.mark.parametrize("text, sentences", [
    # a company's title after its suffix (the dev corpus's "Genentech Inc." | "Chairman Art Levinson …": a gold fact
    # missed, the chairman's sentence without his company); a sentence ending on the suffix still ends there
    ("The board met on Wednesday.\nGenentech Inc. Chairman Art Levinson said the vote was unanimous.",
     ["The board met on Wednesday.", "Genentech Inc. Chairman Art Levinson said the vote was unanimous."]),
    ("Velm sold its stake to Dunford Corp. The deal closed in May.",
     ["Velm sold its stake to Dunford Corp.", "The deal closed in May."]),
])
def test_a_title_after_a_company_suffix_goes_on_with_its_sentence(nlp, text, sentences):
    assert [s.text.strip() for s in nlp(text).sents] == sentences


@pytest.mark.parametrize("text, sentences", [
    # a country's initials before one of its bodies (set AH: "… of the U.S." | "Congress said …", a card on
    # half a sentence, bad)
    ("Velm lawmakers and members of the U.S. Congress met on Friday to discuss the ferry rules.",
     ["Velm lawmakers and members of the U.S. Congress met on Friday to discuss the ferry rules."]),
    # any word after "the" and the initials that opens no sentence (set AN: "… the U.S." | "Thanksgiving holiday
    # … were left …", a card that opened mid-sentence, bad); one that opens a sentence still does
    ("Ferry crews back at work after the U.S. Thanksgiving break were left waiting for their pay.",
     ["Ferry crews back at work after the U.S. Thanksgiving break were left waiting for their pay."]),
    ("Dunford said the rule broke the U.K. Constitution's oldest custom.",
     ["Dunford said the rule broke the U.K. Constitution's oldest custom."]),
    ("Velm sold its last two ferries to the U.S. The deal closed in May.",
     ["Velm sold its last two ferries to the U.S.", "The deal closed in May."]),
])
def test_a_body_after_a_countrys_initials_goes_on_with_its_sentence(nlp, text, sentences):
    assert [s.text.strip() for s in nlp(text).sents] == sentences


def test_batches_are_whole_paragraphs_with_context_and_cover_the_text():
    lines = [f"Paragraph {n} says that {n * 10} new buses will reach the city of Lisbon next month." for n in range(12)]
    text = "\n".join(lines)
    batching = Batching(long_text=100, batch_chars=200)
    assert batching.wanted(text, 1_000_000) and not Batching().wanted(text, 1_000_000)
    assert Batching().wanted(text, max_length=len(text) - 1)  # longer than the parser takes: batched too
    batches = batching.batches(text, 1_000_000)
    assert [b.start for b in batches] == [sum(len(line) + 1 for line in lines[:n]) for n in range(0, 12, 2)]
    assert batches[-1].end == len(text) and all(a.end == b.start for a, b in zip(batches, batches[1:]))
    for n, batch in enumerate(batches):
        assert (batch.lo < batch.start) == (n > 0) and (batch.hi > batch.end) == (n < len(batches) - 1)
        assert batch.start - batch.lo <= 100 and batch.hi - batch.end <= 100
        assert batch.lo == 0 or (text[batch.lo - 1].isspace() and not text[batch.lo].isspace())  # a word's start
        assert batch.hi == len(text) or (text[batch.hi].isspace() and not text[batch.hi - 1].isspace())


@pytest.mark.parametrize(("text", "cut_after"), [
    # a paragraph longer than a batch is cut after a sentence's end, past half the batch
    ("The council met. " * 30, ("met. ",)),
    ("“We are ready,” she said. “The buses arrive soon.” " * 12, ("said. ", "soon.” ")),
    ("word " * 200, ("word ",)),  # no sentence end: between words
])
def test_a_paragraph_longer_than_a_batch_is_cut_between_sentences(text, cut_after):
    batches = Batching(long_text=100, batch_chars=200).batches(text.strip(), 1_000_000)
    assert len(batches) > 2
    for before, batch in zip(batches, batches[1:]):
        assert text[:batch.start].endswith(cut_after)
        assert 100 <= batch.start - before.start <= 200
    assert all(b.lo == b.start and b.hi == b.end for b in batches)  # inside a paragraph: no context, a new sentence


def test_one_word_longer_than_a_batch_is_not_cut():
    text = "x" * 500 + "\n" + "The buses arrive soon."
    batches = Batching(long_text=100, batch_chars=200).batches(text, 1_000_000)
    assert [(b.start, b.end) for b in batches] == [(0, 501), (501, len(text))]


def test_batched_parse_gives_the_annotations_and_results_of_one_parse(nlp):
    """A medium article where both work: parsed whole and in batches, the same tokens, tags, parse and entities,
    and so the same facts, deck and candidates (names, their frequency and the deck budget over the whole text)."""
    from spacy.attrs import DEP, ENT_IOB, ENT_TYPE, HEAD, LEMMA, MORPH, ORTH, POS, SENT_START, TAG

    from quizgen.nlp.blas import one_blas_thread

    text = _seed_copies(2)
    batching = Batching(long_text=4_000, batch_chars=800)
    assert len(batching.batches(text, nlp.max_length)) >= 10
    attrs = [ORTH, TAG, POS, MORPH, LEMMA, DEP, HEAD, SENT_START, ENT_IOB, ENT_TYPE]
    parse_only = [name for name in nlp.pipe_names if name == COMPONENT]  # the parse, not the facts
    with one_blas_thread(), nlp.select_pipes(disable=parse_only):
        whole, together = nlp(text), parse_text(nlp, text, batching)
    assert together.text == text
    assert (together.to_array(attrs) == whole.to_array(attrs)).all()
    assert sentence_spans(nlp, text, batching) == sentence_spans(nlp, text)  # the review page's sentences

    article = parse_article(text, "copies")
    (one,) = analyse(nlp, [article])
    (batched,) = analyse(nlp, [article], batching=batching)
    assert _comparable(batched) == _comparable(one) and one.questions


def test_names_and_pronouns_are_resolved_across_batches(nlp):
    article = parse_article(NAMES_ACROSS_BATCHES, "names")
    text = article.text
    starts = [b.start for b in ONE_PARAGRAPH_EACH.batches(text, nlp.max_length)]
    assert starts == [0] + [i + 1 for i, c in enumerate(text) if c == "\n"]  # one paragraph to a batch
    (result,) = analyse(nlp, [article], batching=ONE_PARAGRAPH_EACH)
    kim = [f for f in result.facts if f.sentence.startswith("Kim Jong Un supervised")]  # "Kim" written out in full
    assert kim and any(f.answer == f.canonical == "Kim Jong Un" for f in kim)  # introduced six batches earlier
    assert any(f.sentence.startswith("[Joseph Dempsey] said the launcher design") for f in result.facts)
    (one,) = analyse(nlp, [article], batching=Batching())  # parsed whole
    assert _comparable(result) == _comparable(one)


def test_batches_parsed_in_two_processes_give_the_same_result(nlp):
    article = parse_article(NAMES_ACROSS_BATCHES, "names")
    (one,) = analyse(nlp, [article], batching=ONE_PARAGRAPH_EACH)
    results = list(analyse(nlp, [parse_article("The mayor of Oslo, Anna Berg, opened 3 libraries.", "oslo"), article],
                           batching=ONE_PARAGRAPH_EACH, n_process=2))
    assert [r.article.name for r in results] == ["oslo", "names"]
    assert _comparable(results[1]) == _comparable(one)


def test_progress_follows_the_batches_then_the_facts(nlp):
    article = parse_article(NAMES_ACROSS_BATCHES, "names")
    steps = []
    list(analyse(nlp, [parse_article("The mayor of Oslo, Anna Berg, opened 3 libraries.", "oslo"), article],
                 batching=ONE_PARAGRAPH_EACH, progress=lambda a, done, total: steps.append((a.name, done, total))))
    batches = len(ONE_PARAGRAPH_EACH.batches(article.text, nlp.max_length))
    assert steps == [("names", n, batches + 1) for n in range(1, batches + 2)]  # nothing for a short article


def test_no_character_limit_below_max_bytes(nlp, tmp_path, monkeypatch):
    """An article longer than the parser takes (its ``max_length``, lowered here to keep the test small) is built."""
    path = tmp_path / "long.txt"
    path.write_text("\n".join([NAMES_ACROSS_BATCHES] * 2), encoding="utf-8")
    monkeypatch.setattr(nlp, "max_length", 1_500)
    steps = []
    report = build([str(path)], tmp_path / "out", nlp=nlp, formats=("csv",),
                   parsing=lambda done, total, title: steps.append((done, total, title)))
    assert not report.left_out and report.results[0].questions
    assert steps[-1][0] == steps[-1][1] > 4 and steps[-1][2] == report.results[0].article.title


def test_the_command_line_draws_a_bar_for_a_long_article(monkeypatch, capsys):
    from quizgen.cli import _progress

    monkeypatch.setenv("FORCE_COLOR", "1")  # rich draws as on a terminal
    with _progress(quiet=False) as (articles, parsing):
        for done in range(1, 5):
            parsing(done, 4, "A Long Report")
        articles(1, 1, "A Long Report")
    drawn = capsys.readouterr().err
    assert "reading A Long Report" in drawn and "2/4" in drawn and "finding facts in A Long Report" in drawn
    assert "━" in drawn and "writing the files" in drawn
    with _progress(quiet=True) as callbacks:
        assert callbacks == (None, None)
