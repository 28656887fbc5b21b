"""The one progress bridge: a worker's reports arrive on the UI thread, and Cancel stops
that run alone."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import QThread
from pytestqt.qtbot import QtBot

from logbook.progress import Cancelled
from ui.progress_bridge import ProgressBridge


def test_reports_from_a_worker_arrive_on_the_ui_thread_in_order(qtbot: QtBot) -> None:
    seen: list[tuple[float, bool]] = []
    ui_thread = QThread.currentThread()
    bridge = ProgressBridge(lambda f: seen.append((f, QThread.currentThread() is ui_thread)))
    progress = bridge.start()

    def work() -> None:
        for step in (0.25, 0.5, 2.0):  # past the end reads as done
            progress.step(step)

    worker = threading.Thread(target=work)
    worker.start()
    worker.join()
    assert seen == []  # queued: nothing reaches the UI until its event loop runs
    qtbot.waitUntil(lambda: len(seen) == 3, timeout=2_000)
    assert seen == [(0.25, True), (0.5, True), (1.0, True)]


def test_cancel_stops_the_run_under_way_and_not_the_next(qtbot: QtBot) -> None:
    bridge = ProgressBridge(lambda f: None)
    bridge.cancel()  # nothing running: nothing to stop
    first = bridge.start()
    bridge.cancel()
    with pytest.raises(Cancelled):
        first.step(0.5)
    second = bridge.start()
    second.step(0.5)
    assert not second.cancelled()
