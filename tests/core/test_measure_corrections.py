"""Measures can be corrected or deleted and consent withdrawn; sent weeks are sent again."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from logbook.bundle.read import read_bundle
from logbook.changes import MEASURES
from logbook.errors import InvalidValue, NotFound, Refused
from logbook.org.membership import MembershipService
from logbook.records.book import Logbook
from logbook.records.measures import Instrument
from logbook.summary.schema import MeasureResult
from logbook.sync.outbox import OutboxService
from tests.organisation import Org

MONDAY = date(2026, 11, 2)  # ISO week 2026-W45
LATER = MONDAY + timedelta(days=14)  # 2026-W47


def sealed_measures(book: Logbook, org: Org) -> dict[str, list[MeasureResult]]:
    """Seal what changed and open the bundle with the organisation's key, as it would."""
    outbox = OutboxService(book.store)
    [item] = outbox.seal_changes()
    payload = read_bundle(outbox.data(item.id), org.identity)
    return {
        week.week: [m for row in week.matches for m in (row.measures or [])]
        for week in payload.summary.weeks
    }


@pytest.fixture
def two_weeks(book: Logbook, member: MembershipService, org: Org) -> tuple[int, int]:
    book.matches.add("M-0042", "Mrs Jones", MONDAY - timedelta(days=30))
    first = book.measures.add("M-0042", Instrument.UCLA3, [2, 2, 3], consent=True, taken_on=MONDAY)
    second = book.measures.add("M-0042", Instrument.UCLA3, [1, 1, 2], consent=True, taken_on=LATER)
    sent = sealed_measures(book, org)
    assert [m.total for m in sent["2026-W45"]] == [7] and [m.total for m in sent["2026-W47"]] == [4]
    return first.id, second.id


def test_a_corrected_measure_is_sent_again_with_its_new_scores(
    book: Logbook, org: Org, two_weeks: tuple[int, int]
) -> None:
    first, _second = two_weeks
    assert book.measures.correct(first, [3, 3, 3]) == MEASURES
    assert book.measures.get(first).score.total == 9
    assert {w: [m.total for m in ms] for w, ms in sealed_measures(book, org).items()} == {
        "2026-W45": [9]
    }


def test_a_deleted_measure_is_sent_again_without_it(
    book: Logbook, org: Org, two_weeks: tuple[int, int]
) -> None:
    first, _second = two_weeks
    assert book.measures.delete(first) == MEASURES
    with pytest.raises(NotFound):
        book.measures.get(first)
    assert sealed_measures(book, org) == {"2026-W45": []}


def test_consent_withdrawn_for_one_measure_resends_its_week_without_it(
    book: Logbook, org: Org, two_weeks: tuple[int, int]
) -> None:
    first, second = two_weeks
    assert book.measures.withdraw_consent(first, LATER) == MEASURES
    info = book.measures.get(first)
    assert info.withdrawn_on == LATER and not info.shared and book.measures.get(second).shared
    assert sealed_measures(book, org) == {"2026-W45": []}
    with pytest.raises(Refused, match="already withdrawn"):
        book.measures.withdraw_consent(first)


def test_consent_withdrawn_for_a_match_keeps_every_score_of_it_on_the_device(
    book: Logbook, org: Org, two_weeks: tuple[int, int]
) -> None:
    book.measures.withdraw_consent_for_match("M-0042", LATER)
    assert sealed_measures(book, org) == {"2026-W45": [], "2026-W47": []}
    assert all(m.withdrawn_on == LATER for m in book.measures.list("M-0042"))
    # From then on a new measure cannot be recorded as shared for this match.
    with pytest.raises(InvalidValue, match="consent"):
        book.measures.add("M-0042", Instrument.UCLA3, [2, 2, 2], consent=True)
    book.measures.add("M-0042", Instrument.UCLA3, [2, 2, 2], consent=False)
    assert OutboxService(book.store).seal_changes() == []


def test_bad_corrections_are_refused_and_change_nothing(
    book: Logbook, two_weeks: tuple[int, int]
) -> None:
    first, _second = two_weeks
    with pytest.raises(InvalidValue, match="item 1"):
        book.measures.correct(first, [9, 1, 1])
    with pytest.raises(InvalidValue, match="date"):
        book.measures.correct(first, [1, 1, 1], date.today() + timedelta(days=1))
    with pytest.raises(InvalidValue, match="withdrawn on"):
        book.measures.withdraw_consent(first, MONDAY - timedelta(days=1))
    with pytest.raises(NotFound):
        book.measures.delete(999)
    assert book.measures.get(first).score.total == 7 and book.measures.get(first).shared
