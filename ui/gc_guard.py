"""Run Python's cyclic garbage collector on the UI thread only.

With a worker thread, automatic collection can start there and destroy Qt widgets that
belong to the UI thread, which crashes Qt. So automatic collection is switched off and this
timer collects on the UI thread instead, by the same generation thresholds.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QCoreApplication, QObject, QTimer

_guard: GarbageCollector | None = None


class GarbageCollector(QObject):
    INTERVAL_MS = 500

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self.thresholds = gc.get_threshold()
        gc.disable()
        self.timer = QTimer(self, interval=self.INTERVAL_MS)
        self.timer.timeout.connect(self.check)
        self.timer.start()

    def check(self) -> None:
        counts = gc.get_count()
        for generation in (2, 1, 0):
            if counts[generation] > self.thresholds[generation]:
                gc.collect(generation)
                break


def install() -> None:
    """Idempotent; needs a QCoreApplication (the timer lives on its thread)."""
    global _guard
    app = QCoreApplication.instance()
    if _guard is None and app is not None:
        _guard = GarbageCollector(app)
