"""Build hooks for the core distribution: its sources and version live outside its folder."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from hatchling.builders.hooks.plugin.interface import BuildHookInterface
from hatchling.metadata.plugin.interface import MetadataHookInterface

PACKAGE = "logbook"


def package_dir(root: str) -> Path:
    """`logbook/` two folders up in a checkout, or beside this file inside the sdist."""
    here = Path(root)
    checkout = here.parent.parent / PACKAGE
    if here.parent.name == "packaging" and checkout.is_dir():
        return checkout
    return here / PACKAGE


def ignored(path: Path) -> bool:
    """Caches, and the linter's settings (for the checkout, not for an install)."""
    return "__pycache__" in path.parts or path.suffix == ".pyc" or path.name == "ruff.toml"


class CoreMetadata(MetadataHookInterface):
    """The version is written once, in logbook/__init__.py."""

    def update(self, metadata: dict[str, Any]) -> None:
        text = (package_dir(self.root) / "__init__.py").read_text(encoding="utf-8")
        found = re.search(r'^__version__ = "([^"]+)"$', text, re.MULTILINE)
        if found is None:
            raise ValueError("logbook/__init__.py has no __version__ line")
        metadata["version"] = found.group(1)


class CoreSources(BuildHookInterface):  # type: ignore[type-arg]
    """Put `logbook/` (less caches) into the sdist and the wheel, wherever it is."""

    def initialize(self, version: str, build_data: dict[str, Any]) -> None:
        source = package_dir(self.root)
        for path in sorted(source.rglob("*")):
            if path.is_file() and not ignored(path):
                relative = path.relative_to(source).as_posix()
                build_data["force_include"][str(path)] = f"{PACKAGE}/{relative}"
