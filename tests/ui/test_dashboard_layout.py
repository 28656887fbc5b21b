"""The coordinator's dashboard on a narrow window (200 % text on a laptop): the sections stack
one under another and the page never scrolls sideways; on a wide one they pair up."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from ui.screens.coordinator_dashboard import DashboardTab


def test_sections_stack_when_narrow_and_pair_up_when_wide(qtbot: QtBot) -> None:
    tab = DashboardTab()
    qtbot.addWidget(tab)
    tab.headline.setText("Matches: 11 · Volunteers: 3 · Unreported concerns: 1 · "
                         "Without recent contact: 1 · and a long tail to wrap")  # fmt: skip
    char = tab.fontMetrics().averageCharWidth()
    tab.resize(char * 90, char * 120)
    tab.show()
    qtbot.waitExposed(tab)
    qtbot.waitUntil(lambda: tab.matches_section.x() == tab.volunteers_section.x())
    assert tab.volunteers_section.y() > tab.matches_section.y()
    assert tab.scroller.horizontalScrollBar().maximum() == 0

    tab.resize(char * 200, char * 120)
    qtbot.waitUntil(lambda: tab.matches_section.y() == tab.volunteers_section.y())
    assert tab.volunteers_section.x() > tab.matches_section.x()
    assert tab.scroller.horizontalScrollBar().maximum() == 0


def test_the_charts_are_reached_with_tab_and_scrolled_into_view(qtbot: QtBot) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    tab = DashboardTab()
    qtbot.addWidget(tab)
    char = tab.fontMetrics().averageCharWidth()
    tab.resize(char * 90, char * 40)  # narrow and short: the sections stack and scroll
    tab.show()
    qtbot.waitExposed(tab)
    tab.activateWindow()
    tab.volunteers_view.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is tab.volunteers_view)
    bar = tab.scroller.verticalScrollBar()
    before = bar.value()
    for chart in (tab.month_chart, tab.outcome_chart):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        assert QApplication.focusWidget() is chart
        visible = chart.visibleRegion().boundingRect()
        assert visible.height() > 0  # brought into view
    assert bar.value() > before
