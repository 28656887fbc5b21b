"""The timeline's search box with its filters: a filtered search finds what lies past a page."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest
from PySide6.QtCore import QDate
from pytestqt.qtbot import QtBot

from logbook.records.book import Logbook
from logbook.records.dto import EntryInput
from logbook.records.values import Kind
from ui.operations import Operations
from ui.screens.timeline import Timeline

ANN, BOB = "M-0001", "M-0002"


@pytest.fixture
def timeline(qtbot: QtBot, book: Logbook) -> Iterator[Timeline]:
    book.matches.add(ANN, "Ann", date(2024, 1, 1))
    book.matches.add(BOB, "Bob", date(2024, 1, 1))
    book.entries.add(EntryInput(Kind.VISIT, date(2024, 2, 1), BOB, minutes=30,
                                notes="Bob showed me his garden shed."))  # fmt: skip
    for n in range(300):
        day = date(2024, 3 + n % 9, 1 + n % 28)
        note = f"Ann and I sat in the garden ({n})."
        book.entries.add(EntryInput(Kind.VISIT, day, ANN, minutes=60, notes=note))
    ops = Operations()
    screen = Timeline(book, ops)
    qtbot.addWidget(screen)
    screen.set_matches({ANN: "Ann", BOB: "Bob"})
    screen.show()
    qtbot.waitExposed(screen)
    yield screen
    ops.wait()


def shown(screen: Timeline) -> list[tuple[str | None, date]]:
    entries = [screen.model.entry(row) for row in range(screen.model.rowCount())]
    return [(e.match_code, e.occurred_on) for e in entries]


def settle(qtbot: QtBot, screen: Timeline) -> None:
    qtbot.waitUntil(lambda: not screen.ops.busy and not screen._debounce.isActive(), timeout=10_000)


def test_search_with_the_match_filter_finds_the_note_past_the_first_page(
    qtbot: QtBot, timeline: Timeline
) -> None:
    qtbot.keyClicks(timeline.search, "garden")
    settle(qtbot, timeline)
    assert timeline.model.rowCount() == 200
    assert BOB not in {code for code, _ in shown(timeline)}

    timeline.match.setFocus()
    qtbot.keyClicks(timeline.match, "Bob")  # the combo's own keyboard search
    assert timeline.match.currentData() == BOB
    settle(qtbot, timeline)
    assert shown(timeline) == [(BOB, date(2024, 2, 1))]
    assert timeline.count.text().startswith("1 ")


def test_search_with_the_date_filter_narrows_in_the_query(qtbot: QtBot, timeline: Timeline) -> None:
    qtbot.keyClicks(timeline.search, "garden")
    timeline.date_to.setFocus()
    timeline.date_to.setDate(QDate(2024, 2, 29))
    settle(qtbot, timeline)
    assert shown(timeline) == [(BOB, date(2024, 2, 1))]
