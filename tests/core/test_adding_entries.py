"""Adding entries: every field stored, every bad value refused by name, nothing changed."""

from __future__ import annotations

import dataclasses
import re
from datetime import UTC, date, datetime, time, timedelta

import pytest

from logbook.errors import InvalidValue, NotFound
from logbook.records.book import Logbook
from logbook.records.dto import EntryInput
from logbook.records.values import Kind, Mode
from tests.core.records_helpers import ANN, BOB, DAY, conversation, reflection, snapshot, visit


def test_visit_is_stored_with_every_field(two: Logbook) -> None:
    given_entry = visit(
        " m-0001 ",
        occurred_time=time(14, 30),
        minutes=95,
        mode=Mode.GROUP,
        place="  Community café  ",
        seemed=4,
        notes="# Tea\n\nWe played **cards** and talked about her garden.",
        follow_up=True,
        activities=("cards", "Tea"),
        topics=("Garden",),
    )
    added = two.entries.add(given_entry)
    assert added.id > 0
    assert added.kind is Kind.VISIT
    assert added.match_code == ANN
    assert added.occurred_on == DAY
    assert added.occurred_time == time(14, 30)
    assert added.minutes == 95
    assert added.mode is Mode.GROUP
    assert added.place == "Community café"
    assert added.seemed == 4
    assert added.wellbeing is None
    assert added.notes == given_entry.notes
    assert added.follow_up is True
    assert added.activities == ("cards", "Tea")
    assert added.topics == ("Garden",)
    assert re.fullmatch(r"[+-]\d\d:\d\d", added.entered_tz)
    assert added.created_at is not None and added.updated_at is not None
    utc_now = datetime.now(UTC).replace(tzinfo=None)
    assert abs(added.created_at - utc_now) < timedelta(minutes=1)  # stored in UTC
    assert not added.deleted
    assert two.entries.get(added.id) == added


def test_conversation_is_stored_with_every_field(two: Logbook) -> None:
    added = two.entries.add(
        conversation(
            BOB,
            occurred_time=time(9, 5),
            minutes=1,
            mode="Video",
            place="Home",
            seemed=1,
            notes="Short call.",
            follow_up=False,
            activities=("chat",),
            topics=("health", "family"),
        )
    )
    stored = two.entries.get(added.id)
    assert stored.kind is Kind.CONVERSATION
    assert stored.match_code == BOB
    assert stored.mode is Mode.VIDEO
    assert (stored.minutes, stored.seemed, stored.place) == (1, 1, "Home")
    assert stored.occurred_time == time(9, 5)
    assert stored.topics == ("family", "health")
    assert stored.activities == ("chat",)


def test_mode_defaults_to_in_person_for_a_visit_and_phone_for_a_conversation(
    two: Logbook,
) -> None:
    assert two.entries.add(visit()).mode is Mode.IN_PERSON
    assert two.entries.add(conversation()).mode is Mode.PHONE


@pytest.mark.parametrize("mode", ["in person", "In-Person", "PHONE", " message ", "group"])
def test_mode_may_be_written_loosely(two: Logbook, mode: str) -> None:
    expected = Mode(mode.strip().lower().replace(" ", "_").replace("-", "_"))
    assert two.entries.add(visit(mode=mode)).mode is expected


def test_reflection_with_wellbeing_needs_no_match(two: Logbook) -> None:
    added = two.entries.add(
        reflection(wellbeing=2, notes="Tired after a long week.", topics=("self-care",))
    )
    stored = two.entries.get(added.id)
    assert stored.kind is Kind.REFLECTION
    assert stored.match_code is None
    assert stored.wellbeing == 2
    assert stored.mode is None and stored.minutes is None and stored.seemed is None
    assert stored.place is None
    assert stored.topics == ("self-care",)


def test_reflection_may_be_linked_to_a_match(two: Logbook) -> None:
    added = two.entries.add(reflection(BOB, wellbeing=5))
    assert two.entries.get(added.id).match_code == BOB


@pytest.mark.parametrize(("minutes", "seemed"), [(1, 1), (1440, 5)])
def test_minutes_and_seemed_accept_both_ends_of_their_range(
    two: Logbook, minutes: int, seemed: int
) -> None:
    added = two.entries.add(visit(minutes=minutes, seemed=seemed))
    assert (added.minutes, added.seemed) == (minutes, seemed)


@pytest.mark.parametrize("wellbeing", [1, 5])
def test_wellbeing_accepts_both_ends_of_its_range(two: Logbook, wellbeing: int) -> None:
    assert two.entries.add(reflection(wellbeing=wellbeing)).wellbeing == wellbeing


def test_tags_are_trimmed_and_repeats_ignoring_case_are_dropped(two: Logbook) -> None:
    added = two.entries.add(
        visit(activities=("  long   walk ", "Long Walk", "", "   "), topics=("Pets", "pets"))
    )
    assert added.activities == ("long walk",)
    assert added.topics == ("Pets",)


def test_an_entry_dated_today_with_an_earlier_time_is_accepted(two: Logbook) -> None:
    added = two.entries.add(visit(on=date.today(), occurred_time=time(0, 0)))
    assert added.occurred_on == date.today()


