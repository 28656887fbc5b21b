"""Import bundles: check everything before storing anything, then replace device-weeks.

Order of checks (each failure rejects the bundle with a reason and changes nothing):
size → bounded age header → decrypt with the organisation's identities → signed envelope
(verified before the payload is parsed) → strict schema → org id and recipient → device
(known key, not revoked; unknown or pending: held, within limits.py's bounds) → epoch and
sequence (replay adds nothing; same numbers, other content: conflict) → store.

Each bundle is stored under a savepoint of the caller's transaction: whatever goes wrong
while storing it (a constraint the schema did not foresee included) rolls back that bundle
alone and becomes its rejection, so one bad bundle never stops a batch, and many bundles can
share one transaction. A bundle rejected on its way from the mailbox or out of the hold is
kept in the quarantine (quarantine.py), so the mailbox can let it go.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from pathlib import Path

import pyrage
from sqlalchemy import delete, func, select
from sqlalchemy.exc import OperationalError, SQLAlchemyError
from sqlalchemy.orm import Session

from logbook.atomicfile import read_bounded
from logbook.bundle.payload import MAX_BUNDLE_BYTES, BundlePayload
from logbook.bundle.read import BundleRejected, CannotDecrypt, read_bundle
from logbook.coordinator import quarantine
from logbook.coordinator.audit import record
from logbook.coordinator.contact_modes import mode_counts
from logbook.coordinator.database import CoordinatorDb
from logbook.coordinator.limits import Limits, load_limits, size_text
from logbook.coordinator.schema import (
    Assignment,
    Device,
    DeviceWeek,
    HeldBundle,
    MeasureRow,
    QuarantinedBundle,
    Receipt,
    WeekRow,
)
from logbook.errors import DamagedFile, LogbookError
from logbook.i18n import _
from logbook.identity.fingerprint import device_fingerprint, device_id
from logbook.identity.signing import unb64
from logbook.records.clock import utc_now
from logbook.statuses import DeviceStatus, ImportStatus, ReceiptStatus
from logbook.summary.schema import MatchWeek, WeekSnapshot

STORAGE_FAILED = (
    "The bundle could not be stored: it contradicts itself or the data already imported "
    "({error}); nothing of it was kept."
)


@dataclass(frozen=True)
class OrgKeys:
    """What import needs from the organisation: its id, and every identity it has had."""

    org_id: str
    recipients: frozenset[str]
    identities: tuple[pyrage.x25519.Identity, ...]


@dataclass(frozen=True)
class ImportResult:
    sha256: str
    status: ImportStatus
    reason: str = ""
    device_id: str | None = None
    epoch: int | None = None
    sequence: int | None = None
    weeks: int = 0
    flagged: tuple[str, ...] = ()  # match codes not assigned to the device's volunteer
    source: str = ""
    retry: bool = False  # not accepted now, but may be later: keep it where it came from

    @property
    def ok(self) -> bool:
        return self.status.ok


@dataclass
class ImportBatch:
    results: list[ImportResult] = field(default_factory=list)

    @property
    def rejected(self) -> list[ImportResult]:
        return [r for r in self.results if not r.ok]


def _again(seen: Receipt, source: str) -> ImportResult:
    """The very same file, seen before: say what became of it, change nothing, log nothing."""
    reason = {
        ReceiptStatus.IMPORTED: "This bundle was imported before; nothing was added.",
        ReceiptStatus.HELD: f"Still held: device {seen.device_id} is not approved yet.",
        ReceiptStatus.CONFLICT: seen.reason or "This bundle conflicts with one imported before.",
    }.get(ReceiptStatus(seen.status), "")
    status = (
        ImportStatus.ALREADY if seen.status == ReceiptStatus.IMPORTED else ImportStatus(seen.status)
    )
    return ImportResult(seen.sha256, status, reason, seen.device_id, seen.epoch, seen.sequence,
                        source=source)  # fmt: skip


@dataclass(frozen=True)
class _Seen:
    """A bundle that opened and verified: what its receipt and result will say."""

    sha256: str
    payload_sha256: str
    device_id: str
    epoch: int
    sequence: int
    source: str

    def receipt(self, status: ReceiptStatus, *, reason: str | None = None, flagged: bool = False,
                weeks: int = 0) -> Receipt:  # fmt: skip
        return Receipt(
            sha256=self.sha256, device_id=self.device_id, epoch=self.epoch,
            sequence=self.sequence, payload_sha256=self.payload_sha256, status=status,
            reason=reason, flagged=flagged, weeks=weeks, source=self.source[:16],
            received_at=utc_now(),
        )  # fmt: skip

    def result(self, status: ImportStatus, reason: str, *, weeks: int = 0,
               flagged: tuple[str, ...] = ()) -> ImportResult:  # fmt: skip
        return ImportResult(self.sha256, status, reason, self.device_id, self.epoch,
                            self.sequence, weeks, flagged, self.source)  # fmt: skip


class Importer:
    def __init__(self, db: CoordinatorDb, keys: OrgKeys) -> None:
        self._db = db
        self._keys = keys

    def import_bytes(self, data: bytes, source: str = "file") -> ImportResult:
        """One bundle in a transaction of its own."""
        with self._db.session() as s:
            return self.import_one(s, data, source)

    def import_one(self, s: Session, data: bytes, source: str) -> ImportResult:
        """One bundle inside the caller's transaction: anything wrong with it becomes its
        rejection, rolled back alone. Only a failure of the database itself (unreachable,
        locked, damaged) propagates, as it is no fault of the bundle."""
        sha = hashlib.sha256(data).hexdigest()
        seen = s.get(Receipt, sha)
        if seen is not None and seen.status != ReceiptStatus.REJECTED:
            return _again(seen, source)
        try:
            payload, payload_sha = self._open(data)
        except BundleRejected as exc:
            signer = None if exc.device_key is None else device_id(exc.device_key)
            return self._reject(s, sha, exc.message, source, data, device=signer)
        except DamagedFile as exc:
            return self._reject(s, sha, exc.message, source, data)
        except (ValueError, TypeError, KeyError, AttributeError, RecursionError, OverflowError):
            # Untrusted bytes met a check we did not foresee: one bundle refused, never a
            # crash that would leave it at the head of the mailbox, blocking every other.
            return self._reject(s, sha, "The bundle is damaged (it could not be read).", source,
                                data)  # fmt: skip
        try:
            with s.begin_nested():
                if seen is None:
                    return self._store(s, sha, data, payload, payload_sha, source)
                # Refused before (say, before an identity was restored): decided afresh, and
                # no longer kept as a rejected bundle if it is taken now.
                s.delete(seen)
                s.flush()
                result = self._store(s, sha, data, payload, payload_sha, source)
                if result.status != ImportStatus.REJECTED:
                    s.execute(delete(QuarantinedBundle).where(QuarantinedBundle.sha256 == sha))
                return result
        except BundleRejected as exc:
            return self._reject(s, sha, exc.message, source, data, payload)
        except OperationalError:
            raise
        except SQLAlchemyError as exc:
            # Only the kind of error is named: its text would quote the bundle's values.
            reason = STORAGE_FAILED.format(error=type(exc).__name__)
            return self._reject(s, sha, reason, source, data, payload)

    def import_files(self, paths: Iterable[Path]) -> ImportBatch:
        batch = ImportBatch()
        for path in expand(paths):
            try:
                data = read_bundle_file(path)
            except LogbookError as exc:
                batch.results.append(
                    ImportResult(path.name, ImportStatus.REJECTED, exc.message, source=str(path))
                )
                continue
            batch.results.append(replace(self.import_bytes(data, "file"), source=str(path)))
        return batch

    def release_held(self, device: str) -> ImportBatch:
        """Import what was held for a device, oldest first (after it was approved). Each
        bundle leaves the hold in the same transaction as its import or rejection."""
        with self._db.session() as s:
            waiting = s.scalars(
                select(HeldBundle.sha256)
                .where(HeldBundle.device_id == device)
                .order_by(HeldBundle.received_at, HeldBundle.sha256)
            ).all()
        batch = ImportBatch()
        for sha in waiting:
            with self._db.session() as s:
                held = s.get(HeldBundle, sha)
                if held is None:
                    continue  # released meanwhile (another coordinator)
                data = held.data
                s.delete(held)
                s.execute(delete(Receipt).where(Receipt.sha256 == sha,
                                          Receipt.status == ReceiptStatus.HELD))  # fmt: skip
                s.flush()
                batch.results.append(self.import_one(s, data, "held"))
        return batch

    # -- checks before anything is stored -------------------------------------------------
    def _open(self, data: bytes) -> tuple[BundlePayload, str]:
        if len(data) > MAX_BUNDLE_BYTES:
            raise BundleRejected(_("The bundle is larger than 1 MiB."))
        payload = None
        last: DamagedFile | None = None
        for identity in self._keys.identities:
            try:
                payload = read_bundle(data, identity)
                break
            except CannotDecrypt as exc:
                last = exc  # perhaps sealed for an older identity: try the next
        if payload is None:
            raise last or BundleRejected(_("The bundle could not be decrypted."))
        signer = unb64(payload.device_key, "device key")
        if payload.org_id != self._keys.org_id:
            raise BundleRejected(_("The bundle is for another organisation."), signer)
        if payload.recipient not in self._keys.recipients:
            raise BundleRejected(_("The bundle names another organisation's key."), signer)
        canonical = payload.model_dump_json(exclude_none=True).encode()
        return payload, hashlib.sha256(canonical).hexdigest()

    def _store(
        self, s: Session, sha: str, data: bytes, payload: BundlePayload, payload_sha: str,
        source: str,
    ) -> ImportResult:  # fmt: skip
        key = unb64(payload.device_key, "device key")
        seen = _Seen(sha, payload_sha, device_id(key), payload.epoch, payload.sequence, source)
        device = s.get(Device, seen.device_id)
        if device is not None and device.public_key != payload.device_key:
            raise BundleRejected(
                _("The bundle's key does not match the key known for device {device_id}.").format(
                    device_id=seen.device_id
                )
            )
        if device is None:
            device = Device(
                id=seen.device_id, public_key=payload.device_key,
                fingerprint=device_fingerprint(key), status=DeviceStatus.PENDING,
                first_seen=utc_now(), last_seen=utc_now(), changed_at=utc_now(),
            )  # fmt: skip
            s.add(device)
            record(s, "device", seen.device_id, DeviceStatus.PENDING,
                   "first bundle from this device")  # fmt: skip
        device.last_seen = utc_now()
        if device.status == DeviceStatus.REVOKED:
            raise BundleRejected(
                _("Device {device_id} was revoked; its bundles are refused.").format(
                    device_id=seen.device_id
                )
            )
        if device.status == DeviceStatus.PENDING:
            return self._hold(s, seen, data)
        earlier = s.scalars(
            select(Receipt).where(
                Receipt.device_id == seen.device_id,
                Receipt.epoch == seen.epoch,
                Receipt.sequence == seen.sequence,
                Receipt.status.in_((ReceiptStatus.IMPORTED, ReceiptStatus.CONFLICT)),
            )
        ).first()
        if earlier is not None and earlier.payload_sha256 == payload_sha:
            # Stored IMPORTED (its content is in); this import itself added nothing.
            s.add(seen.receipt(ReceiptStatus.IMPORTED,
                               reason="a copy of a bundle already imported"))  # fmt: skip
            record(s, "import", sha, ImportStatus.ALREADY, "same content as an earlier bundle")
            return seen.result(ImportStatus.ALREADY, "The same summary was imported before.")
        if earlier is not None:
            reason = (
                f"Conflict: device {seen.device_id} sent different content under the same "
                f"number (epoch {seen.epoch}, sequence {seen.sequence}); nothing was changed."
            )
            s.add(seen.receipt(ReceiptStatus.CONFLICT, reason=reason))
            record(s, "import", sha, ImportStatus.CONFLICT, reason)
            return seen.result(ImportStatus.CONFLICT, reason)
        newest = s.scalar(
            select(func.max(DeviceWeek.epoch)).where(DeviceWeek.device_id == seen.device_id)
        )
        if payload.epoch_weeks is not None and (newest is None or payload.epoch >= newest):
            # Only the device's newest epoch speaks for what it holds: a late bundle of an
            # older epoch must not withdraw weeks a newer one still holds.
            self._withdraw_unlisted(s, seen.device_id, payload.epoch, set(payload.epoch_weeks))
        assigned = self._assigned_codes(s, device.volunteer)
        weeks, flagged = 0, set[str]()
        for snapshot in payload.summary.weeks:
            if self._replace_week(s, seen.device_id, payload, snapshot, assigned, flagged):
                weeks += 1
        s.add(seen.receipt(ReceiptStatus.IMPORTED, flagged=bool(flagged), weeks=weeks))
        note = f"{weeks} {'week' if weeks == 1 else 'weeks'}"  # the audit log: stored, English
        if flagged:
            note += f"; not assigned to the volunteer: {', '.join(sorted(flagged))}"
        record(s, "import", sha, ImportStatus.IMPORTED, note)
        return seen.result(ImportStatus.IMPORTED, "", weeks=weeks, flagged=tuple(sorted(flagged)))

    def _hold(self, s: Session, seen: _Seen, data: bytes) -> ImportResult:
        """Keep the bundle until the device is approved, within the limits. Over them it is
        left where it came from (the mailbox) and nothing is recorded, so fetching it again
        adds nothing; the device's row stays either way, so it can still be approved."""
        full = self._hold_full(s, load_limits(s), seen.device_id, len(data))
        if full:
            return replace(seen.result(ImportStatus.HELD, full), retry=True)
        s.add(HeldBundle(sha256=seen.sha256, device_id=seen.device_id, data=data,
                         size=len(data), received_at=utc_now()))  # fmt: skip
        s.add(seen.receipt(ReceiptStatus.HELD, reason="device not approved yet"))
        record(s, "import", seen.sha256, ImportStatus.HELD,
               f"device {seen.device_id} is not approved yet")  # fmt: skip
        return seen.result(ImportStatus.HELD, f"Held: device {seen.device_id} is not approved yet.")

    @staticmethod
    def _hold_full(s: Session, limits: Limits, device: str, size: int) -> str:
        """Why the bundle cannot be held now, or "" if it can."""
        count, mine = s.execute(
            select(func.count(), func.coalesce(func.sum(HeldBundle.size), 0)).where(
                HeldBundle.device_id == device
            )
        ).one()
        if count + 1 > limits.held_device_bundles or mine + size > limits.held_device_bytes:
            return (
                f"Waiting in the mailbox: device {device} is not approved yet and the bundles "
                f"held for it have reached its limit ({limits.held_device_bundles} bundles or "
                f"{size_text(limits.held_device_bytes)}). Approve or revoke it "
                "(logbook coordinator devices), then import again."
            )
        total = s.scalar(select(func.coalesce(func.sum(HeldBundle.size), 0))) or 0
        if total + size > limits.held_bytes:
            return (
                "Waiting in the mailbox: bundles of devices not yet approved fill the "
                f"{size_text(limits.held_bytes)} set aside for them. Approve or revoke waiting "
                "devices (logbook coordinator devices), or raise the limit "
                "(logbook coordinator limits held_bytes SIZE), then import again."
            )
        return ""

    @staticmethod
    def _withdraw_unlisted(s: Session, dev_id: str, epoch: int, listed: set[str]) -> None:
        """A new epoch lists every week the device holds: older-epoch weeks not listed were
        deleted on the device (a restored backup cannot know to withdraw them itself). They
        stay as empty tombstones of the new epoch, so a late bundle of the old one cannot
        bring them back."""
        older = s.scalars(
            select(DeviceWeek).where(DeviceWeek.device_id == dev_id, DeviceWeek.epoch < epoch)
        ).all()
        for gone in (w for w in older if w.week not in listed):
            s.execute(delete(WeekRow).where(WeekRow.device_id == dev_id, WeekRow.week == gone.week))
            s.execute(
                delete(MeasureRow).where(
                    MeasureRow.device_id == dev_id, MeasureRow.week == gone.week
                )
            )
            gone.epoch, gone.sequence = epoch, 0
            gone.wellbeing_mean = gone.wellbeing_count = None

    @staticmethod
    def _assigned_codes(s: Session, volunteer: str | None) -> set[str]:
        if volunteer is None:
            return set()
        return set(
            s.scalars(select(Assignment.match_code).where(Assignment.volunteer == volunteer))
        )

    def _replace_week(
        self,
        s: Session,
        dev_id: str,
        payload: BundlePayload,
        snapshot: WeekSnapshot,
        assigned: set[str],
        flagged: set[str],
    ) -> bool:
        """Replace the device-week if this bundle is newer than the one it came from."""
        current = s.get(DeviceWeek, (dev_id, snapshot.week))
        order = (payload.epoch, payload.sequence)
        if current is not None and (current.epoch, current.sequence) >= order:
            return False
        s.execute(delete(WeekRow).where(WeekRow.device_id == dev_id, WeekRow.week == snapshot.week))
        s.execute(
            delete(MeasureRow).where(
                MeasureRow.device_id == dev_id, MeasureRow.week == snapshot.week
            )
        )
        wellbeing = snapshot.own_wellbeing
        if current is None:
            current = DeviceWeek(device_id=dev_id, week=snapshot.week)
            s.add(current)
        current.epoch, current.sequence = order
        current.wellbeing_mean = None if wellbeing is None else wellbeing.mean
        current.wellbeing_count = None if wellbeing is None else wellbeing.count
        for match in snapshot.matches:
            is_flagged = match.match_code not in assigned
            if is_flagged:
                flagged.add(match.match_code)
            s.add(week_row(dev_id, snapshot.week, match, is_flagged))
            s.add_all(measure_rows(dev_id, snapshot.week, match))
        return True

    def _reject(
        self, s: Session, sha: str, reason: str, source: str, data: bytes,
        payload: BundlePayload | None = None, *, device: str | None = None,
    ) -> ImportResult:  # fmt: skip
        """Record the refusal (one receipt per bundle, however often it comes) and keep what
        came from the mailbox or the hold in the quarantine. `device` is named only when its
        signature verified, so the receipt goes to the device that really sent it."""
        if payload is not None:
            device = device_id(unb64(payload.device_key, "device key"))
        receipt = s.get(Receipt, sha)
        if receipt is None:
            s.add(Receipt(sha256=sha, device_id=device, status=ReceiptStatus.REJECTED,
                          reason=reason[:300], source=source[:16],
                          received_at=utc_now()))  # fmt: skip
        else:
            receipt.reason, receipt.received_at = reason[:300], utc_now()
        record(s, "import", sha, ImportStatus.REJECTED, reason)
        if source in quarantine.QUARANTINED_SOURCES:
            quarantine.put(s, load_limits(s), sha, device, source, reason, data)
        return ImportResult(
            sha, ImportStatus.REJECTED, reason, device,
            None if payload is None else payload.epoch,
            None if payload is None else payload.sequence,
            source=source,
        )  # fmt: skip


