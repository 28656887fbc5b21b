"""A small line chart of one measure's scores over time, drawn with QPainter."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QLocale, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

SERIES_COLOURS = ("#1f6f78", "#e4572e", "#f3a712", "#6a4c93")


class ScoreChart(QWidget):
    """Series of (date, value) points on a fixed value range, with a legend."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.series: list[tuple[str, list[tuple[date, float]]]] = []
        self.low, self.high = 0.0, 1.0
        self.caption = ""

    def sizeHint(self) -> QSize:
        return QSize(480, 220)

    def set_data(
        self, series: list[tuple[str, list[tuple[date, float]]]], low: float, high: float,
        caption: str = "",
    ) -> None:  # fmt: skip
        self.series, self.low, self.high, self.caption = series, low, high, caption
        # Screen readers get the numbers the picture shows.
        described = [
            f"{name}: " + ", ".join(f"{d.isoformat()} {v:g}" for d, v in points)
            for name, points in series
        ]
        self.setAccessibleDescription("; ".join(described))
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        text = palette.color(QPalette.ColorRole.Text)
        metrics = self.fontMetrics()
        legend_h = metrics.height() + 6
        area = QRectF(self.rect()).adjusted(metrics.horizontalAdvance("00.0") + 10, 8, -12,
                                             -(metrics.height() * 2 + legend_h))  # fmt: skip
        painter.fillRect(self.rect(), palette.color(QPalette.ColorRole.Base))
        grid = QPen(palette.color(QPalette.ColorRole.Mid), 1, Qt.PenStyle.DotLine)
        for step in range(5):
            value = self.low + (self.high - self.low) * step / 4
            y = area.bottom() - area.height() * step / 4
            painter.setPen(grid)
            painter.drawLine(QPointF(area.left(), y), QPointF(area.right(), y))
            painter.setPen(text)
            painter.drawText(QRectF(0, y - metrics.height() / 2, area.left() - 6, metrics.height()),
                             Qt.AlignmentFlag.AlignRight, f"{value:g}")  # fmt: skip
        days = [d for _, points in self.series for d, _ in points]
        if not days:
            painter.setPen(text)
            painter.drawText(area, Qt.AlignmentFlag.AlignCenter, self.tr("No scores yet"))
            return
        first, last = min(days), max(days)
        span = max(1, (last - first).days)

        def at(d: date, v: float) -> QPointF:
            x = area.left() + area.width() * ((d - first).days / span if last != first else 0.5)
            y = area.bottom() - area.height() * (v - self.low) / (self.high - self.low)
            return QPointF(x, y)

        painter.setPen(text)
        label_y = area.bottom() + 4
        # First date under the left edge, last under the right, so neither is cut off.
        edges = [(first, Qt.AlignmentFlag.AlignLeft)]
        if last != first:
            edges.append((last, Qt.AlignmentFlag.AlignRight))
        for d, align in edges:
            painter.drawText(QRectF(area.left(), label_y, area.width(), metrics.height()),
                             align, QLocale().toString(QDate(d), "d MMM yyyy"))  # fmt: skip
        x = area.left()
        for index, (name, points) in enumerate(self.series):
            colour = QColor(SERIES_COLOURS[index % len(SERIES_COLOURS)])
            painter.setPen(QPen(colour, 2.5))
            path = QPainterPath()
            for n, (d, v) in enumerate(sorted(points)):
                (path.moveTo if n == 0 else path.lineTo)(at(d, v))
            painter.drawPath(path)
            painter.setBrush(colour)
            for d, v in points:
                painter.drawEllipse(at(d, v), 3.5, 3.5)
            legend_y = self.height() - legend_h + 2
            painter.fillRect(QRectF(x, legend_y + 4, 12, 12), colour)
            painter.setPen(text)
            painter.drawText(QPointF(x + 16, legend_y + metrics.ascent() + 2), name)
            x += 28 + metrics.horizontalAdvance(name)
        if self.caption:
            painter.drawText(QRectF(area.left(), label_y, area.width(), metrics.height()),
                             Qt.AlignmentFlag.AlignHCenter, self.caption)  # fmt: skip
