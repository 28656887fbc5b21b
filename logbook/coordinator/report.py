"""Reports for funders: counts and trends by month over a fixed period, protected for publishing.

Everything comes from the imported week rows and consented measure scores, aggregated by
month (a week belongs to the month of its Thursday) and passed through disclosure control
before it reaches a `Report`. A report holds labels and protected figures only: never a match
code, a volunteer code or a device id.

Rows a volunteer sent for a match code not assigned to them (flagged at import) are left out,
unless the coordinator has since assigned the code to that volunteer: a mistyped code would
otherwise count a person twice, or a person who does not exist. How many were left out is
told to the coordinator (`Report.left_out`), never written into the report.
"""

from __future__ import annotations

import csv
import io
import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Literal, TypeVar

from sqlalchemy import and_, select
from sqlalchemy.orm import Session

from logbook import i18n
from logbook.atomicfile import write_atomic
from logbook.coordinator.contact_modes import MODE_COLUMNS
from logbook.coordinator.database import CoordinatorDb
from logbook.coordinator.disclosure import (
    HIDDEN,
    DisclosureRule,
    ProtectedTable,
    protect_mean,
    protect_table,
)
from logbook.coordinator.outcomes import first_and_latest
from logbook.coordinator.periods import MONTH_NAMES, Month, Period, month_of_week, parse_period
from logbook.coordinator.schema import Assignment, Device, MeasureRow, WeekRow
from logbook.errors import InvalidValue, Refused
from logbook.i18n import N_, _, ngettext
from logbook.records.measure_catalogue import CATALOGUE
from logbook.records.values import Mode

ReportFormat = Literal["csv", "xlsx"]
MINUTES_UNIT = 15  # the summary rounds each match's weekly minutes to 15

# Report labels made at import time are marked with N_() and translated with _() where a
# report is made, so a report speaks the language chosen when it is made.
MODE_LABELS = {
    Mode.IN_PERSON: N_("In person"),
    Mode.PHONE: N_("Phone"),
    Mode.VIDEO: N_("Video"),
    Mode.MESSAGE: N_("Message"),
    Mode.GROUP: N_("Group"),
}


@dataclass(frozen=True)
class MeasureLine:
    label: str
    higher_is_better: bool
    matches: int | None  # protected count of matches measured at least twice; None hidden
    first: float | None  # means over those matches; None when fewer than the rule allows
    latest: float | None
    change: float | None

    @property
    def better(self) -> str:
        return _("higher") if self.higher_is_better else _("lower")


@dataclass(frozen=True)
class MeasureTable:
    title: str
    lines: tuple[MeasureLine, ...]
    notes: tuple[str, ...]
    headers: tuple[str, ...] = field(
        default_factory=lambda: (
            _("Measure"),
            _("Better is"),
            _("Matches"),
            _("Mean first score"),
            _("Mean latest score"),
            _("Mean change"),
        )
    )

    def row_texts(self, line: MeasureLine) -> list[str]:
        def mean(value: float | None) -> str:
            if line.matches == 0:
                return "–"
            return HIDDEN if value is None else f"{value:.1f}"

        matches = HIDDEN if line.matches is None else str(line.matches)
        change = mean(line.change)
        if line.change is not None and line.change > 0:
            change = "+" + change
        return [line.label, line.better, matches, mean(line.first), mean(line.latest), change]


@dataclass(frozen=True)
class Report:
    organisation: str
    period: Period
    rule: DisclosureRule
    made_on: date
    contacts: ProtectedTable
    hours: ProtectedTable
    active: ProtectedTable
    concerns: ProtectedTable
    measures: MeasureTable
    notes: tuple[str, ...]
    # For the coordinator only (never written into a report): match-weeks left out because
    # their match code is not assigned to the volunteer who sent them.
    left_out: int = field(default=0, compare=False)
    # Month to date: for the coordinator's own eyes, labelled so wherever it goes.
    provisional: bool = False

    @property
    def title(self) -> str:
        if self.provisional:
            name = f"{self.organisation}: " if self.organisation else ""
            return f"{name}{_(PROVISIONAL_TITLE)}"
        if self.organisation:
            return _("{organisation}: report for funders").format(organisation=self.organisation)
        return _("Report for funders")

    @property
    def tables(self) -> tuple[ProtectedTable, ...]:
        return (self.contacts, self.hours, self.active, self.concerns)


