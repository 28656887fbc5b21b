"""The unlock screen: pick a profile (shared laptops), type the passphrase, or start over."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from logbook.errors import BadSecret, LogbookError
from logbook.vault.profiles import ProfileManager, UnlockedProfile
from ui.operations import Operations
from ui.screens.common import centred_card, error_label, heading


class UnlockScreen(QWidget):
    unlocked = Signal(object)  # UnlockedProfile
    create_requested = Signal()
    recover_requested = Signal(str)

    def __init__(self, manager: ProfileManager, ops: Operations) -> None:
        super().__init__()
        self.manager, self.ops = manager, ops
        self.profile = QComboBox()
        self.profile.setAccessibleName(self.tr("Profile"))
        self.passphrase = QLineEdit(echoMode=QLineEdit.EchoMode.Password)
        self.passphrase.setAccessibleName(self.tr("Passphrase"))
        self.error = error_label()
        self.status = QLabel()
        self.status.setAccessibleName(self.tr("Status"))
        self.unlock_button = QPushButton(self.tr("&Unlock"))
        self.unlock_button.setAccessibleName(self.tr("Unlock"))
        self.unlock_button.setDefault(True)
        self.forgot_button = QPushButton(self.tr("&Forgot passphrase…"))
        self.forgot_button.setAccessibleName(self.tr("Forgot passphrase"))
        self.forgot_button.setFlat(True)
        self.new_button = QPushButton(self.tr("&New profile…"))
        self.new_button.setAccessibleName(self.tr("New profile"))

        content = QWidget()
        layout = QVBoxLayout(content)
        layout.addWidget(heading(self.tr("Volunteer Logbook")))
        intro = QLabel(self.tr("Your logbook is locked. Choose your profile and unlock it."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        form.addRow(self.tr("P&rofile:"), self.profile)
        form.addRow(self.tr("&Passphrase:"), self.passphrase)
        layout.addLayout(form)
        layout.addWidget(self.error)
        buttons = QHBoxLayout()
        buttons.addWidget(self.forgot_button)
        buttons.addStretch(1)
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.unlock_button)
        layout.addLayout(buttons)
        layout.addWidget(self.status)
        outer = QVBoxLayout(self)
        outer.addWidget(centred_card(content))

        self.unlock_button.clicked.connect(self.try_unlock)
        self.passphrase.returnPressed.connect(self.try_unlock)
        self.forgot_button.clicked.connect(
            lambda: self.recover_requested.emit(self.profile.currentText())
        )
        self.new_button.clicked.connect(self.create_requested)
        self.refresh()

    def refresh(self, select: str | None = None) -> None:
        """Reload the profile names (a quick folder listing, no decryption)."""
        current = select or self.profile.currentText()
        self.profile.clear()
        for info in self.manager.list():
            self.profile.addItem(info.name)
        if current:
            self.profile.setCurrentText(current)
        has_profiles = self.profile.count() > 0
        for widget in (self.profile, self.passphrase, self.unlock_button, self.forgot_button):
            widget.setEnabled(has_profiles)
        self.passphrase.clear()
        self.error.hide()
        self.status.clear()
        self.passphrase.setFocus()

    def choose(self, name: str) -> None:
        """Start on the profile asked for (`--profile NAME`), or say it is not here."""
        if self.profile.findText(name) >= 0:
            self.profile.setCurrentText(name)
        else:
            self.error.setText(
                self.tr("There is no profile named “{0}” here. Choose one from the list.").format(
                    name
                )
            )
            self.error.show()

    def has_profiles(self) -> bool:
        return self.profile.count() > 0

    def try_unlock(self) -> None:
        name, passphrase = self.profile.currentText(), self.passphrase.text()
        if not name or not passphrase:
            return
        self._busy(True)
        self.ops.run(
            lambda: self.manager.unlock(name, passphrase), self._opened, self._failed, owner=self
        )

    def _busy(self, busy: bool) -> None:
        self.unlock_button.setEnabled(not busy)
        self.passphrase.setEnabled(not busy)
        self.status.setText(self.tr("Unlocking…") if busy else "")

    def _opened(self, profile: UnlockedProfile) -> None:
        self._busy(False)
        self.passphrase.clear()
        self.unlocked.emit(profile)

    def _failed(self, message: str, error: LogbookError | None) -> None:
        self._busy(False)
        self.passphrase.selectAll()
        self.passphrase.setFocus()
        if isinstance(error, BadSecret):
            message = self.tr("That passphrase does not open this profile. Try again.")
        self.error.setText(message)
        self.error.show()
