"""Approving a device: a refused volunteer code keeps the fingerprint in sight; clears on typing."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from tests.ui import test_coordinator_ui as coordinator_ui
from tests.ui.test_coordinator_ui import Scheme, drop, wait_all
from ui.main_window import MainWindow
from ui.screens.coordinator import CoordinatorArea
from ui.screens.coordinator_devices import ApproveDialog

# The coordinator tests' fixtures: an organisation with bundles, its profile open.
scheme = coordinator_ui.scheme
area = coordinator_ui.area


def fingerprint_in_sight(dialog: ApproveDialog) -> bool:
    label = dialog.fingerprint
    shown = label.visibleRegion().boundingRect()
    needed = label.sizeHint()
    return (
        label.isVisible()
        and label.text().split() == dialog.device.fingerprint.split()
        and shown.height() >= needed.height()
        and shown.width() >= needed.width()
    )


def test_an_empty_volunteer_code_is_refused_without_hiding_the_fingerprint(
    qtbot: QtBot, window: MainWindow, area: CoordinatorArea, scheme: Scheme
) -> None:
    tab, devices = area.importing, area.devices
    assert tab is not None and devices is not None
    area.tabs.setCurrentWidget(tab)
    drop(tab, [scheme.first])
    wait_all(qtbot, window)
    area.tabs.setCurrentWidget(devices)
    view = devices.view
    rect = view.visualRect(view.model().index(0, 0))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseClick(devices.approve_button, Qt.MouseButton.LeftButton)
    dialog = devices.approve_dialog
    assert dialog is not None
    qtbot.waitExposed(dialog)
    QApplication.processEvents()
    assert fingerprint_in_sight(dialog)

    qtbot.mouseClick(dialog.yes_button, Qt.MouseButton.LeftButton)
    wait_all(qtbot, window)
    QApplication.processEvents()
    assert dialog.isVisible() and dialog.error.isVisible()
    assert "volunteer code" in dialog.error.text()
    assert fingerprint_in_sight(dialog)

    # Typing the code clears the complaint at once.
    qtbot.keyClicks(dialog.volunteer, "V-07")
    assert not dialog.error.isVisible()
    assert fingerprint_in_sight(dialog)
    qtbot.mouseClick(dialog.yes_button, Qt.MouseButton.LeftButton)
    wait_all(qtbot, window)
    assert not dialog.isVisible()
    assert devices.model.row(0).status == "approved"
