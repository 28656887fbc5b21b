"""The recovery key, shown once: large, in a grid of groups that never break across lines;
copy, print, save to a file named for the profile and the day, and confirm it is kept safe."""

from __future__ import annotations

import html
from datetime import date
from pathlib import Path
from typing import cast

from PySide6.QtCore import QDate, QLocale, Qt, Signal
from PySide6.QtGui import QFont, QFontDatabase, QShowEvent, QTextDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from logbook.atomicfile import write_atomic
from ui.clipboard import copy_then_clear
from ui.screens.common import heading
from ui.widgets.save_place import name_part, suggested

COLUMNS = 5  # groups per row: 13 groups read as 5, 5 and 3
SCALE = 1.6  # the key's size against the body text: read aloud and copied by hand


def file_name(profile: str, day: date) -> str:
    """E.g. "logbook-recovery-key-Sam-2026-12-02.txt": whose key, and from when (a newer key
    replaces it after a recovery)."""
    return f"logbook-recovery-key-{name_part(profile, 'profile')}-{day.isoformat()}.txt"


class RecoveryKeyPage(QWidget):
    confirmed = Signal()

    def __init__(self) -> None:
        super().__init__()
        self._key = ""
        self._profile = ""
        self._made_on = date.today()
        # One label per group in a grid: a group can never be split across two lines.
        self.key_grid = QWidget()
        self.key_grid.setAccessibleName(self.tr("Recovery key"))
        self.key_grid.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.grid = QGridLayout(self.key_grid)
        self.grid.setHorizontalSpacing(self.fontMetrics().averageCharWidth() * 3)
        self.copy_button = QPushButton(self.tr("&Copy"))
        self.copy_button.setAccessibleName(self.tr("Copy the recovery key"))
        self.print_button = QPushButton(self.tr("&Print…"))
        self.print_button.setAccessibleName(self.tr("Print the recovery key"))
        self.save_button = QPushButton(self.tr("&Save to a file…"))
        self.save_button.setAccessibleName(self.tr("Save the recovery key to a file"))
        self.saved = QCheckBox(self.tr("I &have written down or saved my recovery key"))
        self.saved.setAccessibleName(self.tr("Recovery key saved"))
        self.continue_button = QPushButton(self.tr("C&ontinue"))
        self.continue_button.setAccessibleName(self.tr("Continue"))
        self.continue_button.setEnabled(False)
        self.continue_button.setDefault(True)  # Return presses it, as on the other pages
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setAccessibleName(self.tr("Status"))

        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Your recovery key")))
        text = QLabel(
            self.tr(
                "This key is shown only once. If you forget your passphrase, it is the only "
                "way back into your logbook: nobody else, not even your organisation, can "
                "open it. Write it down or save it somewhere safe, away from this laptop."
            )
        )
        text.setWordWrap(True)
        layout.addWidget(text)
        layout.addWidget(self.key_grid, alignment=Qt.AlignmentFlag.AlignHCenter)
        row = QHBoxLayout()
        row.addWidget(self.copy_button)
        row.addWidget(self.print_button)
        row.addWidget(self.save_button)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addWidget(self.status)
        layout.addWidget(self.saved)
        layout.addWidget(self.continue_button, alignment=Qt.AlignmentFlag.AlignRight)

        self.copy_button.clicked.connect(self.copy)
        self.print_button.clicked.connect(self.ask_print)
        self.save_button.clicked.connect(self.ask_where_to_save)
        self.saved.toggled.connect(self.continue_button.setEnabled)
        self.continue_button.clicked.connect(self._continue)

    def show_key(self, key: str, profile: str = "") -> None:
        self._key, self._profile, self._made_on = key, profile, date.today()
        self._clear_grid()
        for number, group in enumerate(key.split("-")):
            label = QLabel(group)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            label.setAccessibleName(self.tr("Group {0}").format(number + 1))
            self.grid.addWidget(label, number // COLUMNS, number % COLUMNS)
        self._size_key()
        # Read by a screen reader as one key, group by group.
        self.key_grid.setAccessibleDescription(" ".join(key.split("-")))
        self.saved.setChecked(False)
        self.status.clear()

    def _size_key(self) -> None:
        """The page's own font, monospace and larger, so the key follows the text size; set
        again once shown, when the screen's font resolution is known."""
        font = QFont(self.font())
        font.setFamilies(
            [
                "DejaVu Sans Mono",
                QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont).family(),
            ]
        )
        font.setStyleHint(QFont.StyleHint.Monospace)
        font.setPointSizeF(self.font().pointSizeF() * SCALE)
        font.setBold(True)
        for label in self.key_grid.findChildren(QLabel):
            label.setFont(font)
        # A font change inside the grid does not reach the page's layout by itself: without
        # this the rows keep the height of the smaller font and the groups are cut.
        self.grid.invalidate()
        self.key_grid.setMinimumSize(self.grid.sizeHint())
        widget: QWidget | None = self.key_grid
        while widget is not None:
            layout = widget.layout()
            if layout is not None:
                layout.invalidate()
            widget = widget.parentWidget()
        top = self.window().layout()
        if top is not None:
            top.activate()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._size_key()

    def groups(self) -> list[list[str]]:
        """The key as shown: the groups of each row, in order."""
        rows: dict[int, list[str]] = {}
        for i in range(self.grid.count()):
            item = self.grid.itemAt(i)
            label = item.widget() if item is not None else None
            if isinstance(label, QLabel):
                position = cast(tuple[int, int, int, int], self.grid.getItemPosition(i))
                row = position[0]
                rows.setdefault(row, []).append(label.text())
        return [rows[r] for r in sorted(rows)]

    def _clear_grid(self) -> None:
        while self.grid.count():
            item = self.grid.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.hide()  # gone from the screen at once, not at the next event loop
                widget.deleteLater()

    def copy(self) -> None:
        copy_then_clear(self._key)
        self.status.setText(self.tr("Copied. The clipboard is cleared in 30 seconds."))

    def _made_on_text(self) -> str:
        return QLocale().toString(QDate(self._made_on), "d MMMM yyyy")

    def _heading(self) -> str:
        if self._profile:
            return self.tr(
                "Volunteer Logbook recovery key for the profile {0}, made on {1}."
            ).format(self._profile, self._made_on_text())
        return self.tr("Volunteer Logbook recovery key, made on {0}.").format(self._made_on_text())

    def ask_print(self) -> QPrintDialog:
        """The system's print dialog (opened, not exec()'d: a lock must not wait on it)."""
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(self.tr("Print recovery key"))
        dialog.accepted.connect(lambda: self.print_to(printer))
        QDialog.open(dialog)  # QPrintDialog's own open() wants a receiver and a slot
        return dialog

    def print_to(self, printer: QPrinter) -> None:
        rows = "".join(
            "<tr>" + "".join(f"<td>{html.escape(g)}</td>" for g in row) + "</tr>"
            for row in self.groups()
        )
        note = self.tr("Keep it safe and private, away from the laptop.")
        document = QTextDocument()
        document.setHtml(
            f"<p>{html.escape(self._heading())}</p>"
            f"<table cellpadding=12 style='font-family: monospace; font-size: 22pt; "
            f"font-weight: bold'>{rows}</table><p>{html.escape(note)}</p>"
        )
        document.print_(printer)
        self.status.setText(self.tr("Sent to the printer."))

    def ask_where_to_save(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save recovery key"), suggested(file_name(self._profile, self._made_on)),
            self.tr("Text files (*.txt)"),
        )  # fmt: skip
        if path:
            self.save_to(Path(path))

    def save_to(self, path: Path) -> None:
        note = self.tr("Keep it safe and private.")
        try:
            write_atomic(path, f"{self._heading()} {note}\n\n{self._key}\n".encode())
        except OSError as exc:
            self.status.setText(self.tr("Could not save: {0}").format(exc.strerror))
            return
        self.status.setText(self.tr("Saved to {0}.").format(path))

    def _continue(self) -> None:
        self._key = ""
        self._clear_grid()
        self.key_grid.setAccessibleDescription("")
        self.confirmed.emit()
