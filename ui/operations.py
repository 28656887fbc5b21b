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

import contextlib
import logging
import threading
import traceback
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
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


class _Relay(QObject):
    """Lives on the UI thread; signals emitted from the worker are queued to it."""

    finished = Signal(object, object)  # the _Task, its _Outcome


@dataclass
class _Outcome:
    value: Any = None
    failure: tuple[str, LogbookError | None] | None = None  # the message, the core's error


@dataclass
class _Task:
    """A call and where its result goes. Emptied on the UI thread when delivered, so what
    its callbacks hold (screens among them) is never let go of on the worker's thread."""

    fn: Callable[[], Any] | None
    on_done: Done | None
    on_error: Failed | None
    owner: QObject | None

    def compute(self) -> _Outcome:
        assert self.fn is not None
        try:
            return _Outcome(self.fn())
        except LogbookError as exc:
            return _Outcome(failure=(exc.message, exc.with_traceback(None)))
        except Exception as exc:  # noqa: BLE001 - reported in plain words, never a traceback
            # The type and where it happened only: the exception's text, and even the source
            # line that raised it, may quote content.
            frames = "\n".join(
                f"  {f.filename}:{f.lineno} in {f.name}"
                for f in traceback.extract_tb(exc.__traceback__)
            )
            log.error("operation failed: %s\n%s", type(exc).__name__, frames)
            return _Outcome(failure=(unexpected_failure_message(), None))


class _Worker:
    """One Python thread, started when work arrives and ended once none is left.

    Not QThreadPool with QRunnable subclasses: with PySide6 6.12 the pool kept some finished
    runnables alive (and with them their calls' closures and owners: screens of a locked
    profile), which leaked on every lock and unlock (issue 15); and each Python run() took a
    reference from None.
    """

    def __init__(self, relay: _Relay) -> None:
        self._relay = relay
        self._queue: deque[_Task] = deque()
        self._state = threading.Condition()
        self._running = False

    def start(self, task: _Task) -> None:
        with self._state:
            self._queue.append(task)
            if not self._running:
                self._running = True
                # Not a daemon: the interpreter waits for a save in progress before it exits.
                threading.Thread(target=self._drain, name="logbook-worker").start()

    def _drain(self) -> None:
        while True:
            with self._state:
                if not self._queue:
                    self._running = False
                    self._state.notify_all()
                    return
                task = self._queue.popleft()
            outcome = task.compute()
            # RuntimeError: the Operations object is gone (the app is closing): nobody to tell.
            with contextlib.suppress(RuntimeError):
                self._relay.finished.emit(task, outcome)
            del task, outcome  # the UI thread holds them now, and drops them there

    def wait(self, msecs: int) -> bool:
        with self._state:
            return self._state.wait_for(lambda: not self._running, msecs / 1000)


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
        self._relay = _Relay(self)
        self._relay.finished.connect(self._deliver)
        self._worker = _Worker(self._relay)
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

        self._worker.start(_Task(fn, on_done, on_error or unhandled, owner))

    def _deliver(self, task: _Task, outcome: _Outcome) -> None:
        on_done, on_error, owner = task.on_done, task.on_error, task.owner
        task.fn = task.on_done = task.on_error = task.owner = None
        self._pending -= 1
        if self._pending == 0:
            self.busy_changed.emit(False)
        if owner is not None and not shiboken6.isValid(owner):
            return
        if outcome.failure is not None:
            assert on_error is not None
            on_error(*outcome.failure)
        elif on_done is not None:
            on_done(outcome.value)

    def _report(self, message: str, error: LogbookError | None, owner: QObject | None) -> None:
        self.report(message, error, owner)
        self.failure_reported.emit(message)

    def wait(self, msecs: int = 30_000) -> bool:
        """Block until queued work is done (tests, and shutdown only)."""
        done = self._worker.wait(msecs)
        if self._network is not None:
            done = self._network.wait(msecs) and done
        return done

    @property
    def busy(self) -> bool:
        return self._pending > 0
