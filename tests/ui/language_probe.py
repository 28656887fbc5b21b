"""Starts the app as `logbook` does (ui.app.run) and reports what the unlock screen says.

Run in a fresh process, because the language is chosen from the environment (LANGUAGE, LANG)
and the laptop's preference when the app starts:

    LANGUAGE=cy LANG=cy_GB.UTF-8 python -m tests.ui.language_probe DATA_DIR
        # prints JSON: the window's visible texts, and the message shown after a failed unlock

The profile named "Damaged" in DATA_DIR (made by the test) has a vault file that is not JSON,
so unlocking it fails in the core; the core's message is what the person then reads.
"""

from __future__ import annotations

import json
import os
import sys


def main(data_dir: str) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QLocale, Qt, QTimer
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QAbstractButton, QApplication, QDialogButtonBox, QLabel

    from ui.app import run
    from ui.main_window import MainWindow

    app = QApplication(sys.argv[:1])
    found: dict[str, object] = {}
    waited = 0

    def window() -> MainWindow:
        return next(w for w in app.topLevelWidgets() if isinstance(w, MainWindow))

    def visible_texts() -> list[str]:
        texts = [window().windowTitle()]
        for widget in window().findChildren(QAbstractButton) + window().findChildren(QLabel):
            if widget.isVisible() and widget.text():
                texts.append(widget.text())
        return texts

    def started() -> None:
        found["texts"] = visible_texts()
        found["locale"] = QLocale().name()
        screen = window().unlock_screen
        screen.profile.setCurrentText("Damaged")
        QTest.keyClicks(screen.passphrase, "any passphrase at all")
        QTest.mouseClick(screen.unlock_button, Qt.MouseButton.LeftButton)
        QTimer.singleShot(50, answered)

    def answered() -> None:
        nonlocal waited
        screen = window().unlock_screen
        waited += 50
        if not screen.error.isVisible() and waited < 20_000:
            QTimer.singleShot(50, answered)
            return
        found["error"] = screen.error.text() if screen.error.isVisible() else None
        # Qt's standard buttons, as every QMessageBox and QDialogButtonBox makes them.
        box = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
            | QDialogButtonBox.StandardButton.Yes | QDialogButtonBox.StandardButton.No
            | QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Discard
            | QDialogButtonBox.StandardButton.Close
        )  # fmt: skip
        found["buttons"] = sorted(b.text() for b in box.buttons())
        window().close()
        app.quit()

    QTimer.singleShot(0, started)  # runs once run() has built the window and entered exec()
    code = run(data_dir)
    print(json.dumps(found, ensure_ascii=False))
    return code


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1]))
