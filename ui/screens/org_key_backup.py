"""Backing up the organisation's keys from the app, as `logbook org backup-key` does."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtWidgets import (
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from logbook.atomicfile import write_for_user
from logbook.org.key_backup import MIN_PASSPHRASE
from logbook.org.organisation import OrganisationService
from logbook.vault.profiles import UnlockedProfile
from ui.operations import Operations
from ui.widgets.accessible import named
from ui.widgets.form_dialog import FormDialog
from ui.widgets.save_place import name_part, suggested


def backup_name(organisation: str, day: date) -> str:
    """E.g. "logbook-org-keys-Hilltop-Befriending-2026-12-02.age": whose keys, from when."""
    return f"logbook-org-keys-{name_part(organisation, 'organisation')}-{day.isoformat()}.age"


def write_key_backup(profile: UnlockedProfile, passphrase: str, path: Path) -> Path:
    write_for_user("key backup", path, OrganisationService(profile.store).key_backup(passphrase))
    return path


class KeyBackupDialog(FormDialog):
    """A file and a passphrase typed twice; written on the worker, never half a file."""

    def __init__(
        self, parent: QWidget, ops: Operations, profile: UnlockedProfile, organisation: str
    ) -> None:
        super().__init__(parent, ops)
        self.profile = profile
        self.written: Path | None = None
        self.setWindowTitle(self.tr("Back up the organisation's keys"))
        explain = QLabel(
            self.tr(
                "Without these keys nobody can read what volunteers send, and a lost laptop "
                "would lose them. The backup is encrypted with a passphrase you choose now. "
                "Keep the file offline (a USB stick in a locked drawer) and the passphrase "
                "somewhere else. It also opens with the stock age tool."
            )
        )
        explain.setWordWrap(True)
        self.path = QLineEdit(suggested(backup_name(organisation, date.today())))
        self.path.setAccessibleName(self.tr("Backup file"))
        self.choose_button = named(QPushButton(self.tr("C&hoose…")), self.tr("Choose the file"))
        self.first = QLineEdit(echoMode=QLineEdit.EchoMode.Password)
        self.first.setAccessibleName(self.tr("Backup passphrase"))
        self.first.setPlaceholderText(self.tr("At least {0} characters").format(MIN_PASSPHRASE))
        self.second = QLineEdit(echoMode=QLineEdit.EchoMode.Password)
        self.second.setAccessibleName(self.tr("Repeat the backup passphrase"))
        where = QHBoxLayout()
        where.addWidget(self.path, 1)
        where.addWidget(self.choose_button)
        file_label = QLabel(self.tr("&File:"))
        file_label.setBuddy(self.path)
        first_label, second_label = QLabel(self.tr("&Passphrase:")), QLabel(self.tr("&Repeat:"))
        first_label.setBuddy(self.first)
        second_label.setBuddy(self.second)
        form = QFormLayout(self)
        form.addRow(explain)
        form.addRow(file_label, where)
        form.addRow(first_label, self.first)
        form.addRow(second_label, self.second)
        form.addRow(self.error)
        form.addRow(self.buttons)
        ok = self.buttons.button(self.buttons.StandardButton.Ok)
        ok.setText(self.tr("&Save backup"))
        ok.setAccessibleName(self.tr("Save the key backup"))
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 64)
        self._chosen: str | None = None  # a path the save dialog confirmed (it asks to replace)
        self.choose_button.clicked.connect(self.choose)
        for field in (self.path, self.first, self.second):
            field.textChanged.connect(self.error.hide)

    def choose(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the key backup as"), self.path.text(),
            self.tr("age files (*.age)"),
        )  # fmt: skip
        if path:
            self.path.setText(path)
            self._chosen = path

    def save(self) -> None:
        path, passphrase = self.path.text().strip(), self.first.text()
        if not path:
            self.failed(self.tr("Choose where to save the backup."), None)
            self.path.setFocus()
            return
        target = Path(path).expanduser()
        if target.exists() and path != self._chosen:
            # An earlier backup may open only with the passphrase noted for it: never replace
            # it unasked (the save dialog asks; a typed or suggested name does not).
            self.failed(self.tr("{0} is already there. Choose another name, or choose it with "
                                "Choose… to replace it.").format(target.name), None)  # fmt: skip
            self.path.setFocus()
            return
        if len(passphrase) < MIN_PASSPHRASE:
            self.failed(self.tr("The backup passphrase must be at least {0} characters.")
                        .format(MIN_PASSPHRASE), None)  # fmt: skip
            self.first.selectAll()
            self.first.setFocus()
            return
        if passphrase != self.second.text():
            self.failed(self.tr("The two passphrases differ. Type the same one twice."), None)
            self.second.selectAll()
            self.second.setFocus()
            return
        profile = self.profile
        self.submit(lambda: write_key_backup(profile, passphrase, target), self._written)

    def _written(self, path: Path) -> None:
        self.written = path
