"""Progress and cancellation for long work (backup, restore, export), without any UI."""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass, field

from logbook.errors import LogbookError


class Cancelled(LogbookError):
    """The person cancelled; whatever was half-done has been removed."""

    def __init__(self) -> None:
        super().__init__("Cancelled; nothing was changed.")


@dataclass
class Progress:
    """Passed into long work: it reports a fraction done and checks for cancellation."""

    report: Callable[[float], None] = lambda fraction: None
    cancel_event: threading.Event = field(default_factory=threading.Event)

    def cancelled(self) -> bool:
        return self.cancel_event.is_set()

    def check(self) -> None:
        if self.cancel_event.is_set():
            raise Cancelled

    def step(self, fraction: float) -> None:
        self.check()
        self.report(max(0.0, min(1.0, fraction)))


NO_PROGRESS = Progress()
