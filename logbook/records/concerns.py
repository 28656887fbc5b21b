"""Safeguarding concerns, kept apart from ordinary notes; only their fact and status ever leave.

They are append-only: what was first written is never changed. Follow-up notes and
amendments (a correction of one field) are added, each dated; the record as it reads now
is the original with its latest amendments, and the original stays readable beside them.
Being reported is its own dated action, which no amendment touches.
"""

from __future__ import annotations

import dataclasses
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from logbook.changes import CONCERNS, Changes
from logbook.db.models import Concern, ConcernAddition, Match
from logbook.db.store import Store
from logbook.errors import InvalidValue, NotFound, Refused
from logbook.i18n import _
from logbook.records import values
from logbook.records.clock import local_offset, utc_now
from logbook.records.drafts import DraftKey, discard_in
from logbook.records.dto import AMENDABLE_FIELDS, ConcernInfo, ConcernInput
from logbook.records.dto import ConcernAddition as AdditionInfo
from logbook.records.matches import find_match

NOTE = "note"
AMENDMENT = "amendment"


def validate(concern: ConcernInput) -> ConcernInput:
    """Check a concern as a whole, fields in the order the form asks for them."""
    if not concern.match_code.strip():
        raise InvalidValue("match", _("must be chosen: who is the concern about?"))
    values.past_moment("date", concern.occurred_on, concern.occurred_time)
    reported_to = values.short_text("reported to", concern.reported_to)
    if concern.reported_on is not None:
        values.past_date("reported on", concern.reported_on)
        if concern.reported_on < concern.occurred_on:
            raise InvalidValue("reported on", _("must not be before the concern itself"))
        if reported_to is None:
            raise InvalidValue("reported to", _("say who the concern was reported to"))
    return dataclasses.replace(
        concern,
        match_code=values.match_code(concern.match_code),
        place=values.short_text("place", concern.place),
        seen_or_said=values.long_text("what was seen or said", concern.seen_or_said, required=True),
        facts=values.long_text("facts", concern.facts),
        opinion=values.long_text("opinion", concern.opinion),
        action_taken=values.long_text("action taken", concern.action_taken),
        reported_to=reported_to,
    )


def _addition(row: ConcernAddition) -> AdditionInfo:
    return AdditionInfo(
        id=row.id,
        written_on=row.written_on,
        text=row.text,
        field=row.field if row.kind == AMENDMENT else None,
        created_at=row.created_at,
    )


def _additions(s: Session, concern_ids: list[int]) -> dict[int, list[AdditionInfo]]:
    found: dict[int, list[AdditionInfo]] = {i: [] for i in concern_ids}
    for start in range(0, len(concern_ids), 500):  # SQLite's limit on bound parameters
        rows = s.scalars(
            select(ConcernAddition)
            .where(ConcernAddition.concern_id.in_(concern_ids[start : start + 500]))
            .order_by(ConcernAddition.created_at, ConcernAddition.id)
        )
        for row in rows:
            found[row.concern_id].append(_addition(row))
    return found


def _info(row: Concern, code: str, additions: list[AdditionInfo] | None = None) -> ConcernInfo:
    return ConcernInfo(
        id=row.id,
        match_code=code,
        occurred_on=row.occurred_on,
        occurred_time=row.occurred_time,
        place=row.place or None,
        seen_or_said=row.seen_or_said,
        facts=row.facts,
        opinion=row.opinion,
        action_taken=row.action_taken,
        reported_to=row.reported_to,
        reported_on=row.reported_on,
        entered_tz=row.entered_tz,
        created_at=row.created_at,
        additions=tuple(additions or ()),
    )


def validate_addition(concern: ConcernInfo, field: str | None, text: str, on: date) -> str:
    """Check a follow-up note (`field` None) or an amendment of `field`; the text as kept."""
    if field is not None and field not in AMENDABLE_FIELDS:
        raise InvalidValue(
            "field", _("must be one of: {names}").format(names=", ".join(AMENDABLE_FIELDS))
        )
    # An amendment may empty an optional field; a note, or the words seen or said, may not.
    required = field is None or field == "seen_or_said"
    if field == "place":
        checked = values.short_text("text", text) or ""
    else:
        checked = values.long_text("text", text, required=required)
    values.past_date("date", on)
    if on < concern.occurred_on:
        raise InvalidValue("date", _("must not be before the concern itself"))
    if field is not None and checked == concern.current(field):
        raise InvalidValue("text", _("is the same as it reads now: nothing to correct"))
    return checked


