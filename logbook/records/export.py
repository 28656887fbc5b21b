"""The volunteer's own data, decrypted, as JSON: for subject-access requests and portability."""

from __future__ import annotations

import dataclasses
import json
from datetime import UTC, date, datetime, time
from enum import Enum
from pathlib import Path
from typing import Any

from logbook import __version__
from logbook.atomicfile import write_atomic
from logbook.records.book import Logbook

EXPORT_FORMAT = "logbook.export/1"


def _plain(value: Any) -> Any:
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: _plain(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, datetime | date | time):
        return value.isoformat()
    if isinstance(value, tuple | list):
        return [_plain(v) for v in value]
    return value


def export_data(book: Logbook) -> dict[str, Any]:
    """Every record of the profile, deleted-but-restorable entries included and marked."""
    return {
        "format": EXPORT_FORMAT,
        "exported_at": datetime.now(UTC).isoformat(),
        "app_version": __version__,
        "matches": _plain(book.matches.list()),
        "entries": _plain(book.entries.list(include_deleted=True).entries),
        "concerns": _plain(book.concerns.list()),
        "measures": _plain(book.measures.list()),
        "tags": _plain(book.tags.list()),
        "drafts": _plain(book.drafts.list()),
    }


def write_export(book: Logbook, out: Path) -> int:
    data = json.dumps(export_data(book), indent=2, ensure_ascii=False).encode()
    write_atomic(out, data)
    return len(data)