PROVISIONAL_TITLE = N_("PROVISIONAL figures, month to date: NOT FOR FUNDERS")
MONTH_TO_DATE = "month-to-date"


def month_to_date(today: date) -> Period:
    """This calendar month so far (its weeks to come are simply empty)."""
    month = Month(today.year, today.month)
    return Period(f"{month.label}-to-date", (month,))


@dataclass
class _MatchWeek:
    month: Month
    match: str
    visits: int
    conversations: int
    minutes: int | None
    modes: dict[Mode, int]
    raised: int
    reported: int


def build_report(
    db: CoordinatorDb,
    period: str | Period,
    rule: DisclosureRule | None = None,
    *,
    organisation: str = "",
    today: date | None = None,
) -> Report:
    """The protected report for one fixed month or quarter that has ended."""
    rule = rule or DisclosureRule()
    today = today or date.today()
    chosen = parse_period(period) if isinstance(period, str) else period
    if chosen.ends_on >= today:
        raise Refused(
            _(
                "{title} has not ended yet: its last week runs to Sunday {ends_on}. Reports "
                "cover whole months or quarters, so that two reports cannot be compared to "
                "reveal small numbers."
            ).format(title=chosen.title, ends_on=long_date(chosen.ends_on))
        )
    return _build(db, chosen, rule, organisation, today)


def build_month_to_date(
    db: CoordinatorDb, rule: DisclosureRule | None = None, *, organisation: str = "",
    today: date | None = None,
) -> Report:  # fmt: skip
    """This month so far, for the coordinator's own eyes: labelled provisional and not for
    funders in its title and notes, in every format. Its figures go through the same
    disclosure control as any report, never a weaker rule than the default, so a file of it
    that reaches someone else still picks no one out."""
    rule = rule or DisclosureRule()
    floor = DisclosureRule()
    if (rule.suppress_up_to < floor.suppress_up_to or rule.round_to < floor.round_to
            or rule.min_people_for_mean < floor.min_people_for_mean):  # fmt: skip
        raise Refused(
            i18n._("Month-to-date figures are only ever made under the default disclosure control "
              "or a stricter one.")
        )  # fmt: skip
    today = today or date.today()
    return _build(db, month_to_date(today), rule, organisation, today, provisional=True)


def _build(
    db: CoordinatorDb, chosen: Period, rule: DisclosureRule, organisation: str, today: date,
    provisional: bool = False,
) -> Report:  # fmt: skip
    with db.session() as s:
        weeks, left_out = _week_rows(s, chosen)
        scores = _scores(s, chosen)
    months = chosen.months
    notes: tuple[str, ...] = (
        _(
            "{period}: ISO weeks from Monday {first} to Sunday {last}. Each week belongs to the "
            "month of its Thursday, so a month holds four or five whole weeks."
        ).format(
            period=chosen.title,
            first=long_date(chosen.starts_on),
            last=long_date(chosen.ends_on),
        ),
        _(
            "Figures come from the weekly summaries volunteers' logbooks sent: counts only, "
            "with no names, notes or places. This report holds no match, volunteer or device "
            "codes."
        ),
        _(
            "Weeks a volunteer sent for a match not assigned to them are left out until the "
            "coordinator assigns it."
        ),
        _("Summaries that arrive later can change these figures."),
    )
    if not weeks:
        notes = (_("No summaries cover this period yet."), *notes)
    if provisional:
        notes = (
            _(
                "PROVISIONAL: {period} so far, up to {day}, for the coordinator's own eyes. Not "
                "for funders: the month has not ended, its figures will change, and a "
                "month-to-date report read beside the full month's could reveal small numbers."
            ).format(period=chosen.title, day=long_date(today)),
            *notes,
        )
    return Report(
        organisation=organisation,
        period=chosen,
        rule=rule,
        made_on=today,
        contacts=_contacts(weeks, months, rule),
        hours=_hours(weeks, months, rule),
        active=_active(weeks, months, rule),
        concerns=_concerns(weeks, months, rule),
        measures=_measures(scores, rule, chosen),
        notes=notes,
        left_out=left_out,
        provisional=provisional,
    )


