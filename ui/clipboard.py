"""Text copied from the app is cleared from the clipboard after 30 s, if it is still there."""

from __future__ import annotations

from PySide6.QtCore import QMimeData, QObject, QTimer
from PySide6.QtGui import QClipboard, QGuiApplication

CLEAR_AFTER_MS = 30_000
# KDE's Klipper and other clipboard managers keep no history of data offered with this type
# (KeePassXC marks passwords the same way); the value says why.
SENSITIVE_HINT = "x-kde-passwordManagerHint"


def secret_mime_data(text: str) -> QMimeData:
    """`text` as plain text, marked as a secret for clipboard managers."""
    data = QMimeData()
    data.setText(text)
    data.setData(SENSITIVE_HINT, b"secret")
    return data


def copy_then_clear(text: str, after_ms: int = CLEAR_AFTER_MS) -> None:
    """Copy a secret (a recovery key), marked as such, and clear it later if unchanged."""
    clipboard = QGuiApplication.clipboard()
    clipboard.setMimeData(secret_mime_data(text))

    def clear() -> None:
        # Only if unchanged: never wipe something the user copied since.
        if clipboard.text() == text:
            clipboard.clear()

    QTimer.singleShot(after_ms, clear)


class ClipboardGuard(QObject):
    """Whatever our widgets put on the clipboard (Ctrl+C in a note, say) is cleared later.

    Only what this app owns is touched, and only if it is unchanged when the time comes.
    """

    def __init__(self, parent: QObject | None = None, after_ms: int = CLEAR_AFTER_MS) -> None:
        super().__init__(parent)
        self.after_ms = after_ms
        self.clipboard = QGuiApplication.clipboard()
        self.clipboard.dataChanged.connect(self._changed)

    def _changed(self) -> None:
        if not self.clipboard.ownsClipboard():
            return  # someone else's copy: never ours to clear
        text = self.clipboard.text()
        clipboard: QClipboard = self.clipboard

        def clear() -> None:
            if clipboard.ownsClipboard() and clipboard.text() == text:
                clipboard.clear()

        QTimer.singleShot(self.after_ms, self, clear)
