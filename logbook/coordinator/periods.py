"""Fixed reporting periods, a calendar month (`2026-10`) or quarter (`2026-Q3`), made of ISO weeks.

Summaries arrive by ISO week, and a week can straddle two months. A week belongs to the month
of its Thursday (the rule that also gives an ISO week its year), so every week falls in exactly
one month and one quarter, and a month holds four or five whole weeks. Periods are fixed, never
"the last 30 days", so two reports cannot be subtracted to reveal a small number.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from logbook.errors import InvalidValue
from logbook.i18n import N_, _
from logbook.weeks import iso_week, month_of, thursday_of

# Translated where shown (`_(MONTH_NAMES[i])`): the core has no QLocale to name months.
MONTH_NAMES = (
    N_("January"), N_("February"), N_("March"), N_("April"), N_("May"), N_("June"),
    N_("July"), N_("August"), N_("September"), N_("October"), N_("November"), N_("December"),
)  # fmt: skip
SHORT_MONTH_NAMES = (
    N_("Jan"), N_("Feb"), N_("Mar"), N_("Apr"), N_("May"), N_("Jun"),
    N_("Jul"), N_("Aug"), N_("Sep"), N_("Oct"), N_("Nov"), N_("Dec"),
)  # fmt: skip
# ASCII digits only: `\d` would also take other scripts' digits, which int() then reads.
_MONTH = re.compile(r"^([0-9]{4})-([0-9]{2})$")
_QUARTER = re.compile(r"^([0-9]{4})-[Qq]([1-4])$")
FIRST_YEAR, LAST_YEAR = 2000, 2999
PERIOD_HELP = N_("must be a month like 2026-10 or a quarter like 2026-Q3")


@dataclass(frozen=True, order=True)
class Month:
    year: int
    month: int

    @property
    def label(self) -> str:
        return f"{self.year:04d}-{self.month:02d}"

    @property
    def title(self) -> str:
        return _("{month} {year}").format(month=_(MONTH_NAMES[self.month - 1]), year=self.year)

    @property
    def short_title(self) -> str:
        short = _(SHORT_MONTH_NAMES[self.month - 1])
        return _("{month} {year}").format(month=short, year=self.year)

    def weeks(self) -> tuple[str, ...]:
        """The ISO weeks whose Thursday falls in this month, in order."""
        day = date(self.year, self.month, 1)
        day += timedelta(days=(3 - day.weekday()) % 7)  # the month's first Thursday
        found = []
        while day.month == self.month:
            found.append(iso_week(day))
            day += timedelta(days=7)
        return tuple(found)


def month_of_week(week: str) -> Month:
    """The month an ISO week belongs to: the month of its Thursday."""
    first = month_of(week)
    return Month(first.year, first.month)


@dataclass(frozen=True)
class Period:
    label: str  # normalised: "2026-10" or "2026-Q3"
    months: tuple[Month, ...]

    @property
    def is_quarter(self) -> bool:
        return len(self.months) > 1

    @property
    def title(self) -> str:
        if not self.is_quarter:
            return self.months[0].title
        first, last = self.months[0], self.months[-1]
        quarter = (first.month - 1) // 3 + 1
        return _("Q{quarter} {year} ({first} to {last})").format(
            quarter=quarter,
            year=first.year,
            first=_(MONTH_NAMES[first.month - 1]),
            last=_(MONTH_NAMES[last.month - 1]),
        )

    @property
    def weeks(self) -> tuple[str, ...]:
        return tuple(w for m in self.months for w in m.weeks())

    @property
    def first_week(self) -> str:
        return self.weeks[0]

    @property
    def last_week(self) -> str:
        return self.weeks[-1]

    @property
    def starts_on(self) -> date:
        """The Monday of the period's first week (may be in the month before)."""
        return thursday_of(self.first_week) - timedelta(days=3)

    @property
    def ends_on(self) -> date:
        """The Sunday of the period's last week (may be in the month after)."""
        return thursday_of(self.last_week) + timedelta(days=3)


def parse_period(text: str) -> Period:
    """`2026-10` (a month) or `2026-Q3` (a quarter); anything else is a plain error."""
    value = text.strip()
    if found := _MONTH.fullmatch(value):
        year, month = int(found[1]), int(found[2])
        if not 1 <= month <= 12:
            raise InvalidValue(
                "--period", _("{help} (months are 01 to 12)").format(help=_(PERIOD_HELP))
            )
        months: tuple[Month, ...] = (Month(year, month),)
    elif found := _QUARTER.fullmatch(value):
        year, quarter = int(found[1]), int(found[2])
        months = tuple(Month(year, 3 * (quarter - 1) + n) for n in (1, 2, 3))
    else:
        raise InvalidValue("--period", _(PERIOD_HELP))
    if not FIRST_YEAR <= year <= LAST_YEAR:
        raise InvalidValue(
            "--period",
            _("the year must be between {FIRST_YEAR} and {LAST_YEAR}").format(
                FIRST_YEAR=FIRST_YEAR, LAST_YEAR=LAST_YEAR
            ),
        )
    label = months[0].label if len(months) == 1 else f"{year:04d}-Q{quarter}"
    return Period(label, months)
