"""The organisation's keys backed up from the app (it was a command line only): right after
creating the organisation, and from the coordinator's toolbar. Bad input is said plainly and
writes nothing."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from logbook.org.key_backup import decrypt_backup
from tests.conftest import Profiles
from tests.ui.test_accessibility import assert_accessible
from tests.ui.test_coordinator_ui import coordinator_profile, open_coordinator, wait_all
from tests.ui.test_entry_editor import CTRL, make_activate
from ui.main_window import MainWindow
from ui.screens.coordinator import CoordinatorArea
from ui.screens.org_key_backup import KeyBackupDialog

GOOD = "a long backup passphrase"


def created(
    qtbot: QtBot, window: MainWindow, profiles: Profiles, tmp_path: Path
) -> CoordinatorArea:
    coordinator_profile(profiles)
    area = open_coordinator(qtbot, window)
    setup = area.setup
    assert setup is not None
    setup.name.setText("Riverside Befriending")
    setup.path.setText(str(tmp_path / "riverside"))
    setup.create_button.click()
    wait_all(qtbot, window)
    assert setup.created is not None
    return area


def opened_dialog(qtbot: QtBot) -> KeyBackupDialog:
    qtbot.waitUntil(
        lambda: any(d.isVisible() for d in QApplication.topLevelWidgets()
                    if isinstance(d, KeyBackupDialog)), timeout=3000,
    )  # fmt: skip
    (dialog,) = [d for d in QApplication.topLevelWidgets()
                 if isinstance(d, KeyBackupDialog) and d.isVisible()]  # fmt: skip
    make_activate(qtbot, dialog)
    return dialog


def fill(qtbot: QtBot, dialog: KeyBackupDialog, path: Path, first: str, second: str) -> None:
    for field, text in ((dialog.path, str(path)), (dialog.first, first), (dialog.second, second)):
        field.setFocus()
        qtbot.keyClick(field, Qt.Key.Key_A, CTRL)
        qtbot.keyClick(field, Qt.Key.Key_Delete)
        qtbot.keyClicks(field, text)


def save(qtbot: QtBot, window: MainWindow, dialog: KeyBackupDialog) -> None:
    qtbot.keyClick(dialog.second, Qt.Key.Key_S, CTRL)
    wait_all(qtbot, window)


def test_keys_backed_up_right_after_creating_the_organisation(
    qtbot: QtBot, window: MainWindow, profiles: Profiles, tmp_path: Path
) -> None:
    area = created(qtbot, window, profiles, tmp_path)
    setup = area.setup
    assert setup is not None and setup.created is not None
    # The page asks for the backup next: the focus is on its button, and Return presses it.
    qtbot.waitUntil(lambda: window.focusWidget() is setup.backup_button)
    qtbot.keyClick(setup.backup_button, Qt.Key.Key_Return)
    dialog = opened_dialog(qtbot)
    assert_accessible(dialog, "key backup")
    assert dialog.path.text().endswith(".age") and "Riverside-Befriending" in dialog.path.text()
    target = tmp_path / "keys.age"

    fill(qtbot, dialog, target, GOOD, GOOD + "x")
    save(qtbot, window, dialog)
    assert dialog.isVisible() and "differ" in dialog.error.text() and not target.exists()

    fill(qtbot, dialog, target, "too short", "too short")
    save(qtbot, window, dialog)
    assert "at least 12 characters" in dialog.error.text() and not target.exists()
    assert dialog.focusWidget() is dialog.first  # where the problem is

    fill(qtbot, dialog, tmp_path / "missing" / "keys.age", GOOD, GOOD)
    save(qtbot, window, dialog)
    assert "does not exist" in dialog.error.text()
    assert not (tmp_path / "missing").exists()

    fill(qtbot, dialog, target, GOOD, GOOD)
    save(qtbot, window, dialog)
    assert not dialog.isVisible()
    backup = decrypt_backup(target.read_bytes(), GOOD)
    assert backup.org_id == setup.created.state.org_id
    assert backup.org_name == "Riverside Befriending"
    assert str(target) in setup.backed_up.text()
    assert window.focusWidget() is setup.continue_button  # done: Return goes on
    first_backup = target.read_bytes()

    # A second backup under the same name never replaces the first unasked: that one may
    # open only with the passphrase noted for it.
    qtbot.keyClick(setup.backup_button, Qt.Key.Key_Space)
    again = opened_dialog(qtbot)
    fill(qtbot, again, target, GOOD + " two", GOOD + " two")
    save(qtbot, window, again)
    assert again.isVisible() and "already there" in again.error.text()
    assert target.read_bytes() == first_backup
    again.reject()


def test_keys_backed_up_from_the_coordinators_toolbar(
    qtbot: QtBot, window: MainWindow, profiles: Profiles, tmp_path: Path
) -> None:
    area = created(qtbot, window, profiles, tmp_path)
    assert area.setup is not None
    area.setup.continue_button.click()
    wait_all(qtbot, window)
    assert area.backup_action.isVisible()
    button = area.toolbar.widgetForAction(area.backup_action)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    dialog = opened_dialog(qtbot)
    target = tmp_path / "toolbar-keys.age"
    fill(qtbot, dialog, target, GOOD, GOOD)
    save(qtbot, window, dialog)
    assert not dialog.isVisible()
    assert decrypt_backup(target.read_bytes(), GOOD).org_name == "Riverside Befriending"
    assert str(target) in area.message.text() and area.message.isVisible()
