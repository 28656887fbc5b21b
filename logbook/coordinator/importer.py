"""Import bundles: check everything before storing anything, then replace device-weeks.

Order of checks (each failure rejects the bundle with a reason and changes nothing):
size → bounded age header → decrypt with the organisation's identities → signed envelope
(verified before the payload is parsed) → strict schema → org id and recipient → device
(known key, not revoked; unknown or pending: held, within limits.py's bounds) → epoch and
sequence (replay adds nothing; same numbers, other content: conflict) → store.

Each bundle is stored under a savepoint of the caller's transaction: whatever goes wrong
while storing it (a constraint the schema did not foresee included) rolls back that bundle
alone and becomes its rejection, so one bad bundle never stops a batch. Many bundles share
one transaction (up to BATCH_BUNDLES or BATCH_BYTES), so a batch costs one durable commit,
and what each bundle would ask the database first (its receipt, its device, its number, its
device-weeks) is read once for the whole batch (`_Known`). A crash inside a batch leaves the
database as it was before it; a source (file, mailbox) is told a bundle is done only after
the commit that stored it (the `committed` callback). A bundle rejected on its way from the
mailbox or out of the hold is kept in the quarantine (quarantine.py), so the mailbox can let
it go.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime
from pathlib import Path
from typing import Any, TypeVar

import pyrage
from sqlalchemy import ColumnElement, delete, func, insert, select, tuple_, update
from sqlalchemy.exc import OperationalError, SQLAlchemyError
from sqlalchemy.orm import Session

from logbook.atomicfile import read_bounded
from logbook.bundle.payload import MAX_BUNDLE_BYTES, BundlePayload
from logbook.bundle.read import BundleRejected, CannotDecrypt, read_bundle
from logbook.coordinator import quarantine
from logbook.coordinator.audit import entry, record, record_all
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
from logbook.testhooks import stop_point

BATCH_BUNDLES = 200  # bundles per transaction: one durable commit for them all
BATCH_BYTES = 16 * 1024 * 1024  # and at most this much of them in memory at once
IN_GROUP = 250  # keys per IN (...) list: well inside every driver's parameter limit

# What a check we did not foresee raises on untrusted bytes: that bundle's rejection.
UNFORESEEN = (ValueError, TypeError, KeyError, AttributeError, RecursionError, OverflowError)

# Core INSERTs, compiled once: an import writes these rows for every bundle, and building an
# ORM object (or an INSERT with its values) costs more than the row. Receipts and audit lines
# wait for the end of the batch (`_Known`), to be written in one statement each.
RECEIPT = insert(Receipt.core_table())
DEVICE_WEEK = insert(DeviceWeek.core_table())
WEEK_ROW = insert(WeekRow.core_table())
MEASURE_ROW = insert(MeasureRow.core_table())

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


@dataclass(frozen=True)
class Incoming:
    """A bundle to import: its bytes, where it came from ("file", "mailbox", "held": what its
    receipt and the quarantine go by), and the name its result shows (a file's path)."""

    data: bytes
    source: str
    name: str = ""


Committed = Callable[[list[ImportResult]], None]
T = TypeVar("T")


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
                weeks: int = 0) -> dict[str, Any]:  # fmt: skip
        return dict(
            sha256=self.sha256, device_id=self.device_id, epoch=self.epoch,
            sequence=self.sequence, payload_sha256=self.payload_sha256, status=status,
            reason=reason, flagged=flagged, weeks=weeks, source=self.source[:16],
            received_at=utc_now(),
        )  # fmt: skip

    def result(self, status: ImportStatus, reason: str, *, weeks: int = 0,
               flagged: tuple[str, ...] = ()) -> ImportResult:  # fmt: skip
        return ImportResult(self.sha256, status, reason, self.device_id, self.epoch,
                            self.sequence, weeks, flagged, self.source)  # fmt: skip


@dataclass
class _Opened:
    """A bundle that decrypted and verified, not yet stored."""

    payload: BundlePayload
    payload_sha: str
    device_id: str


