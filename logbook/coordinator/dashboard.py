"""The coordinator's dashboard as plain values: contact per match, alerts, activity, trends.

Every figure comes from SQL aggregates over the imported week rows, so the dashboard stays
quick however many bundles have been imported. Weeks are ISO weeks (`2026-W05`): the summary
never carries a day, so "weeks since contact" counts whole weeks from the current one.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from enum import StrEnum
from typing import TYPE_CHECKING

from sqlalchemy import case, func, select, text
from sqlalchemy.orm import Session
from sqlalchemy.sql import ColumnElement

from logbook.coordinator.database import CoordinatorDb
from logbook.coordinator.devices import DeviceInfo, DeviceService
from logbook.coordinator.outcomes import first_and_latest
from logbook.coordinator.schema import (
    CONCERNS,
    Assignment,
    Device,
    MeasureRow,
    Receipt,
    WeekRow,
)
from logbook.records.measure_catalogue import SCALES, catalogue_order
from logbook.statuses import DeviceStatus, ReceiptStatus
from logbook.weeks import iso_week, month_of, weeks_between

if TYPE_CHECKING:
    from logbook.coordinator.alert_acks import Acknowledged

NO_CONTACT_WEEKS = 3  # an alert when a match has had no contact for this many weeks
RECENT_WEEKS = 4  # "the last 4 weeks": this week and the three before it
# The summary carries no end date: a match silent for longer than this is taken to have
# ended. It stays in the matches table, but no longer raises an alert.
DORMANT_WEEKS = 26
MONTHS = 12


class AlertKind(StrEnum):
    """In the order the dashboard lists them: what needs someone's action first."""

    CONCERN_UNREPORTED = "concern_unreported"
    NO_CONTACT = "no_contact"
    FLAGGED = "flagged"
    GAP = "gap"
    PENDING_DEVICE = "pending_device"
    HELD = "held"
    FOLLOW_UP = "follow_up"


ALERT_ORDER = {kind: n for n, kind in enumerate(AlertKind)}


@dataclass(frozen=True)
class Alert:
    """One thing to look at. The UI words it; the core only gives the facts."""

    kind: AlertKind
    subject: str  # a match code, or a device id for device alerts
    volunteer: str | None = None
    week: str | None = None  # the week it concerns (last contact, the concern's week)
    count: int = 0  # weeks without contact, concerns, follow-ups, flagged weeks, held bundles
    reported: int = 0  # concerns: how many of `count` were reported
    device: str | None = None  # flagged rows: the device that sent them
    detail: tuple[str, ...] = ()  # gaps: missing sequence ranges, e.g. "epoch 1: 4, 7-9"


@dataclass(frozen=True)
class MatchContact:
    code: str
    volunteer: str | None  # assigned volunteer, else the one whose device sent it last
    last_contact: str | None  # ISO week of the last visit or conversation
    weeks_since: int | None  # whole weeks from the last contact to this week
    contacts_recent: int  # visits and conversations in the last RECENT_WEEKS weeks
    contacts: int  # all the visits and conversations imported
    unreported_concerns: int
    flagged: bool  # some rows came from a device whose volunteer does not have this code
    assigned: bool


@dataclass(frozen=True)
class VolunteerActivity:
    volunteer: str
    contacts: int  # in the last RECENT_WEEKS weeks
    minutes: int | None  # likewise; None if no summary carried minutes (policy)
    matches: int  # match codes assigned
    devices: int  # approved devices
    last_bundle: datetime | None  # UTC, naive: when the latest bundle was imported

    @property
    def hours(self) -> float | None:
        return None if self.minutes is None else self.minutes / 60


@dataclass(frozen=True)
class MonthContacts:
    month: date  # the first day of the month
    contacts: int
    minutes: int | None


@dataclass(frozen=True)
class MatchScores:
    match_code: str
    first_week: str
    first: float
    latest_week: str
    latest: float

    @property
    def change(self) -> float:
        return self.latest - self.first


@dataclass(frozen=True)
class OutcomeChange:
    """First against latest score of one measure, over the matches scored at least twice."""

    measure: str  # as stored: ucla3, ons_direct, swemwbs, ons4.anxiety, ...
    low: float
    high: float
    higher_is_better: bool
    n: int  # matches with a first and a later score
    mean_first: float | None
    mean_latest: float | None
    baseline_only: int  # matches with a first score and nothing since
    matches: tuple[MatchScores, ...]

    @property
    def mean_change(self) -> float | None:
        if self.mean_first is None or self.mean_latest is None:
            return None
        return self.mean_latest - self.mean_first

    @property
    def improved(self) -> bool | None:
        change = self.mean_change
        if change is None or change == 0:
            return None
        return (change > 0) == self.higher_is_better


