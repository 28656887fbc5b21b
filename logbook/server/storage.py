"""Where the mailbox keeps bundles, notices and devices: SQLAlchemy Core on SQLite or PostgreSQL.

The schema is plain tables made with `create_all` at start; there is no Alembic here
because the mailbox holds only what is in transit (a new schema can start empty once every
bundle has been collected). Nothing stored can be read without the organisation's key.
Inserts are `INSERT ... ON CONFLICT DO NOTHING` on a unique SHA-256, so any number of server
processes sharing one database store a bundle exactly once. Everything per device (its
status, its upload rate bucket, the nonces it has used, the bytes it has stored) is kept here
too, so limits hold across any number of worker processes.
"""

from __future__ import annotations

import importlib.util
import os
import threading
import time
from collections.abc import Iterator, Sequence
from contextlib import AbstractContextManager, contextmanager, nullcontext
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import (
    BigInteger,
    Column,
    DateTime,
    Engine,
    Float,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Table,
    UniqueConstraint,
    bindparam,
    case,
    create_engine,
    delete,
    event,
    exc,
    func,
    literal,
    select,
    text,
    update,
)
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.engine import make_url
from sqlalchemy.sql.dml import Insert

from logbook.errors import InvalidValue, Refused
from logbook.i18n import _
from logbook.statuses import DeviceStatus

LIST_LIMIT = 1000
NOTICE_LIMIT = 100
NONCE_SWEEP_SECONDS = 60.0
IDLE_PING_SECONDS = 5.0
_USED = "logbook_used_at"
# Any fixed number: the advisory lock that keeps two processes from creating tables at once.
_SCHEMA_LOCK = 0x6C6F67626F6F6B

metadata = MetaData()
# BigInteger ids, as INTEGER on SQLite so they stay the rowid (autoincrementing).
_Id = BigInteger().with_variant(Integer(), "sqlite")

bundles = Table(
    "mailbox_bundles",
    metadata,
    Column("id", _Id, primary_key=True, autoincrement=True),
    Column("sha256", String(64), nullable=False),
    Column("size", Integer, nullable=False),
    Column("received_at", DateTime(timezone=True), nullable=False),
    Column("data", LargeBinary, nullable=False),
    # The verified device that uploaded it: its storage quota counts these.
    Column("device_id", String(16), nullable=False),
    UniqueConstraint("sha256", name="uq_mailbox_bundles_sha256"),
    Index("ix_mailbox_bundles_device_id", "device_id"),
    sqlite_autoincrement=True,
)

devices = Table(
    "mailbox_devices",
    metadata,
    Column("id", String(16), primary_key=True),
    Column("public_key", LargeBinary(32), nullable=False),
    # pending (registered with the enrolment token), approved or revoked (by the coordinator)
    Column("status", String(8), nullable=False),
    Column("registered_at", DateTime(timezone=True), nullable=False),
    # The upload rate's token bucket: tokens left, as of `rate_updated` (Unix seconds).
    Column("rate_tokens", Float(precision=53), nullable=False),
    Column("rate_updated", Float(precision=53), nullable=False),
    Index("ix_mailbox_devices_status", "status"),
)

nonces = Table(
    "mailbox_nonces",
    metadata,
    Column("device_id", String(16), primary_key=True),
    Column("nonce", String(64), primary_key=True),
    Column("seen_at", Float(precision=53), nullable=False),
    Index("ix_mailbox_nonces_seen_at", "seen_at"),
)

notices = Table(
    "mailbox_notices",
    metadata,
    Column("id", _Id, primary_key=True, autoincrement=True),
    Column("audience", String(64), nullable=False),
    Column("sha256", String(64), nullable=False),
    Column("posted_at", DateTime(timezone=True), nullable=False),
    Column("data", LargeBinary, nullable=False),
    # The same signed notice may go to several devices; once per audience.
    UniqueConstraint("audience", "sha256", name="uq_mailbox_notices_audience_sha256"),
    Index("ix_mailbox_notices_audience_id", "audience", "id"),
    # Volunteers fetch notices "after N": an id is never handed out twice.
    sqlite_autoincrement=True,
)


class BundleGone(Exception):
    """The bundle named as a listing's starting point is no longer stored."""


class StorageUnavailable(Exception):
    """The database could not be reached or refused the statement; try again later."""


class QuotaFull(Exception):
    """The device already has its quota of bytes waiting in the mailbox."""


