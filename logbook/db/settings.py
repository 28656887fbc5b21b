"""Typed access to the `setting` table (epoch, opt-ins): structured values, never content."""

from __future__ import annotations

import time

from sqlalchemy import update
from sqlalchemy.orm import Session

from logbook.db.models import SentWeek, Setting

EPOCH = "epoch"
SEQUENCE = "bundle_sequence"
# Set in an erasure's own transaction, cleared once compaction is done: a kill in between
# is finished at the next unlock, so erased words never stay in the search index.
COMPACTION_PENDING = "compaction_pending"


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
    set_setting(session, SEQUENCE, "0")
    # The coordinator may hold newer weeks than this restored copy knows it sent: every week
    # is sent again, and a week known as sent but now empty goes as an empty snapshot.
    session.execute(update(SentWeek).values(digest=""))
    return new


def starts_epoch(session: Session) -> bool:
    """True before the first bundle of this epoch is sealed."""
    return get_setting(session, SEQUENCE, "0") == "0"


def next_sequence(session: Session) -> int:
    """The next bundle number of this epoch (1, 2, ...), taken inside the caller's transaction."""
    value = int(get_setting(session, SEQUENCE, "0")) + 1
    set_setting(session, SEQUENCE, str(value))
    return value
