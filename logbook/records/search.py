"""Full-text search of notes with FTS5, inside the encrypted file."""

from __future__ import annotations

import re

from sqlalchemy import select, text

from logbook.db.models import Entry, Match
from logbook.db.store import Store
from logbook.records.dto import SearchHit
from logbook.records.entries import to_info

START, END = "\x02", "\x03"
_WORD = re.compile(r"\w+", re.UNICODE)

_QUERY = text(
    f"""
    SELECT entry.id, snippet(entry_fts, 0, '{START}', '{END}', '…', 16)
    FROM entry_fts JOIN entry ON entry.id = entry_fts.rowid
    WHERE entry_fts MATCH :q AND entry.deleted_at IS NULL
    ORDER BY entry.occurred_on DESC, entry.id DESC
    LIMIT :limit
    """
)


def fts_query(user_text: str) -> str | None:
    """Words typed by the user, each as a quoted prefix term: no FTS syntax reaches SQLite."""
    words = _WORD.findall(user_text)
    if not words:
        return None
    return " ".join(f'"{w}"*' for w in words)


def split_marks(snippet: str) -> tuple[str, tuple[tuple[int, int], ...]]:
    """Remove the highlight markers, returning the plain text and the highlighted spans."""
    plain: list[str] = []
    spans = []
    start = 0
    length = 0
    for ch in snippet:
        if ch == START:
            start = length
        elif ch == END:
            spans.append((start, length))
        else:
            plain.append(ch)
            length += 1
    return "".join(plain), tuple(spans)


class SearchService:
    def __init__(self, store: Store) -> None:
        self._store = store

    def search(self, user_text: str, limit: int = 200) -> list[SearchHit]:
        query = fts_query(user_text)
        if query is None:
            return []
        with self._store.session() as s:
            found = s.execute(_QUERY, {"q": query, "limit": limit}).all()
            if not found:
                return []
            ids = [row[0] for row in found]
            loaded = s.execute(
                select(Entry, Match.code)
                .outerjoin(Match, Entry.match_id == Match.id)
                .where(Entry.id.in_(ids))
            ).all()
            rows = {entry.id: (entry, code) for entry, code in loaded}
            hits = []
            for entry_id, snippet in found:
                plain, spans = split_marks(snippet)
                entry, code = rows[entry_id]
                hits.append(SearchHit(to_info(entry, code), plain, spans))
            return hits
