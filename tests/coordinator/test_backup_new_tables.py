"""The coordinator database's backup carries what c0004 added: an ended match (a date), an
alert acknowledgement and the import history, restored exactly."""

from __future__ import annotations

import io
from datetime import date

from sqlalchemy import select

from logbook.coordinator.alert_acks import alert_key
from logbook.coordinator.dashboard import load_dashboard
from logbook.coordinator.schema import AlertAcknowledgement, Assignment, ImportLogEntry
from logbook.coordinator.service import Coordinator
from logbook.vault.profiles import UnlockedProfile
from tests.coordinator.conftest import Volunteer, week
from tests.coordinator.test_db_backup import elsewhere  # noqa: F401 - the fixture


def rows(work: Coordinator) -> list[tuple[object, ...]]:
    with work.db.session() as s:
        ended = [(a.match_code, a.ended_on) for a in s.scalars(select(Assignment))]
        acks = [(a.key, a.by, a.note) for a in s.scalars(select(AlertAcknowledgement))]
        log = [(e.name, e.status, e.at) for e in s.scalars(select(ImportLogEntry))]
    return [*ended, *acks, *log]


def test_ended_matches_acknowledgements_and_the_history_survive_a_backup(
    work: Coordinator,
    approved: Volunteer,
    elsewhere: UnlockedProfile,  # noqa: F811
) -> None:
    work.devices.end_match("M-0001", date(2026, 2, 1))
    work.importer.import_bytes(approved.bundle([week("2026-W02", "M-0002")], sequence=2))
    board = load_dashboard(work.db)
    work.acknowledge_alert(alert_key(board.alerts[0]), "Priya", "seen (canary-backup-note)")
    work.import_log.record(
        [work.importer.import_bytes(approved.bundle([week("2026-W03", "M-0002")], sequence=3))]
    )
    before = rows(work)
    assert any(isinstance(r[1], date) for r in before) and len(before) >= 4
    out = io.BytesIO()
    work.backup_database(out)
    with Coordinator(elsewhere.store) as there:
        there.restore_database(io.BytesIO(out.getvalue()))
        assert rows(there) == before
