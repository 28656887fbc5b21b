"""Restoring a hostile backup (issue 11, item 8): the key in vault.json is checked before the
database is written out, and what is written is bounded by what a real profile can be."""

from __future__ import annotations

import io
import resource
import signal
import subprocess
import tarfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from logbook.backup.archive import MANIFEST, create_backup, restore_backup
from logbook.errors import BadSecret, DamagedFile
from logbook.progress import Progress
from logbook.vault.kinds import VAULT_FILE
from logbook.vault.profiles import DB_FILE
from tests.conftest import Profiles

HUGE = 4 * 1024**3
WRITE_CEILING = 256 * 1024**2  # far above this test profile, far below the attack


@contextmanager
def write_ceiling() -> Iterator[None]:
    """A file-size limit for this process: the old code's 4 GiB write fails fast instead of
    filling the disk (EFBIG rather than the SIGXFSZ that would kill pytest)."""
    soft, hard = resource.getrlimit(resource.RLIMIT_FSIZE)
    old_handler = signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    resource.setrlimit(resource.RLIMIT_FSIZE, (WRITE_CEILING, hard))
    try:
        yield
    finally:
        resource.setrlimit(resource.RLIMIT_FSIZE, (soft, hard))
        signal.signal(signal.SIGXFSZ, old_handler)


def _small_members(profiles: Profiles, tmp_path: Path) -> dict[str, bytes]:
    with profiles.manager.unlock(profiles.name, profiles.passphrase) as opened:
        create_backup(opened, tmp_path / "real.lbk")
    with tarfile.open(tmp_path / "real.lbk") as tar:
        return {
            name: tar.extractfile(name).read()  # type: ignore[union-attr]
            for name in (MANIFEST, VAULT_FILE)
        }


def _hole_backup(profiles: Profiles, tmp_path: Path) -> Path:
    """A genuine manifest and vault, then a 4 GiB database member that is a hole on disk."""
    small = _small_members(profiles, tmp_path)
    path = tmp_path / "hole.lbk"
    with open(path, "wb") as f:
        for name, data in small.items():
            info = tarfile.TarInfo(name)
            info.size = len(data)
            f.write(info.tobuf(tarfile.PAX_FORMAT))
            f.write(data + b"\0" * (-len(data) % 512))
        info = tarfile.TarInfo(DB_FILE)
        info.size = HUGE
        f.write(info.tobuf(tarfile.PAX_FORMAT))
        f.seek(HUGE, io.SEEK_CUR)  # a hole: the test's own file takes no space
        f.write(b"\0" * 1024)  # end-of-archive marker
    return path


def _gnu_sparse_backup(profiles: Profiles, tmp_path: Path) -> Path:
    """The same with GNU tar's own sparse member, as an attacker's tool would make it."""
    small = _small_members(profiles, tmp_path)
    folder = tmp_path / "parts"
    folder.mkdir()
    for name, data in small.items():
        (folder / name).write_bytes(data)
    with open(folder / DB_FILE, "wb") as f:
        f.truncate(HUGE)
    path = tmp_path / "sparse.lbk"
    subprocess.run(
        ["tar", "--sparse", "--format=gnu", "-cf", str(path), "-C", str(folder),
         MANIFEST, VAULT_FILE, DB_FILE],
        check=True,
    )  # fmt: skip
    return path


def _disk_used(folder: Path) -> int:
    return sum(p.stat().st_blocks * 512 for p in folder.rglob("*") if p.is_file())


@pytest.mark.parametrize("make", [_hole_backup, _gnu_sparse_backup], ids=["hole", "gnu-sparse"])
def test_huge_member_with_a_wrong_passphrase_writes_nothing_big(
    profiles: Profiles, tmp_path: Path, make: object
) -> None:
    backup = make(profiles, tmp_path)  # type: ignore[operator]
    # Refused from the member's header alone: never by running out of room while writing.
    with pytest.raises(DamagedFile, match="larger than any profile|not a Volunteer") as err:
        with write_ceiling():
            restore_backup(profiles.manager, backup, "Copy", passphrase="not the passphrase")
    assert str(backup) in str(err.value)
    assert _disk_used(profiles.data_dir) < 10 * 1024**2
    assert sorted(p.name for p in profiles.manager.root.iterdir()) == [profiles.name]


def test_hole_member_is_refused_from_its_header_before_the_key_is_even_tried(
    profiles: Profiles, tmp_path: Path
) -> None:
    backup = _hole_backup(profiles, tmp_path)
    with pytest.raises(DamagedFile, match="larger than any profile") as err:
        with write_ceiling():
            restore_backup(profiles.manager, backup, "Copy", passphrase=profiles.passphrase)
    assert str(backup) in str(err.value) and err.value.exit_code == 4
    assert _disk_used(profiles.data_dir) < 10 * 1024**2
    assert sorted(p.name for p in profiles.manager.root.iterdir()) == [profiles.name]


def test_gnu_sparse_member_is_refused_with_the_right_passphrase(
    profiles: Profiles, tmp_path: Path
) -> None:
    backup = _gnu_sparse_backup(profiles, tmp_path)
    with pytest.raises(DamagedFile, match="not a Volunteer Logbook backup") as err:
        with write_ceiling():
            restore_backup(profiles.manager, backup, "Copy", passphrase=profiles.passphrase)
    assert str(backup) in str(err.value)
    assert _disk_used(profiles.data_dir) < 10 * 1024**2


def test_wrong_passphrase_is_found_before_the_database_is_written(
    profiles: Profiles, tmp_path: Path
) -> None:
    """A real backup: the wrong passphrase fails with no copy of the database ever made."""
    with profiles.manager.unlock(profiles.name, profiles.passphrase) as opened:
        create_backup(opened, tmp_path / "real.lbk")
    seen: list[list[str]] = []

    def look(fraction: float) -> None:
        seen.append(sorted(str(p) for p in profiles.manager.root.rglob(DB_FILE)))

    with pytest.raises(BadSecret):
        restore_backup(
            profiles.manager, tmp_path / "real.lbk", "Copy", passphrase="wrong one!",
            progress=Progress(look),
        )  # fmt: skip
    # Only the existing profile's database was ever there.
    assert seen and all(names == [str(profiles.folder / DB_FILE)] for names in seen)
    assert sorted(p.name for p in profiles.manager.root.iterdir()) == [profiles.name]
