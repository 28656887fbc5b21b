"""The volunteer's flows through real widgets: first run, unlock, record, search, lock, undo."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QTextEdit, QWidget
from pytestqt.qtbot import QtBot

from logbook.records.values import Kind
from logbook.vault.profiles import ProfileManager
from tests.conftest import Profiles, file_bytes
from tests.ui.conftest import unlock, wait_ops
from ui.main_window import MainWindow
from ui.screens.matches import AddMatchDialog

STRONG = "tulip kettle harbour ninety"


def activate(qtbot: QtBot, window: MainWindow) -> None:
    """Offscreen has no window manager to give activation back after a dialog closes."""
    handle = window.windowHandle()
    assert handle is not None
    handle.requestActivate()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=2000)


def visible_text(root: QWidget) -> str:
    """Everything a person could read in the window, including the title."""
    parts = [root.windowTitle()]
    for widget in root.findChildren(QWidget):
        if isinstance(widget, QLabel | QLineEdit):
            parts.append(widget.text())
        elif isinstance(widget, QTextEdit):
            parts.append(widget.toPlainText())
    return "\n".join(parts)


def test_first_run_creates_a_profile_and_shows_the_recovery_key_once(
    qtbot: QtBot, tmp_path: Path
) -> None:
    manager = ProfileManager(tmp_path)
    win = MainWindow(manager)
    win.show()
    try:
        screen = win.create_screen
        assert win.stack.currentWidget() is screen
        screen.name.setText("Alex")
        screen.passphrase.first.setText("password1")
        screen.passphrase.second.setText("password1")
        assert not screen.create_button.isEnabled()
        assert "guess" in screen.passphrase.feedback.text()
        screen.passphrase.first.setText(STRONG)
        screen.passphrase.second.setText(STRONG + "x")
        assert not screen.create_button.isEnabled()
        screen.passphrase.second.setText(STRONG)
        assert screen.create_button.isEnabled()
        screen.create_button.click()
        qtbot.waitUntil(lambda: screen.pages.currentIndex() == 1, timeout=15_000)
        page = screen.key_page
        key = page._key
        assert len(key.replace("-", "")) == 52
        assert not page.continue_button.isEnabled()
        saved = tmp_path / "key.txt"
        page.save_to(saved)
        assert key in saved.read_text()
        page.saved.setChecked(True)
        page.continue_button.click()
        assert win.work is not None
        assert page.groups() == []  # not kept on screen
        wait_ops(qtbot, win.ops)
    finally:
        win.close()
    manager.recover("Alex", saved.read_text().split()[-1], "another strong passphrase")


def test_wrong_passphrase_says_so_and_changes_nothing(
    qtbot: QtBot, window: MainWindow, profiles: Profiles
) -> None:
    before = file_bytes(profiles.folder)
    window.unlock_screen.passphrase.setText("not my passphrase")
    window.unlock_screen.unlock_button.click()
    qtbot.waitUntil(lambda: window.unlock_screen.error.isVisible(), timeout=15_000)
    assert "does not open" in window.unlock_screen.error.text()
    assert window.locked
    assert file_bytes(profiles.folder) == before


def test_recovery_key_sets_a_new_passphrase_and_shows_a_new_key(
    qtbot: QtBot, window: MainWindow, profiles: Profiles
) -> None:
    window.unlock_screen.forgot_button.click()
    screen = window.recover_screen
    assert window.stack.currentWidget() is screen
    screen.key.setText("AAAA-BBBB")
    screen.passphrase.first.setText(STRONG)
    screen.passphrase.second.setText(STRONG)
    screen.recover_button.click()
    qtbot.waitUntil(lambda: screen.error.isVisible(), timeout=15_000)
    assert "recovery key" in screen.error.text()
    screen.key.setText(profiles.recovery_key.lower())
    screen.recover_button.click()
    qtbot.waitUntil(lambda: screen.pages.currentIndex() == 1, timeout=15_000)
    new_key = screen.key_page._key
    assert new_key and new_key != profiles.recovery_key
    screen.key_page.saved.setChecked(True)
    screen.key_page.continue_button.click()
    assert window.work is not None
    wait_ops(qtbot, window.ops)
    window.lock()
    wait_ops(qtbot, window.ops)
    profiles.manager.unlock(profiles.name, STRONG).lock()


def test_record_search_lock_unlock_edit_delete_undo(
    qtbot: QtBot, window: MainWindow, profiles: Profiles
) -> None:
    unlock(qtbot, window, profiles.passphrase)
    work = window.work
    assert work is not None

    dialog = AddMatchDialog(work, work.book, window.ops)
    dialog.code.setText("m-0042")
    dialog.name.setText("Edith Harris")
    dialog.save()
    wait_ops(qtbot, window.ops)
    work.changed()
    wait_ops(qtbot, window.ops)
    assert work.matches.model.rowCount() == 1

    editor = work.new_entry(Kind.VISIT)
    # The only match is chosen already: a visit needs one.
    assert editor.match.currentData() == "M-0042"
    assert editor.errors is not None and editor.errors.message() == ""
    editor.minutes.setText("50")
    editor.notes.setPlainText("We planted **sweet peas** by the back door.")
    editor.activities.setText("gardening, chat")
    editor.save()
    wait_ops(qtbot, window.ops)
    assert work.timeline.model.rowCount() == 1
    assert work.timeline.model.data(work.timeline.model.index(0, 2)) == "Edith Harris"

    qtbot.keyClicks(work.timeline.search, "swee")
    qtbot.waitUntil(lambda: bool(work.timeline.model._snippets), timeout=5000)
    wait_ops(qtbot, window.ops)
    spans = work.timeline.model.data(work.timeline.model.index(0, 4), Qt.ItemDataRole.UserRole + 3)
    snippet = work.timeline.model.data(work.timeline.model.index(0, 4))
    assert [snippet[a:b] for a, b in spans] == ["sweet"]

    activate(qtbot, window)
    qtbot.keyClick(work.timeline.view, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert window.locked
    wait_ops(qtbot, window.ops)
    QApplication.processEvents()
    text = visible_text(window)
    for secret in ("Edith", "sweet peas", "M-0042", "Volunteer —"):
        assert secret not in text
    assert window.windowTitle() == "Volunteer Logbook"

    unlock(qtbot, window, profiles.passphrase)
    work = window.work
    assert work is not None and work.timeline.model.rowCount() == 1
    entry = work.timeline.model.entry(0)
    assert entry.activities == ("chat", "gardening")
    editor = work.edit_entry(entry)
    assert "sweet peas" in editor.notes.toPlainText()
    editor.minutes.setText("75")
    editor.save()
    wait_ops(qtbot, window.ops)
    assert work.book.entries.get(entry.id).minutes == 75
    assert work.book.entries.get(entry.id).notes == entry.notes

    work.timeline.view.selectRow(0)
    qtbot.keyClick(work.timeline, Qt.Key.Key_Delete)
    wait_ops(qtbot, window.ops)
    assert work.timeline.model.rowCount() == 0
    assert work.notice_undo.isVisible()
    activate(qtbot, window)
    qtbot.keyClick(work.timeline.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    wait_ops(qtbot, window.ops)
    assert work.timeline.model.rowCount() == 1
    assert not work.book.entries.get(entry.id).deleted


def test_locks_itself_after_the_idle_time(
    qtbot: QtBot, window: MainWindow, profiles: Profiles
) -> None:
    unlock(qtbot, window, profiles.passphrase)
    now = [1_000_000.0]
    window.idle.clock = lambda: now[0]
    window.idle.arm()
    window.idle.check()
    assert not window.locked
    now[0] += 4 * 60
    window.idle.check()
    assert not window.locked
    # A laptop that slept: the wall clock jumped past the limit while no timer ran.
    now[0] += 2 * 60
    window.idle.check()
    assert window.locked
    wait_ops(qtbot, window.ops)


def test_input_resets_the_idle_time(qtbot: QtBot, window: MainWindow, profiles: Profiles) -> None:
    unlock(qtbot, window, profiles.passphrase)
    now = [1_000_000.0]
    window.idle.clock = lambda: now[0]
    window.idle.arm()
    now[0] += 4 * 60
    work = window.work
    assert work is not None
    qtbot.keyClicks(work.timeline.search, "a")
    now[0] += 4 * 60
    window.idle.check()
    assert not window.locked


def test_editor_refuses_invalid_values_inline(
    qtbot: QtBot, window: MainWindow, profiles: Profiles
) -> None:
    unlock(qtbot, window, profiles.passphrase)
    work = window.work
    assert work is not None
    work.book.matches.add("M-0001", "Someone", date(2025, 1, 1))
    work.changed()
    wait_ops(qtbot, window.ops)
    editor = work.new_entry(Kind.REFLECTION)
    assert not editor.minutes.isVisible() and editor.wellbeing.isVisibleTo(editor)
    editor.kind.setCurrentIndex(editor.kind.findData(Kind.VISIT))
    assert editor.errors is not None and editor.errors.current is editor.match
    editor.match.setCurrentIndex(editor.match.findData("M-0001"))
    assert editor.errors.current is None
    editor.discard()


def test_draft_survives_a_crash_and_is_offered_back(
    qtbot: QtBot, window: MainWindow, profiles: Profiles
) -> None:
    unlock(qtbot, window, profiles.passphrase)
    work = window.work
    assert work is not None
    editor = work.new_entry(Kind.REFLECTION)
    editor.notes.setPlainText("Half-written thoughts about today's visit")
    editor.wellbeing.setCurrentIndex(3)
    editor.autosave()
    wait_ops(qtbot, window.ops)
    # A crash: the process dies with the editor open; nothing else is saved.
    window.ops.wait()
    work.profile.lock()

    again = MainWindow(profiles.manager)
    again.show()
    try:
        unlock(qtbot, again, profiles.passphrase)
        restored = again.work
        assert restored is not None
        assert restored.draft_restore.isVisible() or restored.draft_restore.isVisibleTo(restored)
        assert "unsaved draft" in restored.notice.text()
        with qtbot.waitSignal(restored.draft_opened, timeout=5000) as opened:
            restored.draft_restore.click()
        editor = opened.args[0]
        assert editor.notes.toPlainText() == "Half-written thoughts about today's visit"
        assert editor.wellbeing.currentData() == 3
        editor.save()
        wait_ops(qtbot, again.ops)
        assert restored.book.drafts.list() == []
        assert restored.book.entries.list().total == 1
    finally:
        again.close()


def test_locking_keeps_the_open_editors_work_as_a_draft(
    qtbot: QtBot, window: MainWindow, profiles: Profiles
) -> None:
    unlock(qtbot, window, profiles.passphrase)
    work = window.work
    assert work is not None
    editor = work.new_entry(Kind.REFLECTION)
    editor.notes.setPlainText("Typed just before the laptop locked")
    window.lock()
    wait_ops(qtbot, window.ops)
    qtbot.waitUntil(lambda: not shiboken6.isValid(editor), timeout=5000)  # discarded
    unlock(qtbot, window, profiles.passphrase)
    assert window.work is not None
    drafts = window.work.book.drafts.list()
    assert [d.draft.notes for d in drafts] == ["Typed just before the laptop locked"]  # type: ignore[union-attr]
