"""The dashboard: an alert is acknowledged with a note typed in the dialog, leaves the list, and
is shown among the acknowledged ones with who and when, also after a lock and an unlock."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from logbook.coordinator.dashboard import AlertKind
from logbook.coordinator.schema import AuditEntry
from tests.ui import test_coordinator_ui as coordinator_ui
from tests.ui.test_accessibility import assert_accessible
from tests.ui.test_coordinator_ui import COORDINATOR, Scheme, drop, open_coordinator, wait_all
from ui.main_window import MainWindow
from ui.models.coordinator import COL_ACK_BY, COL_ACK_NOTE, COL_ACK_SUBJECT
from ui.screens.coordinator import CoordinatorArea
from ui.screens.coordinator_dashboard import DashboardTab

scheme = coordinator_ui.scheme
area = coordinator_ui.area


def click_alert(qtbot: QtBot, board: DashboardTab, kind: AlertKind) -> None:
    proxy = board.alerts_view.model()
    for row in range(proxy.rowCount()):
        if board.alerts.row(row).kind is kind:
            rect = board.alerts_view.visualRect(proxy.index(row, 0))
            board.scroller.ensureWidgetVisible(board.alerts_view)
            qtbot.mouseClick(board.alerts_view.viewport(), Qt.MouseButton.LeftButton,
                             pos=rect.center())  # fmt: skip
            return
    raise AssertionError(f"no {kind} alert")


def test_acknowledging_an_alert_takes_it_off_the_list_with_who_and_a_note(
    qtbot: QtBot, window: MainWindow, area: CoordinatorArea, scheme: Scheme
) -> None:
    tab, board = area.importing, area.dashboard
    assert tab is not None and board is not None
    area.tabs.setCurrentWidget(tab)
    drop(tab, [scheme.first, scheme.second])
    wait_all(qtbot, window)
    area.tabs.setCurrentWidget(board)
    assert not board.acknowledge_button.isEnabled()  # nothing selected
    assert not board.show_acknowledged.isEnabled()
    assert "(0)" in board.show_acknowledged.text()

    click_alert(qtbot, board, AlertKind.PENDING_DEVICE)
    assert board.acknowledge_button.isEnabled()
    qtbot.mouseClick(board.acknowledge_button, Qt.MouseButton.LeftButton)
    dialog = area.acknowledge_dialog
    assert dialog is not None
    qtbot.waitExposed(dialog)
    qtbot.waitUntil(dialog.note.hasFocus)  # once the window manager activates the dialog
    assert_accessible(dialog, "acknowledge")
    assert dialog.by.text() == COORDINATOR  # the profile, unless they say otherwise
    qtbot.keyClicks(dialog.note, "Sam rings back on Friday")
    dialog.by.clear()
    qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Ok),
                     Qt.MouseButton.LeftButton)  # fmt: skip
    wait_all(qtbot, window)
    assert dialog.isVisible() and "who" in dialog.error.text()  # a name is needed
    qtbot.keyClicks(dialog.by, "Priya")
    qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Ok),
                     Qt.MouseButton.LeftButton)  # fmt: skip
    wait_all(qtbot, window)
    assert not dialog.isVisible()
    assert "Acknowledged by Priya" in area.message.text()
    assert AlertKind.PENDING_DEVICE not in [a.kind for a in board.alerts.rows()]
    assert board.alerts_empty.isVisible()  # it was the only one: nothing needs attention

    assert board.show_acknowledged.isEnabled() and "(1)" in board.show_acknowledged.text()
    qtbot.mouseClick(board.show_acknowledged, Qt.MouseButton.LeftButton)
    assert board.acknowledged_view.isVisible() and not board.alerts_view.isVisible()
    assert not board.acknowledge_button.isEnabled()
    model = board.acknowledged
    assert model.cell(0, COL_ACK_SUBJECT) == scheme.laptop.id
    assert model.cell(0, COL_ACK_BY) == "Priya"
    assert model.cell(0, COL_ACK_NOTE) == "Sam rings back on Friday"
    coordinator = area.coordinator
    assert coordinator is not None
    with coordinator.db.session() as s:
        details = list(
            s.scalars(select(AuditEntry.detail).where(AuditEntry.action == "acknowledge"))
        )
    assert details == ["pending_device by Priya (with a note)"]

    # Kept in the database: still acknowledged after a lock and an unlock.
    window.lock()
    area = open_coordinator(qtbot, window)
    assert area.dashboard is not None
    kinds = [a.kind for a in area.dashboard.alerts.rows()]
    assert AlertKind.PENDING_DEVICE not in kinds
    assert area.dashboard.acknowledged.rowCount() == 1
