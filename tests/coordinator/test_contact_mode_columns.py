"""Contacts by mode live in week_row's own columns (migration c0003): filled from each row's
`detail` when the coordinator-0001 fixture is upgraded, written at import, and what reports
read (they no longer parse `detail`)."""

from __future__ import annotations

import io
import json
from datetime import date
from pathlib import Path

import pyrage
from sqlalchemy import Engine, select, update

from logbook.coordinator.contact_modes import MODE_COLUMNS, mode_counts_from_detail
from logbook.coordinator.database import CoordinatorDb, ensure_schema
from logbook.coordinator.report import build_report
from logbook.coordinator.schema import WeekRow
from logbook.coordinator.service import Coordinator
from logbook.records.values import Mode
from logbook.summary.schema import MatchWeek
from logbook.vault.profiles import UnlockedProfile
from tests.coordinator.conftest import Volunteer
from tests.coordinator.report_data import add_device, add_week, contact, sqlite_db
from tests.coordinator.test_db_backup import elsewhere  # noqa: F401 - the fixture
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


def without_mode_columns(plain: bytes) -> bytes:
    """A database backup as an app from before c0003 wrote it: schema 2, no mode columns."""
    lines, dropped = [], list[int]()
    for line in plain.splitlines():
        value = json.loads(line)
        if isinstance(value, dict) and value.get("format"):
            value["schema"] = 2
        elif isinstance(value, dict) and "table" in value:
            columns = value["columns"]
            modes = set(MODE_COLUMNS.values()) if value["table"] == "week_row" else set()
            dropped = [i for i, name in enumerate(columns) if name in modes]
            value["columns"] = [c for c in columns if c not in modes]
        elif isinstance(value, list):
            value = [v for i, v in enumerate(value) if i not in dropped]
        lines.append(json.dumps(value).encode())
    return b"\n".join(lines) + b"\n"


def test_an_older_database_backup_gets_its_modes_from_the_detail(
    work: Coordinator,
    approved: Volunteer,
    elsewhere: UnlockedProfile,  # noqa: F811
) -> None:
    visits = [contact("visit", Mode.IN_PERSON, 2), contact("conversation", Mode.MESSAGE, 3)]
    bundle = approved.payload([], sequence=9)
    bundle["summary"]["weeks"] = [
        {"week": "2026-W02", "matches": [json.loads(MatchWeek(
            match_code="M-0001", contacts=visits).model_dump_json(exclude_none=True))]}
    ]  # fmt: skip
    assert work.importer.import_bytes(approved.seal(json.dumps(bundle).encode())).ok
    out = io.BytesIO()
    work.backup_database(out)
    identities = approved.org.service.identities()
    old = without_mode_columns(pyrage.decrypt(out.getvalue(), identities))
    assert b"mode_in_person" not in old
    recipient = pyrage.x25519.Recipient.from_str(approved.org.service.state().recipient)
    with Coordinator(elsewhere.store) as there:
        there.restore_database(io.BytesIO(pyrage.encrypt(old, [recipient])))
        with there.db.session() as s:
            row = s.scalars(select(WeekRow).where(WeekRow.week == "2026-W02")).one()
            assert (row.mode_in_person, row.mode_message, row.mode_phone) == (2, 3, 0)
