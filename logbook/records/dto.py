"""Plain values the services return (never ORM rows), safe to hand to another thread."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time

from logbook.changes import CONCERNS, ENTRIES, MATCHES, MEASURES, Changes
from logbook.records.measures import Instrument, Score
from logbook.records.values import Kind, Mode


@dataclass(frozen=True)
class MatchInfo:
    code: str
    display_name: str
    start_date: date
    end_date: date | None
    last_contact: date | None = None
    entry_count: int = 0
    unreported_concerns: int = 0

    @property
    def active(self) -> bool:
        return self.end_date is None

    @property
    def changes(self) -> Changes:
        """Adding, editing or ending a match changes the matches (and the names shown)."""
        return MATCHES


@dataclass(frozen=True)
class EntryInput:
    """Everything a volunteer can give for an entry. Services validate it as a whole."""

    kind: Kind
    occurred_on: date
    match_code: str | None = None
    occurred_time: time | None = None
    minutes: int | None = None
    mode: Mode | None = None
    place: str | None = None
    seemed: int | None = None
    wellbeing: int | None = None
    notes: str = ""
    follow_up: bool = False
    activities: tuple[str, ...] = ()
    topics: tuple[str, ...] = ()


@dataclass(frozen=True)
class EntryInfo(EntryInput):
    id: int = 0
    entered_tz: str = ""
    created_at: datetime | None = None
    updated_at: datetime | None = None
    deleted: bool = False

    @property
    def changes(self) -> Changes:
        """Saving, deleting or restoring an entry changes the entries (and what derives)."""
        return ENTRIES


@dataclass(frozen=True)
class EntryPage:
    entries: tuple[EntryInfo, ...]
    total: int


@dataclass(frozen=True)
class SearchHit:
    entry: EntryInfo
    snippet: str
    spans: tuple[tuple[int, int], ...]  # highlighted character ranges within `snippet`


@dataclass(frozen=True)
class ConcernInput:
    match_code: str
    occurred_on: date
    seen_or_said: str
    occurred_time: time | None = None
    place: str | None = None
    facts: str = ""
    opinion: str = ""
    action_taken: str = ""
    reported_to: str | None = None
    reported_on: date | None = None


# The concern's fields an amendment may correct. Who it was reported to, and when, is its
# own action (`ConcernService.mark_reported`), which no amendment can undo.
AMENDABLE_FIELDS = ("place", "seen_or_said", "facts", "opinion", "action_taken")


@dataclass(frozen=True)
class ConcernAddition:
    """A follow-up note (`field` None) or an amendment correcting one field, each dated."""

    id: int
    written_on: date
    text: str
    field: str | None = None
    created_at: datetime | None = None

    @property
    def amendment(self) -> bool:
        return self.field is not None


@dataclass(frozen=True)
class ConcernInfo(ConcernInput):
    """A concern as first written (its fields are never changed), with what was added since."""

    id: int = 0
    entered_tz: str = ""
    created_at: datetime | None = None
    additions: tuple[ConcernAddition, ...] = ()

    @property
    def reported(self) -> bool:
        return self.reported_on is not None

    @property
    def changes(self) -> Changes:
        return CONCERNS

    def current(self, field: str) -> str:
        """A field as it reads now: the latest amendment of it, or the original."""
        amended = [a.text for a in self.additions if a.field == field]
        if amended:
            return amended[-1]
        value = getattr(self, field)
        return value or ""

    def amended(self, field: str) -> bool:
        return any(a.field == field for a in self.additions)


@dataclass(frozen=True)
class MeasureInfo:
    id: int
    match_code: str
    instrument: Instrument
    taken_on: date
    consent: bool
    score: Score
    consent_withdrawn_on: date | None = None  # this measure's own withdrawal
    match_consent_withdrawn_on: date | None = None  # withdrawn for every measure of the match

    @property
    def withdrawn_on(self) -> date | None:
        """When consent was withdrawn, for this measure or its whole match (the earlier)."""
        days = [d for d in (self.consent_withdrawn_on, self.match_consent_withdrawn_on) if d]
        return min(days) if days else None

    @property
    def shared(self) -> bool:
        """Whether its scores may go into a summary: consent given and not withdrawn."""
        return self.consent and self.withdrawn_on is None

    @property
    def changes(self) -> Changes:
        return MEASURES


@dataclass(frozen=True)
class TagInfo:
    kind: str
    name: str
    source: str
    uses: int
