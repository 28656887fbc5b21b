"""The records services: matches, entries, concerns, measures, tags, search and erasure."""

from __future__ import annotations

import dataclasses
import re
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import text

from logbook.errors import InvalidValue, LogbookError, NotFound, Refused
from logbook.records.book import Logbook
from logbook.records.dto import ConcernInput, EntryInfo, EntryInput
from logbook.records.measures import Instrument
from logbook.records.values import Kind, Mode, TagKind
from logbook.vault.profiles import UnlockedProfile

ANN = "M-0001"
BOB = "M-0002"
START = date(2024, 1, 1)
DAY = date(2024, 3, 1)


# --- helpers ----------------------------------------------------------------------------


def visit(code: str | None = ANN, on: date = DAY, **fields: Any) -> EntryInput:
    fields.setdefault("minutes", 60)
    return EntryInput(kind=Kind.VISIT, occurred_on=on, match_code=code, **fields)


def conversation(code: str | None = ANN, on: date = DAY, **fields: Any) -> EntryInput:
    fields.setdefault("minutes", 20)
    return EntryInput(kind=Kind.CONVERSATION, occurred_on=on, match_code=code, **fields)


def reflection(code: str | None = None, on: date = DAY, **fields: Any) -> EntryInput:
    return EntryInput(kind=Kind.REFLECTION, occurred_on=on, match_code=code, **fields)


def concern(code: str = ANN, on: date = DAY, **fields: Any) -> ConcernInput:
    fields.setdefault("seen_or_said", "She said: 'nobody has been round for weeks'")
    return ConcernInput(match_code=code, occurred_on=on, **fields)


def snapshot(book: Logbook) -> tuple[object, ...]:
    """Everything the services can show, to prove that a refused action changed nothing."""
    return (
        book.matches.list(),
        book.entries.list(include_deleted=True),
        book.concerns.list(),
        book.measures.list(),
        book.tags.list(),
    )


def fts_rows(profile: UnlockedProfile, query: str) -> int:
    """Rows the raw full-text index still holds for `query`, bypassing the services."""
    with profile.store.engine.connect() as conn:
        found = conn.execute(
            text("SELECT count(*) FROM entry_fts WHERE entry_fts MATCH :q"), {"q": query}
        ).scalar_one()
    return int(found)


def assert_fts_index_consistent(profile: UnlockedProfile) -> None:
    """FTS5's own check of the index against the entry table; raises if they disagree."""
    with profile.store.engine.begin() as conn:
        conn.execute(text("INSERT INTO entry_fts(entry_fts, rank) VALUES('integrity-check', 1)"))


def tag_table(book: Logbook) -> set[tuple[str, str, str, int]]:
    return {(t.kind, t.name, t.source, t.uses) for t in book.tags.list()}


def ids(entries: tuple[EntryInfo, ...] | list[EntryInfo]) -> list[int]:
    return [e.id for e in entries]


@pytest.fixture
def two(book: Logbook) -> Logbook:
    """A logbook with two matches, Ann (M-0001) and Bob (M-0002), started on 1 January 2024."""
    book.matches.add(ANN, "Ann", START)
    book.matches.add(BOB, "Bob", START)
    return book


# --- matches ----------------------------------------------------------------------------


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


# --- entries: adding --------------------------------------------------------------------


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


# --- entries: editing -------------------------------------------------------------------


def test_edit_merges_the_changes_with_the_stored_entry(two: Logbook) -> None:
    added = two.entries.add(
        visit(
            occurred_time=time(10, 0),
            mode=Mode.GROUP,
            place="Library",
            seemed=3,
            notes="first words",
            activities=("reading",),
        )
    )
    edited = two.entries.edit(added.id, minutes=90, notes="second words", follow_up=True)
    assert edited.minutes == 90
    assert edited.notes == "second words"
    assert edited.follow_up is True
    # Everything not named is kept as it was.
    for name in ("kind", "match_code", "occurred_on", "occurred_time", "mode", "place", "seemed"):
        assert getattr(edited, name) == getattr(added, name), name
    assert edited.activities == ("reading",)
    assert edited.created_at == added.created_at
    assert edited.updated_at is not None and added.updated_at is not None
    assert edited.updated_at >= added.updated_at
    assert two.entries.get(added.id) == edited


