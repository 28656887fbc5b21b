"""Where the app's resources are: in the installed package, the checkout or the built folder."""

from __future__ import annotations

import sys
from importlib.resources import files
from pathlib import Path

APP_ID = "volunteer-logbook"  # the executable, the X11 window class, icon file names
# Reverse-DNS id: setDesktopFileName (Wayland's app_id), the .desktop and metainfo files.
DESKTOP_ID = "org.volunteerlogbook.VolunteerLogbook"
# The wheel puts the checkout's resources/ here (pyproject.toml, force-include).
PACKAGED = "_resources"


def resource_dir() -> Path:
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle) / "resources"
    # Qt wants file names, so resources must be real files: a wheel installs as files, and a
    # zipped install (which would not give paths) is not supported.
    packaged = Path(str(files("ui").joinpath(PACKAGED)))
    if packaged.is_dir():
        return packaged
    return Path(__file__).resolve().parent.parent / "resources"


def resource_path(*parts: str) -> Path:
    return resource_dir().joinpath(*parts)


def icon_files() -> list[Path]:
    return sorted(resource_dir().glob(f"icons/{APP_ID}-*.png"))
