"""Outcome measures: item counts, ranges and published scoring of UCLA-3, ONS, ONS4, SWEMWBS."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum

from logbook.errors import InvalidValue
from logbook.i18n import _


class Instrument(StrEnum):
    UCLA3 = "ucla3"
    ONS_DIRECT = "ons_direct"
    ONS4 = "ons4"
    SWEMWBS = "swemwbs"


@dataclass(frozen=True)
class InstrumentSpec:
    instrument: Instrument
    title: str
    items: tuple[str, ...]  # item keys, in the order they are asked
    low: int
    high: int


SPECS: dict[Instrument, InstrumentSpec] = {
    spec.instrument: spec
    for spec in (
        # Hughes et al. 2004: hardly ever 1, some of the time 2, often 3; total 3-9.
        InstrumentSpec(
            Instrument.UCLA3,
            "UCLA 3-item loneliness scale",
            ("lack_companionship", "left_out", "isolated"),
            1,
            3,
        ),
        # ONS direct question, "How often do you feel lonely?": 1 often/always ... 5 never.
        InstrumentSpec(
            Instrument.ONS_DIRECT, "ONS direct loneliness question", ("how_often_lonely",), 1, 5
        ),
        # ONS4 personal wellbeing, each 0-10, reported separately and never summed.
        InstrumentSpec(
            Instrument.ONS4,
            "ONS4 personal wellbeing",
            ("life_satisfaction", "worthwhile", "happiness", "anxiety"),
            0,
            10,
        ),
        # Short Warwick-Edinburgh Mental Wellbeing Scale: 7 items 1-5, raw total 7-35.
        InstrumentSpec(
            Instrument.SWEMWBS,
            "Short Warwick-Edinburgh Mental Wellbeing Scale",
            ("optimistic", "useful", "relaxed", "problems", "thinking", "close", "mind"),
            1,
            5,
        ),
    )
}

ONS_DIRECT_CATEGORIES = {
    1: "Often or always",
    2: "Some of the time",
    3: "Occasionally",
    4: "Hardly ever",
    5: "Never",
}

# Published SWEMWBS raw-to-metric conversion (Stewart-Brown et al. 2009, Rasch model).
SWEMWBS_METRIC: dict[int, float] = {
    7: 7.00, 8: 9.51, 9: 11.25, 10: 12.40, 11: 13.33, 12: 14.08, 13: 14.75,
    14: 15.32, 15: 15.84, 16: 16.36, 17: 16.88, 18: 17.43, 19: 17.98, 20: 18.59,
    21: 19.25, 22: 19.98, 23: 20.73, 24: 21.54, 25: 22.35, 26: 23.21, 27: 24.11,
    28: 25.03, 29: 26.02, 30: 27.03, 31: 28.13, 32: 29.31, 33: 30.70, 34: 32.55,
    35: 35.00,
}  # fmt: skip


@dataclass(frozen=True)
class Score:
    """Scores derived from the items. Which fields are set depends on the instrument."""

    instrument: Instrument
    items: tuple[int, ...]
    total: int | None = None  # UCLA-3 (3-9) and SWEMWBS raw (7-35)
    metric: float | None = None  # SWEMWBS metric score
    category: int | None = None  # ONS direct question, 1-5
    subscales: tuple[tuple[str, int], ...] = ()  # ONS4, one score per item, never summed


def parse_instrument(value: str) -> Instrument:
    try:
        return Instrument(value.strip().lower().replace("-", "_"))
    except ValueError:
        names = ", ".join(i.value for i in Instrument)
        raise InvalidValue("instrument", _("must be one of {names}").format(names=names)) from None


def score(instrument: Instrument, items: Sequence[int]) -> Score:
    """Validate the item answers and compute the instrument's published scores."""
    spec = SPECS[instrument]
    if len(items) != len(spec.items):
        raise InvalidValue(
            "items",
            _("{title} has {items} items, {items2} were given").format(
                title=spec.title, items=len(spec.items), items2=len(items)
            ),
        )
    for number, value in enumerate(items, start=1):
        if isinstance(value, bool) or not isinstance(value, int):
            raise InvalidValue(f"item {number}", _("must be a whole number"))
        if not spec.low <= value <= spec.high:
            raise InvalidValue(
                f"item {number}",
                _("must be between {low} and {high}").format(low=spec.low, high=spec.high),
            )
    values = tuple(items)
    if instrument is Instrument.UCLA3:
        return Score(instrument, values, total=sum(values))
    if instrument is Instrument.ONS_DIRECT:
        return Score(instrument, values, category=values[0])
    if instrument is Instrument.ONS4:
        return Score(instrument, values, subscales=tuple(zip(spec.items, values, strict=True)))
    raw = sum(values)
    return Score(instrument, values, total=raw, metric=SWEMWBS_METRIC[raw])
