"""Every key of a profile's `setting` table in one place, with its type, default and class."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import Any, Generic, TypeVar

from logbook.i18n import N_

T = TypeVar("T")


class Content(StrEnum):
    """What a stored value is, for privacy: the `setting` table never holds free text."""

    STRUCTURED = "structured"  # flags, counters, paths the volunteer chose
    SECRET = "secret"  # noqa: S105 - a class of setting (a URL with its password), not one


@dataclass(frozen=True)
class ProfileSetting(Generic[T]):
    """One key: how its text in the table reads as a value, and back. The encodings are the
    ones profiles already hold, so existing profiles' settings keep working."""

    key: str
    default: T
    content: Content
    label: str  # marked with N_(); translated where it is shown
    parse: Callable[[str], T]
    format: Callable[[T], str]

    def decode(self, stored: str | None) -> T:
        return self.default if stored is None else self.parse(stored)

    def encode(self, value: T) -> str:
        return self.format(value)


SETTINGS: dict[str, ProfileSetting[Any]] = {}


def register(setting: ProfileSetting[T]) -> ProfileSetting[T]:
    if setting.key in SETTINGS:
        raise ValueError(f"profile setting {setting.key!r} is registered twice")
    SETTINGS[setting.key] = setting
    return setting


def flag(key: str, label: str, default: bool = False) -> ProfileSetting[bool]:
    """Stored as "1" or "0"."""
    return register(
        ProfileSetting(
            key,
            default,
            Content.STRUCTURED,
            label,
            lambda v: v == "1",
            lambda on: "1" if on else "0",
        )
    )


def choice(key: str, label: str) -> ProfileSetting[bool | None]:
    """A yes or no not asked yet: stored as "" (not yet), "1" or "0"."""
    return register(
        ProfileSetting[bool | None](
            key,
            None,
            Content.STRUCTURED,
            label,
            lambda v: None if v == "" else v == "1",
            lambda on: "" if on is None else "1" if on else "0",
        )
    )


def number(key: str, label: str, default: int) -> ProfileSetting[int]:
    return register(ProfileSetting(key, default, Content.STRUCTURED, label, int, str))


def text(key: str, label: str, content: Content = Content.STRUCTURED) -> ProfileSetting[str | None]:
    """Stored as "" when unset."""
    return register(
        ProfileSetting[str | None](
            key, None, content, label, lambda v: v or None, lambda v: v or ""
        )
    )


def folder(key: str, label: str) -> ProfileSetting[Path | None]:
    """Stored as "" when unset."""
    return register(
        ProfileSetting[Path | None](
            key,
            None,
            Content.STRUCTURED,
            label,
            lambda v: Path(v) if v else None,
            lambda p: "" if p is None else str(p),
        )
    )


# -- every profile ---------------------------------------------------------------------------
# Set in an erasure's own transaction, cleared once compaction is done: a kill in between
# is finished at the next unlock, so erased words never stay in the search index.
COMPACTION_PENDING = flag("compaction_pending", N_("Compaction after an erasure pending"))
# In the database: its vault.json has been sealed (an unsealed one is then refused).
VAULT_SEALED = flag("vault_sealed", N_("vault.json sealed"))
# Restoring a backup starts a new epoch, so a rewound bundle counter is never a replay.
EPOCH = number("epoch", N_("Epoch"), 1)
BUNDLE_SEQUENCE = number("bundle_sequence", N_("Last bundle number in this epoch"), 0)

# -- a volunteer's sharing -------------------------------------------------------------------
SHARE_WELLBEING = flag("share_wellbeing", N_("Share my own wellbeing"))
# Off until the volunteer has sent once by hand, having seen what goes (then on, by choice).
AUTO_SEND = choice("auto_send", N_("Send changes automatically"))
SYNC_FOLDER = folder("sync_folder", N_("Shared folder"))
NOTICES_SEEN = number("mailbox_notices_seen", N_("Last mailbox notice read"), 0)
LAST_RECEIPT = text("last_receipt", N_("What the coordinator last said"))  # a signed receipt
# The newest verified assignment list for this device, as JSON (encrypted with the rest).
ASSIGNED = text("assigned_codes", N_("The match codes assigned to this laptop"))

# -- a coordinator's -------------------------------------------------------------------------
COORDINATOR_DB_URL = text(
    "coordinator_db_url", N_("Coordinator database (PostgreSQL URL)"), Content.SECRET
)
WATCH_FOLDER = folder("coordinator.watch_folder", N_("Folder watched for bundles"))
# As `coordinator.dashboard.NO_CONTACT_WEEKS` (a test keeps the two equal).
NO_CONTACT_WEEKS = number("coordinator.no_contact_weeks", N_("Weeks without contact"), 3)