def test_edit_moves_an_entry_to_another_match(two: Logbook) -> None:
    added = two.entries.add(visit(ANN))
    assert two.entries.edit(added.id, match_code="m-0002").match_code == BOB
    assert two.matches.get(ANN).entry_count == 0
    assert two.matches.get(BOB).entry_count == 1


def test_edit_turns_a_visit_into_a_reflection_when_contact_fields_are_cleared(
    two: Logbook,
) -> None:
    added = two.entries.add(visit(seemed=4, place="Park"))
    edited = two.entries.edit(
        added.id,
        kind=Kind.REFLECTION,
        match_code=None,
        mode=None,
        minutes=None,
        seemed=None,
        place=None,
        wellbeing=3,
    )
    assert edited.kind is Kind.REFLECTION
    assert (edited.match_code, edited.mode, edited.minutes, edited.wellbeing) == (
        None,
        None,
        None,
        3,
    )


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"minutes": 0}, "minutes"),
        ({"minutes": 1441}, "minutes"),
        ({"seemed": 9}, "seemed"),
        ({"wellbeing": 2}, "wellbeing"),
        ({"occurred_on": date.today() + timedelta(days=1)}, "date"),
        ({"kind": Kind.REFLECTION}, "mode"),  # the stored mode does not fit a reflection
        ({"match_code": None}, "match"),
        ({"match_code": "M 1"}, "match code"),
        ({"mode": "carrier pigeon"}, "mode"),
        ({"colour": "blue"}, "colour"),
        ({"notes": "fine", "id": 7}, "id"),
        ({"deleted": True}, "deleted"),
    ],
)
def test_edit_is_validated_like_a_new_entry_and_a_refusal_changes_nothing(
    two: Logbook, changes: dict[str, Any], field: str
) -> None:
    added = two.entries.add(visit(notes="kept as it was", topics=("garden",)))
    before = snapshot(two)
    with pytest.raises(InvalidValue) as err:
        two.entries.edit(added.id, **changes)
    assert err.value.field == field
    assert snapshot(two) == before
    assert two.entries.get(added.id) == added


def test_edit_to_an_unknown_match_says_not_found_and_changes_nothing(two: Logbook) -> None:
    added = two.entries.add(visit(notes="kept"))
    before = snapshot(two)
    with pytest.raises(NotFound):
        two.entries.edit(added.id, match_code="M-0099", notes="changed")
    assert snapshot(two) == before


def test_editing_an_unknown_entry_says_not_found(two: Logbook) -> None:
    before = snapshot(two)
    with pytest.raises(NotFound):
        two.entries.edit(999, minutes=5)
    assert snapshot(two) == before


def test_edit_replacing_tags_drops_own_tags_no_longer_used_but_keeps_the_organisations(
    two: Logbook,
) -> None:
    two.tags.set_organisation_list(TagKind.ACTIVITY, ["Gardening"])
    added = two.entries.add(visit(activities=("gardening", "bingo"), topics=("weather",)))
    two.entries.add(visit(BOB, topics=("weather",)))
    two.entries.edit(added.id, activities=("Chess",), topics=())
    assert tag_table(two) == {
        ("activity", "Chess", "own", 1),
        ("activity", "Gardening", "org", 0),
        ("topic", "weather", "own", 1),
    }


def test_edit_of_notes_updates_what_search_finds(two: Logbook, profile: UnlockedProfile) -> None:
    added = two.entries.add(visit(notes="we baked scones"))
    two.entries.edit(added.id, notes="we planted tulips")
    assert two.search.search("scones") == []
    assert ids([h.entry for h in two.search.search("tulips")]) == [added.id]
    assert fts_rows(profile, "scones") == 0
    assert_fts_index_consistent(profile)


