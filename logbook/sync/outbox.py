"""The outbox: bundles sealed from the weeks that changed, kept until they are delivered.

Sealing and recording which weeks were sealed happen in one transaction, so a crash either
leaves the change pending (sealed again next time) or the bundle safely in the outbox.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import delete, func, select

from logbook.bundle.seal import seal_bundle
from logbook.db.models import Match, OutboxBundle
from logbook.db.store import Store
from logbook.errors import NotFound, Refused
from logbook.i18n import _
from logbook.org.membership import MembershipService
from logbook.records.clock import utc_now
from logbook.summary.build import build_weeks
from logbook.summary.changes import changed_weeks, mark_sealed, snapshot_json
from logbook.summary.schema import MAX_WEEKS, Summary, WeekSnapshot
from logbook.vault.epoch import epoch, next_sequence, starts_epoch

KEEP_DELIVERED = timedelta(days=90)  # a short record of what went, then it is dropped


@dataclass(frozen=True)
class OutboxItem:
    id: int
    epoch: int
    sequence: int
    sha256: str
    size: int
    weeks: int
    created_at: datetime
    delivered_at: datetime | None
    delivered_via: str | None
    attempts: int
    last_error: str | None
    next_attempt_at: datetime | None

    def due(self, at: datetime) -> bool:
        return self.next_attempt_at is None or self.next_attempt_at <= at

    @property
    def file_name(self) -> str:
        return f"logbook-{self.epoch}-{self.sequence:06d}-{self.sha256[:12]}.age"


@dataclass(frozen=True)
class OutboxStatus:
    pending: int
    last_delivery: datetime | None
    last_error: str | None
    next_attempt: datetime | None


def _item(row: OutboxBundle) -> OutboxItem:
    return OutboxItem(
        row.id,
        row.epoch,
        row.sequence,
        row.sha256,
        len(row.data),
        row.weeks,
        row.created_at,
        row.delivered_at,
        row.delivered_via,
        row.attempts,
        row.last_error,
        row.next_attempt_at,
    )


def held_back_message(codes: list[str]) -> str:
    """What the volunteer is told about codes `OutboxService.held_back` keeps back."""
    return _(
        "Not sent: {codes}. Your coordinator has not assigned these match codes to you; check "
        "each code with them (Matches, Edit), and its weeks are sent once it is right."
    ).format(codes=", ".join(codes))


class OutboxService:
    def __init__(self, store: Store, membership: MembershipService | None = None) -> None:
        self._store = store
        self._membership = membership or MembershipService(store)

    def preview(self, *, all_weeks: bool = False) -> Summary:
        """Exactly what the next bundle would hold (or, with all_weeks, everything)."""
        policy = self._membership.policy()
        with self._store.session() as s:
            current = build_weeks(s, policy)
            weeks = list(current.values()) if all_weeks else changed_weeks(s, current)
        return Summary(categories=sorted(policy.categories), weeks=weeks)

    def seal_changes(self) -> list[OutboxItem]:
        """Seal every changed week into bundles (as many as the 1 MiB limit needs)."""
        enrolment = self._membership.current()
        if enrolment is None:
            raise Refused(
                _(
                    "This profile has not joined an organisation yet: enrol with the file your "
                    "coordinator gave you, then summaries can be sent."
                )
            )
        key = self._membership.device_key()
        policy = self._membership.with_assigned(
            enrolment.policy(self._membership.share_wellbeing())
        )
        with self._store.session() as s:
            current = build_weeks(s, policy)
            weeks = changed_weeks(s, current)
            held = sorted(current) if starts_epoch(s) and weeks else None
            rows = []
            for chunk in packed(weeks):
                current_epoch, sequence = epoch(s), next_sequence(s)
                sealed = seal_bundle(
                    Summary(categories=sorted(policy.categories), weeks=chunk),
                    key,
                    org_id=enrolment.payload.org_id,
                    recipient=enrolment.payload.recipient,
                    epoch=current_epoch,
                    sequence=sequence,
                    epoch_weeks=held,
                )
                rows.append(
                    OutboxBundle(
                        epoch=current_epoch,
                        sequence=sequence,
                        sha256=sealed.sha256,
                        data=sealed.data,
                        weeks=len(chunk),
                        created_at=utc_now(),
                        attempts=0,
                    )
                )
            s.add_all(rows)
            mark_sealed(s, weeks)
            s.execute(
                delete(OutboxBundle).where(OutboxBundle.delivered_at < utc_now() - KEEP_DELIVERED)
            )
            s.flush()
            return [_item(row) for row in rows]

    def held_back(self) -> list[str]:
        """Match codes whose weeks are not sent: not on the assignment list the organisation
        sent this device (empty until one has arrived)."""
        known = self._membership.assignments()
        if known is None:
            return []
        with self._store.session() as s:
            codes = set(s.scalars(select(Match.code)))
        return sorted(codes - known.all_codes())

    def items(self, *, pending_only: bool = False) -> list[OutboxItem]:
        with self._store.session() as s:
            query = select(OutboxBundle).order_by(OutboxBundle.id)
            if pending_only:
                query = query.where(OutboxBundle.delivered_at.is_(None))
            return [_item(row) for row in s.scalars(query)]

    def data(self, item_id: int) -> bytes:
        with self._store.session() as s:
            row = s.get(OutboxBundle, item_id)
            if row is None:
                raise NotFound(
                    _("There is no bundle {item_id} in the outbox.").format(item_id=item_id)
                )
            return row.data

    def mark_delivered(self, item_id: int, via: str) -> None:
        with self._store.session() as s:
            row = s.get(OutboxBundle, item_id)
            if row is not None and row.delivered_at is None:
                row.delivered_at, row.delivered_via = utc_now(), via
                row.last_error, row.next_attempt_at = None, None

    def mark_failed(self, item_id: int, error: str, *, retry_in: timedelta) -> None:
        with self._store.session() as s:
            row = s.get(OutboxBundle, item_id)
            if row is not None and row.delivered_at is None:
                row.attempts += 1
                row.last_error = error[:300]
                row.next_attempt_at = utc_now() + retry_in

    def status(self) -> OutboxStatus:
        with self._store.session() as s:
            pending = s.scalar(select(func.count()).where(OutboxBundle.delivered_at.is_(None))) or 0
            last_delivery = s.scalar(select(func.max(OutboxBundle.delivered_at)))
            failing = s.scalars(
                select(OutboxBundle)
                .where(OutboxBundle.delivered_at.is_(None), OutboxBundle.last_error.is_not(None))
                .order_by(OutboxBundle.next_attempt_at)
            ).first()
            return OutboxStatus(
                pending,
                last_delivery,
                None if failing is None else failing.last_error,
                None if failing is None else failing.next_attempt_at,
            )


# The payload is base64 inside the signed envelope (4/3), then age adds a header and 16 bytes
# per 64 KiB: 700,000 bytes of summary JSON stays well inside the mailbox's 1 MiB.
PACK_BYTES = 700_000


def packed(weeks: list[WeekSnapshot]) -> list[list[WeekSnapshot]]:
    """Split the weeks into bundles under the size limit, oldest first, none empty."""
    chunks: list[list[WeekSnapshot]] = []
    size = 0
    for week in weeks:
        length = len(snapshot_json(week).encode()) + 1  # bytes: tag lists may be any script
        if not chunks or size + length > PACK_BYTES or len(chunks[-1]) >= MAX_WEEKS:
            chunks.append([])
            size = 0
        chunks[-1].append(week)
        size += length
    return chunks
