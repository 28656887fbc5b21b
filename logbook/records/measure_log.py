"""Outcome measures taken with a match: items as answered, consent recorded per measure."""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import date

from sqlalchemy import select

from logbook.db.models import Match, Measure
from logbook.db.store import Store
from logbook.records import values
from logbook.records.clock import utc_now
from logbook.records.drafts import DraftKey, discard_in
from logbook.records.dto import MeasureInfo
from logbook.records.matches import find_match
from logbook.records.measures import Instrument, score


def _info(row: Measure, code: str) -> MeasureInfo:
    instrument = Instrument(row.instrument)
    return MeasureInfo(
        id=row.id,
        match_code=code,
        instrument=instrument,
        taken_on=row.taken_on,
        consent=row.consent,
        score=score(instrument, json.loads(row.items)),
    )


class MeasureService:
    def __init__(self, store: Store) -> None:
        self._store = store

    def add(
        self,
        match_code: str,
        instrument: Instrument,
        items: Sequence[int],
        *,
        consent: bool,
        taken_on: date | None = None,
        draft: DraftKey | None = None,
    ) -> MeasureInfo:
        """Record answers. `consent` says whether the person agreed to share this measure;
        `draft`, the form's draft, is discarded in the same transaction."""
        scored = score(instrument, items)
        when = values.past_date("date", taken_on or date.today())
        with self._store.session() as s:
            match = find_match(s, match_code)
            row = Measure(
                match_id=match.id,
                instrument=instrument.value,
                taken_on=when,
                items=json.dumps(list(scored.items)),
                consent=consent,
                created_at=utc_now(),
            )
            s.add(row)
            if draft is not None:
                discard_in(s, draft)
            s.flush()
            return _info(row, match.code)

    def list(
        self, match_code: str | None = None, instrument: Instrument | None = None
    ) -> list[MeasureInfo]:
        with self._store.session() as s:
            query = select(Measure, Match.code).join(Match, Measure.match_id == Match.id)
            if match_code:
                query = query.where(Measure.match_id == find_match(s, match_code).id)
            if instrument is not None:
                query = query.where(Measure.instrument == instrument.value)
            query = query.order_by(Match.code, Measure.taken_on, Measure.id)
            return [_info(row, code) for row, code in s.execute(query)]
