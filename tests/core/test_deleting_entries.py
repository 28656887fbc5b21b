"""Deleting, restoring and purging entries, and what the list and search show after."""

from __future__ import annotations

import pytest

from logbook.errors import InvalidValue, NotFound
from logbook.records.book import Logbook
from logbook.records.values import TagKind
from logbook.vault.profiles import UnlockedProfile
from tests.core.records_helpers import (
    BOB,
    assert_fts_index_consistent,
    fts_rows,
    ids,
    reflection,
    snapshot,
    tag_table,
    visit,
)


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
