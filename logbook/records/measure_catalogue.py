"""The one catalogue of outcome-measure scores as they are reported: name, range, which way is
better, and their labels.

A score's name is what the coordinator stores for it (`swemwbs`, `ucla3`, `ons_direct`, and
one `ons4.<item>` per ONS4 item, never summed); the importer names scores here, and the
dashboard and the funders' report read ranges, direction and labels from here. Ranges come
from the instruments' own item ranges and scoring (`measures.py`), so they cannot drift.
Labels are marked with `N_` and translated where they are shown.
"""

from __future__ import annotations

from dataclasses import dataclass

from logbook.i18n import N_
from logbook.records.measures import SPECS, SWEMWBS_METRIC, Instrument


@dataclass(frozen=True)
class ScoreScale:
    """One reported score: stored as `name`, between `low` and `high`."""

    name: str
    instrument: Instrument
    low: float
    high: float
    higher_is_better: bool
    label: str  # for reports, with the range: "UCLA-3 loneliness (3–9)"
    short_label: str  # for a chart's row: "UCLA-3 loneliness"


def score_name(instrument: Instrument, item: str | None = None) -> str:
    """The stored name of a score: the instrument's, or `ons4.<item>` for an ONS4 item."""
    return instrument.value if item is None else f"{instrument.value}.{item}"


def _items_range(instrument: Instrument) -> tuple[float, float]:
    spec = SPECS[instrument]
    return float(spec.low), float(spec.high)


def _total_range(instrument: Instrument) -> tuple[float, float]:
    spec = SPECS[instrument]
    return float(spec.low * len(spec.items)), float(spec.high * len(spec.items))


_ONS4_LABELS = {
    "life_satisfaction": (N_("ONS4 life satisfaction (0–10)"), N_("ONS4 life satisfaction")),
    "worthwhile": (N_("ONS4 feeling things are worthwhile (0–10)"), N_("ONS4 worthwhile")),
    "happiness": (N_("ONS4 happiness yesterday (0–10)"), N_("ONS4 happiness")),
    "anxiety": (N_("ONS4 anxiety yesterday (0–10)"), N_("ONS4 anxiety")),
}

# In the order reports and the dashboard list them.
CATALOGUE: tuple[ScoreScale, ...] = (
    # The SWEMWBS metric score (the raw 7-35 converted by the published table).
    ScoreScale(
        score_name(Instrument.SWEMWBS), Instrument.SWEMWBS,
        min(SWEMWBS_METRIC.values()), max(SWEMWBS_METRIC.values()), True,
        N_("SWEMWBS wellbeing (metric score, 7–35)"), N_("SWEMWBS wellbeing"),
    ),
    # UCLA-3 total: higher is lonelier.
    ScoreScale(
        score_name(Instrument.UCLA3), Instrument.UCLA3, *_total_range(Instrument.UCLA3), False,
        N_("UCLA-3 loneliness (3–9)"), N_("UCLA-3 loneliness"),
    ),
    # ONS direct question: 1 often or always lonely ... 5 never, so higher is better.
    ScoreScale(
        score_name(Instrument.ONS_DIRECT), Instrument.ONS_DIRECT,
        *_items_range(Instrument.ONS_DIRECT), True,
        N_("ONS: how often lonely (1 often … 5 never)"), N_("ONS loneliness"),
    ),
    # ONS4 items apart, never summed; anxiety is the negative one.
    *(
        ScoreScale(
            score_name(Instrument.ONS4, item), Instrument.ONS4, *_items_range(Instrument.ONS4),
            item != "anxiety", *_ONS4_LABELS[item],
        )
        for item in SPECS[Instrument.ONS4].items
    ),
)  # fmt: skip

SCALES: dict[str, ScoreScale] = {scale.name: scale for scale in CATALOGUE}


def instrument_range(instrument: Instrument) -> tuple[float, float]:
    """The range an instrument's reported score takes (for ONS4, each item's)."""
    if instrument is Instrument.ONS4:
        return _items_range(instrument)
    scale = SCALES[score_name(instrument)]
    return scale.low, scale.high


def catalogue_order(name: str) -> tuple[int, str]:
    """Sort key: catalogue order, then any score newer than this app by name."""
    names = list(SCALES)
    return (names.index(name) if name in SCALES else len(names), name)
