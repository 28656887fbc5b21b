"""The outcome measures taken with one match."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QDate,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from logbook.records.dto import MeasureInfo
from logbook.records.measures import Instrument
from ui.measure_texts import answers, title

COL_DATE, COL_MEASURE, COL_SCORE, COL_CONSENT = range(4)
Index = QModelIndex | QPersistentModelIndex


def score_text(m: MeasureInfo) -> str:
    s = m.score
    if m.instrument is Instrument.UCLA3:
        return QCoreApplication.translate("MeasuresModel", "{0} of 9 (higher is lonelier)").format(
            s.total
        )
    if m.instrument is Instrument.ONS_DIRECT:
        return dict(answers(Instrument.ONS_DIRECT))[s.category or 0]
    if m.instrument is Instrument.ONS4:
        names = [
            QCoreApplication.translate("MeasuresModel", "satisfied"),
            QCoreApplication.translate("MeasuresModel", "worthwhile"),
            QCoreApplication.translate("MeasuresModel", "happy"),
            QCoreApplication.translate("MeasuresModel", "anxious"),
        ]
        return ", ".join(f"{n} {v}" for n, (_, v) in zip(names, s.subscales, strict=True))
    return QCoreApplication.translate("MeasuresModel", "{0:.2f} (raw {1} of 35)").format(
        s.metric or 0, s.total
    )


class MeasuresModel(QAbstractTableModel):
    def __init__(self) -> None:
        super().__init__()
        self._rows: list[MeasureInfo] = []

    def set_rows(self, rows: list[MeasureInfo]) -> None:
        self.beginResetModel()
        self._rows = sorted(rows, key=lambda m: (m.taken_on, m.id), reverse=True)
        self.endResetModel()

    def rows(self) -> list[MeasureInfo]:
        return list(self._rows)

    def measure(self, row: int) -> MeasureInfo:
        return self._rows[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 4

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = [self.tr("Date"), self.tr("Measure"), self.tr("Score"), self.tr("Shared")]
        return titles[section]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role not in (
            Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole
        ):  # fmt: skip
            return None
        m = self._rows[index.row()]
        return [
            QLocale().toString(QDate(m.taken_on), "d MMM yyyy"),
            title(m.instrument),
            score_text(m),
            self._shared(m),
        ][index.column()]

    def _shared(self, m: MeasureInfo) -> str:
        if m.withdrawn_on is not None:
            day = QLocale().toString(QDate(m.withdrawn_on), "d MMM yyyy")
            return self.tr("no: consent withdrawn {0}").format(day)
        return self.tr("yes, with consent") if m.consent else self.tr("no")
