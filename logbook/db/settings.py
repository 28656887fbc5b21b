"""Typed access to the `setting` table (epoch, opt-ins): structured values, never content."""

from __future__ import annotations

import time

from sqlalchemy.orm import Session

from logbook.db.models import Setting

EPOCH = "epoch"


def get_setting(session: Session, key: str, default: str) -> str:
    row = session.get(Setting, key)
    return default if row is None else row.value


def set_setting(session: Session, key: str, value: str) -> None:
    row = session.get(Setting, key)
    if row is None:
        session.add(Setting(key=key, value=value))
    else:
        row.value = value


def epoch(session: Session) -> int:
    """Restoring a backup starts a new epoch, so a rewound bundle counter is never a replay."""
    return int(get_setting(session, EPOCH, "1"))


def start_new_epoch(session: Session) -> int:
    """Milliseconds since 1970, and always above the old epoch: restoring the same backup
    twice (onto two laptops, or twice on one) gives two different epochs, in order."""
    new = max(epoch(session) + 1, int(time.time() * 1000))
    set_setting(session, EPOCH, str(new))
    return new
