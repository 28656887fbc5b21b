"""Approving a device: a refused volunteer code keeps what was typed; the complaint clears on
typing."""

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


def typed_in_sight(dialog: ApproveDialog, typed: str) -> bool:
    field = dialog.typed
    shown = field.visibleRegion().boundingRect()
    return (
        field.isVisible() and field.text() == typed and shown.height() >= field.sizeHint().height()
    )


def test_an_empty_volunteer_code_is_refused_without_losing_the_typed_fingerprint(
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
    typed = scheme.laptop.fingerprint.lower()
    qtbot.keyClicks(dialog.typed, typed)
    QApplication.processEvents()
    assert typed_in_sight(dialog, typed)

    qtbot.mouseClick(dialog.confirm_button, Qt.MouseButton.LeftButton)
    wait_all(qtbot, window)
    QApplication.processEvents()
    assert dialog.isVisible() and dialog.error.isVisible()
    assert "volunteer code" in dialog.error.text()
    assert typed_in_sight(dialog, typed)

    # Typing the code clears the complaint at once.
    qtbot.keyClicks(dialog.volunteer, "V-07")
    assert not dialog.error.isVisible()
    assert typed_in_sight(dialog, typed)
    qtbot.mouseClick(dialog.confirm_button, Qt.MouseButton.LeftButton)
    wait_all(qtbot, window)
    assert not dialog.isVisible()
    assert devices.model.row(0).status == "approved"


def test_approving_never_waits_for_a_mailbox_that_hangs(
    qtbot: QtBot, window: MainWindow, area: CoordinatorArea, scheme: Scheme
) -> None:
    import time

    from logbook.sync.mailbox_client import MailboxClient
    from tests.ui.test_sharing import SilentMailbox

    silent = SilentMailbox()
    try:
        coordinator = area.coordinator
        assert coordinator is not None
        coordinator.org.set("mailbox_url", f"http://127.0.0.1:{silent.port}")
        coordinator._mailbox = lambda url, token: MailboxClient(
            url, coordinator_token=token, timeout=4, connect_timeout=2
        )
        tab, devices = area.importing, area.devices
        assert tab is not None and devices is not None
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
        qtbot.keyClicks(dialog.typed, scheme.laptop.fingerprint)
        qtbot.keyClicks(dialog.volunteer, "V-07")
        started = time.monotonic()
        qtbot.mouseClick(dialog.confirm_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=3_000)
        qtbot.waitUntil(lambda: not window.ops.busy, timeout=3_000)
        assert time.monotonic() - started < 3  # the approval did not wait for the mailbox
        assert "Approved" in area.message.text()
        assert window.ops.network().busy  # the mailbox is told on the network worker
        wait_all(qtbot, window)
        assert "The mailbox could not be told yet" in area.message.text()
    finally:
        silent.close()
