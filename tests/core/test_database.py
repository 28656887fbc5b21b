"""The SQLCipher file: really encrypted, durable settings, tampering detected, never plain."""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

import pytest
import sqlcipher3
from sqlalchemy import text

from logbook.db.engine import open_engine
from logbook.errors import DamagedFile, Refused
from logbook.records.book import Logbook
from logbook.records.dto import EntryInput
from logbook.records.values import Kind
from logbook.vault.profiles import UnlockedProfile
from tests.conftest import Profiles

PAGE = 4096


def add_entries(book: Logbook, count: int = 30) -> None:
    book.matches.add("M-0001", "Someone", date(2025, 1, 1))
    for i in range(count):
        book.entries.add(
            EntryInput(
                kind=Kind.VISIT,
                occurred_on=date(2025, 2, 1 + i % 28),
                match_code="M-0001",
                minutes=30 + i,
                notes=f"visit number {i} " + "words of a fairly long note " * 40,
            )
        )


def test_database_file_has_no_sqlite_header_and_stdlib_cannot_read_it(
    profile: UnlockedProfile, book: Logbook
) -> None:
    add_entries(book, 3)
    path = profile.store.path
    assert not path.read_bytes().startswith(b"SQLite format 3")
    conn = sqlite3.connect(path)
    with pytest.raises(sqlite3.DatabaseError, match="not a database"):
        conn.execute("SELECT * FROM entry").fetchall()
    conn.close()


def test_connections_use_wal_full_sync_and_secure_delete(profile: UnlockedProfile) -> None:
    with profile.store.engine.connect() as conn:
        assert conn.execute(text("PRAGMA cipher_version")).scalar()
        assert conn.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert conn.execute(text("PRAGMA synchronous")).scalar() == 2  # FULL
        assert conn.execute(text("PRAGMA secure_delete")).scalar() == 1
        assert conn.execute(text("PRAGMA foreign_keys")).scalar() == 1


def test_engine_errors_never_show_parameters(profile: UnlockedProfile) -> None:
    with pytest.raises(Exception) as err, profile.store.engine.connect() as conn:
        conn.execute(text("INSERT INTO nowhere VALUES (:secret)"), {"secret": "CANARY-PARAM"})
    assert "CANARY-PARAM" not in str(err.value)


def test_plain_sqlite_library_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """If the SQLite in use had no SQLCipher, `PRAGMA cipher_version` is empty: never write."""
    real_connect = sqlcipher3.connect

    class NoCipher:
        def __init__(self, conn: sqlite3.Connection) -> None:
            self.conn = conn

        def cursor(self) -> sqlite3.Cursor:
            return self.conn.cursor()

        def close(self) -> None:
            self.conn.close()

    # A real stdlib sqlite3 connection stands in for a SQLCipher-less build.
    monkeypatch.setattr(sqlcipher3, "connect", lambda *a, **k: NoCipher(sqlite3.connect(a[0])))
    engine = open_engine(tmp_path / "plain.db", b"k" * 32)
    with pytest.raises(Refused, match="no encryption"):
        engine.connect()
    monkeypatch.setattr(sqlcipher3, "connect", real_connect)
    assert (tmp_path / "plain.db").read_bytes() == b""


def tamper(path: Path, offset: int) -> bytes:
    raw = bytearray(path.read_bytes())
    raw[offset] ^= 0x5A
    path.write_bytes(bytes(raw))
    return bytes(raw)


@pytest.mark.parametrize("page", [0, 1, 3, -1])
def test_altered_page_is_detected_and_nothing_is_written(profiles: Profiles, page: int) -> None:
    with profiles.manager.unlock(profiles.name, profiles.passphrase) as unlocked:
        add_entries(Logbook(unlocked.store))
        with unlocked.store.engine.connect() as conn:
            conn.execute(text("PRAGMA wal_checkpoint(TRUNCATE)"))
    db = profiles.folder / "logbook.db"
    pages = db.stat().st_size // PAGE
    number = page % pages
    tampered = tamper(db, number * PAGE + PAGE // 2)
    with pytest.raises(DamagedFile, match="damaged or was altered.*backup") as err:
        with profiles.manager.unlock(profiles.name, profiles.passphrase) as unlocked:
            # Detected on read (page HMAC) or, at the latest, by the integrity check.
            Logbook(unlocked.store).entries.list()
            unlocked.store.check_integrity()
    assert err.value.exit_code == 4
    assert str(db) in err.value.message
    assert db.read_bytes() == tampered


def test_truncated_database_is_reported(profiles: Profiles) -> None:
    db = profiles.folder / "logbook.db"
    db.write_bytes(db.read_bytes()[:1000])
    with pytest.raises(DamagedFile):
        with profiles.manager.unlock(profiles.name, profiles.passphrase) as unlocked:
            unlocked.store.check_integrity()


def test_integrity_check_passes_on_a_sound_file(profile: UnlockedProfile, book: Logbook) -> None:
    add_entries(book, 5)
    assert profile.store.integrity_problems() == []
