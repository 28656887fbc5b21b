"""ISO weeks and the month each belongs to: the one rule the summary, the dashboard and the
funders' report all use."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from logbook.coordinator.periods import month_of_week
from logbook.errors import InvalidValue
from logbook.weeks import iso_week, monday_of, month_of, thursday_of, weeks_between

TODAY = date(2026, 3, 4)  # a Wednesday in 2026-W10


def test_weeks_count_whole_iso_weeks_and_months_follow_thursdays() -> None:
    assert weeks_between("2026-W10", TODAY) == 0
    assert weeks_between("2026-W07", TODAY) == 3
    assert weeks_between("2025-W52", date(2026, 1, 5)) == 2  # 2026-W02 starts on 5 Jan
    assert weeks_between("2026-W11", TODAY) == 0  # a week ahead of the clock: not negative
    assert month_of("2026-W01") == date(2026, 1, 1)  # Mon 29 Dec, Thu 1 Jan
    assert month_of("2026-W05") == date(2026, 1, 1)  # Mon 26 Jan, Thu 29 Jan
    assert month_of("2026-W06") == date(2026, 2, 1)
    assert month_of("2020-W53") == date(2020, 12, 1)


def test_every_day_of_a_week_names_it_and_its_month_is_the_reports_month() -> None:
    day = date(2019, 12, 23)
    while day < date(2027, 1, 10):
        week = iso_week(day)
        assert monday_of(week) <= day < monday_of(week) + timedelta(days=7)
        assert thursday_of(week) == monday_of(week) + timedelta(days=3)
        month = month_of_week(week)
        assert (month.year, month.month) == (month_of(week).year, month_of(week).month)
        assert week in month.weeks()
        day += timedelta(days=1)


@pytest.mark.parametrize("week", ["2027-W53", "2026-W00", "2026-Wxx", "nonsense"])
def test_a_week_that_is_not_one_is_a_plain_error(week: str) -> None:
    with pytest.raises(InvalidValue, match="ISO week"):
        monday_of(week)