# --- entries: delete, restore, purge ----------------------------------------------------


def test_soft_delete_hides_an_entry_from_the_list_and_search(two: Logbook) -> None:
    kept = two.entries.add(visit(notes="a walk by the river"))
    gone = two.entries.add(visit(notes="a walk in the park"))
    deleted = two.entries.delete(gone.id)
    assert deleted.deleted
    page = two.entries.list()
    assert ids(page.entries) == [kept.id] and page.total == 1
    assert ids([h.entry for h in two.search.search("walk")]) == [kept.id]
    assert two.search.search("park") == []
    # Still there to be restored, and shown where deleted entries are asked for.
    assert two.entries.get(gone.id).deleted
    assert ids(two.entries.list(deleted_only=True).entries) == [gone.id]
    assert sorted(ids(two.entries.list(include_deleted=True).entries)) == [kept.id, gone.id]


def test_deleting_twice_keeps_the_entry_deleted(two: Logbook) -> None:
    added = two.entries.add(visit())
    two.entries.delete(added.id)
    assert two.entries.delete(added.id).deleted
    assert two.entries.list().total == 0


def test_deleting_an_unknown_entry_says_not_found_and_changes_nothing(two: Logbook) -> None:
    two.entries.add(visit())
    before = snapshot(two)
    with pytest.raises(NotFound):
        two.entries.delete(4242)
    assert snapshot(two) == before


def test_restore_brings_a_deleted_entry_back_to_list_and_search(two: Logbook) -> None:
    added = two.entries.add(visit(notes="knitting circle", topics=("crafts",)))
    two.entries.delete(added.id)
    restored = two.entries.restore(added.id)
    assert not restored.deleted
    assert restored == added
    assert ids(two.entries.list().entries) == [added.id]
    assert ids([h.entry for h in two.search.search("knitting")]) == [added.id]
    assert two.entries.list(deleted_only=True).total == 0


def test_restoring_an_entry_that_is_not_deleted_is_refused_and_changes_nothing(
    two: Logbook,
) -> None:
    added = two.entries.add(visit())
    before = snapshot(two)
    with pytest.raises(InvalidValue) as err:
        two.entries.restore(added.id)
    assert err.value.field == "entry"
    assert snapshot(two) == before


def test_restoring_an_unknown_entry_says_not_found_and_changes_nothing(two: Logbook) -> None:
    two.entries.delete(two.entries.add(visit()).id)
    before = snapshot(two)
    with pytest.raises(NotFound):
        two.entries.restore(4242)
    assert snapshot(two) == before


def test_purge_removes_an_entry_for_good_and_drops_its_unused_own_tags(
    two: Logbook, profile: UnlockedProfile
) -> None:
    two.tags.set_organisation_list(TagKind.TOPIC, ["Health"])
    other = two.entries.add(visit(BOB, activities=("cards",), notes="played cards"))
    doomed = two.entries.add(
        visit(
            activities=("cards", "origami"),
            topics=("health", "grandchildren"),
            notes="folded paper cranes together",
        )
    )
    two.entries.delete(doomed.id)
    two.entries.purge(doomed.id)
    with pytest.raises(NotFound):
        two.entries.get(doomed.id)
    assert ids(two.entries.list(include_deleted=True).entries) == [other.id]
    assert tag_table(two) == {
        ("activity", "cards", "own", 1),
        ("topic", "Health", "org", 0),
    }
    assert two.search.search("cranes") == []
    assert fts_rows(profile, "cranes") == 0
    assert fts_rows(profile, "cards") == 1
    assert_fts_index_consistent(profile)
    assert profile.store.integrity_problems() == []


