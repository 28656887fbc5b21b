"""argparse's help layout, without the shutil import it makes at every parser's first option.

argparse asks shutil for the terminal's width when it makes a formatter, and it makes one for
every option added; shutil loads the compression modules, milliseconds at every `logbook`
start. Every parser of the command (and the launcher's) uses this formatter instead.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import sys


def terminal_columns() -> int:
    """The terminal's width as shutil.get_terminal_size reads it (COLUMNS, then the terminal,
    else 80), without importing shutil and the compression modules it loads."""
    columns = int(os.environ["COLUMNS"]) if os.environ.get("COLUMNS", "").isdigit() else 0
    if columns <= 0 and sys.__stdout__ is not None:
        with contextlib.suppress(AttributeError, ValueError, OSError):
            columns = os.get_terminal_size(sys.__stdout__.fileno()).columns
    return columns or 80


class Formatter(argparse.HelpFormatter):
    """argparse's help layout, given the width so that it does not import shutil for it."""

    def __init__(
        self,
        prog: str,
        indent_increment: int = 2,
        max_help_position: int = 24,
        width: int | None = None,
    ) -> None:
        width = terminal_columns() - 2 if width is None else width  # as argparse does
        super().__init__(prog, indent_increment, max_help_position, width)
