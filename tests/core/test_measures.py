"""Outcome measures: item counts, ranges and the published scoring of each instrument."""

from __future__ import annotations

import itertools
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from logbook.errors import InvalidValue
from logbook.records.measures import Instrument, parse_instrument, score

# Item count and answer range per instrument, as published (not read from the module).
SHAPES: dict[Instrument, tuple[int, int, int]] = {
    Instrument.UCLA3: (3, 1, 3),
    Instrument.ONS_DIRECT: (1, 1, 5),
    Instrument.ONS4: (4, 0, 10),
    Instrument.SWEMWBS: (7, 1, 5),
}

# Published SWEMWBS raw-to-metric conversion table, written out here on purpose.
SWEMWBS_TABLE: dict[int, float] = {
    7: 7.00,
    8: 9.51,
    9: 11.25,
    10: 12.40,
    11: 13.33,
    12: 14.08,
    13: 14.75,
    14: 15.32,
    15: 15.84,
    16: 16.36,
    17: 16.88,
    18: 17.43,
    19: 17.98,
    20: 18.59,
    21: 19.25,
    22: 19.98,
    23: 20.73,
    24: 21.54,
    25: 22.35,
    26: 23.21,
    27: 24.11,
    28: 25.03,
    29: 26.02,
    30: 27.03,
    31: 28.13,
    32: 29.31,
    33: 30.70,
    34: 32.55,
    35: 35.00,
}

ALL_INSTRUMENTS = list(Instrument)


def valid_items(instrument: Instrument) -> list[int]:
    count, low, _high = SHAPES[instrument]
    return [low] * count


def swemwbs_items_with_total(total: int) -> list[int]:
    """Seven answers, each 1-5, adding up to `total` (7-35)."""
    items = [1] * 7
    extra = total - 7
    for i in range(7):
        step = min(4, extra)
        items[i] += step
        extra -= step
    assert extra == 0 and sum(items) == total
    return items


# --- instrument names -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("UCLA3", Instrument.UCLA3),
        ("ucla3", Instrument.UCLA3),
        ("ons-direct", Instrument.ONS_DIRECT),
        ("ONS_DIRECT", Instrument.ONS_DIRECT),
        ("Ons-Direct", Instrument.ONS_DIRECT),
        ("ons4", Instrument.ONS4),
        ("ONS4", Instrument.ONS4),
        ("SWEMWBS", Instrument.SWEMWBS),
        ("  swemwbs  ", Instrument.SWEMWBS),
    ],
)
def test_instrument_names_are_accepted_in_any_case_with_dashes_or_underscores(
    name: str, expected: Instrument
) -> None:
    assert parse_instrument(name) is expected


@pytest.mark.parametrize("name", ["", "ucla", "ucla-4", "ons", "wemwbs", "phq9", "ons4x"])
def test_unknown_instrument_names_are_refused_naming_the_field(name: str) -> None:
    with pytest.raises(InvalidValue) as err:
        parse_instrument(name)
    assert err.value.field == "instrument"
    for instrument in Instrument:
        assert instrument.value in err.value.problem


# --- item counts and ranges -------------------------------------------------------------


@pytest.mark.parametrize("instrument", ALL_INSTRUMENTS)
def test_each_instrument_has_its_published_item_count_and_range(instrument: Instrument) -> None:
    count, low, high = SHAPES[instrument]
    assert score(instrument, [low] * count).items == tuple([low] * count)
    assert score(instrument, [high] * count).items == tuple([high] * count)


@pytest.mark.parametrize("instrument", ALL_INSTRUMENTS)
@pytest.mark.parametrize("delta", [-1, +1])
def test_wrong_number_of_items_is_refused_naming_the_items(
    instrument: Instrument, delta: int
) -> None:
    count, low, _high = SHAPES[instrument]
    with pytest.raises(InvalidValue) as err:
        score(instrument, [low] * (count + delta))
    assert err.value.field == "items"
    assert str(count) in err.value.problem


@pytest.mark.parametrize("instrument", ALL_INSTRUMENTS)
def test_no_items_at_all_is_refused(instrument: Instrument) -> None:
    with pytest.raises(InvalidValue) as err:
        score(instrument, [])
    assert err.value.field == "items"


@pytest.mark.parametrize("instrument", ALL_INSTRUMENTS)
@pytest.mark.parametrize("side", ["low", "high"])
def test_answer_out_of_range_is_refused_naming_the_item(instrument: Instrument, side: str) -> None:
    count, low, high = SHAPES[instrument]
    bad = low - 1 if side == "low" else high + 1
    for position in range(count):
        items = valid_items(instrument)
        items[position] = bad
        with pytest.raises(InvalidValue) as err:
            score(instrument, items)
        assert err.value.field == f"item {position + 1}"
        assert str(low) in err.value.problem and str(high) in err.value.problem


@pytest.mark.parametrize("instrument", ALL_INSTRUMENTS)
@pytest.mark.parametrize("bad", [True, False, 2.0, 1.5, "2", None, [2]])
def test_bools_and_non_integers_are_refused_naming_the_item(
    instrument: Instrument, bad: Any
) -> None:
    count = SHAPES[instrument][0]
    position = count - 1  # the last item, so the error must name the right one
    items: list[Any] = valid_items(instrument)
    items[position] = bad
    with pytest.raises(InvalidValue) as err:
        score(instrument, items)
    assert err.value.field == f"item {position + 1}"
    assert "whole number" in err.value.problem


