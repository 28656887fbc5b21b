"""The one bridge from the core's `Progress` (reported on a worker) to the UI thread."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal

from logbook.progress import Progress


class ProgressBridge(QObject):
    """Made on the UI thread; each `start()` gives the worker a fresh `Progress` whose reports
    arrive here as `fraction` (a queued signal, so on the UI thread) and which `cancel()` stops."""

    fraction = Signal(float)

    def __init__(self, show: Callable[[float], None], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.fraction.connect(show)
        self.current: Progress | None = None

    def start(self) -> Progress:
        # A new Progress each time: a cancelled run must not cancel the next one.
        self.current = Progress(report=self.fraction.emit)
        return self.current

    def cancel(self) -> None:
        """The work stops at its next step (it checks between pieces it can undo)."""
        if self.current is not None:
            self.current.cancel_event.set()
