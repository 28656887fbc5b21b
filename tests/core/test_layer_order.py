"""The layer order drawn in docs/architecture.md holds: no package imports one above it."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

# Lowest first, as docs/architecture.md draws them. A unit may import its own modules and
# any unit in a lower layer; never one in its own layer (peers stay apart) or above it.
LAYERS: list[set[str]] = [
    {"logbook", "i18n"},  # the package itself (its version) and the core's gettext
    {"errors"},
    {
        "atomicfile",
        "weeks",
        "statuses",
        "paths",
        "hardening",
        "digits",
        "progress",
        "changes",
        "testhooks",
        "file_kinds",
        "profile_settings",
    },
    {"db", "identity"},
    {"vault"},
    {"records"},
    {"backup", "summary"},
    {"bundle"},
    {"org"},
    {"sync"},
    {"coordinator", "server", "volunteer"},
    {"selftest"},
    {"cli"},
    {"__main__"},
    {"ui"},
    {"tools"},
]
RANK = {unit: rank for rank, layer in enumerate(LAYERS) for unit in layer}

# The few upward imports there are, each made inside a function and for a stated reason.
EXCEPTIONS = {
    ("org", "sync"): "org/settings.py checks a mailbox URL with sync/urls.py's one rule",
    ("testhooks", "vault"): "a test hook asks whether the test KDF is on",
}


def unit_of(module: str) -> str | None:
    """`logbook.records.book` -> `records`; `ui.screens.x` -> `ui`; outside the project: None."""
    parts = module.split(".")
    if parts[0] in {"ui", "tools"}:
        return parts[0]
    if parts[0] != "logbook":
        return None
    return parts[1] if len(parts) > 1 else "logbook"


def source_unit(path: Path) -> str:
    parts = path.relative_to(ROOT).with_suffix("").parts
    if parts[0] in {"ui", "tools"}:
        return parts[0]
    return parts[1] if len(parts) > 2 or parts[1] != "__init__" else "logbook"


def imports(path: Path) -> list[tuple[str, int]]:
    """Every absolute import in the file, at any depth (lazy imports count too)."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(), str(path))):
        if isinstance(node, ast.Import):
            found += [(alias.name, node.lineno) for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found += [(node.module, node.lineno)]
            # `from logbook import selftest` names a unit in the imported names
            if node.module == "logbook":
                found += [
                    (f"logbook.{alias.name}", node.lineno)
                    for alias in node.names
                    if (ROOT / "logbook" / alias.name).is_dir()
                    or (ROOT / "logbook" / f"{alias.name}.py").is_file()
                ]
    return found


def sources() -> list[Path]:
    return sorted(p for top in ("logbook", "ui", "tools") for p in (ROOT / top).rglob("*.py"))


def violations() -> list[str]:
    found = []
    for path in sources():
        src = source_unit(path)
        for module, line in imports(path):
            if module.split(".")[0] in {"PySide6", "shiboken6"} and RANK[src] < RANK["ui"]:
                found.append(f"{path.relative_to(ROOT)}:{line} imports Qt ({module})")
                continue
            target = unit_of(module)
            if target is None or target == src or (src, target) in EXCEPTIONS:
                continue
            if target not in RANK:
                found.append(f"{path.relative_to(ROOT)}:{line}: {target} is in no layer")
            elif RANK[target] >= RANK[src]:
                found.append(f"{path.relative_to(ROOT)}:{line}: {src} imports {module}")
    return found


def test_every_source_file_belongs_to_a_layer() -> None:
    missing = {source_unit(p) for p in sources()} - set(RANK)
    assert not missing, f"add {sorted(missing)} to LAYERS and to docs/architecture.md"


def test_no_package_imports_one_at_or_above_its_own_layer() -> None:
    assert violations() == []


def test_the_exceptions_are_still_needed() -> None:
    used = set()
    for path in sources():
        for module, _ in imports(path):
            target = unit_of(module)
            if (source_unit(path), target) in EXCEPTIONS:
                used.add((source_unit(path), target))
    assert used == set(EXCEPTIONS), "drop the exceptions no longer used"


@pytest.mark.parametrize(
    ("lower", "higher"),
    [
        ("server", "coordinator"),
        ("server", "records"),
        ("server", "sync"),
        ("server", "org"),
        ("coordinator", "server"),
        ("records", "sync"),
        ("vault", "records"),
        ("core", "ui"),
        ("core", "tools"),
        ("summary", "bundle"),
        ("ui", "tools"),
    ],
)
def test_named_lines_are_not_crossed(lower: str, higher: str) -> None:
    """The lines that matter most, said outright (a reordering of LAYERS cannot drop them).
    `core`: all of logbook/."""
    for path in sources():
        inside = path.relative_to(ROOT).parts[0] == "logbook"
        if not (inside if lower == "core" else source_unit(path) == lower):
            continue
        for module, line in imports(path):
            assert unit_of(module) != higher, f"{path.relative_to(ROOT)}:{line} imports {module}"


def test_the_check_finds_an_upward_import(monkeypatch: pytest.MonkeyPatch) -> None:
    bad = ROOT / "logbook" / "records" / "book.py"
    original = Path.read_text

    def doctored(self: Path, *args: object, **kw: object) -> str:
        text = original(self)
        return text + "\nfrom logbook.sync.outbox import OutboxService\n" if self == bad else text

    monkeypatch.setattr(Path, "read_text", doctored)
    assert any("records imports logbook.sync.outbox" in v for v in violations())