class TooManyPending(Exception):
    """So many devices wait for approval that no more may register."""


class Revoked(Exception):
    """The device was revoked (or is gone) by the time its upload was stored."""


class Replay(Exception):
    """The request's nonce was used before."""


class RateLimited(Exception):
    """The device's rate bucket is empty: `wait` seconds until the next upload."""

    def __init__(self, wait: float) -> None:
        super().__init__(wait)
        self.wait = wait


@dataclass(frozen=True)
class Rate:
    """A device's upload rate: a token bucket of `burst`, refilled at `per_minute`."""

    per_minute: int
    burst: int

    def wait(self, level: float) -> float:
        """Seconds until the bucket, now at `level` tokens, holds one upload (0.0: it does)."""
        return 0.0 if level >= 1.0 else (1.0 - level) * 60.0 / self.per_minute


@dataclass(frozen=True)
class Upload:
    """A bundle to store, with the device's quota once approved and while pending."""

    sha256: str
    data: bytes
    quota: int
    pending_quota: int


@dataclass(frozen=True)
class StoredDevice:
    id: str
    public_key: bytes
    status: str


@dataclass(frozen=True)
class UploadCheck:
    """An upload's headers against the database: see `MailboxStore.check_upload`."""

    device: StoredDevice
    replay: bool
    wait: float


@dataclass(frozen=True)
class StoredBundle:
    sha256: str
    size: int
    received_at: datetime


@dataclass(frozen=True)
class StoredNotice:
    id: int
    audience: str
    data: bytes


def _utc(value: datetime) -> datetime:
    # SQLite hands back naive datetimes; everything stored is UTC.
    return value if value.tzinfo else value.replace(tzinfo=UTC)


def _sqlite_pragmas(dbapi_conn: Any, _record: Any) -> None:
    cur = dbapi_conn.cursor()
    try:
        cur.execute("PRAGMA journal_mode = WAL")
        cur.execute("PRAGMA busy_timeout = 30000")
        # A 201 tells the volunteer's app it may stop sending: the commit must reach the disk.
        cur.execute("PRAGMA synchronous = FULL")
    finally:
        cur.close()


def open_engine(url: str) -> Engine:
    """An engine for a `sqlite:///PATH` or `postgresql+psycopg://...` URL."""
    try:
        parsed = make_url(url)
    except exc.ArgumentError:
        raise InvalidValue("database URL", "is not a database URL") from None
    backend = parsed.get_backend_name()
    if backend == "sqlite":
        if not parsed.database or parsed.database == ":memory:":
            raise InvalidValue("database URL", "a SQLite URL must name a file: sqlite:///PATH")
        path = Path(parsed.database)
        if not path.parent.is_dir():
            raise InvalidValue("database URL", f"the folder {path.parent} does not exist")
        if importlib.util.find_spec("sqlite3") is None:  # left out of the desktop build
            raise Refused(
                _(
                    "SQLite is not part of this installation: give the mailbox a PostgreSQL "
                    "URL, or install volunteer-logbook-core[server] with pip."
                )
            )
        if not path.exists():
            # SQLite gives the WAL and shm files the main file's mode: owner-only from the start.
            os.close(os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600))
        engine = create_engine(
            parsed,
            hide_parameters=True,
            connect_args={"check_same_thread": False, "timeout": 30},
        )
        event.listen(engine, "connect", _sqlite_pragmas)
        return engine
    if backend == "postgresql":
        if parsed.get_driver_name() not in ("psycopg", "psycopg2"):
            raise InvalidValue("database URL", "use postgresql+psycopg://USER@HOST/DATABASE")
        # psycopg 3 is the driver this project installs; plain postgresql:// (psycopg2 under
        # SQLAlchemy 2.0) means it too.
        parsed = parsed.set(drivername="postgresql+psycopg")
        try:
            engine = create_engine(parsed, hide_parameters=True, pool_size=10, max_overflow=10)
        except ModuleNotFoundError:
            raise Refused(
                _(
                    "PostgreSQL support is not part of this installation; install "
                    "volunteer-logbook-core[postgres]."
                )
            ) from None
        _ping_when_idle(engine)
        return engine
    raise InvalidValue("database URL", "the mailbox keeps its data in SQLite or PostgreSQL")


