"""Erasing a match: refused while a concern is unreported, then gone from everything."""

from __future__ import annotations

from typing import Any

import pytest

from logbook.errors import NotFound, Refused
from logbook.records.book import Logbook
from logbook.records.measures import Instrument
from logbook.records.values import TagKind
from logbook.vault.profiles import UnlockedProfile
from tests.core.records_helpers import (
    ANN,
    BOB,
    DAY,
    assert_fts_index_consistent,
    concern,
    conversation,
    fts_rows,
    ids,
    reflection,
    snapshot,
    tag_table,
    visit,
)


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
    assert changes.measures and not changes.organisation

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
