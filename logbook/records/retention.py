"""The keeping period: records of an ended match are kept for whole calendar months after it."""

from __future__ import annotations

import calendar
from datetime import date

# The one place for the period's default and bounds: the organisation's policy
# (org/settings.py) and the volunteer's own preference (ui/preferences.py) both take them.
DEFAULT_MONTHS = 24
MIN_MONTHS = 1
MAX_MONTHS = 120


def add_months(day: date, months: int) -> date:
    """The same day of the month `months` calendar months later, or that month's last day
    when it is shorter (31 January + 1 month is 28 or 29 February)."""
    index = day.year * 12 + day.month - 1 + months
    year, month = index // 12, index % 12 + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def kept_until(end_date: date, months: int) -> date:
    """The last day the records of a match that ended on `end_date` are kept."""
    return add_months(end_date, months)


def past_keeping_period(end_date: date | None, months: int, today: date) -> bool:
    """Ended, and the keeping period is over: the match's records may now be erased."""
    return end_date is not None and today > kept_until(end_date, months)
