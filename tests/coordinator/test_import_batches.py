"""Many bundles, one transaction (issue 15, target 3): a folder is imported in batches of one
durable commit each, a bad bundle in the middle is rolled back alone and its neighbours land,
copies and replays inside one batch are seen as such, and a process killed in the middle of a
batch leaves the database as it was before it."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from sqlalchemy import event, func, select

from logbook.coordinator import importer
from logbook.coordinator.schema import ImportLogEntry, Receipt, WeekRow
from logbook.coordinator.service import Coordinator
from logbook.testhooks import STOP_ENV
from logbook.vault.profiles import UnlockedProfile
from tests.conftest import PASSPHRASE
from tests.coordinator.conftest import Volunteer, data_rows, week
from tests.coordinator.test_one_bad_bundle import storage_refuses
from tests.organisation import COORDINATOR


@contextmanager
def commits(work: Coordinator) -> Iterator[list[object]]:
    """Every transaction committed on the coordinator's database meanwhile."""
    seen: list[object] = []

    def on_commit(conn: object) -> None:
        seen.append(conn)

    event.listen(work.db.engine, "commit", on_commit)
    try:
        yield seen
    finally:
        event.remove(work.db.engine, "commit", on_commit)


def folder_of(tmp_path: Path, bundles: list[bytes]) -> Path:
    folder = tmp_path / "stick"
    folder.mkdir()
    for n, data in enumerate(bundles):
        (folder / f"{n:02d}.age").write_bytes(data)
    return folder


def count(work: Coordinator, table: type) -> int:
    with work.db.session() as s:
        return s.scalar(select(func.count()).select_from(table)) or 0


def test_a_bad_bundle_in_the_middle_of_a_batch_is_rolled_back_alone(
    work: Coordinator, approved: Volunteer, tmp_path: Path
) -> None:
    folder = folder_of(tmp_path, [
        approved.bundle([week("2026-W02", "M-0001")], sequence=2),
        approved.bundle([week("2026-W03", "M-0001")], sequence=3),
        approved.bundle([week("2026-W04", "M-0001", "M-BOOM")], sequence=4),  # storage fails
        b"age-encryption.org/v1\n-> X25519 damaged\n",  # does not open
        approved.bundle([week("2026-W05", "M-0001")], sequence=5),
    ])  # fmt: skip
    with storage_refuses(work, "M-BOOM"), commits(work) as committed:
        results = work.import_files([folder]).results
    assert [r.status for r in results] == [
        "imported",
        "imported",
        "rejected",
        "rejected",
        "imported",
    ]
    assert "could not be stored" in results[2].reason
    # One transaction for the five bundles, one for their history.
    assert len(committed) == 2
    weeks = [r[1] for r in data_rows(work)["week_row"]]
    assert weeks == ["2026-W01", "2026-W02", "2026-W03", "2026-W05"]  # W04 left nothing
    with work.db.session() as s:
        assert s.get(Receipt, results[2].sha256).status == "rejected"  # type: ignore[union-attr]
        assert s.scalar(select(func.count()).select_from(ImportLogEntry)) == 1 + 5  # +approval


def test_copies_and_replays_inside_one_batch_are_seen_as_such(
    work: Coordinator, approved: Volunteer, tmp_path: Path
) -> None:
    first = approved.bundle([week("2026-W02", "M-0001")], sequence=3)
    folder = folder_of(tmp_path, [
        first,
        first,  # the very same file again
        approved.bundle([week("2026-W02", "M-0001")], sequence=3),  # same summary, sealed anew
        approved.bundle([week("2026-W02", "M-0001", minutes=90)], sequence=3),  # same number
        approved.bundle([week("2026-W02", "M-0001", minutes=30)], sequence=5),  # newer
        approved.bundle([week("2026-W02", "M-0001", minutes=15)], sequence=4),  # older
    ])  # fmt: skip
    results = work.import_files([folder]).results
    assert [r.status for r in results] == [
        "imported",
        "already",
        "already",
        "conflict",
        "imported",
        "imported",
    ]
    assert [r.weeks for r in results] == [1, 0, 0, 0, 1, 0]  # the older one replaced nothing
    with work.db.session() as s:
        rows = s.execute(select(WeekRow.week, WeekRow.minutes).order_by(WeekRow.week)).all()
    assert [tuple(r) for r in rows] == [("2026-W01", 60), ("2026-W02", 30)]
    # Imported again: every one was seen before, and nothing changes.
    before = data_rows(work)
    again = work.import_files([folder]).results
    assert [r.status for r in again] == ["already", "already", "already", "conflict",
                                         "already", "already"]  # fmt: skip
    assert data_rows(work) == before


def test_a_folder_larger_than_a_batch_commits_once_a_batch(
    work: Coordinator, approved: Volunteer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(importer, "BATCH_BUNDLES", 2)
    folder = folder_of(tmp_path, [
        approved.bundle([week(f"2026-W{n:02d}", "M-0001")], sequence=n) for n in range(2, 7)
    ])  # fmt: skip
    with commits(work) as committed:
        results = work.import_files([folder]).results
    assert [r.status for r in results] == ["imported"] * 5
    assert len(committed) == 3 * 2  # three batches (2, 2, 1), each with its history after it
    assert count(work, ImportLogEntry) == 1 + 5  # the approval's release, then these


def test_an_import_killed_in_the_middle_of_a_batch_leaves_nothing_of_it(
    coordinator: UnlockedProfile, approved: Volunteer, work: Coordinator, tmp_path: Path
) -> None:
    """A real SIGKILL after the batch's first bundle was stored (under its savepoint), before
    its commit: the database is as it was, and importing again takes every bundle."""
    folder = folder_of(tmp_path, [
        approved.bundle([week(f"2026-W{n:02d}", "M-0001")], sequence=n) for n in range(2, 6)
    ])  # fmt: skip
    before = data_rows(work)
    receipts, history = count(work, Receipt), count(work, ImportLogEntry)
    proc = subprocess.Popen(
        [sys.executable, "-m", "logbook.cli.main", "--profile", COORDINATOR,
         "coordinator", "import", str(folder)],
        env={
            **os.environ,
            "LOGBOOK_DATA_DIR": str(tmp_path / "coordinator"),
            "LOGBOOK_PASSPHRASE": PASSPHRASE,
            STOP_ENV: "import-bundle-stored",
        },
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )  # fmt: skip
    deadline = time.monotonic() + 120
    while Path(f"/proc/{proc.pid}/stat").read_text().rsplit(")", 1)[1].split()[0] != "T":
        assert proc.poll() is None, proc.stderr.read() if proc.stderr else ""
        assert time.monotonic() < deadline
        time.sleep(0.02)
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    assert data_rows(work) == before
    assert count(work, Receipt) == receipts
    assert count(work, ImportLogEntry) == history
    results = work.import_files([folder]).results
    assert [r.status for r in results] == ["imported"] * 4
