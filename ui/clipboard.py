"""Copy to the clipboard, and clear it after 30 s if it still holds what we put there."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtGui import QGuiApplication

CLEAR_AFTER_MS = 30_000


def copy_then_clear(text: str, after_ms: int = CLEAR_AFTER_MS) -> None:
    clipboard = QGuiApplication.clipboard()
    clipboard.setText(text)

    def clear() -> None:
        # Only if unchanged: never wipe something the user copied since.
        if clipboard.text() == text:
            clipboard.clear()

    QTimer.singleShot(after_ms, clear)
