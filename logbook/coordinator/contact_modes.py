"""Contacts by mode (in person, phone, video, message, group), kept in `week_row`'s own columns.

Reports read the columns instead of parsing each row's `detail` JSON. The counts come from a
summary's contacts at import; from the stored `detail` when an older database is upgraded
(migration c0003) or an older database backup is restored.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping

from logbook.records.values import Mode

# The week_row column of each mode, e.g. mode_in_person.
MODE_COLUMNS: dict[Mode, str] = {mode: f"mode_{mode.value}" for mode in Mode}


def mode_counts(contacts: Iterable[tuple[str, int]]) -> dict[str, int]:
    """{column: count} from (mode, count) pairs; every column present, 0 if unused."""
    counts = dict.fromkeys(MODE_COLUMNS.values(), 0)
    for mode, count in contacts:
        counts[MODE_COLUMNS[Mode(mode)]] += count
    return counts


def mode_counts_from_detail(detail: str) -> dict[str, int]:
    """The same counts from a stored `detail` (a MatchWeek as JSON, validated at import)."""
    found = json.loads(detail)
    contacts = found.get("contacts") or () if isinstance(found, Mapping) else ()
    return mode_counts((str(c["mode"]), int(c["count"])) for c in contacts)
