"""Full-text search: prefixes, diacritics, hostile input, deleted entries and highlight spans."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from logbook.records.book import Logbook
from tests.core.records_helpers import (
    ANN,
    BOB,
    START,
    conversation,
    ids,
    reflection,
    snapshot,
    visit,
)


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
