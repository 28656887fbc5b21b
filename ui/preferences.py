"""UI preferences: a typed registry, stored with QSettings in the data folder. Never content."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings

from logbook.records import retention
from ui.i18n import QT_TRANSLATE_NOOP


@dataclass(frozen=True)
class Preference:
    key: str
    default: int
    low: int
    high: int
    label: str  # translated when shown

    def title(self) -> str:
        return QCoreApplication.translate("Preferences", self.label)


# QT_TRANSLATE_NOOP marks the labels for lupdate; title() translates them when shown.
IDLE_MINUTES = Preference(
    "lock/idle_minutes", 5, 1, 120,
    QT_TRANSLATE_NOOP("Preferences", "Lock after this many idle minutes"),
)  # fmt: skip
REMINDER_DAYS = Preference(
    "matches/reminder_days", 14, 3, 90,
    QT_TRANSLATE_NOOP("Preferences", "Remind me when there has been no contact for (days)"),
)  # fmt: skip
# Until the organisation's enrolment brings its own retention policy, the volunteer's choice.
RETENTION_MONTHS = Preference(
    "records/retention_months", retention.DEFAULT_MONTHS, retention.MIN_MONTHS,
    retention.MAX_MONTHS,
    QT_TRANSLATE_NOOP("Preferences", "Offer to erase matches ended more than (months) ago"),
)  # fmt: skip
# For shared laptops where the system's text size is out of reach; read before the unlock
# window is built, so it applies there too (ui/text_size.py).
TEXT_PERCENT = Preference(
    "display/text_percent", 100, 100, 200,
    QT_TRANSLATE_NOOP("Preferences", "Text size (%)"),
)  # fmt: skip
# The app's language on this laptop: a code from ui.i18n.LANGUAGES, or "" for the system's.
# Read when the app starts, before the unlock screen is built.
LANGUAGE_KEY = "display/language"
REGISTRY = (IDLE_MINUTES, REMINDER_DAYS, RETENTION_MONTHS, TEXT_PERCENT)
assert len({p.key for p in REGISTRY}) == len(REGISTRY), "duplicate preference key"


class Preferences:
    """Kept beside the profiles (so a USB stick or --data-dir carries them too)."""

    def __init__(self, data_dir: Path) -> None:
        self.store = QSettings(str(data_dir / "preferences.ini"), QSettings.Format.IniFormat)

    def get(self, preference: Preference) -> int:
        try:
            value = int(str(self.store.value(preference.key, preference.default)))
        except (TypeError, ValueError):
            return preference.default
        return min(preference.high, max(preference.low, value))

    def language(self) -> str:
        value = self.store.value(LANGUAGE_KEY, "")
        return value if isinstance(value, str) else ""

    def set_language(self, language: str) -> None:
        self.store.setValue(LANGUAGE_KEY, language)
        self.store.sync()

    def set(self, preference: Preference, value: int) -> None:
        self.store.setValue(preference.key, min(preference.high, max(preference.low, value)))
        self.store.sync()
