"""Long work off the UI thread, with a progress dialog and a working Cancel button."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QProgressDialog, QWidget

from logbook.errors import LogbookError
from logbook.progress import Cancelled, Progress
from ui.operations import Operations
from ui.progress_bridge import ProgressBridge


class LongTask:
    """`work(progress)` runs on the worker; the dialog follows its progress."""

    def __init__(
        self,
        parent: QWidget,
        ops: Operations,
        title: str,
        work: Callable[[Progress], Any],
        on_done: Callable[[Any], None],
        on_error: Callable[[str], None],
    ) -> None:
        self.dialog = QProgressDialog(title, parent.tr("Cancel"), 0, 1000, parent)
        self.dialog.setWindowTitle(title)
        self.dialog.setAccessibleName(title)
        self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog.setMinimumDuration(300)  # quick work finishes without a flash
        self.dialog.setAutoClose(False)
        self.dialog.setAutoReset(False)
        self.bridge = ProgressBridge(lambda f: self.dialog.setValue(int(f * 1000)), self.dialog)
        self.progress = self.bridge.start()
        self.dialog.canceled.connect(self.bridge.cancel)
        self.on_done, self.on_error = on_done, on_error
        self.cancelled = False
        ops.run(lambda: work(self.progress), self._done, self._failed, owner=self.dialog)

    def _done(self, value: Any) -> None:
        self.dialog.close()
        self.on_done(value)

    def _failed(self, message: str, error: LogbookError | None) -> None:
        self.dialog.close()
        self.cancelled = isinstance(error, Cancelled)
        self.on_error(message)
