"""Turn the logbook into week snapshots: counts, rounded minutes, listed tags, consented scores.

Only structured columns are read here; free-text columns (names, notes, places, the
volunteer's own tags) are never selected, so they cannot leak into a summary by mistake.
"""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import date
from statistics import fmean

from pydantic import ValidationError
from sqlalchemy import String, select, type_coerce
from sqlalchemy.orm import Session

from logbook.db.models import Concern, Entry, EntryTag, Match, Measure, Tag
from logbook.errors import Refused
from logbook.i18n import _
from logbook.records.measures import Instrument, score
from logbook.records.values import Kind, Mode
from logbook.summary.schema import (
    Category,
    ConcernCount,
    ContactCount,
    MatchWeek,
    Mean,
    MeasureResult,
    WeekSnapshot,
)
from logbook.weeks import iso_week

CONTACT_KINDS = (Kind.VISIT.value, Kind.CONVERSATION.value)


@dataclass(frozen=True)
class SummaryPolicy:
    """What may be sent: the categories left on, and the organisation's tag lists."""

    categories: frozenset[Category] = frozenset(Category)
    activities: tuple[str, ...] = ()
    topics: tuple[str, ...] = ()
    # The match codes assigned to this device, once the organisation has said; None: any.
    codes: frozenset[str] | None = None

    def allows(self, category: Category) -> bool:
        return category in self.categories


