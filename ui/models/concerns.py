"""Safeguarding concerns list; unreported ones first and marked until they are reported."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QDate,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QFont

from logbook.records.dto import ConcernInfo

COL_DATE, COL_MATCH, COL_STATUS, COL_SUMMARY = range(4)
CONCERN_ROLE = Qt.ItemDataRole.UserRole + 2
Index = QModelIndex | QPersistentModelIndex


class ConcernsModel(QAbstractTableModel):
    def __init__(self) -> None:
        super().__init__()
        self._rows: list[ConcernInfo] = []
        self._names: dict[str, str] = {}

    def set_rows(self, rows: list[ConcernInfo], names: dict[str, str] | None = None) -> None:
        self.beginResetModel()
        # Unreported first: they must stay in sight until someone has been told.
        self._rows = sorted(rows, key=lambda c: (c.reported, -c.occurred_on.toordinal()))
        self._names = names or {}
        self.endResetModel()

    def concern(self, row: int) -> ConcernInfo:
        return self._rows[row]

    def unreported(self) -> int:
        return sum(1 for c in self._rows if not c.reported)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 4

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return [
            self.tr("Date"),
            self.tr("Match"),
            self.tr("Reported"),
            self.tr("What was seen or said"),
        ][section]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        c = self._rows[index.row()]
        column = index.column()
        if role == CONCERN_ROLE:
            return c
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            if column == COL_DATE:
                return QLocale().toString(QDate(c.occurred_on), "d MMM yyyy")
            if column == COL_MATCH:
                return self._names.get(c.match_code, c.match_code)
            if column == COL_STATUS:
                if c.reported_on is None:
                    return self.tr("NOT YET REPORTED")
                on = QLocale().toString(QDate(c.reported_on), "d MMM yyyy")
                return self.tr("to {0}, {1}").format(c.reported_to, on)
            return " ".join(c.current("seen_or_said").split())[:120]
        if role == Qt.ItemDataRole.FontRole and not c.reported:
            font = QFont()
            font.setBold(True)
            return font
        return None
