"""c0004 on the coordinator-0001 fixture (SQLCipher and PostgreSQL): every device ever
approved counts as confirmed, pending ones do not; the new tables start empty."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import Engine, func, select

from logbook.coordinator.database import CoordinatorDb, ensure_schema
from logbook.coordinator.schema import AlertAcknowledgement, Assignment, Device, ImportLogEntry
from tests.coordinator.test_migrations import (  # noqa: F401 - the fixture
    APPROVED,
    no_drift,
    postgres_fixture,
    sqlcipher_fixture,
)


def check_c0004(engine: Engine) -> None:
    with CoordinatorDb(engine, owns_engine=False).session() as s:
        confirmed = {
            d.id: (d.status, d.confirmed_at is not None) for d in s.scalars(select(Device))
        }
        assert confirmed[APPROVED] == ("approved", True)
        assert all(ok for status, ok in confirmed.values() if status == "approved")
        assert not any(ok for status, ok in confirmed.values() if status == "pending")
        assert s.scalar(select(func.count()).select_from(AlertAcknowledgement)) == 0
        assert s.scalar(select(func.count()).select_from(ImportLogEntry)) == 0
        assert all(a.ended_on is None for a in s.scalars(select(Assignment)))
    assert no_drift(engine) == []


def test_c0004_on_the_sqlcipher_fixture(tmp_path: Path) -> None:
    engine, path = sqlcipher_fixture(tmp_path)
    try:
        ensure_schema(engine, path)
        check_c0004(engine)
    finally:
        engine.dispose()


def test_c0004_on_the_postgresql_fixture(postgres_fixture: Engine) -> None:  # noqa: F811
    ensure_schema(postgres_fixture)
    check_c0004(postgres_fixture)
