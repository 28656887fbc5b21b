"""The organisation's keys: restored from the key backup or with the database backup, and
rotated with an announcement volunteers' apps accept, old bundles staying readable."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest

from logbook.backup.archive import create_backup, restore_backup
from logbook.coordinator.service import Coordinator
from logbook.errors import BadSecret, Refused
from logbook.org.key_backup import decrypt_backup
from logbook.org.membership import MembershipService
from logbook.org.organisation import RESTORE_JUMP, OrganisationService
from logbook.records.book import Logbook
from logbook.records.dto import EntryInput
from logbook.records.values import Kind
from logbook.sync.outbox import OutboxService
from logbook.vault.kinds import ProfileKind
from logbook.vault.profiles import ProfileManager, UnlockedProfile
from tests.conftest import PASSPHRASE
from tests.organisation import Org

MONDAY = date(2026, 11, 2)


def seal_one(book: Logbook, day: date) -> bytes:
    book.entries.add(EntryInput(kind=Kind.VISIT, occurred_on=day, match_code="M-0042", minutes=30))
    outbox = OutboxService(book.store)
    [item] = outbox.seal_changes()
    return outbox.data(item.id)


@pytest.fixture
def enrolled(book: Logbook, org: Org, member: MembershipService) -> Logbook:
    book.matches.add("M-0042", "Mrs Jones", MONDAY - timedelta(days=60))
    return book


def approve_sender(work: Coordinator, book: Logbook, data: bytes) -> None:
    work.importer.import_bytes(data)
    device = MembershipService(book.store).device()
    assert device is not None
    work.approve(device.id, "V-01", device.fingerprint)


def test_the_key_backup_restores_the_organisation_into_a_new_profile(
    coordinator: UnlockedProfile, org: Org, enrolled: Logbook, tmp_path: Path
) -> None:
    backup = decrypt_backup(org.service.key_backup("a backup passphrase"), "a backup passphrase")
    with pytest.raises(BadSecret):
        decrypt_backup(org.service.key_backup("a backup passphrase"), "wrong passphrase")
    manager = ProfileManager(tmp_path / "elsewhere")
    manager.create("New office", PASSPHRASE, ProfileKind.COORDINATOR)
    with manager.unlock("New office", PASSPHRASE) as fresh:
        state = OrganisationService(fresh.store).restore(backup)
        before = org.service.state()
        assert (state.org_id, state.fingerprint) == (before.org_id, before.fingerprint)
        # Far ahead, so volunteers take its next file whatever was published since the backup.
        assert state.revision == before.revision + RESTORE_JUMP
        assert state.settings == before.settings
        assert OrganisationService(fresh.store).tokens() == org.service.tokens()
        with pytest.raises(Refused, match="already has an organisation"):
            OrganisationService(fresh.store).restore(backup)
        with Coordinator(fresh.store) as work:  # no database backup: devices start again
            approve_sender(work, enrolled, seal_one(enrolled, MONDAY))
            [device] = work.devices.list()
            assert device.status == "approved"


def test_with_the_database_backup_import_carries_on_as_before(
    coordinator: UnlockedProfile, org: Org, enrolled: Logbook, tmp_path: Path
) -> None:
    with Coordinator(coordinator.store) as work:
        approve_sender(work, enrolled, seal_one(enrolled, MONDAY))
    create_backup(coordinator, tmp_path / "office.lbk")
    manager = ProfileManager(tmp_path / "new-laptop")
    restore_backup(manager, tmp_path / "office.lbk", "Office", passphrase=PASSPHRASE)
    with manager.unlock("Office", PASSPHRASE) as restored, Coordinator(restored.store) as work:
        result = work.importer.import_bytes(seal_one(enrolled, MONDAY + timedelta(days=7)))
        assert result.status == "imported" and result.sequence == 2


def test_rotation_is_announced_and_old_bundles_stay_readable(
    coordinator: UnlockedProfile, org: Org, enrolled: Logbook
) -> None:
    member = MembershipService(enrolled.store)
    old_bundle = seal_one(enrolled, MONDAY)
    with Coordinator(coordinator.store) as work:
        approve_sender(work, enrolled, seal_one(enrolled, MONDAY - timedelta(days=7)))
    before = org.service.state()
    announcement = org.service.rotate_keys()
    after = org.service.state()
    assert after.fingerprint != before.fingerprint and after.recipient != before.recipient
    assert member.apply_update(announcement) is True  # no new read-out needed
    current = member.current()
    assert current is not None and current.payload.recipient == after.recipient
    new_bundle = seal_one(enrolled, MONDAY + timedelta(days=7))
    org.service.set("topics", "Health")
    assert member.apply_update(org.service.enrolment_file()) is True  # signed by the new key
    with Coordinator(coordinator.store) as work:
        assert work.importer.import_bytes(new_bundle).status == "imported"
        assert work.importer.import_bytes(old_bundle).status == "imported"
    # A key backup made after the rotation keeps the old identity for those old bundles.
    backup = decrypt_backup(org.service.key_backup("x" * 12), "x" * 12)
    assert len(backup.retired_identities) == 1
