"""Receipts: the organisation's signed word to a device about one bundle it sent."""

from __future__ import annotations

import json
from dataclasses import dataclass

from logbook.errors import DamagedFile
from logbook.i18n import _
from logbook.identity.envelope import open_envelope

RECEIPT_FORMAT = "logbook.receipt/1"
STATUSES = {"imported", "already", "held", "conflict", "rejected"}


@dataclass(frozen=True)
class Receipt:
    device_id: str
    sha256: str
    status: str
    reason: str


def receipt_payload(device_id: str, sha256: str, status: str, reason: str) -> bytes:
    return json.dumps(
        {"device_id": device_id, "sha256": sha256, "status": status, "reason": reason[:300]}
    ).encode()


def read_receipt(data: bytes, trusted_key: bytes) -> Receipt:
    """Verify with the organisation's key, then read; anything else is DamagedFile."""
    envelope = open_envelope(data, RECEIPT_FORMAT, "receipt")
    envelope.verify(trusted_key)
    try:
        fields = json.loads(envelope.payload)
        receipt = Receipt(
            str(fields["device_id"]), str(fields["sha256"]), str(fields["status"]),
            str(fields["reason"])[:300],
        )  # fmt: skip
    except (ValueError, KeyError, TypeError, RecursionError):
        raise DamagedFile(_("The receipt is damaged.")) from None
    if receipt.status not in STATUSES:
        raise DamagedFile(_("The receipt is damaged."))
    return receipt
