"""Full-text search of notes with FTS5, inside the encrypted file."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from sqlalchemy import select, text

from logbook.db.models import Entry, Match
from logbook.db.store import Store
from logbook.records.dto import SearchHit
from logbook.records.entries import to_info

_WORD = re.compile(r"\w+", re.UNICODE)

# Only ids come from FTS5: its snippet() runs for every matching row before ORDER BY/LIMIT
# (20 ms for a word in 2,000 notes). Snippets and highlights are made in Python for the page
# of results, matching words the way the tokenizer does.
SNIPPET_WORDS = 16
_MARKUP = str.maketrans({c: " " for c in "*_#`>|[]"})
_QUERY = text(
    """
    SELECT entry.id
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


@lru_cache(maxsize=8192)
def _fold_char(ch: str) -> str:
    return fold(ch)


def _folded(text: str) -> tuple[str, list[int] | None]:
    """The text folded like the tokenizer, with a map back to positions in the original."""
    if text.isascii():
        return text.lower(), None
    parts: list[str] = []
    origin: list[int] = []
    for i, ch in enumerate(text):
        folded = _fold_char(ch)
        parts.append(folded)
        origin.extend([i] * len(folded))
    return "".join(parts), origin


def make_snippet(notes: str, terms: list[str]) -> str:
    """About SNIPPET_WORDS words of the notes around the first matching word."""
    plain = " ".join(notes.translate(_MARKUP).split())
    words = list(_WORD.finditer(plain))
    if not words:
        return ""
    folded, origin = _folded(plain)
    pattern = re.compile("|".join(r"(?<!\w)" + re.escape(t) for t in terms if t))
    found = pattern.search(folded) if terms else None
    at = 0
    if found is not None:
        position = origin[found.start()] if origin is not None else found.start()
        at = next((n for n, w in enumerate(words) if w.end() > position), 0)
    first = max(0, min(at - 3, len(words) - SNIPPET_WORDS))
    last = min(len(words), first + SNIPPET_WORDS)
    text_ = plain[words[first].start() : words[last - 1].end()]
    return ("…" if first > 0 else "") + text_ + ("…" if last < len(words) else "")


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
            ids = list(s.scalars(_QUERY, {"q": query, "limit": limit}))
            if not ids:
                return []
            loaded = s.execute(
                select(Entry, Match.code)
                .outerjoin(Match, Entry.match_id == Match.id)
                .where(Entry.id.in_(ids))
            ).all()
            rows = {entry.id: (entry, code) for entry, code in loaded}
            terms = [fold(w) for w in _WORD.findall(user_text)]
            hits = []
            for entry_id in ids:
                entry, code = rows[entry_id]
                snippet = make_snippet(entry.notes, terms)
                hits.append(
                    SearchHit(to_info(entry, code), snippet, highlight_spans(snippet, user_text))
                )
            return hits
