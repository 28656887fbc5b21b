"""A read-only table of records, one row chosen at a time, worked from the keyboard."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QTableView

# Keys that move through the rows: the first press chooses the row that has the focus.
_MOVES = {
    Qt.Key.Key_Up,
    Qt.Key.Key_Down,
    Qt.Key.Key_PageUp,
    Qt.Key.Key_PageDown,
    Qt.Key.Key_Home,
    Qt.Key.Key_End,
}


class RecordTable(QTableView):
    """Rows chosen whole, never edited in place; Tab leaves the table, arrows move in it."""

    def __init__(self, accessible_name: str) -> None:
        super().__init__()
        self.setAccessibleName(accessible_name)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setTabKeyNavigation(False)
        self.verticalHeader().hide()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Tabbing in makes the first row current without choosing it; an arrow would then
        # skip it, and in a one-row table there is nowhere to move, so it could never be
        # chosen. The first arrow chooses the row the focus is on.
        current = self.currentIndex()
        selection = self.selectionModel()
        if (
            Qt.Key(event.key()) in _MOVES
            and event.modifiers() == Qt.KeyboardModifier.NoModifier
            and current.isValid()
            and selection is not None
            and not selection.isRowSelected(current.row(), current.parent())
        ):
            flags = (
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows
            )
            selection.setCurrentIndex(current, flags)
            return
        super().keyPressEvent(event)
