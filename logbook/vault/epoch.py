"""A profile's epoch and bundle counter: restoring a backup starts a new epoch."""

from __future__ import annotations

import time

from sqlalchemy import update
from sqlalchemy.orm import Session

from logbook.db.models import SentWeek
from logbook.db.settings import read_setting, write_setting
from logbook.profile_settings import BUNDLE_SEQUENCE, EPOCH


def epoch(session: Session) -> int:
    """Restoring a backup starts a new epoch, so a rewound bundle counter is never a replay."""
    return read_setting(session, EPOCH)


def start_new_epoch(session: Session) -> int:
    """Milliseconds since 1970, and always above the old epoch: restoring the same backup
    twice (onto two laptops, or twice on one) gives two different epochs, in order."""
    new = max(epoch(session) + 1, int(time.time() * 1000))
    write_setting(session, EPOCH, new)
    write_setting(session, BUNDLE_SEQUENCE, 0)
    # The coordinator may hold newer weeks than this restored copy knows it sent: every week
    # is sent again, and a week known as sent but now empty goes as an empty snapshot.
    session.execute(update(SentWeek).values(digest=""))
    return new


def starts_epoch(session: Session) -> bool:
    """True before the first bundle of this epoch is sealed."""
    return read_setting(session, BUNDLE_SEQUENCE) == 0


def next_sequence(session: Session) -> int:
    """The next bundle number of this epoch (1, 2, ...), taken inside the caller's transaction."""
    value = read_setting(session, BUNDLE_SEQUENCE) + 1
    write_setting(session, BUNDLE_SEQUENCE, value)
    return value
