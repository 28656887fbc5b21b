"""Migration 0007 upgrades a schema-0006 file: concerns intact and ready for additions."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

from logbook.db.migrate import current_revision, head_revision
from logbook.records.book import Logbook
from logbook.vault.profiles import ProfileManager

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"


def test_a_0006_file_keeps_its_concerns_and_takes_notes_amendments_and_withdrawals(
    tmp_path: Path,
) -> None:
    shutil.copytree(FIXTURES / "schema-0006", tmp_path / "profiles" / "Fixture")
    with ProfileManager(tmp_path).unlock("Fixture", "fixture passphrase") as unlocked:
        assert current_revision(unlocked.store.engine) == head_revision()
        book = Logbook(unlocked.store)
        reported, unreported = book.concerns.list()
        assert (reported.reported_to, reported.reported_on) == ("Sam (lead)", date(2026, 11, 3))
        assert unreported.seen_or_said == '"Nobody has visited me for weeks."'
        assert not unreported.reported and unreported.additions == ()
        book.concerns.add_note(unreported.id, "Told the lead again.", date(2026, 10, 6))
        book.concerns.amend(unreported.id, "facts", "The fridge was nearly empty.")
        again = book.concerns.get(unreported.id)
        assert again.facts == "The fridge was empty."
        assert again.current("facts") == "The fridge was nearly empty."
        shared, private = book.measures.list()
        assert shared.shared and not private.shared and shared.withdrawn_on is None
        book.measures.withdraw_consent_for_match("M-0006", date(2026, 11, 20))
        assert not book.measures.get(shared.id).shared
        assert unlocked.store.integrity_problems() == []
    assert not list((tmp_path / "profiles" / "Fixture").glob("*.before-*"))
