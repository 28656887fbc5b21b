"""The audit log: every import, approval, revocation and assignment, with its result."""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy.orm import Session

from logbook.coordinator.schema import AuditEntry


def record(session: Session, action: str, subject: str, result: str, detail: str = "") -> None:
    session.add(
        AuditEntry(
            at=datetime.now(UTC).replace(tzinfo=None),
            action=action,
            subject=subject[:64],
            result=result,
            detail=detail[:300] or None,
        )
    )
