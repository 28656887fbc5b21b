"""The entry editor driven as a person does (keys, clicks, timers), read back through the core."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime, timedelta

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from logbook.records.book import Logbook
from logbook.records.dto import EntryInfo
from logbook.records.values import Kind
from logbook.vault.profiles import UnlockedProfile
from tests.conftest import Profiles
from tests.ui.conftest import unlock, wait_ops
from ui.main_window import MainWindow
from ui.operations import Operations
from ui.screens.entry_editor import EntryEditor
from ui.widgets.field_errors import error_colour
from ui.widgets.plain_text import plain_text

CTRL = Qt.KeyboardModifier.ControlModifier
SAVE = QDialogButtonBox.StandardButton.Save


@pytest.fixture
def ops(qtbot: QtBot) -> Iterator[Operations]:
    operations = Operations()
    yield operations
    operations.wait()


@pytest.fixture
def host(qtbot: QtBot) -> QWidget:
    widget = QWidget()
    qtbot.addWidget(widget)
    return widget


def make_activate(qtbot: QtBot, widget: QWidget) -> None:
    """Offscreen has no window manager: ask for activation, as a click on the window would."""
    widget.activateWindow()
    handle = widget.windowHandle()
    assert handle is not None
    handle.requestActivate()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is widget, timeout=3000)


def type_char(qtbot: QtBot, widget: QWidget, char: str) -> None:
    """One key press and release carrying `char`, as a keyboard layout or input method
    sends it (QTest's own typing knows only ASCII keys)."""
    if char.isascii():
        qtbot.keyClicks(widget, char)
        return
    key = ord(char.upper()) if len(char.upper()) == 1 else ord(char)
    for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
        QApplication.sendEvent(widget, QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, char))


def type_text(qtbot: QtBot, widget: QWidget, text: str) -> None:
    """Real key events; a line break is the Enter key, as a person types it."""
    for i, line in enumerate(text.split("\n")):
        if i:
            qtbot.keyClick(widget, Qt.Key.Key_Return)
        for char in line:
            type_char(qtbot, widget, char)


def replace_text(qtbot: QtBot, widget: QWidget, text: str) -> None:
    widget.setFocus()
    qtbot.keyClick(widget, Qt.Key.Key_A, CTRL)
    qtbot.keyClicks(widget, text)


def answer_question(button: QMessageBox.StandardButton, seen: list[str]) -> None:
    """Answer the question box the next action opens, as the person would."""

    def click() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            seen.append(box.text())
            box.button(button).click()
        else:
            QTimer.singleShot(20, click)

    QTimer.singleShot(20, click)


def open_editor(
    qtbot: QtBot, host: QWidget, book: Logbook, ops: Operations, entry: EntryInfo | None
) -> EntryEditor:
    editor = EntryEditor(host, book=book, ops=ops, matches={}, activities=[], topics=[],
                         kind=Kind.REFLECTION, entry=entry)  # fmt: skip
    editor.show()
    qtbot.waitExposed(editor)
    make_activate(qtbot, editor)
    return editor


def save_with(qtbot: QtBot, editor: EntryEditor, how: str, ops: Operations) -> EntryInfo:
    with qtbot.waitSignal(editor.saved, timeout=10_000) as saved:
        if how == "button":
            qtbot.mouseClick(editor.buttons.button(SAVE), Qt.MouseButton.LeftButton)
        elif how == "ctrl+s":
            qtbot.keyClick(editor.notes, Qt.Key.Key_S, CTRL)
        else:
            qtbot.keyClick(editor.notes, Qt.Key.Key_Return, CTRL)
    wait_ops(qtbot, ops)
    assert editor.result() == QDialog.DialogCode.Accepted
    entry = saved.args[0]
    assert isinstance(entry, EntryInfo)
    return entry


MARKDOWN = st.sampled_from(
    ["**", "*", "_", "__", "- ", "* ", "+ ", "1. ", "# ", "> ", "`", "```", "\\", "[a](b)",
     "  ", "<b>", "&amp;", "|", "---", "\u00a0", "~~"]
)  # fmt: skip
PLAIN = st.text(
    st.characters(
        categories=["L", "N", "P", "S", "Zs"], max_codepoint=0xFFFF, exclude_characters="\t"
    ),
    max_size=12,
)
LINE = st.lists(st.one_of(MARKDOWN, PLAIN), max_size=5).map("".join)
NOTES = st.lists(LINE, min_size=1, max_size=4).map("\n".join)


@settings(
    max_examples=12, deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)  # fmt: skip
@given(notes=NOTES)
def test_notes_typed_are_stored_exactly_and_stay_so_through_resaving(
    qtbot: QtBot, profile: UnlockedProfile, ops: Operations, host: QWidget, notes: str
) -> None:
    book = Logbook(profile.store)
    editor = open_editor(qtbot, host, book, ops, None)
    editor.notes.setFocus()
    type_text(qtbot, editor.notes, notes)
    assert plain_text(editor.notes) == notes  # what was typed is what the box holds
    first = save_with(qtbot, editor, "ctrl+s", ops)
    expected = notes.strip()  # only whitespace at the very start and end goes
    assert book.entries.get(first.id).notes == expected

    again = open_editor(qtbot, host, book, ops, book.entries.get(first.id))
    assert plain_text(again.notes) == expected
    save_with(qtbot, again, "button", ops)
    assert book.entries.get(first.id).notes == expected
    book.entries.purge(first.id)


