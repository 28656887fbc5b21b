"""The list of keyboard shortcuts (F1 from anywhere, or from Settings)."""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from ui.screens.common import fit_to_screen, scrolling
from ui.shortcuts import REGISTRY


class ShortcutsDialog(QDialog):
    _shown: ShortcutsDialog | None = None

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("shortcuts")
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        rows = QWidget()
        form = QFormLayout(rows)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.rows: list[tuple[str, str]] = []
        for shortcut in REGISTRY:
            keys = QLabel(f"<b>{shortcut.shown_keys()}</b>")
            keys.setTextFormat(Qt.TextFormat.RichText)
            what = QLabel(shortcut.title())
            what.setWordWrap(True)
            # Read as one line by a screen reader: "Ctrl+L: Lock now, from anywhere…".
            what.setAccessibleName(f"{shortcut.shown_keys()}: {shortcut.title()}")
            form.addRow(keys, what)
            self.rows.append((shortcut.shown_keys(), shortcut.title()))
        scroll = scrolling(rows)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close = self.buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setAccessibleName(self.tr("Close"))
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.buttons)
        char, line = self.fontMetrics().averageCharWidth(), self.fontMetrics().height()
        self.resize(char * 80, line * 2 * len(REGISTRY) // 1 + line * 4)
        close.setFocus()

    @classmethod
    def show_over(cls, parent: QWidget) -> ShortcutsDialog:
        """One list at a time, brought to the front if it is already open."""
        dialog = cls._shown
        if dialog is None or not shiboken6.isValid(dialog):
            dialog = cls(parent)
            cls._shown = dialog
        fit_to_screen(dialog)
        dialog.show()
        dialog.raise_()
        dialog.activateWindow()
        return dialog
