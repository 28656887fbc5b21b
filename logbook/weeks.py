"""ISO weeks (`2026-W05`), the unit every summary counts in, and the month each one belongs to.

The one place for these rules, low enough for `summary/` (which writes weeks) and
`coordinator/` (which reads them) both to import. A week belongs to the month of its
Thursday, the rule that also gives an ISO week its year, so every week falls in exactly one
month and a month holds four or five whole weeks.
"""

from __future__ import annotations

from datetime import date, timedelta

from logbook.errors import InvalidValue
from logbook.i18n import _


def iso_week(day: date) -> str:
    """The ISO week a day falls in, written `YYYY-Www`."""
    year, week, _weekday = day.isocalendar()
    return f"{year:04d}-W{week:02d}"


def _day_of(week: str, weekday: int) -> date:
    try:
        return date.fromisocalendar(int(week[:4]), int(week[6:8]), weekday)
    except ValueError:
        raise InvalidValue("week", _("must be an ISO week like 2026-W40")) from None


def monday_of(week: str) -> date:
    """The Monday of an ISO week written `YYYY-Www`."""
    return _day_of(week, 1)


def thursday_of(week: str) -> date:
    """The Thursday of an ISO week written `YYYY-Www`: the day that decides its month."""
    return _day_of(week, 4)


def month_of(week: str) -> date:
    """The first day of the month the week belongs to (the month of its Thursday)."""
    return thursday_of(week).replace(day=1)


def weeks_between(week: str, today: date) -> int:
    """Whole weeks from `week` to the week of `today` (0 in the same week, never negative)."""
    this = today - timedelta(days=today.weekday())
    return max(0, (this - monday_of(week)).days // 7)


def week_words(week: str) -> str:
    """ "week of 5 Jan 2026": how the command line shows a week to a person (its JSON keeps
    the ISO form); the summary never says which day."""
    monday = monday_of(week)
    return _("week of {day}").format(day=f"{monday.day} {monday:%b %Y}")
