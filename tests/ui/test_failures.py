"""Every failure reaches the person: no `ops.run` call can fail silently, in code or on screen."""

from __future__ import annotations

import ast
import logging
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from logbook.errors import NotFound
from logbook.records.dto import EntryInput
from logbook.records.values import Kind
from tests.conftest import Profiles
from tests.ui.conftest import unlock, wait_ops
from ui.main_window import MainWindow
from ui.operations import Operations
from ui.screens.workarea import WorkArea

UI = Path(__file__).resolve().parents[2] / "ui"


# -- the code: every call either handles its failure visibly or leaves it to the default ----
def _calls_to_the_door(tree: ast.AST) -> list[ast.Call]:
    """`ops.run`, `ops.query`, `ops.mutate` (also on `net`): the one door and its twin."""
    found = []
    for node in ast.walk(tree):
        if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)):
            continue
        if node.func.attr not in {"run", "query", "mutate"}:
            continue
        target = node.func.value
        name = target.attr if isinstance(target, ast.Attribute) else getattr(target, "id", "")
        if name in {"ops", "net"}:
            found.append(node)
    return found


def _silent(body: list[ast.stmt]) -> bool:
    """A handler that neither shows, passes on nor re-raises: only `pass`, docstrings, logs."""
    for statement in body:
        if isinstance(statement, ast.Pass):
            continue
        if isinstance(statement, ast.Expr) and isinstance(statement.value, ast.Constant):
            continue
        if (
            isinstance(statement, ast.Expr)
            and isinstance(statement.value, ast.Call)
            and isinstance(statement.value.func, ast.Attribute)
            and isinstance(statement.value.func.value, ast.Name)
            and statement.value.func.value.id in {"log", "logger", "logging"}
        ):
            continue
        return False
    return True


def _functions(tree: ast.AST) -> dict[str, list[ast.FunctionDef]]:
    named: dict[str, list[ast.FunctionDef]] = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.FunctionDef):
            named.setdefault(node.name, []).append(node)
    return named


def silent_call_sites() -> tuple[int, list[str]]:
    total, silent = 0, []
    for path in sorted(UI.rglob("*.py")):
        tree = ast.parse(path.read_text(), str(path))
        functions = _functions(tree)
        for call in _calls_to_the_door(tree):
            total += 1
            handler = call.args[2] if len(call.args) > 2 else None
            for keyword in call.keywords:
                if keyword.arg == "on_error":
                    handler = keyword.value
            where = f"{path.relative_to(UI.parent)}:{call.lineno}"
            if handler is None:
                continue  # the door's default shows it
            if isinstance(handler, ast.Constant):  # on_error=None: the default again
                continue
            if isinstance(handler, ast.Lambda):
                if isinstance(handler.body, ast.Constant):
                    silent.append(where)
                continue
            name = (
                handler.attr if isinstance(handler, ast.Attribute) else getattr(handler, "id", "")
            )
            defined = functions.get(name, [])
            if defined and all(_silent(f.body) for f in defined):
                silent.append(where)
    return total, silent


def test_no_call_through_the_operations_door_can_fail_silently() -> None:
    total, silent = silent_call_sites()
    assert total >= 40, "the scan found too few calls: it no longer recognises them"
    assert silent == []


def test_the_scan_catches_a_silent_handler(tmp_path: Path) -> None:
    code = (
        "def quiet(message, error):\n    log.warning('failed')\n"
        "def f(self):\n    self.ops.run(work, done, quiet)\n"
        "    self.net.run(work, done, lambda m, e: None)\n    ops.run(work)\n"
    )
    tree = ast.parse(code)
    calls = _calls_to_the_door(tree)
    assert len(calls) == 3
    assert _silent(_functions(tree)["quiet"][0].body)


# -- the door: the default handler shows plain words, never content or a traceback ------------
def shown_failure(qtbot: QtBot) -> QMessageBox:
    """The failure box as a person sees it (waits for it to appear)."""
    boxes: list[QMessageBox] = []

    def visible() -> bool:
        boxes[:] = [
            w for w in QApplication.topLevelWidgets()
            if isinstance(w, QMessageBox) and w.objectName() == "failure" and w.isVisible()
        ]  # fmt: skip
        return bool(boxes)

    qtbot.waitUntil(visible, timeout=10_000)
    return boxes[-1]


def close_failures() -> None:
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, QMessageBox) and widget.objectName() == "failure":
            widget.close()


@pytest.fixture(autouse=True)
def no_boxes_left() -> object:
    close_failures()
    yield
    close_failures()


def test_an_unexpected_error_is_shown_in_plain_words_with_no_content(
    qtbot: QtBot, caplog: pytest.LogCaptureFixture
) -> None:
    ops = Operations()

    def fails() -> None:
        raise ValueError("Edith's granddaughter came round")

    with caplog.at_level(logging.ERROR):
        ops.run(fails)
        box = shown_failure(qtbot)
    assert "Something went wrong" in box.text()
    assert "granddaughter" not in box.text() and "Traceback" not in box.text()
    assert "ValueError" in caplog.text  # the details are in the log...
    assert "granddaughter" not in caplog.text  # ...but never the content
    wait_ops(qtbot, ops)


