"""A dialog that saves through the worker: buttons, an error line, and the submit cycle."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from logbook.errors import LogbookError
from ui.operations import Operations
from ui.screens.common import error_label
from ui.widgets.accessible import named
from ui.widgets.fit_screen import grow_to_fit, title_width

StandardButton = QDialogButtonBox.StandardButton


# Save in every form, whichever field has focus (F1 lists them).
SAVE_KEYS = ("Ctrl+S", "Ctrl+Return", "Ctrl+Enter")


class FormDialog(QDialog):
    """Subclasses lay out `self.error` and `self.buttons` and call `submit()` on accept."""

    def __init__(
        self, parent: QWidget, ops: Operations,
        buttons: StandardButton = StandardButton.Ok | StandardButton.Cancel,
    ) -> None:  # fmt: skip
        super().__init__(parent)
        self.ops = ops
        self.error = error_label()
        self.buttons = QDialogButtonBox(buttons)
        for button in self.buttons.buttons():
            named(button)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        for keys in SAVE_KEYS:
            QShortcut(QKeySequence(keys), self, self._save_by_keys)

    def save(self) -> None:
        raise NotImplementedError

    def _save_by_keys(self) -> None:
        # What the save button does, and nothing while a save is running (buttons disabled).
        if self.buttons.isEnabled():
            self.save()

    def submit(
        self, work: Callable[[], Any], on_done: Callable[[Any], None] | None = None,
        mutation: bool = False,
    ) -> None:  # fmt: skip
        """Run `work` on the worker; close on success, show the problem and stay on failure.
        `mutation`: `work` changes records, and says what (emitted as `ops.changed`)."""
        self.buttons.setEnabled(False)

        def done(value: Any) -> None:
            if on_done is not None:
                on_done(value)
            self.accept()

        door = self.ops.mutate if mutation else self.ops.run
        door(work, done, self.failed, owner=self)

    def failed(self, message: str, error: LogbookError | None) -> None:
        self.buttons.setEnabled(True)
        self.error.setText(message)
        self.error.show()
        grow_to_fit(self)

    def showEvent(self, event: QShowEvent) -> None:
        # Never narrower than the title, which would be cut to "Add a … ogbook".
        self.setMinimumWidth(max(self.minimumWidth(), title_width(self)))
        super().showEvent(event)
