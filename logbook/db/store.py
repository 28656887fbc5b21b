"""A unit-of-work door to one open database; turns storage failures into designed errors."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

from sqlalchemy import Engine, text
from sqlalchemy.exc import DatabaseError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

from logbook.db.engine import damaged_database, forget_key
from logbook.db.settings import read_setting, write_setting
from logbook.errors import LogbookError
from logbook.i18n import _
from logbook.profile_settings import COMPACTION_PENDING, VAULT_SEALED, ProfileSetting

T = TypeVar("T")


@dataclass(frozen=True)
class FirstRead:
    """What unlock acts on, read together: the schema's revision (None for a new, empty
    database) and the flags of the vault's seal and of an erasure's unfinished compaction."""

    revision: str | None
    vault_sealed: bool = False
    compaction_pending: bool = False


class Store:
    def __init__(self, engine: Engine, path: Path) -> None:
        self._engine: Engine | None = engine
        self.path = path
        self._sessions: sessionmaker[Session] | None = sessionmaker(engine, expire_on_commit=False)

    @property
    def engine(self) -> Engine:
        if self._engine is None:
            raise LogbookError(_("The profile is locked."))
        return self._engine

    @contextmanager
    def session(self) -> Iterator[Session]:
        """One transaction: committed on success, rolled back on any error."""
        self.engine  # noqa: B018 - raises if locked
        assert self._sessions is not None  # dropped only with the engine
        with self._sessions.begin() as session:
            yield session

    def read(self, setting: ProfileSetting[T]) -> T:
        """One profile setting (`logbook.profile_settings`), in a transaction of its own."""
        with self.session() as s:
            return read_setting(s, setting)

    def first_read(self) -> FirstRead:
        """Unlock's reads in one transaction on the first connection (which keys it, so a
        damaged file is reported here): one round trip instead of three (issue 15)."""
        with self.session() as s:
            try:
                revision = s.execute(text("SELECT version_num FROM alembic_version")).scalar()
            except OperationalError:
                return FirstRead(None)  # a new, empty database: no schema, no settings yet
            return FirstRead(
                revision, read_setting(s, VAULT_SEALED), read_setting(s, COMPACTION_PENDING)
            )

    def write(self, setting: ProfileSetting[T], value: T) -> None:
        with self.session() as s:
            write_setting(s, setting, value)

    def integrity_problems(self) -> list[str]:
        """Run SQLite's and SQLCipher's checks; an empty list means the file is sound."""
        problems: list[str] = []
        try:
            with self.engine.connect() as conn:
                rows = conn.execute(text("PRAGMA cipher_integrity_check")).all()
                problems += [str(r[0]) for r in rows]
                ok = conn.execute(text("PRAGMA integrity_check")).all()
                problems += [str(r[0]) for r in ok if r[0] != "ok"]
        except DatabaseError as exc:
            raise damaged_database(self.path) from exc
        return problems

    def check_integrity(self) -> None:
        if self.integrity_problems():
            raise damaged_database(self.path)

    @staticmethod
    def mark_compaction_pending(session: Session) -> None:
        """Called inside an erasure's transaction, so the erasure and the promise to compact
        after it are committed together."""
        write_setting(session, COMPACTION_PENDING, True)

    def compact(self) -> None:
        """Rebuild the search index, checkpoint the WAL and vacuum, so no erased text lingers."""
        with self.session() as s:
            s.execute(text("INSERT INTO entry_fts(entry_fts) VALUES ('rebuild')"))
        with self.engine.connect() as conn:
            conn.execute(text("PRAGMA wal_checkpoint(TRUNCATE)"))
        raw = self.engine.raw_connection()
        try:
            raw.driver_connection.execute("VACUUM")  # type: ignore[union-attr]
            raw.driver_connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")  # type: ignore[union-attr]
        finally:
            raw.close()
        # Cleared only when all of the above is done; a kill before this redoes it all.
        with self.session() as s:
            if read_setting(s, COMPACTION_PENDING):
                write_setting(s, COMPACTION_PENDING, False)
        with self.engine.connect() as conn:
            conn.execute(text("PRAGMA wal_checkpoint(TRUNCATE)"))

    def finish_pending_compaction(self, pending: bool | None = None) -> bool:
        """At unlock: finish the compaction of an erasure that a kill interrupted. `pending`
        is the flag as unlock's first read found it; read here when not given."""
        if pending is None:
            pending = self.read(COMPACTION_PENDING)
        if pending:
            self.compact()
        return pending

    def close(self) -> None:
        """Drop every pooled connection (and with them SQLCipher's copy of the key), the key
        kept for new connections, and the engine with the sessionmaker bound to it."""
        if self._engine is not None:
            self._engine.dispose()
            forget_key(self._engine)
            self._engine = None
        self._sessions = None
