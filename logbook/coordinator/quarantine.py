"""Rejected bundles taken out of the mailbox, kept for the coordinator to inspect: bounded in
count and bytes (oldest dropped, with an audit line), listed, shown, exported and deleted."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from logbook.bundle.payload import MAX_BUNDLE_BYTES
from logbook.coordinator.audit import record
from logbook.coordinator.database import CoordinatorDb
from logbook.coordinator.limits import Limits
from logbook.coordinator.schema import QuarantinedBundle
from logbook.errors import InvalidValue, NotFound
from logbook.i18n import _
from logbook.records.clock import utc_now

QUARANTINED_SOURCES = ("mailbox", "held")  # a rejected file stays where the coordinator has it


@dataclass(frozen=True)
class QuarantineInfo:
    sha256: str
    device_id: str | None
    source: str
    reason: str
    size: int
    received_at: datetime


def _info(row: QuarantinedBundle) -> QuarantineInfo:
    return QuarantineInfo(
        row.sha256, row.device_id, row.source, row.reason, row.size, row.received_at
    )


def put(
    s: Session, limits: Limits, sha: str, device: str | None, source: str, reason: str,
    data: bytes,
) -> None:  # fmt: skip
    """Keep (or refresh) a rejected bundle, then drop the oldest beyond the limits."""
    if len(data) > MAX_BUNDLE_BYTES:
        data = b""  # refused for its size: what it was is not worth keeping
    row = s.get(QuarantinedBundle, sha)
    if row is None:
        row = QuarantinedBundle(sha256=sha, data=data, size=len(data))
        s.add(row)
    row.device_id, row.source, row.reason = device, source[:16], reason[:300]
    row.received_at = utc_now()
    s.flush()
    _trim(s, limits)


def _trim(s: Session, limits: Limits) -> None:
    count, size = s.execute(
        select(func.count(), func.coalesce(func.sum(QuarantinedBundle.size), 0))
    ).one()
    if count <= limits.quarantine_bundles and size <= limits.quarantine_bytes:
        return
    oldest = s.execute(
        select(QuarantinedBundle.sha256, QuarantinedBundle.size).order_by(
            QuarantinedBundle.received_at, QuarantinedBundle.sha256
        )
    )
    dropped = []
    for sha, bytes_ in oldest:
        if count <= limits.quarantine_bundles and size <= limits.quarantine_bytes:
            break
        dropped.append(sha)
        count, size = count - 1, size - bytes_
    oldest.close()
    for sha in dropped:
        s.execute(delete(QuarantinedBundle).where(QuarantinedBundle.sha256 == sha))
        record(s, "quarantine", sha, "dropped", "the quarantine was full; the oldest went")


class QuarantineService:
    def __init__(self, db: CoordinatorDb) -> None:
        self._db = db

    def list(self) -> list[QuarantineInfo]:
        with self._db.session() as s:
            rows = s.scalars(
                select(QuarantinedBundle).order_by(QuarantinedBundle.received_at.desc())
            )
            return [_info(r) for r in rows]

    def show(self, sha: str) -> QuarantineInfo:
        with self._db.session() as s:
            return _info(self._row(s, sha))

    def data(self, sha: str) -> bytes:
        """The bundle as it came (still encrypted), to look at or send to support."""
        with self._db.session() as s:
            return self._row(s, sha).data

    def delete(self, sha: str) -> QuarantineInfo:
        with self._db.session() as s:
            row = self._row(s, sha)
            info = _info(row)
            s.delete(row)
            record(s, "quarantine", row.sha256, "deleted", "by the coordinator")
        return info

    def delete_all(self) -> int:
        with self._db.session() as s:
            count = s.scalar(select(func.count()).select_from(QuarantinedBundle)) or 0
            s.execute(delete(QuarantinedBundle))
            record(
                s,
                "quarantine",
                "all",
                "deleted",
                f"{count} {'bundle' if count == 1 else 'bundles'}, by the coordinator",
            )
        return count

    @staticmethod
    def _row(s: Session, sha: str) -> QuarantinedBundle:
        """By its SHA-256 or the start of it (at least 8 hex digits, one bundle only)."""
        prefix = sha.strip().lower()
        if not (8 <= len(prefix) <= 64 and all(c in "0123456789abcdef" for c in prefix)):
            raise InvalidValue("bundle", _("give its SHA-256, or at least its first 8 hex digits"))
        rows = s.scalars(
            select(QuarantinedBundle).where(QuarantinedBundle.sha256.startswith(prefix)).limit(2)
        ).all()
        if len(rows) != 1:
            raise NotFound(
                _(
                    "No single quarantined bundle starts with {prefix}; `logbook coordinator "
                    "quarantine list` lists them."
                ).format(prefix=prefix)
                if rows == [] else _(
                                       "Several quarantined bundles start with {prefix}: give "
                                       "more."
                                   ).format(prefix=prefix)
            )  # fmt: skip
        return rows[0]
