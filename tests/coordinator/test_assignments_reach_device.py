"""Assignments and endings made by the coordinator reach the volunteer's device as signed
notices through the real loopback mailbox; once they have, a code not assigned is held back."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest

from logbook.bundle.read import read_bundle
from logbook.coordinator.schema import AuditEntry
from logbook.coordinator.service import Coordinator
from logbook.errors import LogbookError
from logbook.identity.envelope import seal
from logbook.identity.signing import new_signing_key
from logbook.org.assignments import ASSIGNMENTS_FORMAT, assignments_payload
from logbook.org.membership import MembershipService
from logbook.records.book import Logbook
from logbook.records.dto import EntryInput
from logbook.records.values import Kind
from logbook.sync.outbox import OutboxService
from logbook.vault.profiles import UnlockedProfile
from tests.organisation import Org
from tests.sync.test_delivery import MONDAY, enrol_with_mailbox, mailbox_for


def sent_codes(book: Logbook, org: Org) -> set[str]:
    """The match codes in every bundle still in the outbox, as the coordinator reads them."""
    outbox = OutboxService(book.store)
    codes: set[str] = set()
    for item in outbox.items(pending_only=True):
        payload = read_bundle(outbox.data(item.id), org.identity)
        codes |= {m.match_code for w in payload.summary.weeks for m in w.matches}
    return codes


def test_assignments_and_endings_reach_the_device_and_unassigned_codes_are_held(
    coordinator: UnlockedProfile, org: Org, book: Logbook, tmp_path: Path
) -> None:
    with mailbox_for(org, tmp_path) as server:
        delivery = enrol_with_mailbox(book, org, server.url)  # M-0042, with a visit
        membership = MembershipService(book.store)
        device = membership.device()
        assert device is not None
        # Before any assignment has arrived, a typed code is sent as typed.
        book.matches.add("M-0099", "Mr Typo", MONDAY - timedelta(days=20))
        book.entries.add(EntryInput(kind=Kind.VISIT, occurred_on=MONDAY, match_code="M-0099",
                                    minutes=30))  # fmt: skip
        OutboxService(book.store).seal_changes()
        assert sent_codes(book, org) == {"M-0042", "M-0099"}
        assert len(delivery.deliver().delivered) == 1
        assert membership.assignments() is None and OutboxService(book.store).held_back() == []

        with Coordinator(coordinator.store) as work:
            work.import_from_mailbox()
            work.approve(device.id, "V-01", device.fingerprint)
            assert work.assign("M-0042", "V-01") is None  # posted to the device's notices
            assert work.assign("M-0050", "V-01") is None

        assert delivery.fetch_updates() >= 1
        known = membership.assignments()
        assert known is not None and known.volunteer == "V-01"
        assert known.open_codes() == {"M-0042", "M-0050"}
        # Now M-0099 (never assigned) is held back with a plain word, and never sent.
        book.entries.add(EntryInput(kind=Kind.VISIT, occurred_on=MONDAY - timedelta(days=7),
                                    match_code="M-0099", minutes=20))  # fmt: skip
        book.entries.add(EntryInput(kind=Kind.VISIT, occurred_on=MONDAY - timedelta(days=7),
                                    match_code="M-0042", minutes=20))  # fmt: skip
        OutboxService(book.store).seal_changes()
        assert "M-0099" not in sent_codes(book, org)
        assert "M-0042" in sent_codes(book, org)
        assert OutboxService(book.store).held_back() == ["M-0099"]

        # The coordinator ends M-0042 and takes M-0050 to another volunteer.
        ended = MONDAY + timedelta(days=1)
        with Coordinator(coordinator.store) as work:
            assert work.end_match("M-0042", ended) is None
            assert work.assign("M-0050", "V-02") is None
            with work.db.session() as s:
                actions = {(a.action, a.result) for a in s.query(AuditEntry)}
            assert {("end", "ended"), ("assign", "reassigned")} <= actions
        assert delivery.fetch_updates() >= 1
        known = membership.assignments()
        assert known is not None
        assert known.open_codes() == frozenset() and known.all_codes() == {"M-0042"}
        assert book.matches.get("M-0042").end_date == ended  # ended on the device too
        assert delivery.fetch_updates() == 0  # nothing newer: nothing applied again

        with Coordinator(coordinator.store) as work:
            work.unassign("M-0042")
        delivery.fetch_updates()
        known = membership.assignments()
        assert known is not None and known.all_codes() == frozenset()
        assert OutboxService(book.store).held_back() == ["M-0042", "M-0099"]


def test_a_list_signed_by_another_key_or_for_another_device_is_refused(
    coordinator: UnlockedProfile, org: Org, book: Logbook, tmp_path: Path
) -> None:
    with mailbox_for(org, tmp_path) as server:
        enrol_with_mailbox(book, org, server.url)
        membership = MembershipService(book.store)
        device = membership.device()
        assert device is not None
        with Coordinator(coordinator.store) as work:
            [good] = work.devices.lists_for_devices(org.service.state().org_id, 5) or [None]
        assert good is None  # no approved device yet: nothing to send
        from logbook.org.assignments import AssignedCode, Assignments

        mine = Assignments(org.service.state().org_id, device.id, "V-01", 5,
                           (AssignedCode("M-0042"),))  # fmt: skip
        forged = seal(ASSIGNMENTS_FORMAT, assignments_payload(mine), new_signing_key())
        with pytest.raises(LogbookError, match="signature"):
            membership.apply_update(forged)
        other = Assignments(mine.org_id, "D-AAAAAAAAAA", "V-01", 5, mine.codes)
        signed = org.service.sign(ASSIGNMENTS_FORMAT, assignments_payload(other))
        with pytest.raises(LogbookError, match="another organisation or device"):
            membership.apply_update(signed)
        assert membership.assignments() is None
        assert membership.apply_update(org.service.sign(ASSIGNMENTS_FORMAT,
                                                         assignments_payload(mine)))  # fmt: skip
        assert not membership.apply_update(  # the same revision again: not newer
            org.service.sign(ASSIGNMENTS_FORMAT, assignments_payload(mine))
        )