def long_date(day: date) -> str:
    """ "23 November 2026" in the core's language (strftime's %B would follow the C locale)."""
    month = _(MONTH_NAMES[day.month - 1])
    return _("{day} {month} {year}").format(day=day.day, month=month, year=day.year)


# --- reading the database -------------------------------------------------------------------


_T = TypeVar("_T")


def _counted(flagged: bool, sender: str | None, assigned_to: str | None) -> bool:
    return not flagged or (assigned_to is not None and assigned_to == sender)


def _week_rows(s: Session, period: Period) -> tuple[list[_MatchWeek], int]:
    modes = list(MODE_COLUMNS.items())
    # Plain columns, not ORM objects: building tens of thousands of those cost more than the
    # query. The weeks are found by ix_week_row_week.
    query = (
        select(
            WeekRow.week,
            WeekRow.match_code,
            WeekRow.visits,
            WeekRow.conversations,
            WeekRow.minutes,
            WeekRow.concerns_raised,
            WeekRow.concerns_reported,
            WeekRow.flagged,
            Device.volunteer,
            Assignment.volunteer,
            *(getattr(WeekRow, column) for _mode, column in modes),
        )
        .join(Device, Device.id == WeekRow.device_id, isouter=True)
        .join(Assignment, Assignment.match_code == WeekRow.match_code, isouter=True)
        .where(WeekRow.week.in_(period.weeks))
    )
    found, left_out = [], 0
    months: dict[str, Month] = {}
    for row in s.execute(query):
        week, match, visits, conversations, minutes, raised, reported, flagged = row[:8]
        sender, assigned_to, counts = row[8], row[9], row[10:]
        if not _counted(flagged, sender, assigned_to):
            left_out += 1
            continue
        if week not in months:
            months[week] = month_of_week(week)
        found.append(
            _MatchWeek(
                month=months[week],
                match=match,
                visits=visits,
                conversations=conversations,
                minutes=minutes,
                modes={mode: count for (mode, _column), count in zip(modes, counts, strict=True)},
                raised=raised,
                reported=reported,
            )
        )
    return found, left_out


def _scores(s: Session, period: Period) -> dict[str, dict[str, list[tuple[str, float]]]]:
    """Consented scores up to the period's end: measure → match → [(week, score)], for the
    matches that can count in it; a measure scored only before the period maps to no match.

    Only a match scored in the period can have its latest score there (`_first_and_latest`),
    so only those matches' histories are read, not every score ever taken.
    """
    query = (
        select(
            MeasureRow.measure,
            MeasureRow.match_code,
            MeasureRow.week,
            MeasureRow.score,
            WeekRow.flagged,
            Device.volunteer,
            Assignment.volunteer,
        )
        .join(
            WeekRow,
            and_(
                WeekRow.device_id == MeasureRow.device_id,
                WeekRow.week == MeasureRow.week,
                WeekRow.match_code == MeasureRow.match_code,
            ),
        )
        .join(Device, Device.id == MeasureRow.device_id, isouter=True)
        .join(Assignment, Assignment.match_code == MeasureRow.match_code, isouter=True)
        .where(MeasureRow.week <= period.last_week)
    )
    scored = (
        select(MeasureRow.measure, MeasureRow.match_code)
        .where(MeasureRow.week.in_(period.weeks))
        .distinct()
        .subquery()
    )
    found: dict[str, dict[str, list[tuple[str, float]]]] = defaultdict(lambda: defaultdict(list))
    for measure, match, week, score, flagged, sender, assigned_to in s.execute(
        query.join(
            scored,
            and_(
                scored.c.measure == MeasureRow.measure,
                scored.c.match_code == MeasureRow.match_code,
            ),
        )
    ):
        if _counted(flagged, sender, assigned_to):
            found[measure][match].append((week, score))
    # The report has a line for every measure counted up to the period's end, even with no
    # match in it: for the ones not seen yet, is any earlier score counted?
    others = [scale.name for scale in CATALOGUE if scale.name not in found]
    if others:
        for measure, *_, flagged, sender, assigned_to in s.execute(
            query.where(MeasureRow.measure.in_(others))
        ):
            if measure not in found and _counted(flagged, sender, assigned_to):
                found[measure] = defaultdict(list)
    return found


