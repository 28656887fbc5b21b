"""Backup files: a tar of vault.json and an encrypted snapshot of the database.

Nothing in a backup is in the clear: the database stays encrypted under its key, and the key
is only reachable through the wrappings in vault.json, i.e. with the passphrase or recovery
key the profile had when the backup was made.
"""

from __future__ import annotations

import contextlib
import io
import json
import os
import secrets
import shutil
import tarfile
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import sqlcipher3
from sqlalchemy import text

from logbook import __version__
from logbook.atomicfile import (
    check_output_folder,
    fsync_dir,
    make_private_dir,
    write_atomic,
    write_for_user,
)
from logbook.db.engine import open_engine
from logbook.db.migrate import upgrade_if_behind
from logbook.db.store import Store
from logbook.errors import BadSecret, DamagedFile, InvalidValue, Refused
from logbook.i18n import _
from logbook.progress import NO_PROGRESS, Cancelled, Progress
from logbook.testhooks import stop_point
from logbook.vault.epoch import start_new_epoch
from logbook.vault.keys import db_key_from_passphrase, db_key_from_recovery, rewrapped
from logbook.vault.kinds import peek_kind
from logbook.vault.profiles import (
    BACKUP_WORK_PREFIX,
    DB_FILE,
    REPLACED_PREFIX,
    RESTORING_PREFIX,
    ProfileInfo,
    ProfileManager,
    UnlockedProfile,
    check_passphrase,
)
from logbook.vault.seal import settle
from logbook.vault.vaultfile import VAULT_FILE, VaultFile, load_vault, save_vault
from logbook.vault.worklock import WorkLock

BACKUP_FORMAT = "logbook.backup/1"
MANIFEST = "backup.json"
# A real profile's database: years of a volunteer's notes are a few tens of MiB, and a
# coordinator's held bundles are capped far below this; the coordinator's own database
# backup has the same ceiling.
MAX_DATABASE = 2 * 1024**3
MAX_SMALL_MEMBER = 64 * 1024  # the manifest and vault.json are a few hundred bytes
FREE_SPACE_MARGIN = 64 * 1024**2  # left free on the disk after a restore
MEMBERS = {MANIFEST, VAULT_FILE, DB_FILE}


@dataclass(frozen=True)
class RestoreResult:
    info: ProfileInfo
    new_recovery_key: str | None  # set when the backup was opened with the recovery key
    epoch: int


def _vacuum_into(profile: UnlockedProfile, snapshot: Path, progress: Progress) -> None:
    """VACUUM INTO, reporting progress by the copy's size and stoppable mid-statement."""
    source_size = max(1, profile.store.path.stat().st_size)
    raw = profile.store.engine.raw_connection()
    dbapi = raw.driver_connection

    def tick() -> int:
        if progress.cancelled():
            return 1  # SQLite interrupts the statement
        with contextlib.suppress(OSError):
            progress.report(0.1 + 0.8 * min(1.0, snapshot.stat().st_size / source_size))
        return 0

    dbapi.set_progress_handler(tick, 20_000)  # type: ignore[union-attr]
    try:
        dbapi.execute("VACUUM INTO ?", (str(snapshot),))  # type: ignore[union-attr]
    except sqlcipher3.OperationalError as exc:
        if progress.cancelled():
            raise Cancelled from exc
        raise
    finally:
        dbapi.set_progress_handler(None, 0)  # type: ignore[union-attr]
        raw.close()


def create_backup(profile: UnlockedProfile, out: Path, progress: Progress = NO_PROGRESS) -> int:
    """Write a backup of the open profile to `out`; returns its size in bytes.

    Cancelling leaves no file behind (the backup is written to `out` only when complete).
    """
    check_output_folder("backup", out)  # before the work, not after it
    store = profile.store
    store.check_integrity()
    progress.step(0.1)
    # A held work folder: one left by a kill is removed at the next unlock, so an old
    # snapshot cannot keep words that are later erased.
    work = profile.info.path / f"{BACKUP_WORK_PREFIX}{secrets.token_hex(8)}"
    with WorkLock(work), _removed_after(work):
        snapshot = work / DB_FILE
        # VACUUM INTO writes a consistent, compacted copy encrypted with the same key.
        _vacuum_into(profile, snapshot, progress)
        stop_point("backup-snapshot")
        progress.step(0.9)
        manifest = {
            "format": BACKUP_FORMAT,
            "created_at": datetime.now(UTC).isoformat(),
            "app_version": __version__,
            "kind": profile.vault.kind.value,
        }
        buffer = io.BytesIO()
        with tarfile.open(fileobj=buffer, mode="w", format=tarfile.PAX_FORMAT) as tar:
            _add_bytes(tar, MANIFEST, json.dumps(manifest, indent=2).encode())
            _add_bytes(tar, VAULT_FILE, (profile.info.path / VAULT_FILE).read_bytes())
            tar.add(snapshot, arcname=DB_FILE, filter=_anonymous)
        data = buffer.getvalue()
    progress.step(0.95)
    write_for_user("backup", out, data)
    progress.step(1.0)
    return len(data)