def test_purge_works_on_an_entry_that_was_never_soft_deleted(
    two: Logbook, profile: UnlockedProfile
) -> None:
    doomed = two.entries.add(reflection(notes="private thoughts about burnout"))
    two.entries.purge(doomed.id)
    assert two.entries.list(include_deleted=True).total == 0
    assert fts_rows(profile, "burnout") == 0


def test_purging_an_unknown_entry_says_not_found_and_changes_nothing(two: Logbook) -> None:
    two.entries.add(visit())
    before = snapshot(two)
    with pytest.raises(NotFound):
        two.entries.purge(4242)
    assert snapshot(two) == before


# --- entries: listing -------------------------------------------------------------------


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


# --- safeguarding concerns --------------------------------------------------------------


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


# --- outcome measures -------------------------------------------------------------------


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


# --- tags -------------------------------------------------------------------------------


def test_own_tags_are_created_on_first_use_and_counted(two: Logbook) -> None:
    assert two.tags.list() == []
    two.entries.add(visit(activities=("Cards",), topics=("Family",)))
    two.entries.add(visit(activities=("Cards", "Walk")))
    assert tag_table(two) == {
        ("activity", "Cards", "own", 2),
        ("activity", "Walk", "own", 1),
        ("topic", "Family", "own", 1),
    }
    assert [t.name for t in two.tags.list(TagKind.ACTIVITY)] == ["Cards", "Walk"]
    assert [t.name for t in two.tags.list(TagKind.TOPIC)] == ["Family"]


def test_a_tag_is_reused_whatever_its_case(two: Logbook) -> None:
    first = two.entries.add(visit(activities=("Gardening",)))
    second = two.entries.add(visit(activities=("GARDENING",)))
    third = two.entries.add(visit(activities=("gardening",)))
    assert tag_table(two) == {("activity", "Gardening", "own", 3)}
    for entry in (first, second, third):
        assert two.entries.get(entry.id).activities == ("Gardening",)


def test_a_tag_with_accented_capitals_is_reused_whatever_its_case(two: Logbook) -> None:
    two.entries.add(visit(topics=("Église",)))
    two.entries.add(visit(topics=("église",)))
    two.entries.add(visit(topics=("ÉGLISE",)))
    assert tag_table(two) == {("topic", "Église", "own", 3)}


def test_an_activity_and_a_topic_of_the_same_name_are_separate_tags(two: Logbook) -> None:
    two.entries.add(visit(activities=("Music",), topics=("music",)))
    assert tag_table(two) == {("activity", "Music", "own", 1), ("topic", "music", "own", 1)}


def test_organisation_list_marks_its_tags_and_leaves_the_rest_as_own(two: Logbook) -> None:
    two.entries.add(visit(activities=("gardening", "bingo")))
    two.tags.set_organisation_list(TagKind.ACTIVITY, ["Gardening", "Shopping"])
    assert tag_table(two) == {
        ("activity", "gardening", "org", 1),
        ("activity", "bingo", "own", 1),
        ("activity", "Shopping", "org", 0),
    }
    # The volunteer picking an organisation tag reuses it; it stays the organisation's.
    two.entries.add(visit(activities=("SHOPPING",)))
    assert ("activity", "Shopping", "org", 1) in tag_table(two)
    # Topics are a separate list and are not touched.
    two.tags.set_organisation_list(TagKind.TOPIC, ["Health"])
    assert ("activity", "gardening", "org", 1) in tag_table(two)


def test_a_name_repeated_in_the_organisation_list_makes_one_tag(two: Logbook) -> None:
    two.tags.set_organisation_list(TagKind.ACTIVITY, ["Shopping", "SHOPPING", "shopping"])
    tags = two.tags.list(TagKind.ACTIVITY)
    assert len(tags) == 1
    assert tags[0].name.casefold() == "shopping" and tags[0].source == "org"