# --- the tables -----------------------------------------------------------------------------


def _positions(items: Sequence[_T]) -> dict[_T, int]:
    """Each item's row or column, looked up per week row (a list's `index` was a scan)."""
    return {item: n for n, item in reversed(list(enumerate(items)))}


def _month_labels(months: Sequence[Month]) -> list[str]:
    return [m.title for m in months]


def _contacts(
    weeks: list[_MatchWeek], months: Sequence[Month], rule: DisclosureRule
) -> ProtectedTable:
    modes = list(MODE_LABELS)
    values = [[0] * len(modes) for _month in months]
    row_of, column_of = _positions(months), _positions(modes)
    for w in weeks:
        row = values[row_of[w.month]]
        for mode, count in w.modes.items():
            row[column_of[mode]] += count
    return protect_table(
        _("Contacts by month and how they happened"),
        _month_labels(months),
        [_(label) for label in MODE_LABELS.values()],
        values,
        rule,
        rows_published_alone=True,
        notes=(_("Visits and conversations (calls, video calls and messages) together."),),
    )


def _kind(w: _MatchWeek) -> str:
    if w.visits and w.conversations:
        return _("Both in one week")
    if w.visits:
        return _("Visits")
    if w.conversations:
        return _("Conversations")
    return _("Kind not shared")


# Hours are rounded like counts, so a month's report and its quarter's cannot be subtracted
# to recover a hidden month exactly.
HOURS_ROUNDED_TO = 5


def _hours(
    weeks: list[_MatchWeek], months: Sequence[Month], rule: DisclosureRule
) -> ProtectedTable:
    kinds = [_("Visits"), _("Conversations"), _("Both in one week")]
    timed = [w for w in weeks if w.minutes]
    if any(_kind(w) == _("Kind not shared") for w in timed):
        kinds.append(_("Kind not shared"))
    values = [[0] * len(kinds) for _month in months]
    matches: dict[tuple[int, int], set[str]] = defaultdict(set)  # (row, col); -1 = total
    row_of, column_of = _positions(months), _positions(kinds)
    for w in timed:
        i, j = row_of[w.month], column_of[_kind(w)]
        values[i][j] += w.minutes or 0
        for key in ((i, j), (i, -1), (-1, j), (-1, -1)):
            matches[key].add(w.match)
    contributors = [
        [len(matches[(i, j)]) for j in [*range(len(kinds)), -1]] for i in [*range(len(months)), -1]
    ]
    notes = [
        _(
            "Each match's minutes for a week are rounded to the nearest 15 before they leave "
            "the volunteer's laptop."
        ),
        _(
            "A week's minutes come as one total, not split by kind, so weeks with both visits "
            "and conversations have their own column."
        ),
        ngettext(
            "Hours are shown only where more than {count} match contributes "
            "(otherwise {hidden}), rounded to the nearest {step}.",
            "Hours are shown only where more than {count} matches contribute "
            "(otherwise {hidden}), rounded to the nearest {step}.",
            rule.suppress_up_to,
        ).format(count=rule.suppress_up_to, hidden=HIDDEN, step=HOURS_ROUNDED_TO),
    ]
    if any(w.minutes is None and (w.visits or w.conversations) for w in weeks):
        notes.append(
            _(
                "Some weeks' minutes were not shared (the organisation's policy can switch them "
                "off); those weeks are left out of the hours."
            )
        )
    return protect_table(
        _("Hours of contact by month and kind"),
        _month_labels(months),
        kinds,
        values,
        rule,
        contributors=contributors,
        unit=MINUTES_UNIT,
        scale=60,
        decimals=0,
        hidden_width=rule.min_hidden_width * 60,  # a hidden figure stays vague by hours
        round_amount=HOURS_ROUNDED_TO * 60,
        rows_published_alone=True,
        notes=notes,
    )


