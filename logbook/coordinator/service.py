"""The coordinator's work on one unlocked coordinator profile: import, devices, receipts."""

from __future__ import annotations

import contextlib
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from datetime import date
from pathlib import Path
from typing import BinaryIO

from logbook.coordinator.alert_acks import Acknowledged, AlertAcks, find_alert
from logbook.coordinator.audit import record
from logbook.coordinator.dashboard import NO_CONTACT_WEEKS, load_dashboard
from logbook.coordinator.database import CoordinatorDb, open_coordinator_db
from logbook.coordinator.db_backup import backup_database, restore_database
from logbook.coordinator.devices import DeviceInfo, DeviceService
from logbook.coordinator.import_log import ImportLog
from logbook.coordinator.importer import ImportBatch, Importer, ImportResult, Incoming, OrgKeys
from logbook.coordinator.limits import Limits, load_limits, set_limit, size_text
from logbook.coordinator.quarantine import QuarantineService
from logbook.db.store import Store
from logbook.errors import LogbookError, Refused
from logbook.i18n import _
from logbook.org.assignments import ASSIGNMENTS_FORMAT, assignments_payload
from logbook.org.organisation import OrganisationService
from logbook.org.receipts import RECEIPT_FORMAT, receipt_payload
from logbook.progress import NO_PROGRESS, Progress
from logbook.sync.mailbox_client import DeliveryFailed, MailboxClient

MailboxFactory = Callable[[str, str], MailboxClient]
STATUS_BATCH = 5000  # devices per request (the mailbox takes up to 10,000)


def default_mailbox(url: str, token: str) -> MailboxClient:
    return MailboxClient(url, coordinator_token=token)


