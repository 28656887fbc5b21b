"""Add or edit a visit, conversation or reflection, with inline validation."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from datetime import date, time
from typing import Any

from PySide6.QtCore import QDate, Qt, QTime, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from logbook.errors import InvalidValue
from logbook.records import values
from logbook.records.book import Logbook
from logbook.records.drafts import DraftForm, DraftKey, EntryDraft
from logbook.records.dto import EntryInfo, EntryInput
from logbook.records.entries import validate
from logbook.records.values import Kind, Mode
from ui.labels import kind_name, mode_name, seemed_name
from ui.operations import Operations
from ui.widgets.draft_dialog import DraftDialog
from ui.widgets.field_errors import FieldErrors
from ui.widgets.fit_screen import fit_to_screen
from ui.widgets.markdown_highlighter import MarkdownHighlighter
from ui.widgets.plain_text import plain_text
from ui.widgets.tags import TagField

DEFAULT_MINUTES = "60"


class EntryEditor(DraftDialog):
    """Built per use; saving and drafts go through the operations worker.

    Drafts are autosaved every few seconds and when the editor loses focus, encrypted in the
    profile's database like everything else, so a crash or a lock loses nothing typed.
    """

    form_kind = DraftForm.ENTRY
    live_errors = True
    saved = Signal(object)  # EntryInfo

    def __init__(
        self,
        parent: QWidget,
        *,
        book: Logbook,
        ops: Operations,
        matches: dict[str, str],
        activities: list[str],
        topics: list[str],
        kind: Kind = Kind.VISIT,
        entry: EntryInfo | None = None,
    ) -> None:
        key = DraftKey.of_entry(entry.id) if entry else None
        super().__init__(parent, ops, book, key=key)
        self.entry = entry
        self.setWindowTitle(self.tr("Edit entry") if entry else self.tr("New entry"))
        self.setModal(True)

        self.kind = QComboBox()
        for k in Kind:
            self.kind.addItem(kind_name(k), k)
        self.match = QComboBox()
        self.match.addItem(self.tr("(none)"), None)
        for code, name in sorted(matches.items(), key=lambda item: item[1].casefold()):
            self.match.addItem(f"{name} ({code})", code)
        if entry is None and kind is not Kind.REFLECTION and len(matches) == 1:
            self.match.setCurrentIndex(1)  # a visit or call needs a match: the only one
        # No maximum date: a future date is said in words, never silently refused.
        self.day = QDateEdit()
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("ddd d MMM yyyy")
        self.day.setDate(QDate.currentDate())
        self.has_time = QCheckBox(self.tr("at"))
        self.time = QTimeEdit()
        self.time.setDisplayFormat("HH:mm")
        self.time.setEnabled(False)
        # A plain line, not a spin box: a spin box silently clamps or drops what was typed.
        self.minutes = QLineEdit(DEFAULT_MINUTES)
        self.minutes.setPlaceholderText(self.tr("1 to 1440"))
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
        # Markdown is edited as plain text and stored exactly as typed: a rich-text
        # document's Markdown round trip escapes and rewraps what people write.
        self.notes = QPlainTextEdit()
        self.notes.setTabChangesFocus(True)
        self.notes.setMinimumHeight(self.fontMetrics().lineSpacing() * 6)
        self.highlighter = MarkdownHighlighter(self.notes.document())
        self.follow_up = QCheckBox(self.tr("I want to &follow something up"))
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

        when = QWidget()
        when_row = QHBoxLayout(when)
        when_row.setContentsMargins(0, 0, 0, 0)
        when_row.addWidget(self.day, 1)
        when_row.addWidget(self.has_time)
        when_row.addWidget(self.time)
        body = QWidget()
        self.form = QFormLayout(body)
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.errors = FieldErrors(self.form)
        rows: list[tuple[str, QWidget, QWidget | None]] = [
            (self.tr("&Kind:"), self.kind, None), (self.tr("&Match:"), self.match, None),
            (self.tr("&Date:"), when, self.day), (self.tr("M&inutes:"), self.minutes, None),
            (self.tr("M&ode:"), self.mode, None), (self.tr("&Place:"), self.place, None),
            (self.tr("&Seemed:"), self.seemed, None),
            (self.tr("&Wellbeing:"), self.wellbeing, None),
            (self.tr("&Activities:"), self.activities, None),
            (self.tr("&Topics:"), self.topics, None),
            (self.tr("&Notes (Markdown):"), self.notes, None),
        ]  # fmt: skip
        for text, field, marks in rows:
            label = QLabel(text)
            label.setBuddy(marks or field)
            self.errors.add_row(label, field, marks=marks)
        self.errors.share_line(self.time, self.day, self.tr("Time"))
        self.form.addRow(self.follow_up)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # not a Tab stop; Tab scrolls to fields
        scroll.setWidget(body)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

        self.save_by_keys()
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.has_time.toggled.connect(self.time.setEnabled)

        self.kind.setCurrentIndex(list(Kind).index(entry.kind if entry else kind))
        if entry is not None:
            self.load(entry)
        self._kind_changed()
        self.fields = {
            "kind": self.kind, "match": self.match, "match code": self.match,
            "date": self.day, "time": self.time, "minutes": self.minutes,
            "mode": self.mode, "place": self.place, "seemed": self.seemed,
            "wellbeing": self.wellbeing, "notes": self.notes,
            "activities": self.activities, "topics": self.topics,
        }  # fmt: skip
        self.watch(
            self.kind.currentIndexChanged, self.match.currentIndexChanged, self.day.dateChanged,
            self.has_time.toggled, self.time.timeChanged, self.minutes.textChanged,
            self.mode.currentIndexChanged, self.place.textChanged,
            self.seemed.currentIndexChanged, self.wellbeing.currentIndexChanged,
            self.activities.textChanged, self.topics.textChanged, self.notes.textChanged,
            self.follow_up.toggled,
        )  # fmt: skip
        self.check()
        fit_to_screen(self, self.fontMetrics().averageCharWidth() * 64, scroll)
        self.kind.setFocus()
        self.start_drafts()

    def load(self, e: EntryInfo) -> None:
        self.kind.setCurrentIndex(list(Kind).index(e.kind))
        if e.match_code:
            self.match.setCurrentIndex(max(0, self.match.findData(e.match_code)))
        self.day.setDate(QDate(e.occurred_on.year, e.occurred_on.month, e.occurred_on.day))
        self.has_time.setChecked(e.occurred_time is not None)
        if e.occurred_time:
            self.time.setTime(QTime(e.occurred_time.hour, e.occurred_time.minute))
        if e.minutes:
            self.minutes.setText(str(e.minutes))
        if e.mode:
            self.mode.setCurrentIndex(list(Mode).index(e.mode))
        self.place.setText(e.place or "")
        self.seemed.setCurrentIndex(self.seemed.findData(e.seemed) if e.seemed else 0)
        self.wellbeing.setCurrentIndex(self.wellbeing.findData(e.wellbeing) if e.wellbeing else 0)
        self.activities.set_tags(e.activities)
        self.topics.set_tags(e.topics)
        self.notes.setPlainText(e.notes)
        self.follow_up.setChecked(e.follow_up)

    def _kind(self) -> Kind:
        # Qt hands enum members back as plain strings, so convert before comparing.
        return Kind(self.kind.currentData())

    def _kind_changed(self) -> None:
        contact = self._kind() is not Kind.REFLECTION
        for widget in (self.minutes, self.mode, self.place, self.seemed):
            self.form.setRowVisible(widget, contact)
        self.form.setRowVisible(self.wellbeing, not contact)
        if self._kind() is Kind.CONVERSATION and self.entry is None:
            self.mode.setCurrentIndex(list(Mode).index(Mode.PHONE))

    def entry_input(self) -> EntryInput:
        """The entry as the form holds it; raises InvalidValue for a value that is not one."""
        kind = self._kind()
        contact = kind is not Kind.REFLECTION
        day = self.day.date()
        t = self.time.time()
        return EntryInput(
            kind=kind,
            occurred_on=date(day.year(), day.month(), day.day()),
            match_code=self.match.currentData(),
            occurred_time=time(t.hour(), t.minute()) if self.has_time.isChecked() else None,
            minutes=values.whole_number("minutes", self.minutes.text()) if contact else None,
            mode=Mode(self.mode.currentData()) if contact else None,
            place=(self.place.text() or None) if contact else None,
            seemed=self.seemed.currentData() if contact else None,
            wellbeing=None if contact else self.wellbeing.currentData(),
            notes=plain_text(self.notes),
            follow_up=self.follow_up.isChecked(),
            activities=self.activities.tags(),
            topics=self.topics.tags(),
        )

    # -- drafts ------------------------------------------------------------------------
    def draft(self) -> EntryDraft:
        day, t = self.day.date(), self.time.time()
        return EntryDraft(
            kind=self._kind().value, match_code=self.match.currentData(),
            occurred_on=date(day.year(), day.month(), day.day()),
            occurred_time=time(t.hour(), t.minute()) if self.has_time.isChecked() else None,
            minutes=self.minutes.text(), mode=Mode(self.mode.currentData()).value,
            place=self.place.text(), seemed=self.seemed.currentData(),
            wellbeing=self.wellbeing.currentData(), notes=plain_text(self.notes),
            follow_up=self.follow_up.isChecked(), activities=self.activities.text(),
            topics=self.topics.text(),
        )  # fmt: skip

    def load_draft(self, draft: Any) -> None:
        """Put a draft back into the fields (a value no field offers is left as it is)."""
        assert isinstance(draft, EntryDraft)
        self.kind.setCurrentIndex(max(0, self.kind.findData(draft.kind)))
        self.match.setCurrentIndex(max(0, self.match.findData(draft.match_code)))
        if draft.occurred_on is not None:
            d = draft.occurred_on
            self.day.setDate(QDate(d.year, d.month, d.day))
        self.has_time.setChecked(draft.occurred_time is not None)
        if draft.occurred_time is not None:
            self.time.setTime(QTime(draft.occurred_time.hour, draft.occurred_time.minute))
        self.minutes.setText(draft.minutes)
        self.mode.setCurrentIndex(max(0, self.mode.findData(draft.mode)))
        self.place.setText(draft.place)
        self.seemed.setCurrentIndex(max(0, self.seemed.findData(draft.seemed)))
        self.wellbeing.setCurrentIndex(max(0, self.wellbeing.findData(draft.wellbeing)))
        self.notes.setPlainText(draft.notes)
        self.follow_up.setChecked(draft.follow_up)
        self.activities.setText(draft.activities)
        self.topics.setText(draft.topics)

    # -- validation and saving ------------------------------------------------------------
    def problem(self) -> InvalidValue | None:
        try:
            validate(self.entry_input())
        except InvalidValue as exc:
            return exc
        return None

    def save_work(self) -> tuple[Callable[[], Any], Callable[[Any], None] | None]:
        data, book, key, entry = self.entry_input(), self.book, self.key, self.entry

        def save() -> EntryInfo:
            if entry is None:
                return book.entries.add(data, draft=key)
            changes = {f.name: getattr(data, f.name) for f in dataclasses.fields(EntryInput)}
            return book.entries.edit(entry.id, draft=key, **changes)

        return save, self.saved.emit