@dataclass
class _Known:
    """What the database holds for one batch's bundles, read once for them all and kept true
    as the batch stores them (only after a bundle's savepoint is released, so a bundle rolled
    back leaves no trace here either). Absent keys are listed, so asking again costs nothing."""

    no_receipt: set[str] = field(default_factory=set)
    no_week: set[tuple[str, str]] = field(default_factory=set)
    # (device, epoch, sequence) -> payload SHA-256 of the IMPORTED or CONFLICT receipt
    numbered: dict[tuple[str, int, int], str | None] = field(default_factory=dict)
    assigned: dict[str, set[str]] = field(default_factory=dict)
    last_seen: dict[str, datetime] = field(default_factory=dict)  # written once, at the end
    # The rows read ahead: the session's identity map holds them only while someone does.
    loaded: list[object] = field(default_factory=list)
    # Receipts (by SHA-256) and audit lines of the bundles stored so far, written at the end
    # of the batch; those of the bundle being stored join them once its savepoint is released.
    receipts: dict[str, dict[str, Any]] = field(default_factory=dict)
    audit: list[dict[str, Any]] = field(default_factory=list)
    staged: tuple[list[dict[str, Any]], list[dict[str, Any]]] = field(
        default_factory=lambda: ([], [])
    )

    def receipt(self, values: dict[str, Any]) -> None:
        self.staged[0].append(values)

    def note(self, action: str, subject: str, result: str, detail: str = "") -> None:
        self.staged[1].append(entry(action, subject, result, detail))

    def keep_staged(self, keep: bool) -> None:
        receipts, audit = self.staged
        if keep:
            self.receipts.update((r["sha256"], r) for r in receipts)
            self.audit += audit
        receipts.clear()
        audit.clear()

    def write(self, s: Session) -> None:
        if self.receipts:
            s.execute(RECEIPT, list(self.receipts.values()))
        record_all(s, self.audit)
        self.receipts, self.audit = {}, []

    def stored(self, opened: _Opened, weeks: Iterable[str], numbered: bool) -> None:
        self.no_week.difference_update((opened.device_id, w) for w in weeks)
        if numbered:
            p = opened.payload
            self.numbered.setdefault((opened.device_id, p.epoch, p.sequence), opened.payload_sha)


def _in_groups(keys: Sequence[object]) -> Iterator[Sequence[object]]:
    for start in range(0, len(keys), IN_GROUP):
        yield keys[start : start + IN_GROUP]


