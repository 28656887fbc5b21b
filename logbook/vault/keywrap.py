"""AES-256-GCM wrapping of the database key, bound to the vault and to the wrapping's purpose."""

from __future__ import annotations

import base64
import binascii
import os
from collections.abc import Callable
from typing import Annotated

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from pydantic import AfterValidator, BaseModel, ConfigDict

from logbook.errors import BadSecret
from logbook.i18n import _

NONCE_BYTES = 12
WRAPPED_BYTES = 32 + 16  # a 256-bit key and the GCM tag


def base64_of(length: int) -> Callable[[str], str]:
    """A check that a str holds exactly `length` bytes in strict base64: a damaged field of
    vault.json is then named when the file is read, not met later as a crash."""

    def check(value: str) -> str:
        try:
            raw = base64.b64decode(value, validate=True)
        except (binascii.Error, ValueError) as exc:
            raise ValueError("not base64") from exc
        if len(raw) != length:
            raise ValueError("wrong length")
        return value

    return check


class WrappedKey(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, hide_input_in_errors=True)
    nonce: Annotated[str, AfterValidator(base64_of(NONCE_BYTES))]
    ciphertext: Annotated[str, AfterValidator(base64_of(WRAPPED_BYTES))]


def _aad(vault_id: str, purpose: str) -> bytes:
    # Binding the purpose and vault id stops a wrapped key being swapped between slots or files.
    return f"logbook.vault/1|{vault_id}|{purpose}".encode()


def wrap(kek: bytes, key: bytes, vault_id: str, purpose: str) -> WrappedKey:
    nonce = os.urandom(NONCE_BYTES)
    ct = AESGCM(kek).encrypt(nonce, key, _aad(vault_id, purpose))
    return WrappedKey(
        nonce=base64.b64encode(nonce).decode(), ciphertext=base64.b64encode(ct).decode()
    )


def unwrap(kek: bytes, wrapped: WrappedKey, vault_id: str, purpose: str, what: str) -> bytes:
    """Return the key, or raise BadSecret naming `what` (e.g. "passphrase") as the culprit."""
    try:
        return AESGCM(kek).decrypt(
            base64.b64decode(wrapped.nonce, validate=True),
            base64.b64decode(wrapped.ciphertext, validate=True),
            _aad(vault_id, purpose),
        )
    except (InvalidTag, ValueError) as exc:
        raise BadSecret(
            _("Wrong {what}: it does not open this profile.").format(what=what)
        ) from exc
