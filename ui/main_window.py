"""The main window: for now a plain window that names the app and the data folder."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QMainWindow


class MainWindow(QMainWindow):
    def __init__(self, data_dir: Path) -> None:
        super().__init__()
        self.setWindowTitle(self.tr("Volunteer Logbook"))
        label = QLabel(
            self.tr("Volunteer Logbook\n\nYour profiles are kept in:\n{0}").format(data_dir)
        )
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        label.setAccessibleName(self.tr("Welcome"))
        self.setCentralWidget(label)
        self.resize(640, 420)
