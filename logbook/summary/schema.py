"""The `logbook.summary/1` schema: strict, bounded, and silent about rejected input.

The coordinator validates untrusted bundles with these same models, so every list and
mapping is capped and every number bounded; errors never echo the input.
"""

from __future__ import annotations

from datetime import date
from enum import StrEnum
from typing import Annotated, Literal

from pydantic import (
    AfterValidator,
    BaseModel,
    ConfigDict,
    Field,
    StringConstraints,
    model_validator,
)

from logbook.records.measure_catalogue import SCALES, score_name
from logbook.records.measures import Instrument
from logbook.records.values import Mode

SUMMARY_FORMAT = "logbook.summary/1"
MAX_WEEKS = 520  # ten years of weeks in one summary
MAX_MATCHES_PER_WEEK = 200
MAX_TAGS = 200

MatchCode = Annotated[str, StringConstraints(pattern=r"^[A-Z0-9][A-Z0-9-]{0,31}$")]


def _real_week(value: str) -> str:
    """A week that exists: 2026 has no week 53, and years before 2000 are not plausible."""
    year, week = int(value[:4]), int(value[6:])
    try:
        date.fromisocalendar(year, week, 1)
    except ValueError:
        raise ValueError("not a week of the calendar") from None
    if not 2000 <= year <= 2200:
        raise ValueError("not a plausible year")
    return value


IsoWeek = Annotated[
    str,
    # [0-9], never \d: pydantic's regex engine takes any Unicode digit for \d.
    StringConstraints(pattern=r"^[0-9]{4}-W(0[1-9]|[1-4][0-9]|5[0-3])$"),
    AfterValidator(_real_week),
]
TagName = Annotated[str, StringConstraints(min_length=1, max_length=80)]
Count = Annotated[int, Field(ge=0, le=100_000)]
# ONS4 reports its four items separately (never summed); these are the only keys.
Ons4Item = Literal["life_satisfaction", "worthwhile", "happiness", "anxiety"]


class Category(StrEnum):
    """What an organisation's policy can switch off; each names fields of a match week."""

    CONTACTS = "contacts"
    MINUTES = "minutes"
    TAGS = "tags"
    SEEMED = "seemed"
    MEASURES = "measures"
    CONCERNS = "concerns"
    FOLLOW_UPS = "follow_ups"
    WELLBEING = "wellbeing"  # the volunteer's own; also needs the volunteer's opt-in


class Strict(BaseModel):
    model_config = ConfigDict(strict=True, extra="forbid", frozen=True, hide_input_in_errors=True)


class ContactCount(Strict):
    kind: Literal["visit", "conversation"]
    mode: Mode
    count: Annotated[int, Field(ge=1, le=100_000)]


class Mean(Strict):
    """A mean of 1-5 ratings with how many there were (the coordinator re-weights by count)."""

    mean: Annotated[float, Field(ge=1, le=5)]
    count: Annotated[int, Field(ge=1, le=100_000)]


class MeasureResult(Strict):
    """Published scores of one administration given with consent; never the raw items
    beyond what the instrument reports (ONS4 reports its four items separately)."""

    instrument: Instrument
    total: Annotated[int, Field(ge=3, le=35)] | None = None
    metric: Annotated[float, Field(ge=7, le=35)] | None = None
    category: Annotated[int, Field(ge=1, le=5)] | None = None
    subscales: dict[Ons4Item, Annotated[int, Field(ge=0, le=10)]] | None = None

    def scores(self) -> list[tuple[str, float]]:
        """The published score(s), named as the measure catalogue names them (what the
        coordinator stores and reports)."""
        if self.metric is not None:
            return [(score_name(self.instrument), self.metric)]
        if self.total is not None:
            return [(score_name(self.instrument), float(self.total))]
        if self.category is not None:
            return [(score_name(self.instrument), float(self.category))]
        return [
            (score_name(self.instrument, item), float(value))
            for item, value in (self.subscales or {}).items()
        ]

    @model_validator(mode="after")
    def _within_the_catalogues_range(self) -> MeasureResult:
        # The field bounds above admit any instrument's scores; a UCLA-3 total of 30 would
        # otherwise reach reports on a 3-9 scale.
        for name, value in self.scores():
            scale = SCALES.get(name)
            if scale is not None and not scale.low <= value <= scale.high:
                raise ValueError("a score outside its measure's range")
        return self


class ConcernCount(Strict):
    raised: Annotated[int, Field(ge=1, le=1000)]
    reported: Annotated[int, Field(ge=0, le=1000)]

    @model_validator(mode="after")
    def _reported_within_raised(self) -> ConcernCount:
        if self.reported > self.raised:
            raise ValueError("more concerns reported than raised")
        return self


def _multiple_of_15(value: int | None) -> int | None:
    if value is not None and value % 15:
        raise ValueError("minutes must be a multiple of 15")
    return value


class MatchWeek(Strict):
    """One match code's week. A category the policy switches off is simply absent."""

    match_code: MatchCode
    contacts: Annotated[list[ContactCount], Field(max_length=10)] | None = None
    # Up to 1,440 minutes an entry, and several entries a day (home-sharing stays).
    minutes: Annotated[int, Field(ge=0, le=100_000)] | None = None
    activities: Annotated[dict[TagName, Count], Field(max_length=MAX_TAGS)] | None = None
    topics: Annotated[dict[TagName, Count], Field(max_length=MAX_TAGS)] | None = None
    seemed: Mean | None = None
    measures: Annotated[list[MeasureResult], Field(max_length=50)] | None = None
    concerns: ConcernCount | None = None
    follow_ups: Annotated[int, Field(ge=1, le=1000)] | None = None

    @model_validator(mode="after")
    def _rounded_minutes(self) -> MatchWeek:
        _multiple_of_15(self.minutes)
        return self


class WeekSnapshot(Strict):
    """Everything this device says about one ISO week: it replaces what was said before."""

    week: IsoWeek
    matches: Annotated[list[MatchWeek], Field(max_length=MAX_MATCHES_PER_WEEK)]
    own_wellbeing: Mean | None = None

    @model_validator(mode="after")
    def _each_match_once(self) -> WeekSnapshot:
        # One row per match code and week at the coordinator: a second would contradict it.
        codes = [match.match_code for match in self.matches]
        if len(set(codes)) != len(codes):
            raise ValueError("a match code is listed twice in one week")
        return self


class Summary(Strict):
    format: Literal["logbook.summary/1"] = "logbook.summary/1"
    categories: Annotated[list[Category], Field(max_length=len(Category))]
    weeks: Annotated[list[WeekSnapshot], Field(max_length=MAX_WEEKS)]

    @model_validator(mode="after")
    def _each_week_once(self) -> Summary:
        weeks = [snapshot.week for snapshot in self.weeks]
        if len(set(weeks)) != len(weeks):
            raise ValueError("a week is listed twice")
        return self
