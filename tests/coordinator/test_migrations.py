"""Coordinator schema upgrades: databases made before migrations (the coordinator-0001
fixture, on SQLCipher and PostgreSQL) are stamped at the baseline and upgraded with their
rows intact; a newer database is refused untouched; the migrations build exactly the models."""

from __future__ import annotations

import json
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import Engine, create_engine, func, select, text
from sqlalchemy.engine import make_url

from logbook.coordinator.database import CoordinatorDb, ensure_schema
from logbook.coordinator.migrate import HEAD, VERSION_TABLE, head_revision
from logbook.coordinator.schema import (
    SCHEMA_VERSION,
    AuditEntry,
    CoordinatorBase,
    CoordinatorMeta,
    Device,
    HeldBundle,
    MeasureRow,
    QuarantinedBundle,
    Receipt,
    WeekRow,
)
from logbook.db.engine import open_engine
from logbook.errors import Refused
from logbook.vault.profiles import UnlockedProfile
from tests.conftest import file_bytes
from tests.server.harness import postgres_schema

FIXTURE = Path(__file__).resolve().parent.parent / "fixtures" / "coordinator-0001"
KEYS = json.loads((FIXTURE / "keys.json").read_text())
APPROVED, HELD_FOR = "D-MTB23VMUNB", "D-MFJ4N6CVYS"


def sqlcipher_fixture(folder: Path) -> tuple[Engine, Path]:
    path = folder / "coordinator.db"
    shutil.copy2(FIXTURE / "coordinator.db", path)
    return open_engine(path, bytes.fromhex(KEYS["sqlcipher_key_hex"])), path


@pytest.fixture
def postgres_fixture() -> Iterator[Engine]:
    """The fixture's dump loaded into a fresh schema, on an engine that sees only that."""
    with postgres_schema() as url:
        schema = make_url(url).query["options"].removeprefix("-csearch_path=")  # type: ignore[union-attr]
        dump = (FIXTURE / "coordinator.sql").read_text()
        # psql's meta-commands are not SQL; the schema is created by postgres_schema already.
        lines = [line for line in dump.splitlines() if not line.startswith("\\")]
        sql = "\n".join(lines).replace("CREATE SCHEMA coordinator_fixture;", "")
        engine = create_engine(url)
        raw = engine.raw_connection()
        try:
            raw.driver_connection.execute(sql.replace("coordinator_fixture.", f'"{schema}".'))  # type: ignore[union-attr]
            raw.commit()
        finally:
            raw.close()
        engine.dispose()  # the dump cleared search_path on that connection
        engine = create_engine(url)
        yield engine
        engine.dispose()


def revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        return conn.execute(text(f"SELECT version_num FROM {VERSION_TABLE}")).scalar()


def check_fixture_rows(engine: Engine) -> None:
    with CoordinatorDb(engine, owns_engine=False).session() as s:
        devices = {d.id: (d.status, d.volunteer) for d in s.scalars(select(Device))}
        assert devices[APPROVED] == ("approved", "V-01")
        assert sorted(v[0] for v in devices.values()) == [
            "approved", "pending", "pending", "revoked"
        ]  # fmt: skip
        statuses = sorted(s.scalars(select(Receipt.status)))
        assert statuses.count("imported") == 4 and statuses.count("held") == 3
        assert statuses.count("rejected") == 2 and statuses.count("conflict") == 1
        held = s.scalars(select(HeldBundle).where(HeldBundle.device_id == HELD_FOR)).all()
        assert len(held) == 2 and all(h.data.startswith(b"age-encryption.org/v1") for h in held)
        assert all(h.size == len(h.data) for h in held)  # c0002 measured what was held
        assert s.scalar(select(func.count()).select_from(QuarantinedBundle)) == 0
        rows = {(r.device_id, r.week, r.match_code): r for r in s.scalars(select(WeekRow))}
        assert rows[(APPROVED, "2026-W01", "M-0001")].minutes == 120
        assert rows[(APPROVED, "2026-W01", "M-0001")].visits == 2
        assert sorted(s.scalars(select(MeasureRow.measure)).all())[:2] == [
            "ons4.anxiety", "ons4.anxiety"
        ]  # fmt: skip
        assert s.scalar(select(func.count()).select_from(AuditEntry)) == 20
        assert s.scalar(select(func.max(Receipt.epoch))) == 1_767_225_600_000
        schema = s.scalar(select(CoordinatorMeta.value).where(CoordinatorMeta.key == "schema"))
        assert schema == str(SCHEMA_VERSION)


