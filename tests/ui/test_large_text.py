"""200 % text on a 1366×768 laptop: every window and dialog fits, and the app's own text-size
setting reaches the unlock screen after a restart."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from tests.conftest import Profiles
from tests.ui.conftest import unlock
from ui.main_window import MainWindow
from ui.text_size import apply_text_size

ROOT = Path(__file__).resolve().parents[2]


def probe(font_dpi: int) -> list[str]:
    """QT_FONT_DPI must be set before Qt starts, so the layout is checked in a new process."""
    env = dict(os.environ, QT_FONT_DPI=str(font_dpi))
    done = subprocess.run(
        [sys.executable, "-m", "tests.ui.fit_probe"], cwd=ROOT, env=env,
        capture_output=True, text=True, timeout=300, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr[-3000:]
    problems: list[str] = json.loads(done.stdout[done.stdout.index("[") :])
    return problems


def test_every_window_and_dialog_fits_a_1366x768_laptop_at_200_percent_text() -> None:
    assert probe(192) == []


def test_the_text_size_setting_reaches_the_unlock_screen_after_a_restart(
    qtbot: QtBot, profiles: Profiles
) -> None:
    first = MainWindow(profiles.manager)
    first.show()
    try:
        before = first.unlock_screen.passphrase.font().pointSizeF()
        button_before = first.unlock_screen.unlock_button.sizeHint().height()
        unlock(qtbot, first, profiles.passphrase)
        work = first.work
        assert work is not None
        work.tabs.setCurrentWidget(work.settings)
        size = work.settings.text_size
        size.setFocus()
        qtbot.keyClick(size, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        qtbot.keyClicks(size, "150")
        qtbot.keyClick(size, Qt.Key.Key_Tab)
        assert size.value() == 150
        first.close()

        # The app starts again on this laptop: the unlock screen is built at 150 %.
        again = MainWindow(profiles.manager)
        again.show()
        screen = again.unlock_screen
        assert screen.passphrase.font().pointSizeF() == before * 1.5
        assert screen.unlock_button.sizeHint().height() > button_before
        again.close()
    finally:
        apply_text_size(100)  # the next test's windows start from the system's size
        assert QApplication.font().pointSizeF() == before
