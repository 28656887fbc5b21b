"""Long work reports progress and can be cancelled, leaving nothing half-done."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from logbook.backup.archive import create_backup, restore_backup
from logbook.progress import Cancelled, Progress
from logbook.records.book import Logbook
from logbook.records.dto import EntryInput
from logbook.records.export import write_export
from logbook.records.values import Kind
from logbook.vault.profiles import UnlockedProfile
from tests.conftest import Profiles, file_bytes


def fill(book: Logbook, count: int = 400) -> None:
    book.matches.add("M-0001", "Someone", date(2024, 1, 1))
    for n in range(count):
        book.entries.add(EntryInput(kind=Kind.VISIT, occurred_on=date(2025, 1, 1 + n % 28),
                                    match_code="M-0001", minutes=30,
                                    notes=f"visit {n} " + "a sentence of notes " * 30))  # fmt: skip


def cancelling_at(fraction: float) -> tuple[Progress, list[float]]:
    seen: list[float] = []
    progress = Progress()

    def report(value: float) -> None:
        seen.append(value)
        if value >= fraction:
            progress.cancel_event.set()

    progress.report = report
    return progress, seen


def test_backup_reports_rising_progress(
    profile: UnlockedProfile, book: Logbook, tmp_path: Path
) -> None:
    fill(book)
    seen: list[float] = []
    create_backup(profile, tmp_path / "b.lbk", Progress(report=seen.append))
    assert seen == sorted(seen) and seen[-1] == 1.0 and len(seen) >= 4


@pytest.mark.parametrize("at", [0.1, 0.11, 0.9])
def test_cancelled_backup_leaves_no_file(
    profile: UnlockedProfile, book: Logbook, tmp_path: Path, at: float
) -> None:
    fill(book)
    progress, _ = cancelling_at(at)
    with pytest.raises(Cancelled):
        create_backup(profile, tmp_path / "b.lbk", progress)
    assert not (tmp_path / "b.lbk").exists()
    assert not list(profile.info.path.glob(".backup-*"))
    assert profile.store.integrity_problems() == []


@pytest.mark.parametrize("at", [0.3, 0.5, 0.9])
def test_cancelled_restore_changes_nothing(profiles: Profiles, tmp_path: Path, at: float) -> None:
    with profiles.manager.unlock(profiles.name, profiles.passphrase) as unlocked:
        fill(Logbook(unlocked.store), 50)
        create_backup(unlocked, tmp_path / "b.lbk")
        Logbook(unlocked.store).entries.add(
            EntryInput(kind=Kind.REFLECTION, occurred_on=date(2025, 3, 1), notes="after")
        )
    before = file_bytes(profiles.data_dir)
    progress, _ = cancelling_at(at)
    with pytest.raises(Cancelled):
        restore_backup(profiles.manager, tmp_path / "b.lbk", profiles.name,
                       passphrase=profiles.passphrase, replace=True, progress=progress)  # fmt: skip
    assert file_bytes(profiles.data_dir) == before


def test_cancelled_export_leaves_no_file(book: Logbook, tmp_path: Path) -> None:
    fill(book, 20)
    progress, _ = cancelling_at(0.3)
    with pytest.raises(Cancelled):
        write_export(book, tmp_path / "mine.json", progress)
    assert not (tmp_path / "mine.json").exists()