def _ping_when_idle(engine: Engine) -> None:
    """SQLAlchemy's pre-ping, for connections left unused for IDLE_PING_SECONDS only.

    A ping on every checkout was a round trip more for every database call under load.
    A connection used a moment ago is alive; should the server restart all the same, the
    first failed statement makes SQLAlchemy drop every pooled connection, and the request
    is answered 503 (try again later) with nothing stored.
    """

    @event.listens_for(engine, "connect")
    @event.listens_for(engine, "checkin")
    def used(dbapi_conn: Any, record: Any) -> None:
        record.info[_USED] = time.monotonic()

    @event.listens_for(engine, "checkout")
    def checkout(dbapi_conn: Any, record: Any, proxy: Any) -> None:
        if time.monotonic() - record.info.get(_USED, 0.0) < IDLE_PING_SECONDS:
            return
        try:
            engine.dialect.do_ping(dbapi_conn)
        except Exception as error:
            # The pool replaces the connection and tries again (the documented recipe).
            raise exc.DisconnectionError() from error


def _insert_once(engine: Engine, table: Table, keys: list[str], **values: Any) -> Insert:
    """INSERT ... ON CONFLICT (keys) DO NOTHING RETURNING id, in the engine's own dialect.

    A row comes back only when one was inserted (rowcount is not reliable with RETURNING).
    """
    stmt: postgresql.Insert | sqlite.Insert
    if engine.dialect.name == "postgresql":
        stmt = postgresql.insert(table).values(**values)
    else:
        stmt = sqlite.insert(table).values(**values)
    return stmt.on_conflict_do_nothing(index_elements=keys).returning(table.c[keys[0]])


_Real = Float(precision=53)
_DEVICE = bindparam("p_device", type_=String())
_NONCE = bindparam("p_nonce", type_=String())
_NOW = bindparam("p_now", type_=_Real)
_SIZE = bindparam("p_size", type_=Integer())


def _rate_params(rate: Rate, now: float) -> dict[str, float]:
    return {"p_now": now, "p_per_second": rate.per_minute / 60.0, "p_burst": float(rate.burst)}


class _UploadStatements:
    """The upload path's statements, built once with bind parameters for the store's dialect.

    Built anew for each request, SQLAlchemy's work on them (coercions, bind objects, cache
    keys) cost more CPU than the database's own.
    """

    def __init__(self, dialect: str) -> None:
        insert = postgresql.insert if dialect == "postgresql" else sqlite.insert
        burst = bindparam("p_burst", type_=_Real)
        refilled = devices.c.rate_tokens + (_NOW - devices.c.rate_updated) * bindparam(
            "p_per_second", type_=_Real
        )
        # The device's bucket refilled to now, at most `burst`.
        level = case((refilled > burst, burst), else_=refilled)
        replay = select(literal(1)).where(nonces.c.device_id == _DEVICE, nonces.c.nonce == _NONCE)
        self.check = select(
            devices.c.id,
            devices.c.public_key,
            devices.c.status,
            level.label("level"),
            replay.exists().label("replay"),
        ).where(devices.c.id == _DEVICE)
        # One UPDATE that refills and takes at once, so concurrent workers cannot both spend
        # the last token (PostgreSQL rechecks the WHERE on a row another transaction changed;
        # SQLite runs one writer at a time).
        self.take = (
            update(devices)
            .where(devices.c.id == _DEVICE, devices.c.status != DeviceStatus.REVOKED, level >= 1.0)
            .values(rate_tokens=level - 1.0, rate_updated=_NOW)
            .returning(devices.c.status)
        )
        self.level = select(devices.c.status, level).where(devices.c.id == _DEVICE)
        self.nonce = (
            insert(nonces)
            .values(device_id=_DEVICE, nonce=_NONCE, seen_at=_NOW)
            .on_conflict_do_nothing(index_elements=["device_id", "nonce"])
            .returning(nonces.c.device_id)
        )
        # The bundle, once, only while the device's stored bytes and it fit its quota: a row
        # comes back only when it was stored.
        used = (
            select(func.coalesce(func.sum(bundles.c.size), 0))
            .where(bundles.c.device_id == _DEVICE)
            .scalar_subquery()
        )
        row = select(
            bindparam("p_sha256", type_=String()),
            _SIZE,
            bindparam("p_received", type_=DateTime(timezone=True)),
            bindparam("p_data", type_=LargeBinary()),
            _DEVICE,
        ).where(used + _SIZE <= bindparam("p_quota", type_=BigInteger()))
        self.store = (
            insert(bundles)
            .from_select(["sha256", "size", "received_at", "data", "device_id"], row)
            .on_conflict_do_nothing(index_elements=["sha256"])
            .returning(bundles.c.id)
        )
        self.existing = select(bundles.c.id).where(
            bundles.c.sha256 == bindparam("p_sha256", type_=String())
        )


