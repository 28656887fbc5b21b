"""A summary flattened to one row per week and match code, for the previews to show."""

from __future__ import annotations

from dataclasses import dataclass

from logbook.summary.schema import MatchWeek, Mean, MeasureResult, Summary

OWN_ROW = ""  # the match code of the row holding the volunteer's own wellbeing


@dataclass(frozen=True)
class SummaryRow:
    week: str
    match_code: str  # OWN_ROW for the volunteer's own wellbeing
    contacts: tuple[tuple[str, str, int], ...] = ()  # (kind, mode, count)
    minutes: int | None = None
    tags: tuple[tuple[str, int], ...] = ()  # activities then topics, as listed
    seemed: Mean | None = None
    measures: tuple[MeasureResult, ...] = ()
    concerns: tuple[int, int] | None = None  # (raised, reported)
    follow_ups: int | None = None
    wellbeing: Mean | None = None
    removed: bool = False  # an empty snapshot: what was sent for this week is withdrawn


def summary_rows(summary: Summary) -> list[SummaryRow]:
    rows = []
    for week in summary.weeks:
        if not week.matches and week.own_wellbeing is None:
            rows.append(SummaryRow(week.week, OWN_ROW, removed=True))
        rows.extend(_row(week.week, match) for match in week.matches)
        if week.own_wellbeing is not None:
            rows.append(SummaryRow(week.week, OWN_ROW, wellbeing=week.own_wellbeing))
    return rows


def _row(week: str, m: MatchWeek) -> SummaryRow:
    tags = tuple((m.activities or {}).items()) + tuple((m.topics or {}).items())
    return SummaryRow(
        week=week,
        match_code=m.match_code,
        contacts=tuple((c.kind, c.mode.value, c.count) for c in m.contacts or ()),
        minutes=m.minutes,
        tags=tags,
        seemed=m.seemed,
        measures=tuple(m.measures or ()),
        concerns=None if m.concerns is None else (m.concerns.raised, m.concerns.reported),
        follow_ups=m.follow_ups,
    )


def measure_text(result: MeasureResult) -> str:
    """The instrument's published score in a few characters (no words to translate)."""
    if result.metric is not None:
        return f"{result.instrument.value} {result.metric:g}"
    if result.total is not None:
        return f"{result.instrument.value} {result.total}"
    if result.category is not None:
        return f"{result.instrument.value} {result.category}"
    items = "/".join(str(v) for v in (result.subscales or {}).values())
    return f"{result.instrument.value} {items}"
