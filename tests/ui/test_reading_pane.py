"""The timeline's reading pane: the chosen entry in full, Markdown rendered for reading only,
followed by the arrow keys, reached with Tab and left with Tab."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from logbook.records.dto import EntryInput
from logbook.records.values import Kind, Mode
from tests.conftest import Profiles
from tests.ui.conftest import unlock, wait_ops
from ui.main_window import MainWindow
from ui.screens.workarea import WorkArea

CTRL = Qt.KeyboardModifier.ControlModifier
NOTES = "# Tea at the centre\n\nWe played **dominoes** and she won.\n\n- tea\n- cake"


@pytest.fixture
def area(qtbot: QtBot, window: MainWindow, profiles: Profiles) -> WorkArea:
    unlock(qtbot, window, profiles.passphrase)
    work = window.work
    assert isinstance(work, WorkArea)
    work.book.matches.add("M-0042", "Edith Harris", date(2026, 1, 1))
    work.book.entries.add(EntryInput(Kind.VISIT, date(2026, 11, 2), "M-0042", minutes=60,
                                     mode=Mode.IN_PERSON, place="Community centre",
                                     notes=NOTES))  # fmt: skip
    work.book.entries.add(EntryInput(Kind.REFLECTION, date(2026, 11, 3), notes="Tired *today*."))
    work.changed()
    wait_ops(qtbot, window.ops)
    return work


def test_arrow_keys_in_the_list_show_each_entry_in_full(
    qtbot: QtBot, window: MainWindow, area: WorkArea
) -> None:
    timeline = area.timeline
    assert timeline.reader.toPlainText() == ""
    timeline.view.setFocus()  # the focus entering the list chooses its first row
    assert "Tired today." in timeline.reader.toPlainText()  # the newest, a reflection
    qtbot.keyClick(timeline.view, Qt.Key.Key_Down)
    text = timeline.reader.toPlainText()
    assert "Visit · Edith Harris" in text and "Monday 2 November 2026" in text
    assert "Community centre" in text and "In person" in text
    # Rendered, not shown as typed: no Markdown marks, the heading and bold really formatted.
    assert "We played dominoes and she won." in text and "**" not in text and "# " not in text
    block = timeline.reader.document().find("dominoes")
    assert block.charFormat().fontWeight() == QFont.Weight.Bold
    assert timeline.reader.isReadOnly()
    (entry,) = [e for e in area.book.entries.list().entries if e.kind is Kind.VISIT]
    assert entry.notes == NOTES  # the stored text is never rewritten


def test_tab_reaches_the_pane_and_leaves_it(
    qtbot: QtBot, window: MainWindow, area: WorkArea
) -> None:
    timeline = area.timeline
    timeline.view.setFocus()
    qtbot.keyClick(timeline.view, Qt.Key.Key_End, CTRL)
    qtbot.keyClick(timeline.view, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is timeline.reader
    qtbot.keyClick(timeline.reader, Qt.Key.Key_Down)  # keys inside scroll, not leave
    assert QApplication.focusWidget() is timeline.reader
    qtbot.keyClick(timeline.reader, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is not timeline.reader
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Backtab)
    assert QApplication.focusWidget() is timeline.reader


def test_a_reload_keeps_the_entry_being_read(
    qtbot: QtBot, window: MainWindow, area: WorkArea
) -> None:
    timeline = area.timeline
    timeline.view.setFocus()
    qtbot.keyClick(timeline.view, Qt.Key.Key_End, CTRL)
    (visit,) = [e for e in area.book.entries.list().entries if e.kind is Kind.VISIT]
    area.book.entries.edit(visit.id, notes="Dominoes again, she **won** twice.")
    area.changed()
    wait_ops(qtbot, window.ops)
    assert "Dominoes again, she won twice." in timeline.reader.toPlainText()
    assert timeline.selected() is not None and timeline.selected().id == visit.id  # type: ignore[union-attr]