def _store_within(engine: Engine, upload: Upload, device_id: str, quota: int) -> Insert:
    """INSERT the bundle once, only while the device's stored bytes and it fit `quota`: one
    statement (INSERT ... SELECT ... WHERE) that returns its id only when it stored it."""
    used = (
        select(func.coalesce(func.sum(bundles.c.size), 0))
        .where(bundles.c.device_id == device_id)
        .scalar_subquery()
    )
    size = len(upload.data)
    row = select(
        literal(upload.sha256, String()),
        literal(size, Integer()),
        literal(datetime.now(UTC), DateTime(timezone=True)),
        literal(upload.data, LargeBinary()),
        literal(device_id, String()),
    ).where(used + size <= quota)
    columns = ["sha256", "size", "received_at", "data", "device_id"]
    stmt: postgresql.Insert | sqlite.Insert
    if engine.dialect.name == "postgresql":
        stmt = postgresql.insert(bundles).from_select(columns, row)
    else:
        stmt = sqlite.insert(bundles).from_select(columns, row)
    return stmt.on_conflict_do_nothing(index_elements=["sha256"]).returning(bundles.c.id)


SCHEMA_ATTEMPTS = 8  # two servers started at once on a new SQLite file (about 1.4 s in all)


class MailboxStore:
    """Every database call of the mailbox. Blocking: the app runs these on worker threads."""

    def __init__(self, url: str) -> None:
        self.engine = open_engine(url)
        # SQLite takes one writer at a time and its busy handler waits by sleeping (up to
        # 100 ms a turn): queue this process's writers on a lock instead, so only one of
        # them at a time waits on the other processes. PostgreSQL needs no such thing.
        self._write_lock: AbstractContextManager[Any] = (
            threading.Lock() if self.engine.dialect.name == "sqlite" else nullcontext()
        )
        # A read needs no transaction on PostgreSQL: BEGIN and ROLLBACK were two round
        # trips more for a single SELECT.
        self._reader = (
            self.engine
            if self.engine.dialect.name == "sqlite"
            else self.engine.execution_options(isolation_level="AUTOCOMMIT")
        )
        self._sql = _UploadStatements(self.engine.dialect.name)
        self._last_sweep = 0.0
        self.create_tables()

    def create_tables(self) -> None:
        sqlite_file = self.engine.dialect.name == "sqlite"
        with _errors():
            for attempt in range(1, SCHEMA_ATTEMPTS + 1):
                try:
                    with self.engine.begin() as conn:
                        if not sqlite_file:
                            conn.execute(select(func.pg_advisory_xact_lock(_SCHEMA_LOCK)))
                        metadata.create_all(conn, checkfirst=True)
                    return
                except exc.OperationalError:
                    # Another SQLite process starting on the same new file made the tables
                    # between our check and our CREATE, or held the lock while switching it
                    # to WAL (which does not wait on the busy timeout): try again shortly.
                    if attempt == SCHEMA_ATTEMPTS or not sqlite_file:
                        raise
                    time.sleep(0.05 * attempt)

    def close(self) -> None:
        self.engine.dispose()

    def check(self) -> None:
        """Raise StorageUnavailable unless the database answers."""
        with _errors(), self.engine.connect() as conn:
            conn.execute(text("SELECT 1"))

    # -- devices --------------------------------------------------------------------------------

    def device(self, device_id: str) -> StoredDevice | None:
        query = select(devices.c.id, devices.c.public_key, devices.c.status).where(
            devices.c.id == device_id
        )
        with _errors(), self._reader.connect() as conn:
            row = conn.execute(query).first()
        return None if row is None else StoredDevice(row.id, bytes(row.public_key), row.status)

    def register_device(
        self, device_id: str, public_key: bytes, burst: int, max_pending: int
    ) -> tuple[StoredDevice, bool]:
        """Add a pending device (once); the device as stored and whether it was new."""
        with _errors(), self._write_lock, self.engine.begin() as conn:
            found = self._device_row(conn, device_id)
            if found is not None:
                return found, False
            pending = conn.execute(
                select(func.count())
                .select_from(devices)
                .where(devices.c.status == DeviceStatus.PENDING)
            ).scalar_one()
            if pending >= max_pending:
                raise TooManyPending()
            new = self._insert_device(conn, device_id, public_key, DeviceStatus.PENDING, burst)
            if not new:  # another worker registered it meanwhile
                found = self._device_row(conn, device_id)
                assert found is not None
                return found, False
        return StoredDevice(device_id, public_key, DeviceStatus.PENDING), True

    def set_device_status(
        self, device_id: str, public_key: bytes, status: str, burst: int
    ) -> StoredDevice:
        """The coordinator's word: approved or revoked (revoked stays revoked)."""
        with _errors(), self._write_lock, self.engine.begin() as conn:
            if not self._insert_device(conn, device_id, public_key, status, burst):
                conn.execute(
                    update(devices)
                    .where(devices.c.id == device_id, devices.c.status != DeviceStatus.REVOKED)
                    .values(status=status)
                )
            found = self._device_row(conn, device_id)
        assert found is not None
        return found

    def _device_row(self, conn: Any, device_id: str) -> StoredDevice | None:
        row = conn.execute(
            select(devices.c.id, devices.c.public_key, devices.c.status).where(
                devices.c.id == device_id
            )
        ).first()
        return None if row is None else StoredDevice(row.id, bytes(row.public_key), row.status)

    def _insert_device(
        self, conn: Any, device_id: str, public_key: bytes, status: str, burst: int
    ) -> bool:
        stmt = _insert_once(
            self.engine,
            devices,
            ["id"],
            id=device_id,
            public_key=public_key,
            status=status,
            registered_at=datetime.now(UTC),
            rate_tokens=float(burst),
            rate_updated=time.time(),
        )
        return conn.execute(stmt).first() is not None

    def use_nonce(self, device_id: str, nonce: str, keep_for: float) -> bool:
        """Record a request's nonce: False if this device used it before (a replay).

        Nonces older than `keep_for` seconds are swept now and then: a request that old is
        refused for its timestamp anyway.
        """
        with _errors(), self._write_lock, self.engine.begin() as conn:
            return self._record_nonce(conn, device_id, nonce, keep_for)

    def _record_nonce(self, conn: Any, device_id: str, nonce: str, keep_for: float) -> bool:
        now = time.time()
        if now - self._last_sweep > NONCE_SWEEP_SECONDS:
            self._last_sweep = now
            conn.execute(delete(nonces).where(nonces.c.seen_at < now - keep_for))
        params = {"p_device": device_id, "p_nonce": nonce, "p_now": now}
        return conn.execute(self._sql.nonce, params).first() is not None

    def check_upload(self, device_id: str, nonce: str, rate: Rate) -> UploadCheck | None:
        """What an upload's headers can be refused for, read before its body is: the device,
        whether the nonce was used, and its rate bucket. None for a device not registered.

        One read, no lock: `accept_upload` decides again, for good, in its transaction.
        """
        params = {"p_device": device_id, "p_nonce": nonce} | _rate_params(rate, time.time())
        with _errors(), self._reader.connect() as conn:
            row = conn.execute(self._sql.check, params).first()
        if row is None:
            return None
        device = StoredDevice(row.id, bytes(row.public_key), row.status)
        return UploadCheck(device, bool(row.replay), rate.wait(float(row.level)))

    def accept_upload(
        self, device_id: str, nonce: str, keep_for: float, rate: Rate, upload: Upload
    ) -> bool:
        """Spend the nonce and one upload of the device's rate, then store the bundle once
        within the device's quota: one transaction. True when the bundle was new.

        Raises Revoked, Replay, RateLimited (the nonce is spent all the same, so the request
        cannot be sent again later) or QuotaFull (nonce and upload spent, as for any answer).
        """
        sql = self._sql
        params = {"p_device": device_id} | _rate_params(rate, time.time())
        with _errors(), self._write_lock, self.engine.begin() as conn:
            # Written first, so this transaction holds the device's row (PostgreSQL) or the
            # database (SQLite) from here on: two workers cannot both spend the last token or
            # fit the last byte, and SQLite never has to turn a reader into a writer.
            status = conn.execute(sql.take, params).scalar_one_or_none()
            if status is None:
                found = conn.execute(sql.level, params).first()
                if found is None or found[0] == DeviceStatus.REVOKED:
                    raise Revoked(device_id)  # rolled back: nothing spent
                if not self._record_nonce(conn, device_id, nonce, keep_for):
                    raise Replay(device_id)
                refusal: Exception = RateLimited(rate.wait(float(found[1])))
            else:
                if not self._record_nonce(conn, device_id, nonce, keep_for):
                    raise Replay(device_id)  # rolled back: the upload taken is given back
                quota = upload.quota if status == DeviceStatus.APPROVED else upload.pending_quota
                bundle = {
                    "p_device": device_id,
                    "p_sha256": upload.sha256,
                    "p_size": len(upload.data),
                    "p_received": datetime.now(UTC),
                    "p_data": upload.data,
                    "p_quota": quota,
                }
                if conn.execute(sql.store, bundle).first() is not None:
                    return True
                # Not stored: held already (perhaps just sent by another device), or no room.
                if conn.execute(sql.existing, bundle).first() is not None:
                    return False
                refusal = QuotaFull(device_id)
        raise refusal  # once committed: the nonce (and for QuotaFull the upload) is spent

    def spend(self, device_id: str, nonce: str, keep_for: float, rate: Rate) -> None:
        """Spend a refused upload's nonce and one upload of its rate, as the old order did:
        a request whose headers passed costs the same whatever its body turns out to be."""
        params = {"p_device": device_id} | _rate_params(rate, time.time())
        with _errors(), self._write_lock, self.engine.begin() as conn:
            conn.execute(self._sql.take, params)
            self._record_nonce(conn, device_id, nonce, keep_for)

    def list_bundles(self, after: str | None = None, limit: int = LIST_LIMIT) -> list[StoredBundle]:
        """Oldest first; `after` is the SHA-256 of the last bundle of the previous page."""
        query = select(bundles.c.sha256, bundles.c.size, bundles.c.received_at)
        with _errors(), self.engine.connect() as conn:
            if after is not None:
                start = conn.execute(
                    select(bundles.c.id).where(bundles.c.sha256 == after)
                ).scalar_one_or_none()
                if start is None:
                    raise BundleGone(after)
                query = query.where(bundles.c.id > start)
            rows = conn.execute(query.order_by(bundles.c.id).limit(limit)).all()
        return [StoredBundle(r.sha256, r.size, _utc(r.received_at)) for r in rows]

    def bundle(self, sha256: str) -> bytes | None:
        with _errors(), self.engine.connect() as conn:
            data: bytes | None = conn.execute(
                select(bundles.c.data).where(bundles.c.sha256 == sha256)
            ).scalar_one_or_none()
        return data

    def delete_bundle(self, sha256: str) -> bool:
        with _errors(), self._write_lock, self.engine.begin() as conn:
            return conn.execute(delete(bundles).where(bundles.c.sha256 == sha256)).rowcount > 0

    def count_bundles(self) -> int:
        with _errors(), self.engine.connect() as conn:
            return int(conn.execute(select(func.count()).select_from(bundles)).scalar_one())

    def add_notice(self, audience: str, sha256: str, data: bytes) -> bool:
        """Store a notice once per audience; True when it was new."""
        stmt = _insert_once(
            self.engine,
            notices,
            ["audience", "sha256"],
            audience=audience,
            sha256=sha256,
            posted_at=datetime.now(UTC),
            data=data,
        )
        with _errors(), self._write_lock, self.engine.begin() as conn:
            return conn.execute(stmt).first() is not None

    def notices(
        self, audiences: Sequence[str], after: int = 0, limit: int = NOTICE_LIMIT
    ) -> list[StoredNotice]:
        """Notices for any of `audiences` with an id above `after`, oldest first."""
        query = (
            select(notices.c.id, notices.c.audience, notices.c.data)
            .where(notices.c.audience.in_(list(audiences)), notices.c.id > after)
            .order_by(notices.c.id)
            .limit(limit)
        )
        with _errors(), self.engine.connect() as conn:
            rows = conn.execute(query).all()
        return [StoredNotice(int(r.id), r.audience, bytes(r.data)) for r in rows]


@contextmanager
def _errors() -> Iterator[None]:
    """A database that is down, locked or gone becomes StorageUnavailable (a 503)."""
    try:
        yield
    except (exc.OperationalError, exc.InterfaceError, exc.TimeoutError) as error:
        raise StorageUnavailable(type(error).__name__) from error
