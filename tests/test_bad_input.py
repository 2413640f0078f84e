"""Bad input through the CLI: one line on stderr, a documented exit code, and the output folder untouched."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from typer.testing import CliRunner

from quizgen.run.build import build
from quizgen.cli import app
from quizgen.errors import EXIT_INPUT, EXIT_INTERRUPTED, EXIT_NO_FACTS, EXIT_OUTPUT, EXIT_USAGE
from tests.conftest import HELD_BACK_ONLY, SEED

runner = CliRunner()
GOOD = "The mayor of Oslo, Anna Berg, opened 3 new libraries in May 2023.\n"
NO_FACTS = "it is what it is.\nnothing more to say about that.\n"


@pytest.fixture
def out(tmp_path):
    """An output folder that already holds a deck and a quiz from an earlier run."""
    folder = tmp_path / "out"
    folder.mkdir()
    (folder / "story.apkg").write_bytes(b"an earlier deck")
    (folder / "story.html").write_text("an earlier quiz", encoding="utf-8")
    return folder


def snapshot(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def fails(args: list[str], code: int, message: str, folder: Path, *, stdin: str | bytes | None = None) -> str:
    """Run the CLI, expecting one ``quizgen: error:`` line containing ``message``; the folder must not change."""
    before = snapshot(folder)
    result = runner.invoke(app, args, input=stdin)
    lines = result.stderr.strip().splitlines()
    assert result.exit_code == code, (result.exit_code, result.output, result.stderr)
    assert len(lines) == 1 and lines[0].startswith("quizgen: error: ") and message in lines[0], lines
    assert "Traceback" not in result.output + result.stderr
    assert result.stdout == ""
    assert snapshot(folder) == before
    return lines[0]


def write(path: Path, data: bytes) -> str:
    path.write_bytes(data)
    return str(path)


def test_missing_path(tmp_path, out):
    line = fails(["build", str(tmp_path / "nope.txt"), "--out", str(out)], EXIT_INPUT, "no such file", out)
    assert line == f"quizgen: error: {tmp_path / 'nope.txt'}: no such file"


def test_folder_with_no_articles(tmp_path, out):
    folder = tmp_path / "empty-folder"
    (folder / "sub").mkdir(parents=True)
    (folder / "notes.doc").write_bytes(b"\xd0\xcf\x11\xe0")  # Word before 2007: not read
    (folder / ".hidden.txt").write_text(GOOD, encoding="utf-8")
    fails(["build", str(folder), "--out", str(out)], EXIT_INPUT, f"{folder}: no article files (.txt", out)


@pytest.mark.parametrize("content", [b"", b"  \n\t \r\n  "], ids=["empty", "whitespace"])
def test_empty_or_whitespace_file(tmp_path, out, content):
    path = write(tmp_path / "story.txt", content)
    fails(["build", path, "--out", str(out)], EXIT_INPUT, f"{path}: the article is empty", out)


def test_empty_stdin(out):
    fails(["build", "-", "--out", str(out)], EXIT_INPUT, "stdin: the article is empty", out, stdin="  \n")


def test_binary_file(tmp_path, out):
    path = write(tmp_path / "story.txt", bytes(range(256)) * 8)
    fails(["build", path, "--out", str(out)], EXIT_INPUT, f"{path}: looks like a binary file, not text", out)


def test_binary_file_named_html(tmp_path, out):
    path = write(tmp_path / "story.html", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(200))
    fails(["build", path, "--out", str(out)], EXIT_INPUT, "looks like a binary file", out)


def test_latin1_file_is_refused_not_guessed(tmp_path, out):
    path = write(tmp_path / "story.txt", "The café in Málaga opened in May 2023.".encode("latin-1"))
    fails(["build", path, "--out", str(out)], EXIT_INPUT, "not valid UTF-8 text (byte 7); save it as UTF-8", out)


def test_utf16_without_byte_order_mark_is_refused(tmp_path, out):
    path = write(tmp_path / "story.txt", GOOD.encode("utf-16-le"))
    fails(["build", path, "--out", str(out)], EXIT_INPUT, "UTF-16 text without a byte-order mark", out)


def test_utf16_with_byte_order_mark_is_read(tmp_path, out):
    """Documented choice: UTF-16 with a byte-order mark is unambiguous, so it is decoded as text."""
    path = write(tmp_path / "story.txt", GOOD.encode("utf-16"))  # BOM + UTF-16
    result = runner.invoke(app, ["build", path, "--out", str(out), "--quiet"])
    assert result.exit_code == 0, result.output
    assert (out / "story.apkg").read_bytes() != b"an earlier deck"
    assert "Anna Berg" in (out / "story.html").read_text(encoding="utf-8")


def test_file_over_the_size_limit(tmp_path, out):
    path = write(tmp_path / "story.txt", SEED.read_bytes())  # a real article: its deck is more than one fill-in card
    fails(["build", path, "--out", str(out), "--max-bytes", "1000"], EXIT_INPUT,
          f"{path}: larger than the 1,000-byte limit (raise it with --max-bytes)", out)
    raised = runner.invoke(app, ["build", path, "--out", str(out), "--max-bytes", "100000", "--quiet"])
    assert raised.exit_code == 0, raised.output


def test_stdin_over_the_size_limit(out):
    fails(["build", "-", "--out", str(out), "--max-bytes", "50"], EXIT_INPUT, "stdin: larger than the 50-byte",
          out, stdin=GOOD * 3)


def test_article_with_no_usable_facts(tmp_path, out):
    path = write(tmp_path / "story.txt", NO_FACTS.encode())
    fails(["build", path, "--out", str(out)], EXIT_NO_FACTS, f"{path}: no usable facts found", out)


def test_article_whose_every_card_is_held_back(tmp_path, out):
    """Held-back cards (trivia, cards needing the article) alone make no deck: the build says so and names the way
    to every card, which builds."""
    path = write(tmp_path / "story.txt", HELD_BACK_ONLY.encode())
    fails(["build", path, "--out", str(out)], EXIT_NO_FACTS, f"{path}: no card worth a deck", out)
    result = runner.invoke(app, ["build", path, "--out", str(tmp_path / "all"), "--all-cards"])
    assert result.exit_code == 0, result.stderr
    assert (tmp_path / "all" / "story.apkg").exists()


def test_existing_deck_survives_a_failed_run_with_the_same_name(tmp_path, out):
    path = write(tmp_path / "story.txt", NO_FACTS.encode())
    fails(["build", path, "--out", str(out), "--name", "story"], EXIT_NO_FACTS, "no usable facts", out)
    assert (out / "story.apkg").read_bytes() == b"an earlier deck"


def test_existing_deck_survives_an_interrupted_run(tmp_path, out, nlp):
    articles = tmp_path / "articles"
    articles.mkdir()
    for n in range(3):
        (articles / f"a{n}.txt").write_text(GOOD, encoding="utf-8")
    before = snapshot(out)

    def interrupt(done: int, total: int, title: str) -> None:
        if done == 2:
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        build([str(articles)], out, name="story", nlp=nlp, progress=interrupt)
    assert snapshot(out) == before
    with pytest.raises(KeyboardInterrupt):
        build([str(articles)], tmp_path / "new" / "deeper", nlp=nlp, progress=interrupt, split=True)
    assert not (tmp_path / "new").exists()  # a folder the failed run created is gone too


def test_interrupt_is_exit_130_with_one_line(tmp_path, monkeypatch):
    import quizgen.run.build

    def interrupted(*args, **kwargs):
        raise KeyboardInterrupt

    monkeypatch.setattr(quizgen.run.build, "build", interrupted)
    result = runner.invoke(app, ["build", str(SEED), "--out", str(tmp_path / "o")])
    assert result.exit_code == EXIT_INTERRUPTED
    assert result.stderr.strip().splitlines() == ["quizgen: interrupted; nothing was written"]


def test_output_folder_that_is_a_file(tmp_path, out):
    blocker = tmp_path / "out" / "story.html"
    fails(["build", str(SEED), "--out", str(blocker)], EXIT_OUTPUT, "cannot create the output folder", out)
    fails(["build", str(SEED), "--out", str(blocker / "sub")], EXIT_OUTPUT, "cannot create the output folder", out)


@pytest.mark.skipif(os.geteuid() == 0, reason="root can write into a read-only folder")
def test_unwritable_output_folder(tmp_path, out):
    out.chmod(0o555)
    try:
        fails(["build", str(SEED), "--out", str(out)], EXIT_OUTPUT, "not writable", out)
    finally:
        out.chmod(0o755)


def test_unwritable_output_folder_even_for_root(tmp_path, out):
    """/proc refuses new folders to everyone, root included."""
    fails(["build", str(SEED), "--out", "/proc/quizgen-test"], EXIT_OUTPUT, "cannot create the output folder", out)


@pytest.mark.parametrize("name", ["../../x", "sub/x", "..", ".hidden/../x"])
def test_output_name_with_a_path_in_it(tmp_path, out, name):
    fails(["build", str(SEED), "--out", str(out), "--name", name], EXIT_OUTPUT, "must be a plain file name", out)
    assert not (tmp_path.parent / "x.apkg").exists()


def test_questions_output_name_that_is_not_a_file(tmp_path, out):
    fails(["questions", str(SEED), "-o", str(out) + "/.."], EXIT_OUTPUT, "not a file name", out)


def test_url_that_cannot_be_fetched(out):
    # Port 9 (discard) on the loopback interface: nothing listens, so the connection is refused.
    fails(["build", "http://127.0.0.1:9/story.html", "--out", str(out)], EXIT_INPUT,
          "http://127.0.0.1:9/story.html: cannot fetch (", out)


def test_name_with_split_is_a_usage_error(tmp_path, out):
    fails(["build", str(SEED), "--split", "--name", "x", "--out", str(out)], EXIT_USAGE, "--split", out)


def test_questions_file_mixed_with_articles(tmp_path, out):
    path = write(tmp_path / "q.json", b"{}")
    fails(["build", path, str(SEED), "--out", str(out)], EXIT_USAGE, "cannot be mixed", out)


def test_names_too_long_for_the_file_system(tmp_path, out):
    long = "a" * 5000
    fails(["build", str(tmp_path / long), "--out", str(out)], EXIT_INPUT, "cannot read (File name too long)", out)
    fails(["build", str(SEED), "--out", str(tmp_path / long)], EXIT_OUTPUT, "cannot create the output folder", out)
    fails(["build", str(SEED), "--out", str(out), "--name", long[:300]], EXIT_OUTPUT, "File name too long", out)


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_a_fault_of_quizgens_own_on_one_article_leaves_out_that_one_not_the_run(tmp_path, monkeypatch, jobs):
    """A batch goes on past an article a rule fails on (a real page once stopped a 23-article build): the others'
    decks are written, the failed one is named in a warning line; with --strict the run stops as before."""
    import quizgen.run.component as component

    real = component.extract_facts

    def broken_on_lisbon(doc, **kwargs):
        if "Lisbon" in doc.text:
            raise KeyError(11)
        return real(doc, **kwargs)

    monkeypatch.setattr(component, "extract_facts", broken_on_lisbon)
    monkeypatch.delenv("QUIZGEN_DEBUG", raising=False)
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "oslo.txt").write_text(GOOD, encoding="utf-8")
    (folder / "lisbon.txt").write_text(GOOD.replace("Oslo", "Lisbon"), encoding="utf-8")
    out = tmp_path / "out"
    result = runner.invoke(app, ["build", str(folder), "--split", "--out", str(out), "-q", "-j", jobs])
    assert result.exit_code == 0, result.stderr
    assert sorted(p.name for p in out.glob("*.apkg")) == ["oslo.apkg"]
    (line,) = [x for x in result.stderr.splitlines() if "lisbon" in x]
    assert "internal error (KeyError: 11)" in line and "This is a bug" in line and line.endswith("left out")
    strict = runner.invoke(app, ["build", str(folder), "--split", "--out", str(tmp_path / "strict"), "-q",
                                 "-j", jobs, "--strict"])
    assert strict.exit_code == 70 and "internal error (KeyError: 11)" in strict.stderr
    assert not (tmp_path / "strict").exists() or not list((tmp_path / "strict").glob("*.apkg"))


def test_with_quizgen_debug_a_fault_on_one_article_of_several_shows_where(tmp_path, monkeypatch):
    """QUIZGEN_DEBUG=1 raises the fault where it happened (its traceback), in a batch too, rather than a warning."""
    import quizgen.run.component as component

    def broken(*args, **kwargs):
        raise KeyError(11)

    monkeypatch.setattr(component, "extract_facts", broken)
    monkeypatch.setenv("QUIZGEN_DEBUG", "1")
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "oslo.txt").write_text(GOOD, encoding="utf-8")
    (folder / "lisbon.txt").write_text(GOOD.replace("Oslo", "Lisbon"), encoding="utf-8")
    result = runner.invoke(app, ["build", str(folder), "--split", "--out", str(tmp_path / "out"), "-q"])
    assert isinstance(result.exception, KeyError)


def test_the_component_called_on_its_own_raises_a_fault(nlp, monkeypatch):
    """Only ``analyse`` turns a fault into an article's result: the pipeline component called as spaCy calls it
    (``nlp(text)``) raises it, as any component would."""
    import quizgen.run.component as component

    def broken(*args, **kwargs):
        raise RuntimeError("a rule failed")  # (spaCy rewraps a component's KeyError as its own ValueError)

    monkeypatch.setattr(component, "extract_facts", broken)
    pipeline = component.with_questions_component(nlp)
    with pytest.raises(RuntimeError, match="a rule failed"):
        pipeline(GOOD)


def test_a_fault_that_cannot_be_pickled_comes_back_from_a_worker_as_its_one_line():
    import pickle

    from quizgen.run.component import _Fault, _fault_pickle

    class Unpicklable(Exception):
        def __init__(self) -> None:
            super().__init__("a rule failed")
            self.held = lambda: None  # a lambda does not pickle

    back = pickle.loads(_fault_pickle(_Fault(Unpicklable())))
    assert isinstance(back.error, RuntimeError) and str(back.error) == "Unpicklable: a rule failed"
    assert isinstance(pickle.loads(_fault_pickle(_Fault(KeyError(11)))).error, KeyError)


def test_a_huge_max_bytes_does_not_allocate_it(tmp_path):
    huge = str(10**17)
    for args, stdin in (([str(SEED)], None), (["-"], GOOD)):
        result = runner.invoke(app, ["build", *args, "--out", str(tmp_path), "--max-bytes", huge, "-q"], input=stdin)
        assert result.exit_code == 0, result.stderr


def test_a_fault_of_quizgens_own_is_one_line(tmp_path, out, monkeypatch):
    """A rule that fails on some article (a real page once raised a KeyError deep in a rule) ends the run with one
    line and exit 70, not a traceback; the earlier deck stays."""
    import quizgen.run.component as component

    def broken(*args, **kwargs):
        raise KeyError(11)

    monkeypatch.setattr(component, "extract_facts", broken)
    monkeypatch.delenv("QUIZGEN_DEBUG", raising=False)
    story = tmp_path / "story.txt"
    story.write_text(GOOD, encoding="utf-8")
    line = fails(["build", str(story), "--out", str(out)], 70, "internal error (KeyError: 11)", out)
    assert "This is a bug" in line


def test_a_fault_on_a_long_article_parsed_in_batches_is_its_result_too(nlp, monkeypatch):
    """A long article's batches are joined and questioned in this process: a fault there is raised, or with
    ``keep_going`` becomes that article's result, as it does for an article parsed whole."""
    import quizgen.run.component as component
    from quizgen.nlp.batches import Batching
    from quizgen.read.article import Article

    def broken(*args, **kwargs):
        raise KeyError(11)

    monkeypatch.setattr(component, "extract_facts", broken)
    monkeypatch.delenv("QUIZGEN_DEBUG", raising=False)
    text = "\n\n".join([GOOD] * 3)
    batched = Batching(long_text=100, batch_chars=200)
    article = Article(name="oslo", title="Oslo", text=text)
    (result,) = component.analyse(nlp, [article], batching=batched, keep_going=True)
    assert result.fault == "KeyError: 11" and result.questions == ()
    with pytest.raises(KeyError):
        list(component.analyse(nlp, [article], batching=batched))