def test_ctrl_enter_saves_the_entry(
    qtbot: QtBot, profile: UnlockedProfile, ops: Operations, host: QWidget
) -> None:
    book = Logbook(profile.store)
    editor = open_editor(qtbot, host, book, ops, None)
    type_text(qtbot, editor.notes, "her **granddaughter** came\n- bring photos")
    saved = save_with(qtbot, editor, "ctrl+enter", ops)
    assert book.entries.get(saved.id).notes == "her **granddaughter** came\n- bring photos"
    assert book.drafts.list() == []


# -- the volunteer's own path through the main window ------------------------------------------
@pytest.fixture
def work_window(qtbot: QtBot, window: MainWindow, profiles: Profiles) -> MainWindow:
    unlock(qtbot, window, profiles.passphrase)
    assert window.work is not None
    window.work.book.matches.add("M-0042", "Edith Harris", date(2025, 1, 1))
    window.work.changed()
    wait_ops(qtbot, window.ops)
    return window


def new_visit_by_keyboard(qtbot: QtBot, window: MainWindow) -> EntryEditor:
    work = window.work
    assert work is not None
    make_activate(qtbot, window)
    qtbot.keyClick(work.timeline.view, Qt.Key.Key_N, CTRL)
    qtbot.waitUntil(lambda: bool(work.editors) and work.editors[-1].isVisible(), timeout=3000)
    editor = work.editors[-1]
    make_activate(qtbot, editor)
    return editor


def test_escape_after_the_autosave_still_asks_and_keeps_or_discards_as_told(
    qtbot: QtBot, work_window: MainWindow
) -> None:
    window = work_window
    book = window.work.book  # type: ignore[union-attr]
    editor = new_visit_by_keyboard(qtbot, window)
    editor.notes.setFocus()
    type_text(qtbot, editor.notes, "She showed me the **allotment**")
    # Let the real 5 s autosave fire: the typed text is now a draft, but not saved work.
    qtbot.wait(5_800)
    wait_ops(qtbot, window.ops)
    (draft,) = book.drafts.list()
    assert draft.draft.notes == "She showed me the **allotment**"  # type: ignore[union-attr]

    seen: list[str] = []
    answer_question(QMessageBox.StandardButton.No, seen)
    qtbot.keyClick(editor.notes, Qt.Key.Key_Escape)
    assert seen and "lost" in seen[0]
    assert editor.isVisible()  # kept, as answered
    assert plain_text(editor.notes) == "She showed me the **allotment**"

    answer_question(QMessageBox.StandardButton.Yes, seen)
    qtbot.keyClick(editor.notes, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not editor.isVisible(), timeout=3000)
    wait_ops(qtbot, window.ops)
    assert len(seen) == 2
    assert book.drafts.list() == []  # discarded, as answered
    assert book.entries.list().total == 0


def test_cancel_without_changes_since_the_last_save_does_not_ask(
    qtbot: QtBot, work_window: MainWindow
) -> None:
    editor = new_visit_by_keyboard(qtbot, work_window)
    type_text(qtbot, editor.place, "x")
    qtbot.keyClick(editor.place, Qt.Key.Key_Backspace)  # back to what it was
    qtbot.mouseClick(
        editor.buttons.button(QDialogButtonBox.StandardButton.Cancel), Qt.MouseButton.LeftButton
    )
    assert not editor.isVisible()


def test_a_refused_value_is_said_under_its_field_and_never_replaced(
    qtbot: QtBot, work_window: MainWindow
) -> None:
    window = work_window
    book = window.work.book  # type: ignore[union-attr]
    editor = new_visit_by_keyboard(qtbot, window)
    errors = editor.errors
    assert errors is not None
    editor.match.setFocus()
    qtbot.keyClick(editor.match, Qt.Key.Key_Down)  # the first match after "(none)"
    assert editor.match.currentData() == "M-0042"
    for typed in ("0", "5000"):
        replace_text(qtbot, editor.minutes, typed)
        assert errors.current is editor.minutes
        assert errors.message() == "Minutes must be between 1 and 1440"
        qtbot.mouseClick(editor.buttons.button(SAVE), Qt.MouseButton.LeftButton)
        wait_ops(qtbot, window.ops)
        assert editor.minutes.text() == typed  # said, never silently changed
        assert editor.isVisible() and editor.focusWidget() is editor.minutes
        assert book.entries.list().total == 0
    # Said where people see and hear it: the error colour, the field marked and described.
    line_style = errors._lines[editor.minutes].styleSheet()
    assert error_colour(editor.palette()).name() in line_style
    assert "highlight" not in line_style
    assert error_colour(editor.palette()).name() in editor.minutes.styleSheet()
    assert editor.minutes.accessibleDescription() == "Minutes must be between 1 and 1440"
    replace_text(qtbot, editor.minutes, "45")
    assert errors.current is None and editor.minutes.accessibleDescription() == ""

    # A future date is said in words, not refused by the widget without one.
    tomorrow = date.today() + timedelta(days=1)
    editor.day.setFocus()
    qtbot.keyClick(editor.day, Qt.Key.Key_A, CTRL)
    qtbot.keyClicks(editor.day, tomorrow.strftime("%a %-d %b %Y"))
    assert editor.day.date().toPython() == tomorrow
    assert errors.current is editor.day and errors.message() == "Date cannot be in the future"
    qtbot.keyClick(editor.day, Qt.Key.Key_A, CTRL)
    qtbot.keyClicks(editor.day, date.today().strftime("%a %-d %b %Y"))
    assert errors.current is None
    saved = save_with(qtbot, editor, "ctrl+s", window.ops)
    assert book.entries.get(saved.id).minutes == 45


