"""Open a bundle with the organisation's identity: decrypt, verify, then validate the payload.

The device key needed to check the signature is inside the signed payload, so only that one
field is read (from bounded JSON) before the signature is verified; the strict schema is
applied after, to bytes the device is known to have signed.
"""

from __future__ import annotations

import json

import pyrage
from pydantic import ValidationError

from logbook.bundle.age_header import NotAnAgeFile, check_age_header
from logbook.bundle.payload import BUNDLE_FORMAT, MAX_BUNDLE_BYTES, BundlePayload
from logbook.errors import DamagedFile
from logbook.i18n import _, ngettext
from logbook.identity.envelope import open_envelope
from logbook.identity.signing import unb64


class BundleRejected(DamagedFile):
    """A bundle that cannot be accepted; the message says why in a coordinator's words.
    `device_key`: the sender's key, when its signature verified (so it can be told why)."""

    def __init__(self, message: str, device_key: bytes | None = None) -> None:
        super().__init__(message)
        self.device_key = device_key


class CannotDecrypt(BundleRejected):
    """None of the identity's keys opens the bundle: damaged, or sealed for another key (the
    importer then tries the organisation's older identities)."""


def read_bundle(data: bytes, identity: pyrage.x25519.Identity) -> BundlePayload:
    if len(data) > MAX_BUNDLE_BYTES:
        raise BundleRejected(_("The bundle is larger than 1 MiB."))
    try:
        # Bounded look first: thousands of stanzas or a header without end cost nothing.
        check_age_header(data)
    except NotAnAgeFile as exc:
        raise BundleRejected(str(exc)) from None
    try:
        plain = pyrage.decrypt(data, [identity])
    except pyrage.DecryptError:
        raise CannotDecrypt(
            _(
                "The bundle could not be decrypted: it is damaged, or meant for another "
                "organisation."
            )
        ) from None
    envelope = open_envelope(plain, BUNDLE_FORMAT, "bundle")
    try:
        claimed = json.loads(envelope.payload)
        named = claimed["device_key"] if isinstance(claimed, dict) else None
        if not isinstance(named, str):
            raise ValueError
        device_key = unb64(named, "device key")
    except (ValueError, KeyError, TypeError, RecursionError, DamagedFile):
        raise BundleRejected(_("The bundle is damaged: its device key cannot be read.")) from None
    envelope.verify(device_key)
    try:
        return BundlePayload.model_validate_json(envelope.payload)
    except ValidationError as exc:
        raise BundleRejected(
            ngettext(
                "The bundle's summary does not follow the format ({count} problem).",
                "The bundle's summary does not follow the format ({count} problems).",
                exc.error_count(),
            ).format(count=exc.error_count()),
            device_key,
        ) from None