@contextlib.contextmanager
def _removed_after(folder: Path) -> Iterator[None]:
    make_private_dir(folder)
    try:
        yield
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def _anonymous(info: tarfile.TarInfo) -> tarfile.TarInfo:
    info.uid = info.gid = 0
    info.uname = info.gname = ""
    info.mode = 0o600
    return info


def _add_bytes(tar: tarfile.TarFile, name: str, data: bytes) -> None:
    info = _anonymous(tarfile.TarInfo(name))
    info.size = len(data)
    info.mtime = int(datetime.now(UTC).timestamp())
    tar.addfile(info, io.BytesIO(data))


def _members(tar: tarfile.TarFile, backup: Path) -> dict[str, tarfile.TarInfo]:
    """The three expected members, checked from their headers before a byte is written:
    plain files (never sparse, links or devices), each no larger than a real one can be."""
    members = tar.getmembers()
    by_name = {m.name: m for m in members}
    if len(members) != len(MEMBERS) or set(by_name) != MEMBERS:
        raise DamagedFile(_("{backup} is not a Volunteer Logbook backup.").format(backup=backup))
    for member in members:
        if not member.isreg() or member.issparse():
            raise DamagedFile(
                _("{backup} is not a Volunteer Logbook backup.").format(backup=backup)
            )
        limit = MAX_DATABASE if member.name == DB_FILE else MAX_SMALL_MEMBER
        if member.size > limit:
            raise DamagedFile(
                _(
                    "{backup} is not a Volunteer Logbook backup: its {name} is larger than any "
                    "profile's can be."
                ).format(backup=backup, name=member.name)
            )
    return by_name


def _read_small(backup: Path) -> tuple[bytes, bytes]:
    """The manifest and vault.json, read into memory (a few hundred bytes each)."""
    try:
        with tarfile.open(backup, mode="r:") as tar:
            members = _members(tar, backup)
            found = []
            for name in (MANIFEST, VAULT_FILE):
                source = tar.extractfile(members[name])
                assert source is not None
                with source:
                    found.append(source.read())  # size checked by _members
    except FileNotFoundError:
        raise
    except (tarfile.TarError, EOFError, OSError) as exc:
        raise DamagedFile(
            _("{backup} is damaged or not a backup: it cannot be read.").format(backup=backup)
        ) from exc
    try:
        manifest = json.loads(found[0])
    except (ValueError, UnicodeDecodeError) as exc:
        raise DamagedFile(
            _("{backup} is damaged: its description is unreadable.").format(backup=backup)
        ) from exc
    if not isinstance(manifest, dict) or manifest.get("format") != BACKUP_FORMAT:
        raise DamagedFile(
            _("{backup} is not a backup this version understands.").format(backup=backup)
        )
    return found[0], found[1]


