"""The coordinator's dashboard: alerts first, then contact per match, volunteers, two charts."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from logbook.coordinator.dashboard import DORMANT_WEEKS, Alert, AlertKind, Dashboard
from ui.charts import MonthlyContactsChart, OutcomeChangeChart
from ui.models.coordinator import (
    ROW_ROLE,
    SORT_ROLE,
    AcknowledgedModel,
    AlertsModel,
    CoordinatorMatchesModel,
    RowsModel,
    VolunteersModel,
)
from ui.widgets.record_table import RecordTable

DEVICE_ALERTS = (AlertKind.GAP, AlertKind.PENDING_DEVICE, AlertKind.HELD)


def table(name: str, model: RowsModel[Any], sortable: bool = True) -> QTableView:
    view = RecordTable(name)
    if sortable:
        proxy = QSortFilterProxyModel(view)
        proxy.setSourceModel(model)
        proxy.setSortRole(SORT_ROLE)
        view.setModel(proxy)
        view.setSortingEnabled(True)
    else:
        view.setModel(model)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    header = view.horizontalHeader()
    header.setStretchLastSection(True)
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    view.setTextElideMode(Qt.TextElideMode.ElideRight)  # the whole text is in the tooltip
    # Compact rows: a dashboard is read at a glance, several tables on one screen.
    view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 8)
    return view


def fit_columns(view: QTableView) -> None:
    """Every column to its contents but the last, which takes the width that is left (its
    long text is elided, not pushed off to the right)."""
    columns = view.model().columnCount()
    for column in range(columns - 1):
        view.resizeColumnToContents(column)
    # A stretched last column never shrinks below its own size: start it small.
    header = view.horizontalHeader()
    header.setStretchLastSection(False)
    header.resizeSection(columns - 1, view.fontMetrics().averageCharWidth() * 6)
    header.setStretchLastSection(True)


def caption(text: str, name: str) -> QLabel:
    # One line, no word wrap: a wrapping label gives the page a height-for-width, and the
    # scroll area would then size the page to its ideal height instead of the window's.
    label = QLabel(text)
    label.setAccessibleName(name)
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * 0.9)
    label.setFont(font)
    return label


def section(title: str, content: QWidget, note: QLabel | None = None) -> QGroupBox:
    box = QGroupBox(title)
    layout = QVBoxLayout(box)
    layout.setContentsMargins(6, 6, 6, 6)
    layout.setSpacing(4)
    layout.addWidget(content, 1)
    if note is not None:
        layout.addWidget(note)
    return box


class DashboardTab(QWidget):
    """Shows a `Dashboard` handed in by the area; asks for a new one when N changes."""

    no_contact_weeks_changed = Signal(int)
    open_device = Signal(str)  # an alert about a device was activated
    open_match = Signal(str)
    acknowledge = Signal(object)  # the selected Alert, to acknowledge

    def __init__(self) -> None:
        super().__init__()
        self.board: Dashboard | None = None
        self.alerts = AlertsModel()
        self.matches = CoordinatorMatchesModel()
        self.volunteers = VolunteersModel()

        self.headline = QLabel()
        self.headline.setStyleSheet("font-weight: bold;")
        self.headline.setWordWrap(True)  # at 200 % text it would push the page sideways
        self.headline.setAccessibleName(self.tr("Summary"))
        self.weeks = QSpinBox()
        self.weeks.setRange(1, DORMANT_WEEKS)
        self.weeks.setValue(3)
        # The unit follows the value: "1 week", "3 weeks" (Qt's numerus forms).
        self.weeks.setSuffix(self.tr(" week(s)", "", self.weeks.value()))
        self.weeks.valueChanged.connect(lambda n: self.weeks.setSuffix(self.tr(" week(s)", "", n)))
        self.weeks.setAccessibleName(self.tr("Alert after this many weeks without contact"))
        weeks_label = QLabel(self.tr("Alert after &no contact for:"))
        weeks_label.setBuddy(self.weeks)
        top = QHBoxLayout()
        top.addWidget(self.headline, 1)
        top.addWidget(weeks_label)
        top.addWidget(self.weeks)

        self.alerts_view = table(self.tr("Alerts"), self.alerts, sortable=False)
        self.alerts_empty = QLabel(self.tr("Nothing needs your attention."))
        self.alerts_empty.setAccessibleName(self.tr("Nothing needs your attention."))
        self.alerts_empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.alerts_empty.hide()
        self.acknowledged = AcknowledgedModel()
        self.acknowledged_view = table(self.tr("Acknowledged alerts"), self.acknowledged)
        self.acknowledged_view.hide()
        self.acknowledge_button = QPushButton(self.tr("Ac&knowledge…"))
        self.acknowledge_button.setAccessibleName(self.tr("Acknowledge"))
        self.acknowledge_button.setToolTip(
            self.tr("Take the selected alert off the list until it is newly true")
        )
        self.show_acknowledged = QCheckBox()
        alerts_buttons = QHBoxLayout()
        alerts_buttons.addWidget(self.acknowledge_button)
        alerts_buttons.addStretch(1)
        alerts_buttons.addWidget(self.show_acknowledged)
        alerts_box = QWidget()
        alerts_layout = QVBoxLayout(alerts_box)
        alerts_layout.setContentsMargins(0, 0, 0, 0)
        alerts_layout.addWidget(self.alerts_view, 1)
        alerts_layout.addWidget(self.alerts_empty, 1)
        alerts_layout.addWidget(self.acknowledged_view, 1)
        alerts_layout.addLayout(alerts_buttons)

        self.matches_view = table(self.tr("Matches and their last contact"), self.matches)
        self.matches_view.sortByColumn(-1, Qt.SortOrder.AscendingOrder)  # the core's order
        self.volunteers_view = table(self.tr("Volunteer activity"), self.volunteers)
        self.month_chart = MonthlyContactsChart()
        self.outcome_chart = OutcomeChangeChart()
        self.outcome_note = caption(
            self.tr("Mean first and latest score of the matches scored at least twice."),
            self.tr("About the outcome chart"),
        )
        self.matches_note = caption(
            self.tr("Contacts: visits and conversations of the last 4 weeks."),
            self.tr("About the matches table"),
        )
        self.volunteers_note = caption(
            self.tr("Contacts and hours of the last 4 weeks."),
            self.tr("About the volunteers table"),
        )

        line = self.fontMetrics().height()
        self.alerts_section = section(self.tr("Alerts"), alerts_box)
        self.matches_section = section(self.tr("Matches"), self.matches_view, self.matches_note)
        self.volunteers_section = section(
            self.tr("Volunteers"), self.volunteers_view, self.volunteers_note
        )
        self.month_section = section(self.tr("Contacts per month"), self.month_chart)
        self.outcome_section = section(
            self.tr("Outcome change"), self.outcome_chart, self.outcome_note
        )
        # Measured in lines of text, so a larger font scrolls the page instead of
        # squashing the tables to nothing.
        for box in (self.alerts_section, self.matches_section, self.volunteers_section,
                    self.month_section, self.outcome_section):  # fmt: skip
            box.setMinimumHeight(line * 10)

        content = QWidget()
        self.grid = grid = QGridLayout(content)
        grid.addLayout(top, 0, 0, 1, 2)
        grid.addWidget(self.alerts_section, 1, 0, 1, 2)
        self._pairs = [
            (self.matches_section, self.volunteers_section),
            (self.month_section, self.outcome_section),
        ]
        self._columns = 0
        self._arrange(2)
        # Two sections side by side need this much room; below it they stack (200 % text).
        self._two_columns_width = self.fontMetrics().averageCharWidth() * 130
        # On a small screen or at a large font size the page scrolls instead of squashing.
        self.scroller = QScrollArea()
        self.scroller.setWidget(content)
        self.scroller.setWidgetResizable(True)
        self.scroller.setFrameShape(QFrame.Shape.NoFrame)
        self.scroller.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        # Tab stops, so the keyboard brings the charts into view when the page scrolls (200 %).
        for chart in (self.month_chart, self.outcome_chart):
            chart.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.scroller)

        self.weeks.valueChanged.connect(self.no_contact_weeks_changed)
        self.alerts_view.activated.connect(self._alert_activated)
        self.alerts_view.selectionModel().selectionChanged.connect(lambda *_: self._enable())
        self.acknowledge_button.clicked.connect(self._acknowledge)
        self.show_acknowledged.toggled.connect(self._show_acknowledged)
        self._enable()

    def _arrange(self, columns: int) -> None:
        """The sections in pairs side by side, or one under another."""
        if columns == self._columns:
            return
        self._columns = columns
        grid = self.grid
        for row in range(2, 7):
            grid.setRowStretch(row, 0)
        for pair_number, pair in enumerate(self._pairs):
            for place, box in enumerate(pair):
                if columns == 2:
                    row, column, span = 2 + pair_number, place, 1
                else:
                    row, column, span = 2 + 2 * pair_number + place, 0, 2
                grid.addWidget(box, row, column, 1, span)
                grid.setRowStretch(row, 1)
        grid.setRowStretch(1, 1)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1 if columns == 2 else 0)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._arrange(2 if event.size().width() >= self._two_columns_width else 1)

    def show_dashboard(self, board: Dashboard) -> None:
        self.board = board
        self.weeks.blockSignals(True)
        self.weeks.setValue(board.no_contact_weeks)
        self.weeks.blockSignals(False)
        self.alerts.set_rows(board.alerts)
        self.matches.no_contact_weeks = board.no_contact_weeks
        self.matches.set_rows(board.matches)
        self.volunteers.set_rows(board.volunteers)
        self.month_chart.set_data(list(board.months))
        self.outcome_chart.set_data(list(board.outcomes))
        self.acknowledged.set_rows(board.acknowledged)
        n = len(board.acknowledged)
        self.show_acknowledged.setText(self.tr("Show &acknowledged (%n)", "", n))
        self.show_acknowledged.setAccessibleName(self.tr("Show acknowledged alerts"))
        self.show_acknowledged.setEnabled(bool(n) or self.show_acknowledged.isChecked())
        self._show_acknowledged(self.show_acknowledged.isChecked())
        for view in (self.alerts_view, self.acknowledged_view, self.matches_view,
                     self.volunteers_view):  # fmt: skip
            fit_columns(view)
        self.headline.setText(self.headline_text(board))
        self._enable()

    def _show_acknowledged(self, on: bool) -> None:
        """The acknowledged alerts in place of the open ones, or the open ones."""
        board = self.board
        alerts = bool(board and board.alerts)
        self.acknowledged_view.setVisible(on)
        self.alerts_view.setVisible(not on and alerts)
        self.alerts_empty.setVisible(not on and not alerts)
        self._enable()

    def selected_alert(self) -> Alert | None:
        if self.show_acknowledged.isChecked():
            return None
        rows = self.alerts_view.selectionModel().selectedRows()
        value: Alert | None = rows[0].data(ROW_ROLE) if rows else None
        return value

    def _enable(self) -> None:
        self.acknowledge_button.setEnabled(self.selected_alert() is not None)

    def _acknowledge(self) -> None:
        alert = self.selected_alert()
        if alert is not None:
            self.acknowledge.emit(alert)

    def headline_text(self, board: Dashboard) -> str:
        urgent = sum(1 for a in board.alerts if a.kind is AlertKind.CONCERN_UNREPORTED)
        overdue = sum(1 for a in board.alerts if a.kind is AlertKind.NO_CONTACT)
        parts = [
            self.tr("Matches: {0}").format(len(board.matches)),
            self.tr("Volunteers: {0}").format(len(board.volunteers)),
        ]
        if urgent:
            parts.append(self.tr("Unreported concerns: {0}").format(urgent))
        if overdue:
            parts.append(self.tr("Without recent contact: {0}").format(overdue))
        return "   ·   ".join(parts)

    def _alert_activated(self) -> None:
        rows = self.alerts_view.selectionModel().selectedRows()
        if not rows:
            return
        alert = rows[0].data(ROW_ROLE)
        if alert.kind in DEVICE_ALERTS:
            self.open_device.emit(alert.subject)
        elif alert.kind is AlertKind.FLAGGED and alert.device:
            self.open_device.emit(alert.device)
        else:
            self.select_match(alert.subject)
            self.open_match.emit(alert.subject)

    def select_match(self, code: str) -> None:
        proxy = self.matches_view.model()
        for row in range(proxy.rowCount()):
            index = proxy.index(row, 0)
            if index.data(ROW_ROLE).code == code:
                self.matches_view.selectRow(row)
                self.matches_view.scrollTo(index)
                self.scroller.ensureWidgetVisible(self.matches_section)
                self.matches_view.setFocus()
                return

    def discard(self) -> None:
        self.board = None
        self.alerts.set_rows([])
        self.acknowledged.set_rows([])
        self.matches.set_rows([])
        self.volunteers.set_rows([])
        self.month_chart.set_data([])
        self.outcome_chart.set_data([])
        self.headline.clear()


def line_width(view: QTableView, chars: int) -> int:
    return view.fontMetrics().averageCharWidth() * chars
