"""Every records mutation says what it changed, so a front end refreshes only that."""

from __future__ import annotations

import pytest

from logbook.changes import (
    CONCERNS,
    ENTRIES,
    EVERYTHING,
    MATCHES,
    MEASURES,
    NOTHING,
    ORGANISATION,
    OUTBOX,
    Changes,
    changes_of,
)
from logbook.records.book import Logbook
from logbook.records.measures import Instrument
from logbook.records.values import TagKind
from tests.core.records_helpers import ANN, DAY, concern, visit


def test_entry_mutations_change_the_entries_only(two: Logbook) -> None:
    entry = two.entries.add(visit(notes="first"))
    assert changes_of(entry) == ENTRIES
    assert changes_of(two.entries.edit(entry.id, notes="second")) == ENTRIES
    assert changes_of(two.entries.delete(entry.id)) == ENTRIES
    assert changes_of(two.entries.restore(entry.id)) == ENTRIES
    assert changes_of(two.entries.purge(entry.id)) == ENTRIES


def test_match_mutations_change_the_matches(book: Logbook) -> None:
    assert changes_of(book.matches.add(ANN, "Ann", DAY)) == MATCHES
    assert changes_of(book.matches.edit(ANN, display_name="Annie")) == MATCHES
    assert changes_of(book.matches.end(ANN, DAY)) == MATCHES


def test_erasing_a_match_changes_everything_of_it_but_not_the_organisation(
    two: Logbook,
) -> None:
    changes = two.matches.erase(ANN)
    assert changes == MATCHES | ENTRIES | CONCERNS | MEASURES
    assert not changes.organisation and not changes.outbox


def test_concern_and_measure_mutations_change_only_their_kind(two: Logbook) -> None:
    added = two.concerns.add(concern())
    assert changes_of(added) == CONCERNS
    assert changes_of(two.concerns.mark_reported(added.id, "Lead", DAY)) == CONCERNS
    measure = two.measures.add(ANN, Instrument.UCLA3, [1, 2, 3], consent=True, taken_on=DAY)
    assert changes_of(measure) == MEASURES


def test_the_organisations_tag_list_changes_the_organisation(two: Logbook) -> None:
    assert two.tags.set_organisation_list(TagKind.ACTIVITY, ["Cards"]) == ORGANISATION


def test_changes_combine_and_say_whether_the_summaries_may_differ() -> None:
    assert not NOTHING and EVERYTHING
    assert Changes(entries=True, concerns=True) == ENTRIES | CONCERNS
    assert (ENTRIES | CONCERNS).summaries
    # A week's summary counts concerns raised and reported: the preview must follow them.
    assert CONCERNS.summaries
    assert not OUTBOX.summaries and not NOTHING.summaries


def test_a_value_that_does_not_say_what_changed_is_a_programming_error() -> None:
    with pytest.raises(TypeError, match="does not say what it changed"):
        changes_of(42)  # type: ignore[arg-type]
