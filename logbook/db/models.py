"""The ORM schema of a volunteer's logbook. Services map rows to plain values before returning."""

from __future__ import annotations

from datetime import date, datetime, time

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    Text,
    Time,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

# Every text column says what it holds, so privacy tests and the summary builder can tell
# content a volunteer typed (never leaves the device) from structured values.
FREE_TEXT = {"content": "free_text"}
STRUCTURED = {"content": "structured"}
# Private keys and tokens: never content, never shown, never leave the profile.
SECRET = {"content": "secret"}


class Base(DeclarativeBase):
    pass


class Setting(Base):
    """Small profile-wide values (epoch, opt-ins); never record content."""

    __tablename__ = "setting"
    key: Mapped[str] = mapped_column(String(64), primary_key=True, info=STRUCTURED)
    value: Mapped[str] = mapped_column(Text, info=STRUCTURED)


class Match(Base):
    __tablename__ = "match"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    code: Mapped[str] = mapped_column(String(32), unique=True, info=STRUCTURED)
    display_name: Mapped[str] = mapped_column(String(200), info=FREE_TEXT)
    start_date: Mapped[date] = mapped_column(Date)
    end_date: Mapped[date | None] = mapped_column(Date)
    # From this day no outcome measure of this match leaves the device, old or new.
    measure_consent_withdrawn_on: Mapped[date | None] = mapped_column(Date)
    created_at: Mapped[datetime] = mapped_column(DateTime)
    updated_at: Mapped[datetime] = mapped_column(DateTime)


class Entry(Base):
    """A visit, a conversation or a reflection."""

    __tablename__ = "entry"
    __table_args__ = (
        CheckConstraint("kind IN ('visit', 'conversation', 'reflection')", name="entry_kind"),
        CheckConstraint("minutes IS NULL OR minutes BETWEEN 1 AND 1440", name="entry_minutes"),
        CheckConstraint("seemed IS NULL OR seemed BETWEEN 1 AND 5", name="entry_seemed"),
        CheckConstraint("wellbeing IS NULL OR wellbeing BETWEEN 1 AND 5", name="entry_wellbeing"),
        # Weekly summaries and a match's history read entries by match and date.
        Index("ix_entry_match_date", "match_id", "occurred_on"),
        # The timeline reads newest first; SQLite walks this index backwards for a page.
        Index("ix_entry_timeline", "occurred_on", "occurred_time", "id"),
        # Summaries read only these columns: a covering index spares reading every note.
        Index(
            "ix_entry_summary",
            "occurred_on",
            "match_id",
            "kind",
            "mode",
            "minutes",
            "seemed",
            "wellbeing",
            "follow_up",
            "deleted_at",
        ),
    )
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    kind: Mapped[str] = mapped_column(String(16), info=STRUCTURED)
    match_id: Mapped[int | None] = mapped_column(
        ForeignKey("match.id", ondelete="CASCADE"), index=True
    )
    occurred_on: Mapped[date] = mapped_column(Date, index=True)
    occurred_time: Mapped[time | None] = mapped_column(Time)
    minutes: Mapped[int | None] = mapped_column(Integer)
    mode: Mapped[str | None] = mapped_column(String(16), info=STRUCTURED)
    place: Mapped[str | None] = mapped_column(String(200), info=FREE_TEXT)
    seemed: Mapped[int | None] = mapped_column(Integer)
    wellbeing: Mapped[int | None] = mapped_column(Integer)
    notes: Mapped[str] = mapped_column(Text, default="", info=FREE_TEXT)
    follow_up: Mapped[bool] = mapped_column(Boolean, default=False)
    entered_tz: Mapped[str] = mapped_column(String(8), info=STRUCTURED)
    created_at: Mapped[datetime] = mapped_column(DateTime)
    updated_at: Mapped[datetime] = mapped_column(DateTime)
    deleted_at: Mapped[datetime | None] = mapped_column(DateTime)

    tags: Mapped[list[EntryTag]] = relationship(
        cascade="all, delete-orphan", passive_deletes=True, lazy="selectin"
    )