def _active(
    weeks: list[_MatchWeek], months: Sequence[Month], rule: DisclosureRule
) -> ProtectedTable:
    kinds = [_("Visits only"), _("Conversations only"), _("Both")]
    seen: dict[tuple[Month, str], list[bool]] = defaultdict(lambda: [False, False])
    for w in weeks:
        if w.visits or w.conversations:
            flags = seen[(w.month, w.match)]
            flags[0] |= w.visits > 0
            flags[1] |= w.conversations > 0
    values = [[0] * len(kinds) for _month in months]
    row_of = _positions(months)
    for (month, _match), (visited, talked) in seen.items():
        column = 2 if visited and talked else (0 if visited else 1)
        values[row_of[month]][column] += 1
    notes = [_("A match is active in a month when it had at least one visit or conversation.")]
    if len(months) > 1:
        notes.append(
            _(
                "The total row adds the months: a match active in several months counts once "
                "in each."
            )
        )
    return protect_table(
        _("Active matches by month and kind of contact"),
        _month_labels(months),
        kinds,
        values,
        rule,
        rows_published_alone=True,
        notes=notes,
    )


def _concerns(
    weeks: list[_MatchWeek], months: Sequence[Month], rule: DisclosureRule
) -> ProtectedTable:
    values = [[0, 0] for _month in months]
    row_of = _positions(months)
    for w in weeks:
        row = values[row_of[w.month]]
        row[0] += w.reported
        row[1] += w.raised - w.reported
    table = protect_table(
        _("Safeguarding concerns raised, by month"),
        _month_labels(months),
        [_("Reported"), _("Not reported")],
        values,
        rule,
        rows_published_alone=True,
        total_label=_("Raised"),
        notes=(
            _(
                "Whether a concern was reported on is as the volunteer's logbook said when it "
                "last sent a summary."
            ),
            _("The percentage reported is worked out from the published (rounded) figures."),
        ),
    )
    return table.with_rate(_("Reported (%)"), 0)


def _first_and_latest(
    scores: Iterable[tuple[str, float]], weeks: frozenset[str]
) -> tuple[float, float] | None:
    """A match's first and latest score (the dashboard's rule, `outcomes`), if the latest falls
    in the period: consecutive reports then cover different matches, so one cannot be
    subtracted from the next to recover the one match the later report added."""
    taken = first_and_latest(scores)
    if taken is None or taken.latest_week not in weeks:
        return None
    return taken.first, taken.latest


def _measures(
    scores: dict[str, dict[str, list[tuple[str, float]]]], rule: DisclosureRule, period: Period
) -> MeasureTable:
    lines = []
    weeks = frozenset(period.weeks)  # once: a hundred thousand matches are looked up in it
    for scale in CATALOGUE:
        if scale.name not in scores:
            continue
        found = (_first_and_latest(v, weeks) for v in scores[scale.name].values())
        pairs = [p for p in found if p]
        firsts = [first for first, _ in pairs]
        latests = [latest for _, latest in pairs]
        change = protect_mean([b - a for a, b in pairs], rule, places=2)
        lines.append(
            MeasureLine(
                label=_(scale.label),
                higher_is_better=scale.higher_is_better,
                matches=rule.protect(len(pairs)),
                first=protect_mean(firsts, rule),
                latest=protect_mean(latests, rule),
                change=None if change is None else round(change, 1),
            )
        )
    notes = [
        _(
            "For each match measured at least twice (with consent) whose latest score falls in "
            "{period}: its first score and that latest one, then the mean over matches."
        ).format(period=period.title),
        ngettext(
            "Means are shown only over at least {count} match ({hidden} otherwise); the number "
            "of matches is protected like any count.",
            "Means are shown only over at least {count} matches ({hidden} otherwise); the "
            "number of matches is protected like any count.",
            rule.min_people_for_mean,
        ).format(count=rule.min_people_for_mean, hidden=HIDDEN),
        _("UCLA-3 and ONS4 anxiety are better when lower; the others when higher."),
    ]
    if not lines:
        notes.insert(0, _("No outcome measures were recorded with consent up to this period."))
    return MeasureTable(_("Outcome measures: first and latest scores"), tuple(lines), tuple(notes))


