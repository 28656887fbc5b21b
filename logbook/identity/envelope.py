"""Signed envelopes: `{"format", "payload": base64, "sig": base64}`, Ed25519 over format+payload.

The signature is checked before anyone parses the payload; the context string (the format)
keeps a signature made for one kind of document from being replayed as another.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from pydantic import BaseModel, ConfigDict, Field, ValidationError

from logbook.errors import DamagedFile
from logbook.i18n import _
from logbook.identity.signing import b64, load_public, unb64

MAX_ENVELOPE_BYTES = 2 * 1024 * 1024
SIGNATURE_BYTES = 64


class EnvelopeRejected(DamagedFile):
    """The document is not a well-formed signed envelope, or its signature does not hold."""


class _EnvelopeModel(BaseModel):
    model_config = ConfigDict(strict=True, extra="forbid", hide_input_in_errors=True)
    format: str = Field(max_length=64)
    payload: str = Field(max_length=MAX_ENVELOPE_BYTES)
    sig: str = Field(max_length=128)


@dataclass(frozen=True)
class Envelope:
    format: str
    payload: bytes
    sig: bytes

    def verify(self, public_key: bytes) -> None:
        """Raise EnvelopeRejected unless `public_key` signed exactly this format and payload."""
        key = load_public(public_key)
        try:
            key.verify(self.sig, self.format.encode() + self.payload)
        except InvalidSignature:
            raise EnvelopeRejected(
                _("The signature does not match: the file was altered or signed by another key.")
            ) from None


def seal(format: str, payload: bytes, key: Ed25519PrivateKey) -> bytes:
    sig = key.sign(format.encode() + payload)
    return json.dumps({"format": format, "payload": b64(payload), "sig": b64(sig)}).encode()


def open_envelope(data: bytes, format: str, what: str) -> Envelope:
    """Parse the envelope (not the payload); `what` names the document in messages."""
    if len(data) > MAX_ENVELOPE_BYTES:
        raise EnvelopeRejected(_("The {what} is too large.").format(what=what))
    try:
        model = _EnvelopeModel.model_validate_json(data)
    except ValidationError:
        raise EnvelopeRejected(
            _("The {what} is damaged or not a signed logbook file.").format(what=what)
        ) from None
    if model.format != format:
        raise EnvelopeRejected(
            _("The {what} is of another kind or a newer version ({format} expected).").format(
                what=what, format=format
            )
        )
    try:
        payload = unb64(model.payload, what)
        sig = unb64(model.sig, f"{what}'s signature")
    except DamagedFile as exc:
        raise EnvelopeRejected(exc.message) from None
    if len(sig) != SIGNATURE_BYTES:
        raise EnvelopeRejected(
            _("The {what} is unsigned or its signature is damaged.").format(what=what)
        )
    return Envelope(format, payload, sig)
