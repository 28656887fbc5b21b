"""Restores killed with real SIGKILLs (issue 11, item 9): their hidden work folders, each a
full copy of a profile, are removed at the next start and by `profile delete`, but never
while a live restore holds one."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from logbook.backup.archive import create_backup
from logbook.testhooks import STOP_ENV
from logbook.vault import worklock
from logbook.vault.profiles import ProfileManager
from logbook.vault.worklock import WorkLock, in_use, lock_path
from tests.conftest import Profiles
from tests.core.test_cli import Cli


def _backup(profiles: Profiles, tmp_path: Path) -> Path:
    with profiles.manager.unlock(profiles.name, profiles.passphrase) as opened:
        create_backup(opened, tmp_path / "b.lbk")
    return tmp_path / "b.lbk"


def _spawn(profiles: Profiles, *argv: str, **env: str) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        [sys.executable, "-m", "logbook.cli.main", *argv],
        env={
            **os.environ,
            "LOGBOOK_DATA_DIR": str(profiles.data_dir),
            "LOGBOOK_PASSPHRASE": profiles.passphrase,
            **env,
        },
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )


def _wait_stopped(proc: subprocess.Popen[bytes]) -> None:
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        state = Path(f"/proc/{proc.pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
        if state == "T":
            return
        assert proc.poll() is None, "the restore ended before its stopping point"
        time.sleep(0.02)
    raise AssertionError("the restore never reached its stopping point")


def _kill(proc: subprocess.Popen[bytes]) -> None:
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()


def _work_folders(root: Path) -> list[str]:
    return sorted(p.name for p in root.iterdir() if p.name.startswith("."))


def test_a_held_restore_folder_is_kept_and_a_killed_ones_goes_with_profile_delete(
    profiles: Profiles, tmp_path: Path, capsys: object
) -> None:
    backup = _backup(profiles, tmp_path)
    root = profiles.manager.root
    proc = _spawn(
        profiles, "restore", str(backup), "--into", "Copy", **{STOP_ENV: "restore-staged"}
    )
    try:
        _wait_stopped(proc)
        (staging,) = [p for p in root.glob(".restoring-*") if p.is_dir()]
        assert {"vault.json", "logbook.db"} <= {p.name for p in staging.iterdir()}
        # Another process starting now (heal) must leave a live restore's folder alone.
        ProfileManager(profiles.data_dir).list()
        assert staging.is_dir()
    finally:
        _kill(proc)
    assert staging.is_dir()  # what the kill leaves: a full, openable copy
    cli = Cli(profiles, capsys)  # type: ignore[arg-type]
    code, _, err = cli("profile", "delete", profiles.name, "--yes")
    assert code == 0, err
    assert list(root.iterdir()) == []


def test_restores_killed_at_random_moments_leave_nothing_after_the_next_start(
    profiles: Profiles, tmp_path: Path
) -> None:
    backup = _backup(profiles, tmp_path)
    root = profiles.manager.root
    rng = random.Random(11)
    leftovers = 0
    for _ in range(6):
        # Replace the existing profile, so a kill can also land between the swap's renames.
        proc = _spawn(profiles, "restore", str(backup), "--into", profiles.name, "--yes")
        while proc.poll() is None and not any(root.glob(".restoring-*")):
            time.sleep(0.001)
        time.sleep(rng.uniform(0, 0.15))  # somewhere inside the restore
        _kill(proc)
        leftovers += len(_work_folders(root))
        # The next start: only real profiles remain, and the profile always opens.
        assert [p.name for p in ProfileManager(profiles.data_dir).list()] == [profiles.name]
        assert _work_folders(root) == []
        profiles.manager.unlock(profiles.name, profiles.passphrase).lock()
    # Deterministically, too: killed at the moment its copy is complete.
    proc = _spawn(
        profiles, "restore", str(backup), "--into", "Copy", **{STOP_ENV: "restore-staged"}
    )
    _wait_stopped(proc)
    _kill(proc)
    assert _work_folders(root)
    assert [p.name for p in ProfileManager(profiles.data_dir).list()] == [profiles.name]
    assert _work_folders(root) == []


def test_a_lock_file_left_without_its_folder_goes_at_the_next_start(profiles: Profiles) -> None:
    # A kill between making the lock file and making the folder leaves only the lock file.
    root = profiles.manager.root
    orphan = root / ".restoring-0123456789abcdef.lock"
    orphan.write_bytes(b"")
    ProfileManager(profiles.data_dir).list()
    assert _work_folders(root) == []


def test_a_held_lock_file_without_its_folder_is_left_alone(profiles: Profiles) -> None:
    # A live process that holds its lock but has not made its folder yet.
    root = profiles.manager.root
    with WorkLock(root / ".restoring-0123456789abcdef") as held:
        ProfileManager(profiles.data_dir).list()
        assert held.path.exists()
    assert _work_folders(root) == []


def test_a_lock_file_removed_between_open_and_lock_is_made_again(
    profiles: Profiles, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Someone cleaning up removes the file just after we opened it: the lock we then take is
    # on a file no one can find, so WorkLock starts again with a new one.
    folder = profiles.manager.root / ".creating-0123456789abcdef"
    real_try_lock = worklock._try_lock
    calls = 0

    def removed_first_time(fd: int) -> bool:
        nonlocal calls
        calls += 1
        if calls == 1:
            lock_path(folder).unlink()
        return real_try_lock(fd)

    monkeypatch.setattr(worklock, "_try_lock", removed_first_time)
    with WorkLock(folder) as held:
        assert calls == 2
        assert held.path.exists()
        monkeypatch.setattr(worklock, "_try_lock", real_try_lock)
        assert in_use(folder)
