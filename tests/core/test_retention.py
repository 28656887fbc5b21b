"""The keeping period in calendar months: month ends, leap years, the day it runs out."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from logbook.records.retention import (
    DEFAULT_MONTHS,
    MAX_MONTHS,
    MIN_MONTHS,
    add_months,
    kept_until,
    past_keeping_period,
)
from tests.conftest import Profiles
from tests.core.test_cli import Cli


def test_a_month_after_a_long_months_end_is_the_next_months_last_day() -> None:
    assert add_months(date(2025, 1, 31), 1) == date(2025, 2, 28)
    assert add_months(date(2024, 1, 31), 1) == date(2024, 2, 29)  # leap year
    assert add_months(date(2025, 3, 31), 1) == date(2025, 4, 30)
    assert add_months(date(2025, 8, 31), 1) == date(2025, 9, 30)
    assert add_months(date(2025, 1, 30), 1) == date(2025, 2, 28)
    assert add_months(date(2025, 1, 28), 1) == date(2025, 2, 28)


def test_months_carry_into_the_next_year() -> None:
    assert add_months(date(2025, 12, 15), 1) == date(2026, 1, 15)
    assert add_months(date(2025, 11, 30), 3) == date(2026, 2, 28)
    assert add_months(date(2025, 6, 1), 120) == date(2035, 6, 1)
    assert add_months(date(2025, 6, 1), 0) == date(2025, 6, 1)


def test_a_leap_day_is_kept_to_the_end_of_february_in_later_years() -> None:
    assert kept_until(date(2024, 2, 29), 12) == date(2025, 2, 28)
    assert kept_until(date(2024, 2, 29), 24) == date(2026, 2, 28)
    assert kept_until(date(2024, 2, 29), 48) == date(2028, 2, 29)


def test_past_the_keeping_period_only_after_its_last_day() -> None:
    ended = date(2024, 1, 31)
    assert not past_keeping_period(ended, 1, date(2024, 2, 29))  # the last day kept
    assert past_keeping_period(ended, 1, date(2024, 3, 1))
    assert not past_keeping_period(None, 1, date(2030, 1, 1))  # still active
    # 24 calendar months, not 24 × 30 days: 720 days after the end is still kept.
    assert not past_keeping_period(ended, 24, ended + timedelta(days=721))
    assert past_keeping_period(ended, 24, date(2026, 2, 1))


def test_the_default_lies_within_the_bounds() -> None:
    assert MIN_MONTHS <= DEFAULT_MONTHS <= MAX_MONTHS


@given(
    st.dates(min_value=date(1990, 1, 1), max_value=date(2100, 12, 31)),
    st.integers(min_value=0, max_value=MAX_MONTHS),
)
def test_adding_months_keeps_the_day_or_clamps_to_the_months_end(day: date, months: int) -> None:
    later = add_months(day, months)
    assert (later.year * 12 + later.month) - (day.year * 12 + day.month) == months
    assert later.day == day.day or (later.day < day.day and (later + timedelta(days=1)).day == 1)


def test_cli_match_list_shows_how_long_an_ended_matchs_records_are_kept(
    profiles: Profiles, capsys: pytest.CaptureFixture[str]
) -> None:
    cli = Cli(profiles, capsys)
    for code, start in (
        ("M-0001", "2020-01-01"),
        ("M-0002", "2024-01-01"),
        ("M-0003", "2024-06-01"),
    ):
        assert cli("match", "add", code, "--name", code, "--start", start)[0] == 0
    assert cli("match", "end", "M-0001", "--date", "2020-01-31")[0] == 0
    recent = add_months(date.today(), -DEFAULT_MONTHS + 1)
    assert cli("match", "end", "M-0002", "--date", recent.isoformat())[0] == 0
    code, out, _ = cli("match", "list")
    assert code == 0 and "KEPT UNTIL" in out
    lines = {line.split()[0]: line for line in out.splitlines()[1:]}
    assert lines["M-0001"].endswith("2022-01-31 (over: may be erased)")
    assert lines["M-0002"].endswith(kept_until(recent, DEFAULT_MONTHS).isoformat())
    assert lines["M-0003"].rstrip().endswith("never")  # active: no keeping period yet
