"""Reading and writing the `setting` table by the typed keys of `logbook.profile_settings`."""

from __future__ import annotations

from typing import TypeVar

from sqlalchemy.orm import Session

from logbook.db.models import Setting
from logbook.profile_settings import SETTINGS, ProfileSetting

T = TypeVar("T")


def read_setting(session: Session, setting: ProfileSetting[T]) -> T:
    row = session.get(Setting, _registered(setting).key)
    return setting.decode(None if row is None else row.value)


def write_setting(session: Session, setting: ProfileSetting[T], value: T) -> None:
    set_setting(session, _registered(setting).key, setting.encode(value))


def _registered(setting: ProfileSetting[T]) -> ProfileSetting[T]:
    # Only keys of the one registry reach the table, so a reader finds every key there.
    if SETTINGS.get(setting.key) is not setting:
        raise KeyError(f"{setting.key!r} is not a registered profile setting")
    return setting


def get_setting(session: Session, key: str, default: str) -> str:
    """The stored text itself, for migrations and tests; code reads `read_setting`."""
    row = session.get(Setting, key)
    return default if row is None else row.value


def set_setting(session: Session, key: str, value: str) -> None:
    row = session.get(Setting, key)
    if row is None:
        session.add(Setting(key=key, value=value))
    else:
        row.value = value
