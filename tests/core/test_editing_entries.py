"""Editing entries: merged with what is stored, validated like a new one, tags and search follow."""

from __future__ import annotations

from datetime import date, time, timedelta
from typing import Any

import pytest

from logbook.errors import InvalidValue, NotFound
from logbook.records.book import Logbook
from logbook.records.values import Kind, Mode, TagKind
from logbook.vault.profiles import UnlockedProfile
from tests.core.records_helpers import (
    ANN,
    BOB,
    assert_fts_index_consistent,
    fts_rows,
    ids,
    snapshot,
    tag_table,
    visit,
)


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
