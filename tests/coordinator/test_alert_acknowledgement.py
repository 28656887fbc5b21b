"""Acknowledged alerts leave the list, with who, when and a note (audited without the note),
and come back only when newly true; reported concerns leave the list altogether."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlalchemy import select

from logbook.coordinator.alert_acks import alert_key
from logbook.coordinator.dashboard import AlertKind, load_dashboard
from logbook.coordinator.schema import AuditEntry
from logbook.coordinator.service import Coordinator
from logbook.errors import InvalidValue, NotFound
from logbook.summary.build import iso_week
from tests.coordinator.conftest import Volunteer
from tests.coordinator.test_dashboard import concern, match_week, snapshot

TODAY = date.today()  # acknowledgements are stamped with the real clock
NOTE = "Rang Sam; the lead knows (canary-ack-note)"


def weeks_ago(n: int) -> str:
    return iso_week(TODAY - timedelta(weeks=n))


def keys(work: Coordinator, today: date = TODAY, kind: AlertKind | None = None) -> list[str]:
    board = load_dashboard(work.db, today)
    return [alert_key(a) for a in board.alerts if kind is None or a.kind is kind]


def test_an_acknowledged_concern_returns_only_with_a_new_one_and_leaves_once_reported(
    work: Coordinator, approved: Volunteer
) -> None:
    week = weeks_ago(1)
    work.importer.import_bytes(
        approved.bundle([snapshot(week, concern("M-0001", 1, 0))], sequence=2)
    )
    [key] = keys(work, kind=AlertKind.CONCERN_UNREPORTED)
    done = work.acknowledge_alert(key, "Priya", NOTE)
    assert done.by == "Priya" and done.note == NOTE
    board = load_dashboard(work.db, TODAY)
    assert key not in [alert_key(a) for a in board.alerts]
    [kept] = board.acknowledged
    assert (kept.key, kept.by, kept.note) == (key, "Priya", NOTE)
    with work.db.session() as s:
        line = s.scalars(select(AuditEntry).where(AuditEntry.action == "acknowledge")).one()
        assert line.subject == "M-0001" and "Priya" in (line.detail or "")
        assert "canary" not in (line.detail or "")  # the note stays with the acknowledgement
    # Unchanged facts in a later bundle keep it acknowledged...
    work.importer.import_bytes(
        approved.bundle([snapshot(week, concern("M-0001", 1, 0))], sequence=3)
    )
    assert key not in keys(work)
    # ...a second concern that week is newly true: back, even though one is now reported.
    work.importer.import_bytes(
        approved.bundle([snapshot(week, concern("M-0001", 2, 1))], sequence=4)
    )
    assert key in keys(work)
    # Both reported: it leaves the list, acknowledged or not, and nothing else stands in.
    work.importer.import_bytes(
        approved.bundle([snapshot(week, concern("M-0001", 2, 2))], sequence=5)
    )
    board = load_dashboard(work.db, TODAY)
    assert not [a for a in board.alerts if a.subject == "M-0001" and "concern" in a.kind]
    assert not board.acknowledged


def test_no_contact_returns_after_another_whole_alert_period(
    work: Coordinator, approved: Volunteer
) -> None:
    work.importer.import_bytes(
        approved.bundle([snapshot(weeks_ago(4), match_week("M-0001"))], sequence=2)
    )
    [key] = keys(work, kind=AlertKind.NO_CONTACT)
    work.acknowledge_alert(key, "Priya")
    assert key not in keys(work)
    # Still silent, but not yet for another whole period since the acknowledgement.
    assert key not in keys(work, TODAY + timedelta(weeks=2, days=6))
    assert key in keys(work, TODAY + timedelta(weeks=3))


def test_acknowledging_needs_a_current_alert_and_a_name(
    work: Coordinator, approved: Volunteer
) -> None:
    work.importer.import_bytes(
        approved.bundle([snapshot(weeks_ago(1), concern("M-0001", 1, 0))], sequence=2)
    )
    [key] = keys(work, kind=AlertKind.CONCERN_UNREPORTED)
    with pytest.raises(NotFound, match="no alert"):
        work.acknowledge_alert("no_contact:M-9999::", "Priya")
    with pytest.raises(InvalidValue, match="who"):
        work.acknowledge_alert(key, "   ")
    with pytest.raises(InvalidValue, match="note"):
        work.acknowledge_alert(key, "Priya", "x" * 501)
    assert key in keys(work)
    assert not load_dashboard(work.db, TODAY).acknowledged