def test_a_core_error_is_shown_as_its_own_message(qtbot: QtBot) -> None:
    ops = Operations()

    def fails() -> None:
        raise NotFound("There is no match with code M-0009.")

    with qtbot.waitSignal(ops.network().failure_reported, timeout=10_000):
        ops.network().run(fails)
    assert shown_failure(qtbot).text() == "There is no match with code M-0009."
    wait_ops(qtbot, ops)


# -- real failures through real screens ----------------------------------------------------
def answer_next_question(button: QMessageBox.StandardButton) -> None:
    """Click `button` in the confirmation the next click opens (a modal QMessageBox)."""

    def click() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox) and box.objectName() != "failure":
            box.button(button).click()
        else:
            QTimer.singleShot(20, click)

    QTimer.singleShot(20, click)


def unlocked_with_a_match(qtbot: QtBot, window: MainWindow, profiles: Profiles) -> WorkArea:
    unlock(qtbot, window, profiles.passphrase)
    work = window.work
    assert isinstance(work, WorkArea)
    work.book.matches.add("M-0042", "Edith Harris", date(2025, 1, 6))
    work.changed()
    wait_ops(qtbot, window.ops)
    return work


def select_first_match(qtbot: QtBot, work: WorkArea) -> None:
    work.tabs.setCurrentWidget(work.matches)
    view = work.matches.view
    qtbot.waitUntil(lambda: view.model().rowCount() == 1, timeout=5000)
    rect = view.visualRect(view.model().index(0, 0))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert work.matches.selected() is not None


def erased_elsewhere(work: WorkArea) -> None:
    """Another window of the same logbook (or the CLI) erased the match meanwhile."""
    work.book.matches.erase("M-0042")


@pytest.mark.parametrize("button", ["end_button", "erase_button"])
def test_a_failed_end_or_erase_of_a_match_is_shown(
    qtbot: QtBot, window: MainWindow, profiles: Profiles, button: str
) -> None:
    work = unlocked_with_a_match(qtbot, window, profiles)
    select_first_match(qtbot, work)
    erased_elsewhere(work)
    answer_next_question(QMessageBox.StandardButton.Yes)
    qtbot.mouseClick(getattr(work.matches, button), Qt.MouseButton.LeftButton)
    box = shown_failure(qtbot)
    assert box.text() == "There is no match with code M-0042."
    assert box.parent() is window  # over the window it came from
    wait_ops(qtbot, window.ops)


def test_a_failed_undo_of_a_delete_is_shown(
    qtbot: QtBot, window: MainWindow, profiles: Profiles
) -> None:
    work = unlocked_with_a_match(qtbot, window, profiles)
    work.book.entries.add(EntryInput(Kind.VISIT, date(2025, 2, 3), "M-0042", minutes=30))
    work.changed()
    wait_ops(qtbot, window.ops)
    view = work.timeline.view
    qtbot.waitUntil(lambda: view.model().rowCount() == 1, timeout=5000)
    rect = view.visualRect(view.model().index(0, 0))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.keyClick(view, Qt.Key.Key_Delete)
    wait_ops(qtbot, window.ops)
    assert work.book.entries.list().total == 0
    erased_elsewhere(work)  # takes the deleted entry with it
    qtbot.mouseClick(work.notice_undo, Qt.MouseButton.LeftButton)
    assert "There is no entry" in shown_failure(qtbot).text()
    wait_ops(qtbot, window.ops)


def test_a_failed_delete_is_shown(qtbot: QtBot, window: MainWindow, profiles: Profiles) -> None:
    work = unlocked_with_a_match(qtbot, window, profiles)
    work.book.entries.add(EntryInput(Kind.VISIT, date(2025, 2, 3), "M-0042", minutes=30))
    work.changed()
    wait_ops(qtbot, window.ops)
    view = work.timeline.view
    qtbot.waitUntil(lambda: view.model().rowCount() == 1, timeout=5000)
    rect = view.visualRect(view.model().index(0, 0))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    erased_elsewhere(work)
    qtbot.keyClick(view, Qt.Key.Key_Delete)
    assert "There is no entry" in shown_failure(qtbot).text()
    wait_ops(qtbot, window.ops)


def test_a_failed_reload_is_shown(qtbot: QtBot, window: MainWindow, profiles: Profiles) -> None:
    work = unlocked_with_a_match(qtbot, window, profiles)
    work.profile.store.close()  # the database went away under the screen
    qtbot.keyClicks(work.timeline.search, "peas")
    assert shown_failure(qtbot).text() == "The profile is locked."
    wait_ops(qtbot, window.ops)
