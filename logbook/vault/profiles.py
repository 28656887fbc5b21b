"""Profiles on this machine: create, list, unlock, change passphrase, recover, delete."""

from __future__ import annotations

import os
import shutil
import unicodedata
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from logbook.atomicfile import make_private_dir
from logbook.errors import DamagedFile, InvalidValue, NotFound, Refused
from logbook.i18n import _
from logbook.vault.kinds import VAULT_FILE, ProfileKind, peek_kind
from logbook.vault.worklock import LOCK_SUFFIX, WorkLock, in_use, remove_abandoned

if TYPE_CHECKING:
    from logbook.db.store import Store
    from logbook.vault.vaultfile import VaultFile

# The storage stack (SQLAlchemy, Alembic) and the key stack (pydantic, cryptography) are
# imported where they are used: listing profiles for the unlock screen must not pay for them
# (they are most of the app's start-up time).

DB_FILE = "logbook.db"
PROFILES_DIR = "profiles"
REPLACED_PREFIX = ".replaced-"  # a profile moved aside while a restore swaps in the new one
RESTORING_PREFIX = ".restoring-"  # a restore's work folder, held by a WorkLock
CREATING_PREFIX = ".creating-"  # a new profile's work folder, held by a WorkLock
BACKUP_WORK_PREFIX = ".backup-"  # inside a profile: a backup's snapshot, held by a WorkLock
MIN_PASSPHRASE = 8


@dataclass(frozen=True)
class ProfileInfo:
    name: str
    kind: ProfileKind | None  # None when vault.json is damaged: listed, but cannot open
    path: Path


@dataclass(frozen=True)
class NewProfile:
    info: ProfileInfo
    recovery_key: str  # shown once, never stored


@dataclass
class UnlockedProfile:
    """An open profile: its database store. `lock()` drops the engine and the key with it."""

    info: ProfileInfo
    store: Store
    vault: VaultFile

    def lock(self) -> None:
        self.store.close()

    def __enter__(self) -> UnlockedProfile:
        return self

    def __exit__(self, *exc: object) -> None:
        self.lock()


def check_profile_name(name: str) -> str:
    """Profile names become folder names, so keep them to safe, readable characters."""
    name = unicodedata.normalize("NFC", name.strip())
    if not name:
        raise InvalidValue("profile name", _("must not be empty"))
    if len(name) > 64:
        raise InvalidValue("profile name", _("must be at most 64 characters"))
    if name.startswith("."):
        raise InvalidValue("profile name", _("must not start with a dot"))
    if not all(ch.isalnum() or ch in " _-." for ch in name):
        raise InvalidValue(
            "profile name", _("may contain only letters, digits, spaces, dots, dashes and _")
        )
    return name


def check_passphrase(passphrase: str) -> None:
    if len(passphrase) < MIN_PASSPHRASE:
        raise InvalidValue(
            "passphrase",
            _("must be at least {MIN_PASSPHRASE} characters").format(MIN_PASSPHRASE=MIN_PASSPHRASE),
        )


