"""The whole send workflow: the auto-send rule, sealing, delivery by the routes there are, and
fetching the organisation's notices; the app and the CLI both call it, neither repeats it."""

from __future__ import annotations

import contextlib
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path

from logbook.changes import NOTHING, ORGANISATION, OUTBOX, Changes
from logbook.errors import LogbookError
from logbook.org.membership import MembershipService
from logbook.org.receipts import Receipt
from logbook.progress import NO_PROGRESS, Progress
from logbook.sync.deliver import DeliveryReport, DeliveryService
from logbook.sync.outbox import OutboxItem, OutboxService, OutboxStatus


class Route(StrEnum):
    """Where bundles can go without the volunteer's hand: tried in this order."""

    MAILBOX = "mailbox"
    FOLDER = "folder"


class HeldBack(StrEnum):
    """Why an automatic run sent nothing (a run by hand never holds back quietly)."""

    NOT_ENROLLED = "not_enrolled"
    NOT_CHOSEN = "not_chosen"  # before a first send by hand, or turned off by the volunteer
    NO_ROUTE = "no_route"  # only files: the volunteer saves them when they choose


@dataclass(frozen=True)
class Sealed:
    """The first half of a run: what was sealed, and whether delivery should follow."""

    automatic: bool
    sealed: list[OutboxItem] = field(default_factory=list)
    held_back: HeldBack | None = None

    @property
    def changes(self) -> Changes:
        return OUTBOX if self.sealed else NOTHING


@dataclass(frozen=True)
class SyncReport:
    """What one run did; delivery failures (a mailbox down, a folder gone) are in `delivery`,
    said in plain words, and the bundles stay in the outbox to be retried."""

    automatic: bool
    sealed: list[OutboxItem]
    delivery: DeliveryReport
    updates: int  # organisation updates applied from the mailbox's notices
    status: OutboxStatus
    receipt: Receipt | None
    held_back: HeldBack | None = None
    changes: Changes = NOTHING

    @property
    def failed(self) -> bool:
        return bool(self.delivery.failed)

    @property
    def errors(self) -> list[str]:
        return self.delivery.errors


class SyncService:
    """Seal what changed and deliver it. The two halves can run on different threads: the app
    seals on its database worker and delivers on its network worker, so a dead network never
    holds up a save; `run` does both, for the CLI and anyone else."""

    def __init__(
        self, membership: MembershipService, outbox: OutboxService, delivery: DeliveryService
    ) -> None:
        self._membership = membership
        self._outbox = outbox
        self._delivery = delivery

    def routes(self) -> list[Route]:
        """The routes that exist now: the enrolment's mailbox, then the shared folder."""
        found = []
        if self._delivery.mailbox() is not None:
            found.append(Route.MAILBOX)
        if self._delivery.folder() is not None:
            found.append(Route.FOLDER)
        return found

    def first_by_hand(self) -> None:
        """The volunteer sends (or saves) for the first time, having seen the preview: from
        now on the app may send changes by itself (they can turn that off)."""
        if self._membership.auto_send() is None:
            self._membership.set_auto_send(True)

    def seal(self, automatic: bool) -> Sealed:
        """The auto-send rule, then sealing every changed week into the outbox.

        By hand, an unenrolled profile is refused in plain words; automatically, nothing
        happens until the volunteer has sent once by hand and while they keep it on, and
        nothing is sealed when only files could carry it.
        """
        if automatic:
            held = self._held_back()
            if held is not None:
                return Sealed(automatic, held_back=held)
        else:
            if self._membership.current() is not None:
                self.first_by_hand()
        return Sealed(automatic, self._outbox.seal_changes())

    def _held_back(self) -> HeldBack | None:
        if self._membership.current() is None:
            return HeldBack.NOT_ENROLLED
        if not self._membership.auto_send():
            return HeldBack.NOT_CHOSEN
        if not self.routes():
            return HeldBack.NO_ROUTE
        return None

    def deliver(self, sealed: Sealed, progress: Progress = NO_PROGRESS) -> SyncReport:
        """Send what waits by the first route that works (an automatic run respects each
        bundle's back-off), then take the organisation's notices if delivery went well.

        By hand with no route at all, this refuses in plain words (save as files instead).
        """
        report, updates = DeliveryReport(), 0
        if sealed.held_back is None:
            report = self._delivery.deliver(respect_backoff=sealed.automatic, progress=progress)
            if not report.failed:
                # The organisation's newer signed settings and receipts, if it posted any; a
                # failure here changes nothing and is tried again next time.
                with contextlib.suppress(LogbookError):
                    updates = self._delivery.fetch_updates()
        changes = sealed.changes
        if report.delivered or report.failed:
            changes |= OUTBOX
        if updates:
            changes |= ORGANISATION
        return SyncReport(
            sealed.automatic,
            sealed.sealed,
            report,
            updates,
            self._outbox.status(),
            self._delivery.last_receipt(),
            sealed.held_back,
            changes,
        )

    def save_as(self, destination: Path) -> list[Path]:
        """By hand: seal what changed, then write every waiting bundle into `destination`."""
        self.first_by_hand()
        self._outbox.seal_changes()
        return self._delivery.save_as(destination)

    def run(self, automatic: bool, progress: Progress = NO_PROGRESS) -> SyncReport:
        """The whole workflow on one thread."""
        return self.deliver(self.seal(automatic), progress)
