"""Seal a summary into a bundle: sign with the device key, encrypt to the organisation."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

import pyrage
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from logbook.bundle.payload import BUNDLE_FORMAT, MAX_BUNDLE_BYTES, BundlePayload
from logbook.errors import DamagedFile, Refused
from logbook.i18n import _
from logbook.identity.envelope import seal
from logbook.identity.signing import b64, public_bytes
from logbook.summary.schema import Summary


class BundleTooLarge(Refused):
    """The sealed bundle would pass the mailbox's 1 MiB limit (the outbox packs weeks so that
    this cannot happen within the schema's caps; this is the guard if it ever did)."""

    def __init__(self) -> None:
        super().__init__("The summary is too large for one bundle (over 1 MiB); nothing was sent.")


@dataclass(frozen=True)
class SealedBundle:
    data: bytes
    sha256: str


def recipient_of(text: str) -> pyrage.x25519.Recipient:
    try:
        return pyrage.x25519.Recipient.from_str(text)
    except pyrage.RecipientError:
        raise DamagedFile(
            _("The organisation's encryption key (age recipient) is not valid.")
        ) from None


def seal_bundle(
    summary: Summary,
    device_key: Ed25519PrivateKey,
    *,
    org_id: str,
    recipient: str,
    epoch: int,
    sequence: int,
    epoch_weeks: list[str] | None = None,
) -> SealedBundle:
    payload = BundlePayload(
        device_key=b64(public_bytes(device_key)),
        org_id=org_id,
        recipient=recipient,
        epoch=epoch,
        sequence=sequence,
        summary=summary,
        epoch_weeks=epoch_weeks,
    )
    envelope = seal(BUNDLE_FORMAT, payload.model_dump_json(exclude_none=True).encode(), device_key)
    data = pyrage.encrypt(envelope, [recipient_of(recipient)])
    if len(data) > MAX_BUNDLE_BYTES:
        raise BundleTooLarge
    return SealedBundle(data, hashlib.sha256(data).hexdigest())
