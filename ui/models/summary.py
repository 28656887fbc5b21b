"""What the next summary would send, one row per week and match code; handed in, never read."""

from __future__ import annotations

from collections.abc import Callable
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
from PySide6.QtGui import QFont

from logbook.records.measures import Instrument
from logbook.summary.schema import Mean, MeasureResult
from logbook.summary.table import OWN_ROW, SummaryRow, measure_text
from ui.measure_texts import title
from ui.weeks import week_text

(COL_WEEK, COL_MATCH, COL_CONTACTS, COL_MINUTES, COL_TAGS, COL_SEEMED, COL_MEASURES,
 COL_CONCERNS, COL_FOLLOW_UPS, COL_WELLBEING) = range(10)  # fmt: skip
COLUMNS = 10
ROW_ROLE = Qt.ItemDataRole.UserRole + 2
Index = QModelIndex | QPersistentModelIndex
Phrase = Callable[[int], str]
NBSP = "\u00a0"  # inside one item of a list, so a narrow column wraps between items


def unbroken(text: str) -> str:
    return text.replace(" ", NBSP)


def glue_last(text: str) -> str:
    """Keep a count with the word before it ("Tea and chat (2)" never ends a line on "(2)")."""
    head, _, tail = text.rpartition(" ")
    return f"{head}{NBSP}{tail}" if head else tail


def week_days(week: str) -> tuple[date, date] | None:
    """Monday and Sunday of an ISO week such as 2026-W09 (None if it is not one)."""
    try:
        year, number = int(week[:4]), int(week[6:])
        monday = date.fromisocalendar(year, number, 1)
    except ValueError:
        return None
    return monday, date.fromisocalendar(year, number, 7)


