"""Whole numbers written in ASCII digits only: Python's `int()` and regex `\\d` accept any
Unicode digit (Arabic-Indic, fullwidth, mathematical bold), which then slip past checks."""

from __future__ import annotations

import re

ASCII_INT = re.compile(r"[-+]?[0-9]+")


def parse_int(text: str) -> int:
    """`int(text)` for ASCII digits only (surrounding spaces allowed); ValueError otherwise,
    so it also serves as an argparse `type`."""
    value = text.strip()
    if not ASCII_INT.fullmatch(value):
        raise ValueError("not a whole number written in the digits 0-9")
    return int(value)
