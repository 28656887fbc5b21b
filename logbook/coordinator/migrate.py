"""Bring the coordinator database up to the app's schema: copy a SQLCipher file first, stamp
a database made before migrations at the baseline, refuse one made by a newer app."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Connection, Engine, inspect, text

from logbook.db.migrate import alembic_config
from logbook.db.migrate import head_revision as db_head_revision
from logbook.errors import Refused
from logbook.i18n import N_, _

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS = Path(__file__).resolve().parent / "migrations"
VERSION_TABLE = "coordinator_alembic_version"
BASELINE = "c0001"  # the schema `create_all` made, with coordinator_meta.schema = 1
# The newest revision in migrations/versions: opening compares the database's revision with
# this and loads Alembic only when they differ; a test checks it is Alembic's own head.
HEAD = "c0005"
# Held while migrating a PostgreSQL database, so two coordinators opening it at once do not
# both create tables (any fixed 64-bit number; this one spells "coordmig").
_PG_LOCK = 0x636F6F72646D6967

NEWER = N_(
    "The coordinator database was made by a newer version of the app: update the app before "
    "using it. Nothing was changed."
)


def _config() -> Config:
    return alembic_config(MIGRATIONS)


def head_revision() -> str:
    return db_head_revision(MIGRATIONS)


def current_revision(conn: Connection) -> str | None:
    """The database's revision; the baseline for one made before migrations; None if new."""
    tables = inspect(conn)
    if tables.has_table(VERSION_TABLE):
        return conn.execute(text(f"SELECT version_num FROM {VERSION_TABLE}")).scalar()
    if not tables.has_table("coordinator_meta"):
        return None
    legacy = conn.execute(text("SELECT value FROM coordinator_meta WHERE key = 'schema'")).scalar()
    if legacy is None:
        return None
    if legacy != "1":
        raise Refused(_(NEWER))  # only schema 1 was ever released without migrations
    return "legacy"


def upgrade_coordinator(engine: Engine, db_path: Path | None = None) -> bool:
    """Run pending migrations; True if any ran. `db_path`: the SQLCipher file, copied first."""
    with engine.connect() as conn:
        if current_revision(conn) == HEAD:
            return False
    from alembic import command
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(_config())
    known = {rev.revision for rev in script.walk_revisions()}
    copy = None
    with engine.connect() as conn:
        current = current_revision(conn)
        if current not in known | {None, "legacy"}:
            raise Refused(_(NEWER))
        if current is not None and db_path is not None and engine.dialect.name == "sqlite":
            conn.execute(text("PRAGMA wal_checkpoint(TRUNCATE)"))
            # Still encrypted: a byte copy of the SQLCipher file, to fall back on if this fails.
            copy = db_path.with_name(f"{db_path.name}.before-{HEAD}")
            shutil.copy2(db_path, copy)
    cfg = _config()
    with engine.begin() as conn:
        if conn.dialect.name == "postgresql":
            conn.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": _PG_LOCK})
        current = current_revision(conn)  # again, under the lock: another may have done it
        if current == HEAD:
            return False
        if current not in known | {None, "legacy"}:
            raise Refused(_(NEWER))
        cfg.attributes["connection"] = conn
        if current == "legacy":
            command.stamp(cfg, BASELINE)
        command.upgrade(cfg, "head")
    if copy is not None:
        # Kept only until the upgrade is known good: an old copy would outlive later erasures.
        with engine.connect() as conn:
            sound = conn.execute(text("PRAGMA quick_check")).scalar() == "ok"
        if sound:
            copy.unlink(missing_ok=True)
    return True
