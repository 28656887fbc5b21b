"""A date field that Tab leaves, like every other field in a form."""

from __future__ import annotations

from PySide6.QtWidgets import QDateEdit, QWidget


class FormDateEdit(QDateEdit):
    """QDateEdit moves Tab between day, month and year, and while it shows its special
    value ("any") swallows Tab altogether: a keyboard trap. Here Tab moves to the next
    control; Left and Right still move between day, month and year."""

    def focusNextPrevChild(self, next: bool) -> bool:
        return QWidget.focusNextPrevChild(self, next)
