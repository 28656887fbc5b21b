"""The coordinator's screens by keyboard alone: Tab reaches every control and comes back."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from tests.conftest import Profiles
from tests.ui import test_coordinator_ui as coordinator_ui
from tests.ui.test_coordinator_ui import (
    Scheme,
    coordinator_profile,
    drop,
    open_coordinator,
    wait_all,
)
from tests.ui.test_flows import activate
from tests.ui.test_keyboard import assert_tab_reaches_everything, dialog_ring
from ui.main_window import MainWindow
from ui.screens.coordinator import CoordinatorArea

# The coordinator tests' fixtures: an organisation with bundles, its profile open.
scheme = coordinator_ui.scheme
area = coordinator_ui.area


def test_tab_goes_round_the_organisation_setup(
    qtbot: QtBot, window: MainWindow, profiles: Profiles, tmp_path: Path
) -> None:
    coordinator_profile(profiles)
    area = open_coordinator(qtbot, window)
    assert area.setup is not None
    activate(qtbot, window)
    first = area.toolbar.widgetForAction(area.lock_action)
    assert first is not None
    assert_tab_reaches_everything(qtbot, window, first)


def test_tab_goes_round_every_coordinator_tab_and_dialog(
    qtbot: QtBot, window: MainWindow, area: CoordinatorArea, scheme: Scheme
) -> None:
    tab, devices = area.importing, area.devices
    assert tab is not None and devices is not None
    area.tabs.setCurrentWidget(tab)
    drop(tab, [scheme.first])
    wait_all(qtbot, window)
    activate(qtbot, window)
    first = area.toolbar.widgetForAction(area.lock_action)
    assert first is not None
    for index in range(area.tabs.count()):
        area.tabs.setCurrentIndex(index)
        wait_all(qtbot, window)
        assert_tab_reaches_everything(qtbot, window, first)

    area.tabs.setCurrentWidget(devices)
    view = devices.view
    rect = view.visualRect(view.model().index(0, 0))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    approve = devices.ask_approve()
    assert approve is not None
    dialog_ring(qtbot, approve, approve.volunteer)
    approve.reject()
    assign = devices.ask_assign()
    dialog_ring(qtbot, assign, assign.code)
    assign.reject()


def test_ctrl_l_in_a_coordinator_dialog_locks(
    qtbot: QtBot, window: MainWindow, area: CoordinatorArea, scheme: Scheme
) -> None:
    devices = area.devices
    assert devices is not None
    area.tabs.setCurrentWidget(devices)
    activate(qtbot, window)
    dialog = devices.ask_assign()
    qtbot.waitExposed(dialog)
    qtbot.keyClicks(dialog.code, "M-0001")
    qtbot.keyClick(dialog.code, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert window.locked and not dialog.isVisible()
    assert window.stack.currentWidget() is window.unlock_screen
    wait_all(qtbot, window)
