"""A lock held while a process works in a hidden folder (a restore or a new profile), so that
cleaning up after killed processes never removes a folder that is still in use.

The lock is an OS file lock on `<folder>.lock` beside the folder: the OS drops it when the
process dies, however it dies, so a folder whose lock can be taken belongs to no one.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import sys
from pathlib import Path

if sys.platform == "win32":
    import msvcrt

    def _try_lock(fd: int) -> bool:
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True

else:
    import fcntl

    def _try_lock(fd: int) -> bool:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return False
        return True


LOCK_SUFFIX = ".lock"


def lock_path(folder: Path) -> Path:
    return folder.with_name(folder.name + LOCK_SUFFIX)


def _same_file(fd: int, path: Path) -> bool:
    try:
        return os.path.samestat(os.fstat(fd), os.stat(path))
    except FileNotFoundError:
        return False


class WorkLock:
    """Held from before the folder is made until the work is finished or abandoned."""

    def __init__(self, folder: Path) -> None:
        self.path = lock_path(folder)
        self._fd: int | None = None
        while self._fd is None:
            fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600)
            if not _try_lock(fd):
                os.close(fd)
                raise FileExistsError(f"{self.path} is held by another process")
            if _same_file(fd, self.path):
                self._fd = fd
            else:
                # Someone cleaning up took and removed this file between our open and our
                # lock: the lock we hold is on a file no one else can find. Start again.
                os.close(fd)

    def release(self) -> None:
        if self._fd is None:
            return
        # Before closing, so no one takes the lock and then finds the file gone. (Windows
        # cannot remove an open file: heal() removes such a lock file once it is stale.)
        with contextlib.suppress(OSError):
            self.path.unlink()
        os.close(self._fd)
        self._fd = None

    def __enter__(self) -> WorkLock:
        return self

    def __exit__(self, *exc: object) -> None:
        self.release()


def in_use(folder: Path) -> bool:
    """True while a live process holds the folder's lock."""
    try:
        fd = os.open(lock_path(folder), os.O_RDWR)
    except FileNotFoundError:
        return False
    try:
        return not _try_lock(fd)
    finally:
        os.close(fd)  # closing drops a lock taken just to look


def remove_abandoned(folder: Path) -> bool:
    """Remove a work folder (and its lock file) unless a live process holds it."""
    try:
        lock = WorkLock(folder)
    except (FileExistsError, OSError):
        return False
    with lock:
        shutil.rmtree(folder, ignore_errors=True)
    return True