class SummaryModel(QAbstractTableModel):
    def __init__(self) -> None:
        super().__init__()
        self._rows: list[SummaryRow] = []
        self._cells: list[list[str]] = []

    def set_rows(self, rows: list[SummaryRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        # Worded once here, not on every paint.
        self._cells = [[self._text(r, c) for c in range(COLUMNS)] for r in self._rows]
        self.endResetModel()

    def row(self, row: int) -> SummaryRow:
        return self._rows[row]

    def removed_rows(self) -> list[int]:
        """Rows that withdraw a week (the view spans their explanation across the columns)."""
        return [n for n, r in enumerate(self._rows) if r.removed]

    # -- Qt's model interface -------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else COLUMNS

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return [
            self.tr("Week"),
            self.tr("Match"),
            self.tr("Contacts"),
            self.tr("Minutes"),
            self.tr("Activities and topics"),
            self.tr("How they seemed"),
            self.tr("Measures"),
            self.tr("Concerns"),
            self.tr("Follow-ups"),
            self.tr("Your wellbeing"),
        ][section]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        r, column = self._rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._cells[index.row()][column]
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return self._cells[index.row()][column].replace(NBSP, " ")
        if role == ROW_ROLE:
            return r
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(r, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (COL_MINUTES, COL_FOLLOW_UPS):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.FontRole and r.removed:
            font = QFont()
            font.setItalic(True)
            return font
        return None

    # -- wording --------------------------------------------------------------------------
    def _tooltip(self, r: SummaryRow, column: int) -> str | None:
        if column == COL_WEEK:
            days = week_days(r.week)
            if days is None:
                return None
            first, last = (QLocale().toString(QDate(d), "ddd d MMM yyyy") for d in days)
            return self.tr("{0} to {1}; only the week is sent, never the day").format(first, last)
        if column == COL_MEASURES and r.measures:
            return "\n".join(f"{title(m.instrument)}: {self._score(m)}" for m in r.measures)
        if column == COL_MATCH and r.match_code == OWN_ROW and not r.removed:
            return self.tr("Your own wellbeing, sent only because you chose to share it")
        return None

    def _text(self, r: SummaryRow, column: int) -> str:
        if column == COL_WEEK:
            return week_text(r.week)
        if column == COL_MATCH:
            if r.removed:
                return self.tr("(all)")
            return self.tr("(you)") if r.match_code == OWN_ROW else r.match_code
        if r.removed:
            return (
                self.tr("Withdrawn: nothing is left to send for this week")
                if column == COL_CONTACTS
                else ""
            )
        if column == COL_CONTACTS:
            return ", ".join(
                unbroken(self.contact_text(kind, mode, n)) for kind, mode, n in r.contacts
            )
        if column == COL_MINUTES:
            return "" if r.minutes is None else self.tr("{0} min").format(r.minutes)
        if column == COL_TAGS:
            return ", ".join(glue_last(self.tr("{0} ({1})").format(name, n)) for name, n in r.tags)
        if column == COL_SEEMED:
            return self.mean_text(r.seemed)
        if column == COL_MEASURES:
            return ", ".join(unbroken(self.measure_text(m)) for m in r.measures)
        if column == COL_CONCERNS:
            if r.concerns is None:
                return ""
            text = self.tr("{0} raised, {1} reported").format(*r.concerns)
            return ", ".join(unbroken(part) for part in text.split(", "))
        if column == COL_FOLLOW_UPS:
            return "" if r.follow_ups is None else str(r.follow_ups)
        return self.mean_text(r.wellbeing)

    def mean_text(self, value: Mean | None) -> str:
        if value is None:
            return ""
        return self.tr("{0} of 5 (n={1})").format(QLocale().toString(value.mean, "g", 3),
                                                  value.count)  # fmt: skip

    def measure_text(self, result: MeasureResult) -> str:
        """E.g. "UCLA-3 7": a short name, and the score as the core words it."""
        names = {
            Instrument.UCLA3: self.tr("UCLA-3"),
            Instrument.ONS_DIRECT: self.tr("ONS loneliness"),
            Instrument.ONS4: self.tr("ONS4"),
            Instrument.SWEMWBS: self.tr("SWEMWBS"),
        }
        return f"{names.get(result.instrument, result.instrument.value)} {self._score(result)}"

    @staticmethod
    def _score(result: MeasureResult) -> str:
        return measure_text(result).removeprefix(result.instrument.value).strip()

    def contact_text(self, kind: str, mode: str, n: int) -> str:
        """E.g. "2 visits in person". One and many are separate strings, so the English reads
        well without a catalogue; the many form carries %n for languages with more forms."""
        phrases = self._phrases().get((kind, mode))
        if phrases is None:  # a kind or mode newer than this app: still shown, plainly
            return f"{n} {kind} {mode.replace('_', ' ')}"
        one, many = phrases
        return one(n) if n == 1 else many(n)

    def _phrases(self) -> dict[tuple[str, str], tuple[Phrase, Phrase]]:
        return {
            ("visit", "in_person"): (
                lambda n: self.tr("1 visit in person"),
                lambda n: self.tr("%n visits in person", "", n)),
            ("visit", "phone"): (
                lambda n: self.tr("1 visit by phone"),
                lambda n: self.tr("%n visits by phone", "", n)),
            ("visit", "video"): (
                lambda n: self.tr("1 video visit"),
                lambda n: self.tr("%n video visits", "", n)),
            ("visit", "message"): (
                lambda n: self.tr("1 visit by messages"),
                lambda n: self.tr("%n visits by messages", "", n)),
            ("visit", "group"): (
                lambda n: self.tr("1 group visit"),
                lambda n: self.tr("%n group visits", "", n)),
            ("conversation", "in_person"): (
                lambda n: self.tr("1 conversation in person"),
                lambda n: self.tr("%n conversations in person", "", n)),
            ("conversation", "phone"): (
                lambda n: self.tr("1 phone call"),
                lambda n: self.tr("%n phone calls", "", n)),
            ("conversation", "video"): (
                lambda n: self.tr("1 video call"),
                lambda n: self.tr("%n video calls", "", n)),
            ("conversation", "message"): (
                lambda n: self.tr("1 conversation by messages"),
                lambda n: self.tr("%n conversations by messages", "", n)),
            ("conversation", "group"): (
                lambda n: self.tr("1 group conversation"),
                lambda n: self.tr("%n group conversations", "", n)),
        }  # fmt: skip
