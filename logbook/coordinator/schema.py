"""The coordinator database: devices, assignments, imported weeks, held bundles, the audit log.

Its own metadata, apart from the logbook's, so the same tables live in the coordinator
profile's SQLCipher file or in PostgreSQL for organisations with several coordinators.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    BigInteger,
    Boolean,
    CheckConstraint,
    Date,
    DateTime,
    Float,
    Index,
    Integer,
    LargeBinary,
    String,
    Table,
    Text,
    text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from logbook.statuses import DeviceStatus, ReceiptStatus, check_text

# What `coordinator_meta.schema` says (apps from before migrations refuse a higher one) and
# what a database backup records; the migration that changes the schema raises both.
SCHEMA_VERSION = 4  # c0005 added indexes only: the backup file did not change
# The partial index of week rows with concerns; dashboard.py's filter is the same condition.
CONCERNS = "concerns_raised > 0 OR concerns_reported > 0"


class CoordinatorBase(DeclarativeBase):
    @classmethod
    def core_table(cls) -> Table:
        """The model's table, for Core statements where an import writes a row a bundle."""
        return cls.metadata.tables[cls.__tablename__]


class CoordinatorMeta(CoordinatorBase):
    __tablename__ = "coordinator_meta"
    key: Mapped[str] = mapped_column(String(32), primary_key=True)
    value: Mapped[str] = mapped_column(String(200))


class Device(CoordinatorBase):
    """A volunteer's laptop, known by its Ed25519 key; pending until approved."""

    __tablename__ = "device"
    __table_args__ = (CheckConstraint(check_text("status", DeviceStatus), name="device_status"),)
    id: Mapped[str] = mapped_column(String(16), primary_key=True)
    public_key: Mapped[str] = mapped_column(String(64))
    fingerprint: Mapped[str] = mapped_column(String(40))
    status: Mapped[str] = mapped_column(String(8), index=True)
    volunteer: Mapped[str | None] = mapped_column(String(32), index=True)
    first_seen: Mapped[datetime] = mapped_column(DateTime)
    last_seen: Mapped[datetime] = mapped_column(DateTime)
    changed_at: Mapped[datetime] = mapped_column(DateTime)
    # When the coordinator typed the fingerprint the volunteer read out and it matched;
    # lists show only this, never the fingerprint itself.
    confirmed_at: Mapped[datetime | None] = mapped_column(DateTime)


class Assignment(CoordinatorBase):
    """Which volunteer a match code belongs to."""

    __tablename__ = "assignment"
    match_code: Mapped[str] = mapped_column(String(32), primary_key=True)
    volunteer: Mapped[str] = mapped_column(String(32), index=True)
    assigned_at: Mapped[datetime] = mapped_column(DateTime)
    ended_on: Mapped[date | None] = mapped_column(Date)  # the coordinator ended the match


class Receipt(CoordinatorBase):
    """Every bundle seen, by SHA-256, and what became of it."""

    __tablename__ = "receipt"
    __table_args__ = (
        # Gaps (devices.py) and the sequence check, from the index alone.
        Index("ix_receipt_device_order", "device_id", "epoch", "sequence", "status"),
        # Each device's last import (the dashboard): one index probe a device.
        Index("ix_receipt_device_received", "device_id", "status", "received_at"),
        CheckConstraint(check_text("status", ReceiptStatus), name="receipt_status"),
    )
    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    device_id: Mapped[str | None] = mapped_column(String(16))
    # 64-bit: an epoch is milliseconds since 1970 after a restore (PostgreSQL's INTEGER is 32).
    epoch: Mapped[int | None] = mapped_column(BigInteger)
    sequence: Mapped[int | None] = mapped_column(BigInteger)
    payload_sha256: Mapped[str | None] = mapped_column(String(64))
    status: Mapped[str] = mapped_column(String(10))
    reason: Mapped[str | None] = mapped_column(String(300))
    flagged: Mapped[bool] = mapped_column(Boolean, default=False)
    weeks: Mapped[int] = mapped_column(Integer, default=0)
    source: Mapped[str] = mapped_column(String(16))
    received_at: Mapped[datetime] = mapped_column(DateTime, index=True)


class HeldBundle(CoordinatorBase):
    """A bundle from a device not yet approved, kept (within limits.py's bounds, in bytes and
    bundles) to import on approval."""

    __tablename__ = "held_bundle"
    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    device_id: Mapped[str] = mapped_column(String(16), index=True)
    data: Mapped[bytes] = mapped_column(LargeBinary)
    size: Mapped[int] = mapped_column(Integer, server_default="0")  # len(data), summed cheaply
    received_at: Mapped[datetime] = mapped_column(DateTime)


class QuarantinedBundle(CoordinatorBase):
    """A bundle rejected on its way from the mailbox (or out of the hold), kept for the
    coordinator to inspect instead of being fetched and refused for ever; bounded, oldest
    dropped first."""

    __tablename__ = "quarantine"
    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    device_id: Mapped[str | None] = mapped_column(String(16))
    source: Mapped[str] = mapped_column(String(16))
    reason: Mapped[str] = mapped_column(String(300))
    data: Mapped[bytes] = mapped_column(LargeBinary)
    size: Mapped[int] = mapped_column(Integer)
    received_at: Mapped[datetime] = mapped_column(DateTime, index=True)


