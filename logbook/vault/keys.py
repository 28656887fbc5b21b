"""The database key and its two wrappings: passphrase (Argon2id) and recovery key (HKDF)."""

from __future__ import annotations

import os

from logbook.vault import kdf, keywrap
from logbook.vault.recovery import (
    format_recovery_key,
    new_recovery_secret,
    parse_recovery_key,
    recovery_kek,
)
from logbook.vault.seal import check_seal, sealed
from logbook.vault.vaultfile import VAULT_FILE, KdfSection, RecoverySection, VaultFile, b64

PASSPHRASE_SLOT = "passphrase"  # noqa: S105 - a slot name, not a secret
RECOVERY_SLOT = "recovery"


def passphrase_section(
    passphrase: str, db_key: bytes, vault_id: str, params: kdf.KdfParams
) -> tuple[KdfSection, keywrap.WrappedKey]:
    salt = os.urandom(kdf.SALT_BYTES)
    kek = kdf.derive(passphrase, salt, params)
    section = KdfSection(
        memory_kib=params.memory_kib,
        iterations=params.iterations,
        lanes=params.lanes,
        test=params.test,
        salt=b64(salt),
    )
    return section, keywrap.wrap(kek, db_key, vault_id, PASSPHRASE_SLOT)


def recovery_section(db_key: bytes, vault_id: str) -> tuple[RecoverySection, str]:
    secret = new_recovery_secret()
    salt = os.urandom(16)
    wrapped = keywrap.wrap(recovery_kek(secret, salt), db_key, vault_id, RECOVERY_SLOT)
    return RecoverySection(salt=b64(salt), key=wrapped), format_recovery_key(secret)


def db_key_from_passphrase(vault: VaultFile, passphrase: str, where: str = VAULT_FILE) -> bytes:
    """The database key, once the passphrase opens it and the vault's seal holds."""
    kek = kdf.derive(passphrase, vault.kdf.salt_bytes(), vault.kdf.params())
    key = keywrap.unwrap(kek, vault.passphrase_key, vault.vault_id, PASSPHRASE_SLOT, "passphrase")
    check_seal(vault, key, where)
    return key


def db_key_from_recovery(vault: VaultFile, recovery_key: str, where: str = VAULT_FILE) -> bytes:
    """The database key, once the recovery key opens it and the vault's seal holds."""
    secret = parse_recovery_key(recovery_key)
    kek = recovery_kek(secret, vault.recovery.salt_bytes())
    key = keywrap.unwrap(kek, vault.recovery.key, vault.vault_id, RECOVERY_SLOT, "recovery key")
    check_seal(vault, key, where)
    return key


def rewrapped(
    vault: VaultFile, db_key: bytes, new_passphrase: str, *, new_recovery: bool
) -> tuple[VaultFile, str | None]:
    """The vault with a new passphrase wrapping (and a new recovery key, if asked), sealed.

    The caller must have checked an unsealed vault against its database first (settle())."""
    section, wrapped = passphrase_section(
        new_passphrase, db_key, vault.vault_id, vault.kdf.params()
    )
    update: dict[str, object] = {"kdf": section, "passphrase_key": wrapped}
    recovery_key = None
    if new_recovery:
        update["recovery"], recovery_key = recovery_section(db_key, vault.vault_id)
    return sealed(vault.model_copy(update=update), db_key), recovery_key
