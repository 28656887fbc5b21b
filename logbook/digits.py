"""Whole numbers written in ASCII digits only: Python's `int()`, `str.isdigit` and regex `\\d`
accept any Unicode digit ('²', Arabic-Indic, fullwidth, mathematical bold), which then slip
past checks. Every number the core reads from a person, a file or the wire goes through here."""

from __future__ import annotations

import re

ASCII_INT = re.compile(r"[-+]?[0-9]+")
_WIRE_DIGITS = re.compile(r"[0-9]+")


def parse_int(text: str) -> int:
    """`int(text)` for ASCII digits only (surrounding spaces allowed); ValueError otherwise,
    so it also serves as an argparse `type`."""
    value = text.strip()
    if not ASCII_INT.fullmatch(value):
        raise ValueError("not a whole number written in the digits 0-9")
    return int(value)


def parse_ascii_int(text: str, max_digits: int = 18) -> int | None:
    """A number from the wire (a header, a query): at most `max_digits` ASCII digits, no
    sign, no spaces; None for anything else, so the caller answers in its own words."""
    if len(text) > max_digits or not _WIRE_DIGITS.fullmatch(text):
        return None
    return int(text)
