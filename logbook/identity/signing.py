"""Ed25519 keys as they are stored and sent: raw bytes in base64."""

from __future__ import annotations

import base64
import binascii

from cryptography.hazmat.primitives.asymmetric.ed25519 import (
    Ed25519PrivateKey,
    Ed25519PublicKey,
)
from cryptography.hazmat.primitives.serialization import (
    Encoding,
    NoEncryption,
    PrivateFormat,
    PublicFormat,
)

from logbook.errors import DamagedFile
from logbook.i18n import _

KEY_BYTES = 32


def b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def unb64(text: str, what: str) -> bytes:
    try:
        return base64.b64decode(text.encode("ascii"), validate=True)
    except (binascii.Error, UnicodeEncodeError, ValueError):
        raise DamagedFile(_("The {what} is not valid base64.").format(what=what)) from None


def new_signing_key() -> Ed25519PrivateKey:
    return Ed25519PrivateKey.generate()


def private_text(key: Ed25519PrivateKey) -> str:
    return b64(key.private_bytes(Encoding.Raw, PrivateFormat.Raw, NoEncryption()))


def public_bytes(key: Ed25519PrivateKey | Ed25519PublicKey) -> bytes:
    public = key.public_key() if isinstance(key, Ed25519PrivateKey) else key
    return public.public_bytes(Encoding.Raw, PublicFormat.Raw)


def load_private(text: str) -> Ed25519PrivateKey:
    raw = unb64(text, "signing key")
    if len(raw) != KEY_BYTES:
        raise DamagedFile(_("The signing key has the wrong length."))
    return Ed25519PrivateKey.from_private_bytes(raw)


def load_public(raw: bytes, what: str = "signing key") -> Ed25519PublicKey:
    if len(raw) != KEY_BYTES:
        raise DamagedFile(_("The {what} has the wrong length.").format(what=what))
    return Ed25519PublicKey.from_public_bytes(raw)
