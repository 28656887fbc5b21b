"""The statuses a bundle and a device can have, spelt as they travel in receipts and requests.

The enums name the values in code; their string values are the wire spelling (signed
receipts, the mailbox's device list, the coordinator database's CHECK constraints) and never
change, so an older device or mailbox still reads them.
"""

from __future__ import annotations

from enum import StrEnum


class ImportStatus(StrEnum):
    """What one import of a bundle did; a signed receipt tells the device exactly this.

    Each word has one meaning: IMPORTED, this import took the bundle's weeks in; ALREADY, the
    same summary had been taken in before (this very file, or a copy of it under another
    name), so nothing was added.
    """

    IMPORTED = "imported"
    ALREADY = "already"
    HELD = "held"  # kept until the sending device is approved
    CONFLICT = "conflict"  # other content under numbers already used: nothing changed
    REJECTED = "rejected"  # refused, with a reason; nothing of it kept

    @property
    def ok(self) -> bool:
        """Taken, or safely kept: nothing for the device to worry about."""
        return self in (ImportStatus.IMPORTED, ImportStatus.ALREADY, ImportStatus.HELD)


class ReceiptStatus(StrEnum):
    """What became of a bundle, as its receipt row in the coordinator database records it.

    ALREADY is never stored: it describes an import attempt, not a bundle. A copy of a bundle
    imported before is stored IMPORTED (its content is in), and a second import of either
    file answers ALREADY.
    """

    IMPORTED = ImportStatus.IMPORTED.value
    HELD = ImportStatus.HELD.value
    CONFLICT = ImportStatus.CONFLICT.value
    REJECTED = ImportStatus.REJECTED.value


class DeviceStatus(StrEnum):
    """A volunteer's device as the coordinator and the mailbox know it."""

    PENDING = "pending"  # seen, not yet approved: its bundles are held
    APPROVED = "approved"
    REVOKED = "revoked"  # final: its bundles and requests are refused


def check_text(column: str, values: type[StrEnum]) -> str:
    """A CHECK constraint's text allowing exactly the enum's values, in its order."""
    return f"{column} IN ({', '.join(repr(str(v.value)) for v in values)})"
