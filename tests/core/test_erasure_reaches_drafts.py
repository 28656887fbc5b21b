"""Erasing a match or purging an entry also removes the drafts that belong to it."""

from __future__ import annotations

from datetime import date

from logbook.records.book import Logbook
from logbook.records.drafts import ConcernDraft, DraftForm, DraftKey, EntryDraft
from logbook.records.dto import EntryInput
from logbook.records.values import Kind
from tests.conftest import Profiles


def test_erasing_a_match_removes_its_drafts(profiles: Profiles) -> None:
    with profiles.manager.unlock(profiles.name, profiles.passphrase) as unlocked:
        book = Logbook(unlocked.store)
        book.matches.add("M-0001", "Someone", date(2025, 1, 1))
        entry = book.entries.add(EntryInput(kind=Kind.VISIT, occurred_on=date(2025, 2, 1),
                                            match_code="M-0001", minutes=30))  # fmt: skip
        book.drafts.save(DraftKey.of_entry(entry.id), EntryDraft(notes="edit in progress"))
        new = DraftKey.new(DraftForm.ENTRY)
        book.drafts.save(new, EntryDraft(match_code="M-0001", notes="new visit being typed"))
        other = DraftKey.new(DraftForm.CONCERN)
        book.drafts.save(other, ConcernDraft(match_code="M-0002", facts="another match"))
        book.matches.erase("M-0001")
        assert [d.key for d in book.drafts.list()] == [other]


def test_purging_an_entry_removes_its_draft(book: Logbook) -> None:
    entry = book.entries.add(EntryInput(kind=Kind.REFLECTION, occurred_on=date(2025, 2, 1)))
    book.drafts.save(DraftKey.of_entry(entry.id), EntryDraft(notes="half an edit"))
    book.entries.purge(entry.id)
    assert book.drafts.list() == []
