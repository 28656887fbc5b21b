"""First run, or a new volunteer on a shared laptop: name, passphrase, then the recovery key."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from logbook.errors import InvalidValue, LogbookError
from logbook.vault.kinds import ProfileKind
from logbook.vault.profiles import ProfileManager, UnlockedProfile, check_profile_name
from ui.operations import Operations
from ui.screens.common import error_label, heading
from ui.screens.passphrase_page import build_pages
from ui.widgets.passphrase import NewPassphrase


class CreateProfileScreen(QWidget):
    created = Signal(object)  # UnlockedProfile, once the recovery key is confirmed
    cancelled = Signal()

    def __init__(self, manager: ProfileManager, ops: Operations) -> None:
        super().__init__()
        self.manager, self.ops = manager, ops
        self._profile: UnlockedProfile | None = None
        self.name = QLineEdit()
        self.name.setAccessibleName(self.tr("Profile name"))
        self.name.setPlaceholderText(self.tr("e.g. your first name"))
        self.coordinator = QCheckBox(self.tr("A c&oordinator's profile"))
        self.coordinator.setAccessibleName(self.tr("Coordinator profile"))
        self.coordinator.setToolTip(
            self.tr("For whoever runs the scheme: it holds the organisation's keys and what "
                    "volunteers send. Volunteers leave this unticked.")
        )  # fmt: skip
        self.passphrase = NewPassphrase()
        self.error = error_label()
        self.status = QLabel()
        self.status.setAccessibleName(self.tr("Status"))
        self.create_button = QPushButton(self.tr("&Create profile"))
        self.create_button.setAccessibleName(self.tr("Create profile"))
        self.create_button.setDefault(True)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setAccessibleName(self.tr("Cancel"))

        self.pages, self.key_page = build_pages(
            self,
            title=heading(self.tr("New profile")),
            intro=self.tr(
                "Everything you write is encrypted on this laptop with your passphrase. "
                "Choose one only you know: several words are easier to remember and harder "
                "to guess than a short password."
            ),
            field=(self.tr("&Name:"), self.name),
            passphrase=self.passphrase,
            error=self.error,
            status=self.status,
            cancel=self.cancel_button,
            ok=self.create_button,
            extra=self.coordinator,
        )

        self.name.textChanged.connect(self._update)
        self.passphrase.changed.connect(self._update)
        self.create_button.clicked.connect(self.create_profile)
        self.cancel_button.clicked.connect(self.cancelled)
        self.key_page.confirmed.connect(self._confirmed)
        self._update()

    def reset(self) -> None:
        self.name.clear()
        self.coordinator.setChecked(False)
        self.passphrase.clear()
        self.error.hide()
        self.status.clear()
        self.pages.setCurrentIndex(0)
        self.name.setFocus()

    def _name_problem(self) -> str | None:
        try:
            check_profile_name(self.name.text())
        except InvalidValue as exc:
            return exc.problem
        return None

    def _update(self) -> None:
        self.passphrase.hints = (self.name.text(),)
        problem = self._name_problem() if self.name.text() else None
        if problem:
            self.error.setText(self.tr("Name: {0}").format(problem))
        self.error.setVisible(bool(problem))
        self.create_button.setEnabled(
            bool(self.name.text().strip()) and problem is None and self.passphrase.acceptable
        )

    def create_profile(self) -> None:
        if not self.create_button.isEnabled():
            return
        name, passphrase = self.name.text(), self.passphrase.passphrase()
        kind = ProfileKind.COORDINATOR if self.coordinator.isChecked() else ProfileKind.VOLUNTEER
        self.create_button.setEnabled(False)
        self.status.setText(self.tr("Creating your encrypted profile…"))

        def make() -> tuple[UnlockedProfile, str]:
            made = self.manager.create(name, passphrase, kind)
            return self.manager.unlock(made.info.name, passphrase), made.recovery_key

        self.ops.run(make, self._made, self._failed, owner=self)

    def _made(self, result: tuple[UnlockedProfile, str]) -> None:
        self._profile, key = result
        self.passphrase.clear()
        self.status.clear()
        self.key_page.show_key(key, self._profile.info.name)
        self.pages.setCurrentIndex(1)

    def _failed(self, message: str, error: LogbookError | None) -> None:
        self.status.clear()
        self.error.setText(message)
        self.error.show()
        self._update()

    def _confirmed(self) -> None:
        profile, self._profile = self._profile, None
        self.reset()
        if profile is not None:
            self.created.emit(profile)
