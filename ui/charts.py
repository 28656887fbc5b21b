"""Every chart the app draws with QPainter, and their axes: the dashboard's contacts per month
and outcome change, a match's scores over time, and the axes of the funders' report's bars.

The widgets measure their text with their own font, so they stay legible at 200 % font size,
and give screen readers the numbers they draw (accessible description).
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QDate, QLocale, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPalette,
    QPen,
    QPolygonF,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

from logbook import i18n
from logbook.coordinator.dashboard import MonthContacts, OutcomeChange
from logbook.records.measure_catalogue import SCALES

BAR = QColor("#1f6f78")
BETTER = QColor("#1f6f78")
WORSE = QColor("#e4572e")
SAME = QColor("#7a7a7a")
SERIES_COLOURS = ("#1f6f78", "#e4572e", "#f3a712", "#6a4c93")


# --- axes -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Axis:
    """A value axis: `steps` equal steps of `step` from `low`, each a tick."""

    low: float
    step: float
    steps: int

    @property
    def top(self) -> float:
        return self.low + self.step * self.steps

    def ticks(self) -> list[float]:
        return [self.low + self.step * n for n in range(self.steps + 1)]


def nice_ceiling(value: int) -> int:
    """The next 1, 2 or 5 times a power of ten at or above `value` (at least 5)."""
    if value <= 5:
        return 5
    power = int(10 ** int(math.log10(value)))
    for step in (1, 2, 5, 10):
        if value <= step * power:
            return step * power
    return 10 * power


def count_axis(top: int) -> Axis:
    """Counts on screen: up to the nice ceiling of `top`, in whole-number ticks (5 steps for 5,
    10, 50, 100...; 4 for 20, 200...)."""
    ceiling = nice_ceiling(top)
    steps = 4 if str(ceiling)[0] == "2" else 5
    return Axis(0.0, ceiling / steps, steps)


def padded_axis(value: float) -> Axis:
    """Printed bars: a round step (1, 2, 2.5 or 5 times a power of ten) and enough steps to
    reach a little above `value`, so the tallest bar and its label stay clear of the top."""
    if value <= 0:
        return Axis(0.0, 1.0, 4)
    rough = value * 1.1 / 4
    power = 10 ** math.floor(math.log10(rough))
    step = next(s * power for s in (1, 2, 2.5, 5, 10) if rough <= s * power)
    return Axis(0.0, step, max(2, math.ceil(value * 1.1 / step)))


def range_axis(low: float, high: float, steps: int = 4) -> Axis:
    """A score's fixed range (e.g. 3 to 9), in equal steps."""
    return Axis(low, (high - low) / steps, steps)


# --- the dashboard --------------------------------------------------------------------------


