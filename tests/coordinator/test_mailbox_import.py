"""Pulling from the mailbox: import, then delete only what committed, then a signed receipt."""

from __future__ import annotations

import json
from datetime import date, timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select
from sqlalchemy.exc import OperationalError

from logbook.coordinator import importer
from logbook.coordinator.schema import HeldBundle, ImportLogEntry, Receipt
from logbook.coordinator.service import RECEIPT_FORMAT, Coordinator
from logbook.identity.envelope import open_envelope
from logbook.org.membership import MembershipService
from logbook.records.book import Logbook
from logbook.records.dto import EntryInput
from logbook.records.values import Kind
from logbook.sync.mailbox_client import MailboxClient
from logbook.sync.outbox import OutboxService
from logbook.vault.profiles import UnlockedProfile
from tests.organisation import Org
from tests.sync.test_delivery import enrol_with_mailbox, mailbox_for

MONDAY = date(2026, 11, 2)


def test_pull_imports_deletes_after_commit_and_sends_receipts(
    coordinator: UnlockedProfile, org: Org, book: Logbook, tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    with mailbox_for(org, tmp_path) as server:
        delivery = enrol_with_mailbox(book, org, server.url)
        OutboxService(book.store).seal_changes()
        book.entries.add(EntryInput(kind=Kind.VISIT, occurred_on=MONDAY - timedelta(days=7),
                                    match_code="M-0042", minutes=30))  # fmt: skip
        OutboxService(book.store).seal_changes()
        assert len(delivery.deliver().delivered) == 2
        coord_box = MailboxClient(server.url, coordinator_token=org.tokens.coordinator)
        with Coordinator(coordinator.store) as work:
            # The second batch (of one bundle here) fails half-way (the database goes away):
            # the first, committed, left the mailbox; the second stays in it.
            monkeypatch.setattr(importer, "BATCH_BUNDLES", 1)
            real = work.importer.import_batch
            calls = []

            def flaky(s, bundles):  # type: ignore[no-untyped-def]
                calls.append(bundles)
                if len(calls) == 2:
                    raise OSError("disk unplugged")
                return real(s, bundles)

            monkeypatch.setattr(work.importer, "import_batch", flaky)
            with pytest.raises(OSError):
                work.import_from_mailbox()
            assert len(coord_box.list_bundles()) == 1
            monkeypatch.setattr(work.importer, "import_batch", real)
            batch = work.import_from_mailbox()
            assert [r.status for r in batch.results] == ["held"]
            assert coord_box.list_bundles() == []
        device = MembershipService(book.store).device()
        assert device is not None
        key = MembershipService(book.store).device_key()
        with MailboxClient(server.url, upload_token=org.tokens.upload, device_key=key) as box:
            notices = box.notices(device.id)
        receipts = [open_envelope(n.data, RECEIPT_FORMAT, "receipt") for n in notices]
        assert len(receipts) == 2
        for receipt in receipts:
            receipt.verify(MembershipService(book.store).current().signing_key)  # type: ignore[union-attr]
        assert {json.loads(r.payload)["status"] for r in receipts} == {"held"}
        coord_box.close()
        # The volunteer's app fetches them and keeps the latest, to show.
        assert delivery.fetch_updates() == 0
        last = delivery.last_receipt()
        assert last is not None and last.status == "held" and "not approved" in last.reason


def test_a_batch_the_database_fails_half_way_stays_whole_in_the_mailbox(
    coordinator: UnlockedProfile, org: Org, book: Logbook, tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    """Both bundles share one transaction: the database failing after the first was stored
    rolls back both, and neither leaves the mailbox before a commit has stored it."""
    with mailbox_for(org, tmp_path) as server:
        delivery = enrol_with_mailbox(book, org, server.url)
        OutboxService(book.store).seal_changes()
        book.entries.add(EntryInput(kind=Kind.VISIT, occurred_on=MONDAY - timedelta(days=7),
                                    match_code="M-0042", minutes=30))  # fmt: skip
        OutboxService(book.store).seal_changes()
        assert len(delivery.deliver().delivered) == 2
        with (
            MailboxClient(server.url, coordinator_token=org.tokens.coordinator) as coord_box,
            Coordinator(coordinator.store) as work,
        ):
            real = work.importer._import
            calls = []

            def failing(*args):  # type: ignore[no-untyped-def]
                calls.append(args)
                if len(calls) == 2:
                    raise OperationalError("INSERT", {}, OSError("disk unplugged"))
                return real(*args)

            monkeypatch.setattr(work.importer, "_import", failing)
            with pytest.raises(OperationalError):
                work.import_from_mailbox()
            assert len(calls) == 2  # the first was stored (under its savepoint) before
            assert len(coord_box.list_bundles()) == 2
            with work.db.session() as s:
                for table in (Receipt, HeldBundle, ImportLogEntry):
                    assert s.scalar(select(func.count()).select_from(table)) == 0
            monkeypatch.setattr(work.importer, "_import", real)
            batch = work.import_from_mailbox()
            assert [r.status for r in batch.results] == ["held", "held"]
            assert coord_box.list_bundles() == []
