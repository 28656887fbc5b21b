"""Matches: adding, ending and editing them, and what their list shows."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

import pytest

from logbook.errors import InvalidValue, NotFound, Refused
from logbook.records.book import Logbook
from tests.core.records_helpers import (
    ANN,
    BOB,
    DAY,
    START,
    concern,
    conversation,
    reflection,
    snapshot,
    visit,
)


def test_new_match_is_stored_with_normalised_code_and_trimmed_name(book: Logbook) -> None:
    made = book.matches.add("  m-0042 ", "  Ann Smith  ", START)
    assert made.code == "M-0042"
    assert made.display_name == "Ann Smith"
    assert made.start_date == START
    assert made.end_date is None and made.active
    assert made.last_contact is None
    assert made.entry_count == 0
    assert made.unreported_concerns == 0
    assert book.matches.get("m-0042") == made
    assert book.matches.list() == [made]


def test_match_start_date_defaults_to_today(book: Logbook) -> None:
    assert book.matches.add(ANN, "Ann").start_date == date.today()


def test_longest_issued_match_code_is_accepted(book: Logbook) -> None:
    code = "A" + "-1" * 15 + "Z"  # 32 characters
    assert book.matches.add(code, "Ann", START).code == code


def test_duplicate_match_code_is_refused_ignoring_case_and_nothing_changes(two: Logbook) -> None:
    before = snapshot(two)
    with pytest.raises(Refused, match="M-0001"):
        two.matches.add("m-0001", "Someone else", START)
    assert snapshot(two) == before
    assert two.matches.get(ANN).display_name == "Ann"


@pytest.mark.parametrize(
    "code",
    ["", "   ", "M 0042", "M_0042", "-M1", "M-0042!", "M/1", "Ü-1", "M.1", "A" * 33],
)
def test_badly_formed_match_code_is_refused_naming_the_field(book: Logbook, code: str) -> None:
    with pytest.raises(InvalidValue) as err:
        book.matches.add(code, "Ann", START)
    assert err.value.field == "match code"
    assert book.matches.list() == []


@pytest.mark.parametrize("name", ["", "   ", "x" * 201])
def test_empty_or_overlong_display_name_is_refused_naming_the_field(
    book: Logbook, name: str
) -> None:
    with pytest.raises(InvalidValue) as err:
        book.matches.add(ANN, name, START)
    assert err.value.field == "display name"
    assert name.strip() == "" or name not in str(err.value)  # never echoes content
    assert book.matches.list() == []


@pytest.mark.parametrize(
    "start", [date.today() + timedelta(days=1), date.today() + timedelta(days=400)]
)
def test_match_starting_in_the_future_is_refused(book: Logbook, start: date) -> None:
    with pytest.raises(InvalidValue) as err:
        book.matches.add(ANN, "Ann", start)
    assert err.value.field == "start date"
    assert book.matches.list() == []


def test_match_starting_before_1900_is_refused(book: Logbook) -> None:
    with pytest.raises(InvalidValue) as err:
        book.matches.add(ANN, "Ann", date(1899, 12, 31))
    assert err.value.field == "start date"
    assert book.matches.list() == []


def test_getting_an_unknown_match_says_not_found(two: Logbook) -> None:
    with pytest.raises(NotFound, match="M-0099"):
        two.matches.get("m-0099")


def test_ending_a_match_records_the_date_and_hides_it_from_the_active_list(
    two: Logbook,
) -> None:
    ended = two.matches.end(ANN, date(2024, 6, 30))
    assert ended.end_date == date(2024, 6, 30)
    assert not ended.active
    assert [m.code for m in two.matches.list(include_ended=False)] == [BOB]
    # Active matches first, then ended ones.
    assert [m.code for m in two.matches.list()] == [BOB, ANN]


def test_ending_a_match_defaults_to_today(two: Logbook) -> None:
    assert two.matches.end(ANN).end_date == date.today()


def test_ending_a_match_on_its_start_date_is_allowed(two: Logbook) -> None:
    assert two.matches.end(ANN, START).end_date == START


def test_ending_a_match_before_it_started_is_refused_and_it_stays_active(two: Logbook) -> None:
    before = snapshot(two)
    with pytest.raises(InvalidValue) as err:
        two.matches.end(ANN, START - timedelta(days=1))
    assert err.value.field == "end date"
    assert snapshot(two) == before
    assert two.matches.get(ANN).active


def test_ending_a_match_in_the_future_is_refused(two: Logbook) -> None:
    before = snapshot(two)
    with pytest.raises(InvalidValue) as err:
        two.matches.end(ANN, date.today() + timedelta(days=1))
    assert err.value.field == "end date"
    assert snapshot(two) == before


def test_ending_an_unknown_match_says_not_found(two: Logbook) -> None:
    before = snapshot(two)
    with pytest.raises(NotFound):
        two.matches.end("M-0099", DAY)
    assert snapshot(two) == before


def test_editing_a_match_changes_name_code_and_start_and_its_entries_follow(
    two: Logbook,
) -> None:
    entry = two.entries.add(visit(ANN))
    edited = two.matches.edit(
        ANN, display_name=" Annie ", new_code="m-0100", start_date=date(2023, 12, 1)
    )
    assert (edited.code, edited.display_name, edited.start_date) == (
        "M-0100",
        "Annie",
        date(2023, 12, 1),
    )
    assert edited.entry_count == 1
    assert two.entries.get(entry.id).match_code == "M-0100"
    with pytest.raises(NotFound):
        two.matches.get(ANN)


def test_editing_a_match_code_to_its_own_code_is_allowed(two: Logbook) -> None:
    assert two.matches.edit(ANN, new_code="m-0001").code == ANN


def test_editing_a_match_code_to_one_already_used_is_refused_and_nothing_changes(
    two: Logbook,
) -> None:
    before = snapshot(two)
    with pytest.raises(Refused):
        two.matches.edit(ANN, display_name="Changed", new_code=BOB)
    assert snapshot(two) == before


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"new_code": "M 1"}, "match code"),
        ({"display_name": "  "}, "display name"),
        ({"start_date": date.today() + timedelta(days=1)}, "start date"),
        ({"display_name": "Changed", "start_date": date(2024, 7, 1)}, "start date"),
    ],
)
def test_editing_a_match_with_a_bad_value_is_refused_and_nothing_changes(
    two: Logbook, changes: dict[str, Any], field: str
) -> None:
    two.matches.end(ANN, date(2024, 6, 30))
    before = snapshot(two)
    with pytest.raises(InvalidValue) as err:
        two.matches.edit(ANN, **changes)
    assert err.value.field == field
    assert snapshot(two) == before


def test_last_contact_is_the_latest_live_visit_or_conversation(two: Logbook) -> None:
    two.entries.add(visit(ANN, date(2024, 3, 1)))
    two.entries.add(conversation(ANN, date(2024, 3, 5)))
    later = two.entries.add(visit(ANN, date(2024, 3, 10)))
    two.entries.add(reflection(ANN, date(2024, 3, 20)))  # not a contact
    two.entries.add(visit(BOB, date(2024, 4, 1)))  # another match
    two.entries.delete(later.id)  # deleted entries do not count
    info = two.matches.get(ANN)
    assert info.last_contact == date(2024, 3, 5)
    assert info.entry_count == 2
    assert two.matches.get(BOB).last_contact == date(2024, 4, 1)
    two.entries.restore(later.id)
    assert two.matches.get(ANN).last_contact == date(2024, 3, 10)
    assert two.matches.get(ANN).entry_count == 3


def test_unreported_concerns_are_counted_until_reported(two: Logbook) -> None:
    first = two.concerns.add(concern(ANN))
    two.concerns.add(concern(ANN, date(2024, 3, 2)))
    two.concerns.add(concern(ANN, reported_to="Coordinator", reported_on=DAY))
    two.concerns.add(concern(BOB))
    assert two.matches.get(ANN).unreported_concerns == 2
    assert two.matches.unreported_concerns(ANN) == 2
    two.concerns.mark_reported(first.id, "Coordinator", DAY)
    assert two.matches.get(ANN).unreported_concerns == 1
    assert two.matches.get(BOB).unreported_concerns == 1
