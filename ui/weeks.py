"""Weeks as a person reads them: "week of 23 Nov 2026", never the ISO "2026-W48"."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, QLocale

from logbook.errors import InvalidValue
from logbook.weeks import monday_of


def week_start(week: str) -> date | None:
    """The Monday of an ISO week such as 2026-W48; None if it is not one."""
    try:
        return monday_of(week)
    except InvalidValue:
        return None


def week_text(week: str | None, short: bool = False) -> str:
    """E.g. "week of 26 Jan 2026" ("w/c 26 Jan 2026" in a table): the summary never says
    which day."""
    if not week:
        return ""
    monday = week_start(week)
    if monday is None:
        return week
    if short:
        # The year only when it is not this one: "w/c 16 Nov", "w/c 29 Dec 2025".
        form = "d MMM" if monday.year == date.today().year else "d MMM yyyy"
        day = QLocale().toString(QDate(monday), form)
        return QCoreApplication.translate("Weeks", "w/c {0}").format(day)
    day = QLocale().toString(QDate(monday), "d MMM yyyy")
    return QCoreApplication.translate("Weeks", "week of {0}").format(day)
