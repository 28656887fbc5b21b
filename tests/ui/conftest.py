"""UI fixtures: a fresh profile per test (copied from the session template), real widgets."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QTranslator
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from tests.conftest import Profiles
from ui.i18n import ENGLISH, catalogue
from ui.main_window import MainWindow
from ui.operations import Operations


def wait_ops(qtbot: QtBot, ops: Operations) -> None:
    """Let the worker finish and the UI thread handle every result."""
    qtbot.waitUntil(lambda: not ops.busy, timeout=15_000)


@pytest.fixture
def window(qtbot: QtBot, profiles: Profiles) -> Iterator[MainWindow]:
    win = MainWindow(profiles.manager)
    win.show()
    qtbot.waitExposed(win)
    win.activateWindow()
    qtbot.waitActive(win)  # window shortcuts (Ctrl+L, Ctrl+Z) need the active window
    yield win
    win.close()  # locks, and waits for the worker
    win.deleteLater()


def unlock(qtbot: QtBot, win: MainWindow, passphrase: str) -> None:
    win.unlock_screen.passphrase.setText(passphrase)
    win.unlock_screen.unlock_button.click()
    qtbot.waitUntil(lambda: win.work is not None, timeout=15_000)
    wait_ops(qtbot, win.ops)


@pytest.fixture(scope="session", autouse=True)
def english_plural_forms(qapp: QApplication) -> Iterator[None]:
    """The English catalogue, as the app always installs it (ui/i18n.py): counted text reads
    "1 entry" / "2 entries" in tests as it does for people, not the "%n entry(s)" source."""
    translator = QTranslator(qapp)
    assert translator.load(catalogue(ENGLISH))
    qapp.installTranslator(translator)
    yield
    qapp.removeTranslator(translator)
