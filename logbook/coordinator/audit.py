"""The audit log: every import, approval, revocation and assignment, with its result."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import insert
from sqlalchemy.orm import Session

from logbook.coordinator.schema import AuditEntry
from logbook.records.clock import utc_now


def entry(action: str, subject: str, result: str, detail: str = "") -> dict[str, Any]:
    """One line of the log, as the values of its row."""
    return {"at": utc_now(), "action": action, "subject": subject[:64], "result": result,
            "detail": detail[:300] or None}  # fmt: skip


def record(session: Session, action: str, subject: str, result: str, detail: str = "") -> None:
    record_all(session, [entry(action, subject, result, detail)])


def record_all(session: Session, entries: Sequence[dict[str, Any]]) -> None:
    """Lines of the log in one INSERT, in the caller's transaction: an import writes one a
    bundle, and the ORM's unit of work (or a statement each) costs more than the rows."""
    if entries:
        session.execute(_INSERT, list(entries))


_INSERT = insert(AuditEntry.core_table())