# --- files ----------------------------------------------------------------------------------


def default_file_name(report_period: str, fmt: str) -> str:
    if report_period.endswith("-to-date"):
        return f"provisional-not-for-funders-{report_period}.{fmt}"
    return f"funder-report-{report_period}.{fmt}"


def write_report(report: Report, fmt: str, path: Path) -> None:
    """Write the report as CSV or XLSX, atomically (PDF is drawn by the desktop app)."""
    if fmt == "csv":
        data = report_csv(report)
    elif fmt == "xlsx":
        data = report_xlsx(report)
    else:
        raise InvalidValue("--format", _("must be csv or xlsx here (PDF needs the desktop app)"))
    try:
        write_atomic(path, data)
    except OSError as exc:
        raise Refused(
            _("Cannot write the report to {path}: {strerror}.").format(
                path=path, strerror=exc.strerror
            )
        ) from None


def _safe(text: str) -> str:
    """Spreadsheets run text starting with = + - @ as a formula; labels never should."""
    return "'" + text if text[:1] in ("=", "+", "-", "@") else text


def table_rows(table: ProtectedTable, *, grouping: bool = False) -> list[list[str]]:
    """Header, one row per month, then the total row (left out when there is one month: it
    would repeat it). Hidden figures are `*`."""

    def text(value: int | None) -> str:
        shown = table.text(value)
        return shown if grouping else shown.replace(",", "")

    headers = [_("Month"), *table.column_labels, table.total_label]
    rates, total_rate = table.rate_texts()
    if table.rate is not None:
        headers.append(table.rate.label)
    rows = [headers]
    body = list(zip(table.row_labels, table.cells, table.row_totals, strict=True))
    for n, (label, cells, total) in enumerate(body):
        rows.append([label, *map(text, cells), text(total), *rates[n : n + 1]])
    if len(body) > 1:
        rows.append(
            [
                table.column_total_label,
                *map(text, table.column_totals),
                text(table.grand_total),
                *([total_rate] if table.rate else []),
            ]
        )
    return rows


def about_lines(report: Report) -> list[tuple[str, str]]:
    lines = [(_("Period"), report.period.title), (_("Made on"), long_date(report.made_on))]
    lines += [
        (_("How figures are protected") if n == 0 else "", words)
        for n, words in enumerate(report.rule.describe())
    ]
    lines += [(_("Notes") if n == 0 else "", note) for n, note in enumerate(report.notes)]
    return lines


