"""Restore refuses a doctored backup unchanged, and brings back a moved-aside or damaged profile."""

from __future__ import annotations

import io
import json
import tarfile
from datetime import date
from pathlib import Path

import pytest

from logbook.backup.archive import create_backup, restore_backup
from logbook.errors import DamagedFile
from logbook.records.book import Logbook
from logbook.records.dto import EntryInput
from logbook.records.values import Kind
from logbook.vault.profiles import REPLACED_PREFIX
from tests.conftest import Profiles, file_bytes


def doctor(backup: Path, out: Path, change: dict[str, str]) -> None:
    with tarfile.open(backup) as src, tarfile.open(out, "w") as dst:
        for member in src.getmembers():
            data = src.extractfile(member).read()  # type: ignore[union-attr]
            if member.name == "vault.json":
                vault = json.loads(data)
                vault.update(change)
                data = json.dumps(vault).encode()
                member.size = len(data)
            dst.addfile(member, io.BytesIO(data))


def test_backup_naming_another_database_is_refused_and_changes_nothing(
    profiles: Profiles, tmp_path: Path
) -> None:
    with profiles.manager.unlock(profiles.name, profiles.passphrase) as unlocked:
        Logbook(unlocked.store).entries.add(
            EntryInput(kind=Kind.REFLECTION, occurred_on=date(2025, 2, 1), notes="keep me")
        )
        create_backup(unlocked, tmp_path / "good.lbk")
    doctor(tmp_path / "good.lbk", tmp_path / "bad.lbk", {"database": "other.db"})
    before = file_bytes(profiles.data_dir)
    with pytest.raises(DamagedFile, match="unknown database"):
        restore_backup(profiles.manager, tmp_path / "bad.lbk", profiles.name,
                       passphrase=profiles.passphrase, replace=True)  # fmt: skip
    assert file_bytes(profiles.data_dir) == before


def test_a_profile_moved_aside_by_a_killed_restore_comes_back(profiles: Profiles) -> None:
    folder = profiles.folder
    folder.rename(folder.with_name(REPLACED_PREFIX + folder.name))
    assert [p.name for p in profiles.manager.list()] == [profiles.name]
    profiles.manager.unlock(profiles.name, profiles.passphrase).lock()


def test_restore_cures_a_damaged_profile(profiles: Profiles, tmp_path: Path) -> None:
    with profiles.manager.unlock(profiles.name, profiles.passphrase) as unlocked:
        create_backup(unlocked, tmp_path / "b.lbk")
    (profiles.folder / "vault.json").write_text("{bad")
    restore_backup(profiles.manager, tmp_path / "b.lbk", profiles.name,
                   passphrase=profiles.passphrase, replace=True)  # fmt: skip
    profiles.manager.unlock(profiles.name, profiles.passphrase).lock()
    (profiles.folder / "vault.json").unlink()
    restore_backup(profiles.manager, tmp_path / "b.lbk", profiles.name,
                   passphrase=profiles.passphrase, replace=True)  # fmt: skip
    profiles.manager.unlock(profiles.name, profiles.passphrase).lock()
