"""Builders and checks shared by the records services' tests."""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import text

from logbook.records.book import Logbook
from logbook.records.dto import ConcernInput, EntryInfo, EntryInput
from logbook.records.values import Kind
from logbook.vault.profiles import UnlockedProfile

ANN = "M-0001"
BOB = "M-0002"
START = date(2024, 1, 1)
DAY = date(2024, 3, 1)


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
