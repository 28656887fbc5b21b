"""A funder report as an A4 PDF, drawn by Qt alone: text, tables and bar charts with QPainter.

The layout is a list of blocks (heading, the rule, charts, one per table) measured first, then
placed on pages, so that no table is split and every page can say "page n of N". The file is
drawn into memory and written atomically.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QCoreApplication,
    QDate,
    QIODevice,
    QLocale,
    QMarginsF,
    QRectF,
    Qt,
)
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QGuiApplication,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QPen,
)

from logbook.atomicfile import write_atomic
from logbook.coordinator.disclosure import HIDDEN, ProtectedTable
from logbook.coordinator.report import MeasureTable, Report, table_rows
from logbook.errors import Refused
from ui.charts import padded_axis

INK = QColor("#1f2933")
MUTED = QColor("#52606d")
RULE_LINE = QColor("#cbd2d9")
HEAD_FILL = QColor("#e4eef0")
TOTAL_FILL = QColor("#f3f6f8")
BOX_FILL = QColor("#f1f7f7")
ACCENT = QColor("#1f6f78")
BAR = QColor("#1f6f78")
RESOLUTION = 300
MARGIN_MM = 16
GAP = 14.0  # points between blocks


class _Canvas:
    """Drawing in points on a page whose device works in pixels at RESOLUTION dpi."""

    def __init__(self, painter: QPainter, width: float, height: float) -> None:
        self.painter = painter
        self.px = RESOLUTION / 72.0
        self.width = width / self.px  # the printable area, in points
        self.height = height / self.px
        self.base = QGuiApplication.font()

    def font(self, size: float, *, bold: bool = False) -> QFont:
        font = QFont(self.base)
        font.setPointSizeF(size)
        font.setBold(bold)
        return font

    def rect(self, x: float, y: float, w: float, h: float) -> QRectF:
        return QRectF(x * self.px, y * self.px, w * self.px, h * self.px)

    def text_height(self, text: str, font: QFont, width: float) -> float:
        metrics = QFontMetricsF(font, self.painter.device())
        flags = int(Qt.TextFlag.TextWordWrap)
        bound = metrics.boundingRect(QRectF(0, 0, width * self.px, 1e6), flags, text)
        return bound.height() / self.px

    def text(
        self,
        x: float,
        y: float,
        w: float,
        text: str,
        font: QFont,
        color: QColor = INK,
        align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignLeft,
        h: float | None = None,
    ) -> float:
        """Draw wrapped text; returns its height in points."""
        height = self.text_height(text, font, w) if h is None else h
        self.painter.setFont(font)
        self.painter.setPen(color)
        flags = int(Qt.TextFlag.TextWordWrap) | int(align) | int(Qt.AlignmentFlag.AlignVCenter)
        self.painter.drawText(self.rect(x, y, w, height), flags, text)
        return height

    def line(
        self, x1: float, y1: float, x2: float, y2: float, color: QColor, width: float = 0.6
    ) -> None:
        pen = QPen(color)
        pen.setWidthF(width * self.px)
        self.painter.setPen(pen)
        self.painter.drawLine(self.rect(x1, y1, 0, 0).topLeft(), self.rect(x2, y2, 0, 0).topLeft())

    def fill(self, x: float, y: float, w: float, h: float, color: QColor) -> None:
        self.painter.fillRect(self.rect(x, y, w, h), color)


@dataclass
class _Block:
    height: Callable[[_Canvas], float]
    draw: Callable[[_Canvas, float], None]


# --- blocks -------------------------------------------------------------------------------


def _subtitle(report: Report) -> str:
    if report.provisional:  # a month-to-date report says what it is at the top of every copy
        return QCoreApplication.translate(
            "ReportPdf", "PROVISIONAL, month to date, NOT FOR FUNDERS: {0} so far"
        ).format(report.period.title)
    return QCoreApplication.translate("ReportPdf", "Report for funders: {0}").format(
        report.period.title
    )


def _heading(report: Report) -> _Block:
    def parts(c: _Canvas) -> list[tuple[str, QFont, QColor, float]]:
        return [
            (
                report.organisation or QCoreApplication.translate("ReportPdf", "Volunteer scheme"),
                c.font(20, bold=True),
                INK,
                2,
            ),
            (
                _subtitle(report),
                c.font(13),
                ACCENT,
                6,
            ),
            (
                QCoreApplication.translate("ReportPdf", "Made on {0}").format(
                    QLocale().toString(QDate(report.made_on), "d MMMM yyyy")
                ),
                c.font(9),
                MUTED,
                0,
            ),
        ]

    def height(c: _Canvas) -> float:
        return sum(c.text_height(t, f, c.width) + gap for t, f, _, gap in parts(c))

    def draw(c: _Canvas, y: float) -> None:
        for text, font, color, gap in parts(c):
            y += c.text(0, y, c.width, text, font, color) + gap

    return _Block(height, draw)


def _boxed(title: str, lines: Sequence[str], *, bullets: bool) -> _Block:
    pad = 10.0

    def items(c: _Canvas) -> list[tuple[str, float]]:
        w = c.width - 2 * pad - (12 if bullets else 0)
        return [(line, c.text_height(line, c.font(9.5), w)) for line in lines]

    def height(c: _Canvas) -> float:
        head = c.text_height(title, c.font(11, bold=True), c.width)
        return 2 * pad + head + 5 + sum(h + 3 for _, h in items(c))

    def draw(c: _Canvas, y: float) -> None:
        c.fill(0, y, c.width, height(c), BOX_FILL)
        c.fill(0, y, 3, height(c), ACCENT)
        y += pad
        y += c.text(pad, y, c.width - 2 * pad, title, c.font(11, bold=True)) + 5
        for line, h in items(c):
            if bullets:
                c.text(pad, y, 10, "•", c.font(9.5), ACCENT, h=c.text_height("•", c.font(9.5), 10))
                c.text(pad + 12, y, c.width - 2 * pad - 12, line, c.font(9.5))
            else:
                c.text(pad, y, c.width - 2 * pad, line, c.font(9.5))
            y += h + 3

    return _Block(height, draw)


def _notes(lines: Sequence[str]) -> _Block:
    def height(c: _Canvas) -> float:
        return sum(c.text_height(n, c.font(8.5), c.width) + 2 for n in lines)

    def draw(c: _Canvas, y: float) -> None:
        for note in lines:
            y += c.text(0, y, c.width, note, c.font(8.5), MUTED) + 2

    return _Block(height, draw)


@dataclass
class _Chart:
    title: str
    labels: list[str]
    values: list[float | None]  # None: hidden
    texts: list[str]


def _axis_width(c: _Canvas, chart: _Chart) -> float:
    axis = padded_axis(max((v for v in chart.values if v is not None), default=0))
    metrics = QFontMetricsF(c.font(8), c.painter.device())
    return max(metrics.horizontalAdvance(f"{axis.top:,.0f}") / c.px + 6, 22)


def _label_height(c: _Canvas, chart: _Chart, w: float) -> float:
    slot = (w - _axis_width(c, chart)) / max(1, len(chart.labels))
    return max(c.text_height(label, c.font(8), slot - 4) for label in chart.labels)


def _draw_chart(
    c: _Canvas, chart: _Chart, x: float, y: float, w: float, h: float, label_h: float
) -> None:
    small = c.font(8)
    title_h = c.text(x, y, w, chart.title, c.font(10.5, bold=True))
    axis = padded_axis(max((v for v in chart.values if v is not None), default=0))
    top = axis.top
    axis_w = _axis_width(c, chart)
    plot_top = y + title_h + 10
    plot_bottom = y + h - label_h - 4
    plot_h = plot_bottom - plot_top
    left = x + axis_w
    plot_w = w - axis_w
    for n, tick in enumerate(axis.ticks()):
        at = plot_bottom - plot_h * n / axis.steps
        c.line(left, at, x + w, at, RULE_LINE if n else MUTED, 0.4 if n else 0.8)
        c.text(
            x,
            at - 6,
            axis_w - 4,
            f"{tick:,.0f}",
            small,
            MUTED,
            Qt.AlignmentFlag.AlignRight,
            h=12,
        )
    slot = plot_w / max(1, len(chart.values))
    bar_w = min(slot * 0.6, 48)
    for n, (label, value, text) in enumerate(
        zip(chart.labels, chart.values, chart.texts, strict=True)
    ):
        centre = left + slot * (n + 0.5)
        if value is None:
            pen = QPen(MUTED, 0.6 * c.px, Qt.PenStyle.DashLine)
            c.painter.setPen(pen)
            c.painter.setBrush(Qt.BrushStyle.NoBrush)
            stub = min(plot_h * 0.12, 18)
            c.painter.drawRect(c.rect(centre - bar_w / 2, plot_bottom - stub, bar_w, stub))
            value_top = plot_bottom - stub
        else:
            bar_h = plot_h * value / top
            c.fill(centre - bar_w / 2, plot_bottom - bar_h, bar_w, bar_h, BAR)
            value_top = plot_bottom - bar_h
        bold = c.font(8, bold=True)
        label_w = QFontMetricsF(bold, c.painter.device()).horizontalAdvance(text) / c.px + 4
        c.fill(centre - label_w / 2, value_top - 12, label_w, 11, QColor("white"))  # over grid
        c.text(
            centre - slot / 2,
            value_top - 13,
            slot,
            text,
            bold,
            INK,
            Qt.AlignmentFlag.AlignHCenter,
            h=12,
        )
        c.text(
            centre - slot / 2 + 2,
            plot_bottom + 3,
            slot - 4,
            label,
            small,
            MUTED,
            Qt.AlignmentFlag.AlignHCenter,
            h=label_h,
        )


def _charts(report: Report) -> _Block:
    contacts, hours = report.contacts, report.hours
    if report.period.is_quarter:
        months = [month.short_title for month in report.period.months]
        charts = [
            _Chart(
                QCoreApplication.translate("ReportPdf", "Contacts per month"),
                months,
                [_num(contacts, v) for v in contacts.row_totals],
                [contacts.text(v) for v in contacts.row_totals],
            ),
            _Chart(
                QCoreApplication.translate("ReportPdf", "Hours of contact per month"),
                months,
                [_num(hours, v) for v in hours.row_totals],
                [hours.text(v) for v in hours.row_totals],
            ),
        ]
    else:
        charts = [
            _Chart(
                QCoreApplication.translate("ReportPdf", "Contacts by how they happened"),
                list(contacts.column_labels),
                [_num(contacts, v) for v in contacts.cells[0]],
                [contacts.text(v) for v in contacts.cells[0]],
            ),
            _Chart(
                QCoreApplication.translate("ReportPdf", "Hours of contact by kind"),
                list(hours.column_labels),
                [_num(hours, v) for v in hours.cells[0]],
                [hours.text(v) for v in hours.cells[0]],
            ),
        ]

    def height(c: _Canvas) -> float:
        return 180.0

    def draw(c: _Canvas, y: float) -> None:
        gap = 28.0
        w = (c.width - gap) / 2
        label_h = max(_label_height(c, chart, w) for chart in charts)  # bars on one baseline
        for n, chart in enumerate(charts):
            _draw_chart(c, chart, n * (w + gap), y, w, height(c), label_h)

    return _Block(height, draw)


def _num(table: ProtectedTable, value: int | None) -> float | None:
    shown = table.shown(value)
    return None if shown is None else float(shown)


def _grid(
    title: str,
    rows: list[list[str]],
    notes: Sequence[str],
    *,
    first_share: float,
    bold_last_row: bool,
    bold_column: int | None,
    left_columns: int = 1,
) -> _Block:
    """A titled table: a shaded header, figures right-aligned, totals in bold."""
    pad = 5.0

    def widths(c: _Canvas) -> list[float]:
        first = c.width * first_share
        others = len(rows[0]) - 1
        return [first] + [(c.width - first) / others] * others

    def row_heights(c: _Canvas) -> list[float]:
        found = []
        for r, row in enumerate(rows):
            font = c.font(9, bold=r == 0)
            found.append(
                max(
                    c.text_height(t, font, w - 2 * pad) for t, w in zip(row, widths(c), strict=True)
                )
                + 2 * pad
                - 2
            )
        return found

    legend = [f"{HIDDEN} " + QCoreApplication.translate("ReportPdf", "hidden to protect privacy.")]
    if not any(cell == HIDDEN for row in rows[1:] for cell in row):
        legend = []

    def height(c: _Canvas) -> float:
        head = c.text_height(title, c.font(11.5, bold=True), c.width) + 6
        tail = sum(c.text_height(n, c.font(8.5), c.width) + 2 for n in [*legend, *notes]) + 4
        return head + sum(row_heights(c)) + tail

    def draw(c: _Canvas, y: float) -> None:
        y += c.text(0, y, c.width, title, c.font(11.5, bold=True), ACCENT) + 6
        ws = widths(c)
        heights = row_heights(c)
        last = len(rows) - 1
        if bold_column is not None:
            x = sum(ws[:bold_column])
            c.fill(x, y + heights[0], ws[bold_column], sum(heights[1:]), TOTAL_FILL)
        for r, (row, h) in enumerate(zip(rows, heights, strict=True)):
            if r == 0:
                c.fill(0, y, c.width, h, HEAD_FILL)
            elif bold_last_row and r == last:
                c.fill(0, y, c.width, h, TOTAL_FILL)
                c.line(0, y, c.width, y, MUTED, 0.8)
            x = 0.0
            for col, (cell, w) in enumerate(zip(row, ws, strict=True)):
                strong = r == 0 or (bold_last_row and r == last) or col == bold_column
                align = (
                    Qt.AlignmentFlag.AlignLeft
                    if col < left_columns
                    else Qt.AlignmentFlag.AlignRight
                )
                color = MUTED if cell in (HIDDEN, "–") else INK
                c.text(
                    x + pad,
                    y + pad - 1,
                    w - 2 * pad,
                    cell,
                    c.font(9, bold=strong),
                    color,
                    align,
                    h=h - 2 * pad + 2,
                )
                x += w
            y += h
            c.line(0, y, c.width, y, RULE_LINE, 0.5)
        y += 4
        for note in [*legend, *notes]:
            y += c.text(0, y, c.width, note, c.font(8.5), MUTED) + 2

    return _Block(height, draw)


def _table(table: ProtectedTable) -> _Block:
    rows = table_rows(table, grouping=True)
    return _grid(
        table.title,
        rows,
        table.notes,
        first_share=0.22,
        bold_last_row=len(table.row_labels) > 1,
        bold_column=len(table.column_labels) + 1,
    )


def _measures(measures: MeasureTable) -> _Block:
    rows = [list(measures.headers)]
    for line in measures.lines:
        rows.append(
            [
                cell.replace("-", "−") if n >= 3 else cell
                for n, cell in enumerate(measures.row_texts(line))
            ]
        )
    if not measures.lines:
        rows.append([QCoreApplication.translate("ReportPdf", "None recorded"), "", "", "", "", ""])
    return _grid(
        measures.title,
        rows,
        measures.notes,
        first_share=0.42,
        bold_last_row=False,
        bold_column=None,
        left_columns=2,
    )


def _blocks(report: Report) -> list[_Block]:
    return [
        _heading(report),
        _boxed(
            QCoreApplication.translate("ReportPdf", "How figures are protected"),
            report.rule.describe(),
            bullets=True,
        ),
        _notes(report.notes),
        _charts(report),
        *(_table(t) for t in report.tables),
        _measures(report.measures),
    ]


# --- pages --------------------------------------------------------------------------------


def _footer(c: _Canvas, report: Report, page: int, pages: int) -> None:
    y = c.height - 12
    c.line(0, y - 4, c.width, y - 4, RULE_LINE, 0.5)
    left = " · ".join(
        p
        for p in (
            report.organisation,
            QCoreApplication.translate("ReportPdf", "Report for funders"),
            report.period.title,
        )
        if p
    )
    c.text(0, y, c.width * 0.75, left, c.font(7.5), MUTED, h=12)
    c.text(
        c.width * 0.75,
        y,
        c.width * 0.25,
        QCoreApplication.translate("ReportPdf", "Page {0} of {1}").format(page, pages),
        c.font(7.5),
        MUTED,
        Qt.AlignmentFlag.AlignRight,
        h=12,
    )


def render_report_pdf(report: Report) -> bytes:
    """The PDF's bytes (needs a QGuiApplication)."""
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setTitle(report.title + " — " + report.period.title)
    writer.setCreator("Volunteer Logbook")
    writer.setResolution(RESOLUTION)
    margins = QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM)
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            margins,
            QPageLayout.Unit.Millimeter,
        )
    )
    painter = QPainter(writer)
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        canvas = _Canvas(painter, writer.width(), writer.height())
        usable = canvas.height - 24  # the footer's band
        pages: list[list[tuple[_Block, float]]] = [[]]
        y = 0.0
        for block in _blocks(report):
            h = block.height(canvas)
            if y > 0 and y + h > usable:
                pages.append([])
                y = 0.0
            pages[-1].append((block, y))
            y += h + GAP
        for number, placed in enumerate(pages, start=1):
            if number > 1:
                writer.newPage()
            for block, top in placed:
                block.draw(canvas, top)
            _footer(canvas, report, number, len(pages))
    finally:
        painter.end()
    buffer.close()
    return bytes(data.data())


def write_report_pdf(report: Report, path: Path) -> None:
    """Write the report as an A4 PDF, atomically (needs a QGuiApplication)."""
    data = render_report_pdf(report)
    try:
        write_atomic(path, data)
    except OSError as exc:
        raise Refused(f"Cannot write the report to {path}: {exc.strerror}.") from None


def write_report_pdf_headless(report: Report, path: Path) -> None:
    """For `logbook coordinator report --format pdf`: draws offscreen, no display needed."""
    if QGuiApplication.instance() is None:
        app = QGuiApplication(["logbook", "-platform", "offscreen"])
        app.setApplicationName("Volunteer Logbook")
    write_report_pdf(report, path)
