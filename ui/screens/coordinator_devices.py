"""Devices and volunteers: approve a device by typing the fingerprint heard, revoke, assign."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QDate, QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QCompleter,
    QDateEdit,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from logbook.coordinator.devices import AssignmentInfo, DeviceInfo
from logbook.coordinator.importer import ImportBatch
from logbook.coordinator.service import Coordinator
from logbook.errors import LogbookError
from logbook.statuses import DeviceStatus, ImportStatus
from ui.models.coordinator import (
    COL_CONFIRMED,
    COL_DEVICE,
    ROW_ROLE,
    AssignmentsModel,
    DevicesModel,
)
from ui.operations import Operations
from ui.screens.coordinator_dashboard import fit_columns, table
from ui.widgets.accessible import named
from ui.widgets.form_dialog import FormDialog
from ui.widgets.read_out import ReadOutDialog


def volunteer_field(volunteers: list[str], name: str, example: str) -> QLineEdit:
    """A volunteer code, completed from the codes already in use."""
    field = QLineEdit()
    field.setAccessibleName(name)
    field.setPlaceholderText(example)
    completer = QCompleter(sorted(volunteers), field)
    completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    field.setCompleter(completer)
    return field


class ApproveDialog(ReadOutDialog):
    """The coordinator types the fingerprint the volunteer reads from their laptop; the core
    compares it with the device's key and approves only on a match."""

    def __init__(
        self, parent: QWidget, ops: Operations, coordinator: Coordinator, device: DeviceInfo,
        volunteers: list[str],
    ) -> None:  # fmt: skip
        super().__init__(parent, ops)
        self.coordinator, self.device = coordinator, device
        self.volunteer = volunteer_field(
            volunteers, self.tr("Volunteer code"), self.tr("e.g. V-07")
        )
        volunteer_label = QLabel(self.tr("&Volunteer code:"))
        volunteer_label.setBuddy(self.volunteer)
        self.form.addRow(volunteer_label, self.volunteer)
        self.volunteer.textChanged.connect(self.error.hide)
        first = QLocale().toString(QDate(device.first_seen.date()), "d MMM yyyy")
        self.describe(
            title=self.tr("Approve a device"),
            subject=self.tr("Device {0}").format(device.id),
            intro=self.tr("It first sent a bundle on {0}. Ask the volunteer to read out the "
                          "fingerprint shown under Sharing in their logbook, and type what "
                          "you hear.").format(first),
            confirm=self.tr("&Approve"),
        )  # fmt: skip

    def work(self, typed: str) -> Callable[[], Any]:
        coordinator, device_id, volunteer = self.coordinator, self.device.id, self.volunteer.text()
        return lambda: coordinator.approve(device_id, volunteer, typed, tell=False)


class AssignDialog(FormDialog):
    """Give a match code to a volunteer; their devices' rows for it stop being flagged."""

    assigned = Signal(str, str)  # code, volunteer

    def __init__(
        self, parent: QWidget, ops: Operations, coordinator: Coordinator, volunteers: list[str],
        code: str = "", volunteer: str = "",
    ) -> None:  # fmt: skip
        super().__init__(parent, ops)
        self.coordinator = coordinator
        self.setWindowTitle(self.tr("Assign a match code"))
        self.code = QLineEdit(code)
        self.code.setAccessibleName(self.tr("Match code"))
        self.code.setPlaceholderText(self.tr("e.g. M-0042"))
        self.volunteer = volunteer_field(
            volunteers, self.tr("Volunteer code"), self.tr("e.g. V-07")
        )
        self.volunteer.setText(volunteer)
        explain = QLabel(
            self.tr(
                "The volunteer's devices may then send this match code; from anyone "
                "else's it is flagged."
            )
        )
        explain.setWordWrap(True)
        form = QFormLayout(self)
        form.addRow(explain)
        form.addRow(self.tr("&Match code:"), self.code)
        form.addRow(self.tr("&Volunteer code:"), self.volunteer)
        form.addRow(self.error)
        form.addRow(self.buttons)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 56)

    def save(self) -> None:
        coordinator = self.coordinator
        code, volunteer = self.code.text().strip().upper(), self.volunteer.text().strip().upper()
        self.submit(
            lambda: coordinator.assign(code, volunteer, publish=False),
            lambda _: self.assigned.emit(code, volunteer),
        )


