"""The seal over vault.json: an HMAC keyed from the database key, so that no field (the
profile's kind above all) can be changed without the change being noticed at unlock.

The database remembers that its vault is sealed, so a sealed vault cannot be passed off as an
old, unsealed one (format /1) to have a changed field sealed in on upgrade.
"""

from __future__ import annotations

import base64
from pathlib import Path
from typing import TYPE_CHECKING

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes, hmac
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from logbook.errors import DamagedFile
from logbook.i18n import _
from logbook.vault.vaultfile import VAULT_FORMAT, VaultFile, save_vault, sealed_bytes

if TYPE_CHECKING:
    from logbook.db.store import Store

SEAL_INFO = b"logbook.vault/2 seal|"


def altered(where: str) -> DamagedFile:
    return DamagedFile(
        _(
            "{where} has been altered: it no longer matches this profile's key. Restore the "
            "profile from a backup."
        ).format(where=where)
    )


def _hmac(vault: VaultFile, db_key: bytes) -> hmac.HMAC:
    # A key of its own, derived from the database key: the seal never exposes the key itself.
    key = HKDF(
        algorithm=hashes.SHA256(), length=32, salt=None, info=SEAL_INFO + vault.vault_id.encode()
    ).derive(db_key)
    mac = hmac.HMAC(key, hashes.SHA256())
    mac.update(sealed_bytes(vault))
    return mac


def sealed(vault: VaultFile, db_key: bytes) -> VaultFile:
    """The vault in the sealed format, with a seal over all its other fields."""
    unsealed = vault.model_copy(update={"format": VAULT_FORMAT, "seal": None})
    seal = base64.b64encode(_hmac(unsealed, db_key).finalize()).decode()
    return unsealed.model_copy(update={"seal": seal})


def check_seal(vault: VaultFile, db_key: bytes, where: str) -> None:
    """Raise DamagedFile naming `where` if a sealed vault's fields were changed."""
    if vault.seal is None:
        return  # format /1: sealed, and checked against the database, by settle()
    try:
        _hmac(vault, db_key).verify(base64.b64decode(vault.seal))
    except InvalidSignature:
        raise altered(where) from None


def settle(
    path: Path, vault: VaultFile, db_key: bytes, store: Store, was_sealed: bool | None = None
) -> VaultFile:
    """At unlock, with the database open: seal an old vault (written atomically), and
    refuse an unsealed vault whose database says it was sealed before. `was_sealed` is the
    database's flag as unlock's first read found it; read here when not given."""
    from logbook.profile_settings import VAULT_SEALED

    if was_sealed is None:
        was_sealed = store.read(VAULT_SEALED)
    if not vault.sealed:
        if was_sealed:
            raise altered(str(path))
        vault = sealed(vault, db_key)
        save_vault(path, vault)
    if not was_sealed:
        # After the vault is saved: a kill in between leaves a sealed vault, checked by its
        # seal and marked on the next unlock, never a marked database with an unsealed vault.
        store.write(VAULT_SEALED, True)
    return vault