class MonthlyContactsChart(QWidget):
    """Visits and conversations per month, as bars, with the count above each bar."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.months: list[MonthContacts] = []
        self.setAccessibleName(self.tr("Contacts per month"))

    def sizeHint(self) -> QSize:
        line = self.fontMetrics().height()
        return QSize(line * 24, line * 11)

    def minimumSizeHint(self) -> QSize:
        line = self.fontMetrics().height()
        return QSize(line * 14, line * 8)

    def set_data(self, months: list[MonthContacts]) -> None:
        self.months = list(months)
        locale = QLocale()
        self.setAccessibleDescription(
            "; ".join(
                self.tr("{0}: %n contact(s)", "", m.contacts).format(
                    locale.toString(QDate(m.month), "MMMM yyyy")
                )
                for m in self.months
            )
        )
        self.update()

    def _label(self, n: int) -> str:
        month = self.months[n].month
        # The year under the first bar and under each January, so no bar's year is a guess.
        form = "MMM yy" if n == 0 or month.month == 1 else "MMM"
        return QLocale().toString(QDate(month), form)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        text = palette.color(QPalette.ColorRole.Text)
        metrics = self.fontMetrics()
        line = metrics.height()
        painter.fillRect(self.rect(), palette.color(QPalette.ColorRole.Base))
        top = max((m.contacts for m in self.months), default=0)
        axis = count_axis(top)
        ceiling = axis.top
        axis_w = metrics.horizontalAdvance(QLocale().toString(round(ceiling))) + 10
        area = QRectF(self.rect()).adjusted(axis_w, line * 1.4, -8, -(line * 1.6))
        if not self.months or top == 0:
            painter.setPen(text)
            painter.drawText(area, Qt.AlignmentFlag.AlignCenter,
                             self.tr("No contacts imported in the last 12 months"))  # fmt: skip
            return
        grid = QPen(palette.color(QPalette.ColorRole.Mid), 1, Qt.PenStyle.DotLine)
        for step, value in enumerate(axis.ticks()):
            y = area.bottom() - area.height() * step / axis.steps
            painter.setPen(grid)
            painter.drawLine(QPointF(area.left(), y), QPointF(area.right(), y))
            painter.setPen(text)
            tick = QLocale().toString(round(value))
            painter.drawText(QRectF(0, y - line / 2, area.left() - 6, line),
                             Qt.AlignmentFlag.AlignRight, tick)  # fmt: skip
        slot = area.width() / len(self.months)
        bar_w = max(4.0, slot * 0.64)
        widest = max(metrics.horizontalAdvance(self._label(n)) for n in range(len(self.months)))
        every = 1 if widest + 6 <= slot else 2 if widest + 6 <= slot * 2 else 3
        for n, month in enumerate(self.months):
            x = area.left() + slot * n + (slot - bar_w) / 2
            height = area.height() * month.contacts / ceiling
            bar = QRectF(x, area.bottom() - height, bar_w, height)
            painter.fillRect(bar, BAR)
            painter.setPen(text)
            if month.contacts:
                count = QLocale().toString(month.contacts)
                if metrics.horizontalAdvance(count) <= slot:
                    above = QRectF(area.left() + slot * n, bar.top() - line - 2, slot, line)
                    painter.drawText(above, Qt.AlignmentFlag.AlignHCenter, count)
            if (len(self.months) - 1 - n) % every == 0:  # the latest month always named
                label_rect = QRectF(area.left() + slot * n - slot, area.bottom() + 4, slot * 3,
                                    line)  # fmt: skip
                painter.drawText(label_rect, Qt.AlignmentFlag.AlignHCenter, self._label(n))


class OutcomeChangeChart(QWidget):
    """One row per measure on its own scale: the mean first score (hollow), an arrow to the
    mean latest score (filled), coloured by whether that is better; the numbers beside it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.outcomes: list[OutcomeChange] = []
        self.setAccessibleName(self.tr("Outcome change, first against latest score"))

    def measure_name(self, measure: str) -> str:
        scale = SCALES.get(measure)
        return measure if scale is None else i18n._(scale.short_label)

    def sizeHint(self) -> QSize:
        line = self.fontMetrics().height()
        rows = max(1, len(self.outcomes))
        return QSize(line * 30, int(line * (rows * 2.2 + 2)))

    def minimumSizeHint(self) -> QSize:
        line = self.fontMetrics().height()
        return QSize(line * 20, line * 6)

    def summary(self, o: OutcomeChange) -> str:
        """E.g. "8.5 → 5.5, better (n=4)"."""
        if o.n == 0 or o.mean_first is None or o.mean_latest is None:
            return self.tr("first scores only (n={0})").format(o.baseline_only)
        locale = QLocale()
        verdict = {True: self.tr("better"), False: self.tr("worse"), None: self.tr("no change")}[
            o.improved
        ]
        return self.tr("{0} → {1}, {2} (n={3})").format(
            locale.toString(o.mean_first, "f", 1), locale.toString(o.mean_latest, "f", 1),
            verdict, o.n,
        )  # fmt: skip

    def set_data(self, outcomes: list[OutcomeChange]) -> None:
        self.outcomes = list(outcomes)
        self.setAccessibleDescription(
            "; ".join(f"{self.measure_name(o.measure)}: {self.summary(o)}" for o in outcomes)
        )
        self.updateGeometry()
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        text = palette.color(QPalette.ColorRole.Text)
        track = palette.color(QPalette.ColorRole.Mid)
        metrics = self.fontMetrics()
        line = metrics.height()
        painter.fillRect(self.rect(), palette.color(QPalette.ColorRole.Base))
        if not self.outcomes:
            painter.setPen(text)
            painter.drawText(QRectF(self.rect()), Qt.AlignmentFlag.AlignCenter,
                             self.tr("No outcome measures imported yet"))  # fmt: skip
            return
        pad = line * 0.6
        names_w = max(metrics.horizontalAdvance(self.measure_name(o.measure))
                      for o in self.outcomes)  # fmt: skip
        notes_w = max(metrics.horizontalAdvance(self.summary(o)) for o in self.outcomes)
        ends_w = metrics.horizontalAdvance("00") + 6
        legend_h = line * 1.8
        # One line a measure (name, scale, numbers) when the scale gets a useful width;
        # otherwise the name and numbers above a scale as wide as the chart.
        track_l = pad + names_w + pad + ends_w
        track_r = self.width() - pad - notes_w - pad - ends_w
        stacked = track_r - track_l < line * 8
        if stacked:
            track_l, track_r = pad + ends_w, self.width() - pad - ends_w
        rows = len(self.outcomes)
        wanted = line * (3.0 if stacked else 2.2)
        row_h = min(
            wanted, max(line * (2.6 if stacked else 1.6), (self.height() - legend_h) / rows)
        )
        radius = max(4.0, line * 0.3)
        for n, o in enumerate(self.outcomes):
            top = line * 0.3 + row_h * n
            if stacked:
                label_y, mid_y = top, top + line * 1.7
                name_rect = QRectF(pad, label_y, self.width() - 2 * pad, line)
                note_rect = QRectF(pad, label_y, self.width() - 2 * pad, line)
                name_align, note_align = Qt.AlignmentFlag.AlignLeft, Qt.AlignmentFlag.AlignRight
            else:
                mid_y = top + row_h / 2
                name_rect = QRectF(pad, mid_y - line / 2, names_w, line)
                note_rect = QRectF(track_r + ends_w + pad, mid_y - line / 2, notes_w + pad, line)
                name_align, note_align = Qt.AlignmentFlag.AlignRight, Qt.AlignmentFlag.AlignLeft
            painter.setPen(text)
            painter.drawText(name_rect, name_align, self.measure_name(o.measure))
            painter.drawText(note_rect, note_align, self.summary(o))
            # The scale: a track from the lowest to the highest score, both ends named.
            painter.setPen(QPen(track, 2))
            painter.drawLine(QPointF(track_l, mid_y), QPointF(track_r, mid_y))
            painter.setPen(track.darker(160))
            painter.drawText(QRectF(track_l - ends_w, mid_y - line / 2, ends_w - 6, line),
                             Qt.AlignmentFlag.AlignRight, f"{o.low:g}")  # fmt: skip
            painter.drawText(QRectF(track_r + 6, mid_y - line / 2, ends_w, line),
                             Qt.AlignmentFlag.AlignLeft, f"{o.high:g}")  # fmt: skip
            if o.mean_first is None or o.mean_latest is None:
                continue
            span = (o.high - o.low) or 1.0
            left, right = track_l, track_r
            start = QPointF(left + (right - left) * min(1, max(0, (o.mean_first - o.low) / span)),
                            mid_y)  # fmt: skip
            end = QPointF(left + (right - left) * min(1, max(0, (o.mean_latest - o.low) / span)),
                          mid_y)  # fmt: skip
            colour = {True: BETTER, False: WORSE, None: SAME}[o.improved]
            painter.setPen(QPen(colour, 3))
            painter.drawLine(start, end)
            if abs(end.x() - start.x()) > radius * 3:
                way = 1 if end.x() > start.x() else -1
                tip = end.x() - way * radius
                painter.setBrush(colour)
                painter.setPen(Qt.PenStyle.NoPen)
                painter.drawPolygon(QPolygonF([
                    QPointF(tip, mid_y), QPointF(tip - way * radius * 1.6, mid_y - radius),
                    QPointF(tip - way * radius * 1.6, mid_y + radius),
                ]))  # fmt: skip
            painter.setPen(QPen(colour, 2))
            painter.setBrush(palette.color(QPalette.ColorRole.Base))
            painter.drawEllipse(start, radius, radius)
            painter.setBrush(colour)
            painter.drawEllipse(end, radius, radius)
        # What the two markers mean, under the rows.
        y = line * 0.3 + row_h * len(self.outcomes) + line * 0.2
        x = track_l
        for filled, label in ((False, self.tr("first score")), (True, self.tr("latest score"))):
            painter.setPen(QPen(SAME, 2))
            painter.setBrush(SAME if filled else palette.color(QPalette.ColorRole.Base))
            painter.drawEllipse(QPointF(x + radius, y + line / 2), radius, radius)
            painter.setPen(text)
            painter.drawText(QPointF(x + radius * 2 + 6, y + metrics.ascent()), label)
            x += radius * 2 + 6 + metrics.horizontalAdvance(label) + line


# --- a match's scores -------------------------------------------------------------------


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
        axis = range_axis(self.low, self.high)
        for step, value in enumerate(axis.ticks()):
            y = area.bottom() - area.height() * step / axis.steps
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