def no_drift(engine: Engine) -> list[object]:
    """What differs between the migrated database and the models (nothing, if all is well)."""
    ours = set(CoordinatorBase.metadata.tables)
    with engine.connect() as conn:
        context = MigrationContext.configure(
            conn, opts={"include_name": lambda name, kind, _: kind != "table" or name in ours}
        )
        return list(compare_metadata(context, CoordinatorBase.metadata))


def test_sqlcipher_fixture_is_stamped_and_upgraded_with_its_rows(tmp_path: Path) -> None:
    engine, path = sqlcipher_fixture(tmp_path)
    try:
        ensure_schema(engine, path)
        assert revision(engine) == HEAD
        check_fixture_rows(engine)
        assert no_drift(engine) == []
        ensure_schema(engine, path)  # a second opening changes nothing
        assert revision(engine) == HEAD
    finally:
        engine.dispose()
    # The copy made before migrating goes once the upgrade is known good.
    assert not list(tmp_path.glob("*.before-*"))


def test_postgresql_fixture_is_stamped_and_upgraded_with_its_rows(
    postgres_fixture: Engine,
) -> None:
    ensure_schema(postgres_fixture)
    assert revision(postgres_fixture) == HEAD
    check_fixture_rows(postgres_fixture)
    assert no_drift(postgres_fixture) == []


def test_a_new_postgresql_database_gets_exactly_the_models() -> None:
    with postgres_schema() as url:
        engine = create_engine(url)
        try:
            ensure_schema(engine)
            assert revision(engine) == HEAD
            assert no_drift(engine) == []
        finally:
            engine.dispose()


def test_the_coordinator_profile_keeps_both_version_tables(coordinator: UnlockedProfile) -> None:
    """The coordinator tables live in the profile's own file beside the volunteer schema."""
    from logbook.coordinator.database import open_coordinator_db
    from logbook.db.migrate import HEAD as VOLUNTEER_HEAD
    from logbook.db.migrate import current_revision as volunteer_revision

    open_coordinator_db(coordinator.store).close()
    assert revision(coordinator.store.engine) == HEAD
    assert volunteer_revision(coordinator.store.engine) == VOLUNTEER_HEAD
    assert no_drift(coordinator.store.engine) == []


@pytest.mark.parametrize("how", ["revision", "legacy number"])
def test_a_database_from_a_newer_app_is_refused_and_left_alone(tmp_path: Path, how: str) -> None:
    engine, path = sqlcipher_fixture(tmp_path)
    try:
        with engine.begin() as conn:
            if how == "revision":
                ensure_schema(engine, path)
                conn.execute(text(f"UPDATE {VERSION_TABLE} SET version_num = 'c9999'"))
            else:
                conn.execute(text("UPDATE coordinator_meta SET value = '7' WHERE key = 'schema'"))
        with engine.connect() as conn:
            conn.execute(text("PRAGMA wal_checkpoint(TRUNCATE)"))
        before = file_bytes(tmp_path)
        with pytest.raises(Refused, match="newer version of the app"):
            ensure_schema(engine, path)
        assert file_bytes(tmp_path) == before
    finally:
        engine.dispose()


def test_the_quick_head_check_matches_alembics_head() -> None:
    assert head_revision() == HEAD, "update HEAD in logbook/coordinator/migrate.py"
