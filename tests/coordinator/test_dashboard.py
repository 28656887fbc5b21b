"""The dashboard's queries on real imports: contact, alerts, activity, months, outcome change."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from logbook.coordinator.dashboard import (
    AlertKind,
    Dashboard,
    load_dashboard,
)
from logbook.coordinator.schema import Device, DeviceWeek, MeasureRow, Receipt, WeekRow
from logbook.coordinator.service import Coordinator
from logbook.records.clock import utc_now
from logbook.records.measures import Instrument
from logbook.records.values import Mode
from logbook.summary.schema import (
    ConcernCount,
    ContactCount,
    MatchWeek,
    MeasureResult,
    WeekSnapshot,
)
from tests.coordinator.conftest import Volunteer, week

TODAY = date(2026, 3, 4)  # a Wednesday in 2026-W10


def match_week(
    code: str, visits: int = 1, calls: int = 0, minutes: int | None = 60, **extra: object
) -> MatchWeek:
    contacts = []
    if visits:
        contacts.append(ContactCount(kind="visit", mode=Mode.IN_PERSON, count=visits))
    if calls:
        contacts.append(ContactCount(kind="conversation", mode=Mode.PHONE, count=calls))
    return MatchWeek(match_code=code, contacts=contacts or None, minutes=minutes, **extra)  # type: ignore[arg-type]


def concern(code: str, raised: int, reported: int) -> MatchWeek:
    return match_week(code, concerns=ConcernCount(raised=raised, reported=reported))


def snapshot(name: str, *matches: MatchWeek) -> WeekSnapshot:
    return WeekSnapshot(week=name, matches=list(matches))


def by_kind(board: Dashboard, kind: AlertKind) -> list[tuple[str, ...]]:
    return [
        (a.subject, a.volunteer or "", a.week or "", str(a.count))
        for a in board.alerts
        if a.kind is kind
    ]


def test_matches_show_last_contact_volunteer_and_weeks_since(
    work: Coordinator, approved: Volunteer
) -> None:
    work.devices.assign("M-0002", "V-01")
    work.devices.assign("M-0003", "V-02")  # assigned, never contacted
    bundle = approved.bundle(
        [
            snapshot("2026-W02", match_week("M-0001", visits=2)),
            snapshot("2026-W05", match_week("M-0001", visits=0, calls=1)),
            snapshot("2026-W09", match_week("M-0002", visits=1, calls=2)),
            # A week with only a follow-up recorded is not a contact.
            snapshot("2026-W10", match_week("M-0001", visits=0, minutes=None, follow_ups=1)),
        ],
        sequence=2,
    )
    assert work.importer.import_bytes(bundle).status == "imported"
    board = load_dashboard(work.db, TODAY)
    rows = {m.code: m for m in board.matches}
    assert [m.code for m in board.matches] == ["M-0003", "M-0001", "M-0002"]  # most overdue
    m1 = rows["M-0001"]
    assert (m1.volunteer, m1.last_contact, m1.weeks_since) == ("V-01", "2026-W05", 5)
    assert (m1.contacts, m1.contacts_recent) == (4, 0)  # W01 (the first bundle) stays
    m2 = rows["M-0002"]
    assert (m2.last_contact, m2.weeks_since, m2.contacts, m2.contacts_recent) == (
        "2026-W09", 1, 3, 3,
    )  # fmt: skip
    m3 = rows["M-0003"]
    assert (m3.volunteer, m3.last_contact, m3.weeks_since, m3.contacts) == ("V-02", None, None, 0)
    assert board.week == "2026-W10"


def test_no_contact_alert_after_n_weeks(work: Coordinator, approved: Volunteer) -> None:
    work.devices.assign("M-0002", "V-01")
    work.importer.import_bytes(
        approved.bundle(
            [
                snapshot("2026-W06", match_week("M-0001")),
                snapshot("2026-W08", match_week("M-0002")),
            ],
            sequence=2,
        )
    )
    three = load_dashboard(work.db, TODAY)
    assert by_kind(three, AlertKind.NO_CONTACT) == [("M-0001", "V-01", "2026-W06", "4")]
    two = load_dashboard(work.db, TODAY, no_contact_weeks=2)
    assert [a[0] for a in by_kind(two, AlertKind.NO_CONTACT)] == ["M-0001", "M-0002"]
    assert by_kind(load_dashboard(work.db, TODAY, no_contact_weeks=5), AlertKind.NO_CONTACT) == []
    # Silent for half a year: taken to have ended, no longer an alert (still a row).
    later = load_dashboard(work.db, TODAY + timedelta(weeks=40))
    assert by_kind(later, AlertKind.NO_CONTACT) == []
    assert {m.code for m in later.matches} == {"M-0001", "M-0002"}


def test_a_code_assigned_weeks_ago_with_no_contact_raises_an_alert(
    work: Coordinator, approved: Volunteer
) -> None:
    work.devices.assign("M-0005", "V-01")
    soon = load_dashboard(work.db, utc_now().date())
    assert "M-0005" not in [a[0] for a in by_kind(soon, AlertKind.NO_CONTACT)]
    later = load_dashboard(work.db, utc_now().date() + timedelta(weeks=3))
    assert ("M-0005", "V-01", "", "0") in by_kind(later, AlertKind.NO_CONTACT)


def test_concerns_unreported_first_then_recent_reported(
    work: Coordinator, approved: Volunteer
) -> None:
    work.devices.assign("M-0002", "V-01")
    work.importer.import_bytes(
        approved.bundle(
            [
                snapshot("2025-W40", concern("M-0002", 1, 0)),
                snapshot("2026-W09", concern("M-0001", 2, 2)),
                snapshot("2026-W10", concern("M-0001", 2, 1)),
                snapshot("2026-W01", concern("M-0002", 1, 1)),
            ],
            sequence=2,
        )
    )  # fmt: skip
    board = load_dashboard(work.db, TODAY)
    concerns = [
        (a.kind, a.subject, a.week, a.count, a.reported)
        for a in board.alerts
        if a.kind is AlertKind.CONCERN_UNREPORTED
    ]
    assert concerns == [
        (AlertKind.CONCERN_UNREPORTED, "M-0001", "2026-W10", 2, 1),
        (AlertKind.CONCERN_UNREPORTED, "M-0002", "2025-W40", 1, 0),  # old, still not reported
    ]  # reported concerns (2026-W09, 2026-W01) have left the list
    assert board.alerts[0].kind is AlertKind.CONCERN_UNREPORTED  # before everything else
    rows = {m.code: m.unreported_concerns for m in board.matches}
    assert rows == {"M-0001": 1, "M-0002": 1}


def test_follow_ups_flagged_rows_gaps_and_pending_devices(
    work: Coordinator, approved: Volunteer, volunteer: Volunteer
) -> None:
    work.importer.import_bytes(
        approved.bundle(
            [
                snapshot("2026-W09", match_week("M-0001", follow_ups=2)),
                snapshot("2026-W03", match_week("M-0001", follow_ups=1)),  # too old to list
                snapshot("2026-W10", match_week("M-0099")),  # not V-01's code
            ],
            sequence=3,  # sequence 2 never arrived
        )
    )
    stranger = Volunteer(Ed25519PrivateKey.generate(), volunteer.org)
    for sequence in (1, 2):
        held = stranger.bundle([week("2026-W10", "M-0007")], sequence=sequence)
        assert work.importer.import_bytes(held).status == "held"
    board = load_dashboard(work.db, TODAY)
    assert by_kind(board, AlertKind.FOLLOW_UP) == [("M-0001", "V-01", "2026-W09", "2")]
    flagged = [a for a in board.alerts if a.kind is AlertKind.FLAGGED]
    assert [(a.subject, a.device, a.volunteer, a.week, a.count) for a in flagged] == [
        ("M-0099", approved.id, "V-01", "2026-W10", 1)
    ]
    gaps = [a for a in board.alerts if a.kind is AlertKind.GAP]
    assert [(a.subject, a.detail) for a in gaps] == [(approved.id, ("epoch 1: 2",))]
    assert by_kind(board, AlertKind.PENDING_DEVICE) == [(stranger.id, "", "", "2")]
    assert {m.code: m.flagged for m in board.matches} == {"M-0001": False, "M-0099": True}
    kinds = [a.kind for a in board.alerts]
    assert kinds == sorted(kinds, key=list(AlertKind).index)
    assert {d.id: d.status for d in board.devices} == {
        approved.id: "approved",
        stranger.id: "pending",
    }
    # A revoked device's gaps and bundles are no longer anyone's concern.
    work.devices.revoke(approved.id)
    work.devices.revoke(stranger.id)
    after = load_dashboard(work.db, TODAY)
    assert not [a for a in after.alerts if a.kind in (AlertKind.GAP, AlertKind.PENDING_DEVICE)]


def test_volunteer_activity_counts_the_last_four_weeks(
    work: Coordinator, approved: Volunteer, volunteer: Volunteer
) -> None:
    work.devices.assign("M-0002", "V-01")
    work.devices.assign("M-0003", "V-02")
    work.importer.import_bytes(
        approved.bundle(
            [
                snapshot("2026-W07", match_week("M-0001", visits=1, minutes=60),
                         match_week("M-0002", visits=2, calls=1, minutes=90)),
                snapshot("2026-W10", match_week("M-0001", visits=1, minutes=45)),
                snapshot("2026-W06", match_week("M-0001", visits=5, minutes=300)),  # too old
            ],
            sequence=2,
        )
    )  # fmt: skip
    board = load_dashboard(work.db, TODAY)
    activity = {v.volunteer: v for v in board.volunteers}
    assert set(activity) == {"V-01", "V-02"}
    v1 = activity["V-01"]
    assert (v1.contacts, v1.minutes, v1.hours, v1.matches, v1.devices) == (5, 195, 3.25, 2, 1)
    assert v1.last_bundle is not None and abs(v1.last_bundle - utc_now()) < timedelta(minutes=1)
    v2 = activity["V-02"]
    assert (v2.contacts, v2.minutes, v2.matches, v2.devices, v2.last_bundle) == (
        0,
        None,
        1,
        0,
        None,
    )


def test_contacts_per_month_for_the_last_twelve_months(
    work: Coordinator, approved: Volunteer
) -> None:
    work.importer.import_bytes(
        approved.bundle(
            [
                snapshot("2025-W10", match_week("M-0001", visits=9)),  # March 2025: too old
                snapshot("2025-W14", match_week("M-0001", visits=2)),  # Thu 3 Apr 2025
                snapshot("2026-W05", match_week("M-0001", visits=1, calls=1, minutes=30)),
                snapshot("2026-W06", match_week("M-0001", visits=3, minutes=None)),
                snapshot("2026-W10", match_week("M-0001", visits=1, minutes=15)),
            ],
            sequence=2,
        )
    )
    months = load_dashboard(work.db, TODAY).months
    assert (months[0].month, months[-1].month) == (date(2025, 4, 1), date(2026, 3, 1))
    assert len(months) == 12
    counts = {m.month: (m.contacts, m.minutes) for m in months}
    assert counts[date(2025, 4, 1)] == (2, 60)
    # 2026-W01 (the approval's bundle: Thursday 1 January) and 2026-W05 (Thursday 29th)
    assert counts[date(2026, 1, 1)] == (3, 90)
    assert counts[date(2026, 2, 1)] == (3, None)  # the policy left minutes out
    assert counts[date(2026, 3, 1)] == (1, 15)
    assert counts[date(2025, 7, 1)] == (0, None)


def ucla(total: int) -> MeasureResult:
    return MeasureResult(instrument=Instrument.UCLA3, total=total)


def test_outcome_change_first_against_latest_per_match(
    work: Coordinator, approved: Volunteer
) -> None:
    work.devices.assign("M-0002", "V-01")
    work.devices.assign("M-0003", "V-01")
    ons4 = MeasureResult(
        instrument=Instrument.ONS4,
        subscales={"life_satisfaction": 5, "worthwhile": 6, "happiness": 5, "anxiety": 7},
    )
    ons4_later = MeasureResult(
        instrument=Instrument.ONS4,
        subscales={"life_satisfaction": 7, "worthwhile": 7, "happiness": 8, "anxiety": 4},
    )
    work.importer.import_bytes(
        approved.bundle(
            [
                snapshot("2026-W01", match_week("M-0001", measures=[ucla(8), ons4]),
                         match_week("M-0002", measures=[ucla(7)]),
                         match_week("M-0003", measures=[ucla(9)])),
                snapshot("2026-W04", match_week("M-0001", measures=[ucla(7)])),
                snapshot("2026-W09", match_week("M-0001", measures=[ucla(5), ons4_later]),
                         match_week("M-0002", measures=[ucla(6)])),
            ],
            sequence=2,
        )
    )  # fmt: skip
    outcomes = {o.measure: o for o in load_dashboard(work.db, TODAY).outcomes}
    assert list(outcomes)[:2] == ["ucla3", "ons4.life_satisfaction"]
    loneliness = outcomes["ucla3"]
    assert (loneliness.n, loneliness.baseline_only) == (2, 1)  # M-0003 has a first score only
    assert loneliness.mean_first == pytest.approx(7.5)
    assert loneliness.mean_latest == pytest.approx(5.5)
    assert loneliness.mean_change == pytest.approx(-2)
    assert loneliness.improved is True  # lower is less lonely
    assert [(p.match_code, p.first, p.latest) for p in loneliness.matches] == [
        ("M-0001", 8, 5),  # W04's 7 is neither first nor latest
        ("M-0002", 7, 6),
    ]
    anxiety = outcomes["ons4.anxiety"]
    assert (anxiety.n, anxiety.mean_change, anxiety.improved) == (1, -3, True)
    assert (anxiety.low, anxiety.high, anxiety.higher_is_better) == (0, 10, False)
    assert outcomes["ons4.happiness"].improved is True


def test_empty_database_gives_an_empty_dashboard(work: Coordinator) -> None:
    board = load_dashboard(work.db, TODAY)
    assert board.alerts == board.matches == board.volunteers == board.outcomes == ()
    assert len(board.months) == 12 and all(m.contacts == 0 for m in board.months)


def test_a_thousand_bundles_worth_of_rows_add_up(work: Coordinator) -> None:
    """Rows written directly (as 1,000 imports would leave them): 50 devices, 20 weeks each,
    three matches a week, measures at the start and the end. (How fast: bench/, never a
    timed assertion here.)"""
    base = date(2026, 1, 5)
    with work.db.session() as s:
        for d in range(50):
            dev = f"D-PERF{d:05d}"
            s.add(Device(id=dev, public_key="x", fingerprint="x", status="approved",
                         volunteer=f"V-{d:02d}", first_seen=utc_now(), last_seen=utc_now(),
                         changed_at=utc_now()))  # fmt: skip
            for w in range(20):
                name = (base + timedelta(weeks=w - 19)).strftime("%G-W%V")
                s.add(DeviceWeek(device_id=dev, week=name, epoch=1, sequence=w + 1))
                s.add(Receipt(sha256=f"{d:032d}{w:032d}", device_id=dev, epoch=1,
                              sequence=w + 1 + (w > 10), payload_sha256="p", status="imported",
                              weeks=1, source="file", received_at=utc_now()))  # fmt: skip
                for m in range(3):
                    code = f"M-{d:02d}{m:02d}"
                    s.add(WeekRow(device_id=dev, week=name, match_code=code, visits=1,
                                  conversations=w % 2, minutes=60, concerns_raised=int(w == 3),
                                  concerns_reported=0, follow_ups=int(w % 5 == 0), flagged=False,
                                  detail="{}"))  # fmt: skip
                    if w in (0, 19):
                        s.add(MeasureRow(device_id=dev, week=name, match_code=code,
                                         measure="ucla3", score=8 - w // 10))  # fmt: skip
    board = load_dashboard(work.db, base)
    assert len(board.matches) == 150
    assert sum(m.contacts for m in board.months) == 50 * 3 * 30
    assert board.outcomes[0].n == 150 and board.outcomes[0].mean_change == pytest.approx(-1)
    assert sum(1 for a in board.alerts if a.kind is AlertKind.GAP) == 50  # sequence 12 lost


def test_reading_the_dashboard_changes_nothing(work: Coordinator, approved: Volunteer) -> None:
    from tests.coordinator.conftest import data_rows

    before = data_rows(work)
    load_dashboard(work.db, TODAY)
    assert data_rows(work) == before
    assert isinstance(load_dashboard(work.db).today, date)
