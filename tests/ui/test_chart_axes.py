"""The charts' axes, all from `ui/charts.py`: the dashboard's counts, the report's printed bars
and a score's fixed range keep the ticks they had."""

from __future__ import annotations

import pytest

from logbook.records.measure_catalogue import SCALES, instrument_range
from logbook.records.measures import Instrument
from ui.charts import count_axis, padded_axis, range_axis


@pytest.mark.parametrize(
    ("top", "ticks"),
    [
        (0, [0, 1, 2, 3, 4, 5]),
        (5, [0, 1, 2, 3, 4, 5]),
        (17, [0, 5, 10, 15, 20]),
        (37, [0, 10, 20, 30, 40, 50]),
        (180, [0, 50, 100, 150, 200]),
        (1000, [0, 200, 400, 600, 800, 1000]),
    ],
)
def test_counts_on_screen_rise_to_a_nice_ceiling_in_whole_steps(top: int, ticks: list[int]) -> None:
    assert count_axis(top).ticks() == ticks


@pytest.mark.parametrize(
    ("value", "step", "steps"),
    [(0, 1.0, 4), (3, 1.0, 4), (9, 2.5, 4), (100, 50.0, 3), (480, 200.0, 3)],
)
def test_printed_bars_leave_room_above_the_tallest(value: float, step: float, steps: int) -> None:
    axis = padded_axis(value)
    assert (axis.step, axis.steps) == (step, steps)
    assert axis.top >= value * 1.1 or value == 0


def test_a_score_chart_spans_the_catalogues_range_in_four_steps() -> None:
    assert range_axis(*instrument_range(Instrument.UCLA3)).ticks() == [3, 4.5, 6, 7.5, 9]
    assert instrument_range(Instrument.ONS4) == (0, 10)
    assert instrument_range(Instrument.SWEMWBS) == (SCALES["swemwbs"].low, 35)
