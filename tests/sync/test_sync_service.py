"""The core's send workflow (`SyncService`) against a real mailbox on loopback and a real
folder: the auto-send rule, the routes, and failures said in the report, bundles kept."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest

from logbook.errors import Refused
from logbook.records.dto import EntryInput
from logbook.records.values import Kind
from logbook.sync.mailbox_client import MailboxClient
from logbook.sync.service import HeldBack, Route
from logbook.vault.profiles import UnlockedProfile
from logbook.volunteer import Volunteer
from tests.organisation import Org
from tests.sync.test_delivery import closed_port, mailbox_for

MONDAY = date(2026, 11, 2)


def quick_client(url: str, token: str) -> MailboxClient:
    return MailboxClient(url, upload_token=token, timeout=1, connect_timeout=1)


@pytest.fixture
def volunteer(profile: UnlockedProfile) -> Volunteer:
    return Volunteer(profile.store, quick_client)


def visit(volunteer: Volunteer, day: date = MONDAY) -> None:
    volunteer.entries.add(
        EntryInput(kind=Kind.VISIT, occurred_on=day, match_code="M-0042", minutes=45)
    )


def enrol(volunteer: Volunteer, org: Org, mailbox_url: str | None = None) -> None:
    if mailbox_url is not None:
        org.service.set("mailbox_url", mailbox_url)
    volunteer.membership.enroll(org.service.enrolment_file(), org.fingerprint)
    volunteer.matches.add("M-0042", "Mrs Jones", MONDAY - timedelta(days=30))
    visit(volunteer)


def test_a_run_by_hand_seals_delivers_and_turns_automatic_sending_on(
    volunteer: Volunteer, org: Org, tmp_path: Path
) -> None:
    with mailbox_for(org, tmp_path) as server:
        enrol(volunteer, org, server.url)
        assert volunteer.sync.routes() == [Route.MAILBOX]
        assert volunteer.membership.auto_send() is None
        report = volunteer.sync.run(automatic=False)
        assert len(report.sealed) == 1 and report.delivery.delivered == report.sealed
        assert not report.failed and report.errors == [] and report.held_back is None
        assert report.status.pending == 0 and report.status.last_delivery is not None
        assert report.changes.outbox and not report.changes.organisation
        with MailboxClient(server.url, coordinator_token=org.tokens.coordinator) as coord:
            assert [b.sha256 for b in coord.list_bundles()] == [report.sealed[0].sha256]
    assert volunteer.membership.auto_send() is True


def test_automatic_runs_wait_for_a_first_send_by_hand_and_respect_no(
    volunteer: Volunteer, org: Org, tmp_path: Path
) -> None:
    shared = tmp_path / "shared"
    shared.mkdir()
    enrol(volunteer, org)
    volunteer.delivery.set_folder(shared)
    report = volunteer.sync.run(automatic=True)
    assert report.held_back is HeldBack.NOT_CHOSEN
    assert report.sealed == [] and volunteer.outbox.items() == [] and not report.changes
    volunteer.membership.set_auto_send(False)  # the volunteer said no
    assert volunteer.sync.run(automatic=True).held_back is HeldBack.NOT_CHOSEN
    volunteer.membership.set_auto_send(True)
    report = volunteer.sync.run(automatic=True)
    assert report.held_back is None and len(report.delivery.delivered) == 1
    assert [p.suffix for p in shared.iterdir()] == [".age"]


def test_automatic_runs_seal_nothing_when_only_files_could_carry_it(
    volunteer: Volunteer, org: Org
) -> None:
    enrol(volunteer, org)  # no mailbox, no folder
    volunteer.membership.set_auto_send(True)
    assert volunteer.sync.routes() == []
    report = volunteer.sync.run(automatic=True)
    assert report.held_back is HeldBack.NO_ROUTE and volunteer.outbox.items() == []


def test_by_hand_with_no_route_the_bundle_is_sealed_and_the_reason_said(
    volunteer: Volunteer, org: Org
) -> None:
    enrol(volunteer, org)
    with pytest.raises(Refused, match="nowhere to deliver"):
        volunteer.sync.run(automatic=False)
    assert volunteer.outbox.status().pending == 1  # kept, to save as a file


def test_before_joining_a_run_by_hand_is_refused_and_an_automatic_one_does_nothing(
    volunteer: Volunteer,
) -> None:
    volunteer.matches.add("M-0042", "Mrs Jones", MONDAY - timedelta(days=30))
    visit(volunteer)
    assert volunteer.sync.run(automatic=True).held_back is HeldBack.NOT_ENROLLED
    with pytest.raises(Refused, match="not joined an organisation"):
        volunteer.sync.run(automatic=False)
    assert volunteer.outbox.items() == [] and volunteer.membership.auto_send() is None


def test_a_mailbox_that_is_down_is_reported_and_the_bundle_waits(
    volunteer: Volunteer, org: Org
) -> None:
    enrol(volunteer, org, f"http://127.0.0.1:{closed_port()}")
    report = volunteer.sync.run(automatic=False)
    assert report.failed and report.delivery.delivered == []
    assert "could not be reached" in report.errors[0]
    assert report.status.pending == 1 and report.status.next_attempt is not None
    assert report.updates == 0 and report.changes.outbox
    # The timer's run waits for the back-off; nothing new is sealed, nothing is tried.
    again = volunteer.sync.run(automatic=True)
    assert again.sealed == [] and again.delivery.skipped == 1 and not again.failed
    assert volunteer.outbox.items()[0].attempts == 1


def test_a_missing_folder_is_reported_and_the_bundle_waits(
    volunteer: Volunteer, org: Org, tmp_path: Path
) -> None:
    shared = tmp_path / "usb-stick"
    shared.mkdir()
    enrol(volunteer, org)
    volunteer.delivery.set_folder(shared)
    shared.rmdir()  # the stick was pulled out
    report = volunteer.sync.run(automatic=False)
    assert report.failed and "is not there" in report.errors[0]
    assert report.status.pending == 1 and "is not there" in (report.status.last_error or "")


def test_the_folder_carries_what_the_mailbox_cannot(
    volunteer: Volunteer, org: Org, tmp_path: Path
) -> None:
    shared = tmp_path / "shared"
    shared.mkdir()
    enrol(volunteer, org, f"http://127.0.0.1:{closed_port()}")
    volunteer.delivery.set_folder(shared)
    assert volunteer.sync.routes() == [Route.MAILBOX, Route.FOLDER]
    report = volunteer.sync.run(automatic=False)
    assert not report.failed and len(report.delivery.delivered) == 1
    assert volunteer.outbox.items()[0].delivered_via == "folder"


def test_the_organisations_updates_are_fetched_after_a_good_delivery(
    volunteer: Volunteer, org: Org, tmp_path: Path
) -> None:
    with mailbox_for(org, tmp_path) as server:
        enrol(volunteer, org, server.url)
        org.service.set("topics", "Health, Housing")
        with MailboxClient(server.url, coordinator_token=org.tokens.coordinator) as coord:
            coord.post_notice("*", org.service.enrolment_file())
        report = volunteer.sync.run(automatic=False)
        assert report.updates == 1 and report.changes.organisation
        assert volunteer.sync.run(automatic=True).updates == 0  # seen already
    current = volunteer.membership.current()
    assert current is not None and current.payload.settings.topics == ["Health", "Housing"]


def test_saving_as_files_seals_first_and_counts_as_a_send_by_hand(
    volunteer: Volunteer, org: Org, tmp_path: Path
) -> None:
    enrol(volunteer, org)
    written = volunteer.sync.save_as(tmp_path)
    assert [p.suffix for p in written] == [".age"]
    assert volunteer.outbox.status().pending == 0
    assert volunteer.membership.auto_send() is True
