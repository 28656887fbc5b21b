"""An erasure killed between its commit and its compaction (issue 11, item 10): the erased
words are gone from the search index and the file after the next unlock, through the core."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import text

from logbook.db.engine import open_engine
from logbook.records.book import Logbook
from logbook.records.dto import EntryInput
from logbook.records.values import Kind
from logbook.testhooks import STOP_ENV
from logbook.vault.keys import db_key_from_passphrase
from logbook.vault.kinds import VAULT_FILE
from logbook.vault.vaultfile import load_vault
from tests.conftest import Profiles

CANARY = "zqxcanaryword"


def _fill(profiles: Profiles) -> int:
    with profiles.manager.unlock(profiles.name, profiles.passphrase) as opened:
        book = Logbook(opened.store)
        book.matches.add("M-0042", "Erased Person", date(2025, 1, 1))
        book.matches.add("M-0043", "Kept Person", date(2025, 1, 1))
        for n in range(30):
            book.entries.add(EntryInput(
                kind=Kind.VISIT, occurred_on=date(2025, 3, 1), match_code="M-0043",
                minutes=10, notes=f"kept words {n} about the garden",
            ))  # fmt: skip
        erased = book.entries.add(EntryInput(
            kind=Kind.VISIT, occurred_on=date(2025, 3, 2), match_code="M-0042",
            minutes=10, notes=f"she told me about {CANARY} today",
        ))  # fmt: skip
        return erased.id


def _index_holds_canary(profiles: Profiles) -> bool:
    """Look inside the decrypted file without unlocking through the core (which would
    finish the work): the FTS index's own pages, and any free page count."""
    vault = load_vault(profiles.folder / VAULT_FILE)
    key = db_key_from_passphrase(vault, profiles.passphrase)
    engine = open_engine(profiles.folder / vault.database, key)
    try:
        with engine.connect() as conn:
            blobs = conn.execute(text("SELECT block FROM entry_fts_data")).scalars().all()
    finally:
        engine.dispose()
    return any(CANARY.encode() in bytes(b) for b in blobs if b is not None)


def _raw_bytes_hold_canary(folder: Path) -> bool:
    return any(CANARY.encode() in p.read_bytes() for p in folder.rglob("*") if p.is_file())


def _killed_after_commit(profiles: Profiles, *argv: str) -> None:
    proc = subprocess.Popen(
        [sys.executable, "-m", "logbook.cli.main", *argv, "--yes"],
        env={
            **os.environ,
            "LOGBOOK_DATA_DIR": str(profiles.data_dir),
            "LOGBOOK_PASSPHRASE": profiles.passphrase,
            STOP_ENV: "erasure-committed",
        },
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    deadline = time.monotonic() + 120
    while Path(f"/proc/{proc.pid}/stat").read_text().rsplit(")", 1)[1].split()[0] != "T":
        assert proc.poll() is None, proc.stderr.read() if proc.stderr else ""
        assert time.monotonic() < deadline
        time.sleep(0.02)
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()


@pytest.mark.parametrize("how", ["match erase", "entry purge"])
def test_erasure_killed_before_compaction_is_finished_at_next_unlock(
    profiles: Profiles, how: str
) -> None:
    entry_id = _fill(profiles)
    assert _index_holds_canary(profiles)
    if how == "match erase":
        _killed_after_commit(profiles, "match", "erase", "M-0042")
    else:
        _killed_after_commit(profiles, "entry", "delete", str(entry_id), "--permanent")
    # The window is real: committed, yet the words are still in the index.
    assert _index_holds_canary(profiles)
    with profiles.manager.unlock(profiles.name, profiles.passphrase) as opened:
        book = Logbook(opened.store)
        assert book.search.search(CANARY) == []
        assert [m.code for m in book.matches.list()] == (
            ["M-0043"] if how == "match erase" else ["M-0042", "M-0043"]
        )
        with opened.store.engine.connect() as conn:
            assert conn.execute(text("PRAGMA freelist_count")).scalar() == 0
    assert not _index_holds_canary(profiles)
    assert not _raw_bytes_hold_canary(profiles.folder)


def test_a_finished_erasure_leaves_nothing_pending(profiles: Profiles) -> None:
    _fill(profiles)
    with profiles.manager.unlock(profiles.name, profiles.passphrase) as opened:
        Logbook(opened.store).matches.erase("M-0042")
        assert opened.store.finish_pending_compaction() is False
    assert not _index_holds_canary(profiles)


def test_a_backup_killed_mid_way_leaves_no_snapshot_after_the_next_unlock(
    profiles: Profiles, tmp_path: Path
) -> None:
    """A left-over snapshot would keep words that are erased later."""
    _fill(profiles)
    proc = subprocess.Popen(
        [sys.executable, "-m", "logbook.cli.main", "backup", "--out", str(tmp_path / "b.lbk")],
        env={
            **os.environ,
            "LOGBOOK_DATA_DIR": str(profiles.data_dir),
            "LOGBOOK_PASSPHRASE": profiles.passphrase,
            STOP_ENV: "backup-snapshot",
        },
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + 120
    while Path(f"/proc/{proc.pid}/stat").read_text().rsplit(")", 1)[1].split()[0] != "T":
        assert proc.poll() is None and time.monotonic() < deadline
        time.sleep(0.02)
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    (left,) = [p for p in profiles.folder.glob(".backup-*") if p.is_dir()]
    assert (left / "logbook.db").is_file()
    with profiles.manager.unlock(profiles.name, profiles.passphrase) as opened:
        Logbook(opened.store).matches.erase("M-0042")
    assert sorted(p.name for p in profiles.folder.iterdir()) == ["logbook.db", VAULT_FILE]
    assert not (tmp_path / "b.lbk").exists()
