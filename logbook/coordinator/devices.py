"""Devices and volunteers: approve a device against a volunteer code, revoke, assign codes."""

from __future__ import annotations

import builtins
import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlalchemy import and_, func, or_, select, update
from sqlalchemy.orm import Session

from logbook.coordinator.audit import record
from logbook.coordinator.database import CoordinatorDb
from logbook.coordinator.schema import Assignment, Device, HeldBundle, Receipt, WeekRow
from logbook.errors import InvalidValue, NotFound, Refused
from logbook.i18n import _
from logbook.identity.fingerprint import same_fingerprint
from logbook.identity.signing import unb64
from logbook.org.assignments import AssignedCode, Assignments
from logbook.records.clock import utc_now
from logbook.records.values import match_code
from logbook.statuses import DeviceStatus, ReceiptStatus

VOLUNTEER_CODE = re.compile(r"^[A-Z0-9][A-Z0-9-]{0,31}$")


@dataclass(frozen=True)
class AssignmentInfo:
    match_code: str
    volunteer: str
    assigned_at: datetime
    ended_on: date | None


@dataclass(frozen=True)
class DeviceInfo:
    id: str
    fingerprint: str
    status: DeviceStatus
    volunteer: str | None
    first_seen: datetime
    last_seen: datetime
    held: int
    gaps: tuple[str, ...]  # e.g. "epoch 1: 4, 7-9" for bundles never seen
    # The coordinator typed what the volunteer read out and it matched (lists show only this).
    confirmed: bool = False


def volunteer_code(value: str) -> str:
    code = value.strip().upper()
    if not VOLUNTEER_CODE.match(code):
        raise InvalidValue("volunteer code", _("must be letters, digits and dashes, e.g. V-07"))
    return code


MAX_RANGES = 5


def describe_gaps(sequences: dict[int, set[int]]) -> tuple[str, ...]:
    """Missing sequence numbers below the highest seen, per epoch, as readable ranges.

    Worked out between the numbers seen, never by listing every number: a sequence number
    is whatever a device sent (up to 2**53), and must not cost memory or time.
    """
    found = []
    for epoch, seen in sorted(sequences.items()):
        ranges: list[str] = []
        missing, previous = 0, 0
        for current in sorted(seen):
            if current > previous + 1:
                start, end = previous + 1, current - 1
                missing += end - start + 1
                if len(ranges) < MAX_RANGES:
                    ranges.append(str(start) if start == end else f"{start}-{end}")
            previous = current
        if missing:
            more = (
                f" (… {missing} missing in all)"
                if missing > len(ranges) and len(ranges) == MAX_RANGES
                else ""
            )
            found.append(f"epoch {epoch}: {', '.join(ranges)}{more}")
    return tuple(found)


_COUNTED = (ReceiptStatus.IMPORTED, ReceiptStatus.CONFLICT, ReceiptStatus.HELD)


def _sequences_with_gaps(s: Session) -> dict[str, dict[int, set[int]]]:
    """The sequence numbers seen, for each device and epoch that has a gap only.

    Sequences start at 1 (the payload's schema), so an epoch whose distinct numbers are as
    many as its highest, none below 1, holds every number up to it: those are told apart in
    the index ix_receipt_device_order, and only the others' numbers are read.
    """
    counted = and_(
        Receipt.status.in_(_COUNTED),
        Receipt.device_id.is_not(None),
        Receipt.epoch.is_not(None),
        Receipt.sequence.is_not(None),
    )
    gapped = (
        select(Receipt.device_id, Receipt.epoch)
        .where(counted)
        .group_by(Receipt.device_id, Receipt.epoch)
        .having(
            or_(
                func.min(Receipt.sequence) < 1,
                func.count(func.distinct(Receipt.sequence)) != func.max(Receipt.sequence),
            )
        )
        .subquery()
    )
    sequences: dict[str, dict[int, set[int]]] = {}
    for device, epoch, sequence in s.execute(
        select(Receipt.device_id, Receipt.epoch, Receipt.sequence)
        .join(
            gapped, and_(gapped.c.device_id == Receipt.device_id, gapped.c.epoch == Receipt.epoch)
        )
        .where(counted)
    ).all():
        if device is not None and epoch is not None and sequence is not None:
            sequences.setdefault(device, {}).setdefault(epoch, set()).add(sequence)
    return sequences


