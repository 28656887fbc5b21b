"""The logbook's timeline: every entry, newest first, filtered and searched as you type."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QModelIndex, QSortFilterProxyModel, Qt, QTimer, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from logbook.records.book import Logbook
from logbook.records.dto import EntryInfo, EntryPage, SearchHit
from logbook.records.values import Kind
from ui.labels import kind_name
from ui.models.entries import (
    COL_DATE,
    COL_KIND,
    COL_MATCH,
    COL_MINUTES,
    COL_NOTES,
    ENTRY_ROLE,
    SORT_ROLE,
    EntriesModel,
)
from ui.operations import Operations
from ui.screens.reading_pane import ReadingPane
from ui.widgets.accessible import named
from ui.widgets.context_menu import ContextMenu, MenuItems
from ui.widgets.date_edit import FormDateEdit
from ui.widgets.highlight import HighlightDelegate
from ui.widgets.record_table import RecordTable

PAGE = 200
# The first page after a (re)load: about what a tall window shows, so the list appears
# sooner; the view asks for the next pages (PAGE each) as it is filled or scrolled.
FIRST_PAGE = 50
SEARCH_DELAY_MS = 150
NO_DATE = QDate(1900, 1, 1)


class Timeline(QWidget):
    open_entry = Signal(object)  # EntryInfo
    delete_entry = Signal(object)  # EntryInfo
    add_match_wanted = Signal()  # the empty logbook's first step
    new_visit_wanted = Signal()  # the first entry, once there is someone to write about

    def __init__(self, book: Logbook, ops: Operations) -> None:
        super().__init__()
        self.book, self.ops = book, ops
        self._generation = 0  # answers to superseded queries are dropped
        self.model = EntriesModel()
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)

        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search your notes…"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Search notes"))
        self.match = QComboBox()
        self.match.setAccessibleName(self.tr("Filter by match"))
        self.kind = QComboBox()
        self.kind.setAccessibleName(self.tr("Filter by kind"))
        self.kind.addItem(self.tr("All kinds"), None)
        for k in Kind:
            self.kind.addItem(kind_name(k), k)
        self.date_from = self._date_filter(self.tr("From date"))
        self.date_to = self._date_filter(self.tr("To date"))
        self.count = QLabel()
        self.count.setAccessibleName(self.tr("Number of entries"))

        self.view = RecordTable(self.tr("Entries"))
        self.view.setModel(self.proxy)
        self.view.setSortingEnabled(False)
        self.view.setWordWrap(False)
        self.view.setAlternatingRowColors(True)
        header = self.view.horizontalHeader()
        # Widths from the font once, not ResizeToContents: that re-measures every row on each
        # search keystroke (about 30 ms for 200 rows).
        metrics = self.view.fontMetrics()
        samples = {COL_DATE: "Wed 28 Sep 2026  14:30", COL_KIND: "Conversation · Video call",
                   COL_MATCH: "Margaret Singh-Okafor", COL_MINUTES: "Minutes"}  # fmt: skip
        for column, sample in samples.items():
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(column, metrics.horizontalAdvance(sample) + 16)
        # Below this width the list and the reading pane are stacked, not side by side: at
        # 200 % text on a laptop, side by side left room for the date and kind alone.
        char = metrics.averageCharWidth()
        self._side_by_side_width = (
            sum(header.sectionSize(column) for column in samples)
            + 16 * char  # a little note
            + 36 * char  # the reading pane's narrowest useful width
        )
        header.setSectionResizeMode(COL_NOTES, QHeaderView.ResizeMode.Stretch)
        self.view.setItemDelegateForColumn(COL_NOTES, HighlightDelegate(self.view))

        self.filters_bar = QWidget()
        filters = QHBoxLayout(self.filters_bar)
        filters.setContentsMargins(0, 0, 0, 0)
        filters.addWidget(self.search, 3)
        filters.addWidget(self.match, 1)
        filters.addWidget(self.kind, 1)
        filters.addWidget(QLabel(self.tr("from")))
        filters.addWidget(self.date_from)
        filters.addWidget(QLabel(self.tr("to")))
        filters.addWidget(self.date_to)
        # List and reading pane side by side, as journal apps have them.
        self.reader = ReadingPane()
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.view)
        self.splitter.addWidget(self.reader)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        # An empty logbook says what to do first, with the button that does it.
        self.empty_text = QLabel()
        self.empty_text.setWordWrap(True)
        self.empty_text.setAccessibleName(self.tr("What to do first"))
        font = self.empty_text.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        self.empty_text.setFont(font)
        self.start_button = QPushButton()
        self.start_button.clicked.connect(self._start)
        empty = QWidget()
        empty_layout = QVBoxLayout(empty)
        empty_layout.addStretch(1)
        empty_layout.addWidget(self.empty_text)
        empty_layout.addWidget(self.start_button, 0, Qt.AlignmentFlag.AlignLeft)
        empty_layout.addStretch(2)
        self.pages = QStackedWidget()
        self.pages.addWidget(self.splitter)
        self.pages.addWidget(empty)
        self._has_matches: bool | None = None  # not known until the matches are listed
        layout = QVBoxLayout(self)
        layout.addWidget(self.filters_bar)
        layout.addWidget(self.pages, 1)
        layout.addWidget(self.count)

        self._debounce = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._debounce.timeout.connect(self.reload)
        self.search.textChanged.connect(self._debounce.start)
        for combo in (self.match, self.kind):
            combo.currentIndexChanged.connect(self.reload)
        for edit in (self.date_from, self.date_to):
            edit.dateChanged.connect(self.reload)
        self.model.more_wanted.connect(self._more)
        self.view.activated.connect(self._activated)
        self.view.selectionModel().selectionChanged.connect(self._read)
        # Focus entering the list makes a row current without choosing it: choose it, so the
        # pane shows what the list's focus is on.
        self.view.selectionModel().currentChanged.connect(self._choose_current)
        self.menu = ContextMenu(self.view, self._menu_items)
        self._names: dict[str, str] = {}

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        wide = event.size().width() >= self._side_by_side_width
        orientation = Qt.Orientation.Horizontal if wide else Qt.Orientation.Vertical
        if self.splitter.orientation() != orientation:
            self.splitter.setOrientation(orientation)

    def _date_filter(self, name: str) -> QDateEdit:
        edit = FormDateEdit()
        edit.setCalendarPopup(True)
        edit.setAccessibleName(name)
        edit.setDisplayFormat("d MMM yyyy")
        edit.setMinimumDate(NO_DATE)
        edit.setSpecialValueText(self.tr("any"))
        edit.setDate(NO_DATE)
        return edit

    def set_matches(self, names: dict[str, str]) -> None:
        """Match codes with the names the volunteer gave them, for the filter and the list."""
        self.model.set_match_names(names)
        self._names = names
        self._has_matches = bool(names)
        self._show_empty_state()
        current = self.match.currentData()
        self.match.blockSignals(True)
        self.match.clear()
        self.match.addItem(self.tr("All matches"), None)
        for code, name in sorted(names.items(), key=lambda item: item[1].casefold()):
            self.match.addItem(f"{name} ({code})", code)
        index = self.match.findData(current)
        self.match.setCurrentIndex(max(0, index))
        self.match.blockSignals(False)

    # -- loading ----------------------------------------------------------------------
    def _filters(self) -> dict[str, object]:
        def day(edit: QDateEdit) -> date | None:
            d = edit.date()
            return None if d == NO_DATE else date(d.year(), d.month(), d.day())

        kind = self.kind.currentData()
        return {
            "match_code": self.match.currentData(),
            "kind": Kind(kind) if kind else None,  # Qt returns enum members as strings
            "date_from": day(self.date_from),
            "date_to": day(self.date_to),
        }

    def reload(self) -> None:
        self._generation += 1
        generation, text, filters = self._generation, self.search.text().strip(), self._filters()
        book = self.book
        if text:
            self.ops.run(
                lambda: book.search.search(text, **filters),  # type: ignore[arg-type]
                lambda hits: self._show_hits(generation, hits),
                owner=self,
            )
        else:
            self.ops.run(
                lambda: book.entries.list(limit=FIRST_PAGE, **filters),  # type: ignore[arg-type]
                lambda page: self._show_page(generation, page),
                owner=self,
            )

    def _show_page(self, generation: int, page: EntryPage) -> None:
        if generation != self._generation:
            return
        self.model.set_rows(list(page.entries), page.total)
        self._update_count()
        self._reselect()
        self._show_empty_state()

    def _show_hits(self, generation: int, hits: list[SearchHit]) -> None:
        if generation != self._generation:
            return
        self.model.set_rows(
            [h.entry for h in hits], len(hits), {h.entry.id: (h.snippet, h.spans) for h in hits}
        )
        self._update_count()
        self._reselect()
        self._show_empty_state()

    def empty(self) -> bool:
        """Nothing written at all (not merely nothing matching a search or filter)."""
        filtered = self.search.text().strip() or any(v for v in self._filters().values())
        return not filtered and self.model.total() == 0 and self.model.loaded() == 0

    def _show_empty_state(self) -> None:
        empty = self._has_matches is not None and self.empty()
        # Nothing to search or count yet: only the first step shows.
        had_focus = self.start_button.hasFocus()
        self.filters_bar.setVisible(not empty)
        self.count.setVisible(not empty)
        if not empty:
            if had_focus:
                # The first entry is there: to the search before the button goes, not on into
                # the list (where the focus arriving would choose an entry nobody asked for).
                self.search.setFocus()
            self.pages.setCurrentIndex(0)
            return
        if not self._has_matches:
            self.empty_text.setText(
                self.tr(
                    "Start by adding the person you support. Your coordinator gives you a code "
                    "for them; the name you give them stays on this laptop."
                )
            )
            self.start_button.setText(self.tr("&Add the person you support…"))
        else:
            self.empty_text.setText(
                self.tr("Nothing written yet. After your first visit or call, record it here.")
            )
            self.start_button.setText(self.tr("New &visit…"))
        named(self.start_button)
        self.pages.setCurrentIndex(1)

    def _start(self) -> None:
        if self._has_matches:
            self.new_visit_wanted.emit()
        else:
            self.add_match_wanted.emit()

    def _reselect(self) -> None:
        """A reload keeps the entry being read chosen (and shown as now saved), if listed."""
        reading = self.reader.entry_id
        for row in range(self.proxy.rowCount()):
            index = self.proxy.index(row, COL_DATE)
            if reading is not None and index.data(ENTRY_ROLE).id == reading:
                self.view.setCurrentIndex(index)
                self.view.selectRow(row)
                break
        self._read()

    def _menu_items(self) -> MenuItems:
        entry = self.selected()
        one = entry is not None
        return [
            (self.tr("Read"), self.reader.setFocus, one),
            (self.tr("Edit…"), lambda: self.open_entry.emit(entry), one),
            (self.tr("Delete"), lambda: self.delete_entry.emit(entry), one),
        ]

    def _choose_current(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid() and not self.view.selectionModel().hasSelection():
            self.view.selectRow(current.row())

    def _read(self, *_: object) -> None:
        entry = self.selected()
        match_name = self._names.get(entry.match_code) if entry and entry.match_code else None
        self.reader.show_entry(entry, match_name)

    def _more(self) -> None:
        generation, offset, filters = self._generation, self.model.loaded(), self._filters()
        book = self.book
        self.ops.run(
            lambda: book.entries.list(offset=offset, limit=PAGE, **filters),  # type: ignore[arg-type]
            lambda page: self._append(generation, page),
            owner=self,
        )

    def _append(self, generation: int, page: EntryPage) -> None:
        if generation == self._generation:
            self.model.append_rows(list(page.entries))
            self._update_count()

    def _update_count(self) -> None:
        if self.search.text().strip():
            self.count.setText(self.tr("%n entries found", "", self.model.loaded()))
        else:
            self.count.setText(self.tr("%n entries", "", self.model.total()))

    # -- acting on the selection ---------------------------------------------------------
    def _activated(self) -> None:
        entry = self.selected()
        if entry is not None:
            self.open_entry.emit(entry)

    def selected(self) -> EntryInfo | None:
        rows = self.view.selectionModel().selectedRows(COL_DATE)
        return rows[0].data(ENTRY_ROLE) if rows else None

    def keyPressEvent(self, event: object) -> None:
        from PySide6.QtGui import QKeyEvent

        if isinstance(event, QKeyEvent) and event.key() == Qt.Key.Key_Delete:
            entry = self.selected()
            if entry is not None:
                self.delete_entry.emit(entry)
                return
        super().keyPressEvent(event)  # type: ignore[arg-type]