def test_a_time_within_the_current_minute_is_accepted(two: Logbook) -> None:
    now = datetime.now()
    this_minute = now.time().replace(second=59, microsecond=0)
    added = two.entries.add(visit(on=now.date(), occurred_time=this_minute))
    assert added.occurred_time == this_minute


def test_a_late_time_on_a_past_day_is_accepted(two: Logbook) -> None:
    yesterday = date.today() - timedelta(days=1)
    assert two.entries.add(visit(on=yesterday, occurred_time=time(23, 59))).occurred_on == (
        yesterday
    )


BAD_ENTRIES: list[tuple[str, EntryInput, str]] = [
    ("minutes zero", visit(minutes=0), "minutes"),
    ("minutes negative", visit(minutes=-5), "minutes"),
    ("minutes over a day", visit(minutes=1441), "minutes"),
    ("minutes fractional", visit(minutes=30.5), "minutes"),
    ("minutes bool", visit(minutes=True), "minutes"),
    ("minutes text", visit(minutes="60"), "minutes"),
    ("minutes missing on a visit", visit(minutes=None), "minutes"),
    ("minutes missing on a conversation", conversation(minutes=None), "minutes"),
    ("seemed zero", visit(seemed=0), "seemed"),
    ("seemed six", visit(seemed=6), "seemed"),
    ("seemed fractional", visit(seemed=2.5), "seemed"),
    ("wellbeing zero", reflection(wellbeing=0), "wellbeing"),
    ("wellbeing six", reflection(wellbeing=6), "wellbeing"),
    ("wellbeing on a visit", visit(wellbeing=3), "wellbeing"),
    ("wellbeing on a conversation", conversation(wellbeing=3), "wellbeing"),
    ("future date", visit(on=date.today() + timedelta(days=1)), "date"),
    ("future date on reflection", reflection(on=date.today() + timedelta(days=3)), "date"),
    ("date before 1900", visit(on=date(1899, 12, 31)), "date"),
    ("mode on a reflection", reflection(mode=Mode.PHONE), "mode"),
    ("minutes on a reflection", reflection(minutes=30), "minutes"),
    ("seemed on a reflection", reflection(seemed=3), "seemed"),
    ("place on a reflection", reflection(place="Park"), "place"),
    ("unknown mode", visit(mode="telepathy"), "mode"),
    ("unknown kind", dataclasses.replace(visit(), kind="meeting"), "kind"),  # type: ignore[arg-type]
    ("visit without a match", visit(None), "match"),
    ("conversation without a match", conversation(""), "match"),
    ("badly formed match code", visit("M 1"), "match code"),
    ("overlong place", visit(place="p" * 201), "place"),
    ("overlong notes", visit(notes="n" * 200_001), "notes"),
    ("overlong activity", visit(activities=("a" * 81,)), "activities"),
    ("overlong topic", visit(topics=("t" * 81,)), "topics"),
]


@pytest.mark.parametrize(
    ("entry", "field"), [(e, f) for _, e, f in BAD_ENTRIES], ids=[n for n, _, _ in BAD_ENTRIES]
)
def test_a_bad_entry_is_refused_naming_the_field_and_nothing_changes(
    two: Logbook, entry: EntryInput, field: str
) -> None:
    two.entries.add(visit(notes="an existing entry", activities=("cards",)))
    before = snapshot(two)
    with pytest.raises(InvalidValue) as err:
        two.entries.add(entry)
    assert err.value.field == field
    assert str(err.value).startswith(f"{field}: ")
    assert err.value.exit_code == 1
    assert snapshot(two) == before


def test_a_time_later_today_is_refused_naming_the_time_and_nothing_changes(
    two: Logbook,
) -> None:
    now = datetime.now()
    later = now + timedelta(minutes=2)
    if later.date() != now.date():
        pytest.skip("too close to midnight to have a later time today")
    before = snapshot(two)
    with pytest.raises(InvalidValue) as err:
        two.entries.add(visit(on=now.date(), occurred_time=later.time().replace(microsecond=0)))
    assert err.value.field == "time"
    assert snapshot(two) == before


def test_an_entry_for_an_unknown_match_says_not_found_and_nothing_changes(
    two: Logbook,
) -> None:
    before = snapshot(two)
    for entry in (visit("M-0099"), conversation("M-0099"), reflection("M-0099")):
        with pytest.raises(NotFound, match="M-0099"):
            two.entries.add(entry)
    assert snapshot(two) == before


def test_validation_errors_never_echo_what_was_typed(two: Logbook) -> None:
    before = snapshot(two)
    secret = "Mrs Jones at 12 Acacia Avenue "
    for entry in (
        visit(place=secret * 10),
        visit(notes=secret * 7000),
        visit(topics=(secret * 3,)),
        reflection(place=secret),
    ):
        with pytest.raises(InvalidValue) as err:
            two.entries.add(entry)
        assert "Acacia" not in str(err.value)
    assert snapshot(two) == before


def test_getting_an_unknown_entry_says_not_found(two: Logbook) -> None:
    with pytest.raises(NotFound):
        two.entries.get(12345)
