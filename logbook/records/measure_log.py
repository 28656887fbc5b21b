"""Outcome measures taken with a match: items as answered, consent recorded per measure.

A measure can be corrected or deleted, and consent withdrawn for one measure or for every
measure of a match, with its date. Summaries read only measures still shared, and a sent
week whose snapshot changes is sealed again (`summary/changes.py`), so a correction,
deletion or withdrawal reaches the organisation without any bookkeeping here.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from logbook.changes import MEASURES, Changes
from logbook.db.models import Match, Measure
from logbook.db.store import Store
from logbook.errors import InvalidValue, NotFound, Refused
from logbook.i18n import _
from logbook.records import values
from logbook.records.clock import utc_now
from logbook.records.drafts import DraftKey, discard_in
from logbook.records.dto import MeasureInfo
from logbook.records.matches import find_match
from logbook.records.measures import Instrument, score


def _info(row: Measure, match: Match) -> MeasureInfo:
    instrument = Instrument(row.instrument)
    return MeasureInfo(
        id=row.id,
        match_code=match.code,
        instrument=instrument,
        taken_on=row.taken_on,
        consent=row.consent,
        score=score(instrument, json.loads(row.items)),
        consent_withdrawn_on=row.consent_withdrawn_on,
        match_consent_withdrawn_on=match.measure_consent_withdrawn_on,
    )


def _refuse_consent_after_withdrawal(match: Match, consent: bool) -> None:
    if consent and match.measure_consent_withdrawn_on is not None:
        raise InvalidValue(
            "consent",
            _(
                "was withdrawn for every measure of this match on {day}: record this one "
                "without consent"
            ).format(day=match.measure_consent_withdrawn_on.isoformat()),
        )


def _withdrawal_day(on: date | None, since: date) -> date:
    day = values.past_date("withdrawn on", on or date.today())
    if day < since:
        raise InvalidValue("withdrawn on", _("must not be before the measure was taken"))
    return day


class MeasureService:
    def __init__(self, store: Store) -> None:
        self._store = store

    def _load(self, s: Session, measure_id: int) -> tuple[Measure, Match]:
        row = s.execute(
            select(Measure, Match)
            .join(Match, Measure.match_id == Match.id)
            .where(Measure.id == measure_id)
        ).one_or_none()
        if row is None:
            raise NotFound(_("There is no outcome measure {id}.").format(id=measure_id))
        return row[0], row[1]

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
            _refuse_consent_after_withdrawal(match, consent)
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
            return _info(row, match)

    def get(self, measure_id: int) -> MeasureInfo:
        with self._store.session() as s:
            return _info(*self._load(s, measure_id))

    def list(
        self, match_code: str | None = None, instrument: Instrument | None = None
    ) -> list[MeasureInfo]:
        with self._store.session() as s:
            query = select(Measure, Match).join(Match, Measure.match_id == Match.id)
            if match_code:
                query = query.where(Measure.match_id == find_match(s, match_code).id)
            if instrument is not None:
                query = query.where(Measure.instrument == instrument.value)
            query = query.order_by(Match.code, Measure.taken_on, Measure.id)
            return [_info(row, match) for row, match in s.execute(query)]

    def correct(
        self,
        measure_id: int,
        items: Sequence[int],
        taken_on: date | None = None,
        *,
        draft: DraftKey | None = None,
    ) -> Changes:
        """Replace the answers (and the date, if given) of a measure recorded wrongly. Its
        consent is unchanged; a week already sent is sent again with the corrected scores.
        `draft`, the form's draft, is discarded in the same transaction."""
        with self._store.session() as s:
            row, _match = self._load(s, measure_id)
            scored = score(Instrument(row.instrument), items)
            if taken_on is not None:
                row.taken_on = values.past_date("date", taken_on)
            row.items = json.dumps(list(scored.items))
            if draft is not None:
                discard_in(s, draft)
        return MEASURES

    def delete(self, measure_id: int) -> Changes:
        """Remove a measure; a week that carried its scores is sent again without them."""
        with self._store.session() as s:
            row, _match = self._load(s, measure_id)
            s.delete(row)
        return MEASURES

    def withdraw_consent(self, measure_id: int, on: date | None = None) -> Changes:
        """The person no longer agrees to share this measure: from now on its scores never
        leave, and weeks already sent are sent again without them. `on` is the day they
        said so (today unless given)."""
        with self._store.session() as s:
            row, _match = self._load(s, measure_id)
            if not row.consent:
                raise Refused(_("This measure was never shared: there is no consent to withdraw."))
            if row.consent_withdrawn_on is not None:
                raise Refused(
                    _("Consent for this measure was already withdrawn on {day}.").format(
                        day=row.consent_withdrawn_on.isoformat()
                    )
                )
            row.consent_withdrawn_on = _withdrawal_day(on, row.taken_on)
        return MEASURES

    def withdraw_consent_for_match(self, match_code: str, on: date | None = None) -> Changes:
        """The person no longer agrees to share any measure: none of this match's scores,
        past or future, leave from now on."""
        with self._store.session() as s:
            match = find_match(s, match_code)
            if match.measure_consent_withdrawn_on is not None:
                raise Refused(
                    _("Consent for this match's measures was already withdrawn on {day}.").format(
                        day=match.measure_consent_withdrawn_on.isoformat()
                    )
                )
            match.measure_consent_withdrawn_on = _withdrawal_day(on, match.start_date)
            match.updated_at = utc_now()
        return MEASURES