def test_a_new_organisation_list_demotes_tags_no_longer_on_it(two: Logbook) -> None:
    two.tags.set_organisation_list(TagKind.TOPIC, ["Health", "Housing"])
    two.entries.add(visit(topics=("health",)))
    two.tags.set_organisation_list(TagKind.TOPIC, ["Housing"])
    sources = {t.name: t.source for t in two.tags.list(TagKind.TOPIC)}
    assert sources == {"Health": "own", "Housing": "org"}


# --- search -----------------------------------------------------------------------------


def test_search_finds_words_by_their_beginning(two: Logbook) -> None:
    hit = two.entries.add(visit(notes="We talked about gardening and her grandchildren."))
    two.entries.add(visit(notes="Quiet afternoon."))
    for query in ("garden", "GARD", "grandchild", "gardening"):
        assert ids([h.entry for h in two.search.search(query)]) == [hit.id], query
    assert two.search.search("ardening") == []


def test_search_needs_every_word_typed(two: Logbook) -> None:
    both = two.entries.add(visit(notes="walk in the park"))
    two.entries.add(visit(notes="walk by the river"))
    assert ids([h.entry for h in two.search.search("park walk")]) == [both.id]
    assert len(two.search.search("walk")) == 2


def test_search_ignores_diacritics_both_ways(two: Logbook) -> None:
    accented = two.entries.add(visit(notes="Nous avons pris un café à la crêperie."))
    plain = two.entries.add(visit(notes="Coffee at the cafe, then Zoe's naive question."))
    assert sorted(ids([h.entry for h in two.search.search("cafe")])) == [accented.id, plain.id]
    assert sorted(ids([h.entry for h in two.search.search("CAFÉ")])) == [accented.id, plain.id]
    assert ids([h.entry for h in two.search.search("creperie")]) == [accented.id]
    assert ids([h.entry for h in two.search.search("Zoë naïve")]) == [plain.id]


@pytest.mark.parametrize(
    "query",
    [
        '"',
        '""',
        '"unbalanced',
        "'",
        "AND",
        "OR",
        "NOT",
        "walk AND",
        "AND walk",
        "walk OR NOT park",
        "NEAR",
        "NEAR(walk park)",
        "NEAR(walk park, 2)",
        "*",
        "walk*",
        "*walk",
        "^walk",
        "notes:walk",
        "entry_fts:walk",
        "{notes}: walk",
        "-walk",
        "+walk",
        "(walk",
        "walk)",
        "a:b:c",
        "\\",
        "\x00",
        "%_",
        ";DROP TABLE entry;--",
        "   ",
        "",
        "…",
        "🙂",
        "_",
        "walk\npark",
    ],
)
def test_search_syntax_characters_in_the_users_text_never_raise(two: Logbook, query: str) -> None:
    two.entries.add(visit(notes="A walk in the park, AND then tea NEAR the pond."))
    before = snapshot(two)
    hits = two.search.search(query)
    assert isinstance(hits, list)
    assert snapshot(two) == before


def test_search_treats_operator_words_as_plain_words(two: Logbook) -> None:
    added = two.entries.add(visit(notes="Tea and cake, or a biscuit, near the window."))
    two.entries.add(visit(notes="Nothing relevant here."))
    for query in ("AND", "or", "NEAR window", '"near" "the"'):
        assert ids([h.entry for h in two.search.search(query)]) == [added.id], query


@settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(query=st.text(max_size=40))
def test_search_never_raises_whatever_is_typed(book: Logbook, query: str) -> None:
    if book.matches.list() == []:  # the fixture is shared by every example: seed it once
        book.matches.add(ANN, "Ann", START)
        book.entries.add(visit(notes='A walk AND tea NEAR the "pond": café * (col:umn) ^ -x'))
    hits = book.search.search(query)
    assert isinstance(hits, list)
    for hit in hits:
        assert all(0 <= a < b <= len(hit.snippet) for a, b in hit.spans)


def test_search_leaves_out_deleted_entries(two: Logbook) -> None:
    live = two.entries.add(visit(notes="scrabble tournament"))
    deleted = two.entries.add(visit(notes="scrabble at the club"))
    two.entries.delete(deleted.id)
    assert ids([h.entry for h in two.search.search("scrabble")]) == [live.id]
    assert two.search.search("club") == []