def report_csv(report: Report) -> bytes:
    """One UTF-8 file (with a byte-order mark, so spreadsheets read it as UTF-8): the title
    and the rule, then each table under its own title row, with a blank row between."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow([_safe(report.title)])
    for label, text in about_lines(report):
        writer.writerow([label, _safe(text)])
    for table in report.tables:
        writer.writerow([])
        writer.writerow([table.title])
        for row in table_rows(table):
            writer.writerow([_safe(cell) if not _numeric(cell) else cell for cell in row])
        for note in table.notes:
            writer.writerow([_("Note"), note])
    writer.writerow([])
    writer.writerow([report.measures.title])
    writer.writerow(report.measures.headers)
    for line in report.measures.lines:
        writer.writerow(report.measures.row_texts(line))
    for note in report.measures.notes:
        writer.writerow([_("Note"), note])
    return out.getvalue().encode("utf-8-sig")


# A figure as the tables write it: ASCII digits only (float() would also take "nan", "1_0"
# and other scripts' digits).
_NUMBER = re.compile(r"[+-]?[0-9]+(?:\.[0-9]+)?")


def _numeric(text: str) -> bool:
    return _NUMBER.fullmatch(text) is not None


def report_xlsx(report: Report) -> bytes:
    """One sheet for the title and the rule, then one per table; totals in bold."""
    import xlsxwriter  # type: ignore[import-untyped]

    buffer = io.BytesIO()
    book = xlsxwriter.Workbook(
        buffer, {"in_memory": True, "strings_to_formulas": False, "strings_to_urls": False}
    )
    book.set_properties({"title": report.title, "subject": report.period.title})
    title = book.add_format({"bold": True, "font_size": 14})
    bold = book.add_format({"bold": True})
    head = book.add_format({"bold": True, "bottom": 1, "text_wrap": True, "valign": "bottom"})
    wrap = book.add_format({"text_wrap": True, "valign": "top"})
    formats = {
        (decimals, strong): book.add_format(
            {
                "num_format": "#,##0" + ("." + "0" * decimals if decimals else ""),
                "bold": strong,
                "align": "right",
            }
        )
        for decimals in (0, 1)
        for strong in (False, True)
    }
    hidden = {
        strong: book.add_format({"align": "right", "bold": strong}) for strong in (False, True)
    }

    about = book.add_worksheet(_("About"))
    about.set_column(0, 0, 26)
    about.set_column(1, 1, 100, wrap)
    about.write(0, 0, report.title, title)
    for n, (label, text) in enumerate(about_lines(report), start=2):
        about.write(n, 0, label, bold)
        about.write(n, 1, text)

    names = [_("Contacts"), _("Hours"), _("Active matches"), _("Concerns")]
    for name, table in zip(names, report.tables, strict=True):
        sheet = book.add_worksheet(name)
        sheet.write(0, 0, table.title, title)
        rows = table_rows(table)
        sheet.set_column(0, 0, 18)
        sheet.set_column(1, len(rows[0]) - 1, 14)
        sheet.set_row(2, 30)
        last_row = len(rows) - 1 if len(table.row_labels) > 1 else -1
        for r, row in enumerate(rows):
            for c, cell in enumerate(row):
                at = (r + 2, c)
                strong = r == last_row or c == len(table.column_labels) + 1
                if r == 0:
                    sheet.write(*at, cell, head)
                elif c == 0:
                    sheet.write(*at, cell, bold if r == last_row else None)
                elif not _numeric(cell):  # hidden (*), or no percentage (–)
                    sheet.write_string(*at, cell, hidden[strong])
                else:
                    decimals = 0 if table.rate and c == len(row) - 1 else table.decimals
                    sheet.write_number(*at, float(cell), formats[(decimals, strong)])
        below = len(rows) + 3
        hidden_note = _("{hidden} hidden to protect privacy.").format(hidden=HIDDEN)
        for n, note in enumerate((hidden_note, *table.notes)):
            sheet.write(below + n, 0, note)

    sheet = book.add_worksheet(_("Outcomes"))
    measures = report.measures
    sheet.write(0, 0, measures.title, title)
    sheet.set_column(0, 0, 44)
    sheet.set_column(1, 5, 13)
    sheet.set_row(2, 30)
    for c, header in enumerate(measures.headers):
        sheet.write(2, c, header, head)
    change = book.add_format({"num_format": "+0.0;-0.0;0.0", "align": "right"})
    for r, line in enumerate(measures.lines, start=3):
        for c, cell in enumerate(measures.row_texts(line)):
            if c >= 2 and _numeric(cell):
                number = change if c == 5 else formats[(0 if c == 2 else 1, False)]
                sheet.write_number(r, c, float(cell), number)
            else:
                sheet.write_string(r, c, cell, hidden[False] if c >= 2 else None)
    below = len(measures.lines) + 4
    for n, note in enumerate(measures.notes):
        sheet.write(below + n, 0, note)
    book.close()
    return buffer.getvalue()