def test_a_bool_that_would_be_in_range_is_still_refused() -> None:
    # True == 1 is a valid UCLA answer by value; it must not slip through as one.
    with pytest.raises(InvalidValue) as err:
        score(Instrument.UCLA3, [1, True, 1])
    assert err.value.field == "item 2"


def test_the_first_bad_item_is_the_one_named() -> None:
    with pytest.raises(InvalidValue) as err:
        score(Instrument.SWEMWBS, [1, 1, 0, 1, 9, 1, 1])
    assert err.value.field == "item 3"


def test_items_may_be_given_as_a_tuple_and_are_kept_in_order() -> None:
    result = score(Instrument.ONS4, (7, 8, 6, 3))
    assert result.items == (7, 8, 6, 3)


# --- UCLA-3 -----------------------------------------------------------------------------


def test_ucla3_total_is_the_sum_for_all_27_answer_combinations() -> None:
    combos = list(itertools.product((1, 2, 3), repeat=3))
    assert len(combos) == 27
    totals = set()
    for answers in combos:
        result = score(Instrument.UCLA3, list(answers))
        assert result.instrument is Instrument.UCLA3
        assert result.total == sum(answers)
        assert 3 <= result.total <= 9
        assert result.metric is None and result.category is None and result.subscales == ()
        totals.add(result.total)
    assert totals == set(range(3, 10))


# --- ONS direct question ----------------------------------------------------------------


@pytest.mark.parametrize("answer", [1, 2, 3, 4, 5])
def test_ons_direct_answer_is_its_own_category(answer: int) -> None:
    result = score(Instrument.ONS_DIRECT, [answer])
    assert result.category == answer
    assert result.total is None and result.metric is None and result.subscales == ()


@pytest.mark.parametrize("answer", [0, 6, -1, 10])
def test_ons_direct_outside_the_five_categories_is_refused(answer: int) -> None:
    with pytest.raises(InvalidValue) as err:
        score(Instrument.ONS_DIRECT, [answer])
    assert err.value.field == "item 1"


# --- ONS4 -------------------------------------------------------------------------------


def test_ons4_is_reported_as_four_separate_subscales_never_summed() -> None:
    result = score(Instrument.ONS4, [7, 9, 5, 2])
    assert result.total is None
    assert result.metric is None and result.category is None
    assert result.subscales == (
        ("life_satisfaction", 7),
        ("worthwhile", 9),
        ("happiness", 5),
        ("anxiety", 2),
    )


@given(st.lists(st.integers(0, 10), min_size=4, max_size=4))
def test_ons4_subscales_follow_the_answers_in_order_and_there_is_no_total(
    answers: list[int],
) -> None:
    result = score(Instrument.ONS4, answers)
    assert result.total is None
    assert [name for name, _ in result.subscales] == [
        "life_satisfaction",
        "worthwhile",
        "happiness",
        "anxiety",
    ]
    assert [value for _, value in result.subscales] == answers


def test_ons4_accepts_both_ends_of_the_zero_to_ten_scale() -> None:
    assert [v for _, v in score(Instrument.ONS4, [0, 0, 0, 0]).subscales] == [0, 0, 0, 0]
    assert [v for _, v in score(Instrument.ONS4, [10, 10, 10, 10]).subscales] == [10] * 4


# --- SWEMWBS ----------------------------------------------------------------------------


def test_the_conversion_table_in_this_test_covers_every_raw_total() -> None:
    assert sorted(SWEMWBS_TABLE) == list(range(7, 36))
    assert len(SWEMWBS_TABLE) == 29


@pytest.mark.parametrize(("raw", "metric"), sorted(SWEMWBS_TABLE.items()))
def test_swemwbs_raw_total_converts_to_the_published_metric_score(raw: int, metric: float) -> None:
    result = score(Instrument.SWEMWBS, swemwbs_items_with_total(raw))
    assert result.total == raw
    assert result.metric == metric
    assert result.category is None and result.subscales == ()


@given(st.lists(st.integers(1, 5), min_size=7, max_size=7))
def test_any_valid_swemwbs_answers_give_the_table_metric_for_their_sum(
    answers: list[int],
) -> None:
    result = score(Instrument.SWEMWBS, answers)
    assert result.total == sum(answers)
    assert result.metric == SWEMWBS_TABLE[sum(answers)]
    assert result.items == tuple(answers)


@given(
    st.lists(st.integers(1, 5), min_size=7, max_size=7),
    st.integers(0, 6),
    st.one_of(st.integers(max_value=0), st.integers(min_value=6)),
)
def test_any_swemwbs_answer_outside_one_to_five_is_refused_naming_its_item(
    answers: list[int], position: int, bad: int
) -> None:
    answers[position] = bad
    with pytest.raises(InvalidValue) as err:
        score(Instrument.SWEMWBS, answers)
    assert err.value.field == f"item {position + 1}"
