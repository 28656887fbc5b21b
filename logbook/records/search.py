"""Full-text search of notes with FTS5, inside the encrypted file."""

from __future__ import annotations

import re
import unicodedata
from datetime import date
from functools import lru_cache

from sqlalchemy import column, select, table, text

from logbook.db.models import Entry, Match
from logbook.db.store import Store
from logbook.records.dto import SearchHit
from logbook.records.entries import filtered, to_info
from logbook.records.values import Kind

_WORD = re.compile(r"\w+", re.UNICODE)

# Only ids come from FTS5: its snippet() runs for every matching row before ORDER BY/LIMIT
# (20 ms for a word in 2,000 notes). Snippets and highlights are made in Python for the page
# of results, matching words the way the tokenizer does.
SNIPPET_WORDS = 16
_MARKUP = str.maketrans({c: " " for c in "*_#`>|[]"})
_FTS = table("entry_fts", column("rowid"))
# The filters go into this query, not over its page of results: a search for one match's
# notes must find them even when other matches' notes fill the first `limit` hits.
_MATCHING = (
    select(Entry.id)
    .select_from(_FTS)
    .join(Entry, Entry.id == _FTS.c.rowid)
    .where(text("entry_fts MATCH :q"), Entry.deleted_at.is_(None))
    .order_by(Entry.occurred_on.desc(), Entry.id.desc())
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


def make_snippet(notes: str, pattern: re.Pattern[str] | None) -> str:
    """About SNIPPET_WORDS words of the notes around the first word `pattern` finds.

    The pattern is the typed words, case-insensitive; a match found by FTS only through
    accent folding ("cafe" for "café") shows the start of the note instead. Only a window of
    characters around the match is cleaned and split, not the whole note.
    """
    found = pattern.search(notes) if pattern is not None else None
    centre = found.start() if found is not None else 0
    begin, stop = max(0, centre - 120), centre + 240
    plain = " ".join(notes[begin:stop].translate(_MARKUP).split())
    words = list(_WORD.finditer(plain))
    if not words:
        return ""
    again = pattern.search(plain) if found is not None and pattern is not None else None
    at = next((n for n, w in enumerate(words) if again and w.end() > again.start()), 0)
    first = max(0, min(at - 3, len(words) - SNIPPET_WORDS))
    last = min(len(words), first + SNIPPET_WORDS)
    text_ = plain[words[first].start() : words[last - 1].end()]
    before = "…" if begin > 0 or first > 0 else ""
    after = "…" if stop < len(notes) or last < len(words) else ""
    return before + text_ + after


def typed_words_pattern(user_text: str) -> re.Pattern[str] | None:
    words = _WORD.findall(user_text)
    if not words:
        return None
    return re.compile("|".join(r"(?<!\w)" + re.escape(w) for w in words), re.IGNORECASE)


@lru_cache(maxsize=65536)
def _folded_word(word: str) -> str:
    return word.lower() if word.isascii() else fold(word)


def highlight_spans(snippet: str, user_text: str) -> tuple[tuple[int, int], ...]:
    """Character ranges of the words in `snippet` that the search terms match (as prefixes)."""
    terms = tuple(fold(w) for w in _WORD.findall(user_text))
    words = _WORD.finditer(snippet)
    return tuple(m.span() for m in words if _folded_word(m.group()).startswith(terms))


class SearchService:
    """Notes found by the words in them, with the timeline's filters."""

    def __init__(self, store: Store) -> None:
        self._store = store

    def search(
        self,
        user_text: str,
        limit: int = 200,
        *,
        match_code: str | None = None,
        kind: Kind | None = None,
        date_from: date | None = None,
        date_to: date | None = None,
    ) -> list[SearchHit]:
        """The newest `limit` live entries whose notes hold every typed word (as prefixes),
        among those the filters keep (an unknown match code raises NotFound)."""
        query = fts_query(user_text)
        if query is None:
            return []
        with self._store.session() as s:
            matching = filtered(
                s, _MATCHING, match_code=match_code, kind=kind, date_from=date_from,
                date_to=date_to,
            )  # fmt: skip
            ids = list(s.scalars(matching.limit(limit), {"q": query}))
            if not ids:
                return []
            loaded = s.execute(
                select(Entry, Match.code)
                .outerjoin(Match, Entry.match_id == Match.id)
                .where(Entry.id.in_(ids))
            ).all()
            rows = {entry.id: (entry, code) for entry, code in loaded}
            pattern = typed_words_pattern(user_text)
            hits = []
            for entry_id in ids:
                entry, code = rows[entry_id]
                snippet = make_snippet(entry.notes, pattern)
                hits.append(
                    SearchHit(to_info(entry, code), snippet, highlight_spans(snippet, user_text))
                )
            return hits
