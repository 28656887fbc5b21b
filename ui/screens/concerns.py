"""Safeguarding: raise a concern (kept apart from notes), read it in full, add dated notes and
corrections (never changing what was written), mark it reported, export it as PDF."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, time
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate, QItemSelection, Qt, QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTextBrowser,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from logbook.atomicfile import write_for_user
from logbook.errors import InvalidValue
from logbook.records.book import Logbook
from logbook.records.concerns import validate, validate_addition
from logbook.records.drafts import ConcernAdditionDraft, ConcernDraft, DraftForm
from logbook.records.dto import AMENDABLE_FIELDS, ConcernInfo, ConcernInput
from ui.concern_pdf import concern_html, field_label, render_concern_pdf
from ui.models.concerns import COL_DATE, COL_SUMMARY, CONCERN_ROLE, ConcernsModel
from ui.operations import Operations
from ui.widgets.accessible import named
from ui.widgets.context_menu import ContextMenu, MenuItems
from ui.widgets.draft_dialog import DraftDialog
from ui.widgets.field_errors import FieldErrors
from ui.widgets.fit_screen import fit_to_screen
from ui.widgets.form_dialog import FormDialog
from ui.widgets.plain_text import plain_text
from ui.widgets.record_table import RecordTable
from ui.widgets.save_place import suggested


def _day(edit: QDateEdit) -> date:
    d = edit.date()
    return date(d.year(), d.month(), d.day())


def _text_box(name: str, placeholder: str) -> QPlainTextEdit:
    box = QPlainTextEdit()
    box.setAccessibleName(name)
    box.setPlaceholderText(placeholder)
    box.setTabChangesFocus(True)
    box.setMinimumHeight(70)
    return box


class ConcernDialog(DraftDialog):
    """Common safeguarding practice: when and where; their own words; fact apart from
    opinion; action taken; to whom and when it was reported."""

    form_kind = DraftForm.CONCERN

    def __init__(
        self, parent: QWidget, book: Logbook, ops: Operations, matches: dict[str, str],
        contact: str | None,
    ) -> None:  # fmt: skip
        super().__init__(parent, ops, book)
        self.setWindowTitle(self.tr("Raise a safeguarding concern"))
        self.match = QComboBox()
        self.match.setAccessibleName(self.tr("Match"))
        # Nobody chosen at first: a concern filed about the wrong person is worse than none.
        self.match.addItem(self.tr("(choose who it is about)"), None)
        for code, name in sorted(matches.items(), key=lambda item: item[1].casefold()):
            self.match.addItem(f"{name} ({code})", code)
        # No maximum date: a future date is said in words, never silently refused.
        self.day = QDateEdit(QDate.currentDate())
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("ddd d MMM yyyy")
        self.day.setAccessibleName(self.tr("Date"))
        self.has_time = QCheckBox(self.tr("a&t"))
        self.has_time.setAccessibleName(self.tr("Record a time"))
        self.time = QTimeEdit()
        self.time.setDisplayFormat("HH:mm")
        self.time.setAccessibleName(self.tr("Time"))
        self.time.setEnabled(False)
        self.place = QLineEdit()
        self.place.setAccessibleName(self.tr("Where"))
        self.said = _text_box(
            self.tr("What was seen or said"),
            self.tr("What you saw, or what they said, in their own words where you can"),
        )
        self.facts = _text_box(self.tr("Facts"), self.tr("What you know for certain"))
        self.opinion = _text_box(
            self.tr("Opinion"), self.tr("What you think or worry about, kept apart from facts")
        )
        self.action = _text_box(self.tr("Action taken"), self.tr("What you did about it"))
        self.reported = QCheckBox(self.tr("I have already &reported it"))
        self.reported.setAccessibleName(self.tr("Already reported"))
        self.reported_to = QLineEdit()
        self.reported_to.setAccessibleName(self.tr("Reported to"))
        self.reported_to.setEnabled(False)
        self.reminder = QLabel()
        self.reminder.setWordWrap(True)
        self.reminder.setAccessibleName(self.tr("Who to report to"))
        self.reminder.setText(
            self.tr("Report this to your safeguarding lead today: {0}.").format(contact)
            if contact
            else self.tr(
                "Report this today to your organisation's safeguarding lead. If you do not "
                "know who that is, ask your coordinator now."
            )
        )
        self.reminder.setStyleSheet("font-weight: bold;")

        when = QWidget()
        when_row = QHBoxLayout(when)
        when_row.setContentsMargins(0, 0, 0, 0)
        when_row.addWidget(self.day, 1)
        when_row.addWidget(self.has_time)
        when_row.addWidget(self.time)
        reported = QWidget()
        reported_row = QHBoxLayout(reported)
        reported_row.setContentsMargins(0, 0, 0, 0)
        reported_row.addWidget(self.reported)
        reported_row.addWidget(self.reported_to, 1)
        body = QWidget()
        form = QFormLayout(body)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.errors = FieldErrors(form)
        rows: list[tuple[str, QWidget, QWidget | None]] = [
            (self.tr("&Match:"), self.match, None), (self.tr("&When:"), when, self.day),
            (self.tr("W&here:"), self.place, None), (self.tr("&Seen or said:"), self.said, None),
            (self.tr("&Facts:"), self.facts, None), (self.tr("&Opinion:"), self.opinion, None),
            (self.tr("&Action taken:"), self.action, None),
            (self.tr("Reported to:"), reported, self.reported_to),
        ]  # fmt: skip
        for text, field, marks in rows:
            label = QLabel(text)
            label.setBuddy(marks or field)
            self.errors.add_row(label, field, marks=marks)
        self.errors.share_line(self.time, self.day, self.tr("Time"))
        self.fields = {
            "match": self.match, "date": self.day, "time": self.time, "place": self.place,
            "what was seen or said": self.said, "facts": self.facts, "opinion": self.opinion,
            "action taken": self.action, "reported to": self.reported_to,
        }  # fmt: skip
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # not a Tab stop; Tab scrolls to fields
        scroll.setWidget(body)
        layout = QVBoxLayout(self)
        layout.addWidget(self.reminder)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.save_by_keys()
        self.has_time.toggled.connect(self.time.setEnabled)
        self.reported.toggled.connect(self.reported_to.setEnabled)
        self.watch(
            self.match.currentIndexChanged, self.day.dateChanged, self.has_time.toggled,
            self.time.timeChanged, self.place.textChanged, self.said.textChanged,
            self.facts.textChanged, self.opinion.textChanged, self.action.textChanged,
            self.reported.toggled, self.reported_to.textChanged,
        )  # fmt: skip
        fit_to_screen(self, self.fontMetrics().averageCharWidth() * 70, scroll)
        self.match.setFocus()
        self.start_drafts()

    def concern_input(self) -> ConcernInput:
        t = self.time.time()
        reported = self.reported.isChecked()
        return ConcernInput(
            match_code=self.match.currentData() or "",
            occurred_on=_day(self.day),
            occurred_time=time(t.hour(), t.minute()) if self.has_time.isChecked() else None,
            place=self.place.text() or None,
            seen_or_said=plain_text(self.said),
            facts=plain_text(self.facts),
            opinion=plain_text(self.opinion),
            action_taken=plain_text(self.action),
            reported_to=self.reported_to.text() if reported else None,
            reported_on=date.today() if reported else None,
        )

    def problem(self) -> InvalidValue | None:
        try:
            validate(self.concern_input())
        except InvalidValue as exc:
            return exc
        return None

    def save_work(self) -> tuple[Callable[[], Any], Callable[[Any], None] | None]:
        data, book, key = self.concern_input(), self.book, self.key
        return lambda: book.concerns.add(data, draft=key), None

    def draft(self) -> ConcernDraft:
        t = self.time.time()
        return ConcernDraft(
            match_code=self.match.currentData(), occurred_on=_day(self.day),
            occurred_time=time(t.hour(), t.minute()) if self.has_time.isChecked() else None,
            place=self.place.text(), seen_or_said=plain_text(self.said),
            facts=plain_text(self.facts), opinion=plain_text(self.opinion),
            action_taken=plain_text(self.action), reported=self.reported.isChecked(),
            reported_to=self.reported_to.text(),
        )  # fmt: skip

    def load_draft(self, draft: Any) -> None:
        assert isinstance(draft, ConcernDraft)
        self.match.setCurrentIndex(max(0, self.match.findData(draft.match_code)))
        if draft.occurred_on is not None:
            d = draft.occurred_on
            self.day.setDate(QDate(d.year, d.month, d.day))
        self.has_time.setChecked(draft.occurred_time is not None)
        if draft.occurred_time is not None:
            self.time.setTime(QTime(draft.occurred_time.hour, draft.occurred_time.minute))
        self.place.setText(draft.place)
        self.said.setPlainText(draft.seen_or_said)
        self.facts.setPlainText(draft.facts)
        self.opinion.setPlainText(draft.opinion)
        self.action.setPlainText(draft.action_taken)
        self.reported.setChecked(draft.reported)
        self.reported_to.setText(draft.reported_to)


class ConcernAdditionDialog(DraftDialog):
    """A dated follow-up note, or a correction of one field (`amend`). Either is added to the
    concern; what was first written stays as it was, and both show in the concern and its PDF."""

    form_kind = DraftForm.CONCERN_ADDITION

    def __init__(
        self, parent: QWidget, book: Logbook, ops: Operations, concern: ConcernInfo,
        *, amend: bool,
    ) -> None:  # fmt: skip
        super().__init__(parent, ops, book)
        self.concern = concern
        self.setWindowTitle(self.tr("Correct the concern") if amend else self.tr("Add a note"))
        intro = QLabel(
            self.tr(
                "The correction is added with its date. What was first written is kept and "
                "shown beside it: safeguarding records never change silently."
            )
            if amend
            else self.tr("A dated follow-up note, such as \u201cSpoke to the lead again\u201d.")
        )
        intro.setWordWrap(True)
        self.which = QComboBox()
        self.which.setAccessibleName(self.tr("Field to correct"))
        for name in AMENDABLE_FIELDS:
            self.which.addItem(field_label(name), name)
        self.which.setVisible(amend)
        self.on = QDateEdit(QDate.currentDate())
        self.on.setCalendarPopup(True)
        self.on.setDisplayFormat("ddd d MMM yyyy")
        self.on.setAccessibleName(self.tr("Date"))
        self.text = _text_box(
            self.tr("Corrected text") if amend else self.tr("Note"),
            self.tr("The field as it should read") if amend else self.tr("What happened since"),
        )
        self.text.setMinimumHeight(120)
        body = QWidget()
        form = QFormLayout(body)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.errors = FieldErrors(form)
        rows: list[tuple[str, QWidget]] = [(self.tr("&On:"), self.on)]
        if amend:
            rows.insert(0, (self.tr("&Field:"), self.which))
        rows.append((self.tr("&Text:"), self.text))
        for text, field in rows:
            label = QLabel(text)
            label.setBuddy(field)
            self.errors.add_row(label, field)
        self.fields = {"field": self.which, "date": self.on, "text": self.text}
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(body, 1)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.save_by_keys()
        self.which.currentIndexChanged.connect(self._field_chosen)
        self.watch(self.which.currentIndexChanged, self.on.dateChanged, self.text.textChanged)
        if amend:
            self._field_chosen()
        fit_to_screen(self, self.fontMetrics().averageCharWidth() * 60)
        (self.which if amend else self.text).setFocus()
        self.start_drafts()

    def field(self) -> str | None:
        return self.which.currentData() if self.which.isVisibleTo(self) else None

    def _field_chosen(self) -> None:
        # Start from the field as it reads now, so a correction changes only what is wrong.
        name = self.field()
        if name is not None:
            self.text.setPlainText(self.concern.current(name))

    def problem(self) -> InvalidValue | None:
        try:
            validate_addition(self.concern, self.field(), plain_text(self.text), _day(self.on))
        except InvalidValue as exc:
            return exc
        return None

    def save_work(self) -> tuple[Callable[[], Any], Callable[[Any], None] | None]:
        book, key, cid = self.book, self.key, self.concern.id
        field, text, on = self.field(), plain_text(self.text), _day(self.on)
        if field is None:
            return lambda: book.concerns.add_note(cid, text, on, draft=key), None
        return lambda: book.concerns.amend(cid, field, text, on, draft=key), None

    def draft(self) -> ConcernAdditionDraft:
        return ConcernAdditionDraft(
            concern_id=self.concern.id, match_code=self.concern.match_code, field=self.field(),
            written_on=_day(self.on), text=plain_text(self.text),
        )  # fmt: skip

    def load_draft(self, draft: Any) -> None:
        assert isinstance(draft, ConcernAdditionDraft)
        if draft.field is not None:
            self.which.setCurrentIndex(max(0, self.which.findData(draft.field)))
        if draft.written_on is not None:
            d = draft.written_on
            self.on.setDate(QDate(d.year, d.month, d.day))
        self.text.setPlainText(draft.text)


class ReportedDialog(FormDialog):
    def __init__(
        self, parent: QWidget, book: Logbook, ops: Operations, concern: ConcernInfo
    ) -> None:
        super().__init__(parent, ops)
        self.book, self.concern = book, concern
        self.setWindowTitle(self.tr("Mark as reported"))
        self.to = QLineEdit()
        self.to.setAccessibleName(self.tr("Reported to"))
        self.on = QDateEdit(QDate.currentDate())
        self.on.setCalendarPopup(True)
        self.on.setDisplayFormat("ddd d MMM yyyy")
        self.on.setAccessibleName(self.tr("Reported on"))
        self.on.setMaximumDate(QDate.currentDate())
        form = QFormLayout(self)
        form.addRow(self.tr("Reported &to:"), self.to)
        form.addRow(self.tr("&On:"), self.on)
        form.addRow(self.error)
        form.addRow(self.buttons)

    def save(self) -> None:
        book, cid, to, on = self.book, self.concern.id, self.to.text(), _day(self.on)
        self.submit(lambda: book.concerns.mark_reported(cid, to, on), mutation=True)


class ConcernsScreen(QWidget):
    def __init__(self, book: Logbook, ops: Operations) -> None:
        super().__init__()
        self.book, self.ops = book, ops
        self.names: dict[str, str] = {}
        self.contact: str | None = None  # the organisation's safeguarding contact, once enrolled
        self._shown_id: int | None = None  # the concern in the reading pane, kept over reloads
        self.model = ConcernsModel()
        self.view = RecordTable(self.tr("Safeguarding concerns"))
        self.view.setModel(self.model)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_SUMMARY, QHeaderView.ResizeMode.Stretch)
        # The chosen concern in full: read-only, reachable with Tab, scrolled with the keys.
        self.detail = QTextBrowser()
        self.detail.setAccessibleName(self.tr("The chosen concern in full"))
        self.detail.setOpenLinks(False)
        self.detail.setTabChangesFocus(True)  # Tab moves on: the pane is no keyboard trap
        self.detail.setPlaceholderText(self.tr("Choose a concern above to read it in full."))
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self.view)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 2)
        intro = QLabel(
            self.tr(
                "Safeguarding concerns are kept apart from your notes. Only the fact that a "
                "concern was raised, and whether it was reported, is ever sent to your "
                "organisation in a summary."
            )
        )
        intro.setWordWrap(True)
        self.raise_button = QPushButton(self.tr("Raise a &concern…"))
        self.note_button = QPushButton(self.tr("Add a &note…"))
        self.amend_button = QPushButton(self.tr("C&orrect…"))
        self.reported_button = QPushButton(self.tr("Mark report&ed…"))
        self.pdf_button = QPushButton(self.tr("Save as &PDF…"))
        self.actions_needing_one = (
            self.note_button, self.amend_button, self.reported_button, self.pdf_button,
        )  # fmt: skip
        for button in (self.raise_button, *self.actions_needing_one):
            named(button)
        self.saved_notice = QLabel()
        self.saved_notice.setWordWrap(True)
        self.saved_notice.setAccessibleName(self.tr("Where the PDF was saved"))
        self.saved_notice.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.saved_notice.hide()
        buttons = QHBoxLayout()
        buttons.addWidget(self.raise_button)
        buttons.addWidget(self.note_button)
        buttons.addWidget(self.amend_button)
        buttons.addWidget(self.reported_button)
        buttons.addStretch(1)
        buttons.addWidget(self.pdf_button)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.saved_notice)
        layout.addLayout(buttons)
        self.raise_button.clicked.connect(self.raise_concern)
        self.note_button.clicked.connect(lambda: self.add_to(amend=False))
        self.amend_button.clicked.connect(lambda: self.add_to(amend=True))
        self.reported_button.clicked.connect(self.mark_reported)
        self.pdf_button.clicked.connect(self.ask_pdf)
        self.view.selectionModel().selectionChanged.connect(self._selection_changed)
        self.menu = ContextMenu(self.view, self._menu_items)
        self._selection_changed()

    def reload(self) -> None:
        book = self.book
        self.ops.run(lambda: book.concerns.list(), self._rows, owner=self)

    def _rows(self, rows: list[ConcernInfo]) -> None:
        shown = self._shown_id
        self.model.set_rows(rows, self.names)
        for row in range(self.model.rowCount()):
            if self.model.concern(row).id == shown:
                self.view.selectRow(row)
                break
        self._selection_changed()

    def selected(self) -> ConcernInfo | None:
        rows = self.view.selectionModel().selectedRows(COL_DATE)
        return rows[0].data(CONCERN_ROLE) if rows else None

    def _selection_changed(self, *_: QItemSelection) -> None:
        concern = self.selected()
        same = concern is not None and concern.id == self._shown_id
        self._shown_id = concern.id if concern else None
        for button in self.actions_needing_one:
            button.setEnabled(concern is not None)
        self.reported_button.setEnabled(concern is not None and not concern.reported)
        if concern is None:
            self.detail.clear()
            return
        # The same concern after a reload keeps its place; another starts at its top.
        scrolled = self.detail.verticalScrollBar().value() if same else 0
        self.detail.setHtml(concern_html(concern, self.names.get(concern.match_code)))
        self.detail.verticalScrollBar().setValue(scrolled)

    def _menu_items(self) -> MenuItems:
        concern = self.selected()
        one = concern is not None
        return [
            (self.tr("Read in full"), self.detail.setFocus, one),
            (self.tr("Add a note…"), lambda: self.add_to(amend=False), one),
            (self.tr("Correct…"), lambda: self.add_to(amend=True), one),
            (self.tr("Mark reported…"), self.mark_reported, one and not concern.reported),  # type: ignore[union-attr]
            (self.tr("Save as PDF…"), self.ask_pdf, one),
        ]

    def dialog(self) -> ConcernDialog:
        return ConcernDialog(self, self.book, self.ops, self.names, self.contact)

    def addition_dialog(self, concern: ConcernInfo, *, amend: bool) -> ConcernAdditionDialog:
        return ConcernAdditionDialog(self, self.book, self.ops, concern, amend=amend)

    def raise_concern(self) -> ConcernDialog:
        # Opened, not exec()'d: no nested event loop for a lock to unwind through.
        dialog = self.dialog()
        dialog.open()
        return dialog

    def add_to(self, *, amend: bool) -> ConcernAdditionDialog | None:
        concern = self.selected()
        if concern is None:
            return None
        dialog = self.addition_dialog(concern, amend=amend)
        dialog.open()
        return dialog

    def mark_reported(self) -> None:
        concern = self.selected()
        if concern is None or concern.reported:
            return
        ReportedDialog(self, self.book, self.ops, concern).exec()

    def ask_pdf(self) -> None:
        concern = self.selected()
        if concern is None:
            return
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save concern as PDF (not encrypted)"),
            suggested(f"safeguarding-concern-{concern.id}.pdf"), self.tr("PDF files (*.pdf)"),
        )  # fmt: skip
        if path:
            self.save_pdf(concern, Path(path))

    def save_pdf(self, concern: ConcernInfo, path: Path) -> None:
        """Write the PDF (on the worker) and say plainly where it went and that it is not
        protected; a folder that cannot be written is said in the same place."""
        data = render_concern_pdf(concern, self.names.get(concern.match_code))

        def saved(_: object) -> None:
            self.saved_notice.setText(
                self.tr(
                    "Saved to {0}. This PDF is not encrypted: anyone who can open the file "
                    "can read it. Give it only to your safeguarding lead, then delete it."
                ).format(str(path))
            )
            self.saved_notice.show()

        def failed(message: str, _error: object) -> None:
            self.saved_notice.setText(message)
            self.saved_notice.show()

        self.ops.run(lambda: write_for_user("PDF", path, data), saved, failed, owner=self)