class EndMatchDialog(FormDialog):
    """End a match on the coordinator's side; the volunteer's device is told, and ends it."""

    ended = Signal(str)  # the match code

    def __init__(
        self, parent: QWidget, ops: Operations, coordinator: Coordinator, code: str, volunteer: str
    ) -> None:
        super().__init__(parent, ops)
        self.coordinator, self.code = coordinator, code
        self.setWindowTitle(self.tr("End a match"))
        explain = QLabel(
            self.tr("End {0} ({1}'s match)? Their logbook is told at its next sync and ends "
                    "the match there too; no alert asks after it from now on. Assigning the "
                    "code again reopens it.").format(code, volunteer)
        )  # fmt: skip
        explain.setWordWrap(True)
        self.on = QDateEdit(QDate.currentDate())
        self.on.setCalendarPopup(True)
        self.on.setDisplayFormat("ddd d MMM yyyy")
        self.on.setAccessibleName(self.tr("Ended on"))
        self.on.setMaximumDate(QDate.currentDate())
        form = QFormLayout(self)
        form.addRow(explain)
        form.addRow(self.tr("&Ended on:"), self.on)
        form.addRow(self.error)
        form.addRow(self.buttons)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 56)

    def save(self) -> None:
        coordinator, code = self.coordinator, self.code
        d = self.on.date()
        day = date(d.year(), d.month(), d.day())
        self.submit(lambda: coordinator.end_match(code, day, publish=False),
                    lambda _: self.ended.emit(code))  # fmt: skip


