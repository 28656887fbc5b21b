"""The dashboard and funder reports read only the rows they need since issue 15 (indexes of
c0005, narrower queries); on a realistic scheme with every awkward case added (flagged rows
counted and not, an unassigned code, concerns over two devices, gaps and rejected receipts,
a measure scored only before the period), they give exactly what the queries that read the
whole history gave (reference_queries.py), on SQLite and PostgreSQL."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path

import pytest
from sqlalchemy import create_engine

from logbook.coordinator import dashboard, devices, report
from logbook.coordinator.dashboard import AlertKind, load_dashboard
from logbook.coordinator.database import CoordinatorDb, ensure_schema
from logbook.coordinator.importer import measure_rows, week_row
from logbook.coordinator.report import build_report
from logbook.coordinator.schema import Assignment, Receipt
from logbook.records.measures import Instrument
from logbook.records.values import Mode
from logbook.summary.schema import ConcernCount, MatchWeek, MeasureResult
from tests.coordinator import reference_queries as reference
from tests.coordinator.report_data import NOW, contact, fill_sample, sqlite_db
from tests.server.harness import postgres_schema

TODAY = date(2026, 11, 27)
PERIODS = ["2026-Q1", "2026-Q2", "2026-Q3", "2026-03", "2026-08", "2026-10"]
D1, D2, D3 = "D001ABCDEFGHIJ", "D002ABCDEFGHIJ", "D003ABCDEFGHIJ"  # V-01, V-02, V-03


def ucla(total: int) -> MeasureResult:
    return MeasureResult(instrument=Instrument.UCLA3, total=total)


def put(db: CoordinatorDb, device: str, week: str, match: MatchWeek, flagged: bool) -> None:
    with db.session() as s:
        s.merge(week_row(device, week, match, flagged))
        s.add_all(measure_rows(device, week, match))


def visit(code: str, **more: object) -> MatchWeek:
    return MatchWeek(match_code=code, contacts=[contact("visit", Mode.IN_PERSON, 1)], **more)  # type: ignore[arg-type]


def receipt(n: int, device: str | None, epoch: int | None, sequence: int | None,
            status: str, day: int) -> Receipt:  # fmt: skip
    return Receipt(sha256=f"{n:064x}", device_id=device, epoch=epoch, sequence=sequence,
                   status=status, source="file", received_at=datetime(2026, 10, day))  # fmt: skip


def fill(db: CoordinatorDb) -> None:
    with db.session() as s:
        fill_sample(s)
        s.add(Assignment(match_code="M-8888", volunteer="V-05", assigned_at=NOW))  # never seen
        statuses = [
            (D1, 1, 1, "imported"), (D1, 1, 2, "imported"), (D1, 1, 3, "imported"),
            (D2, 1, 1, "imported"), (D2, 1, 2, "imported"), (D2, 1, 5, "imported"),
            (D2, 1, 9, "conflict"), (D2, 1, 3, "rejected"), (D3, 1, 1, "held"),
            (D3, 1, 2, "imported"), (D3, 1, 3, "imported"), (D3, 2, 2, "imported"),
            ("D-UNKNOWN", 1, 4, "imported"), (None, None, None, "rejected"),
        ]  # fmt: skip
        s.add_all(receipt(n, *row, day=n + 1) for n, row in enumerate(statuses))
    # V-01 sends V-03's code and an unassigned one (flagged, left out of reports); V-03's own
    # code flagged when it was sent, since assigned to it (counted).
    put(db, D1, "2026-W30", visit("M-0010", measures=[ucla(8)]), True)
    put(db, D1, "2026-W33", visit("M-0010", measures=[ucla(5)]), True)
    put(db, D2, "2026-W31", visit("M-9999", measures=[ucla(7)]), True)
    put(db, D2, "2026-W35", visit("M-9999", measures=[ucla(4)]), True)
    put(db, D3, "2026-W47", visit("M-0008", follow_ups=1), True)
    # One concern raised on each of two devices in the same week, one of them reported.
    put(db, D1, "2026-W40", visit("M-0001", concerns=ConcernCount(raised=1, reported=0)), False)
    put(db, D2, "2026-W40", visit("M-0001", concerns=ConcernCount(raised=1, reported=1)), True)
    # ONS4 scored twice in the first quarter only: a line in later reports, with no match.
    ons4 = {"life_satisfaction": 5, "worthwhile": 6, "happiness": 5, "anxiety": 7}
    for week, bump in (("2026-W05", 0), ("2026-W09", 2)):
        later = {k: min(10, v + bump) for k, v in ons4.items()}
        put(db, D1, week, visit("M-0001", measures=[MeasureResult(
            instrument=Instrument.ONS4, subscales=later)]), False)  # type: ignore[arg-type]  # fmt: skip


@pytest.fixture(params=["sqlite", "postgresql"])
def db(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[CoordinatorDb]:
    if request.param == "sqlite":
        with sqlite_db(tmp_path) as found:
            fill(found)
            yield found
        return
    with postgres_schema() as url:
        engine = create_engine(url)
        ensure_schema(engine)
        with CoordinatorDb(engine, owns_engine=True) as found:
            fill(found)
            yield found


def test_the_dashboard_is_what_reading_the_whole_history_gave(
    db: CoordinatorDb, monkeypatch: pytest.MonkeyPatch
) -> None:
    now = load_dashboard(db, TODAY)
    kinds = {a.kind for a in now.alerts}
    assert {AlertKind.CONCERN_UNREPORTED, AlertKind.FLAGGED, AlertKind.GAP} <= kinds
    assert [d.gaps for d in now.devices if d.id == D2] == [("epoch 1: 3-4, 6-8",)]
    monkeypatch.setattr(dashboard, "match_contacts", reference.match_contacts)
    monkeypatch.setattr(dashboard, "_concern_alerts", reference.concern_alerts)
    monkeypatch.setattr(dashboard, "volunteer_activity", reference.volunteer_activity)
    monkeypatch.setattr(devices, "_sequences_with_gaps", reference.sequences)
    assert load_dashboard(db, TODAY) == now


def test_reports_are_what_reading_the_whole_history_gave(
    db: CoordinatorDb, monkeypatch: pytest.MonkeyPatch
) -> None:
    now = {period: build_report(db, period, today=TODAY) for period in PERIODS}
    q3 = now["2026-Q3"]
    assert q3.left_out > 0  # the flagged rows of codes not the sender's
    assert any(line.matches == 0 for line in q3.measures.lines)  # ONS4: scored only in Q1
    monkeypatch.setattr(report, "_week_rows", reference.week_rows)
    monkeypatch.setattr(report, "_scores", reference.scores)
    for period in PERIODS:
        assert build_report(db, period, today=TODAY) == now[period], period
