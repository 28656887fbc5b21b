"""Where `resources/` is: beside the source tree, or inside the built app's folder."""

from __future__ import annotations

import sys
from pathlib import Path

APP_ID = "volunteer-logbook"


def resource_dir() -> Path:
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def resource_path(*parts: str) -> Path:
    return resource_dir().joinpath(*parts)


def icon_files() -> list[Path]:
    return sorted(resource_dir().glob(f"icons/{APP_ID}-*.png"))
