"""The Reports tab: a preview before saving, and this month so far, labelled provisional and
not for funders in the preview and in the saved file."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from tests.ui import test_coordinator_ui as coordinator_ui
from tests.ui.test_coordinator_ui import Scheme, wait_all
from ui.main_window import MainWindow
from ui.screens.coordinator import CoordinatorArea

scheme = coordinator_ui.scheme
area = coordinator_ui.area


def test_a_preview_first_and_month_to_date_is_labelled_not_for_funders(
    qtbot: QtBot, window: MainWindow, area: CoordinatorArea, scheme: Scheme, tmp_path: Path
) -> None:
    reports, importing = area.reports, area.importing
    assert reports is not None and importing is not None
    importing.import_paths([scheme.first, scheme.second])
    wait_all(qtbot, window)
    area.tabs.setCurrentWidget(reports)
    assert not reports.preview.isVisible() and not reports.provisional.isVisible()

    # The month just ended is chosen first: previewed as it will be saved.
    assert "provisional" not in reports.period.currentText()
    assert reports.period.currentIndex() == 1
    qtbot.mouseClick(reports.preview_button, Qt.MouseButton.LeftButton)
    wait_all(qtbot, window)
    assert reports.preview.isVisible()
    text = reports.preview.toPlainText()
    assert "report for funders" in text and "Contacts by month" in text
    assert "NOT FOR FUNDERS" not in text

    # This month so far: said to be provisional before anything is made, and in the preview.
    # It comes first in the list (it is the newest), shown whole.
    so_far = reports.period.itemText(0)
    assert "provisional" in so_far
    text_width = reports.period.fontMetrics().horizontalAdvance(so_far)
    qtbot.waitUntil(lambda: reports.period.width() >= text_width, timeout=2000)
    reports.period.setCurrentIndex(0)
    assert reports.provisional.isVisible() and not reports.preview.isVisible()
    qtbot.mouseClick(reports.preview_button, Qt.MouseButton.LeftButton)
    wait_all(qtbot, window)
    text = reports.preview.toPlainText()
    assert "NOT FOR FUNDERS" in text and "Provisional: for your own eyes" in text
    reports.format.setCurrentIndex(reports.format.findData("csv"))
    reports.save_to(tmp_path / "so-far")
    wait_all(qtbot, window)
    saved = tmp_path / "so-far.csv"
    assert saved.exists(), reports.message.text()
    assert "NOT FOR FUNDERS" in saved.read_text("utf-8-sig").splitlines()[0]
