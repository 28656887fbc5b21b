"""Reports for funders: a fixed month or quarter that has ended, protected, saved as a file.

The report is built (and the PDF drawn) on the worker; the same core as
`logbook coordinator report`, with the default disclosure rule, which the tab states.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from logbook.coordinator.disclosure import DisclosureRule
from logbook.coordinator.periods import Period, parse_period
from logbook.coordinator.report import (
    HIDDEN,
    Report,
    build_month_to_date,
    build_report,
    default_file_name,
    month_to_date,
    table_rows,
    write_report,
)
from logbook.coordinator.service import Coordinator
from logbook.errors import LogbookError
from ui.operations import Operations
from ui.screens.common import scrolling
from ui.screens.coordinator_devices import named

MONTHS_OFFERED = 24
QUARTERS_OFFERED = 8


@dataclass(frozen=True)
class Saved:
    path: Path
    left_out: int


def ended_periods(today: date, quarters: bool) -> list[Period]:
    """The latest months (or quarters) that have ended, newest first."""
    found: list[Period] = []
    year, month = today.year, today.month
    while len(found) < (QUARTERS_OFFERED if quarters else MONTHS_OFFERED):
        if quarters:
            label = f"{year}-Q{(month - 1) // 3 + 1}"
            month -= 3
        else:
            label = f"{year}-{month:02d}"
            month -= 1
        if month < 1:
            year, month = year - 1, month + 12
        period = parse_period(label)
        if period.ends_on < today and (not found or found[-1].label != period.label):
            found.append(period)
    return found


def make_report(coordinator: Coordinator, period: Period) -> Report:
    """The report as it would be saved: a whole ended period, or this month so far
    (provisional, labelled so, under the same disclosure control)."""
    name = coordinator.org.state().settings.name
    if period.label.endswith("-to-date"):
        return build_month_to_date(coordinator.db, DisclosureRule(), organisation=name)
    return build_report(coordinator.db, period, DisclosureRule(), organisation=name)


def save_report(coordinator: Coordinator, period: Period, fmt: str, path: Path) -> Saved:
    report = make_report(coordinator, period)
    if fmt == "pdf":
        from ui.report_pdf import write_report_pdf

        write_report_pdf(report, path)
    else:
        write_report(report, fmt, path)
    return Saved(path, report.left_out)


class ReportsTab(QWidget):
    def __init__(self, coordinator: Coordinator, ops: Operations) -> None:
        super().__init__()
        self.coordinator, self.ops = coordinator, ops
        self.last_folder = Path.home()
        self.saving = False

        explain = QLabel(
            self.tr(
                "Counts and trends for the people who fund the scheme, anonymous: small "
                "numbers are hidden and the rest rounded, so no one can be picked out. Reports "
                "cover whole calendar months or quarters that have ended, so two reports "
                "cannot be compared to reveal a small number."
            )
        )
        explain.setWordWrap(True)
        self.kind = QComboBox()
        self.kind.setAccessibleName(self.tr("Report on a month or a quarter"))
        self.kind.addItem(self.tr("Month"), False)
        self.kind.addItem(self.tr("Quarter"), True)
        self.period = QComboBox()
        self.period.setAccessibleName(self.tr("Period"))
        self.format = QComboBox()
        self.format.setAccessibleName(self.tr("File format"))
        self.format.addItem(self.tr("PDF, with charts"), "pdf")
        self.format.addItem(self.tr("Spreadsheet (.xlsx)"), "xlsx")
        self.format.addItem(self.tr("CSV"), "csv")
        self.save_button = named(QPushButton(self.tr("&Save…")), self.tr("Save the report"))
        self.rule = QLabel(" ".join(DisclosureRule().describe()))
        self.rule.setWordWrap(True)
        self.rule.setAccessibleName(self.tr("How figures are protected"))
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setAccessibleName(self.tr("Report status"))
        self.message.hide()

        kind_label = QLabel(self.tr("Report &on:"))
        kind_label.setBuddy(self.kind)
        period_label = QLabel(self.tr("&Period:"))
        period_label.setBuddy(self.period)
        format_label = QLabel(self.tr("&Format:"))
        format_label.setBuddy(self.format)
        form = QFormLayout()
        form.addRow(kind_label, self.kind)
        form.addRow(period_label, self.period)
        form.addRow(format_label, self.format)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        box = QGroupBox(self.tr("Report for funders"))
        inner = QVBoxLayout(box)
        inner.addWidget(explain)
        inner.addLayout(form)
        inner.addLayout(buttons)
        rule_box = QGroupBox(self.tr("How figures are protected"))
        QVBoxLayout(rule_box).addWidget(self.rule)
        column = QVBoxLayout()
        column.addWidget(box)
        column.addWidget(rule_box)
        column.addWidget(self.message)
        column.addStretch(1)
        # A readable column, not a form stretched across a wide window.
        holder = QWidget()
        holder.setLayout(column)
        holder.setMaximumWidth(self.fontMetrics().averageCharWidth() * 100)
        page = QWidget()
        layout = QHBoxLayout(page)
        layout.addWidget(holder, 1, Qt.AlignmentFlag.AlignTop)
        layout.addStretch(0)
        outer = QHBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scrolling(page))  # 200 % text on a small screen

        self.kind.currentIndexChanged.connect(lambda _: self.fill_periods())
        self.save_button.clicked.connect(self.ask_save)
        self.fill_periods()

    def fill_periods(self, today: date | None = None) -> None:
        self.period.clear()
        for period in ended_periods(today or date.today(), bool(self.kind.currentData())):
            self.period.addItem(period.title, period.label)

    def chosen(self) -> tuple[Period, str]:
        return parse_period(str(self.period.currentData())), str(self.format.currentData())

    def ask_save(self) -> None:
        period, fmt = self.chosen()
        suggested = self.last_folder / default_file_name(period.label, fmt)
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the report as"), str(suggested),
            self.tr("{0} files (*.{1})").format(fmt.upper(), fmt),
        )  # fmt: skip
        if path:
            self.save_to(Path(path))

    def save_to(self, path: Path) -> None:
        if self.saving:
            return
        period, fmt = self.chosen()
        if path.suffix.lower() != f".{fmt}":
            path = path.with_name(path.name + f".{fmt}")
        self.last_folder = path.parent
        coordinator = self.coordinator
        self.saving = True
        self.save_button.setEnabled(False)
        self._say(self.tr("Making the report for {0}…").format(period.title))
        self.ops.run(lambda: save_report(coordinator, period, fmt, path), self._saved,
                     self._failed, owner=self)  # fmt: skip

    def _saved(self, saved: Saved) -> None:
        self.saving = False
        self.save_button.setEnabled(True)
        text = self.tr("Saved {0}.").format(saved.path)
        if saved.left_out:
            text += " " + self.tr(
                "%n match-week(s) were left out: their match code is not assigned to the "
                "volunteer who sent them (assign it on the Devices tab).",
                "",
                saved.left_out,
            )
        self._say(text)

    def _failed(self, message: str, error: LogbookError | None) -> None:
        self.saving = False
        self.save_button.setEnabled(True)
        self._say(message, error=True)

    def _say(self, text: str, error: bool = False) -> None:
        self.message.setText(text)
        self.message.setStyleSheet(
            "color: palette(highlight); font-weight: bold;" if error else "font-weight: bold;"
        )
        self.message.setVisible(bool(text))