def test_search_returns_newest_first_with_a_limit_and_the_match_code(two: Logbook) -> None:
    older = two.entries.add(visit(ANN, date(2024, 2, 1), notes="domino game"))
    newest = two.entries.add(conversation(BOB, date(2024, 3, 9), notes="domino rematch"))
    middle = two.entries.add(reflection(None, date(2024, 2, 20), notes="dominoes are fun"))
    hits = two.search.search("domino")
    assert ids([h.entry for h in hits]) == [newest.id, middle.id, older.id]
    assert [h.entry.match_code for h in hits] == [BOB, None, ANN]
    assert hits[0].entry == two.entries.get(newest.id)
    assert ids([h.entry for h in two.search.search("domino", limit=2)]) == [newest.id, middle.id]


def test_search_spans_point_at_the_highlighted_words_in_the_snippet(two: Logbook) -> None:
    two.entries.add(
        visit(notes="At the Gardening club the gardeners shared seeds; I'm no garden expert.")
    )
    (hit,) = two.search.search("garden")
    assert "\x02" not in hit.snippet and "\x03" not in hit.snippet
    assert [hit.snippet[a:b] for a, b in hit.spans] == ["Gardening", "gardeners", "garden"]
    assert all(0 <= a < b <= len(hit.snippet) for a, b in hit.spans)


def test_search_spans_are_right_for_accented_words_and_several_terms(two: Logbook) -> None:
    two.entries.add(visit(notes="Un thé au Café de l'Église, près de l'école."))
    (hit,) = two.search.search("cafe eglise")
    assert [hit.snippet[a:b] for a, b in hit.spans] == ["Café", "Église"]


def test_search_spans_are_right_in_a_shortened_snippet_of_long_notes(two: Logbook) -> None:
    filler = " ".join(f"word{i}" for i in range(200))
    two.entries.add(visit(notes=f"{filler} she mentioned her hedgehog twice {filler}"))
    (hit,) = two.search.search("hedgehog")
    assert len(hit.snippet) < 300
    assert "…" in hit.snippet
    assert [hit.snippet[a:b] for a, b in hit.spans] == ["hedgehog"]


def test_search_spans_stay_right_when_notes_hold_control_characters(two: Logbook) -> None:
    two.entries.add(visit(notes="pasted \x03junk\x02 then walk home"))
    (hit,) = two.search.search("walk")
    assert [hit.snippet[a:b] for a, b in hit.spans] == ["walk"]
    assert "junk" in hit.snippet


def test_search_for_nothing_but_punctuation_finds_nothing(two: Logbook) -> None:
    two.entries.add(visit(notes="!!! ... ???"))
    assert two.search.search("!!!") == []
    assert two.search.search("") == []


# --- erasing a match --------------------------------------------------------------------


@pytest.fixture
def full(two: Logbook) -> dict[str, Any]:
    """Ann with entries, a deleted entry, concerns and measures; Bob with his own entry."""
    two.tags.set_organisation_list(TagKind.ACTIVITY, ["Gardening"])
    ann = [
        two.entries.add(
            visit(ANN, notes="zebrafinch aviary visit", activities=("gardening", "birdwatch"))
        ),
        two.entries.add(conversation(ANN, notes="zebrafinch chat", topics=("annsonly",))),
        two.entries.add(reflection(ANN, notes="thinking about zebrafinch and Ann")),
    ]
    deleted = two.entries.add(visit(ANN, notes="quokka story", topics=("deletedonly",)))
    two.entries.delete(deleted.id)
    bob = two.entries.add(visit(BOB, notes="bob liked the aviary", activities=("birdwatch",)))
    two.concerns.add(concern(ANN))
    two.concerns.add(concern(ANN, reported_to="Lead", reported_on=DAY))
    two.concerns.add(concern(BOB))
    two.measures.add(ANN, Instrument.UCLA3, [2, 2, 2], consent=True, taken_on=DAY)
    two.measures.add(BOB, Instrument.UCLA3, [1, 1, 1], consent=True, taken_on=DAY)
    return {"ann": ann, "deleted": deleted, "bob": bob}