def test_the_future_time_error_clears_when_the_time_is_corrected(
    qtbot: QtBot, work_window: MainWindow
) -> None:
    now = datetime.now()
    if now.hour >= 23 or now.hour < 1:
        pytest.skip("needs an hour either side of now on the same day")
    window = work_window
    book = window.work.book  # type: ignore[union-attr]
    editor = new_visit_by_keyboard(qtbot, window)
    editor.match.setFocus()
    qtbot.keyClick(editor.match, Qt.Key.Key_Down)
    qtbot.mouseClick(editor.has_time, Qt.MouseButton.LeftButton)
    assert editor.has_time.isChecked()
    later, earlier = now + timedelta(minutes=50), now - timedelta(minutes=50)
    qtbot.keyClick(editor.has_time, Qt.Key.Key_Tab)  # Tab into the time selects its hour
    assert editor.focusWidget() is editor.time
    qtbot.keyClicks(editor.time, later.strftime("%H:%M"))
    errors = editor.errors
    assert errors is not None
    assert errors.current is editor.time and errors.message() == "Time cannot be in the future"
    # Shift+Tab inside a time goes back to its hour, selected, as a person corrects it.
    qtbot.keyClick(editor.time, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClicks(editor.time, earlier.strftime("%H:%M"))
    assert editor.time.time().toString("HH:mm") == earlier.strftime("%H:%M")
    assert errors.current is None  # cleared by correcting the time itself
    saved = save_with(qtbot, editor, "button", window.ops)
    stored = book.entries.get(saved.id).occurred_time
    assert stored is not None and stored.strftime("%H:%M") == earlier.strftime("%H:%M")


def test_a_note_with_markdown_is_stored_and_listed_as_typed(
    qtbot: QtBot, work_window: MainWindow
) -> None:
    window = work_window
    work = window.work
    assert work is not None
    editor = new_visit_by_keyboard(qtbot, window)
    qtbot.keyClick(editor.match, Qt.Key.Key_Down)
    editor.notes.setFocus()
    type_text(qtbot, editor.notes, "her **granddaughter** came\n- bring photos\nsee you Tuesday")
    qtbot.keyClick(editor.notes, Qt.Key.Key_Tab)  # Tab leaves the notes, as in a form
    assert editor.focusWidget() is not editor.notes
    assert "\t" not in plain_text(editor.notes)
    saved = save_with(qtbot, editor, "ctrl+s", window.ops)
    assert work.book.entries.get(saved.id).notes == (
        "her **granddaughter** came\n- bring photos\nsee you Tuesday"
    )
    qtbot.waitUntil(lambda: work.timeline.model.rowCount() == 1, timeout=5000)
    model = work.timeline.model
    assert model.data(model.index(0, 4)) == "her **granddaughter** came"


def test_locking_while_a_save_is_on_its_way_leaves_no_draft_to_duplicate_it(
    qtbot: QtBot, work_window: MainWindow, profiles: Profiles
) -> None:
    window = work_window
    editor = new_visit_by_keyboard(qtbot, window)
    qtbot.keyClick(editor.match, Qt.Key.Key_Down)
    type_text(qtbot, editor.notes, "Saved just as the laptop locked")
    qtbot.keyClick(editor.notes, Qt.Key.Key_S, CTRL)
    window.lock()  # before the worker has finished the save
    wait_ops(qtbot, window.ops)
    unlock(qtbot, window, profiles.passphrase)
    assert window.work is not None
    book = window.work.book  # type: ignore[attr-defined]
    assert [e.notes for e in book.entries.list().entries] == ["Saved just as the laptop locked"]
    assert book.drafts.list() == []


def test_a_new_visit_with_one_match_starts_on_that_match_and_saves_without_an_error(
    qtbot: QtBot, work_window: MainWindow
) -> None:
    window = work_window
    book = window.work.book  # type: ignore[union-attr]
    editor = new_visit_by_keyboard(qtbot, window)
    assert editor.errors is not None
    assert editor.match.currentData() == "M-0042"
    assert editor.errors.current is None
    editor.notes.setFocus()
    type_text(qtbot, editor.notes, "tea and the crossword")
    saved = save_with(qtbot, editor, "ctrl+s", window.ops)
    assert book.entries.get(saved.id).match_code == "M-0042"
