"""The app reaches storage only through the core's services: nothing in ui/ imports logbook.db."""

from __future__ import annotations

import ast
from pathlib import Path

UI = Path(__file__).resolve().parents[2] / "ui"


def is_database(name: str) -> bool:
    return name == "logbook.db" or name.startswith("logbook.db.")


def database_imports(source: str) -> list[int]:
    """The line of each import statement that reaches into logbook.db."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            names = [node.module] + [f"{node.module}.{alias.name}" for alias in node.names]
        else:
            continue
        if any(is_database(n) for n in names):
            found.append(node.lineno)
    return found


def test_the_scan_sees_every_form_of_import() -> None:
    source = (
        "import logbook.db.engine\nfrom logbook.db.store import Store\nfrom logbook import db\n"
    )
    assert len(database_imports(source)) == 3
    assert database_imports("from logbook.dbx import y\nimport logbook.records.book\n") == []


def test_no_ui_module_imports_the_database_layer() -> None:
    offenders = {
        str(path.relative_to(UI.parent)): hits
        for path in sorted(UI.rglob("*.py"))
        if (hits := database_imports(path.read_text(encoding="utf-8")))
    }
    assert offenders == {}