class ProfileManager:
    """All profiles under one data folder, each in its own private sub-folder."""

    def __init__(self, data_dir: Path) -> None:
        self.data_dir = data_dir
        self.root = data_dir / PROFILES_DIR

    def folder(self, name: str) -> Path:
        return self.root / check_profile_name(name)

    def heal(self) -> None:
        """Finish what a killed process left: put back a profile that a restore had moved
        aside, and remove the hidden work folders of creations and restores that no live
        process holds (each may be a full, openable copy of a profile)."""
        if not self.root.is_dir():
            return
        restoring = [f for f in self.root.glob(f"{RESTORING_PREFIX}*") if f.is_dir()]
        if any(in_use(f) for f in restoring):
            # A restore is between its two renames, or about to remove the old copy.
            restoring = [f for f in restoring if not in_use(f)]
        else:
            for folder in self.root.glob(f"{REPLACED_PREFIX}*"):
                original = self.root / folder.name[len(REPLACED_PREFIX) :]
                if not original.exists():
                    folder.rename(original)
                else:
                    shutil.rmtree(folder, ignore_errors=True)
        for folder in [*restoring, *self.root.glob(f"{CREATING_PREFIX}*")]:
            remove_abandoned(folder)
        for lock in self.root.glob(f".*{LOCK_SUFFIX}"):
            # A lock file outlives its folder only when a kill came between the two. One
            # that no live process holds is removed (WorkLock starts again if it loses a
            # freshly opened file this way).
            folder = lock.with_name(lock.name[: -len(LOCK_SUFFIX)])
            if not folder.exists():
                remove_abandoned(folder)

    def list(self) -> list[ProfileInfo]:
        self.heal()
        if not self.root.is_dir():
            return []
        found = []
        for folder in sorted(self.root.iterdir(), key=lambda p: p.name.casefold()):
            # Hidden folders are profiles being created, restored or replaced.
            if folder.name.startswith(".") or not (folder / VAULT_FILE).is_file():
                continue
            # None when damaged: still listed, so unlocking it reports what is wrong.
            found.append(ProfileInfo(folder.name, peek_kind(folder / VAULT_FILE), folder))
        return found

    def _vault(self, name: str) -> tuple[Path, VaultFile]:
        from logbook.vault.vaultfile import load_vault

        self.heal()
        folder = self.folder(name)
        try:
            return folder, load_vault(folder / VAULT_FILE)
        except FileNotFoundError:
            raise NotFound(_("There is no profile named “{name}”.").format(name=name)) from None

    def info(self, name: str) -> ProfileInfo:
        folder, vault = self._vault(name)
        return ProfileInfo(folder.name, vault.kind, folder)

    def create(
        self, name: str, passphrase: str, kind: ProfileKind = ProfileKind.VOLUNTEER
    ) -> NewProfile:
        folder = self.folder(name)
        check_passphrase(passphrase)
        if folder.exists():
            raise Refused(_("A profile named “{name}” already exists.").format(name=folder.name))
        from logbook.vault import kdf
        from logbook.vault.keys import passphrase_section, recovery_section
        from logbook.vault.seal import sealed, settle
        from logbook.vault.vaultfile import VAULT_FORMAT_UNSEALED, VaultFile, save_vault

        params = kdf.params_for_new_vault()
        db_key = os.urandom(32)
        vault_id = os.urandom(16).hex()
        kdf_section, pass_wrap = passphrase_section(passphrase, db_key, vault_id, params)
        recovery, recovery_key = recovery_section(db_key, vault_id)
        vault = VaultFile(
            format=VAULT_FORMAT_UNSEALED,  # sealed just below, over all the fields
            vault_id=vault_id,
            kind=kind,
            created_at=datetime.now(UTC),
            database=DB_FILE,
            kdf=kdf_section,
            passphrase_key=pass_wrap,
            recovery=recovery,
        )
        vault = sealed(vault, db_key)
        make_private_dir(self.root)
        from logbook.db.engine import open_engine
        from logbook.db.migrate import upgrade_if_behind
        from logbook.db.store import Store

        # Build in a hidden folder and rename, so a half-made profile never shows up.
        staging = self.root / f"{CREATING_PREFIX}{vault_id}"
        lock = WorkLock(staging)  # before the folder exists, so heal() never takes it
        make_private_dir(staging)
        try:
            engine = open_engine(staging / DB_FILE, db_key)
            try:
                upgrade_if_behind(engine, staging / DB_FILE)
                save_vault(staging / VAULT_FILE, vault)
                settle(staging / VAULT_FILE, vault, db_key, Store(engine, staging / DB_FILE))
            finally:
                engine.dispose()
            staging.rename(folder)
        except BaseException:
            shutil.rmtree(staging, ignore_errors=True)
            raise
        finally:
            lock.release()
        return NewProfile(ProfileInfo(folder.name, kind, folder), recovery_key)

    def _open(self, folder: Path, vault: VaultFile, db_key: bytes) -> UnlockedProfile:
        from logbook.db.engine import open_engine
        from logbook.db.migrate import HEAD, upgrade_if_behind
        from logbook.db.store import Store
        from logbook.vault.seal import settle

        db_path = folder / vault.database
        if not db_path.is_file():
            raise DamagedFile(_("The database {db_path} is missing.").format(db_path=db_path))
        engine = open_engine(db_path, db_key)
        try:
            store = Store(engine, db_path)
            # Keys the first connection (a damaged file is reported here) and reads the
            # revision and both checks' flags in one transaction.
            first = store.first_read()
            if first.revision != HEAD:
                upgrade_if_behind(engine, db_path)
                first = store.first_read()  # the flags as the current schema holds them
            vault = settle(folder / VAULT_FILE, vault, db_key, store, first.vault_sealed)
            # An erasure cut short by a kill.
            store.finish_pending_compaction(first.compaction_pending)
            for work in folder.glob(f"{BACKUP_WORK_PREFIX}*"):
                if work.is_dir():
                    remove_abandoned(work)  # a killed backup's snapshot
        except BaseException:
            engine.dispose()
            raise
        return UnlockedProfile(ProfileInfo(folder.name, vault.kind, folder), store, vault)

    def unlock(self, name: str, passphrase: str) -> UnlockedProfile:
        from logbook.vault.keys import db_key_from_passphrase

        folder, vault = self._vault(name)
        db_key = db_key_from_passphrase(vault, passphrase, str(folder / VAULT_FILE))
        return self._open(folder, vault, db_key)

    def _settled(self, folder: Path, vault: VaultFile, db_key: bytes) -> VaultFile:
        """An old, unsealed vault is checked against its database and sealed before it is
        rewritten, so a changed field can never be sealed in by a passphrase change."""
        if vault.sealed:
            return vault
        with self._open(folder, vault, db_key) as opened:
            return opened.vault

    def change_passphrase(self, name: str, old: str, new: str) -> None:
        """Re-wrap the database key; vault.json is replaced atomically in one step."""
        from logbook.vault.keys import db_key_from_passphrase, rewrapped
        from logbook.vault.vaultfile import save_vault

        check_passphrase(new)
        folder, vault = self._vault(name)
        db_key = db_key_from_passphrase(vault, old, str(folder / VAULT_FILE))
        vault = self._settled(folder, vault, db_key)
        updated, _recovery = rewrapped(vault, db_key, new, new_recovery=False)
        save_vault(folder / VAULT_FILE, updated)

    def recover(self, name: str, recovery_key: str, new_passphrase: str) -> str:
        """Set a new passphrase using the recovery key; returns the new recovery key.

        The used key stops working: it may have been seen while typing it in.
        """
        from logbook.vault.keys import db_key_from_recovery, rewrapped
        from logbook.vault.vaultfile import save_vault

        check_passphrase(new_passphrase)
        folder, vault = self._vault(name)
        db_key = db_key_from_recovery(vault, recovery_key, str(folder / VAULT_FILE))
        vault = self._settled(folder, vault, db_key)
        updated, new_key = rewrapped(vault, db_key, new_passphrase, new_recovery=True)
        save_vault(folder / VAULT_FILE, updated)
        assert new_key is not None
        return new_key

    def delete(self, name: str) -> None:
        """Remove the profile; heal() (through _vault) has already removed abandoned copies
        left by killed restores, which may be copies of this very profile."""
        folder, _vault = self._vault(name)
        shutil.rmtree(folder)