class Coordinator:
    def __init__(self, store: Store, mailbox: MailboxFactory = default_mailbox) -> None:
        self.org = OrganisationService(store)
        state = self.org.state()  # refuses plainly if the organisation does not exist yet
        self.db: CoordinatorDb = open_coordinator_db(store)
        self.devices = DeviceService(self.db)
        keys = OrgKeys(state.org_id, self.org.recipients(), tuple(self.org.identities()))
        self.importer = Importer(self.db, keys)
        self.quarantine = QuarantineService(self.db)
        self.import_log = ImportLog(self.db)
        self._mailbox = mailbox

    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> Coordinator:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def backup_database(self, out: BinaryIO) -> dict[str, int]:
        """Every coordinator table, encrypted to the organisation's current key, streamed."""
        return backup_database(self.db, self.org.state().recipient, out)

    def restore_database(self, source: BinaryIO) -> dict[str, int]:
        """Into an empty coordinator database, streamed: any size backup writes."""
        return restore_database(self.db, source, self.org.identities())

    def limits(self) -> Limits:
        with self.db.session() as s:
            return load_limits(s)

    def set_limit(self, name: str, value: str) -> Limits:
        """Change one limit (limits.NAMES); what is held already stays until released."""
        with self.db.session() as s:
            number = set_limit(s, name, value)
            shown = str(number) if name.endswith("_bundles") else size_text(number)
            record(s, "limit", name, "set", shown)
        return self.limits()

    def acknowledge_alert(
        self, key: str, by: str, note: str | None = None,
        no_contact_weeks: int = NO_CONTACT_WEEKS, today: date | None = None,
    ) -> Acknowledged:  # fmt: skip
        """Acknowledge the alert named `key` (alert_acks.alert_key) as it stands now."""
        board = load_dashboard(self.db, today, no_contact_weeks)
        every = [*board.alerts, *(a.alert for a in board.acknowledged)]
        return AlertAcks(self.db).acknowledge(find_alert(every, key), by, note)

    def import_files(self, paths: Iterable[Path]) -> ImportBatch:
        """In batches of one transaction each; each batch's history once it has committed."""
        return self.importer.import_files(paths, self.import_log.record)

    def approve(
        self, device_id: str, volunteer: str, fingerprint: str, *, tell: bool = True
    ) -> tuple[DeviceInfo, ImportBatch]:
        """Approve the device, then import what was held for it, and tell the mailbox and
        the devices (the app does that on its network worker, with tell=False here)."""
        info = self.devices.approve(device_id, volunteer, fingerprint)
        released = self.importer.release_held(info.id, self.import_log.record)
        if tell:
            self.tell_quietly()
        return next(d for d in self.devices.list() if d.id == info.id), released

    def revoke(self, device_id: str) -> tuple[DeviceInfo, str | None]:
        """Revoke here, then at the mailbox; the second element says why the mailbox was
        not told (it is told again at every pull), None if it was or there is none."""
        info = self.devices.revoke(device_id)
        try:
            self.tell_mailbox()
        except LogbookError as exc:
            return info, exc.message
        return info, None

    def assign(self, code: str, volunteer: str, *, publish: bool = True) -> str | None:
        """Assign (or reassign) a code, then tell the devices (see `publish_assignments`;
        the app does that on its network worker, with publish=False here)."""
        self.devices.assign(code, volunteer)
        return self.publish_quietly() if publish else None

    def unassign(self, code: str, *, publish: bool = True) -> str | None:
        self.devices.unassign(code)
        return self.publish_quietly() if publish else None

    def end_match(self, code: str, ended_on: date, *, publish: bool = True) -> str | None:
        self.devices.end_match(code, ended_on)
        return self.publish_quietly() if publish else None

    def tell_quietly(self) -> str | None:
        """Tell the mailbox every approval and revocation, and each device its assignments;
        why not now, or None. Both go again at every pull, so a failure here loses nothing."""
        try:
            self.tell_mailbox()
            self.publish_assignments()
        except LogbookError as exc:
            return exc.message
        return None

    def publish_quietly(self) -> str | None:
        """Why the devices could not be told now (they are at the next pull), or None."""
        try:
            self.publish_assignments()
        except LogbookError as exc:
            return exc.message
        return None

    def publish_assignments(self, box: MailboxClient | None = None) -> int:
        """Post each approved device its signed assignment list (its own notices only);
        how many were posted. Sent whole each time, so a device that missed one catches up."""
        if box is None:
            url = self.org.state().settings.mailbox_url
            if url is None:
                return 0
            with self._mailbox(url, self.org.tokens().coordinator) as own:
                return self.publish_assignments(own)
        # Microseconds: always newer than the last list, and exact in a JSON number.
        revision = time.time_ns() // 1000
        lists = self.devices.lists_for_devices(self.org.state().org_id, revision)
        for one in lists:
            body = assignments_payload(one)
            box.post_notice(one.device_id, self.org.sign(ASSIGNMENTS_FORMAT, body))
        return len(lists)

    def tell_mailbox(self, box: MailboxClient | None = None) -> None:
        """Post every approval and revocation to the mailbox, which refuses revoked devices.

        Idempotent, and sent in full each time, so a revocation made while the mailbox was
        out of reach (or from the app's device screen) reaches it at the next pull.
        """
        decided = self.devices.decided()
        if not decided:
            return
        if box is None:
            url = self.org.state().settings.mailbox_url
            if url is None:
                return
            with self._mailbox(url, self.org.tokens().coordinator) as own:
                self.tell_mailbox(own)
            return
        for start in range(0, len(decided), STATUS_BATCH):
            box.post_device_statuses(decided[start : start + STATUS_BATCH])

    def import_from_mailbox(self, progress: Progress = NO_PROGRESS) -> ImportBatch:
        """Fetch, import, and only after each import has committed, delete and send a receipt."""
        state = self.org.state()
        if state.settings.mailbox_url is None:
            raise Refused(_(
                "The organisation has no mailbox: set one with `logbook org set mailbox_url "
                "https://...`."
            ))  # fmt: skip
        with self._mailbox(state.settings.mailbox_url, self.org.tokens().coordinator) as box:
            self.tell_mailbox(box)
            self.publish_assignments(box)
            waiting = box.list_bundles()
            names: deque[str] = deque()  # the mailbox's name of each bundle fetched, in order

            def fetched() -> Iterator[Incoming]:
                for done, info in enumerate(waiting):
                    progress.step(done / max(1, len(waiting)))
                    try:
                        data = box.fetch(info.sha256)
                    except DeliveryFailed as exc:
                        if exc.retryable:
                            raise
                        continue  # gone meanwhile (another coordinator took it)
                    names.append(info.sha256)
                    yield Incoming(data, "mailbox")

            def committed(results: list[ImportResult]) -> None:
                self.import_log.record(results)
                for result in results:
                    name = names.popleft()
                    if not result.retry:
                        box.delete(name)  # its batch has committed
                    self._post_receipt(box, result)

            batch = self.importer.import_all(fetched(), committed)
        progress.step(1.0)
        return batch

    def _post_receipt(self, box: MailboxClient, result: ImportResult) -> None:
        if result.device_id is None:
            return  # nobody to tell: the bundle did not open
        body = receipt_payload(result.device_id, result.sha256, result.status, result.reason)
        # A receipt is a courtesy: the import stands without it.
        with contextlib.suppress(LogbookError):
            box.post_notice(result.device_id, self.org.sign(RECEIPT_FORMAT, body))
