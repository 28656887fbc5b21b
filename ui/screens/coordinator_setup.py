"""A coordinator profile's first step: create the organisation (as `logbook org init` does)."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from logbook.atomicfile import write_atomic
from logbook.errors import LogbookError, Refused
from logbook.org.organisation import OrganisationService, OrgState
from logbook.org.settings import settings_from
from logbook.vault.profiles import UnlockedProfile
from ui.operations import Operations
from ui.screens.common import centred_card, error_label, heading
from ui.screens.org_key_backup import KeyBackupDialog
from ui.screens.sharing import fingerprint_label
from ui.widgets.accessible import named

SERVER_CONFIG = "mailbox-server.toml"  # as `logbook org init` names it
ENROLMENT_SUFFIX = ".enrol"


@dataclass(frozen=True)
class CreatedOrganisation:
    state: OrgState
    enrolment: Path
    server_config: Path
    problem: str = ""  # the organisation exists, but a file could not be written


def _write(what: str, path: Path, data: bytes) -> None:
    try:
        write_atomic(path, data)
    except OSError as exc:
        raise Refused(
            QCoreApplication.translate("CreateOrganisation", "Cannot write the {0} to {1}: {2}.")
            .format(what, path, exc.strerror)
        ) from None  # fmt: skip


def create_organisation(
    profile: UnlockedProfile, name: str, enrolment: Path
) -> CreatedOrganisation:
    """Keys, tokens and settings; the signed enrolment file; the mailbox server's settings
    (token hashes only) beside it. Paths are checked first, so a typo costs nothing."""
    from logbook.server.config import render_server_config

    settings = settings_from({"name": name}, QCoreApplication.translate(
        "CreateOrganisation", "Name"))  # fmt: skip
    if enrolment.is_dir():
        enrolment = enrolment / f"organisation{ENROLMENT_SUFFIX}"
    elif enrolment.suffix == "":
        enrolment = enrolment.with_suffix(ENROLMENT_SUFFIX)
    server_config = enrolment.parent / SERVER_CONFIG
    folder = enrolment.parent
    if not folder.is_dir() or not os.access(folder, os.W_OK):
        raise Refused(
            QCoreApplication.translate(
                "CreateOrganisation", "Cannot save in {0}: the folder is missing or read-only."
            ).format(folder)
        )
    service = OrganisationService(profile.store)
    state, tokens = service.init(settings)
    try:
        what = QCoreApplication.translate("CreateOrganisation", "enrolment file")
        _write(what, enrolment, service.enrolment_file())
        what = QCoreApplication.translate("CreateOrganisation", "mailbox server's settings")
        config = render_server_config(tokens.upload, tokens.coordinator).encode()
        _write(what, server_config, config)
    except Refused as exc:
        # The organisation exists now: say so, and how to write the files again.
        problem = (
            exc.message
            + " "
            + QCoreApplication.translate(
                "CreateOrganisation",
                "The organisation was created: write its enrolment file with `logbook org "
                "publish --out FILE` and the server's settings with `logbook org server-config "
                "--out FILE`.",
            )
        )
        return CreatedOrganisation(state, enrolment, server_config, problem)
    return CreatedOrganisation(state, enrolment, server_config)


class CreateOrganisationPage(QWidget):
    """Name the organisation and choose where its enrolment file goes; then show the
    fingerprint to read to volunteers."""

    finished = Signal()  # the coordinator has seen the result: open the organisation

    def __init__(self, profile: UnlockedProfile, ops: Operations) -> None:
        super().__init__()
        self.profile, self.ops = profile, ops
        self.created: CreatedOrganisation | None = None
        self.pages = QStackedWidget()
        self.pages.addWidget(self._form_page())
        self.pages.addWidget(self._done_page())
        layout = QVBoxLayout(self)
        layout.addWidget(centred_card(self.pages, 600))

    def _form_page(self) -> QWidget:
        page = QWidget()
        explain = QLabel(
            self.tr(
                "This is a coordinator profile. Create your organisation first: its keys stay "
                "in this profile, encrypted. Volunteers join with the enrolment file saved "
                "here, after you read them its fingerprint."
            )
        )
        explain.setWordWrap(True)
        self.name = QLineEdit()
        self.name.setAccessibleName(self.tr("Organisation name"))
        self.name.setPlaceholderText(self.tr("e.g. Hilltop Befriending"))
        self.path = QLineEdit(str(Path.home() / f"organisation{ENROLMENT_SUFFIX}"))
        self.path.setAccessibleName(self.tr("Save the enrolment file as"))
        self.choose_button = named(QPushButton(self.tr("C&hoose…")),
                                   self.tr("Choose where to save the enrolment file"))  # fmt: skip
        path_row = QHBoxLayout()
        path_row.addWidget(self.path, 1)
        path_row.addWidget(self.choose_button)
        note = QLabel(
            self.tr(
                "The mailbox server's settings ({0}, holding only hashes of its tokens) are "
                "saved in the same folder."
            ).format(SERVER_CONFIG)
        )
        note.setWordWrap(True)
        self.error = error_label()
        self.create_button = named(QPushButton(self.tr("&Create the organisation")))
        self.create_button.setDefault(True)
        path_label = QLabel(self.tr("&Enrolment file:"))
        path_label.setBuddy(self.path)
        form = QFormLayout()
        form.addRow(self.tr("&Name:"), self.name)
        form.addRow(path_label, path_row)
        layout = QVBoxLayout(page)
        layout.addWidget(heading(self.tr("Create your organisation"), 1.4))
        layout.addWidget(explain)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(self.error)
        layout.addWidget(self.create_button, alignment=Qt.AlignmentFlag.AlignRight)
        self.choose_button.clicked.connect(self.choose)
        self.create_button.clicked.connect(self.create_organisation)
        self.name.returnPressed.connect(self.create_organisation)
        return page

    def _done_page(self) -> QWidget:
        page = QWidget()
        self.done_title = heading("", 1.4)
        self.done_title.setWordWrap(True)
        caption = QLabel(self.tr("Its fingerprint: read it to each volunteer as they join."))
        caption.setWordWrap(True)
        self.fingerprint = fingerprint_label(self.tr("Organisation fingerprint"), 1.5)
        self.saved = QLabel()
        self.saved.setWordWrap(True)
        self.saved.setAccessibleName(self.tr("Files saved"))
        self.saved.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.next_step = QLabel(
            self.tr("Next, back up the organisation's keys and keep the backup offline:")
        )
        self.next_step.setWordWrap(True)
        self.backup_button = named(QPushButton(self.tr("&Back up the keys…")))
        self.backed_up = QLabel()
        self.backed_up.setWordWrap(True)
        self.backed_up.setAccessibleName(self.tr("Key backup"))
        self.backed_up.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.continue_button = named(QPushButton(self.tr("C&ontinue")))
        # Return backs the keys up first (the page asks for it); Continue once that is done.
        self.backup_button.setDefault(True)
        layout = QVBoxLayout(page)
        layout.addWidget(self.done_title)
        layout.addWidget(caption)
        layout.addWidget(self.fingerprint, alignment=Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(self.saved)
        layout.addWidget(self.next_step)
        layout.addWidget(self.backup_button, alignment=Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.backed_up)
        layout.addWidget(self.continue_button, alignment=Qt.AlignmentFlag.AlignRight)
        self.backup_button.clicked.connect(self.back_up_keys)
        self.continue_button.clicked.connect(self.finished)
        return page

    def back_up_keys(self) -> KeyBackupDialog | None:
        if self.created is None:
            return None
        dialog = KeyBackupDialog(self, self.ops, self.profile, self.created.state.settings.name)
        dialog.accepted.connect(lambda: self._backed_up(dialog.written))
        dialog.open()
        return dialog

    def _backed_up(self, path: Path | None) -> None:
        if path is not None:
            self.backed_up.setText(self.tr("Key backup saved: {0}").format(path))
            self.backup_button.setDefault(False)
            self.continue_button.setDefault(True)
            self.continue_button.setFocus()

    def choose(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the enrolment file as"), self.path.text(),
            self.tr("Enrolment files (*{0})").format(ENROLMENT_SUFFIX),
        )  # fmt: skip
        if path:
            self.path.setText(path)

    def create_organisation(self) -> None:
        name, path = self.name.text().strip(), self.path.text().strip()
        if not name:
            self._failed(self.tr("Give the organisation a name."))
            self.name.setFocus()
            return
        if not path:
            self._failed(self.tr("Choose where to save the enrolment file."))
            return
        profile = self.profile
        self.create_button.setEnabled(False)
        self.error.hide()
        self.ops.run(lambda: create_organisation(profile, name, Path(path).expanduser()),
                     self._created, self._failed, owner=self)  # fmt: skip

    def _created(self, created: CreatedOrganisation) -> None:
        self.created = created
        self.done_title.setText(self.tr("Created “{0}”").format(created.state.settings.name))
        self.done_title.setAccessibleName(self.done_title.text())
        self.fingerprint.setText("   ".join(created.state.fingerprint.split()))
        if created.problem:
            self.saved.setText(created.problem)
            self.saved.setStyleSheet("color: palette(highlight); font-weight: bold;")
        else:
            self.saved.setText(
                self.tr("Enrolment file for volunteers: {0}\nSettings for the mailbox server: {1}")
                .format(created.enrolment, created.server_config)
            )  # fmt: skip
        self.pages.setCurrentIndex(1)
        self.backup_button.setFocus()  # the next step the page asks for; Return presses it

    def _failed(self, message: str, error: LogbookError | None = None) -> None:
        self.create_button.setEnabled(True)
        self.error.setText(message)
        self.error.show()
