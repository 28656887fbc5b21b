"""Safeguarding concerns are append-only: dated notes and amendments keep the original."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from logbook.changes import CONCERNS
from logbook.errors import InvalidValue, Refused
from logbook.records.book import Logbook
from logbook.records.dto import ConcernInput

DAY = date(2026, 11, 2)


@pytest.fixture
def concern_id(book: Logbook) -> int:
    book.matches.add("M-0042", "Mrs Jones", DAY - timedelta(days=30))
    return book.concerns.add(
        ConcernInput("M-0042", DAY, "She said nobody visits.", facts="Fridge empty.")
    ).id


def test_a_follow_up_note_is_added_dated_and_the_original_is_untouched(
    book: Logbook, concern_id: int
) -> None:
    changes = book.concerns.add_note(concern_id, "Spoke to the lead again.", DAY + timedelta(1))
    assert changes == CONCERNS
    concern = book.concerns.get(concern_id)
    (note,) = concern.additions
    assert (note.text, note.written_on, note.amendment) == (
        "Spoke to the lead again.",
        DAY + timedelta(1),
        False,
    )
    assert concern.seen_or_said == "She said nobody visits."


def test_an_amendment_corrects_a_field_and_keeps_the_original(
    book: Logbook, concern_id: int
) -> None:
    book.concerns.amend(concern_id, "facts", "Fridge almost empty.", DAY + timedelta(2))
    book.concerns.amend(concern_id, "facts", "Fridge empty but for milk.")
    concern = book.concerns.get(concern_id)
    assert concern.facts == "Fridge empty."  # as first written, forever
    assert concern.current("facts") == "Fridge empty but for milk."
    assert concern.amended("facts") and not concern.amended("opinion")
    assert [a.field for a in concern.additions] == ["facts", "facts"]
    # The list carries the additions too, in the order they were made.
    (listed,) = book.concerns.list()
    assert [a.text for a in listed.additions] == [
        "Fridge almost empty.",
        "Fridge empty but for milk.",
    ]


def test_reported_is_not_a_field_an_amendment_may_change(book: Logbook, concern_id: int) -> None:
    for field in ("reported_to", "reported_on", "occurred_on"):
        with pytest.raises(InvalidValue, match="field"):
            book.concerns.amend(concern_id, field, "someone else")
    book.concerns.mark_reported(concern_id, "Sam, the lead", DAY)
    # Once recorded, a report stands: marking it again is refused and nothing changes.
    with pytest.raises(Refused, match="already recorded as reported"):
        book.concerns.mark_reported(concern_id, "Someone else", DAY)
    concern = book.concerns.get(concern_id)
    assert (concern.reported_to, concern.reported_on) == ("Sam, the lead", DAY)


def test_bad_additions_are_refused_and_change_nothing(book: Logbook, concern_id: int) -> None:
    with pytest.raises(InvalidValue, match="text"):
        book.concerns.add_note(concern_id, "   ")
    with pytest.raises(InvalidValue, match="date"):
        book.concerns.add_note(concern_id, "Later", date.today() + timedelta(days=1))
    with pytest.raises(InvalidValue, match="before the concern"):
        book.concerns.add_note(concern_id, "Earlier", DAY - timedelta(days=1))
    with pytest.raises(InvalidValue, match="same as it reads now"):
        book.concerns.amend(concern_id, "facts", "Fridge empty.")
    with pytest.raises(InvalidValue, match="text"):
        book.concerns.amend(concern_id, "seen_or_said", "")
    assert book.concerns.get(concern_id).additions == ()


def test_an_optional_field_may_be_amended_to_empty(book: Logbook, concern_id: int) -> None:
    book.concerns.amend(concern_id, "facts", "")
    concern = book.concerns.get(concern_id)
    assert concern.current("facts") == "" and concern.facts == "Fridge empty."


def test_erasing_the_match_takes_the_additions_and_their_drafts(
    book: Logbook, concern_id: int
) -> None:
    from sqlalchemy import func, select

    from logbook.db.models import ConcernAddition
    from logbook.records.drafts import ConcernAdditionDraft, DraftForm, DraftKey

    book.concerns.add_note(concern_id, "Spoke to the lead again.")
    book.concerns.amend(concern_id, "opinion", "Worried about the landlord.")
    key = DraftKey.new(DraftForm.CONCERN_ADDITION)
    book.drafts.save(key, ConcernAdditionDraft(concern_id=concern_id, match_code="M-0042",
                                               text="half a note"))  # fmt: skip
    book.matches.erase("M-0042", even_with_unreported_concerns=True)
    with book.store.session() as s:
        assert s.scalar(select(func.count(ConcernAddition.id))) == 0
    assert book.drafts.list() == []
