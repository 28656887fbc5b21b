"""SQLCipher engines in raw-key mode: the key is set on each new connection, never in a URL."""

from __future__ import annotations

import os
import weakref
from pathlib import Path
from typing import Any

import sqlcipher3
from sqlalchemy import Engine, create_engine, event

from logbook.errors import DamagedFile, LogbookError, Refused
from logbook.i18n import _

# The raw key of each open engine, reachable only through the engine itself. SQLAlchemy's
# compiled caches (an ORM mapper's, for one) keep a dialect, and with it the connect listener,
# alive long after the engine is gone: that listener must not hold the key in its closure.
_KEYS: weakref.WeakKeyDictionary[Engine, bytes] = weakref.WeakKeyDictionary()

# Decrypting a page whose HMAC does not verify surfaces as one of these sqlite errors.
CORRUPTION_HINTS = ("not a database", "malformed", "hmac", "corrupt")


def damaged_database(path: Path) -> DamagedFile:
    return DamagedFile(
        _(
            "The database {path} is damaged or was altered on disk. Nothing more will be "
            "written to it; restore your latest backup (logbook restore FILE)."
        ).format(path=path)
    )


def _key_connection(conn: Any, key: bytes, path: Path) -> None:
    cur = conn.cursor()
    try:
        # SQLCipher would print decryption failures on stderr; we report them ourselves.
        cur.execute("PRAGMA cipher_log_level = NONE")
        # Raw-key mode: 256-bit key as a blob literal, so SQLCipher skips its own PBKDF2.
        cur.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
        row = cur.execute("PRAGMA cipher_version").fetchone()
        if not row or not row[0]:
            raise Refused(
                _(
                    "The SQLite library in use has no encryption (SQLCipher missing); refusing "
                    "to write records unencrypted."
                )
            )
        try:
            cur.execute("SELECT count(*) FROM sqlite_master").fetchone()
        except sqlcipher3.DatabaseError as exc:
            raise damaged_database(path) from exc
        cur.execute("PRAGMA foreign_keys = ON")
        cur.execute("PRAGMA secure_delete = ON")
        cur.execute("PRAGMA journal_mode = WAL")
        cur.execute("PRAGMA synchronous = FULL")
    finally:
        cur.close()


def open_engine(path: Path, key: bytes) -> Engine:
    """An engine on the SQLCipher file at `path`, keyed with the raw 256-bit `key`."""
    if not path.exists():
        # SQLite gives the WAL and shm files the main file's mode: make it owner-only first.
        os.close(os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600))
    engine = create_engine(
        f"sqlite+pysqlite:///{path}",
        module=sqlcipher3,
        hide_parameters=True,
        connect_args={"check_same_thread": False},
    )

    _KEYS[engine] = key
    this_engine = weakref.ref(engine)
    del key  # from here on only _KEYS holds it, for as long as the engine lives

    @event.listens_for(engine, "do_connect")
    def _connect(dialect: Any, conn_rec: Any, cargs: Any, cparams: Any) -> Any:
        opened = this_engine()
        key = _KEYS.get(opened) if opened is not None else None
        if key is None:
            raise LogbookError(_("The profile is locked."))
        conn = sqlcipher3.connect(*cargs, **cparams)
        try:
            _key_connection(conn, key, path)
        except BaseException:
            conn.close()
            raise
        return conn

    @event.listens_for(engine, "handle_error")
    def _damaged(context: Any) -> None:
        # One place for every statement: a page that fails its HMAC is a damaged file.
        error = context.original_exception
        if (
            isinstance(error, sqlcipher3.DatabaseError)
            and not isinstance(error, sqlcipher3.IntegrityError)
            and any(hint in str(error).lower() for hint in CORRUPTION_HINTS)
        ):
            raise damaged_database(path) from error

    return engine


def forget_key(engine: Engine) -> None:
    """No new connection to `engine` can be keyed after this (a store closing calls it)."""
    _KEYS.pop(engine, None)