def round_minutes(total: int) -> int:
    """Nearest 15 minutes, but any contact time counts as at least 15 (never rounds to 0)."""
    if total <= 0:
        return 0
    return max(15, (total + 7) // 15 * 15)


def mean_of(values: list[int]) -> Mean | None:
    return Mean(mean=round(fmean(values), 2), count=len(values)) if values else None


@dataclass
class _MatchWeekTally:
    contacts: Counter[tuple[str, str]] = field(default_factory=Counter)
    minutes: int = 0
    activities: Counter[str] = field(default_factory=Counter)
    topics: Counter[str] = field(default_factory=Counter)
    seemed: list[int] = field(default_factory=list)
    measures: list[MeasureResult] = field(default_factory=list)
    concerns_raised: int = 0
    concerns_reported: int = 0
    follow_ups: int = 0


class _Tally:
    def __init__(self) -> None:
        self.matches: dict[tuple[str, str], _MatchWeekTally] = {}
        self.wellbeing: dict[str, list[int]] = defaultdict(list)
        self._weeks: dict[str, str] = {}

    def at(self, week: str, code: str) -> _MatchWeekTally:
        found = self.matches.get((week, code))
        if found is None:
            found = self.matches[(week, code)] = _MatchWeekTally()
        return found

    def week_of(self, day: str) -> str:
        """ISO week of a stored date (YYYY-MM-DD), remembered: a few hundred distinct days."""
        week = self._weeks.get(day)
        if week is None:
            week = self._weeks[day] = iso_week(date.fromisoformat(day))
        return week


def build_weeks(session: Session, policy: SummaryPolicy) -> dict[str, WeekSnapshot]:
    """Every week with something to say, as complete snapshots keyed by ISO week."""
    codes = dict(session.execute(select(Match.id, Match.code)).all())
    tally = _Tally()
    _tally_entries(session, policy, codes, tally)
    if policy.allows(Category.MEASURES):
        _tally_measures(session, codes, tally)
    if policy.allows(Category.CONCERNS):
        _tally_concerns(session, codes, tally)
    by_week: dict[str, list[MatchWeek]] = defaultdict(list)
    for (week, code), at in sorted(tally.matches.items()):
        if policy.codes is not None and code not in policy.codes:
            continue  # not assigned to this device: held back (see `unassigned_codes`)
        try:
            row = _match_week(code, at, policy)
        except ValidationError as exc:
            # Records within every limit can still add up past the schema's bounds; say which
            # week, rather than fail without a word (the coordinator would refuse it anyway).
            raise Refused(
                _(
                    "The summary of week {week} for {code} is outside what can be sent "
                    "({field}); check that week's entries."
                ).format(week=week, code=code, field=exc.errors()[0]["loc"][0])
            ) from None
        if row is not None:
            by_week[week].append(row)
    weeks = {week for week in by_week} | set(tally.wellbeing)
    return {
        week: WeekSnapshot(
            week=week,
            matches=by_week.get(week, []),
            own_wellbeing=mean_of(tally.wellbeing.get(week, [])),
        )
        for week in sorted(weeks)
    }


def _tally_entries(
    session: Session, policy: SummaryPolicy, codes: dict[int, str], tally: _Tally
) -> None:
    rows = session.execute(
        select(
            Entry.id,
            Entry.kind,
            Entry.match_id,
            type_coerce(Entry.occurred_on, String),
            Entry.minutes,
            Entry.mode,
            Entry.seemed,
            Entry.wellbeing,
            Entry.follow_up,
        ).where(Entry.deleted_at.is_(None))
    ).all()
    tags = _listed_tags_by_entry(session, policy) if policy.allows(Category.TAGS) else {}
    share_wellbeing = policy.allows(Category.WELLBEING)
    for entry_id, kind, match_id, day, minutes, mode, seemed, wellbeing, follow_up in rows:
        week = tally.week_of(day)
        if wellbeing is not None and share_wellbeing:
            tally.wellbeing[week].append(wellbeing)
        code = codes.get(match_id) if match_id is not None else None
        if code is None:
            continue
        if kind in CONTACT_KINDS:
            at = tally.at(week, code)
            at.contacts[(kind, mode or Mode.IN_PERSON.value)] += 1
            at.minutes += minutes or 0
            if seemed is not None:
                at.seemed.append(seemed)
            for tag_kind, name in tags.get(entry_id, ()):
                (at.activities if tag_kind == "activity" else at.topics)[name] += 1
        if follow_up:
            tally.at(week, code).follow_ups += 1


def _listed_tags_by_entry(
    session: Session, policy: SummaryPolicy
) -> dict[int, list[tuple[str, str]]]:
    """Tags whose name is on the organisation's list, spelt as the list spells them.

    Membership of the list is checked here, not trusted from the `source` column: a tag the
    volunteer typed is never sent, whatever happened to the lists since.
    """
    listed = {
        "activity": {name.casefold(): name for name in policy.activities},
        "topic": {name.casefold(): name for name in policy.topics},
    }
    spelt: dict[int, tuple[str, str]] = {}
    for tag_id, kind, name in session.execute(select(Tag.id, Tag.kind, Tag.name)).all():
        as_listed = listed.get(kind, {}).get(name.casefold())
        if as_listed is not None:
            spelt[tag_id] = (kind, as_listed)
    found: dict[int, list[tuple[str, str]]] = defaultdict(list)
    if not spelt:
        return found
    rows = session.execute(
        select(EntryTag.entry_id, EntryTag.tag_id).where(EntryTag.tag_id.in_(list(spelt)))
    ).all()
    for entry_id, tag_id in rows:
        found[entry_id].append(spelt[tag_id])
    return found


def _tally_measures(session: Session, codes: dict[int, str], tally: _Tally) -> None:
    rows = session.execute(
        select(Measure.match_id, Measure.instrument, Measure.taken_on, Measure.items)
        .join(Match, Measure.match_id == Match.id)
        # Consent given and not withdrawn, for the measure or for its whole match.
        .where(
            Measure.consent.is_(True),
            Measure.consent_withdrawn_on.is_(None),
            Match.measure_consent_withdrawn_on.is_(None),
        )
        .order_by(Measure.taken_on, Measure.id)
    ).all()
    for match_id, instrument, day, items in rows:
        code = codes.get(match_id)
        if code is None:
            continue
        scored = score(Instrument(instrument), json.loads(items))
        tally.at(iso_week(day), code).measures.append(
            MeasureResult(
                instrument=scored.instrument,
                total=scored.total,
                metric=scored.metric,
                category=scored.category,
                subscales=dict(scored.subscales) or None,  # type: ignore[arg-type]
            )
        )


def _tally_concerns(session: Session, codes: dict[int, str], tally: _Tally) -> None:
    rows = session.execute(select(Concern.match_id, Concern.occurred_on, Concern.reported_on)).all()
    for match_id, day, reported_on in rows:
        code = codes.get(match_id)
        if code is None:
            continue
        at = tally.at(iso_week(day), code)
        at.concerns_raised += 1
        at.concerns_reported += reported_on is not None


def _match_week(code: str, at: _MatchWeekTally, policy: SummaryPolicy) -> MatchWeek | None:
    on = policy.allows
    row = MatchWeek(
        match_code=code,
        contacts=[
            ContactCount(kind=kind, mode=Mode(mode), count=n)  # type: ignore[arg-type]
            for (kind, mode), n in sorted(at.contacts.items())
        ]
        if on(Category.CONTACTS) and at.contacts
        else None,
        minutes=round_minutes(at.minutes) if on(Category.MINUTES) and at.contacts else None,
        activities=dict(sorted(at.activities.items())) or None,
        topics=dict(sorted(at.topics.items())) or None,
        seemed=mean_of(at.seemed) if on(Category.SEEMED) else None,
        measures=at.measures or None,
        concerns=ConcernCount(raised=at.concerns_raised, reported=at.concerns_reported)
        if at.concerns_raised
        else None,
        follow_ups=at.follow_ups if on(Category.FOLLOW_UPS) and at.follow_ups else None,
    )
    if not row.model_dump(exclude_none=True, exclude={"match_code"}):
        return None  # nothing this policy lets us say; not even that the week had contact
    return row
