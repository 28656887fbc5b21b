"""Recovery keys: 256 random bits shown once as groups of base32 characters."""

from __future__ import annotations

import base64
import os

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from logbook.errors import BadSecret
from logbook.i18n import _

RECOVERY_BYTES = 32
GROUP = 4


def new_recovery_secret() -> bytes:
    return os.urandom(RECOVERY_BYTES)


def format_recovery_key(secret: bytes) -> str:
    """E.g. `ABCD-EFGH-...`: 52 base32 characters in groups of four, easy to copy by hand."""
    text = base64.b32encode(secret).decode().rstrip("=")
    return "-".join(text[i : i + GROUP] for i in range(0, len(text), GROUP))


def parse_recovery_key(text: str) -> bytes:
    """Accept the key as shown, in any case, with or without dashes and spaces."""
    cleaned = "".join(ch for ch in text.upper() if ch not in " -\t\r\n")
    # Commonly confused characters: base32 has no 0, 1 or 8.
    cleaned = cleaned.translate(str.maketrans("018", "OIB"))
    padded = cleaned + "=" * (-len(cleaned) % 8)
    try:
        secret = base64.b32decode(padded)
    except ValueError as exc:
        raise BadSecret(
            _("That is not a recovery key: it has characters a key never has.")
        ) from exc
    if len(secret) != RECOVERY_BYTES:
        raise BadSecret(_("That is not a recovery key: it is the wrong length."))
    return secret


def recovery_kek(secret: bytes, salt: bytes) -> bytes:
    """The recovery key already has 256 bits of entropy, so HKDF suffices (no slow KDF)."""
    return HKDF(
        algorithm=hashes.SHA256(), length=32, salt=salt, info=b"logbook.vault/1 recovery"
    ).derive(secret)