def _extract_database(backup: Path, into: Path) -> None:
    """Copy the database out, only once the key has opened the vault, and only if it fits."""
    try:
        with tarfile.open(backup, mode="r:") as tar:
            member = _members(tar, backup)[DB_FILE]
            free = shutil.disk_usage(into).free
            if member.size + FREE_SPACE_MARGIN > free:
                raise Refused(
                    _(
                        "There is not enough free space to restore {backup}: it needs {needed} "
                        "MiB and {free} MiB are free."
                    ).format(backup=backup, needed=member.size // 2**20 + 1, free=free // 2**20)
                )
            source = tar.extractfile(member)
            assert source is not None
            with source, open(into / DB_FILE, "wb") as target:
                shutil.copyfileobj(source, target)
                target.flush()
                os.fsync(target.fileno())  # on disk before the old profile is removed
    except (tarfile.TarError, EOFError, OSError) as exc:
        raise DamagedFile(
            _("{backup} is damaged or not a backup: it cannot be read.").format(backup=backup)
        ) from exc


def restore_backup(
    manager: ProfileManager,
    backup: Path,
    target: str,
    *,
    passphrase: str | None = None,
    recovery_key: str | None = None,
    new_passphrase: str | None = None,
    replace: bool = False,
    progress: Progress = NO_PROGRESS,
) -> RestoreResult:
    """Restore into profile `target` (new, or existing only with `replace`), as a new epoch.

    Nothing is changed unless the whole backup opens and passes its integrity checks.
    """
    folder = manager.folder(target)
    if not backup.is_file():
        raise InvalidValue("backup file", _("{backup} does not exist").format(backup=backup))
    if folder.exists() and not replace:
        raise Refused(
            _(
                "A profile named “{name}” already exists; restoring would replace it. Confirm "
                "to replace it."
            ).format(name=folder.name)
        )
    if recovery_key is not None:
        if new_passphrase is None:
            raise InvalidValue("new passphrase", _("is needed when restoring with a recovery key"))
        check_passphrase(new_passphrase)
    elif passphrase is None:
        raise BadSecret(_("A passphrase or recovery key is needed to open the backup."))
    make_private_dir(manager.root)
    staging = manager.root / f"{RESTORING_PREFIX}{secrets.token_hex(8)}"
    # Held until the end: heal() in any process removes only folders no one holds.
    lock = WorkLock(staging)
    try:
        make_private_dir(staging)
        manifest, vault_bytes = _read_small(backup)
        write_atomic(staging / MANIFEST, manifest)
        write_atomic(staging / VAULT_FILE, vault_bytes)
        vault = load_vault(staging / VAULT_FILE)
        if vault.database != DB_FILE:
            # Only create() may make a database: a backup naming another file is not ours.
            raise DamagedFile(
                _("{backup} is damaged: its vault names an unknown database.").format(backup=backup)
            )
        progress.step(0.05)
        where = f"The vault inside {backup}"
        db_key = (
            db_key_from_recovery(vault, recovery_key, where)
            if recovery_key is not None
            else db_key_from_passphrase(vault, passphrase or "", where)
        )
        current_kind = peek_kind(folder / VAULT_FILE) if folder.exists() else None
        # A damaged current profile (unreadable kind) is exactly what a restore is for.
        # Compared after the key check, once the backup's kind is known to be its own.
        if current_kind is not None and current_kind != vault.kind:
            raise Refused(
                _("The backup is of a {kind} profile and “{name}” is a {current} profile.").format(
                    kind=vault.kind.value, name=folder.name, current=current_kind.value
                )
            )
        progress.step(0.1)
        # Only now, with the key checked, is the (large) database written out.
        _extract_database(backup, staging)
        progress.step(0.5)
        vault, epoch = _check_and_bump_epoch(staging, vault, db_key)
        progress.step(0.9)
        new_key = None
        if recovery_key is not None and new_passphrase is not None:
            # The recovery key may have been seen while typed: issue a new one, as recover does.
            updated, new_key = rewrapped(vault, db_key, new_passphrase, new_recovery=True)
            save_vault(staging / VAULT_FILE, updated)
        progress.check()  # the last moment a cancel can still leave everything as it was
        stop_point("restore-staged")
        _swap_in(staging, folder)
        progress.report(1.0)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    finally:
        lock.release()
    return RestoreResult(ProfileInfo(folder.name, vault.kind, folder), new_key, epoch)


def _check_and_bump_epoch(staging: Path, vault: VaultFile, db_key: bytes) -> tuple[VaultFile, int]:
    """Check the database, seal an old vault against it, and start a new epoch."""
    db_path = staging / DB_FILE
    if not db_path.is_file():
        raise DamagedFile(_("The backup has no database ({DB_FILE}).").format(DB_FILE=DB_FILE))
    engine = open_engine(db_path, db_key)
    try:
        store = Store(engine, db_path)
        if store.integrity_problems():
            raise DamagedFile(
                _("The database inside the backup is damaged ({name}).").format(name=db_path.name)
            )
        upgrade_if_behind(engine, db_path)
        vault = settle(staging / VAULT_FILE, vault, db_key, store)
        with store.session() as s:
            epoch = start_new_epoch(s)
        with engine.connect() as conn:
            conn.execute(text("PRAGMA wal_checkpoint(TRUNCATE)"))
    finally:
        engine.dispose()
    return vault, epoch


def _swap_in(staging: Path, folder: Path) -> None:
    """Put the restored profile in place; an existing one is moved aside first, then removed."""
    (staging / MANIFEST).unlink()
    aside = None
    if folder.exists():
        # A kill between these two renames leaves only the aside copy: ProfileManager.heal()
        # puts it back on the next start.
        aside = folder.with_name(f"{REPLACED_PREFIX}{folder.name}")
        folder.rename(aside)
    staging.rename(folder)
    fsync_dir(folder.parent)
    if aside is not None:
        with contextlib.suppress(OSError):
            shutil.rmtree(aside)
