"""One catalogue of reported measure scores: its ranges follow the instruments' own scoring,
summaries are held to them, and every score a summary carries is named in it."""

from __future__ import annotations

import json

import pytest
from pydantic import ValidationError

from logbook.records.measure_catalogue import CATALOGUE, SCALES, catalogue_order
from logbook.records.measures import SPECS, Instrument, score
from logbook.summary.schema import MeasureResult


def test_every_instrument_and_ons4_item_has_one_entry_in_report_order() -> None:
    assert [s.name for s in CATALOGUE] == [
        "swemwbs", "ucla3", "ons_direct", "ons4.life_satisfaction", "ons4.worthwhile",
        "ons4.happiness", "ons4.anxiety",
    ]  # fmt: skip
    assert {s.instrument for s in CATALOGUE} == set(Instrument)
    assert sorted(["zz.new", "ucla3", "swemwbs"], key=catalogue_order) == [
        "swemwbs", "ucla3", "zz.new",
    ]  # fmt: skip


@pytest.mark.parametrize("instrument", list(Instrument))
def test_the_lowest_and_highest_answers_score_the_ends_of_the_range(
    instrument: Instrument,
) -> None:
    spec = SPECS[instrument]
    for answer in (spec.low, spec.high):
        result = score(instrument, [answer] * len(spec.items))
        reported = MeasureResult(
            instrument=instrument,
            total=None if instrument is Instrument.SWEMWBS else result.total,
            metric=result.metric,
            category=result.category,
            subscales=dict(result.subscales) or None,  # type: ignore[arg-type]
        )
        for name, value in reported.scores():
            scale = SCALES[name]
            assert value == (scale.low if answer == spec.low else scale.high)


def test_direction_of_better_follows_the_instruments() -> None:
    worse_when_higher = {s.name for s in CATALOGUE if not s.higher_is_better}
    assert worse_when_higher == {"ucla3", "ons4.anxiety"}


@pytest.mark.parametrize(
    "fields",
    [
        {"instrument": "ucla3", "total": 30},  # within the schema's 3-35, not UCLA-3's 3-9
        {"instrument": "ucla3", "metric": 20.0},  # a metric score UCLA-3 does not have
        {"instrument": "ons_direct", "category": 5, "total": 12},
    ],
)
def test_a_summary_score_outside_its_measures_range_is_refused(fields: dict[str, object]) -> None:
    with pytest.raises(ValidationError) as caught:
        MeasureResult.model_validate_json(json.dumps(fields))
    (error,) = caught.value.errors()
    assert error["msg"] == "Value error, a score outside its measure's range"


def test_scores_in_range_are_named_as_the_catalogue_names_them() -> None:
    ons4 = MeasureResult.model_validate_json(
        '{"instrument": "ons4", "subscales": {"happiness": 10, "anxiety": 0}}'
    )
    assert ons4.scores() == [("ons4.happiness", 10.0), ("ons4.anxiety", 0.0)]
    assert MeasureResult.model_validate_json('{"instrument": "ucla3", "total": 9}').scores() == [
        ("ucla3", 9.0)
    ]
