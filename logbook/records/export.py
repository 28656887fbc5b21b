"""The volunteer's own data, decrypted, as JSON: for subject-access requests and portability."""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Callable
from datetime import UTC, date, datetime, time
from enum import Enum
from pathlib import Path
from typing import Any

from logbook import __version__
from logbook.atomicfile import check_output_folder, write_for_user
from logbook.progress import NO_PROGRESS, Progress
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


def export_data(book: Logbook, progress: Progress = NO_PROGRESS) -> dict[str, Any]:
    """Every record of the profile, deleted-but-restorable entries included and marked."""
    parts: dict[str, Callable[[], Any]] = {
        "matches": book.matches.list,
        "entries": lambda: book.entries.list(include_deleted=True).entries,
        "concerns": book.concerns.list,
        "measures": book.measures.list,
        "tags": book.tags.list,
        "drafts": book.drafts.list,
    }
    data: dict[str, Any] = {
        "format": EXPORT_FORMAT,
        "exported_at": datetime.now(UTC).isoformat(),
        "app_version": __version__,
    }
    for done, (name, read) in enumerate(parts.items()):
        progress.step(0.9 * done / len(parts))
        data[name] = _plain(read())
    return data


def write_export(book: Logbook, out: Path, progress: Progress = NO_PROGRESS) -> int:
    check_output_folder("export", out)
    data = json.dumps(export_data(book, progress), indent=2, ensure_ascii=False).encode()
    progress.step(0.95)
    write_for_user("export", out, data)
    progress.report(1.0)
    return len(data)
