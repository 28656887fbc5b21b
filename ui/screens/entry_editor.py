"""Add or edit a visit, conversation or reflection, with inline validation."""

from __future__ import annotations

import contextlib
import dataclasses
from datetime import date, time
from typing import Any

from PySide6.QtCore import QDate, QEvent, QTime, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QSpinBox,
    QTextEdit,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from logbook.errors import InvalidValue, LogbookError
from logbook.records.book import Logbook
from logbook.records.dto import EntryInfo, EntryInput
from logbook.records.entries import validate
from logbook.records.values import Kind, Mode
from ui.labels import kind_name, mode_name, seemed_name
from ui.operations import Operations
from ui.screens.common import error_label
from ui.widgets.tags import TagField

# Which core field each widget edits, so a validation error lands next to its field.
FIELD_OF_ERROR = {
    "kind": "kind", "match": "match", "date": "date", "time": "time", "minutes": "minutes",
    "mode": "mode", "place": "place", "seemed": "seemed", "wellbeing": "wellbeing",
    "notes": "notes", "activities": "activities", "topics": "topics",
}  # fmt: skip


AUTOSAVE_MS = 5_000


def draft_key(entry: EntryInfo | None) -> str:
    return f"entry:{entry.id}" if entry else "new"


class EntryEditor(QDialog):
    """Built per use; saving and drafts go through the operations worker.

    Drafts are autosaved every few seconds and when the editor loses focus, encrypted in the
    profile's database like everything else, so a crash or a lock loses nothing typed.
    """

    saved = Signal(object)  # EntryInfo

    def __init__(
        self,
        parent: QWidget | None,
        *,
        book: Logbook,
        ops: Operations,
        matches: dict[str, str],
        activities: list[str],
        topics: list[str],
        kind: Kind = Kind.VISIT,
        entry: EntryInfo | None = None,
    ) -> None:
        super().__init__(parent)
        self.book, self.ops = book, ops
        self.entry = entry
        self.key = draft_key(entry)
        self.dirty = False
        self._closing = False
        self.setWindowTitle(self.tr("Edit entry") if entry else self.tr("New entry"))
        self.setModal(True)

        self.kind = QComboBox()
        for k in Kind:
            self.kind.addItem(kind_name(k), k)
        self.match = QComboBox()
        self.match.addItem(self.tr("(none)"), None)
        for code, name in sorted(matches.items(), key=lambda item: item[1].casefold()):
            self.match.addItem(f"{name} ({code})", code)
        self.day = QDateEdit(calendarPopup=True)
        self.day.setDisplayFormat("ddd d MMM yyyy")
        self.day.setMaximumDate(QDate.currentDate())
        self.day.setDate(QDate.currentDate())
        self.has_time = QCheckBox(self.tr("at"))
        self.time = QTimeEdit()
        self.time.setDisplayFormat("HH:mm")
        self.time.setEnabled(False)
        self.minutes = QSpinBox(minimum=1, maximum=1440, value=60, suffix=self.tr(" min"))
        self.mode = QComboBox()
        for m in Mode:
            self.mode.addItem(mode_name(m), m)
        self.place = QLineEdit()
        self.seemed = QComboBox()
        self.seemed.addItem(self.tr("Not recorded"), None)
        for v in range(1, 6):
            self.seemed.addItem(seemed_name(v), v)
        self.wellbeing = QComboBox()
        self.wellbeing.addItem(self.tr("Not recorded"), None)
        for v in range(1, 6):
            self.wellbeing.addItem(seemed_name(v), v)
        self.activities = TagField(self.tr("Activities"))
        self.activities.set_choices(activities)
        self.topics = TagField(self.tr("Topics"))
        self.topics.set_choices(topics)
        self.notes = QTextEdit()
        self.notes.setAcceptRichText(False)
        self.notes.setTabChangesFocus(True)
        self.notes.setMinimumHeight(160)
        self.follow_up = QCheckBox(self.tr("I want to follow something up"))
        self.error = error_label()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        names = {
            self.kind: self.tr("Kind of entry"), self.match: self.tr("Match"),
            self.day: self.tr("Date"), self.has_time: self.tr("Record a time"),
            self.time: self.tr("Time"), self.minutes: self.tr("Minutes"),
            self.mode: self.tr("Mode"), self.place: self.tr("Place"),
            self.seemed: self.tr("How the person seemed"),
            self.wellbeing: self.tr("Your own wellbeing"), self.notes: self.tr("Notes"),
            self.follow_up: self.tr("Follow-up wanted"),
        }  # fmt: skip
        for widget, name in names.items():
            widget.setAccessibleName(name)
        for button in self.buttons.buttons():
            button.setAccessibleName(button.text().replace("&", ""))

        when = QHBoxLayout()
        when.addWidget(self.day, 1)
        when.addWidget(self.has_time)
        when.addWidget(self.time)
        self.form = QFormLayout()
        self.form.addRow(self.tr("&Kind:"), self.kind)
        self.form.addRow(self.tr("&Match:"), self.match)
        date_label = QLabel(self.tr("&Date:"))
        date_label.setBuddy(self.day)
        self.form.addRow(date_label, when)
        self.form.addRow(self.tr("M&inutes:"), self.minutes)
        self.form.addRow(self.tr("M&ode:"), self.mode)
        self.form.addRow(self.tr("&Place:"), self.place)
        self.form.addRow(self.tr("&Seemed:"), self.seemed)
        self.form.addRow(self.tr("&Wellbeing:"), self.wellbeing)
        self.form.addRow(self.tr("&Activities:"), self.activities)
        self.form.addRow(self.tr("&Topics:"), self.topics)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        notes_label = QLabel(self.tr("&Notes (Markdown):"))
        notes_label.setBuddy(self.notes)
        layout.addWidget(notes_label)
        layout.addWidget(self.notes, 1)
        layout.addWidget(self.follow_up)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.has_time.toggled.connect(self.time.setEnabled)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        for signal in (self.kind.currentIndexChanged, self.match.currentIndexChanged,
                       self.minutes.valueChanged, self.day.dateChanged):  # fmt: skip
            signal.connect(self._check)

        self.kind.setCurrentIndex(list(Kind).index(entry.kind if entry else kind))
        if entry is not None:
            self.load(entry)
        self._kind_changed()
        self.resize(560, 640)

        self.autosave_timer = QTimer(self, interval=AUTOSAVE_MS)
        self.autosave_timer.timeout.connect(self.autosave)
        self.autosave_timer.start()
        for changed in (
            self.kind.currentIndexChanged, self.match.currentIndexChanged, self.day.dateChanged,
            self.has_time.toggled, self.time.timeChanged, self.minutes.valueChanged,
            self.mode.currentIndexChanged, self.place.textChanged,
            self.seemed.currentIndexChanged, self.wellbeing.currentIndexChanged,
            self.activities.textChanged, self.topics.textChanged, self.notes.textChanged,
            self.follow_up.toggled,
        ):  # fmt: skip
            changed.connect(self._mark_dirty)
        self.dirty = False

    def load(self, e: EntryInfo) -> None:
        self.kind.setCurrentIndex(list(Kind).index(e.kind))
        if e.match_code:
            self.match.setCurrentIndex(max(0, self.match.findData(e.match_code)))
        self.day.setDate(QDate(e.occurred_on.year, e.occurred_on.month, e.occurred_on.day))
        self.has_time.setChecked(e.occurred_time is not None)
        if e.occurred_time:
            self.time.setTime(QTime(e.occurred_time.hour, e.occurred_time.minute))
        if e.minutes:
            self.minutes.setValue(e.minutes)
        if e.mode:
            self.mode.setCurrentIndex(list(Mode).index(e.mode))
        self.place.setText(e.place or "")
        self.seemed.setCurrentIndex(self.seemed.findData(e.seemed) if e.seemed else 0)
        self.wellbeing.setCurrentIndex(self.wellbeing.findData(e.wellbeing) if e.wellbeing else 0)
        self.activities.set_tags(e.activities)
        self.topics.set_tags(e.topics)
        self.notes.setMarkdown(e.notes)
        self.follow_up.setChecked(e.follow_up)

    def _kind(self) -> Kind:
        # Qt hands enum members back as plain strings, so convert before comparing.
        return Kind(self.kind.currentData())

    def _kind_changed(self) -> None:
        contact = self._kind() is not Kind.REFLECTION
        for widget in (self.minutes, self.mode, self.place, self.seemed):
            widget.setVisible(contact)
            label = self.form.labelForField(widget)
            if label is not None:
                label.setVisible(contact)
        self.wellbeing.setVisible(not contact)
        label = self.form.labelForField(self.wellbeing)
        if label is not None:
            label.setVisible(not contact)
        if self._kind() is Kind.CONVERSATION and self.entry is None:
            self.mode.setCurrentIndex(list(Mode).index(Mode.PHONE))
        self._check()

    def entry_input(self) -> EntryInput:
        kind = self._kind()
        contact = kind is not Kind.REFLECTION
        day = self.day.date()
        t = self.time.time()
        notes = self.notes.toMarkdown().strip() if self.notes.toPlainText().strip() else ""
        return EntryInput(
            kind=kind,
            occurred_on=date(day.year(), day.month(), day.day()),
            match_code=self.match.currentData(),
            occurred_time=time(t.hour(), t.minute()) if self.has_time.isChecked() else None,
            minutes=self.minutes.value() if contact else None,
            mode=Mode(self.mode.currentData()) if contact else None,
            place=(self.place.text() or None) if contact else None,
            seemed=self.seemed.currentData() if contact else None,
            wellbeing=None if contact else self.wellbeing.currentData(),
            notes=notes,
            follow_up=self.follow_up.isChecked(),
            activities=self.activities.tags(),
            topics=self.topics.tags(),
        )

    # -- drafts ------------------------------------------------------------------------
    def _mark_dirty(self) -> None:
        self.dirty = True

    def payload(self) -> dict[str, Any]:
        e = self.entry_input()
        return {
            "kind": e.kind.value, "match_code": e.match_code,
            "occurred_on": e.occurred_on.isoformat(),
            "occurred_time": e.occurred_time.isoformat() if e.occurred_time else None,
            "minutes": self.minutes.value(), "mode": Mode(self.mode.currentData()).value,
            "place": self.place.text(), "seemed": self.seemed.currentData(),
            "wellbeing": self.wellbeing.currentData(), "notes": e.notes,
            "follow_up": e.follow_up, "activities": self.activities.text(),
            "topics": self.topics.text(),
        }  # fmt: skip

    def load_payload(self, data: dict[str, Any]) -> None:
        """Put a draft back into the fields (anything unreadable is left as it is)."""
        self.kind.setCurrentIndex(max(0, self.kind.findData(data.get("kind"))))
        self.match.setCurrentIndex(max(0, self.match.findData(data.get("match_code"))))
        with contextlib.suppress(TypeError, ValueError):
            d = date.fromisoformat(str(data.get("occurred_on")))
            self.day.setDate(QDate(d.year, d.month, d.day))
        self.has_time.setChecked(bool(data.get("occurred_time")))
        with contextlib.suppress(TypeError, ValueError):
            t = time.fromisoformat(str(data.get("occurred_time")))
            self.time.setTime(QTime(t.hour, t.minute))
        if isinstance(data.get("minutes"), int):
            self.minutes.setValue(data["minutes"])
        self.mode.setCurrentIndex(max(0, self.mode.findData(data.get("mode"))))
        self.place.setText(str(data.get("place") or ""))
        self.seemed.setCurrentIndex(max(0, self.seemed.findData(data.get("seemed"))))
        self.wellbeing.setCurrentIndex(max(0, self.wellbeing.findData(data.get("wellbeing"))))
        self.notes.setMarkdown(str(data.get("notes") or ""))
        self.follow_up.setChecked(bool(data.get("follow_up")))
        self.activities.setText(str(data.get("activities") or ""))
        self.topics.setText(str(data.get("topics") or ""))
        self.dirty = True

    def autosave(self) -> None:
        if not self.dirty or self._closing:
            return
        self.dirty = False
        drafts, key, payload = self.book.drafts, self.key, self.payload()
        self.ops.run(lambda: drafts.save(key, payload), owner=self)

    def changeEvent(self, event: QEvent) -> None:
        # Losing focus (another window, the laptop locking) saves the draft at once.
        if event.type() == QEvent.Type.ActivationChange and not self.isActiveWindow():
            self.autosave()
        super().changeEvent(event)

    def close_for_lock(self) -> None:
        """Keep the draft (saved first, through the worker) and close without asking."""
        self.dirty = True
        self.autosave()
        self._closing = True
        self.autosave_timer.stop()
        super().reject()

    def reject(self) -> None:
        """Cancel: ask before throwing away typed changes, then drop the draft."""
        if self.dirty and self.isVisible():
            answer = QMessageBox.question(
                self, self.tr("Discard changes"),
                self.tr("Close without saving? What you typed here will be lost."),
            )  # fmt: skip
            if answer != QMessageBox.StandardButton.Yes:
                return
        self.discard()

    def discard(self) -> None:
        self._closing = True
        self.autosave_timer.stop()
        drafts, key = self.book.drafts, self.key
        self.ops.run(lambda: drafts.discard(key), owner=self)
        super().reject()

    def _check(self) -> InvalidValue | None:
        """Validate as the core will; show the first problem next to the form."""
        try:
            validate(self.entry_input())
        except InvalidValue as exc:
            self.error.setText(self.tr("{0}: {1}").format(exc.field.capitalize(), exc.problem))
            self.error.show()
            self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(False)
            return exc
        self.error.hide()
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(True)
        return None

    def save(self) -> None:
        if self._check() is not None:
            return
        self.buttons.setEnabled(False)
        self.autosave_timer.stop()
        data, book, key, entry = self.entry_input(), self.book, self.key, self.entry

        def save() -> EntryInfo:
            if entry is None:
                saved = book.entries.add(data)
            else:
                changes = {f.name: getattr(data, f.name) for f in dataclasses.fields(EntryInput)}
                saved = book.entries.edit(entry.id, **changes)
            book.drafts.discard(key)
            return saved

        self.ops.run(save, self._saved, self._failed, owner=self)

    def _saved(self, entry: EntryInfo) -> None:
        self._closing = True
        self.saved.emit(entry)
        self.accept()

    def _failed(self, message: str, error: LogbookError | None) -> None:
        self.buttons.setEnabled(True)
        self.autosave_timer.start()
        self.error.setText(message)
        self.error.show()