class ConcernService:
    def __init__(self, store: Store) -> None:
        self._store = store

    def _load(self, s: Session, concern_id: int) -> tuple[Concern, str]:
        row = s.execute(
            select(Concern, Match.code)
            .join(Match, Concern.match_id == Match.id)
            .where(Concern.id == concern_id)
        ).one_or_none()
        if row is None:
            raise NotFound(
                _("There is no safeguarding concern {concern_id}.").format(concern_id=concern_id)
            )
        return row[0], row[1]

    def add(self, concern: ConcernInput, *, draft: DraftKey | None = None) -> ConcernInfo:
        """`draft`: the form's draft, discarded in the same transaction."""
        concern = validate(concern)
        with self._store.session() as s:
            now = utc_now()
            row = Concern(
                match_id=find_match(s, concern.match_code).id,
                occurred_on=concern.occurred_on,
                occurred_time=concern.occurred_time,
                place=concern.place or "",
                seen_or_said=concern.seen_or_said,
                facts=concern.facts,
                opinion=concern.opinion,
                action_taken=concern.action_taken,
                reported_to=concern.reported_to,
                reported_on=concern.reported_on,
                entered_tz=local_offset(),
                created_at=now,
                updated_at=now,
            )
            s.add(row)
            if draft is not None:
                discard_in(s, draft)
            s.flush()
            return _info(row, concern.match_code)

    def get(self, concern_id: int) -> ConcernInfo:
        with self._store.session() as s:
            row, code = self._load(s, concern_id)
            return _info(row, code, _additions(s, [row.id])[row.id])

    def list(
        self, *, match_code: str | None = None, unreported_only: bool = False
    ) -> list[ConcernInfo]:
        with self._store.session() as s:
            query = select(Concern, Match.code).join(Match, Concern.match_id == Match.id)
            if match_code:
                query = query.where(Concern.match_id == find_match(s, match_code).id)
            if unreported_only:
                query = query.where(Concern.reported_on.is_(None))
            query = query.order_by(Concern.occurred_on.desc(), Concern.id.desc())
            rows = s.execute(query).all()
            additions = _additions(s, [row.id for row, _code in rows])
            return [_info(row, code, additions[row.id]) for row, code in rows]

    def mark_reported(
        self, concern_id: int, reported_to: str, reported_on: date | None = None
    ) -> ConcernInfo:
        with self._store.session() as s:
            row, code = self._load(s, concern_id)
            if row.reported_on is not None:
                # Once recorded, a report stands: a later report is a follow-up note.
                raise Refused(
                    _(
                        "This concern was already recorded as reported. To say it was "
                        "reported again, add a follow-up note."
                    )
                )
            to = values.short_text("reported to", reported_to, required=True)
            on = values.past_date("reported on", reported_on or date.today())
            if on < row.occurred_on:
                raise InvalidValue("reported on", _("must not be before the concern itself"))
            row.reported_to = to
            row.reported_on = on
            row.updated_at = utc_now()
            return _info(row, code)

    def add_note(
        self,
        concern_id: int,
        text: str,
        written_on: date | None = None,
        *,
        draft: DraftKey | None = None,
    ) -> Changes:
        """A dated follow-up note ("Spoke to the lead again on ..."); `written_on` is the day
        it speaks for, today unless given. `draft`: the form's, discarded with the save."""
        return self._append(concern_id, None, text, written_on, draft)

    def amend(
        self,
        concern_id: int,
        field: str,
        text: str,
        written_on: date | None = None,
        *,
        draft: DraftKey | None = None,
    ) -> Changes:
        """Correct one field by a dated amendment; the original text is kept beside it."""
        return self._append(concern_id, field, text, written_on, draft)

    def _append(
        self,
        concern_id: int,
        field: str | None,
        text: str,
        written_on: date | None,
        draft: DraftKey | None,
    ) -> Changes:
        on = written_on or date.today()
        with self._store.session() as s:
            row, code = self._load(s, concern_id)
            concern = _info(row, code, _additions(s, [row.id])[row.id])
            checked = validate_addition(concern, field, text, on)
            s.add(
                ConcernAddition(
                    concern_id=row.id,
                    kind=NOTE if field is None else AMENDMENT,
                    field=field,
                    text=checked,
                    written_on=on,
                    entered_tz=local_offset(),
                    created_at=utc_now(),
                )
            )
            if draft is not None:
                discard_in(s, draft)
        return CONCERNS