def test_erasing_a_match_with_an_unreported_concern_is_refused_and_nothing_changes(
    two: Logbook, full: dict[str, Any]
) -> None:
    before = snapshot(two)
    with pytest.raises(Refused, match="not yet reported") as err:
        two.matches.erase(ANN)
    assert err.value.exit_code == 1
    assert snapshot(two) == before


def test_erasing_a_match_whose_concerns_are_all_reported_needs_no_confirmation(
    two: Logbook,
) -> None:
    reported = two.concerns.add(concern(ANN))
    two.concerns.mark_reported(reported.id, "Lead", DAY)
    two.matches.erase(ANN)
    assert [m.code for m in two.matches.list()] == [BOB]


def test_erasing_an_unknown_match_says_not_found(two: Logbook) -> None:
    before = snapshot(two)
    with pytest.raises(NotFound):
        two.matches.erase("M-0099", even_with_unreported_concerns=True)
    assert snapshot(two) == before


def test_confirmed_erasure_removes_the_match_and_everything_of_it(
    two: Logbook, full: dict[str, Any], profile: UnlockedProfile
) -> None:
    changes = two.matches.erase("m-0001", even_with_unreported_concerns=True)
    assert changes.matches and changes.entries and changes.concerns
    assert changes.measures and changes.tags

    with pytest.raises(NotFound):
        two.matches.get(ANN)
    assert [m.code for m in two.matches.list()] == [BOB]
    for entry in [*full["ann"], full["deleted"]]:
        with pytest.raises(NotFound):
            two.entries.get(entry.id)
    assert ids(two.entries.list(include_deleted=True).entries) == [full["bob"].id]
    assert {c.match_code for c in two.concerns.list()} == {BOB}
    assert len(two.concerns.list()) == 1
    assert [m.match_code for m in two.measures.list()] == [BOB]
    # Own tags only Ann's entries used are gone; shared and organisation tags stay.
    assert tag_table(two) == {
        ("activity", "birdwatch", "own", 1),
        ("activity", "Gardening", "org", 0),
    }


def test_after_erasure_search_and_the_raw_index_hold_nothing_of_the_match(
    two: Logbook, full: dict[str, Any], profile: UnlockedProfile
) -> None:
    assert fts_rows(profile, "zebrafinch") == 3
    assert fts_rows(profile, "quokka") == 1  # soft-deleted, still indexed for restore
    two.matches.erase(ANN, even_with_unreported_concerns=True)
    assert two.search.search("zebrafinch") == []
    assert two.search.search("quokka") == []
    assert ids([h.entry for h in two.search.search("aviary")]) == [full["bob"].id]
    for word in ("zebrafinch", "quokka", "thinking", "chat", "story"):
        assert fts_rows(profile, word) == 0, word
    assert fts_rows(profile, "aviary") == 1
    assert_fts_index_consistent(profile)
    assert profile.store.integrity_problems() == []


def test_an_erased_match_code_can_be_used_again_from_scratch(
    two: Logbook, full: dict[str, Any]
) -> None:
    two.matches.erase(ANN, even_with_unreported_concerns=True)
    again = two.matches.add(ANN, "New Ann", DAY)
    assert (again.entry_count, again.unreported_concerns, again.last_contact) == (0, 0, None)
    assert two.entries.list(match_code=ANN).total == 0
    assert two.measures.list(ANN) == []


def test_every_refusal_is_a_logbook_error_with_exit_status_one() -> None:
    for error in (InvalidValue("minutes", "x"), Refused("x"), NotFound("x")):
        assert isinstance(error, LogbookError)
        assert error.exit_code == 1
