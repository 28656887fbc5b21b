"""Lock after a period without input, measured on the wall clock.

A monotonic timer stops while a laptop sleeps; the wall clock does not, so a laptop that
slept past the limit is locked the moment it wakes and the check runs.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer

INPUT_EVENTS = {
    QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove,
    QEvent.Type.Wheel, QEvent.Type.TouchBegin, QEvent.Type.FocusIn,
}  # fmt: skip


class IdleLock(QObject):
    def __init__(
        self,
        on_idle: Callable[[], None],
        minutes: float = 5,
        clock: Callable[[], float] = time.time,
    ) -> None:
        super().__init__()
        self.on_idle, self.clock = on_idle, clock
        self.seconds = minutes * 60
        self.last = clock()
        self.armed = False
        self.timer = QTimer(self, interval=1000)
        self.timer.timeout.connect(self.check)

    def set_minutes(self, minutes: float) -> None:
        self.seconds = minutes * 60

    def arm(self) -> None:
        self.last = self.clock()
        self.armed = True
        self.timer.start()

    def disarm(self) -> None:
        self.armed = False
        self.timer.stop()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in INPUT_EVENTS:
            self.last = self.clock()
        return False

    def check(self) -> None:
        if self.armed and self.clock() - self.last >= self.seconds:
            self.disarm()
            self.on_idle()
