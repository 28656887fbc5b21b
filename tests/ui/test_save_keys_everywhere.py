"""Ctrl+S saves every form, as F1 says, whichever field has focus; and save dialogs start in
Documents, never the folder the app was started from."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from tests.ui.conftest import wait_ops
from tests.ui.test_entry_editor import make_activate
from tests.ui.test_measure_corrections_ui import _forms, choose_newest, measures  # noqa: F401
from ui.main_window import MainWindow
from ui.screens.measures import MeasuresDialog
from ui.widgets.save_place import suggested


def test_ctrl_s_saves_a_measure_correction(
    qtbot: QtBot,
    window: MainWindow,
    measures: MeasuresDialog,  # noqa: F811
) -> None:
    choose_newest(qtbot, measures)
    qtbot.mouseClick(measures.correct_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: any(f.isVisible() and f.correcting for f in _forms(measures)))
    (form,) = [f for f in _forms(measures) if f.isVisible() and f.correcting]
    make_activate(qtbot, form)
    form.items[0].setFocus()
    qtbot.keyClick(form.items[0], Qt.Key.Key_Down)  # 2 becomes 3
    qtbot.keyClick(form.items[0], Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not form.isVisible(), timeout=5000)
    wait_ops(qtbot, window.ops)
    newest = max(measures.book.measures.list("M-0042"), key=lambda m: m.taken_on)
    assert newest.score.items == (3, 2, 3)


def test_twice_ctrl_s_saves_once(
    qtbot: QtBot,
    window: MainWindow,
    measures: MeasuresDialog,  # noqa: F811
) -> None:
    before = len(measures.book.measures.list("M-0042"))
    qtbot.mouseClick(measures.record_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: any(f.isVisible() and not f.correcting for f in _forms(measures)))
    (form,) = [f for f in _forms(measures) if f.isVisible() and not f.correcting]
    make_activate(qtbot, form)
    for item in form.items:
        item.setFocus()
        qtbot.keyClick(item, Qt.Key.Key_Down)
    form.consent.setFocus()
    qtbot.keyClick(form.consent, Qt.Key.Key_Space)
    qtbot.keyClick(form.consent, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(form.consent, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not form.isVisible(), timeout=5000)
    wait_ops(qtbot, window.ops)
    assert len(measures.book.measures.list("M-0042")) == before + 1


def test_save_dialogs_start_in_documents_not_the_working_folder(tmp_path: Path) -> None:
    start = Path(suggested("safeguarding-concern-1.pdf"))
    assert start.is_absolute() and start.name == "safeguarding-concern-1.pdf"
    assert start.parent != Path(os.getcwd())
    assert start.parent.is_dir()
