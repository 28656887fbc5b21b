"""Locking and unlocking again and again, as a person does, leaves nothing behind: the live
Python objects (by type) and Qt objects (widgets, the window's children, top-level windows)
are as many after twenty more cycles as after the first few (issue 15, target 2)."""

from __future__ import annotations

import gc
from collections import Counter
from datetime import date

import shiboken6
from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from logbook.records.book import Logbook
from logbook.records.dto import EntryInput
from logbook.records.values import Kind
from tests.conftest import Profiles
from tests.ui.conftest import wait_ops
from ui.main_window import MainWindow

IDLE_EVERY = 5  # every fifth cycle is locked by the idle timer instead of Ctrl+L
# The first cycles fill caches (translations, SQLAlchemy's statements, regexes, Python
# wrappers for Qt's own parts of persistent widgets). Every count is taken after an idle
# lock, so they compare like with like.
WARM_UP = IDLE_EVERY
CYCLES = 2 * IDLE_EVERY  # in each of two rounds
IDLE_MINUTES = 0.5 / 60  # half a second; the idle timer checks once a second

# A locked profile's own objects: none may outlive its lock.
PROFILE_TYPES = {
    "logbook.vault.profiles.UnlockedProfile", "logbook.db.store.Store",
    "logbook.volunteer.Volunteer", "logbook.records.book.Logbook",
    "sqlalchemy.engine.base.Engine", "ui.screens.workarea.WorkArea",
    "ui.screens.timeline.Timeline", "ui.models.entries.EntriesModel",
    "logbook.records.dto.EntryInfo", "ui.operations._Task",
}  # fmt: skip


def fill(profiles: Profiles) -> None:
    with profiles.manager.unlock(profiles.name, profiles.passphrase) as opened:
        book = Logbook(opened.store)
        book.matches.add("M-0042", "Mrs Jones")
        for day in range(1, 29):
            book.entries.add(
                EntryInput(Kind.VISIT, date(2026, 2, day), "M-0042", minutes=30,
                           notes=f"Visit {day}: tea, the garden, her daughter's news.")
            )  # fmt: skip


def unlock_by_typing(qtbot: QtBot, win: MainWindow, passphrase: str) -> None:
    qtbot.keyClicks(win.unlock_screen.passphrase, passphrase)
    qtbot.keyClick(win.unlock_screen.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: win.work is not None, timeout=15_000)
    work = win.work
    assert work is not None
    qtbot.waitUntil(lambda: work.timeline.model.rowCount() > 0, timeout=15_000)
    wait_ops(qtbot, win.ops)


def lock_as_a_person(qtbot: QtBot, win: MainWindow, cycle: int) -> None:
    if cycle % IDLE_EVERY == IDLE_EVERY - 1:
        qtbot.waitUntil(lambda: win.locked, timeout=15_000)  # nothing typed: the timer locks
    else:
        qtbot.keyClick(win, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert win.locked
    wait_ops(qtbot, win.ops)
    # deleteLater()'d widgets go at the next turn of the event loop, as they do in the app.
    qtbot.wait(10)


def census(win: MainWindow) -> tuple[Counter[str], int, int, int]:
    gc.collect()
    names = (f"{type(o).__module__}.{type(o).__qualname__}" for o in gc.get_objects())
    # Less the harness's captured Qt messages.
    python = Counter(n for n in names if not n.startswith("pytestqt."))
    widgets = len(QApplication.allWidgets())
    children = len(win.findChildren(QObject))
    windows = len(QApplication.topLevelWidgets())
    return python, widgets, children, windows


def dead_wrappers() -> set[int]:
    return {id(o) for o in gc.get_objects() if isinstance(o, QObject) and not shiboken6.isValid(o)}


def test_lock_and_unlock_cycles_leave_nothing_behind(
    qtbot: QtBot, profiles: Profiles, window: MainWindow
) -> None:
    fill(profiles)
    window.idle.set_minutes(IDLE_MINUTES)

    def cycles(count: int) -> None:
        for cycle in range(count):
            unlock_by_typing(qtbot, window, profiles.passphrase)
            lock_as_a_person(qtbot, window, cycle)

    cycles(WARM_UP)
    _, *qt_first = census(window)
    cycles(CYCLES)
    before, *qt_before = census(window)
    dead_before = dead_wrappers()
    cycles(CYCLES)
    after, *qt_after = census(window)

    assert qt_first == qt_before == qt_after  # widgets, the window's children, windows
    alive = {t: after[t] for t in PROFILE_TYPES if after[t]}
    assert alive == {}, f"a locked profile's objects are still alive: {alive}"
    # Nothing grows with the cycles: a leak of even one object per five cycles shows here.
    grown = {t: after[t] - before[t] for t in after if after[t] - before[t] >= 2}
    assert grown == {}, f"objects grew over {CYCLES} lock/unlock cycles: {grown}"
    # No Python wrapper the cycles made outlives the Qt object it stood for (earlier tests'
    # leftovers in this process are not the cycles' doing).
    assert dead_wrappers() - dead_before == set()