def week_row(dev_id: str, week: str, match: MatchWeek, flagged: bool) -> WeekRow:
    contacts = match.contacts or []
    return WeekRow(
        device_id=dev_id,
        week=week,
        match_code=match.match_code,
        visits=sum(c.count for c in contacts if c.kind == "visit"),
        conversations=sum(c.count for c in contacts if c.kind == "conversation"),
        minutes=match.minutes,
        seemed_mean=None if match.seemed is None else match.seemed.mean,
        seemed_count=None if match.seemed is None else match.seemed.count,
        concerns_raised=0 if match.concerns is None else match.concerns.raised,
        concerns_reported=0 if match.concerns is None else match.concerns.reported,
        follow_ups=match.follow_ups or 0,
        flagged=flagged,
        detail=match.model_dump_json(exclude_none=True),
        **mode_counts((c.mode, c.count) for c in contacts),
    )


def measure_rows(dev_id: str, week: str, match: MatchWeek) -> list[MeasureRow]:
    rows = []
    for result in match.measures or ():
        for name, value in result.scores():
            rows.append(
                MeasureRow(
                    device_id=dev_id,
                    week=week,
                    match_code=match.match_code,
                    measure=name,
                    score=value,
                )
            )
    return rows


def expand(paths: Iterable[Path]) -> list[Path]:
    """Files as given, and the `.age` files inside folders, in name order."""
    found: list[Path] = []
    for path in paths:
        if path.is_dir():
            found.extend(sorted(p for p in path.iterdir() if p.suffix == ".age" and p.is_file()))
        else:
            found.append(path)
    return found


def read_bundle_file(path: Path) -> bytes:
    return read_bounded("bundle", path, MAX_BUNDLE_BYTES)
