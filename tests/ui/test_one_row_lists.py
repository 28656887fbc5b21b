"""A list with one row can be chosen from the keyboard: Tab in, then an arrow chooses the
row the focus is on (before, the arrow had nowhere to move and nothing was ever chosen)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from tests.ui.test_concern_view import concerns  # noqa: F401
from tests.ui.test_free_text_dialogs import work  # noqa: F401
from ui.main_window import MainWindow
from ui.screens.workarea import WorkArea


def tab_into(qtbot: QtBot, target: object) -> None:
    """Press Tab until the focus is on the target, as a person would."""
    for _ in range(40):
        if QApplication.focusWidget() is target:
            return
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    raise AssertionError("Tab never reached the list")


@pytest.mark.parametrize("key", [Qt.Key.Key_Down, Qt.Key.Key_Up])
def test_the_only_concern_is_chosen_with_an_arrow(
    qtbot: QtBot,
    window: MainWindow,
    concerns: WorkArea,  # noqa: F811
    key: Qt.Key,
) -> None:
    screen = concerns.concerns
    assert screen.model.rowCount() == 1
    concerns.tabs.tabBar().setFocus()
    tab_into(qtbot, screen.view)
    assert screen.selected() is None and not screen.note_button.isEnabled()
    qtbot.keyClick(screen.view, key)
    assert screen.selected() is not None
    assert "She said nobody visits." in screen.detail.toPlainText()
    assert screen.note_button.isEnabled()
