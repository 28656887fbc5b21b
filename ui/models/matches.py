"""The matches list: last contact and a gentle cue when there has been none for a while."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QDate,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QPalette

from logbook.records.dto import MatchInfo
from logbook.records.retention import DEFAULT_MONTHS, past_keeping_period

COL_CODE, COL_NAME, COL_LAST, COL_STATUS = range(4)
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
MATCH_ROLE = Qt.ItemDataRole.UserRole + 2
Index = QModelIndex | QPersistentModelIndex


class MatchesModel(QAbstractTableModel):
    def __init__(self, reminder_days: int = 14, retention_months: int = DEFAULT_MONTHS) -> None:
        super().__init__()
        self._rows: list[MatchInfo] = []
        self.reminder_days = reminder_days
        self.retention_months = retention_months
        self.today = date.today()

    def set_rows(self, rows: list[MatchInfo]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.today = date.today()
        self.endResetModel()

    def match_at(self, row: int) -> MatchInfo:
        return self._rows[row]

    def codes(self) -> list[str]:
        return [m.code for m in self._rows]

    def past_retention(self, m: MatchInfo) -> bool:
        """Ended longer ago than the keeping period: its records may now be erased."""
        return past_keeping_period(m.end_date, self.retention_months, self.today)

    def past_retention_count(self) -> int:
        return sum(1 for m in self._rows if self.past_retention(m))

    def needs_contact(self, m: MatchInfo) -> bool:
        if not m.active:
            return False
        last = m.last_contact or m.start_date
        return (self.today - last).days >= self.reminder_days

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 4

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return [self.tr("Code"), self.tr("Name"), self.tr("Last contact"), self.tr("Status")][
            section
        ]

    def status(self, m: MatchInfo) -> str:
        if not m.active:
            ended = QLocale().toString(QDate(m.end_date), "d MMM yyyy") if m.end_date else ""
            if self.past_retention(m):
                return self.tr("Ended {0}; past the keeping period, can be erased").format(ended)
            return self.tr("Ended {0}").format(ended)
        parts = []
        if m.unreported_concerns:
            parts.append(self.tr("Concern not yet reported"))
        if self.needs_contact(m):
            if m.last_contact is None:
                parts.append(self.tr("No contact yet"))
            else:
                days = (self.today - m.last_contact).days
                parts.append(self.tr("No contact for %n day(s)", "", days))
        return " · ".join(parts) or self.tr("Active")

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        m = self._rows[index.row()]
        column = index.column()
        if role == MATCH_ROLE:
            return m
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            if column == COL_CODE:
                return m.code
            if column == COL_NAME:
                return m.display_name
            if column == COL_LAST:
                return (
                    QLocale().toString(QDate(m.last_contact), "d MMM yyyy")
                    if m.last_contact
                    else "—"
                )
            return self.status(m)
        if role == SORT_ROLE:
            return [m.code, m.display_name.casefold(),
                    (m.last_contact or date.min).isoformat(), self.status(m)][column]  # fmt: skip
        needs_attention = m.unreported_concerns or self.needs_contact(m) or self.past_retention(m)
        if role == Qt.ItemDataRole.ForegroundRole and column == COL_STATUS and needs_attention:
            return QBrush(QPalette().color(QPalette.ColorRole.Link))
        return None
