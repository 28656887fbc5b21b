"""Drafts are typed by the core and end in the same transaction as the record they become."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date, time
from typing import Any

import pytest
from sqlalchemy import event, text
from sqlalchemy.engine import Engine

from logbook.errors import InvalidValue
from logbook.records.book import Logbook
from logbook.records.drafts import (
    ConcernDraft,
    DraftForm,
    DraftKey,
    EntryDraft,
    MatchDraft,
    MeasureDraft,
)
from logbook.records.dto import ConcernInput, EntryInput
from logbook.records.measures import Instrument
from logbook.records.values import Kind
from tests.conftest import Profiles


def test_each_form_keeps_its_own_typed_draft(book: Logbook) -> None:
    drafts = {
        DraftKey.new(DraftForm.ENTRY): EntryDraft(
            kind="visit", occurred_on=date(2025, 3, 1), occurred_time=time(14, 30),
            minutes="0", notes="her **granddaughter** came\n- bring photos",
        ),
        DraftKey.new(DraftForm.CONCERN): ConcernDraft(match_code="M-0001", facts="seen"),
        DraftKey.new(DraftForm.MEASURE): MeasureDraft(
            match_code="M-0001", instrument="ucla3", answers=(1, None, 3)
        ),
        DraftKey.new(DraftForm.MATCH): MatchDraft(code="m-7", name="Someone"),
    }  # fmt: skip
    for key, draft in drafts.items():
        book.drafts.save(key, draft)
    found = {d.key: d.draft for d in book.drafts.list()}
    assert found == drafts
    for key in drafts:
        assert DraftKey.parse(str(key)) == key


def test_a_draft_cannot_be_kept_under_another_forms_key(book: Logbook) -> None:
    with pytest.raises(InvalidValue):
        book.drafts.save(DraftKey.new(DraftForm.CONCERN), EntryDraft(notes="x"))


def test_saving_an_entry_discards_its_draft(book: Logbook) -> None:
    key = DraftKey.new(DraftForm.ENTRY)
    book.drafts.save(key, EntryDraft(kind="reflection", notes="thoughts"))
    entry = book.entries.add(
        EntryInput(kind=Kind.REFLECTION, occurred_on=date(2025, 3, 1), notes="thoughts"),
        draft=key,
    )
    assert book.drafts.list() == []
    book.drafts.save(DraftKey.of_entry(entry.id), EntryDraft(kind="reflection", notes="more"))
    book.entries.edit(entry.id, notes="more")
    assert book.drafts.list() == []


@contextmanager
def failing_draft_delete(engine: Engine) -> Iterator[None]:
    """The moment between saving a record and dropping its draft, made to fail."""

    def refuse(conn: Any, cursor: Any, statement: str, *args: Any) -> None:
        if statement.lstrip().upper().startswith("DELETE FROM DRAFT"):
            raise RuntimeError("simulated crash")

    event.listen(engine, "before_cursor_execute", refuse)
    try:
        yield
    finally:
        event.remove(engine, "before_cursor_execute", refuse)


def test_a_crash_before_the_draft_goes_saves_neither(book: Logbook, profiles: Profiles) -> None:
    key = DraftKey.new(DraftForm.ENTRY)
    book.drafts.save(key, EntryDraft(kind="reflection", notes="thoughts"))
    engine = book.drafts._store.engine
    with failing_draft_delete(engine), pytest.raises(Exception, match="simulated crash"):
        book.entries.add(
            EntryInput(kind=Kind.REFLECTION, occurred_on=date(2025, 3, 1), notes="thoughts"),
            draft=key,
        )
    # Either both happened or neither: here neither, so restoring the draft cannot duplicate.
    assert book.entries.list().total == 0
    assert [d.key for d in book.drafts.list()] == [key]


def test_other_forms_discard_their_drafts_with_the_record(book: Logbook) -> None:
    match_key = DraftKey.new(DraftForm.MATCH)
    book.drafts.save(match_key, MatchDraft(code="M-0001", name="Someone"))
    book.matches.add("M-0001", "Someone", date(2025, 1, 1), draft=match_key)
    concern_key = DraftKey.new(DraftForm.CONCERN)
    book.drafts.save(concern_key, ConcernDraft(match_code="M-0001", seen_or_said="words"))
    book.concerns.add(
        ConcernInput(match_code="M-0001", occurred_on=date(2025, 2, 1), seen_or_said="words"),
        draft=concern_key,
    )
    measure_key = DraftKey.new(DraftForm.MEASURE)
    book.drafts.save(measure_key, MeasureDraft(match_code="M-0001", instrument="ucla3"))
    book.measures.add("M-0001", Instrument.UCLA3, [1, 2, 3], consent=False, draft=measure_key)
    assert book.drafts.list() == []


def test_notes_are_kept_exactly_as_typed_but_for_line_endings_and_outer_space(
    book: Logbook,
) -> None:
    typed = "  \r\nher **granddaughter** came  \r\n- bring photos\r\n\r\n\\*  not a list\n\t "
    entry = book.entries.add(EntryInput(kind=Kind.REFLECTION, occurred_on=date(2025, 3, 1),
                                        notes=typed))  # fmt: skip
    expected = "her **granddaughter** came  \n- bring photos\n\n\\*  not a list"
    assert book.entries.get(entry.id).notes == expected
    book.entries.edit(entry.id, notes=book.entries.get(entry.id).notes)
    assert book.entries.get(entry.id).notes == expected


@pytest.mark.parametrize("minutes", [0, 1441, 5000])
def test_minutes_out_of_range_are_refused_not_changed(book: Logbook, minutes: int) -> None:
    book.matches.add("M-0001", "Someone", date(2025, 1, 1))
    with pytest.raises(InvalidValue, match="must be between 1 and 1440"):
        book.entries.add(EntryInput(kind=Kind.VISIT, occurred_on=date(2025, 3, 1),
                                    match_code="M-0001", minutes=minutes))  # fmt: skip


def test_drafts_from_before_typed_keys_are_upgraded(profiles: Profiles) -> None:
    legacy = '{"kind": "visit", "minutes": 45, "notes": "old draft", "occurred_on": "2025-02-01"}'
    with profiles.manager.unlock(profiles.name, profiles.passphrase) as unlocked:
        # Back to schema 0005 for real, so later migrations run again on a file they fit.
        from alembic import command

        from logbook.db.migrate import alembic_config

        cfg = alembic_config()
        with unlocked.store.engine.begin() as conn:
            cfg.attributes["connection"] = conn
            command.downgrade(cfg, "0005")
        with unlocked.store.session() as s:
            s.execute(
                text("INSERT INTO draft (key, payload, updated_at) VALUES ('new', :p, :t)"),
                {"p": legacy, "t": "2025-02-01 10:00:00"},
            )
    with profiles.manager.unlock(profiles.name, profiles.passphrase) as unlocked:
        (found,) = Logbook(unlocked.store).drafts.list()
    assert found.key == DraftKey(DraftForm.ENTRY, "new")
    assert found.draft == EntryDraft(minutes="45", notes="old draft", occurred_on=date(2025, 2, 1))