class DeviceService:
    def __init__(self, db: CoordinatorDb) -> None:
        self._db = db

    def list(self) -> list[DeviceInfo]:
        with self._db.session() as s:
            held = dict(
                s.execute(
                    select(HeldBundle.device_id, func.count()).group_by(HeldBundle.device_id)
                ).all()
            )
            sequences = _sequences_with_gaps(s)
            return [
                DeviceInfo(
                    d.id,
                    d.fingerprint,
                    DeviceStatus(d.status),
                    d.volunteer,
                    d.first_seen,
                    d.last_seen,
                    held.get(d.id, 0),
                    describe_gaps(sequences.get(d.id, {})),
                    d.confirmed_at is not None,
                )
                for d in s.scalars(select(Device).order_by(Device.status, Device.first_seen))
            ]

    def approve(self, device_id: str, volunteer: str, fingerprint: str) -> DeviceInfo:
        """Approve after comparing the fingerprint typed as the volunteer read it out."""
        with self._db.session() as s:
            device = self._device(s, device_id)
            if device.status == DeviceStatus.REVOKED:
                raise Refused(
                    _("Device {device} was revoked; it cannot be approved again.").format(
                        device=device.id
                    )
                )
            if not fingerprint.strip():
                raise InvalidValue(
                    _("fingerprint"), _("type the fingerprint the volunteer reads out")
                )
            if not same_fingerprint(fingerprint, device.fingerprint):
                raise Refused(
                    _("The fingerprint you typed does not match device {device}; nothing was "
                      "approved. Ask the volunteer to read it again from Sharing in their "
                      "logbook; if it still differs, the bundles may not come from their "
                      "laptop.").format(device=device.id)
                )  # fmt: skip
            volunteer = volunteer_code(volunteer)
            now = utc_now()
            device.status, device.volunteer, device.changed_at = (
                DeviceStatus.APPROVED,
                volunteer,
                now,
            )
            device.confirmed_at = now
            record(s, "approve", device.id, DeviceStatus.APPROVED, f"volunteer {volunteer}")
        return self._info(device_id)

    def revoke(self, device_id: str) -> DeviceInfo:
        with self._db.session() as s:
            device = self._device(s, device_id)
            device.status, device.changed_at = DeviceStatus.REVOKED, utc_now()
            dropped = s.query(HeldBundle).filter(HeldBundle.device_id == device.id).delete()
            record(
                s,
                "revoke",
                device.id,
                DeviceStatus.REVOKED,
                f"{dropped} held {'bundle' if dropped == 1 else 'bundles'} dropped",
            )
        return self._info(device_id)

    def assign(self, code: str, volunteer: str) -> None:
        """Give a match code to a volunteer (or move it to another: a reassignment, which
        also reopens it if it was ended); rows already imported are re-checked."""
        code, volunteer = match_code(code), volunteer_code(volunteer)
        with self._db.session() as s:
            row = s.get(Assignment, code)
            if row is None:
                s.add(Assignment(match_code=code, volunteer=volunteer, assigned_at=utc_now()))
                record(s, "assign", code, "assigned", f"volunteer {volunteer}")
            else:
                before = row.volunteer
                row.volunteer, row.assigned_at, row.ended_on = volunteer, utc_now(), None
                result = "assigned" if before == volunteer else "reassigned"
                record(s, "assign", code, result, f"volunteer {before} -> {volunteer}")
            mine = select(Device.id).where(Device.volunteer == volunteer)
            flag = update(WeekRow).where(WeekRow.match_code == code)
            s.execute(flag.values(flagged=WeekRow.device_id.not_in(mine)))

    def unassign(self, code: str) -> None:
        """Take a code back: nobody's devices may send it now (their rows are flagged)."""
        code = match_code(code)
        with self._db.session() as s:
            row = self._assignment(s, code)
            s.delete(row)
            s.execute(update(WeekRow).where(WeekRow.match_code == code).values(flagged=True))
            record(s, "unassign", code, "unassigned", f"volunteer {row.volunteer}")

    def end_match(self, code: str, ended_on: date) -> None:
        """The match has ended: the volunteer's device is told, and no alert asks after it."""
        code = match_code(code)
        if ended_on > date.today():
            raise InvalidValue(_("end date"), _("must not be in the future"))
        with self._db.session() as s:
            row = self._assignment(s, code)
            if ended_on < row.assigned_at.date() - timedelta(days=366 * 10):
                raise InvalidValue(_("end date"), _("is too far in the past"))
            row.ended_on = ended_on
            record(s, "end", code, "ended", f"volunteer {row.volunteer}, {ended_on.isoformat()}")

    def assignments(self) -> dict[str, str]:
        with self._db.session() as s:
            return dict(s.execute(select(Assignment.match_code, Assignment.volunteer)).all())

    def assignment_rows(self) -> builtins.list[AssignmentInfo]:
        with self._db.session() as s:
            return [
                AssignmentInfo(a.match_code, a.volunteer, a.assigned_at, a.ended_on)
                for a in s.scalars(select(Assignment).order_by(Assignment.match_code))
            ]

    def lists_for_devices(self, org_id: str, revision: int) -> builtins.list[Assignments]:
        """Each approved device's assignment list: its volunteer's codes, ended ones dated."""
        with self._db.session() as s:
            codes: dict[str, builtins.list[AssignedCode]] = {}
            for a in s.scalars(select(Assignment).order_by(Assignment.match_code)):
                codes.setdefault(a.volunteer, []).append(AssignedCode(a.match_code, a.ended_on))
            return [
                Assignments(org_id, d.id, d.volunteer, revision, tuple(codes.get(d.volunteer, [])))
                for d in s.scalars(select(Device).where(Device.status == "approved"))
                if d.volunteer is not None
            ]

    @staticmethod
    def _assignment(s: Session, code: str) -> Assignment:
        row = s.get(Assignment, code)
        if row is None:
            raise NotFound(_("Match code {code} is not assigned to anyone.").format(code=code))
        return row

    def decided(self) -> builtins.list[tuple[bytes, str]]:
        """(public key, "approved" or "revoked") of every device decided on: for the mailbox."""
        with self._db.session() as s:
            rows = s.execute(
                select(Device.public_key, Device.status).where(
                    Device.status.in_((DeviceStatus.APPROVED, DeviceStatus.REVOKED))
                )
            ).all()
        return [(unb64(key, "device key"), status) for key, status in rows]

    def _info(self, device_id: str) -> DeviceInfo:
        return next(d for d in self.list() if d.id == device_id)

    @staticmethod
    def _device(s: Session, device_id: str) -> Device:
        device = s.get(Device, device_id.strip().upper())
        if device is None:
            raise NotFound(
                _(
                    "There is no device {device_id}; `logbook coordinator devices` lists them."
                ).format(device_id=device_id)
            )
        return device
