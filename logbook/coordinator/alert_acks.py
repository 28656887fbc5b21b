"""Acknowledging alerts: who saw one, when, and why; it comes back only when newly true.

An acknowledgement keeps what the alert said at the time (`state`). The alert stays out of
the list while it says no more than that: a new unreported concern in the same week (more
raised than when acknowledged), a new silence (a later last contact), or another whole alert
period without contact since the acknowledgement brings it back, as does any change in
what the other alerts say (more flagged weeks, more held bundles, other missing bundles).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from logbook.coordinator.audit import record
from logbook.coordinator.dashboard import Alert, AlertKind
from logbook.coordinator.database import CoordinatorDb
from logbook.coordinator.schema import AlertAcknowledgement
from logbook.db.store import Store
from logbook.errors import InvalidValue, NotFound
from logbook.i18n import _
from logbook.profile_settings import NO_CONTACT_WEEKS
from logbook.records.clock import utc_now

# Alerts about one week of a match: a later week's is another alert.
PER_WEEK = frozenset({AlertKind.CONCERN_UNREPORTED, AlertKind.FOLLOW_UP})
MAX_NOTE = 500
MAX_BY = 64


@dataclass(frozen=True)
class Acknowledged:
    """An alert kept out of the list, and by whom."""

    alert: Alert
    key: str
    by: str
    at: datetime  # UTC, naive
    note: str | None


def alert_key(alert: Alert) -> str:
    """A stable name for the alert: the CLI's handle, and the acknowledgement's key."""
    week = alert.week if alert.kind in PER_WEEK else ""
    return ":".join((alert.kind.value, alert.subject, alert.device or "", week or ""))


def alert_state(alert: Alert) -> str:
    """What the alert says now, as far as coming back depends on it."""
    if alert.kind is AlertKind.CONCERN_UNREPORTED:
        return str(alert.count)  # concerns raised that week
    if alert.kind is AlertKind.NO_CONTACT:
        return alert.week or ""  # the last contact: a later one is a new silence
    return "|".join((alert.week or "", str(alert.count), "; ".join(alert.detail)))[:300]


def still_acknowledged(
    alert: Alert, ack: AlertAcknowledgement, today: date, no_contact_weeks: int
) -> bool:
    if alert.kind is AlertKind.CONCERN_UNREPORTED:
        return ack.state.isdigit() and alert.count <= int(ack.state)
    if alert.kind is AlertKind.NO_CONTACT:
        period = timedelta(weeks=no_contact_weeks)
        return ack.state == alert_state(alert) and today < ack.at.date() + period
    return ack.state == alert_state(alert)


def clean(text: str | None, field: str, limit: int) -> str | None:
    if text is None or not text.strip():
        return None
    text = text.strip()
    if len(text) > limit:
        raise InvalidValue(field, _("at most {limit} characters").format(limit=limit))
    return text


class AlertAcks:
    def __init__(self, db: CoordinatorDb) -> None:
        self._db = db

    def split(
        self, s: Session, alerts: Iterable[Alert], today: date, no_contact_weeks: int
    ) -> tuple[list[Alert], list[Acknowledged]]:
        """(alerts to show, alerts kept out by a standing acknowledgement)."""
        acks = {a.key: a for a in s.scalars(select(AlertAcknowledgement))}
        shown: list[Alert] = []
        kept: list[Acknowledged] = []
        for alert in alerts:
            key = alert_key(alert)
            ack = acks.get(key)
            if ack is not None and still_acknowledged(alert, ack, today, no_contact_weeks):
                kept.append(Acknowledged(alert, key, ack.by, ack.at, ack.note))
            else:
                shown.append(alert)
        return shown, kept

    def acknowledge(self, alert: Alert, by: str, note: str | None = None) -> Acknowledged:
        """Record who saw `alert` (as it is now) and why; an audit line says so."""
        who = clean(by, _("who"), MAX_BY)
        if who is None:
            raise InvalidValue(_("who"), _("say who acknowledges the alert"))
        note = clean(note, _("note"), MAX_NOTE)
        key, now = alert_key(alert), utc_now()
        with self._db.session() as s:
            row = s.get(AlertAcknowledgement, key)
            if row is None:
                row = AlertAcknowledgement(key=key, kind=alert.kind.value, subject=alert.subject)
                s.add(row)
            row.state, row.by, row.at, row.note = alert_state(alert), who, now, note
            # The note is the coordinator's own words: kept with the acknowledgement only.
            detail = f"{alert.kind.value} by {who}" + (" (with a note)" if note else "")
            record(s, "acknowledge", alert.subject, "acknowledged", detail)
        return Acknowledged(alert, key, who, now, note)


def saved_no_contact_weeks(store: Store) -> int:
    """The alert period the coordinator chose in the app (the dashboard's default if none)."""
    return store.read(NO_CONTACT_WEEKS)


def find_alert(alerts: Iterable[Alert], key: str) -> Alert:
    for alert in alerts:
        if alert_key(alert) == key.strip():
            return alert
    raise NotFound(
        _("There is no alert {key} now; `logbook coordinator alerts` lists them.").format(key=key)
    )
