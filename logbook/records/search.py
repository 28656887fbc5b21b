"""Full-text search of notes with FTS5, inside the encrypted file."""

from __future__ import annotations

import re
import unicodedata

from sqlalchemy import select, text

from logbook.db.models import Entry, Match
from logbook.db.store import Store
from logbook.records.dto import SearchHit
from logbook.records.entries import to_info

_WORD = re.compile(r"\w+", re.UNICODE)

# No highlight markers from SQLite: any marker character could also occur in a note, so the
# spans are found in Python instead, matching words the way the tokenizer does.
_QUERY = text(
    """
    SELECT entry.id, snippet(entry_fts, 0, '', '', '…', 16)
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


def fold(word: str) -> str:
    """Case- and accent-insensitive form, as FTS5's unicode61 remove_diacritics 2 sees it."""
    decomposed = unicodedata.normalize("NFKD", word.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def highlight_spans(snippet: str, user_text: str) -> tuple[tuple[int, int], ...]:
    """Character ranges of the words in `snippet` that the search terms match (as prefixes)."""
    terms = [fold(w) for w in _WORD.findall(user_text)]
    return tuple(
        m.span()
        for m in _WORD.finditer(snippet)
        if any(fold(m.group()).startswith(t) for t in terms)
    )


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
                entry, code = rows[entry_id]
                hits.append(
                    SearchHit(to_info(entry, code), snippet, highlight_spans(snippet, user_text))
                )
            return hits
