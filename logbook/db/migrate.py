"""Bring a database up to the app's schema on unlock; copy it first; refuse newer files."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Engine, text
from sqlalchemy.exc import OperationalError

from logbook.errors import Refused
from logbook.i18n import _

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS = Path(__file__).resolve().parent / "migrations"
# The newest revision in migrations/versions. Unlock compares the file's revision with this
# and loads Alembic (75 ms of imports, 1.5 ms of script parsing) only when they differ;
# test_migrations checks it matches Alembic's own head.
HEAD = "0007"


def alembic_config(location: Path = MIGRATIONS) -> Config:
    """Alembic's settings for a folder of migration scripts (the volunteer's by default; the
    coordinator database has its own folder)."""
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(location))
    return cfg


def head_revision(location: Path = MIGRATIONS) -> str:
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(alembic_config(location)).get_current_head()
    assert head is not None
    return head


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        try:
            return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
        except OperationalError:
            return None  # a new, empty database


def upgrade_if_behind(engine: Engine, db_path: Path) -> bool:
    """Run pending migrations; return True if any ran. A copy of the old file is kept first."""
    current = current_revision(engine)
    if current == HEAD:
        return False
    from alembic import command
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(alembic_config())
    head = script.get_current_head()
    known = {rev.revision for rev in script.walk_revisions()}
    if current is not None and current not in known:
        raise Refused(
            _(
                "The database {db_path} was made by a newer version of Volunteer Logbook. "
                "Install the newer version to open it; nothing was changed."
            ).format(db_path=db_path)
        )
    copy = db_path.with_name(f"{db_path.name}.before-{head}")
    if current is not None:
        with engine.connect() as conn:
            conn.execute(text("PRAGMA wal_checkpoint(TRUNCATE)"))
        # Still encrypted: a byte copy of the SQLCipher file, to fall back on if this fails.
        shutil.copy2(db_path, copy)
    cfg = alembic_config()
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "head")
    # Kept only until the upgrade is known good: an old copy would outlive later erasures.
    with engine.connect() as conn:
        sound = conn.execute(text("PRAGMA quick_check")).scalar() == "ok"
    if sound:
        copy.unlink(missing_ok=True)
    return True