class DeviceWeek(CoordinatorBase):
    """Which bundle each device-week's rows came from: the highest (epoch, sequence) wins."""

    __tablename__ = "device_week"
    device_id: Mapped[str] = mapped_column(String(16), primary_key=True)
    week: Mapped[str] = mapped_column(String(8), primary_key=True)
    epoch: Mapped[int] = mapped_column(BigInteger)
    sequence: Mapped[int] = mapped_column(BigInteger)
    wellbeing_mean: Mapped[float | None] = mapped_column(Float)
    wellbeing_count: Mapped[int | None] = mapped_column(Integer)


class WeekRow(CoordinatorBase):
    """One match code's week from one device, as the summary said it."""

    __tablename__ = "week_row"
    __table_args__ = (
        Index("ix_week_row_match", "match_code", "week"),
        Index("ix_week_row_week", "week"),
        # Every figure the dashboard's matches table sums, per match and device: read from
        # the index alone, never the rows (their `detail` makes them wide).
        Index(
            "ix_week_row_match_totals",
            "match_code",
            "device_id",
            "week",
            "visits",
            "conversations",
            "concerns_raised",
            "concerns_reported",
            "flagged",
        ),
        # Concerns and flagged rows are rare: their alerts need not read the whole history.
        Index(
            "ix_week_row_concerns",
            "match_code",
            "week",
            postgresql_where=text(CONCERNS),
            sqlite_where=text(CONCERNS),
        ),
        Index(
            "ix_week_row_flagged",
            "match_code",
            "device_id",
            postgresql_where=text("flagged"),
            sqlite_where=text("flagged = 1"),
        ),
    )
    device_id: Mapped[str] = mapped_column(String(16), primary_key=True)
    week: Mapped[str] = mapped_column(String(8), primary_key=True)
    match_code: Mapped[str] = mapped_column(String(32), primary_key=True)
    visits: Mapped[int] = mapped_column(Integer, default=0)
    conversations: Mapped[int] = mapped_column(Integer, default=0)
    minutes: Mapped[int | None] = mapped_column(Integer)
    seemed_mean: Mapped[float | None] = mapped_column(Float)
    seemed_count: Mapped[int | None] = mapped_column(Integer)
    concerns_raised: Mapped[int] = mapped_column(Integer, default=0)
    concerns_reported: Mapped[int] = mapped_column(Integer, default=0)
    follow_ups: Mapped[int] = mapped_column(Integer, default=0)
    flagged: Mapped[bool] = mapped_column(Boolean, default=False)  # code not the volunteer's
    detail: Mapped[str] = mapped_column(Text)  # the MatchWeek as JSON (modes, tags, measures)
    # Visits and conversations by mode (contact_modes.MODE_COLUMNS), so reports need not
    # parse `detail`.
    mode_in_person: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    mode_phone: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    mode_video: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    mode_message: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    mode_group: Mapped[int] = mapped_column(Integer, default=0, server_default="0")


class MeasureRow(CoordinatorBase):
    """One consented outcome-measure score, for change over time per match."""

    __tablename__ = "measure_row"
    __table_args__ = (
        Index("ix_measure_row_match", "match_code", "week"),
        # A report's period, and a measure's scores up to it (report.py's `_scores`).
        Index("ix_measure_row_week", "week"),
        Index("ix_measure_row_measure", "measure", "week"),
    )
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    device_id: Mapped[str] = mapped_column(String(16), index=True)
    week: Mapped[str] = mapped_column(String(8))
    match_code: Mapped[str] = mapped_column(String(32))
    measure: Mapped[str] = mapped_column(String(32))  # e.g. swemwbs, ucla3, ons4.anxiety
    score: Mapped[float] = mapped_column(Float)


class AuditEntry(CoordinatorBase):
    """Every import, approval, revocation and assignment, with its result."""

    __tablename__ = "audit"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    at: Mapped[datetime] = mapped_column(DateTime, index=True)
    action: Mapped[str] = mapped_column(String(16))
    subject: Mapped[str] = mapped_column(String(64))
    result: Mapped[str] = mapped_column(String(16))
    detail: Mapped[str | None] = mapped_column(String(300))


class AlertAcknowledgement(CoordinatorBase):
    """Someone has seen an alert: it stays out of the list until its condition is newly true.

    `key` names the alert (kind, subject, and the week for per-week alerts); `state` is what
    the alert said when acknowledged, which `alert_acks.py` compares with what it says now.
    """

    __tablename__ = "alert_ack"
    key: Mapped[str] = mapped_column(String(120), primary_key=True)
    kind: Mapped[str] = mapped_column(String(24))
    subject: Mapped[str] = mapped_column(String(64))
    state: Mapped[str] = mapped_column(String(300))
    by: Mapped[str] = mapped_column(String(64))
    at: Mapped[datetime] = mapped_column(DateTime)
    note: Mapped[str | None] = mapped_column(String(500))


class ImportLogEntry(CoordinatorBase):
    """One file (or mailbox bundle) the coordinator imported, when, and what became of it."""

    __tablename__ = "import_log"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    at: Mapped[datetime] = mapped_column(DateTime, index=True)
    name: Mapped[str] = mapped_column(String(255))  # the file's name, or "mailbox"
    sha256: Mapped[str | None] = mapped_column(String(64))
    device_id: Mapped[str | None] = mapped_column(String(16))
    status: Mapped[str] = mapped_column(String(10))
    weeks: Mapped[int] = mapped_column(Integer, default=0)
    reason: Mapped[str | None] = mapped_column(String(300))  # the technical reason
