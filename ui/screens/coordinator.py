"""The unlocked coordinator profile: dashboard, devices, import, reports. Discarded on lock.

Opening the coordinator database (and, with PostgreSQL, reaching its server) happens on the
worker; until then the area shows nothing but a short "Opening…". A profile with no
organisation yet shows the form that creates it.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QTabWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from logbook import profile_settings
from logbook.coordinator.dashboard import NO_CONTACT_WEEKS, Alert, Dashboard, load_dashboard
from logbook.coordinator.devices import AssignmentInfo
from logbook.coordinator.service import Coordinator
from logbook.errors import LogbookError
from logbook.org.organisation import OrganisationService, OrgState
from logbook.vault.profiles import UnlockedProfile

if TYPE_CHECKING:
    from ui.screens.coordinator_reports import ReportsTab
from ui.operations import Operations
from ui.screens.common import centred_card, heading
from ui.screens.coordinator_acknowledge import AcknowledgeDialog
from ui.screens.coordinator_dashboard import DashboardTab
from ui.screens.coordinator_devices import DevicesTab
from ui.screens.coordinator_import import ImportTab
from ui.screens.coordinator_setup import CreateOrganisationPage
from ui.screens.org_key_backup import KeyBackupDialog
from ui.screens.sharing import fingerprint_label
from ui.shortcuts import LOCK, REFRESH, Shortcut, bind, section_keys
from ui.widgets.accessible import named, named_for


@dataclass(frozen=True)
class Opened:
    coordinator: Coordinator | None  # None: the profile has no organisation yet
    no_contact_weeks: int


@dataclass(frozen=True)
class Loaded:
    dashboard: Dashboard
    assignments: list[AssignmentInfo]
    state: OrgState


def open_coordinator(profile: UnlockedProfile) -> Opened:
    store = profile.store
    weeks = store.read(profile_settings.NO_CONTACT_WEEKS)
    if not OrganisationService(store).exists():
        return Opened(None, weeks)
    return Opened(Coordinator(store), weeks)


def load(coordinator: Coordinator, no_contact_weeks: int) -> Loaded:
    return Loaded(
        load_dashboard(coordinator.db, no_contact_weeks=no_contact_weeks),
        coordinator.devices.assignment_rows(),
        coordinator.org.state(),
    )


def save_no_contact_weeks(profile: UnlockedProfile, weeks: int) -> None:
    profile.store.write(profile_settings.NO_CONTACT_WEEKS, weeks)


class CoordinatorArea(QWidget):
    lock_requested = Signal()

    def __init__(self, profile: UnlockedProfile, ops: Operations) -> None:
        super().__init__()
        self.profile, self.ops = profile, ops
        self.coordinator: Coordinator | None = None
        self.no_contact_weeks = NO_CONTACT_WEEKS
        self.dashboard: DashboardTab | None = None
        self.devices: DevicesTab | None = None
        self.importing: ImportTab | None = None
        self.reports: ReportsTab | None = None
        self.setup: CreateOrganisationPage | None = None
        self.acknowledge_dialog: AcknowledgeDialog | None = None
        self._discarded = False

        self.toolbar = QToolBar(self.tr("Actions"))
        self.toolbar.setAccessibleName(self.tr("Actions"))
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.refresh_action = self._action(self.tr("Refresh"), REFRESH, self.refresh)
        self.refresh_action.setVisible(False)  # until there is something to refresh
        self.backup_action = QAction(self.tr("Back up &keys…"), self)
        self.backup_action.triggered.connect(self.back_up_keys)
        self.toolbar.addAction(self.backup_action)
        self.backup_action.setVisible(False)  # until the organisation is open
        spacer = QWidget()
        spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.toolbar.addWidget(spacer)
        self.lock_action = self._action(self.tr("&Lock"), LOCK, self.lock_requested.emit)
        for action in self.toolbar.actions():
            button = self.toolbar.widgetForAction(action)
            if button is not None and action.text():
                button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
                named_for(button, action)

        self.org_name = QLabel()
        self.org_name.setStyleSheet("font-weight: bold;")
        self.org_name.setAccessibleName(self.tr("Organisation"))
        self.org_fingerprint = fingerprint_label(self.tr("Organisation fingerprint"))
        self.header = QWidget()
        header = QHBoxLayout(self.header)
        header.setContentsMargins(9, 0, 9, 0)
        header.addWidget(self.org_name)
        header.addStretch(1)
        header.addWidget(QLabel(self.tr("Fingerprint:")))
        header.addWidget(self.org_fingerprint)
        self.header.hide()
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setAccessibleName(self.tr("Status"))
        self.message.setContentsMargins(9, 0, 9, 0)
        self.message.hide()

        self.opening = QLabel(self.tr("Opening…"))
        self.opening.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        self.problem.setAccessibleName(self.tr("Problem"))
        self.retry_button = named(QPushButton(self.tr("&Try again")))
        problem_box = QWidget()
        problem_layout = QVBoxLayout(problem_box)
        problem_layout.addWidget(heading(self.tr("The coordinator database did not open"), 1.3))
        problem_layout.addWidget(self.problem)
        problem_layout.addWidget(self.retry_button, alignment=Qt.AlignmentFlag.AlignRight)
        self.problem_page = centred_card(problem_box)
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Sections"))
        self.pages = QStackedWidget()
        for page in (self.opening, self.problem_page, self.tabs):
            self.pages.addWidget(page)

        section_keys(self, self.tabs)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.toolbar)
        layout.addWidget(self.header)
        layout.addWidget(self.message)
        layout.addWidget(self.pages, 1)
        self.retry_button.clicked.connect(self.open)
        self.open()

    def _action(self, text: str, shortcut: Shortcut, slot: object) -> QAction:
        action = QAction(text, self)
        bind(action, shortcut)
        action.triggered.connect(slot)
        self.addAction(action)
        self.toolbar.addAction(action)
        return action

    # -- opening -------------------------------------------------------------------------------
    def open(self) -> None:
        self.pages.setCurrentWidget(self.opening)
        profile = self.profile
        # No owner: if the area was locked and deleted meanwhile, `_opened` still closes
        # what was opened.
        self.ops.run(lambda: open_coordinator(profile), self._opened, self._open_failed)

    def _open_failed(self, message: str, error: LogbookError | None) -> None:
        if self._discarded or not shiboken6.isValid(self):
            return
        self.problem.setText(message)
        self.pages.setCurrentWidget(self.problem_page)
        self.retry_button.setFocus()

    def _opened(self, opened: Opened) -> None:
        if self._discarded or not shiboken6.isValid(self):
            # Locked while it opened: nothing to show, nothing to keep.
            if opened.coordinator is not None:
                self.ops.run(opened.coordinator.close)
            return
        self.no_contact_weeks = opened.no_contact_weeks
        if opened.coordinator is None:
            self._show_setup()
            return
        self.coordinator = opened.coordinator
        self._build_tabs(opened.coordinator)
        self.refresh()

    def _show_setup(self) -> None:
        self.setup = CreateOrganisationPage(self.profile, self.ops)
        self.setup.finished.connect(self.open)
        self.pages.addWidget(self.setup)
        self.pages.setCurrentWidget(self.setup)
        self.setup.name.setFocus()

    def _build_tabs(self, coordinator: Coordinator) -> None:
        self.dashboard = DashboardTab()
        self.devices = DevicesTab(coordinator, self.ops)
        self.importing = ImportTab(coordinator, self.profile, self.ops)
        self.tabs.addTab(self.dashboard, self.tr("&Dashboard"))
        self.tabs.addTab(self.devices, self.tr("De&vices"))
        self.tabs.addTab(self.importing, self.tr("&Import"))
        from ui.screens.coordinator_reports import ReportsTab

        self.reports = ReportsTab(coordinator, self.ops)
        self.tabs.addTab(self.reports, self.tr("&Reports"))
        self.dashboard.no_contact_weeks_changed.connect(self._no_contact_weeks)
        self.dashboard.open_device.connect(self.show_device)
        self.dashboard.acknowledge.connect(self.ask_acknowledge)
        self.devices.changed.connect(self.refresh)
        self.devices.say.connect(self.say)
        self.importing.imported.connect(self.refresh)
        self.tabs.currentChanged.connect(lambda _: self.say(""))  # news of another tab
        self.pages.setCurrentWidget(self.tabs)
        self.refresh_action.setVisible(True)

    # -- refreshing ----------------------------------------------------------------------------
    def refresh(self) -> None:
        """Reload the dashboard, the devices and the organisation's settings."""
        coordinator, weeks = self.coordinator, self.no_contact_weeks
        if coordinator is None or self._discarded:
            return
        self.ops.run(lambda: load(coordinator, weeks), self._loaded, self._failed, owner=self)

    def _loaded(self, loaded: Loaded) -> None:
        if self.dashboard is None or self.devices is None or self.importing is None:
            return
        settings = loaded.state.settings
        self.org_name.setText(settings.name)
        self.org_fingerprint.setText(loaded.state.fingerprint)
        self.header.show()
        self.backup_action.setVisible(True)
        self.dashboard.show_dashboard(loaded.dashboard)
        self.devices.show_devices(list(loaded.dashboard.devices), loaded.assignments)
        self.importing.set_mailbox(settings.mailbox_url)

    def _no_contact_weeks(self, weeks: int) -> None:
        self.no_contact_weeks = weeks
        profile = self.profile
        self.ops.run(lambda: save_no_contact_weeks(profile, weeks), owner=self)
        self.refresh()

    def ask_acknowledge(self, alert: Alert) -> AcknowledgeDialog | None:
        coordinator = self.coordinator
        if coordinator is None:
            return None
        dialog = AcknowledgeDialog(self, self.ops, coordinator, alert, self.profile.info.name,
                                   self.no_contact_weeks)  # fmt: skip
        dialog.accepted.connect(lambda: self._acknowledged(dialog))
        self.acknowledge_dialog = dialog
        dialog.open()
        return dialog

    def _acknowledged(self, dialog: AcknowledgeDialog) -> None:
        done = dialog.acknowledged
        if done is not None:
            self.say(self.tr("Acknowledged by {0}: it leaves the list until it is newly true.")
                     .format(done.by))  # fmt: skip
        self.refresh()

    def back_up_keys(self) -> KeyBackupDialog | None:
        if self.coordinator is None:
            return None
        dialog = KeyBackupDialog(self, self.ops, self.profile, self.org_name.text())
        dialog.accepted.connect(lambda: self._backed_up(dialog.written))
        dialog.open()
        return dialog

    def _backed_up(self, path: Path | None) -> None:
        if path is not None:
            self.say(self.tr("Key backup saved: {0}. Keep it offline, apart from its "
                             "passphrase.").format(path))  # fmt: skip

    def show_device(self, device_id: str) -> None:
        if self.devices is not None:
            self.tabs.setCurrentWidget(self.devices)
            self.devices.select_device(device_id)
            self.devices.view.setFocus()

    def say(self, text: str, error: bool = False) -> None:
        self.message.setText(text)
        self.message.setStyleSheet(
            "color: palette(highlight); font-weight: bold;" if error else "font-weight: bold;"
        )
        self.message.setVisible(bool(text))

    def _failed(self, message: str, error: LogbookError | None) -> None:
        self.say(message, error=True)

    # -- locking -------------------------------------------------------------------------------
    def discard(self) -> None:
        """Drop everything that shows organisation data (called on lock); the coordinator
        database closes on the worker, before the profile itself is locked."""
        self._discarded = True
        for tab in (self.dashboard, self.devices, self.importing):
            if tab is not None:
                tab.discard()
        self.org_name.clear()
        self.org_fingerprint.clear()
        self.backup_action.setVisible(False)
        self.message.clear()
        coordinator, self.coordinator = self.coordinator, None
        if coordinator is not None:
            self.ops.run(coordinator.close)
