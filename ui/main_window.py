"""The main window: for now a welcome page naming the app and the data folder."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QMainWindow, QVBoxLayout, QWidget


class MainWindow(QMainWindow):
    def __init__(self, data_dir: Path) -> None:
        super().__init__()
        self.setWindowTitle(self.tr("Volunteer Logbook"))
        title = QLabel(self.tr("Volunteer Logbook"))
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 2)
        font.setBold(True)
        title.setFont(font)
        intro = QLabel(
            self.tr(
                "A private, encrypted logbook of your visits, conversations and reflections.\n"
                "The full desktop app is on its way; until then, use the logbook command."
            )
        )
        folder = QLabel(self.tr("Your profiles are kept in: {0}").format(data_dir))
        folder.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        for label, name in (
            (title, self.tr("App name")),
            (intro, self.tr("About this app")),
            (folder, self.tr("Data folder")),
        ):
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            label.setWordWrap(True)
            label.setAccessibleName(name)
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addStretch(1)
        layout.addWidget(title)
        layout.addSpacing(12)
        layout.addWidget(intro)
        layout.addSpacing(24)
        layout.addWidget(folder)
        layout.addStretch(1)
        self.setCentralWidget(page)
        self.resize(720, 460)
