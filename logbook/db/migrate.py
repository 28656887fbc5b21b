"""Bring a database up to the app's schema on unlock; copy it first; refuse newer files."""

from __future__ import annotations

import shutil
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, text

from logbook.errors import Refused

MIGRATIONS = Path(__file__).resolve().parent / "migrations"


def _config() -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    return cfg


def head_revision() -> str:
    head = ScriptDirectory.from_config(_config()).get_current_head()
    assert head is not None
    return head


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def upgrade_if_behind(engine: Engine, db_path: Path) -> bool:
    """Run pending migrations; return True if any ran. A copy of the old file is kept first."""
    script = ScriptDirectory.from_config(_config())
    head = script.get_current_head()
    current = current_revision(engine)
    if current == head:
        return False
    known = {rev.revision for rev in script.walk_revisions()}
    if current is not None and current not in known:
        raise Refused(
            f"The database {db_path} was made by a newer version of Volunteer Logbook. "
            "Install the newer version to open it; nothing was changed."
        )
    if current is not None:
        with engine.connect() as conn:
            conn.execute(text("PRAGMA wal_checkpoint(TRUNCATE)"))
        # Still encrypted: a byte copy of the SQLCipher file, kept until the user removes it.
        shutil.copy2(db_path, db_path.with_name(f"{db_path.name}.before-{head}"))
    cfg = _config()
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "head")
    return True
