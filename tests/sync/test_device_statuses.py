"""The coordinator's approvals and revocations reach the mailbox, which then refuses the device."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from logbook.coordinator.service import Coordinator
from logbook.org.membership import MembershipService
from logbook.records.book import Logbook
from logbook.records.dto import EntryInput
from logbook.records.values import Kind
from logbook.server.storage import MailboxStore
from logbook.sync.outbox import OutboxService
from logbook.vault.profiles import UnlockedProfile
from tests.organisation import Org
from tests.sync.test_delivery import MONDAY, enrol_with_mailbox, mailbox_for


def mailbox_status(tmp_path: Path, device_id: str) -> str | None:
    store = MailboxStore(f"sqlite:///{tmp_path / 'mailbox.sqlite3'}")
    try:
        found = store.device(device_id)
    finally:
        store.close()
    return None if found is None else found.status


def add_week(book: Logbook, weeks_back: int) -> None:
    book.entries.add(EntryInput(kind=Kind.VISIT, match_code="M-0042", minutes=30,
                                occurred_on=MONDAY - timedelta(days=7 * weeks_back)))  # fmt: skip
    OutboxService(book.store).seal_changes()


def test_approval_and_revocation_reach_the_mailbox(
    coordinator: UnlockedProfile, org: Org, book: Logbook, tmp_path: Path
) -> None:
    with mailbox_for(org, tmp_path) as server:
        delivery = enrol_with_mailbox(book, org, server.url)
        OutboxService(book.store).seal_changes()
        assert len(delivery.deliver().delivered) == 1  # registers the device by itself
        device = MembershipService(book.store).device()
        assert device is not None
        assert mailbox_status(tmp_path, device.id) == "pending"
        with Coordinator(coordinator.store) as work:
            assert [r.status for r in work.import_from_mailbox().results] == ["held"]
            work.approve(device.id, "V-01", device.fingerprint)
            assert mailbox_status(tmp_path, device.id) == "approved"
            info, not_told = work.revoke(device.id)
            assert info.status == "revoked" and not_told is None
        assert mailbox_status(tmp_path, device.id) == "revoked"
        add_week(book, 1)
        report = delivery.deliver()
        assert report.delivered == []
        assert report.errors == [
            "The organisation has revoked this device, so the mailbox refuses it; ask your "
            "coordinator."
        ]


def test_a_revocation_made_elsewhere_reaches_the_mailbox_at_the_next_pull(
    coordinator: UnlockedProfile, org: Org, book: Logbook, tmp_path: Path
) -> None:
    with mailbox_for(org, tmp_path) as server:
        delivery = enrol_with_mailbox(book, org, server.url)
        OutboxService(book.store).seal_changes()
        assert len(delivery.deliver().delivered) == 1
        device = MembershipService(book.store).device()
        assert device is not None
        with Coordinator(coordinator.store) as work:
            work.import_from_mailbox()
            work.devices.revoke(device.id)  # as the app's device screen does
            assert mailbox_status(tmp_path, device.id) == "pending"
            work.import_from_mailbox()
        assert mailbox_status(tmp_path, device.id) == "revoked"


def test_a_revocation_while_the_mailbox_is_away_says_so(
    coordinator: UnlockedProfile, org: Org, book: Logbook, tmp_path: Path
) -> None:
    with mailbox_for(org, tmp_path) as server:
        delivery = enrol_with_mailbox(book, org, server.url)
        OutboxService(book.store).seal_changes()
        delivery.deliver()
        device = MembershipService(book.store).device()
        assert device is not None
        with Coordinator(coordinator.store) as work:
            work.import_from_mailbox()
    with Coordinator(coordinator.store) as work:  # the mailbox has stopped
        info, not_told = work.revoke(device.id)
    assert info.status == "revoked"
    assert not_told is not None and not_told.startswith("The mailbox could not be reached")
