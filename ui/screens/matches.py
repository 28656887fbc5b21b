"""The people a volunteer supports: add, end and erase matches; see who needs contact."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDate, QSortFilterProxyModel, Qt, Signal
from PySide6.QtWidgets import (
    QCompleter,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from logbook.errors import InvalidValue
from logbook.org.membership import MembershipService
from logbook.records.book import Logbook
from logbook.records.drafts import DraftForm, MatchDraft
from logbook.records.dto import MatchInfo
from logbook.records.matches import validate_new
from ui.models.matches import COL_CODE, MATCH_ROLE, SORT_ROLE, MatchesModel
from ui.operations import Operations
from ui.widgets.accessible import named
from ui.widgets.context_menu import ContextMenu, MenuItems
from ui.widgets.draft_dialog import DraftDialog
from ui.widgets.field_errors import FieldErrors
from ui.widgets.fit_screen import fit_to_screen, grow_to_fit
from ui.widgets.form_dialog import StandardButton
from ui.widgets.record_table import RecordTable

if TYPE_CHECKING:
    from ui.screens.measures import MeasuresDialog


class AddMatchDialog(DraftDialog):
    """A single-action form: Enter adds the match."""

    form_kind = DraftForm.MATCH

    def __init__(self, parent: QWidget, book: Logbook, ops: Operations) -> None:
        super().__init__(parent, ops, book, StandardButton.Ok | StandardButton.Cancel)
        self.setWindowTitle(self.tr("Add a match"))
        self.code = QLineEdit()
        self.code.setAccessibleName(self.tr("Match code"))
        self.code.setPlaceholderText(self.tr("from your coordinator, e.g. M-0042"))
        self.name = QLineEdit()
        self.name.setAccessibleName(self.tr("Name"))
        self.name.setPlaceholderText(self.tr("only ever shown on this laptop"))
        # No maximum date: a future date is said in words, never silently refused.
        self.start = QDateEdit(QDate.currentDate())
        self.start.setCalendarPopup(True)
        self.start.setDisplayFormat("ddd d MMM yyyy")
        self.start.setAccessibleName(self.tr("Start date"))
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.errors = FieldErrors(form)
        for text, field in ((self.tr("&Code:"), self.code), (self.tr("&Name:"), self.name),
                            (self.tr("&Started:"), self.start)):  # fmt: skip
            label = QLabel(text)
            label.setBuddy(field)
            self.errors.add_row(label, field)
        self.fields = {"match code": self.code, "display name": self.name,
                       "start date": self.start}  # fmt: skip
        # Whether the code is one the coordinator assigned: known once the list has arrived.
        self.choices: tuple[str, ...] | None = None
        self.code_note = QLabel()
        self.code_note.setWordWrap(True)
        self.code_note.setAccessibleName(self.tr("About the match code"))
        self.code_note.hide()
        form.insertRow(1, "", self.code_note)
        self.code.textChanged.connect(self._describe_code)
        store = book.store
        ops.run(lambda: MembershipService(store).code_choices(), self._got_choices, owner=self)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.watch(self.code.textChanged, self.name.textChanged, self.start.dateChanged)
        fit_to_screen(self, self.fontMetrics().averageCharWidth() * 56)
        self.code.setFocus()
        self.start_drafts()

    def _got_choices(self, choices: tuple[str, ...] | None) -> None:
        self.choices = choices
        if choices is not None:
            completer = QCompleter(list(choices), self.code)
            completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
            completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
            self.code.setCompleter(completer)
            self.code.setPlaceholderText(
                self.tr("pick one of the codes assigned to you") if choices
                else self.tr("no code is assigned to you yet: ask your coordinator")
            )  # fmt: skip
        self._describe_code()

    def _describe_code(self) -> None:
        code = self.code.text().strip().upper()
        if not code:
            self.code_note.hide()
            return
        if self.choices is None:
            self.code_note.setText(
                self.tr("Unconfirmed: your coordinator has not sent the codes assigned to you "
                        "yet. Check this one with them.")
            )  # fmt: skip
        elif code in self.choices:
            self.code_note.setText(self.tr("Assigned to you by your coordinator."))
        else:
            self.code_note.hide()  # the field's own error says what is wrong
            return
        self.code_note.show()
        grow_to_fit(self)  # the note's wrapped lines whole, never cut mid-sentence

    def _start(self) -> date:
        d = self.start.date()
        return date(d.year(), d.month(), d.day())

    def problem(self) -> InvalidValue | None:
        try:
            code, _, _ = validate_new(self.code.text(), self.name.text(), self._start())
        except InvalidValue as exc:
            return exc
        if self.choices is not None and code not in self.choices:
            listed = ", ".join(self.choices) or self.tr("none yet")
            return InvalidValue(
                "match code",
                self.tr("is not one assigned to you (yours: {0}); ask your coordinator")
                .format(listed),
            )  # fmt: skip
        return None

    def save_work(self) -> tuple[Callable[[], Any], Callable[[Any], None] | None]:
        code, name, start, book, key = (
            self.code.text(),
            self.name.text(),
            self._start(),
            self.book,
            self.key,
        )
        return lambda: book.matches.add(code, name, start, draft=key), None

    def draft(self) -> MatchDraft:
        return MatchDraft(code=self.code.text(), name=self.name.text(), start_date=self._start())

    def load_draft(self, draft: Any) -> None:
        assert isinstance(draft, MatchDraft)
        self.code.setText(draft.code)
        self.name.setText(draft.name)
        if draft.start_date is not None:
            d = draft.start_date
            self.start.setDate(QDate(d.year, d.month, d.day))


class MatchesScreen(QWidget):
    show_entries = Signal(str)  # match code

    def __init__(self, book: Logbook, ops: Operations, reminder_days: int = 14) -> None:
        super().__init__()
        self.book, self.ops = book, ops
        self.model = MatchesModel(reminder_days)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.view = RecordTable(self.tr("Matches"))
        self.view.setModel(self.proxy)
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(COL_CODE, Qt.SortOrder.AscendingOrder)
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.add_button = QPushButton(self.tr("&Add match…"))
        self.entries_button = QPushButton(self.tr("Show entr&ies"))
        self.measures_button = QPushButton(self.tr("&Outcome measures…"))
        self.end_button = QPushButton(self.tr("E&nd match…"))
        self.erase_button = QPushButton(self.tr("&Erase…"))
        all_buttons = (self.add_button, self.entries_button, self.measures_button,
                       self.end_button, self.erase_button)  # fmt: skip
        for button in all_buttons:
            named(button)
        buttons = QHBoxLayout()
        for button in all_buttons[:-1]:
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.erase_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)
        self.add_button.clicked.connect(self.add)
        self.entries_button.clicked.connect(self._show_entries)
        self.measures_button.clicked.connect(self.open_measures)
        self.end_button.clicked.connect(self.end_selected)
        self.erase_button.clicked.connect(self.erase_selected)
        self.view.activated.connect(self._show_entries)
        # Acting on a match needs one chosen: the buttons say so by being unavailable.
        self.view.selectionModel().selectionChanged.connect(self._enable)
        self.proxy.modelReset.connect(self._enable)
        self.menu = ContextMenu(self.view, self._menu_items)
        self._enable()

    def _enable(self, *_: object) -> None:
        match = self.selected()
        for button in (self.entries_button, self.measures_button, self.erase_button):
            button.setEnabled(match is not None)
        self.end_button.setEnabled(match is not None and match.active)

    def _menu_items(self) -> MenuItems:
        match = self.selected()
        one = match is not None
        return [
            (self.tr("Show entries"), self._show_entries, one),
            (self.tr("Outcome measures…"), self.open_measures, one),
            (self.tr("End match…"), self.end_selected, one and match.active),  # type: ignore[union-attr]
            (self.tr("Erase…"), self.erase_selected, one),
        ]

    def selected(self) -> MatchInfo | None:
        rows = self.view.selectionModel().selectedRows(COL_CODE)
        return rows[0].data(MATCH_ROLE) if rows else None

    def add(self) -> AddMatchDialog:
        # Opened, not exec()'d: no nested event loop for a lock to unwind through.
        dialog = AddMatchDialog(self, self.book, self.ops)
        dialog.open()
        return dialog

    def _show_entries(self) -> None:
        match = self.selected()
        if match is not None:
            self.show_entries.emit(match.code)

    def measures_dialog(self, match: MatchInfo) -> MeasuresDialog:
        from ui.screens.measures import MeasuresDialog

        return MeasuresDialog(self, self.book, self.ops, match)

    def open_measures(self) -> None:
        match = self.selected()
        if match is not None:
            self.measures_dialog(match).exec()

    def end_selected(self) -> None:
        match = self.selected()
        if match is None or not match.active:
            return
        answer = QMessageBox.question(
            self, self.tr("End match"),
            self.tr("End the match {0} today? Its records stay in your logbook.").format(
                match.code
            ),
        )  # fmt: skip
        if answer == QMessageBox.StandardButton.Yes:
            book, code = self.book, match.code
            self.ops.mutate(lambda: book.matches.end(code), owner=self)

    def erase_selected(self) -> None:
        match = self.selected()
        if match is None:
            return
        warning = self.tr(
            "Erase {0} and all of its %n entries, outcome measures and safeguarding concerns "
            "from this laptop? This cannot be undone.",
            "",
            match.entry_count,
        ).format(match.code)
        if match.unreported_concerns:
            warning = (
                self.tr(
                    "{0} has a safeguarding concern that is NOT YET REPORTED. Report it first. "
                ).format(match.code)
                + warning
            )
        answer = QMessageBox.warning(
            self, self.tr("Erase match"), warning,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )  # fmt: skip
        if answer == QMessageBox.StandardButton.Yes:
            book, code = self.book, match.code
            self.ops.mutate(
                lambda: book.matches.erase(code, even_with_unreported_concerns=True), owner=self
            )
