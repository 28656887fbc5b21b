"""Which weeks changed since they were last sealed: a digest of each week's snapshot.

Comparing snapshots rather than logging edits catches every kind of change in one place:
edits, deletions, erasure of a match, a renamed match code, a new tag list or policy.
A week that has become empty is sent as an empty snapshot, so the deletion propagates.
"""

from __future__ import annotations

import hashlib

from sqlalchemy import delete, insert, select
from sqlalchemy.orm import Session

from logbook.db.models import SentWeek
from logbook.summary.schema import WeekSnapshot


def snapshot_json(snapshot: WeekSnapshot) -> str:
    return snapshot.model_dump_json(exclude_none=True)


def digest(snapshot: WeekSnapshot) -> str:
    return hashlib.sha256(snapshot_json(snapshot).encode()).hexdigest()


def empty(week: str) -> WeekSnapshot:
    return WeekSnapshot(week=week, matches=[])


def changed_weeks(session: Session, current: dict[str, WeekSnapshot]) -> list[WeekSnapshot]:
    """Snapshots that differ from what was last sealed, oldest week first."""
    sent = dict(session.execute(select(SentWeek.week, SentWeek.digest)).all())
    changed = []
    for week in sorted(set(current) | set(sent)):
        snapshot = current.get(week) or empty(week)
        if digest(snapshot) != sent.get(week, digest(empty(week))):
            changed.append(snapshot)
    return changed


def mark_sealed(session: Session, snapshots: list[WeekSnapshot]) -> None:
    """Record what was sealed, inside the same transaction that puts it in the outbox."""
    weeks = [snapshot.week for snapshot in snapshots]
    for start in range(0, len(weeks), 500):  # SQLite's limit on bound parameters
        session.execute(delete(SentWeek).where(SentWeek.week.in_(weeks[start : start + 500])))
    rows = [
        {"week": snapshot.week, "digest": digest(snapshot)}
        for snapshot in snapshots
        if snapshot.matches or snapshot.own_wellbeing is not None
    ]
    if rows:
        session.execute(insert(SentWeek), rows)
