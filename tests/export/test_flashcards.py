"""The ``csv`` format: tab-separated front/back/tags, imported by Anki's own CSV importer."""

from __future__ import annotations

import html

from anki.collection import Collection
from anki.import_export_pb2 import ImportCsvRequest

from quizgen.export.flashcards import back, field, front, rows, tsv_document
from quizgen.questions.model import QuestionKind
from quizgen.export.quiz import select_questions
from tests.factory import NASTY, cloze, every_kind, result


def _questions():
    return every_kind(NASTY + "\nline\ttwo") + [
        cloze('"Quoted," she said, opening the harbour on Monday.', "Monday", 40),
        cloze("#1 priority was the harbour on Tuesday, Berg said.", "Tuesday", 41),
    ]


def _anki_import(tmp_path, tsv):
    """Import with Anki's CSV importer as a user would: tab separator, plain text, column 3 as tags."""
    col = Collection(str(tmp_path / "collection.anki2"))
    try:
        metadata = col.get_csv_metadata(str(tsv), None)
        metadata.is_html = False
        metadata.tags_column = 3
        col.import_csv(ImportCsvRequest(path=str(tsv), metadata=metadata))
        notes = [col.get_note(nid) for nid in sorted(col.find_notes(""))]
        return [(html.unescape(n.fields[0]), html.unescape(n.fields[1]), sorted(n.tags)) for n in notes]
    finally:
        col.close()


def test_every_row_has_three_tab_separated_fields_on_one_line():
    entries = select_questions([result(_questions(), name="harbour-news")])
    lines = tsv_document(entries).splitlines()
    assert len(lines) == len(entries) == 10
    for line in lines:
        assert line.count("\t") == 2
    by_kind = {e.question.kind: e.question for e in entries}
    mc = by_kind[QuestionKind.MULTIPLE_CHOICE]
    assert front(mc).endswith(" ".join(f"({l}) {c}" for l, c in zip("ABCDEFGH", mc.choices)))
    assert back(mc) == f"(A) {mc.answer}"
    assert front(by_kind[QuestionKind.TRUE_FALSE]).startswith("True or false: ")
    assert "_____" in front(by_kind[QuestionKind.CLOZE])


def test_anki_imports_the_same_fronts_backs_and_tags(tmp_path):
    entries = select_questions([result(_questions(), name="harbour-news")])
    tsv = tmp_path / "cards.tsv"
    tsv.write_text(tsv_document(entries), encoding="utf-8")
    imported = _anki_import(tmp_path, tsv)
    expected = [(f, b, sorted(t.split())) for f, b, t in rows(entries)]
    assert sorted(imported) == sorted(expected)
    assert any(f.startswith('"Quoted,"') for f, _, _ in imported)  # a leading quote is kept, not eaten
    assert any(f.startswith("#1 priority") for f, _, _ in imported)  # a leading # is not a comment
    assert all("article::harbour-news" in tags and "quizgen" in tags for _, _, tags in imported)


def test_rows_without_a_leading_quote_or_hash_split_plainly_on_tabs():
    entries = select_questions([result(every_kind(), name="harbour")])
    for line, (f, b, t) in zip(tsv_document(entries).splitlines(), rows(entries)):
        assert line.split("\t") == [f, b, t]  # what Quizlet's "Tab" import does


def test_fronts_and_backs_of_every_kind_exactly():
    by_kind = {q.kind: q for q in every_kind()}
    tf, the_cloze = by_kind[QuestionKind.TRUE_FALSE], by_kind[QuestionKind.CLOZE]
    assert back(tf) == tf.answer and back(the_cloze) == the_cloze.answer  # no letter outside multiple choice
    assert front(the_cloze) == "Oslo is the largest city in _____."
    assert field("#1 priority") == "#1 priority" and field("#1 priority", first=True) == '"#1 priority"'
