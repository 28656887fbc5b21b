"""A comma-separated tag field with completion of the tag being typed."""

from __future__ import annotations

from PySide6.QtCore import QStringListModel, Qt
from PySide6.QtWidgets import QCompleter, QLineEdit, QWidget


class _LastTagCompleter(QCompleter):
    """Completes only the text after the last comma, keeping the tags before it."""

    def splitPath(self, path: str) -> list[str]:
        return [path.split(",")[-1].strip()]

    def pathFromIndex(self, index: object) -> str:
        chosen = super().pathFromIndex(index)  # type: ignore[arg-type]
        widget = self.widget()
        before = widget.text().rsplit(",", 1)[0] if isinstance(widget, QLineEdit) else ""
        if widget is not None and "," in widget.text():  # type: ignore[attr-defined]
            return f"{before}, {chosen}"
        return chosen


class TagField(QLineEdit):
    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(name)
        self.setPlaceholderText(self.tr("Separate tags with commas"))
        self._choices = QStringListModel(self)
        completer = _LastTagCompleter(self._choices, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.setCompleter(completer)

    def set_choices(self, names: list[str]) -> None:
        self._choices.setStringList(sorted(set(names), key=str.casefold))

    def tags(self) -> tuple[str, ...]:
        return tuple(t.strip() for t in self.text().split(",") if t.strip())

    def set_tags(self, tags: tuple[str, ...]) -> None:
        self.setText(", ".join(tags))
