"""A new passphrase: typed twice, with live strength feedback and the app's minimum."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QProgressBar, QWidget

from logbook.vault.strength import MINIMUM_SCORE, estimate


class NewPassphrase(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.first = QLineEdit(echoMode=QLineEdit.EchoMode.Password)
        self.first.setAccessibleName(self.tr("New passphrase"))
        self.second = QLineEdit(echoMode=QLineEdit.EchoMode.Password)
        self.second.setAccessibleName(self.tr("Repeat the passphrase"))
        self.meter = QProgressBar(minimum=0, maximum=4, textVisible=False)
        self.meter.setAccessibleName(self.tr("Passphrase strength"))
        self.meter.setMaximumHeight(8)
        self.feedback = QLabel(wordWrap=True)
        self.feedback.setAccessibleName(self.tr("Passphrase advice"))
        self.hints: tuple[str, ...] = ()
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.tr("&Passphrase:"), self.first)
        form.addRow(self.tr("&Repeat:"), self.second)
        form.addRow(self.tr("Strength:"), self.meter)
        form.addRow("", self.feedback)
        self.first.textChanged.connect(self._update)
        self.second.textChanged.connect(self._update)
        self._update()

    def _update(self) -> None:
        strength = estimate(self.first.text(), self.hints)
        self.meter.setValue(strength.score if self.first.text() else 0)
        words = [
            self.tr("Too easy to guess."),
            self.tr("Too easy to guess."),
            self.tr("Still fairly easy to guess."),
            self.tr("Good."),
            self.tr("Strong."),
        ]
        if not self.first.text():
            text = self.tr("Use four or more unrelated words, or a long sentence only you know.")
        else:
            text = words[strength.score]
            if not strength.acceptable:
                text += " " + self.tr("Add more words to reach “Good”.")
            if self.second.text() and self.second.text() != self.first.text():
                text += " " + self.tr("The two entries differ.")
        self.feedback.setText(text)
        self.changed.emit()

    @property
    def acceptable(self) -> bool:
        text = self.first.text()
        return (
            text == self.second.text()
            and estimate(text, self.hints).score >= MINIMUM_SCORE
            and len(text) >= 8
        )

    def passphrase(self) -> str:
        return self.first.text()

    def clear(self) -> None:
        self.first.clear()
        self.second.clear()
