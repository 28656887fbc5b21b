"""Reports for funders: a fixed month or quarter that has ended, protected, saved as a file.

The report is built (and the PDF drawn) on the worker; the same core as
`logbook coordinator report`, with the default disclosure rule, which the tab states.
"""

from __future__ import annotations

import html
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from logbook.coordinator.disclosure import DisclosureRule
from logbook.coordinator.periods import Period, parse_period
from logbook.coordinator.report import (
    Report,
    about_lines,
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
from ui.widgets.accessible import named

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


def report_html(report: Report) -> str:
    """The report as the app previews it: its title, how it is protected, every table."""

    def table(title: str, rows: list[list[str]]) -> str:
        head = "".join(f"<th>{html.escape(c)}</th>" for c in rows[0])
        body = "".join(
            "<tr>" + "".join(f"<td>{html.escape(c)}</td>" for c in row) + "</tr>"
            for row in rows[1:]
        )
        return (f"<h3>{html.escape(title)}</h3><table border='1' cellspacing='0' "
                f"cellpadding='3'><tr>{head}</tr>{body}</table>")  # fmt: skip

    parts = []
    if report.provisional:
        parts.append(
            "<p style='background:#fde8e8; color:#8a1111; padding:6px; font-weight:bold'>"
            + html.escape(QCoreApplication.translate(
                "ReportsTab", "Provisional: for your own eyes. Not for funders: the month has "
                "not ended and these figures will change."))
            + "</p>"
        )  # fmt: skip
    parts.append(f"<h2>{html.escape(report.title)}</h2>")
    parts += [
        f"<p><b>{html.escape(label)}</b> {html.escape(text)}</p>"
        for label, text in about_lines(report)
    ]
    parts += [table(t.title, table_rows(t, grouping=True)) for t in report.tables]
    measures = report.measures
    rows = [list(measures.headers), *(measures.row_texts(line) for line in measures.lines)]
    parts.append(table(measures.title, rows))
    return "".join(parts)


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
        self.preview_button = named(QPushButton(self.tr("Previe&w")), self.tr("Preview the report"))
        self.preview = QTextBrowser()
        self.preview.setAccessibleName(self.tr("Report preview"))
        self.preview.setMinimumHeight(self.fontMetrics().height() * 16)
        self.preview.hide()
        self.provisional = QLabel(
            self.tr("Month to date: provisional figures for your own eyes, NOT FOR FUNDERS. "
                    "Any file of them says so on every page, and goes through the same "
                    "protection as a report.")
        )  # fmt: skip
        self.provisional.setWordWrap(True)
        self.provisional.setStyleSheet("color: palette(highlight); font-weight: bold;")
        self.provisional.setAccessibleName(self.tr("Provisional figures"))
        self.provisional.hide()
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
        buttons.addWidget(self.preview_button)
        buttons.addWidget(self.save_button)
        box = QGroupBox(self.tr("Report for funders"))
        inner = QVBoxLayout(box)
        inner.addWidget(explain)
        inner.addLayout(form)
        inner.addWidget(self.provisional)
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
        # The preview beside the choices, where a wide window has room for its tables.
        layout.addWidget(self.preview, 2)
        layout.addStretch(0)
        outer = QHBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scrolling(page))  # 200 % text on a small screen

        self.kind.currentIndexChanged.connect(lambda _: self.fill_periods())
        self.save_button.clicked.connect(self.ask_save)
        self.preview_button.clicked.connect(self.show_preview)
        self.period.currentIndexChanged.connect(lambda _: self._period_changed())
        self.fill_periods()

    def fill_periods(self, today: date | None = None) -> None:
        today = today or date.today()
        quarters = bool(self.kind.currentData())
        self.period.clear()
        if not quarters:
            # Newest first, above the month that has just ended, which stays the choice.
            so_far = month_to_date(today)
            self.period.addItem(
                self.tr("{0} so far (provisional)").format(so_far.title),
                so_far.label,
            )
        for period in ended_periods(today, quarters):
            self.period.addItem(period.title, period.label)
        self.period.setCurrentIndex(0 if quarters else 1)
        # As wide as its longest choice ("… so far (provisional)"), never cut.
        self.period.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.period.setMinimumWidth(self.period.sizeHint().width())

    def chosen(self) -> tuple[Period, str]:
        label = str(self.period.currentData())
        so_far = label.endswith("-to-date")
        period = month_to_date(date.today()) if so_far else parse_period(label)
        return period, str(self.format.currentData())

    def _period_changed(self) -> None:
        self.provisional.setVisible(str(self.period.currentData()).endswith("-to-date"))
        self.preview.hide()  # it showed another period

    def show_preview(self) -> None:
        """Exactly what Save writes, shown here first."""
        if self.period.currentData() is None:
            return
        period, _ = self.chosen()
        coordinator = self.coordinator
        self._say("")
        self.ops.run(lambda: report_html(make_report(coordinator, period)), self._previewed,
                     self._failed, owner=self)  # fmt: skip

    def _previewed(self, text: str) -> None:
        self.preview.setHtml(text)
        self.preview.show()

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
