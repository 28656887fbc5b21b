"""Safeguarding concerns, kept apart from ordinary notes; only their fact and status ever leave."""

from __future__ import annotations

import dataclasses
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from logbook.db.models import Concern, Match
from logbook.db.store import Store
from logbook.errors import InvalidValue, NotFound
from logbook.i18n import _
from logbook.records import values
from logbook.records.clock import local_offset, utc_now
from logbook.records.drafts import DraftKey, discard_in
from logbook.records.dto import ConcernInfo, ConcernInput
from logbook.records.matches import find_match


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


def _info(row: Concern, code: str) -> ConcernInfo:
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
    )


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
            return _info(*self._load(s, concern_id))

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
            return [_info(row, code) for row, code in s.execute(query)]

    def mark_reported(
        self, concern_id: int, reported_to: str, reported_on: date | None = None
    ) -> ConcernInfo:
        with self._store.session() as s:
            row, code = self._load(s, concern_id)
            to = values.short_text("reported to", reported_to, required=True)
            on = values.past_date("reported on", reported_on or date.today())
            if on < row.occurred_on:
                raise InvalidValue("reported on", _("must not be before the concern itself"))
            row.reported_to = to
            row.reported_on = on
            row.updated_at = utc_now()
            return _info(row, code)
