"""The recovery key, shown once: copy, save to a file, and confirm it is kept safe."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from logbook.atomicfile import write_atomic
from ui.clipboard import copy_then_clear
from ui.screens.common import heading


class RecoveryKeyPage(QWidget):
    confirmed = Signal()

    def __init__(self) -> None:
        super().__init__()
        self._key = ""
        self.key_label = QLabel()
        self.key_label.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.key_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.key_label.setAccessibleName(self.tr("Recovery key"))
        self.key_label.setStyleSheet("font-size: 120%; padding: 8px;")
        self.copy_button = QPushButton(self.tr("&Copy"))
        self.copy_button.setAccessibleName(self.tr("Copy the recovery key"))
        self.save_button = QPushButton(self.tr("&Save to a file…"))
        self.save_button.setAccessibleName(self.tr("Save the recovery key to a file"))
        self.saved = QCheckBox(self.tr("I have written down or saved my recovery key"))
        self.saved.setAccessibleName(self.tr("Recovery key saved"))
        self.continue_button = QPushButton(self.tr("C&ontinue"))
        self.continue_button.setAccessibleName(self.tr("Continue"))
        self.continue_button.setEnabled(False)
        self.status = QLabel()
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
        layout.addWidget(self.key_label, alignment=Qt.AlignmentFlag.AlignHCenter)
        row = QHBoxLayout()
        row.addWidget(self.copy_button)
        row.addWidget(self.save_button)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addWidget(self.status)
        layout.addWidget(self.saved)
        layout.addWidget(self.continue_button, alignment=Qt.AlignmentFlag.AlignRight)

        self.copy_button.clicked.connect(self.copy)
        self.save_button.clicked.connect(self.ask_where_to_save)
        self.saved.toggled.connect(self.continue_button.setEnabled)
        self.continue_button.clicked.connect(self._continue)

    def show_key(self, key: str) -> None:
        self._key = key
        # Two lines of groups read more easily than one long line.
        groups = key.split("-")
        half = (len(groups) + 1) // 2
        self.key_label.setText("-".join(groups[:half]) + "-\n" + "-".join(groups[half:]))
        self.saved.setChecked(False)
        self.status.clear()

    def copy(self) -> None:
        copy_then_clear(self._key)
        self.status.setText(self.tr("Copied. The clipboard is cleared in 30 seconds."))

    def ask_where_to_save(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save recovery key"), "logbook-recovery-key.txt",
            self.tr("Text files (*.txt)"),
        )  # fmt: skip
        if path:
            self.save_to(Path(path))

    def save_to(self, path: Path) -> None:
        note = self.tr("Volunteer Logbook recovery key. Keep it safe and private.")
        try:
            write_atomic(path, f"{note}\n\n{self._key}\n".encode())
        except OSError as exc:
            self.status.setText(self.tr("Could not save: {0}").format(exc.strerror))
            return
        self.status.setText(self.tr("Saved to {0}.").format(path))

    def _continue(self) -> None:
        self._key = ""
        self.key_label.clear()
        self.confirmed.emit()
