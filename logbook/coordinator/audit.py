"""The audit log: every import, approval, revocation and assignment, with its result."""

from __future__ import annotations

from sqlalchemy.orm import Session

from logbook.coordinator.schema import AuditEntry
from logbook.records.clock import utc_now


def record(session: Session, action: str, subject: str, result: str, detail: str = "") -> None:
    session.add(
        AuditEntry(
            at=utc_now(),
            action=action,
            subject=subject[:64],
            result=result,
            detail=detail[:300] or None,
        )
    )
