"""Delivery of the outbox: upload to the mailbox, or copy into a folder; retried with back-off.

No database transaction is held while the network is used: each bundle is read, sent, then
marked in a short transaction of its own, so a lock, a crash or a pulled cable mid-way
leaves it pending and a later run sends it again (the mailbox keeps one copy per SHA-256).
"""

from __future__ import annotations

import contextlib
import json
import os
import random
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from datetime import timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from logbook.atomicfile import write_atomic
from logbook.db.store import Store
from logbook.errors import InvalidValue, LogbookError, Refused
from logbook.i18n import _
from logbook.org.membership import UPDATE_FORMATS, MembershipService, format_of
from logbook.org.receipts import RECEIPT_FORMAT, Receipt, read_receipt
from logbook.profile_settings import LAST_RECEIPT, NOTICES_SEEN, SYNC_FOLDER
from logbook.progress import NO_PROGRESS, Progress
from logbook.records.clock import utc_now
from logbook.sync.outbox import OutboxItem, OutboxService

if TYPE_CHECKING:
    from logbook.sync.mailbox_client import MailboxClient

# The mailbox client (httpx and its stack: about 14 MB resident) is imported only when a
# delivery uses it, not with the volunteer's services at every unlock (issue 15).

FIRST_RETRY = timedelta(seconds=30)
LONGEST_RETRY = timedelta(hours=1)
ClientFactory = Callable[[str, str], "MailboxClient"]


def retry_delay(attempts: int) -> timedelta:
    """30 s, 1 min, 2 min ... up to an hour, with jitter so many laptops do not align."""
    delay = min(FIRST_RETRY * 2 ** min(attempts, 12), LONGEST_RETRY)
    jittered: timedelta = delay * random.uniform(0.8, 1.2)  # noqa: S311 - not a secret
    return jittered


def default_client(url: str, token: str) -> MailboxClient:
    from logbook.sync.mailbox_client import MailboxClient

    return MailboxClient(url, upload_token=token)


@dataclass
class DeliveryReport:
    delivered: list[OutboxItem] = field(default_factory=list)
    failed: list[OutboxItem] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    skipped: int = 0  # waiting for their next attempt