class Tag(Base):
    """An activity or topic; `source` says whether it came from the organisation's list."""

    __tablename__ = "tag"
    __table_args__ = (
        UniqueConstraint("kind", "name"),
        CheckConstraint("kind IN ('activity', 'topic')", name="tag_kind"),
        CheckConstraint("source IN ('org', 'own')", name="tag_source"),
    )
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    kind: Mapped[str] = mapped_column(String(16), info=STRUCTURED)
    name: Mapped[str] = mapped_column(String(80), info=FREE_TEXT)
    source: Mapped[str] = mapped_column(String(8), default="own", info=STRUCTURED)


class EntryTag(Base):
    __tablename__ = "entry_tag"
    entry_id: Mapped[int] = mapped_column(
        ForeignKey("entry.id", ondelete="CASCADE"), primary_key=True
    )
    tag_id: Mapped[int] = mapped_column(
        ForeignKey("tag.id", ondelete="CASCADE"), primary_key=True, index=True
    )
    tag: Mapped[Tag] = relationship(lazy="joined")


class Concern(Base):
    """A safeguarding concern, kept apart from ordinary notes."""

    __tablename__ = "concern"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    match_id: Mapped[int] = mapped_column(ForeignKey("match.id", ondelete="CASCADE"), index=True)
    occurred_on: Mapped[date] = mapped_column(Date)
    occurred_time: Mapped[time | None] = mapped_column(Time)
    place: Mapped[str] = mapped_column(String(200), default="", info=FREE_TEXT)
    seen_or_said: Mapped[str] = mapped_column(Text, info=FREE_TEXT)
    facts: Mapped[str] = mapped_column(Text, default="", info=FREE_TEXT)
    opinion: Mapped[str] = mapped_column(Text, default="", info=FREE_TEXT)
    action_taken: Mapped[str] = mapped_column(Text, default="", info=FREE_TEXT)
    reported_to: Mapped[str | None] = mapped_column(String(200), info=FREE_TEXT)
    reported_on: Mapped[date | None] = mapped_column(Date)
    entered_tz: Mapped[str] = mapped_column(String(8), info=STRUCTURED)
    created_at: Mapped[datetime] = mapped_column(DateTime)
    updated_at: Mapped[datetime] = mapped_column(DateTime)


class ConcernAddition(Base):
    """A dated follow-up note or amendment to a concern. Safeguarding records are append-only:
    an amendment names the field it corrects and the original text stays as it was written."""

    __tablename__ = "concern_addition"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    concern_id: Mapped[int] = mapped_column(
        ForeignKey("concern.id", ondelete="CASCADE"), index=True
    )
    kind: Mapped[str] = mapped_column(String(16), info=STRUCTURED)  # "note" or "amendment"
    field: Mapped[str | None] = mapped_column(String(32), info=STRUCTURED)  # amendments only
    text: Mapped[str] = mapped_column(Text, info=FREE_TEXT)
    written_on: Mapped[date] = mapped_column(Date)
    entered_tz: Mapped[str] = mapped_column(String(8), info=STRUCTURED)
    created_at: Mapped[datetime] = mapped_column(DateTime)


class Measure(Base):
    """One administration of an outcome measure; items kept as given, scores derived."""

    __tablename__ = "measure"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    match_id: Mapped[int] = mapped_column(ForeignKey("match.id", ondelete="CASCADE"), index=True)
    instrument: Mapped[str] = mapped_column(String(16), info=STRUCTURED)
    taken_on: Mapped[date] = mapped_column(Date)
    items: Mapped[str] = mapped_column(String(64), info=STRUCTURED)  # JSON list of integers
    consent: Mapped[bool] = mapped_column(Boolean)
    # Consent given and later withdrawn: the score stays here but never leaves again.
    consent_withdrawn_on: Mapped[date | None] = mapped_column(Date)
    created_at: Mapped[datetime] = mapped_column(DateTime)


