"""The core stays headless: importing all of logbook/ never loads Qt or the ui package."""

from __future__ import annotations

import pkgutil
import subprocess
import sys
from pathlib import Path

import logbook

ROOT = Path(logbook.__file__).resolve().parent.parent
BANNED = ("import PySide6", "from PySide6", "from ui", "import ui")


def all_core_modules() -> list[str]:
    found = ["logbook"]
    for info in pkgutil.walk_packages(logbook.__path__, "logbook."):
        if ".migrations.versions." in info.name or info.name.endswith("migrations.env"):
            continue  # alembic loads these itself, inside a migration context
        if info.name == "logbook.__main__":
            continue  # runs the CLI on import
        found.append(info.name)
    return found


def test_every_core_module_imports_without_qt_or_ui() -> None:
    modules = all_core_modules()
    assert len(modules) > 20
    script = (
        "import importlib, sys\n"
        f"for name in {modules!r}:\n"
        "    importlib.import_module(name)\n"
        "roots = {'PySide6', 'shiboken6', 'ui'}\n"
        "bad = sorted(m for m in sys.modules if m.split('.')[0] in roots)\n"
        "print(bad)\n"
        "sys.exit(1 if bad else 0)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script], cwd=ROOT, capture_output=True, text=True, check=False
    )
    assert done.returncode == 0, done.stdout + done.stderr


def test_no_core_source_mentions_qt_imports() -> None:
    for path in (ROOT / "logbook").rglob("*.py"):
        for line in path.read_text().splitlines():
            stripped = line.strip()
            assert not stripped.startswith(
                ("import PySide6", "from PySide6", "from ui", "import ui")
            ), path