class DevicesTab(QWidget):
    changed = Signal()  # a device approved or revoked, a code assigned: reload everything
    say = Signal(str, bool)  # a message for the area's status line (text, is_error)

    def __init__(self, coordinator: Coordinator, ops: Operations) -> None:
        super().__init__()
        self.coordinator, self.ops = coordinator, ops
        self.model = DevicesModel()
        self.assignments = AssignmentsModel()
        self.approve_dialog: ApproveDialog | None = None
        self.assign_dialog: AssignDialog | None = None
        self.revoke_box: QMessageBox | None = None

        self.view = table(self.tr("Devices"), self.model)
        self.view.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
        self.assignments_view = table(self.tr("Match codes and their volunteers"),
                                      self.assignments)  # fmt: skip
        self.assignments_view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.empty = QLabel(
            self.tr("No device has sent a bundle yet. A volunteer's laptop appears here with "
                    "its first bundle; approve it once they have read you its fingerprint.")
        )  # fmt: skip
        self.empty.setWordWrap(True)
        self.empty.setAccessibleName(self.tr("No devices yet"))
        self.approve_button = named(QPushButton(self.tr("&Approve…")))
        self.revoke_button = named(QPushButton(self.tr("Rev&oke…")))
        self.assign_button = named(QPushButton(self.tr("A&ssign a match code…")))
        self.end_button = named(QPushButton(self.tr("&End…")), self.tr("End the match"))
        self.unassign_button = named(QPushButton(self.tr("&Unassign…")),
                                     self.tr("Unassign the match code"))  # fmt: skip
        self.end_dialog: EndMatchDialog | None = None
        self.unassign_box: QMessageBox | None = None

        devices_box = QGroupBox(self.tr("Devices"))
        devices_layout = QVBoxLayout(devices_box)
        devices_layout.addWidget(self.empty)
        devices_layout.addWidget(self.view, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.approve_button)
        buttons.addWidget(self.revoke_button)
        buttons.addStretch(1)
        devices_layout.addLayout(buttons)
        codes_box = QGroupBox(self.tr("Match codes"))
        codes_layout = QVBoxLayout(codes_box)
        codes_layout.addWidget(self.assignments_view, 1)
        code_buttons = QHBoxLayout()
        code_buttons.addWidget(self.assign_button)
        code_buttons.addWidget(self.end_button)
        code_buttons.addWidget(self.unassign_button)
        code_buttons.addStretch(1)
        codes_layout.addLayout(code_buttons)
        self.splitter = QSplitter()
        self.splitter.addWidget(devices_box)
        self.splitter.addWidget(codes_box)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)
        char = self.fontMetrics().averageCharWidth()
        self.splitter.setSizes([char * 110, char * 26])
        self.splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addWidget(self.splitter, 1)

        self.approve_button.clicked.connect(self.ask_approve)
        self.revoke_button.clicked.connect(self.ask_revoke)
        self.assign_button.clicked.connect(lambda: self.ask_assign())
        self.view.selectionModel().selectionChanged.connect(lambda *_: self._enable())
        self.view.activated.connect(lambda _: self.ask_approve())
        self.end_button.clicked.connect(self.ask_end)
        self.unassign_button.clicked.connect(self.ask_unassign)
        self.assignments_view.selectionModel().selectionChanged.connect(lambda *_: self._enable())
        self._enable()

    # -- showing -------------------------------------------------------------------------
    def show_devices(self, devices: list[DeviceInfo], assignments: list[AssignmentInfo]) -> None:
        selected = self.selected()
        self.model.set_rows(devices)
        self.assignments.set_rows(assignments)
        self.view.setVisible(bool(devices))
        self.empty.setVisible(not devices)
        fit_columns(self.view)
        fit_columns(self.assignments_view)
        if selected is not None:
            self.select_device(selected.id)
        self._enable()

    def volunteers(self) -> list[str]:
        found = {d.volunteer for d in self.model.rows() if d.volunteer}
        found |= {a.volunteer for a in self.assignments.rows()}
        return sorted(found)

    def selected(self) -> DeviceInfo | None:
        rows = self.view.selectionModel().selectedRows(COL_DEVICE)
        value: DeviceInfo | None = rows[0].data(ROW_ROLE) if rows else None
        return value

    def select_device(self, device_id: str) -> bool:
        proxy = self.view.model()
        for row in range(proxy.rowCount()):
            if proxy.index(row, COL_DEVICE).data() == device_id:
                self.view.selectRow(row)
                self.view.scrollTo(proxy.index(row, COL_CONFIRMED))
                return True
        return False

    def selected_code(self) -> AssignmentInfo | None:
        rows = self.assignments_view.selectionModel().selectedRows(0)
        value: AssignmentInfo | None = rows[0].data(ROW_ROLE) if rows else None
        return value

    def select_code(self, code: str) -> bool:
        proxy = self.assignments_view.model()
        for row in range(proxy.rowCount()):
            if proxy.index(row, 0).data() == code:
                self.assignments_view.selectRow(row)
                return True
        return False

    def _enable(self) -> None:
        device = self.selected()
        self.approve_button.setEnabled(device is not None and device.status == DeviceStatus.PENDING)
        self.revoke_button.setEnabled(device is not None and device.status != DeviceStatus.REVOKED)
        code = self.selected_code()
        self.end_button.setEnabled(code is not None and code.ended_on is None)
        self.unassign_button.setEnabled(code is not None)

    # -- ending and unassigning ------------------------------------------------------------
    def ask_end(self) -> EndMatchDialog | None:
        code = self.selected_code()
        if code is None or code.ended_on is not None:
            return None
        dialog = EndMatchDialog(self, self.ops, self.coordinator, code.match_code, code.volunteer)
        dialog.ended.connect(lambda c: self._told(self.tr("{0} has ended.").format(c)))
        self.end_dialog = dialog
        dialog.open()
        return dialog

    def ask_unassign(self) -> QMessageBox | None:
        code = self.selected_code()
        if code is None:
            return None
        text = self.tr(
            "Take {0} back from {1}? Their devices may no longer send it: their logbook holds "
            "its weeks back from now on, and what they send under it is flagged. To move it to "
            "another volunteer, assign it to them instead."
        ).format(code.match_code, code.volunteer)
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Unassign a match code"), text,
                          QMessageBox.StandardButton.NoButton, self)  # fmt: skip
        yes = box.addButton(self.tr("&Unassign"), QMessageBox.ButtonRole.DestructiveRole)
        cancel = box.addButton(QMessageBox.StandardButton.Cancel)
        yes.setAccessibleName(self.tr("Unassign"))
        cancel.setAccessibleName(self.tr("Cancel"))
        box.setDefaultButton(cancel)
        box.setEscapeButton(cancel)
        box.finished.connect(lambda _: self._unassign_answer(box, yes, code.match_code))
        self.unassign_box = box
        box.open()
        return box

    def _unassign_answer(self, box: QMessageBox, yes: Any, code: str) -> None:
        if box.clickedButton() is not yes:
            return
        coordinator = self.coordinator
        self.ops.run(
            lambda: coordinator.unassign(code, publish=False),
            lambda _: self._told(self.tr("{0} is no longer assigned.").format(code)),
            self._failed, owner=self,
        )  # fmt: skip

    def _told(self, text: str, *, error: bool = False, mailbox_too: bool = False) -> None:
        """Say what changed; then tell the volunteers' devices (and with `mailbox_too`, the
        mailbox: approvals and revocations) on the network worker, so a slow or absent
        mailbox never holds up the coordinator's own work."""
        self.say.emit(text, error)
        self.changed.emit()
        coordinator = self.coordinator
        tell = coordinator.tell_quietly if mailbox_too else coordinator.publish_quietly

        def told(not_told: str | None) -> None:
            if not not_told:
                return
            if mailbox_too:
                later = self.tr("The mailbox could not be told yet ({0}); it is told at the "
                                "next pull.").format(not_told)  # fmt: skip
            else:
                later = self.tr("The volunteer's logbook could not be told yet ({0}); "
                                "it is at the next pull.").format(not_told)  # fmt: skip
            self.say.emit(text + " " + later, True)

        self.ops.network().run(tell, told, self._failed, owner=self)

    # -- approving -------------------------------------------------------------------------
    def ask_approve(self) -> ApproveDialog | None:
        device = self.selected()
        if device is None or device.status != DeviceStatus.PENDING:
            return None
        dialog = ApproveDialog(self, self.ops, self.coordinator, device, self.volunteers())
        dialog.confirmed.connect(self._approved)
        dialog.rejected.connect(
            lambda: self.say.emit(
                self.tr("Device {0} was not approved; nothing was changed.").format(device.id),
                False,
            )
        )  # fmt: skip
        self.approve_dialog = dialog
        dialog.open()
        return dialog

    def _approved(self, result: tuple[DeviceInfo, ImportBatch]) -> None:
        info, batch = result
        imported = sum(1 for r in batch.results if r.status == ImportStatus.IMPORTED)
        text = self.tr("Approved {0} for volunteer {1}.").format(info.id, info.volunteer)
        if batch.results:
            text += " " + self.tr("Imported %n held bundle(s).", "", imported)
        if batch.rejected:
            text += " " + self.tr("%n held bundle(s) could not be imported; see Import.", "",
                                  len(batch.rejected))  # fmt: skip
        self._told(text, error=bool(batch.rejected), mailbox_too=True)

    # -- revoking --------------------------------------------------------------------------
    def ask_revoke(self) -> QMessageBox | None:
        device = self.selected()
        if device is None or device.status == DeviceStatus.REVOKED:
            return None
        text = self.tr(
            "Revoke device {0}? Its bundles will be refused from now on, and it cannot be "
            "approved again. What it sent before stays."
        ).format(device.id)
        if device.held:
            text += " " + self.tr("Its %n held bundle(s) will be dropped.", "", device.held)
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Revoke a device"), text,
                          QMessageBox.StandardButton.NoButton, self)  # fmt: skip
        yes = box.addButton(self.tr("&Revoke"), QMessageBox.ButtonRole.DestructiveRole)
        cancel = box.addButton(QMessageBox.StandardButton.Cancel)
        yes.setAccessibleName(self.tr("Revoke"))
        cancel.setAccessibleName(self.tr("Cancel"))
        box.setDefaultButton(cancel)
        box.setEscapeButton(cancel)
        box.finished.connect(lambda _: self._revoke_answer(box, yes, device))
        self.revoke_box = box
        box.open()
        return box

    def _revoke_answer(self, box: QMessageBox, yes: Any, device: DeviceInfo) -> None:
        if box.clickedButton() is not yes:
            return
        devices, device_id = self.coordinator.devices, device.id

        def done(info: DeviceInfo) -> None:
            self._told(self.tr("Revoked {0}; its bundles will be refused from now on.")
                       .format(info.id), mailbox_too=True)  # fmt: skip

        self.ops.run(lambda: devices.revoke(device_id), done, self._failed, owner=self)

    # -- assigning -------------------------------------------------------------------------
    def ask_assign(self, code: str = "") -> AssignDialog:
        device = self.selected()
        volunteer = device.volunteer if device is not None and device.volunteer else ""
        dialog = AssignDialog(self, self.ops, self.coordinator, self.volunteers(), code, volunteer)
        dialog.assigned.connect(self._assigned)
        self.assign_dialog = dialog
        dialog.open()
        return dialog

    def _assigned(self, code: str, volunteer: str) -> None:
        self._told(self.tr("{0} is now {1}'s match.").format(code, volunteer))

    def _failed(self, message: str, error: LogbookError | None) -> None:
        self.say.emit(message, True)

    def discard(self) -> None:
        for dialog in (self.approve_dialog, self.assign_dialog, self.revoke_box,
                       self.end_dialog, self.unassign_box):  # fmt: skip
            if dialog is not None:
                dialog.hide()
        self.model.set_rows([])
        self.assignments.set_rows([])
