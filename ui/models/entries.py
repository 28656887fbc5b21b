"""The timeline's model: entries handed in by the screen, in pages; never reads the database."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QDate,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTime,
    Signal,
)

from logbook.records.dto import EntryInfo
from ui.labels import kind_name, mode_name

COL_DATE, COL_KIND, COL_MATCH, COL_MINUTES, COL_NOTES = range(5)
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
ENTRY_ROLE = Qt.ItemDataRole.UserRole + 2
SPANS_ROLE = Qt.ItemDataRole.UserRole + 3

Index = QModelIndex | QPersistentModelIndex


def first_line(markdown: str, limit: int = 140) -> str:
    """A one-line preview of the notes: their first line with text, as typed (Markdown is
    rendered only where people read, never rewritten here)."""
    for line in markdown.splitlines():
        text = line.strip()
        if text:
            return text[:limit]
    return ""


class EntriesModel(QAbstractTableModel):
    more_wanted = Signal()

    def __init__(self) -> None:
        super().__init__()
        self._rows: list[EntryInfo] = []
        self._snippets: dict[int, tuple[str, tuple[tuple[int, int], ...]]] = {}
        self._total = 0
        self._asked = False
        self._names: dict[str, str] = {}

    # -- filled by the screen -----------------------------------------------------------
    def set_rows(
        self,
        rows: list[EntryInfo],
        total: int,
        snippets: dict[int, tuple[str, tuple[tuple[int, int], ...]]] | None = None,
    ) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._total = total
        self._snippets = snippets or {}
        self._asked = False
        self.endResetModel()

    def append_rows(self, rows: list[EntryInfo]) -> None:
        self._asked = False
        if not rows:
            self._total = len(self._rows)
            return
        self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows) + len(rows) - 1)
        self._rows.extend(rows)
        self.endInsertRows()

    def clear(self) -> None:
        self._names = {}
        self.set_rows([], 0)

    def set_match_names(self, names: dict[str, str]) -> None:
        """Show each match by the name the volunteer gave it (it never leaves the laptop)."""
        self._names = dict(names)
        if self._rows:
            self.dataChanged.emit(
                self.index(0, COL_MATCH), self.index(len(self._rows) - 1, COL_MATCH)
            )

    def entry(self, row: int) -> EntryInfo:
        return self._rows[row]

    def loaded(self) -> int:
        return len(self._rows)

    def total(self) -> int:
        return self._total

    # -- Qt's model interface -------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 5

    def canFetchMore(self, parent: Index) -> bool:
        return not parent.isValid() and len(self._rows) < self._total

    def fetchMore(self, parent: Index) -> None:
        if not self._asked:
            self._asked = True
            self.more_wanted.emit()

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return [self.tr("Date"), self.tr("Kind"), self.tr("Match"), self.tr("Minutes"),
                self.tr("Notes")][section]  # fmt: skip

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        e = self._rows[index.row()]
        column = index.column()
        if role == ENTRY_ROLE:
            return e
        if role == SPANS_ROLE:
            return self._snippets.get(e.id, ("", ()))[1] if column == COL_NOTES else ()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._display(e, column)
        if role == SORT_ROLE:
            return {
                COL_DATE: (e.occurred_on.isoformat(), str(e.occurred_time or ""), e.id),
                COL_KIND: e.kind.value,
                COL_MATCH: e.match_code or "",
                COL_MINUTES: e.minutes or 0,
                COL_NOTES: self._display(e, COL_NOTES).casefold(),
            }[column]
        if role == Qt.ItemDataRole.ToolTipRole and column == COL_MATCH:
            return e.match_code
        if role == Qt.ItemDataRole.TextAlignmentRole and column == COL_MINUTES:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _display(self, e: EntryInfo, column: int) -> str:
        if column == COL_DATE:
            # QLocale, not strftime: day and month names in the user's language.
            when = QLocale().toString(QDate(e.occurred_on), "ddd d MMM yyyy")
            if e.occurred_time:
                at = QTime(e.occurred_time.hour, e.occurred_time.minute)
                return f"{when}  {QLocale().toString(at, 'HH:mm')}"
            return when
        if column == COL_KIND:
            return kind_name(e.kind) + (f" · {mode_name(e.mode)}" if e.mode else "")
        if column == COL_MATCH:
            return self._names.get(e.match_code, e.match_code) if e.match_code else ""
        if column == COL_MINUTES:
            return str(e.minutes) if e.minutes else ""
        snippet = self._snippets.get(e.id)
        return snippet[0] if snippet else first_line(e.notes)
