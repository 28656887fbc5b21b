"""Timestamps: stored in UTC, with the UTC offset of the zone they were entered in."""

from __future__ import annotations

from datetime import UTC, datetime


def utc_now() -> datetime:
    """Naive UTC, as SQLite stores it; every stored datetime in the schema is UTC."""
    return datetime.now(UTC).replace(tzinfo=None)


def local_offset() -> str:
    """E.g. `+01:00`: enough to turn a stored UTC moment back into the local wall time."""
    raw = datetime.now().astimezone().strftime("%z") or "+0000"
    return f"{raw[:3]}:{raw[3:5]}"
