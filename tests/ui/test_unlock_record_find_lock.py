"""First end-to-end pass: unlock, add a match and a visit, find it, lock."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from logbook.records.values import Kind
from tests.conftest import Profiles
from tests.ui.conftest import unlock, wait_ops
from ui.main_window import MainWindow


def test_unlock_add_match_and_visit_then_lock(
    qtbot: QtBot, window: MainWindow, profiles: Profiles
) -> None:
    unlock(qtbot, window, profiles.passphrase)
    work = window.work
    assert work is not None
    work.book.matches.add("M-0042", "Mrs Jones")
    work.changed()
    wait_ops(qtbot, window.ops)
    editor = work.new_entry(Kind.VISIT)
    editor.match.setCurrentIndex(editor.match.findData("M-0042"))
    editor.notes.setPlainText("We talked about her garden and the tomatoes.")
    editor.save()
    wait_ops(qtbot, window.ops)
    assert work.timeline.model.rowCount() == 1
    work.timeline.search.setText("tomat")
    qtbot.waitUntil(
        lambda: (
            work.timeline.model.rowCount() == 1
            and work.timeline.model.data(work.timeline.model.index(0, 4)).startswith("We talked")
        ),
        timeout=5000,
    )
    window.lock()
    wait_ops(qtbot, window.ops)
    assert window.locked
