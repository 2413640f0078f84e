"""The text exporters' ``export`` entry points write exactly their document, honouring --kinds and --questions."""

from __future__ import annotations

import pytest

from quizgen.errors import NoFactsError
from quizgen.export import ExportSettings, exporter
from quizgen.export.flashcards import tsv_document
from quizgen.export.gift import gift_document
from quizgen.export.moodle_xml import moodle_document
from quizgen.export.quiz import select_questions
from quizgen.questions.model import QuestionKind
from tests.factory import every_kind, result

DOCUMENTS = {"gift": gift_document, "moodle-xml": moodle_document, "csv": tsv_document}


@pytest.mark.parametrize("name", sorted(DOCUMENTS))
def test_export_writes_the_document_of_the_chosen_questions(tmp_path, name):
    results = [result(every_kind())]
    kinds = (QuestionKind.CLOZE, QuestionKind.TRUE_FALSE)
    settings = ExportSettings(title="Harbour", deck_name="Harbour", quiz_kinds=kinds, quiz_questions=3)
    path = tmp_path / f"out{exporter(name).SUFFIX}"
    exporter(name).export(results, settings, path)
    entries = select_questions(results, kinds, 3)
    assert len(entries) == 3 and {e.question.kind for e in entries} <= set(kinds)
    assert path.read_bytes().decode("utf-8") == DOCUMENTS[name](entries)


@pytest.mark.parametrize("name", sorted(DOCUMENTS))
def test_export_of_no_questions_of_the_kind_is_an_error_and_writes_nothing(tmp_path, name):
    questions = [q for q in every_kind() if q.kind is QuestionKind.CLOZE]
    settings = ExportSettings(title="Harbour", deck_name="Harbour", quiz_kinds=(QuestionKind.TRUE_FALSE,))
    path = tmp_path / "out.txt"
    with pytest.raises(NoFactsError, match="no questions of kind true_false"):
        exporter(name).export([result(questions)], settings, path)
    assert not path.exists()
