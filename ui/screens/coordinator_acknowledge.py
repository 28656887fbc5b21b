"""Acknowledging an alert: who saw it and an optional note; it leaves the list until newly true."""

from __future__ import annotations

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QPlainTextEdit, QWidget

from logbook.coordinator.alert_acks import MAX_BY, Acknowledged, alert_key
from logbook.coordinator.dashboard import Alert, AlertKind
from logbook.coordinator.service import Coordinator
from ui.models.coordinator import AlertsModel
from ui.operations import Operations
from ui.widgets.form_dialog import FormDialog


class AcknowledgeDialog(FormDialog):
    """Says what comes back and when; the core records who, when and the note."""

    def __init__(
        self, parent: QWidget, ops: Operations, coordinator: Coordinator, alert: Alert,
        by: str, no_contact_weeks: int,
    ) -> None:  # fmt: skip
        super().__init__(parent, ops)
        self.coordinator, self.alert, self.weeks = coordinator, alert, no_contact_weeks
        self.acknowledged: Acknowledged | None = None
        self.setWindowTitle(self.tr("Acknowledge an alert"))
        words = AlertsModel()
        what = QLabel(f"<b>{words.kind_text(alert.kind)}</b> · {alert.subject}")
        what.setAccessibleName(self.tr("Alert"))
        detail = QLabel(words.detail(alert))
        detail.setWordWrap(True)
        self.explain = QLabel(self.comes_back())
        self.explain.setWordWrap(True)
        self.by = QLineEdit(by)
        self.by.setMaxLength(MAX_BY)
        self.by.setAccessibleName(self.tr("Acknowledged by"))
        self.note = QPlainTextEdit()
        self.note.setAccessibleName(self.tr("Note"))
        self.note.setPlaceholderText(self.tr("Optional: what you did, or why it can wait"))
        self.note.setTabChangesFocus(True)
        by_label, note_label = QLabel(self.tr("Acknowledged &by:")), QLabel(self.tr("&Note:"))
        by_label.setBuddy(self.by)
        note_label.setBuddy(self.note)
        form = QFormLayout(self)
        form.addRow(what)
        form.addRow(detail)
        form.addRow(self.explain)
        form.addRow(by_label, self.by)
        form.addRow(note_label, self.note)
        form.addRow(self.error)
        form.addRow(self.buttons)
        self.note.setMinimumHeight(self.fontMetrics().height() * 4)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 64)
        ok = self.buttons.button(self.buttons.StandardButton.Ok)
        ok.setText(self.tr("&Acknowledge"))
        ok.setAccessibleName(self.tr("Acknowledge"))
        self.by.textChanged.connect(self.error.hide)
        self.note.textChanged.connect(self.error.hide)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.note.setFocus()  # the name is filled in already; the note is what is left

    def comes_back(self) -> str:
        if self.alert.kind is AlertKind.CONCERN_UNREPORTED:
            return self.tr("It leaves the list, and comes back if another concern is raised in "
                           "that week. It leaves for good once the volunteer's logbook says "
                           "every concern was reported.")  # fmt: skip
        if self.alert.kind is AlertKind.NO_CONTACT:
            return self.tr("It leaves the list, and comes back if there is still no contact "
                           "%n week(s) from now.", "", self.weeks)  # fmt: skip
        return self.tr("It leaves the list, and comes back if anything in it changes.")

    def save(self) -> None:
        coordinator, key, weeks = self.coordinator, alert_key(self.alert), self.weeks
        by, note = self.by.text(), self.note.toPlainText()
        self.submit(lambda: coordinator.acknowledge_alert(key, by, note, weeks), self._done)

    def _done(self, acknowledged: Acknowledged) -> None:
        self.acknowledged = acknowledged
