"""Readable text for people, JSON for machines; one place turns values into either."""

from __future__ import annotations

import dataclasses
import json
import sys
from datetime import date, datetime, time
from enum import Enum
from pathlib import Path
from typing import Any


def plain(value: Any) -> Any:
    """Dataclasses, enums, dates and paths as JSON-ready values."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        data = {f.name: plain(getattr(value, f.name)) for f in dataclasses.fields(value)}
        for name in ("reported", "active"):
            if hasattr(type(value), name):
                data[name] = getattr(value, name)
        return data
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, datetime | date | time):
        return value.isoformat()
    if isinstance(value, Path):
        return str(value)
    if isinstance(value, dict):
        return {str(k): plain(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [plain(v) for v in value]
    return value


class Output:
    def __init__(self, as_json: bool) -> None:
        self.as_json = as_json

    def result(self, value: Any, text: str | None = None) -> None:
        """Print a command's result: JSON of `value`, or the readable `text`."""
        if self.as_json:
            print(json.dumps(plain(value), indent=2, ensure_ascii=False))
        elif text is not None:
            print(text)

    def table(self, value: Any, headers: list[str], rows: list[list[str]], empty: str) -> None:
        if self.as_json:
            self.result(value)
            return
        if not rows:
            print(empty)
            return
        widths = [max(len(h), *(len(r[i]) for r in rows)) for i, h in enumerate(headers)]
        print("  ".join(h.ljust(w) for h, w in zip(headers, widths, strict=True)).rstrip())
        for row in rows:
            print("  ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)).rstrip())

    @staticmethod
    def error(message: str) -> None:
        print(f"logbook: {message}", file=sys.stderr)
