"""Import: devices held until approved, replays, conflicts, the newest week wins, gaps, flags."""

from __future__ import annotations

from sqlalchemy import select

from logbook.coordinator.schema import AuditEntry, WeekRow
from logbook.coordinator.service import Coordinator
from logbook.errors import Refused
from tests.coordinator.conftest import Volunteer, data_rows, week


def rows(work: Coordinator) -> list[tuple[str, str, int]]:
    with work.db.session() as s:
        return [
            (r.week, r.match_code, r.visits)
            for r in s.scalars(select(WeekRow).order_by(WeekRow.week, WeekRow.match_code))
        ]


def test_an_unknown_device_is_held_then_imported_on_approval(
    work: Coordinator, volunteer: Volunteer
) -> None:
    result = work.importer.import_bytes(volunteer.bundle([week("2026-W10", "M-0001")]))
    assert result.status == "held" and "not approved" in result.reason
    [device] = work.devices.list()
    assert (device.id, device.status, device.held) == (volunteer.id, "pending", 1)
    assert device.fingerprint == volunteer.fingerprint
    assert rows(work) == []
    try:
        work.approve(volunteer.id, "V-01", "AAAAA BBBBB CCCCC DDDDD EEEEE")
        raise AssertionError("a wrong fingerprint was accepted")
    except Refused as exc:
        assert "does not match" in exc.message
    info, released = work.approve(volunteer.id, "v-01", volunteer.fingerprint.lower())
    assert info.status == "approved" and info.volunteer == "V-01" and info.held == 0
    assert [r.status for r in released.results] == ["imported"]
    assert rows(work) == [("2026-W10", "M-0001", 1)]


def test_a_replay_adds_nothing_and_a_conflict_changes_nothing(
    work: Coordinator, approved: Volunteer
) -> None:
    bundle = approved.bundle([week("2026-W02", "M-0001", visits=2)], sequence=2)
    assert work.importer.import_bytes(bundle).status == "imported"
    before = data_rows(work)
    assert work.importer.import_bytes(bundle).status == "already"
    # The same summary sealed again (new age encryption, same signed payload): a replay too.
    same = approved.bundle([week("2026-W02", "M-0001", visits=2)], sequence=2)
    assert work.importer.import_bytes(same).status == "already"
    other = approved.bundle([week("2026-W02", "M-0001", visits=5)], sequence=2)
    conflict = work.importer.import_bytes(other)
    assert conflict.status == "conflict" and "same number" in conflict.reason
    assert data_rows(work) == before


def test_the_highest_sequence_wins_each_week_and_empty_weeks_withdraw(
    work: Coordinator, approved: Volunteer
) -> None:
    newer = approved.bundle([week("2026-W01", "M-0001", visits=3)], sequence=3)
    older = approved.bundle([week("2026-W01", "M-0001", visits=9)], sequence=2)
    assert work.importer.import_bytes(newer).weeks == 1
    assert work.importer.import_bytes(older).weeks == 0  # arrived late: changes nothing
    assert rows(work) == [("2026-W01", "M-0001", 3)]
    withdrawn = approved.bundle([week("2026-W01")], sequence=4)
    assert work.importer.import_bytes(withdrawn).status == "imported"
    assert rows(work) == []


def test_a_new_epoch_starts_again_at_one_and_withdraws_unlisted_weeks(
    work: Coordinator, approved: Volunteer
) -> None:
    work.importer.import_bytes(approved.bundle([week("2026-W02", "M-0001")], sequence=5))
    payload = approved.payload([week("2026-W01", "M-0001", visits=4)], epoch=2, sequence=1)
    payload["epoch_weeks"] = ["2026-W01"]
    import json

    result = work.importer.import_bytes(approved.seal(json.dumps(payload).encode()))
    assert result.status == "imported"
    assert rows(work) == [("2026-W01", "M-0001", 4)]  # W02 withdrawn by the restored device
    late = approved.bundle([week("2026-W02", "M-0001")], sequence=6)  # old epoch, late
    assert work.importer.import_bytes(late).weeks == 0
    assert rows(work) == [("2026-W01", "M-0001", 4)]


def test_gaps_in_a_devices_sequence_are_shown(work: Coordinator, approved: Volunteer) -> None:
    for sequence in (2, 5, 6, 9):
        work.importer.import_bytes(approved.bundle([week("2026-W03", "M-0001")], sequence=sequence))
    [device] = work.devices.list()
    assert device.gaps == ("epoch 1: 3-4, 7-8",)


def test_codes_not_assigned_to_the_volunteer_are_flagged_until_assigned(
    work: Coordinator, approved: Volunteer
) -> None:
    result = work.importer.import_bytes(
        approved.bundle([week("2026-W05", "M-0001", "M-0099")], sequence=2)
    )
    assert result.status == "imported" and result.flagged == ("M-0099",)
    with work.db.session() as s:
        flags = dict(s.execute(select(WeekRow.match_code, WeekRow.flagged)).all())
    assert flags == {"M-0001": False, "M-0099": True}
    work.devices.assign("M-0099", "V-01")
    with work.db.session() as s:
        assert not any(s.scalars(select(WeekRow.flagged)))


def test_a_revoked_device_is_refused_and_its_held_bundles_dropped(
    work: Coordinator, volunteer: Volunteer
) -> None:
    work.importer.import_bytes(volunteer.bundle([week("2026-W10", "M-0001")]))
    info = work.devices.revoke(volunteer.id)
    assert info.status == "revoked" and info.held == 0
    result = work.importer.import_bytes(volunteer.bundle([week("2026-W11", "M-0001")], sequence=2))
    assert result.status == "rejected" and "revoked" in result.reason


def test_every_import_is_in_the_audit_log(work: Coordinator, approved: Volunteer) -> None:
    work.importer.import_bytes(b"not a bundle at all" * 10)
    work.importer.import_bytes(approved.bundle([week("2026-W04", "M-0001")], sequence=2))
    with work.db.session() as s:
        log = [(a.action, a.result) for a in s.scalars(select(AuditEntry).order_by(AuditEntry.id))]
    assert ("import", "rejected") in log and ("approve", "approved") in log
    assert log[-1] == ("import", "imported")


def test_the_same_file_again_says_what_became_of_it_and_logs_nothing(
    work: Coordinator, volunteer: Volunteer
) -> None:
    held = volunteer.bundle([week("2026-W10", "M-0001")])
    work.importer.import_bytes(held)
    [before] = work.devices.list()
    with work.db.session() as s:
        entries = len(s.scalars(select(AuditEntry)).all())
    again = work.importer.import_bytes(held)
    assert again.status == "held" and "Still held" in again.reason
    [after] = work.devices.list()
    assert after.last_seen == before.last_seen
    with work.db.session() as s:
        assert len(s.scalars(select(AuditEntry)).all()) == entries
    work.approve(volunteer.id, "V-01", volunteer.fingerprint)
    other = volunteer.bundle([week("2026-W10", "M-0001", visits=4)])  # same number, new content
    assert work.importer.import_bytes(other).status == "conflict"
    repeat = work.importer.import_bytes(other)
    assert repeat.status == "conflict" and "same number" in repeat.reason