@dataclass(frozen=True)
class Dashboard:
    today: date
    week: str
    no_contact_weeks: int
    alerts: tuple[Alert, ...]
    matches: tuple[MatchContact, ...]
    volunteers: tuple[VolunteerActivity, ...]
    months: tuple[MonthContacts, ...]
    outcomes: tuple[OutcomeChange, ...]
    devices: tuple[DeviceInfo, ...]
    acknowledged: tuple[Acknowledged, ...] = ()  # alerts kept out of `alerts` until newly true


def _contacts() -> ColumnElement[int]:
    return WeekRow.visits + WeekRow.conversations


def load_dashboard(
    db: CoordinatorDb,
    today: date | None = None,
    no_contact_weeks: int = NO_CONTACT_WEEKS,
) -> Dashboard:
    """Everything the dashboard shows, in one read."""
    # alert_acks builds on this module's Alert: imported here, where both are needed.
    from logbook.coordinator.alert_acks import AlertAcks

    today = today or date.today()
    devices = tuple(DeviceService(db).list())
    with db.session() as s:
        matches = match_contacts(s, today)
        found = alerts(s, today, matches, devices, no_contact_weeks)
        shown, acknowledged = AlertAcks(db).split(s, found, today, no_contact_weeks)
        return Dashboard(
            today=today,
            week=iso_week(today),
            no_contact_weeks=no_contact_weeks,
            alerts=tuple(shown),
            acknowledged=tuple(acknowledged),
            matches=tuple(matches),
            volunteers=tuple(volunteer_activity(s, today)),
            months=tuple(contacts_per_month(s, today)),
            outcomes=tuple(outcome_changes(s)),
            devices=devices,
        )


@dataclass
class _Totals:
    """One match's figures, summed over the devices that sent it."""

    last: str | None = None
    total: int = 0
    recent: int = 0
    unreported: int = 0
    flagged: bool = False


def match_contacts(s: Session, today: date) -> list[MatchContact]:
    """Every match code seen in a summary or assigned, most overdue first."""
    since = iso_week(today - timedelta(weeks=RECENT_WEEKS - 1))
    contacts = _contacts()
    # One pass over the covering index ix_week_row_match_totals, by match and device: the
    # figures of each match are summed from its devices' below, and the device that sent a
    # match's latest week names its volunteer if the code is not assigned.
    rows = s.execute(
        select(
            WeekRow.match_code,
            WeekRow.device_id,
            func.max(case((contacts > 0, WeekRow.week))),
            func.coalesce(func.sum(contacts), 0),
            func.coalesce(func.sum(case((WeekRow.week >= since, contacts), else_=0)), 0),
            func.coalesce(func.sum(WeekRow.concerns_raised - WeekRow.concerns_reported), 0),
            func.max(case((WeekRow.flagged, 1), else_=0)),
            func.max(WeekRow.week),
        ).group_by(WeekRow.match_code, WeekRow.device_id)
    ).all()
    assigned = dict(s.execute(select(Assignment.match_code, Assignment.volunteer)).all())
    volunteer_of = dict(s.execute(select(Device.id, Device.volunteer)).all())
    totals: dict[str, _Totals] = {}
    senders: dict[str, tuple[str, str | None]] = {}
    for code, device, last, total, recent, unreported, flagged, newest in rows:
        match = totals.setdefault(code, _Totals())
        if last is not None and (match.last is None or last > match.last):
            match.last = last
        match.total += int(total)
        match.recent += int(recent)
        match.unreported += int(unreported)
        match.flagged = match.flagged or bool(flagged)
        # Only rows from a known device name a sender (as the join on Device did).
        if device in volunteer_of and (code not in senders or newest > senders[code][0]):
            senders[code] = (newest, volunteer_of[device])
    found = []
    for code, match in totals.items():
        found.append(
            MatchContact(
                code=code,
                volunteer=assigned.get(code) or senders.get(code, ("", None))[1],
                last_contact=match.last,
                weeks_since=None if match.last is None else weeks_between(match.last, today),
                contacts_recent=match.recent,
                contacts=match.total,
                unreported_concerns=match.unreported,
                flagged=match.flagged,
                assigned=code in assigned,
            )
        )
    seen = {m.code for m in found}
    found += [
        MatchContact(code, volunteer, None, None, 0, 0, 0, False, True)
        for code, volunteer in assigned.items()
        if code not in seen
    ]
    never = 10**6  # no contact at all sorts first

    def overdue(m: MatchContact) -> tuple[int, str]:
        return (-(never if m.weeks_since is None else m.weeks_since), m.code)

    return sorted(found, key=overdue)


