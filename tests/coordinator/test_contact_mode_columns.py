"""Contacts by mode live in week_row's own columns (migration c0003): filled from each row's
`detail` when the coordinator-0001 fixture is upgraded, written at import, and what reports
read (they no longer parse `detail`)."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

from sqlalchemy import Engine, select, update

from logbook.coordinator.contact_modes import MODE_COLUMNS, mode_counts_from_detail
from logbook.coordinator.database import CoordinatorDb, ensure_schema
from logbook.coordinator.report import build_report
from logbook.coordinator.schema import WeekRow
from logbook.records.values import Mode
from logbook.summary.schema import MatchWeek
from tests.coordinator.report_data import add_device, add_week, contact, sqlite_db
from tests.coordinator.test_migrations import (
    APPROVED,
    postgres_fixture,  # noqa: F401 - the fixture
    sqlcipher_fixture,
)


def stored_modes(engine: Engine) -> dict[tuple[str, str, str], tuple[dict[str, int], str]]:
    with CoordinatorDb(engine, owns_engine=False).session() as s:
        return {
            (r.device_id, r.week, r.match_code): (
                {column: getattr(r, column) for column in MODE_COLUMNS.values()},
                r.detail,
            )
            for r in s.scalars(select(WeekRow))
        }


def check_upgraded(engine: Engine) -> None:
    rows = stored_modes(engine)
    assert rows  # the fixture has imported weeks
    for columns, detail in rows.values():
        contacts = json.loads(detail).get("contacts") or []
        assert sum(columns.values()) == sum(c["count"] for c in contacts)
        assert columns == mode_counts_from_detail(detail)
    first, _ = rows[(APPROVED, "2026-W01", "M-0001")]
    assert first == {
        "mode_in_person": 2, "mode_phone": 1, "mode_video": 0, "mode_message": 0,
        "mode_group": 0,
    }  # fmt: skip


def test_the_sqlcipher_fixture_gets_mode_columns_from_its_detail(tmp_path: Path) -> None:
    engine, path = sqlcipher_fixture(tmp_path)
    try:
        ensure_schema(engine, path)
        check_upgraded(engine)
    finally:
        engine.dispose()


def test_the_postgresql_fixture_gets_mode_columns_from_its_detail(
    postgres_fixture: Engine,  # noqa: F811
) -> None:
    ensure_schema(postgres_fixture)
    check_upgraded(postgres_fixture)


def test_reports_count_modes_from_the_columns_not_the_detail(tmp_path: Path) -> None:
    with sqlite_db(tmp_path) as db:
        with db.session() as s:
            codes = [f"M-{n:04d}" for n in range(12)]
            add_device(s, "DEV1", "V-01", codes)
            for code in codes:
                contacts = [
                    contact("visit", Mode.IN_PERSON, 1),
                    contact("conversation", Mode.VIDEO, 2),
                    contact("visit", Mode.GROUP, 1),
                ]
                add_week(s, "DEV1", "2026-W41", MatchWeek(match_code=code, contacts=contacts))
        with db.session() as s:
            # Stored by the import's own row builder: the columns hold the modes...
            stored = s.scalars(select(WeekRow)).first()
            assert stored is not None
            assert (stored.mode_in_person, stored.mode_video, stored.mode_group) == (1, 2, 1)
            # ...and a report reads nothing else: a detail without contacts changes nothing.
            s.execute(update(WeekRow).values(detail="{}"))
        report = build_report(db, "2026-10", today=date(2026, 11, 20))
    contacts = report.contacts
    assert contacts.row_totals == (50,)  # 12 + 24 + 12 = 48 contacts, rounded to 5
    assert [contacts.text(v) for v in contacts.grid[0]] == ["10", "0", "25", "0", "10", "50"]
