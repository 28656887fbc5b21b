"""Atomic, private file writes (a reader sees the old file or the new one, never half of
either), and bounded reads of files a person named."""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from logbook.i18n import _


def fsync_dir(folder: Path) -> None:
    """Make a rename durable: the directory entry itself must reach the disk."""
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def write_atomic(path: Path, data: bytes) -> None:
    """Write `data` to `path` via a private temp file in the same folder, fsync and rename."""
    with open_atomic(path) as f:
        f.write(data)


@contextlib.contextmanager
def open_atomic(path: Path) -> Iterator[BinaryIO]:
    """A private temp file in `path`'s folder to stream into; fsynced and renamed to `path`
    when the block ends, deleted if it fails."""
    folder = path.parent
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
    try:
        os.fchmod(fd, 0o600) if hasattr(os, "fchmod") else None
        with os.fdopen(fd, "wb") as f:
            yield f
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)
        raise
    fsync_dir(folder)


def make_private_dir(path: Path) -> None:
    """Create a folder readable only by its owner (parents as needed)."""
    path.mkdir(parents=True, exist_ok=True, mode=0o700)
    if os.name == "posix":
        os.chmod(path, 0o700)


def read_bounded(what: str, path: Path, limit: int) -> bytes:
    """Bytes of a file a person named, at most `limit`, or a plain error naming it."""
    from logbook.errors import DamagedFile, NotFound

    try:
        with path.open("rb") as f:
            data = f.read(limit + 1)
    except OSError as exc:
        raise NotFound(
            _("Cannot read the {what} {path}: {strerror}.").format(
                what=what, path=path, strerror=exc.strerror
            )
        ) from None
    if len(data) > limit:
        raise DamagedFile(
            _("The {what} {path} is too large to be one.").format(what=what, path=path)
        )
    return data


def check_output_folder(what: str, path: Path) -> None:
    """Refuse before any work when the folder a file is to be written into is not there."""
    from logbook.errors import Refused

    folder = path.parent
    if not folder.is_dir():
        raise Refused(
            _("Cannot write the {what} to {path}: the folder {folder} does not exist.").format(
                what=what, path=path, folder=folder
            )
        )


def write_for_user(what: str, path: Path, data: bytes) -> None:
    """write_atomic for a path a person named: a missing folder, no permission or a full
    disk is said in plain words (naming the file), and nothing is left half-written."""
    from logbook.errors import Refused

    check_output_folder(what, path)
    try:
        write_atomic(path, data)
    except OSError as exc:
        raise Refused(
            _("Cannot write the {what} to {path}: {strerror}.").format(
                what=what, path=path, strerror=exc.strerror
            )
        ) from None
