"""Recording outcome measures for a match: stored with consent, refused when bad."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from logbook.errors import InvalidValue, NotFound
from logbook.records.book import Logbook
from logbook.records.measures import Instrument
from tests.core.records_helpers import ANN, BOB, DAY, START, snapshot


def test_measure_is_stored_with_its_consent_and_scored(two: Logbook) -> None:
    shared = two.measures.add(ANN, Instrument.UCLA3, [3, 2, 3], consent=True, taken_on=DAY)
    private = two.measures.add(
        "m-0001", Instrument.SWEMWBS, (5, 5, 5, 5, 5, 5, 5), consent=False, taken_on=DAY
    )
    assert shared.consent is True and private.consent is False
    assert shared.match_code == ANN and private.match_code == ANN
    assert shared.instrument is Instrument.UCLA3
    assert shared.score.total == 8
    assert private.score.total == 35 and private.score.metric == 35.00
    assert two.measures.list(ANN) == [shared, private]


def test_measure_date_defaults_to_today(two: Logbook) -> None:
    assert two.measures.add(ANN, Instrument.ONS_DIRECT, [2], consent=True).taken_on == (
        date.today()
    )


def test_measures_list_by_match_and_instrument_in_date_order(two: Logbook) -> None:
    later = two.measures.add(ANN, Instrument.ONS4, [6, 7, 8, 2], consent=True, taken_on=DAY)
    earlier = two.measures.add(ANN, Instrument.ONS4, [4, 5, 6, 8], consent=True, taken_on=START)
    ons = two.measures.add(ANN, Instrument.ONS_DIRECT, [3], consent=False, taken_on=START)
    bob = two.measures.add(BOB, Instrument.UCLA3, [1, 1, 1], consent=True, taken_on=START)
    assert two.measures.list(ANN) == [earlier, ons, later]
    assert two.measures.list(BOB) == [bob]
    assert two.measures.list(instrument=Instrument.ONS4) == [earlier, later]
    assert two.measures.list(ANN, Instrument.UCLA3) == []
    assert two.measures.list() == [earlier, ons, later, bob]
    assert dict(later.score.subscales)["anxiety"] == 2 and later.score.total is None


@pytest.mark.parametrize(
    ("instrument", "items", "field"),
    [
        (Instrument.UCLA3, [1, 2], "items"),
        (Instrument.UCLA3, [1, 2, 4], "item 3"),
        (Instrument.ONS4, [0, 11, 0, 0], "item 2"),
        (Instrument.SWEMWBS, [1, 1, 1, 1, 1, 1, True], "item 7"),
        (Instrument.ONS_DIRECT, [0], "item 1"),
    ],
)
def test_a_bad_measure_is_refused_naming_the_item_and_nothing_is_stored(
    two: Logbook, instrument: Instrument, items: list[int], field: str
) -> None:
    two.measures.add(ANN, Instrument.UCLA3, [1, 1, 1], consent=True, taken_on=DAY)
    before = snapshot(two)
    with pytest.raises(InvalidValue) as err:
        two.measures.add(ANN, instrument, items, consent=True, taken_on=DAY)
    assert err.value.field == field
    assert snapshot(two) == before


def test_a_measure_dated_in_the_future_is_refused_and_nothing_is_stored(two: Logbook) -> None:
    before = snapshot(two)
    with pytest.raises(InvalidValue) as err:
        two.measures.add(
            ANN, Instrument.UCLA3, [1, 1, 1], consent=True, taken_on=date.today() + timedelta(1)
        )
    assert err.value.field == "date"
    assert snapshot(two) == before


def test_a_measure_for_an_unknown_match_says_not_found_and_nothing_is_stored(
    two: Logbook,
) -> None:
    before = snapshot(two)
    with pytest.raises(NotFound):
        two.measures.add("M-0099", Instrument.UCLA3, [1, 1, 1], consent=True)
    with pytest.raises(NotFound):
        two.measures.list("M-0099")
    assert snapshot(two) == before