class DeliveryService:
    def __init__(
        self,
        store: Store,
        client: ClientFactory = default_client,
        *,
        membership: MembershipService | None = None,
        outbox: OutboxService | None = None,
    ) -> None:
        self._store = store
        self.client = client  # replaceable: tests give a client with short timeouts
        self._membership = membership or MembershipService(store)
        self.outbox = outbox or OutboxService(store, self._membership)

    def folder(self) -> Path | None:
        return self._store.read(SYNC_FOLDER)

    def set_folder(self, folder: Path | None) -> None:
        """A synced cloud folder or a USB stick the coordinator collects bundles from."""
        if folder is not None:
            try:
                folder = folder.expanduser().resolve()
                usable = folder.is_dir()
            except (OSError, RuntimeError):
                raise InvalidValue(
                    "folder", _("{folder} cannot be opened").format(folder=folder)
                ) from None
            if not usable:
                raise InvalidValue(
                    "folder", _("{folder} is not an existing folder").format(folder=folder)
                )
            if not os.access(folder, os.W_OK):
                raise InvalidValue(
                    "folder", _("{folder} cannot be written to").format(folder=folder)
                )
        self._store.write(SYNC_FOLDER, folder)

    def mailbox(self) -> tuple[str, str] | None:
        enrolment = self._membership.current()
        if enrolment is None:
            return None
        url, token = enrolment.payload.settings.mailbox_url, self._membership.upload_token()
        return (url, token) if url and token else None

    def _device_client(self, url: str, token: str) -> MailboxClient:
        """A client that signs as this device (and registers it with the token if need be)."""
        client = self.client(url, token)
        client.sign_as(self._membership.device_key())
        return client

    def deliver(
        self, *, respect_backoff: bool = False, progress: Progress = NO_PROGRESS
    ) -> DeliveryReport:
        """Send every pending bundle by the first route that works."""
        mailbox, folder = self.mailbox(), self.folder()
        if mailbox is None and folder is None:
            raise Refused(
                _(
                    "There is nowhere to deliver to yet: the organisation has no mailbox, and "
                    "no shared folder is set. Choose a folder, or save the bundles as files."
                )
            )
        report = DeliveryReport()
        pending = self.outbox.items(pending_only=True)
        if respect_backoff:
            due = [i for i in pending if i.due(utc_now())]
            report.skipped = len(pending) - len(due)
            pending = due
        client = None if mailbox is None else self._device_client(*mailbox)
        try:
            for done, item in enumerate(pending):
                progress.step(done / max(1, len(pending)))
                self._deliver_one(item, client, folder, report)
        finally:
            if client is not None:
                client.close()
        progress.step(1.0)
        return report

    def _deliver_one(
        self,
        item: OutboxItem,
        client: MailboxClient | None,
        folder: Path | None,
        report: DeliveryReport,
    ) -> None:
        data = self.outbox.data(item.id)
        errors = []
        wait = retry_delay(item.attempts)
        if client is not None:
            from logbook.sync.mailbox_client import DeliveryFailed

            try:
                client.upload(data)
                self.outbox.mark_delivered(item.id, "mailbox")
                report.delivered.append(item)
                return
            except DeliveryFailed as exc:
                errors.append(exc.message)
                if exc.retry_after:
                    wait = max(wait, timedelta(seconds=exc.retry_after))
        if folder is not None:
            try:
                copy_into(folder, item, data)
                self.outbox.mark_delivered(item.id, "folder")
                report.delivered.append(item)
                return
            except LogbookError as exc:
                errors.append(exc.message)
        message = " ".join(errors)
        self.outbox.mark_failed(item.id, message, retry_in=wait)
        report.failed.append(item)
        if message not in report.errors:
            report.errors.append(message)

    def fetch_updates(self) -> int:
        """Take the organisation's newer signed settings from the mailbox; how many applied.

        Notices the app does not know yet (e.g. receipts) are skipped, and one that fails
        its signature check is ignored: a mailbox cannot push settings the organisation's
        key did not sign.
        """
        mailbox, device = self.mailbox(), self._membership.device()
        if mailbox is None or device is None:
            return 0
        after = self._store.read(NOTICES_SEEN)
        client = self._device_client(*mailbox)
        try:
            notices = client.notices(device.id, after)
        finally:
            client.close()
        applied = 0
        for notice in notices:
            kind = format_of(notice.data)
            # Anything not signed by our organisation's key is not ours: skipped.
            with contextlib.suppress(LogbookError):
                if kind in UPDATE_FORMATS:
                    applied += self._membership.apply_update(notice.data)
                elif kind == RECEIPT_FORMAT:
                    self._keep_receipt(notice.data, device.id)
            after = max(after, notice.id)
        self._store.write(NOTICES_SEEN, after)
        return applied

    def _keep_receipt(self, data: bytes, device: str) -> None:
        enrolment = self._membership.current()
        if enrolment is None:
            return
        receipt = read_receipt(data, enrolment.signing_key)
        if receipt.device_id == device:
            self._store.write(LAST_RECEIPT, json.dumps(asdict(receipt)))

    def last_receipt(self) -> Receipt | None:
        """What the coordinator last said about a bundle from this device."""
        text = self._store.read(LAST_RECEIPT)
        return Receipt(**json.loads(text)) if text else None

    def save_as(self, destination: Path) -> list[Path]:
        """Save every pending bundle into a folder (or one bundle to a file name)."""
        pending = self.outbox.items(pending_only=True)
        if not pending:
            return []
        if not destination.is_dir() and len(pending) > 1:
            raise InvalidValue(
                "--out",
                _("there are {pending} bundles to save: name a folder, not a file").format(
                    pending=len(pending)
                ),
            )
        written = []
        for item in pending:
            target = destination / item.file_name if destination.is_dir() else destination
            _write(target, self.outbox.data(item.id))
            self.outbox.mark_delivered(item.id, "file")
            written.append(target)
        return written


def copy_into(folder: Path, item: OutboxItem, data: bytes) -> Path:
    try:
        there = folder.is_dir()
    except OSError:
        there = False
    if not there:
        raise Refused(
            _("The shared folder {folder} is not there (is the drive connected?).").format(
                folder=folder
            )
        )
    target = folder / item.file_name
    _write(target, data)
    return target


def _write(target: Path, data: bytes) -> None:
    try:
        write_atomic(target, data)
    except OSError as exc:
        raise Refused(
            _("Could not write {target}: {strerror}.").format(target=target, strerror=exc.strerror)
        ) from None
