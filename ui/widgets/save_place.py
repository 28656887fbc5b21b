"""Where a save dialog starts: the person's Documents folder, never the app's working folder."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QStandardPaths


def documents_folder() -> Path:
    """Documents (or home when the system names none): a file a volunteer saves, such as an
    unencrypted concern PDF, must land where they will find and delete it, not beside the
    program (the working folder is wherever the app was started from)."""
    found = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    folder = Path(found) if found else Path.home()
    return folder if folder.is_dir() else Path.home()


def suggested(name: str) -> str:
    """The save dialog's starting path for a file called `name`."""
    return str(documents_folder() / name)


def name_part(name: str, fallback: str) -> str:
    """A person's or organisation's name made safe inside a file name ("Sam Okafor" gives
    "Sam-Okafor"; nothing usable gives the fallback)."""
    return re.sub(r"[^\w-]+", "-", name, flags=re.UNICODE).strip("-") or fallback
