"""Where profiles live: --data-dir, LOGBOOK_DATA_DIR, a portable folder, or the platform's place."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import platformdirs

APP_NAME = "VolunteerLogbook"
PORTABLE_MARKER = "portable"


def executable_dir() -> Path | None:
    """The folder of the frozen app's executable, or None when running from source."""
    if getattr(sys, "frozen", False):
        return Path(sys.executable).resolve().parent
    return None


def default_data_dir(explicit: str | os.PathLike[str] | None = None) -> Path:
    """Resolve the data folder, most specific first.

    A `portable` marker file beside the built executable keeps all data next to it, so a
    volunteer can carry the app and their profile on a USB stick.
    """
    if explicit:
        return Path(explicit).expanduser()
    env = os.environ.get("LOGBOOK_DATA_DIR")
    if env:
        return Path(env).expanduser()
    exe = executable_dir()
    if exe is not None and (exe / PORTABLE_MARKER).exists():
        return exe / "data"
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))
