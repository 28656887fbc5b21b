"""Listing entries: filters by match, kind and dates, paging and order."""

from __future__ import annotations

from datetime import date, time, timedelta

import pytest

from logbook.errors import NotFound
from logbook.records.book import Logbook
from logbook.records.dto import EntryInfo
from logbook.records.values import Kind
from tests.core.records_helpers import ANN, BOB, DAY, conversation, ids, reflection, visit


@pytest.fixture
def listed(two: Logbook) -> dict[str, EntryInfo]:
    """Entries across both matches, kinds and dates, named for the tests below."""
    add = two.entries.add
    return {
        "ann_visit_mar1": add(visit(ANN, date(2024, 3, 1))),
        "ann_call_mar10": add(conversation(ANN, date(2024, 3, 10))),
        "bob_visit_mar5": add(visit(BOB, date(2024, 3, 5))),
        "bob_call_apr2": add(conversation(BOB, date(2024, 4, 2))),
        "reflect_mar15": add(reflection(None, date(2024, 3, 15))),
        "ann_reflect_feb20": add(reflection(ANN, date(2024, 2, 20))),
    }


def test_list_shows_every_live_entry_newest_first(
    two: Logbook, listed: dict[str, EntryInfo]
) -> None:
    page = two.entries.list()
    assert page.total == 6
    assert [e.occurred_on for e in page.entries] == sorted(
        (e.occurred_on for e in listed.values()), reverse=True
    )


def test_list_filters_by_match(two: Logbook, listed: dict[str, EntryInfo]) -> None:
    page = two.entries.list(match_code="m-0001")
    assert ids(page.entries) == [
        listed["ann_call_mar10"].id,
        listed["ann_visit_mar1"].id,
        listed["ann_reflect_feb20"].id,
    ]
    assert page.total == 3


def test_list_filters_by_kind(two: Logbook, listed: dict[str, EntryInfo]) -> None:
    assert ids(two.entries.list(kind=Kind.CONVERSATION).entries) == [
        listed["bob_call_apr2"].id,
        listed["ann_call_mar10"].id,
    ]
    assert two.entries.list(kind=Kind.REFLECTION).total == 2
    assert two.entries.list(kind=Kind.VISIT, match_code=BOB).total == 1


def test_list_filters_by_an_inclusive_date_range(
    two: Logbook, listed: dict[str, EntryInfo]
) -> None:
    page = two.entries.list(date_from=date(2024, 3, 5), date_to=date(2024, 3, 15))
    assert ids(page.entries) == [
        listed["reflect_mar15"].id,
        listed["ann_call_mar10"].id,
        listed["bob_visit_mar5"].id,
    ]
    assert two.entries.list(date_from=date(2024, 4, 1)).total == 1
    assert two.entries.list(date_to=date(2024, 2, 29)).total == 1
    assert two.entries.list(date_from=date(2024, 5, 1), date_to=date(2024, 1, 1)).total == 0


def test_list_by_an_unknown_match_says_not_found(two: Logbook) -> None:
    with pytest.raises(NotFound):
        two.entries.list(match_code="M-0099")


def test_paging_gives_each_entry_once_and_the_same_total(
    two: Logbook, listed: dict[str, EntryInfo]
) -> None:
    everything = ids(two.entries.list().entries)
    pages = [two.entries.list(offset=offset, limit=4) for offset in (0, 4, 8)]
    assert [p.total for p in pages] == [6, 6, 6]
    assert [len(p.entries) for p in pages] == [4, 2, 0]
    assert [i for p in pages for i in ids(p.entries)] == everything
    assert two.entries.list(limit=0).entries == () and two.entries.list(limit=0).total == 6
    assert ids(two.entries.list(offset=5).entries) == everything[5:]


def test_list_orders_by_date_then_time_with_untimed_last_then_newest_added(
    two: Logbook,
) -> None:
    add = two.entries.add
    untimed_a = add(visit(on=DAY))
    morning = add(visit(on=DAY, occurred_time=time(10, 0)))
    evening = add(visit(on=DAY, occurred_time=time(18, 0)))
    next_day = add(visit(on=DAY + timedelta(days=1)))
    day_before = add(visit(on=DAY - timedelta(days=1), occurred_time=time(9, 0)))
    untimed_b = add(visit(on=DAY))
    assert ids(two.entries.list().entries) == [
        next_day.id,
        evening.id,
        morning.id,
        untimed_b.id,
        untimed_a.id,
        day_before.id,
    ]
