"""Free text read from a plain-text box exactly as typed."""

from __future__ import annotations

from PySide6.QtWidgets import QPlainTextEdit


def plain_text(box: QPlainTextEdit) -> str:
    """What was typed, character for character: the raw text keeps no-break spaces (which
    `toPlainText` turns into spaces); Qt's paragraph and line separators become `\\n`."""
    return box.document().toRawText().replace("\u2029", "\n").replace("\u2028", "\n")
