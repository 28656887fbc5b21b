"""c0005 on the coordinator-0001 fixture (SQLCipher and PostgreSQL): the indexes that let
the dashboard and reports read only what they need are there (the partial ones partial),
the rows untouched, the backup format unchanged; a downgrade takes them away again."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from sqlalchemy import Engine, inspect, text

from logbook.coordinator.database import ensure_schema
from logbook.coordinator.migrate import _config
from logbook.coordinator.schema import SCHEMA_VERSION
from tests.coordinator.test_migrations import (  # noqa: F401 - the fixture
    check_fixture_rows,
    no_drift,
    postgres_fixture,
    sqlcipher_fixture,
)

NEW = {
    "week_row": {"ix_week_row_week", "ix_week_row_match_totals", "ix_week_row_concerns",
                 "ix_week_row_flagged"},
    "receipt": {"ix_receipt_device_order", "ix_receipt_device_received"},
    "measure_row": {"ix_measure_row_week", "ix_measure_row_measure"},
}  # fmt: skip
PARTIAL = {"ix_week_row_concerns", "ix_week_row_flagged"}


def indexes(engine: Engine) -> dict[str, dict[str, list[str]]]:
    found = inspect(engine)
    return {
        table: {i["name"]: list(i["column_names"]) for i in found.get_indexes(table)}
        for table in NEW
    }


def partial(engine: Engine) -> set[str]:
    """The indexes whose definition has a WHERE, as the database itself states it."""
    with engine.connect() as conn:
        if engine.dialect.name == "sqlite":
            rows = conn.execute(text("SELECT name, sql FROM sqlite_master WHERE type='index'"))
        else:
            ours = "SELECT indexname, indexdef FROM pg_indexes WHERE schemaname = current_schema()"
            rows = conn.execute(text(ours))
        return {name for name, sql in rows if sql and " WHERE " in sql.upper()}


def check_c0005(engine: Engine) -> None:
    found = indexes(engine)
    for table, names in NEW.items():
        assert names <= set(found[table]), table
    assert found["receipt"]["ix_receipt_device_order"] == [
        "device_id", "epoch", "sequence", "status"
    ]  # fmt: skip
    assert partial(engine) >= PARTIAL
    check_fixture_rows(engine)
    assert SCHEMA_VERSION == 4  # indexes only: backups stay readable by apps at c0004
    assert no_drift(engine) == []


def check_downgrade(engine: Engine) -> None:
    cfg = _config()
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "c0004")
    found = indexes(engine)
    for table, names in NEW.items():
        assert not (names - {"ix_receipt_device_order"}) & set(found[table]), table
    assert found["receipt"]["ix_receipt_device_order"] == ["device_id", "epoch", "sequence"]
    check_fixture_rows(engine)


def test_c0005_on_the_sqlcipher_fixture(tmp_path: Path) -> None:
    engine, path = sqlcipher_fixture(tmp_path)
    try:
        ensure_schema(engine, path)
        check_c0005(engine)
        check_downgrade(engine)
    finally:
        engine.dispose()


def test_c0005_on_the_postgresql_fixture(postgres_fixture: Engine) -> None:  # noqa: F811
    ensure_schema(postgres_fixture)
    check_c0005(postgres_fixture)
    check_downgrade(postgres_fixture)