def alerts(
    s: Session,
    today: date,
    matches: list[MatchContact],
    devices: tuple[DeviceInfo, ...],
    no_contact_weeks: int = NO_CONTACT_WEEKS,
) -> list[Alert]:
    found: list[Alert] = []
    found += _concern_alerts(s)
    found += _no_contact_alerts(s, today, matches, no_contact_weeks)
    found += _flagged_alerts(s)
    for device in devices:
        if device.gaps and device.status != DeviceStatus.REVOKED:  # its bundles are refused anyway
            found.append(Alert(AlertKind.GAP, device.id, device.volunteer, detail=device.gaps))
        if device.status == DeviceStatus.PENDING:
            found.append(Alert(AlertKind.PENDING_DEVICE, device.id, count=device.held))
        elif device.held:
            found.append(Alert(AlertKind.HELD, device.id, device.volunteer, count=device.held))
    found += _follow_up_alerts(s, today)
    # Stable: within a kind, each helper's own order (most serious first) is kept.
    return sorted(found, key=lambda a: ALERT_ORDER[a.kind])


def _volunteers(s: Session) -> dict[str, str]:
    return dict(s.execute(select(Assignment.match_code, Assignment.volunteer)).all())


def _concern_alerts(s: Session) -> list[Alert]:
    """Unreported concerns whenever raised, until the volunteer's app says reported; a
    reported concern leaves the list (the matches table still counts it)."""
    raised, reported = func.sum(WeekRow.concerns_raised), func.sum(WeekRow.concerns_reported)
    rows = s.execute(
        select(WeekRow.match_code, WeekRow.week, raised, reported)
        # Rows with neither count add nothing to either sum: the partial index ix_week_row_
        # concerns holds only the others, so the history is not read.
        .where(text(CONCERNS))
        .group_by(WeekRow.match_code, WeekRow.week)
        .having(raised > 0)
        .order_by(WeekRow.week.desc(), WeekRow.match_code)
    ).all()
    volunteers = _volunteers(s)
    return [
        Alert(
            AlertKind.CONCERN_UNREPORTED,
            code,
            volunteers.get(code),
            week,
            int(n_raised),
            int(n_reported),
        )
        for code, week, n_raised, n_reported in rows
        if n_reported < n_raised
    ]


def _no_contact_alerts(
    s: Session, today: date, matches: list[MatchContact], weeks: int
) -> list[Alert]:
    assigned_at = dict(s.execute(select(Assignment.match_code, Assignment.assigned_at)).all())
    ended = set(s.scalars(select(Assignment.match_code).where(Assignment.ended_on.is_not(None))))
    found = []
    for m in matches:  # already most overdue first
        if m.code in ended:
            continue  # the coordinator ended it: silence is expected
        if m.weeks_since is None:
            # Never a contact: due once the code has been assigned for that long.
            since = assigned_at.get(m.code)
            if since is not None and (today - since.date()).days >= weeks * 7:
                found.append(Alert(AlertKind.NO_CONTACT, m.code, m.volunteer))
        elif weeks <= m.weeks_since <= DORMANT_WEEKS:
            found.append(
                Alert(AlertKind.NO_CONTACT, m.code, m.volunteer, m.last_contact, m.weeks_since)
            )
    return found


def _flagged_alerts(s: Session) -> list[Alert]:
    rows = s.execute(
        select(
            WeekRow.match_code,
            WeekRow.device_id,
            Device.volunteer,
            func.count(),
            func.max(WeekRow.week),
        )
        .join(Device, Device.id == WeekRow.device_id)
        .where(WeekRow.flagged)
        .group_by(WeekRow.match_code, WeekRow.device_id, Device.volunteer)
        .order_by(func.max(WeekRow.week).desc(), WeekRow.match_code)
    ).all()
    return [
        Alert(AlertKind.FLAGGED, code, volunteer, last, int(n), device=device)
        for code, device, volunteer, n, last in rows
    ]


