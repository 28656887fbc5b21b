"""The people a volunteer supports: add, end and erase matches; see who needs contact."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QSortFilterProxyModel, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from logbook.records.book import Logbook
from logbook.records.dto import MatchInfo
from ui.models.matches import COL_CODE, MATCH_ROLE, SORT_ROLE, MatchesModel
from ui.operations import Operations
from ui.widgets.form_dialog import FormDialog

if TYPE_CHECKING:
    from ui.screens.measures import MeasuresDialog


class AddMatchDialog(FormDialog):
    def __init__(self, parent: QWidget, book: Logbook, ops: Operations) -> None:
        super().__init__(parent, ops)
        self.book = book
        self.setWindowTitle(self.tr("Add a match"))
        self.code = QLineEdit()
        self.code.setAccessibleName(self.tr("Match code"))
        self.code.setPlaceholderText(self.tr("from your coordinator, e.g. M-0042"))
        self.name = QLineEdit()
        self.name.setAccessibleName(self.tr("Name"))
        self.name.setPlaceholderText(self.tr("only ever shown on this laptop"))
        self.start = QDateEdit(QDate.currentDate(), calendarPopup=True)
        self.start.setDisplayFormat("ddd d MMM yyyy")
        self.start.setAccessibleName(self.tr("Start date"))
        self.start.setMaximumDate(QDate.currentDate())
        form = QFormLayout(self)
        form.addRow(self.tr("&Code:"), self.code)
        form.addRow(self.tr("&Name:"), self.name)
        form.addRow(self.tr("&Started:"), self.start)
        form.addRow(self.error)
        form.addRow(self.buttons)

    def save(self) -> None:
        code, name, d = self.code.text(), self.name.text(), self.start.date()
        book = self.book
        self.submit(lambda: book.matches.add(code, name, date(d.year(), d.month(), d.day())))


class MatchesScreen(QWidget):
    changed = Signal()
    show_entries = Signal(str)  # match code

    def __init__(self, book: Logbook, ops: Operations, reminder_days: int = 14) -> None:
        super().__init__()
        self.book, self.ops = book, ops
        self.model = MatchesModel(reminder_days)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.view = QTableView()
        self.view.setAccessibleName(self.tr("Matches"))
        self.view.setModel(self.proxy)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(COL_CODE, Qt.SortOrder.AscendingOrder)
        self.view.verticalHeader().hide()
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.view.setTabKeyNavigation(False)  # Tab leaves the list; arrows move inside it
        self.add_button = QPushButton(self.tr("&Add match…"))
        self.entries_button = QPushButton(self.tr("Show entr&ies"))
        self.measures_button = QPushButton(self.tr("&Outcome measures…"))
        self.end_button = QPushButton(self.tr("E&nd match…"))
        self.erase_button = QPushButton(self.tr("&Erase…"))
        all_buttons = (self.add_button, self.entries_button, self.measures_button,
                       self.end_button, self.erase_button)  # fmt: skip
        for button in all_buttons:
            button.setAccessibleName(button.text().replace("&", "").rstrip("…"))
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

    def reload(self) -> None:
        book = self.book
        self.ops.run(lambda: book.matches.list(), self.model.set_rows, owner=self)

    def selected(self) -> MatchInfo | None:
        rows = self.view.selectionModel().selectedRows(COL_CODE)
        return rows[0].data(MATCH_ROLE) if rows else None

    def add(self) -> None:
        if AddMatchDialog(self, self.book, self.ops).exec():
            self.reload()
            self.changed.emit()

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
            self.ops.run(lambda: book.matches.end(code), lambda _: self._changed(), owner=self)

    def erase_selected(self) -> None:
        match = self.selected()
        if match is None:
            return
        warning = self.tr(
            "Erase {0} and all of its {1} entries, outcome measures and safeguarding concerns "
            "from this laptop? This cannot be undone."
        ).format(match.code, match.entry_count)
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
            self.ops.run(
                lambda: book.matches.erase(code, even_with_unreported_concerns=True),
                lambda _: self._changed(),
                owner=self,
            )

    def _changed(self) -> None:
        self.reload()
        self.changed.emit()
