"""A refused value said right under its field, the field marked, and screen readers told."""

from __future__ import annotations

from PySide6.QtGui import QAccessible, QAccessibleEvent, QColor, QPalette
from PySide6.QtWidgets import (
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QWidget,
)

from ui.widgets.accessible import spoken
from ui.widgets.fit_screen import grow_to_fit


def error_colour(palette: QPalette) -> QColor:
    """Qt's palette has no error role: a red chosen against the window colour, readable
    (contrast above 4.5:1) on light and dark themes alike."""
    dark = palette.color(QPalette.ColorRole.Window).lightnessF() < 0.5
    return QColor("#ffb4ab" if dark else "#b3261e")


def error_style(palette: QPalette) -> str:
    return f"color: {error_colour(palette).name()}; font-weight: bold;"


class FieldErrors:
    """One hidden error line under each field of a form; `show` reveals one, `clear` all.

    Fields are added through `add_row` so each gets its own line directly beneath it.
    """

    def __init__(self, form: QFormLayout) -> None:
        self.form = form
        self._lines: dict[QWidget, QLabel] = {}
        self._names: dict[QWidget, str] = {}
        self._labels: dict[QWidget, QLabel] = {}
        self.current: QWidget | None = None

    def add_row(self, label: QLabel, field: QWidget, *, marks: QWidget | None = None) -> None:
        """`marks`: the widget whose line this is, when `field` is a row holding several."""
        self.form.addRow(label, field)
        line = QLabel()
        line.setWordWrap(True)
        line.setStyleSheet(error_style(label.palette()))
        self.form.addRow("", line)
        self.form.setRowVisible(line, False)
        owner = marks or field
        self._lines[owner] = line
        self._labels[owner] = label
        self._names[owner] = spoken(label.text())

    def share_line(self, widget: QWidget, with_field: QWidget, name: str) -> None:
        """`widget` sits in `with_field`'s row (a time beside its date) and uses its line."""
        self._lines[widget] = self._lines[with_field]
        self._labels[widget] = self._labels[with_field]
        self._names[widget] = name

    def name(self, field: QWidget) -> str:
        """The field's name as written on the form."""
        return self._names[field]

    def reveal(self) -> None:
        """Scroll the problem into view (a long form scrolls at 200 % text)."""
        if self.current is None:
            return
        parent = self.current.parentWidget()
        while parent is not None and not isinstance(parent, QScrollArea):
            parent = parent.parentWidget()
        if isinstance(parent, QScrollArea):
            parent.ensureWidgetVisible(self._lines[self.current])
            parent.ensureWidgetVisible(self.current)

    def message(self) -> str:
        """The problem being shown, if any."""
        return self._lines[self.current].text() if self.current is not None else ""

    def show(self, field: QWidget, message: str) -> None:
        if self.current is field and self._lines[field].text() == message:
            return  # already said; announcing it again on every key press is noise
        self.clear()
        line = self._lines[field]
        line.setText(message)
        line.setAccessibleName(message)
        self.form.setRowVisible(line, True)
        self._labels[field].setStyleSheet(error_style(field.palette()))
        if isinstance(field, QLineEdit | QPlainTextEdit):
            colour = error_colour(field.palette()).name()
            field.setStyleSheet(f"border: 2px solid {colour};")
        field.setAccessibleDescription(message)
        self.current = field
        grow_to_fit(line.window())
        # Screen readers hear the problem as it appears, not only when they reach the field.
        QAccessible.updateAccessibility(QAccessibleEvent(line, QAccessible.Event.Alert))
        _described(field)

    def clear(self) -> None:
        field, self.current = self.current, None
        if field is None:
            return
        line = self._lines[field]
        line.clear()
        self.form.setRowVisible(line, False)
        self._labels[field].setStyleSheet("")
        if isinstance(field, QLineEdit | QPlainTextEdit):
            field.setStyleSheet("")
        field.setAccessibleDescription("")
        _described(field)


def _described(field: QWidget) -> None:
    event = QAccessibleEvent(field, QAccessible.Event.DescriptionChanged)
    QAccessible.updateAccessibility(event)