class Importer:
    def __init__(self, db: CoordinatorDb, keys: OrgKeys) -> None:
        self._db = db
        self._keys = keys

    def import_bytes(self, data: bytes, source: str = "file") -> ImportResult:
        """One bundle in a transaction of its own."""
        with self._db.session() as s:
            return self.import_one(s, data, source)

    def import_one(self, s: Session, data: bytes, source: str) -> ImportResult:
        """One bundle inside the caller's transaction (see `import_batch`)."""
        return self.import_batch(s, [Incoming(data, source)])[0]

    def import_all(
        self, bundles: Iterable[Incoming | ImportResult], committed: Committed | None = None
    ) -> ImportBatch:
        """Bundles in batches of one transaction each; `committed` hears each batch's results
        once its commit is durable (and never otherwise). An ImportResult among the bundles
        (a file that could not be read) is passed through in its place."""
        batch = ImportBatch()
        for chunk in _batches(bundles, lambda b: len(b.data) if isinstance(b, Incoming) else 0):
            with self._db.session() as s:
                results = self.import_batch(s, chunk)
            if committed is not None:
                committed(results)
            batch.results += results
        return batch

    def import_batch(
        self, s: Session, bundles: Sequence[Incoming | ImportResult]
    ) -> list[ImportResult]:
        """Bundles inside the caller's transaction, each under its own savepoint: anything
        wrong with one becomes its rejection, rolled back alone. Only a failure of the
        database itself (unreachable, locked, damaged) propagates, as it is no fault of a
        bundle: the caller's transaction, and with it the whole batch, is then rolled back."""
        shas = [
            hashlib.sha256(b.data).hexdigest() if isinstance(b, Incoming) else "" for b in bundles
        ]
        seen = self._receipts(s, [sha for sha in shas if sha])
        opened: list[_Opened | Exception | None] = [
            self._try_open(b.data)
            if isinstance(b, Incoming)
            and (seen.get(sha) is None or seen[sha].status == ReceiptStatus.REJECTED)
            else None
            for b, sha in zip(bundles, shas, strict=True)
        ]
        known = self._known(s, shas, seen, [o for o in opened if isinstance(o, _Opened)])
        results = []
        for bundle, sha, one in zip(bundles, shas, opened, strict=True):
            if isinstance(bundle, ImportResult):
                results.append(bundle)
                continue
            result = self._import(s, sha, bundle, one, known)
            results.append(replace(result, source=bundle.name) if bundle.name else result)
            stop_point("import-bundle-stored")  # crash tests: killed in the middle of a batch
        known.write(s)
        if known.last_seen:  # one UPDATE for the batch, not one a bundle
            s.execute(update(Device), [{"id": d, "last_seen": at}
                                       for d, at in sorted(known.last_seen.items())])  # fmt: skip
        return results

    def import_files(
        self, paths: Iterable[Path], committed: Committed | None = None
    ) -> ImportBatch:
        def read(path: Path) -> Incoming | ImportResult:
            try:
                return Incoming(read_bundle_file(path), "file", str(path))
            except LogbookError as exc:
                return ImportResult(path.name, ImportStatus.REJECTED, exc.message,
                                    source=str(path))  # fmt: skip

        return self.import_all((read(p) for p in expand(paths)), committed)

    def release_held(self, device: str, committed: Committed | None = None) -> ImportBatch:
        """Import what was held for a device, oldest first (after it was approved), in
        batches. Each bundle leaves the hold in the same transaction as its import or
        rejection."""
        with self._db.session() as s:
            waiting = s.execute(
                select(HeldBundle.sha256, HeldBundle.size)
                .where(HeldBundle.device_id == device)
                .order_by(HeldBundle.received_at, HeldBundle.sha256)
            ).all()
        batch = ImportBatch()
        for chunk in _batches(waiting, lambda row: int(row.size)):
            shas = [row.sha256 for row in chunk]
            with self._db.session() as s:
                held = {h.sha256: h for h in s.scalars(
                    select(HeldBundle).where(HeldBundle.sha256.in_(shas)))}  # fmt: skip
                released = [Incoming(held[sha].data, "held") for sha in shas if sha in held]
                for row in held.values():  # (one missing was released meanwhile)
                    s.delete(row)
                s.execute(delete(Receipt).where(Receipt.sha256.in_(shas),
                                          Receipt.status == ReceiptStatus.HELD))  # fmt: skip
                s.flush()
                results = self.import_batch(s, released)
            if committed is not None:
                committed(results)
            batch.results += results
        return batch

    # -- one bundle of a batch ---------------------------------------------------------------
    def _import(
        self, s: Session, sha: str, bundle: Incoming, opened: _Opened | Exception | None,
        known: _Known,
    ) -> ImportResult:  # fmt: skip
        data, source = bundle.data, bundle.source
        if sha in known.receipts:  # a copy of a bundle stored earlier in this batch
            return _again(Receipt(**known.receipts[sha]), source)
        absent = sha in known.no_receipt
        known.no_receipt.discard(sha)  # whatever becomes of it now writes its receipt
        seen = None if absent else s.get(Receipt, sha)
        if seen is not None and seen.status != ReceiptStatus.REJECTED:
            return _again(seen, source)
        if opened is None:  # (its receipt was deleted since the batch began: decided afresh)
            opened = self._try_open(data)
        if isinstance(opened, BundleRejected):
            signer = None if opened.device_key is None else device_id(opened.device_key)
            return self._reject(s, sha, opened.message, source, data, device=signer)
        if isinstance(opened, DamagedFile):
            return self._reject(s, sha, opened.message, source, data)
        if isinstance(opened, Exception):
            # Untrusted bytes met a check we did not foresee: one bundle refused, never a
            # crash that would leave it at the head of the mailbox, blocking every other.
            return self._reject(s, sha, "The bundle is damaged (it could not be read).", source,
                                data)  # fmt: skip
        try:
            with s.begin_nested():
                if seen is not None:
                    # Refused before (say, before an identity was restored): decided afresh,
                    # and no longer kept as a rejected bundle if it is taken now.
                    s.delete(seen)
                    s.flush()
                result = self._store(s, sha, data, opened, source, known)
                if seen is not None and result.status != ImportStatus.REJECTED:
                    s.execute(delete(QuarantinedBundle).where(QuarantinedBundle.sha256 == sha))
        except BundleRejected as exc:
            known.keep_staged(False)
            return self._reject(s, sha, exc.message, source, data, opened.payload)
        except OperationalError:
            raise
        except SQLAlchemyError as exc:
            known.keep_staged(False)
            # Only the kind of error is named: its text would quote the bundle's values.
            reason = STORAGE_FAILED.format(error=type(exc).__name__)
            return self._reject(s, sha, reason, source, data, opened.payload)
        known.keep_staged(True)
        known.last_seen[opened.device_id] = utc_now()
        if not result.retry:  # a bundle left in the mailbox (hold full) wrote no receipt
            weeks = [w.week for w in opened.payload.summary.weeks] if result.weeks else []
            numbered = result.status in (ImportStatus.IMPORTED, ImportStatus.CONFLICT)
            known.stored(opened, weeks, numbered)
        return result

    def _try_open(self, data: bytes) -> _Opened | Exception:
        """The bundle opened and verified, or why not (raised later, in its own place)."""
        try:
            payload, payload_sha = self._open(data)
            signer = device_id(unb64(payload.device_key, "device key"))
        except (DamagedFile, *UNFORESEEN) as exc:
            return exc
        return _Opened(payload, payload_sha, signer)

    # -- what the database holds for a batch, read once --------------------------------------
    @staticmethod
    def _receipts(s: Session, shas: list[str]) -> dict[str, Receipt]:
        found: dict[str, Receipt] = {}
        for group in _in_groups(sorted(set(shas))):
            found.update((r.sha256, r) for r in s.scalars(
                select(Receipt).where(Receipt.sha256.in_(group))))  # fmt: skip
        return found

    @staticmethod
    def _known(
        s: Session, shas: list[str], seen: dict[str, Receipt], opened: list[_Opened]
    ) -> _Known:
        """Load the batch's devices and device-weeks into the session (so `s.get` finds them
        without a query) and list what is absent."""
        known = _Known(no_receipt={sha for sha in shas if sha and sha not in seen})
        devices = sorted({o.device_id for o in opened})
        volunteers = set()
        for group in _in_groups(devices):
            for device in s.scalars(select(Device).where(Device.id.in_(group))):
                known.loaded.append(device)
                if device.volunteer is not None:
                    volunteers.add(device.volunteer)
        # Import assigns nothing, so what is assigned now is true for the whole batch.
        known.assigned = {v: set() for v in volunteers}
        for group in _in_groups(sorted(volunteers)):
            for code, volunteer in s.execute(select(Assignment.match_code, Assignment.volunteer)
                                             .where(Assignment.volunteer.in_(group))):  # fmt: skip
                known.assigned[volunteer].add(code)
        weeks = sorted({(o.device_id, w.week) for o in opened for w in o.payload.summary.weeks})
        present: set[tuple[str, str]] = set()
        key: ColumnElement[tuple[str, str]] = tuple_(DeviceWeek.device_id, DeviceWeek.week)
        for group in _in_groups(weeks):
            for row in s.scalars(select(DeviceWeek).where(key.in_(group))):
                known.loaded.append(row)
                present.add((row.device_id, row.week))
        known.no_week = set(weeks) - present
        numbers = sorted({(o.device_id, o.payload.epoch, o.payload.sequence) for o in opened})
        order = tuple_(Receipt.device_id, Receipt.epoch, Receipt.sequence)
        for group in _in_groups(numbers):
            rows = s.execute(
                select(Receipt.device_id, Receipt.epoch, Receipt.sequence, Receipt.payload_sha256)
                .where(order.in_(group),
                       Receipt.status.in_((ReceiptStatus.IMPORTED, ReceiptStatus.CONFLICT)))
                .order_by(Receipt.received_at, Receipt.sha256)
            )  # fmt: skip
            for dev, epoch, sequence, payload_sha in rows:
                if dev is not None and epoch is not None and sequence is not None:  # (matched)
                    known.numbered.setdefault((dev, epoch, sequence), payload_sha)
        return known

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
        self, s: Session, sha: str, data: bytes, opened: _Opened, source: str, known: _Known,
    ) -> ImportResult:  # fmt: skip
        payload, payload_sha = opened.payload, opened.payload_sha
        key = unb64(payload.device_key, "device key")
        seen = _Seen(sha, payload_sha, opened.device_id, payload.epoch, payload.sequence, source)
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
            known.note("device", seen.device_id, DeviceStatus.PENDING,
                       "first bundle from this device")  # fmt: skip
        if device.status == DeviceStatus.REVOKED:
            raise BundleRejected(
                _("Device {device_id} was revoked; its bundles are refused.").format(
                    device_id=seen.device_id
                )
            )
        if device.status == DeviceStatus.PENDING:
            return self._hold(s, seen, data, known)
        number = (seen.device_id, seen.epoch, seen.sequence)
        if number in known.numbered:
            earlier: str | None = known.numbered[number]
        else:
            earlier = None
        if number in known.numbered and earlier == payload_sha:
            # Stored IMPORTED (its content is in); this import itself added nothing.
            copy = "a copy of a bundle already imported"
            known.receipt(seen.receipt(ReceiptStatus.IMPORTED, reason=copy))
            known.note("import", sha, ImportStatus.ALREADY, "same content as an earlier bundle")
            return seen.result(ImportStatus.ALREADY, "The same summary was imported before.")
        if number in known.numbered:
            reason = (
                f"Conflict: device {seen.device_id} sent different content under the same "
                f"number (epoch {seen.epoch}, sequence {seen.sequence}); nothing was changed."
            )
            known.receipt(seen.receipt(ReceiptStatus.CONFLICT, reason=reason))
            known.note("import", sha, ImportStatus.CONFLICT, reason)
            return seen.result(ImportStatus.CONFLICT, reason)
        if payload.epoch_weeks is not None:
            newest = s.scalar(
                select(func.max(DeviceWeek.epoch)).where(DeviceWeek.device_id == seen.device_id)
            )
            if newest is None or payload.epoch >= newest:
                # Only the device's newest epoch speaks for what it holds: a late bundle of an
                # older epoch must not withdraw weeks a newer one still holds.
                self._withdraw_unlisted(s, seen.device_id, payload.epoch,
                                        set(payload.epoch_weeks))  # fmt: skip
        assigned = self._assigned_codes(s, device.volunteer, known)
        weeks, flagged = 0, set[str]()
        for snapshot in payload.summary.weeks:
            if self._replace_week(s, seen.device_id, payload, snapshot, assigned, flagged,
                                  known):  # fmt: skip
                weeks += 1
        known.receipt(seen.receipt(ReceiptStatus.IMPORTED, flagged=bool(flagged), weeks=weeks))
        note = f"{weeks} {'week' if weeks == 1 else 'weeks'}"  # the audit log: stored, English
        if flagged:
            note += f"; not assigned to the volunteer: {', '.join(sorted(flagged))}"
        known.note("import", sha, ImportStatus.IMPORTED, note)
        return seen.result(ImportStatus.IMPORTED, "", weeks=weeks, flagged=tuple(sorted(flagged)))

    def _hold(self, s: Session, seen: _Seen, data: bytes, known: _Known) -> ImportResult:
        """Keep the bundle until the device is approved, within the limits. Over them it is
        left where it came from (the mailbox) and nothing is recorded, so fetching it again
        adds nothing; the device's row stays either way, so it can still be approved."""
        full = self._hold_full(s, load_limits(s), seen.device_id, len(data))
        if full:
            return replace(seen.result(ImportStatus.HELD, full), retry=True)
        s.add(HeldBundle(sha256=seen.sha256, device_id=seen.device_id, data=data,
                         size=len(data), received_at=utc_now()))  # fmt: skip
        known.receipt(seen.receipt(ReceiptStatus.HELD, reason="device not approved yet"))
        known.note("import", seen.sha256, ImportStatus.HELD,
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
    def _assigned_codes(s: Session, volunteer: str | None, known: _Known) -> set[str]:
        if volunteer is None:
            return set()
        if volunteer not in known.assigned:  # a device the batch did not read ahead
            known.assigned[volunteer] = set(
                s.scalars(select(Assignment.match_code).where(Assignment.volunteer == volunteer))
            )
        return known.assigned[volunteer]

    def _replace_week(
        self,
        s: Session,
        dev_id: str,
        payload: BundlePayload,
        snapshot: WeekSnapshot,
        assigned: set[str],
        flagged: set[str],
        known: _Known,
    ) -> bool:
        """Replace the device-week if this bundle is newer than the one it came from."""
        key = (dev_id, snapshot.week)
        current = None if key in known.no_week else s.get(DeviceWeek, key)
        order = (payload.epoch, payload.sequence)
        if current is not None and (current.epoch, current.sequence) >= order:
            return False
        wellbeing = snapshot.own_wellbeing
        mean = None if wellbeing is None else wellbeing.mean
        count = None if wellbeing is None else wellbeing.count
        if current is None:
            # No device-week, so no rows: they are only ever written with theirs.
            s.execute(DEVICE_WEEK, dict(
                device_id=dev_id, week=snapshot.week, epoch=order[0], sequence=order[1],
                wellbeing_mean=mean, wellbeing_count=count,
            ))  # fmt: skip
        else:
            s.execute(delete(WeekRow).where(WeekRow.device_id == dev_id,
                                            WeekRow.week == snapshot.week))  # fmt: skip
            s.execute(delete(MeasureRow).where(MeasureRow.device_id == dev_id,
                                               MeasureRow.week == snapshot.week))  # fmt: skip
            current.epoch, current.sequence = order
            current.wellbeing_mean, current.wellbeing_count = mean, count
        rows, measures = [], []
        for match in snapshot.matches:
            is_flagged = match.match_code not in assigned
            if is_flagged:
                flagged.add(match.match_code)
            rows.append(week_row_values(dev_id, snapshot.week, match, is_flagged))
            measures += measure_row_values(dev_id, snapshot.week, match)
        if rows:  # (many rows, one statement each table)
            s.execute(WEEK_ROW, rows)
        if measures:
            s.execute(MEASURE_ROW, measures)
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


def _batches(items: Iterable[T], size: Callable[[T], int]) -> Iterator[list[T]]:
    """Batches of at most BATCH_BUNDLES items and (but for one alone) BATCH_BYTES."""
    batch: list[T] = []
    total = 0
    for item in items:
        length = size(item)
        if batch and (len(batch) >= BATCH_BUNDLES or total + length > BATCH_BYTES):
            yield batch
            batch, total = [], 0
        batch.append(item)
        total += length
    if batch:
        yield batch


def week_row_values(dev_id: str, week: str, match: MatchWeek, flagged: bool) -> dict[str, Any]:
    contacts = match.contacts or []
    return dict(
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


def measure_row_values(dev_id: str, week: str, match: MatchWeek) -> list[dict[str, Any]]:
    return [
        dict(device_id=dev_id, week=week, match_code=match.match_code, measure=name, score=value)
        for result in match.measures or ()
        for name, value in result.scores()
    ]


def week_row(dev_id: str, week: str, match: MatchWeek, flagged: bool) -> WeekRow:
    return WeekRow(**week_row_values(dev_id, week, match, flagged))


def measure_rows(dev_id: str, week: str, match: MatchWeek) -> list[MeasureRow]:
    return [MeasureRow(**values) for values in measure_row_values(dev_id, week, match)]


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
