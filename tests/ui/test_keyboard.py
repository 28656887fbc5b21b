"""The keyboard alone: Enter submits, Ctrl+L locks from anywhere (dialogs too), Ctrl+Q locks
and quits, F1 lists the shortcuts, and Tab reaches every control on every screen and back."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import shiboken6
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QLabel,
    QMessageBox,
    QTabBar,
    QToolButton,
    QWidget,
)
from pytestqt.qtbot import QtBot

from logbook.vault.profiles import ProfileManager
from tests.conftest import Profiles
from tests.ui.conftest import unlock, wait_ops
from tests.ui.test_flows import STRONG, activate
from ui.main_window import MainWindow
from ui.screens.entry_editor import EntryEditor
from ui.screens.shortcuts import ShortcutsDialog
from ui.screens.workarea import WorkArea

CTRL = Qt.KeyboardModifier.ControlModifier


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def unlocked(
    qtbot: QtBot, window: MainWindow, profiles: Profiles, first_time: bool = True
) -> WorkArea:
    unlock(qtbot, window, profiles.passphrase)
    work = window.work
    assert isinstance(work, WorkArea)
    if first_time:
        work.book.matches.add("M-0042", "Edith Harris", date(2025, 1, 6))
        work.changed()
    wait_ops(qtbot, window.ops)
    activate(qtbot, window)
    return work


def test_enter_in_repeat_passphrase_creates_the_profile(qtbot: QtBot, tmp_path: Path) -> None:
    win = MainWindow(ProfileManager(tmp_path))
    win.show()
    try:
        screen = win.create_screen
        qtbot.keyClicks(screen.name, "Alex")
        qtbot.keyClicks(screen.passphrase.first, STRONG)
        qtbot.keyClicks(screen.passphrase.second, STRONG)
        qtbot.keyClick(screen.passphrase.second, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: screen.pages.currentIndex() == 1, timeout=15_000)
        assert win.manager.list()[0].name == "Alex"
    finally:
        win.close()


def test_enter_with_a_weak_passphrase_creates_nothing(qtbot: QtBot, tmp_path: Path) -> None:
    win = MainWindow(ProfileManager(tmp_path))
    win.show()
    try:
        screen = win.create_screen
        qtbot.keyClicks(screen.name, "Alex")
        qtbot.keyClicks(screen.passphrase.first, "password1")
        qtbot.keyClicks(screen.passphrase.second, "password1")
        qtbot.keyClick(screen.passphrase.second, Qt.Key.Key_Return)
        wait_ops(qtbot, win.ops)
        assert screen.pages.currentIndex() == 0 and win.manager.list() == []
    finally:
        win.close()


def test_ctrl_l_in_an_open_entry_locks_and_keeps_what_was_typed(
    qtbot: QtBot, window: MainWindow, profiles: Profiles
) -> None:
    work = unlocked(qtbot, window, profiles)
    qtbot.keyClick(work.timeline.view, Qt.Key.Key_N, CTRL)
    editor = next(w for w in QApplication.topLevelWidgets() if isinstance(w, EntryEditor))
    qtbot.waitExposed(editor)
    editor.notes.setFocus()
    qtbot.keyClicks(editor.notes, "Typed when someone came to the door")
    qtbot.keyClick(focused(), Qt.Key.Key_L, CTRL)  # a modal dialog has the keyboard
    assert window.locked
    wait_ops(qtbot, window.ops)
    qtbot.waitUntil(lambda: not shiboken6.isValid(editor) or not editor.isVisible())

    work = unlocked(qtbot, window, profiles, first_time=False)
    qtbot.waitUntil(lambda: work.draft_restore.isVisibleTo(work), timeout=5000)
    with qtbot.waitSignal(work.draft_opened, timeout=5000) as opened:
        qtbot.mouseClick(work.draft_restore, Qt.MouseButton.LeftButton)
    restored = opened.args[0]
    assert restored.notes.toPlainText() == "Typed when someone came to the door"
    restored.close_for_lock()


def test_ctrl_l_in_a_question_locks_and_answers_nothing(
    qtbot: QtBot, window: MainWindow, profiles: Profiles
) -> None:
    work = unlocked(qtbot, window, profiles)
    work.tabs.setCurrentWidget(work.matches)
    view = work.matches.view
    rect = view.visualRect(view.model().index(0, 0))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    seen: list[str] = []

    def press_ctrl_l() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, press_ctrl_l)
            return
        seen.append(box.text())
        qtbot.keyClick(box, Qt.Key.Key_L, CTRL)

    QTimer.singleShot(20, press_ctrl_l)
    qtbot.mouseClick(work.matches.end_button, Qt.MouseButton.LeftButton)  # asks, modally
    assert seen and "End the match" in seen[0]
    assert window.locked
    wait_ops(qtbot, window.ops)
    assert not [w for w in QApplication.topLevelWidgets()
                if isinstance(w, QMessageBox) and w.isVisible()]  # fmt: skip
    with profiles.manager.unlock(profiles.name, profiles.passphrase) as profile:
        from logbook.records.book import Logbook

        assert Logbook(profile.store).matches.get("M-0042").active  # nothing was ended


def test_ctrl_q_locks_and_quits(qtbot: QtBot, window: MainWindow, profiles: Profiles) -> None:
    work = unlocked(qtbot, window, profiles)
    qtbot.keyClick(work.timeline.search, Qt.Key.Key_Q, CTRL)
    assert window.locked and not window.isVisible()


def test_f1_lists_the_shortcuts_from_anywhere(
    qtbot: QtBot, window: MainWindow, profiles: Profiles
) -> None:
    qtbot.keyClick(window.unlock_screen.passphrase, Qt.Key.Key_F1)
    dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, ShortcutsDialog))
    assert dialog.isVisible()
    keys = dict(dialog.rows)
    assert "Lock" in keys["Ctrl+L"] and "quit" in keys["Ctrl+Q"]
    assert "New visit" in keys["Ctrl+N"]
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()

    work = unlocked(qtbot, window, profiles)
    work.tabs.setCurrentWidget(work.settings)
    qtbot.mouseClick(work.settings.shortcuts_button, Qt.MouseButton.LeftButton)
    dialog = next(
        w for w in QApplication.topLevelWidgets()
        if isinstance(w, ShortcutsDialog) and shiboken6.isValid(w) and w.isVisible()
    )  # fmt: skip
    dialog.close()


# -- Tab: every control on every screen, and round again ------------------------------------
def controls(root: QWidget) -> list[QWidget]:
    """What a person can Tab to: shown, enabled, taking focus from Tab, in this window."""
    found = []
    for widget in root.findChildren(QWidget):
        if widget.window() is not root.window() or not widget.isVisible():
            continue
        if not widget.isEnabled() or not widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
            continue
        if widget.focusProxy() is not None:
            continue  # its proxy is the one that takes focus
        found.append(widget)
    return found


def describe(widget: QWidget) -> str:
    name = widget.accessibleName() or getattr(widget, "text", lambda: "")() or ""
    return f"{type(widget).__name__}({name!r})"


def walk_tab(qtbot: QtBot, start: QWidget, limit: int = 400) -> list[QWidget]:
    """Press Tab from `start` until focus comes back to it; fail on a trap."""
    start.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is start, timeout=2000)
    visited = [start]
    for _ in range(limit):
        qtbot.keyClick(focused(), Qt.Key.Key_Tab)
        now = focused()
        if now is start:
            return visited
        visited.append(now)
    tail = ", ".join(describe(w) for w in visited[-6:])
    raise AssertionError(f"Tab never came back round; the last stops: {tail}")


def mnemonic(text: str) -> str | None:
    """The letter after a single `&` ("Sha&ring" -> "r"); `&&` is a literal ampersand."""
    index = text.replace("&&", "\0\0").find("&")
    return text[index + 1].lower() if 0 <= index < len(text) - 1 else None


def mnemonics(root: QWidget) -> dict[str, list[str]]:
    """Alt+letter keys in the window as shown now: buttons, labelled fields, tabs."""
    found: dict[str, list[str]] = {}

    def add(text: str) -> None:
        letter = mnemonic(text)
        if letter:
            found.setdefault(letter, []).append(text.replace("&", ""))

    for widget in root.findChildren(QWidget):
        if widget.window() is not root.window() or not widget.isVisible():
            continue
        labelled = isinstance(widget, QLabel) and widget.buddy() is not None
        button = isinstance(widget, QAbstractButton) and not isinstance(widget, QToolButton)
        if labelled or button:
            add(widget.text())  # type: ignore[attr-defined]
        elif isinstance(widget, QTabBar):
            for index in range(widget.count()):
                add(widget.tabText(index))
    return found


def assert_tab_reaches_everything(qtbot: QtBot, root: QWidget, start: QWidget) -> None:
    clashes = {k: v for k, v in mnemonics(root).items() if len(v) > 1}
    assert clashes == {}, f"one Alt+letter for several controls: {clashes}"
    visited = walk_tab(qtbot, start)
    missed = [
        describe(w) for w in controls(root)
        if not any(w is v or w.isAncestorOf(v) for v in visited)
    ]  # fmt: skip
    assert missed == [], f"Tab never reaches: {missed}"
    # And back the other way: Shift+Tab from the start goes round the same ring.
    qtbot.keyClick(start, Qt.Key.Key_Backtab)
    assert focused() is visited[-1]


def test_tab_goes_round_every_tab_of_the_logbook(
    qtbot: QtBot, window: MainWindow, profiles: Profiles
) -> None:
    work = unlocked(qtbot, window, profiles)
    first = work.toolbar.widgetForAction(work.new_visit)
    for index in range(work.tabs.count()):
        work.tabs.setCurrentIndex(index)
        wait_ops(qtbot, window.ops)
        assert_tab_reaches_everything(qtbot, window, first)


def test_tab_goes_round_the_unlock_create_and_recover_screens(
    qtbot: QtBot, window: MainWindow
) -> None:
    screen = window.unlock_screen
    assert_tab_reaches_everything(qtbot, window, screen.profile)
    qtbot.mouseClick(screen.new_button, Qt.MouseButton.LeftButton)
    create = window.create_screen
    assert_tab_reaches_everything(qtbot, window, create.name)
    qtbot.mouseClick(create.cancel_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(screen.forgot_button, Qt.MouseButton.LeftButton)
    recover = window.recover_screen
    assert_tab_reaches_everything(qtbot, window, recover.key)


def dialog_ring(qtbot: QtBot, dialog: QWidget, start: QWidget) -> None:
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitActive(dialog)
    assert_tab_reaches_everything(qtbot, dialog, start)


def test_tab_goes_round_the_settings_dialogs(
    qtbot: QtBot, window: MainWindow, profiles: Profiles
) -> None:
    work = unlocked(qtbot, window, profiles)
    dialog = work.settings.passphrase_dialog()
    dialog.open()
    dialog_ring(qtbot, dialog, dialog.current)
    dialog.reject()
    shortcuts = ShortcutsDialog.show_over(window)
    close = shortcuts.buttons.buttons()[0]
    dialog_ring(qtbot, shortcuts, close)
    shortcuts.close()


def test_ctrl_tab_changes_section_wherever_the_focus_is(
    qtbot: QtBot, window: MainWindow, profiles: Profiles
) -> None:
    work = unlocked(qtbot, window, profiles)
    first = work.toolbar.widgetForAction(work.new_visit)
    assert first is not None
    first.setFocus()
    qtbot.keyClick(first, Qt.Key.Key_Tab, CTRL)
    assert work.tabs.currentWidget() is work.matches
    qtbot.keyClick(focused(), Qt.Key.Key_Backtab, CTRL | Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClick(focused(), Qt.Key.Key_Backtab, CTRL | Qt.KeyboardModifier.ShiftModifier)
    assert work.tabs.currentWidget() is work.settings
