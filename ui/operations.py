"""The one door from the UI to the core: service calls run on a single background worker.

Like Anki's CollectionOp: `ops.query(fn, on_done, on_error)` queues `fn` on one worker thread
(SQLite has one writer, and one worker keeps calls in order); the callbacks run on the UI
thread. The UI thread never waits on disk, crypto or the network. `ops.mutate(...)` is the
same for a call that changes records: its result says what it changed (`logbook.changes`),
and that is emitted as `changed(Changes)` so each screen refreshes only what it shows.
A call without `on_error` is never silent: its failure goes to `Operations.report`, which by
default shows the message in a box over the owner's window (`show_failure`).
"""

from __future__ import annotations

import logging
import traceback
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from logbook.changes import Changes, Changing, changes_of
from logbook.errors import LogbookError
from ui import gc_guard

log = logging.getLogger(__name__)

Done = Callable[[Any], None]
Failed = Callable[[str, LogbookError | None], None]
# A failure nobody handled: the message, the core's error if it was one, the call's owner.
Reporter = Callable[[str, LogbookError | None, QObject | None], None]


def unexpected_failure_message() -> str:
    return QCoreApplication.translate(
        "Operations",
        "Something went wrong, so this was not finished. What you saved before is safe. "
        "If it happens again, restart the app; the details are in its log.",
    )


def show_failure(message: str, error: LogbookError | None, owner: QObject | None) -> None:
    """The default: a box over the owner's window, not modal, so a lock can still happen."""
    parent: QWidget | None = None
    if isinstance(owner, QWidget) and shiboken6.isValid(owner):
        parent = owner.window()
    if parent is None:
        parent = QApplication.activeWindow()
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        QCoreApplication.translate("Operations", "Could not finish"),
        message,
        QMessageBox.StandardButton.Ok,
        parent,
    )
    box.setAccessibleName(QCoreApplication.translate("Operations", "Could not finish"))
    box.setAccessibleDescription(message)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.setObjectName("failure")
    if parent is None:  # nothing else keeps a parentless box alive until it is closed
        _open_boxes.add(box)
        box.finished.connect(lambda _: _open_boxes.discard(box))
    box.open()


_open_boxes: set[QMessageBox] = set()


def _ignore(value: Any) -> None:
    pass


class _Relay(QObject):
    """Lives on the UI thread; signals emitted from the worker are queued to it."""

    finished = Signal(object, object, object)  # callback, value, owner


class _Task(QRunnable):
    def __init__(
        self, fn: Callable[[], Any], relay: _Relay, on_done: Done | None, on_error: Failed
    ) -> None:
        super().__init__()
        self.fn, self.relay, self.on_done, self.on_error = fn, relay, on_done, on_error
        self.owner: QObject | None = None

    def run(self) -> None:
        on_error = self.on_error
        try:
            value = self.fn()
        except LogbookError as exc:
            error = exc  # `exc` is unbound when the except block ends
            self.relay.finished.emit(lambda _: on_error(error.message, error), None, self.owner)
        except Exception as exc:  # noqa: BLE001 - reported in plain words, never a traceback
            # The type and where it happened only: the exception's text, and even the source
            # line that raised it, may quote content.
            frames = "\n".join(
                f"  {f.filename}:{f.lineno} in {f.name}"
                for f in traceback.extract_tb(exc.__traceback__)
            )
            log.error("operation failed: %s\n%s", type(exc).__name__, frames)
            message = unexpected_failure_message()
            self.relay.finished.emit(lambda _: on_error(message, None), None, self.owner)
        else:
            # Always report back, even with no callback: the pending count depends on it.
            self.relay.finished.emit(self.on_done or _ignore, value, self.owner)


class Operations(QObject):
    """Queue work on one background thread; report results on the UI thread."""

    busy_changed = Signal(bool)
    failure_reported = Signal(str)  # a failure with no handler of its own, as shown
    changed = Signal(object)  # Changes: what a mutation changed, after it is committed

    def __init__(self, parent: QObject | None = None, report: Reporter = show_failure) -> None:
        super().__init__(parent)
        # Replaceable (a front end may show failures its own way); never a silent default.
        self.report: Reporter = report
        gc_guard.install()  # before the first worker thread exists
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._relay = _Relay(self)
        self._relay.finished.connect(self._deliver)
        self._pending = 0
        self._network: Operations | None = None

    def network(self) -> Operations:
        """A second worker, for calls that may wait tens of seconds on the network, so they
        never hold up the saves queued here. Made on first use; it lives, and is waited for at
        shutdown, with this one (so it outlives a locked and discarded screen)."""
        if self._network is None:
            self._network = Operations(self, lambda *failure: self._report(*failure))
            self._network.changed.connect(self.changed)
        return self._network

    def query(
        self,
        fn: Callable[[], Any],
        on_done: Done | None = None,
        on_error: Failed | None = None,
        owner: QObject | None = None,
    ) -> None:
        """A call that only reads: the same as `run`, named for what it is."""
        self.run(fn, on_done, on_error, owner)

    def mutate(
        self,
        fn: Callable[[], Changes | Changing],
        on_done: Done | None = None,
        on_error: Failed | None = None,
        owner: QObject | None = None,
    ) -> None:
        """A call that changes records. Once it succeeds, what it changed is emitted as
        `changed` before `on_done` runs, even if `owner` is gone meanwhile: the data changed."""

        def work() -> tuple[Changes | Changing, Changes]:
            value = fn()
            return value, changes_of(value)  # here, so a value that cannot say is a failure

        def done(result: tuple[Changes | Changing, Changes]) -> None:
            value, changes = result
            self.changed.emit(changes)
            if on_done is not None and (owner is None or shiboken6.isValid(owner)):
                on_done(value)

        def failed(message: str, error: LogbookError | None) -> None:
            if owner is not None and not shiboken6.isValid(owner):
                return
            if on_error is not None:
                on_error(message, error)
            else:
                self._report(message, error, owner)

        self.run(work, done, failed)

    def run(
        self,
        fn: Callable[[], Any],
        on_done: Done | None = None,
        on_error: Failed | None = None,
        owner: QObject | None = None,
    ) -> None:
        """`owner`: the widget the callbacks belong to; if it is gone (the profile locked
        meanwhile), the result is dropped instead of delivered to a deleted widget.
        `on_error`: shows the failure where it belongs; without one it is reported (shown)."""
        self._pending += 1
        if self._pending == 1:
            self.busy_changed.emit(True)

        def unhandled(message: str, error: LogbookError | None) -> None:
            self._report(message, error, owner)

        task = _Task(fn, self._relay, on_done, on_error or unhandled)
        task.owner = owner
        self._pool.start(task)

    def _deliver(self, callback: Callable[[Any], None], value: Any, owner: object) -> None:
        self._pending -= 1
        if self._pending == 0:
            self.busy_changed.emit(False)
        if owner is not None and not shiboken6.isValid(owner):
            return
        callback(value)

    def _report(self, message: str, error: LogbookError | None, owner: QObject | None) -> None:
        self.report(message, error, owner)
        self.failure_reported.emit(message)

    def wait(self, msecs: int = 30_000) -> bool:
        """Block until queued work is done (tests, and shutdown only)."""
        done = self._pool.waitForDone(msecs)
        if self._network is not None:
            done = self._network.wait(msecs) and done
        return done

    @property
    def busy(self) -> bool:
        return self._pending > 0
