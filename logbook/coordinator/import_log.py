"""The history of imports (each file, when, the result) and the plain words for a result.

Every bundle tried is one row in `import_log`, kept in the coordinator database so the
history outlives the app; what it says first is a plain reason, with the checks' technical
reason kept beside it for whoever asks for the details.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from pathlib import PurePath

from sqlalchemy import delete, func, select

from logbook.coordinator.database import CoordinatorDb
from logbook.coordinator.importer import ImportResult
from logbook.coordinator.schema import ImportLogEntry
from logbook.i18n import N_, _
from logbook.records.clock import utc_now

KEEP_ROWS = 20_000  # the oldest go past this: a history, not an archive
NAME_CHARS = 255

# The checks' words (bundle/read.py, bundle/age_header.py, atomicfile.py, importer.py) and
# what they mean to a coordinator; looked up by a phrase of the technical reason, in order.
_PLAIN: tuple[tuple[tuple[str, ...], str], ...] = (
    (("Cannot read the bundle",),
     N_("This file could not be read: it was moved, or this computer may not open it.")),
    (("larger than 1 MiB", "too large to be one"),
     N_("This file is too large to be a summary from Volunteer Logbook.")),
    (("not an age-encrypted file", "The age header", "The age file is cut short"),
     N_("This file is not a summary from Volunteer Logbook.")),
    (("could not be decrypted",),
     N_("This summary is not for your organisation, or for a key it no longer has.")),
    (("is for another organisation", "names another organisation"),
     N_("This summary is for another organisation.")),
    (("The signature does not match", "The bundle is damaged", "does not follow the format",
      "signed envelope", "is damaged"),
     N_("This summary was damaged or changed on its way; ask the volunteer to send it again.")),
    (("key does not match the key known",),
     N_("This summary claims to come from a laptop it does not come from; do not trust it.")),
    (("was revoked",), N_("It comes from a laptop you revoked; its summaries are refused.")),
    (("could not be stored",),
     N_("This summary could not be stored; nothing of it was kept. Try again, and keep "
        "the file.")),
)  # fmt: skip


@dataclass(frozen=True)
class ImportLogItem:
    id: int
    at: datetime  # UTC, naive
    name: str  # the file's name, "mailbox" or "held"
    status: str  # imported, already, held, conflict, rejected
    weeks: int
    device_id: str | None
    plain: str  # what to tell a person first
    technical: str  # the checks' own reason ("" when there is none)


def plain_reason(status: str, technical: str, flagged: Iterable[str] = ()) -> str:
    """The result in a coordinator's words; the technical reason stays for the details."""
    if status == "imported":
        codes = ", ".join(flagged)
        if codes:
            return _("Imported; not assigned to this laptop's volunteer: {codes}.").format(
                codes=codes
            )
        return _("Imported.")
    if status == "already":
        return _("Imported before; nothing new in it.")
    if status == "held":
        return _("Held until you approve the laptop it came from (Devices).")
    if status == "conflict":
        return _(
            "This summary disagrees with one already imported from the same laptop under the "
            "same number; nothing of it was kept. Ask the volunteer about it."
        )
    for phrases, plain in _PLAIN:
        if any(phrase in technical for phrase in phrases):
            return _(plain)
    return _("This summary could not be imported.")


def file_name(result: ImportResult) -> str:
    if result.source in ("mailbox", "held", ""):
        return result.source or "file"
    return PurePath(result.source).name[:NAME_CHARS]


class ImportLog:
    def __init__(self, db: CoordinatorDb) -> None:
        self._db = db

    def record(self, results: Iterable[ImportResult]) -> None:
        """Add a batch's results, in one short transaction (after the imports committed)."""
        now = utc_now()
        rows = [
            ImportLogEntry(at=now, name=file_name(r), sha256=r.sha256 if len(r.sha256) == 64
                           else None, device_id=r.device_id, status=r.status[:10],
                           weeks=r.weeks, reason=(r.reason or "")[:300] or None)
            for r in results
        ]  # fmt: skip
        if not rows:
            return
        with self._db.session() as s:
            s.add_all(rows)
            s.flush()
            newest = s.scalar(select(func.max(ImportLogEntry.id))) or 0
            s.execute(delete(ImportLogEntry).where(ImportLogEntry.id <= newest - KEEP_ROWS))

    def history(self, limit: int = 500) -> list[ImportLogItem]:
        """Newest first."""
        with self._db.session() as s:
            rows = s.scalars(
                select(ImportLogEntry).order_by(ImportLogEntry.id.desc()).limit(limit)
            ).all()
            return [
                ImportLogItem(r.id, r.at, r.name, r.status, r.weeks, r.device_id,
                              plain_reason(r.status, r.reason or ""), r.reason or "")
                for r in rows
            ]  # fmt: skip
