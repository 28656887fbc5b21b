"""The dashboard's and report's queries as they were before issue 15 (each read the whole
history), kept to check that the rewrites that read only what they need give the same
results (test_scale_queries.py)."""

from __future__ import annotations

from collections import defaultdict
from datetime import date, timedelta

from sqlalchemy import and_, case, func, select
from sqlalchemy.orm import Session, defer

from logbook.coordinator import report
from logbook.coordinator.contact_modes import MODE_COLUMNS
from logbook.coordinator.dashboard import (
    RECENT_WEEKS,
    Alert,
    AlertKind,
    MatchContact,
    VolunteerActivity,
    _contacts,
    _volunteers,
)
from logbook.coordinator.periods import Period, month_of_week
from logbook.coordinator.schema import Assignment, Device, MeasureRow, Receipt, WeekRow
from logbook.statuses import DeviceStatus, ReceiptStatus
from logbook.weeks import iso_week, weeks_between


def match_contacts(s: Session, today: date) -> list[MatchContact]:
    since = iso_week(today - timedelta(weeks=RECENT_WEEKS - 1))
    contacts = _contacts()
    rows = s.execute(
        select(
            WeekRow.match_code,
            func.max(case((contacts > 0, WeekRow.week))),
            func.coalesce(func.sum(contacts), 0),
            func.coalesce(func.sum(case((WeekRow.week >= since, contacts), else_=0)), 0),
            func.coalesce(func.sum(WeekRow.concerns_raised - WeekRow.concerns_reported), 0),
            func.max(case((WeekRow.flagged, 1), else_=0)),
        ).group_by(WeekRow.match_code)
    ).all()
    assigned = dict(s.execute(select(Assignment.match_code, Assignment.volunteer)).all())
    senders: dict[str, tuple[str, str | None]] = {}
    for code, volunteer, week in s.execute(
        select(WeekRow.match_code, Device.volunteer, func.max(WeekRow.week))
        .join(Device, Device.id == WeekRow.device_id)
        .group_by(WeekRow.match_code, Device.volunteer)
    ).all():
        if code not in senders or week > senders[code][0]:
            senders[code] = (week, volunteer)
    found = [
        MatchContact(
            code=code,
            volunteer=assigned.get(code) or senders.get(code, ("", None))[1],
            last_contact=last,
            weeks_since=None if last is None else weeks_between(last, today),
            contacts_recent=int(recent),
            contacts=int(total),
            unreported_concerns=int(unreported),
            flagged=bool(flagged),
            assigned=code in assigned,
        )
        for code, last, total, recent, unreported, flagged in rows
    ]
    seen = {m.code for m in found}
    found += [
        MatchContact(code, volunteer, None, None, 0, 0, 0, False, True)
        for code, volunteer in assigned.items()
        if code not in seen
    ]
    never = 10**6

    def overdue(m: MatchContact) -> tuple[int, str]:
        return (-(never if m.weeks_since is None else m.weeks_since), m.code)

    return sorted(found, key=overdue)


def concern_alerts(s: Session) -> list[Alert]:
    raised, reported = func.sum(WeekRow.concerns_raised), func.sum(WeekRow.concerns_reported)
    rows = s.execute(
        select(WeekRow.match_code, WeekRow.week, raised, reported)
        .group_by(WeekRow.match_code, WeekRow.week)
        .having(raised > 0)
        .order_by(WeekRow.week.desc(), WeekRow.match_code)
    ).all()
    volunteers = _volunteers(s)
    return [
        Alert(AlertKind.CONCERN_UNREPORTED, code, volunteers.get(code), week, int(a), int(b))
        for code, week, a, b in rows
        if b < a
    ]


def volunteer_activity(s: Session, today: date) -> list[VolunteerActivity]:
    since = iso_week(today - timedelta(weeks=RECENT_WEEKS - 1))
    recent = {
        volunteer: (int(contacts or 0), minutes)
        for volunteer, contacts, minutes in s.execute(
            select(Device.volunteer, func.sum(_contacts()), func.sum(WeekRow.minutes))
            .join(Device, Device.id == WeekRow.device_id)
            .where(WeekRow.week >= since, Device.volunteer.is_not(None))
            .group_by(Device.volunteer)
        ).all()
    }
    last_bundle = dict(
        s.execute(
            select(Device.volunteer, func.max(Receipt.received_at))
            .join(Device, Device.id == Receipt.device_id)
            .where(Receipt.status == ReceiptStatus.IMPORTED, Device.volunteer.is_not(None))
            .group_by(Device.volunteer)
        ).all()
    )
    matches = dict(
        s.execute(select(Assignment.volunteer, func.count()).group_by(Assignment.volunteer)).all()
    )
    devices = dict(
        s.execute(
            select(Device.volunteer, func.count())
            .where(Device.status == DeviceStatus.APPROVED, Device.volunteer.is_not(None))
            .group_by(Device.volunteer)
        ).all()
    )
    known = set(recent) | set(last_bundle) | set(matches) | set(devices)
    found = []
    for code in sorted(c for c in known if c):
        contacts, minutes = recent.get(code, (0, None))
        found.append(
            VolunteerActivity(
                volunteer=code,
                contacts=contacts,
                minutes=None if minutes is None else int(minutes),
                matches=int(matches.get(code, 0)),
                devices=int(devices.get(code, 0)),
                last_bundle=last_bundle.get(code),
            )
        )
    return found


def sequences(s: Session) -> dict[str, dict[int, set[int]]]:
    """Every sequence number of every device (the gaps were worked out from all of them)."""
    found: dict[str, dict[int, set[int]]] = {}
    for device, epoch, sequence in s.execute(
        select(Receipt.device_id, Receipt.epoch, Receipt.sequence).where(
            Receipt.status.in_((ReceiptStatus.IMPORTED, ReceiptStatus.CONFLICT, ReceiptStatus.HELD))
        )
    ).all():
        if device is not None and epoch is not None and sequence is not None:
            found.setdefault(device, {}).setdefault(epoch, set()).add(sequence)
    return found


def week_rows(s: Session, period: Period) -> tuple[list[report._MatchWeek], int]:
    query = (
        select(WeekRow, Device.volunteer, Assignment.volunteer)
        .join(Device, Device.id == WeekRow.device_id, isouter=True)
        .join(Assignment, Assignment.match_code == WeekRow.match_code, isouter=True)
        .where(WeekRow.week.in_(period.weeks))
        .options(defer(WeekRow.detail))
    )
    found, left_out = [], 0
    for row, sender, assigned_to in s.execute(query):
        if not report._counted(row.flagged, sender, assigned_to):
            left_out += 1
            continue
        found.append(
            report._MatchWeek(
                month=month_of_week(row.week),
                match=row.match_code,
                visits=row.visits,
                conversations=row.conversations,
                minutes=row.minutes,
                modes={mode: getattr(row, column) for mode, column in MODE_COLUMNS.items()},
                raised=row.concerns_raised,
                reported=row.concerns_reported,
            )
        )
    return found, left_out


def scores(s: Session, period: Period) -> dict[str, dict[str, list[tuple[str, float]]]]:
    """Every consented score up to the period's end, of every match."""
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
    found: dict[str, dict[str, list[tuple[str, float]]]] = defaultdict(lambda: defaultdict(list))
    for measure, match, week, score, flagged, sender, assigned_to in s.execute(query):
        if report._counted(flagged, sender, assigned_to):
            found[measure][match].append((week, score))
    return found
