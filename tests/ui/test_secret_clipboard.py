"""A copied recovery key is marked as a secret for clipboard managers (x-kde-passwordManagerHint).

In the app (a click on the key page's Copy button), and on a real X server, where another
process (as a clipboard manager would) sees the hint among the offered types.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from logbook.vault.profiles import ProfileManager
from ui.clipboard import SENSITIVE_HINT
from ui.main_window import MainWindow

STRONG = "tulip kettle harbour ninety"


def test_the_recovery_key_is_copied_with_the_secret_hint(qtbot: QtBot, tmp_path: Path) -> None:
    win = MainWindow(ProfileManager(tmp_path))
    win.show()
    try:
        screen = win.create_screen
        screen.name.setText("Alex")
        screen.passphrase.first.setText(STRONG)
        screen.passphrase.second.setText(STRONG)
        screen.create_button.click()
        qtbot.waitUntil(lambda: screen.pages.currentIndex() == 1, timeout=15_000)
        page = screen.key_page
        qtbot.mouseClick(page.copy_button, Qt.MouseButton.LeftButton)
        data = QApplication.clipboard().mimeData()
        assert data is not None
        assert data.text() == page._key
        assert bytes(data.data(SENSITIVE_HINT).data()) == b"secret"
    finally:
        QApplication.clipboard().clear()
        win.close()


OWNER = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from ui.clipboard import copy_then_clear
app = QApplication(sys.argv[:1])
copy_then_clear("ABCD-EFGH-IJKL")
print("copied", flush=True)
QTimer.singleShot(20_000, app.quit)
app.exec()
"""
READER = """
import sys
from PySide6.QtGui import QGuiApplication
app = QGuiApplication(sys.argv[:1])
data = app.clipboard().mimeData()
print(sorted(data.formats()))
print(bytes(data.data("x-kde-passwordManagerHint").data()).decode())
"""
BOTH = """
"$PY" -c "$OWNER" > owner.out &
for _ in $(seq 1 300); do grep -q copied owner.out 2> /dev/null && break; sleep 0.1; done
"$PY" -c "$READER"
kill %1
"""


@pytest.mark.skipif(shutil.which("xvfb-run") is None, reason="needs Xvfb (dev.py installs it)")
def test_another_program_on_x11_sees_the_hint(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k != "QT_QPA_PLATFORM"}
    env.update(PY=sys.executable, OWNER=OWNER, READER=READER)
    done = subprocess.run(
        ["xvfb-run", "-a", "bash", "-c", BOTH], env=env, cwd=tmp_path, capture_output=True,
        text=True, timeout=90, check=False,
    )  # fmt: skip
    lines = done.stdout.strip().splitlines()
    assert len(lines) >= 2, done.stderr
    assert SENSITIVE_HINT in lines[-2] and "text/plain" in lines[-2]
    assert lines[-1] == "secret"
