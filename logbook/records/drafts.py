"""Drafts: what a form holds but has not saved, kept encrypted until saved or discarded."""

from __future__ import annotations

import json
import secrets
from dataclasses import dataclass, field
from datetime import date, datetime, time
from enum import StrEnum
from typing import Annotated, Any, Literal

from pydantic import ConfigDict, Field, TypeAdapter, ValidationError
from pydantic.dataclasses import dataclass as pydantic_dataclass
from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from logbook.db.models import Draft
from logbook.db.store import Store
from logbook.errors import InvalidValue
from logbook.i18n import _
from logbook.records.clock import utc_now

MAX_PAYLOAD = 1_000_000
MAX_KEY = 40  # the width of draft.key


class DraftForm(StrEnum):
    """The forms that keep drafts: every one that takes free text."""

    ENTRY = "entry"
    CONCERN = "concern"
    MEASURE = "measure"
    MATCH = "match"
    CONCERN_ADDITION = "concern_addition"  # a follow-up note or an amendment to a concern


NEW = "new"


@dataclass(frozen=True)
class DraftKey:
    """Which form a draft belongs to: `entry:42` for an edit, `concern:new-1a2b3c4d` for a
    record not saved yet (random, so two open forms of one kind never overwrite each other)."""

    form: DraftForm
    target: str

    @classmethod
    def new(cls, form: DraftForm) -> DraftKey:
        return cls(form, f"{NEW}-{secrets.token_hex(4)}")

    @classmethod
    def of_entry(cls, entry_id: int) -> DraftKey:
        return cls(DraftForm.ENTRY, str(entry_id))

    @property
    def entry_id(self) -> int | None:
        """The saved entry this draft edits, if it edits one."""
        if self.form is DraftForm.ENTRY and self.target.isdigit():
            return int(self.target)
        return None

    def __str__(self) -> str:
        return f"{self.form.value}:{self.target}"

    @classmethod
    def parse(cls, text: str) -> DraftKey:
        form, sep, target = text.partition(":")
        if sep and form in DraftForm.__members__.values() and target:
            return cls(DraftForm(form), target)
        # Before drafts were typed the entry editor used the bare key "new".
        return cls(DraftForm.ENTRY, text)


# The payloads hold what the form shows, as typed: a half-filled form is not yet valid,
# so only the shape is checked here; the record's own validation runs when it is saved.
_LOOSE = ConfigDict(extra="ignore", hide_input_in_errors=True)


@pydantic_dataclass(frozen=True, config=_LOOSE)
class EntryDraft:
    form: Literal[DraftForm.ENTRY] = DraftForm.ENTRY
    kind: str = "visit"
    match_code: str | None = None
    occurred_on: date | None = None
    occurred_time: time | None = None
    minutes: str = ""  # as typed, so "0" or "five" comes back to be corrected
    mode: str | None = None
    place: str = ""
    seemed: int | None = None
    wellbeing: int | None = None
    notes: str = ""
    follow_up: bool = False
    activities: str = ""
    topics: str = ""


@pydantic_dataclass(frozen=True, config=_LOOSE)
class ConcernDraft:
    form: Literal[DraftForm.CONCERN] = DraftForm.CONCERN
    match_code: str | None = None
    occurred_on: date | None = None
    occurred_time: time | None = None
    place: str = ""
    seen_or_said: str = ""
    facts: str = ""
    opinion: str = ""
    action_taken: str = ""
    reported: bool = False
    reported_to: str = ""


@pydantic_dataclass(frozen=True, config=_LOOSE)
class MeasureDraft:
    form: Literal[DraftForm.MEASURE] = DraftForm.MEASURE
    match_code: str | None = None
    instrument: str = ""
    answers: tuple[int | None, ...] = field(default=())
    taken_on: date | None = None
    consent: bool = False


@pydantic_dataclass(frozen=True, config=_LOOSE)
class MatchDraft:
    form: Literal[DraftForm.MATCH] = DraftForm.MATCH
    code: str = ""
    name: str = ""
    start_date: date | None = None

    @property
    def match_code(self) -> str | None:
        return self.code.strip().upper() or None


@pydantic_dataclass(frozen=True, config=_LOOSE)
class ConcernAdditionDraft:
    form: Literal[DraftForm.CONCERN_ADDITION] = DraftForm.CONCERN_ADDITION
    concern_id: int = 0
    match_code: str | None = None  # so erasing the match takes this draft along
    field: str | None = None  # the field amended; None for a follow-up note
    written_on: date | None = None
    text: str = ""


AnyDraft = EntryDraft | ConcernDraft | MeasureDraft | MatchDraft | ConcernAdditionDraft
_PAYLOAD: TypeAdapter[AnyDraft] = TypeAdapter(Annotated[AnyDraft, Field(discriminator="form")])


def _read(key: DraftKey, text: str) -> AnyDraft | None:
    """The stored payload as its form's type; None if it cannot be read (never raises)."""
    try:
        data: Any = json.loads(text)
        if not isinstance(data, dict):
            return None
        data.setdefault("form", key.form.value)  # drafts stored before the schema had it
        if isinstance(data.get("minutes"), int):  # the entry editor once stored a number
            data["minutes"] = str(data["minutes"])
        draft = _PAYLOAD.validate_python(data)
    except (ValueError, ValidationError):
        return None
    return draft if draft.form is key.form else None


@dataclass(frozen=True)
class DraftInfo:
    key: DraftKey
    draft: AnyDraft
    updated_at: datetime


def discard_in(session: Session, key: DraftKey) -> None:
    """Inside a record's own save, so the record and the end of its draft commit together."""
    session.execute(delete(Draft).where(Draft.key == str(key)))


class DraftService:
    def __init__(self, store: Store) -> None:
        self._store = store

    def save(self, key: DraftKey, draft: AnyDraft) -> None:
        if draft.form is not key.form:
            raise InvalidValue(
                "draft",
                _("of a {form} cannot be kept as a {key}").format(form=draft.form.value, key=key),
            )
        text = _PAYLOAD.dump_json(draft).decode()
        if len(text) > MAX_PAYLOAD or not 0 < len(str(key)) <= MAX_KEY:
            raise InvalidValue("draft", _("is too large to keep"))
        with self._store.session() as s:
            row = s.get(Draft, str(key))
            if row is None:
                s.add(Draft(key=str(key), payload=text, updated_at=utc_now()))
            else:
                row.payload, row.updated_at = text, utc_now()

    def list(self) -> list[DraftInfo]:
        """Newest first; a payload no form can read (a damaged row) is left out."""
        found = []
        with self._store.session() as s:
            for row in s.scalars(select(Draft).order_by(Draft.updated_at.desc())):
                key = DraftKey.parse(row.key)
                draft = _read(key, row.payload)
                if draft is not None:
                    found.append(DraftInfo(key, draft, row.updated_at))
        return found

    def discard(self, key: DraftKey) -> None:
        with self._store.session() as s:
            discard_in(s, key)


def discard_drafts_of(session: Session, entry_ids: list[int], match_code: str | None) -> None:
    """Erasure takes drafts along: those of erased entries, and any draft naming the match."""
    keys = [str(DraftKey.of_entry(i)) for i in entry_ids]
    if keys:
        session.execute(delete(Draft).where(Draft.key.in_(keys)))
    if match_code:
        for row in session.scalars(select(Draft)):
            draft = _read(DraftKey.parse(row.key), row.payload)
            # An unreadable draft may still hold the match's text: erasure errs on removing.
            if draft is None or draft.match_code == match_code:
                session.delete(row)
