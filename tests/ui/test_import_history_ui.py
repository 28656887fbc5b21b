"""The Import tab: a plain reason in the table, the checks' technical one under "Technical
details" on demand, and the history of imports, still there after a lock and an unlock."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from tests.ui import test_coordinator_ui as coordinator_ui
from tests.ui.test_coordinator_ui import Scheme, drop, open_coordinator, wait_all
from ui.main_window import MainWindow
from ui.models.coordinator import COL_H_FILE, COL_H_WHY, COL_REASON
from ui.screens.coordinator import CoordinatorArea

scheme = coordinator_ui.scheme
area = coordinator_ui.area
PLAIN = "This file is not a summary from Volunteer Logbook."


def test_plain_reason_first_details_on_demand_and_a_lasting_history(
    qtbot: QtBot, window: MainWindow, area: CoordinatorArea, scheme: Scheme, tmp_path: Path
) -> None:
    tab = area.importing
    assert tab is not None
    area.tabs.setCurrentWidget(tab)
    junk = tmp_path / "minutes.age"
    junk.write_text("Minutes of the trustees' meeting")
    drop(tab, [junk, scheme.first])
    wait_all(qtbot, window)
    rows = {tab.model.row(r).source: r for r in range(tab.model.rowCount())}
    row = rows[str(junk)]
    assert tab.model.cell(row, COL_REASON) == PLAIN
    assert not tab.details.isVisible()

    view = tab.view
    rect = view.visualRect(view.model().index(row, 0))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseClick(tab.details_button, Qt.MouseButton.LeftButton)
    assert tab.details.isVisible()
    assert "age-encrypted" in tab.details.text() and PLAIN not in tab.details.text()
    qtbot.mouseClick(tab.details_button, Qt.MouseButton.LeftButton)
    assert not tab.details.isVisible()

    history = tab.history
    assert history.rowCount() == 2
    files = {history.cell(r, COL_H_FILE): history.cell(r, COL_H_WHY) for r in range(2)}
    assert files["minutes.age"] == PLAIN and scheme.first.name in files

    window.lock()
    area = open_coordinator(qtbot, window)
    tab = area.importing
    assert tab is not None
    wait_all(qtbot, window)
    assert tab.model.rowCount() == 0  # this session's results are gone...
    assert tab.history.rowCount() == 2  # ...the history is kept in the database
    area.tabs.setCurrentWidget(tab)
    hv = tab.history_view
    [junk_row] = [r for r in range(2) if tab.history.cell(r, COL_H_FILE) == "minutes.age"]
    rect = hv.visualRect(hv.model().index(junk_row, 0))
    hv.scrollTo(hv.model().index(junk_row, 0))
    qtbot.mouseClick(hv.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseClick(tab.details_button, Qt.MouseButton.LeftButton)
    assert "age-encrypted" in tab.details.text()