def _follow_up_alerts(s: Session, today: date) -> list[Alert]:
    since = iso_week(today - timedelta(weeks=RECENT_WEEKS - 1))
    wanted = func.sum(WeekRow.follow_ups)
    rows = s.execute(
        select(WeekRow.match_code, WeekRow.week, wanted)
        .where(WeekRow.week >= since)
        .group_by(WeekRow.match_code, WeekRow.week)
        .having(wanted > 0)
        .order_by(WeekRow.week.desc(), WeekRow.match_code)
    ).all()
    volunteers = _volunteers(s)
    return [
        Alert(AlertKind.FOLLOW_UP, code, volunteers.get(code), week, int(n))
        for code, week, n in rows
    ]


def volunteer_activity(s: Session, today: date) -> list[VolunteerActivity]:
    """Per volunteer code: contacts and minutes of the last RECENT_WEEKS weeks, last bundle."""
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
    # Each device's newest import is one probe of ix_receipt_device_received, not a read of
    # every receipt; volunteers none of whose devices imported anything are left out.
    newest = (
        select(func.max(Receipt.received_at))
        .where(Receipt.device_id == Device.id, Receipt.status == ReceiptStatus.IMPORTED)
        .correlate(Device)
        .scalar_subquery()
    )
    per_device = (
        select(Device.volunteer, newest.label("newest"))
        .where(Device.volunteer.is_not(None))
        .subquery()
    )
    last_bundle = dict(
        s.execute(
            select(per_device.c.volunteer, func.max(per_device.c.newest))
            .group_by(per_device.c.volunteer)
            .having(func.max(per_device.c.newest).is_not(None))
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


def contacts_per_month(s: Session, today: date, months: int = MONTHS) -> list[MonthContacts]:
    """Visits and conversations per calendar month, the last `months` months (this one too),
    each ISO week counted in the month of its Thursday."""
    first = today.replace(day=1)
    for _ in range(months - 1):
        first = (first - timedelta(days=1)).replace(day=1)
    by_month: dict[date, list[int | None]] = {}
    cursor = first
    while cursor <= today:
        by_month[cursor] = [0, None]
        cursor = (cursor + timedelta(days=32)).replace(day=1)
    for week, contacts, minutes in s.execute(
        select(WeekRow.week, func.sum(_contacts()), func.sum(WeekRow.minutes))
        .where(WeekRow.week >= iso_week(first - timedelta(days=7)))
        .group_by(WeekRow.week)
    ).all():
        slot = by_month.get(month_of(week))
        if slot is None:
            continue
        slot[0] = (slot[0] or 0) + int(contacts or 0)
        if minutes is not None:
            slot[1] = (slot[1] or 0) + int(minutes)
    return [MonthContacts(month, int(c or 0), m) for month, (c, m) in by_month.items()]


def outcome_changes(s: Session) -> list[OutcomeChange]:
    """Per measure: each match's first score against its latest (by `outcomes`' rule, the
    report's too), and their means."""
    scored: dict[str, dict[str, list[tuple[str, float]]]] = defaultdict(lambda: defaultdict(list))
    for measure, code, week, score in s.execute(
        select(
            MeasureRow.measure, MeasureRow.match_code, MeasureRow.week, func.avg(MeasureRow.score)
        ).group_by(MeasureRow.measure, MeasureRow.match_code, MeasureRow.week)
    ).all():
        scored[measure][code].append((week, float(score)))
    found = []
    for measure in sorted(scored, key=catalogue_order):
        pairs, baseline = [], 0
        for code in sorted(scored[measure]):
            taken = first_and_latest(scored[measure][code])
            if taken is None:
                baseline += 1
                continue
            pairs.append(
                MatchScores(code, taken.first_week, taken.first, taken.latest_week, taken.latest)
            )
        n = len(pairs)
        scale = SCALES.get(measure)
        if scale is None:  # a measure newer than this app: its own range
            values = [v for p in pairs for v in (p.first, p.latest)] or [0.0, 1.0]
            low, high, better = min(values), max(values), True
        else:
            low, high, better = scale.low, scale.high, scale.higher_is_better
        found.append(
            OutcomeChange(
                measure=measure,
                low=float(low),
                high=float(high),
                higher_is_better=better,
                n=n,
                mean_first=sum(p.first for p in pairs) / n if n else None,
                mean_latest=sum(p.latest for p in pairs) / n if n else None,
                baseline_only=baseline,
                matches=tuple(pairs),
            )
        )
    return found