class Draft(Base):
    """An editor's unsaved work, autosaved so a crash or a lock loses nothing typed."""

    __tablename__ = "draft"
    key: Mapped[str] = mapped_column(String(40), primary_key=True, info=STRUCTURED)
    payload: Mapped[str] = mapped_column(Text, info=FREE_TEXT)  # JSON of the editor's fields
    updated_at: Mapped[datetime] = mapped_column(DateTime)


class KeyPair(Base):
    """A private key this profile holds: the device's signing key, or the organisation's keys."""

    __tablename__ = "key_pair"
    role: Mapped[str] = mapped_column(String(16), primary_key=True, info=STRUCTURED)
    private: Mapped[str] = mapped_column(Text, info=SECRET)
    public: Mapped[str] = mapped_column(Text, info=STRUCTURED)
    created_at: Mapped[datetime] = mapped_column(DateTime)


class Organisation(Base):
    """A coordinator profile's organisation: its settings and mailbox tokens (one row)."""

    __tablename__ = "organisation"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    org_id: Mapped[str] = mapped_column(String(40), info=STRUCTURED)
    revision: Mapped[int] = mapped_column(Integer)
    settings: Mapped[str] = mapped_column(Text, info=STRUCTURED)  # JSON of OrgSettings
    upload_token: Mapped[str] = mapped_column(String(80), info=SECRET)
    coordinator_token: Mapped[str] = mapped_column(String(80), info=SECRET)
    created_at: Mapped[datetime] = mapped_column(DateTime)
    updated_at: Mapped[datetime] = mapped_column(DateTime)


class Membership(Base):
    """A volunteer profile's organisation: the signed enrolment file it accepted (one row)."""

    __tablename__ = "membership"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    org_id: Mapped[str] = mapped_column(String(40), info=STRUCTURED)
    revision: Mapped[int] = mapped_column(Integer)
    document: Mapped[bytes] = mapped_column(LargeBinary)  # the enrolment file, as signed
    # The key that signed `document`: the organisation's own, or its previous one when the
    # document announced a new key. Kept apart, so the stored document is checked against a
    # key that was trusted when it arrived, not against the key it names itself.
    document_key: Mapped[str] = mapped_column(String(64), info=STRUCTURED)
    # Kept apart too: updates fetched from the mailbox leave the token out.
    upload_token: Mapped[str | None] = mapped_column(String(80), info=SECRET)
    enrolled_at: Mapped[datetime] = mapped_column(DateTime)
    updated_at: Mapped[datetime] = mapped_column(DateTime)


class OutboxBundle(Base):
    """A sealed bundle waiting to be delivered (or kept a while after, as a record)."""

    __tablename__ = "outbox"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    epoch: Mapped[int] = mapped_column(Integer)
    sequence: Mapped[int] = mapped_column(Integer)
    sha256: Mapped[str] = mapped_column(String(64), unique=True, info=STRUCTURED)
    data: Mapped[bytes] = mapped_column(LargeBinary)  # age-encrypted to the organisation
    weeks: Mapped[int] = mapped_column(Integer)
    created_at: Mapped[datetime] = mapped_column(DateTime)
    delivered_at: Mapped[datetime | None] = mapped_column(DateTime, index=True)
    delivered_via: Mapped[str | None] = mapped_column(String(16), info=STRUCTURED)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    next_attempt_at: Mapped[datetime | None] = mapped_column(DateTime)
    last_error: Mapped[str | None] = mapped_column(String(300), info=STRUCTURED)


class SentWeek(Base):
    """The digest of each ISO week's snapshot as last sealed, so only changed weeks are sent."""

    __tablename__ = "sent_week"
    week: Mapped[str] = mapped_column(String(8), primary_key=True, info=STRUCTURED)
    digest: Mapped[str] = mapped_column(String(64), info=STRUCTURED)
