"""Whole numbers read from the wire as ASCII digits only (`str.isdigit` also takes '²', '٢')."""

from __future__ import annotations

import re

_DIGITS = re.compile(r"[0-9]+")


def parse_ascii_int(text: str, max_digits: int = 18) -> int | None:
    """`text` as a number of at most `max_digits` ASCII digits, else None (no sign, no spaces)."""
    if len(text) > max_digits or not _DIGITS.fullmatch(text):
        return None
    return int(text)
