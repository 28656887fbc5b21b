"""An empty logbook says what to do first; actions wait for a choice; lists have menus."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from logbook.records.dto import EntryInput
from logbook.records.values import Kind
from tests.conftest import Profiles
from tests.ui.conftest import unlock, wait_ops
from tests.ui.test_entry_editor import make_activate, type_text
from tests.ui.test_free_text_dialogs import click
from ui.main_window import MainWindow
from ui.screens.entry_editor import EntryEditor
from ui.screens.matches import AddMatchDialog
from ui.screens.workarea import WorkArea


def test_an_empty_logbook_starts_with_the_person_supported_then_a_visit(
    qtbot: QtBot, window: MainWindow, profiles: Profiles
) -> None:
    unlock(qtbot, window, profiles.passphrase)
    area = window.work
    assert isinstance(area, WorkArea)
    timeline = area.timeline
    assert timeline.pages.currentIndex() == 1 and timeline.empty_text.isVisibleTo(timeline)
    assert "Start by adding the person you support" in timeline.empty_text.text()
    # A visit or a call is with someone: not offered before there is someone (a reflection is).
    assert not area.new_visit.isEnabled() and not area.new_conversation.isEnabled()
    assert area.new_visit.toolTip() == "Add the person you support first"
    make_activate(qtbot, window)
    qtbot.keyClick(timeline.view, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert area.editors == []
    click(qtbot, timeline.start_button)
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), AddMatchDialog))
    adding = QApplication.activeModalWidget()
    assert isinstance(adding, AddMatchDialog) and area.tabs.currentWidget() is area.matches
    make_activate(qtbot, adding)
    type_text(qtbot, adding.code, "M-0042")
    adding.name.setFocus()
    type_text(qtbot, adding.name, "Edith Harris")
    qtbot.keyClick(adding.name, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not adding.isVisible(), timeout=5000)
    wait_ops(qtbot, window.ops)
    assert "Nothing written yet" in timeline.empty_text.text()
    assert area.new_visit.isEnabled() and area.new_conversation.isEnabled()
    click(qtbot, timeline.start_button)
    qtbot.waitUntil(lambda: any(e.isVisible() for e in area.editors), timeout=5000)
    (editor,) = area.editors
    assert isinstance(editor, EntryEditor)
    editor.done(0)


def test_a_search_that_finds_nothing_is_not_an_empty_logbook(
    qtbot: QtBot, window: MainWindow, profiles: Profiles
) -> None:
    unlock(qtbot, window, profiles.passphrase)
    area = window.work
    assert isinstance(area, WorkArea)
    area.book.matches.add("M-0042", "Edith Harris", date(2026, 1, 1))
    area.book.entries.add(
        EntryInput(Kind.VISIT, date(2026, 11, 2), "M-0042", minutes=30, notes="Tea.")
    )
    area.changed()
    wait_ops(qtbot, window.ops)
    timeline = area.timeline
    assert timeline.pages.currentIndex() == 0
    type_text(qtbot, timeline.search, "nothingmatches")
    qtbot.waitUntil(lambda: timeline.count.text() == "0 entries found", timeout=5000)
    assert timeline.pages.currentIndex() == 0


def test_match_actions_wait_for_a_choice_and_the_lists_have_menus(
    qtbot: QtBot, window: MainWindow, profiles: Profiles
) -> None:
    unlock(qtbot, window, profiles.passphrase)
    area = window.work
    assert isinstance(area, WorkArea)
    area.book.matches.add("M-0042", "Edith Harris", date(2026, 1, 1))
    area.book.entries.add(
        EntryInput(Kind.VISIT, date(2026, 11, 2), "M-0042", minutes=30, notes="Tea.")
    )
    area.changed()
    wait_ops(qtbot, window.ops)
    matches = area.matches
    area.tabs.setCurrentWidget(matches)
    assert not matches.erase_button.isEnabled() and not matches.end_button.isEnabled()
    row = matches.view.visualRect(matches.proxy.index(0, 0)).center()
    qtbot.mouseClick(matches.view.viewport(), Qt.MouseButton.LeftButton, pos=row)
    assert matches.selected() is not None
    assert matches.erase_button.isEnabled() and matches.end_button.isEnabled()
    qtbot.keyClick(matches.view, Qt.Key.Key_F10, Qt.KeyboardModifier.ShiftModifier)
    assert matches.menu.menu is not None
    shown = [a.text() for a in matches.menu.menu.actions()]
    assert shown == ["Show entries", "Outcome measures…", "End match…", "Erase…"]
    matches.menu.menu.close()

    area.tabs.setCurrentWidget(area.timeline)
    timeline = area.timeline
    timeline.view.setFocus()
    qtbot.keyClick(timeline.view, Qt.Key.Key_Menu)
    assert timeline.menu.menu is not None
    edit = timeline.menu.action("Edit…")
    assert edit is not None and edit.isEnabled()
    edit.trigger()
    qtbot.waitUntil(lambda: any(e.isVisible() for e in area.editors), timeout=5000)
    area.editors[0].done(0)
    qtbot.keyClick(timeline.view, Qt.Key.Key_Menu)
    delete = timeline.menu.action("Delete")
    assert delete is not None
    delete.trigger()
    wait_ops(qtbot, window.ops)
    assert area.book.entries.list().total == 0
