"""Fixtures for the core's tests: a logbook with two matches."""

from __future__ import annotations

import pytest

from logbook.records.book import Logbook
from tests.core.records_helpers import ANN, BOB, START


@pytest.fixture
def two(book: Logbook) -> Logbook:
    """A logbook with two matches, Ann (M-0001) and Bob (M-0002), started on 1 January 2024."""
    book.matches.add(ANN, "Ann", START)
    book.matches.add(BOB, "Bob", START)
    return book
