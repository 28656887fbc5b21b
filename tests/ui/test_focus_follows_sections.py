"""After unlocking, the focus is in the logbook, not on the toolbar; a section chosen with its
Alt letter from the toolbar takes the focus into it, so the arrows work in its list."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from tests.conftest import Profiles
from tests.ui.conftest import wait_ops
from tests.ui.test_entry_editor import make_activate
from tests.ui.test_open_with import type_passphrase_and_unlock
from ui.main_window import MainWindow


def test_focus_goes_into_the_logbook_and_follows_the_section_chosen(
    qtbot: QtBot, window: MainWindow, profiles: Profiles
) -> None:
    make_activate(qtbot, window)
    work = type_passphrase_and_unlock(qtbot, window, profiles.passphrase)
    wait_ops(qtbot, window.ops)
    focus = QApplication.focusWidget()
    assert focus is not None and work.timeline.isAncestorOf(focus)
    assert not work.toolbar.isAncestorOf(focus)

    work.book.matches.add("M-0042", "Edith Harris", date(2026, 1, 1))
    work.changed()
    wait_ops(qtbot, window.ops)
    toolbar_button = work.toolbar.widgetForAction(work.new_visit)
    toolbar_button.setFocus()
    qtbot.keyClick(toolbar_button, Qt.Key.Key_M, Qt.KeyboardModifier.AltModifier)
    assert work.tabs.currentWidget() is work.matches
    focus = QApplication.focusWidget()
    assert focus is not None and work.matches.isAncestorOf(focus)
