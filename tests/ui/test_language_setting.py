"""The Language setting: chosen with the keyboard in Settings, kept per laptop, and counted
units in Settings follow their value ("1 month", "2 months")."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from tests.conftest import Profiles
from tests.ui.conftest import unlock
from ui.i18n import choose_language
from ui.main_window import MainWindow
from ui.preferences import Preferences


def test_choosing_cymraeg_is_kept_for_the_next_start(
    qtbot: QtBot, window: MainWindow, profiles: Profiles
) -> None:
    unlock(qtbot, window, profiles.passphrase)
    work = window.work
    assert work is not None
    work.tabs.setCurrentWidget(work.settings)
    combo = work.settings.language
    assert combo.currentText() == "The system's language"
    assert [combo.itemText(i) for i in range(combo.count())][1:] == ["English", "Cymraeg"]
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_End)  # the last choice: Cymraeg
    assert combo.currentText() == "Cymraeg"
    stored = Preferences(profiles.data_dir).language()
    assert stored == "cy"
    assert choose_language(stored) == "cy"  # what the next start installs
    qtbot.keyClick(combo, Qt.Key.Key_Home)
    assert Preferences(profiles.data_dir).language() == ""


def test_unknown_language_preference_falls_back_to_the_system() -> None:
    from PySide6.QtCore import QLocale

    assert choose_language("xx", QLocale("cy_GB")) == "cy"
    assert choose_language("", QLocale("fr_FR")) == "en"
    assert choose_language("", QLocale("cy_GB")) == "cy"
    assert choose_language("en", QLocale("cy_GB")) == "en"


def test_counted_units_follow_the_value(
    qtbot: QtBot, window: MainWindow, profiles: Profiles
) -> None:
    unlock(qtbot, window, profiles.passphrase)
    work = window.work
    assert work is not None
    work.tabs.setCurrentWidget(work.settings)
    retention = work.settings.retention
    retention.setFocus()
    qtbot.keyClick(retention, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(retention, "1")
    qtbot.keyClick(retention, Qt.Key.Key_Tab)
    assert retention.value() == 1 and retention.suffix() == " month"
    retention.setFocus()
    qtbot.keyClick(retention, Qt.Key.Key_Up)
    assert retention.suffix() == " months"
