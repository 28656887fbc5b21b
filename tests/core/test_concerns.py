"""Safeguarding concerns: stored, refused when bad, listed and marked reported."""

from __future__ import annotations

import re
from datetime import date, datetime, time, timedelta

import pytest

from logbook.errors import InvalidValue, NotFound
from logbook.records.book import Logbook
from logbook.records.dto import ConcernInput
from tests.core.records_helpers import ANN, BOB, DAY, concern, snapshot


def test_concern_is_stored_with_every_field(two: Logbook) -> None:
    added = two.concerns.add(
        concern(
            "m-0001",
            occurred_time=time(11, 15),
            place="  Her kitchen ",
            seen_or_said="She said: 'I haven't eaten since Tuesday.'",
            facts="Fridge was empty.",
            opinion="I think she is not coping.",
            action_taken="Called the safeguarding lead.",
            reported_to="Safeguarding lead",
            reported_on=DAY + timedelta(days=1),
        )
    )
    assert added.match_code == ANN
    assert added.place == "Her kitchen"
    assert added.occurred_time == time(11, 15)
    assert added.facts == "Fridge was empty."
    assert added.opinion == "I think she is not coping."
    assert added.action_taken == "Called the safeguarding lead."
    assert added.reported and added.reported_on == DAY + timedelta(days=1)
    assert re.fullmatch(r"[+-]\d\d:\d\d", added.entered_tz)
    assert two.concerns.get(added.id) == added
    assert two.concerns.list() == [added]


def test_concern_needs_only_what_was_seen_or_said(two: Logbook) -> None:
    added = two.concerns.add(concern(seen_or_said="Bruise on left arm."))
    assert not added.reported
    assert added.place is None and added.reported_to is None
    assert (added.facts, added.opinion, added.action_taken) == ("", "", "")


def test_concern_may_be_reported_on_the_day_it_happened(two: Logbook) -> None:
    added = two.concerns.add(concern(on=DAY, reported_on=DAY, reported_to="Lead"))
    assert added.reported_on == DAY


BAD_CONCERNS: list[tuple[str, ConcernInput, str]] = [
    ("nothing seen or said", concern(seen_or_said=""), "what was seen or said"),
    ("only spaces seen or said", concern(seen_or_said="   \n "), "what was seen or said"),
    ("future date", concern(on=date.today() + timedelta(days=1)), "date"),
    (
        "reported before it happened",
        concern(on=DAY, reported_on=DAY - timedelta(days=1), reported_to="Lead"),
        "reported on",
    ),
    ("reported on without reported to", concern(reported_on=DAY), "reported to"),
    ("reported to only spaces", concern(reported_on=DAY, reported_to="  "), "reported to"),
    (
        "reported in the future",
        concern(reported_on=date.today() + timedelta(days=1), reported_to="Lead"),
        "reported on",
    ),
    ("badly formed match code", concern(code="M 1"), "match code"),
    ("overlong place", concern(place="x" * 201), "place"),
    ("overlong facts", concern(facts="x" * 200_001), "facts"),
]


@pytest.mark.parametrize(
    ("bad", "field"), [(c, f) for _, c, f in BAD_CONCERNS], ids=[n for n, _, _ in BAD_CONCERNS]
)
def test_a_bad_concern_is_refused_naming_the_field_and_nothing_changes(
    two: Logbook, bad: ConcernInput, field: str
) -> None:
    two.concerns.add(concern())
    before = snapshot(two)
    with pytest.raises(InvalidValue) as err:
        two.concerns.add(bad)
    assert err.value.field == field
    assert snapshot(two) == before


def test_a_concern_timed_later_today_is_refused_naming_the_time(two: Logbook) -> None:
    now = datetime.now()
    later = now + timedelta(minutes=2)
    if later.date() != now.date():
        pytest.skip("too close to midnight to have a later time today")
    before = snapshot(two)
    with pytest.raises(InvalidValue) as err:
        two.concerns.add(concern(on=now.date(), occurred_time=later.time()))
    assert err.value.field == "time"
    assert snapshot(two) == before


def test_a_concern_for_an_unknown_match_says_not_found_and_nothing_changes(
    two: Logbook,
) -> None:
    before = snapshot(two)
    with pytest.raises(NotFound):
        two.concerns.add(concern("M-0099"))
    assert snapshot(two) == before


def test_concerns_list_newest_first_by_match_and_unreported_only(two: Logbook) -> None:
    old = two.concerns.add(concern(ANN, date(2024, 2, 1)))
    new = two.concerns.add(concern(ANN, date(2024, 3, 1), reported_to="Lead", reported_on=DAY))
    bob = two.concerns.add(concern(BOB, date(2024, 2, 15)))
    assert [c.id for c in two.concerns.list()] == [new.id, bob.id, old.id]
    assert [c.id for c in two.concerns.list(match_code=ANN)] == [new.id, old.id]
    assert [c.id for c in two.concerns.list(unreported_only=True)] == [bob.id, old.id]
    assert [c.id for c in two.concerns.list(match_code=ANN, unreported_only=True)] == [old.id]


def test_mark_reported_records_to_whom_and_when(two: Logbook) -> None:
    added = two.concerns.add(concern(on=DAY))
    marked = two.concerns.mark_reported(added.id, "  Safeguarding lead ", DAY + timedelta(days=2))
    assert marked.reported
    assert marked.reported_to == "Safeguarding lead"
    assert marked.reported_on == DAY + timedelta(days=2)
    assert two.concerns.get(added.id) == marked
    assert two.concerns.list(unreported_only=True) == []


def test_mark_reported_defaults_to_today(two: Logbook) -> None:
    added = two.concerns.add(concern())
    assert two.concerns.mark_reported(added.id, "Lead").reported_on == date.today()


@pytest.mark.parametrize(
    ("reported_to", "reported_on", "field"),
    [
        ("", DAY, "reported to"),
        ("   ", DAY, "reported to"),
        ("Lead", DAY - timedelta(days=1), "reported on"),
        ("Lead", date.today() + timedelta(days=1), "reported on"),
    ],
)
def test_mark_reported_with_a_bad_value_is_refused_and_nothing_changes(
    two: Logbook, reported_to: str, reported_on: date, field: str
) -> None:
    added = two.concerns.add(concern(on=DAY))
    before = snapshot(two)
    with pytest.raises(InvalidValue) as err:
        two.concerns.mark_reported(added.id, reported_to, reported_on)
    assert err.value.field == field
    assert snapshot(two) == before
    assert not two.concerns.get(added.id).reported


def test_an_unknown_concern_says_not_found_and_nothing_changes(two: Logbook) -> None:
    two.concerns.add(concern())
    before = snapshot(two)
    with pytest.raises(NotFound):
        two.concerns.get(77)
    with pytest.raises(NotFound):
        two.concerns.mark_reported(77, "Lead", DAY)
    assert snapshot(two) == before
