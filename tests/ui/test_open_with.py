"""Opening an enrolment file or a backup with the app: after the unlock, the screen for it.

What a file manager does through the desktop entry (`volunteer-logbook %f`): the launcher
takes the path, the window asks for the unlock first, then joins or restores.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from logbook.backup.archive import create_backup
from tests.conftest import Profiles, file_bytes
from tests.organisation import Org
from tests.ui.conftest import wait_ops
from ui.launcher import app_options
from ui.main_window import MainWindow
from ui.screens.workarea import WorkArea


@pytest.fixture
def opened(qtbot: QtBot, profiles: Profiles) -> Iterator[MainWindow]:
    win = MainWindow(profiles.manager)
    win.show()
    qtbot.waitExposed(win)
    yield win
    win.close()
    win.deleteLater()


def type_passphrase_and_unlock(qtbot: QtBot, win: MainWindow, passphrase: str) -> WorkArea:
    qtbot.keyClicks(win.unlock_screen.passphrase, passphrase)
    qtbot.keyClick(win.unlock_screen.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: win.work is not None, timeout=15_000)
    assert isinstance(win.work, WorkArea)
    return win.work


def test_the_launcher_takes_a_file_path_for_the_app(tmp_path: Path) -> None:
    enrol = tmp_path / "hilltop.enrol"
    enrol.write_bytes(b"{}")
    options = app_options([str(enrol)])
    assert options is not None and options.open_file == str(enrol)
    options = app_options(["--data-dir", str(tmp_path), str(enrol)])
    assert options is not None and options.open_file == str(enrol)
    assert app_options([]) is not None and app_options([]).open_file is None  # type: ignore[union-attr]
    # Commands stay commands, and a path that is no file is not taken for one.
    assert app_options(["sync"]) is None
    assert app_options([str(tmp_path / "missing.enrol")]) is None
    assert app_options([str(enrol), "--json"]) is None


def test_an_opened_enrolment_file_goes_to_joining_after_unlock(
    qtbot: QtBot, opened: MainWindow, profiles: Profiles, org: Org, tmp_path: Path
) -> None:
    path = tmp_path / "hilltop.enrol"
    path.write_bytes(org.enrolment)
    opened.open_after_unlock(path)
    assert "hilltop.enrol" in opened.unlock_screen.status.text()
    area = type_passphrase_and_unlock(qtbot, opened, profiles.passphrase)
    qtbot.waitUntil(
        lambda: area.sharing.enrol_dialog is not None and area.sharing.enrol_dialog.isVisible(),
        timeout=15_000,
    )
    assert area.tabs.currentWidget() is area.sharing
    dialog = area.sharing.enrol_dialog
    assert dialog is not None and dialog.subject.text() == "Hilltop Befriending"
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=5000)
    wait_ops(qtbot, opened.ops)
    assert area.sharing.enrolment is None  # not joined without the volunteer's yes


def restore_question() -> QMessageBox | None:
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, QMessageBox) and widget.objectName() == "restore-question":
            return widget if widget.isVisible() else None
    return None


def test_an_opened_backup_goes_to_restoring_after_unlock(
    qtbot: QtBot, opened: MainWindow, profiles: Profiles, tmp_path: Path
) -> None:
    unlocked = profiles.manager.unlock(profiles.name, profiles.passphrase)
    try:
        backup = tmp_path / "monday.lbk"
        create_backup(unlocked, backup)
    finally:
        unlocked.lock()
    before = file_bytes(profiles.folder)
    opened.open_after_unlock(backup)
    area = type_passphrase_and_unlock(qtbot, opened, profiles.passphrase)
    qtbot.waitUntil(lambda: restore_question() is not None, timeout=15_000)
    assert area.tabs.currentWidget() is area.settings
    box = restore_question()
    assert (
        box is not None
        and "REPLACES" in box.text()
        and box.informativeText() == "Backup: monday.lbk"
    )
    cancel = box.button(QMessageBox.StandardButton.Cancel)
    assert cancel is not None
    with qtbot.assertNotEmitted(area.settings.restore_requested):
        qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: restore_question() is None, timeout=5000)
    assert opened.work is area  # still open: nothing restored, nothing locked
    opened.lock()
    wait_ops(qtbot, opened.ops)
    assert file_bytes(profiles.folder).keys() == before.keys()


def test_a_file_of_another_kind_is_named_in_a_box_after_unlock(
    qtbot: QtBot, opened: MainWindow, profiles: Profiles, tmp_path: Path
) -> None:
    path = tmp_path / "notes.txt"
    path.write_text("not for the app")
    opened.open_after_unlock(path)
    area = type_passphrase_and_unlock(qtbot, opened, profiles.passphrase)

    def failure_box() -> QMessageBox | None:
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QMessageBox) and widget.isVisible():
                return widget
        return None

    qtbot.waitUntil(lambda: failure_box() is not None, timeout=15_000)
    box = failure_box()
    assert box is not None and "neither an enrolment file nor" in box.text()
    assert opened.work is area
    box.close()


def test_the_app_starts_on_the_profile_named_on_the_command_line(
    qtbot: QtBot, profiles: Profiles
) -> None:
    import shutil

    from ui.app import first_window

    root = profiles.manager.root
    shutil.copytree(root / profiles.name, root / "Zed Okafor")  # a second profile, after it
    options = app_options(["--profile", "Zed Okafor"])
    assert options is not None and options.profile == "Zed Okafor"
    win = first_window(profiles.manager, None, options.profile)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    assert win.unlock_screen.profile.currentText() == "Zed Okafor"
    assert win.unlock_screen.error.isHidden()
    work = type_passphrase_and_unlock(qtbot, win, profiles.passphrase)
    assert work.profile.info.name == "Zed Okafor"


def test_a_profile_not_there_is_said_and_the_list_offered(qtbot: QtBot, profiles: Profiles) -> None:
    from ui.app import first_window

    win = first_window(profiles.manager, None, "Nobody")
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    assert win.unlock_screen.profile.currentText() == profiles.name
    assert win.unlock_screen.error.isVisible()
    assert "no profile named “Nobody”" in win.unlock_screen.error.text()
