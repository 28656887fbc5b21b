"""Forgotten passphrase: the recovery key sets a new one, and a new key is issued."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from logbook.errors import BadSecret, LogbookError
from logbook.vault.profiles import ProfileManager, UnlockedProfile
from ui.operations import Operations
from ui.screens.common import error_label, heading
from ui.screens.passphrase_page import build_pages
from ui.widgets.passphrase import NewPassphrase


class RecoverScreen(QWidget):
    recovered = Signal(object)  # UnlockedProfile
    cancelled = Signal()

    def __init__(self, manager: ProfileManager, ops: Operations) -> None:
        super().__init__()
        self.manager, self.ops = manager, ops
        self._profile: UnlockedProfile | None = None
        self._name = ""
        self.title = heading(self.tr("Forgotten passphrase"))
        self.key = QLineEdit()
        self.key.setAccessibleName(self.tr("Recovery key"))
        self.key.setPlaceholderText("ABCD-EFGH-…")
        self.passphrase = NewPassphrase()
        self.error = error_label()
        self.status = QLabel()
        self.status.setAccessibleName(self.tr("Status"))
        self.recover_button = QPushButton(self.tr("&Set new passphrase"))
        self.recover_button.setAccessibleName(self.tr("Set new passphrase"))
        self.recover_button.setDefault(True)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setAccessibleName(self.tr("Cancel"))

        self.pages, self.key_page = build_pages(
            self,
            title=self.title,
            intro=self.tr(
                "Type the recovery key you saved when you made this profile, then choose a "
                "new passphrase. Without the passphrase or the recovery key, the logbook "
                "cannot be opened by anyone: the data is lost."
            ),
            field=(self.tr("Recovery &key:"), self.key),
            passphrase=self.passphrase,
            error=self.error,
            status=self.status,
            cancel=self.cancel_button,
            ok=self.recover_button,
        )

        self.key.textChanged.connect(self._update)
        self.passphrase.changed.connect(self._update)
        self.recover_button.clicked.connect(self.recover)
        self.cancel_button.clicked.connect(self.cancelled)
        self.key_page.confirmed.connect(self._confirmed)

    def start(self, name: str) -> None:
        self._name = name
        self.title.setText(self.tr("Forgotten passphrase for {0}").format(name))
        self.key.clear()
        self.passphrase.clear()
        self.error.hide()
        self.status.clear()
        self.pages.setCurrentIndex(0)
        self.key.setFocus()
        self._update()

    def _update(self) -> None:
        self.recover_button.setEnabled(bool(self.key.text().strip()) and self.passphrase.acceptable)

    def recover(self) -> None:
        if not self.recover_button.isEnabled():
            return
        name, key, new = self._name, self.key.text(), self.passphrase.passphrase()
        self.recover_button.setEnabled(False)
        self.status.setText(self.tr("Checking the recovery key…"))

        def run() -> tuple[UnlockedProfile, str]:
            new_key = self.manager.recover(name, key, new)
            return self.manager.unlock(name, new), new_key

        self.ops.run(run, self._done, self._failed, owner=self)

    def _done(self, result: tuple[UnlockedProfile, str]) -> None:
        self._profile, new_key = result
        self.key.clear()
        self.passphrase.clear()
        self.status.clear()
        self.key_page.show_key(new_key, self._name)
        self.pages.setCurrentIndex(1)

    def _failed(self, message: str, error: LogbookError | None) -> None:
        self.status.clear()
        if isinstance(error, BadSecret):
            message = self.tr(
                "That recovery key does not open this profile. Check it and try again."
            )
        self.error.setText(message)
        self.error.show()
        self._update()

    def _confirmed(self) -> None:
        profile, self._profile = self._profile, None
        if profile is not None:
            self.recovered.emit(profile)
