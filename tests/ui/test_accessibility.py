"""Every control of every screen has an accessible name and can be reached by keyboard."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QTabBar,
    QTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from logbook.records.values import Kind
from tests.conftest import Profiles
from tests.ui.conftest import unlock, wait_ops
from ui.main_window import MainWindow
from ui.screens.matches import AddMatchDialog

CONTROLS = (QAbstractButton, QLineEdit, QComboBox, QAbstractSpinBox, QTextEdit, QPlainTextEdit,
            QAbstractItemView)  # fmt: skip


def inside_compound(widget: QWidget) -> bool:
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(
            parent, QAbstractSpinBox | QComboBox | QTabBar | QAbstractItemView | QLineEdit
        ):
            return True
        if type(parent).__name__ == "QComboBoxPrivateContainer":
            return True
        parent = parent.parentWidget()
    return False


def controls(root: QWidget) -> list[QWidget]:
    found = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not isinstance(widget, CONTROLS):
            continue
        # Parts of a compound control (a combo's list, a spin box's editor) are announced
        # through their owner.
        if inside_compound(widget):
            continue
        if widget.objectName().startswith("qt_"):
            continue  # Qt's own internals (scroll bar buttons, calendar parts)
        found.append(widget)
    return found


def describe(widget: QWidget) -> str:
    text = widget.text() if isinstance(widget, QAbstractButton | QLineEdit) else ""
    return f"{widget.objectName()!r} {text!r} in {type(widget.parentWidget()).__name__}"


def assert_accessible(root: QWidget, where: str) -> int:
    problems = []
    checked = controls(root)
    for widget in checked:
        label = f"{where}: {type(widget).__name__} {describe(widget)}"
        if not widget.accessibleName().strip():
            problems.append(f"{label} has no accessible name")
        if not widget.focusPolicy() & Qt.FocusPolicy.TabFocus and widget.isEnabled():
            problems.append(f"{label} cannot be reached with Tab")
    assert not problems, "\n".join(problems)
    return len(checked)


def test_every_screen_names_its_controls(
    qtbot: QtBot, window: MainWindow, profiles: Profiles
) -> None:
    total = assert_accessible(window.unlock_screen, "unlock")
    window.show_create()
    total += assert_accessible(window.create_screen, "create profile")
    window.show_recover(profiles.name)
    total += assert_accessible(window.recover_screen, "recover")
    window.show_unlock()
    unlock(qtbot, window, profiles.passphrase)
    work = window.work
    assert work is not None
    total += assert_accessible(work, "logbook")
    work.book.matches.add("M-0001", "Someone")
    work.changed()
    wait_ops(qtbot, window.ops)
    for kind in Kind:
        editor = work.new_entry(kind)
        total += assert_accessible(editor, f"{kind.value} editor")
        editor.reject()
    dialog = AddMatchDialog(work, work.book, window.ops)
    total += assert_accessible(dialog, "add match")
    assert total > 60  # the walk really covered the screens
