"""Rebuilding after the article grew: new notes added, changed notes updated, review history kept (real Anki)."""

from __future__ import annotations

import time

from quizgen.run.build import build
from quizgen.export.anki import article_notes
from tests.anki_helpers import import_apkg, open_collection

V1 = """title: Harbour Works
date: 2024-03-14

The Puddefjord Bridge in Bergen reopened to traffic on Thursday after a repair that took two years.
Engineers replaced 36 steel cables on the bridge, which first opened in 1956.
The mayor of Bergen, Marte Mjøs Persen, cut the ribbon at a ceremony in the city.
The repair was led by the contractor Kruse Smith, the Norwegian Public Roads Administration said.
"""

# One sentence re-worded away from its answers, two sentences added.
V2 = V1.replace("cut the ribbon at a ceremony in the city", "cut the ribbon at a short ceremony in the city") + (
    "Commuters from Laksevåg used a temporary ferry run by the operator Skyss during the closure.\n"
    "A second phase of work on the cycle lanes is due to finish in September 2025.\n")


def _notes(report) -> dict[str, list[str]]:
    """GUID → note fields, as the exporter writes them."""
    (result,) = report.results
    return {note.guid: list(note.fields) for note in article_notes(result)}


def test_rebuild_adds_new_updates_changed_and_keeps_review_history(nlp, tmp_path):
    article = tmp_path / "harbour.txt"
    article.write_text(V1, encoding="utf-8")
    first = build([str(article)], tmp_path / "v1", nlp=nlp, cards=None)
    before = _notes(first)

    col = open_collection(tmp_path)
    try:
        log = import_apkg(col, tmp_path / "v1" / "harbour.apkg")
        assert len(log.new) == len(before) >= 5
        col.decks.select(col.decks.id_for_name("Harbour Works"))
        reviewed = col.sched.getCard()
        assert reviewed is not None
        col.sched.answerCard(reviewed, 3)  # "Good", through the v3 scheduler
        reviewed.load()
        reps, interval_state = reviewed.reps, (reviewed.queue, reviewed.type, reviewed.due)
        assert reps == 1
        revlog = col.db.scalar("select count() from revlog where cid = ?", reviewed.id)
        assert revlog == 1
        reviewed_guid = reviewed.note().guid
        ids = dict(col.db.all("select guid, id from notes"))
        card_ids = sorted(col.find_cards(""))

        time.sleep(1.1)  # builds are stamped with their build time; Anki updates only newer notes
        article.write_text(V2, encoding="utf-8")
        second = build([str(article)], tmp_path / "v2", nlp=nlp, cards=None)
        after = _notes(second)
        added = set(after) - set(before)
        changed = {g for g in set(after) & set(before) if after[g] != before[g]}
        assert added, "the added sentences gave no new notes"
        assert changed, "the re-worded sentence changed no note"
        # the reviewed card is the first new card, on the first sentence, which did not change
        assert reviewed_guid in after and reviewed_guid not in changed

        log = import_apkg(col, tmp_path / "v2" / "harbour.apkg")
        guid_of = lambda entry: col.db.scalar("select guid from notes where id = ?", entry.id.nid)  # noqa: E731
        assert {guid_of(n) for n in log.new} == added
        # Anki 26.9 logs every note of a newer build as updated, changed or not; the changed ones are among them
        # and the unchanged ones come through with the very same fields.
        kept = set(after) & set(before)
        assert {guid_of(n) for n in log.updated} == kept and changed <= kept
        assert list(log.duplicate) == []
        for problem in ("conflicting", "missing_notetype", "missing_deck", "empty_first_field"):
            assert list(getattr(log, problem)) == [], problem
        assert col.note_count() == len(set(before) | set(after))
        assert {g: i for g, i in col.db.all("select guid, id from notes") if g in ids} == ids  # updated in place
        assert set(card_ids) <= set(col.find_cards(""))

        card = col.get_card(reviewed.id)
        assert card.note().guid == reviewed_guid
        assert card.reps == reps and (card.queue, card.type, card.due) == interval_state
        assert col.db.scalar("select count() from revlog where cid = ?", reviewed.id) == 1
        for guid in kept:  # same notes; changed ones carry the new wording, the others are as they were
            note = col.get_note(col.db.scalar("select id from notes where guid = ?", guid))
            assert ("short ceremony" in " ".join(note.fields)) == (guid in changed)
            assert list(note.fields) == after[guid]
    finally:
        col.close()


def test_a_smaller_rebuild_retires_the_notes_it_no_longer_makes(nlp, tmp_path):
    from quizgen.export.anki import RETIRED_TAG

    article = tmp_path / "harbour.txt"
    article.write_text(V2, encoding="utf-8")
    first = build([str(article)], tmp_path / "out", nlp=nlp, cards=None)
    col = open_collection(tmp_path)
    try:
        log = import_apkg(col, tmp_path / "out" / "harbour.apkg")
        assert len(log.new) == first.questions >= 6
        time.sleep(1.1)  # a later build, so Anki takes its notes as updates
        second = build([str(article)], tmp_path / "out", nlp=nlp, cards=2)  # the same folder: the old deck is read
        kept = {note.guid for r in second.results for note in article_notes(r)}
        assert 1 <= len(kept) <= 2  # at most 2, fewer when the second is unlikely to be kept (``MIN_KEEP``)
        kept_card = next(c for c in (col.get_card(i) for i in col.find_cards("")) if c.note().guid in kept)
        kept_card.start_timer()
        col.sched.answerCard(kept_card, 3)  # "Good": review history on a kept card
        log = import_apkg(col, tmp_path / "out" / "harbour.apkg")
        assert len(log.new) == 0  # nothing duplicated
        retired = col.find_notes(f"tag:{RETIRED_TAG}")
        assert len(retired) == first.questions - len(kept) >= 4
        for nid in retired:
            note = col.get_note(nid)
            assert note.guid not in kept and "quizgen no longer makes this card" in note.fields[0]
        assert not set(col.find_notes(f"tag:{RETIRED_TAG}")) & {col.get_card(kept_card.id).nid}
        assert col.db.scalar("select count() from revlog where cid = ?", kept_card.id) == 1  # history kept
        assert len(col.find_notes("")) == first.questions
    finally:
        col.close()
