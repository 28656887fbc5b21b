"""Receipts: the organisation's signed word to a device about one bundle it sent."""

from __future__ import annotations

import json
from dataclasses import dataclass

from logbook.errors import DamagedFile
from logbook.i18n import _
from logbook.identity.envelope import open_envelope
from logbook.statuses import ImportStatus

RECEIPT_FORMAT = "logbook.receipt/1"


@dataclass(frozen=True)
class Receipt:
    device_id: str
    sha256: str
    status: ImportStatus
    reason: str


def receipt_payload(device_id: str, sha256: str, status: ImportStatus, reason: str) -> bytes:
    """What the organisation signs to tell a device what became of one bundle."""
    return json.dumps(
        {"device_id": device_id, "sha256": sha256, "status": status, "reason": reason[:300]}
    ).encode()


def read_receipt(data: bytes, trusted_key: bytes) -> Receipt:
    """Verify with the organisation's key, then read; anything else is DamagedFile."""
    envelope = open_envelope(data, RECEIPT_FORMAT, "receipt")
    envelope.verify(trusted_key)
    try:
        fields = json.loads(envelope.payload)
        # ValueError also for a status this app does not know: the receipt is refused whole.
        return Receipt(
            str(fields["device_id"]), str(fields["sha256"]), ImportStatus(fields["status"]),
            str(fields["reason"])[:300],
        )  # fmt: skip
    except (ValueError, KeyError, TypeError, RecursionError):
        raise DamagedFile(_("The receipt is damaged.")) from None
